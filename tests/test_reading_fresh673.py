"""Round 97 (fresh673-680): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.formats import fields as F
from pipeline.formats.frontmatter import front_matter_lines, page_title
from tests.support.reading import reader

ARXIV = "https://arxiv.org/abs/"

_read = reader("line", "title", "year", "code.url")
_named = reader("title", "short_name", "year")


def test_a_hugo_front_matter_title_dates_the_entries_under_it():
    """tuchandra's post: ``+++`` / ``title = "My CSCW 2020 reading list"`` / ``+++``: the page's
    title, which the site shows as its heading, dates every entry (as ``# CSCW 2020 ...``
    would); its lines are data, no text (``date = 2020-10-20`` dates nothing)."""
    text = (
        '+++\ntitle = "My CSCW 2020 reading list"\ndate = 2020-10-20\ndraft = false\n+++\n\n'
        "## Full papers\n\n"
        "[What Makes People Join Conspiracy Communities?](https://arxiv.org/abs/2009.04527)"
        " by Shruti Vikas Phadke, Tanushree Mitra\n"
    )
    assert _read(text) == [(9, "What Makes People Join Conspiracy Communities?", 2020, None)]
    assert page_title(text) == "My CSCW 2020 reading list"
    assert front_matter_lines(text.split("\n")) == 5


def test_a_jekyll_page_without_headings_is_dated_by_its_title():
    """saeub's post: YAML ``title: 'Text simplification papers at LREC-COLING 2024'`` over
    bold groups and bullets, no heading at all: the title's dated venue (the first one with
    a year: ``COLING 2024``, not ``LREC`` glued to it) dates each entry."""
    text = (
        "---\nlayout: post\ntitle: 'Text simplification papers at LREC-COLING 2024'\n---\n\n"
        "**Arabic:**\n- Bashar Alhafni and Nizar Habash: [The SAMER Arabic Text Simplification"
        " Corpus](https://aclanthology.org/2024.lrec-main.1398)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2024]


def test_an_undated_or_bodied_page_title_dates_nothing():
    """Guards: an undated page title (``title: Reading List``) dates nothing, and a rule line
    over prose is no front matter."""
    text = "---\ntitle: Reading List\n---\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    assert [y for _, _, y, _ in _read(text)] == [None]
    assert page_title("---\nSome prose here.\n---\n") is None
    assert front_matter_lines(["+++", "just text", "+++"]) == 0


def test_a_key_paper_cited_by_its_authors_leaves_the_model_column_to_title_the_row():
    """vaibhav90's tables: ``| **Geneformer** | ... | [Hugging Face](hf) | [Theodoris et al.,
    Nature (2023)](url) |``: the Key Paper link names its authors, venue and year, no title;
    the Model column's name titles the row; ``Not publicly available`` in the Links column is
    no title either."""
    text = (
        "| Model | Use | Links | Key Paper |\n|---|---|---|---|\n"
        "| **Geneformer** | perturbation | [Hugging Face](https://huggingface.co/ctheodoris/"
        "Geneformer) | [Theodoris et al., Nature (2023)](https://www.nature.com/articles/"
        "s41586-023-06139-9) |\n"
        "| **scGPT** | annotation | [GitHub](https://github.com/bowang-lab/scGPT) | [Cui et al.,"
        " Nat Methods (2024)](https://www.nature.com/articles/s41592-024-02201-0) |\n"
        "| **Nicheformer** | spatial | Not publicly available | [Kubler et al., bioRxiv (2024)]"
        "(https://www.biorxiv.org/content/10.1101/2024.03.12.584114v1) |\n"
        "| **ANARCI** | numbering | [GitHub](https://github.com/oxpig/ANARCI) | [Dunbar & Deane,"
        " Bioinformatics (2016)](https://academic.oup.com/bioinformatics/article/32/2/298/1743894) |\n"
    )
    assert [(t, y) for t, _, y in _named(text)] == [
        ("Geneformer", 2023),
        ("scGPT", 2024),
        ("Nicheformer", 2024),
        ("ANARCI", 2016),
    ]


def test_a_titled_key_paper_link_still_titles_its_row():
    """Guard: a Key Paper link that writes the paper's title keeps it (the name is its
    short name), and one author with a venue is no citation (``[JMPT (2022)]``)."""
    text = (
        "| Model | Key Paper |\n|---|---|\n"
        "| **scGPT** | [scGPT: toward building a foundation model for single-cell multi-omics"
        "](https://www.nature.com/articles/s41592-024-02201-0) |\n"
    )
    assert _named(text) == [
        ("scGPT: toward building a foundation model for single-cell multi-omics", "scGPT", None)
    ]


def test_a_bracketed_tag_of_an_unknown_venue_and_two_digits_is_its_year():
    """madfunmaker's notes: ``Title [[MediaEval16](pdf)]``, ``[[CrowdMM13](pdf)]``,
    ``[[Springer13](url)]``: a venue the reader does not know (two capitals, or a publisher)
    with its two-digit year glued on, as the list's other tags (``[[ICASSP14](pdf)]``)."""
    assert F.find_year("Automatically Estimating Emotion in Music [MediaEval16]")[0] == 2016
    assert F.find_year("1000 songs for emotional analysis of music [CrowdMM13]")[0] == 2013
    assert F.find_year("Music Emotion Recognition [Springer13]")[0] == 2013


def test_a_lecture_number_or_a_network_depth_in_brackets_is_no_year():
    """Guards: ``[Lecture03]`` (one capital), ``[ResNet18]`` (a network), ``[VGG16]``."""
    for text in ("Intro slides [Lecture03]", "Deep Residual Learning [ResNet18]", "X [VGG16]"):
        assert F.find_year(text)[0] is None, text


def test_infocom_and_other_known_venues_date_their_entries():
    """liuwei-network's satellite list: ``[Title](ieee) (INFOCOM 24)``: INFOCOM, SIGCOMM,
    CSCW, ICWSM, LREC, ECIR, ICSE, PLDI... are known venues, their two-digit years too."""
    text = (
        "- [SKYCASTLE: Taming LEO Mobility to Facilitate Seamless Satellite Internet Services]"
        "(https://ieeexplore.ieee.org/document/10621390) (INFOCOM 24)\n"
        "- [Deep Learning over Multi-field Categorical Data](https://arxiv.org/abs/1601.02376)"
        " (ECIR 2016)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2024, 2016]


def test_another_versions_or_a_baselines_known_venue_does_not_date_the_entry():
    """samth's bibliography: ``STOP '09 Proceedings ..., 2009`` then ``See subsequent version
    in POPL 2010.``; ``(extended version of INFOCOM 2019)``, ``Compared against Homa
    (SIGCOMM 18)``: a known venue after ``version in``/``of``, ``against`` is another work's."""
    assert F.find_year("STOP '09 Workshop, 2009. See subsequent version in POPL 2010.")[0] == 2009
    assert F.find_year("IEEE/ACM ToN 2021 (extended version of INFOCOM 2019)")[0] == 2021
    assert F.find_year("(ATC'24). Compared against Homa (SIGCOMM 18).")[0] == 2024
    assert F.find_year("Proceedings of INFOCOM 2019")[0] == 2019  # (a guard)


def test_a_byline_and_a_venue_under_a_title_are_that_papers_not_a_heading():
    """chendl02's list: ``**[Title](url)**`` then ``*Yuqing Wang, Yun Zhao.* ACL'2024``: two
    names and a venue are the paper's byline, not a line that dates the entries after it (the
    next paper, ``LREC'2022``, was dated ACL 2024); ``Accepted at CVPR'24`` still heads."""
    text = (
        "## Tasks\n\n**[TRAM: Benchmarking Temporal Reasoning for Large Language Models]"
        "(https://aclanthology.org/2024.findings-acl.382.pdf)**\n\n*Yuqing Wang, Yun Zhao.* "
        "ACL'2024\n\n**[CRASS: A Novel Data Set and Benchmark to Test Counterfactual Reasoning]"
        "(https://aclanthology.org/2022.lrec-1.229.pdf)**\n\n*Jörg Frohberg, Frank Binder.* "
        "LREC'2022\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2024, 2022]
    assert F.context_facts("Yuqing Wang, Yun Zhao. ACL'2024") == (None, None)
    assert F.context_facts("Accepted at CVPR'24") == (2024, "CVPR")
