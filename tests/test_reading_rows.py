"""Table rows that hold more or less than one titled paper: a cell of two papers, one per
line; a name column that is all a row gives; double-bracket titles of three words."""

from __future__ import annotations

from tests.support.reading import offline_rules, reader

_fields = reader("title", "short_name", "year", "code")


def _read(text: str) -> list[tuple]:
    return [(t, s, y, c.url if c else None) for t, s, y, c in _fields(text)]


_paper = reader("title", "paper")


def test_a_cell_of_two_titled_papers_gives_two_entries_sharing_the_row():
    text = (
        "|Name|Year|Paper|Note|\n|:--|:--|:--|:--|\n"
        "|GLEU|2015| [[Ground Truth for Grammatical Error Correction Metrics]]"
        "(https://aclanthology.org/P15-2097)<br>[[GLEU Without Tuning]]"
        "(https://arxiv.org/abs/1605.02592)| [[code]](https://github.com/cnap/gec-ranking)<br>"
        "Often used on JFLEG.|\n"
    )
    code = "https://github.com/cnap/gec-ranking"
    assert _read(text) == [
        ("Ground Truth for Grammatical Error Correction Metrics", "GLEU", 2015, code),
        ("GLEU Without Tuning", "GLEU", 2015, code),
    ]
    assert [p.url for _, p in _paper(text)] == [
        "https://aclanthology.org/P15-2097",
        "https://arxiv.org/abs/1605.02592",
    ]
    # one link written once for both papers of the row is not a copy-paste
    assert "shared-code-link" not in offline_rules(text)


def test_one_code_link_per_paper_of_a_cell_goes_to_its_own_paper():
    text = (
        "| Metric | Paper | Code |\n|---|---|---|\n"
        "| Precision-and-Recall | [Assessing Generative Models via Precision and Recall]"
        "(https://arxiv.org/abs/1806.00035) (NeurIPS 2018) <br> [Improved Precision and Recall "
        "Metric for Assessing Generative Models](https://arxiv.org/abs/1904.06991) (NeurIPS 2019) |"
        " [code](https://github.com/msmsajjadi/precision-recall-distributions) "
        "[code](https://github.com/kynkaat/improved-precision-and-recall-metric) |\n"
    )
    assert [(y, c) for *_, y, c in _read(text)] == [
        (2018, "https://github.com/msmsajjadi/precision-recall-distributions"),
        (2019, "https://github.com/kynkaat/improved-precision-and-recall-metric"),
    ]


def test_a_cell_of_one_paper_and_its_other_links_stays_one_entry():
    text = (
        "| Title | Links |\n|---|---|\n"
        "| [Attention Is All You Need](https://arxiv.org/abs/1706.03762)<br>"
        "[NeurIPS version](https://papers.nips.cc/paper/7181) | x |\n"
        "| [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)<br>"
        "[[pdf]](https://arxiv.org/pdf/1512.03385) | y |\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
    ]


def test_a_name_column_is_the_title_when_the_row_gives_nothing_else():
    text = (
        "|Name|Year|Paper|Note|\n|:--|:--|:--|:--|\n"
        "|HOO 2011|2011| [[paper]](https://aclanthology.org/W11-2838/)| [[website]](https://x.org/hoo)|\n"
        "|CoNLL-2013|2013| [[paper]](https://aclanthology.org/W13-3601/)| |\n"
        "|EDM (ICML-22)|| [[paper]](https://proceedings.mlr.press/v162/hoogeboom22a.html)| |\n"
    )
    assert [(t, y) for t, _, y, _ in _read(text)] == [
        ("HOO 2011", 2011),
        ("CoNLL-2013", 2013),
        ("EDM", 2022),
    ]
