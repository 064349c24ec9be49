"""Misreadings a fresh-eyes review of the fresh236-241 rules found (probes in the style of
real lists), each held by a test that fails on those rules as first written."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year")
_titles = reader("title")


def test_title_only_items_do_not_take_a_later_list_of_several_papers():
    text = (
        "## Vision\n\n"
        "- Deep Residual Learning for Image Recognition\n"
        "- Densely Connected Convolutional Networks\n\n"
        "1. [arXiv:1706.03762](https://arxiv.org/abs/1706.03762)\n"
        "2. [arXiv:1810.04805](https://arxiv.org/abs/1810.04805)\n\n"
        "## Speech\n\n"
        "- HuBERT: Self-Supervised Speech Representation Learning\n"
        "- [wav2vec 2.0: A Framework for Self-Supervised Learning](https://arxiv.org/abs/2006.11477)\n\n"
        "* [Paper](https://arxiv.org/abs/2212.04356) [Code](https://github.com/openai/whisper)\n"
    )
    assert _titles(text) == [("wav2vec 2.0: A Framework for Self-Supervised Learning",)]


def test_a_qualified_databases_heading_is_a_topic_of_papers_not_datasets():
    text = (
        "## Learned Databases\n"
        "- [Bao](https://arxiv.org/abs/2004.03814) - SIGMOD 2021\n"
        "- [Neo](https://arxiv.org/abs/1904.03711) - VLDB 2019\n\n"
        "## Vector Databases\n"
        "- [HNSW](https://arxiv.org/abs/1603.09320) - TPAMI 2018\n"
    )
    assert _read(text) == [(2, "Bao", 2021), (3, "Neo", 2019), (6, "HNSW", 2018)]


def test_lower_case_names_before_a_colon_still_name_their_papers():
    text = (
        "## Models\n"
        "- glove: [paper](https://nlp.stanford.edu/pubs/glove.pdf)\n"
        "- elmo: [paper](https://arxiv.org/abs/1802.05365)\n"
        "- *score sde*: [paper](https://arxiv.org/abs/2011.13456)\n"
    )
    assert _titles(text) == [("glove",), ("elmo",), ("score sde",)]


def test_a_reading_groups_lecture_and_syllabus_pdfs_are_no_papers():
    text = (
        "## Schedule\n"
        "- Week 1: Introduction to Deep Learning [PDF](materials/lecture1.pdf)\n"
        "- Week 2: Convolutional Neural Networks [PDF](Lecture2_Convolutional_Networks.pdf)\n"
        "- Course Syllabus [PDF](syllabus.pdf)\n"
        "- Cheat sheet for PyTorch [PDF](cheatsheet.pdf)\n"
        "- Model overview figure [PDF](figures/architecture.pdf)\n\n"
        "## Papers\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) NeurIPS 2017\n"
    )
    assert _read(text) == [(9, "Attention Is All You Need", 2017)]


def test_a_title_label_takes_its_linked_title_and_stops_at_the_next_label():
    text = (
        "## Papers\n"
        "- **Title**: [ReAct: Synergizing Reasoning and Acting in Language Models]"
        "(https://arxiv.org/abs/2210.03629) **Venue**: ICLR 2023\n"
        "- **Title**: Reflexion: Language Agents with Verbal Reinforcement Learning"
        " **Authors**: Noah Shinn, Federico Cassano **Year**: 2023"
        " [[arXiv](https://arxiv.org/abs/2303.11366)]\n"
    )
    assert _read(text) == [
        (2, "ReAct: Synergizing Reasoning and Acting in Language Models", 2023),
        (3, "Reflexion: Language Agents with Verbal Reinforcement Learning", 2023),
    ]


def test_a_resources_cell_gives_the_papers_own_link_text_not_a_blog_posts():
    text = (
        "| Model | Description | Resources |\n"
        "|-------|-------------|-----------|\n"
        "| SelfHAR | Self-training for activity recognition | [Paper](https://arxiv.org/abs/2102.06073),"
        " [A Gentle Introduction to Self-Training](https://medium.com/@someone/self-training) |\n"
    )
    assert _titles(text) == [("SelfHAR",)]
