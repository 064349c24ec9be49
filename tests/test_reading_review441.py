"""What four reviews of the fresh441-448 rules found (probes of lists the corpus does not
hold), each held by a test that fails on the reviewed commit (17c00e6)."""

from __future__ import annotations

from pipeline.formats.tables import table_roles
from pipeline.parse import parse_text
from tests.support.reading import reader

_titles = reader("title")
_years = reader("title", "year")


def _venues(text: str) -> list[tuple[int | None, str | None]]:
    return [(e.year, e.venue) for e in parse_text(text, "l.md").entries]


def test_bold_names_tags_and_whole_titles_stay_apart_from_the_title():
    """Names before a bold title, a bold byline or tag after it, and a bold whole title or
    name followed by a description: none is joined into the title (``Jonathan Ho, ...
    **Title**``, ``Title **Liu** et al.``, ``Title **Oral** ICCV 2023``, ``**Attention Is All
    You Need** for the original transformer``, ``**LoRA** for efficient fine-tuning``)."""
    text = (
        "- Jonathan Ho, Ajay Jain, Pieter Abbeel **Denoising Diffusion Probabilistic Models**"
        " NeurIPS 2020 [paper](https://arxiv.org/abs/2006.11239)\n"
        "- Visual Instruction Tuning **Liu** et al. 2023 [paper](https://arxiv.org/abs/2304.08485)\n"
        "- Segment Anything **Oral** ICCV 2023 [paper](https://arxiv.org/abs/2304.02643)\n"
        "- **Attention Is All You Need** for the original transformer architecture"
        " [paper](https://arxiv.org/abs/1706.03762)\n"
        "- **LoRA** for efficient fine-tuning of large language models"
        " [paper](https://arxiv.org/abs/2106.09685)\n"
    )
    assert _titles(text) == [
        ("Denoising Diffusion Probabilistic Models",),
        ("Visual Instruction Tuning",),
        ("Segment Anything",),
        ("Attention Is All You Need",),
        ("LoRA",),
    ]


def test_an_abbreviation_inside_a_one_author_citation_does_not_end_its_title():
    """``Ng, A. Y. (2004). Feature selection, L1 vs. L2 regularization, ...``: the whole
    title, not ``Feature selection, L1 vs``."""
    text = (
        "| Paper | Code |\n|---|---|\n"
        "| Ng, A. Y. (2004). Feature selection, L1 vs. L2 regularization, and rotational"
        " invariance. ICML. [pdf](https://icml.cc/Conferences/2004/proceedings/papers/354.pdf)"
        " | - |\n"
    )
    assert _titles(text) == [
        ("Feature selection, L1 vs. L2 regularization, and rotational invariance",)
    ]


def test_apa_names_over_a_note_and_a_titled_link_are_not_joined_to_the_note():
    """``Kingma, D. P., & Ba, J. (2014).`` over a note, then ``[Adam: ...](arxiv)`` on the
    line below: the note is no title (the reader keeps its old reading)."""
    text = (
        "- Huang, C. A., Vaswani, A., & Uszkoreit, J. (2018).\n"
        "  Relative attention makes long pieces coherent\n"
        "  [Music Transformer: Generating Music with Long-Term Structure]"
        "(https://arxiv.org/abs/1809.04281)\n"
    )
    (title,) = _titles(text)
    assert title[0] != "Relative attention makes long pieces coherent"


def test_a_book_label_on_a_papers_page_keeps_the_paper():
    """``[book](doi.org/10.1007/s10915-...)``, ``[book](openreview.net/forum?...)``: a paper
    under an odd label; ``[Book](link.springer.com/book/...)`` and ``[Book](doi.org/...978-...)``
    (an ISBN) are books."""
    text = (
        "- **Scientific machine learning through physics-informed neural networks.** 2022."
        " [book](https://doi.org/10.1007/s10915-022-01939-z)\n"
        "- **Fourier neural operator for parametric partial differential equations.** ICLR,"
        " 2021. [book](https://openreview.net/forum?id=c8P9NQVtmnO)\n"
        "- **Deep Learning Techniques for Music Generation.** Springer, 2020."
        " [Book](https://link.springer.com/book/10.1007/978-3-319-70163-9)\n"
        "- **Graph Representation Learning.** 2020. [Book](https://doi.org/10.1007/978-3-031-01588-5)\n"
    )
    assert _titles(text) == [
        ("Scientific machine learning through physics-informed neural networks",),
        ("Fourier neural operator for parametric partial differential equations",),
    ]


def test_venue_lines_that_divide_a_section_stay_dividers():
    """Year paragraphs over headed papers (``2020`` / two papers / ``2021`` / two papers)
    date the papers after them; a heading that names its venue (``[CVPR 2018]``) leaves
    the line below it to the papers after it; a heading that opens a section (and is read as
    a paper too) leaves its year line to the list below."""
    dividers = (
        "## Papers\n\n2020\n\n"
        "#### [Adversarial Training for Free!](https://papers.nips.cc/paper/8597-free)\n\n"
        "#### [Fast is better than free: Revisiting adversarial training]"
        "(https://openreview.net/forum?id=BJx040EFvH)\n\n2021\n\n"
        "#### [Bag of Tricks for Adversarial Training](https://openreview.net/forum?id=Xb8xvrtB8Ce)\n"
    )
    assert [y for _, y in _years(dividers)] == [2020, 2020, 2021]
    stated = (
        "### Detection\n\n"
        "#### [Cascade R-CNN: Delving into High Quality Object Detection]"
        "(https://openaccess.thecvf.com/content_cvpr_2018/html/Cai_Cascade.html) [CVPR 2018]\n\n"
        "ICCV 2017\n\n"
        "#### [Focal Loss for Dense Object Detection]"
        "(https://openaccess.thecvf.com/content_iccv_2017/html/Lin_Focal_Loss.html)\n"
    )
    assert [y for _, y in _years(stated)] == [2018, 2017]
    section = (
        "# Awesome GAN\n\n### Basics\n\n"
        "- [Improved Techniques for Training GANs](https://papers.nips.cc/paper/6125-improved)\n\n"
        "## [Generative Adversarial Nets](https://papers.nips.cc/paper/5423-generative-adversarial-nets)\n\n"
        "2016\n\n"
        "- [Unsupervised Representation Learning with Deep Convolutional GANs]"
        "(https://openreview.net/forum?id=dcgan)\n"
    )
    assert _years(section)[-1] == (
        "Unsupervised Representation Learning with Deep Convolutional GANs",
        2016,
    )


def test_bracket_notes_in_headers_stay_part_of_them_outside_chinese_headers():
    """``标题(中文)`` and ``标题(英文)``: the note tells the two title columns apart, so
    neither is the title column by its header (not both, joined); an English ``Model
    (Size)`` keeps no role from its first word."""
    assert table_roles(["标题(中文)", "标题(英文)", "会议/期刊", "年份", "链接"])[:2] == [
        None,
        None,
    ]
    assert table_roles(["Model (Size)", "Paper", "Venue", "Link"])[0] is None


def test_a_titles_own_acronym_in_brackets_is_not_cut_as_a_venue():
    """``Transformer-based Multimodal Memory for Dialogue (TMM)``, ``In-context Multimodal
    Instruction tuning (ICMI)``: the title's own acronym, no venue."""
    text = (
        "- [Transformer-based Multimodal Memory for Dialogue (TMM)](https://arxiv.org/abs/2401.00002)\n"
        "- [In-context Multimodal Instruction tuning (ICMI)](https://arxiv.org/abs/2401.00003)\n"
    )
    assert _venues(text) == [(None, None), (None, None)]
    assert _titles(text) == [
        ("Transformer-based Multimodal Memory for Dialogue (TMM)",),
        ("In-context Multimodal Instruction tuning (ICMI)",),
    ]


def test_a_bold_name_byline_or_tag_after_a_title_is_no_part_of_it():
    """Second review: ``Attention Is All You Need **Transformer** arXiv 2017``, ``Momentum
    Contrast **He** in CVPR 2020``, ``Batch Normalization **Must read** for beginners``: the
    title before the bold name, byline or tag; ``**Contrastive learning** for sentence
    embeddings: [SimCSE](…), [DiffCSE](…)`` names several papers, no entry titled by it."""
    text = (
        "- Attention Is All You Need **Transformer** arXiv 2017"
        " [[paper]](https://arxiv.org/abs/1706.03762)\n"
        "- Momentum Contrast **He** in CVPR 2020 [[paper]](https://arxiv.org/abs/1911.05722)\n"
        "- Batch Normalization **Must read** for beginners"
        " [[paper]](https://arxiv.org/abs/1502.03167) ICML 2015\n"
        "- **Contrastive learning** for sentence embeddings:"
        " [SimCSE](https://arxiv.org/abs/2104.08821), [DiffCSE](https://arxiv.org/abs/2204.10298)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[:3] == ["Attention Is All You Need", "Momentum Contrast", "Batch Normalization"]
    assert "Contrastive learning for sentence embeddings" not in titles


def test_papers_listed_under_a_paper_heading_beside_a_note_stay_entries():
    """Second review: ``### [A Survey on Vision Transformer](arxiv)`` over ``- This survey
    groups the papers below by task.`` and ``- [Title](arxiv) ICLR 2021`` items: the items
    open with their own titled links, so the list is papers, not notes."""
    text = (
        "# Vision Transformers\n\n"
        "### [A Survey on Vision Transformer](https://arxiv.org/abs/2012.12556)\n\n"
        "- This survey groups the papers below by task.\n"
        "- [An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale]"
        "(https://arxiv.org/abs/2010.11929) ICLR 2021\n"
        "- [Training data-efficient image transformers & distillation through attention]"
        "(https://arxiv.org/abs/2012.12877) ICML 2021\n"
    )
    assert len(_titles(text)) == 3


def test_bold_or_labelled_venue_lines_between_paper_headings_stay_dividers():
    """Second review: ``**ICLR 2015:**`` under a paper heading, then the next heading: a
    label for the papers below it, not the venue of the paper above; likewise a plain
    ``CVPR 2019`` after two headings that had no venue line, before the next heading."""
    labelled = (
        "## Papers\n\n"
        "#### [Distilling the Knowledge in a Neural Network](https://arxiv.org/abs/1503.02531)\n\n"
        "**ICLR 2015:**\n\n"
        "#### [FitNets: Hints for Thin Deep Nets](https://arxiv.org/abs/1412.6550)\n"
    )
    assert [y for _, y in _years(labelled)] == [None, 2015]
    grouped = (
        "## Papers\n\n"
        "#### [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n\n"
        "#### [Densely Connected Convolutional Networks](https://arxiv.org/abs/1608.06993)\n\n"
        "CVPR 2019\n\n"
        "#### [Deformable ConvNets v2: More Deformable, Better Results]"
        "(https://arxiv.org/abs/1811.11168)\n"
    )
    assert [y for _, y in _years(grouped)] == [None, None, 2019]


def test_a_book_labelled_chapter_pdf_keeps_its_paper():
    """Second review: ``[[Book](springer.com/content/pdf/10.1007/978-...-6_10.pdf)]``: a
    chapter's PDF (its DOI's ``_10``), the entry's paper."""
    text = (
        "- Layer-Wise Relevance Propagation: An Overview. Montavon et al. 2019."
        " [[book](https://link.springer.com/content/pdf/10.1007/978-3-030-28954-6_10.pdf)]"
        " [[code](https://github.com/chr5tphr/zennit)]\n"
    )
    assert _titles(text) == [("Layer-Wise Relevance Propagation: An Overview",)]


def test_an_abbreviation_like_phd_or_inc_does_not_end_a_one_author_citations_title():
    """Second review: ``Larson, J. (2017). Gender bias in Ph.D. admissions decisions.
    Science.``: the whole title."""
    text = (
        "| Paper |\n|---|\n"
        "| Larson, J. (2017). Gender bias in Ph.D. admissions decisions. Science."
        " [pdf](https://www.science.org/doi/10.1126/science.0001) |\n"
    )
    assert _titles(text) == [("Gender bias in Ph.D. admissions decisions",)]


def test_a_framework_tag_with_a_slash_does_not_date_the_paper():
    """Second review: ``[PyTorch/2021]`` is an implementation's tag, not the paper's year."""
    text = (
        "- [Born Again Neural Networks](https://arxiv.org/abs/1805.04770) [PyTorch/2021]"
        " NIPS Workshop 2014\n"
    )
    assert _years(text) == [("Born Again Neural Networks", 2014)]


def test_bold_after_a_short_title_is_no_part_of_it_nor_does_it_beat_a_titled_link():
    """Third review: bold authors, a short name or an award after a complete short title
    (``Graph Attention Networks **Petar Velickovic, Guillem Cucurull** propose ...``,
    ``Segment Anything **SAM model** released ...``, ``**Outstanding Paper** award at``), a
    type word before a bold title (``Survey **Knowledge Distillation: A Survey** with ...``),
    and a bold phrase going on before a titled link (``**Focal loss** for class imbalance -
    [Focal Loss for Dense Object Detection](arxiv)``): none is joined."""
    text = (
        "- Graph Attention Networks **Petar Velickovic, Guillem Cucurull** propose masked"
        " attention [[paper]](https://arxiv.org/abs/1710.10903)\n"
        "- Segment Anything **SAM model** released with a billion masks"
        " [[paper]](https://arxiv.org/abs/2304.02643)\n"
        "- Neural Ordinary Differential Equations **Outstanding Paper** award at NeurIPS 2018"
        " [[paper]](https://arxiv.org/abs/1806.07366)\n"
        "- Survey **Knowledge Distillation: A Survey** with over 200 references"
        " [[paper]](https://arxiv.org/abs/2006.05525) IJCV 2021\n"
        "- **Focal loss** for class imbalance - [Focal Loss for Dense Object Detection]"
        "(https://arxiv.org/abs/1708.02002) ICCV 2017\n"
    )
    assert _titles(text) == [
        ("Graph Attention Networks",),
        ("Segment Anything",),
        ("Neural Ordinary Differential Equations",),
        ("Knowledge Distillation: A Survey",),
        ("Focal Loss for Dense Object Detection",),
    ]


def test_a_note_naming_another_paper_gives_the_heading_entry_none_of_its_fields():
    """Third review: ``### [SAM](openreview)`` over ``2. Extended by [ASAM](arxiv) in ICML
    2021.``: the entry keeps its own link and takes no venue from the note."""
    text = (
        "# Optimisation\n\n"
        "### [Sharpness-Aware Minimization for Efficiently Improving Generalization]"
        "(https://openreview.net/forum?id=6Tm1mposlrM)\n\n"
        "1. minimises loss value and sharpness together.\n"
        "2. Extended by [ASAM](https://arxiv.org/abs/2102.11600) in ICML 2021.\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert (e.paper.url if e.paper else None, e.venue) == (
        "https://openreview.net/forum?id=6Tm1mposlrM",
        None,
    )


def test_papers_under_a_paper_heading_stay_entries_with_their_venue_lines():
    """Third review: a survey heading, then ``CVPR 2021`` over a list of titled paper
    links, then ``ICCV 2021`` over another: the lines date the papers below them, not the
    survey; ``- Title. CVPR 2021. [paper](arxiv)`` items stay entries beside a link-less one."""
    grouped = (
        "# Awesome Video Grounding\n\n"
        "### [A Survey on Temporal Sentence Grounding in Videos](https://arxiv.org/abs/2109.08039)\n\n"
        "CVPR 2021\n\n"
        "- [Interventional Video Grounding with Dual Contrastive Learning]"
        "(https://arxiv.org/abs/2106.11013)\n\n"
        "ICCV 2021\n\n"
        "- [Support-Set Based Cross-Supervision for Video Grounding]"
        "(https://arxiv.org/abs/2108.10576)\n"
    )
    assert [y for _, y in _years(grouped)] == [None, 2021, 2021]
    cited = (
        "## Follow-ups\n\n"
        "### [Temporal Sentence Grounding in Videos: A Survey and Future Directions]"
        "(https://arxiv.org/abs/2201.08071)\n\n"
        "- Interventional video grounding with dual contrastive learning. CVPR 2021."
        " [paper](https://arxiv.org/abs/2106.11013)\n"
        "- Support-set based cross-supervision for video grounding. ICCV 2021.\n"
    )
    assert len(_titles(cited)) == 2


def test_more_framework_tags_with_a_slash_date_no_paper():
    """Third review: ``[MXNet/2019]``, ``[Chainer/2019]``: an implementation's tag."""
    text = (
        "- [MXNet/2019] Progressive Growing of GANs for Improved Quality, Stability, and"
        " Variation [paper](https://arxiv.org/abs/1710.10196)\n"
    )
    assert [y for _, y in _years(text)] == [None]


def test_a_bold_topic_before_a_named_paper_link_or_a_lead_before_a_bold_title_stays_apart():
    """Fourth review: ``**Risk prediction** using electronic health records - [Deep
    Patient](url)``: the linked name is the title; ``Read **Attention Is All You Need** to
    understand transformers``, ``ResNet **Deep Residual Learning for Image Recognition** in
    CVPR 2016``: a lead word or a name before a bold whole title is no part of it."""
    text = (
        "- **Risk prediction** using electronic health records - [Deep Patient]"
        "(https://www.nature.com/articles/srep26094) (Sci Rep 2016)\n"
        "- Read **Attention Is All You Need** to understand transformers"
        " [[paper]](https://arxiv.org/abs/1706.03762)\n"
        "- ResNet **Deep Residual Learning for Image Recognition** in CVPR 2016"
        " [[paper]](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _titles(text) == [
        ("Deep Patient",),
        ("Attention Is All You Need",),
        ("Deep Residual Learning for Image Recognition",),
    ]


def test_a_quoted_title_in_a_citation_link_loses_its_quotes():
    """Fourth review (a corpus list): ``[Pengtao Xie, ... (2014). "Crypto-Nets: ..."](url)``:
    the title without its quote marks, and its name without one."""
    text = (
        "- [Pengtao Xie, Misha Bilenko, Tom Finley, Ran Gilad-Bachrach, Kristin Lauter, Michael"
        ' Naehrig (2014). "Crypto-Nets: Neural Networks over Encrypted Data"]'
        "(https://arxiv.org/abs/1412.6181)\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert (e.title, e.short_name) == (
        "Crypto-Nets: Neural Networks over Encrypted Data",
        "Crypto-Nets",
    )


def test_fifth_review_dated_papers_in_a_list_under_a_paper_heading_stay_entries():
    """Fifth review: ``- faster training - [Instant-NGP](arxiv) (SIGGRAPH 2022)`` under a
    paper heading, beside a prose note: a paper with its own venue, not a note."""
    text = (
        "# Neural fields\n\n"
        "### [NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis]"
        "(https://arxiv.org/abs/2003.08934)\n\n"
        "- the starting point for most of the work below\n"
        "- faster training - [Instant-NGP](https://arxiv.org/abs/2201.05989) (SIGGRAPH 2022)\n"
        "- anti-aliasing - [Mip-NeRF](https://arxiv.org/abs/2103.13415) (ICCV 2021)\n"
    )
    assert [y for _, y in _years(text)] == [None, 2022, 2021]


def test_fifth_review_a_book_labelled_pdf_of_a_paper_stays_its_paper():
    """Fifth review: ``[Book Digital Copy](cs.example.edu/~todd/papers/todd.1989.pdf)`` under
    a journal article's citation: the paper's PDF, not a book."""
    text = (
        "1. A connectionist approach to algorithmic composition\n"
        "   - Todd, P. M. (1989). A connectionist approach to algorithmic composition. Computer"
        " Music Journal, 13(4), 27-43.\n"
        "   [Book Digital Copy](https://www.cs.example.edu/~todd/papers/todd.compmusic.1989.pdf)\n"
    )
    assert _years(text) == [("A connectionist approach to algorithmic composition", 1989)]


def test_fifth_review_a_note_word_or_a_sentence_around_a_bold_title_is_no_part_of_it():
    """Fifth review: ``Check **Deep Image Prior** for untrained restoration``, ``**Batch
    normalization** of activations speeds up training.``: the bold title alone."""
    text = (
        "- Check **Deep Image Prior** for untrained restoration"
        " [[paper]](https://arxiv.org/abs/1711.10925)\n"
        "- **Batch normalization** of activations speeds up training."
        " [[paper]](https://arxiv.org/abs/1502.03167)\n"
    )
    assert _titles(text) == [("Deep Image Prior",), ("Batch normalization",)]


def test_fifth_review_a_year_after_a_year_or_a_talk_tag_dates_no_paper():
    """Fifth review: ``[Updated 2021/2022]``, ``[Talk/2017]``: not the paper's year; a
    ``简称/笔记`` column of notes gives no short names."""
    text = (
        "- [Neural Style Transfer](https://arxiv.org/abs/1508.06576) [Updated 2021/2022]\n"
        "- [Deep Speech 2](https://arxiv.org/abs/1512.02595) [TensorFlow/2016] [Talk/2017]\n"
    )
    assert [y for _, y in _years(text)] == [None, None]
    assert table_roles(["简称/笔记", "论文题目"]) == [None, "title"]


def test_sixth_review_series_papers_under_a_paper_heading_and_praise_before_a_bold_title():
    """Sixth review: ``- 2017 → [AlphaGo Zero](url)`` under a paper heading beside a note
    names the next paper of a series: an entry; ``Amazing **Neural Radiance Fields** for view
    synthesis results``: praise around a title-case bold title, which stays alone."""
    series = (
        "## Game playing\n\n"
        "#### [Mastering the game of Go with deep neural networks and tree search]"
        "(https://www.nature.com/articles/nature16961)\n\n"
        "- the first program to beat a professional player.\n"
        "- 2017 → [AlphaGo Zero](https://www.nature.com/articles/nature24270)\n"
    )
    assert _years(series)[1:] == [("AlphaGo Zero", 2017)]
    praise = (
        "- Amazing **Neural Radiance Fields** for view synthesis results"
        " [[paper]](https://arxiv.org/abs/2003.08934) ECCV 2020\n"
    )
    assert _titles(praise) == [("Neural Radiance Fields",)]


def test_sixth_review_chapters_keywords_and_bylines_around_bold_titles():
    """Sixth review (second helper): ``[Book](wiley …/9781119821281.ch3)`` links a chapter (a
    paper), not a book; ``Attention Is All You Need **self-attention only** for sequence
    transduction``: a lower-case keyword after a title-case title is no part of it; ``The
    **Lottery Ticket Hypothesis** by Frankle and Carbin``: the byline is no part of it."""
    chapter = (
        "- Deep Learning for Time Series Forecasting: A Survey. 2021."
        " [Book](https://onlinelibrary.wiley.com/doi/10.1002/9781119821281.ch3)\n"
    )
    assert len(_titles(chapter)) == 1
    text = (
        "- Attention Is All You Need **self-attention only** for sequence transduction"
        " [[paper]](https://arxiv.org/abs/1706.03762)\n"
        "- The **Lottery Ticket Hypothesis** by Frankle and Carbin, ICLR 2019"
        " [[paper]](https://arxiv.org/abs/1803.03635)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0] == "Attention Is All You Need"
    assert "Frankle" not in titles[1]


def test_seventh_review_sentences_after_a_bold_name_are_no_part_of_its_title():
    """Seventh review: ``**Batch normalization** of activations speeds up training``,
    ``**Layer normalization** for recurrent nets, a simpler alternative``, ``The **Segment
    Anything** model was released by Meta AI``: the bold name alone (a sentence or a note
    goes on after it, not the title)."""
    text = (
        "- **Batch normalization** of activations speeds up training"
        " [[paper]](https://arxiv.org/abs/1502.03167) ICML 2015\n"
        "- **Layer normalization** for recurrent nets, a simpler alternative to batch norm"
        " [[paper]](https://arxiv.org/abs/1607.06450) 2016\n"
        "- The **Segment Anything** model was released by Meta AI"
        " [[paper]](https://arxiv.org/abs/2304.02643)\n"
    )
    assert _titles(text) == [
        ("Batch normalization",),
        ("Layer normalization",),
        ("Segment Anything",),
    ]


def test_seventh_review_a_series_next_paper_after_a_short_label_stays_an_entry():
    """Seventh review: ``- The improved version [YOLOv2](url)`` under a paper heading beside
    notes: the series' next paper, not a link inside a note."""
    text = (
        "## Detection\n\n"
        "#### [You Only Look Once: Unified, Real-Time Object Detection]"
        "(https://arxiv.org/abs/1506.02640)\n\n"
        "- frames detection as a single regression problem.\n"
        "- The improved version [YOLOv2](https://arxiv.org/abs/1612.08242)\n"
    )
    assert len(_titles(text)) == 2
