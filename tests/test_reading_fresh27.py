"""Reading cases found on the fresh27 real lists (tests/fixtures/real/fresh27__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.formats.links import _role
from pipeline.parse import parse_text
from tests.support.reading import offline_rules, one


@pytest.mark.parametrize(
    "authors",
    [":heavy_check_mark: Yang, Yang, et al.", ":heavy_check_mark: -Oh, Hyoung-Seok, et al.",
     ":heavy_check_mark: - Li, Yinghao Aaron, Cong Han, and Nima Mesgarani.",
     ":heavy_check_mark: - Baas, Matthew, Benjamin van Niekerk, and Herman Kamper.",
     ":heavy_check_mark: - H. Kameoka, T. Kaneko, K. Tanaka, and N. Hojo."],
)  # fmt: skip
def test_authors_before_a_quoted_bold_title_are_the_authors(authors):
    e = one(f'{authors} "**StreamVC: Real-Time Low-Latency Voice Conversion.**" arXiv preprint '
            "arXiv:2401.03078 (2024). [[Paper]](https://arxiv.org/abs/2401.03078)\n")  # fmt: skip
    assert e.title == "StreamVC: Real-Time Low-Latency Voice Conversion"


TABLE = """*Name* | *Summary* | *Paper* | *Code*
:---: | :---: | :---: | :---:
**2015**    | | |
 SRCNN      | *Image Super-Resolution Using Deep Convolutional Networks* | [[arXiv]](https://arxiv.org/abs/1501.00092) | [[~~code~~]](./models/SRCNN)
**2016**    | | |
 SRGAN      | *Photo-Realistic Single Image Super-Resolution* | [[arXiv]](https://arxiv.org/abs/1609.04802) | [[code]](https://github.com/a/srgan)
"""


def test_a_row_that_only_names_a_year_dates_the_rows_below_it():
    first, second = parse_text(TABLE, "l.md").entries
    assert (first.year, second.year) == (2015, 2016)
    assert "table row '2016'" in dict(second.evidence)["year"]


def test_a_link_to_a_folder_of_the_lists_own_repository_is_not_its_code():
    first, second = parse_text(TABLE, "l.md").entries
    assert first.code is None
    assert second.code is not None and second.code.url == "https://github.com/a/srgan"


@pytest.mark.parametrize(
    ("tail", "year"),
    [(". SIGMOD. 2020.", 2020), (". Rep4NLP@ACL. 2017.", 2017), (". ICLR.2018.", 2018),
     (". IEEE Access. 2020.", 2020)],
)  # fmt: skip
def test_a_venue_sentence_and_a_year_sentence_close_the_title(tail, year):
    e = one(f"- Realistic Re-evaluation of Knowledge Graph Completion Methods{tail} "
            "[[paper]](https://arxiv.org/abs/2001.00001)\n")  # fmt: skip
    assert (e.title, e.year) == (
        "Realistic Re-evaluation of Knowledge Graph Completion Methods",
        year,
    )


def test_a_title_that_starts_like_a_sentence_is_still_a_title():
    e = one("- You CAN Teach an Old Dog New Tricks! On Training Knowledge Graph Embeddings. ICLR. "
            "2020. [[paper]](https://openreview.net/forum?id=BkxSmlBFvr)\n")  # fmt: skip
    assert e.title == "You CAN Teach an Old Dog New Tricks! On Training Knowledge Graph Embeddings"
    news = parse_text('🎉 Our paper "<i>Why Misinformation is Created?</i>" is accepted by '
                      "**CIKM 2024** [[Paper](https://arxiv.org/abs/2001.00002)]!\n\n"
                      "Description and details in this paper: https://arxiv.org/pdf/1811.11839.pdf\n\n"
                      "- [A Real Paper Title Here](https://arxiv.org/abs/2001.00003)\n", "l.md")  # fmt: skip
    assert [e.line for e in news.entries] == [5]
    assert [u.line for u in news.unread] == [1, 3]


def test_an_arxiv_label_with_the_ids_year_and_month_dates_the_entry():
    e = one(
        "* **Opening the Black Box of Large Language Models** [[arxiv 2402]](http://arxiv.org/abs/2402.10688)\n"
    )
    assert e.year == 2024


def test_a_broken_link_whose_target_holds_the_paper_is_an_entry_and_a_warning():
    text = ("* **Interpreting Transformer's Attention Dynamic Memory** [[arxiv 2305]]"
            "([10.48550/arXiv.2305.13417](http://arxiv.org/abs/2305.13417))\n")  # fmt: skip
    e = one(text)
    assert e.paper is not None and e.paper.url == "http://arxiv.org/abs/2305.13417"
    assert "malformed-link" in offline_rules(text)
    e = one("- **Crowd Counting in the Frequency Domain** [[paper]([https://arxiv.org/abs/2205.11398]"
            "(https://openaccess.thecvf.com/content/CVPR2022/papers/x.pdf))]\n")  # fmt: skip
    assert e.paper is not None and e.paper.url == "https://arxiv.org/abs/2205.11398"


def test_research_threads_are_paper_hosts_and_venue_pages_are_not_papers():
    assert (
        _role("https://transformer-circuits.pub/2023/monosemantic-features", "blog", False)
        == "paper"
    )
    assert _role("https://transformer-circuits.pub/", "blog", False) == "other"
    assert _role("https://aclanthology.org/venues/blackboxnlp/", "workshop", False) == "other"
    assert _role("https://distill.pub/2020/circuits/zoom-in/", "Distill", False) == "paper"
