"""Regressions the review of the fresh457 rules found (four helpers, about 210 probes), each
held by a test that fails on the reviewed reader (d9f3fa3)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_titles = reader("title")
_read = reader("title", "year")
ENTRY = "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (NeurIPS 2017)\n"


def _sections(text: str) -> list[tuple[int, str | None]]:
    return [(e.line, e.section) for e in parse_text(text, "l.md").entries]


def test_a_comment_in_a_code_block_of_a_list_item_stays_code():
    """A ``# then run it`` line after a blank line in a fenced block of a numbered step:
    still code, and the papers below it are read."""
    text = (
        "## Usage\n\n1. Install the checker:\n\n   ```bash\n   pip install awesome-lint\n\n"
        "   # then run it on the README\n   awesome-lint README.md\n   ```\n\n## Papers\n\n"
        + ENTRY
        + "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )
    assert len(_titles(text)) == 2


def test_a_heading_in_a_papers_own_notes_is_no_section():
    """``  #### Key idea`` under a paper's item: its notes, not a section of the list."""
    text = (
        "## Supervised\n\n"
        "- **[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)**\n\n"
        "  #### Key idea\n  Identity shortcuts let very deep networks train.\n\n"
        "- **[Pyramid Stereo Matching Network](https://arxiv.org/abs/1803.08669)**\n"
    )
    assert _sections(text) == [(3, "Supervised"), (8, "Supervised")]


def test_a_table_row_with_only_its_title_linked_to_a_project_page_is_an_entry():
    """``| [Title of a paper](project page) | | |``: a row whose other cells are yet to be
    filled; an ``| Sponsored: [Name](site) - hosted API service | | |`` row is none."""
    text = (
        "| Title | Venue | Code |\n|---|---|---|\n"
        "| [Depth Anything: Unleashing the Power of Large-Scale Unlabeled Data]"
        "(https://depth-anything.github.io/) | | |\n"
        "| Sponsored: [DepthCloud](https://depthcloud.ai) - hosted depth API for apps | | |\n"
    )
    assert _titles(text) == [
        ("Depth Anything: Unleashing the Power of Large-Scale Unlabeled Data",)
    ]


def test_a_source_label_that_introduces_a_paper_keeps_its_entry():
    """``- Source: [Title](arxiv) (ICLR 2018) - what it does``: a paper's bullet, not a
    figure's credit."""
    text = (
        ENTRY + "- Source: [Graph Attention Networks](https://arxiv.org/abs/1710.10903) (ICLR "
        "2018) - attention over neighbours for node classification\n"
    )
    assert _read(text)[1] == ("Graph Attention Networks", 2018)


def test_a_link_named_by_its_kind_after_a_code_link_is_no_title():
    """``[scVI](repo), [Preprint on bioRxiv](biorxiv)``, ``[fairseq](repo), [Paper A](arxiv),
    [Paper B](arxiv)``: the tool's name stays the title."""
    text = (
        "- [scVI](https://github.com/scverse/scvi-tools), [Preprint on bioRxiv]"
        "(https://www.biorxiv.org/content/10.1101/292037v2)\n"
        "- [fairseq](https://github.com/facebookresearch/fairseq), [Scaling Neural Machine "
        "Translation](https://arxiv.org/abs/1806.00187), [Understanding Back-Translation at "
        "Scale](https://arxiv.org/abs/1808.09381)\n"
    )
    assert _titles(text) == [("scVI",), ("fairseq",)]


def test_a_paper_kept_under_talks_is_still_the_paper():
    """``[Title](…/talks/2021/paper.pdf)``, ``[[Paper]](…/talks/corl21-paper.pdf)``: the file's
    name or the label says paper."""
    text = (
        "- [Learning Invariant Representations for Sim-to-Real Transfer]"
        "(https://example.org/talks/2021/paper.pdf) (CoRL 2021)\n"
        "- Learning Robust Grasps. CoRL 2021. [[Paper]](https://www.cs.example.edu/~jdoe/talks/"
        "corl21-paper.pdf)\n"
    )
    assert len(_titles(text)) == 2


def test_a_title_that_opens_with_a_year_keeps_it_where_the_list_does_not_date_titles():
    """``[2017 Robotic Instrument Segmentation Challenge](arxiv)``, ``[2019 Novel Coronavirus
    ...](url)``: the paper's own title."""
    text = (
        ENTRY
        + "- [2017 Robotic Instrument Segmentation Challenge](https://arxiv.org/abs/1902.06426)\n"
        "- [2019 Novel Coronavirus (2019-nCoV) Pneumonia: Serial CT Findings]"
        "(https://pubs.rsna.org/doi/10.1148/radiol.2020200269) - Radiology 2020\n"
    )
    assert _read(text)[1:] == [
        ("2017 Robotic Instrument Segmentation Challenge", None),
        ("2019 Novel Coronavirus (2019-nCoV) Pneumonia: Serial CT Findings", 2020),
    ]


def test_a_note_in_brackets_before_label_links_is_no_title():
    """``[Code and models will be released soon] [[arXiv]](url)``: a note, not the title."""
    text = (
        ENTRY
        + "- [Code and models will be released soon] [[arXiv]](https://arxiv.org/abs/2304.02643)\n"
    )
    assert [t for (t,) in _titles(text)] == ["Attention Is All You Need"]


def test_a_status_tag_in_brackets_before_a_lower_case_title_is_no_part_of_it():
    """``(Preprint) mixup: Beyond Empirical Risk Minimization``: a tag, then the title."""
    text = "- (Preprint) mixup: Beyond Empirical Risk Minimization [[paper]](https://arxiv.org/abs/1710.09412)\n"
    assert _titles(text) == [("mixup: Beyond Empirical Risk Minimization",)]


def test_two_words_before_a_project_page_link_stay_the_title():
    """``Segment Anything [Meta AI Research project page](site) [[paper]](arxiv)``: the link
    text names a page, not the paper."""
    text = (
        "- Segment Anything [Meta AI Research project page](https://segment-anything.com) "
        "[[paper]](https://arxiv.org/abs/2304.02643)\n"
    )
    assert _titles(text) == [("Segment Anything",)]


def test_a_model_named_read_is_a_title():
    """``[READ](arxiv) - CVPRW 2020``, ``[Read-Net](arxiv) - a reading network``: names."""
    text = (
        "- [READ](https://arxiv.org/abs/1912.05425) - CVPRW 2020\n"
        "- [Read-Net](https://arxiv.org/abs/2008.00001) - a reading network for scene text\n"
    )
    assert _titles(text) == [("READ",), ("Read-Net",)]


def test_title_words_joined_by_and_before_a_link_note_are_the_title():
    """``Think Globally and Act Locally - [Extended Version on arXiv](arxiv)``."""
    text = (
        ENTRY
        + "- Think Globally and Act Locally - [Extended Version on arXiv](https://arxiv.org/abs/1905.03806)\n"
    )
    assert _titles(text)[1] == ("Think Globally and Act Locally",)


def test_a_title_that_opens_with_a_venue_and_year_after_names_is_kept():
    """``Names. The 2019 DAVIS Challenge on VOS: ... arXiv 2019. [[pdf]](url)``."""
    text = (
        "- Sergi Caelles, Jordi Pont-Tuset, Federico Perazzi. The 2019 DAVIS Challenge on VOS: "
        "Unsupervised Multi-Object Segmentation. arXiv 2019. [[pdf]](https://arxiv.org/abs/1905.00737)\n"
    )
    assert _titles(text) == [
        ("The 2019 DAVIS Challenge on VOS: Unsupervised Multi-Object Segmentation",)
    ]


def test_thesis_words_inside_a_title_stay():
    """``[Writing Your Dissertation, Doctoral Thesis Guidelines and Templates ...](pdf)``."""
    text = (
        ENTRY + "- [Writing Your Dissertation, Doctoral Thesis Guidelines and Templates for "
        "Students](https://arxiv.org/abs/2001.00001)\n"
    )
    assert _titles(text)[1] == (
        "Writing Your Dissertation, Doctoral Thesis Guidelines and Templates for Students",
    )


def test_a_full_width_comma_inside_an_english_title_parts_no_names():
    """``[Go Wider<U+FF0C>Not Deeper](arxiv)``: a CJK list's comma inside the title."""
    text = "- [Go Wider\uff0cNot Deeper](https://arxiv.org/abs/2107.11817)\n"
    assert _titles(text) == [("Go Wider\uff0cNot Deeper",)]


def test_two_title_phrases_before_a_dblp_colon_are_the_titles_own():
    """``Think Globally, Act Locally: A Deep ... NeurIPS 2019: 4838-4847``."""
    text = (
        "- Think Globally, Act Locally: A Deep Neural Network Approach to High-Dimensional Time "
        "Series Forecasting. NeurIPS 2019: 4838-4847 [[pdf]](https://papers.nips.cc/paper/8730)\n"
    )
    (title,) = _titles(text)[0]
    assert title.startswith("Think Globally, Act Locally: A Deep Neural Network")


# Review 2 (three helpers, about 150 probes and six corpus excerpts): each fails on 010be4f.


def test_an_anchor_link_under_a_papers_item_is_no_table_of_contents():
    """``  - [Reading notes](#notes)`` under a paper, then ``  #### Key idea``: the paper's
    notes; the next paper stays in its section."""
    text = (
        "## Supervised\n\n"
        "- **[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)**\n"
        "  - [Reading notes](#notes-resnet)\n\n  #### Key idea\n  Identity shortcuts.\n\n"
        "- **[Pyramid Stereo Matching Network](https://arxiv.org/abs/1803.08669)**\n"
    )
    assert _sections(text) == [(3, "Supervised"), (9, "Supervised")]


def test_three_challenge_reports_opening_with_years_keep_them():
    """Three year-first titles of four are a list's challenge reports, not its convention."""
    text = (
        "- [2017 Robotic Instrument Segmentation Challenge](https://arxiv.org/abs/1902.06426)\n"
        "- [2018 Robotic Scene Segmentation Challenge](https://arxiv.org/abs/2001.11190)\n"
        "- [2020 CATARACTS Semantic Segmentation Challenge](https://arxiv.org/abs/2110.10965)\n"
        "- [CholecTriplet2021: A benchmark challenge](https://arxiv.org/abs/2204.04746)\n"
    )
    assert [t for (t,) in _titles(text)][:3] == [
        "2017 Robotic Instrument Segmentation Challenge",
        "2018 Robotic Scene Segmentation Challenge",
        "2020 CATARACTS Semantic Segmentation Challenge",
    ]


def test_a_table_row_of_a_title_and_its_project_link_is_an_entry():
    """``| [Depth Anything](project) Unleashing the Power ... | | |``, ``| Title [[Project
    Page]](url) | | |``: papers whose other cells are empty."""
    text = (
        "| Paper | Code | Notes |\n|---|---|---|\n"
        "| [Depth Anything](https://depth-anything.github.io/) Unleashing the Power of "
        "Large-Scale Unlabeled Data | | |\n"
        "| Emu Video: Factorizing Text-to-Video Generation by Explicit Image Conditioning "
        "[[Project Page]](https://emu-video.metademolab.com/) | | |\n"
    )
    assert len(_titles(text)) == 2


def test_two_terms_joined_by_and_before_a_dash_are_the_title():
    """``Kalman Filter and Particle Filter - [Thrun, Burgard and Fox](pdf)``: the title, then
    its authors linked."""
    text = (
        "- Kalman Filter and Particle Filter - [Thrun, Burgard and Fox]"
        "(http://robots.stanford.edu/papers/thrun.pf-in-robotics.pdf)\n"
    )
    assert _titles(text) == [("Kalman Filter and Particle Filter",)]


def test_two_words_before_a_journals_name_linked_are_the_title():
    """``Neural Processes [Proceedings of Machine Learning Research](pmlr)``."""
    text = "- Neural Processes [Proceedings of Machine Learning Research](https://proceedings.mlr.press/v80/garnelo18a.html)\n"
    assert _titles(text) == [("Neural Processes",)]


def test_a_year_sentence_after_names_is_no_title():
    """``[Yann LeCun, Yoshua Bengio. 2015. Deep learning. Nature.](url)``: ACM's names and
    year, then the title."""
    text = (
        ENTRY + "- [Yann LeCun, Yoshua Bengio. 2015. Deep learning. Nature.]"
        "(https://www.nature.com/articles/nature14539)\n"
    )
    assert not _titles(text)[1][0].startswith("2015")


# Review 2, the corpus reader's probes: each fails on 5e50fc0.


def test_names_a_journal_or_a_comment_in_brackets_before_label_links_are_no_title():
    """``[Zhang, Li, Wang and Chen] [[paper]](url)``, ``[IEEE Transactions on Neural
    Networks ...] [[paper]](url)``, ``[Highly recommended for beginners ...] [[pdf]](url)``."""
    text = (
        ENTRY + "- [Zhang, Li, Wang and Chen] [[paper]](https://arxiv.org/abs/2103.11468)\n"
        "- [IEEE Transactions on Neural Networks and Learning Systems] "
        "[[paper]](https://ieeexplore.ieee.org/document/9000000)\n"
        "- [Highly recommended for beginners in this field] [[pdf]](https://arxiv.org/pdf/2103.11469)\n"
    )
    assert [t for (t,) in _titles(text)] == ["Attention Is All You Need"]


def test_a_site_or_an_article_named_after_a_code_link_is_no_title():
    """``[DGL](repo), [ACM Digital Library](dl.acm.org/doi/...)``, ``[GraphSAGE](repo),
    [Journal Article in NeurIPS](arxiv)``: the tool's name stays the title."""
    text = (
        "- [DGL](https://github.com/dmlc/dgl), [ACM Digital Library]"
        "(https://dl.acm.org/doi/10.1145/3394486.3406703)\n"
        "- [GraphSAGE](https://github.com/williamleif/GraphSAGE), [Journal Article in NeurIPS]"
        "(https://arxiv.org/abs/1706.02216)\n"
    )
    assert _titles(text) == [("DGL",), ("GraphSAGE",)]


def test_a_paper_pdf_kept_with_talks_keeps_its_entry():
    """``[Title](…/~duvenaud/talks/svgp.pdf) (AISTATS 2015)``, ``[[Paper PDF]](…/talks/x.pdf)``."""
    text = (
        "- [Scalable Variational Gaussian Process Classification]"
        "(https://www.cs.toronto.edu/~duvenaud/talks/svgp.pdf) (AISTATS 2015)\n"
        "- Sparse Gaussian Processes using Pseudo-inputs, NIPS 2005. "
        "[[Paper PDF]](https://mlg.eng.cam.ac.uk/talks/spgp.pdf)\n"
    )
    assert len(_titles(text)) == 2


def test_an_image_source_in_brackets_and_read_paper_labels_are_read_as_such():
    """``(Image source: [Title](arxiv))`` under a figure is a credit; ``[Read Paper](arxiv):
    Title (AISTATS 2015)`` names what to do with the link."""
    text = (
        ENTRY + '<p align="center"><img src="fig.png"></p>\n\n'
        "(Image source: [Show, Attend and Tell: Neural Image Caption Generation]"
        "(https://arxiv.org/abs/1502.03044))\n\n"
        "- [Read Paper](https://arxiv.org/abs/1411.2005): Scalable Variational Gaussian Process "
        "Classification (AISTATS 2015)\n"
    )
    assert [t for (t,) in _titles(text)] == [
        "Attention Is All You Need",
        "Scalable Variational Gaussian Process Classification",
    ]


# Review 3 (three helpers): each fails on eb2b77b.


def test_a_note_in_brackets_under_a_titled_heading_leaves_the_headings_title():
    """``- [Official implementation in PyTorch] [[paper]](arxiv) [[code]](repo)`` and notes
    (an award, a note in Chinese) before label links are no titles."""
    text = (
        ENTRY
        + "- [Best Paper Honorable Mention Award] [[paper]](https://arxiv.org/abs/2001.00001)\n"
        "- [代码将在论文接收后开源] [[paper]](https://arxiv.org/abs/2001.00002)\n"
        "- [Official implementation in PyTorch] [[paper]](https://arxiv.org/abs/2001.00003) "
        "[[code]](https://github.com/a/b)\n"
    )
    assert [t for (t,) in _titles(text)] == ["Attention Is All You Need"]


def test_a_database_or_a_publisher_after_a_code_link_is_no_title():
    """``[Kaldi](repo), [IEEE Xplore Full Entry](ieee)``, ``[BioBERT](repo), [Oxford Academic
    Bioinformatics](oup)``."""
    text = (
        "- [Kaldi](https://github.com/kaldi-asr/kaldi), [IEEE Xplore Full Entry]"
        "(https://ieeexplore.ieee.org/document/1234567)\n"
        "- [BioBERT](https://github.com/dmis-lab/biobert), [Oxford Academic Bioinformatics]"
        "(https://academic.oup.com/bioinformatics/article/36/4/1234/5566506)\n"
    )
    assert _titles(text) == [("Kaldi",), ("BioBERT",)]


def test_a_model_linked_to_its_home_then_its_title_is_a_tables_entry():
    """``| [LLaMA](ai.meta.com/llama/) - Open and Efficient Foundation Language Models | | |``:
    a paper's row with its other cells empty, not an advertisement."""
    text = (
        "| Title | Venue | Code |\n|---|---|---|\n"
        "| [LLaMA](https://ai.meta.com/llama/) - Open and Efficient Foundation Language Models "
        "| | |\n"
        "| [Attention Is All You Need](https://arxiv.org/abs/1706.03762) | NeurIPS 2017 | |\n"
    )
    assert len(_titles(text)) == 2


def test_year_first_titles_a_list_does_not_date_keep_their_years():
    """Four challenge reports (``[2017 Robotic Instrument ... Challenge](arxiv 1902.06426)``:
    posted two years after the title's year) and four ``[2019 Novel Coronavirus ...]`` papers
    (one year for all): the years are the titles' own."""
    reports = "".join(
        f"- [{y} Robotic Instrument Segmentation Challenge Report {n}](https://arxiv.org/abs/{i})\n"
        for n, (y, i) in enumerate(
            [(2017, "1902.06426"), (2018, "2001.11190"), (2019, "2103.00001"), (2020, "2204.00001")]
        )
    )
    covid = "".join(
        f"- [2019 Novel Coronavirus Pneumonia Finding {n}](https://doi.org/10.1148/r.{n})\n"
        for n in range(4)
    )
    assert all(t.startswith("20") for (t,) in _titles(reports))
    assert all(t.startswith("2019 Novel") for (t,) in _titles(covid + ENTRY)[:4])


def test_a_title_then_names_and_et_al_before_a_dash_keeps_its_entry():
    """``- Image Style Transfer, Leon Gatys et al - [paper](arxiv)``: the title, its authors."""
    text = (
        ENTRY
        + "- Image Style Transfer, Leon Gatys et al - [paper](https://arxiv.org/abs/1508.06576)\n"
    )
    assert _titles(text)[1] == ("Image Style Transfer",)


def test_every_section_heading_indented_like_the_first_below_contents_is_a_section():
    """``  ## Surveys`` after the contents, then ``  ## Methods`` after a paper's item: each
    opens its section (not only the first)."""
    text = (
        "- [Surveys](#surveys)\n- [Methods](#methods)\n- [Datasets](#datasets)\n\n  ## Surveys\n\n"
        "- [A Survey on Graph Neural Networks for Recommendation](https://arxiv.org/abs/2011.02260)\n\n"
        "  ## Methods\n\n  [Neural Collaborative Filtering](https://arxiv.org/abs/1708.05031), WWW 2017.\n"
    )
    assert [s for _, s in _sections(text)] == ["Surveys", "Methods"]
