"""Round 84 (fresh620-623) and the leftovers of round 83: each rule held by a test that fails
on the reader before it."""

from __future__ import annotations

from pathlib import Path

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [
        (e.line, e.title, e.paper.url if e.paper else None, e.code.url if e.code else None)
        for e in parse_text(text, "l.md").entries
    ]


ARXIV = "https://arxiv.org/abs/"
EVIDENCE = "https://github.com/kqcoxn/gui-memory-evidence/blob/r4.19/current/claims.json#L979"


def test_a_line_opening_with_the_code_link_is_the_papers_detail():
    """``[Code](github) · [Evidence: PC-041](another repository's file)`` under a paper's
    lines (kqcoxn): the code of the paper above, not a new paper titled by the second link."""
    text = (
        "**Synapse** · 2023<br>\n"
        f"[Synapse: Trajectory-as-Exemplar Prompting with Memory]({ARXIV}2306.07863v3)<br>\n"
        "Retrieves exemplar trajectories through task metadata.<br>\n"
        f"[Code](https://github.com/ltzheng/Synapse) · [Evidence: PC-041]({EVIDENCE})\n"
    )
    assert [(line, code) for line, _, _, code in _read(text)] == [
        (1, "https://github.com/ltzheng/Synapse")
    ]


def test_a_code_badge_before_the_next_papers_title_starts_that_paper():
    """Review 914: ``[![GitHub](badge)](repo) [Title](project page)`` over ``[arXiv](…)``,
    paper after paper, and ``[[Code]](repo) **Title** ECCV 2020`` after a paper: each line
    opens the next paper (its code is its own), not a detail of the paper above."""
    badge = (
        "[![GitHub](https://img.shields.io/github/stars/{0}?style=social)](https://github.com/{0})"
    )
    text = (
        f"{badge.format('bmild/nerf')} [NeRF: Representing Scenes as Neural Radiance Fields]"
        "(https://www.matthewtancik.com/nerf)\n"
        f"[arXiv]({ARXIV}2003.08934) · ECCV 2020\n"
        f"{badge.format('google/mipnerf')} [Mip-NeRF: A Multiscale Representation for "
        "Anti-Aliasing](https://jonbarron.info/mipnerf/)\n"
        f"[arXiv]({ARXIV}2103.13415) · ICCV 2021\n"
    )
    assert [(line, paper, code) for line, _, paper, code in _read(text)] == [
        (1, f"{ARXIV}2003.08934", "https://github.com/bmild/nerf"),
        (3, f"{ARXIV}2103.13415", "https://github.com/google/mipnerf"),
    ]
    text = (
        f"[Attention Is All You Need]({ARXIV}1706.03762) NeurIPS 2017\n"
        "[[Code]](https://github.com/facebookresearch/detr) **End-to-End Object Detection with "
        "Transformers** ECCV 2020\n"
    )
    assert _read(text)[0][3] is None  # the next paper's repository is not this one's


def test_a_titled_line_after_a_paper_still_starts_the_next_paper():
    """The guard: a line opening with its own title (not a code label) after a paper's
    lines is the next paper of a paragraph written one per line, its code its own."""
    text = (
        f"[Synapse: Trajectory-as-Exemplar Prompting with Memory]({ARXIV}2306.07863)<br>\n"
        "Agent S: An Open Agentic Framework [Code](https://github.com/simular-ai/Agent-S) "
        f"[Paper]({ARXIV}2410.08164)\n"
    )
    assert [(line, paper, code) for line, _, paper, code in _read(text)] == [
        (1, f"{ARXIV}2306.07863", None),
        (2, f"{ARXIV}2410.08164", "https://github.com/simular-ai/Agent-S"),
    ]


def test_a_title_linked_by_a_site_generators_tag_is_read():
    """``|[Title]({{< ref "docs/x.md" >}} )| Authors | 2024 |[ACM](doi)|`` (a Hugo site's
    table, oracle-samples): the tag is the site's own page once built, the row's paper its
    ACM link and its title the linked text."""
    text = (
        "|Title|Author|Year|Link|\n|-----|-----|----|----|\n"
        '|[Structcoder: Structure-aware transformer for code generation]({{< ref "docs/01_papers/'
        '07_structcoder.md" >}} )| Tipirneni et al.| 2024 |[ACM](https://dl.acm.org/doi/pdf/'
        "10.1145/3636430)|\n"
        "|Learning and Evaluating Contextual Embedding of Source Code|Kanade et al.| 2019 |"
        f"[arXiv]({ARXIV}2001.00059)|\n"
    )
    assert [(line, title, paper) for line, title, paper, _ in _read(text)] == [
        (
            3,
            "Structcoder: Structure-aware transformer for code generation",
            "https://dl.acm.org/doi/pdf/10.1145/3636430",
        ),
        (4, "Learning and Evaluating Contextual Embedding of Source Code", f"{ARXIV}2001.00059"),
    ]


def test_a_sites_variable_in_a_link_is_no_path():
    """Jekyll's ``{{ site.baseurl }}/a.pdf`` is the site's ``/a.pdf``, after two tags too;
    ``{% link x.md %}`` its page ``x.md``; a variable (``{{ site.url }}``, ``{{ paper.pdf }}``,
    ``{{< param "homepage" >}}``) names no path (review 914); inline code stays as written."""
    from pipeline.formats.mdparser import tame

    assert tame("[A]({{ site.baseurl }}/papers/a.pdf)")[0] == "[A](/papers/a.pdf)"
    assert tame("[A]({{ site.url }}{{ site.baseurl }}/a.pdf)")[0] == "[A](/a.pdf)"
    assert tame("[B]({% link _posts/2020-b.md %})")[0] == "[B](_posts/2020-b.md)"
    assert tame("[C]({{ site.url }})")[0] == "[C]()"
    assert tame("- [{{ paper.title }}]({{ paper.pdf }})")[0] == "- [{{ paper.title }}]()"
    assert tame('[H]({{< param "homepage" >}})')[0] == "[H]()"
    code = '`[Title]({{< ref "x.md" >}})`'
    assert tame(code)[0] == code


def test_a_series_of_a_titles_things_after_a_comma_is_no_byline():
    """``*Externalization in LLM Agents: A Unified Review of Memory, Skills, Protocols and
    Harness Engineering*`` (jaylzhou): things a title lists, not authors after it."""
    text = (
        "- (arXiv 2026) *Externalization in LLM Agents: A Unified Review of Memory, Skills, "
        f"Protocols and Harness Engineering* [[Paper]({ARXIV}2604.08224)]\n"
        f"- (arXiv 2023) *ToolLLM* [[Paper]({ARXIV}2307.16789)]\n"
    )
    assert _read(text)[0][1] == (
        "Externalization in LLM Agents: A Unified Review of Memory, Skills, Protocols and "
        "Harness Engineering"
    )


def test_a_titles_own_list_then_its_byline_loses_only_the_byline():
    """Review 914: ``Trustworthy LLMs: Safety, Security, Privacy. A. Smith, B. Jones, and C.
    Lee.``: the names after the title's own list are cut, the list kept."""
    text = (
        "- Trustworthy LLMs: Safety, Security, Privacy. A. Smith, B. Jones, and C. Lee. "
        f"[[Paper]({ARXIV}2604.08224)]\n"
        "- Robot Learning: Perception, Planning, Control, Alice Smith, Bob Jones, Carl Lee, 2024. "
        f"[[Paper]({ARXIV}2604.08225)]\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Trustworthy LLMs: Safety, Security, Privacy",
        "Robot Learning: Perception, Planning, Control",
    ]


def test_a_title_then_its_authors_still_loses_them():
    """The guard: a byline after a title that lists things stays cut (``Title, Kaiming He,
    Ross Girshick``)."""
    text = (
        "- Memory, Skills and Tools for Agents, Kaiming He, Ross Girshick, Piotr Dollar "
        f"[[Paper]({ARXIV}2604.08224)]\n"
    )
    assert _read(text)[0][1] == "Memory, Skills and Tools for Agents"


def _title(line: str) -> str | None:
    read = _read(line + "\n")
    return read[0][1] if read else None


def test_springer_and_mdpi_citations_are_read_for_their_titles():
    """Headings copied from a journal's "Cite" box (bioinfomachinelearning): Springer
    Nature's ``Fajardo, J.E., Fiser, A. Title. BMC Bioinformatics 14, 63 (2013).`` and
    MDPI's ``Roche, D.B.; Brackenridge, D.A.; McGuffin, L.J. Title. Int. J. Mol. Sci. ...``."""
    doi = "https://doi.org/10.1186/1471-2105-14-63"
    assert (
        _title(
            f"#### Fajardo, J.E., Fiser, A. Protein structure based prediction of catalytic "
            f"residues. BMC Bioinformatics 14, 63 (2013). {doi}"
        )
        == "Protein structure based prediction of catalytic residues"
    )
    assert (
        _title(
            "#### Roche, D.B.; Brackenridge, D.A.; McGuffin, L.J. Proteins and Their Interacting "
            "Partners: An Introduction to Binding Site Prediction Methods. Int. J. Mol. Sci. "
            "2015, 16, 29829-29842. https://doi.org/10.3390/ijms161226202"
        )
        == "Proteins and Their Interacting Partners: An Introduction to Binding Site Prediction "
        "Methods"
    )


def test_a_bylines_first_name_or_an_apa_citation_is_no_springer_citation():
    """The guards: ``Jens Kober, J. Andrew Bagnell, Jan Peters, Title, IJRR, 2013.`` (a name
    before the surname-and-initial is no surname) and APA's ``Cap, Q. H., Uga, H., & Iyatomi,
    H."Title." Venue`` keep their own readings; no title opens with an initial."""
    pdf = "http://www.ias.tu-darmstadt.de/uploads/Publications/Kober_IJRR_2013.pdf"
    assert (
        _title(
            "- Jens Kober, J. Andrew Bagnell, Jan Peters, Reinforcement Learning in Robotics, A "
            f"Survey, IJRR, 2013. [[Paper]]({pdf})"
        )
        == "Reinforcement Learning in Robotics, A Survey"
    )
    assert (
        _title(
            '- Cap, Q. H., Uga, H., Kagiwada, S., & Iyatomi, H."LeafGAN: An Effective Data '
            'Augmentation Method for Practical Plant Disease Diagnosis." IEEE Transactions on '
            "Automation Science and Engineering, 1-10. [[paper]](https://ieeexplore.ieee.org/"
            "abstract/document/9298454)"
        )
        == "LeafGAN: An Effective Data Augmentation Method for Practical Plant Disease Diagnosis"
    )


def test_a_preprint_servers_number_after_a_title_is_cut():
    """``Name et al., M-Ionic: Title, bioRxiv 2023.04.06.535847; doi: URL`` and two people
    before a coined name's title (``Yi-Heng Zhu, Dong-Jun Yu, ULDNA: Title, bioRxiv …``)."""
    doi = "https://doi.org/10.1101/2023.04.06.535847"
    assert (
        _title(
            "#### Aditi Shenoy et al., M-Ionic: Prediction of metal ion binding sites from "
            f"sequence using residue embeddings, bioRxiv 2023.04.06.535847; doi: {doi}"
        )
        == "M-Ionic: Prediction of metal ion binding sites from sequence using residue embeddings"
    )
    assert (
        _title(
            "#### Yi-Heng Zhu, Dong-Jun Yu, ULDNA: Integrating Unsupervised Multi-Source Language "
            f"Models for Protein-DNA Binding Site Prediction, bioRxiv 2023.05.30.542787; doi: {doi}"
        )
        == "ULDNA: Integrating Unsupervised Multi-Source Language Models for Protein-DNA Binding "
        "Site Prediction"
    )


def test_two_phrases_before_a_titles_own_list_are_no_byline():
    """The guard: ``Sparse Coding, Deep Learning, GANs: A Unified View`` is one title."""
    assert (
        _title(f"- [Sparse Coding, Deep Learning, GANs: A Unified View]({ARXIV}2301.00001)")
        == "Sparse Coding, Deep Learning, GANs: A Unified View"
    )


def test_a_links_placeholder_address_gives_way_to_the_address_it_shows():
    """``<a href="url">https://doi.org/…</a>`` (navis's publications page): the address
    the maintainer wrote as the link's text is the paper link; a Springer-style byline after
    the italic title's full stop is cut."""
    text = (
        '## 2024\n\n<ol>\n    <li value = "40">\n'
        "    <i>Invariant synaptic density across species.</i> Castro, A.E., Cardona A. bioRxiv "
        '(2024). <a href="url">https://doi.org/10.1101/2024.07.18.604056</a>\n    </li>\n</ol>\n\n'
        '<ol>\n    <li value = "37">\n'
        "    <i>Whole-brain annotation and multi-connectome cell typing of Drosophila.</i> "
        "Schlegel, P., Yin, Y., Bates, A.S. et al. Nature 634, 139–152 (2024). "
        '<a href="url">https://doi.org/10.1038/s41586-024-07686-5</a>\n    </li>\n</ol>\n'
    )
    assert [(title, paper) for _, title, paper, _ in _read(text)] == [
        ("Invariant synaptic density across species", "https://doi.org/10.1101/2024.07.18.604056"),
        (
            "Whole-brain annotation and multi-connectome cell typing of Drosophila",
            "https://doi.org/10.1038/s41586-024-07686-5",
        ),
    ]


def test_a_real_address_is_kept_whatever_the_link_text_says():
    """The guard: ``<a href="https://doi.org/…/real">https://doi.org/…/shown</a>`` keeps its
    own address; only a placeholder (``url``, empty) gives way to the text's."""
    text = (
        '<ol>\n    <li value = "40">\n'
        "    <i>Invariant synaptic density across species.</i> Castro, A.E., Cardona A. bioRxiv "
        '(2024). <a href="https://doi.org/10.1101/real">https://doi.org/10.1101/shown</a>\n'
        "    </li>\n</ol>\n"
    )
    assert [paper for _, _, paper, _ in _read(text)] == ["https://doi.org/10.1101/real"]


def test_a_schedules_date_column_dates_no_paper():
    """A seminar's syllabus (lacoco-lab): ``| Date | Unit | Topic | Readings | Presenter |``
    dates the sessions; each paper's year is its own ``(2021; selected sections)``."""
    text = (
        "| Date | Unit | Topic | Readings | Presenter | Optional Material |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| November 3, 2026 | 1 | Transformer computations | [A Mathematical Framework for "
        "Transformer Circuits](https://transformer-circuits.pub/2021/framework/index.html) "
        "(2021; selected sections below) |  | |\n"
        "|  |  | Vocabulary projections | [Eliciting Latent Predictions from Transformers with the "
        f"Tuned Lens]({ARXIV}2303.08112) (2023) |  | |\n"
    )
    years = [e.year for e in parse_text(text, "l.md").entries]
    assert years == [2021, 2023]


def test_a_dated_column_beside_no_schedule_still_dates_its_papers():
    """The guard: ``| Date | Title |`` with no schedule's headers is the papers' date."""
    text = (
        "| Date | Title |\n| --- | --- |\n"
        f"| November 3, 2022 | [Eliciting Latent Predictions with the Tuned Lens]({ARXIV}2303.08112) |\n"
    )
    assert [e.year for e in parse_text(text, "l.md").entries] == [2022]


def test_a_bylines_lettered_year_dates_the_entry():
    """``— Li et al., 2025c`` (a survey's reference list, iscs-zju): the year 2025."""
    text = (
        "- [**Toppings: CPU-Assisted, Rank-Aware Adapter Serving for LLM Inference**]"
        "(https://www.usenix.org/conference/atc25/presentation/li-suyi-toppings) — Li et al., 2025c\n"
    )
    assert [e.year for e in parse_text(text, "l.md").entries] == [2025]


def test_paragraphs_of_a_title_and_its_address_each_stand_alone():
    """``Title https://arxiv…`` paragraphs (wanghaiy2018): a paragraph ``Title
    https://github.com/…`` is a paper with no paper link, not the code of the one above; a
    title wrapped over lines before its address is read whole."""
    text = (
        "Investigating the Effectiveness of ChatGPT in Mathematical Reasoning "
        f"{ARXIV}2306.06331\n\n"
        "Can Large Language Models Understand Symbolic Graphics Programs? "
        "https://github.com/sgp-bench/sgp-bench\n\n"
        "Can Language Models Rival Mathematics Students? Evaluating\n"
        "Mathematical Reasoning through Textual Manipulation and Human\n"
        "Experiments  https://arxiv.org/pdf/2412.11908v1\n"
    )
    assert [(title, code) for _, title, _, code in _read(text)] == [
        ("Investigating the Effectiveness of ChatGPT in Mathematical Reasoning", None),
        (
            "Can Language Models Rival Mathematics Students? Evaluating Mathematical Reasoning "
            "through Textual Manipulation and Human Experiments",
            None,
        ),
    ]


def test_a_year_or_a_label_over_an_address_is_no_title():
    """The guards: ``2021 <br>`` / ``Title <br>`` / ``https://…`` (diff7's list, read whole)
    and ``Title`` / ``Link: https://…`` keep their titles alone, on their own lines."""
    real = Path(__file__).parent / "fixtures" / "real" / "fresh283__diff7__awesome-binary-networks"
    read = {
        e.line: e.title for e in parse_text((real / "list.md").read_text("utf-8"), "l.md").entries
    }
    assert read[82] == (
        "Multi-Prize Lottery Ticket Hypothesis: Finding Accurate Binary Neural Networks by "
        "Pruning A Randomly Weighted Network"
    )
    assert 81 not in read
    text = (
        "1. SciFact-Open: Towards open-domain scientific claim verification\n"
        "   Link: <https://aclanthology.org/2022.findings-emnlp.347/>\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "SciFact-Open: Towards open-domain scientific claim verification"
    ]


def test_russian_link_labels_and_a_notes_page_are_no_title_and_no_code():
    """``**[[статья](arxiv)] (NOV2019) Title [[:thought_balloon:](own notes .md)]**``
    (aktumar): ``статья`` (article) is a label, the notes page in the list's repository is
    no code; a README in a repository still is."""
    notes = "https://github.com/aktumar/3D_reconstruction/blob/main/notes/papers/Survey.md"
    text = (
        "### Обзорные\n\n"
        "**[[статья](https://arxiv.org/pdf/1906.06543.pdf)] (NOV2019) Image-based 3D Object "
        f"Reconstruction: State-of-the-Art and Trends [[:thought_balloon:]({notes})]**\n\n"
        "**[[статья](https://arxiv.org/pdf/1906.06113.pdf)] (JUN2019) A Survey on Deep Learning "
        "Architectures for Image-based Depth Reconstruction**\n\n"
        f"- [RGBT Salient Object Detection: A Benchmark]({ARXIV}1905.06741) "
        "[code](https://github.com/lz118/RGBT-Salient-Object-Detection/blob/master/Readme.md)\n"
    )
    assert [(title, code) for _, title, _, code in _read(text)] == [
        ("Image-based 3D Object Reconstruction: State-of-the-Art and Trends", None),
        ("A Survey on Deep Learning Architectures for Image-based Depth Reconstruction", None),
        (
            "RGBT Salient Object Detection: A Benchmark",
            "https://github.com/lz118/RGBT-Salient-Object-Detection/blob/master/Readme.md",
        ),
    ]


def test_review_919_a_second_line_of_byline_or_advice_is_no_title():
    """Review 919: ``Title`` over ``He et al., CVPR 2016 https://…``, ``Vaswani, Shazeer,
    Parmar https://…``, ``Read the paper here https://…``: the title is the first line."""
    for second in (
        "He et al., CVPR 2016",
        "Vaswani, Shazeer, Parmar, Uszkoreit",
        "Read the paper here",
        "Available at",
        "Preprint on arXiv",
    ):
        text = (
            f"Deep Residual Learning for Image Recognition\n{second} {ARXIV}1512.03385\n\n"
            f"Attention Is All You Need\n{second} {ARXIV}1706.03762\n"
        )
        assert [title for _, title, _, _ in _read(text)] == [
            "Deep Residual Learning for Image Recognition",
            "Attention Is All You Need",
        ], second


def test_review_919_a_code_paragraph_after_a_title_and_address_is_its_code():
    """``Title https://arxiv…`` then ``The official code is available at https://github…``:
    the paper's code, not a paper of its own."""
    text = (
        f"Attention Is All You Need {ARXIV}1706.03762\n\n"
        "The official code is available at https://github.com/tensorflow/tensor2tensor\n"
    )
    assert [code for _, _, _, code in _read(text)] == [
        "https://github.com/tensorflow/tensor2tensor"
    ]


def test_review_919_a_paper_tables_date_column_beside_a_speaker_or_module_dates_it():
    """``| Date | Model | Speaker | Paper |`` (a speech list), ``| Date | Module | Paper |``: no
    schedule, the Date column dates the papers."""
    for header in ("| Date | Model | Speaker | Paper |", "| Date | Module | Paper | Code |"):
        cells = header.count("|") - 1
        row = ["2023-05", "VITS2", "multi", f"[VITS2: Improving Quality]({ARXIV}2307.16430)"]
        row = row[:cells] + [""] * (cells - len(row))
        text = f"{header}\n|{'---|' * cells}\n| {' | '.join(row)} |\n"
        assert [e.year for e in parse_text(text, "l.md").entries] == [2023], header


def test_review_919_springer_title_goes_past_an_abbreviation_and_a_title_keeps_its_servers():
    """``Ng, A. Y., Jordan, M. I. On discriminative vs. generative classifiers. NIPS 14``: not
    cut at ``vs.`` (the Springer reading is set aside); ``... preprints on arXiv, bioRxiv``
    keeps its last word (a server's name alone after a comma is no tail)."""
    assert not _title(
        f"- Ng, A. Y., Jordan, M. I. On discriminative vs. generative classifiers. NIPS 14 "
        f"(2002). [pdf]({ARXIV}2001.00001)"
    ).endswith(" vs")
    assert _title(
        f"- [A large-scale analysis of preprints on arXiv, bioRxiv]({ARXIV}2001.00002)"
    ) == ("A large-scale analysis of preprints on arXiv, bioRxiv")


def test_review_919_a_code_repository_named_for_reading_is_code():
    """``[PyTorch](github.com/galsang/reading-comprehension/blob/master/BiDAF.md)``,
    ``[TF](…/text_summary/blob/master/USAGE.md)``: code; a folder ``summary/`` of notes is not
    (``[Notes](…/AIgrads/blob/master/summary/PET.md)``)."""
    text = (
        f"- [Bidirectional Attention Flow for Machine Comprehension]({ARXIV}1611.01603) "
        "[PyTorch](https://github.com/galsang/reading-comprehension/blob/master/BiDAF.md)\n"
        f"- [Get To The Point: Summarization with Pointer-Generator Networks]({ARXIV}1704.04368) "
        "[TF](https://github.com/someone/text_summary/blob/master/USAGE.md)\n"
        f"- [Exploiting Cloze Questions for Few Shot Text Classification]({ARXIV}2009.07118) "
        "[:memo:](https://github.com/keyurfaldu/AIgrads/blob/master/summary/PET.md)\n"
    )
    assert [code for _, _, _, code in _read(text)] == [
        "https://github.com/galsang/reading-comprehension/blob/master/BiDAF.md",
        "https://github.com/someone/text_summary/blob/master/USAGE.md",
        None,
    ]


def test_review_919_a_relative_link_is_no_placeholder_and_a_shortcode_is_no_title():
    """``[https://arxiv.org/abs/…](slides)`` keeps its relative address (only ``url``,
    ``link``, ``TBD``, empty ... are placeholders); ``] :ballot_box_with_check: Title`` loses
    its icon."""
    from pipeline.formats.runs import MD, inline_runs

    token = next(t for t in MD.parse(f"[{ARXIV}2005.14165](slides)") if t.type == "inline")
    assert [r.url for r in inline_runs(token) if r.kind == "link"] == ["slides"]
    text = (
        "**[[статья](http://3dshapenets.cs.princeton.edu/paper.pdf)] :ballot_box_with_check: "
        "3D ShapeNets: A Deep Representation for Volumetric Shapes**\n\n"
        "**[[статья](https://arxiv.org/pdf/1906.06113.pdf)] (JUN2019) A Survey on Deep Learning "
        "Architectures for Image-based Depth Reconstruction**\n"
    )
    assert _read(text)[0][1] == "3D ShapeNets: A Deep Representation for Volumetric Shapes"


def test_a_papers_abstract_and_pdf_are_one_paper_of_an_html_block():
    """A lab page's ``<span>[Title](arxiv abs)</span><br>`` / ``<span> Authors </span><br>`` /
    ``[[paper]](arxiv pdf)`` (avivnavon): one paper, not the authors' line as a second one;
    a ``[[video]]`` on the venue's site is its talk, not a second paper."""
    text = (
        '<span style="font-size:18px;">[Equivariant Architectures for Learning in Deep Weight '
        f"Spaces]({ARXIV}2301.12780)</span><br>\n"
        '<span style="font-size:17px;"> A. Navon, A. Shamsian, I. Achituve, E. Fetaya, G. '
        "Chechik, H. Maron </span><br>\n"
        '<span style="font-size:18px;"> _International Conference on Machine Learning, ICML, '
        "2023_.</span><br>\n"
        '<span style="font-size:.8em;">\n'
        "[[paper]](https://arxiv.org/pdf/2301.12780)\n"
        "[[code]](https://github.com/AvivNavon/DWSNets)\n"
        "[[video]](https://icml.cc/virtual/2023/oral/25528)\n"
        "</span>\n"
    )
    read = [
        (e.title, e.year, e.code.url if e.code else None) for e in parse_text(text, "l.md").entries
    ]
    assert read == [
        (
            "Equivariant Architectures for Learning in Deep Weight Spaces",
            2023,
            "https://github.com/AvivNavon/DWSNets",
        )
    ]


def test_a_reading_groups_role_label_is_no_title():
    """``* Main paper: Title https://…``, ``_Follow-up paper:_ Authors (2018) Title, URL``
    (stimaliu's reading group): the label of the paper's part in the session."""
    text = (
        "__May 12: Graph Neural Networks 1 (MM, FE, JK)__\n\n"
        f"* Main paper: Semi-Supervised Classification with Graph Convolutional Networks {ARXIV}1609.02907\n\n"
        "* Additional reading/background paper: Inductive Representation Learning on Large "
        "Graphs https://cs.stanford.edu/people/jure/pubs/graphsage-nips17.pdf\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Semi-Supervised Classification with Graph Convolutional Networks",
        "Inductive Representation Learning on Large Graphs",
    ]


def test_a_labs_bold_member_in_a_surname_first_byline_is_no_title():
    """A lab's publication page (deepomics-lab) bolds its member in a Springer- or ACS-style
    byline with marks (``Li, H., Fotouhi, N., Liu, F., **Ji, H.**,* Wu, Q.* Title. *Plant
    Methods*. 2024``, ``Zeng, F.; **Ji, H.**; Zhang, Z.; Lu, H. ; Wang, Y. Title. *RSC Adv*.``):
    the title is the reference's."""
    text = (
        "## 2024\n\n"
        "- Li, H., Fotouhi, N., Liu, F., **Ji, H.**,* Wu, Q.* Early detection of dark-affected "
        "plant mechanical responses using enhanced electrical signals. *Plant Methods*. 2024, "
        "22 (1) 49. [link](https://doi.org/10.1186/s13007-024-01169-4)\n\n"
        "- Zeng, F.; **Ji, H.**; Zhang, Z.; Luo, J.; Lu, H. ; Wang, Y. Metabolic Profiling "
        "Putatively Identifies Plasma Biomarkers of Male Infertility Using UPLC-ESI-IT-TOFMS. "
        "*RSC Adv*. 2018, 8 (46), 25974–25982. [link](https://pubs.rsc.org/en/content/"
        "articlelanding/2018/ra/c8ra01897a)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Early detection of dark-affected plant mechanical responses using enhanced electrical "
        "signals",
        "Metabolic Profiling Putatively Identifies Plasma Biomarkers of Male Infertility Using "
        "UPLC-ESI-IT-TOFMS",
    ]


def test_a_bold_method_name_before_its_gbt_reference_takes_the_references_title():
    """``- **Reflexion**  Shinn N, Cassano F, Labash B, et al. Reflexion: Language agents
    ...[J]. URL …`` (li1li1li): the reference's title, not the bold name alone."""
    text = (
        "- **Reflexion**  Shinn N, Cassano F, Labash B, et al. Reflexion: Language agents with "
        "verbal reinforcement learning, 2023[J]. URL https://arxiv. org/abs/2303.11366, 2023, 1. "
        f"[pdf]({ARXIV}2303.11366), [code](https://github.com/noahshinn/reflexion)\n"
        "- **THEANINE**  Ong K T, Kim N, Gwak M, et al. Towards lifelong dialogue agents via "
        "timeline-based memory management[J]. arXiv preprint arXiv:2406.10996, 2024.  "
        "[pdf](https://aclanthology.org/2025.naacl-long.435/)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Reflexion: Language agents with verbal reinforcement learning",
        "Towards lifelong dialogue agents via timeline-based memory management",
    ]


def test_a_picture_is_no_paper_unless_the_list_labels_it_so():
    """``[[poster]](icml.cc/media/PosterPDFs/…/24582.png)`` beside the paper: a picture, no
    second paper; ``[paper](…paper-01.png)`` is the list's paper link all the same."""
    text = (
        f"- [Equivariant Architectures for Learning in Deep Weight Spaces]({ARXIV}2301.12780) "
        "[[poster]](https://icml.cc/media/PosterPDFs/ICML%202023/24582.png?t=1687508976.0894368)\n"
        "- SIGGRAPH20: **Unpaired Motion Style Transfer from Video to Animation**.[paper]"
        "(https://uploads-ssl.webflow.com/51e0d73d83d06baa7a00000f/5cab99df_paper-01.png)\n"
    )
    assert [paper for _, _, paper, _ in _read(text)] == [
        f"{ARXIV}2301.12780",
        "https://uploads-ssl.webflow.com/51e0d73d83d06baa7a00000f/5cab99df_paper-01.png",
    ]
    from pipeline.formats.links import link_role
    from pipeline.formats.runs import Run

    poster = "https://icml.cc/media/PosterPDFs/ICML%202023/24582.png"
    assert link_role(Run("link", "[poster]", 1, poster)) == "other"


def test_review_920_a_bold_title_over_a_reference_without_one_stays_the_title():
    """``**Segment Anything**. Kirillov, A., ... (2023). Proceedings of the IEEE/CVF ...``,
    ``**Few-Shot Learners** Brown T, ... et al. Advances in neural information processing
    systems[J], 2020.``: the reference names no title of its own (its venue is none), so the
    bold is the title; a title's ``C#`` keeps its mark (only a name's ``H.#`` loses it)."""
    text = (
        "- **Segment Anything**. Kirillov, A., Mintun, E., Ravi, N., et al. (2023). Proceedings "
        f"of the IEEE/CVF International Conference on Computer Vision. [paper]({ARXIV}2304.02643)\n"
        "- **Few-Shot Learners** Brown T, Mann B, Ryder N, et al. Advances in neural information "
        f"processing systems[J], 2020. [paper]({ARXIV}2005.14165)\n"
        "- Li, H., **Ji, H.**, Wu, Q. Static analysis of C# programs with abstract "
        "interpretation. *Empirical Software Engineering*. 2024. [link](https://doi.org/10.1007/"
        "s10664-024-00001-1)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Segment Anything",
        "Few-Shot Learners",
        "Static analysis of C# programs with abstract interpretation",
    ]


def test_review_920_related_or_further_papers_is_no_role_label():
    """Role labels name a paper's part in a session (``Main paper:``, ``Follow-up paper:``);
    ``Related papers:`` and ``Further reading:`` list other papers, no ``Paper:`` label."""
    from pipeline.formats.labels import strip_label

    assert strip_label("Main discussion paper: Title")[0] == "paper"
    assert strip_label("Additional reading/background paper: Title")[0] == "paper"
    for text in ("Related papers: [RoBERTa](u)", "Further reading: x", "Key papers: y"):
        assert strip_label(text)[0] != "paper", text
