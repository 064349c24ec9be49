"""Reading cases found on the fresh19 real lists (tests/fixtures/real/fresh19__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text


def test_a_header_less_grid_of_one_paper_per_cell_gives_one_entry_per_cell():
    text = (
        "|   |   |   |\n| :---: | :---: | :---: |\n"
        "| **2023** | [FinalMLP](https://arxiv.org/abs/2304.00902) {cite}`FinalMLP`<br>AAAI'23 |"
        " [EulerNet](https://arxiv.org/abs/2304.10711)<br>SIGIR'23 |\n"
        "|  | [MemoNet](https://arxiv.org/abs/2211.01334)<br>CIKM'23 | |\n"
        "| **2022** | [FRNet](https://arxiv.org/abs/2204.08758)<br>SIGIR'22 | |\n"
    )
    got = [(e.title, e.year, e.line) for e in parse_text(text, "l.md").entries]
    assert got == [
        ("FinalMLP", 2023, 3),
        ("EulerNet", 2023, 3),
        ("MemoNet", 2023, 4),
        ("FRNet", 2022, 5),
    ]


def test_a_description_under_a_paper_heading_is_not_its_title():
    text = (
        "### **MODUS: Decoder-Only Any-to-Any Multimodal Modeling**\n\n"
        "MODUS treats every modality symmetrically as both input and output, enabling chained"
        " generation without modality-specific heads.\n\n"
        "[![arXiv](https://img.shields.io/badge/arXiv-2607.25948-b31b1b.svg)]"
        "(https://arxiv.org/abs/2607.25948)\n\n**Released:** 2026-07-28\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert e.title == "MODUS: Decoder-Only Any-to-Any Multimodal Modeling"


def test_labelled_sibling_items_give_the_paper_item_above_them_its_code():
    text = (
        "<details>\n<summary>AlphaFold3</summary>\n\n"
        "- **Paper:** [Accurate structure prediction of biomolecular interactions with AlphaFold 3]"
        "(https://www.nature.com/articles/s41586-024-07487-w)(Nature, 2024)\n"
        "- **Docs:** [Read more](docs/AlphaFold3/) *to be written*\n"
        "- **Code:** https://github.com/google-deepmind/alphafold3\n\n</details>\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert e.code.url == "https://github.com/google-deepmind/alphafold3"


def test_names_ended_by_commas_before_a_bold_title_are_the_authors():
    text = ("- Mateusz Malinowski, Mario Fritz, **A Multi-World Approach to Question Answering**,"
            " NIPS 2014. [[Paper]](http://arxiv.org/pdf/1410.0210v4.pdf)\n")  # fmt: skip
    (e,) = parse_text(text, "l.md").entries
    assert e.title == "A Multi-World Approach to Question Answering"
