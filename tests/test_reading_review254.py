"""Misreadings a fresh-eyes review found in the fresh254-271 rules as first written, each
held by a test that fails on those rules (9fb2ba9) and passes now."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")


def _titles(text: str) -> list[str]:
    return [t for _, t, _ in _read(text)]


def _linked(titles: list[str]) -> str:
    """Each title as a bullet linking its own arXiv ID (one URL each: none is merged)."""
    return "".join(f"- [{t}](https://arxiv.org/abs/2401.0000{k})\n" for k, t in enumerate(titles))


def test_a_closing_clause_after_a_bracketed_year_stays_in_the_title():
    titles = [
        "Top 10 Algorithms in Data Mining (2008), Revisited",
        "Machine Learning Reproducibility Crisis (2018), Nature Survey Results",
        "A Retrospective on ImageNet (2009), Ten Years Later",
        "Lessons from the Netflix Prize (2009), Part One",
    ]
    assert _titles(_linked(titles)) == titles


def test_a_sentence_below_a_title_ending_in_a_capitalised_word_is_no_part_of_it():
    text = (
        "- [[LookAt](https://github.com/a/b)] What Does BERT Look At\n"
        "  An analysis of attention heads in BERT. [[paper](https://arxiv.org/abs/1906.04341)]\n"
    )
    assert _titles(text) == ["What Does BERT Look At"]


def test_a_paper_pdf_labelled_notes_or_chapter_on_its_own_site_is_the_paper():
    text = (
        "- Learning representations by back-propagating errors"
        " [Notes](https://www.iro.umontreal.ca/~vincentp/backprop_rumelhart.pdf)\n"
        "- Dropout: A Simple Way to Prevent Overfitting"
        " [chapter](https://www.cs.toronto.edu/~rsalakhu/papers/JMLRdropout.pdf)\n"
    )
    assert _titles(text) == [
        "Learning representations by back-propagating errors",
        "Dropout: A Simple Way to Prevent Overfitting",
    ]


def test_bold_acronyms_and_a_year_before_a_generic_quoted_link_are_the_title():
    text = '- **BLEU, ROUGE & METEOR (2005)** "[paper](https://arxiv.org/abs/2401.00001)"\n'
    assert _read(text) == [(1, "BLEU, ROUGE & METEOR", 2005)]


def test_quoted_words_inside_a_title_do_not_end_it():
    text = (
        '- Lee, Kim. "Short" and "Long" Context Models Compared. arXiv (2023)'
        " [paper](https://arxiv.org/abs/2401.00001)\n"
    )
    assert _titles(text) == ['Lee, Kim. "Short" and "Long" Context Models Compared']


def test_a_dataset_whose_own_link_is_its_paper_stays_an_entry_with_a_citation_after_it():
    text = (
        "## Datasets\n"
        "- [Stanford Question Answering Dataset](https://arxiv.org/abs/1606.05250)"
        " [[Rajpurkar et al., 2016]](https://rajpurkar.github.io/SQuAD-explorer/)\n"
    )
    assert _titles(text) == ["Stanford Question Answering Dataset"]


def test_a_labelled_implementation_link_to_a_section_of_a_markdown_file_is_code():
    text = (
        "- Faster R-CNN: Towards Real-Time Object Detection"
        " [[paper](https://arxiv.org/abs/1506.01497)] [[PyTorch](https://github.com/pytorch/"
        "vision/blob/main/references/detection/README.md#faster-r-cnn)]\n"
    )
    (entry,) = parse_text(text, "list.md").entries
    assert entry.code is not None and entry.code.text == "PyTorch"


def test_a_last_sentence_that_only_mentions_a_venue_or_a_bracketed_word_stays():
    titles = [
        "Why We Need Better Benchmarks. The Case of EMNLP",
        "A Critique of Peer Review at NeurIPS. Lessons from ICML",
        "Deep Reinforcement Learning. An Overview (Draft)",
    ]
    assert _titles(_linked(titles)) == titles


def test_several_surnames_and_et_al_after_a_title_are_cut_whole():
    text = (
        "- [Graph Neural Networks for Recommendation. Huang, Wang, et al. Tutorial]"
        "(https://arxiv.org/abs/2401.00004)\n"
    )
    assert _titles(text) == ["Graph Neural Networks for Recommendation"]


def test_a_bracketed_paper_status_after_a_year_tag_is_no_title():
    text = (
        "- **[2024][Accepted at NeurIPS Main Track]** [paper](https://arxiv.org/abs/2401.00001)\n"
        "- **[2025][Code and Data Released Soon]** [paper](https://arxiv.org/abs/2401.00003)\n"
        "- **[2025][Scaling Laws for Reward Models]** [paper](https://arxiv.org/abs/2401.00004)\n"
    )
    assert _titles(text) == ["Scaling Laws for Reward Models"]
