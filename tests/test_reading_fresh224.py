"""Layouts first seen in the fresh224-229 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.tables import table_roles
from tests.support.reading import reader

_read = reader("title", "year")

_SIGNS = (
    "## Recognition\n\n"
    "<details open>\n"
    "<summary><b>2023</b> &nbsp;·&nbsp; 2 papers</summary>\n\n"
    "| Title | Authors | Venue | Paper | Code | Datasets |\n"
    "|:--|:--|:--|:-:|:-:|:--|\n"
    "| BEST: BERT Pre-Training for Sign Language Recognition | Zhao et al. | `AAAI` |"
    " [link](https://arxiv.org/abs/2302.05075) | — | NMFs-CSL, WLASL |\n"
    "| CVT-SLR: Contrastive Visual-Textual Transformation | Zheng et al. | `CVPR` |"
    " [link](https://arxiv.org/abs/2303.05725) | — | PHOENIX-2014, PHOENIX-2014T |\n\n"
    "</details>\n"
)


def test_a_summary_year_with_a_count_after_a_dot_dates_the_table_it_folds():
    # ``<b>2023</b> · 2 papers``: the count is the heading's, the year dates both rows
    assert [y for _, y in _read(_SIGNS)] == [2023, 2023]


def test_a_datasets_column_beside_a_title_column_gives_no_year():
    # ``PHOENIX-2014`` names a dataset the paper used, not the year it appeared
    text = _SIGNS.replace("<summary><b>2023</b> &nbsp;·&nbsp; 2 papers</summary>", "")
    assert [y for _, y in _read(text)] == [None, None]


def test_a_datasets_column_still_names_the_row_in_a_table_of_datasets():
    # without a title column, ``Dataset`` (and a ``Paper`` column of links) is no data column
    assert table_roles(["Dataset", "Domain", "Paper"])[0] is None
    assert table_roles(["Benchmark", "Org", "Year", "Paper"])[0] is None
    assert table_roles(["Title", "Venue", "Datasets"])[2] == "data"


def test_a_citations_surnames_and_initials_before_its_title_link_are_not_the_title():
    text = (
        "# Systems\n\n"
        '- <a name="p12"></a>Posch, C.,\n'
        "*[Bio-inspired vision](https://doi.org/10.1088/1748-0221/7/01/C01054)*,\n"
        "Journal of Instrumentation, 7(01):C01054, 2012.\n"
        "- Serrano-Gotarredona, T. , Andreou, A.G. , Linares-Barranco, B.,  \n"
        "*[AER Image Filtering Architecture for Vision Processing Systems]"
        "(https://doi.org/10.1109/81.788808)*,  \n"
        "IEEE Trans. Circuits Syst. I, 46(9):1064-1071, 1999.\n"
        "- Leñero-Bardallo, J. A., Serrano-Gotarredona, T., Linares-Barranco, B., "
        "*[A 3.6us Asynchronous Frame-Free Event-Driven Dynamic-Vision-Sensor]"
        "(https://doi.org/10.1109/JSSC.2011.2118490)*, IEEE J. Solid-State Circuits, 2011.\n"
    )
    assert _read(text) == [
        ("Bio-inspired vision", 2012),
        ("AER Image Filtering Architecture for Vision Processing Systems", 1999),
        ("A 3.6us Asynchronous Frame-Free Event-Driven Dynamic-Vision-Sensor", 2011),
    ]


def test_surnames_alone_closed_by_a_full_stop_or_colon_before_the_title_link():
    text = (
        "### Week 1: EUSolver\n"
        "Alur, Radhakrishna, Udupa. [Scaling Enumerative Program Synthesis via Divide and"
        " Conquer](https://example.edu/tacas2017.pdf). TACAS'17\n\n"
        "Alur, Bodík, Juniwal, Martin, Seshia, Udupa: [Syntax-guided synthesis]"
        "(http://sygus.example.edu/sygus_extended.pdf). FMCAD'13\n"
    )
    assert _read(text) == [
        ("Scaling Enumerative Program Synthesis via Divide and Conquer", 2017),
        ("Syntax-guided synthesis", 2013),
    ]


def test_a_bold_device_name_then_its_authors_then_the_linked_title():
    text = (
        "# Devices\n"
        "- **DVS (Dynamic Vision Sensor)**: Lichtsteiner, P., Posch, C., and Delbruck, T., "
        "*[A 128x128 120dB 15μs latency asynchronous temporal contrast vision sensor]"
        "(http://doi.org/10.1109/JSSC.2007.914337)*, IEEE J. Solid-State Circuits, 2008.\n"
    )
    assert _read(text) == [
        ("A 128x128 120dB 15μs latency asynchronous temporal contrast vision sensor", 2008)
    ]


def test_a_title_with_commas_before_a_link_that_is_no_title_stays_the_title():
    text = (
        "# Papers\n"
        "- Look, Listen and Learn. [PDF](https://arxiv.org/abs/1705.08168) ICCV 2017\n"
        "- Show, Attend and Tell: Neural Image Caption Generation."
        " [paper](https://arxiv.org/abs/1502.03044) ICML 2015\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Look, Listen and Learn",
        "Show, Attend and Tell: Neural Image Caption Generation",
    ]


def test_a_venue_or_arxiv_in_one_cell_takes_no_year_from_the_next_cells_number():
    text = (
        "| # | Method | PSNR |\n|---|---|---|\n"
        "| 1 | Pre-BiT++<br />[![CVPR](https://img.shields.io/badge/2023-CVPR-1e407f)]"
        "(https://openaccess.thecvf.com/content/CVPR2023/html/Zhong_Blur_CVPR_2023_paper.html)"
        " | **31.32** {3} |\n"
        "| 2 | BVFI<br />[![arXiv](https://img.shields.io/badge/2023-arXiv-b31b1b)]"
        "(https://arxiv.org/abs/2310.05383) | **35.11** {1} |\n"
    )
    assert [y for _, y in _read(text)] == [2023, 2023]


def test_a_two_digit_year_joined_before_the_venue_in_a_venue_column():
    text = (
        "| Conf. | Title |\n|:---:|:---|\n"
        "15-CVPR\t| [Symmetry-based text line detection in natural scenes]"
        "(https://www.cv-foundation.org/openaccess/content_cvpr_2015/papers/Zhang_2015.pdf) |\n"
    )
    assert _read(text) == [("Symmetry-based text line detection in natural scenes", 2015)]


_code = reader("title", "code")


def test_a_code_link_to_a_source_archive_is_the_code_link():
    text = (
        "# Denoising\n"
        "- Hyperspectral image restoration using low-rank matrix recovery, TGRS2014, H. Zhang"
        " et al. [[PDF]](http://www.lmars.whu.edu.cn/papers/LRMR.pdf)"
        "[[Code]](http://www.lmars.whu.edu.cn/resource/LRMR_HSI%20restoration.zip)\n"
        "- Group-based sparse representation for image restoration, TIP 2014"
        " [[PDF]](https://arxiv.org/abs/1405.3351)"
        " [[Code]](http://csjianzhang.github.io/codes/GSR_Code_Package_3.0.zip)\n"
    )
    assert [c and c.url for _, c in _code(text)] == [
        "http://www.lmars.whu.edu.cn/resource/LRMR_HSI%20restoration.zip",
        "http://csjianzhang.github.io/codes/GSR_Code_Package_3.0.zip",
    ]


def test_a_repository_beats_a_source_archive_and_a_lab_page_stays_the_project():
    text = (
        "# Recognition\n"
        "- [2015-CoRR] An End-to-End Trainable Neural Network for Image-based Sequence"
        " Recognition [`paper`](http://arxiv.org/pdf/1507.05717v1.pdf)"
        " [`code`](http://mclab.eic.hust.edu.cn/~xbai/CRNN/crnn_code.zip)"
        " [`github`](https://github.com/bgshih/crnn)\n"
        "- Visual Scene Graphs for Audio Source Separation [[paper]]"
        "(https://arxiv.org/abs/2109.11955) [[code]](https://www.merl.com/research/avsgs/)\n"
    )
    assert [c and c.url for _, c in _code(text)] == ["https://github.com/bgshih/crnn", None]


def test_tools_named_under_a_language_heading_below_a_libraries_heading_are_no_entries():
    text = (
        "# Methods\n"
        "- [SMOTE: Synthetic Minority Over-sampling Technique](https://arxiv.org/abs/1106.1813)"
        " (JAIR 2002)\n\n"
        "# Libraries\n\n### Python\n"
        "- [**imbalanced-learn**](https://imbalanced-learn.org/stable/)"
        " [[Github](https://github.com/scikit-learn-contrib/imbalanced-learn)]"
        "[[Paper](https://www.jmlr.org/papers/volume18/16-365/16-365.pdf)]\n\n"
        "### Java\n"
        "- [**KEEL**](https://sci2s.ugr.es/keel/) [[Paper](https://arxiv.org/abs/1001.0001)]\n"
        "- [SMOTE-Variants: a Python Implementation of 85 Minority Oversampling Techniques]"
        "(https://arxiv.org/abs/2001.00002)\n\n"
        "# Surveys\n"
        "- [**Learning from Imbalanced Data**](https://arxiv.org/abs/2001.00003) TKDE 2009\n"
    )
    assert [t for t, _ in _read(text)] == [
        "SMOTE: Synthetic Minority Over-sampling Technique",
        "SMOTE-Variants: a Python Implementation of 85 Minority Oversampling Techniques",
        "Learning from Imbalanced Data",
    ]


def test_a_citation_links_its_title_to_a_page_no_paper_host_serves():
    text = (
        "## Papers\n"
        "* Huimin Chen, Xiaoyuan Yi, Cheng Yang and Zhipeng Guo. 2019. [Sentiment-Controllable"
        " Chinese Poetry Generation](https://www.ijcai.org/proceedings/2019/0684.pdf)."
        " In *Proceedings of IJCAI 2019*.\n"
        "* Jiannan Liang, Maosong Sun and Zhenghao Liu. 2019. [Neural Network-Based Jiju Poetry"
        " Generation](http://jcip.cipsc.org.cn/CN/volumn/volumn_1312.shtml). *Journal of"
        " Chinese Information Processing*, 33(3):126–135.\n"
        "* Delbruck, T.,  \n"
        "*[Fun with asynchronous vision sensors and processing](https://www.ini.uzh.ch/~tobi/"
        "wiki/lib/exe/fetch.php?media=delbruck_funwithasynsensors_2012.pdf)*.  \n"
        "ECCV Workshops, 2012.\n"
    )
    assert _read(text) == [
        ("Sentiment-Controllable Chinese Poetry Generation", 2019),
        ("Neural Network-Based Jiju Poetry Generation", 2019),
        ("Fun with asynchronous vision sensors and processing", 2012),
    ]


def test_a_page_linked_without_a_citations_names_is_still_no_entry():
    text = (
        "## Resources\n"
        "* Xiaoyuan Yi. 2019. [Attention-based Poetry Generation](https://arxiv.org/abs/1905.00001)\n"
        "* Our lab. 2019. [Poetry Generation Demo Site](http://jiuge.example.cn/demo).\n"
        "* See also [A Collection of Poetry Corpora](http://corpus.example.org/poetry).\n"
    )
    assert _read(text) == [("Attention-based Poetry Generation", 2019)]


def test_a_journal_or_proceedings_named_by_its_series_after_the_title_is_its_venue():
    text = (
        "## Papers\n"
        "- Active deep learning for classification of hyperspectral images. IEEE Journal of"
        " Selected Topics in Applied Earth Observations and Remote Sensing 2016."
        " [[paper](https://arxiv.org/pdf/1611.10031.pdf)]\n"
        "- Deep Similarity-Based Batch Mode Active Learning with Exploration-Exploitation. 2017"
        " IEEE International Conference on Data Mining (ICDM)."
        " [[paper](https://ieeexplore.ieee.org/document/8215530)]\n"
        "- Hyperspectral image denoising via matrix factorization and deep prior regularization,"
        " IEEE TIP 2019, B. Li [[PDF]](https://arxiv.org/abs/1901.00001)\n"
        "- Denoising Hyperspectral Image with Non-i.i.d. Noise Structure, IEEE TCYB2017, Y. Chen"
        " et al. [[PDF]](http://arxiv.org/pdf/1702.00098v1.pdf)\n"
    )
    assert _read(text) == [
        ("Active deep learning for classification of hyperspectral images", 2016),
        ("Deep Similarity-Based Batch Mode Active Learning with Exploration-Exploitation", 2017),
        (
            "Hyperspectral image denoising via matrix factorization and deep prior regularization",
            2019,
        ),
        ("Denoising Hyperspectral Image with Non-i.i.d. Noise Structure", 2017),
    ]


def test_a_title_whose_own_last_sentence_opens_with_a_series_word_keeps_it():
    text = (
        "## Papers\n"
        "- [Proceedings of the Ninth Workshop on Statistical Machine Translation. Findings of"
        " the 2014 Workshop](https://aclanthology.org/W14-3302/)\n"
        "- [What we learned from it. International Cooperation in Open Source AI](https://arxiv.org/abs/2301.00001)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Proceedings of the Ninth Workshop on Statistical Machine Translation. Findings of the 2014 Workshop",
        "What we learned from it. International Cooperation in Open Source AI",
    ]


def test_an_arxiv_pdf_link_with_a_stray_encoded_space_keeps_its_id():
    from pipeline import arxivid

    url = "https://arxiv.org/pdf/2203.12990.pdf%20/"
    ref = arxivid.from_url(url)
    assert ref is not None and ref.base_id == "2203.12990" and arxivid.unserved(url)
