"""Round 139 (fresh881-888): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


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


def test_a_paper_label_linking_a_scholar_search_gives_no_entry():
    """Round 141, DEEP-JLU/awesome-graph-engineering: ``- (NeurIPS 2020) **GPT-3** —
    Language Models are Few-Shot Learners [[Paper]](scholar.google.com/scholar?q=...)``: a
    search for the paper is no paper link, whatever its label says; its arXiv neighbour is."""
    text = "# L\n\n" + (
        "- (NeurIPS 2020) **GPT-3** — Language Models are Few-Shot Learners [[Paper]](https://scholar.google.com/scholar?q=Language+Models+are+Few-Shot+Learners)\n"
        "- (arXiv 2021) **Gopher** — Scaling Language Models: Methods, Analysis & Insights from Training Gopher [[Paper]](https://arxiv.org/abs/2112.11446)\n"
        "- (ICML 2023) **X** — A Paper Found by Its Record [[Paper]](https://scholar.google.com/citations?view_op=view_citation&citation_for_view=abc:def)\n"
    )  # fmt: skip
    result = parse_text(text, "l.md")
    hosts = [e.paper.url.split("/")[2] for e in result.entries if e.paper]
    assert hosts == ["arxiv.org", "scholar.google.com"]  # (one paper's page there is its)
