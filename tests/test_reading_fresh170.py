"""Layouts first seen in the fresh170-175 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from tests.support.reading import reader

_read = reader("title", "year")


def test_a_month_and_year_closing_a_plain_title_are_its_date():
    text = (
        "- Evaluating Large Language Models: A Comprehensive Survey , Oct 2023 "
        "[arxiv:](https://arxiv.org/abs/2310.19736)\n"
        "- A Survey on Evaluation of Large Language Models Jul 2023 "
        "[arxiv:](https://arxiv.org/abs/2307.03109)\n"
        "- Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena Jun 2023, "
        "[arxiv](https://arxiv.org/abs/2306.05685)\n"
    )
    assert _read(text) == [
        ("Evaluating Large Language Models: A Comprehensive Survey", 2023),
        ("A Survey on Evaluation of Large Language Models", 2023),
        ("Judging LLM-as-a-Judge with MT-Bench and Chatbot Arena", 2023),
    ]


def test_a_date_that_belongs_to_the_title_is_kept():
    assert clean_title("Forecasting Influenza Cases in March 2020") == (
        "Forecasting Influenza Cases in March 2020"
    )
    assert clean_title("Deep Learning for Seismic Events since June 2019") == (
        "Deep Learning for Seismic Events since June 2019"
    )
    assert clean_title("Prediction-Powered Inference jan 23") == "Prediction-Powered Inference"
    for kept in (
        "Mobility Changes in Wuhan Through March 2020",
        "Twitter Discourse Around the Capitol Riot, January 2021",
        "Sea Ice Forecasting for the Arctic Summer 2012",
        "Detecting Election Misinformation: November 2020",
    ):  # a month named in full is the title's own date
        assert clean_title(kept) == kept


def test_a_venue_year_with_findings_before_the_colon_is_cut_from_the_title():
    text = (
        "- ACL2022-findings: Event Transition Planning for Open-ended Text Generation\n\n"
        "  - url: https://aclanthology.org/2022.findings-acl.269.pdf\n\n"
        "- NAACL 2022 Findings: EA2E: Improving Consistency with Event Awareness\n\n"
        "  - url: https://aclanthology.org/2022.findings-naacl.202.pdf\n"
    )
    assert _read(text) == [
        ("Event Transition Planning for Open-ended Text Generation", 2022),
        ("EA2E: Improving Consistency with Event Awareness", 2022),
    ]


def test_pubmed_central_bmj_and_mit_press_articles_are_papers():
    text = (
        "**[Cognitive Impairments in Schizophrenia: A Study in a Large Clinical Sample]"
        "(https://pmc.ncbi.nlm.nih.gov/articles/PMC8521945/)**\n\n"
        "**[Extracting instances of interpersonal violence from mental healthcare records]"
        "(https://bmjopen.bmj.com/content/12/2/e052911)**\n\n"
        "**[Large Language Model Instruction Following: A Survey of Progresses]"
        "(https://direct.mit.edu/coli/article/50/3/1053/121669/Large-Language-Model)**\n\n"
        "**[Reinforcement Learning: An Introduction](https://direct.mit.edu/books/book/4258/x)**\n\n"
        "**[BMJ collection: Artificial Intelligence](https://www.bmj.com/content/collections)**\n"
    )  # a book and a collection page are no papers
    assert len(_read(text)) == 3


def test_a_white_papers_section_of_a_blockchain_list_holds_papers():
    text = (
        "## Whitepapers\n"
        "- [Bitcoin: A Peer-to-Peer Electronic Cash System](https://bitcoin.org/bitcoin.pdf)"
        " - Satoshi Nakamoto, 2008\n"
    )
    assert _read(text) == [("Bitcoin: A Peer-to-Peer Electronic Cash System", 2008)]
