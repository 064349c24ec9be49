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


def test_a_name_column_is_the_title_only_when_the_name_and_a_colon_open_it():
    """``| Mask R-CNN with ResNet-101 FPN backbone | [Mask R-CNN](arxiv) |``: a description, the
    title stays the link's; ``| FINN: A Framework ... (Umuroglu et al., FPGA 2017) | [FINN
    Paper](arxiv) |``: the title without its citation tail, which still dates it."""
    text = (
        "| Name | Description | Link |\n|---|---|---|\n"
        "| Mask R-CNN with ResNet-101 FPN backbone | instance masks | [Mask R-CNN](https://"
        "arxiv.org/abs/1703.06870) |\n"
        "| FINN: A Framework for Fast, Scalable Binarized Neural Network Inference (Umuroglu et "
        "al., FPGA 2017) | binarized | [FINN Paper](https://arxiv.org/abs/1612.07119) |\n"
    )
    assert _named(text) == [
        ("Mask R-CNN", None, None),
        ("FINN: A Framework for Fast, Scalable Binarized Neural Network Inference", "FINN", 2017),
    ]


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
