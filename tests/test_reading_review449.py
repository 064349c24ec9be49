"""What the first review of the fresh449-456 rules found they read wrong that the reader read
right before (each test fails on 7331b4a, the reviewed commit)."""

from __future__ import annotations

from tests.support.reading import one, reader

_titles = reader("title")
_read = reader("title", "year")
BASE = "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762), NeurIPS 2017\n"


def test_a_line_under_a_bold_name_with_its_link_is_a_note():
    """``- **GIN** [[paper]](url)`` over ``- Graph Classification, ...``, ``- Uses Spectral
    ...``, ``- Medical Image Analysis 2024``: a task, a note or a journal under a name that
    already holds its link; the name stays the title (and the journal's year is read)."""
    text = (
        "- **GIN** [[paper](https://arxiv.org/abs/1810.00826)]\n"
        "  - Graph Classification, Molecular Property Prediction\n"
        "- **GCN** [[paper](https://arxiv.org/abs/1609.02907)]\n"
        "  - Uses Spectral Graph Convolutions\n"
        "- **TransUNet** [[paper](https://arxiv.org/abs/2102.04306)]\n"
        "  - Medical Image Analysis 2024\n" + BASE
    )
    assert _read(text)[:3] == [("GIN", None), ("GCN", None), ("TransUNet", 2024)]


def test_a_lead_in_sentence_before_a_colon_is_no_title():
    """``This is our latest work: Title``, ``It is recommended to start with: Title``: a
    sentence introducing a paper, left unread as before."""
    text = (
        "- This is our latest work: Scaling Laws for Neural Language Models "
        "[[paper](https://arxiv.org/abs/2001.08361)]\n"
        "- It is recommended to start with: Denoising Diffusion Probabilistic Models "
        "[[paper](https://arxiv.org/abs/2006.11239)]\n"
        "- Our new paper is out: Self-Rewarding Language Models "
        "[[arXiv](https://arxiv.org/abs/2401.10020)]\n" + BASE
    )
    assert _titles(text) == [("Attention Is All You Need",)]


def test_a_heading_titles_its_fields_over_a_note_item():
    """``### Deep Residual Learning for Image Recognition`` over ``- Introduces Residual
    Blocks ...`` and ``- Paper: url``: the heading is the title; an author line, an award or
    a blurb over a labelled paper item is no title item."""
    text = (
        "### Deep Residual Learning for Image Recognition\n\n"
        "- Introduces Residual Blocks for Very Deep Networks\n\n"
        "- Paper: https://arxiv.org/abs/1512.03385\n\n"
        "### Papers\n\n"
        "- Jie Hu, Li Shen, Gang Sun\n\n"
        "- Paper: https://arxiv.org/abs/1709.01507\n\n"
        "- Recommended reading for beginners\n\n"
        "- 论文地址：https://arxiv.org/abs/1910.03151\n\n" + BASE
    )
    assert _titles(text) == [
        ("Deep Residual Learning for Image Recognition",),
        ("Attention Is All You Need",),
    ]


def test_a_year_glued_after_a_dataset_link_is_not_the_papers():
    """``tested on [KITTI](url)2015``: the dataset's version, not the paper's year."""
    text = (
        "- [Unsupervised Monocular Depth Estimation with Left-Right Consistency]"
        "(https://arxiv.org/abs/1609.03677), tested on [KITTI](http://www.cvlibs.net/)2015\n"
    )
    assert _read(text) == [
        ("Unsupervised Monocular Depth Estimation with Left-Right Consistency", None)
    ]


def test_a_name_with_a_title_cased_suffix_is_not_cut_at_its_full_stop():
    """``with Tensorflow.Js, SysML 2019``: ``.Js`` is part of a name, not a venue sentence."""
    text = (
        "- [Machine Learning in the Browser with Tensorflow.Js, SysML 2019]"
        "(https://arxiv.org/abs/1901.05350)\n"
    )
    assert _titles(text) == [("Machine Learning in the Browser with Tensorflow.Js",)]


def test_an_events_section_alone_is_a_topic_of_papers():
    """``## Events`` in an event-camera list holds papers (only ``Events, Tutorials and
    Keynotes`` names a section of talks)."""
    text = "## Events\n\n- [Event-based Vision: A Survey](https://arxiv.org/abs/1904.08405), TPAMI 2020.\n"
    assert _titles(text) == [("Event-based Vision: A Survey",)]


def test_a_papers_title_on_its_projects_pdf_is_no_site_name():
    """``[Deep Residual Learning](deepresidual-learning.org/paper.pdf)``: the words are in the
    host because the site is the paper's; only a library's words (``Open Access``,
    ``Online Library``) name a site."""
    text = "- **ResNet** [Deep Residual Learning](https://deepresidual-learning.org/paper.pdf) CVPR 2016\n"
    assert _titles(text) == [("Deep Residual Learning",)]


def test_a_real_title_whose_arxiv_link_is_still_a_template_stays_an_entry():
    """``[[paper](https://arxiv.org/abs/...)]`` after a real title: an entry with a link to
    fill (a row titled ``Paper Title`` is the template itself, and none)."""
    text = (
        "- **DriveDreamer: Towards Real-world-driven World Models for Autonomous Driving**, "
        "ECCV 2024. [[paper](https://arxiv.org/abs/...)]\n" + BASE
    )
    assert _titles(text)[0] == (
        "DriveDreamer: Towards Real-world-driven World Models for Autonomous Driving",
    )


def test_a_title_that_speaks_of_accepted_papers_is_a_paper():
    """``[Does Double-Blind Review Change the Accepted Papers? ...](….pdf)``: a title; only a
    label that is the phrase (``AAAI 2022 Accepted Papers``) names a venue's list."""
    text = (
        "- [Does Double-Blind Review Change the Accepted Papers? Evidence from ICLR]"
        "(https://www.cs.cmu.edu/~nihars/preprints/iclr_double_blind.pdf), 2022\n"
    )
    assert len(_titles(text)) == 1


def test_a_child_line_under_a_bare_bold_name_is_not_its_title():
    """``- **GAT**`` / ``- Graph Attention Networks`` / ``- [paper]``: withdrawn after three
    reviews. The line under a model's name is as often a task, a gloss or what the acronym
    stands for (``**CLIP**`` / ``Contrastive Language-Image Pre-training``, ``**TD3**`` /
    ``Twin Delayed Deep Deterministic Policy Gradient``) as the paper's title; the name is
    the list's convention and stays the title."""
    text = (
        "- **Mask R-CNN**\n"
        "  - Instance Segmentation and Object Detection\n"
        "  - [[paper](https://arxiv.org/abs/1703.06870)]\n"
        "- **CLIP**\n"
        "  - Contrastive Language-Image Pre-training\n"
        "  - [[paper](https://arxiv.org/abs/2103.00020)]\n"
        "- **GAT**\n"
        "  - Graph Attention Networks\n"
        "  - [[paper](https://arxiv.org/abs/1710.10903)]\n"
    )
    assert _titles(text) == [("Mask R-CNN",), ("CLIP",), ("GAT",)]


def test_a_tagline_under_a_models_name_heading_is_no_title_item():
    """``### Mask R-CNN`` over ``- Instance Segmentation ...`` / ``- Paper: url``: the heading
    names the paper, not the tagline; ``#### ECANet`` over ``- ECA-Net: Efficient ...`` is
    its title (second review)."""
    text = (
        "### Mask R-CNN\n\n"
        "- Instance Segmentation and Object Detection\n\n"
        "- Paper: https://arxiv.org/abs/1703.06870\n\n"
        "#### ECANet\n\n"
        "- ECA-Net: Efficient Channel Attention for Deep Convolutional Neural Networks\n\n"
        "- Paper: https://arxiv.org/abs/1910.03151\n\n" + BASE
    )
    assert [t for (t,) in _titles(text)] == [
        "Mask R-CNN",
        "ECA-Net: Efficient Channel Attention for Deep Convolutional Neural Networks",
        "Attention Is All You Need",
    ]


def test_more_lead_ins_before_a_colon_are_no_titles():
    """``This is the official implementation of:``, ``consider citing:``, ``can be found in:``,
    ``you can check:``: sentences introducing a paper (second review)."""
    text = (
        "- This is the official implementation of: Denoising Diffusion Probabilistic Models "
        "[[paper](https://arxiv.org/abs/2006.11239)]\n"
        "- If you find this repo useful, consider citing: A Survey on Graph Diffusion Models "
        "[[paper](https://arxiv.org/abs/2304.05000)]\n"
        "- More details can be found in: Scaling Laws for Neural Language Models "
        "[[paper](https://arxiv.org/abs/2001.08361)]\n" + BASE
    )
    assert _titles(text) == [("Attention Is All You Need",)]


def test_a_year_linked_after_a_dataset_and_a_keynotes_section_alone():
    """``KITTI[2015](url)``: a dataset's year linked, not the paper's; ``## Keynotes`` alone
    holds the papers behind the talks (``Events, Tutorials and Keynotes`` holds talks)."""
    text = (
        "## Keynotes\n\n"
        "- [PWC-Net: CNNs for Optical Flow Using Pyramid, Warping, and Cost Volume]"
        "(https://arxiv.org/abs/1709.02371) - top results on Sintel and "
        "KITTI[2015](http://www.cvlibs.net/datasets/kitti/)\n"
    )
    assert _read(text) == [
        ("PWC-Net: CNNs for Optical Flow Using Pyramid, Warping, and Cost Volume", None)
    ]


def test_a_chinese_code_item_after_a_title_and_paper_item_is_its_code():
    """``- Title`` / ``- 论文地址: url`` / ``- 代码地址: url``: the code item is the entry's code,
    as ``- Code: url`` is (third review)."""
    text = (
        "#### Triplet attention\n"
        "- Rotate to Attend: Convolutional Triplet Attention Module\n\n"
        "- 论文地址：https://arxiv.org/abs/2010.03045\n\n"
        "- 代码地址：https://github.com/landskape-ai/triplet-attention\n"
    )
    e = one(text)
    assert e.code is not None and e.code.url.endswith("landskape-ai/triplet-attention")


def test_an_arxiv_paper_under_talks_and_keynotes_is_an_entry():
    """``## Talks and Keynotes``: its arXiv papers count, its videos do not (third review)."""
    text = (
        "## Talks and Keynotes\n\n"
        "- [A Path Towards Autonomous Machine Intelligence](https://arxiv.org/abs/2306.02572)\n"
        "- [Keynote at ICML](https://www.youtube.com/watch?v=abc)\n"
    )
    assert _titles(text) == [("A Path Towards Autonomous Machine Intelligence",)]


def test_title_and_paper_items_under_year_venue_and_topic_headings_pair():
    """``## 2019``, ``### CVPR 2021``, ``### Semi-Supervised`` over ``- Title`` / ``- Paper:
    url``: the pair is one entry; under a model's name (``### T5``) a line that does not
    hold the name is a tagline, left unread (third review)."""
    text = (
        "## 2019\n\n"
        "- CutMix: Regularization Strategy to Train Strong Classifiers with Localizable Features\n\n"
        "- Paper: https://arxiv.org/abs/1905.04899\n\n"
        "### Semi-Supervised\n\n"
        "- Mean Teachers are Better Role Models\n\n"
        "- Paper: https://arxiv.org/abs/1703.01780\n\n"
        "### T5\n\n"
        "- Text-to-Text Transfer Transformer\n\n"
        "- Paper: https://arxiv.org/abs/1910.10683\n\n" + BASE
    )
    assert [t for (t,) in _titles(text)] == [
        "CutMix: Regularization Strategy to Train Strong Classifiers with Localizable Features",
        "Mean Teachers are Better Role Models",
        "Attention Is All You Need",
    ]


def test_lead_ins_that_say_where_or_how_a_paper_came_out_are_no_titles():
    """``This is the journal version:``, ``It is now available on arXiv:``, ``This paper is
    accepted at NeurIPS 2023:``: lead-ins (third review)."""
    text = (
        "- This is the journal version: Exploration by Random Network Distillation "
        "[[paper](https://arxiv.org/abs/1810.12894)]\n"
        "- It is now available on arXiv: Elucidating the Design Space of Diffusion-Based "
        "Generative Models [[paper](https://arxiv.org/abs/2206.00364)]\n" + BASE
    )
    assert _titles(text) == [("Attention Is All You Need",)]
