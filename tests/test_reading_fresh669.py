"""Round 96 (fresh669-672) and review 950 of round 95: each rule held by a test that fails
on the reader before it; the guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import offline_rules, reader

ARXIV = "https://arxiv.org/abs/"

_read = reader("line", "title", "year", "code.url")
_papers = reader("title", "year", "paper.url")


def test_a_years_papers_one_a_line_in_a_paper_column_are_each_an_entry_of_that_year():
    """prncoprs's best-paper tables: ``| 2024 | [**Title A**](a)<br>Authors<br>[**Title B**](b)
    <br>Authors |``: one entry per titled link, each dated by the Year column; an address in
    an affiliation (``(Independent (www.paulkocher.com))``) is no paper of a bold title."""
    text = (
        "| Year | Paper |\n| :-: | :- |\n"
        "| 2024 | [**BENZENE: A Practical Root Cause Analysis System**](https://x.io/benzene.pdf)"
        "<br>Younggi Park (Korea University)<br> [**Typing High-Speed Cryptography against"
        " Spectre v1**](https://eprint.iacr.org/2022/1270)<br>Basavesh Shivakumar (MPI-SP) |\n"
        "| 2019 | **Spectre Attacks: Exploiting Speculative Execution**<br>Paul Kocher"
        " (Independent (www.paulkocher.com)), Jann Horn (Google Project Zero) |\n"
    )
    assert [(t, y) for t, y, _ in _papers(text)] == [
        ("BENZENE: A Practical Root Cause Analysis System", 2024),
        ("Typing High-Speed Cryptography against Spectre v1", 2024),
    ]


def test_a_bare_www_address_as_its_own_link_text_names_no_other_target():
    """``Title. www.spectreattack.com/spectre.pdf``: GitHub links the bare address to
    ``http://www.spectreattack.com/spectre.pdf``, the page its text names: no
    ``link-text-mismatch`` (it was an error); another site under the text still is one."""
    text = "# Papers\n\n* Spectre Attacks: Exploiting Speculative Execution. www.spectreattack.com/spectre.pdf\n"
    assert "link-text-mismatch" not in offline_rules(text)
    other = "# Papers\n\n* [www.spectreattack.com/spectre.pdf](https://evil.example/spectre.pdf) Spectre Attacks: Exploiting Speculative Execution\n"
    assert "link-text-mismatch" in offline_rules(other)


def test_a_quoted_venue_under_an_entry_dates_it_and_a_plain_paragraph_after_is_the_next():
    """quantum290: ``[Title](arxiv)`` then ``> Authors`` / ``> **J. Chem. Phys. 142 (2015)
    1--9**``: the quote is the entry's, its year the entry's; fresh274's ``> note`` then a
    plain ``[Seo2022] Title. Nuclear Fusion, 2022.`` paragraph is the next entry's, not a
    detail that dates the one above."""
    text = (
        "# Quantum\n\n###### 1\n[Problem-free time-dependent variational principle for open"
        " quantum systems](http://arxiv.org/abs/1501.02025v3)\n\n> Loic Joubert-Doriol, Artur"
        " F. Izmaylov\n> \n> **J. Chem. Phys. 142 (2015) 1--9**\n\n###### 2\n\n[A"
        " straightforward introduction to continuous quantum measurement]"
        "(https://arxiv.org/pdf/quant-ph/0611067.pdf)\n\n> Kurt Jacobs, Daniel A. Steck\n>\n"
        "> **Arxiv 2006**\n"
    )
    assert [y for _, y, _ in _papers(text)] == [2015, 2006]
    fusion = (
        "# Fusion\n\n### Control\n\n[Kerboua2025] Curriculum Reinforcement Learning for Tokamak"
        " Control. [DOI](https://doi.org/10.1007/978-981-97-9536-9_3).\n> 用课程学习加速了控制策略的学习。\n\n"
        "[Kerboua2024] Artificial intelligence and fusion plasma control. HAL, 2024, 2024COAZ5060.\n"
        "> 同样使用了课程学习。\n"
    )
    assert [y for _, y, _ in _papers(fusion)] == [2025]  # its own tag's, not HAL's 2024


def test_surnames_and_a_year_before_a_quoted_linked_title_are_its_byline():
    """A course page: ``- Aronow and Samii (2016), ["Does Regression Produce …?"](pdf)``: the
    quoted link is the title (it gave a false ``wrong-paper`` online); ``Fawcett (2006)
    [Title](pdf), Pattern Recognition Letters.``: the link, not the journal after it."""
    text = (
        "# Causal\n\n### Regression\n\n"
        '- Aronow and Samii (2016), ["Does Regression Produce Representative Estimates of'
        ' Causal Effects?"](https://onlinelibrary.wiley.com/doi/pdf/10.1111/ajps.12185)\n'
        '- Lattimore and Rohde (2019), ["Replacing the do-calculus with Bayes rule"]'
        "(https://arxiv.org/pdf/1906.07125.pdf)\n"
        "- Fawcett (2006) [An introduction to ROC analysis](https://x.edu/fawcett-roc.pdf),"
        " Pattern Recognition Letters.\n"
    )
    assert [(t, y) for t, y, _ in _papers(text)] == [
        ("Does Regression Produce Representative Estimates of Causal Effects?", 2016),
        ("Replacing the do-calculus with Bayes rule", 2019),
        ("An introduction to ROC analysis", 2006),
    ]


def test_a_label_line_over_a_titled_paper_link_is_no_title():
    """A journal club's minutes: ``Presented Paper:`` on its own line, then ``[Title](arxiv)
    (Secunda et al., 01-2025)``; a course's ``[Pre-read by A and B](….pdf)`` is no paper."""
    text = (
        "# Journal club\n\n### 2025-01-14: Bob\n\nPresented Paper:\n[Continuum Reverberation in"
        f" Active Galactic Nuclei Disks]({ARXIV}2501.06304) (Secunda et al., 01-2025)\n\n"
        "### Thursday, September 3: Background\n\n- [Pre-read by Arvind Narananan and Matt"
        " Salganik](https://x.github.io/class/limits-to-prediction-pre-read.pdf)\n"
    )
    assert [(t, y) for t, y, _ in _papers(text)] == [
        ("Continuum Reverberation in Active Galactic Nuclei Disks", 2025)
    ]


def test_the_parts_of_a_book_are_no_papers_but_a_titled_chapter_is_a_reading():
    """``Tetlock (2005) _Expert Political Judgement_:`` over ``[Preface](jstor)``, ``[Chapter 1,
    Quantifying the Unquantifiable](jstor)``, ``[Methodological Appendix](jstor)``; a
    syllabus's ``[Chapter 6: The Process of Interaction Design](pdf)`` stays a reading."""
    text = (
        "# Course\n\n### Week 2\n\n- Tetlock (2005) _Expert Political Judgement_:\n"
        "  - [Preface](https://www.jstor.org/stable/j.ctt7spbt.4), p xi-xvi.\n"
        "  - [Chapter 1, Quantifying the Unquantifiable](https://www.jstor.org/stable/j.ctt7spbt.5)\n"
        "  - [Methodological Appendix](https://www.jstor.org/stable/j.ctt7spbt.13) p 239-250.\n"
        "- Rogers, Y., Sharp, H., & Preece, J. (2011). [Chapter 6: The Process of Interaction"
        " Design](http://www.wiley.com/legacy/wileychi/interactiondesign/pdf/ID_ch6.pdf).\n"
    )
    assert [t for t, _, _ in _papers(text)] == ["Chapter 6: The Process of Interaction Design"]


def test_review_950_file_shares_of_code_models_and_course_work_are_no_papers():
    """A Drive share labelled as code, trained models, a problem set or a talk is none (the
    FCN entry keeps its code); a course reading's share titled as a paper still is one."""
    drive = "https://drive.google.com/file/d/"
    text = (
        "# Segmentation\n\n"
        f"- [Fully Convolutional Networks for Semantic Segmentation]({ARXIV}1411.4038)"
        f" [[Code and trained models]]({drive}1AbCdEf/view)\n"
        f"- [Problem Set 1 (due Sept 5)]({drive}1Ps/view)\n"
        f"- [Guest Talk by Jeffrey Heer on Visual Analytics]({drive}1Gt/view)\n"
        f"- [Pre-trained BERT Base Model]({drive}1Bm/view)\n"
        f"- [Integrating Data and Model Space in Ensemble Learning by Visual Analytics]({drive}1Id/view)\n"
    )
    assert [(t, c) for _, t, _, c in _read(text)] == [
        ("Fully Convolutional Networks for Semantic Segmentation", f"{drive}1AbCdEf/view"),
        ("Integrating Data and Model Space in Ensemble Learning by Visual Analytics", None),
    ]


def test_review_950_a_venue_section_after_the_lists_title_dates_only_its_own_entries():
    """``# Awesome Video Generation`` then ``# Table of Contents`` and ``# CVPR 2024`` /
    ``# arXiv`` sections: the first venue section is no list title (only one after a
    ``# History``-like first H1 is); a span of years or an implementation's venue opening
    a long title dates nothing."""
    text = (
        "# Awesome Video Generation\n\n# Table of Contents\n- [CVPR 2024](#cvpr-2024)\n"
        "- [arXiv](#arxiv)\n\n# CVPR 2024\n\n- [Video Diffusion Transformers]"
        "(https://openaccess.thecvf.com/content/CVPR2024/html/X.html)\n\n# arXiv\n\n"
        f"- [Make-A-Video: Text-to-Video Generation without Text-Video Data]({ARXIV}2209.14792)\n"
    )
    assert [y for _, y, _ in _papers(text)] == [2024, None]
    entry = f"\n\n## Related\n\n- [Graph Attention Networks for Molecules]({ARXIV}1710.10903)\n"
    span = "# NeurIPS 2019 - 2024 — graph neural network papers collected over six editions of the conference"
    own = "# ICLR 2024 — Official PyTorch implementation of GraphMAE2 (a decoding-enhanced masked graph learner)"
    assert [_papers(span + entry)[0][1], _papers(own + entry)[0][1]] == [None, None]


def test_review_950_papers_titled_about_reading_lists_stay_papers():
    """``[Automatic Generation of Reading Lists](aclanthology)`` is a paper's title; only a
    label of venues or years before ``Paper List`` names an index."""
    text = (
        "# Recsys\n\n- [Automatic Generation of Reading Lists](https://aclanthology.org/P19-1000/)\n"
        f"- [Citation-based Reading List]({ARXIV}2002.01234)\n"
        "- [ICCV CVPR Paper List](http://openaccess.thecvf.com/menu.py)\n"
    )
    assert [t for t, _, _ in _papers(text)] == [
        "Automatic Generation of Reading Lists",
        "Citation-based Reading List",
    ]


def test_review_950_a_dated_link_in_lower_case_after_a_paper_is_its_other_form():
    """``[Spanner: …](a) (2012) and [the TOCS journal version](b) (2013)``: one paper."""
    text = (
        "# Systems\n\n* [Spanner: Google's Globally-Distributed Database]"
        "(https://research.google.com/archive/spanner-osdi2012.pdf) (2012) and"
        " [the TOCS journal version](https://dl.acm.org/doi/10.1145/2491245) (2013): TrueTime.\n"
        "* [MapReduce slides from the OSDI talk]"
        "(https://research.google.com/archive/mapreduce-osdi04-slides/index.html)\n"
    )
    assert [t for t, _, _ in _papers(text)] == ["Spanner: Google's Globally-Distributed Database"]


def test_review_950_a_systems_name_before_a_year_is_no_acm_author():
    """``Amazon Aurora. 2017. Design Considerations …``: two capitalised words are no author
    without an initial (``Maged M. Michael. 2004.`` is one)."""
    cite = "* {a}. 2017. Design Considerations for High Throughput Cloud-Native Relational Databases. SIGMOD. https://dl.acm.org/doi/10.1145/3035918.3056101\n"
    (aurora,) = _papers("# DB\n\n" + cite.format(a="Amazon Aurora"))
    assert aurora[0].startswith("Amazon Aurora. 2017.")


def test_review_950_authors_then_a_year_before_every_title_are_both_cut():
    """Zotero's ``* G. Hinton et al. - 2006 - A Fast Learning Algorithm … [[Link]](pdf)``."""
    text = "# Finance\n\n" + "".join(
        f"* {who} - {year} - {title} [[Link]](https://papers.ssrn.com/sol3/papers.cfm?abstract_id={n})\n"
        for n, (who, year, title) in enumerate(
            [
                ("G. Hinton et al.", 2006, "A Fast Learning Algorithm for Deep Belief Nets"),
                ("Zhuoran Xiong et al.", 2018, "Practical Deep Reinforcement Learning for Trading"),
                ("Marcos Lopez de Prado", 2018, "The 10 Reasons Most Machine Learning Funds Fail"),
                ("Justin Sirignano", 2016, "Deep Learning for Limit Order Books"),
            ]
        )
    )
    assert [(t, y) for t, y, _ in _papers(text)] == [
        ("A Fast Learning Algorithm for Deep Belief Nets", 2006),
        ("Practical Deep Reinforcement Learning for Trading", 2018),
        ("The 10 Reasons Most Machine Learning Funds Fail", 2018),
        ("Deep Learning for Limit Order Books", 2016),
    ]


def test_review_951_a_one_author_acm_citation_without_an_initial_and_a_makers_name():
    """``Leslie Lamport. 1978. Title. …`` is one author (round 95's initial asked too much);
    ``Amazon Aurora. 2017. …`` a company's system, no author."""
    cite = "* {a}. 1988. Distributed Programming in Argus. Communications of the ACM. https://dl.acm.org/doi/10.1145/42392.42399\n"
    assert _papers("# D\n\n" + cite.format(a="Barbara Liskov"))[0][:2] == (
        "Distributed Programming in Argus",
        1988,
    )
    assert _papers("# D\n\n" + cite.format(a="Amazon Aurora"))[0][0].startswith("Amazon Aurora.")


def test_review_951_a_quote_of_a_year_over_the_entries_after_it_is_no_detail():
    """``> **2017**`` before ``[Attention Is All You Need](arxiv)``: a marker over what follows;
    ``> TL;DR …`` then a short ``Implementation in tensor2tensor, 2017.`` stay the entry's."""
    text = (
        f"# Reading\n\n> **2017**\n\n[Attention Is All You Need]({ARXIV}1706.03762)\n\n> **2016**\n\n"
        f"[Deep Residual Learning for Image Recognition]({ARXIV}1512.03385)\n"
    )
    assert [y for _, y, _ in _papers(text)] == [2017, 2016]
    noted = (
        f"# Reading\n\n**[Attention Is All You Need]({ARXIV}1706.03762)**\n\n> TL;DR: attention"
        " replaces recurrence.\n\nImplementation in tensor2tensor, 2017.\n\n"
        f"**[Deep Residual Learning for Image Recognition]({ARXIV}1512.03385)**\n"
    )
    assert next(y for _, y, _ in _papers(noted)) == 2017


def test_review_951_a_titles_own_address_in_its_cell_is_its_page():
    """``| **Spectre Attacks: …** [www.spectreattack.com](https://spectreattack.com/) | 2019 |``:
    the title's page (only an address in a byline's brackets is none)."""
    text = (
        "| Title | Year |\n| --- | --- |\n| **Spectre Attacks: Exploiting Speculative Execution**"
        " [www.spectreattack.com](https://spectreattack.com/) | 2019 |\n"
    )
    assert _papers(text) == [
        ("Spectre Attacks: Exploiting Speculative Execution", 2019, "https://spectreattack.com/")
    ]


def test_review_951_a_paper_cells_other_forms_and_lead_ins_are_no_papers_of_their_own():
    """``[Title](arxiv)<br>Authors<br>[Journal paper in IEEE Transactions …](ieee)``, ``[Slides
    from the ICCV 2017 oral presentation](pdf)``, ``Builds on [Faster R-CNN: …](arxiv)``:
    one entry."""
    row = "| [Mask R-CNN for Object Instance Segmentation]({a}1703.06870)<br>Kaiming He, Georgia Gkioxari<br>{third} | 2017 |\n"
    head = "| Title | Year |\n| --- | --- |\n"
    for third in (
        "[Journal paper in IEEE Transactions on Pattern Analysis](https://ieeexplore.ieee.org/document/8372616)",
        "[Slides from the ICCV 2017 oral presentation](https://x.edu/maskrcnn-slides.pdf)",
        f"Builds on [Faster R-CNN: Towards Real-Time Object Detection]({ARXIV}1506.01497)",
        "[Detectron2 implementation and pretrained models](https://x.edu/detectron2.pdf)",
    ):
        assert len(_papers(head + row.format(a=ARXIV, third=third))) == 1, third


def test_review_951_course_readings_shared_under_titles_with_common_words_stay_papers():
    """``[Neural Machine Translation by Jointly Learning to Align and Translate](drive)``,
    ``[How transferable are features in deep neural networks?](drive)``: a label's words
    count only when they open it (or in a label of five words or fewer)."""
    drive = "https://drive.google.com/file/d/"
    text = (
        "# Readings\n\n"
        f"- [Neural Machine Translation by Jointly Learning to Align and Translate]({drive}1N/view)\n"
        f"- [How transferable are features in deep neural networks?]({drive}1F/view)\n"
        f"- [Preprocessed Features for MSRVTT]({drive}1P/view)\n"
    )
    assert len(_papers(text)) == 2


def test_review_951_a_word_before_an_authors_link_keeps_the_title_after_it():
    """``Adam [Kingma and Ba, ICLR 2015](arxiv): A Method for Stochastic Optimization``: the
    authors' link is no title; ``YOLOv3 [Joseph Redmon's homepage](site) YOLOv3: …``."""
    text = (
        f"# Optim\n\n- Adam [Kingma and Ba, ICLR 2015]({ARXIV}1412.6980): A Method for Stochastic"
        " Optimization\n"
    )
    assert _papers(text)[0][0] == "A Method for Stochastic Optimization"


def test_review_951_a_short_title_with_a_colon_is_no_label():
    """``Layer Normalization:`` over ``[Preprint by Ba, Kiros and Hinton](arxiv)``: the title
    (a label has a label's word: ``Presented Paper:``, ``Discussed papers:``)."""
    text = f"# Club\n\n### 2024-03-08\n\nLayer Normalization:\n[Preprint by Ba, Kiros and Hinton]({ARXIV}1607.06450)\n"
    assert _papers(text)[0][0] == "Layer Normalization"


def test_review_951_chapter_eleven_on_a_paper_host_and_topic_paper_lists():
    """``[Chapter 11 Reorganization and the Cost of Financial Distress](ssrn)`` is a paper;
    ``[Deep Learning Paper List](…)`` a list of papers, whatever its topic."""
    text = (
        "# Finance\n\n- [Chapter 11 Reorganization and the Cost of Financial Distress]"
        "(https://papers.ssrn.com/sol3/papers.cfm?abstract_id=123456)\n"
        "- [Deep Learning Paper List](https://example.com/dl-paper-list.pdf)\n"
    )
    assert [t for t, _, _ in _papers(text)] == [
        "Chapter 11 Reorganization and the Cost of Financial Distress"
    ]


def test_review_952_a_venue_quote_under_each_entry_is_its_own_when_no_quote_heads_the_list():
    """``[Attention …](arxiv)`` then ``> NeurIPS 2017``: the entry's venue (the list's first
    such quote came under an entry, not before one); only ``> **2017**`` before the first entry
    makes such quotes headings."""
    text = (
        f"# Reading group\n\n[Attention Is All You Need]({ARXIV}1706.03762)\n\n> NeurIPS 2017\n\n"
        f"[Deep Residual Learning for Image Recognition]({ARXIV}1512.03385)\n\n> CVPR 2016\n\n"
        f"[Neural Machine Translation by Jointly Learning to Align and Translate]({ARXIV}1409.0473)\n"
    )
    assert [y for _, y, _ in _papers(text)] == [2017, 2016, None]


def test_review_952_a_homepage_in_a_byline_is_no_paper_and_book_parts_stay_none():
    """``Paul Kocher (Independent, www.paulkocher.com)`` under a bold title is a byline's page;
    ``[Chapter 3 of the Deep Learning Book](pdf)``, ``[Appendix A: Mathematical Background]``
    are a book's parts."""
    table = (
        f"| Year | Paper |\n| :-: | :- |\n| 2024 | [**BENZENE: Root Cause Analysis**]({ARXIV}2401.00001)"
        "<br>Younggi Park |\n| 2019 | **Spectre Attacks: Exploiting Speculative"
        " Execution**<br>Paul Kocher (Independent, www.paulkocher.com), Jann Horn (Google) |\n"
    )
    assert [t for t, _, _ in _papers(table)] == ["BENZENE: Root Cause Analysis"]
    book = (
        f"# Week 3\n\n- [Attention Is All You Need]({ARXIV}1706.03762)\n"
        "- [Chapter 3 of the Deep Learning Book](https://www.deeplearningbook.org/contents/prob.pdf)\n"
        "- [Appendix A: Mathematical Background](https://example.edu/appendix.pdf)\n"
    )
    assert [t for t, _, _ in _papers(book)] == ["Attention Is All You Need"]


def test_review_952_a_project_pages_titled_link_after_a_name_is_the_title():
    """``- NeRF [NeRF: Representing Scenes …](project page) [[paper]](arxiv) Novel view …``."""
    text = (
        "# Rendering\n\n- NeRF [NeRF: Representing Scenes as Neural Radiance Fields for View"
        " Synthesis](https://www.matthewtancik.com/nerf) [[paper]](https://arxiv.org/abs/2003.08934)"
        " Novel view synthesis from a sparse set of images\n"
    )
    assert _papers(text)[0][0].startswith("NeRF: Representing Scenes")


def test_review_952_a_label_of_the_week_and_numbered_lines_of_a_title_cell():
    """``This week:`` over a titled link is a label; a Title cell's ``1. [Title](a)<br>2.
    [Title](b)`` lines are two papers; ``[Video-LLaMA: …]`` is no other form of the one above."""
    club = (
        f"# Club\n\n### 2024-03-08\n\nThis week:\n[Attention Is All You Need]({ARXIV}1706.03762)\n"
    )
    assert _papers(club)[0][0] == "Attention Is All You Need"
    cell = (
        "| Year | Paper |\n| --- | --- |\n| 2023 | 1. [Video-ChatGPT: Towards Detailed Video"
        f" Understanding]({ARXIV}2306.05424)<br>Muhammad Maaz<br>2. [Video-LLaMA: An Instruction-tuned"
        f" Audio-Visual Language Model]({ARXIV}2306.02858)<br>Hang Zhang |\n"
    )
    assert len(_papers(cell)) == 2


def test_review_952_a_title_before_a_year_is_no_acm_author():
    """``Group Normalization. 2018. European Conference on Computer Vision.``, ``Weight
    Standardization. 2019. Siyuan Qiao et al.``: the title came first."""
    text = (
        "# Norms\n\n* Group Normalization. 2018. European Conference on Computer Vision."
        " https://arxiv.org/abs/1803.08494\n* Weight Standardization. 2019. Siyuan Qiao et al."
        " https://arxiv.org/abs/1903.10520\n"
    )
    assert [t.split(".")[0] for t, _, _ in _papers(text)] == [
        "Group Normalization",
        "Weight Standardization",
    ]


def test_review_953_quotes_titles_addresses_and_shares_as_before_or_better():
    """Review 953: a bare ``> **2018**`` quote after an undated entry heads what follows; an
    intro's ``our survey [Title](arxiv)`` takes no quote; a plain title's own address on its
    line is its page; a demo's link after a name is no title; a chapter titled after a dash
    is a reading; ``[A Sign-up Sheet](drive)`` is no paper."""
    years = (
        f"# T\n\n[Attention Is All You Need]({ARXIV}1706.03762)\n\n> **2018**\n\n"
        f"[Image Transformer]({ARXIV}1802.05751)\n"
    )
    assert [y for _, y, _ in _papers(years)] == [None, 2018]
    intro = (
        f"# Awesome Transformers\n\nThis repository accompanies our survey [A Survey of"
        f" Transformers]({ARXIV}2106.04554).\n\n> **2017**\n\n- [Attention Is All You Need]({ARXIV}1706.03762)\n"
    )
    assert [y for t, y, _ in _papers(intro) if t.startswith("Attention")] == [2017]
    row = "| Year | Paper |\n| :-: | :- |\n| 2019 | Spectre Attacks: Exploiting Speculative Execution https://spectreattack.com/ |\n"
    assert _papers(row) == [
        ("Spectre Attacks: Exploiting Speculative Execution", 2019, "https://spectreattack.com/")
    ]
    demo = (
        "# V\n\n- CLIP [Interactive demo in the browser](https://clip-demo.example.com/)"
        f" [[paper]]({ARXIV}2103.00020) Learning Transferable Visual Models From Natural Language Supervision\n"
        "- [Chapter 6 - The Process of Interaction Design](https://example.edu/ch6.pdf)\n"
        "- [A Sign-up Sheet](https://drive.google.com/file/d/1ZyXwVuTsRqPoNmLk/view)\n"
    )
    assert [t for t, _, _ in _papers(demo)] == [
        "Learning Transferable Visual Models From Natural Language Supervision",
        "Chapter 6 - The Process of Interaction Design",
    ]
