"""What the review of round 70 (helper-817) found the round's rules and the unplaced-link
check did to other shapes, each held by a test that fails on the reader of beb66bb."""

from __future__ import annotations

from pipeline.formats.unplaced import REASON, unplaced
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_bare_addresses_of_proceedings_pages_name_papers():
    """OpenReview, PMLR, CVF, USENIX and IJCAI addresses written bare are papers."""
    text = (
        "## Robustness\n\n"
        "- https://openreview.net/forum?id=rJzIBfZAb\n"
        "- https://proceedings.mlr.press/v80/athalye18a.html\n"
        "- http://openaccess.thecvf.com/content_CVPR_2019/html/Xie_Feature_Denoising_CVPR_2019_paper.html\n"
        "- https://www.usenix.org/conference/usenixsecurity20/presentation/carlini\n"
        "- https://www.ijcai.org/proceedings/2019/0001.pdf\n"
    )
    assert [line for line, *_ in _read(text)] == [3, 4, 5, 6, 7]


def test_two_arxiv_papers_under_a_heading_are_two_entries_even_beside_code():
    """Two arXiv IDs under a topic heading are two papers, whatever else is beside them."""
    text = (
        "## Papers\n\n### Adversarial Training\n"
        "- https://arxiv.org/abs/1706.06083\n- https://arxiv.org/abs/1412.6572\n"
        "- https://github.com/MadryLab/robustness\n"
    )
    assert [(line, title) for line, title, _ in _read(text)] == [(4, ""), (5, "")]


def test_numbered_lines_under_a_topic_with_a_background_link_still_split():
    """A topic line linking its background (Wikipedia) is no paper of its own."""
    text = (
        "## Attacks\n\n"
        "- Adversarial examples ([background](https://en.wikipedia.org/wiki/Adversarial_machine_learning))\n"
        "[1] [Intriguing properties of neural networks](https://arxiv.org/abs/1312.6199) [ICLR 2014] <br />\n"
        "[2] [Explaining and Harnessing Adversarial Examples](https://arxiv.org/abs/1412.6572) [ICLR 2015] <br />\n"
    )
    assert [(line, year) for line, _, year in _read(text)] == [(4, 2014), (5, 2015)]


def test_a_definition_list_of_titles_and_their_authors_reads_as_before():
    """kramdown definitions that are authors and links under a title term stay that
    title's (only a definition that opens a list is read as a list); a wrapped ``: `` line
    after an item is that item's text."""
    text = (
        "# Publications\n\n## 2021\n\n"
        "**Learning Transferable Visual Models From Natural Language Supervision**\n"
        ": Alec Radford, Jong Wook Kim. *ICML 2021*. [[pdf](https://arxiv.org/abs/2103.00020)]"
        " [[code](https://github.com/openai/CLIP)]\n\n"
        "## Papers\n\n"
        "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805), NAACL 2019\n"
        "  : code at [github](https://github.com/google-research/bert)\n\n"
        "Feb. 13, Thu\n:   1. [Densely Connected Convolutional Networks](https://arxiv.org/abs/1608.06993)\n"
    )
    got = reader("line", "title", "code")(text)
    assert [(line, title) for line, title, _ in got] == [
        (5, "Learning Transferable Visual Models From Natural Language Supervision"),
        (10, "BERT: Pre-training of Deep Bidirectional Transformers"),
        (14, "Densely Connected Convolutional Networks"),
    ]
    assert got[1][2].url == "https://github.com/google-research/bert"


def test_a_lower_case_title_that_is_no_venue_dates_nothing():
    """``# iccv2019-notes`` and ``# cvpr2019-2023 papers`` name no one venue and year."""
    for title in ("iccv2019-notes", "cvpr2019-2023 papers", "emnlp2022 to 2024"):
        text = f"# {title}\n\n## Detection\n\n- [A Paper Title About Detection](https://arxiv.org/abs/1908.01001)\n"
        assert _read(text) == [(5, "A Paper Title About Detection", None)], title


def test_italic_and_bold_titles_with_a_year_or_a_model_name_are_titles():
    """``_Introduction to the CoNLL-2003 Shared Task: …_`` and ``_Mask R-CNN_`` after a
    byline are titles, not venues."""
    text = (
        "- Erik F. Tjong Kim Sang, Fien De Meulder. _Introduction to the CoNLL-2003 Shared"
        " Task: Language-Independent Named Entity Recognition_. [pdf](https://arxiv.org/abs/cs/0306050)\n"
        "- Kaiming He, Georgia Gkioxari, Piotr Dollár, Ross Girshick. _Mask R-CNN_. [pdf](https://arxiv.org/abs/1703.06870)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Introduction to the CoNLL-2003 Shared Task: Language-Independent Named Entity Recognition",
        "Mask R-CNN",
    ]


def test_the_unplaced_check_leaves_code_figures_and_headings_alone():
    """BibTeX in an indented block or a fence inside an item, a figure hot-linked from
    arXiv's HTML, a setext heading's link and inline ```code``` are no lost papers."""
    text = (
        "[A Survey on Multimodal Large Language Models](https://arxiv.org/abs/2306.13549)\n"
        "=======\n\n```pip install awesome-tool```\n\n"
        "![taxonomy](https://arxiv.org/html/2306.13549v4/x1.png)\n"
        '<img src="https://arxiv.org/html/2304.08485v2/x2.png" width="600">\n\n'
        "## Papers\n\n"
        "1. **Toolformer: Language Models Can Teach Themselves to Use Tools** [[paper](https://arxiv.org/abs/2302.04761)]\n"
        "    ```bibtex\n    @article{schick2023, note={see https://arxiv.org/abs/2305.99999}}\n    ```\n"
        "2. **ReAct: Synergizing Reasoning and Acting** [[paper](https://arxiv.org/abs/2210.03629)]\n\n"
        "    url = {https://arxiv.org/abs/2209.00796},\n"
    )
    assert not [u for u in parse_text(text, "l.md").unread if u.reason == REASON]


def test_unclosed_comments_are_skipped_in_linear_time():
    """An HTML comment opened on every line and never closed: each one was searched to the
    end of the text (quadratic: minutes at 1 MB); now one pass, in milliseconds."""
    text = "unclosed <!-- comment here\n" * 40_000  # (pytest-timeout stops a regression)
    assert unplaced(text, "l.md", [], []) == []
