"""Layouts first seen in the fresh425-432 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title")
_years = reader("title", "year")


def test_a_venue_and_its_two_digit_year_after_a_space_date_the_entry():
    """``Title. `EAAI 24` [[Paper](doi)]``, ``[Title](url) (MobiCom 21)``, ``Title [CVPR
    Workshop 19]``: a venue's name and a two-digit year after a space close the title (the
    code span stayed in it); a known venue's date the entry. An acronym the reader does not
    know dates nothing (``CUDA 12``, ``CASP 14`` are a version, an edition), nor a journal's
    name and number (``Advances in ... Systems 27``: its volume, 2014)."""
    text = (
        "* Spiking neural networks for autonomous driving: A review. `EAAI 24` "
        "[[Paper](https://doi.org/10.1016/j.engappai.2024.109415)]\n"
        "* Advancing Neuromorphic Computing With Loihi: A Survey. `Proceedings of the IEEE 21` "
        "[[Paper](https://doi.org/10.1109/jproc.2021.3067593)]\n"
        "- [Stable Hierarchical Routing for Operational LEO Networks]"
        "(https://dl.acm.org/doi/10.1145/3636534.3649362) (MobiCom 21)\n"
        "- Unsupervised Domain Adaptation via Calibrating Uncertainties [CVPR Workshop 19] "
        "[[pdf](https://arxiv.org/pdf/1907.11202.pdf)]\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) "
        "(ResNet 18)\n"
        "- [Highly accurate protein structure prediction](https://www.nature.com/articles/"
        "s41586-021-03819-2) (CASP 14)\n"
        "- [Wide Residual Networks](https://arxiv.org/abs/1605.07146) (WRN 28)\n"
    )
    assert _years(text) == [
        ("Spiking neural networks for autonomous driving: A review", None),
        ("Advancing Neuromorphic Computing With Loihi: A Survey", None),
        ("Stable Hierarchical Routing for Operational LEO Networks", 2021),
        ("Unsupervised Domain Adaptation via Calibrating Uncertainties", 2019),
        ("Deep Residual Learning for Image Recognition", None),
        ("Highly accurate protein structure prediction", None),
        ("Wide Residual Networks", None),
    ]


def test_a_dblp_citation_loses_its_corr_tail_and_dotted_pages():
    """``[Names: Title. CoRR abs/1712.01665 (2017)](url)``, ``... COLT 2012: 25.1-25.40``:
    DBLP's arXiv form and dotted pages are no title (three names before the colon are its
    authors; one or two stay, they may be the title's own: ``Google Vizier: A Service for
    ... KDD 2017: 1487-1495``, ``Apple Siri, Amazon Alexa: Comparing ...``)."""
    text = (
        "* [Beyza Ermis, Ali Taylan Cemgil:  Differentially Private Dropout. CoRR "
        "abs/1712.01665 (2017)](https://arxiv.org/abs/1712.01665)\n"
        "* [Daniel Kifer, Adam D. Smith, Abhradeep Thakurta:  Private Convex Optimization for "
        "Empirical Risk Minimization. COLT 2012: 25.1-25.40](http://example.org/kst12.pdf)\n"
        "* [Google Vizier: A Service for Black-Box Optimization. KDD 2017: 1487-1495]"
        "(https://dl.acm.org/doi/10.1145/3097983.3098043)\n"
    )
    assert _years(text) == [
        ("Beyza Ermis, Ali Taylan Cemgil: Differentially Private Dropout", 2017),
        ("Private Convex Optimization for Empirical Risk Minimization", 2012),
        ("Google Vizier: A Service for Black-Box Optimization", 2017),
    ]


def test_a_pdf_file_named_by_its_title_gives_the_title_without_the_extension():
    """``[Wide & Deep Learning for Recommender Systems.pdf](repo/…pdf)``: a list that links
    each paper's PDF by its file name names the paper; one word (``AR-NAR-TTS.pdf``, slides)
    or words joined by underscores stay as written."""
    text = (
        "* [Wide & Deep Learning for Recommender Systems.pdf](https://github.com/a/b/blob/"
        "master/Wide%20%26%20Deep.pdf) <br />\n"
        "* [A_Survey_on_Deep_Learning_for_Named_Entity_Recognition.pdf](https://github.com/a/"
        "b/files/1/A_Survey.pdf)\n"
    )
    assert _titles(text) == [
        ("Wide & Deep Learning for Recommender Systems",),
        ("A_Survey_on_Deep_Learning_for_Named_Entity_Recognition.pdf",),
    ]


def test_a_journal_or_publisher_named_by_a_bracketed_paper_link_leaves_the_title_after_it():
    """``[[IEEE-ISSCC](ieeexplore)] 22.6 ANP-I: A 28nm ... Processor.``: a society's venue
    (``IEEE/ACM-DAC``, ``ProcIEEE``) or a publisher (``Frontiers``) as the paper link's text
    is no title; the text after it is, even opening with a number or a Greek letter."""
    text = (
        "- [[ProcIEEE](https://arxiv.org/abs/2106.01288)] Bottom-up and top-down approaches "
        "for the design of neuromorphic processing systems, **2023**.\n"
        "- [[IEEE-ISSCC](https://ieeexplore.ieee.org/document/10067650)] 22.6 ANP-I: A 28nm "
        "1.5pJ/SOP Asynchronous Spiking Neural Network Processor. [__`digital`__]\n"
        "- [[Frontiers](https://www.frontiersin.org/articles/10.3389/fnins.2021.664208/full)] "
        "μBrain: An Event-Driven and Fully Synthesizable Architecture for Spiking Neural "
        "Networks. [__`digital`__]\n"
    )
    assert _titles(text) == [
        ("Bottom-up and top-down approaches for the design of neuromorphic processing systems",),
        ("22.6 ANP-I: A 28nm 1.5pJ/SOP Asynchronous Spiking Neural Network Processor",),
        (
            "μBrain: An Event-Driven and Fully Synthesizable Architecture for Spiking Neural "
            "Networks",
        ),
    ]


def test_a_bold_name_before_the_quoted_title_below_the_authors_leaves_the_quoted_title():
    """``* Authors <br />`` over ``**TDSNN** "Title".``: the quoted title under the byline
    is the title with a bold method name before it too (the byline was read as the title);
    a name ending in a colon the title does not repeat opens it (``Name: Title``)."""
    text = (
        "* Yujie Wu, Lei Deng, Guoqi Li, Jun Zhu, Yuan Xie, Luping Shi <br />\n"
        '**TDSNN** "Direct Training for Spiking Neural Networks: Faster, Larger, Better".\n'
        " [[paper](https://aaai.org/ojs/index.php/AAAI/article/view/3931)]\n"
        "* Seijoon Kim, Seongsik Park, Byunggook Na, Sungroh Yoon <br />\n"
        '**Spiking-YOLO:** "Spiking Neural Network for Energy-Efficient Object Detection"\n'
        " [[paper](https://arxiv.org/pdf/1903.06530.pdf)]\n"
        "* Pengjie Gu, Rong Xiao, Gang Pan, Huajin Tang <br />\n"
        '**STCA:** "STCA: Spatio-Temporal Credit Assignment with Delayed Feedback".\n'
        " [[paper](https://www.ijcai.org/proceedings/2019/0189.pdf)]\n"
    )
    assert _titles(text) == [
        ("Direct Training for Spiking Neural Networks: Faster, Larger, Better",),
        ("Spiking-YOLO: Spiking Neural Network for Energy-Efficient Object Detection",),
        ("STCA: Spatio-Temporal Credit Assignment with Delayed Feedback",),
    ]


def test_a_paper_title_labelled_under_a_named_link_is_the_title():
    """``- **[LLM4XCE](arxiv)** (Nov 2025): what it does`` over ``Paper Title: `Title` ``
    (a paragraph of the item, or a sub-bullet ``- **Paper Title**: `Title` `` under an
    authors' link ``[Y. Sheng et al.](arxiv)``): the labelled line is the title, the name its
    short name. Blank-line-separated fields that each open with ``paper title:`` keep their
    own."""
    text = (
        "- **[LLM4AMC](https://arxiv.org/abs/2511.18690)** (Nov 2025):LLM for Adaptive "
        "Modulation and Coding.\n"
        " \n"
        "  Paper Title: `LLM4AMC: Adapting Large Language Models for Adaptive Modulation and "
        "Coding`\n\n"
        "  Paper Authors: `Xinyu Pan, Boxun Liu, Xiang Cheng, Chen Chen`\n\n"
        "- **[Y. Sheng et al.](https://arxiv.org/abs/2507.05938)**\n"
        "  - **Paper Title**: `Wireless Foundation Model for Multitask Learning`\n"
        "  - **Paper Authors**: `Yucheng Sheng, Jiacheng Wang, Xingyu Zhou`\n"
    )
    assert reader("title", "short_name")(text) == [
        ("LLM4AMC: Adapting Large Language Models for Adaptive Modulation and Coding", "LLM4AMC"),
        ("Wireless Foundation Model for Multitask Learning", None),
    ]


def test_physics_citations_link_inspire_records_and_date_by_the_journal_reference():
    """``A. Author, "[Title](https://inspirehep.net/record/1501944)," JHEP 01 (2017) 110,
    arXiv:1612.01551 [hep-ph]. (December 5, 2016)``: an INSPIRE record is the paper's page
    (the whole list was missed), and the journal's volume, year and page date it over the
    preprint's date after it; a talk's PDF on an event's Indico is no paper."""
    text = (
        '- P. T. Komiske, E. M. Metodiev, and M. D. Schwartz, "[Deep learning in color: '
        "towards automated quark/gluon jet discrimination](https://inspirehep.net/record/"
        '1501944)," JHEP 01 (2017) 110, arXiv:1612.01551 [hep-ph]. (December 5, 2016)\n'
        '- J. Barnard, E. N. Dawe, and N. Rajcic, "[Parton Shower Uncertainties in Jet '
        'Substructure Analyses](https://inspirehep.net/record/1485081)," Phys. Rev. D95 '
        "(2017) no. 1, 014018, arXiv:1609.00607 [hep-ph] (September 2, 2016)\n"
        '- M. Frate and K. Cranmer, "[Modeling Smooth Backgrounds with Gaussian Processes]'
        '(https://inspirehep.net/record/1624168)," arXiv:1709.05681. (September 17, 2017)\n'
        "- [Using ROOT/PyROOT with Conda and NumPy](https://indico.cern.ch/event/619371/"
        "attachments/1450504/2236434/Kagan_Lecture2.pdf#page=99)\n"
    )
    assert _years(text) == [
        ("Deep learning in color: towards automated quark/gluon jet discrimination", 2017),
        ("Parton Shower Uncertainties in Jet Substructure Analyses", 2017),
        ("Modeling Smooth Backgrounds with Gaussian Processes", 2017),
    ]


def test_surnames_and_their_year_before_a_comma_open_the_title_and_date_it():
    """``* Borrow et al. (2019), Title: arXiv:1910.00594 [(Link)](arxiv)``: surnames with
    ``et al.`` and their year in brackets, then a comma, are the byline (the title kept them
    and went undated); the arXiv ID after the title's colon or comma is no title either.
    APA's ``Chen, F., & Huang, Y. (2022). Title. Venue, 238.`` stays the citation patterns'."""
    text = (
        "* Borrow et al. (2019), Cosmological baryon transfer in the SIMBA simulations: "
        "arXiv:1910.00594 [(Link)](https://arxiv.org/abs/1910.00594)\n"
        "* Aramburo Garcia et al. (2020), Effective photon mass and (dark) photon conversion in "
        "the inhomogeneous Universe, arXiv:2003.10465 [(Link)](https://arxiv.org/abs/2003.10465)\n"
        "- [Chen, F., Shi, Z., Yang, Z., & Huang, Y. (2022). Recurrent synchronization network "
        "for emotion-cause pair extraction. Knowledge-Based Systems, 238, 107965.]"
        "(https://www.sciencedirect.com/science/article/pii/S0950705121010923)\n"
    )
    assert _years(text) == [
        ("Cosmological baryon transfer in the SIMBA simulations", 2019),
        (
            "Effective photon mass and (dark) photon conversion in the inhomogeneous Universe",
            2020,
        ),
        ("Recurrent synchronization network for emotion-cause pair extraction", 2022),
    ]


def test_apa_authors_dated_with_a_month_before_a_bold_title_are_no_title():
    """``- Ackerman, S., Raz, O., & Zalmanovici, M. (2020, February). **Title**. In ...``:
    APA's year and month in brackets end the authors as its year alone does (the authors
    were taken for the title)."""
    text = (
        "- Ackerman, S., Raz, O., & Zalmanovici, M. (2020, February). **FreaAI: Automated "
        "extraction of data slices to test machine learning models**. In International "
        "Workshop on Engineering Dependable and Secure Machine Learning Systems (pp. 67-83). "
        "[Article](https://arxiv.org/pdf/2108.05620.pdf) `IBM`\n"
    )
    assert _years(text) == [
        ("FreaAI: Automated extraction of data slices to test machine learning models", 2020)
    ]


def test_pages_never_date_an_entry():
    """``(pp. 1943-1961)``, ``pp. 1979-1993, 2018.`` (an en dash): a page range is no year (the entries
    were dated 1961 and 1993); the year the citation states is."""
    text = (
        "- Rostamzadeh, N., & Heller, K. (2022, June). **Healthsheet: development of a "
        "transparency artifact for health datasets**. In Proceedings of the 2022 ACM "
        "Conference on Fairness, Accountability, and Transparency (pp. 1943-1961). "
        "[Article](https://arxiv.org/abs/2202.13028) `Google`\n"
        "1. T. Miyato, S.-i. Maeda, M. Koyama, and S. Ishii, **Virtual adversarial training: a "
        "regularization method for supervised and semi-supervised learning**, IEEE "
        "transactions on pattern analysis and machine intelligence, vol. 41, no. 8, pp. "
        "1979–1993, 2018.\n"
        "[paper](https://arxiv.org/pdf/1704.03976.pdf)\n"
    )
    assert [y for _, y in _years(text)] == [2022, 2018]


def test_a_dblp_journal_citation_is_dated_by_its_own_year_not_a_note_below():
    """``[Names: Title. Journal of Machine Learning Research 12: 1069-1109 (2011)](url)``
    over a note citing ``(Chaudhuri, 2008)``: the journal's volume, pages and year date
    the entry."""
    text = (
        "    * [Kamalika Chaudhuri, Claire Monteleoni, Anand D. Sarwate:  Differentially "
        "Private Empirical Risk Minimization. Journal of Machine Learning Research 12: "
        "1069-1109 (2011)](https://dl.acm.org/citation.cfm?id=2021036)\n"
        "        > - Corrected the errors in the previous article (Chaudhuri, 2008)\n"
    )
    assert _years(text) == [("Differentially Private Empirical Risk Minimization", 2011)]


def test_a_venue_labelled_line_dates_the_paper_over_a_session_date():
    """A reading group's ``#### Title`` over ``* **Time:** Apr 28, 2023`` and ``* **Venue:**
    Robotics: Science and Systems 2021``: the paper is of its venue's year, not the
    session's."""
    text = (
        "#### Fast and Feature-Complete Differentiable Physics for Articulated Rigid Bodies\n"
        "* **Lead:** Guanxiong Chen\n"
        "* **Time:** Apr 28, 2023\n"
        "* **Venue:** Robotics: Science and Systems 2021\n"
        "* [**Paper**](https://arxiv.org/abs/2103.16021)\n"
    )
    assert _years(text) == [
        ("Fast and Feature-Complete Differentiable Physics for Articulated Rigid Bodies", 2021)
    ]
