"""Layouts first seen in the fresh392-397 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import one, reader

_read = reader("line", "title", "year")
_titles = reader("title")


def test_a_digest_heading_titles_its_landing_page_and_its_source_line_dates_it():
    """``## 1. Title``, bold fields (``**Source:** arxiv • 2025-12-17``), then ``- Landing
    page: url`` and ``- PDF: url``: the heading is the title (not ``Landing page``), the
    date among the fields under it is the entry's year."""
    block = (
        "## {n}. {title}\n\n**Authors:** Fang Li\n\n**Source:** arxiv • 2025-12-{d}\n\n"
        "**Summary:** This paper presents an innovative pedagogical approach for teaching "
        "artificial intelligence.\n\n**Links:**\n- Landing page: http://arxiv.org/abs/{id}v1\n"
        "- PDF: https://arxiv.org/pdf/{id}v1\n\n*Relevance score: 18.0*\n\n---\n\n"
    )
    text = "# LLM Education Literature Digest\n\n" + "".join(
        block.format(n=n, title=t, d=d, id=i)
        for n, t, d, i in (
            (1, "Topic Discovery and Classification for Responsible AI", 17, "2512.16036"),
            (
                2,
                "Bridging Traditional Machine Learning and Large Language Models",
                "04",
                "2512.05167",
            ),
        )
    )
    assert _read(text) == [
        (3, "Topic Discovery and Classification for Responsible AI", 2025),
        (19, "Bridging Traditional Machine Learning and Large Language Models", 2025),
    ]


def test_a_quote_under_a_title_heading_is_a_note_not_the_title():
    """``#### <summary>Title`` then ``> *However, since our NeFeS outputs ... ACT ...*``: a
    quote of twenty words or more in sentences, opening in lower case, or longer than a title,
    is a note on the heading's paper; the heading stays the title."""
    text = (
        "#### <summary>Neural Refinement for Absolute Pose Regression with Feature Synthesis\n"
        "> *However, since our NeFeS outputs both colors and features simultaneously, we find "
        "this approach perturbs the feature output values and causes instability. ACT origial "
        "from NeRF-W*\n\nAuthors: Shuai Chen, Yash Bhalgat\n\n"
        "[📃 arXiv:2303](https://arxiv.org/pdf/2303.10087) | [⌨️ Code](https://github.com/a/b)\n\n"
        "#### <summary>HR-APR: APR-agnostic Framework with Uncertainty Estimation\n"
        "> *all three APR models exhibit more accurate predictions for test queries with viewpoints "
        "similar to those in the training set, compared to queries outside it*\n\n"
        "[📃 arXiv:2402](https://arxiv.org/pdf/2402.14371) | [⌨️ Code](https://github.com/c/d)\n"
    )
    assert _titles(text) == [
        ("Neural Refinement for Absolute Pose Regression with Feature Synthesis",),
        ("HR-APR: APR-agnostic Framework with Uncertainty Estimation",),
    ]


def test_a_short_sentence_under_a_title_heading_still_titles_its_link():
    """The note rule is for long text only: a short line under a heading that links the
    paper by its title (``[Title](arxiv)``) is still read as before."""
    text = (
        "### Papers\n\nA few words on the topic.\n\n"
        "[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _titles(text) == [("Deep Residual Learning for Image Recognition",)]


def test_an_arxiv_month_label_dates_the_entry():
    """``[📃 arXiv:2112](https://arxiv.org/pdf/2112.14651)``: the label is the list's date of
    the paper (December 2021), like ``arxiv 2112``; a full ID is no date."""
    text = (
        "- On the Instability of Relative Pose Estimation [arXiv:2112](https://arxiv.org/pdf/2112.14651)\n"
        "- Learning to Produce Semi-dense Correspondences [arXiv: 2403](https://arxiv.org/abs/2403.19555)\n"
        "- Map-Relative Pose Regression for Visual Re-Localization [arXiv:2404.09884](https://arxiv.org/abs/2404.09884)\n"
    )
    assert [y for (_, _, y) in _read(text)] == [2021, 2024, None]


def test_a_review_note_in_a_repository_is_not_code():
    """``[[Review]](github.com/o/notes/blob/master/reviews/Title.md)``: the maintainer's
    review of the paper, a note kept in a repository, not the paper's code."""
    e = one(
        "- CVM-Net: Cross-View Matching Network for Image-Based Ground-to-Aerial Geo-Localization "
        "[[Paper](https://arxiv.org/abs/1712.03342)] [[Review](https://github.com/TerenceCYJ/"
        "VP-SC-papers/blob/master/reviews/CVM-Net.md)]\n"
    )
    assert e.code is None
    coded = one(
        "- MapNet: Geometry-Aware Learning of Maps [[Paper](https://arxiv.org/abs/1712.03342)] "
        "[[Code](https://github.com/NVlabs/geomapnet)]\n"
    )
    assert coded.code is not None and coded.code.url == "https://github.com/NVlabs/geomapnet"


def test_a_links_column_of_things_names_no_papers():
    """``| Platform | What it is | Links |`` with ``[raspberrypi.com](url)``, ``[Product](url)``:
    a table of things named in its first column, their pages in ``Links``; only a row linking
    its paper (``| WL-YOLO | ... | [Paper](doi) |``) is an entry, by its name."""
    text = (
        "| Platform | What it is | Links |\n|---|---|---|\n"
        "| NVIDIA Jetson | Embedded GPU modules | [Jetson Nano](https://developer.nvidia.com/embedded/jetson-nano) |\n"
        "| Raspberry Pi | Single-board computers | [raspberrypi.com](https://www.raspberrypi.com/) |\n"
        "| Seeed LoRaWAN Kit | A gateway kit | [Product](https://www.seeedstudio.com/kit-p-5370.html) |\n"
        "| WL-YOLO | Lightweight wildlife detection | [Paper](https://doi.org/10.3390/rs16081350) |\n"
    )
    assert _titles(text) == [("WL-YOLO",)]


def test_a_links_column_of_titles_keeps_its_titles():
    """The same header over link texts that are titles: they are the entries' titles."""
    text = (
        "| Topic | Links |\n|---|---|\n"
        "| Pose | [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) |\n"
        "| Depth | [Attention Is All You Need](https://arxiv.org/abs/1706.03762) |\n"
    )
    assert _titles(text) == [
        ("Deep Residual Learning for Image Recognition",),
        ("Attention Is All You Need",),
    ]


def test_a_front_matter_is_no_heading():
    """Jekyll's ``---`` / ``title: ...`` / ``---``: markdown-it reads ``title: X`` over
    ``---`` as a heading, which titled the proceedings' links below it (``**Proceedings**:
    [Part I](book) and [Part II](book)``); a page's data is no text, and ``Part I`` no title.
    Its ``title:`` is the page's heading, though: ``AIED 2022`` dates the entries (round 97)."""
    text = (
        "---\ntitle: Educational NLP at AIED 2022\nauthor: bea\n---\n\n"
        "**Proceedings**: [Part I](https://link.springer.com/book/10.1007/978-3-031-11644-5#toc)\n"
        "and [Part II](https://link.springer.com/book/10.1007/978-3-031-11647-6#toc)\n\n"
        "- Towards Human-Like Educational Question Generation with Large Language Models. Zichao "
        "Wang, Jakob Valdez, and Richard G. Baraniuk "
        "[[paper](https://link.springer.com/chapter/10.1007/978-3-031-11644-5_13)]\n"
    )
    assert _read(text) == [
        (9, "Towards Human-Like Educational Question Generation with Large Language Models", 2022)
    ]


def test_a_rule_line_that_opens_a_list_is_not_a_front_matter():
    """A ``---`` line then text and another ``---`` line without ``key:`` lines is a
    horizontal rule around a paragraph, read as before."""
    text = (
        "---\n\n[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n\n"
        "---\n"
    )
    assert _titles(text) == [("Deep Residual Learning for Image Recognition",)]


def test_a_title_cited_with_a_link_to_its_authors_profile_is_no_entry():
    """``Title ([You et al.2017](scholar.google.com/citations?user=...))``: the link is the
    first author's profile, not the paper; a title cited the same way with a link to a
    page of its own is still the paper's (``[Title](page), Liu et al., NeurIPS 2020``)."""
    text = (
        "2017|Gaussian Process|Deep gaussian process for crop yield prediction based on remote "
        "sensing data ([You et al.2017](https://scholar.google.com/citations?user=NDbMl7oAAAAJ))\n"
    )
    other = "2019|CNN-RNN|A CNN-RNN Framework for Crop Yield Prediction ([Khaki et al.2019](https://arxiv.org/abs/1911.09045))\n"
    table = "Year|Method|Title\n---|---|---\n" + text + other
    assert _titles(table) == [("A CNN-RNN Framework for Crop Yield Prediction",)]
    page = (
        "- [Neural Scene Flow Fields for Space-Time View Synthesis](https://www.cs.cornell.edu/"
        "~zl548/NSFF/), Li et al., CVPR 2021\n"
    )
    assert _titles(page) == [("Neural Scene Flow Fields for Space-Time View Synthesis",)]


def test_review_a_date_added_field_is_neither_title_nor_year():
    """The review's probes: ``**Added:** 2024-01-05`` or ``Last updated 2023-05`` under a
    heading that titles its bare links is when the item was listed: no title, no year."""
    text = (
        "# Reading List\n\n## 1. Attention Is All You Need\n\n**Authors:** Ashish Vaswani\n\n"
        "**Source:** arxiv • 2017-06-12\n\n**Added:** 2024-01-05\n\n**Links:**\n"
        "- Landing page: https://arxiv.org/abs/1706.03762\n- PDF: https://arxiv.org/pdf/1706.03762\n\n"
        "## 2. Deep Residual Learning for Image Recognition\n\nLast updated 2023-05\n\n"
        "- Landing page: https://openaccess.thecvf.com/content_cvpr_2016/html/He_Deep_CVPR_2016_paper.html\n"
    )
    assert _read(text) == [
        (3, "Attention Is All You Need", 2017),
        (15, "Deep Residual Learning for Image Recognition", None),
    ]


def test_review_a_long_title_under_a_topic_heading_stays_the_title():
    """A 24-word title in two sentences (``...across Europe? A retrospective ...``) or a
    35-word one over its ``[paper]`` link is the title, not a note under the heading."""
    text = (
        "# Medical AI Papers\n\n### Breast Cancer Screening\n\nCan artificial intelligence help "
        "radiologists detect breast cancer in mammography screening programmes across Europe? A "
        "retrospective multicentre cohort study of 150,000 women\n\n"
        "[paper](https://doi.org/10.1016/S2589-7500(23)00001-2)\n\n### Diabetic Retinopathy\n\n"
        "Development and Validation of a Deep Learning Algorithm for Detection of Diabetic "
        "Retinopathy and Diabetic Macular Edema in Retinal Fundus Photographs From Screening "
        "Programs in India and the United States of America\n\n"
        "[paper](https://jamanetwork.com/journals/jama/fullarticle/2588763)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0].startswith("Can artificial intelligence help radiologists")
    assert titles[1].startswith("Development and Validation of a Deep Learning Algorithm")


def test_review_a_links_column_of_papers_named_by_model_keeps_no_topic_as_name():
    """``| Task | Links |`` over ``| Classification | [ResNet](arxiv) |``: the links are papers
    by name; the task is no short name of the paper."""
    text = (
        "| Task | Links |\n|---|---|\n| Classification | [ResNet](https://arxiv.org/abs/1512.03385) |\n"
        "| Language modelling | [BERT](https://arxiv.org/abs/1810.04805) |\n"
        "| Detection | [DETR](https://arxiv.org/abs/2005.12872) |\n"
    )
    assert reader("title", "short_name")(text) == [
        ("ResNet", None),
        ("BERT", None),
        ("DETR", None),
    ]


def test_review_a_rule_over_a_dated_line_and_a_table_is_no_front_matter():
    """``---`` / ``Updated: 2024-03-01`` / a table of papers / ``---``: a horizontal rule
    around a table, not YAML: its rows are entries."""
    text = (
        "---\nUpdated: 2024-03-01\n| Paper | Venue |\n|---|---|\n"
        "| [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377) | CVPR 2022 |\n"
        "| [Emerging Properties in Self-Supervised Vision Transformers](https://arxiv.org/abs/2104.14294) | ICCV 2021 |\n"
        "---\n\n- [Bootstrap Your Own Latent](https://arxiv.org/abs/2006.07733) NeurIPS 2020\n"
    )
    assert len(_titles(text)) == 3


def test_review_one_paper_s_page_on_a_profile_site_stays_the_paper():
    """ResearchGate's ``/profile/X/publication/...`` and Scholar's ``view_citation`` page are
    one paper's pages; an ORCID profile is none."""
    rows = (
        "2017|GP|Deep gaussian process for crop yield prediction based on remote sensing data "
        "([You et al.2017](https://www.researchgate.net/profile/Jiaxuan-You/publication/318598047_Deep))\n"
        "2019|CNN-RNN|A CNN-RNN Framework for Crop Yield Prediction ([Khaki et al.2019]"
        "(https://scholar.google.com/citations?view_op=view_citation&user=abc&citation_for_view=abc:x))\n"
        "2021|Transformer|Yield transformer ([Lee et al.2021](https://orcid.org/0000-0002-1825-0097))\n"
    )
    titles = _titles("Year|Method|Title\n---|---|---\n" + rows)
    assert titles == [
        ("Deep gaussian process for crop yield prediction based on remote sensing data",),
        ("A CNN-RNN Framework for Crop Yield Prediction",),
    ]
