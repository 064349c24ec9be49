"""Rounds 130-132 (fresh834-844): each rule held by a test that fails on the reader before it; the
guards beside them pass on both. Reviews 981 and 982's guards at the end."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


_HEAD = "| Method | Paper | Publication | Source |\n|:--:|:--:|:--:|:--:|\n"


def test_an_address_in_a_source_column_gives_no_year():
    """overgter/deep-learning-model-inversion-attacks-and-defenses: a ``Source`` column (read
    as a venue) holds the code's bare address, ``https://github.com/MiLabHITSZ/2022YeC2FMI``;
    the repository's name is no year: the ``[TDSC'2023](…)`` link dates the paper."""
    text = _HEAD + (
        "| C2FMI | C2FMI: Corse-to-Fine Black-box Model Inversion Attack | [TDSC'2023](https://ieeexplore.ieee.org/document/10148574) | https://github.com/MiLabHITSZ/2022YeC2FMI |\n"
        "| RLB-MI | Reinforcement Learning-Based Black-Box Model Inversion Attacks | [CVPR'2023](https://openaccess.thecvf.com/content/CVPR2023/html/Han_Reinforcement_Learning-Based_Black-Box_Model_Inversion_Attacks_CVPR_2023_paper.html) | [https://github.com/HanGyojin/RLB-MI](https://github.com/HanGyojin/RLB-MI) |\n"
    )  # fmt: skip
    assert [y for _, _, y in _read(text)] == [2023, 2023]


def test_a_year_written_in_a_source_column_still_dates_its_row():
    """Guard: a ``Source`` column that says ``CVPR 2021`` beside its link still dates it."""
    text = _HEAD + (
        "| X | A Study of Something Hard | [Paper](https://arxiv.org/abs/2101.00001) | CVPR 2021 |\n"
    )  # fmt: skip
    assert _read(text) == [(3, "A Study of Something Hard", 2021)]


_GOST = (
    "# Плохой контроль\n\n"
    "* [Cinelli C., Forney A., Pearl J. A crash course in good and bad controls //Sociological Methods & Research. – 2021. – С. 00491241221099552.](https://ftp.cs.ucla.edu/pub/stat_ser/r493.pdf)\n"
    "* [Abadie A. et al. When should you adjust standard errors for clustering?. – National Bureau of Economic Research, 2017. – №. w24003.](https://www.nber.org/system/files/working_papers/w24003/w24003.pdf)\n"
    "* [Cattaneo M. D., Titiunik R. Regression discontinuity designs //Annual Review of Economics. – 2022. – Т. 14. – С. 821-851.](https://cattaneo.princeton.edu/papers/Cattaneo-Titiunik-VazquezBare_2020_Sage.pdf)\n"
    "* [Lehner A. Culture, Institutions, and the Roots of Gender Inequality: 450 Years of Portuguese Colonialism in India. – 2021.](https://lehner.xyz/pdf/Lehner_Goa_Rootsgender.pdf)\n"
)  # fmt: skip


def test_a_gost_citation_gives_its_title_and_year():
    """annastavniychuk/econometrics_library: Google Scholar's GOST citations as link texts,
    ``Surname I. I., Surname I. Title //Journal. - 2022. - T. 14. - S. 821-851.`` (en dashes,
    Cyrillic field names): the title between the authors and the ``//`` or the next dashed
    field; the year in a field."""
    assert _read(_GOST) == [
        (3, "A crash course in good and bad controls", 2021),
        (4, "When should you adjust standard errors for clustering?", 2017),
        (5, "Regression discontinuity designs", 2022),
        (6, "Culture, Institutions, and the Roots of Gender Inequality: 450 Years of Portuguese Colonialism in India", 2021),
    ]  # fmt: skip


def test_names_before_a_title_without_gost_fields_stay_as_they_were():
    """Guard: initials before a title with no ``//`` and no dashed field are left to the
    other readings (``Bayes T. Rule Revisited`` is no GOST citation)."""
    text = (
        "* [Bayes T. Rule Revisited: A Second Look At Priors](https://arxiv.org/abs/2101.00002)\n"
    )
    assert [t for _, t, _ in _read(text)] != ["Rule Revisited: A Second Look At Priors"]


def test_an_economics_archive_record_is_a_paper():
    """annastavniychuk/econometrics_library: ``[Ferman B., Pinto C. Placebo tests for
    synthetic controls. - 2017.](https://mpra.ub.uni-muenchen.de/78079/)``: a record of the
    Munich RePEc archive (as RePEc's IDEAS and EconPapers records) is a paper's page."""
    text = (
        "* [Ferman B., Pinto C. Placebo tests for synthetic controls. - 2017.](https://mpra.ub.uni-muenchen.de/78079/)\n"
        "* [Entropy balancing for causal effects](https://econpapers.repec.org/article/cuppolals/v_3a20_3ay_3a2012_3ai_3a01_3ap_3a25-46_5f01.htm) (2012)\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "Placebo tests for synthetic controls",
        "Entropy balancing for causal effects",
    ]


def test_surnames_before_a_quoted_linked_title_are_its_byline():
    """morleydragon/eecs589f24: ``Saltzer, Reed, and Clark, "[End-to-end Arguments in System
    Design](pdf)," ACM Trans. on Computer Systems``: IEEE's names, a comma and an opening
    quote before the title's link; the link's text is the title."""
    text = (
        '* Saltzer, Reed, and Clark, "[End-to-end Arguments in System Design](http://web.mit.edu/Saltzer/www/publications/endtoend/endtoend.pdf)," ACM Trans. on Computer Systems (TOCS), 2(4):277-288, Nov. 1984.\n'
        '* Clark, "[The Design Philosophy of the DARPA Internet Protocols](http://ccr.sigcomm.org/archive/1995/jan95/ccr-9501-clark.pdf)," Proc. of ACM SIGCOMM \'88, 18(4):106-114, Aug. 1988.\n'
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "End-to-end Arguments in System Design",
        "The Design Philosophy of the DARPA Internet Protocols",
    ]


def _titles(lines: list[str]) -> list[str | None]:
    return [t for _, t, _ in _read("".join(f"* [{x}](https://arxiv.org/abs/2101.{k:05d})\n" for k, x in enumerate(lines)))]  # fmt: skip


def test_review_981_given_names_first_are_no_gost_authors():
    """Review 981: ``Richard S. Sutton, Andrew G. Barto. Title. - MIT Press, 2018.`` and
    ``Kevin P. Murphy. Title. - …`` (en dashes): a given name and its initial are no surname and
    initials; the title is not cut after them."""
    got = _titles([
        "Richard S. Sutton, Andrew G. Barto. Reinforcement Learning: An Introduction. – MIT Press, 2018.",
        "Kevin P. Murphy. Probabilistic Machine Learning: An Introduction. – MIT Press, 2022.",
        "Trevor J. Hastie, Robert J. Tibshirani, Jerome H. Friedman. The Elements of Statistical Learning. – Springer, 2009.",
    ])  # fmt: skip
    assert not any(t.startswith(("Sutton", "Murphy", "Hastie")) for t in got)


def test_review_981_gost_authors_of_every_alphabet_and_joint():
    """Review 981: capitals outside the Latin and Russian alphabets (``Kaiser Ł.``, a
    Ukrainian initial), hyphenated initials (``Müller K.-R.``), ``and`` between two authors,
    and the author named again after `` / `` in the full Russian form are all no part of
    the title."""
    assert _titles([
        "Shazeer N., Kaiser Ł., Bengio S. Can active memory replace attention? //Advances in Neural Information Processing Systems. – 2016. – Т. 29.",
        "Петренко О. І., Шевченко Т. Г. Економетричне моделювання ринку праці //Економіка України. – 2020. – № 2. – С. 5-10.",
        "Müller K.-R., Schölkopf B. An introduction to kernel-based learning algorithms //IEEE Transactions on Neural Networks. – 2001. – Т. 12.",
        "Angrist J. D. and Pischke J. S. Mastering 'metrics: The path from cause to effect. – Princeton University Press, 2014.",
        "Воронцов К. В. Математические методы обучения по прецедентам : курс лекций / К. В. Воронцов. – М., 2011. – 141 с.",
    ]) == [
        "Can active memory replace attention?",
        "Економетричне моделювання ринку праці",
        "An introduction to kernel-based learning algorithms",
        "Mastering 'metrics: The path from cause to effect",
        "Математические методы обучения по прецедентам : курс лекций",
    ]  # fmt: skip


def test_review_981_a_year_after_the_names_is_not_a_title():
    """Review 981: ``Smith J. 2020. Title. - Journal``: no GOST title starts with a digit."""
    assert _read("* [Smith J. 2020. Deep learning for econometrics. – Journal of Econometrics.](https://arxiv.org/abs/2001.00002)\n") == [(1, "Deep learning for econometrics", 2020)]  # fmt: skip


def test_review_981_a_papers_or_a_meetings_address_in_a_venue_column_keeps_its_year():
    """Review 981: only a code host's address in a venue column is read as no year; a
    paper's address (``…/content_cvpr_2016/…``, ``doi.org/10.1016/j.patcog.2021…``) and a
    meeting's (``cvpr2016.thecvf.com``) still date the row."""
    text = "| Title | Venue | Code |\n|---|---|---|\n" + (
        "| [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) | https://cvpr2016.thecvf.com | - |\n"
        "| [Deep Learning for Anomaly Detection Again](https://arxiv.org/abs/2101.00009) | https://doi.org/10.1016/j.patcog.2021.108000 | - |\n"
    )  # fmt: skip
    assert [y for _, _, y in _read(text)] == [2016, 2021]


def test_review_981_an_archives_listing_is_no_paper():
    """Review 981: a series' or a subject's listing on EconPapers or MPRA is no paper; a
    record is (``mpra.ub.uni-muenchen.de/78079/``)."""
    text = (
        "- [NBER Working Papers on EconPapers](https://econpapers.repec.org/paper/nbrnberwo/)\n"
        "- [MPRA papers by subject: Econometrics](https://mpra.ub.uni-muenchen.de/view/subjects/C.html)\n"
        "- [Placebo tests for synthetic controls](https://mpra.ub.uni-muenchen.de/78079/)\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == ["Placebo tests for synthetic controls"]


def test_review_982_a_title_or_a_name_before_a_quoted_label_stays_the_title():
    """Review 982: a system's one-word name (``Borg, "[Author copy](pdf),"``) and a title
    of verbs or words alike (``Look, Listen and Learn, "[Subtitle](arxiv),"``) before a
    quoted link are no IEEE byline: the plain text stays the title."""
    text = (
        '* Borg, "[Author copy](https://research.google.com/pubs/archive/43438.pdf)," EuroSys 2015.\n'
        '* Look, Listen and Learn, "[Audio-Visual Correspondence](https://arxiv.org/abs/1705.08168)," ICCV 2017.\n'
        '* Pixels, Voxels, and Views, "[A Study of Shape Representations](https://arxiv.org/abs/1804.06032)," CVPR 2018.\n'
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "Borg",
        "Look, Listen and Learn",
        "Pixels, Voxels, and Views",
    ]


def test_review_982_a_dataset_label_before_a_full_width_bracket_is_no_code():
    """Review 982: a dataset's repository labelled ``数据集`` (a dataset) and a full-width
    colon before a full-width bracket, as before ``(``, is not the entry's code."""
    text = "- [A Study of Grasping Things Better](https://arxiv.org/abs/2101.00002) 数据集：（[data](https://github.com/a/grasp-data2)）\n"  # fmt: skip
    assert [e.code for e in parse_text(text, "l.md").entries] == [None]
