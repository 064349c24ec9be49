"""Round 76 (fresh582-584 and review 855 of the key/value table rule): each rule held by a
test that fails on the reader before it."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [
        (e.title, e.paper.url if e.paper else None, e.code.url if e.code else None, e.year)
        for e in parse_text(text, "l.md").entries
    ]


ARXIV = "https://arxiv.org/abs/"


def _fields(number: str, title: str, paper: str, *rows: str) -> str:
    lines = "".join(f"| **{r.split('=')[0]}** | {r.split('=', 1)[1]} |\n" for r in rows)
    return (
        f"### {number} {title}\n\n| Field | Value |\n|---|---|\n" + lines.replace("@", paper) + "\n"
    )


def test_a_table_of_names_beside_mixed_links_is_read_row_by_row():
    """``| **NeRF** | [Title](arxiv) |`` rows among project-page, code and blog rows (review
    855, 1 and 2): the names are no field names, so the rows are papers, not one paper's
    fields titled by the heading."""
    text = (
        "## Neural Radiance Fields Papers\n\n| Name | Paper |\n|---|---|\n"
        f"| **NeRF** | [NeRF: Representing Scenes as Neural Radiance Fields]({ARXIV}2003.08934) |\n"
        "| **Instant-NGP** | [Instant Neural Graphics Primitives](https://nvlabs.github.io/instant-ngp/) |\n"
        "| **SwinIR** | [code](https://github.com/JingyunLiang/SwinIR) |\n"
        f"| **Plenoxels** | [Plenoxels: Radiance Fields without Neural Networks]({ARXIV}2112.05131) |\n\n"
        "## Open Source Language Models\n\n| Model | Link |\n|---|---|\n"
        f"| **LLaMA** | [paper]({ARXIV}2302.13971) |\n"
        "| **Alpaca** | [blog](https://crfm.stanford.edu/2023/03/13/alpaca.html) |\n"
        "| **Vicuna** | [blog](https://lmsys.org/blog/2023-03-30-vicuna/) |\n"
        f"| **Mistral 7B** | [paper]({ARXIV}2310.06825) |\n"
    )
    titles = [t for t, *_ in _read(text)]
    assert "Neural Radiance Fields Papers" not in titles
    assert "Open Source Language Models" not in titles
    assert {"LLaMA", "Mistral 7B"} <= set(titles)
    assert "NeRF: Representing Scenes as Neural Radiance Fields" in titles


def test_a_papers_fields_are_read_in_their_ordinary_variations():
    """Three rows of which two link the paper, two rows, plain labels, a Chinese title, and
    numbers written ``Paper 2:``, ``[3]``, ``4、``: each table is its heading's paper, with
    its code (review 855, 5, 8, 9 and 10)."""
    text = "# Denoising Papers\n\n" + "".join(
        (
            _fields("1.", "Real Image Denoising with Knowledge Distillation", f"{ARXIV}2605.03680",
                    "ArXiv=[2605.03680](@)", "PDF=[pdf](https://arxiv.org/pdf/2605.03680)",
                    "Code=[repo](https://github.com/a/one)"),
            _fields("Paper 2:", "Mobile-friendly Image Denoising for Edge Devices", f"{ARXIV}2601.11684",
                    "Paper=[arXiv](@)", "Code=[repo](https://github.com/a/two)"),
            _fields("[3]", "Burst Denoising with Kernel Prediction Networks", f"{ARXIV}1712.02327",
                    "ArXiv ID=[1712.02327](@)", "Authors=Ben Mildenhall",
                    "Code=[repo](https://github.com/a/three)").replace("**", ""),
            _fields("4、", "基于知识蒸馏的移动端真实图像去噪方法", f"{ARXIV}2601.11685",
                    "ArXiv ID=[2601.11685](@)", "PDF=[下载链接](https://arxiv.org/pdf/2601.11685)",
                    "代码=[repo](https://github.com/a/four)"),
        )
    )  # fmt: skip
    assert [(t, p, c) for t, p, c, _ in _read(text)] == [
        ("Real Image Denoising with Knowledge Distillation", f"{ARXIV}2605.03680", "https://github.com/a/one"),
        ("Mobile-friendly Image Denoising for Edge Devices", f"{ARXIV}2601.11684", "https://github.com/a/two"),
        ("Burst Denoising with Kernel Prediction Networks", f"{ARXIV}1712.02327", "https://github.com/a/three"),
        ("基于知识蒸馏的移动端真实图像去噪方法", f"{ARXIV}2601.11685", "https://github.com/a/four"),
    ]  # fmt: skip


def test_a_papers_fields_take_their_title_from_a_title_row_or_a_bold_line_above():
    """Under a category heading, each table's ``Title`` row or the bold line just above it
    names its paper, not the heading (review 855, 4); the heading's venue and year are
    read (``### 1. Title (CVPR 2024)``)."""
    text = (
        "## Low-Light Image Enhancement\n\n| Field | Value |\n|---|---|\n"
        "| **Title** | Retinexformer: One-stage Retinex-based Transformer |\n"
        f"| **Paper** | [2303.06705]({ARXIV}2303.06705) |\n| **Venue** | ICCV 2023 |\n\n"
        "## Week 3: Image Restoration Basics\n\n"
        "**Restormer: Efficient Transformer for High-Resolution Image Restoration**\n\n"
        f"| Field | Value |\n|---|---|\n| **Paper** | [arXiv]({ARXIV}2111.09881) |\n"
        "| **Code** | [github](https://github.com/swz30/Restormer) |\n\n"
        "### 1. Real Image Denoising with Knowledge Distillation (CVPR 2024)\n\n"
        f"| Field | Value |\n|---|---|\n| **ArXiv** | [2305.03680]({ARXIV}2305.03680) |\n"
        "| **PDF** | [pdf](https://arxiv.org/pdf/2305.03680) |\n"
    )
    assert [(t, y) for t, _, _, y in _read(text)] == [
        ("Retinexformer: One-stage Retinex-based Transformer", 2023),
        ("Restormer: Efficient Transformer for High-Resolution Image Restoration", None),
        ("Real Image Denoising with Knowledge Distillation", 2024),
    ]


def test_a_papers_fields_under_a_linked_heading_or_in_two_tables_are_one_entry():
    """``### 2. [Title](arxiv)`` over its fields: the heading's entry takes the table's code
    (not a second entry titled by an older heading, review 855, 3); a second table of the
    same paper (``**Resources**``) adds to it (7); a dataset row's repository is no code (6)."""
    text = (
        "### 1. Real Image Denoising with Knowledge Distillation for Mobile NPUs\n\n"
        f"**Basic info**\n\n| Field | Value |\n|---|---|\n| **ArXiv ID** | [x]({ARXIV}2605.03680) |\n"
        "| **Dataset** | [SIDD](https://github.com/abdokamel/sidd) |\n| **Date** | 2026-05-05 |\n\n"
        "**Resources**\n\n| Resource | Link |\n|---|---|\n"
        "| **PDF** | [pdf](https://arxiv.org/pdf/2605.03680) |\n"
        "| **Code** | [NN](https://github.com/ABrain-One/NN-Dataset) |\n\n"
        f"### 2. [Self-Supervised Raw Denoising with Blind-Spot Networks]({ARXIV}2601.11687)\n\n"
        f"| Field | Value |\n|---|---|\n| **ArXiv ID** | [2601.11687]({ARXIV}2601.11687) |\n"
        "| **Code** | [repo](https://github.com/foo/bsn) |\n"
    )
    assert _read(text) == [
        ("Real Image Denoising with Knowledge Distillation for Mobile NPUs", f"{ARXIV}2605.03680",
         "https://github.com/ABrain-One/NN-Dataset", 2026),
        ("Self-Supervised Raw Denoising with Blind-Spot Networks", f"{ARXIV}2601.11687",
         "https://github.com/foo/bsn", None),
    ]  # fmt: skip


def test_a_year_glued_to_a_citations_last_name_ends_its_line():
    """``Hongxia Zhong.2016.`` (fresh583): the year of the citation, not a version number."""
    text = (
        "### 18. [Tangaroa] [Tangaroa: a byzantine fault tolerant raft]"
        "(http://www.scs.stanford.edu/copeland_zhong.pdf). Christopher Copeland and Hongxia Zhong.2016.\n"
        "Abstract: We propose a protocol.\n\n"
        "### 28. [PoT] [A Proof-of-Trust Consensus Protocol for Crowdsourcing]"
        "(https://ieeexplore.ieee.org/abstract/document/8332496). Jun Zou, Lei Li."
        " IEEE Transactions on Services Computing.2018.\n"
    )
    assert [y for *_, y in _read(text)] == [2016, 2018]


def test_a_usenix_full_paper_page_is_a_paper():
    """``usenix.org/legacy/events/osdi99/full_papers/castro/castro_html/castro.html``: the
    paper in HTML, an entry like its neighbours (fresh583)."""
    text = (
        "### 5. [PBFT] [Practical Byzantine fault tolerance](https://www.usenix.org/legacy/events/"
        "osdi99/full_papers/castro/castro_html/castro.html). Castro, Miguel, and Barbara Liskov.1999.\n"
    )
    assert _read(text) == [
        (
            "Practical Byzantine fault tolerance",
            "https://www.usenix.org/legacy/events/osdi99/full_papers/castro/castro_html/castro.html",
            None,
            1999,
        )
    ]


def test_a_paper_kept_under_a_windows_path_is_the_lists_own_copy():
    """``[Title](.\\papers\\2017\\ICLR\\DCRNN/DCRNN)``: backslashes between folders, as
    written on Windows; the papers folder makes it the paper's own copy (fresh582)."""
    text = (
        "[1] **[Spatio-Temporal Graph Convolutional Networks: A Deep Learning Framework]"
        "(./papers/2018/IJCAI/STGCN/STGCN)** IJCAI 2018. [github](https://github.com/a/stgcn).\n\n"
        "[2] **[Diffusion Convolutional Recurrent Neural Network: Data-Driven Traffic Forecasting]"
        "(.\\papers\\2017\\ICLR\\DCRNN/DCRNN)** ICLR 2017. [github](https://github.com/a/dcrnn).\n"
    )
    assert [(t[:30], c, y) for t, _, c, y in _read(text)] == [
        ("Spatio-Temporal Graph Convolut", "https://github.com/a/stgcn", 2018),
        ("Diffusion Convolutional Recurr", "https://github.com/a/dcrnn", 2017),
    ]


def test_a_topic_named_x_related_is_no_section_of_related_work():
    """``## Code Generation / SE-related`` under ``# ACL 2025 …``: a topic, so the list's
    venue and year still date it (``## Related Work`` would not be dated; fresh583)."""
    text = (
        "# ACL 2025 软工 / Coding 相关论文\n\n## Code Generation / SE-related（3）\n\n"
        "### 1. [long] DebateCoder: Towards Collective Intelligence of LLMs\n\n"
        "- **Link**：https://aclanthology.org/2025.acl-long.589/\n\n"
        "## Related Work\n\n### 1. Older Work on Program Synthesis from Examples\n\n"
        "- **Link**：https://aclanthology.org/P17-1001/\n"
    )
    assert [y for *_, y in _read(text)] == [2025, None]


def test_a_table_of_several_papers_is_never_one_papers_fields():
    """``| Paper | [BERT](arxiv) |`` then ``| Paper | [RoBERTa](arxiv) |``, or topics whose
    cells link several arXiv papers (review 858, 1 and 2): one entry per paper, as before."""
    text = (
        "## Encoder Models and Code Bases\n\n| Resource | Link |\n|---|---|\n"
        f"| Paper | [BERT]({ARXIV}1810.04805) |\n| Code | [bert](https://github.com/google-research/bert) |\n"
        f"| Paper | [RoBERTa]({ARXIV}1907.11692) |\n| Code | [fairseq](https://github.com/facebookresearch/fairseq) |\n\n"
        "## Papers by Topic\n\n| Topic | Papers |\n|---|---|\n"
        f"| Datasets | [LAION-5B]({ARXIV}2210.08402) |\n| Method | [CLIP]({ARXIV}2103.00020) |\n"
    )  # fmt: skip
    titles = [t for t, *_ in _read(text)]
    assert {"BERT", "RoBERTa", "LAION-5B", "CLIP"} <= set(titles)
    assert not {"Encoder Models and Code Bases", "Papers by Topic"} & set(titles)


def test_each_papers_table_is_its_own_entry_and_a_titled_link_beats_the_heading():
    """Tables of one paper each under one heading, linking OpenReview or a proceedings page:
    each is an entry (review 858, 3), none merged into the one above; a paper link whose
    text is a title names its paper before the section heading does (4); a later paper's
    table under a ``### [Title](arxiv)`` heading is not that heading's (6)."""
    text = (
        "## Papers\n\n| Field | Value |\n|---|---|\n| **Title** | Denoising Diffusion Probabilistic Models |\n"
        f"| **ArXiv** | [2006.11239]({ARXIV}2006.11239) |\n\n"
        "| Field | Value |\n|---|---|\n| **Title** | Score-Based Generative Modeling through SDEs |\n"
        "| **Paper** | [OpenReview](https://openreview.net/forum?id=PxTIG12RRHS) |\n\n"
        "## Low-Light Image Enhancement Methods\n\n"
        f"| **Paper** | [Retinexformer: One-stage Retinex-based Transformer]({ARXIV}2303.06705) |\n"
        "|---|---|\n| **Code** | [GitHub](https://github.com/caiyuanhao1998/Retinexformer) |\n\n"
        f"### [NeRF: Representing Scenes as Neural Radiance Fields]({ARXIV}2003.08934)\n\n"
        "| Field | Value |\n|---|---|\n| **Title** | Mip-NeRF: A Multiscale Representation |\n"
        f"| **Paper** | [arXiv]({ARXIV}2103.13415) |\n"
    )  # fmt: skip
    assert [t for t, *_ in _read(text)] == [
        "Denoising Diffusion Probabilistic Models",
        "Score-Based Generative Modeling through SDEs",
        "Retinexformer: One-stage Retinex-based Transformer",
        "NeRF: Representing Scenes as Neural Radiance Fields",
        "Mip-NeRF: A Multiscale Representation",
    ]


def test_a_headings_number_is_cut_but_a_titles_own_digits_are_kept():
    """``### 2.5D Visual Sound``, ``### 1.58-bit FLUX ...``, ``### Paper2Code: ...`` keep their
    digits (review 858, 5); ``### 3. Title`` loses its number."""
    text = "".join(
        _fields("", title, f"{ARXIV}{i}", "ArXiv=[x](@)", f"Code=[r](https://github.com/x/{k})")
        for k, (title, i) in enumerate(
            [("2.5D Visual Sound", "1812.04204"), ("1.58-bit FLUX for Efficient Generation", "2412.18653"),
             ("Paper2Code: Automating Code Generation", "2504.17192"), ("3. A Three-Stage Pipeline", "2301.00003")]
        )
    )  # fmt: skip
    assert [t for t, *_ in _read(text)] == [
        "2.5D Visual Sound",
        "1.58-bit FLUX for Efficient Generation",
        "Paper2Code: Automating Code Generation",
        "A Three-Stage Pipeline",
    ]


def test_a_number_glued_after_an_abbreviation_is_no_year():
    """``pp.2001``, ``v.2024``, ``Table.2023`` end no citation with its year (review 858, 7);
    a USENIX ``full_papers/index.html`` page lists papers, it is none (8)."""
    text = (
        "- [A Study of Parsing Pipelines](https://doi.org/10.1145/1234567.1234568). In Proc.,"
        " pp.2001.\n- [Graph Kernels Revisited](https://doi.org/10.5555/gk.1). Software v.2024\n"
        "- [Learning to Rank in Practice](https://doi.org/10.5555/ltr.1). See Table.2023\n"
        "- [USENIX Security 2009 accepted full papers](https://www.usenix.org/legacy/events/"
        "sec09/tech/full_papers/index.html)\n"
    )
    assert [(t[:18], y) for t, _, _, y in _read(text)] == [
        ("A Study of Parsing", None),
        ("Graph Kernels Revi", None),
        ("Learning to Rank i", None),
    ]


def test_a_year_heading_over_items_that_are_no_entries_dates_no_later_section():
    """``## ~ 2024.`` over items linking the group's own review pages, then ``## Storage
    List`` (fresh585): the year heading is not empty, so it dates nothing after its section;
    an empty ``### 2022`` over ``### CVPR`` still does."""
    text = (
        "# Paper List\n\n## ~ 2024.\n\n* [Attention is all you need](2017-attention.md)\n"
        "* RAFT : Adapting Language Model to Domain Specific RAG\n\n## Storage List\n\n"
        "* **EEVE : Efficient and Effective Vocabulary Expansion**\n"
        "  * [https://arxiv.org/pdf/2402.14714.pdf](https://arxiv.org/pdf/2402.14714.pdf)\n\n"
        "### 2022\n\n### CVPR\n\n- [Masked Autoencoders Are Scalable Vision Learners]"
        "(https://openaccess.thecvf.com/content/CVPR2022/html/He_Masked_CVPR_2022_paper.html)\n"
    )
    assert [y for *_, y in _read(text)] == [None, 2022]


def test_surnames_before_a_linked_title_are_its_authors():
    """``### Vinyals and Quoc [A neural conversational model](url) ICML 2015`` (fresh585):
    the surnames are the byline, the link's text the title; a link of a label is no title."""
    text = (
        "### Vinyals and Quoc [A neural conversational model](https://arxiv.org/pdf/1506.05869v3.pdf)"
        " ICML 2015\n\n### Yuan and Briscoe [Grammatical error correction using neural machine"
        " translation](https://www.aclweb.org/anthology/N/N16/N16-1042.pdf) NAACL-HLT 2016\n"
    )
    assert [(t, y) for t, _, _, y in _read(text)] == [
        ("A neural conversational model", 2015),
        ("Grammatical error correction using neural machine translation", 2016),
    ]


def test_a_pipe_rows_title_cell_wrapped_onto_the_next_line_is_read_whole():
    """``- 2019 | SmartML: A Meta Learning-Based Framework for Automated`` over ``Selection
    and ... Algorithms.  | Maher and Sakr | EDBT | [PDF](url)`` (fresh584): one title; a
    row whose title cell is closed on its line takes nothing from the next."""
    text = (
        "- 2019 | SmartML: A Meta Learning-Based Framework for Automated\n"
        "Selection and Hyperparameter Tuning for Machine Learning Algorithms.  | Maher and Sakr"
        " | EDBT | [`PDF`](https://openproceedings.org/2019/conf/edbt/EDBT19_paper_235.pdf)\n"
        "- 2017 | On the predictive power of meta-features in OpenML. | Bilalli et al.\n"
        "  | IJAMC | [`PDF`](https://dl.acm.org/citation.cfm?id=3214049)\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "SmartML: A Meta Learning-Based Framework for Automated Selection and Hyperparameter"
        " Tuning for Machine Learning Algorithms",
        "On the predictive power of meta-features in OpenML",
    ]


def test_a_short_title_before_a_talks_link_is_no_byline():
    """``Look, Listen and Learn [Slides from the ICCV talk](pdf)``, ``Divide and Conquer
    [Video of the NeurIPS talk](youtube)``, ``Show, Attend and Tell [Neural Image Caption
    ...](arxiv)`` (review 864, 1 and 2): the words before the link are the title; a
    citation's surnames before their mark (``Cowen-Rivers and Naradowsky, [...]``), a name
    with initials (``David L. Donoho. [Compressed Sensing](doi)``) or ``d'Aspremont et al.``
    are its byline."""
    text = (
        "- Look, Listen and Learn [Slides from the ICCV talk](https://example.com/slides.pdf)"
        " [[paper]](https://arxiv.org/abs/1705.08168)\n"
        "- Divide and Conquer [Video of the NeurIPS talk](https://youtube.com/watch?v=1)"
        " [[paper]](https://arxiv.org/abs/1705.08169)\n"
        "- Show, Attend and Tell [Neural Image Caption Generation with Visual Attention]"
        "(https://arxiv.org/abs/1502.03044)\n"
        '- Cowen-Rivers and Naradowsky, ["Emergent Communication with World Models"]'
        "(https://arxiv.org/abs/2002.09604), 2020.\n"
        "- David L. Donoho. [Compressed Sensing](https://doi.org/10.1109/TIT.2006.871582)."
        " *IEEE Transactions on Information Theory*, 2006.\n"
        "- Alexandre d'Aspremont et al. [A Direct Formulation for Sparse PCA Using Semidefinite"
        " Programming](https://proceedings.neurips.cc/paper/2628-a-direct-formulation). *NIPS*, 2004.\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "Look, Listen and Learn",
        "Divide and Conquer",
        "Show, Attend and Tell",
        "Emergent Communication with World Models",
        "Compressed Sensing",
        "A Direct Formulation for Sparse PCA Using Semidefinite Programming",
    ]


def test_a_year_heading_over_a_contents_list_still_dates_the_sections_after_it():
    """``## 2022`` over ``- [CVPR](#cvpr)`` anchors (review 864, 3) dates ``## CVPR``; a
    notes list under a paper's heading leaves the heading its title for the table below (4)."""
    text = (
        "# Awesome Detection\n\n## 2022\n\n- [CVPR](#cvpr)\n- [ECCV](#eccv)\n\n## CVPR\n\n"
        "- [Focal Modulation Networks for Object Detection](https://arxiv.org/abs/2203.11926)\n\n"
        "### Denoising Diffusion Probabilistic Models\n\n- tags: diffusion, generative\n\n"
        "| Field | Value |\n| --- | --- |\n| Paper | [arXiv](https://arxiv.org/abs/2006.11239) |\n"
        "| Venue | NeurIPS 2020 |\n"
    )
    assert [(t, y) for t, _, _, y in _read(text)] == [
        ("Focal Modulation Networks for Object Detection", 2022),
        ("Denoising Diffusion Probabilistic Models", 2020),
    ]


def test_a_pipe_rows_second_line_of_tags_or_names_is_no_part_of_its_title():
    """``- 2019 | EDBT | Title`` over ``AutoML | Meta-learning | [PDF](url)`` or ``Feurer,
    Eggensperger, Falkner | [PDF](url)`` (review 864, 5), or two rows of a paragraph (6):
    the title stays whole and alone."""
    text = (
        "- 2019 | EDBT | SmartML: A Meta Learning-Based Framework for Automated Algorithm Selection\n"
        "  AutoML | Meta-learning | [PDF](https://openproceedings.org/2019/EDBT19_paper_235.pdf)\n"
        "- 2020 | arXiv | Auto-Sklearn 2.0: Hands-free AutoML via Meta-Learning\n"
        "  Feurer, Eggensperger, Falkner | [PDF](https://arxiv.org/abs/2007.04074)\n"
        "- 2021 | ICML | Bayesian Optimization with Many Categorical Variables\n"
        "  ⭐ Must read | [PDF](https://arxiv.org/abs/2102.07188)\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "SmartML: A Meta Learning-Based Framework for Automated Algorithm Selection",
        "Auto-Sklearn 2.0: Hands-free AutoML via Meta-Learning",
        "Bayesian Optimization with Many Categorical Variables",
    ]


def test_a_title_cased_and_closing_a_series_is_a_titles():
    """``Frank-Wolfe: One-Shot, Any-Sparsity, And No Retraining`` (fresh591): the series is
    the title's, not a byline (a byline writes ``and``)."""
    text = (
        "| Year | Title |\n|---|---|\n| 2022 | [Learning Pruning-Friendly Networks via Frank-Wolfe:"
        " One-Shot, Any-Sparsity, And No Retraining](https://openreview.net/forum?id=O1DEtITim__) |\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "Learning Pruning-Friendly Networks via Frank-Wolfe: One-Shot, Any-Sparsity, And No Retraining"
    ]


def test_a_bold_journal_tag_before_a_title_is_a_tag():
    """``**`Multi-Robot SLAM`** **`IEEE Sensors Journal`** DCL-SLAM: ...`` (fresh11): the
    journal's name in bold is another tag before the title, not the title."""
    text = (
        "  - **`Multi-Robot SLAM`** **`IEEE Sensors Journal`** DCL-SLAM: A Distributed"
        " Collaborative LiDAR SLAM Framework for a Robotic Swarm"
        " [`pdf`](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10375928)\n"
    )
    assert [t for t, *_ in _read(text)] == [
        "DCL-SLAM: A Distributed Collaborative LiDAR SLAM Framework for a Robotic Swarm"
    ]


def test_a_citation_opened_by_its_date_and_bylines_of_full_names():
    """``2018, Shu, K., Bernard, H.R., & Liu, H. (2018). [Title. CoRR, abs/1804.10233.](url)``,
    ``Feb, 2018, Liang Wu, Huan Liu [Title](url)``, ``To appear, 2018, Kumar, Srijan, and Neil
    Shah. [Title](arxiv)`` (fresh594): the date and the byline open the citation, the link is
    the title (without its ``CoRR`` tail); ``Science``'s article pages are papers."""
    text = (
        "2018, Shu, K., Bernard, H.R., & Liu, H. (2018). [Studying Fake News via Network"
        " Analysis: Detection and Mitigation. CoRR, abs/1804.10233.]"
        "(https://www.semanticscholar.org/paper/Studying-Fake-News/e6009df23a51f69fe067d5aeb1e5955bf0d370a5)\n\n"
        "Feb, 2018, Liang Wu, Huan Liu [Tracing Fake-News Footprints: Characterizing Social"
        " Media Messages by How They Propagate](https://dl.acm.org/citation.cfm?id=3159677)\n\n"
        "To appear, 2018, Kumar, Srijan, and Neil Shah. [False information on web and social"
        " media: A survey](https://arxiv.org/pdf/1804.08559.pdf) arXiv preprint arXiv:1804.08559(2018).\n\n"
        "March, 2018, Soroush Vosoughi, Deb Roy, Sinan Aral, [The spread of true and false news"
        " online](http://science.sciencemag.org/content/359/6380/1146)\n"
    )
    assert [(t, y) for t, _, _, y in _read(text)] == [
        ("Studying Fake News via Network Analysis: Detection and Mitigation", 2018),
        (
            "Tracing Fake-News Footprints: Characterizing Social Media Messages by How They Propagate",
            2018,
        ),
        ("False information on web and social media: A survey", 2018),
        ("The spread of true and false news online", 2018),
    ]


def test_where_a_paper_was_published_after_its_title_is_no_part_of_it():
    """``Title, published in IEEE transactions on ...``, ``Title, accepted at CVPR 2024``
    (fresh595): the status clause closes the title; a dataset's link in a code column is no
    code, a code column's ``[models]`` on Hugging Face still is."""
    text = (
        "|Date|Title|Paper|Code|\n|---|---|---|---|\n"
        "|2025/1|The Codecfake Dataset and Countermeasures for the Universally Detection of"
        " Deepfake Audio, published in IEEE transactions on Audio, Speech and Language Processing"
        "|[link](https://ieeexplore.ieee.org/document/10830534)|[code](https://github.com/xieyuankun/Codecfake)|\n"
        "|2015|Librispeech: An ASR corpus based on public domain audio books|"
        "[link](https://ieeexplore.ieee.org/document/7178964)|[datasets](http://www.openslr.org/11)|\n"
        "|2024|Mitigating Overfitting in Deepfake Detectors Here, accepted at CVPR 2024|"
        "[link](https://arxiv.org/abs/2401.00001)|[models](https://huggingface.co/org-x)|\n"
    )
    assert [(t, c) for t, _, c, _ in _read(text)] == [
        ("The Codecfake Dataset and Countermeasures for the Universally Detection of Deepfake Audio",
         "https://github.com/xieyuankun/Codecfake"),
        ("Librispeech: An ASR corpus based on public domain audio books", None),
        ("Mitigating Overfitting in Deepfake Detectors Here", "https://huggingface.co/org-x"),
    ]  # fmt: skip


def test_surnames_without_a_mark_and_titles_of_videos_are_read_as_before():
    """``Verma, Lamb, Bengio [Title](arxiv)``, ``Sutton & Barto [Title](pdf)`` and ``Ho and
    Salimans, [Video Diffusion Models](arxiv)`` (review 868, 1 and 2): the link's text is the
    title; a real title may hold ``Video``."""
    text = (
        "- Verma, Lamb, Bengio [Manifold Mixup: Better Representations](https://arxiv.org/abs/1806.05236)\n"
        "- He, Zhang, Ren, Sun [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "- Ho and Salimans, [Video Diffusion Models](https://arxiv.org/abs/2204.03458)\n"
        "- Vondrick and Torralba [Generating Video with Scene Dynamics](https://arxiv.org/abs/1609.02612)\n"
    )  # fmt: skip
    assert [t for t, *_ in _read(text)] == [
        "Manifold Mixup: Better Representations",
        "Deep Residual Learning for Image Recognition",
        "Video Diffusion Models",
        "Generating Video with Scene Dynamics",
    ]


def test_review_868s_other_shapes_read_as_a_maintainer_means():
    """A pipe row's title carried on by one word and its full stop (3); a changelog's year
    heading dates no later section (4); an issue's contents on Science is no paper (5); a
    byline in title case keeps out of the title (6); a bold title opening like a journal's
    name is still the title (7)."""
    text = (
        "- 2019 | Auto-sklearn: Efficient and Robust Automated Machine\n"
        "Learning.  | Feurer et al. | NeurIPS | [`PDF`](https://papers.nips.cc/paper/5872-auto.pdf)\n\n"
        "## 2024\n\n- Added a section on video diffusion\n- Fixed broken links\n\n"
        "## Image Generation\n\n- Fast Training of Deep Networks, John Smith, Jane Doe, And Bob Lee"
        " [pdf](https://arxiv.org/abs/1801.00010)\n"
        "- [Science Magazine: Table of contents, 7 December 2018](https://science.sciencemag.org/content/362/6419)\n"
        "  - **`Place Recognition`** **Annals of Place Recognition: A Survey**"
        " [`pdf`](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10375934)\n"
    )  # fmt: skip
    assert [(t, y) for t, _, _, y in _read(text)] == [
        ("Auto-sklearn: Efficient and Robust Automated Machine Learning", 2019),
        ("Fast Training of Deep Networks", None),
        ("Annals of Place Recognition: A Survey", None),
    ]


def test_review_872s_short_titles_beside_journals_authors_and_talks():
    """A short title before a journal's link or the authors' surnames (review 872, 1 and 2),
    before a video of its talk (3); surnames that are verbs in a citation (4); a long
    journal's name after a two-word title link (5)."""
    text = (
        "- Robustness and Generalization, [Machine Learning Journal](https://link.springer.com/article/10.1007/s10994-012-5284-5)\n"
        "- Bigger, Better, Faster [Schwarzer, Obando-Ceron, Courville](https://arxiv.org/abs/2305.19452)\n"
        "- Pixels, Voxels, and Views [Video of the Talk](https://arxiv.org/abs/1804.06032)\n"
        "- See, Liu and Manning. [Get To The Point: Summarization with Pointer-Generator Networks](https://arxiv.org/abs/1704.04368)\n"
        "- [Mask R-CNN](https://doi.org/10.1109/TPAMI.2018.2844175). *IEEE Transactions on Pattern Analysis and Machine Intelligence*, 2018\n"
    )  # fmt: skip
    assert [t for t, *_ in _read(text)] == [
        "Robustness and Generalization",
        "Bigger, Better, Faster",
        "Pixels, Voxels, and Views",
        "Get To The Point: Summarization with Pointer-Generator Networks",
        "Mask R-CNN",
    ]


def test_review_872s_rows_contents_and_series():
    """A wrapped row's one closed word that is a name (``Breiman.``) is no part of the title
    (6); a contents list with counts under a year heading still dates the section after it
    (7); a title-cased series of noun phrases is the title's (8)."""
    text = (
        "- 2001 | Random Forests\nBreiman. | Machine Learning | [`PDF`](https://link.springer.com/article/10.1023/A:1010933404324)\n\n"
        "## 2022\n\n- [CVPR](#cvpr) (1 paper)\n\n## CVPR\n\n"
        "- [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377)\n"
        "- [pdf](https://arxiv.org/abs/2301.00002) Pruning Large Models: Weight Pruning, Token Pruning, And Layer Dropping\n"
    )  # fmt: skip
    assert [(t, y) for t, _, _, y in _read(text)] == [
        ("Random Forests", 2001),
        ("Masked Autoencoders Are Scalable Vision Learners", 2022),
        ("Pruning Large Models: Weight Pruning, Token Pruning, And Layer Dropping", 2022),
    ]


def test_review_873s_short_titles_and_real_bylines():
    """A short title of words alike before its subtitle link stays the title (review 873, 1);
    a site's or an award's label is no title (2); surnames ending like nouns (``Lawrence``)
    and a title holding ``Computation`` are read (3, 4); a byline closed by its year (6)."""
    text = (
        "- Bigger, Better, Faster [Human-level Atari with human-level efficiency](https://arxiv.org/abs/2305.19452)\n"
        "- Pixels, Voxels, and Views [A study of shape representations](https://arxiv.org/abs/1804.06032)\n"
        "- Gaussian Splatting, Instant NGP [Papers with Code](https://paperswithcode.com/paper/3d-gaussian-splatting)\n"
        "- Damianou and Lawrence, [Deep Gaussian Processes](https://arxiv.org/abs/1211.0358)\n"
        "- Cuturi and Doucet, [Fast Computation of Wasserstein Barycenters](https://arxiv.org/abs/1310.4375)\n"
        "- Hinton, Vinyals & Dean, 2015 [Distilling the Knowledge in a Neural Network](https://arxiv.org/abs/1503.02531)\n"
    )  # fmt: skip
    assert [t for t, *_ in _read(text)] == [
        "Bigger, Better, Faster",
        "Pixels, Voxels, and Views",
        "Gaussian Splatting, Instant NGP",
        "Deep Gaussian Processes",
        "Fast Computation of Wasserstein Barycenters",
        "Distilling the Knowledge in a Neural Network",
    ]


def test_a_month_and_year_before_a_title_and_a_lone_bold_journal_tag_are_no_title():
    """``May, 2018, Title [pdf](url)``, ``March 2018, Title``: the date a citation opens with
    dates the entry and is no part of its title (``2014, Title, Wang.`` still gives its
    byline); ``**`IEEE Sensors Journal`** Title [pdf](url)``: the journal's tag is no title
    (review 868, 9 and 10), a bold title opening like a journal's name still is."""
    text = (
        "- May, 2018, Learning to Rank with Neural Networks [pdf](https://arxiv.org/abs/1801.00001)\n"
        "- March 2018, Deep contextualized word representations [pdf](https://arxiv.org/abs/1802.05365)\n"
        "  - **`IEEE Sensors Journal`** DCL-SLAM: A Distributed Collaborative LiDAR SLAM Framework"
        " [`pdf`](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=10375928)\n"
        "  - **Journal of Robotics Learning Ten Years Later** [pdf](https://arxiv.org/abs/1801.00002)\n"
    )  # fmt: skip
    assert [(t, y) for t, _, _, y in _read(text)] == [
        ("Learning to Rank with Neural Networks", 2018),
        ("Deep contextualized word representations", 2018),
        ("DCL-SLAM: A Distributed Collaborative LiDAR SLAM Framework", None),
        ("Journal of Robotics Learning Ten Years Later", None),
    ]


def test_a_word_like_a_month_and_an_issues_place_are_no_date_and_no_title():
    """``Novel 2019, Coronavirus …`` keeps its first words (only a month's spelling opens a
    date, review 874, 2); ``**IEEE Transactions on Robotics** Vol. 37, No. 4, August 2021``:
    the volume and issue are no title (3)."""
    text = (
        "- [Novel 2019, Coronavirus Outbreak Modelling with Neural ODEs](https://arxiv.org/abs/2003.00001)\n"
        "- **IEEE Transactions on Robotics** Vol. 37, No. 4, August 2021 [paper](https://ieeexplore.ieee.org/document/9000001)\n"
    )  # fmt: skip
    titles = [t for t, *_ in _read(text)]
    assert titles[0] == "Novel 2019, Coronavirus Outbreak Modelling with Neural ODEs"
    assert not titles[1].startswith("Vol.")
