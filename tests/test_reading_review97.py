"""What a review of this session's rules (fresh82-95) found, each held by a test that
fails on the reader before its fix (the reviewer's probes, cut to their point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import offline_rules, reader

_read = reader("title", "year")


def test_a_venue_or_an_award_line_below_a_bold_name_is_not_its_title():
    text = (
        "- **CLIP** [[Paper](https://arxiv.org/abs/2103.00020)]<br/> International Conference "
        "on Machine Learning (ICML 2021)\n"
        "- **ALBEF** [[Paper](https://arxiv.org/abs/2107.07651)]<br/> Advances in Neural "
        "Information Processing Systems 34\n"
        "- **OFA** [[Paper](https://arxiv.org/abs/2202.03052)]<br/> Best Paper Honorable Mention\n"
    )
    assert [t for t, _ in _read(text)] == ["CLIP", "ALBEF", "OFA"]


def test_the_maintainers_paper_in_a_papers_section_is_an_entry_unless_it_is_news():
    text = (
        "## Surveys\n"
        "- Our survey: [Graph Prompt Learning: A Comprehensive Survey and Beyond]"
        "(https://arxiv.org/abs/2311.16534) (arXiv 2023)\n"
        "## Methods\n"
        "- Our work: [Universal Prompt Tuning for Graph Neural Networks]"
        "(https://arxiv.org/abs/2209.15240) (NeurIPS 2023)\n"
        "- Details are in our survey paper [Large Language Models on Graphs: A Comprehensive "
        "Survey](https://arxiv.org/abs/2312.02783).\n"
    )
    assert _read(text) == [
        ("Graph Prompt Learning: A Comprehensive Survey and Beyond", 2023),
        ("Universal Prompt Tuning for Graph Neural Networks", 2023),
    ]


def test_a_subtitle_after_a_dash_before_the_authors_stays_in_the_title():
    text = (
        "- RNA velocity - Current challenges and future perspectives - Bergen et al. Mol Syst "
        "Biol 2021 [paper](https://www.embopress.org/doi/full/10.15252/msb.202110282)\n"
        "- [Computational methods for doublet detection - scDblFinder - Germain et al. "
        "F1000Research 2021](https://pubmed.ncbi.nlm.nih.gov/35814628/)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "RNA velocity - Current challenges and future perspectives",
        "Computational methods for doublet detection",
    ]


def test_one_paper_linked_twice_in_a_cell_stays_one_entry():
    text = (
        "| Paper | Venue | Code |\n|---|---|---|\n"
        "| [Graph Attention Networks](https://arxiv.org/abs/1710.10903)<br>[Graph Attention "
        "Networks (OpenReview)](https://openreview.net/forum?id=rJXMpikCZ) | ICLR 2018 | "
        "[code](https://github.com/PetarV-/GAT) |\n"
    )
    assert _read(text) == [("Graph Attention Networks", 2018)]
    assert "duplicate-entry" not in offline_rules(text)


def test_a_paper_hosts_pdf_labelled_video_is_still_the_paper():
    text = (
        "- Structural Causal Bandits: Where to Intervene? (NeurIPS 2018) "
        "[video](https://papers.nips.cc/paper/7523-structural-causal-bandits.pdf)\n"
    )
    assert _read(text) == [("Structural Causal Bandits: Where to Intervene?", 2018)]


def test_a_challenges_name_after_a_venue_tag_stays_whole():
    text = (
        "- ICLR'18 Reproducibility Challenge: Report on Graph Attention Networks "
        "[paper](https://openreview.net/forum?id=abc123)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "ICLR'18 Reproducibility Challenge: Report on Graph Attention Networks"
    ]


def test_a_caption_that_links_the_entrys_paper_again_is_no_second_entry():
    text = (
        "### AMNet\n\n[Paper](https://arxiv.org/abs/2504.09225) · GitHub: none found\n\n"
        "*Paper figure · [Source](https://arxiv.org/abs/2504.09225)*\n\n"
        "### DelightfulTTS\n\n[Paper](https://arxiv.org/abs/2110.12612)\n\n"
        "*Figure 1 · [Source](https://arxiv.org/abs/2110.12612)*\n"
    )
    assert len(parse_text(text, "l.md").entries) == 2


def test_a_bold_name_in_round_brackets_or_a_venue_and_date_tail_are_not_the_title():
    text = (
        "- (**DeepSEA**) Predicting effects of noncoding variants with deep learning-based "
        "sequence model [[paper]](https://www.nature.com/articles/nmeth.3547)\n"
        "- Self-RAG: Learning to Retrieve, Generate, and Critique, ICLR, 2024-05-07 "
        "https://arxiv.org/abs/2310.11511\n"
    )
    assert reader("title", "short_name", "year")(text) == [
        ("Predicting effects of noncoding variants with deep learning-based sequence model",
         "DeepSEA", None),
        ("Self-RAG: Learning to Retrieve, Generate, and Critique", "Self-RAG", 2024),
    ]  # fmt: skip


def test_a_sentence_case_title_under_a_topic_heading_stays_the_title():
    """A one-line lower-case description under a named heading (a TTS catalogue) was read as
    a note for a while; the second review showed sentence-case titles under topic headings
    lost that way, which is commoner: the line stays the title."""
    text = (
        "### Scaling laws\n\nScaling laws for neural language models.\n\n"
        "[Paper](https://arxiv.org/abs/2001.08361)\n\n"
        "### Tacotron 2\n\nNatural TTS synthesis by conditioning WaveNet on mel spectrogram "
        "predictions.\n\n[Paper](https://arxiv.org/abs/1712.05884)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Scaling laws for neural language models",
        "Natural TTS synthesis by conditioning WaveNet on mel spectrogram predictions",
    ]


def test_a_venue_cell_spanning_rows_of_an_html_table_dates_each_row():
    text = (
        "<table>\n<tr><th>Years</th><th>Title</th><th>Materials</th></tr>\n"
        '<tr><td rowspan=2><a href="https://icml.cc/Conferences/2023">ICML 2023</a></td>\n'
        '<td><a href="https://arxiv.org/pdf/2206.10189.pdf">A General Theory for Federated '
        "Optimization with Asynchronous Clients</a></td><td></td></tr>\n"
        '<tr><td><a href="https://arxiv.org/pdf/2306.00127.pdf">Surrogate Model Extension: '
        "A Fast Weight Update Attack</a></td><td></td></tr>\n"
        '<tr><td rowspan=2>KITTI 2015</td><td><a href="https://arxiv.org/abs/1512.03385">Deep '
        "Residual Learning for Image Recognition</a></td><td></td></tr>\n"
        '<tr><td><a href="https://arxiv.org/abs/1506.01497">Faster R-CNN: Towards Real-Time '
        "Object Detection</a></td><td></td></tr>\n</table>\n"
    )
    assert [y for _, y in _read(text)] == [2023, 2023, 2015, None]  # a benchmark, not a venue


def test_a_date_and_a_venue_tag_before_the_link_are_not_the_title():
    text = (
        "- 20181008 PSB-19 [The Effectiveness of Multitask Learning for Phenotyping with "
        "Electronic Health Records Data](https://arxiv.org/abs/1808.03331)\n"
        "- 20180919 JMLR [Invariant Models for Causal Transfer Learning]"
        "(http://jmlr.csail.mit.edu/papers/volume19/16-432/16-432.pdf)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "The Effectiveness of Multitask Learning for Phenotyping with Electronic Health "
        "Records Data",
        "Invariant Models for Causal Transfer Learning",
    ]


def test_we_and_a_verb_before_the_linked_title_are_not_the_title():
    text = (
        "- We propose [Masked Autoencoders Are Scalable Vision Learners]"
        "(https://arxiv.org/abs/2111.06377) (CVPR 2022)\n"
        "- We Need to Talk About Random Splits [paper](https://arxiv.org/abs/2005.00636)\n"
    )
    assert _read(text) == [
        ("Masked Autoencoders Are Scalable Vision Learners", 2022),
        ("We Need to Talk About Random Splits", None),
    ]


def test_second_review_probes_read_as_their_maintainers_mean():
    dated = (
        "- 20190402 Attention Is All You Need [paper](https://arxiv.org/abs/1706.03762)\n"
        "- Measuring the Cost of fork() [paper](https://dl.acm.org/doi/10.1145/3317550.3321435)\n"
        "- [Influenza Forecasting in the United States, 2016-17](https://arxiv.org/abs/1712.01234)\n"
    )
    assert [t for t, _ in _read(dated)] == [
        "Attention Is All You Need",
        "Measuring the Cost of fork()",
        "Influenza Forecasting in the United States, 2016-17",
    ]
    ours = (
        "## Papers\n\n- Our paper [AgentBench: Evaluating LLMs as Agents]"
        "(https://arxiv.org/abs/2308.03688) presents a multi-dimensional benchmark (ICLR 2024)\n"
        "- Our work: [ReAct: Synergizing Reasoning and Acting in Language Models]"
        "(https://arxiv.org/abs/2210.03629) (ICLR 2023), see our blog for details\n"
    )
    assert [y for _, y in _read(ours)] == [2024, 2023]
    dataset = (
        "<table>\n<tr><th>Dataset</th><th>Paper</th></tr>\n"
        '<tr><td rowspan=2>ISBI 2012</td><td><a href="https://arxiv.org/abs/1505.04597">U-Net: '
        "Convolutional Networks for Biomedical Image Segmentation</a></td></tr>\n"
        '<tr><td><a href="https://arxiv.org/abs/1807.10165">UNet++: A Nested U-Net '
        "Architecture for Medical Image Segmentation</a></td></tr>\n</table>\n"
    )
    assert _read(dataset)[1][1] is None  # a dataset spanning rows dates none of them


def test_the_paper_link_is_the_one_labelled_paper_not_its_slides_or_video():
    text = (
        "- BERT: Pre-training of Deep Bidirectional Transformers (NAACL 2019) "
        "[slides](https://aclanthology.org/N19-1423.Slides.pdf) "
        "[paper](https://aclanthology.org/N19-1423.pdf)\n"
        "- A Primer in BERTology (TACL 2020) [video](https://aclanthology.org/2020.tacl-1.54.mp4)"
        " [paper](https://aclanthology.org/2020.tacl-1.54.pdf)\n"
    )
    assert [p.url for _, p in reader("title", "paper")(text)] == [
        "https://aclanthology.org/N19-1423.pdf",
        "https://aclanthology.org/2020.tacl-1.54.pdf",
    ]


def test_a_bold_name_then_a_dash_and_a_one_line_description_is_titled_by_the_name():
    text = (
        "- **SigLIP** — Replaces softmax contrastive learning with a sigmoid loss and scales "
        "efficiently. [📄](https://arxiv.org/abs/2303.15343)\n"
        "- **InternVideo** — A video-native encoder that explicitly models temporal dynamics. "
        "[📄](https://arxiv.org/abs/2212.03191)\n"
        "- **ViViT** — A Video Vision Transformer [📄](https://arxiv.org/abs/2103.15691)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "SigLIP",
        "InternVideo",
        "ViViT: A Video Vision Transformer",
    ]


def test_a_name_a_dash_and_its_authors_is_titled_by_the_name():
    text = (
        "- scGPT - Cui et al. Nature Methods 2024 "
        "[paper](https://www.nature.com/articles/s41592-024-02201-0)\n"
        "- RNA velocity - Current challenges and future perspectives - Bergen et al. Mol Syst "
        "Biol 2021 [paper](https://www.embopress.org/doi/full/10.15252/msb.202110282)\n"
    )
    assert _read(text) == [
        ("scGPT", 2024),
        ("RNA velocity - Current challenges and future perspectives", 2021),
    ]


def test_a_longer_venue_and_a_date_below_a_bold_title_are_its_fields():
    text = (
        "1. **Retrieval-Augmented Multimodal Language Modeling**\n"
        "   - Findings of EMNLP, 2023-5-11, https://aclanthology.org/2023.findings-emnlp.1.pdf\n"
        "   - Michihiro Yasunaga, Armen Aghajanyan\n"
    )
    assert _read(text) == [("Retrieval-Augmented Multimodal Language Modeling", 2023)]


def test_a_journals_volume_and_pages_after_the_title_are_not_part_of_it():
    text = (
        "- Mastering the game of Go without human knowledge. Nature; 550:354-359 "
        "[paper](https://www.nature.com/articles/nature24270)\n"
        "- Highly accurate protein structure prediction with AlphaFold. Nature 596, 583–589 "
        "(2021) [paper](https://www.nature.com/articles/s41586-021-03819-2)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Mastering the game of Go without human knowledge",
        "Highly accurate protein structure prediction with AlphaFold",
    ]


def test_our_survey_before_a_title_is_no_short_name():
    text = (
        "## Surveys\n- Our survey: [Graph Prompt Learning: A Comprehensive Survey and Beyond]"
        "(https://arxiv.org/abs/2311.16534) (arXiv 2023)\n"
    )
    assert reader("short_name")(text) == [(None,)]
