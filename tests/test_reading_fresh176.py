"""Layouts first seen in the fresh176-181 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "short_name", "year")


def test_a_bold_byline_before_the_title_is_the_authors():
    text = (
        "- **Ouyang, et al. (2022)** *Training Language Models to Follow Instructions with "
        "Human Feedback*. NeurIPS 2022 [[Paper](https://arxiv.org/abs/2203.02155)]\n"
        "- **Pauly et al.** - *Efficient Simplification of Point-Sampled Surfaces*. IEEE VIS "
        "2002. [Paper](https://doi.org/10.1109/VISUAL.2002.1183771)\n"
        "- **Show and Tell** - *A Neural Image Caption Generator*. CVPR 2015. "
        "[Paper](https://arxiv.org/abs/1411.4555)\n"
    )
    titles = [t for t, _, _ in _read(text)]
    assert titles == [
        "Training Language Models to Follow Instructions with Human Feedback",
        "Efficient Simplification of Point-Sampled Surfaces",
        # two words joined by "and" name methods as often as people: no byline (review)
        "Show and Tell: A Neural Image Caption Generator",
    ]


def test_a_bold_name_that_is_no_byline_stays():
    """A guard for the rule above: a name with a colon, or two words joined by ``and``
    before anything but a dash, is no byline."""
    text = (
        "* **FGSM :** [Explaining and harnessing adversarial examples]"
        "(https://arxiv.org/abs/1412.6572). Goodfellow, Ian J. ICLR 2015.\n"
        '* **Consistency and Distinctiveness**: *"Fundamental principles on learning new '
        'features for effective dense matching"*, Zhang et al., *TIP, 2017*. '
        "[[Paper](https://ieeexplore.ieee.org/stamp/stamp.jsp?arnumber=8038003)]\n"
    )
    (fgsm, named) = _read(text)
    assert fgsm[:2] == ("Explaining and harnessing adversarial examples", "FGSM")
    assert named[0].startswith("Consistency and Distinctiveness")


def test_a_bold_name_then_its_authors_in_brackets_then_the_title():
    text = (
        "- **Algebraic Sphere Fitting** (Guennebaud and Gross) - *Algebraic Point Set "
        "Surfaces*. TOG 2007. [Paper](https://doi.org/10.1145/1276377.1276406)\n"
        "- **Octree-based Multiscale Sphere Fitting** (Zhao et al.) - *3-D Point Cloud Normal "
        "Estimation Based on Fitting Algebraic Spheres*. ICIP 2016. "
        "[Paper](https://doi.org/10.1109/ICIP.2016.7532827)\n"
        "- **MLS** (Levin) - *The Approximation Power of Moving Least-Squares*. Mathematics of "
        "Computation 1998. [Paper](https://doi.org/10.1090/S0025-5718-98-00974-0)\n"
    )
    assert _read(text) == [
        ("Algebraic Point Set Surfaces", "Algebraic Sphere Fitting", 2007),
        (
            "3-D Point Cloud Normal Estimation Based on Fitting Algebraic Spheres",
            "Octree-based Multiscale Sphere Fitting",
            2016,
        ),
        ("The Approximation Power of Moving Least-Squares", None, 1998),  # a one-word tag
    ]


def test_a_last_sentence_of_capitalised_words_and_a_year_is_the_venue():
    text = (
        "- **Zhang et al.** - *Point Cloud Normal Estimation via Low-Rank Subspace Clustering*. "
        "Computers & Graphics 2013. [Paper](https://doi.org/10.1016/j.cag.2013.05.008)\n"
        "- Risheng Liu, Zi Li, Xin Fan. Learning Deformable Image Registration from "
        "Optimization: Perspective, Modules, Bilevel Training and Beyond. IEEE TPAMI 2021. "
        "[[Paper](https://arxiv.org/abs/2004.14557)]\n"
    )
    assert [(t, y) for t, _, y in _read(text)] == [
        ("Point Cloud Normal Estimation via Low-Rank Subspace Clustering", 2013),
        (
            "Learning Deformable Image Registration from Optimization: Perspective, Modules, "
            "Bilevel Training and Beyond",
            2021,
        ),
    ]


def test_a_model_column_after_the_method_column_is_what_the_method_used():
    text = (
        "| Method | Link | Task | Model | Open address |\n"
        "| --- | --- | --- | --- | --- |\n"
        "| RCI (2023) | [arXiv](https://arxiv.org/abs/2303.17491) | Reasoning | GPT-3, GPT-4 "
        "| [代码仓库](https://github.com/posgnu/rci-agent) |\n"
        "| Reflexion (2023) | [arXiv](https://arxiv.org/abs/2303.11366) | Decision-making "
        "| GPT-3 | [repo](https://github.com/noahshinn/reflexion) |\n"
    )
    assert [t for t, _, _ in _read(text)] == ["RCI", "Reflexion"]


def test_a_paragraph_of_prose_that_names_papers_is_no_entry_but_is_shown():
    text = (
        "# A Survey of Deep Learning for Time Series Forecasting\n\n## Timeline\n\n"
        "🚩 2017: Recurrent neural networks ([RNNs](https://doi.org/10.1016/0364-0213)), such "
        "as [DA-RNN](https://www.ijcai.org/proceedings/2017/0366.pdf) and "
        "[MQRNN](https://arxiv.org/pdf/1711.11053), emerged as the dominant approach, marking "
        "the beginning of rapid advancement of deep learning in TSF.\n\n"
        "## Papers\n\n"
        "- Are Transformers Effective for Time Series Forecasting?, AAAI 2023. "
        "[[paper](https://arxiv.org/abs/2205.13504)]\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == [
        "Are Transformers Effective for Time Series Forecasting?"
    ]
    assert [u.line for u in parsed.unread] == [5]


def test_a_paragraph_describing_its_one_paper_after_a_lead_stays_an_entry():
    text = (
        "## Timeline\n\n"
        "2021: [Informer](https://arxiv.org/abs/2012.07436) proposes a sparse self-attention "
        "mechanism and a distilling operation that let transformers forecast long sequences "
        "efficiently. [code](https://github.com/zhouhaoyi/Informer2020)\n"
    )
    assert [t for t, _, _ in _read(text)] == ["Informer"]


def test_a_paragraph_entry_with_a_description_stays_an_entry():
    """A guard for the rule above: a paragraph whose paper link is a label is an entry."""
    text = (
        "## Models\n\n"
        "Attention Is All You Need. NeurIPS 2017. [paper](https://arxiv.org/abs/1706.03762)\n"
        "the paper introduces the Transformer, a model that relies entirely on attention and "
        "dispenses with recurrence and convolutions for sequence transduction tasks.\n"
    )
    assert [t for t, _, _ in _read(text)] == ["Attention Is All You Need"]


def test_papers_named_in_one_cell_and_separated_by_semicolons_are_entries_each():
    text = (
        "| Area | Topic | Approaches |\n"
        "|---|---|---|\n"
        "| **Heterogeneity** | **Data** | [FedDAT](https://arxiv.org/abs/2308.12305), "
        "[AAAI'24 version](https://dl.acm.org/doi/10.1609/aaai.v38i10.29007); "
        "[RaFFM](https://arxiv.org/abs/2310.00247); "
        "[FedPCL](https://ui.adsabs.harvard.edu/abs/2022arXiv220910083T/abstract) |\n"
        "|  | **Defense** | [FedML-HE](https://arxiv.org/abs/2303.10837); "
        "[FedBiOT](https://arxiv.org/abs/2406.17706) ([code](https://github.com/harliwu/fedbiot)) |\n"
    )
    parsed = parse_text(text, "l.md")
    assert [(e.title, e.code.url if e.code else None) for e in parsed.entries] == [
        ("FedDAT", None),
        ("RaFFM", None),
        ("FedPCL", None),
        ("FedML-HE", None),
        ("FedBiOT", "https://github.com/harliwu/fedbiot"),
    ]


def test_a_cell_of_one_paper_and_its_other_versions_stays_one_entry():
    text = (
        "| Name | Paper |\n|---|---|\n"
        "| FedDAT | [arXiv](https://arxiv.org/abs/2308.12305); "
        "[AAAI](https://dl.acm.org/doi/10.1609/aaai.v38i10.29007) |\n"
    )
    assert [t for t, _, _ in _read(text)] == ["FedDAT"]


def test_empty_link_slots_after_a_title_and_trans_tech_papers():
    text = (
        "# 2010\n"
        "- [[Link](https://www.scientific.net/AMR.97-101.3631)] Scatter Point Cloud Denoising "
        "Based on Self-Adaptive Optimal Neighborhood [][] 🔹\n"
        "- [[Link](https://arxiv.org/pdf/1804.10831)] Fast 3D Point Cloud Denoising via "
        "Bipartite Graph Approximation & Total Variation [][]\n"
    )
    assert _read(text) == [
        ("Scatter Point Cloud Denoising Based on Self-Adaptive Optimal Neighborhood", None, 2010),
        (
            "Fast 3D Point Cloud Denoising via Bipartite Graph Approximation & Total Variation",
            None,
            2010,
        ),
    ]


def test_news_of_the_maintainers_paper_and_a_request_to_cite_it_are_no_entries():
    text = (
        "# Vision Language Models in Autonomous Driving: A Survey and Outlook\n\n"
        "## :fire: Update\n"
        "- [17.May.2024] Our paper has been accepted by [IEEE Transactions on Intelligent "
        "Vehicles](https://ieeexplore.ieee.org/document/10531702/keywords#keywords).\n\n"
        "## Citation\n"
        "Please visit [Vision Language Models in Autonomous Driving: A Survey and Outlook]"
        "(https://ieeexplore.ieee.org/document/10531702) for more details. If you find our "
        "paper and repo helpful, please consider citing it as follows:\n\n"
        "## Papers\n"
        "- [DriveGPT4: Interpretable End-to-end Autonomous Driving via Large Language Model]"
        "(https://arxiv.org/abs/2310.01412)\n"
        "- [GPT-Driver: Learning to Drive with GPT](https://arxiv.org/abs/2310.01415)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.line for e in parsed.entries] == [10, 11]
    assert [u.line for u in parsed.unread] == [4, 7]


def test_a_title_closing_on_a_series_of_research_words_keeps_them():
    for title in (
        "Video Generation Models in Robotics -- Applications, Research Challenges, Future "
        "Directions",
        "BGE M3-Embedding: Multi-Lingual, Multi-Functionality, Multi-Granularity Text "
        "Embeddings Through Self-Knowledge Distillation",
        "Competitive Collaboration: Joint Unsupervised Learning of Depth, Camera Motion, "
        "Optical Flow and Motion Segmentation",
    ):
        assert clean_title(title) == title
    # the authors after a title still go
    assert clean_title(
        "Deep Residual Learning for Image Recognition, Kaiming He, Xiangyu Zhang"
    ) == ("Deep Residual Learning for Image Recognition")


def test_a_bracketed_topic_tag_after_the_title_is_no_part_of_it():
    text = (
        "- [2024] Diffusing in Someone Else's Shoes: Robotic Perspective Taking with Diffusion "
        "[Manipulation] [[paper](https://arxiv.org/abs/2404.07735)]\n"
    )
    assert _read(text)[0][0] == (
        "Diffusing in Someone Else's Shoes: Robotic Perspective Taking with Diffusion"
    )


def test_a_hugging_face_space_is_no_paper_whatever_its_name():
    text = (
        "## ECCV2022 Oct 24, 2022 [link](https://huggingface.co/spaces/ECCV2022/ECCV2022_papers)"
        " TODO: add pdf links\n"
        "- #### Registration based Few-Shot Anomaly Detection [arXiv](http://arxiv.org/abs/2207.07361)\n"
    )
    assert [t for t, _, _ in _read(text)] == ["Registration based Few-Shot Anomaly Detection"]


def test_a_used_by_column_links_other_papers_not_the_rows():
    text = (  # not under ``## Datasets``, where a row named by its dataset is no entry
        "## Resources\n\n"
        "|Name|Description|Used By|\n|----|-----|--|\n"
        "|[HarmfulQA](https://huggingface.co/datasets/declare-lab/HarmfulQA)|a dataset made "
        "with ChatGPT.|[Zhao et al.](https://arxiv.org/abs/2312.12736)|\n"
        "|[Pile](https://arxiv.org/abs/2101.00027)|an 825 GiB English text corpus.|"
        "[Zhao et al.](https://arxiv.org/abs/2312.12736)|\n"
    )
    parsed = parse_text(text, "l.md")
    assert [(e.line, e.title) for e in parsed.entries] == [(6, "Pile")]
    assert [(u.line, u.urls) for u in parsed.unread] == [(5, ("https://arxiv.org/abs/2312.12736",))]
