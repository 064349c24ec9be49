"""Round 97 (fresh673-680): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.checks.context import paper_ref
from pipeline.formats import fields as F
from pipeline.formats.frontmatter import front_matter_lines, page_title
from pipeline.parse import parse_text
from tests.support.reading import offline_rules, reader

ARXIV = "https://arxiv.org/abs/"

_read = reader("line", "title", "year", "code.url")
_named = reader("title", "short_name", "year")


def test_a_hugo_front_matter_title_dates_the_entries_under_it():
    """tuchandra's post: ``+++`` / ``title = "My CSCW 2020 reading list"`` / ``+++``: the page's
    title, which the site shows as its heading, dates every entry (as ``# CSCW 2020 ...``
    would); its lines are data, no text (``date = 2020-10-20`` dates nothing)."""
    text = (
        '+++\ntitle = "My CSCW 2020 reading list"\ndate = 2020-10-20\ndraft = false\n+++\n\n'
        "## Full papers\n\n"
        "[What Makes People Join Conspiracy Communities?](https://arxiv.org/abs/2009.04527)"
        " by Shruti Vikas Phadke, Tanushree Mitra\n"
    )
    assert _read(text) == [(9, "What Makes People Join Conspiracy Communities?", 2020, None)]
    assert page_title(text) == "My CSCW 2020 reading list"
    assert front_matter_lines(text.split("\n")) == 5


def test_a_jekyll_page_without_headings_is_dated_by_its_title():
    """saeub's post: YAML ``title: 'Text simplification papers at LREC-COLING 2024'`` over
    bold groups and bullets, no heading at all: the title's dated venue (the first one with
    a year: ``COLING 2024``, not ``LREC`` glued to it) dates each entry."""
    text = (
        "---\nlayout: post\ntitle: 'Text simplification papers at LREC-COLING 2024'\n---\n\n"
        "**Arabic:**\n- Bashar Alhafni and Nizar Habash: [The SAMER Arabic Text Simplification"
        " Corpus](https://aclanthology.org/2024.lrec-main.1398)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2024]


def test_an_undated_or_bodied_page_title_dates_nothing():
    """Guards: an undated page title (``title: Reading List``) dates nothing, and a rule line
    over prose is no front matter."""
    text = "---\ntitle: Reading List\n---\n\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    assert [y for _, _, y, _ in _read(text)] == [None]
    assert page_title("---\nSome prose here.\n---\n") is None
    assert front_matter_lines(["+++", "just text", "+++"]) == 0


def test_a_key_paper_cited_by_its_authors_leaves_the_model_column_to_title_the_row():
    """vaibhav90's tables: ``| **Geneformer** | ... | [Hugging Face](hf) | [Theodoris et al.,
    Nature (2023)](url) |``: the Key Paper link names its authors, venue and year, no title;
    the Model column's name titles the row; ``Not publicly available`` in the Links column is
    no title either."""
    text = (
        "| Model | Use | Links | Key Paper |\n|---|---|---|---|\n"
        "| **Geneformer** | perturbation | [Hugging Face](https://huggingface.co/ctheodoris/"
        "Geneformer) | [Theodoris et al., Nature (2023)](https://www.nature.com/articles/"
        "s41586-023-06139-9) |\n"
        "| **scGPT** | annotation | [GitHub](https://github.com/bowang-lab/scGPT) | [Cui et al.,"
        " Nat Methods (2024)](https://www.nature.com/articles/s41592-024-02201-0) |\n"
        "| **Nicheformer** | spatial | Not publicly available | [Kubler et al., bioRxiv (2024)]"
        "(https://www.biorxiv.org/content/10.1101/2024.03.12.584114v1) |\n"
        "| **ANARCI** | numbering | [GitHub](https://github.com/oxpig/ANARCI) | [Dunbar & Deane,"
        " Bioinformatics (2016)](https://academic.oup.com/bioinformatics/article/32/2/298/1743894) |\n"
    )
    assert [(t, y) for t, _, y in _named(text)] == [
        ("Geneformer", 2023),
        ("scGPT", 2024),
        ("Nicheformer", 2024),
        ("ANARCI", 2016),
    ]


def test_a_titled_key_paper_link_still_titles_its_row():
    """Guard: a Key Paper link that writes the paper's title keeps it (the name is its
    short name)."""
    text = (
        "| Model | Key Paper |\n|---|---|\n"
        "| **scGPT** | [scGPT: toward building a foundation model for single-cell multi-omics"
        "](https://www.nature.com/articles/s41592-024-02201-0) |\n"
    )
    assert _named(text) == [
        ("scGPT: toward building a foundation model for single-cell multi-omics", "scGPT", None)
    ]


def test_a_bracketed_tag_of_an_unknown_venue_and_two_digits_is_its_year():
    """madfunmaker's notes: ``Title [[MediaEval16](pdf)]``, ``[[Springer13](url)]``: an
    evaluation campaign or a publisher with its two-digit year glued on, as the list's other
    tags (``[[ICASSP14](pdf)]``)."""
    assert F.find_year("Automatically Estimating Emotion in Music [MediaEval16]")[0] == 2016
    assert F.find_year("SemEval-2017 Task 4: Sentiment Analysis in Twitter [SemEval17]")[0] == 2017
    assert F.find_year("Music Emotion Recognition [Springer13]")[0] == 2013


def test_a_lecture_number_or_a_network_depth_in_brackets_is_no_year():
    """Guards: ``[Lecture03]``, ``[ResNet18]`` (a network), ``[VGG16]``; review 954: a
    dataset's year or version (``[CoNLL03]``, ``[MultiWOZ21]``), a model's size."""
    for text in (
        "Intro slides [Lecture03]",
        "Deep Residual Learning [ResNet18]",
        "X [VGG16]",
        "Named Entity Recognition with Bidirectional LSTM-CNNs [CoNLL03] [OntoNotes5]",
        "TripPy: A Triple Copy Strategy [MultiWOZ21]",
        "InternLM2 Technical Report [InternLM20]",
    ):
        assert F.find_year(text)[0] is None, text


def test_infocom_and_other_known_venues_date_their_entries():
    """liuwei-network's satellite list: ``[Title](ieee) (INFOCOM 24)``: INFOCOM, SIGCOMM,
    CSCW, ICWSM, LREC, ECIR, ICSE, PLDI... are known venues, their two-digit years too."""
    text = (
        "- [SKYCASTLE: Taming LEO Mobility to Facilitate Seamless Satellite Internet Services]"
        "(https://ieeexplore.ieee.org/document/10621390) (INFOCOM 24)\n"
        "- [Deep Learning over Multi-field Categorical Data](https://arxiv.org/abs/1601.02376)"
        " (ECIR 2016)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2024, 2016]


def test_another_versions_or_a_baselines_known_venue_does_not_date_the_entry():
    """samth's bibliography: ``STOP '09 Proceedings ..., 2009`` then ``See subsequent version
    in POPL 2010.``; ``(extended version of INFOCOM 2019)``, ``Compared against Homa
    (SIGCOMM 18)``: a known venue after ``version in``/``of``, ``against`` is another work's."""
    assert F.find_year("STOP '09 Workshop, 2009. See subsequent version in POPL 2010.")[0] == 2009
    assert F.find_year("IEEE/ACM ToN 2021 (extended version of INFOCOM 2019)")[0] == 2021
    assert F.find_year("(ATC'24). Compared against Homa (SIGCOMM 18).")[0] == 2024
    assert F.find_year("Proceedings of INFOCOM 2019")[0] == 2019  # (a guard)


def test_a_byline_and_a_venue_under_a_title_are_that_papers_not_a_heading():
    """chendl02's list: ``**[Title](url)**`` then ``*Yuqing Wang, Yun Zhao.* ACL'2024``: two
    names and a venue are the paper's byline, not a line that dates the entries after it (the
    next paper, ``LREC'2022``, was dated ACL 2024); ``Accepted at CVPR'24`` still heads."""
    text = (
        "## Tasks\n\n**[TRAM: Benchmarking Temporal Reasoning for Large Language Models]"
        "(https://aclanthology.org/2024.findings-acl.382.pdf)**\n\n*Yuqing Wang, Yun Zhao.* "
        "ACL'2024\n\n**[CRASS: A Novel Data Set and Benchmark to Test Counterfactual Reasoning]"
        "(https://aclanthology.org/2022.lrec-1.229.pdf)**\n\n*Jörg Frohberg, Frank Binder.* "
        "LREC'2022\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2024, 2022]
    assert F.context_facts("Accepted at CVPR'24") == (2024, "CVPR")


def test_a_schemeless_arxiv_target_names_its_paper_and_no_mismatch():
    """harpreetsahota204's table: ``[![arXiv](…/arXiv-2312.10035-…)](ar5iv.labs.arxiv.org/html/
    2312.10035)``: the target, written without ``https://``, still names the paper the badge
    names: its arXiv ID, no ``link-text-mismatch`` (it was an error); another ID still is one."""
    badge = "https://img.shields.io/badge/arXiv-2312.10035-b31b1b.svg"
    text = (
        "| Title | Authors | Code / arXiv Page |\n|:--|:--|:--:|\n"
        f"| Point Transformer V3: Simpler, Faster, Stronger | Xiaoyang Wu | [![arXiv]({badge})]"
        "(ar5iv.labs.arxiv.org/html/2312.10035) |\n"
    )
    refs = [paper_ref(e) for e in parse_text(text, "l.md").entries]
    assert [r.base_id for r in refs if r is not None] == ["2312.10035"]
    assert "link-text-mismatch" not in offline_rules(text)
    other = text.replace("html/2312.10035", "html/2307.09283")
    assert "link-text-mismatch" in offline_rules(other)


def test_a_picture_uploaded_to_a_repository_is_no_code():
    """skalskip's generated page: a poster linked as ``github.com/o/r/assets/26109316/<uuid>``
    (or ``github.com/user-attachments/assets/<uuid>``) before the paper's ``[code]`` link: an
    uploaded file, not the paper's repository."""
    poster = "https://github.com/SkalskiP/top-cvpr-2024-papers/assets/26109316/9711186c-b05b"
    text = (
        f'<p align="left">\n    <a href="{poster}" title="DiffMOT">\n        <img src="x.png">'
        "\n    </a>\n"
        '    <a href="https://arxiv.org/abs/2403.02075" title="DiffMOT">\n'
        "        <strong>DiffMOT: A Real-time Diffusion-based Multiple Object Tracker</strong>\n"
        "    </a>\n"
        '    <a href="https://arxiv.org/abs/2403.02075">[paper]</a>\n'
        '    <a href="https://github.com/Kroery/DiffMOT">[code]</a>\n</p>\n'
    )
    assert [c for *_, c in _read(text)] == ["https://github.com/Kroery/DiffMOT"]


def test_an_html_h1_among_a_centred_blocks_links_is_the_lists_dated_title():
    """skalskip's README: ``<div align="center"><h1 align="center">top CVPR 2024 papers</h1>
    <a href=…>2023</a></div>``: the list's title, which dates its entries as ``# ...`` would;
    a ``: A Survey`` heading under it stays in the introduction (the list's own survey)."""
    text = (
        '<div align="center">\n  <h1 align="center">top CVPR 2024 papers</h1>\n'
        '  <a href="https://github.com/SkalskiP/top-cvpr-2023-papers">2023</a>\n</div>\n\n'
        "## papers\n\n- [SpatialTracker: Tracking Any 2D Pixels in 3D Space]"
        "(https://arxiv.org/abs/2404.04319)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2024]
    own = (
        '<h1 align="center">Awesome Item Identification in Gen-RecSys</h1>\n<div align="center">'
        "\n\nWe welcome contributions to [our survey](https://github.com/o/r).\n"
        "#### Survey Paper: A Survey of Item Identifiers in Generative Recommendation\n\n"
        "[ReseachGate](https://www.researchgate.net/publication/399898960_A_Survey) "
        "[TechRxiv](https://www.techrxiv.org/doi/full/10.36227/techrxiv.176945895)\n\n"
        "## Papers\n\n- [E4SRec: An Elegant Effective Efficient Extensible Solution]"
        "(https://arxiv.org/abs/2312.02443)\n"
    )
    assert [t for _, t, _, _ in _read(own)] == [
        "E4SRec: An Elegant Effective Efficient Extensible Solution"
    ]


def test_a_title_line_right_over_its_links_list_titles_that_paper():
    """nanguoyu's ICLR 2025 list: ``Title`` on a line of its own, then with no blank line
    ``- https://openreview.net/forum?id=…`` and ``- a note``: one entry, the line its title;
    a lead-in (``Papers:``) over a list of titled papers, or a numbered tool name over its
    fields (``1. **COO**`` / ``- [Paper](url)``), titles nothing."""
    text = (
        "# ICLR 2025: Model Compression Paper List\n\n## Paper List\n\n"
        "Forget the Data and Fine-Tuning! Just Fold the Network to Compress\n"
        "- https://openreview.net/forum?id=W2Wkp9MQsF\n"
        "- Data-free and fine-tuning-free structured compression\n\n"
        "Preserving Deep Representations in One-Shot Pruning\n"
        "- OpenReview Link: https://openreview.net/forum?id=eNQp79A5Oz\n"
        "- Keywords: Neural Network Pruning\n"
    )
    assert [(ln, t, y) for ln, t, y, _ in _read(text)] == [
        (5, "Forget the Data and Fine-Tuning! Just Fold the Network to Compress", 2025),
        (9, "Preserving Deep Representations in One-Shot Pruning", 2025),
    ]
    lead = (
        "Papers we read:\n- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "- [BERT: Pre-training of Deep Bidirectional Transformers](https://arxiv.org/abs/1810.04805)\n"
    )
    assert [t for _, t, _, _ in _read(lead)] == [
        "Attention Is All You Need",
        "BERT: Pre-training of Deep Bidirectional Transformers",
    ]
    tool = "1. **COO**\n- Mode Generic\n- [Paper](https://ieeexplore.ieee.org/document/4072891)\n"
    assert [t for _, t, _, _ in _read(tool + "\n" + lead)][:1] == ["Attention Is All You Need"]


def test_an_mla_byline_with_a_trailing_particle_is_no_title():
    """floodsung's roadmap: ``**[32]** Oord, Aaron van den, Nal Kalchbrenner, and Koray
    Kavukcuoglu. "**Pixel recurrent neural networks**." arXiv preprint (2016).``: the names
    (a particle after the given name) are the byline; the bold quoted title titles it (the
    byline read as the title gave a false ``wrong-paper`` online)."""
    text = (
        '**[32]** Oord, Aaron van den, Nal Kalchbrenner, and Koray Kavukcuoglu. "**Pixel '
        'recurrent neural networks**." arXiv preprint arXiv:1601.06759 (2016). '
        "[[pdf]](http://arxiv.org/pdf/1601.06759) **(PixelRNN)** :star::star:\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [("Pixel recurrent neural networks", 2016)]


def test_a_short_bold_title_in_quotes_closed_by_a_stop_is_the_title():
    """``**[1]** LeCun, Yann, ... and Geoffrey Hinton. "**Deep learning**." Nature 521.7553
    (2015): 436-444.``: two bold words in quotes with the stop inside them are MLA's closed
    title, not a tag before ``Nature 521.7553 (2015)``; ``"**BERT**" Pre-training of ...``
    still names the title after it."""
    text = (
        '**[1]** LeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. "**Deep learning**." Nature'
        " 521.7553 (2015): 436-444. [[pdf]](http://www.cs.toronto.edu/~hinton/absps/"
        "NatureDeepReview.pdf) **(Three Giants' Survey)**\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [("Deep learning", 2015)]


def test_a_chicago_citation_in_single_curly_quotes_titles_and_dates_its_entry():
    """currie32's references: ``Hobert, Oliver. 2008.``, then the title in single curly
    quotes, then ``Science 319 (5871)``; ``Avsec, Žiga, ... 2021.``; ``The ENCODE Project
    Consortium. 2012.``: the quoted title after the names (one author, a name in any script,
    a group) and the year titles and dates the entry."""
    doi = "https://doi.org/10.1038/"
    text = (
        f"1. Hobert, Oliver. 2008. ‘Gene Regulation by Transcription Factors and MicroRNAs’."
        f" Science 319 (5871): 1785–86. <a href={doi}x1>{doi}x1</a>.\n\n"
        f"2. Avsec, Žiga, Vikram Agarwal, and David R. Kelley. 2021. ‘Effective Gene "
        f"Expression Prediction from Sequence’. Nature Methods 18 (10). <a href={doi}x2>"
        f"{doi}x2</a>.\n\n"
        f"3. The ENCODE Project Consortium. 2012. ‘An Integrated Encyclopedia of DNA Elements"
        f"’. Nature 489 (7414): 57. <a href={doi}x3>{doi}x3</a>.\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("Gene Regulation by Transcription Factors and MicroRNAs", 2008),
        ("Effective Gene Expression Prediction from Sequence", 2021),
        ("An Integrated Encyclopedia of DNA Elements", 2012),
    ]


def test_one_author_with_initials_before_a_bracketed_year_is_the_byline():
    """pjschneicmu's tutorials: ``- M. L. Littman. (1994). [Markov games as a framework for
    multi-agent reinforcement learning](doi)``: one author with initials, then the year in
    brackets (with or without a stop after the name): the link titles the entry."""
    doi = "https://doi.org/10.1016/B978-1-55860-335-6.50027-1"
    for lead in ("M. L. Littman. (1994).", "M. L. Littman (1994)."):
        text = f"- {lead} [Markov games as a framework for multi-agent RL]({doi}). In _ICML_.\n"
        assert [(t, y) for _, t, y, _ in _read(text)] == [
            ("Markov games as a framework for multi-agent RL", 1994)
        ], lead


def test_review_954_an_html_block_holding_a_table_under_its_h1_is_still_read():
    """Review 954: ``<div><h1>Awesome Medical Image Segmentation</h1><table>…</table></div>``
    (a table or a list in the block, or a paper's link): the block is read as HTML, not
    swallowed as the list's title (every entry was lost)."""
    text = (
        '<div align="center">\n  <h1>Awesome Medical Image Segmentation</h1>\n  <table>\n'
        '    <tr><td><a href="https://arxiv.org/abs/1505.04597">U-Net: Convolutional Networks'
        " for Biomedical Image Segmentation</a></td><td>MICCAI 2015</td></tr>\n  </table>\n"
        "</div>\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("U-Net: Convolutional Networks for Biomedical Image Segmentation", 2015)
    ]


def test_review_954_an_apostrophe_inside_a_single_quoted_title_closes_nothing():
    """Review 954: Chicago's single-quoted title with a curly apostrophe inside it (a
    contraction, a possessive) is read whole (it was cut at the apostrophe)."""
    text = (
        "- Turpin, Miles, Julian Michael, and Samuel Bowman. 2023. ‘Language Models Don’t "
        "Always Say What They Think’. NeurIPS. [pdf](https://arxiv.org/abs/2305.04388)\n"
        "- Levesque, Hector. 2012. ‘The Winograd Schema Challenge’s Legacy and Lessons’. KR."
        " [pdf](https://example.org/w.pdf)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Language Models Don’t Always Say What They Think",
        "The Winograd Schema Challenge’s Legacy and Lessons",
    ]


def test_review_954_a_label_and_a_venue_still_date_what_follows():
    """Review 954: ``**Accepted Papers. ICLR 2024**``, ``Workshop Papers. CVPR 2023``: a label,
    not a byline (a byline lists names with a comma), so the line still dates its papers."""
    text = (
        "Workshop Papers. CVPR 2023\n\n- [Paper Three Title About Vision](https://example.org/"
        "3.pdf)\n\n### Long Papers. ACL 2022\n\n- [Paper Four Title About Language]"
        "(https://example.org/4.pdf)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2023, 2022]


def test_review_954_a_title_year_the_lists_arxiv_papers_disagree_with_dates_nothing():
    """Review 954: front matter ``title: "Test of Time awards: NeurIPS 2024"`` over 2014
    papers, ``My thoughts on NeurIPS 2023 papers`` over 2015-2017 ones: the title's year is
    not theirs (each paper's arXiv v1 is checked; most disagreeing, none is dated by it); a
    span (``CVPR 2019-2023``) dates nothing; ``# ICRA 2025`` over a 2022 preprint still does."""
    front = '---\ntitle: "{}"\n---\n\n'
    papers = (
        "- [Generative Adversarial Nets](https://arxiv.org/abs/1406.2661)\n"
        "- [Sequence to Sequence Learning](https://arxiv.org/abs/1409.3215)\n"
    )
    for title in ("Test of Time awards: NeurIPS 2024", "Reading list: CVPR 2019-2023 highlights"):
        assert [y for _, _, y, _ in _read(front.format(title) + papers)] == [None, None], title
    icra = "# ICRA 2025 Non-AI first\n\n- [Human-Aware Collaborative Transportation with Aerial"
    icra += " Robots](./notes.md) — [arXiv](http://arxiv.org/abs/2210.05894)\n"
    assert [y for _, _, y, _ in _read(icra)] == [2025]


def test_review_954_three_authors_and_a_venue_are_a_citation_not_a_title():
    """Review 954: ``| **GraphSAGE** | [Hamilton, Ying & Leskovec, NeurIPS 2017](url) |``."""
    text = (
        "| Model | Key Paper |\n|---|---|\n| **GraphSAGE** | [Hamilton, Ying & Leskovec, "
        "NeurIPS 2017](https://arxiv.org/abs/1706.02216) |\n"
    )
    assert [t for t, _, _ in _named(text)] == ["GraphSAGE"]


def test_review_955_one_authors_byline_under_a_title_heading_dates_only_that_paper():
    """Review 955: ``### Title`` / ``Yoon Kim. EMNLP 2014`` / ``- [paper](arxiv)``: one name's
    byline is the paper's own line, not a line dating the next heading's paper (which got
    2014 for a 2016 paper)."""
    text = (
        "# NLP Reading List\n### Convolutional Neural Networks for Sentence Classification\n"
        "Yoon Kim. EMNLP 2014\n\n- [paper](https://arxiv.org/abs/1408.5882)\n\n"
        "### Bag of Tricks for Efficient Text Classification\n\n"
        "- [paper](https://arxiv.org/abs/1607.01759)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2014, None]


def test_review_955_one_stale_preprint_undates_only_itself():
    """Review 955: ``# ICLR 2024 Accepted Papers`` over four OpenReview papers and one arXiv
    paper of 2020: the four keep ICLR 2024 (a majority needs three papers arXiv can check)."""
    text = "# ICLR 2024 Accepted Papers on Graph Learning\n\n" + "".join(
        f"- [Graph Paper {n}](https://openreview.net/forum?id=a{n}b{n}c)\n" for n in range(1, 5)
    )
    text += "- [Graph Paper Five](https://arxiv.org/abs/2006.12345)\n"
    assert [y for _, _, y, _ in _read(text)] == [2024, 2024, 2024, 2024, None]


def test_review_955_a_title_block_with_a_subtitle_and_badges_is_still_the_title():
    """Review 955: ``<div><h1>Awesome CVPR 2024 Papers</h1><h3>subtitle</h3>`` with a DOI badge
    for the list's survey and a table of badges: the title dates the entries; a count or a
    date after the venue year is no span (``ICML 2024 - 30 Papers``, ``CVPR 2024 - June 17-21``)."""
    block = (
        '<div align="center"><h1>Awesome CVPR 2024 Papers</h1><h3>A curated list</h3><p><a '
        'href="https://doi.org/10.1109/TPAMI.2024.123456"><img src="https://img.shields.io/'
        'badge/DOI-x-blue"></a></p><table><tr><td><a href="https://awesome.re"><img src="b.svg">'
        "</a></td></tr></table></div>\n\n## Papers\n\n"
    )
    paper = "- [Visual Instruction Tuning](https://arxiv.org/abs/2304.08485)\n"
    assert [y for _, _, y, _ in _read(block + paper)] == [2024]
    for title in ("ICML 2024 – 30 Papers on LLM Agents", "CVPR 2024 - June 17-21, Seattle"):
        assert [y for _, _, y, _ in _read(f"# {title}\n\n{paper}")] == [2024], title


def test_review_955_a_clef_lab_or_trecvid_tag_dates_its_entry():
    """Review 955: ``[ImageCLEF19]``, ``[TRECVID18]``: shared tasks like SemEval's."""
    assert F.find_year("A Neural Approach to Sentiment Classification [ImageCLEF19]")[0] == 2019
    assert F.find_year("Ad-hoc Video Search [TRECVID18]")[0] == 2018


def test_review_954_a_label_line_glued_over_links_titles_nothing():
    """Review 954 (left then, fixed at the session's end): ``Useful links for this section``
    then ``- openreview link`` / ``- github link``: a label over links, no paper's title (it
    read as an entry, with a false ``wrong-paper`` online); a title line still titles."""
    text = (
        "# ICLR 2025 papers I liked\n\n"
        "Forget the Data and Fine-Tuning! Just Fold the Network to Compress\n"
        "- https://openreview.net/forum?id=W2Wkp9MQsF\n- compresses without data\n\n"
        "Useful links for this section\n- https://openreview.net/forum?id=abcdEFGH12\n"
        "- https://github.com/someone/somerepo\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Forget the Data and Fine-Tuning! Just Fold the Network to Compress"
    ]


def test_a_row_with_an_empty_authors_cell_links_no_papers_page():
    """harpreetsahota204's Challenges table: ``| [DataCV Challenge](sites.google.com/…) |  |
    [![GitHub](badge)](github) | summary |``: with the Authors cell empty, the title's link to
    a page is a challenge's, no paper's (it read as an entry); a paper's row keeps its page."""
    head = "| Title | Authors | Code | Summary |\n|:--|:--|:--:|:--|\n"
    challenge = (
        "| [DataCV Challenge](https://sites.google.com/view/vdu-cvpr24/competition) |  | "
        "[code](https://github.com/yorkeyao/DataCV2024) | Searches training sets. |\n"
    )
    paper = (
        "| [VBench: Comprehensive Benchmark Suite for Video Generative Models](https://vchitect"
        ".github.io/VBench-project/) | Ziqi Huang, Yinan He | [code](https://github.com/Vchitect"
        "/VBench) | A benchmark. |\n"
    )
    assert [t for _, t, _, _ in _read(head + challenge + paper)] == [
        "VBench: Comprehensive Benchmark Suite for Video Generative Models"
    ]
