"""Layouts first seen in the fresh230-235 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "year")


def test_a_bold_title_over_an_italic_byline_that_ends_in_its_venue_year_and_pdf():
    text = (
        "## 1. Data Cleaning\n\n"
        "**How Large Language Models Will Disrupt Data Management**\n\n"
        "*Raul Castro Fernandez, Aaron J. Elmore, Chenhao Tan. VLDB 2023.*"
        " [[pdf](https://www.vldb.org/pvldb/vol16/p3302-fernandez.pdf)]\n\n"
        "**CleanAgent: Automating Data Standardization with LLM-based Agents**\n\n"
        "*Danrui Qi, Jiannan Wang. arxiv 2024.* [[pdf](https://arxiv.org/pdf/2403.08291)]\n\n"
        "**From BERT to GPT-3 Codex: Harnessing the Potential of Very Large Language Models**\n\n"
        "*Immanuel Trummer. VLDB 2022.* [[pdf](https://arxiv.org/pdf/2306.09339)]\n"
    )
    assert _read(text) == [
        ("How Large Language Models Will Disrupt Data Management", 2023),
        ("CleanAgent: Automating Data Standardization with LLM-based Agents", 2024),
        ("From BERT to GPT-3 Codex: Harnessing the Potential of Very Large Language Models", 2022),
    ]


def test_a_bold_label_over_a_sentence_with_a_paper_link_keeps_the_sentence_as_title():
    text = (
        "## Papers\n\n"
        "**Data Cleaning with Large Models**\n\n"
        "[Jellyfish: A Large Language Model for Data Preprocessing](https://arxiv.org/abs/2312.01678)"
        " EMNLP 2024\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Jellyfish: A Large Language Model for Data Preprocessing"
    ]


def test_a_year_and_a_comma_before_mla_authors_and_the_quoted_linked_title():
    text = (
        "## Papers\n\n"
        '2020, Rashed, Ammar, Mucahid Kutlu, Kareem Darwish, and Cansın Bayrak. "[Embeddings-Based'
        ' Clustering for Target Specific Stances.](https://arxiv.org/pdf/2005.09649.pdf)" arXiv'
        " preprint arXiv:2005.09649 (2020).\n\n"
        '2019, Kearney, Michael Wayne. "[Analyzing change in network polarization.]'
        '(https://journals.sagepub.com/doi/pdf/10.1177/1461444818822813)" new media & society'
        " 21, no. 6 (2019): 1380-1402\n"
    )
    assert _read(text) == [
        ("Embeddings-Based Clustering for Target Specific Stances", 2020),
        ("Analyzing change in network polarization", 2019),
    ]


def test_papers_kept_in_the_lists_folder_under_file_name_labels_are_entries():
    text = (
        "### 2020\n\n"
        "1. [2020-OSDI-Bourbon_learned_LSM](papers/2020-OSDI-Bourbon_learned_LSM.pdf)\n"
        "2. [2020-OSDI-Bourbon_learned_LSM_slides](papers/2020-OSDI-Bourbon_slides.pdf)\n"
        "3. [2019-SIGMOD-FITing-Tree_Data-aware-Index](papers/2019-FITing-Tree.pdf)\n"
        "4. [2020-SIGMOD-HOPE](papers/2020-SIGMOD-HOPE.pdf)\n"
    )
    assert [y for _, y in _read(text)] == [2020, 2019, 2020]
