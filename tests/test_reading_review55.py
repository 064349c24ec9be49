"""Inputs from the second review of this session's reader rules (a helper writing other
lists' Markdown against the fresh44-52 rules); each read wrongly before its fix. The
expected readings are what a maintainer of such a list means."""

from __future__ import annotations

from tests.support.reading import reader


def test_a_year_line_under_a_topic_heading_dates_the_entries_below_it():
    text = "## 3D Object Detection\n\n**Year: 2024**\n\n- [Point Transformer V3: Simpler, Faster, Stronger](https://arxiv.org/abs/2312.10035) [[code]](https://github.com/Pointcept/PointTransformerV3)\n- [SAFDNet: A Simple and Effective Network for Fully Sparse 3D Object Detection](https://arxiv.org/abs/2403.05817)\n\n**Year: 2023**\n\n- [VoxelNeXt: Fully Sparse VoxelNet for 3D Object Detection and Tracking](https://arxiv.org/abs/2303.11301) [[code]](https://github.com/dvlab-research/VoxelNeXt)\n\n## Monocular Depth Estimation\n\nDate: 2024\n\n- [Depth Anything: Unleashing the Power of Large-Scale Unlabeled Data](https://arxiv.org/abs/2401.10891) [[code]](https://github.com/LiheYoung/Depth-Anything)\n- [Marigold: Repurposing Diffusion-Based Image Generators for Monocular Depth Estimation](https://arxiv.org/abs/2312.02145)\n"
    assert reader("title", "year")(text) == [
        ("Point Transformer V3: Simpler, Faster, Stronger", 2024),
        ("SAFDNet: A Simple and Effective Network for Fully Sparse 3D Object Detection", 2024),
        ("VoxelNeXt: Fully Sparse VoxelNet for 3D Object Detection and Tracking", 2023),
        ("Depth Anything: Unleashing the Power of Large-Scale Unlabeled Data", 2024),
        (
            "Marigold: Repurposing Diffusion-Based Image Generators for Monocular Depth Estimation",
            2024,
        ),
    ]


def test_a_date_line_between_open_entries_dates_the_group_below_it():
    text = "# Awesome LLM Agents\n\nDate: 2023\n\n**ReAct: Synergizing Reasoning and Acting in Language Models** [[paper]](https://arxiv.org/abs/2210.03629) [[code]](https://github.com/ysymyth/ReAct)\n\n**Reflexion: Language Agents with Verbal Reinforcement Learning** [[paper]](https://arxiv.org/abs/2303.11366) [[code]](https://github.com/noahshinn/reflexion)\n\nDate: 2022\n\n**WebGPT: Browser-assisted question-answering with human feedback** [[paper]](https://arxiv.org/abs/2112.09332)\n\n**Inner Monologue: Embodied Reasoning through Planning with Language Models** [[paper]](https://arxiv.org/abs/2207.05608)\n"
    assert reader("title", "year")(text) == [
        ("ReAct: Synergizing Reasoning and Acting in Language Models", 2023),
        ("Reflexion: Language Agents with Verbal Reinforcement Learning", 2023),
        ("WebGPT: Browser-assisted question-answering with human feedback", 2022),
        ("Inner Monologue: Embodied Reasoning through Planning with Language Models", 2022),
    ]


def test_a_venue_inside_a_title_is_part_of_the_title():
    text = "## Benchmarks and shared tasks\n\n- Deep Residual Learning for Image Recognition [[paper]](https://arxiv.org/abs/1512.03385)\n- Overview of the *TREC 2019* Deep Learning Track [[paper]](https://arxiv.org/abs/2003.07820)\n- Findings of the *WMT 2020* Shared Task on Quality Estimation [[paper]](https://aclanthology.org/2020.wmt-1.79/)\n- Lessons learned from the *NeurIPS 2021* MineRL BASALT Competition [[paper]](https://arxiv.org/abs/2204.07123)\n- MS MARCO: A Human Generated MAchine Reading COmprehension Dataset [[paper]](https://arxiv.org/abs/1611.09268)\n"
    assert reader("title")(text) == [
        ("Deep Residual Learning for Image Recognition",),
        ("Overview of the TREC 2019 Deep Learning Track",),
        ("Findings of the WMT 2020 Shared Task on Quality Estimation",),
        ("Lessons learned from the NeurIPS 2021 MineRL BASALT Competition",),
        ("MS MARCO: A Human Generated MAchine Reading COmprehension Dataset",),
    ]


def test_a_ranked_results_table_with_a_publication_column_is_a_list_of_papers():
    text = "## Video object segmentation (DAVIS 2017 val)\n\n| Rank | Method | Publication | J&F | J | F |\n|---|---|---|---|---|---|\n| 1 | [Cutie](https://arxiv.org/abs/2310.12982) | CVPR 2024 | 88.8 | 85.4 | 92.3 |\n| 2 | [XMem](https://arxiv.org/abs/2207.07115) | ECCV 2022 | 86.2 | 82.9 | 89.5 |\n| 3 | [STCN](https://arxiv.org/abs/2106.05210) | NeurIPS 2021 | 85.4 | 82.2 | 88.6 |\n"
    assert reader("title", "year")(text) == [("Cutie", 2024), ("XMem", 2022), ("STCN", 2021)]


def test_a_ranked_results_table_with_linked_venues_is_a_list_of_papers():
    text = "## nuScenes 3D detection (test set)\n\n| Rank | Method | Venue | NDS | mAP |\n|---|---|---|---|---|\n| 1 | BEVFormer v2 | [CVPR 2023](https://arxiv.org/abs/2211.10439) | 63.4 | 55.6 |\n| 2 | SparseBEV | [ICCV 2023](https://arxiv.org/abs/2308.09244) | 63.6 | 55.6 |\n| 3 | StreamPETR | [ICCV 2023](https://arxiv.org/abs/2303.11926) | 63.6 | 55.0 |\n"
    assert reader("title", "year")(text) == [
        ("BEVFormer v2", 2023),
        ("SparseBEV", 2023),
        ("StreamPETR", 2023),
    ]


def test_code_in_a_code_and_project_column_is_known_by_its_label_and_its_path():
    text = "| Paper | Year | Code/Project |\n|---|---|---|\n| [Single Image Haze Removal Using Dark Channel Prior](https://ieeexplore.ieee.org/document/5567108) | 2009 | [MATLAB](http://kaiminghe.com/cvpr09/dehaze_code.zip) |\n| [NetVLAD: CNN architecture for weakly supervised place recognition](https://arxiv.org/abs/1511.07247) | 2016 | [Source code](https://www.di.ens.fr/willow/research/netvlad/code/) |\n| [Structure-from-Motion Revisited](https://openaccess.thecvf.com/content_cvpr_2016/papers/Schonberger_Structure-From-Motion_Revisited_CVPR_2016_paper.pdf) | 2016 | [Software](https://colmap.github.io/) |\n| [Learning to See in the Dark](https://arxiv.org/abs/1805.01934) | 2018 | [Code](https://github.com/cchen156/Learning-to-See-in-the-Dark) / [Project](https://cchen156.github.io/SID.html) |\n| [Neural Scene Flow Fields](https://arxiv.org/abs/2011.13084) | 2021 | [Project page](http://www.cs.cornell.edu/~zl548/NSFF/) |\n"
    assert [
        (*r[:1], r[1].url if r[1] else None, *r[1 + 1 :]) for r in reader("title", "code")(text)
    ] == [
        (
            "Single Image Haze Removal Using Dark Channel Prior",
            "http://kaiminghe.com/cvpr09/dehaze_code.zip",
        ),
        (
            "NetVLAD: CNN architecture for weakly supervised place recognition",
            "https://www.di.ens.fr/willow/research/netvlad/code/",
        ),
        ("Structure-from-Motion Revisited", None),
        ("Learning to See in the Dark", "https://github.com/cchen156/Learning-to-See-in-the-Dark"),
        ("Neural Scene Flow Fields", None),
    ]


def test_each_side_of_a_side_by_side_table_keeps_its_own_year_rows():
    text = "| Title | Venue | Code | Title | Venue | Code |\n|:---|:---:|:---:|:---|:---:|:---:|\n| **2023** | | | **2022** | | |\n| [Segment Anything](https://arxiv.org/abs/2304.02643) | ICCV | [code](https://github.com/facebookresearch/segment-anything) | [Masked-attention Mask Transformer for Universal Image Segmentation](https://arxiv.org/abs/2112.01527) | CVPR | [code](https://github.com/facebookresearch/Mask2Former) |\n| [OneFormer: One Transformer to Rule Universal Image Segmentation](https://arxiv.org/abs/2211.06220) | CVPR | [code](https://github.com/SHI-Labs/OneFormer) | [SegNeXt: Rethinking Convolutional Attention Design for Semantic Segmentation](https://arxiv.org/abs/2209.08575) | NeurIPS | [code](https://github.com/Visual-Attention-Network/SegNeXt) |\n"
    assert reader("title", "year")(text) == [
        ("Segment Anything", 2023),
        ("Masked-attention Mask Transformer for Universal Image Segmentation", 2022),
        ("OneFormer: One Transformer to Rule Universal Image Segmentation", 2023),
        ("SegNeXt: Rethinking Convolutional Attention Design for Semantic Segmentation", 2022),
    ]


def test_a_method_name_before_its_titled_link_is_a_name_not_a_byline():
    text = "- PointNet. [Deep Learning on Point Sets for 3D Classification and Segmentation](https://arxiv.org/abs/1612.00593) [[code]](https://github.com/charlesq34/pointnet)\n- DeepLab. [Semantic Image Segmentation with Deep Convolutional Nets, Atrous Convolution, and Fully Connected CRFs](https://arxiv.org/abs/1606.00915)\n- FlashAttention. [Fast and Memory-Efficient Exact Attention with IO-Awareness](https://arxiv.org/abs/2205.14135) [[code]](https://github.com/Dao-AILab/flash-attention)\n- ShuffleNet. [An Extremely Efficient Convolutional Neural Network for Mobile Devices](https://arxiv.org/abs/1707.01083)\n"
    assert reader("title", "short_name")(text) == [
        ("Deep Learning on Point Sets for 3D Classification and Segmentation", "PointNet"),
        (
            "Semantic Image Segmentation with Deep Convolutional Nets, Atrous Convolution, and Fully Connected CRFs",
            "DeepLab",
        ),
        ("Fast and Memory-Efficient Exact Attention with IO-Awareness", "FlashAttention"),
        ("An Extremely Efficient Convolutional Neural Network for Mobile Devices", "ShuffleNet"),
    ]


def test_the_makers_line_below_a_model_link_is_no_title():
    text = "## Multimodal LLMs\n\n- [**Qwen-VL**](https://arxiv.org/abs/2308.12966) | [code](https://github.com/QwenLM/Qwen-VL)\n  Alibaba Cloud Qwen Team\n- [**CogVLM**](https://arxiv.org/abs/2311.03079) | [code](https://github.com/THUDM/CogVLM)\n  Zhipu AI and Tsinghua KEG\n- [**Flamingo**](https://arxiv.org/abs/2204.14198)\n  Google DeepMind, London\n- [**LLaVA**](https://arxiv.org/abs/2304.08485) | [code](https://github.com/haotian-liu/LLaVA)\n  Visual Instruction Tuning\n"
    assert reader("title", "short_name")(text) == [
        ("Qwen-VL", None),
        ("CogVLM", None),
        ("Flamingo", None),
        ("Visual Instruction Tuning", "LLaVA"),
    ]


def test_a_topic_with_a_colon_over_a_paper_paragraph_does_not_name_it():
    text = "- **Object Detection:**\n\n  [YOLOv4: Optimal Speed and Accuracy of Object Detection](https://arxiv.org/abs/2004.10934)\n- **Semantic Segmentation:**\n\n  [Rethinking Atrous Convolution for Semantic Image Segmentation](https://arxiv.org/abs/1706.05587)\n- **Pose Estimation** [[awesome list]](https://github.com/wangzheallen/awesome-human-pose-estimation)\n\n  [Deep High-Resolution Representation Learning for Human Pose Estimation](https://arxiv.org/abs/1902.09212)\n"
    assert [
        (*r[:2], r[2].url if r[2] else None, *r[2 + 1 :])
        for r in reader("title", "short_name", "code")(text)
    ] == [
        ("YOLOv4: Optimal Speed and Accuracy of Object Detection", "YOLOv4", None),
        ("Rethinking Atrous Convolution for Semantic Image Segmentation", None, None),
        ("Deep High-Resolution Representation Learning for Human Pose Estimation", None, None),
    ]
