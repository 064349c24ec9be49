"""Regressions a review of the fresh465-472 rules found (probes against the reader before
them), each held by a test that fails on the reviewed commit (0ad0ec6)."""

from __future__ import annotations

from tests.support.reading import reader

_venues = reader("title", "venue")
_named = reader("title", "short_name", "year")
_codes = reader("title", "code")


def test_link_labels_and_notes_after_nature_are_no_part_of_its_name():
    """``Nature [Paper](…) [Code](github)``, ``Nature Communications [Code](github)``, a stars
    badge, ``Nature Highlight``, ``Science Cover Story``: the journal is ``Nature``, ``Nature
    Communications`` or ``Science``; a name never ends inside a word (``Nature Git``)."""
    text = (
        "## Papers\n"
        "- [Protein Folding With Deep Learning Models](https://www.nature.com/articles/s1) - "
        "Nature [Paper](https://www.nature.com/articles/s1) [Code](https://github.com/a/b)\n"
        "- [Cell Atlas Foundation Model for Biology](https://arxiv.org/abs/2301.00002) Nature "
        "Communications [Code](https://github.com/a/c)\n"
        "- [Weather Forecasting With Graph Networks](https://arxiv.org/abs/2301.00003) **Nature** "
        "[![GitHub Repo stars](https://img.shields.io/github/stars/a/d)](https://github.com/a/d)\n"
        "- [Learning Skillful Medium-Range Forecasts](https://arxiv.org/abs/2301.00004) - Nature "
        "Highlight, 2022\n"
        "- [Superhuman AI for Multiplayer Poker](https://arxiv.org/abs/2301.00005) - Science "
        "Cover Story 2022\n"
    )
    venues = [v for _, v in _venues(text)]
    assert venues[:3] == ["Nature", "Nature Communications", "Nature"]
    assert [v.split()[0] for v in venues[3:]] == ["Nature", "Science"]


def test_a_surname_ending_a_byline_does_not_unname_science_on_the_next_line():
    """``..., Mohit Bansal<br>Science Robotics, 2024``, ``..., Ankit Agarwal<br>Science, 2020``:
    the names end their line; ``Science`` below is still the venue."""
    text = (
        "## Papers\n\n"
        "**Robots That Ask for Help: Uncertainty Alignment for Planners**<br>\n"
        "Allen Ren, Anushri Dixit, Mohit Bansal<br>\nScience Robotics, 2024<br>\n"
        "[paper](https://arxiv.org/abs/2307.01928)\n\n"
        "**Emergent Tool Use From Multi-Agent Autocurricula in Games**<br>\n"
        "Bowen Baker, Ingmar Kanitscheider, Ankit Agarwal<br>\nScience, 2020<br>\n"
        "[paper](https://arxiv.org/abs/1909.07528)\n\n"
        "**Mastering Atari, Go, Chess and Shogi by Planning**<br>\n"
        "Julian Schrittwieser, Ioannis Antonoglou<br>\nNature, 2020<br>\n"
        "[paper](https://arxiv.org/abs/1911.08265)\n"
    )
    assert [v for _, v in _venues(text)] == ["Science Robotics 2024", "Science 2020", "Nature 2020"]


def test_a_journal_key_with_science_in_its_name_marks_the_headings_paper():
    """``### ClimaX`` over ``- Frontiers in Computer Science: https://...``: a journal's key,
    the heading is the entry."""
    text = (
        "## Models\n\n### ClimaX\n"
        "- Organization: Microsoft Research\n- Task: weather and climate\n"
        "- Frontiers in Computer Science: https://www.frontiersin.org/articles/10.3389/x.2023.1\n"
        "- GitHub: https://github.com/microsoft/ClimaX\n"
    )
    assert [t for t, _ in _venues(text)] == ["ClimaX"]


def test_fast_is_a_surname_as_well():
    """``Ethan Fast, Binbin Chen, Michael S. Bernstein. Empath: ...``: the byline, not the
    title's first words."""
    text = (
        "## Papers\n"
        "- Ethan Fast, Binbin Chen, Michael S. Bernstein. Empath: Understanding Topic Signals in "
        "Large-Scale Text. CHI 2016. [[paper]](https://arxiv.org/abs/1602.06979)\n"
    )
    assert _named(text)[0][0] == "Empath: Understanding Topic Signals in Large-Scale Text"


def test_a_reference_number_is_read_past_only_before_authors_and_a_title():
    """``[9] Segment Anything, Kirillov et al. [[paper]](arxiv)``, ``[1] Fast, Accurate
    Detection. **Li W, Chen X**``: the title after the number stays the title; ``[2019]
    (SiamRPN) Bo Li, ... [Title](url)`` reads past the year tag and the names."""
    text = (
        "## References\n"
        "- [9] Segment Anything, Kirillov et al. [[paper]](https://arxiv.org/abs/2304.02643)\n"
        "- [1] Fast, Accurate Detection. **Li W, Chen X**. [[paper]](https://arxiv.org/abs/1801.04382)\n"
        "- [2019] (SiamRPN) Bo Li, Junjie Yan, Wei Wu. [High Performance Visual Tracking with "
        "Siamese Region Proposal Network](https://example.org/siamrpn.pdf)\n"
    )
    assert [t for t, *_ in _named(text)] == [
        "Segment Anything",
        "Fast, Accurate Detection",
        "High Performance Visual Tracking with Siamese Region Proposal Network",
    ]


def test_code_said_to_be_code_stays_code_after_via_using_or_an_earlier_see_also():
    """``Code available via [GitHub](…)``, ``using [our code](…)``, ``(cf. score-based models)
    [[code]](…)``, ``see also the NCSN paper. [[code]](…)``: the paper's own code."""
    rows = [
        "- [Segment Anything](https://arxiv.org/abs/2304.02643) - Code available via "
        "[GitHub](https://github.com/facebookresearch/segment-anything)",
        "- [Segment Anything Again](https://arxiv.org/abs/2304.02644) - reproduce the results "
        "using [our code](https://github.com/facebookresearch/sam2)",
        "- [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) (cf. "
        "score-based models) [[code]](https://github.com/hojonathanho/diffusion)",
        "- [Denoising Diffusion Implicit Models](https://arxiv.org/abs/2010.02502), see also the "
        "NCSN paper. [[code]](https://github.com/ermongroup/ddim)",
    ]
    codes = [
        c.url.rsplit("/", 1)[1] if c else None for _, c in _codes("## A\n" + "\n".join(rows) + "\n")
    ]
    assert codes == ["segment-anything", "sam2", "diffusion", "ddim"]


def test_a_models_name_and_its_year_before_the_link_stay_its_short_name():
    """``YOLOv4 (2020)-[Title](arxiv)``: the name is the short name, its year the year;
    ``2019-nCoV-[Title](url)``: the year inside a name dates nothing."""
    text = (
        "## Papers\n"
        "- YOLOv4 (2020)-[Optimal Speed and Accuracy of Object Detection](https://arxiv.org/abs/"
        "2004.10934)\n"
        "- 2019-nCoV-[Clinical features of patients infected with 2019 novel coronavirus in "
        "Wuhan](https://www.thelancet.com/journals/lancet/article/PIIS0140-6736(20)30183-5/"
        "fulltext)\n"
    )
    assert [(s, y) for _, s, y in _named(text)] == [("YOLOv4", 2020), ("2019-nCoV", None)]


def test_a_model_tables_notes_after_a_name_and_a_colon_are_no_title():
    """``| Llama 2: 7B, 13B, 70B | [Llama 2](arxiv) |``, ``| BLIP-2: frozen image encoder + LLM
    via Q-Former | [BLIP-2](arxiv) |``, ``| TVM: used by most compilers in this list |``: a
    model table's notes (sizes, a description); the title is the link's name. (A rule that read
    a name column opening with the link's name and a colon as the title was withdrawn.)"""
    text = (
        "| Model | Notes | Link |\n|---|---|---|\n"
        "| Llama 2: 7B, 13B, 70B | open weights | [Llama 2](https://arxiv.org/abs/2307.09288) |\n"
        "| BLIP-2: frozen image encoder + LLM via Q-Former | vision | [BLIP-2](https://arxiv.org/"
        "abs/2301.12597) |\n"
        "| TVM: used by most compilers in this list | compiler | [TVM](https://arxiv.org/abs/"
        "1802.04799) |\n"
    )
    assert [t for t, *_ in _named(text)] == ["Llama 2", "BLIP-2", "TVM"]


def test_a_subtitle_opening_with_in_after_a_question_stays():
    """``Are Transformers Effective for Time Series Forecasting? In Defense of Linear Models
    (Zeng et al., 2023)``: a subtitle, not where the paper appeared."""
    text = (
        "## Papers\n- Are Transformers Effective for Time Series Forecasting? In Defense of "
        "Linear Models (Zeng et al., 2023) [[paper](https://arxiv.org/abs/2205.13504)]\n"
    )
    assert _named(text)[0][0] == (
        "Are Transformers Effective for Time Series Forecasting? In Defense of Linear Models"
    )


# A second review (four helpers, ~150 probes and ten whole lists, against 64e9e04).


def test_a_journals_name_ends_with_its_own_words():
    """``Nature Methods Cui et al. 2024``, ``Nature Biotechnology Jan 2022``, ``Science Robotics
    Special Issue 2022``, ``Nature Machine Intelligence Volume 3, 2021``: names, months, issue
    and volume words follow the journal, they are not part of it."""
    rows = [
        "Nature Methods Cui et al. 2024",
        "Nature Biotechnology Jan 2022",
        "Science Robotics Special Issue 2022",
        "Nature Machine Intelligence Volume 3, 2021",
    ]
    text = "## Papers\n" + "".join(
        f"- [A Foundation Model Paper Number {i}](https://arxiv.org/abs/2301.0000{i}) - {r}\n"
        for i, r in enumerate(rows)
    )
    assert [v for _, v in _venues(text)] == [
        "Nature Methods",
        "Nature Biotechnology",
        "Science Robotics",
        "Nature Machine Intelligence",
    ]


def test_a_repository_given_via_or_using_our_repo_is_the_code():
    """``Available via [repo](github)``, ``Released via [repo](github)``, ``Reproduce using [our
    repo](github)``: how lists give the paper's own code."""
    rows = [
        "- [Kraken: A Universal Text Recognizer](https://arxiv.org/abs/2301.00011). Released "
        "via [mittagessen/kraken](https://github.com/mittagessen/kraken)",
        "- [Deformable DETR: Deformable Transformers](https://arxiv.org/abs/2010.04159). "
        "Available via [fundamentalvision/Deformable-DETR](https://github.com/fundamentalvision/"
        "Deformable-DETR)",
        "- [A Khmer Scene Text Recognizer](https://arxiv.org/abs/2301.00012). Reproduce using "
        "[our repo](https://github.com/khmer/ocr)",
    ]
    codes = [
        c.url.rsplit("/", 1)[1] if c else None for _, c in _codes("## A\n" + "\n".join(rows) + "\n")
    ]
    assert codes == ["kraken", "Deformable-DETR", "ocr"]


def test_papers_on_label_assignment_and_datasheets_are_papers():
    """``[PDF](OTA_Optimal_Transport_Assignment_for_Object_Detection.pdf)``, ``[PDF](Datasheets_
    for_Datasets_Gebru_2018.pdf)``: papers the list keeps; ``[PDF](Problem%20Set%203.pdf)`` is
    a course's file."""
    text = (
        "## Papers\n"
        "- OTA: Optimal Transport Assignment for Object Detection (CVPR 2021) "
        "[PDF](OTA_Optimal_Transport_Assignment_for_Object_Detection.pdf)\n"
        "- Datasheets for Datasets, Gebru et al. 2018 [PDF](Datasheets_for_Datasets_Gebru_2018.pdf)\n"
        "- Problem Set 3 of the Detection Course [PDF](Problem%20Set%203.pdf)\n"
    )
    assert [t.split(":")[0].split(",")[0] for t, _ in _venues(text)] == [
        "OTA",
        "Datasheets for Datasets",
    ]


def test_a_record_pages_editorial_talk_or_code_is_no_paper():
    """``[Editorial: Welcome to the First Issue](.../article/view/12345)``, ``[Watch the talk
    recording](...?paper_id=4779)``, ``[Code and data](.../article/download/123/456)``: a
    journal's or a site's other records; no entries."""
    text = (
        "## Papers\n- [Ordinary Paper About Text Recognition](https://arxiv.org/abs/2101.00001)\n"
        "- [Editorial: Welcome to the First Issue](https://journals.uni.de/index.php/dco/article/"
        "view/12345)\n"
        "- [Watch the talk recording](https://conf.org/virtual/paper?paper_id=4779)\n"
        "- [Code and data for the shared task](https://jtml.org/index.php/jtml/article/download/"
        "123/456)\n"
    )
    assert [t for t, _ in _codes(text)] == ["Ordinary Paper About Text Recognition"]


def test_a_title_before_its_venue_and_a_dash_stays_the_title():
    """``Title (CVPR 2016 Oral)-[arXiv](url) Note``, ``Segment Anything, ICCV 2023-[Segment
    Anything Model Demo Page](demo) [[paper](arxiv)]``: the text before the dash is the title,
    not a note after the links or a demo page's name."""
    text = (
        "## Papers\n"
        "- Deep Residual Learning for Image Recognition (CVPR 2016 Oral)-[arXiv](https://arxiv.org"
        "/abs/1512.03385) Residual connections make very deep networks trainable.\n"
        "- Segment Anything, ICCV 2023-[Segment Anything Model Demo Page](https://segment-anything"
        ".com/demo) [[paper](https://arxiv.org/abs/2304.02643)]\n"
    )
    assert [t for t, _ in _codes(text)] == [
        "Deep Residual Learning for Image Recognition",
        "Segment Anything",
    ]


# A third review (three helpers, ~100 probes and 60 corpus lists, against d253603).


def test_papers_a_list_keeps_stay_papers_whatever_words_their_files_hold():
    """``[[PDF]](papers/Video_Chapter_Generation.pdf)``, ``(pdfs/Table%20of%20Contents%20
    Extraction.pdf)``, ``(papers/CFP-Net_Centralized_Feature_Pyramid.pdf)`` in a papers folder,
    ``[TabNet: ...](Tabular%20Data/TabNet.pdf)`` in a topic folder named with escapes: papers."""
    text = (
        "## Papers\n"
        "- Video Chapter Generation with Multimodal Transformers [[PDF]](papers/Video_Chapter_"
        "Generation.pdf) - 2023\n"
        "- Multimodal Table of Contents Extraction from Long Documents [[PDF]](pdfs/Table%20of%20"
        "Contents%20Extraction.pdf) - ICDAR 2023\n"
        "- CFPNet: Centralized Feature Pyramid for Object Detection [[PDF]](papers/CFP-Net_"
        "Centralized_Feature_Pyramid.pdf) - TIP 2023\n"
        "- [TabNet: Attentive Interpretable Tabular Learning](Tabular%20Data/TabNet%20Attentive%20"
        "Interpretable%20Tabular%20Learning.pdf) - AAAI 2021\n"
    )
    assert len(_venues(text)) == 4


def test_slides_and_talks_on_record_pages_are_no_papers():
    """``[Efficient Transformers slides](...download.php?filename=..._slides.pdf)``,
    ``[Presentation at the Deep Learning Summit](...?paper_id=42)``: a talk's files."""
    text = (
        "## Papers\n- [Ordinary Paper About Text Recognition](https://arxiv.org/abs/2101.00001)\n"
        "- Efficient Transformers: A Survey (2020) [Efficient Transformers slides](https://www.lab"
        ".edu/download.php?filename=efficient_transformers_slides.pdf)\n"
        "- Noisy Student Training. [Presentation at the Deep Learning Summit](https://summit.org/"
        "session.php?paper_id=42) 2020\n"
    )
    assert [t for t, _ in _venues(text)] == ["Ordinary Paper About Text Recognition"]


def test_a_tag_before_science_is_no_field_of_its_name():
    """```Generation` Science 2022``, ``**Structural** Science 2023``: a task tag, the venue is
    still ``Science``."""
    text = (
        "## Papers\n"
        "- [Scaffolding Protein Functional Sites Using Deep Learning](https://www.science.org/doi/"
        "10.1126/science.abn2100) `Generation` Science 2022\n"
        "- [Evolutionary-Scale Prediction of Atomic-Level Protein Structure](https://www.science."
        "org/doi/10.1126/science.ade2574) **Structural** Science 2023\n"
    )
    assert [v for _, v in _venues(text)] == ["Science 2022", "Science 2023"]


def test_an_award_in_bold_after_a_numbered_title_is_no_title():
    """``[4] Segment Anything, Kirillov A, ... **Best Paper Honorable Mention** [[pdf]]``."""
    text = (
        "## Papers\n- [4] Segment Anything, Kirillov A, Mintun E, Ravi N. **Best Paper Honorable "
        "Mention** [[pdf]](https://arxiv.org/abs/2304.02643)\n"
    )
    assert "Honorable" not in _named(text)[0][0]


def test_a_repository_named_after_the_entry_is_its_code_after_cf_or_uses():
    """``**DETR: ...** (cf. [arXiv](…), [facebookresearch/detr](…))``, ``Kraken: ... (uses
    [mittagessen/kraken](…))``, ``TrOCR: ... fine-tuned using [microsoft/unilm](…/trocr)``: the
    entry's own code, named after it."""
    rows = [
        "- **DETR: End-to-End Object Detection with Transformers** (cf. [arXiv](https://arxiv.org/"
        "abs/2005.12872), [facebookresearch/detr](https://github.com/facebookresearch/detr))",
        "- [Kraken: Trainable OCR for Historical Documents](https://arxiv.org/abs/2301.00013) "
        "(uses [mittagessen/kraken](https://github.com/mittagessen/kraken))",
        "- [TrOCR: Transformer-based Optical Character Recognition](https://arxiv.org/abs/2109."
        "10282) - fine-tuned using [microsoft/unilm](https://github.com/microsoft/unilm/tree/"
        "master/trocr)",
    ]
    codes = [
        c.url.rsplit("/", 1)[1] if c else None for _, c in _codes("## A\n" + "\n".join(rows) + "\n")
    ]
    assert codes == ["detr", "kraken", "trocr"]


def test_a_link_label_after_a_dated_title_is_no_title():
    """``Attention Is All You Need, 2017-[PDF on arXiv](arxiv)``, ``GPT-4 Technical Report,
    2023-[Read the full report](arxiv)``: the text before the dash is the title."""
    text = (
        "## Papers\n"
        "- Attention Is All You Need, 2017-[PDF on arXiv](https://arxiv.org/abs/1706.03762)\n"
        "- GPT-4 Technical Report, 2023-[Read the full report](https://arxiv.org/abs/2303.08774)\n"
    )
    assert [t for t, *_ in _named(text)] == ["Attention Is All You Need", "GPT-4 Technical Report"]


def test_an_appendix_data_or_a_talk_beside_the_paper_label_is_no_paper():
    """``[Online Appendix PDF](.../article/download/55/120) [Paper](.../article/view/55)``,
    ``[Watch the talk video](...?paper_id=4779)``: the paper is the labelled page; a talk
    alone gives no entry."""
    text = (
        "## Papers\n- Historical Newspaper OCR in Practice (2021) [Online Appendix PDF](https://"
        "jes.org/index.php/jes/article/download/55/120) [Paper](https://jes.org/index.php/jes/"
        "article/view/55)\n"
        "- Layout Maps for Scanned Documents (2021) [Watch the talk video](https://conf.org/"
        "virtual/paper?paper_id=4779)\n"
    )
    assert [(t, p.url.rsplit("/", 1)[1]) for t, p in reader("title", "paper")(text)] == [
        ("Historical Newspaper OCR in Practice", "55")
    ]


def test_another_journal_or_a_publisher_named_with_nature_or_science_is_neither():
    """``Science of the Total Environment``, ``Nature-Inspired Computing and Optimization``,
    ``Nature Publishing Group``, ``Springer-Nature``: other journals and publishers."""
    rows = [
        "Science of the Total Environment, 2021",
        "Nature-Inspired Computing and Optimization, 2017",
        "published by Nature Publishing Group, 2019",
        "Springer-Nature, Cham, 2022",
        "Nature, 2020",
    ]
    text = "## Papers\n" + "".join(
        f"- [An Ecology Paper Number {i}](https://arxiv.org/abs/2301.0001{i}) - {r}\n"
        for i, r in enumerate(rows)
    )
    assert [v for _, v in _venues(text)] == [None, None, None, None, "Nature 2020"]
