"""Rounds 114 (fresh758-761) and 115 (fresh762-765): each rule held by a test that fails on
the reader before it; the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _titles(text: str) -> list[tuple[int, str]]:
    """Each entry's line and title."""
    return [(e.line, e.title) for e in parse_text(text, "l.md").entries]


def _item(n: int, title: str) -> str:
    return f"- {title} [paper](https://arxiv.org/abs/2301.{n:05d})\n"


def test_a_parenthesised_qualifier_or_part_of_a_word_opens_the_title():
    """`(Nearly) Optimal …`, `(Provable) Adversarial …`, `(Certified!!) Adversarial …`,
    `(Ab)using …`, `(De)Randomized …`, `(A)I Sees …`, `(COMET-)ATOMIC …`: the bracket is
    the title's own word, not a tag to cut."""
    titles = [
        "(Nearly) Optimal Differentially Private Stochastic Multi-Arm Bandits",
        "(Provable) Adversarial Robustness for Group Equivariant Tasks",
        "(Certified!!) Adversarial robustness for free!",
        "(Ab)using Images and Sounds for Indirect Instruction Injection",
        "(De)Randomized Smoothing for Certifiable Defense against Patch Attacks",
        "(A)I Sees What You Don't: Exploiting New Attack Surfaces",
        "(More) Efficient Reinforcement Learning via Posterior Sampling",
    ]
    text = "## Papers\n\n" + "".join(_item(i, t) for i, t in enumerate(titles, 1))
    assert [t for _, t in _titles(text)] == titles


def test_a_tag_in_brackets_before_a_title_is_still_cut():
    """Guard: `(Intention) Pedestrian …`, `(Oral) …`, `(CVPR 2023) …`, `(SIR) …` are tags
    before the title."""
    text = "## Papers\n\n" + "".join(
        _item(i, f"({tag}) A Study of Pedestrian Stop and Go Forecasting {i}")
        for i, tag in enumerate(["Intention", "Oral", "CVPR 2023", "Wavmark"], 1)
    )
    assert [t for _, t in _titles(text)] == [
        f"A Study of Pedestrian Stop and Go Forecasting {i}" for i in range(1, 5)
    ]


def test_a_trailing_note_of_a_measure_is_no_part_of_the_title():
    """Proteusiq/unthinking: `Progressive Thought Encoding (+19.3% over LoRA)`, `Do We Need
    Adam? SGD in RLVR (updates <0.02% params)`: a note in brackets that gives a percentage
    or a compared number is the reader's note, not the title's."""
    text = (
        "| arXiv ID | Title | Stance |\n|---|---|---|\n"
        "| [2602.16839](https://arxiv.org/abs/2602.16839) | Progressive Thought Encoding (+19.3% over LoRA) | balanced |\n"
        "| [2602.07729](https://arxiv.org/abs/2602.07729) | Do We Need Adam? SGD in RLVR (updates <0.02% params) | supports |\n"
        "| [2602.20727](https://arxiv.org/abs/2602.20727) | ID-LoRA: Matrix Interpolative Decomposition (46% fewer params) | balanced |\n"
        "| [2505.17697](https://arxiv.org/abs/2505.17697) | Activation Control for Long CoT (training-free) | supports |\n"
    )  # fmt: skip
    assert [t for _, t in _titles(text)] == [
        "Progressive Thought Encoding",
        "Do We Need Adam? SGD in RLVR",
        "ID-LoRA: Matrix Interpolative Decomposition",
        "Activation Control for Long CoT (training-free)",
    ]


def test_a_topic_heading_over_bare_addresses_titles_none_of_them():
    """david-carey resources: a topic heading over three bare addresses (an arXiv PDF, a
    ResearchGate record, a De Gruyter article; or blog posts and an arXiv PDF) is a topic's
    reading, not one paper's links: the arXiv paper is untitled, not `In-game win probability`."""
    text = (
        "### Randomness and skill vs. luck in sport\n\n"
        "* <https://arxiv.org/pdf/1701.05976.pdf>\n"
        "* <https://www.researchgate.net/publication/305388606_IDENTIFICATION_AND_MEASUREMENT_OF_LUCK_IN_SPORT>\n"
        "* <https://www.degruyter.com/view/journals/jqas/12/4/article-p151.xml>\n\n"
        "### In-game win probability\n\n"
        "* <https://medium.com/@someone/building-a-basic-in-game-win-probability-model-54600e57fe1c>\n"
        "* <https://statsbylopez.com/2017/03/08/all-win-probability-models-are-wrong-some-are-useful/>\n"
        "* <https://arxiv.org/pdf/1704.00197.pdf>\n"
    )  # fmt: skip
    assert _titles(text) == [(3, ""), (4, ""), (5, ""), (11, "")]


def test_a_paper_heading_over_its_own_bare_links_still_names_it():
    """Guard: a heading over one paper's arXiv address and its code is that paper's title."""
    text = (
        "### Deep Residual Learning for Image Recognition\n\n"
        "* <https://arxiv.org/abs/1512.03385>\n"
        "* <https://github.com/KaimingHe/deep-residual-networks>\n"
        "* <https://kaiminghe.github.io/resnet>\n"
    )
    assert _titles(text) == [(1, "Deep Residual Learning for Image Recognition")]


def test_an_ios_press_download_is_a_paper_after_its_title():
    """`Title - <https://content.iospress.com/download/…>`: an IOS Press article's full text
    is the paper of the title before it."""
    text = (
        "### Match prediction\n\n"
        "* Forecasting football matches by predicting match statistics - "
        "<https://content.iospress.com/download/journal-of-sports-analytics/jsa200462?id=journal-of-sports-analytics%2Fjsa200462>\n"
        "* A Critical Comparison of Machine Learning Classifiers to Predict Match Outcomes in the NFL - "
        "<https://sciendo.com/de/article/10.2478/ijcss-2020-0009>\n"
    )
    assert _titles(text) == [
        (3, "Forecasting football matches by predicting match statistics"),
        (4, "A Critical Comparison of Machine Learning Classifiers to Predict Match Outcomes in the NFL"),
    ]  # fmt: skip


_DIGEST = (
    "### {n}. {title}\n\n**Authors:** Chen Liang, Diptesh Das\n\n**Published:** 2025-04-09\n\n"
    "**Category:** cond-mat.mtrl-sci\n\n**ID:** 2504.0687{n}v1\n\n"
    "**Link:** [http://arxiv.org/abs/2504.0687{n}v1](http://arxiv.org/abs/2504.0687{n}v1)\n\n"
    "**Summary:** Solving black-box optimization problems with Ising machines is common.\n\n---\n\n"
)


def test_an_arxiv_digests_labelled_facts_are_fields_of_the_heading_paper():
    """ArXivDaily-AI4MAT: under `### 1. Title`, `**Category:** cs.LG` and `**ID:** 2504…v1`
    are the paper's facts, not entries titled `Category` or `ID`."""
    text = "## New Papers (2)\n\n" + "".join(
        _DIGEST.format(n=n, title=t)
        for n, t in [(1, "CRYSIM: Prediction of Symmetric Structures"), (2, "Siamese Foundation Models for Crystals")]
    )  # fmt: skip
    assert [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries] == [
        (3, "CRYSIM: Prediction of Symmetric Structures", 2025),
        (19, "Siamese Foundation Models for Crystals", 2025),
    ]


def test_a_bold_name_and_its_text_over_a_paper_link_is_still_an_entry():
    """Guard: `**DPOK:** fine-tuning text-to-image diffusion models` over its link is a title
    with its short name, not a labelled fact."""
    text = (
        "## Papers\n\n**DPOK:** Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models\n\n"
        "[paper](https://arxiv.org/abs/2305.16381)\n"
    )
    assert [t for _, t in _titles(text)] == [
        "DPOK: Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models"
    ]


def test_a_heading_that_links_a_review_over_its_papers_is_a_section():
    """Computational-CryoET: `## [Particle picking](review)` and `### [CTF estimation](chapter)`
    over numbered papers are sections that link their review, not entries titled by a
    topic; the papers below are the entries."""
    text = (
        "# Workflow\n## Import Data\n## Motion correction\n### Whole frame\n### Per particle\n"
        "## [Particle picking](https://www.sciencedirect.com/science/article/pii/S0022283623001274)\n"
        "1. [`crYOLO`](https://cryolo.readthedocs.io) - [**SPHIRE-crYOLO is a fast and accurate fully automated particle picker**](https://www.nature.com/articles/s42003-019-0437-z)\n"
        "### [CTF estimation](https://www.sciencedirect.com/science/article/pii/S0076687910820026)\n"
        "* ### Whole frame\n"
        "1. [`CTFFIND4`](https://grigoriefflab.umassmed.edu/ctffind4) - [**CTFFIND4: Fast and accurate defocus estimation**](https://www.sciencedirect.com/science/article/pii/S1047847715300460)\n"
    )  # fmt: skip
    assert [t for _, t in _titles(text)] == [
        "SPHIRE-crYOLO is a fast and accurate fully automated particle picker",
        "CTFFIND4: Fast and accurate defocus estimation",
    ]


def test_a_paper_heading_over_its_notes_or_a_named_heading_stays_an_entry():
    """Guard: `### [CLIP](arxiv)` (a method's name) over papers that follow it, and a titled
    heading over a list of its links, stay entries."""
    text = (
        "### [CLIP](https://arxiv.org/abs/2103.00020)\n"
        "- [Learning to Prompt for Vision-Language Models](https://arxiv.org/abs/2109.01134)\n\n"
        "### [Masked Autoencoders Are Scalable Vision Learners](https://arxiv.org/abs/2111.06377)\n"
        "- [Code](https://github.com/facebookresearch/mae)\n"
    )
    assert [t for _, t in _titles(text)] == [
        "CLIP",
        "Learning to Prompt for Vision-Language Models",
        "Masked Autoencoders Are Scalable Vision Learners",
    ]


def test_review_968_a_method_heading_over_its_follow_ups_keeps_its_paper():
    """Review 968: `## [Transformer](arxiv)` over `Reformer: The Efficient Transformer` (the
    heading's word in a paper below), a heading with more than its link (`[paper] [code]`,
    `(NeurIPS 2017)`), or linked headings at every level (`### [Reformer](arxiv)`) are
    papers, not sections that link a review."""
    follow = (
        "- [Reformer: The Efficient Transformer](https://arxiv.org/abs/2001.04451)\n"
        "- [Longformer: The Long-Document Transformer](https://arxiv.org/abs/2004.05150)\n"
    )
    named = "# Models\n## Basics\n## [Transformer](https://arxiv.org/abs/1706.03762)\n" + follow
    assert [t for _, t in _titles(named)][:1] == ["Transformer"]
    tagged = (
        "# Models\n## Basics\n## [Dropout](https://arxiv.org/abs/1207.0580) (JMLR 2014)\n" + follow
    )
    assert [t for _, t in _titles(tagged)][:1] == ["Dropout"]
    linked = (
        "### [Mixup](https://arxiv.org/abs/1710.09412)\n- [Code](https://github.com/facebookresearch/mixup-cifar10)\n"
        "### [Reformer](https://arxiv.org/abs/2001.04451)\n"
        "- [Longformer: The Long-Document Transformer](https://arxiv.org/abs/2004.05150)\n"
    )  # fmt: skip
    assert [t for _, t in _titles(linked)] == [
        "Mixup",
        "Reformer",
        "Longformer: The Long-Document Transformer",
    ]


def test_review_968_a_paper_heading_over_its_talk_and_blog_keeps_its_title():
    """Review 968: `## 1. Attention Is All You Need (2017)` over its arXiv page, a talk and a
    blog post is that paper, titled by the heading."""
    text = (
        "# Reading notes\n\n## 1. Attention Is All You Need (2017)\n\n"
        "- <https://arxiv.org/abs/1706.03762>\n- <https://www.youtube.com/watch?v=iDulhoQ2pro>\n"
        "- <https://jalammar.github.io/illustrated-transformer/>\n"
    )
    assert _titles(text) == [(3, "Attention Is All You Need")]


def test_review_968_brackets_of_a_title_that_are_no_measure_or_tag_stay():
    """Review 968: `(1+1)`, `(C++20)`, `(2+1)` are the title's own; `(Italy)`, `(Weekly)`,
    `(Explainable)` are tags; `(Private)`, `(How)`, `(Pre)Training`, `(Over)Smoothing` open
    their titles."""
    kept = [
        "Tight Bounds for the (1+1) EA on Linear Functions",
        "Concurrency in Modern C++ (C++20)",
        "Chern-Simons Gravity in (2+1)",
        "(Private) Kernelized Bandits with Distributed Feedback",
        "(How) Do Language Models Track State?",
        "(Pre)Training Matters for Segmentation",
        "(Over)Smoothing in Graph Neural Networks",
    ]
    text = "## Papers\n\n" + "".join(_item(i, t) for i, t in enumerate(kept, 1))
    assert [t for _, t in _titles(text)] == kept
    tags = "## Papers\n\n" + "".join(
        _item(10 + i, f"({tag}) Deep Learning for Time Series {i}")
        for i, tag in enumerate(["Italy", "Weekly", "Explainable"])
    )
    assert [t for _, t in _titles(tags)] == [f"Deep Learning for Time Series {i}" for i in range(3)]


def test_items_numbered_ten_or_more_read_as_items_one_to_nine():
    """ngc7292/llm_paper_list: `10.**Title**` (no space) and `11. **Title**` over paragraphs
    indented by three spaces, as under `9. **Title**`, are items with their byline and link,
    not a title lost and a link read as a second paper."""
    block = "{n}.{sp}**{t}**\n\n   *Sid Black, Stella Biderman* in *EleutherAI* 2022.4\n\n   [[pdf](https://arxiv.org/pdf/2204.0{n:04d}.pdf)] {t}\n\n"  # fmt: skip
    text = "".join(
        block.format(n=n, sp=sp, t=t)
        for n, sp, t in [(9, " ", "PaLM Scaling"), (10, "", "GPT-NeoX-20B"), (11, " ", "OPT Models"), (12, "  ", "LLaMA Models")]
    )  # fmt: skip
    assert [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries] == [
        (1, "PaLM Scaling", 2022),
        (7, "GPT-NeoX-20B", 2022),
        (13, "OPT Models", 2022),
        (19, "LLaMA Models", 2022),
    ]


def test_a_google_scholar_line_and_a_year_before_who_made_it():
    """Papers-on-Image-Inpainting: `[1] S Ilan, A Shamir - Computer Graphics Forum, 2015 -
    Title [[paper]](url)` is Google Scholar's line: the title after the venue and year;
    Reading_List: `Title, 2014, Microsoft, [[pdf]](url)` ends its title at the year."""
    text = (
        "# Surveys\n\n"
        "[1] S Ilan, A Shamir - Computer Graphics Forum, 2015 - A Survey on Data-Driven Video Completion [[paper]](https://onlinelibrary.wiley.com/doi/pdf/10.1111/cgf.12518)\n\n"
        "[2] A Beniwal, D Ahlawat - Image, 2016. Image Inpainting Algorithms: A Survey [[paper]](https://arxiv.org/abs/1601.00001)\n\n"
    )  # fmt: skip
    made = "- Hashing for Similarity Search: A Survey, 2014, Microsoft, [[pdf](https://arxiv.org/abs/1408.2927)]\n"  # fmt: skip
    assert [(e.title, e.year) for e in parse_text(text, "l.md").entries] == [
        ("A Survey on Data-Driven Video Completion", 2015),
        ("Image Inpainting Algorithms: A Survey", 2016),
    ]
    assert [(e.title, e.year) for e in parse_text(made, "l.md").entries] == [
        ("Hashing for Similarity Search: A Survey", 2014)
    ]


def test_a_table_header_indented_under_a_list_heads_its_table():
    """Papers-on-Image-Inpainting: `       Year|Proceeding|Title|dataset|code` indented under
    a taxonomy bullet, over `--|:--:|:--:` at the margin, heads the table: each row is an
    entry, not one paragraph read as its first link."""
    text = (
        "   * A.1.1. PDE and Variational Based\n\n"
        "       Year|Proceeding|Title|dataset|code\n--|:--:|:--:|:--:|--\n"
        "2000|SIGGRAPH 2000|[**Image Inpainting**](https://dl.acm.org/citation.cfm?id=344972)  ||\n"
        "2003|TIP 2003|[Simultaneous structure and texture image inpainting](https://ieeexplore.ieee.org/stamp/stamp.jsp?tp=&arnumber=1217265)||\n"
    )  # fmt: skip
    assert [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries] == [
        (5, "Image Inpainting", 2000),
        (6, "Simultaneous structure and texture image inpainting", 2003),
    ]


def test_a_harvard_citation_before_its_linked_title_gives_title_and_year():
    """DistributedEvolutionaryComputation: `Tong, K., Li, Z. and Gao, Y., 2024. [Title](url).
    Nature, pp.1-7.` over quoted notes citing older works: the link's text is the title and
    the citation's year beats the years of the works its notes cite."""
    text = (
        "* Tong, K., Zhang, X., Li, Z. and Gao, Y., 2024. [Structural transition and migration of incoherent twin boundary in diamond](https://www.nature.com/articles/s41586-023-06908-6). Nature, pp.1-7.\n"
        '  * "The structure search was performed using our code based on the evolutionary algorithm."\n'
        "    * Michalewicz, Z. & Fogel, D. B. How to Solve It: Modern Heuristics (Springer, 2004).\n"
    )  # fmt: skip
    assert [(e.title, e.year) for e in parse_text(text, "l.md").entries] == [
        ("Structural transition and migration of incoherent twin boundary in diamond", 2024)
    ]


def test_review_969_a_bold_bracketed_title_before_names_and_venue_stays():
    """Review 969's corpus check: `**[OANet: Title]** Zhang, Jiahui and Sun. ICCV, 2019.
    [[paper]](url)` keeps its entry (names without initials before a venue are no Harvard
    citation)."""
    text = "- **[OANet: Learning Two-View Correspondences and Geometry Using Order-Aware Network]** Zhang, Jiahui and Sun. ICCV, 2019. [**[paper]**](https://arxiv.org/abs/1908.04964) [**[code]**](https://github.com/zjhthu/OANet)\n"  # fmt: skip
    assert len(parse_text(text, "l.md").entries) == 1


def test_review_969_a_fenced_block_under_item_ten_stays_closed():
    """Review 969: a code fence under `10. **Title**` indented by three spaces keeps both its
    fences as written: the items and sections after it are still read."""
    text = (
        "9. **PaLM: Scaling Language Modeling with Pathways**\n\n   [[pdf](https://arxiv.org/abs/2204.02311)] 2022\n\n"
        "10. **GPT-NeoX-20B: An Open-Source Autoregressive Language Model**\n\n   [[pdf](https://arxiv.org/abs/2204.06745)] 2022\n\n"
        "   ```bibtex\n   @article{black2022gpt}\n   ```\n\n"
        "11. **OPT: Open Pre-trained Transformer Language Models**\n\n   [[pdf](https://arxiv.org/abs/2205.01068)] 2022\n\n"
        "## Surveys\n\n- [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223) (arXiv 2023)\n"
    )  # fmt: skip
    assert len(parse_text(text, "l.md").entries) == 4


def test_review_969_topics_whose_papers_name_them_are_still_sections():
    """Review 969: `## [Image inpainting](survey)` over `Generative Image Inpainting with
    Contextual Attention` is a section (only a one-word method name kept by its follow-ups)."""
    text = (
        "# Workflow\n## Import data\n## Preprocessing\n## Denoising\n"
        "## [Image inpainting](https://arxiv.org/abs/1909.06399)\n"
        "1. [Generative Image Inpainting with Contextual Attention](https://arxiv.org/abs/1801.07892) (CVPR 2018)\n"
        "2. [Free-Form Image Inpainting with Gated Convolution](https://arxiv.org/abs/1806.03589) (ICCV 2019)\n"
        "## Evaluation\n"
    )  # fmt: skip
    assert [t for _, t in _titles(text)] == [
        "Generative Image Inpainting with Contextual Attention",
        "Free-Form Image Inpainting with Gated Convolution",
    ]


def test_review_969_adverbs_in_brackets_open_titles_and_scholar_hosts_are_no_titles():
    """Review 969: `(Differentially) Private …`, `(Weakly) Supervised …`, `(A)synchronous …`
    keep their brackets; Scholar's `… - CVPR, 2018 - arxiv.org` names a host, not a title;
    `Title, 2015, Columbia & IBM` ends at the year, `Title, 2019, A Review` does not."""
    kept = [
        "(Differentially) Private Stochastic Gradient Descent",
        "(Weakly) Supervised Object Localization Revisited",
        "(A)synchronous Federated Learning with Bounded Staleness",
    ]
    text = "## Papers\n\n" + "".join(_item(i, t) for i, t in enumerate(kept, 1))
    assert [t for _, t in _titles(text)] == kept
    host = "1. D Ulyanov, A Vedaldi, V Lempitsky - CVPR, 2018 - arxiv.org [[pdf]](https://arxiv.org/abs/1711.10925)\n"  # fmt: skip
    assert "arxiv.org" not in [t for _, t in _titles(host)]
    made = (
        "- Learning to Hash for Indexing Big Data: A Survey, 2015, Columbia & IBM, [[pdf](https://arxiv.org/abs/1509.05472)]\n"
        "- Machine Learning in Healthcare, 2019, A Review [[pdf](https://arxiv.org/abs/1901.00001)]\n"
    )  # fmt: skip
    assert [t for _, t in _titles(made)] == [
        "Learning to Hash for Indexing Big Data: A Survey",
        "Machine Learning in Healthcare, 2019, A Review",
    ]


def test_review_970_scholar_titles_opening_with_a_venue_word_and_harvard_variants():
    """Review 970: Scholar lines whose title opens with `Advances in` or `IEEE` keep title and
    year (only a whole host or publisher is no title); Harvard names with `Ł` or after a
    reference number are a byline; a year then `The Ohio State University` ends a title,
    a year then a clause (`Lessons for Europe`) does not."""
    scholar = (
        "1. C Zhang, J Butepage, H Kjellstrom, S Mandt - IEEE TPAMI, 2018 - Advances in variational inference [[pdf]](https://arxiv.org/abs/1711.05597)\n"
        "2. A Smith, B Jones - IEEE Access, 2019 - IEEE 802.11ax: high-efficiency WLANs for dense networks [[pdf]](https://arxiv.org/abs/1901.00003)\n"
    )  # fmt: skip
    assert [(e.title, e.year) for e in parse_text(scholar, "l.md").entries] == [
        ("Advances in variational inference", 2018),
        ("IEEE 802.11ax: high-efficiency WLANs for dense networks", 2019),
    ]
    harvard = (
        "* Vaswani, A., Shazeer, N., Gomez, A.N., Kaiser, Ł. and Polosukhin, I., 2017. [Attention is all you need](https://arxiv.org/abs/1706.03762). Advances in neural information processing systems, 30.\n"
        "* [2] He, K., Zhang, X., Ren, S. and Sun, J., 2016. [Deep residual learning for image recognition](https://arxiv.org/abs/1512.03385)\n"
    )  # fmt: skip
    assert [t for _, t in _titles(harvard)] == [
        "Attention is all you need",
        "Deep residual learning for image recognition",
    ]
    made = (
        "- Semantic Hashing Using Tags and Topic Modeling, 2018, The Ohio State University [[pdf](https://arxiv.org/abs/1509.05476)]\n"
        "- Pandemic Forecasting in Italy, 2020, Lessons for Europe [[pdf](https://arxiv.org/abs/2001.00025)]\n"
    )  # fmt: skip
    assert [t for _, t in _titles(made)] == [
        "Semantic Hashing Using Tags and Topic Modeling",
        "Pandemic Forecasting in Italy, 2020, Lessons for Europe",
    ]


def test_review_970_a_short_linked_title_before_its_journal_volume_is_the_title():
    """Review 970: `LeCun, Y., Bengio, Y. and Hinton, G., 2015. [Deep learning](nature).
    Nature, 521(7553), pp.436-444.`: the text after the short link is the citation's journal,
    volume and issue, not a title after a method's name."""
    text = "* LeCun, Y., Bengio, Y. and Hinton, G., 2015. [Deep learning](https://www.nature.com/articles/nature14539). Nature, 521(7553), pp.436-444.\n"  # fmt: skip
    assert [(e.title, e.year) for e in parse_text(text, "l.md").entries] == [
        ("Deep learning", 2015)
    ]


def test_review_969_lists_counting_down_or_with_brackets_past_nine_keep_their_bylines():
    """Review 969: a list counting down (`11.`, `10.` before `9.`) or marked `10)` keeps the
    three-space bylines and links of its items numbered past nine."""
    block = "{n}{mark} **{t}**\n\n   *Sid Black, Stella Biderman* 2022.4\n\n   [[pdf](https://arxiv.org/pdf/2204.0{n:04d}.pdf)] {t}\n\n"  # fmt: skip
    for mark, order in ((".", (11, 10, 9)), (")", (9, 10, 11))):
        text = "".join(block.format(n=n, mark=mark, t=f"Model Number {n}") for n in order)
        assert [(e.title, e.year) for e in parse_text(text, "l.md").entries] == [
            (f"Model Number {n}", 2022) for n in order
        ], mark


def test_review_969_scholar_lines_with_particles_and_a_glued_ellipsis():
    """Review 969: Scholar's `L Van der Maaten, G Hinton - JMLR, 2008 - Title` and `A Vaswani,
    N Parmar… - NeurIPS, 2017 - Title` read as its result lines."""
    text = (
        "1. L Van der Maaten, G Hinton - Journal of Machine Learning Research, 2008 - Visualizing Data using t-SNE [[pdf]](https://www.jmlr.org/papers/volume9/vandermaaten08a/vandermaaten08a.pdf)\n"
        "2. A Vaswani, N Parmar… - Advances in neural information processing systems, 2017 - Attention Is All You Need [[pdf]](https://arxiv.org/abs/1706.03762)\n"
    )  # fmt: skip
    assert [(e.title, e.year) for e in parse_text(text, "l.md").entries] == [
        ("Visualizing Data using t-SNE", 2008),
        ("Attention Is All You Need", 2017),
    ]


def test_review_969_a_glued_marker_past_nine_in_a_one_line_list_is_an_item():
    """Review 969: in a list of one line per item, `10.**Title** [[pdf](url)]` (no space
    after the number) is the next item, not a lazy line of item 9."""
    text = "## Papers\n\n" + "".join(
        f"{n}.{' ' if n < 10 else ''}**Model Number {n}** [[pdf](https://arxiv.org/abs/2204.0{n:04d})] 2022\n"
        for n in (8, 9, 10, 11)
    )
    assert [t for _, t in _titles(text)] == [f"Model Number {n}" for n in (8, 9, 10, 11)]


def test_review_971_joint_makers_after_the_year_and_titles_with_a_bracketed_count():
    """Review 971: `Title, 2018, CUHK & Megvii` and `…, Univ. of Sydney` end at the year;
    `[VGG](url) Very Deep …, 2015 (2)` keeps its title (a year is no journal's volume);
    Scholar's `- Springer Series in Statistics` is no title."""
    made = (
        "- Deep Hashing for Compact Binary Codes, 2018, CUHK & Megvii [[pdf](https://arxiv.org/abs/1501.00011)]\n"
        "- Deep Hashing for Image Retrieval, 2019, Univ. of Sydney [[pdf](https://arxiv.org/abs/1501.00012)]\n"
    )  # fmt: skip
    assert [(e.title, e.year) for e in parse_text(made, "l.md").entries] == [
        ("Deep Hashing for Compact Binary Codes", 2018),
        ("Deep Hashing for Image Retrieval", 2019),
    ]
    vgg = "- [VGG](https://arxiv.org/abs/1409.1556) Very Deep Convolutional Networks for Large-Scale Image Recognition, 2015 (2)\n"  # fmt: skip
    assert _titles(vgg)[0][1].startswith("Very Deep Convolutional Networks")
    scholar = "1. T Hastie, R Tibshirani - Springer, 2009 - Springer Series in Statistics [[pdf]](https://link.springer.com/book/10.1007/978-0-387-84858-7)\n"  # fmt: skip
    assert "Springer Series in Statistics" not in [t for _, t in _titles(scholar)]
