"""Layouts and conventions first seen in the fresh473-480 batches, each held by a test that
fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from pipeline.formats.links import link_role
from pipeline.formats.runs import Run
from tests.support.reading import offline_rules, one, reader

_titles = reader("title")
_code = reader("title", "code")


def _urls(text: str) -> list[tuple[int, str]]:
    return [(line, paper.url) for line, paper in reader("line", "paper")(text)]


def _role(url: str, text: str) -> str:
    return link_role(Run("link", text, 1, url))


def test_repository_and_publisher_records_under_a_title_are_papers():
    """An EPrints record, a PDF served by its number (``getpdf.php?id=``), DeepAI's and
    Springer Professional's paper pages: the paper when the link's text is its title; not
    under a label that names something else."""
    title = "Conversational Information Seeking: An Introduction to Conversational Search"
    for url in (
        "https://eprints.gla.ac.uk/267203/",
        "https://eprints.whiterose.ac.uk/id/eprint/1443/",
        "https://ciir-publications.cs.umass.edu/pub/web/getpdf.php?id=1443",
        "https://deepai.org/publication/ditch-the-gold-standard-re-evaluating",
        "https://www.springerprofessional.de/en/user-engagement-prediction/19011520",
    ):
        assert _role(url, title) == "paper", url
        assert _role(url, "Slides") != "paper", url
    assert _role("https://eprints.gla.ac.uk/view/subjects/", title) != "paper"


def test_an_arxiv_feed_is_no_paper():
    """``https://rss.arxiv.org/rss/cs.IR`` in a digest's header: a feed, not a paper."""
    text = (
        "# Week 12 (2026-03-16) arxiv cs.IR Industrial RecSys Papers\n"
        "# Week 12 (2026-03-16) arxiv cs.IR weekly report\n\n"
        "> Last Updated / \u6700\u540e\u66f4\u65b0\uff1a2026-03-19 | RSS: https://rss.arxiv.org/rss/cs.IR  \n"
        "> 16 papers\n\n---\n\n"
        "| ID | Title |\n|---|---|\n"
        "| [2603.01234](https://arxiv.org/abs/2603.01234) | Generative Retrieval at Scale |\n"
    )
    assert _urls(text) == [(11, "https://arxiv.org/abs/2603.01234")]


def test_a_stray_quote_before_a_linked_title_leaves_the_names_out():
    """``Names. 2021. '[Title](url), arXiv preprint``: the title is the link's text."""
    text = (
        "| Date | Entity |\n|---|---|\n"
        "| 2021 | Oleg Borisov, Mohammad Aliannejadi, and Fabio Crestani. 2021. '[Keyword"
        " Extraction for Improved Document Retrieval in Conversational Search]"
        "(https://arxiv.org/abs/2109.05979), arXiv preprint arXiv:2109.05979. |\n"
    )
    assert _titles(text) == [
        ("Keyword Extraction for Improved Document Retrieval in Conversational Search",)
    ]


def test_a_site_label_under_a_bold_title_is_no_title():
    """``+ **Title**`` / ``- Paper Link: [CVF](url)``: the bold title, not ``CVF``."""
    text = (
        "## Action\n\n"
        "+ **Ego-Only: Egocentric Action Detection without Exocentric Transferring**\n"
        "    - Publication: ICCV 2023\n"
        "    - Paper Link: [CVF](https://openaccess.thecvf.com/content/ICCV2023/html/"
        "Wang_Ego-Only_ICCV_2023_paper.html)\n"
    )
    assert (
        one(text).title == "Ego-Only: Egocentric Action Detection without Exocentric Transferring"
    )


def test_a_sub_item_with_the_same_arxiv_paper_or_a_version_is_no_entry():
    """A renamed version on arXiv under the same ID, ``also a [PAMI version](…)`` or
    ``[TIP version](…)`` under an entry: the entry's versions, not entries; an extension
    under its own arXiv ID still is one."""
    text = (
        "- **TC:** [Text-to-clip video retrieval with early fusion](https://arxiv.org/abs/1804.05113v1)."
        " *in ArXiv 2018*\n"
        "  - Later renamed: [Multilevel Language and Vision Integration for Text-to-Clip"
        " Retrieval](https://arxiv.org/abs/1804.05113v3), AAAI 2019\n"
        "- **SCDM:** [Semantic conditioned dynamic modulation for temporal sentence grounding]"
        "(https://arxiv.org/abs/1910.14303). *in NeurIPS 2019*\n"
        "  - also a [PAMI version]([Semantic conditioned dynamic modulation for temporal sentence"
        " grounding](https://ieeexplore.ieee.org/document/9263333)).\n"
        "  - Also a [TIP version](https://ieeexplore.ieee.org/document/8962274)\n"
        "- [Multi-source Domain Adaptation for Semantic Segmentation](https://arxiv.org/abs/1910.12181)\n"
        "  - Extension [MADAN: Multi-source Adversarial Domain Aggregation Network for Domain"
        " Adaptation](https://arxiv.org/abs/2003.00820)\n"
    )
    assert [line for line, _ in _urls(text)] == [1, 3, 6, 7]
    assert "duplicate-entry" not in offline_rules(text)


def test_a_bare_url_ends_before_the_punctuation_github_leaves_out():
    """``https://github.com/o/r,,, under updating``: the repository ``o/r`` (GitHub's
    autolink drops trailing ``,.;:!?*_~``; linkify-it keeps all but the last comma)."""
    text = (
        "- **LP-Net:** [Natural language video localization with learnable moment proposals]"
        "(https://aclanthology.org/2021.emnlp-main.327.pdf). *in EMNLP 2021*\n"
        "  - https://github.com/xiaoneil/LPNet,,, under updating\n"
    )
    assert one(text).code is not None
    assert one(text).code.url == "https://github.com/xiaoneil/LPNet"
    assert "link-text-mismatch" not in offline_rules(text)


def test_crypto_conferences_are_venues():
    """``Crypto '17``, ``EUROCRYPT 2018``: IACR's conferences; ``Crypto`` only with ``'YY``."""
    text = (
        "[The Bitcoin Backbone Protocol with Chains of Variable Difficulty]"
        "(https://eprint.iacr.org/2016/1048). Juan A. Garay and Aggelos Kiayias. Crypto '17.\n\n"
        "[Ouroboros Praos: An adaptively-secure proof-of-stake protocol]"
        "(https://eprint.iacr.org/2017/573.pdf). Bernardo David, Peter Gazi. EUROCRYPT 2018.\n"
    )
    got = reader("year", "venue")(text)
    assert got == [(2017, "Crypto 2017"), (2018, "EUROCRYPT 2018")]
    assert clean_title("Crypto Markets and Deep Learning") == "Crypto Markets and Deep Learning"
    title = "Crypto 2021: Price Prediction with Deep Learning"  # ``Crypto`` only as ``Crypto '17``
    assert reader("title")(f"- [{title}](https://arxiv.org/abs/2101.00001)\n") == [(title,)]


def test_two_names_split_by_a_semicolon_are_a_byline():
    """``- **3DSAM:** Shangjie Wang; James A. Evans.<br />`` / ``"Title." ICASSP (2024).``: two
    names, one with a middle initial or a hyphenated given name; not a title split by a
    semicolon (``Look Closer; Think Deeper``, the review's probe)."""
    text = (
        "## 3D\n\n"
        "- **3DSAM:** Shangjie Wang; James A. Evans.<br />\n"
        '  "3DSAM: Segment Anything in NeRF." ICASSP (2024).\n'
        "  [[paper](https://ieeexplore.ieee.org/abstract/document/10445897)]\n"
    )
    assert one(text).title == "3DSAM: Segment Anything in NeRF"
    table = (
        "| Title | Link | Year |\n|---|---|---|\n"
        "| Look Closer; Think Deeper | [link](https://arxiv.org/abs/2301.00001) | 2023 |\n"
    )
    assert one(table).title == "Look Closer; Think Deeper"


def test_authors_after_a_dash_close_a_plain_title():
    """``- Title - Koji Azuma, Kiyoshi Tamaki & Hoi-Kwong Lo`` over a bare URL, one name with
    a middle initial too; not places or datasets (``- Stanford Cars, Oxford Flowers, ...``)."""
    assert clean_title(
        "All-photonic quantum repeaters - Koji Azuma, Kiyoshi Tamaki & Hoi-Kwong Lo"
    ) == ("All-photonic quantum repeaters")
    assert clean_title("A Tutorial on Quantum Error Correction - Andrew M. Steane") == (
        "A Tutorial on Quantum Error Correction"
    )
    for kept in (
        "Benchmarking Fine-Grained Recognition - Stanford Cars, Oxford Flowers, and Caltech Birds",
        "Robust Grasping by Deep Learning - New York, San Francisco",
        "RNA velocity - Current challenges and future perspectives",
        "Medical Imaging - Computed Tomography and Magnetic Resonance",
        "Data Structures in Practice - Part A. Hash Tables",
    ):
        assert clean_title(kept) == kept
    text = (
        "- A Tutorial on Quantum Error Correction - Andrew M. Steane\n"
        "       https://arxiv.org/abs/quant-ph/0601003\n"
    )
    assert one(text).title == "A Tutorial on Quantum Error Correction"


def test_ssrn_abstracts_and_nber_working_papers_are_papers():
    """``www.ssrn.com/abstract=3049044`` and ``nber.org/papers/w23443``: a paper's own page
    (fresh480), not an unknown site."""
    assert _role("https://www.ssrn.com/abstract=3049044", "Tree-Based Estimation") == "paper"
    assert _role("http://www.nber.org/papers/w23443", "Rethinking the Benefits") == "paper"
    assert _role("https://www.nber.org/programs-projects/programs", "Programs") != "paper"


def test_a_tables_link_to_the_lists_own_markdown_page_is_no_paper():
    """A contents table of sub-lists (``[**Two-step Methods**](src/Two-step_Methods.md)``):
    pages of the list's own, not papers by the table's convention (fresh477)."""
    text = (
        "### Papers\n\n"
        "| [Survey](src/Survey.md) | [Semi-Supervised Learning](src/Semi.md) |\n"
        "| :---: | :---: |\n"
        "| [**Transfer Learning and Domain Adaptation**](src/Transfer_Learning.md) |"
        " [**Character Search**](src/Character_Search.md) |\n"
        "| [**Two-step Methods**](src/Two-step_Methods.md) | |\n\n"
        "+ [DMRNet] Decoupled and Memory-Reinforced Networks for One-Step Person Search (AAAI)"
        " [[paper](https://arxiv.org/pdf/2102.10795)]\n"
    )
    assert [url for _, url in _urls(text)] == ["https://arxiv.org/pdf/2102.10795"]
