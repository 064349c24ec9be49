"""Layouts first seen in the fresh320-325 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.links import link_role
from pipeline.formats.runs import Run
from pipeline.parse import parse_text
from tests.support.reading import one, reader

_read = reader("line", "title", "year")


def test_a_description_column_that_opens_with_the_name_and_describes_it_is_no_title():
    """``| [MOTRv2](arxiv) | MOTRv2: improves MOTR with a YOLOX detector |``: a description
    after the name (not in title case) leaves the names as titles."""
    text = (
        "| Title | Description |\n|---|---|\n"
        "| [MOTRv2](https://arxiv.org/abs/2211.09791) | MOTRv2: improves MOTR with a detector |\n"
        "| [ByteTrack](https://arxiv.org/abs/2110.06864) | ByteTrack: associates every box |\n"
        "| [OC-SORT](https://arxiv.org/abs/2203.14360) | OC-SORT: fixes the linear motion model"
        " |\n"
    )
    assert [t for _, t, _ in _read(text)] == ["MOTRv2", "ByteTrack", "OC-SORT"]


def test_a_column_that_opens_with_each_rows_name_holds_the_titles():
    """``| 2023 | [MOTRv2](arxiv) | img | MOTRv2: Bootstrapping ... |``: the ``Title`` column
    holds names, the ``Description`` column opens with the row's name and a colon in most rows:
    that column holds the titles, also in the rows whose title does not repeat the name."""
    text = (
        "| Year | Title | Intro | Description | Code |\n|:-:|:-:|:-:|:-:|:-:|\n"
        "| 2023 | [SUSHI](https://arxiv.org/abs/2212.03038) | - |"
        " Unifying Short and Long-Term Tracking with Graph Hierarchies | - |\n"
        "| 2023 | [MOTRv2](https://arxiv.org/abs/2211.09791) | - |"
        " MOTRv2: Bootstrapping End-to-End Multi-Object Tracking by Pretrained Object Detectors"
        " | - |\n"
        "| 2022 | [StrongSORT](https://arxiv.org/abs/2202.13514) | - |"
        " StrongSORT: Make DeepSORT Great Again | - |\n"
        "| 2022 | [MOTR](https://arxiv.org/abs/2105.03247) | - |"
        " MOTR: End-to-End Multiple-Object Tracking with TRansformer | - |\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Unifying Short and Long-Term Tracking with Graph Hierarchies",
        "MOTRv2: Bootstrapping End-to-End Multi-Object Tracking by Pretrained Object Detectors",
        "StrongSORT: Make DeepSORT Great Again",
        "MOTR: End-to-End Multiple-Object Tracking with TRansformer",
    ]


def test_a_description_column_that_only_sometimes_names_the_row_stays_a_description():
    """One row in three opening with its name is no title column: the names stay titles."""
    text = (
        "| Title | Description |\n|---|---|\n"
        "| [SUSHI](https://arxiv.org/abs/2212.03038) | A graph tracker for long videos |\n"
        "| [MOTRv2](https://arxiv.org/abs/2211.09791) | MOTRv2: a better detector in front |\n"
        "| [MOTR](https://arxiv.org/abs/2105.03247) | End-to-end tracking with queries |\n"
    )
    assert [t for _, t, _ in _read(text)] == ["SUSHI", "MOTRv2", "MOTR"]


def test_a_title_in_brackets_after_an_arxiv_name_link_is_the_title():
    """``* (08 Jun 2015) [YOLOv1](arxiv) (You Only Look Once: ...)``: the bracketed text up to
    the line's end is the title, the link's text its short name (four words, or a colon; a
    year may be one of them)."""
    text = (
        "* (08 Jun 2015) [YOLOv1](https://arxiv.org/abs/1506.02640)"
        " (You Only Look Once: Unified, Real-Time Object Detection)\n"
        "* (18 Jul 2021) [YOLOX](https://arxiv.org/abs/2107.08430)"
        " (Exceeding YOLO Series in 2021)\n"
    )
    assert [(e.title, e.short_name) for e in parse_text(text, "l.md").entries] == [
        ("You Only Look Once: Unified, Real-Time Object Detection", "YOLOv1"),
        ("Exceeding YOLO Series in 2021", "YOLOX"),
    ]


def test_brackets_after_a_name_link_that_say_something_else_are_no_title():
    """Authors, a venue and its award, a status, makers, counts, a description with a comma,
    three words (``(Objects as Points)`` is lost with ``(Google Brain Zurich)``): the name
    stays the title, and a venue in the brackets is still read."""
    notes = [
        "(Song, Meng, Ermon)",
        "(NeurIPS 2022 Outstanding Paper)",
        "(Digital Signal Processing, Accepted 2025)",
        "(With 400K Video Clips)",
        "(Google Brain Zurich)",
        "(A Comprehensive Survey)",
        "(End-to-End Detection With Transformers, No NMS)",
        "(Strong Baseline, 63.3 AP on COCO)",
    ]
    text = "".join(
        f"* [Name{i}](https://arxiv.org/abs/2301.0000{i}) {note}\n" for i, note in enumerate(notes)
    )
    entries = parse_text(text, "l.md").entries
    assert [e.title for e in entries] == [f"Name{i}" for i in range(len(notes))]
    assert entries[1].venue == "NeurIPS 2022"


def test_a_labelled_title_line_under_a_name_link_is_the_title():
    """``* [MultiBox](arxiv)`` over ``* Title: Scalable Object Detection ...``, ``* Year:``."""
    text = (
        "* [MultiBox](https://arxiv.org/abs/1312.2249)\n"
        "    * Title: Scalable Object Detection using Deep Neural Networks\n"
        "    * Year: 08 Dec `2013`\n"
        "    * Author: Dumitru Erhan\n"
    )
    e = one(text)
    assert (e.title, e.short_name, e.year) == (
        "Scalable Object Detection using Deep Neural Networks",
        "MultiBox",
        2013,
    )


def test_a_venue_in_a_code_span_after_a_title_is_no_part_of_it():
    """``Title `NAACL` [[Paper]](url)``, ``Title `ACL Findings` …``, ``Title `EMNLP-IJCNLP` …``:
    a code span naming a known venue, with no year, closing a title cell."""
    text = (
        "| Name | Year | Title |\n|---|---|---|\n"
        "| **arXiv** | 2018 | A Discourse-Aware Attention Model for Abstractive Summarization"
        " of Long Documents `NAACL` [[Paper]](https://arxiv.org/abs/1804.05685) |\n"
        "| **TLDR** | 2020 | TLDR: Extreme Summarization of Scientific Documents"
        " `ACL Findings` [[Paper]](https://arxiv.org/abs/2004.15011) |\n"
        "| **GL** | 2019 | Extractive Summarization of Long Documents by Combining Global and"
        " Local Context `EMNLP-IJCNLP` [[Paper]](https://arxiv.org/abs/1909.08089) |\n"
    )
    titles = [t for _, t, _ in _read(text)]
    assert (
        titles[0]
        == "A Discourse-Aware Attention Model for Abstractive Summarization of Long Documents"
    )
    assert titles[1].endswith("Extreme Summarization of Scientific Documents")
    assert (
        titles[2]
        == "Extractive Summarization of Long Documents by Combining Global and Local Context"
    )


def test_a_name_heading_over_an_abstract_cut_short_and_a_paper_link_is_an_entry():
    """``#### GHOST``, an abstract cut off mid-sentence, then ``[paper](arxiv)``: the heading
    names the paper (before, the abstract was taken for a sentence that links a paper)."""
    abstract = (
        "For a long time, the most common paradigm in Multi-Object Tracking was tracking-by-"
        "detection (TbD), where objects are first detected and then associated over video"
        " frames. For association, most models resourced to motion and appearance cues, e.g.,"
        " re-identification networks. Recent approaches based on attention propose to learn"
    )
    text = (
        "## Tracking\n\n### 2023\n\n#### GHOST\n\n" + abstract + "\n\n"
        "[paper](https://arxiv.org/abs/2206.04656)\n\n[python code](https://github.com/dvl-tum/GHOST)\n"
    )
    e = one(text)
    assert (e.title, e.year, e.code.url) == ("GHOST", 2023, "https://github.com/dvl-tum/GHOST")


def test_a_name_heading_keeps_a_citation_line_below_it_as_the_title():
    """``## TILT`` over ``*Powalski et al. Going Full-TILT Boogie ... ICDAR, 2021.*`` and the
    paper link: the citation's title, not the heading's name."""
    text = (
        "## TILT\n\n*Powalski et al. Going Full-TILT Boogie on Document Understanding with"
        " Text-Image-Layout Transformer. ICDAR, 2021.*\n\n"
        '<a href="https://arxiv.org/abs/2102.09550">paper</a>\n'
    )
    assert one(text).title != "TILT"


def test_a_long_citation_or_venue_line_is_no_abstract():
    """Under ``#### GHOST`` a citation line of thirty words (``Authors. Title. In CVPR, 2023.``)
    still gives its title; under ``### 2023`` a long line naming ``AAAI 2023`` still gives
    the venue."""
    cited = (
        "#### GHOST\n\nJenny Seidenschwarz, Guillem Braso, Victor Castro Serrano, Ismail Elezi"
        " and Laura Leal-Taixe. Simple Cues Lead to a Strong Multi-Object Tracker. In"
        " Proceedings of the IEEE Conference on Computer Vision and Pattern Recognition (CVPR),"
        " pages 13813-13823, 2023.\n\n[paper](https://arxiv.org/abs/2206.04656)\n"
    )
    assert one(cited).title != "GHOST"
    accepted = (
        "### 2023\n\n- [Some Paper Title Here](https://arxiv.org/abs/2301.00001)\n"
        "  - Accepted at AAAI 2023 as an oral paper, this work studies how models of many"
        " kinds learn to follow the instructions they are given when the data is noisy and"
        " the labels are scarce. It shows gains on all tasks.\n"
    )
    assert one(accepted).venue == "AAAI 2023"


def test_a_pdf_kept_as_slides_or_a_lecture_is_no_paper():
    """``[Inference-Time Techniques](…/slides/…lecture_sp25.pdf)``: slides by their path; a
    file named after a paper's words (``Talk-to-the-Vehicle-IROS_2019.pdf``) stays a paper."""
    slides = "https://rdi.berkeley.edu/adv-llm-agents/slides/inference_time_techniques.pdf"
    assert link_role(Run("link", "Inference-Time Techniques", 1, slides)) == "other"
    lecture = "https://example.org/lectures/acl2023-llm-reasoning.pdf"
    assert link_role(Run("link", "Towards Reasoning", 1, lecture)) == "other"
    for paper in (
        "http://cdn.example.in/ConferencePapers/2019/Talk-to-the-Vehicle-IROS_2019.pdf",
        "https://proceedings.mlsys.org/paper/2020/file/SLIDE_MLSys.pdf",
        "https://example.org/papers/whole-slide-mil.pdf",
        "https://example.org/pub/lecture-video-segmentation.pdf",
        "https://example.org/lecture-notes-in-computer-science/978-3-030.pdf",
    ):
        assert link_role(Run("link", "A Paper", 1, paper)) == "paper", paper


def test_a_curated_list_subtitle_keeps_the_introduction_open():
    """``# Awesome X`` then ``### A curated reading list for the survey`` and the survey's
    arXiv badge: the list's own survey in its introduction, not an entry."""
    text = (
        "# Awesome Reward Hacking\n\n### A curated reading list for the survey<br/>"
        "*Reward Hacking in the Era of Large Models*\n\n"
        "[![arXiv](https://img.shields.io/badge/arXiv-2604.13602-b31b1b.svg)]"
        "(https://arxiv.org/abs/2604.13602)\n\n## Papers\n\n"
        "- [Concrete Problems in AI Safety](https://arxiv.org/abs/1606.06565) 2016\n"
    )
    assert [t for _, t, _ in _read(text)] == ["Concrete Problems in AI Safety"]


def test_an_abstracts_years_do_not_override_its_year_heading():
    """``### 2015`` over ``<details><summary><a>Title</a></summary>`` and an abstract naming
    ``ACE 2005``: the heading's year; a year in a venue line (``**Venue:** ACL 2024``) of a
    block of labelled lines still counts."""
    abstract = (
        "Event Detection (ED), one aspect of Information Extraction, involves identifying"
        " instances of specified types of events in text. Much of the research on ED has been"
        " based on the specifications of the 2005 ACE [Automatic Content Extraction] event task."
    )
    text = (
        '### 2015\n\n<details>\n<summary>3. <a href="https://arxiv.org/abs/1501.00001">'
        "Improving Event Detection with Active Learning</a> by<i> Kai Cao</i></summary>"
        f"<blockquote><p>\n{abstract}\n</p></blockquote></details>\n\n"
        "### Smaller Language Models are capable of selecting Training Data\n"
        "**Authors:** Dheeraj Mekala, Alex Nguyen, Jingbo Shang  \n**Venue:** ACL 2024  \n"
        "**Paper:** [Link](https://arxiv.org/abs/2402.10430)  \n**Summary:** Shows that smaller"
        " models select instruction data as well as larger ones do, across many model sizes"
        " and data sets, and that the selection transfers between model families well.\n"
    )
    assert [y for _, _, y in _read(text)] == [2015, 2024]


def test_authors_surname_first_with_particles_or_two_by_semicolons_before_a_bold_title():
    """``Hengel, Anton van den,**Title**,arXiv:… 2021`` and ``Narasimhan, Medhini; Schwing,
    Alexander G., **Title**, Proceedings of …``: the bold text is the title (fresh326-331)."""
    text = (
        "- Shevchenko, Violetta and Teney, Damien and Dick, Anthony and Hengel, Anton van den,"
        "**Reasoning over Vision and Language: Exploring the Benefits of Supplemental"
        " Knowledge**,arXiv:2101.06013 [cs] 2021 [[Paper]](http://arxiv.org/abs/2101.06013)\n\n"
        "- Narasimhan, Medhini; Schwing, Alexander G., **Straight to the Facts: Learning"
        " Knowledge Base Retrieval for Factual Visual Question Answering**, Proceedings of the"
        " European conference on computer vision (ECCV) 2018"
        " [[Paper]](http://arxiv.org/abs/1809.01124)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Reasoning over Vision and Language: Exploring the Benefits of Supplemental Knowledge",
        "Straight to the Facts: Learning Knowledge Base Retrieval for Factual Visual Question"
        " Answering",
    ]


def test_a_venue_tag_with_a_quoted_year_closing_a_name_link_is_no_part_of_the_name():
    """``✅[STJD TBOIM'2025](url)``, ``[AimCLR++ PR'2024](url)``: the name, its venue apart."""
    text = (
        "**2025**\n\n🚧[STJD TBOIM'2025](https://ieeexplore.ieee.org/document/10981864)\n\n"
        "✅[AimCLR++ PR'2024](https://www.sciencedirect.com/science/article/pii/S0031320324000840)"
        "[[code](https://github.com/Levigty/AimCLR-v2)]\n"
    )
    assert [t for _, t, _ in _read(text)] == ["STJD", "AimCLR++"]


def test_a_tutorial_link_beside_the_paper_link_is_no_title():
    """``| Evo 1 | … | 📄 [Paper](url)<br>💻 [Code](repo)<br>📘 [Tutorial](colab) |``: the
    model's name, not the tutorial's label."""
    text = (
        "| Model | Released | Links |\n| --- | --- | --- |\n"
        "| Evo 1 | 2024.02 | 📄 [Paper](https://www.science.org/doi/10.1126/science.ado9336)<br>"
        "💻 [Code](https://github.com/evo-design/evo)<br>📘 [Tutorial]"
        "(https://colab.research.google.com/github/evo-design/evo/blob/main/hello.ipynb) |\n"
    )
    assert one(text).title == "Evo 1"


def test_bracketed_topic_tags_before_a_title_are_no_bracketed_fields():
    """``**[SCMBench]** `[Benchmark]` `[Foundation Model]` `[Evaluation & Measurement]`
    SCMBench: benchmarking …``: tags before the title (``Foundation Model`` reads as a person's
    name, which made them look like ``[Authors] [Title] [Venue]`` fields)."""
    text = (
        "- **[SCMBench]** `[Benchmark]` `[Foundation Model]` `[Multimodal]`"
        " `[Evaluation & Measurement]` SCMBench: benchmarking domain-specific and foundation"
        " models for single-cell multi-omics data integration (**Nature Communications 2026**)"
        " [[paper](https://doi.org/10.1038/s41467-026-72570-x)]\n"
    )
    assert one(text).title.startswith("SCMBench: benchmarking domain-specific")


def test_a_quoted_year_after_an_ordinary_word_stays_in_the_title():
    """``[Waymo Open Dataset Challenge'2021](url)``: not an acronym in capitals, not a venue."""
    text = "- [Waymo Open Dataset Challenge'2021](https://arxiv.org/abs/2106.00001)\n"
    assert one(text).title.startswith("Waymo Open Dataset Challenge")


def test_a_note_in_brackets_after_bracketed_fields_keeps_them_fields():
    """``[Isensee et al.] [nnU-Net: …] [Nature Methods 2021] (best paper award, highly cited)
    [paper](url)``: the note and the link label after the fields are no title's words."""
    text = (
        "- [Isensee et al.] [nnU-Net: a self-configuring method for deep learning-based"
        " biomedical image segmentation] [Nature Methods 2021] (best paper award, highly cited)"
        " [paper](https://www.nature.com/articles/s41592-020-01008-z)\n"
    )
    e = one(text)
    assert (e.title[:8], e.year) == ("nnU-Net:", 2021)
