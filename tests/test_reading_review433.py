"""Regressions three reviews found in the fresh433 rules (each probe read right before them),
each held by a test that fails on e6ec91f."""

from __future__ import annotations

from pipeline.formats.dates import find_year
from pipeline.parse import parse_text
from tests.support.reading import reader

_titles = reader("title")
_years = reader("title", "year")


def _codes(text: str) -> list[str | None]:
    return [e.code.url if e.code else None for e in parse_text(text, "l.md").entries]


def test_a_topic_heading_does_not_take_the_title_of_the_paragraph_below_it():
    """``### Vision Transformers`` over ``An image is worth 16x16 words: ... vision. [[paper]]``
    (a title in sentence case, ending in a full stop) and ``### Efficient Attention
    Mechanisms`` over ``Attention Is All You Need, 2017, NeurIPS.``: the heading names a
    topic; the paper's title is the line below."""
    text = (
        "### Vision Transformers\n\n"
        "An image is worth 16x16 words: transformers for image recognition at scale in "
        "computer vision. [[paper]](https://arxiv.org/abs/2010.11929) "
        "[[code]](https://github.com/google-research/vision_transformer) [2021]\n\n"
        "### Efficient Attention Mechanisms\n\n"
        "Attention Is All You Need, 2017, NeurIPS.\n\n"
        "[Paper](https://arxiv.org/abs/1706.03762)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0].startswith("An image is worth 16x16 words")
    assert titles[1] == "Attention Is All You Need"


def test_a_summary_under_a_title_heading_or_a_ui_phrase_takes_no_title():
    """``### Segment Anything`` over ``<summary><b>Click to read the abstract</b></summary>``
    or a bold sentence of the abstract: the heading stays the title."""
    text = (
        "### Segment Anything\n\n"
        "<details><summary><b>We introduce a new task, model, and dataset for image "
        "segmentation</b></summary>\n\n"
        "[[paper](https://arxiv.org/abs/2304.02643)] "
        "[[code](https://github.com/facebookresearch/segment-anything)]\n\n</details>\n\n"
        "### Visual Instruction Tuning\n\n"
        "<details>\n<summary><b>Click to read the abstract</b></summary>\n\n"
        "We present the first attempt to use language-only GPT-4 to generate multimodal "
        "language-image instruction-following data.\n\n</details>\n\n"
        "[[paper]](https://arxiv.org/abs/2304.08485)\n"
    )
    assert _titles(text) == [("Segment Anything",), ("Visual Instruction Tuning",)]


def test_only_an_items_own_venue_after_its_authors_dates_the_paper():
    """A year item heading the blogs after a paper, a venue after a tool's link, a release
    date, a dataset's year: none dates the paper above them."""
    text = (
        "## Transformers\n"
        "* [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "* 2018\n"
        "* [The Illustrated Transformer](https://jalammar.github.io/illustrated-transformer/)\n\n"
        "## Optimisation\n"
        "* [Practical Bayesian Optimization of Machine Learning Algorithms](https://papers.nips"
        ".cc/paper/4522-practical-bayesian-optimization-of-machine-learning-algorithms.pdf)\n"
        "* [Spearmint](https://github.com/HIPS/Spearmint)\n"
        "* ICML 2015 Workshop\n\n"
        "## Ensembles\n"
        "* Deep Ensembles: A Loss Landscape Perspective [[pdf]](https://arxiv.org/abs/1912.02757)\n"
        "* Stanislav Fort, Huiyi Hu, Balaji Lakshminarayanan\n"
        "* Code Released Dec 2021\n\n"
        "## Segmentation\n"
        "* Mask Scoring R-CNN [[pdf]](https://arxiv.org/abs/1903.00241)\n"
        "* Zhaojin Huang, Lichao Huang, Yongchao Gong, Chang Huang, Xinggang Wang\n"
        "* `COCO 2017`\n"
    )
    assert [y for _, y in _years(text)] == [None, None, None, None]


def test_a_sentence_after_an_items_own_title_keeps_the_entry():
    """``**Neural ODEs** (NeurIPS 2018): ... Paper is available at [Title](url)`` and ``Dataset
    Distillation, arXiv 2018. Code is available at [GitHub](url) and the paper at [arXiv](url)``:
    the item opens with its paper; the sentence says where its links lead."""
    text = (
        "- **Neural ODEs** (NeurIPS 2018): continuous-depth residual networks. Paper is "
        "available at [Neural Ordinary Differential Equations](https://arxiv.org/abs/1806.07366)\n"
        "- Dataset Distillation, arXiv 2018. Code is available at [GitHub](https://github.com/"
        "SsnL/dataset-distillation) and the paper at [arXiv](https://arxiv.org/abs/1811.10959)\n"
    )
    assert len(_titles(text)) == 2


def test_a_labelled_or_readme_markdown_link_in_a_repository_is_still_code():
    """``[[Official]]``, ``[[Jax]]``, ``[[Keras]]``, ``[[GitHub Repo]]``, ``[[源码]]``, ``[[C++]]``
    to a repository's Markdown file, and a title linked to a model's README in a monorepo:
    code, as before."""
    labels = ("Official", "Jax", "Keras", "GitHub Repo", "源码", "C++")
    text = "".join(
        f"- Paper Number {k} For Testing [[Paper]](https://arxiv.org/abs/2111.0637{k}) "
        f"[[{label}]](https://github.com/o/r{k}/blob/main/README.md)\n"
        for k, label in enumerate(labels)
    ) + (
        "- [DeepLab: Semantic Image Segmentation with Deep Convolutional Nets](https://github.com"
        "/tensorflow/models/blob/master/research/deeplab/README.md) "
        "[[Paper]](https://arxiv.org/abs/1606.00915)\n"
    )
    codes = _codes(text)
    assert codes[:6] == [f"https://github.com/o/r{k}/blob/main/README.md" for k in range(6)]
    assert codes[6] == "https://github.com/tensorflow/models/blob/master/research/deeplab/README.md"


def test_a_classic_named_in_a_description_and_a_dataset_download_page_keep_their_reading():
    """``— a modern reading of Rosenblatt, 1958. [[Code]](url)`` dates nothing (only a quoted
    citation's closing year does); ``[[Download]](isca-speech.org/downloads/musan)`` is not a
    venue's downloads index, and a Project Euclid issue's contents is no paper."""
    assert (
        find_year("A Perceptron Revisited: a modern reading of Rosenblatt, 1958. [Code] ")[0]
        is None
    )
    text = (
        "- [MUSAN: A Music, Speech, and Noise Corpus](http://www.openslr.org/17/) "
        "[[Download]](https://www.isca-speech.org/downloads/musan)\n"
        "- [[Annals of Statistics](https://projecteuclid.org/journals/annals-of-statistics/"
        "volume-6/issue-2)] The Jackknife Estimate of Variance, 1978\n"
    )
    assert _titles(text) == [("MUSAN: A Music, Speech, and Noise Corpus",)]


def test_a_topic_heading_of_five_words_over_a_title_in_sentence_case_is_no_title():
    """``### Deep Learning Approaches for Energy Disaggregation`` over ``Sequence to point
    learning with neural networks for non-intrusive load monitoring in smart homes. [[PDF]]``:
    an abstract speaks of its work (``We``, ``This paper``); a title in sentence case does
    not, so it stays the title."""
    text = (
        "### Deep Learning Approaches for Energy Disaggregation\n\n"
        "Sequence to point learning with neural networks for non-intrusive load monitoring in "
        "smart homes. [[PDF](https://arxiv.org/abs/1612.09106)] "
        "[[Code](https://github.com/MingjunZhong/NeuralNetNilm)] [2018]\n"
    )
    assert _titles(text) == [
        (
            "Sequence to point learning with neural networks for non-intrusive load "
            "monitoring in smart homes",
        )
    ]


def test_a_summary_under_a_bold_title_waiting_for_its_links_folds_its_part():
    """``**Muon is Scalable for LLM Training**`` then ``<summary><b>Training Setup and
    Hyperparameters Used</b></summary>`` then its links: one paper (a fold without a byline is
    a part of it). A summary with a title and its byline after a note heads its paper."""
    text = (
        "## Optimizers\n\n**Muon is Scalable for LLM Training**\n\n"
        "<details>\n<summary><b>Training Setup and Hyperparameters Used</b></summary>\n\n"
        "Trained with Muon on 5.7T tokens.\n\n</details>\n\n"
        "[[Paper]](https://arxiv.org/abs/2502.16982) [[Code]](https://github.com/MoonshotAI/"
        "Moonlight)\n\n"
        "## Regularisation\n\n"
        "> How erasing parts of an image helps a network\n\n"
        "<details>\n<summary><b>Hide-and-Seek: Forcing a Network to be Meticulous for "
        "Weakly-supervised Object and Action Localization</b> — <i>Krishna Kumar Singh, Yong "
        "Jae Lee</i></summary>\n\n"
        "🔗 [Paper Link](https://arxiv.org/abs/1704.04232)\n\n</details>\n"
    )
    assert _titles(text) == [
        ("Muon is Scalable for LLM Training",),
        (
            "Hide-and-Seek: Forcing a Network to be Meticulous for Weakly-supervised Object "
            "and Action Localization",
        ),
    ]


def test_a_title_that_opens_with_the_and_a_sentence_on_its_code_stays_an_entry():
    """``The Lottery Ticket Hypothesis: ... (ICLR 2019). Code is available at [OpenLTH framework
    on GitHub](url) [[paper]](arxiv)`` and ``The Curious Case of Neural Text Degeneration (ICLR
    2020). The paper can be found at [Title](arxiv)``: the item opens with its paper."""
    text = (
        "- The Lottery Ticket Hypothesis: Finding Sparse, Trainable Neural Networks (ICLR 2019). "
        "Code is available at [OpenLTH framework on GitHub](https://github.com/facebookresearch/"
        "open_lth) [[paper]](https://arxiv.org/abs/1803.03635)\n"
        "- The Curious Case of Neural Text Degeneration (ICLR 2020). The paper can be found at "
        "[The Curious Case of Neural Text Degeneration](https://arxiv.org/abs/1904.09751)\n"
        "- The Power of Scale for Parameter-Efficient Prompt Tuning, EMNLP 2021. Code is "
        "available at [google-research prompt-tuning repository](https://github.com/"
        "google-research/prompt-tuning) [[Paper]](https://arxiv.org/abs/2104.08691)\n"
    )
    assert len(_titles(text)) == 3


def test_translated_readmes_and_docs_of_a_code_repository_are_code():
    """``[Title](github.com/o/r/blob/main/README_zh.md)``, ``[Title](.../doc/doc_en/x.md)``,
    ``[[Official Megvii repo]](.../README_EN.md)``: a code repository's pages, not a note;
    a note lives in a notes repository or folder (``paper-notes/.../x.md``)."""
    text = (
        "- [Segment Anything in High Quality](https://github.com/SysCV/sam-hq/blob/main/"
        "README_zh.md) [[Paper]](https://arxiv.org/abs/2306.01567)\n"
        "- [PP-OCR: A Practical Ultra Lightweight OCR System](https://github.com/PaddlePaddle/"
        "PaddleOCR/blob/release/2.7/doc/doc_en/ppocr_introduction_en.md) "
        "[[Paper]](https://arxiv.org/abs/2009.09941)\n"
        "- YOLOX: Exceeding YOLO Series in 2021 [[Paper]](https://arxiv.org/abs/2107.08430) "
        "[[Official Megvii repo]](https://github.com/Megvii-BaseDetection/YOLOX/blob/main/"
        "README_EN.md)\n"
    )
    assert all(c is not None for c in _codes(text))


def test_a_year_cited_in_a_description_and_an_award_item_date_nothing():
    """``- [Title](url) - ... extends the approach of Graves, 2011b.``, ``— a modern reading of
    Quenouille's "Notes on bias in estimation", 1956. [[Code]]``, ``* Test of Time Award
    2024`` under a paper's authors: another work's year, an award's."""
    text = (
        "- [Weight Uncertainty in Neural Networks](https://proceedings.mlr.press/v37/"
        "blundell15.html) - a variational approach that extends the approach of Graves, 2011b.\n"
        "- [Revisiting the Jackknife](https://arxiv.org/abs/2106.01234) — a modern reading of "
        'Quenouille\'s "Notes on bias in estimation", 1956. [[Code]](https://github.com/o/r)\n\n'
        "## Regularisation\n"
        "* Dropout: A Simple Way to Prevent Neural Networks from Overfitting "
        "[[pdf]](https://jmlr.org/papers/v15/srivastava14a.html)\n"
        "* Nitish Srivastava, Geoffrey Hinton, Alex Krizhevsky\n"
        "* Test of Time Award 2024\n"
    )
    assert [y for _, y in _years(text)] == [None, None, None]


def test_questions_with_we_and_year_first_titles_stay_titles_under_a_topic():
    """``Are we really making much progress? A worrying analysis ...`` under a five-word topic
    heading, ``2018, Content-Based Citation Recommendation.`` under a topic: titles, not an
    abstract or a byline (a third review's probes)."""
    text = (
        "### Reproducibility of Neural Recommendation Studies\n\n"
        "Are we really making much progress? A worrying analysis of recent neural "
        "recommendation approaches. [[PDF](https://arxiv.org/abs/1907.06902)] "
        "[[Code](https://github.com/MaurizioFD/RecSys2019_DeepLearning_Evaluation)] [RecSys 2019]\n\n"
        "### Citation Recommendation Systems\n\n"
        "2018, Content-Based Citation Recommendation.\n\n"
        "[[Paper]](https://arxiv.org/abs/1802.08301)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0].startswith("Are we really making much progress?")
    assert titles[1] == "Content-Based Citation Recommendation"


def test_one_word_names_over_titles_that_open_like_notes_take_them():
    """``* SWEM`` over ``Baseline Needs More Love: ... (ACL 2018), Shen et al.``, ``* SF`` over
    ``Successor Features ...``, ``* BM3D`` over ``Image Denoising ... (Dabov et al. 2007), IEEE
    TIP``: the cited title, as before the fresh433 rules."""
    text = (
        " * SWEM [[PDF]](https://arxiv.org/abs/1805.09843)\n"
        "   * Baseline Needs More Love: On Simple Word-Embedding-Based Models (ACL 2018), "
        "Dinghan Shen et al.\n"
        " * SF [[PDF]](https://arxiv.org/abs/1606.05312)\n"
        "   * Successor Features for Transfer in Reinforcement Learning (NIPS 2017), André "
        "Barreto et al.\n"
        " * BM3D [[PDF]](http://www.cs.tut.fi/~foi/GCF-BM3D/BM3D_TIP_2007.pdf)\n"
        "   * Image Denoising by Sparse 3-D Transform-Domain Collaborative Filtering (Dabov et "
        "al. 2007), IEEE TIP\n"
    )
    assert _titles(text) == [
        ("Baseline Needs More Love: On Simple Word-Embedding-Based Models",),
        ("Successor Features for Transfer in Reinforcement Learning",),
        ("Image Denoising by Sparse 3-D Transform-Domain Collaborative Filtering",),
    ]


def test_a_fold_under_a_title_with_its_venue_or_in_plain_text_stays_its_part():
    """``**Attention Is All You Need** (NeurIPS 2017)`` or a plain title line, then
    ``<summary><b>Key Ideas and Main Contributions</b></summary>``: one paper, dated."""
    text = (
        "## Transformers\n\n"
        "**Attention Is All You Need** (NeurIPS 2017)\n\n"
        "<details>\n<summary><b>Key Ideas and Main Contributions</b></summary>\n\n"
        "Self-attention replaces recurrence.\n\n</details>\n\n"
        "[[Paper]](https://arxiv.org/abs/1706.03762) [[Code]](https://github.com/tensorflow/"
        "tensor2tensor)\n"
    )
    assert _years(text) == [("Attention Is All You Need", 2017)]


def test_a_sentence_into_a_titled_link_under_its_heading_stays_an_entry():
    """``### BERT`` / ``The paper is available at [BERT: Pre-training ...](arxiv)``; ``- All
    chapters of the book can be downloaded from [Pattern Recognition and Machine Learning](pdf)``:
    each is its entry (the sentence rule of the first pass is withdrawn)."""
    text = (
        "### BERT\n\n"
        "The paper is available at [BERT: Pre-training of Deep Bidirectional Transformers for "
        "Language Understanding](https://arxiv.org/abs/1810.04805), and the code at "
        "[google-research/bert](https://github.com/google-research/bert).\n\n"
        "## Textbooks\n"
        "- All chapters of the book can be downloaded from [Pattern Recognition and Machine "
        "Learning](https://www.microsoft.com/en-us/research/uploads/prod/2006/01/Bishop-Pattern-"
        "Recognition-and-Machine-Learning-2006.pdf)\n"
    )
    assert len(_titles(text)) == 2


def test_readmes_in_repositories_named_like_notes_are_code():
    """``[[GitHub]](github.com/afourast/deep_lip_reading/blob/master/README.md)``,
    ``[[Official]](github.com/hojonathanho/diffusion/blob/master/notebooks/README.md)``,
    ``[[代码]](github.com/o/Paper-Reading-Notes/blob/master/focal_loss/README.md)``: code."""
    urls = (
        "https://github.com/afourast/deep_lip_reading/blob/master/README.md",
        "https://github.com/hojonathanho/diffusion/blob/master/notebooks/README.md",
        "https://github.com/o/Paper-Reading-Notes/blob/master/focal_loss/README.md",
    )
    titles = (
        "Deep Lip Reading: A Comparison of Models",
        "Denoising Diffusion Probabilistic Models",
        "Focal Loss for Dense Object Detection",
    )
    labels = ("GitHub", "Official", "代码")
    text = "".join(
        f"- {t} [[Paper]](https://arxiv.org/abs/2111.0637{k}) [[{label}]]({url})\n"
        for k, (t, label, url) in enumerate(zip(titles, labels, urls, strict=True))
    )
    assert _codes(text) == list(urls)


def test_a_quoted_classic_in_a_description_dates_nothing():
    """``- [Revisiting the Jackknife](url) — a modern reading of Quenouille, "Notes on bias in
    estimation", 1956. [[Code]](url)`` and ``Kingma and Ba. "Adam: ..." revisits Robbins and
    Monro, 1951. [[Link]](url)``: the cited classic's year, not the entry's."""
    assert (
        find_year('Revisiting — a reading of Quenouille, "Notes on bias", 1956. [Code]')[0] is None
    )
    assert find_year('Kingma and Ba. "Adam." revisits Robbins and Monro, 1951. [Link]')[0] is None
    assert find_year('M. H Quenouille. "Notes on bias." Biometrika, 1956. [Link]')[0] == 1956


def test_a_sections_introduction_ending_in_a_survey_link_is_no_entry():
    """``### Large Language Models for Robot Task Planning`` / ``In this section we list works
    that use ... [[Survey](arxiv)]`` / its items: the heading names a section; the survey link
    is the introduction's, not a paper titled by the heading (a fourth review's probe)."""
    text = (
        "### Large Language Models for Robot Task Planning\n\n"
        "In this section we list works that use a pretrained language model to plan a robot's "
        "tasks from instructions and skills. [[Survey](https://arxiv.org/abs/2311.07226)]\n\n"
        "- [Do As I Can, Not As I Say: Grounding Language in Robotic Affordances]"
        "(https://arxiv.org/abs/2204.01691)\n"
    )
    assert _titles(text) == [
        ("Do As I Can, Not As I Say: Grounding Language in Robotic Affordances",)
    ]


def test_a_dataset_a_tutorial_or_a_keynote_after_the_authors_dates_nothing():
    """``* ImageNet 2012``, ``* NIPS 2016 Tutorial``, ``* Interspeech 2021 Keynote`` below a
    paper's authors: a dataset's year, a later talk's, not where the paper appeared."""
    items = ("ImageNet 2012", "NIPS 2016 Tutorial", "Interspeech 2021 Keynote")
    papers = (
        ("Deep Residual Learning for Image Recognition", "1512.03385"),
        ("Generative Adversarial Networks", "1406.2661"),
        (
            "wav2vec 2.0: A Framework for Self-Supervised Learning of Speech Representations",
            "2006.11477",
        ),
    )
    text = "".join(
        f"## Section {k}\n* {t} [[pdf]](https://arxiv.org/abs/{i})\n"
        f"* Ada Lovelace, Alan Turing, Grace Hopper\n* {item}\n\n"
        for k, ((t, i), item) in enumerate(zip(papers, items, strict=True))
    )
    assert [y for _, y in _years(text)] == [None, None, None]


def test_a_toolkits_docs_notes_page_labelled_by_its_name_is_code_and_a_link_label_after_a_year():
    """``[[Detectron2]](github.com/facebookresearch/detectron2/blob/main/docs/notes/
    benchmarks.md)``: the toolkit's code; ``Biometrika, 1956. [Link](url)`` (one bracket, the
    label plain after the year): the citation's year."""
    text = (
        "- Mask R-CNN [[Paper]](https://arxiv.org/abs/1703.06870) [[Detectron2]](https://"
        "github.com/facebookresearch/detectron2/blob/main/docs/notes/benchmarks.md)\n"
    )
    assert _codes(text) == [
        "https://github.com/facebookresearch/detectron2/blob/main/docs/notes/benchmarks.md"
    ]
    assert find_year('M. H Quenouille. "Notes on bias." Biometrika, 1956. Link')[0] == 1956
