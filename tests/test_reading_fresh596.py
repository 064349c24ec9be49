"""Round 77 (fresh596-600): each rule held by a test that fails on the reader before it."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [
        (e.title, e.paper.url if e.paper else None, e.code.url if e.code else None, e.year)
        for e in parse_text(text, "l.md").entries
    ]


ARXIV = "https://arxiv.org/abs/"


def test_the_labs_after_a_headings_links_are_a_note_not_its_title():
    """``##### Name: "Title"`` over ``ICML 2018 [[paper]](url) [[code]](url) *Google Brain*``
    (zh-plus): the italic labs, or plain words naming makers, after every link are a note."""
    text = (
        "# Efficient Transformers\n\n"
        '##### Performer: "Rethinking Attention with Performers"\n\n'
        f"arXiv 2020/09 [[paper]]({ARXIV}2009.14794)  [[code]](https://github.com/a/performer) "
        "*Google & University of Cambridge & DeepMind*\n\n"
        "##### Image Transformer\n\n"
        f"ICML 2018 [[paper]]({ARXIV}1802.05751) [[code]](https://github.com/b/it) Google Research\n"
    )
    titles = [t for t, *_ in _read(text)]
    assert titles == ["Rethinking Attention with Performers", "Image Transformer"]


def test_a_survey_linked_in_the_files_first_heading_is_the_lists_own():
    """``## Survey Title: A Comprehensive Survey [[Paper](arxiv)]`` as the file's first line,
    over ``please consider citing our paper`` (maklachur): the list's own, not an entry."""
    text = (
        "## Mamba in Vision: A Comprehensive Survey of Techniques and Applications "
        f"[[Paper]]({ARXIV}2410.03105)\n\nIf you find this repository useful, please consider "
        "citing our paper.\n\n## Papers\n\n"
        f"- **VMamba: Visual State Space Model** - Jan 18, 2024, arXiv [[Paper]]({ARXIV}2401.10166)\n"
        f"- **Vision Mamba: Efficient Visual Representation Learning** - Jan 17, 2024, arXiv "
        f"[[Paper]]({ARXIV}2401.09417)\n"
    )
    assert [u for _, u, *_ in _read(text)] == [f"{ARXIV}2401.10166", f"{ARXIV}2401.09417"]


def test_a_paper_heading_first_in_the_file_that_is_no_survey_stays_an_entry():
    text = (
        f"## [Attention Is All You Need]({ARXIV}1706.03762)\n\nThe paper.\n\n"
        f"## [BERT: Pre-training of Deep Bidirectional Transformers]({ARXIV}1810.04805)\n"
    )
    assert len(_read(text)) == 2


def test_a_labs_member_in_bold_among_the_authors_is_no_title():
    """A lab's publication page bolds its own member in each byline (oucailab, rshydro):
    the quoted title after the authors is the title, in English or Chinese, in HTML too."""
    pdf = "https://ieeexplore.ieee.org/document/"
    text = (
        "### **2025**\n"
        f'1. H. Dong, X. Du, Z. Ma, **Feng Gao**, "Dynamic Bilinear Fusion Network for SAR '
        f'Image Change Detection," *IEEE GRSL*, 2025. [[PDF](<{pdf}1>)]\n'
        f'1. Y. Zhao, N. Liu, **F. Gao** and H. -C. Li*, "SSLChange: A Self-supervised Change '
        f'Detection Framework," *IEEE TGRS*, 2024. [[PDF](<{pdf}2>)]\n'
        f'1. L. Hu, J. Ruan, **F. Gao\\***, "SemiPSENet: A Novel Semi-supervised Change Detection '
        f'Network," *IEEE TGRS*, 2024. [[PDF](<{pdf}3>)]\n'
        '1. 胡帅，**高峰***，龚卓然，"基于Transformer和通道混合并行卷积的高光谱图像去噪"，*中国图象图形学报*'
        "，2024. [[PDF](<https://cjig.cn/zh/article/doi/10.11834/jig.230381/>)]\n\n"
        "<ul>\n  <li>Shanshan Deng, Suxia Liu*, <b>Liguang Jiang</b>, Peter Bauer-Gottwein. <font "
        'color="red">“Polar drift in the 1990s explained by terrestrial water storage changes”'
        '</font>. <a href="https://doi.org/10.1029/2020GL092114">Geophysical Research Letters</a>'
        ", 2021.</li>\n</ul>\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "Dynamic Bilinear Fusion Network for SAR Image Change Detection",
        "SSLChange: A Self-supervised Change Detection Framework",
        "SemiPSENet: A Novel Semi-supervised Change Detection Network",
        "基于Transformer和通道混合并行卷积的高光谱图像去噪",
        "Polar drift in the 1990s explained by terrestrial water storage changes",
    ]


def test_a_bold_name_before_its_quoted_title_stays_the_short_name():
    """``**3D Diffuser Actor**: "Title"``, ``**ByteDexter Teleoperation**, "Title"``,
    ``**CLEAR MOT** : Bernardin, K. & Stiefelhagen, R. "Title"``, ``**Occupancy Grids** —
    Elfes, A. "Title."``: a method's name, no author."""
    text = (
        '* **3D Diffuser Actor**: "Policy diffusion with 3d scene representations", *arXiv Feb '
        f"2024*. [[Paper]]({ARXIV}2402.10885)\n"
        '- **ByteDexter Teleoperation**, "Dexterous Teleoperation of 20-DoF ByteDexter Hand via '
        f'Human Motion Retargeting". [arXiv]({ARXIV}2507.03227)\n'
        '- **CLEAR MOT** : Bernardin, K. & Stiefelhagen, R. "Evaluating Multiple Object Tracking '
        'Performance: The CLEAR MOT Metric" [[paper]](https://example.org/clear.pdf)\n'
        '- **Occupancy Grids** — Elfes, A. "Using Occupancy Grids for Mobile Robot Perception '
        'and Navigation." *Computer* (1989). [[Paper](https://example.org/elfes.pdf)]\n'
    )
    names = [e.short_name for e in parse_text(text, "l.md").entries]
    assert names == [
        "3D Diffuser Actor",
        "ByteDexter Teleoperation",
        "CLEAR MOT",
        "Occupancy Grids",
    ]


def test_a_code_line_under_a_citation_is_its_code():
    """``Based on [[**Code**]](repo) by [Name](ieeexplore author page). No explicit licence
    ...`` under a numbered citation (ulite): the entry's code, the author page no title."""
    doi = "https://doi.org/10.1109/TIP.2025.3533205"
    text = (
        '[1] B. Zhang, Y. Chen, and X. Lu, "Hyperspectral Image Classification via Cascaded '
        f'Spatial Cross-Attention Network," *IEEE TIP*, 2025, doi: [10.1109/TIP]({doi}).\n\n'
        "Based on [[**Code**]]( https://github.com/WUTCM-Lab/CSCANet) by [Bo Zhang]"
        "(https://ieeexplore.ieee.org/author/37090021617). No explicit license was provided.\n\n"
        '[2] L. Sun, G. Zhao, and Z. Wu, "Spectral-Spatial Feature Tokenization Transformer for '
        f'Hyperspectral Image Classification," *IEEE TGRS*, 2022, doi: [x]({doi}2).\n\n'
        "[Based on [**Code**]]( https://github.com/zgr6010/HSI_SSFTT) by [Le Sun]"
        "(https://ieeexplore.ieee.org/author/38511890600).\n"
    )
    codes = [c for _, _, c, _ in _read(text)]
    assert codes == ["https://github.com/WUTCM-Lab/CSCANet", "https://github.com/zgr6010/HSI_SSFTT"]


def test_a_citation_that_links_only_its_code_is_not_the_code_of_the_one_above():
    """``[3] Yin et al, GeoNet: ..., CVPR 2018, [Code](repo)`` and ``[6] [Finqwen](repo).
    [code](repo)`` under an entry with no code: papers of their own, not its code."""
    text = (
        f"[2] Im et al, Robust Depth Estimation from Auto Bracketed Images, CVPR 2018, [PDF]({ARXIV}1803.07702)\n\n"
        "[3] Yin et al, GeoNet: Unsupervised Learning of Dense Depth, Optical Flow and Camera "
        "Pose, CVPR 2018,[Code](https://github.com/yzcjtr/GeoNet)\n\n"
        f"[5] [PanGu-π: Enhancing Language Model Architectures]({ARXIV}2306.05443)\n\n"
        "[6] [Finqwen: Ai+finance](https://github.com/Tongyi-EconML/FinQwen).[code]"
        "(https://github.com/Tongyi-EconML/FinQwen)\n"
    )
    assert [c for _, _, c, _ in _read(text)] == [None, None]


def test_a_year_heading_in_html_under_an_intro_note_dates_the_items():
    """``<p>Peer-reviewed articles (* ...)</p>`` then ``<hr>\\n<h3>2021</h3>\\n<ul><li>``
    (rshydro): the year dates the items, it is no detail of the note above."""
    text = (
        "<p>Peer-reviewed articles (* indicating corresponding author)</p>\n\n<hr>\n<h3>2021</h3>\n"
        "<ul>\n  <li><b>Liguang Jiang*</b>, Silja W. Christensen, Peter Bauer-Gottwein. <font color="
        '"red">"Calibrating 1D hydrodynamic river models in the absence of cross-section '
        'geometry"</font>. <a href="https://hess.copernicus.org/preprints/hess-2021-210/"> '
        'Hydrology and Earth System Sciences</a>, in press. DOI: <a href="https://doi.org/10.5194/'
        'hess-2021-210">10.5194/hess-2021-210</a></li>\n</ul>\n'
    )
    assert [y for *_, y in _read(text)] == [2021]


def test_lecture_notes_are_no_papers():
    """``## Lecture Notes`` (jieyuz2): notes to read, not entries; written, so an arXiv paper
    linked by its title there stays one, as under ``## Tutorials`` (review 880, 7)."""
    text = (
        "## Lecture Notes\n[Lecture Notes on Weak Supervision](http://example.edu/notes.pdf)\n\n"
        f"[Convex Optimization: Algorithms and Complexity]({ARXIV}1405.4980), Bubeck, 2015\n\n"
        "## Survey\n"
        f"[A Survey on Programmatic Weak Supervision]({ARXIV}2202.05433). Jieyu Zhang\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "Convex Optimization: Algorithms and Complexity",
        "A Survey on Programmatic Weak Supervision",
    ]


def test_a_spreadsheets_year_with_a_decimal_is_the_year():
    """``Venue, 2022.0.`` (gnn4ic, a table exported as text); not a version ``2022.0.1``."""
    text = (
        "- **A Comprehensive Survey on Electronic Design Automation and Graph Neural Networks.** "
        "ACM TODAES, 2022.0. [paper](https://dl.acm.org/doi/10.1145/3543853)\n"
        "- **Graph Neural Networks for Circuit Design Release Notes.** Tool version 2022.0.1. "
        "[paper](https://dl.acm.org/doi/10.1145/3543854)\n"
    )
    assert [y for *_, y in _read(text)] == [2022, None]


def test_a_heading_that_asks_to_cite_the_lists_work_holds_its_own_paper():
    """``#### If you find this repository helpful, you may consider citing our work:`` over
    the maintainers' survey (gnn4iot): not an entry."""
    text = (
        "# GNN4IoT\n\n#### If you find this repository helpful, you may consider citing our work:\n"
        "* Guimin Dong, Mingyue Tang, Laura E. Barnes, **Graph Neural Networks in IoT: A Survey**."
        f" [Link]({ARXIV}2203.15935)\n\n## Papers\n"
        '* Li, Yaguang, et al. "Diffusion convolutional recurrent neural network: Data-driven '
        f'traffic forecasting." ICLR 2018. [Link]({ARXIV}1707.01926)\n'
        '* Yu, Bing, et al. "Spatio-temporal graph convolutional networks: A deep learning '
        f'framework for traffic forecasting." IJCAI 2018. [Link]({ARXIV}1709.04875)\n'
    )
    assert [u for _, u, *_ in _read(text)] == [f"{ARXIV}1707.01926", f"{ARXIV}1709.04875"]


def test_review_880_a_method_named_in_bold_before_the_byline_keeps_its_short_name():
    """``**Deep Ensembles**, B. Lakshminarayanan, ..., "Title," NeurIPS 2017``: a method's
    name opening the line is no author (review 880, 1); ``"IGARSS 2021"`` is no title."""
    text = (
        '- **Deep Ensembles**, B. Lakshminarayanan, A. Pritzel, C. Blundell, "Simple and '
        'Scalable Predictive Uncertainty Estimation using Deep Ensembles," NeurIPS 2017. '
        f"[[paper]]({ARXIV}1612.01474)\n"
        '- **Noisy Student**, Qizhe Xie, Minh-Thang Luong, Eduard Hovy, "Self-training with '
        f'Noisy Student improves ImageNet classification," CVPR 2020. [[paper]]({ARXIV}1911.04252)\n'
    )
    got = [(e.title[:20], e.short_name) for e in parse_text(text, "l.md").entries]
    assert got == [
        ("Simple and Scalable ", "Deep Ensembles"),
        ("Self-training with N", "Noisy Student"),
    ]


def test_review_880_a_list_of_surveys_under_linked_headings_keeps_the_first():
    """``## [A Comprehensive Survey on GNNs](arxiv)`` first in the file, a bold byline below,
    then more such headings (review 880, 3): the list is written so; every survey counts."""
    text = "".join(
        f"## [{t}]({ARXIV}{i})\n**{a}** - {v}\n\n"
        for t, i, a, v in (
            ("A Comprehensive Survey on Graph Neural Networks", "1901.00596", "Zonghan Wu, Shirui Pan", "IEEE TNNLS 2020"),
            ("Graph Neural Networks: A Review of Methods and Applications", "1812.08434", "Jie Zhou, Ganqu Cui", "AI Open 2020"),
            ("Deep Learning on Graphs: A Survey", "1812.04202", "Ziwei Zhang, Peng Cui", "TKDE 2020"),
        )
    )  # fmt: skip
    assert len(_read(text)) == 3


def test_review_880_works_that_cite_the_lists_paper_are_entries():
    text = (
        "# Awesome Dataset X\n\nThis repository hosts the X benchmark.\n\n"
        "## Works that cite our paper\n\n"
        f"- [Paper Using X One: Robust Detection]({ARXIV}2301.00001), CVPR 2023\n"
        f"- [Paper Using X Two: Fast Segmentation]({ARXIV}2302.00002), ICCV 2023\n\n"
        f"## Related Papers\n\n- [Related Paper Four On Things]({ARXIV}2304.00004), 2023\n"
    )
    assert len(_read(text)) == 3


def test_review_880_another_works_code_line_is_not_the_code_of_the_paper_above():
    """``Open3D [[code]](repo) Open3D: A Modern Library ..., 2018.`` and ``See also [GitHub
    repo of Point Transformer](repo)`` under a paper (review 880, 5): not its code or year."""
    text = (
        "PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation. "
        f"[[paper]]({ARXIV}1612.00593)\n\n"
        "Open3D [[code]](https://github.com/isl-org/Open3D) Open3D: A Modern Library for 3D "
        "Data Processing, 2018.\n\n"
        f"KPConv: Flexible and Deformable Convolution for Point Clouds. [[paper]]({ARXIV}1904.08889)\n\n"
        "See also [GitHub repo of Point Transformer](https://github.com/POSTECH-CVLab/point-transformer)\n"
    )
    assert [(c, y) for _, _, c, y in _read(text)] == [(None, None), (None, None)]


def test_review_880_a_year_line_in_html_under_an_entry_is_its_year():
    text = (
        '<h4><a href="https://arxiv.org/abs/1512.03385">Deep Residual Learning for Image '
        "Recognition</a></h4>\n<p>Kaiming He, Xiangyu Zhang, Shaoqing Ren, Jian Sun</p>\n<p>2016</p>\n"
        '<h4><a href="https://arxiv.org/abs/1709.01507">Squeeze-and-Excitation Networks</a></h4>\n'
        "<p>Jie Hu, Li Shen</p>\n"
    )
    assert [y for *_, y in _read(text)] == [2016, None]


def test_review_880_a_title_naming_its_maker_after_the_links_stays_the_title():
    """``##### DM Control`` over ``arXiv 2018 [[paper]](url) [[code]](url) DeepMind Control
    Suite``: a title that names its maker, not a note of labs (review 880, 8)."""
    text = (
        "# Reports\n\n##### DM Control\n\narXiv 2018 "
        f"[[paper]]({ARXIV}1801.00690) [[code]](https://github.com/deepmind/dm_control) "
        "DeepMind Control Suite\n"
    )
    assert [t for t, *_ in _read(text)] == ["DeepMind Control Suite"]


def test_a_name_link_then_its_title_ended_by_a_full_stop_before_the_paper_link():
    """``- [PointNet](project page): Deep Learning on Point Sets ... Segmentation.
    [[PAPER]](arxiv)`` (fresh522, hand-checked so): the title runs on after the name to its
    full stop; a full stop before no paper link still ends a description."""
    text = (
        "- [PointNet](https://stanford.edu/~rqi/pointnet/): Deep Learning on Point Sets for 3D "
        f"Classification and Segmentation. [[PAPER]]({ARXIV}1612.00593)\n"
        "- [PointNet++](https://stanford.edu/~rqi/pointnet2/): Deep Hierarchical Feature "
        f"Learning on Point Sets in a Metric Space. [[PAPER]]({ARXIV}1706.02413)\n"
    )
    got = [(e.title, e.short_name) for e in parse_text(text, "l.md").entries]
    assert got == [
        (
            "PointNet: Deep Learning on Point Sets for 3D Classification and Segmentation",
            "PointNet",
        ),
        (
            "PointNet++: Deep Hierarchical Feature Learning on Point Sets in a Metric Space",
            "PointNet++",
        ),
    ]


def test_an_environments_labelled_paper_link_titles_its_table_row():
    """An HTML table row of an environment: its repository's name, a description and
    ``Paper: <a href="arxiv">(2020) Title</a>`` (round 78, limmen): the paper's title."""
    text = (
        "### `gym-idsgame`\n<table>\n  <tbody>\n    <tr>\n      <td width='50%'>\n"
        "        <img src='gifs/gym_idsgame.gif' width=300 />\n      </td>\n"
        "      <td width='50%'>\n"
        "        <a href='https://github.com/Limmen/gym-idsgame'>gym-idsgame</a>\n"
        "        <ul>\n          <li>\n"
        "            An Abstract Cyber Security Simulation and Markov Game for OpenAI Gym.\n"
        f'            Paper: <a href="{ARXIV}2009.08120">(2020) Finding Effective Security '
        "Strategies through Reinforcement Learning and Self-Play</a>\n"
        "          </li>\n        </ul>\n      </td>\n    </tr>\n  </tbody>\n</table>\n"
    )
    got = _read(text)
    assert [(t, c, y) for t, _, c, y in got] == [
        (
            "Finding Effective Security Strategies through Reinforcement Learning and Self-Play",
            "https://github.com/Limmen/gym-idsgame",
            2020,
        )
    ]


def test_two_addresses_under_a_papers_title_heading_are_its_versions():
    """``### Causal Factor Analysis is a Necessary Condition for Investment Efficiency`` over
    two bare SSRN addresses (round 79, jcochanc): one paper, titled by the heading; a topic
    heading over two addresses still holds two untitled papers."""
    ssrn = "https://papers.ssrn.com/sol3/papers.cfm?abstract_id="
    text = (
        "# Reading\n\n### Causal Factor Analysis is a Necessary Condition for Investment "
        f"Efficiency\n\n- {ssrn}5031574\n- {ssrn}5131050\n\n### Causal Inference\n\n"
        f"- {ssrn}5031575\n- {ssrn}5131051\n"
    )
    got = [t for t, *_ in _read(text)]
    assert got == [
        "Causal Factor Analysis is a Necessary Condition for Investment Efficiency",
        "",
        "",
    ]


def test_a_byline_closed_by_an_old_year_dates_the_entry():
    """``[Title](url)`` over ``P. J. Bickel, E. A. Hammel, J. W. O'Connell. 1975.`` (round
    79, fairmlclass): a year before 1980 closing the authors' line; not ``Version 2. 1975.``"""
    text = (
        "[Sex Bias in Graduate Admissions: Data from Berkeley]"
        "(http://science.sciencemag.org/content/187/4175/398)  \n"
        "P. J. Bickel, E. A. Hammel, J. W. O'Connell. 1975.\n"
    )
    assert [y for *_, y in _read(text)] == [1975]
    from pipeline.formats.dates import find_year

    assert find_year("Version 2. 1975.") == (None, None)


def test_a_datasets_column_beside_the_paper_column_links_no_paper_of_the_row():
    """``| Name | Paper | Baselines | Datasets |`` whose Datasets cell links two arXiv papers
    (round 79, lujiaying): the row is one entry, its paper the Paper column's link."""
    text = (
        "| Name | Paper | Baselines | Datasets |\n| -- | -- | -- | -- |\n"
        "| industry eval EA | [An Industry Evaluation of Embedding-based Entity Alignment "
        "(COLING'20)](https://aclanthology.org/2020.coling-industry.17.pdf) | BootEA, RSN4EA | "
        f"cross-lingual EA: [DBP15K]({ARXIV}1708.05045v2), [DWY100K]({ARXIV}1811.02318) |\n"
    )
    assert [u for _, u, *_ in _read(text)] == [
        "https://aclanthology.org/2020.coling-industry.17.pdf"
    ]


def test_review_888_a_repositorys_tagline_after_its_name_is_no_title():
    """``- [SSD](repo): A PyTorch Implementation of ... Detector. [[Paper]](arxiv)`` and a full
    title linked to its repository with a tagline after it (review 888, 1-2): the full stop
    before the paper link carries the title on only after a page's name, not a repository's."""
    text = (
        "- [SSD](https://github.com/amdegroot/ssd.pytorch): A PyTorch Implementation of Single "
        f"Shot MultiBox Detector. [[Paper]]({ARXIV}1512.02325)\n"
        "- [Fully Convolutional Networks for Semantic Segmentation](https://github.com/shelhamer/"
        f"fcn.berkeleyvision.org): Caffe Models and Solvers. [[Paper]]({ARXIV}1411.4038)\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "SSD",
        "Fully Convolutional Networks for Semantic Segmentation",
    ]


def test_review_888_a_paper_the_tool_is_based_on_does_not_title_it():
    """``[stable-baselines3](repo) - ... Based on the paper: [PPO](arxiv)`` (review 888, 5)."""
    text = (
        "- [stable-baselines3](https://github.com/DLR-RM/stable-baselines3) - Reliable "
        "implementations of RL algorithms. Based on the paper: [Proximal Policy Optimization "
        f"Algorithms]({ARXIV}1707.06347)\n"
        "- [Procgen](https://github.com/openai/procgen) - Procedurally generated environments. "
        f"Paper: [Leveraging Procedural Generation to Benchmark Reinforcement Learning]({ARXIV}1912.01588)\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "stable-baselines3",
        "Leveraging Procedural Generation to Benchmark Reinforcement Learning",
    ]


def test_review_888_two_arxiv_papers_under_a_long_topic_heading_stay_two():
    text = (
        "# Reading\n\n### Reinforcement Learning from Human Feedback in Practice\n\n"
        f"- {ARXIV}2203.02155\n- {ARXIV}2204.05862\n\n## 1. Efficient Vision Transformers\n\n"
        "- https://proceedings.mlr.press/v119/chen20j.html\n"
        "- https://openaccess.thecvf.com/content_CVPR_2020/html/He_Momentum_CVPR_2020_paper.html\n"
    )
    assert len(_read(text)) == 4


def test_review_888_a_report_number_or_volume_is_no_old_year():
    from pipeline.formats.dates import find_year

    for text in (
        "Imbens and Angrist. NBER Technical Working Paper No. 1954.",
        "Fukushima. Biol. Cybern. Vol. 1975.",
        "LeCun et al. Proc. IEEE 86, p. 1954.",
    ):
        assert find_year(text) == (None, None), text
