"""Layouts and conventions first seen in the fresh481-488 batches, each held by a test that
fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from pipeline.formats.dates import find_year
from pipeline.formats.links import link_role
from pipeline.formats.runs import Run
from pipeline.parse import parse_text
from tests.support.reading import one, reader

_titles = reader("title")
_lines = reader("line", "title")

_TWITTER = '[<img width="12px" src="https://cdn.jsdelivr.net/npm/simple-icons/twitter.svg" />]'


def test_a_byline_and_a_bracketed_year_before_the_linked_title():
    """``Names (2006). [Title](doi). Journal.``: two names (no ``and``, no initials) or
    names linked to their own pages, with icons between, are the authors, not the title."""
    two = (
        "Susan Athey, Guido Imbens (2006). [Identification and inference in nonlinear "
        "difference-in-differences models](https://doi.org/10.1111/j.1468-0262.2006.00668.x). "
        "Econometrica.\n"
    )
    assert _titles(two) == [
        ("Identification and inference in nonlinear difference-in-differences models",)
    ]
    particle = (
        "Clément de Chaisemartin, Xavier D'Haultfoeuille (2018). [Fuzzy differences-in-"
        "differences](https://doi.org/10.1093/restud/rdx049). The Review of Economic Studies.\n"
    )
    assert _titles(particle) == [("Fuzzy differences-in-differences",)]
    linked = (
        f"[Bruno Ferman](https://sites.google.com/site/brunoferman/) {_TWITTER}"
        "(https://twitter.com/bruno_ferman), Cristine Pinto (2021). [Synthetic Controls with "
        "Imperfect Pre-Treatment Fit](https://arxiv.org/abs/1911.08521). Quantitative Economics.\n"
    )
    assert _titles(linked) == [("Synthetic Controls with Imperfect Pre-Treatment Fit",)]


def test_a_title_and_its_year_before_a_link_stay_a_title():
    """Not names: words of a title before the year keep the title where it was."""
    text = "- Graph Attention Networks (2018). [Paper](https://arxiv.org/abs/1710.10903)\n"
    assert _titles(text) == [("Graph Attention Networks",)]


def test_a_doi_as_a_querys_value_is_a_papers_page():
    """``aeaweb.org/articles?id=10.1257/…``: a publisher's article page named by its DOI;
    a DergiPark article is a paper too."""
    title = "Synthetic Difference in Differences"
    for url in (
        "https://www.aeaweb.org/articles?id=10.1257/aer.20190159",
        "https://www.scitepress.org/Link.aspx?doi=10.5220/0010865000003124",
        "https://dergipark.org.tr/en/pub/ngumuh/issue/42884/516809",
    ):
        assert link_role(Run("link", title, 1, url)) == "paper", url
    assert link_role(Run("link", title, 1, "https://example.org/search?q=10.1257")) != "paper"


def test_a_general_information_heading_under_the_title_heading():
    """``## Title`` over ``### General information`` and labelled fields: the paper's title
    is the heading above the details heading, and the entry starts there."""
    text = (
        "## A Simple Planning Problem for COVID-19 Lockdown\n"
        "### General information\n"
        "**Authors** : Fernando Alvarez, David Argente</br>\n"
        "**Paper** : Available [here](https://arxiv.org/abs/2004.01234)</br>\n"
        "**Code available** : no</br>\n"
    )
    assert _lines(text) == [(1, "A Simple Planning Problem for COVID-19 Lockdown")]


def test_a_glued_list_number_and_a_dashed_venue_tail_leave_a_heading_title():
    """``## 3.A Spatio-temporal ... --ICCV2015``, ``## 24.SCAN: ... --arxiv2018``."""
    assert clean_title("3.A Spatio-temporal Appearance Representation --ICCV2015") == (
        "A Spatio-temporal Appearance Representation"
    )
    assert clean_title("24.SCAN: Self-and-Collaborative Attention Network --CVPR2018") == (
        "SCAN: Self-and-Collaborative Attention Network"
    )
    assert clean_title("18.TRegion-based Quality Estimation Network   --arxiv2018") == (
        "TRegion-based Quality Estimation Network"
    )
    assert clean_title("2.5D Pose Estimation From Monocular Images") == (
        "2.5D Pose Estimation From Monocular Images"
    )


def test_authors_after_the_title_with_marks_or_semicolons_are_cut():
    """``Title, Xiujun Shu; Ge Li; Xiao Wang; ...`` and ``Title, Xiujun Shu*, Xiao Wang*, ...``."""
    semi = "Semantic-guided Pixel Sampling for Cloth-Changing Person Re-identification"
    assert clean_title(f"{semi}, Xiujun Shu; Ge Li; Xiao Wang; Weijian Ruan; Qi Tian") == semi
    marked = "Large-Scale Spatio-Temporal Person Re-identification: Algorithm and Benchmark"
    tail = ", Xiujun Shu*, Xiao Wang*, Shiliang Zhang, Xianghao Zhang, and Qi Tian, IEEE TCSVT"
    assert clean_title(marked + tail) == marked


def test_a_dataset_item_with_its_venue_and_year_is_no_entry():
    """``7. LaST dataset, T-CSVT 2021, [[Paper](arxiv)]`` in a datasets section."""
    text = (
        "## Benchmark Datasets\n"
        "1. LaST dataset, T-CSVT 2021, [[Project](https://sites.google.com/view/personreid)] "
        "[[Paper](https://arxiv.org/abs/2105.15076)]\n"
        "## Papers\n"
        "- [Long-term Person Re-identification: A Benchmark](https://arxiv.org/abs/2105.14685)\n"
    )
    assert _titles(text) == [("Long-term Person Re-identification: A Benchmark",)]


def test_a_title_before_an_italic_venue_after_in():
    """``- Title. In *ICML 2019*. [[pdf](url)]``."""
    text = (
        "- A Dynamical Systems Perspective on Nesterov Acceleration. In *ICML 2019*. "
        "[[pdf](https://arxiv.org/abs/1905.07436)]\n"
    )
    e = one(text)
    assert (e.title, e.year) == ("A Dynamical Systems Perspective on Nesterov Acceleration", 2019)


def test_a_name_link_then_the_name_again_and_the_title():
    """``* [CTAB-GAN](paper) - CTAB-GAN: Effective Table Data Synthesizing.``: the title
    after the dash restates the name; a description after it still leaves the name."""
    text = (
        "* [CTAB-GAN](https://proceedings.mlr.press/v157/zhao21a/zhao21a.pdf) - CTAB-GAN: "
        "Effective Table Data Synthesizing.\n"
    )
    e = one(text)
    assert (e.title, e.short_name) == ("CTAB-GAN: Effective Table Data Synthesizing", "CTAB-GAN")
    described = "* [TabMT](https://arxiv.org/abs/2312.06089) - a masked transformer for tables.\n"
    assert _titles(described) == [("TabMT",)]


def test_arxiv_and_a_month_after_a_slash():
    """``Arxiv/2506`` in a venue column: June 2025."""
    assert find_year("Arxiv/2506")[0] == 2025


def test_a_span_of_years_closing_a_title_is_part_of_it():
    """``... of the Last Decade (2010-2020)``: a title's own span, not a date tag."""
    title = "A Systematic Review of the Last Decade (2010\u20132020)"
    assert clean_title(title) == title
    assert clean_title("A Systematic Review of Deep Learning (2020)") == (
        "A Systematic Review of Deep Learning"
    )


def test_an_ieee_venue_and_year_closing_a_title_without_a_separator():
    """``Title IEEE Access 2019 [[paper](url)]``."""
    title = "Online Non-Negative Multi-Modality Feature Template Learning for Tracking"
    assert clean_title(f"{title} IEEE Access 2019") == title
    assert clean_title(f"{title} IEEE Transactions on Image Processing 2020") == title


def test_a_run_of_dashes_then_the_venue_and_year_after_an_italic_title():
    """``4. *99 Deduplication Problems*----HotStorage'16 ([link](url))`` (fresh484)."""
    text = (
        "4. *99 Deduplication Problems*----HotStorage'16 "
        "([link](https://pdfs.semanticscholar.org/bd54/6dda50541489ff23fbc1e154dea50d911a43.pdf))\n"
        "10. Efficient Hybrid Inline and Out-of-Line Deduplication for Backup Storage----ACM "
        "TOS'14 ([link](https://www.cse.cuhk.edu.hk/~pclee/www/pubs/tos14revdedup.pdf))\n"
    )
    assert reader("title", "year")(text) == [
        ("99 Deduplication Problems", 2016),
        ("Efficient Hybrid Inline and Out-of-Line Deduplication for Backup Storage", 2014),
    ]


def test_a_venue_and_a_month_then_the_year():
    """``TKDE 01.2025``: January 2025, not TKDE 2001."""
    assert find_year("TKDE 01.2025")[0] == 2025
    assert find_year("NeurIPS 12.2023")[0] == 2023
    assert find_year("CVPR'23.")[0] == 2023


def test_an_arxiv_or_biorxiv_page_of_many_papers_is_no_paper():
    """``[arXiv](https://arxiv.org/covid19search)``, bioRxiv's collection pages."""
    for url in (
        "https://arxiv.org/covid19search",
        "https://arxiv.org/list/cs.CV/recent",
        "https://connect.biorxiv.org/relate/content/181",
    ):
        assert link_role(Run("link", "arXiv", 1, url)) != "paper", url
    for url in ("https://arxiv.org/abs/2101.00001", "https://arxiv.org/abs/21010001"):
        assert link_role(Run("link", "arXiv", 1, url)) == "paper", url


def test_after_a_name_link_a_description_that_names_it_again_stays_a_description():
    """Review of the ``- Name: Title`` rule: a tagline after ``Name:`` (lower case, a
    possessive, a venue and year, people, a toolkit, a release note) leaves the name."""
    text = "".join(
        f"- [{name}](https://arxiv.org/abs/2103.0002{k}) - {name}: {tail}\n"
        for k, (name, tail) in enumerate(
            (
                ("CLIP", "learns visual concepts from natural language supervision."),
                ("BERT", "Google's bidirectional encoder that set new records."),
                ("DETR", "ECCV 2020, Facebook AI Research"),
                ("DAB-DETR", "Zhang, Li, Liu, Wang, Su, Zhu"),
                ("Seurat", "R toolkit for single cell genomics, from Satija Lab."),
                ("Mixtral", "Sparse Mixture of Experts, 8x7B, Apache 2.0 License"),
            )
        )
    )
    assert [t for (t,) in _titles(text)] == [
        "CLIP",
        "BERT",
        "DETR",
        "DAB-DETR",
        "Seurat",
        "Mixtral",
    ]
    titled = "- [CTGAN](https://arxiv.org/abs/1907.00503) - CTGAN: Modeling Tabular Data using Conditional GAN. NeurIPS 2019.\n"  # fmt: skip
    e = one(titled)
    assert (e.title, e.year) == ("CTGAN: Modeling Tabular Data using Conditional GAN", 2019)


def test_a_doi_in_a_search_or_a_metrics_service_is_no_paper():
    """Review of the DOI-in-a-query rule: a metrics page (``plu.mx/…?doi=``), Altmetric's
    ``?identifier=``, a data search (``?q=10.3886/…``), a dataset's ``?persistentId=``."""
    for url in (
        "https://plu.mx/plum/a/?doi=10.1016/j.cell.2021.04.048",
        "https://www.altmetric.com/explorer/outputs?identifier=10.1257/aer.20190159",
        "https://www.openicpsr.org/openicpsr/search/studies?q=10.3886/E116459V1",
        "https://dataverse.harvard.edu/dataset.xhtml?persistentId=10.7910/DVN/XYZ",
    ):
        assert link_role(Run("link", "Synthetic Difference in Differences", 1, url)) != "paper", url


def test_arxiv_and_a_month_of_2019_is_not_a_year_of_the_1900s():
    """``Arxiv/1905``, ``arXiv 1912``: arXiv began in 1991, so these are months of 2019."""
    assert find_year("Arxiv/1905")[0] == 2019
    assert find_year("arXiv 1912")[0] == 2019
    assert find_year("arXiv 1998")[0] == 1998


def test_a_surname_and_year_after_a_dataset_sections_title_keeps_the_entry():
    """Review of the dataset tail: ``, Zhuo 2018`` is a byline, not a venue."""
    text = (
        "## Datasets\n"
        "- [Occluded Person Re-identification, Zhuo 2018](https://arxiv.org/abs/1804.02792)\n"
    )
    assert len(_titles(text)) == 1


def test_an_ieee_event_or_a_title_about_ieee_keeps_its_words():
    """Review of the IEEE tail: only a journal's name is cut, not an event's."""
    for title in (
        "Drone-vs-Bird Detection Challenge at IEEE AVSS 2017",
        "An Overview of the IEEE AI Standards Landscape in 2023",
        "Our Submission to the IEEE DCASE Challenge 2020",
    ):
        assert clean_title(title) == title


def test_a_details_heading_under_a_topic_heading_titles_nothing():
    """Review of the ``### General information`` rule: ``### Details`` under a topic holds
    several papers; the topic is no paper's title."""
    text = (
        "## Two-Stage Object Detectors\n"
        "### Details\n"
        "- [[paper]](https://arxiv.org/abs/1506.01497) [[code]](https://github.com/a/b)\n"
        "- [[paper]](https://arxiv.org/abs/1703.06870) [[code]](https://github.com/c/d)\n"
        "## Surveys\n"
        "- [A Survey of Deep Learning for Detection](https://arxiv.org/abs/2001.00001)\n"
    )
    assert ("Two-Stage Object Detectors",) not in _titles(text)


def test_a_note_or_a_count_after_a_title_is_no_part_of_it():
    """``(oral)``, ``(best paper award)``, ``(Abbr. NSG)`` after a title."""
    for note in ("(oral)", "(best paper award)", "(PhD Thesis)", "(Abbr. NSG)"):
        assert clean_title(f"Dissecting Neural ODEs {note}") == "Dissecting Neural ODEs", note


def test_a_method_and_its_year_before_a_site_link_keep_the_method_as_the_title():
    """Review of the byline rule: one unlinked ``person`` (``Layer Normalization``) is a
    method as often, and a link naming a site or a document kind is no title."""
    text = (
        "- Layer Normalization (2016). [Semantic Scholar](https://www.semanticscholar.org/paper/97fb)\n"
        "- Synthetic Control (2010). [Working Paper](https://www.nber.org/papers/w12345)\n"
        "- Susan Athey, Guido Imbens (2022). [Working Paper](https://www.nber.org/papers/w24963)\n"
    )
    got = [t for (t,) in _titles(text)]
    assert got[:2] == ["Layer Normalization", "Synthetic Control"]
    assert "Working Paper" not in got


def test_things_listed_after_a_title_are_not_its_authors():
    """Review of the semicolon and ``*`` author tails: three things after a comma, or one
    starred word (``Theta*``), stay in the title; five names are cut."""
    for title in (
        "Voice Assistants Compared, Google Assistant; Amazon Alexa; Apple Siri",
        "Neural Machine Translation, English German; English French; German English",
        "Any-Angle Path Planning, Theta*, A Practical Guide to Grid Search",
    ):
        assert clean_title(title) == title


def test_an_italic_note_before_the_linked_title():
    """``*  *Understanding the query optimization*  [An Overview of Query Optimization](pdf)``
    (fresh493): the italics are the maintainer's note, the link's text the title; an italic
    label (``*Paper:*``) or authors are read as before."""
    text = (
        "*  *Understanding the query optimization*  [An Overview of Query Optimization]"
        "(https://www2.cs.duke.edu/courses/fall19/compsci516/Papers/chaudhuri98.pdf)\n"
        "*  *Generate data regarding the query constraints*  [QAGen: Generating Query-Aware "
        "Test Databases](http://portal.acm.org/citation.cfm?doid=1247480.1247520)\n"
    )
    assert _titles(text) == [
        ("An Overview of Query Optimization",),
        ("QAGen: Generating Query-Aware Test Databases",),
    ]
    titled = "- *Attention Is All You Need* [Vaswani et al.](https://arxiv.org/abs/1706.03762)\n"
    assert _titles(titled) == [("Attention Is All You Need",)]


def test_a_note_that_cites_a_paper_by_its_address_in_brackets_is_no_entry():
    """``<details><summary><b>Comment</b></summary>similar analysis as for China
    (https://arxiv.org/pdf/2002.12298.pdf) applied to ...</details>`` (fresh481): a sentence in
    a paragraph citing a paper by its bare address is unread; a list item of a lower-case
    title and its address (``nnMamba: ...`` too) is an entry."""
    text = (
        "## Models\n\n"
        "- deep residual learning for image recognition (https://arxiv.org/abs/1512.03385)\n\n"
        "data-driven and using methods of the previous article (https://arxiv.org/abs/1512.03386)\n\n"
        "1. nnMamba: 3D Biomedical Image Segmentation with State Space Model "
        "(https://arxiv.org/abs/2402.03526)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.line for e in parsed.entries] == [3, 7]
    assert [u.line for u in parsed.unread] == [5]


def test_a_paper_page_whose_fields_wrap_or_carry_unknown_labels():
    """fresh481: under ``## Title`` / ``### General information``, the names of ``**Authors**
    :`` wrapped onto the next line and a ``**Code available** :`` value are fields, not the
    title: the heading above stays the title."""
    text = (
        "## Predicting the Spread of the COVID-19 Across Cities in China\n"
        "### General information\n"
        "**Authors** : Jiang Zhang, Lei Dong, Yanbo Zhang, Xinyue Chen, Guiqing\n"
        "Yao, Zhangang Han\n"
        "</br>\n"
        "**Paper** : Available [here](https://papers.ssrn.com/sol3/papers.cfm?abstract_id=3559554)</br>\n"
        "**Code available** : code written in appendix (R and Julia) </br>\n"
    )
    assert _lines(text) == [(1, "Predicting the Spread of the COVID-19 Across Cities in China")]
