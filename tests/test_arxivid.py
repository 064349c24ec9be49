from datetime import date

import pytest

from pipeline import arxivid

TODAY = date(2026, 11, 28)


@pytest.mark.parametrize(
    ("link", "base", "version"),
    [
        ("https://arxiv.org/abs/2305.13301", "2305.13301", None),
        ("https://arxiv.org/abs/2305.13301v2", "2305.13301", 2),
        ("https://arxiv.org/pdf/2503.11240", "2503.11240", None),
        ("https://arxiv.org/pdf/2503.11240.pdf", "2503.11240", None),
        ("https://arxiv.org/pdf/2503.11240v1.pdf", "2503.11240", 1),
        ("http://export.arxiv.org/abs/2401.05675", "2401.05675", None),
        ("https://www.arxiv.org/abs/2401.05675/", "2401.05675", None),
        ("https://arxiv.org/html/2407.06642v2", "2407.06642", 2),
        ("https://arxiv.org/abs/hep-th/9901001", "hep-th/9901001", None),
        ("https://arxiv.org/abs/math.GT/0309136v1", "math/0309136", 1),
        ("https://arxiv.org/abs/hep-th%2F9901001", "hep-th/9901001", None),
        ("https://doi.org/10.48550/arXiv.2305.13301", "2305.13301", None),
        ("https://arxiv.org/abs/0704.0001", "0704.0001", None),
        ("https://arxiv.org/abs/1703.09833abs", "1703.09833", None),  # a list's typo
    ],
)
def test_link_forms(link, base, version):
    ref = arxivid.from_url(link, TODAY)
    assert ref is not None and ref.valid, ref
    assert (ref.base_id, ref.version) == (base, version)


@pytest.mark.parametrize(
    "text", ["2305.13301", "arXiv:2305.13301v4", "arxiv: 2305.13301", "hep-th/9901001"]
)
def test_bare_ids(text):
    ref = arxivid.parse_id(text, TODAY)
    assert ref is not None and ref.valid


@pytest.mark.parametrize(
    ("link", "problem"),
    [
        ("https://arxiv.org/abs/2313.12345", "month 13"),
        ("https://arxiv.org/abs/2300.12345", "month 00"),
        ("https://arxiv.org/abs/2305.1330", "4 digits"),
        ("https://arxiv.org/abs/1305.133011", "6 digits"),
        ("https://arxiv.org/abs/1305.13301", "5 digits"),  # 2013 IDs have 4 digits
        ("https://arxiv.org/abs/0612.0001", "start in April 2007"),
        ("https://arxiv.org/abs/2705.01234", "future"),
        ("https://arxiv.org/abs/hep-th/9913001", "month 13"),
        ("https://arxiv.org/abs/2305.13301v0", "v0"),
    ],
)
def test_ids_that_cannot_exist(link, problem):
    ref = arxivid.from_url(link, TODAY)
    assert ref is not None and not ref.valid
    assert problem in ref.problem


@pytest.mark.parametrize(
    "text",
    [
        "https://github.com/jannerm/ddpo",
        "https://doi.org/10.1234/5678.9012",  # a DOI fragment that looks like an ID
        "https://arxiv.org/list/cs.CV/recent",
        "none",
        "10.1234/5678.9012",
        "https://openreview.net/forum?id=YCWjhGrJFD",
    ],
)
def test_not_arxiv(text):
    assert arxivid.find(text, TODAY) is None


def test_possible_v1_years_allow_the_year_boundary_only_in_january():
    assert arxivid.possible_v1_years(arxivid.parse_id("2204.10689")) == {2022}
    assert arxivid.possible_v1_years(arxivid.parse_id("2401.05675")) == {2023, 2024}
    assert arxivid.possible_v1_years(arxivid.parse_id("hep-th/9901001")) == {1998, 1999}
