"""Round 95 (fresh663-667): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import reader

ARXIV = "https://arxiv.org/abs/"
SSRN = "https://papers.ssrn.com/sol3/papers.cfm?abstract_id="

_read = reader("line", "title", "year", "code.url")
_papers = reader("title", "year", "paper.url")


def test_authors_a_list_writes_before_every_title_and_a_dash_are_cut():
    """grananqvist's trading list: ``* Zhuoran Xiong et al. - Practical Deep ... [[Link]](url)``
    on every item: the names before the dash are the authors (one lead at least a byline)."""
    text = (
        "# Quant\n\n## Papers\n"
        f"* :star: James Cumming - An Investigation into the Use of Reinforcement Learning [[Link]]({SSRN}1)\n"
        f"* Zhuoran Xiong et al. - Practical Deep Reinforcement Learning Approach for Stock Trading [[Link]]({ARXIV}1811.07522)\n"
        f"* Marcos López de Prado - The 10 reasons most Machine Learning Funds fail [[Link]]({SSRN}2)\n"
        f"* J.B. Heaton et al. - Deep Learning for Finance: Deep Portfolios [[Link]]({SSRN}3)\n"
        f"* Arthur le Calvez, Dave Cliff - Deep Learning can Replicate Adaptive Traders [[Link]]({SSRN}4)\n"
    )
    assert [t for t, _, _ in _papers(text)] == [
        "An Investigation into the Use of Reinforcement Learning",
        "Practical Deep Reinforcement Learning Approach for Stock Trading",
        "The 10 reasons most Machine Learning Funds fail",
        "Deep Learning for Finance: Deep Portfolios",
        "Deep Learning can Replicate Adaptive Traders",
    ]


def test_method_names_before_a_dash_stay_in_their_titles():
    """``AlphaGo Zero - Mastering the game of Go ...`` reads like a person's name: with no
    byline among a list's leads (no ``et al.``, no initials), they are its methods' names."""
    text = (
        "# RL\n\n"
        f"* AlphaGo Zero - Mastering the game of Go without human knowledge [[Link]]({ARXIV}1712.01815)\n"
        f"* Segment Anything - A foundation model for image segmentation [[Link]]({ARXIV}2304.02643)\n"
        f"* Flow Matching - Generative modeling with continuous flows [[Link]]({ARXIV}2210.02747)\n"
        f"* Mask R-CNN - Instance segmentation with a mask branch [[Link]]({ARXIV}1703.06870)\n"
    )
    assert [t.split(" - ")[0] for t, _, _ in _papers(text)] == [
        "AlphaGo Zero",
        "Segment Anything",
        "Flow Matching",
        "Mask R-CNN",
    ]


def test_a_dated_list_title_after_a_history_heading_dates_every_entry():
    """Paper2Chinese's CVPR 2026 list opens with ``# History`` (a link to last year's list),
    then ``# CVPR-2026-reading-papers-with-code``: the list's venue and year, before any
    entry, date every entry (its contents line, with a link written without its ``#``, left
    the later H1 no empty heading over the first section); a dated H1 after entries is a
    section's only."""
    entry = "#### {t}\n- Link：{u}\n- Code：\n\n"
    text = (
        "# History\n\n## [CVPR-2025-reading-papers-with-code](https://github.com/o/cvpr2025)\n\n"
        "# CVPR-2026-reading-papers-with-code\n\n## 收集CVPR 2026论文&源码\n\n---\n\n"
        "# 【CVPR 2026 论文开源目录】\n\n|[具身智能](Embodied-AI)|[Prompt](#Prompt) |\n\n"
        "# 具身智能（Embodied AI）\n\n"
        + entry.format(t="MindPower: Theory-of-Mind Reasoning in Agents", u=f"{ARXIV}2602.20412")
    )
    assert [(t, y) for t, y, _ in _papers(text)] == [
        ("MindPower: Theory-of-Mind Reasoning in Agents", 2026)
    ]
    later = (
        "# Awesome Agents\n\n# Surveys\n\n"
        f"* [A Survey of Agents]({ARXIV}2308.11432)\n\n"
        "# ICLR 2024\n\n"
        f"* [Agents for Planning]({ARXIV}2310.01234)\n\n# Others\n\n"
        f"* [Memory for Agents]({ARXIV}2311.01234)\n"
    )
    assert [y for _, y, _ in _papers(later)] == [None, 2024, None]


def test_a_venue_and_year_opening_a_long_list_title_date_its_entries():
    """``# NeurIPS 2026 — Medical QA · Medical RAG · ... 논문 정리``: the venue and year open
    the list's title; ``# TPAMI 2026 | Lifelong Learning ...: A Roadmap`` is the list's own
    survey's venue, not its entries'."""
    row = "| 1 | [BrainTRACE: Evidence in Brain MRI Clinical Reasoning](https://neurips.cc/virtual/2026/poster/139162) | VQA |\n"
    table = "| # | 제목 | 요약 |\n|---:|---|---|\n" + row
    title = "# NeurIPS 2026 — Medical QA · Medical RAG · Medical Agent · Medical LLM · RAG 논문 정리\n\n"
    assert [y for _, y, _ in _papers(title + "## 논문 목록\n\n" + table)] == [2026]
    survey = "# TPAMI 2026 | Lifelong Learning of Large Language Model based Agents: A Roadmap\n\n"
    assert [y for _, y, _ in _papers(survey + "## Memory\n\n" + table)] == [None]


def test_links_named_as_lists_of_papers_are_no_entries():
    """``[AAAI Paper List](…)``, ``[IJCAI Paper List](…/proceedings/2017/)``: a venue's index;
    a survey's own paper list on GitHub stays its code."""
    text = (
        "# CS Papers\n\n### Paper List\n\n"
        "[AAAI Paper List](http://www.aaai.org/Library/AAAI/aaai-library.php)\n\n"
        "[IJCAI Paper List](https://www.ijcai.org/proceedings/2017/)\n\n### Reasoning\n\n"
        f"[Towards Reasoning in Large Language Models: A Survey]({ARXIV}2212.10403)"
        " (Jie Huang, 2022, [[Paper List]](https://github.com/jeffhj/LM-reasoning))\n"
    )
    assert [(t, c) for _, t, _, c in _read(text)] == [
        (
            "Towards Reasoning in Large Language Models: A Survey",
            "https://github.com/jeffhj/LM-reasoning",
        )
    ]


def test_a_code_label_on_tensorflow_hub_is_code():
    """``[Universal Sentence Encoder](arxiv) (Daniel Cer, 2018, [code](https://tfhub.dev/…))``."""
    hub = "https://tfhub.dev/google/universal-sentence-encoder/1"
    text = f"# NLP\n\n[Universal Sentence Encoder]({ARXIV}1803.11175) (Daniel Cer, 2018, [code]({hub}))\n"
    assert [c for _, _, _, c in _read(text)] == [hub]


def test_a_course_reading_shared_on_a_file_host_under_its_title_is_a_paper():
    """A course's readings on Box or Google Drive (``* [Power to the People: …](…box.com/s/…)``)
    are papers; slides, a dataset, a bare address or a file-share label are not, and a
    dataset's share before the paper's own link leaves that link the paper."""
    box = "https://vanderbilt.box.com/s/"
    text = (
        "# Papers\n\n## Surveys\n\n"
        f"* [Power to the People: The Role of Humans in Interactive Machine Learning]({box}jjl6i38)\n"
        f"* [iSeqL: Interactive Sequence Learning]({box}hvrn1y4)\n"
        "* [Awesome tutorial by Kiran Garimella](https://www.dropbox.com/s/labk5/Polarization.pptx?dl=0)\n"
        "* [SleepEEG, Epilepsy, FD-A and HAR Datasets](https://drive.google.com/file/d/1J2A/view)\n"
        "* Google Drive: https://drive.google.com/file/d/1QS4FgT5aTQNYy/view?usp=sharing\n"
        "* [Yelp Review Generation Dataset](https://drive.google.com/open?id=1xCt04): Xu, Jingjing"
        " and Sun, Xu. 2018. [Diversity-Promoting GAN: A Cross-Entropy Based GAN for Text"
        " Generation](http://www.aclweb.org/anthology/D18-1428).\n"
    )
    assert [(t, u[:29]) for t, _, u in _papers(text)] == [
        ("Power to the People: The Role of Humans in Interactive Machine Learning", box),
        ("iSeqL: Interactive Sequence Learning", box),
        (
            "Diversity-Promoting GAN: A Cross-Entropy Based GAN for Text Generation",
            "http://www.aclweb.org/antholo",
        ),
    ]


def test_authors_parted_by_semicolons_one_in_lower_case_are_no_title():
    """``Xin Zhao; Liufang Sang; guiguang ding; Jungong Han, [Title](url), AAAI-2019``."""
    text = (
        "# PAR\n\nXin Zhao; Liufang Sang; guiguang ding; Jungong Han; Na Di; Chenggang Yan,"
        " [Recurrent Attention Model for Pedestrian Attribute Recognition]"
        "(https://drive.google.com/open?id=18R4rCmJ4vT), AAAI-2019\n"
    )
    assert [(t, y) for t, y, _ in _papers(text)] == [
        ("Recurrent Attention Model for Pedestrian Attribute Recognition", 2019)
    ]


def test_linked_titles_each_with_its_year_joined_by_and_are_two_papers():
    """rxin's readings: ``* [Title A](a) (2003) and [Title B](b) (2006): commentary``; a
    link joined without years (``[Title](a) and [its slides](b)``) stays one entry."""
    text = (
        "# DB\n\n## Storage\n\n"
        "* [The Google File System](http://research.google.com/archive/gfs.html) (2003) and"
        " [Bigtable: A Distributed Storage System for Structured Data]"
        "(http://research.google.com/archive/bigtable.html) (2006): Two core components.\n"
        "* [Efficient Locking for Concurrent Operations on B-Trees](http://x.edu/B-tree.pdf) (1981)"
        " and The [R*-tree: An Efficient Access Method](http://x.edu/R-tree.pdf) (1990): Trees.\n"
        "* [Dremel: Interactive Analysis of Web-Scale Datasets](http://x.edu/dremel.pdf) and"
        " [the talk slides](http://x.edu/dremel-slides.pdf) (2010): Columns.\n"
    )
    assert [(t, y) for t, y, _ in _papers(text)] == [
        ("The Google File System", 2003),
        ("Bigtable: A Distributed Storage System for Structured Data", 2006),
        ("Efficient Locking for Concurrent Operations on B-Trees", 1981),
        ("R*-tree: An Efficient Access Method", 1990),
        ("Dremel: Interactive Analysis of Web-Scale Datasets", 2010),
    ]


def test_an_acm_citation_of_one_author_gives_its_title_and_year():
    """``* Maged M. Michael. 2004. Hazard Pointers: ... IEEE Trans. ... DOI=http://dx.doi.org/…``;
    a title's words before a year (``Deep Learning. 2004.``) are no author."""
    cite = "{a}. 2004. Hazard Pointers: Safe Memory Reclamation for Lock-Free Objects. IEEE Trans. Parallel Distrib. Syst. 15, 6 (June 2004), 491-504. DOI=http://dx.doi.org/10.1109/TPDS.2004.8\n"
    got = _papers("# GC\n\n* " + cite.format(a="Maged M. Michael"))
    assert [(t, y) for t, y, _ in got] == [
        ("Hazard Pointers: Safe Memory Reclamation for Lock-Free Objects", 2004)
    ]
    (other,) = _papers("# GC\n\n* " + cite.format(a="Deep Learning"))
    assert other[0].startswith("Deep Learning. 2004.")


def test_a_dspace_file_under_its_title_is_a_paper():
    """``2. [Cache-Conscious Index Structures ...](…/server/api/core/bitstreams/<uuid>/content)``."""
    url = "https://helda.helsinki.fi/server/api/core/bitstreams/eb4ad613-099d-4ba5-bdae-52f7e86ec6d3/content"
    text = f"# Storage\n\n1. [Cache-Conscious Index Structures for Main-Memory Databases]({url}) by Vilho Raatikka\n"
    assert [u for _, _, u in _papers(text)] == [url]


def test_a_papers_title_as_a_heading_is_no_section_of_earlier_work():
    """``#### Action-Geometry Prediction with 3D Geometric Prior for ...`` over its fields: a
    paper's title naming a prior, not a section of prior work (``## Prior Art``), which alone
    keeps the list's dated title from its entries."""
    entry = "#### {t}\n- Link：{u}\n\n"
    text = (
        "# CVPR-2026-reading-papers-with-code\n\n|[具身智能](Embodied-AI)|[Prompt](#Prompt) |\n\n"
        "# 具身智能（Embodied AI）\n\n"
        + entry.format(
            t="Action Prediction with 3D Geometric Prior for Manipulation", u=f"{ARXIV}2602.23814"
        )
        + entry.format(t="GeCo-SRT: Geometry-aware Continual Adaptation", u=f"{ARXIV}2602.20871")
        + "# Prior Art\n\n"
        + entry.format(t="Older Geometry Work for Manipulation", u=f"{ARXIV}1902.20871")
    )
    assert [y for _, y, _ in _papers(text)] == [2026, 2026, None]
