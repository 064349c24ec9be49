"""Round 139 (fresh881-888): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from pathlib import Path

from pipeline.parse import parse_text

REAL = Path(__file__).parent / "fixtures" / "real"


def _entries(text: str):
    return parse_text(text, "l.md").entries


def test_a_run_of_code_span_topics_before_a_titled_link_is_no_title():
    """zhixin612/awesome-papers-LMsys: ``* `video` `quantization` `training` [Title](arxiv)``:
    the code spans are the list's topic tags; the link text is the title."""
    text = "# L\n\n### 2026-05-20\n" + (
        "* `video` `quantization` `training` [LongLive-2.0: An NVFP4 Parallel Infrastructure for Long Video Generation](http://arxiv.org/abs/2605.18739v2)\n"
        "* `MoE` `training` `serving` `edge` `RAG` [GEM: GPU-Variability-Aware Expert to GPU Mapping for MoE Systems](http://arxiv.org/abs/2605.19945v1)\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title.startswith("LongLive-2.0: An NVFP4 Parallel Infrastructure")
    assert second.title.startswith("GEM: GPU-Variability-Aware Expert")
    assert "training" not in (first.short_name or "") + (second.short_name or "")


def test_code_spans_before_a_label_link_or_inside_a_title_stay_where_they_were():
    """Guard: a lone code span before a titled link is still the name it was (``DPOK``), and
    code spans before a one-word label link are not made tags by the new rule."""
    text = "# L\n\n" + (
        "* `DPOK` [Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models](https://arxiv.org/abs/2305.16381)\n"
        "* `Fast` `Video` [paper](https://arxiv.org/abs/2305.16382)\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.short_name == "DPOK"
    assert first.title == "Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models"
    assert second.title == "Fast Video"


def test_an_implementation_item_under_a_paper_item_gives_its_code():
    """dple/awesome-papers-and-source-code-for-anomaly-detection: ``- Paper: *Title*, url``
    then ``- Implementation: github https://github.com/o/r``: the paper's code."""
    text = "# L\n\n" + (
        "2. Density-based Incremental LOF (DILOF)\n"
        "- Paper: *DILOF: Effective and Memory Efficient Local Outlier Detection in Data Streams*, https://dl.acm.org/doi/abs/10.1145/3219819.3220022\n"
        "- Implementation: github https://github.com/ngs00/DILOF\n\n"
        "3. Robust Random Cut Forest (RRCF)\n"
        "- Paper: *Robust Random Cut Forest Based Anomaly Detection On Streams*, http://proceedings.mlr.press/v48/guha16.pdf\n"
        "- Source code: https://github.com/kLabUM/rrcf\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.code is not None and first.code.url == "https://github.com/ngs00/DILOF"
    assert second.code is not None and second.code.url == "https://github.com/kLabUM/rrcf"


def test_an_implementation_item_of_a_library_page_gives_no_code():
    """Guard: ``- Implementation: sklearn https://scikit-learn.org/...``: a library's
    documentation is no repository of the paper, and no entry of its own."""
    text = "# L\n\n" + (
        "1. Local Outlier Factor (LOF)\n"
        "- Paper: *LOF: identifying density-based local outliers*, https://dl.acm.org/doi/10.1145/335191.335388\n"
        "- Implementation: sklearn https://scikit-learn.org/stable/modules/generated/sklearn.neighbors.LocalOutlierFactor.html\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.code is None


def test_a_quoted_title_after_a_bold_name_with_no_colon_or_a_long_one():
    """lishuzhen97/Paper_reading: ``**Sentences and Words** "Title". ACL(2016) [[PDF]](url)``
    and ``**BERT for Ad Hoc**: "Title". CoRR(2019) [[PDF]](url)``: the quoted title."""
    text = "# L\n\n" + (
        '-  **BERT for Ad Hoc**: "Simple Applications of BERT for Ad Hoc Document Retrieval". CoRR(2019)[[PDF]](http://arxiv.org/abs/1903.10972)\n'
        '-  **Sentences and Words** "Neural Summarization by Extracting Sentences and Words". ACL(2016) [[PDF]](https://aclanthology.org/P16-1046/)\n'
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title == "Simple Applications of BERT for Ad Hoc Document Retrieval"
    assert second.title == "Neural Summarization by Extracting Sentences and Words"
    assert (first.short_name, second.short_name) == ("BERT for Ad Hoc", "Sentences and Words")


def test_a_short_bold_name_and_a_colon_before_a_quoted_title_still_read_whole():
    """Guard: ``**DPOK**: "Title"`` and ``**FLAIR:** "Title"`` read as ``Name: Title``, as
    before (the hand-checks of yixin-zh/robot_learning write them whole)."""
    text = "# L\n\n" + (
        '-  **DPOK**: "Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models". CoRR (2023)[[PDF]](https://arxiv.org/abs/2305.16381)\n'
        '- **FLAIR:** "Feeding via Long-horizon AcquIsition of Realistic dishes", *arXiv, 2024*. [[Paper](https://arxiv.org/abs/2407.07561)]\n'
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title.startswith("DPOK: Reinforcement Learning")
    assert second.title.startswith("FLAIR: Feeding via Long-horizon")


def test_a_bold_label_a_semicolon_and_an_italic_title_after_a_task_box():
    """jinmang2/Awesome-Papers: ``- [x] **Adjust BPE on NMT**; *Title* (ACL 2016)
    [paper](url)``: the italics are the title, the bold its label."""
    text = "# L\n\n" + (
        "- [x] **Adjust BPE on NMT**; *Neural Machine Translation of Rare Words with Subword Units* (ACL 2016) [paper](https://www.aclweb.org/anthology/P16-1162.pdf)\n"
        "- [ ] **FastText for classification**; *Bag of Tricks for Efficient Text Classification* (ACL 2017) [link](https://www.aclweb.org/anthology/E17-2068/)\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title == "Neural Machine Translation of Rare Words with Subword Units"
    assert second.title == "Bag of Tricks for Efficient Text Classification"
    assert first.short_name == "Adjust BPE on NMT"


def test_a_bold_label_and_a_semicolon_before_plain_words_keep_the_bold():
    """Guard: ``**Adjust BPE**; a note on *Title*``: the words after the semicolon are no
    italic title, and ``**Show and Tell** - *A Neural ...*`` is still one title."""
    text = "# L\n\n" + (
        "- **Adjust BPE**; a note on *Neural Machine Translation of Rare Words* [paper](https://arxiv.org/abs/1508.07909)\n"
        "- **Show and Tell** - *A Neural Image Caption Generator* [paper](https://arxiv.org/abs/1411.4555)\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title == "Adjust BPE"
    assert second.title == "Show and Tell: A Neural Image Caption Generator"


def test_a_name_link_then_its_authors_keeps_the_name_not_the_affiliation():
    """chahatdeep/awesome-papers: ``[Wasserstein GAN](arxiv). Martin Arjovsky et al. Courant
    Institute of Mathematical Sciences, Facebook AI Research. March 2017.``: the sentence
    after the authors is their institution, not the title."""
    text = "# L\n\n" + (
        "20. **[Wasserstein GAN](https://arxiv.org/pdf/1701.07875.pdf). Martin Arjovsky et al. Courant Institute of Mathematical Sciences, Facebook AI Research. March 2017. [Code](https://github.com/fairytale0011/Conditional-WassersteinGAN)**\n"
        "21. [Geometric GAN](https://arxiv.org/pdf/1705.02894.pdf). Jae Hyun Lim et al. Nanyang Technological University, Alibaba Group. May 2017.\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert (first.title, second.title) == ("Wasserstein GAN", "Geometric GAN")


def test_a_name_link_then_the_title_then_its_authors_keeps_the_title():
    """Guard: ``[SPPNet](arxiv) Spatial Pyramid Pooling ... Recognition. He et al.``: the
    authors come after the title, which stays."""
    text = "# L\n\n- [SPPNet](https://arxiv.org/abs/1406.4729) Spatial Pyramid Pooling in Deep Convolutional Networks for Visual Recognition. He et al.\n"  # fmt: skip
    (e,) = _entries(text)
    assert e.title.startswith("Spatial Pyramid Pooling in Deep Convolutional Networks")


def test_a_bold_name_then_a_citation_keeps_the_title_after_its_authors():
    """Guard (li1li1li/LLM-Agent-Memory-Papers): ``**mem0**  Chhikara P, ..., et al. Mem0:
    Title[J]. arXiv ...``: the title after a citation's authors is no institution."""
    text = "# L\n\n- **mem0**  Chhikara P, Khant D, Aryan S, et al. Mem0: Building production-ready ai agents with scalable long-term memory[J]. arXiv preprint arXiv:2504.19413, 2025.  [pdf](https://arxiv.org/abs/2504.19413)\n"  # fmt: skip
    (e,) = _entries(text)
    assert e.title.startswith("Mem0: Building production-ready ai agents")


def test_a_bold_name_comma_title_may_open_with_a_digit():
    """Round 140, DravenALG/awesome-vla-wam: ``- **4D-VLA**, 4D-VLA: Spatiotemporal ...
    Calibration. [![arXiv](badge)](arxiv)``: the title after the comma opens with ``4D``."""
    text = "# L\n\n" + (
        "- **4D-VLA**, 4D-VLA: Spatiotemporal Vision-Language-Action Pretraining with Cross-Scene Calibration. [![arXiv](https://img.shields.io/badge/arXiv-2506.22242-b31b1b.svg)](https://arxiv.org/abs/2506.22242)\n"
        "- **3D CAVLA**, 3D CAVLA: Leveraging Depth and 3D Context to Generalize Vision Language Action Models for Unseen Tasks. [![arXiv](https://img.shields.io/badge/arXiv-2505.05800-b31b1b.svg)](https://arxiv.org/abs/2505.05800)\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title.startswith("4D-VLA: Spatiotemporal Vision-Language-Action")
    assert second.title.startswith("3D CAVLA: Leveraging Depth")


def test_a_count_after_a_name_link_and_a_colon_is_no_title():
    """Guard: ``[Foo](url): 3B parameters, 2T tokens`` and ``[Foo](url): 2023 CVPR``: a
    count or a year after the colon opens no title."""
    text = "# L\n\n" + (
        "- [Foo](https://arxiv.org/abs/2501.00001): 3B parameters, trained on 2T tokens\n"
        "- [Bar](https://arxiv.org/abs/2501.00002): 2023 CVPR Oral Presentation Slides\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert (first.title, second.title) == ("Foo", "Bar")


def test_review990_code_spans_before_a_byline_label_or_venue_link_are_no_topics():
    """Review 990: the topic tags need a link text that reads as a title: not a byline
    (``[Wei et al.](url)``), a label (``[Paper on arXiv](url)``) or a venue
    (``[NeurIPS 2022 paper](url)``, whose entry was lost); a span beside a dated venue span
    is a name (``Reflexion``), and a task's box is no tag before ``LoRA``."""
    text = "# L\n\n" + (
        "* `Chain-of-Thought` `Prompting` [Wei et al.](https://arxiv.org/abs/2201.11903)\n"
        "* `Segment Anything` `SAM` [Paper on arXiv](https://arxiv.org/abs/2304.02643)\n"
        "* `Chain-of-Thought` `Prompting` [NeurIPS 2022 paper](https://arxiv.org/abs/2201.11904)\n"
        "* `Reflexion` `NeurIPS 2023` [Language Agents with Verbal Reinforcement Learning](https://arxiv.org/abs/2303.11366)\n"
        "- [x] `LoRA` [Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/2106.09685)\n"
    )  # fmt: skip
    cot, sam, dated, reflexion, lora = _entries(text)
    assert (cot.title, sam.title, dated.title) == (
        "Chain-of-Thought Prompting",
        "Segment Anything SAM",
        "Chain-of-Thought Prompting",
    )
    assert (reflexion.short_name, lora.short_name) == ("Reflexion", "LoRA")


def test_review990_a_quoted_summary_comment_or_motto_after_a_bold_name_is_no_title():
    """Review 990: ``**Dropout** "A simple way to prevent overfitting"``, ``**Bayesian Deep
    Learning** "A must-read for anyone starting out"``: a quote not in title case keeps the
    bold as the title; so does a bold note (``**Highly Recommended Survey Paper**``)."""
    text = "# L\n\n" + (
        '- **Dropout** "A simple way to prevent overfitting" [[paper]](https://jmlr.org/papers/v15/srivastava14a.html)\n'
        '- **Bayesian Deep Learning** "A must-read for anyone starting out" [[paper]](https://arxiv.org/abs/1703.04977)\n'
        '- **Highly Recommended Survey Paper** "A Survey of Large Language Models" [[paper]](https://arxiv.org/abs/2303.18223)\n'
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == ["Dropout", "Bayesian Deep Learning", "Highly Recommended Survey Paper"]


def test_review990_italics_after_a_semicolon_must_read_as_a_title():
    """Review 990: ``**GPT-3**; *Brown et al., 2020*``, ``**YOLO**; *Joseph Redmon, Santosh
    Divvala, ...*``, ``- [ ] **Attention Is All You Need**; *Read sections three and
    four*``, ``**Deep Residual Learning for Image Recognition**; *Computer Vision and Pattern
    Recognition*``: authors, notes and venues are no title."""
    text = "# L\n\n" + (
        "- **GPT-3**; *Brown et al., 2020* [[paper]](https://arxiv.org/abs/2005.14165)\n"
        "- **YOLO**; *Joseph Redmon, Santosh Divvala, Ross Girshick, Ali Farhadi* [[paper]](https://arxiv.org/abs/1506.02640)\n"
        "- [ ] **Attention Is All You Need**; *Read sections three and four* [[paper]](https://arxiv.org/abs/1706.03762)\n"
        "- **Deep Residual Learning for Image Recognition**; *Computer Vision and Pattern Recognition* [[paper]](https://arxiv.org/abs/1512.03385)\n"
        "- [x] **Deep Residual Learning**; *Winner of ILSVRC 2015 classification* [[paper]](https://arxiv.org/abs/1512.03387)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == [
        "GPT-3",
        "YOLO",
        "Attention Is All You Need",
        "Deep Residual Learning for Image Recognition",
        "Deep Residual Learning",
    ]


def test_review990_a_title_after_the_authors_that_names_a_company_stays():
    """Review 990: ``[dm_control](arxiv). Y. Tassa et al. DeepMind Control Suite. 2018.``:
    a title naming a maker is still the title; only a list of organisations is not."""
    text = "# L\n\n" + (
        "- [dm_control](https://arxiv.org/abs/1801.00690). Y. Tassa et al. DeepMind Control Suite. 2018.\n"
        "- [Apollo](https://arxiv.org/abs/1807.08048). H. Fan et al. Baidu Apollo EM Motion Planner. 2018.\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == ["DeepMind Control Suite", "Baidu Apollo EM Motion Planner"]


def test_review990_model_sizes_after_a_name_link_are_no_title():
    """Review 990: ``[LLaMA](arxiv): 7B, 13B, 33B and 65B Models``, ``[TinyLlama](arxiv): 1B
    Model Trained on 3T Tokens``: only a dimension (``3D``, ``4D-``) may open a title."""
    text = "# L\n\n" + (
        "- [LLaMA](https://arxiv.org/abs/2302.13971): 7B, 13B, 33B and 65B Models\n"
        "- [TinyLlama](https://arxiv.org/abs/2401.02385): 1B Model Trained on 3T Tokens\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == ["LLaMA", "TinyLlama"]


def test_review990_an_implementation_item_with_a_paper_link_is_an_entry():
    """Review 990: ``- Implementation: [Layer Normalization](arxiv)`` on its own, and
    ``- Implementation: [Title](nature)`` under a paper's item, are papers, not code."""
    text = "# L\n\n" + (
        "- [Playing Atari with Deep Reinforcement Learning](https://arxiv.org/abs/1312.5602)\n"
        "- Implementation: [Human-level control through deep reinforcement learning](https://www.nature.com/articles/nature14236)\n\n"
        "Text\n\n"
        "- Implementation: [Layer Normalization](https://arxiv.org/abs/1607.06450)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == [
        "Playing Atari with Deep Reinforcement Learning",
        "Human-level control through deep reinforcement learning",
        "Layer Normalization",
    ]


def test_a_figure_credit_line_under_an_entry_is_no_entry():
    """Round 142, Reflection0427/Awesome-Multimodal-Agentic-Retrieval (the whole excerpt: its
    ``### Title`` headings are read as titles once the list shows the habit): ``<sub>Original
    paper figure: <strong>Figure 2</strong> · <a href="pdf">Source: official PDF</a> · Credit:
    ...</sub>`` under each entry credits its figure; a bold ``**Findings of ACL 2025**`` or
    ``**MAGMaR at ACL 2025**`` under the heading is where it appeared, not the title."""
    path = REAL / "fresh900__reflection0427__awesome-multimodal-agentic-retrieval" / "list.md"
    entries = parse_text(path.read_text(encoding="utf-8"), "l.md").entries
    titles = [e.title for e in entries]
    assert not [t for t in titles if t.startswith(("Original paper", "Findings of", "MAGMaR"))]
    assert "Ask in Any Modality: A Comprehensive Survey on Multimodal Retrieval-Augmented Generation" in titles  # fmt: skip
    assert any(t.startswith("CollEX: A Multimodal Agentic RAG System") for t in titles)


def test_a_figure_caption_title_and_a_venue_word_title_stay():
    """Guard: ``[Figure It Out: Improving ... Figures](arxiv)`` is a paper titled with the
    word, not a credit; ``**Findings of the Deep Sea Survey**`` with no venue is a title."""
    text = "# L\n\n" + (
        "- [Figure It Out: Improving the Frontier of Reasoning with Active Source Credit](https://arxiv.org/abs/2501.00001)\n"
        "- **Findings of the Deep Sea Survey** [paper](https://arxiv.org/abs/2501.00002)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles[0].startswith("Figure It Out") and titles[1] == "Findings of the Deep Sea Survey"


def test_a_topic_and_four_dashes_before_a_title_are_cut():
    """Round 142, Zhangyong-Tang/Awesome-MultiModal-Visual-Object-Tracking: ``* RGBT ---- A
    Comprehensive Review of RGBT Tracking. Authors. TIM 2024. [[Paper](url)]``."""
    text = "# L\n\n" + (
        "* RGBT ---- A Comprehensive Review of RGBT Tracking. Haiping Zhang, Di Yuan, Xiu Shu. TIM 2024. [[Paper](https://ieeexplore.ieee.org/abstract/document/10616144)]\n"
        "* RGBD/T ---- Multi-modal visual tracking: Review and experimental comparison. Zhang, Pengyu, Dong Wang, and Huchuan Lu. Computational Visual Media 2024. [[Paper](https://link.springer.com/article/10.1007/s41095-023-0345-5)]\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title == "A Comprehensive Review of RGBT Tracking"
    assert second.title.startswith("Multi-modal visual tracking")


def test_review991_topic_tags_need_a_title_in_title_case_and_no_maker_or_note():
    """Review 991: `` `Qwen` `LLM` [Qwen Team, Alibaba Group](arxiv) ``, `` `MAE` `ssl`
    [ICLR Outstanding Paper Award](arxiv) ``, `` `SAM` `seg` [The first foundation model for
    promptable segmentation](arxiv) ``, `` `NeRF` [Video walkthrough by Yannic
    Kilcher](arxiv) ``: makers, awards, sentences and notes are no title; the spans stay."""
    text = "# L\n\n" + (
        "* `Qwen` `LLM` [Qwen Team, Alibaba Group](https://arxiv.org/abs/2309.16609)\n"
        "* `MAE` `self-supervised` [ICLR Outstanding Paper Award](https://arxiv.org/abs/2111.06377)\n"
        "* `Segment Anything` `SAM` [The first foundation model for promptable segmentation](https://arxiv.org/abs/2304.02643)\n"
        "* `Neural Radiance Fields` `NeRF` [Video walkthrough by Yannic Kilcher](https://arxiv.org/abs/2003.08934)\n"
        "* `RAG` `retrieval` [Read the full paper on arXiv](https://arxiv.org/abs/2005.11401)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == [
        "Qwen LLM",
        "MAE self-supervised",
        "Segment Anything SAM",
        "Neural Radiance Fields NeRF",
        "RAG retrieval",
    ]


def test_review991_a_quoted_nickname_after_a_bold_title_is_no_title():
    """Review 991: ``**Generative Adversarial Nets** "The Original GAN Paper"``,
    ``**Attention Is All You Need**: "The Transformer Paper Everyone Cites"``: a quote of
    fewer than six words is a nickname or a motto; the bold stays the title."""
    text = "# L\n\n" + (
        '- **Generative Adversarial Nets** "The Original GAN Paper" [[paper](https://arxiv.org/abs/1406.2661)]\n'
        '- **Attention Is All You Need**: "The Transformer Paper Everyone Cites" [[paper](https://arxiv.org/abs/1706.03762)]\n'
        '- **Playing Atari with Deep RL** "Where Deep RL Began" [[paper](https://arxiv.org/abs/1312.5602)]\n'
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == [
        "Generative Adversarial Nets",
        "Attention Is All You Need",
        "Playing Atari with Deep RL",
    ]


def test_review991_one_title_ending_in_an_organisation_word_after_a_byline_stays():
    """Review 991: ``[PBB](doi). D. Knill et al. The Bayesian Brain. Trends in Neurosciences
    2004.``: one capitalised name ending in ``Brain``, ``Group`` or ``University`` is a title;
    only a list of organisations (two or more, by commas) is who made the paper."""
    text = "# L\n\n" + (
        "- [PBB](https://doi.org/10.1016/j.tins.2004.10.007). D. Knill et al. The Bayesian Brain. Trends in Neurosciences 2004.\n"
        "- [OUA](https://arxiv.org/abs/2001.00001). J. Smith et al. Predicting Student Dropout at the Open University. 2020.\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == ["The Bayesian Brain", "Predicting Student Dropout at the Open University"]


def test_review991_a_code_item_gives_code_only_to_the_paper_right_above_it():
    """Review 991: ``- [ResNet title](arxiv)`` / ``- Densely Connected ... (CVPR 2017)`` /
    ``- Implementation: [liuzhuang13/DenseNet](github)``: the item between (no paper link)
    is not ResNet's; and a Scholar search as a paper's link still gives an entry with its
    code (a list of such links reads as before)."""
    text = "# L\n\n" + (
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
        "- Densely Connected Convolutional Networks (CVPR 2017)\n"
        "- Implementation: [liuzhuang13/DenseNet](https://github.com/liuzhuang13/DenseNet)\n\n"
        "Text\n\n"
        "- **Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields** (CVPR 2022) [[Paper]](https://scholar.google.com/scholar?q=Mip-NeRF+360) [[Code]](https://github.com/google-research/multinerf)\n"
    )  # fmt: skip
    resnet, mip = _entries(text)
    assert resnet.code is None
    assert mip.code is not None and mip.code.url == "https://github.com/google-research/multinerf"


def test_notes_under_each_paper_of_a_cell_are_no_papers():
    """Round 142, RenBing-Sumeru/Awesome-LLM-Reasoning-Data: ``[Title](arxiv) (2025, arXiv) ·
    [Card](cards/x.md)<br><sub>data: ...; feedback: ...</sub><br>[Title 2](arxiv)``: the
    notes' semicolons split no papers and the list's own cards are no second paper link."""
    text = "# L\n\n" + (
        "| Subfield | Papers | Risk |\n|---|---|---|\n"
        "| surveys | [LiveBench: A challenging, contamination-free benchmark for large language models](https://arxiv.org/abs/2406.19314) (2024, arXiv) · [Card](cards/failures/livebench.md)<br><sub>data: answer level; feedback: programmatic, mixed</sub><br>[Language Model Developers Should Report Train-Test Overlap](https://arxiv.org/abs/2410.08385) (2024, arXiv)<br><sub>data: overlap analysis.; feedback: overlap analysis rather than a reward model.</sub> | x |\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == [
        "LiveBench: A challenging, contamination-free benchmark for large language models",
        "Language Model Developers Should Report Train-Test Overlap",
    ]


def test_byline_lines_under_each_paper_of_a_cell_still_date_it():
    """Guard: ``[Title](arxiv)<br>Long et al., CVPR 2015<br>[Title 2](arxiv)<br>Zhao et
    al., CVPR 2017``: the lines under the papers are theirs, not notes to drop."""
    text = "# L\n\n" + (
        "| Topic | Papers |\n|---|---|\n"
        "| seg | [Fully Convolutional Networks for Semantic Segmentation](https://arxiv.org/abs/1411.4038)<br>Long et al., CVPR 2015<br>[Pyramid Scene Parsing Network](https://arxiv.org/abs/1612.01105)<br>Zhao et al., CVPR 2017 |\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [2015, 2017]


def test_a_title_holding_of_or_in_before_its_venue_stays_a_title():
    """Guard (fresh25, fresh121): ``* Fictitious Self-Play in Extensive-Form Games, ICML 2015
    [[paper](pdf)]``: only a track's name before ``of``/``at`` and a bare venue and year
    (``Findings of ACL 2025``) is where a paper appeared."""
    text = "# L\n\n" + (
        "* Fictitious Self-Play in Extensive-Form Games, ICML 2015 [[paper](http://proceedings.mlr.press/v37/heinrich15.pdf)].\n"
        "-  Intensity-Free Learning of Temporal Point Processes, ICLR2020, [Link](https://arxiv.org/pdf/1909.12127.pdf), [Code](https://github.com/shchur/ifl-tpp)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == [
        "Fictitious Self-Play in Extensive-Form Games",
        "Intensity-Free Learning of Temporal Point Processes",
    ]


def test_review992_image_and_figure_tags_before_papers_are_no_credits():
    """Review 992: ``- Image: [InstantID: ...](arxiv) [[Source code]](github)``, ``- Image:
    [Source-Free Domain Adaptation ...](arxiv) (CVPR 2021)``: a modality tag before a paper,
    with ``source`` in a label or a title, is no figure credit."""
    text = "# L\n\n" + (
        "- Image: [InstantID: Zero-shot Identity-Preserving Generation in Seconds](https://arxiv.org/abs/2401.07519) [[Source code]](https://github.com/InstantID/InstantID)\n"
        "- Image: [Source-Free Domain Adaptation for Semantic Segmentation](https://arxiv.org/abs/2103.16372) (CVPR 2021)\n"
    )  # fmt: skip
    assert len(_entries(text)) == 2


def test_review992_an_em_dash_name_or_a_byline_after_dashes_is_kept():
    """Review 992: ``- Reflexion --- Language Agents ...`` (``---``: an em dash after a
    name), ``- Dropout ---- Srivastava et al., JMLR 2014``: only a tag in capitals before
    four dashes and a title is cut."""
    text = "# L\n\n" + (
        "- Reflexion --- Language Agents with Verbal Reinforcement Learning [[paper]](https://arxiv.org/abs/2303.11366)\n"
        "- Dropout ---- Srivastava et al., JMLR 2014 [[paper]](https://jmlr.org/papers/v15/srivastava14a.html)\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title.startswith("Reflexion") and second.title.startswith("Dropout")


def test_review992_a_dated_line_under_a_paper_in_a_cell_dates_it():
    """Review 992: ``[Title](arxiv)<br>venue: CVPR 2015<br>[Title 2](arxiv)<br>venue: CVPR
    2017``: a labelled line with a year is the paper's, not a note to drop."""
    text = "# L\n\n" + (
        "| Topic | Papers |\n|---|---|\n"
        "| seg | [Fully Convolutional Networks for Semantic Segmentation](https://arxiv.org/abs/1411.4038)<br>venue: CVPR 2015<br>[Pyramid Scene Parsing Network](https://arxiv.org/abs/1612.01105)<br>venue: CVPR 2017 |\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [2015, 2017]


def test_review992_a_short_quoted_title_after_a_label_is_the_title():
    """Review 992: ``**Google Brain and Toronto**: "Attention Is All You Need"``: a title of
    five words in title case is no nickname (``"The Original GAN Paper"`` is)."""
    text = "# L\n\n" + (
        '- **Google Brain and Toronto**: "Attention Is All You Need" [[paper](https://arxiv.org/abs/1706.03762)]\n'
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.title == "Attention Is All You Need"


def test_review992_a_code_item_with_a_note_below_it_gives_its_code():
    """Review 992: ``- [Title](arxiv)`` / ``- Source code: [repo](github)`` with a child
    ``- (archived; see trax)``: a child with no paper keeps the code the paper's."""
    text = "# L\n\n" + (
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- Source code: [tensorflow/tensor2tensor](https://github.com/tensorflow/tensor2tensor)\n"
        "  - (archived; see trax)\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.code is not None and e.code.url.endswith("tensorflow/tensor2tensor")
