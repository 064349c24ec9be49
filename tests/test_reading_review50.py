"""Inputs from the review of the fresh43-49 reader changes (a helper writing other
lists' Markdown against each new rule); each read wrongly before its fix. The expected
readings are what a maintainer of such a list means."""

from __future__ import annotations

from tests.support.reading import reader


def test_a_year_and_a_dash_before_a_short_title_is_no_venue_tag():
    text = "- 2014 - Generative Adversarial Nets [[paper]](https://arxiv.org/abs/1406.2661)\n- 2015 - Deep Residual Learning [[paper]](https://arxiv.org/abs/1512.03385) [[code]](https://github.com/KaimingHe/deep-residual-networks)\n- 2023 - Segment Anything [[paper]](https://arxiv.org/abs/2304.02643) [[code]](https://github.com/facebookresearch/segment-anything)\n- 2016. YOLO9000: Better, Faster, Stronger [[paper]](https://arxiv.org/abs/1612.08242)\n"
    assert reader("title", "year")(text) == [
        ("Generative Adversarial Nets", 2014),
        ("Deep Residual Learning", 2015),
        ("Segment Anything", 2023),
        ("YOLO9000: Better, Faster, Stronger", None),
    ]


def test_a_title_closed_by_a_full_stop_before_a_citation_link_is_no_byline():
    text = "- Generative Adversarial Networks. [Goodfellow et al., NIPS 2014](https://arxiv.org/abs/1406.2661)\n- Feature Pyramid Networks. [Tsung-Yi Lin, Piotr Dollár, Ross Girshick](https://arxiv.org/abs/1612.03144)\n- Attention Is All You Need. [Read the paper on arXiv](https://arxiv.org/abs/1706.03762)\n- BERT. [Pre-training of Deep Bidirectional Transformers for Language Understanding](https://arxiv.org/abs/1810.04805)\n"
    assert reader("title", "short_name")(text) == [
        ("Generative Adversarial Networks", None),
        ("Feature Pyramid Networks", None),
        ("Attention Is All You Need", None),
        ("Pre-training of Deep Bidirectional Transformers for Language Understanding", "BERT"),
    ]


def test_a_venue_or_a_marker_before_a_titled_link_in_a_sub_item_is_no_sentence():
    text = "## Diffusion\n- Diffusion Models\n  - NeurIPS 2020 [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239) proposes a diffusion model that turns noise into high quality images step by step\n  - ICLR 2021 [Score-Based Generative Modeling through Stochastic Differential Equations](https://arxiv.org/abs/2011.13456) unifies score matching and diffusion models under one continuous framework\n- **Contrastive pretraining**\n  - 🔥 [Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020) trains an image encoder and a text encoder jointly on 400M pairs from the web\n"
    assert reader("title", "year")(text) == [
        ("Denoising Diffusion Probabilistic Models", 2020),
        ("Score-Based Generative Modeling through Stochastic Differential Equations", 2021),
        ("Learning Transferable Visual Models From Natural Language Supervision", None),
    ]


def test_a_lower_case_note_under_a_venue_linked_title_does_not_wrap_into_it():
    text = "- [[CVPR](https://arxiv.org/abs/1711.06396)] VoxelNet: End-to-End Learning for Point Cloud Based 3D Object Detection\n  code: [github](https://github.com/qianguih/voxelnet)\n- [[ICCV](https://arxiv.org/abs/1703.06870)] Mask R-CNN\n  by Kaiming He, Georgia Gkioxari, Piotr Dollár and Ross Girshick\n- [[RSS](http://www.roboticsproceedings.org/rss10/p07.pdf)] LOAM: Lidar Odometry and Mapping in Real-time\n  still the baseline most LiDAR SLAM papers compare against\n"
    assert reader("title")(text) == [
        ("VoxelNet: End-to-End Learning for Point Cloud Based 3D Object Detection",),
        ("Mask R-CNN",),
        ("LOAM: Lidar Odometry and Mapping in Real-time",),
    ]


def test_a_models_name_in_brackets_is_no_venue_the_description_after_it_is_no_title():
    text = "- [[Whisper](https://arxiv.org/abs/2212.04356)] Trained on 680k hours of multilingual audio from the web\n- [[Phi](https://arxiv.org/abs/2306.11644)] Small model trained on textbook quality data only\n- [[SAM](https://arxiv.org/abs/2304.02643)] Promptable segmentation model from Meta AI, trained on 1B masks\n"
    assert reader("title")(text) == [("Whisper",), ("Phi",), ("SAM",)]


def test_an_institution_or_a_labelled_line_below_a_name_link_is_no_title():
    text = "- [**Otter**](https://arxiv.org/abs/2305.03726) | [code](https://github.com/Luodian/Otter)\n  Microsoft Research Asia\n- [**mPLUG-Owl**](https://arxiv.org/abs/2304.14178) | [code](https://github.com/X-PLUG/mPLUG-Owl)\n  DAMO Academy, Alibaba Group\n- [**MiniGPT-4**](https://arxiv.org/abs/2304.10592) | [code](https://github.com/Vision-CAIR/MiniGPT-4)\n  King Abdullah University of Science and Technology\n- [**LLaVA**](https://arxiv.org/abs/2304.08485) | [code](https://github.com/haotian-liu/LLaVA)\n  Keywords: Visual Instruction Tuning, GPT-4 Generated Data\n"
    assert reader("title")(text) == [("Otter",), ("mPLUG-Owl",), ("MiniGPT-4",), ("LLaVA",)]


def test_a_quoted_remark_after_a_full_citation_is_no_title():
    text = '- Human-level concept learning through probabilistic program induction, Lake, Salakhutdinov and Tenenbaum. Science 2015. "The paper that introduced Omniglot." [[pdf]](https://www.science.org/doi/10.1126/science.aab3050)\n- Matching Networks for One Shot Learning, Vinyals et al., NeurIPS 2016. "Still the standard few-shot baseline." [[pdf]](https://arxiv.org/abs/1606.04080)\n'
    assert reader("title")(text) == [
        ("Human-level concept learning through probabilistic program induction",),
        ("Matching Networks for One Shot Learning",),
    ]


def test_a_category_item_over_one_paper_paragraph_does_not_name_it():
    text = "- Chunk Optimization\n\n  [RAPTOR: Recursive Abstractive Processing for Tree-Organized Retrieval](https://arxiv.org/abs/2401.18059)\n- Query Rewriting\n\n  [Query Rewriting for Retrieval-Augmented Large Language Models](https://arxiv.org/abs/2305.14283)\n- **Surveys**\n\n  **A Survey of Large Language Models** [[Paper]](https://arxiv.org/abs/2303.18223)\n- **Retrieval**\n\n  [Dense Passage Retrieval for Open-Domain Question Answering](https://arxiv.org/abs/2004.04906)\n"
    assert reader("line", "title", "short_name")(text) == [
        (3, "RAPTOR: Recursive Abstractive Processing for Tree-Organized Retrieval", "RAPTOR"),
        (6, "Query Rewriting for Retrieval-Augmented Large Language Models", None),
        (9, "A Survey of Large Language Models", None),
        (12, "Dense Passage Retrieval for Open-Domain Question Answering", None),
    ]


def test_a_ranked_results_table_with_venue_and_code_columns_is_a_list_of_papers():
    text = "## COCO test-dev results\n\n| Rank | Method | Backbone | Venue | box AP | AP50 | Link | Code |\n|---|---|---|---|---|---|---|---|\n| 1 | Co-DETR | ViT-L | ICCV 2023 | 66.0 | 83.5 | [arXiv](https://arxiv.org/abs/2211.12860) | [code](https://github.com/Sense-X/Co-DETR) |\n| 2 | DINO | Swin-L | ICLR 2023 | 63.3 | 80.8 | [arXiv](https://arxiv.org/abs/2203.03605) | [code](https://github.com/IDEA-Research/DINO) |\n| 3 | Deformable DETR | ResNet-50 | ICLR 2021 | 46.2 | 65.2 | [arXiv](https://arxiv.org/abs/2010.04159) | [code](https://github.com/fundamentalvision/Deformable-DETR) |\n"
    assert [(t, y, c.url) for t, y, c in reader("title", "year", "code")(text)] == [
        ("Co-DETR", 2023, "https://github.com/Sense-X/Co-DETR"),
        ("DINO", 2023, "https://github.com/IDEA-Research/DINO"),
        ("Deformable DETR", 2021, "https://github.com/fundamentalvision/Deformable-DETR"),
    ]


def test_an_archive_labelled_code_in_a_code_and_project_column_is_the_code():
    text = "| Title | Venue | Code/Project |\n|---|---|---|\n| [Visual Attribute Transfer through Deep Image Analogy](https://arxiv.org/abs/1705.01088) | SIGGRAPH 2017 | [Code](https://www.cs.cmu.edu/~someone/analogy-code.zip) |\n| [Learning a Deep Model Hosted on a Lab Server](https://arxiv.org/abs/2208.00005) | CVPR 2018 | [Code](http://mmlab.ie.cuhk.edu.hk/projects/xyz/code.tar.gz) |\n"
    assert [(c.url,) for (c,) in reader("code")(text)] == [
        ("https://www.cs.cmu.edu/~someone/analogy-code.zip",),
        ("http://mmlab.ie.cuhk.edu.hk/projects/xyz/code.tar.gz",),
    ]


def test_a_titles_own_words_in_brackets_stay_in_a_link_text():
    text = "- [Neural Symbolic Machines (Short Version)](https://arxiv.org/abs/1611.00020)\n- Neural Symbolic Machines (Short Version) [[Paper]](https://arxiv.org/abs/1611.00020)\n"
    assert reader("title")(text) == [
        ("Neural Symbolic Machines (Short Version)",),
        ("Neural Symbolic Machines (Short Version)",),
    ]
