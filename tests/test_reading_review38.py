"""Reading fixes from the review of the fresh36-fresh38 reader changes: each input was read
wrongly by those changes (an entry dropped, a description or an affiliation taken for the
rest of a title, a year from the wrong line)."""

from __future__ import annotations

from pipeline.formats.common import is_placeholder
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_a_description_after_a_name_link_is_not_the_rest_of_its_title():
    text = (
        "- [Swin](https://arxiv.org/abs/2103.14030): Microsoft Research Asia\n"
        "- [CLIP](https://arxiv.org/abs/2103.00020): Contrastive Language-Image Pretraining by OpenAI\n"
        "- [Chinchilla](https://arxiv.org/abs/2203.15556): Compute-optimal scaling of model size\n"
        "- [Mask R-CNN](https://arxiv.org/abs/1703.06870): Facebook AI Research (FAIR)\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385):"
        " CVPR 2016 Best Paper\n"
        "- [Language Models are Few-Shot Learners](https://arxiv.org/abs/2005.14165): OpenAI GPT-3\n"
        "- [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239): Ho, Jain, Abbeel\n"
        "- [Understanding Deep Learning Requires Rethinking Generalization]"
        "(https://arxiv.org/abs/1611.03530): Chiyuan Zhang\n"
        "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805):"
        " Google's Language Model\n"
    )
    assert _read(text) == [
        (1, "Swin", None),
        (2, "CLIP", None),
        (3, "Chinchilla", None),
        (4, "Mask R-CNN", None),
        (5, "Deep Residual Learning for Image Recognition", 2016),
        (6, "Language Models are Few-Shot Learners", None),
        (7, "Denoising Diffusion Probabilistic Models", None),
        (8, "Understanding Deep Learning Requires Rethinking Generalization", None),
        (9, "BERT: Pre-training of Deep Bidirectional Transformers", None),
    ]


def test_a_project_page_named_after_its_project_keeps_the_entry():
    text = (
        "- [LLaVA](https://llava-vl.github.io/) [[Paper](https://arxiv.org/abs/2304.08485)]\n"
        "- [Vicuna](https://vicuna.lmsys.org) [[Paper](https://arxiv.org/abs/2306.05685)]\n"
    )
    assert [t for _, t, _ in _read(text)] == ["LLaVA", "Vicuna"]


def test_relative_links_that_are_no_papers_are_no_entries():
    text = (
        "- [2D Detection](papers/2d-detection/)\n- [Full Reading Guide](papers/README)\n"
        "- [Roadmap](docs/roadmap.pdf)\n- [Overview](assets/overview.pdf)\n"
        "- [A Real Paper About Detection](https://arxiv.org/abs/2301.00001)\n"
    )
    assert _read(text) == [(5, "A Real Paper About Detection", None)]


def test_vs_in_a_summary_is_one_sentence():
    text = (
        "| Name | Summary | Paper |\n|---|---|---|\n"
        "| Data2vec | Self-Supervised Learning vs. Supervised Learning Across Modalities |"
        " [arXiv](https://arxiv.org/abs/2202.03555) |\n"
    )
    [e] = parse_text(text, "l.md").entries
    assert (e.title, e.short_name) == (
        "Self-Supervised Learning vs. Supervised Learning Across Modalities",
        "Data2vec",
    )


def test_a_venue_line_with_one_bold_word_still_dates_what_follows():
    text = (
        "CVPR 2022 **Highlights**\n\n- [A Paper About Things](https://arxiv.org/abs/2201.00001)\n"
    )
    assert _read(text) == [(3, "A Paper About Things", 2022)]


def test_a_labelled_venue_line_under_a_bold_title_is_its_field():
    text = (
        "**1. BiBench: Benchmarking and Analyzing Network Binarization**"
        " [[Paper](https://proceedings.mlr.press/v202/qin23a.html)]\n"
        "**Venue:** ICML 2023\n\n**Authors:** Haotong Qin, Mingyuan Zhang.\n\n"
        "**2. Another Paper About Binarization** [[Paper](https://arxiv.org/abs/2301.00002)]\n"
    )
    assert [y for _, _, y in _read(text)] == [2023, None]


def test_a_note_about_another_paper_does_not_date_the_entry():
    text = (
        "- [A Paper About Things](https://arxiv.org/abs/2301.00001)\n"
        "  - Note: journal version of the CVPR 2018 paper\n"
    )
    assert _read(text) == [(1, "A Paper About Things", None)]


def test_a_dataset_name_and_year_before_a_dash_stay_in_the_title():
    text = "- MS MARCO 2016 - A Human Generated Reading Comprehension Dataset [[paper](https://arxiv.org/abs/1611.09268)]\n"
    assert _read(text)[0][1] == "MS MARCO 2016 - A Human Generated Reading Comprehension Dataset"


def test_a_link_written_inside_a_links_target_is_still_the_entrys_paper():
    text = (
        "2. **Few-shot charge prediction with discriminative legal attributes**.\n\n"
        "   *Zikun Hu, Xiang Li, Cunchao Tu*. COLING 2018"
        " [[pdf]((https://www.aclweb.org/anthology/papers/C/C18/C18-1041/))]\n"
    )
    [e] = parse_text(text, "l.md").entries
    assert (e.title, e.year) == (
        "Few-shot charge prediction with discriminative legal attributes",
        2018,
    )
    assert e.paper.url == "https://www.aclweb.org/anthology/papers/C/C18/C18-1041/"


def test_a_placeholder_check_reads_long_runs_of_dots():
    """Its time at this size is measured by benchmarks/hostile.py ("dots as a title"):
    the check was quadratic, minutes at 200,000 characters."""
    assert not is_placeholder("x" + "." * 200_000)
    assert is_placeholder("." * 200_000)


def test_the_new_title_and_year_patterns_on_long_repeats():
    """Hang guards for the fresh39-40 patterns (a repeated bracket group was quadratic:
    50 s at 90,000 characters); their time is measured by benchmarks/hostile.py
    ("repeated link labels", "an open bracket of digits"), the answers are checked here."""
    from pipeline.formats.belowtitle import _cited_below
    from pipeline.formats.runs import Run
    from pipeline.formats.tagtails import label_tail as _label_tail

    repeated = "[a]" * 60_000 + "x"
    assert _label_tail(repeated) == repeated  # a text that ends in no label keeps all of it
    assert _label_tail("A Title [Code] [[Page]]") == "A Title"
    assert _cited_below([Run("text", "x" * 20 + "(" + "1" * 200_000, 1)], "BM3D") is None
