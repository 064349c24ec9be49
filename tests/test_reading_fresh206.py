"""Layouts first seen in the fresh206-211 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from tests.support.reading import reader

_read = reader("title", "year")


def test_html_list_items_folded_in_details_are_entries_of_their_own():
    text = (
        "# Bimanual\n\n"
        "<details open>\n"
        '  <summary style="font-weight: bold;">2025</summary>\n'
        "<ul>\n  <li>\n"
        '    <a href="https://arxiv.org/abs/2506.07339">Real-Time Execution of Action Chunking'
        " Flow Policies</a><br/>\n"
        "    <code><em>Physical Intelligence</em></code> <code><em>06/2025</em></code> | "
        '<a href="https://www.pi.website/research/real_time_chunking">Website</a><br/>\n'
        "  </li>\n  <li>\n"
        '    <a href="https://arxiv.org/abs/2506.06221">BiAssemble: Learning Collaborative'
        " Affordance for Bimanual Geometric Assembly</a><br/>\n"
        "    <code><em>ICML 2025</em></code> <code><em>06/2025</em></code><br/>\n"
        "  </li>\n</ul>\n</details>\n"
    )
    assert _read(text) == [
        ("Real-Time Execution of Action Chunking Flow Policies", 2025),
        ("BiAssemble: Learning Collaborative Affordance for Bimanual Geometric Assembly", 2025),
    ]


def test_a_folded_abstract_under_a_paper_stays_its_detail():
    text = (
        "# Papers\n\n"
        "**Scaling Laws for Neural Language Models** [[Paper](https://arxiv.org/abs/2001.08361)]\n\n"
        "<details><summary>Abstract</summary>\n"
        "<p>We study empirical scaling laws, see also <a href="
        '"https://arxiv.org/abs/2203.15556">the Chinchilla paper</a>.</p>\n'
        "</details>\n"
    )
    assert _read(text) == [("Scaling Laws for Neural Language Models", None)]


def test_a_year_before_its_venue_leads_a_linked_title():
    text = (
        "# Transformer\n\n"
        "- 2017 NeurIPS [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- 2018 ICML [Image Transformer](http://proceedings.mlr.press/v80/parmar18a.html)\n"
        "- 2020 USENIX Security [Updates-Leak: Data Set Inference and Reconstruction Attacks"
        " in Online Learning](https://arxiv.org/abs/1904.01067)\n"
    )
    assert _read(text) == [
        ("Attention Is All You Need", 2017),
        ("Image Transformer", 2018),
        ("Updates-Leak: Data Set Inference and Reconstruction Attacks in Online Learning", 2020),
    ]


def test_colon_ended_venue_labels_date_the_numbered_lines_below_them():
    text = (
        "### Other approaches:\n"
        "**Odyssey 2018**:  \n"
        "1.1 [Exploring the Encoding Layer and Loss Function in End-to-End Speaker and"
        " Language Recognition System](https://arxiv.org/pdf/1804.05160.pdf)  \n"
        ">Kind of summary.\n\n"
        "1.2 [Spoken Language Recognition using X-vectors](https://www.danielpovey.com/x.pdf)  \n\n"
        "**ICASSP 2018**:  \n"
        "3.1 [Insights into End-to-End Learning Scheme for Language Identification]"
        "(https://arxiv.org/pdf/1804.00381.pdf)  \n"
        "**Interspeech 2019**:  \n"
        "4.2 [Contextual Phonetic Pretraining for End-to-end Utterance-level Language and"
        " Speaker Recognition](https://arxiv.org/pdf/1907.00457.pdf) (Test on LRE07)  \n"
    )
    assert _read(text) == [
        (
            "Exploring the Encoding Layer and Loss Function in End-to-End Speaker and"
            " Language Recognition System",
            2018,
        ),
        ("Spoken Language Recognition using X-vectors", 2018),
        ("Insights into End-to-End Learning Scheme for Language Identification", 2018),
        (
            "Contextual Phonetic Pretraining for End-to-end Utterance-level Language and"
            " Speaker Recognition",
            2019,
        ),
    ]


def test_a_bold_title_tagged_with_its_venue_is_no_label_line():
    text = (
        "# Matching\n\n"
        "**(*CVPR2015_DVSA*) Deep Visual-Semantic Alignments for Generating Image"
        " Descriptions.**<br>\n"
        "*Andrej Karpathy, Li Fei-Fei.*<br>\n"
        "[[paper]](https://cs.stanford.edu/people/karpathy/cvpr2015.pdf)\n\n"
        "**(*NeurIPS2015_STV*) Skip-thought Vectors.**<br>\n"
        "*Ryan Kiros, Yukun Zhu, Ruslan Salakhutdinov, Richard S. Zemel.*<br>\n"
        "[[paper]](https://arxiv.org/abs/1506.06726)\n"
    )
    assert _read(text) == [
        ("Deep Visual-Semantic Alignments for Generating Image Descriptions", 2015),
        ("Skip-thought Vectors", 2015),
    ]


def test_authors_after_a_dash_with_and_before_the_last_name():
    assert (
        clean_title(
            "Matching RGB Images to CAD Models for Object Pose Estimation - Georgios  Georgakis,"
            " Srikrishna Karanam, Ziyan Wu, and Jana Kosecka."
        )
        == "Matching RGB Images to CAD Models for Object Pose Estimation"
    )


def test_authors_after_a_dash_in_a_title_that_has_by_in_it():
    assert (
        clean_title(
            "Robust, Occlusion-aware Pose Estimation for Objects Grasped by Adaptive Hands -"
            " Bowen Wen, Chaitanya Mitash, Andrew Kimmel, Avishai Sintov and Kostas E. Bekris"
        )
        == "Robust, Occlusion-aware Pose Estimation for Objects Grasped by Adaptive Hands"
    )


def test_capitalised_words_in_a_series_that_goes_on_as_a_phrase_are_no_names():
    title = (
        "BB8: A Scalable, Accurate, Robust to Partial Occlusion Method for Predicting the 3D"
        " Poses of Challenging Objects without Using Depth"
    )
    assert clean_title(f"{title} -  Mahdi Rad, Vincent Lepetit.") == title
    assert (
        clean_title("Knowledge-Driven Encode, Retrieve, Paraphrase for Medical Image Report")
        == "Knowledge-Driven Encode, Retrieve, Paraphrase for Medical Image Report"
    )


def test_a_title_after_its_venue_link_wraps_onto_a_capitalised_joining_word():
    text = (
        "## 2018\n\n"
        "- [[CVPR](https://openaccess.thecvf.com/content_cvpr_2018/papers/Mahjourian_CVPR_2018"
        "_paper.pdf)] Unsupervised Learning of Depth and Ego-Motion from Monocular Video\n"
        "Using 3D Geometric Constraints. [[tensorflow](https://sites.google.com/view/vid2depth)]"
        " [__`dep.`__ __`uns.`__] :fire: :star:\n\n"
        "[6] Mahjourian et al, Unsupervised Learning of Depth and Ego-Motion from Monocular Video\n"
        "Using 3D Geometric Constraints, CVPR 2018, [PDF](https://arxiv.org/abs/1802.05522)\n"
    )
    title = (
        "Unsupervised Learning of Depth and Ego-Motion from Monocular Video Using 3D Geometric"
        " Constraints"
    )
    assert [t for t, _ in _read(text)] == [title, title]


def test_a_year_and_dash_before_a_name_that_opens_in_lower_case():
    text = (
        "# Papers\n\n"
        "* [2017 - kAFL: Hardware-Assisted Feedback Fuzzing for OS Kernels](https://www.usenix.org"
        "/system/files/conference/usenixsecurity17/sec17-schumilo.pdf)\n"
        "  * **Tags:** intel PT, kernel\n"
        "* [2016 - Driller: Argumenting Fuzzing Through Selective Symbolic Execution]"
        "(https://sites.cs.ucsb.edu/~vigna/publications/2016_NDSS_Driller.pdf)\n"
        "  * **Tags:** symbolic execution\n"
    )
    assert _read(text) == [
        ("kAFL: Hardware-Assisted Feedback Fuzzing for OS Kernels", 2017),
        ("Driller: Argumenting Fuzzing Through Selective Symbolic Execution", 2016),
    ]


def test_names_over_a_title_link_opened_by_a_full_stop():
    text = (
        "### 2018\n"
        "- Milosz Pacholczyk, Krzysztof Rzadca\n"
        " .[Fair non-monetary scheduling in federated clouds](https://arxiv.org/pdf/1803.06178)"
        " [J]. arXiv preprint arXiv:1803.06178.\n"
        "- Takayuki Nishio, Ryo Yonetani .[Client Selection for Federated Learning with"
        " Heterogeneous Resources](https://arxiv.org/pdf/1804.08333) [J]. arXiv preprint.\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Fair non-monetary scheduling in federated clouds",
        "Client Selection for Federated Learning with Heterogeneous Resources",
    ]


def test_an_author_with_two_middle_initials_before_a_title_link():
    text = (
        "## 2013\n"
        "- Ryen White. [Beliefs and biases in web search](https://www.researchgate.net/"
        "publication/262393954_Beliefs). 7/2013.\n"
        "- Rodrygo L. T. Santos. [Explicit web search result diversification](https://www."
        "researchgate.net/publication/262272502_Explicit). 6/2013.\n"
    )
    assert _read(text) == [
        ("Beliefs and biases in web search", 2013),
        ("Explicit web search result diversification", 2013),
    ]


def test_an_arxiv_link_with_a_stray_bracket_encoded_keeps_its_id_and_is_reported():
    from pipeline import arxivid

    url = "https://arxiv.org/pdf/1301.3781.pdf%5D"
    ref = arxivid.from_url(url)
    assert ref is not None and ref.base_id == "1301.3781"
    assert arxivid.unserved(url)  # (a malformed-link finding: arXiv serves no such page)
    assert not arxivid.unserved("https://arxiv.org/pdf/1301.3781.pdf")


def test_a_dagstuhl_lipics_paper_is_a_paper_link():
    text = (
        "# Dynamic graphs\n\n"
        "[Approximating Betweenness Centrality in Fully Dynamic Networks](https://www.tandfonline"
        ".com/doi/abs/10.1080/15427951.2016.1177802)  (Internet Mathematics 2016)\n\n"
        "[Faster Worst Case Deterministic Dynamic Connectivity](http://drops.dagstuhl.de/opus/"
        "volltexte/2016/6395/)  (ESA 2016)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Approximating Betweenness Centrality in Fully Dynamic Networks",
        "Faster Worst Case Deterministic Dynamic Connectivity",
    ]


def test_names_after_a_dash_of_which_one_reads_oddly_are_still_authors():
    assert (
        clean_title(
            "Deep Object Pose Estimation for Semantic Robotic Grasping of Household  Objects -"
            " Jonathan Tremblay, Thang To, Balakumar Sundaralingam, Yu  Xiang, Dieter Fox."
        )
        == "Deep Object Pose Estimation for Semantic Robotic Grasping of Household Objects"
    )
    title = (
        "JTAV: Jointly Learning Social Media Content Representation by Fusing Textual,"
        " Acoustic, and Visual Features"
    )
    assert clean_title(title) == title  # after ``by``, every part must read as a name


def test_a_short_bold_name_then_its_title_in_round_brackets():
    text = (
        "### State-of-the-Art Transformer Tracker\n\n"
        "- **GRM** (Generalized Relation Modeling for Transformer Tracking) [[paper]"
        "(https://arxiv.org/abs/2303.16580)] [[code](https://github.com/Little-Podi/GRM)]\n"
        "- **AiATrack** (AiATrack: Attention in Attention for Transformer Visual Tracking)"
        " [[paper](https://arxiv.org/abs/2207.09603)]\n"
        "- **A Model-Agnostic Approach for Semantically Driven Disambiguation in Human-Robot"
        " Interaction** (Fethiye Irmak Dogan, 25.04) [🔗](https://arxiv.org/abs/2409.17004)\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Generalized Relation Modeling for Transformer Tracking",
        "AiATrack: Attention in Attention for Transformer Visual Tracking",
        "A Model-Agnostic Approach for Semantically Driven Disambiguation in Human-Robot"
        " Interaction",
    ]


def test_an_acronym_with_its_two_digit_year_in_bold_before_a_title_link():
    text = (
        "### Resources Management\n\n"
        "- **TECS'21**-[Reducing Energy in GPGPUs through Approximate Trivial Bypassing]"
        "(https://dl.acm.org/doi/10.1145/3429440)\n"
        "- **ASPLOS'17**-[Locality-Aware CTA Clustering for Modern GPUs]"
        "(http://dl.acm.org/citation.cfm?id=3037709)\n"
    )
    assert _read(text) == [
        ("Reducing Energy in GPGPUs through Approximate Trivial Bypassing", 2021),
        ("Locality-Aware CTA Clustering for Modern GPUs", 2017),
    ]


def test_a_quoted_title_below_a_bold_name_markdown_did_not_close_and_its_authors():
    text = (
        "## Papers\n\n"
        "* **ASSG:** Chengwei Zhang, Yunlu Xu, Zhanzhan Cheng, Yi Niu, Shiliang, Pu Fei Wu,"
        " Futai Zou.<br />\n"
        '  "Adversarial Seeded Sequence Growing for Weakly-Supervised Temporal Action'
        ' Localization" ACM MM 2019.\n'
        "  [[paper](https://arxiv.org/pdf/1908.02422.pdf)]\n"
        "* **AutoLoc:**Zheng Shou, Hang Gao, Lei Zhang, KazuyukiMiyazawa, Shih-Fu Chang.<br />\n"
        '  "AutoLoc Weakly-supervised Temporal Action Localization in Untrimmed Videos"ECCV 2018.\n'
        "  [[paper](http://openaccess.thecvf.com/content_ECCV_2018/papers/AutoLoc.pdf)]\n"
    )
    assert _read(text) == [
        (
            "Adversarial Seeded Sequence Growing for Weakly-Supervised Temporal Action Localization",
            2019,
        ),
        ("AutoLoc Weakly-supervised Temporal Action Localization in Untrimmed Videos", 2018),
    ]


def test_a_venue_closing_a_title_after_a_comma_when_the_year_leads_the_item():
    text = (
        "## Manifold optimization\n\n"
        "- [2020] A Brief Introduction to Manifold Optimization, Journal of the Operations"
        " Research Society of China, [[paper](https://link.springer.com/article/10.1007/"
        "s40305-020-00295-9)]\n"
        "- [2022] Fast and Accurate Optimization on the Orthogonal Manifold Without Retraction,"
        " ICAIS [[paper](https://proceedings.mlr.press/v151/ablin22a)]\n"
        "- [2022] Knowledge Graph Representation Learning as Groupoid: Unifying TransE, RotatE,"
        " QuatE, ComplEx [[paper](https://arxiv.org/abs/2301.00001)]\n"
    )
    assert _read(text) == [
        ("A Brief Introduction to Manifold Optimization", 2020),
        ("Fast and Accurate Optimization on the Orthogonal Manifold Without Retraction", 2022),
        (
            "Knowledge Graph Representation Learning as Groupoid: Unifying TransE, RotatE,"
            " QuatE, ComplEx",
            2022,
        ),
    ]
    assert (
        clean_title("FEW-SHOT LEARNING VIA LEARNING THE REPRESENTATION, PROVABLY")
        == "FEW-SHOT LEARNING VIA LEARNING THE REPRESENTATION, PROVABLY"
    )


def test_a_year_before_a_journal_named_by_its_series_leads_a_linked_title():
    text = (
        "##### Distributed optimization\n\n"
        "- 2012 IEEE Trans. on Automatic Control [Dual Averaging for Distributed Optimization:"
        " Convergence Analysis and Network Scaling](https://arxiv.org/abs/1005.2012)\n"
        "- 2021 ACM Computing Surveys [The Creation and Detection of Deepfakes: A Survey]"
        "(https://arxiv.org/abs/2004.11138)\n"
    )
    assert _read(text) == [
        (
            "Dual Averaging for Distributed Optimization: Convergence Analysis and Network Scaling",
            2012,
        ),
        ("The Creation and Detection of Deepfakes: A Survey", 2021),
    ]


def test_a_long_bold_name_then_a_dash_then_its_paper_link_titled():
    text = (
        "| Year | Benchmark / Paper · Venue | Project | Hugging Face |\n"
        "|---|---|---|---|\n"
        "| 2026 | **FIN-Bench / FinRisk-Bench (CoRT)** — [Learning to Conceal Risk: Controllable"
        " Multi-turn Red Teaming for LLMs in the Financial Domain](https://aclanthology.org/"
        "2026.acl-long.1903/) · **ACL 2026** | [GitHub](https://github.com/gcheng128/CoRT) | — |\n"
        "| 2025 | **Japanese Financial Benchmark for LLMs** — [Construction of a Japanese"
        " Financial Benchmark for Large Language Models](https://arxiv.org/abs/2403.15062) |"
        " — | — |\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Learning to Conceal Risk: Controllable Multi-turn Red Teaming for LLMs in the Financial"
        " Domain",
        "Construction of a Japanese Financial Benchmark for Large Language Models",
    ]
