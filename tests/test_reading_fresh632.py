"""Round 87 (fresh632-635): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import reader

ARXIV = "https://arxiv.org/abs/"


_read = reader("line", "title", "year", "code.url")


def test_a_readers_todo_mark_is_no_part_of_the_title():
    """julienroyd's notes: ``[**TODO:** Title](notes/x.md) — *Authors* [[ICML](pdf)]``: the
    mark says the notes are still to be written; ``ToDo: Token Downsampling …`` (a method
    named ToDo, fresh456) keeps its name."""
    text = (
        "# Notes\n\n"
        "* [**TODO:** Apprenticeship Learning via Inverse Reinforcement Learning](notes/a/a.md)"
        " &mdash; *Abbeel and Nguyen* [[ICML](https://ai.stanford.edu/~ang/papers/icml04.pdf)]\n\n"
        f"* [ToDo: Token Downsampling for Efficient Generation of Images]({ARXIV}2402.13573)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Apprenticeship Learning via Inverse Reinforcement Learning",
        "ToDo: Token Downsampling for Efficient Generation of Images",
    ]


def test_surnames_after_a_short_titles_dash_are_its_authors():
    """``[The Option-Critic architecture](notes) — *Bacon, Harb and Precup* [[AAAI](paper)]``:
    the surnames after the dash are the byline, not the rest of the title; a subtitle after
    a name's dash still is (``[SLiM](paper) — Scalable Feature Matching …``)."""
    aaai = "https://www.aaai.org/ocs/index.php/AAAI/AAAI17/paper/viewPaper/14858"
    text = (
        "# Notes\n\n"
        f"* [The Option-Critic architecture](notes/oc.md) &mdash; *Bacon, Harb and Precup* [[AAAI]({aaai})]\n\n"
        f"* [SLiM]({ARXIV}2501.00001) — Scalable Light Feature Matching for Images\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "The Option-Critic architecture",
        "SLiM: Scalable Light Feature Matching for Images",
    ]


def test_a_year_and_comma_closed_fields_before_a_linked_title_are_no_title():
    """ReAbout's IoT list: ``- 2017, Access Control Models, [FACT: …](pdf)``: a year and a
    field the reader cannot know as a venue, then the paper's linked title; a known venue
    read the same (``2017, NDSS, [Title](pdf)``) and a title before a ``[PDF]`` label keep
    what they gave."""
    text = (
        "# IoT\n\n"
        "- 2017, Access Control Models, [FACT: Functionality-centric Access Control System"
        " for IoT Programming Frameworks](http://www.corelab.or.kr/Pubs/sacmat17_fact.pdf)\n"
        "- 2017, NDSS, [ContexIoT: Towards Providing Contextual Integrity to Appified IoT"
        " Platforms](https://amir.rahmati.com/dl/ndss17/ContexIoT_NDSS17.pdf)\n"
        "- Deep Residual Learning for Image Recognition, 2016, [PDF](https://arxiv.org/pdf/1512.03385)\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("FACT: Functionality-centric Access Control System for IoT Programming Frameworks", 2017),
        ("ContexIoT: Towards Providing Contextual Integrity to Appified IoT Platforms", 2017),
        ("Deep Residual Learning for Image Recognition", 2016),
    ]


def test_a_journals_pdf_script_with_a_cjk_title_is_a_paper():
    """``- 2018, 信息安全学术, [IoT 智能设备安全威胁及防护技术综述](…/create_pdf.aspx?file_no=…)``:
    a journal's PDF served by its number, titled in Chinese (six CJK characters count as a
    title's length); the same script behind a two-word label stays no paper."""
    pdf = "http://jcs.iie.ac.cn/ch/reader/create_pdf.aspx?file_no=20180104&year_id=2018"
    text = (
        "# IoT\n\n"
        f"- 2018，信息安全学术，[IoT 智能设备安全威胁及防护技术综述]({pdf})\n"
        f"- 2018, arXiv, [IoT Security: An End-to-End View and Case Study]({ARXIV}1805.05853)\n"
        f"- Some tool [download here]({pdf.replace('0104', '0105')})\n"
    )
    assert [(line, title) for line, title, _, _ in _read(text)] == [
        (3, "IoT 智能设备安全威胁及防护技术综述"),
        (4, "IoT Security: An End-to-End View and Case Study"),
    ]


def test_a_page_with_no_extension_in_a_notes_repository_is_no_code():
    """fgabel's papernotes: ``[short summary](github.com/o/…-Papernotes/blob/master/comments/
    Video%20Object…)``, a note with no ``.md``; a repository's extension-less file elsewhere
    (``o/tool/blob/main/Makefile`` labelled Code) stays code."""
    notes = "https://github.com/fgabel/DL-Papernotes/blob/master/comments/Video%20Object%20Seg"
    text = (
        "# Notes\n\n"
        "- Video Object Segmentation with Re-identification\n"
        f" [PDF](https://arxiv.org/pdf/1708.00197.pdf) - [short summary]({notes})\n"
        "- Capsules Routed Dynamically Between Layers\n"
        " [PDF](https://arxiv.org/pdf/1710.09829.pdf) - [Code](https://github.com/o/tool/blob/main/Makefile)\n"
    )
    assert [(line, code) for line, _, _, code in _read(text)] == [
        (3, None),
        (5, "https://github.com/o/tool/blob/main/Makefile"),
    ]


def test_a_proceedings_papers_abstract_page_and_pdf_are_one_paper():
    """Review 920's leftover: a lab page's paper split one line per field, its title linked to
    PMLR's (or the ACL Anthology's) abstract page and its ``[[paper]]`` to the PDF: one paper,
    not the authors' line read as a second one (as arXiv's and OpenReview's pairs already
    were); two different PMLR papers on two lines stay two."""
    text = (
        '<span style="font-size:18px;">[Learning Transferable Visual Models From Natural '
        "Language Supervision](https://proceedings.mlr.press/v139/radford21a.html)</span><br>\n"
        '<span style="font-size:17px;"> A. Radford, J. W. Kim, C. Hallacy </span><br>\n'
        '<span style="font-size:18px;"> _International Conference on Machine Learning, ICML, '
        "2021_.</span><br>\n"
        '<span style="font-size:.8em;">\n'
        "[[paper]](https://proceedings.mlr.press/v139/radford21a/radford21a.pdf)\n"
        "[[code]](https://github.com/openai/CLIP)\n"
        "</span>\n\n"
        '<span style="font-size:18px;">[BERT: Pre-training of Deep Bidirectional Transformers '
        "for Language Understanding](https://aclanthology.org/N19-1423/)</span><br>\n"
        '<span style="font-size:17px;"> J. Devlin, M.-W. Chang, K. Lee </span><br>\n'
        '<span style="font-size:18px;"> _NAACL, 2019_.</span><br>\n'
        "[[paper]](https://aclanthology.org/N19-1423.pdf)\n"
    )
    assert [(line, year, code) for line, _, year, code in _read(text)] == [
        (1, 2021, "https://github.com/openai/CLIP"),
        (9, 2019, None),
    ]


def test_a_proceedings_key_names_one_paper_not_a_volume():
    """The key of PMLR, ACL Anthology, NeurIPS and CVF links: one per paper, the same for its
    abstract page and its PDF, different for two papers and none of a volume's page."""
    from pipeline.arxivid import paper_key

    nips = "1457c0d6bfcb4967418bfb8ac142f64a"
    cvf = "openaccess.thecvf.com/content/CVPR2021/{}/Chen_Exploring_Simple_Siamese_CVPR_2021_paper"
    pairs = [
        ("proceedings.mlr.press/v139/radford21a.html", "proceedings.mlr.press/v139/radford21a/radford21a.pdf"),
        ("aclanthology.org/2020.acl-main.1/", "aclanthology.org/2020.acl-main.1.pdf"),
        ("www.aclweb.org/anthology/P19-1001.pdf", "aclanthology.org/P19-1001/"),
        (f"papers.nips.cc/paper/2020/hash/{nips}-Abstract.html",
         f"proceedings.neurips.cc/paper_files/paper/2020/file/{nips}-Paper.pdf"),
        (cvf.format("html") + ".html", cvf.format("papers") + ".pdf"),
    ]  # fmt: skip
    for a, b in pairs:
        assert paper_key("https://" + a) == paper_key("http://" + b) is not None
    assert paper_key("https://proceedings.mlr.press/v139/kim21a.html") != paper_key(
        "https://proceedings.mlr.press/v139/radford21a.html"
    )
    assert paper_key("https://aclanthology.org/2020.acl-main.2/") != paper_key(
        "https://aclanthology.org/2020.acl-main.1.pdf"
    )
    assert paper_key("https://aclanthology.org/volumes/2020.acl-main/") == (
        "aclanthology.org/volumes/2020.acl-main"
    )


def test_review_929_two_words_joined_by_and_after_a_name_are_its_subtitle():
    """Review 929: ``[Edge Computing](url): Vision and Challenges`` is one title (surnames
    are told by their commas: ``— *Bacon, Harb and Precup*``), as before round 87."""
    text = (
        "# L\n\n"
        "- [Edge Computing](https://ieeexplore.ieee.org/document/7488250): Vision and Challenges\n"
        f"- **[Federated Learning]({ARXIV}2101.05428)**: Opportunities and Challenges\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Edge Computing: Vision and Challenges",
        "Federated Learning: Opportunities and Challenges",
    ]


def test_review_929_a_link_after_a_year_and_a_name_titles_only_as_a_longer_title():
    """Review 929: ``- 2015, Batch Normalization, [Ioffe and Szegedy](url)``: the link's text
    is the authors, a site, an award or a venue, or no longer than the name before it: the
    name is the title; a longer linked title after a year and a field still is."""
    text = (
        "# L\n\n"
        f"- 2015, Batch Normalization, [Ioffe and Szegedy]({ARXIV}1502.03167)\n"
        f"- 2017, Mask R-CNN, [ICCV Best Paper]({ARXIV}1703.06870)\n"
        "- 2019, Federated Learning Systems, [ACM Digital Library](https://dl.acm.org/doi/10.1145/3298981)\n"
        "- 2020, Graph Attention Networks, [Published at ICLR](https://openreview.net/forum?id=rJXMpikCZ)\n"
        f"- 2019, SACMAT, [Functionality-centric Access Control for IoT Frameworks]({ARXIV}1901.00001)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Batch Normalization",
        "Mask R-CNN",
        "Federated Learning Systems",
        "Graph Attention Networks",
        "Functionality-centric Access Control for IoT Frameworks",
    ]


def test_review_929_a_chinese_journals_name_or_a_talks_label_is_no_papers_title():
    """Review 929: ``[计算机研究与发展](…create_pdf.aspx…)`` names the journal and
    ``[会议报告视频回放](…?paper_id=…)`` the talk's video: neither links a paper by its title
    (no entry titled by them); a title before a download label still does."""
    pdf = "http://crad.ict.ac.cn/ch/reader/create_pdf.aspx?file_no="
    text = (
        "# 论文\n\n"
        f"- [中文信息学报]({pdf}7000) 命名实体识别研究进展\n"
        "- Graph Neural Networks in Practice [会议报告视频回放](https://example.org/c/index.php?paper_id=4779)\n"
        f"- 基于深度学习的恶意代码检测研究 [点击下载全文]({pdf}5566)\n"
    )
    assert [(line, title) for line, title, _, _ in _read(text)] == [
        (5, "基于深度学习的恶意代码检测研究")
    ]


def test_review_929_code_in_a_notes_named_repository_stays_code():
    """Review 929: a repository named ``x-notes`` that holds code: ``blob/master/models/ode_net``
    and ``blob/main/`` are its code (only a page named by three words or more is a note)."""
    text = (
        "# L\n\n"
        f"- [Neural Ordinary Differential Equations]({ARXIV}1806.07366) "
        "[Official](https://github.com/o/x-notes/blob/master/models/ode_net)\n"
        f"- [Deep Residual Learning for Image Recognition]({ARXIV}1512.03385) "
        "[Official](https://github.com/o/lecture-notes/blob/main/)\n"
    )
    assert [code for _, _, _, code in _read(text)] == [
        "https://github.com/o/x-notes/blob/master/models/ode_net",
        "https://github.com/o/lecture-notes/blob/main/",
    ]


def test_review_929_wip_and_a_method_spelt_todo_keep_their_lead():
    """Review 929: ``WIP:`` opens some venues' work-in-progress titles, and ``TODO:`` before
    the words it spells (``Task-Oriented Dialogue with Objects``) is a method's name."""
    text = (
        "# L\n\n"
        "- [WIP: Evaluating Student Engagement in Online Labs](https://ieeexplore.ieee.org/document/9274201)\n"
        f"- [TODO: Task-Oriented Dialogue with Objects]({ARXIV}2001.08365)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "WIP: Evaluating Student Engagement in Online Labs",
        "TODO: Task-Oriented Dialogue with Objects",
    ]


def test_a_title_broken_over_links_to_one_page_is_one_title():
    """Round 88 (Wei-ZENG1020's value-alignment table): a title cell written as
    ``<a href=u>The global landscape of ai</a><br><a href=u>ethics guidelines</a>``, each
    piece linking the same page, is one title; ``[Paper](u) [PDF](u)``, two labels of one
    link, and two titles of two papers stay apart."""
    nature = "https://www.nature.com/articles/s42256-019-0088-2"
    nitrd = "https://www.nitrd.gov/pubs/AI-RD-Strategic-Plan-2023-Update.pdf"
    text = (
        "<table>\n<tr><th>Title</th><th>Time</th></tr>\n"
        f'<tr><td><a href="{nature}">The global landscape of ai</a><br><a href="{nature}">'
        "ethics guidelines</a></td><td>2019</td></tr>\n"
        f'<tr><td><a href="{nitrd}">The national</a><br><a href="{nitrd}">artificial '
        f'intelligence research and development strategic plan: 2023</a><br><a href="{nitrd}">'
        "update</a></td><td>2023</td></tr>\n"
        "</table>\n\n"
        f"- Deep Residual Learning for Image Recognition [Paper]({ARXIV}1512.03385) [PDF]({ARXIV}1512.03385)\n"
        f"- [Layer Normalization]({ARXIV}1607.06450)<br>[Group Normalization]({ARXIV}1803.08494)\n"
    )
    titles = [title for _, title, _, _ in _read(text)]
    assert titles[:3] == [
        "The global landscape of ai ethics guidelines",
        "The national artificial intelligence research and development strategic plan: 2023 update",
        "Deep Residual Learning for Image Recognition",
    ]
    assert "Layer Normalization Group Normalization" not in titles


def test_an_all_capitals_title_closing_on_a_series_keeps_it():
    """Round 88 (redditsota's results tables): ``PROGRESSIVE GROWING OF GANS FOR IMPROVED
    QUALITY, STABILITY, AND VARIATION`` closes on a series of words in capitals (``AND``
    too), not on a byline; capitalised names after a title are still cut."""
    from pipeline.formats.cleantitle import clean_title

    title = "PROGRESSIVE GROWING OF GANS FOR IMPROVED QUALITY, STABILITY, AND VARIATION"
    assert clean_title(title) == title
    assert clean_title("Deep Learning, KAIMING HE, XIANGYU ZHANG, AND SHAOQING REN") == (
        "Deep Learning"
    )


def test_the_official_repository_of_its_own_paper_is_no_entry():
    """Round 89 (CopyrightMeter's README): ``Welcome to the official repository of the paper:
    [Title](arxiv)`` in its introduction is the repository's own paper, not an entry; a
    paper the introduction names as another's (``builds on [Title](arxiv)``) is not ruled
    out by this and the list's entries are read."""
    text = (
        "# CopyrightMeter\n\n## Introduction\n\n"
        "Welcome to the official repository of the paper: [CopyrightMeter: Revisiting Copyright"
        f" Protection in Text-to-image Models]({ARXIV}2411.13144)\n\n"
        "## Methods\n\n"
        f'- [x] **AdvDM**: C. Liang, et al., *"Adversarial example does good: Preventing painting'
        ' imitation from diffusion models via adversarial examples,"* in **ICML**, 2023.'
        f" [[Paper]]({ARXIV}2302.04578)\n"
        f'- [x] **Mist**: C. Liang and X. Wu, *"Mist: Towards improved adversarial examples for'
        f' diffusion models,"* arXiv preprint, 2023. [[Paper]]({ARXIV}2305.12683)\n'
    )
    assert [line for line, _, _, _ in _read(text)] == [9, 10]


def test_a_sentence_leading_into_a_link_is_no_title():
    """Round 89: ``Watermark attacks are extended based on the **ZoDiac** framework, with code
    available at [wmattacker.py](repo) and details in the paper [Title](arxiv).``, below the
    paper's entry: the words before ``available at`` lead into a link and title nothing."""
    text = (
        f'#### Watermarks\n\n- [x] **ZoDiac**: L. Zhang, et al., *"Attack-Resilient Image Watermarking'
        f' Using Stable Diffusion,"* in **NeurIPS**, 2024. [[Paper]]({ARXIV}2401.04247)\n\n'
        "#### Watermark Removal\n\n"
        "Watermark attacks are extended based on the **ZoDiac** framework, with code available"
        " at [wmattacker.py](https://github.com/z/ZoDiac/blob/master/main/wmattacker.py) and"
        f" details in the paper [Attack-Resilient Image Watermarking Using Stable Diffusion]({ARXIV}2401.04247).\n"
    )
    titles = [title for _, title, _, _ in _read(text)]
    assert titles[0] == "Attack-Resilient Image Watermarking Using Stable Diffusion"
    assert all(t == titles[0] for t in titles)  # the sentence titles nothing


def test_surnames_and_a_year_between_dashes_before_a_bold_title_are_its_byline():
    """Round 89 (llhthinker's NLP papers): ``Faruqui and Dyer - 2014 - **Title** [[pdf]]``
    under a reading month's bullet (``- 2017-11``): the bold is the title and the line's year
    the paper's; ``Padmasundari and Srinivas Bangalore. 2018. **Title**.`` (ACL's style) too."""
    text = (
        "### Distributed Representations\n"
        "- 2017-11\n"
        "  - Faruqui and Dyer - 2014 - **Improving vector space word representations using "
        "multilingual correlation** [[pdf]](http://repository.cmu.edu/lti/31/)\n"
        "  - Clark and Gardner. - 2017 - **Simple and Effective Multi-Paragraph Reading "
        f"Comprehension** [[pdf]({ARXIV}1710.10723)]\n"
        "* Padmasundari and Srinivas Bangalore. 2018. **Intent Discovery Through Unsupervised "
        "Semantic Text Clustering**. In *Proceedings of INTERSPEECH 2018*. "
        "[[paper](https://www.isca-speech.org/archive/Interspeech_2018/pdfs/2436.pdf)]\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("Improving vector space word representations using multilingual correlation", 2014),
        ("Simple and Effective Multi-Paragraph Reading Comprehension", 2017),
        ("Intent Discovery Through Unsupervised Semantic Text Clustering", 2018),
    ]


def test_a_link_text_of_byline_title_and_year_is_titled_by_its_middle():
    """Round 89 (a biostatistics reading list): ``[Steven Goodman, A Dirty Dozen: …, 2008](doi)``,
    ``[Delacre, Lakens & Leys, Why …, 2017](doi)``, ``[Matias D. Cattaneo, Nicolás Idrobo and
    Rocío Titiunik, *Title*, 2019](doi)``: the title between the byline and its year; a title
    that opens with two words and a comma (``Think Twice, Act Once: …``) or a venue after the
    authors (``Deep Sets, M. Zaheer et al., Advances in …``) keeps what it gave."""
    from pipeline.formats.cleantitle import clean_title

    assert clean_title("Steven Goodman, A Dirty Dozen: Twelve P-Value Misconceptions, 2008") == (
        "A Dirty Dozen: Twelve P-Value Misconceptions"
    )
    assert clean_title(
        "Delacre, Lakens & Leys, Why Psychologists Should by Default Use Welch's t-test, 2017"
    ) == ("Why Psychologists Should by Default Use Welch's t-test")
    assert clean_title(
        "Matias D. Cattaneo, Nicolás Idrobo and Rocío Titiunik, *A Practical Introduction to "
        "Regression Discontinuity Designs*, 2019"
    ) == ("A Practical Introduction to Regression Discontinuity Designs")
    think = "Think Twice, Act Once: Token-Aware Compression and Action Reuse, 2025"
    assert clean_title(think).startswith("Think Twice, Act Once")
    zaheer = "Deep Sets, M. Zaheer et al., Advances in Neural Information Processing Systems, 2017."
    assert clean_title(zaheer).startswith("Deep Sets")


def test_an_acronyms_hyphenated_year_closing_a_title_is_its_venue():
    """Round 89 (imrdong's dialogue papers): ``**DailyDialog**: DailyDialog: A Manually
    Labelled Multi-turn Dialogue Dataset. IJCNLP-2017 [[pdf]](url)``: the venue and year
    after the title's full stop (``ACL-2020`` already was)."""
    text = (
        "# L\n\n* **DailyDialog**: DailyDialog: A Manually Labelled Multi-turn Dialogue Dataset. "
        "IJCNLP-2017 [[pdf]](https://www.aclweb.org/anthology/I17-1099.pdf)\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("DailyDialog: A Manually Labelled Multi-turn Dialogue Dataset", 2017)
    ]


def test_review_930_only_an_html_cells_broken_title_joins_links_to_one_page():
    """Review 930: a second link to the same page on the same line is a label
    (``[reviews](forum)``, ``[supplemental](abs)``, ``[Appendix]`` after ``Zoom In``); two
    papers' titles linked to one page over ``<br>`` stay two entries (``mixup: …``, its own
    name and colon), so a copy-pasted link still gives ``duplicate-entry``."""
    text = (
        "# L\n\n"
        "- [Scaling Laws for Neural Language Models in Practice](https://openreview.net/forum?id=XyZ12)"
        " [reviews](https://openreview.net/forum?id=XyZ12)\n"
        f"- [Deep Residual Learning for Image Recognition]({ARXIV}1512.03385) [supplemental]({ARXIV}1512.03385)\n"
        "- [Zoom In](https://distill.pub/2020/circuits/zoom-in/) [Appendix](https://distill.pub/2020/circuits/zoom-in/)\n\n"
        "## Augmentation\n\n"
        f"[CutMix: Regularization Strategy to Train Strong Classifiers]({ARXIV}1905.04899)<br>\n"
        f"[mixup: Beyond Empirical Risk Minimization]({ARXIV}1905.04899)<br>\n\n"
        "<table>\n<tr><th>Title</th><th>Year</th></tr>\n"
        '<tr><td><a href="https://openaccess.thecvf.com/CVPR2020">Momentum Contrast for '
        'Unsupervised Visual Representation Learning</a><br><a href="https://openaccess.thecvf.com'
        '/CVPR2020">mixup: Beyond Empirical Risk Minimization</a></td><td>2020</td></tr>\n</table>\n'
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Scaling Laws for Neural Language Models in Practice",
        "Deep Residual Learning for Image Recognition",
        "Zoom In",
        "CutMix: Regularization Strategy to Train Strong Classifiers",
        "mixup: Beyond Empirical Risk Minimization",
        "Momentum Contrast for Unsupervised Visual Representation Learning",
    ]


def test_review_930_a_neurips_key_holds_its_year():
    """Review 930: NeurIPS's hash is its paper number's, one per year: CQL (2020) and GLN
    (2019) share one, so the key keeps the year (two papers, not one)."""
    from pipeline.arxivid import paper_key

    h = "0d2b2061826a5df3221116a5085a6052"
    cql = paper_key(f"https://proceedings.neurips.cc/paper/2020/file/{h}-Paper.pdf")
    gln = paper_key(f"https://proceedings.neurips.cc/paper/2019/file/{h}-Paper.pdf")
    assert cql != gln
    assert cql == paper_key(f"https://papers.nips.cc/paper/2020/hash/{h}-Abstract.html")


def test_review_930_capitals_joined_by_and_without_a_comma_are_a_byline():
    """Review 930: ``…, LECUN, BOTTOU, BENGIO AND HAFFNER, 1998`` is a byline in capitals;
    ``QUALITY, STABILITY, AND VARIATION`` (its ``, AND``) closes a title's series."""
    from pipeline.formats.cleantitle import clean_title

    lecun = "Gradient-Based Learning Applied to Document Recognition, LECUN, BOTTOU, BENGIO AND HAFFNER, 1998"
    assert clean_title(lecun) == "Gradient-Based Learning Applied to Document Recognition"


def test_review_939_a_byline_title_year_link_text_keeps_a_titles_opening_words():
    """Review 939: ``Faster R-CNN, Towards …, 2015``, ``Beyond Accuracy, …``, ``Wide & Deep,
    …``, ``Show, Attend and Tell, …`` open with a title's words, not people; five or more
    authors and four surnames before the title are all cut (``He, Zhang, Ren & Sun, …``)."""
    from pipeline.formats.cleantitle import clean_title

    kept = (
        "Faster R-CNN, Towards Real-Time Object Detection with Region Proposal Networks",
        "Beyond Accuracy, Behavioral Testing of NLP Models with CheckList",
        "Wide & Deep, Learning for Recommender Systems",
        "Show, Attend and Tell, Neural Image Caption Generation with Visual Attention",
    )
    for title in kept:
        assert clean_title(f"{title}, 2016") == title
    cut = {
        "Ashish Vaswani, Noam Shazeer, Niki Parmar, Jakob Uszkoreit, Llion Jones, Attention"
        " Is All You Need, 2017": "Attention Is All You Need",
        "He, Zhang, Ren & Sun, Deep Residual Learning for Image Recognition, 2016": (
            "Deep Residual Learning for Image Recognition"
        ),
    }
    for text, title in cut.items():
        assert clean_title(text) == title


def test_review_939_a_title_before_its_year_and_a_bold_name_stays_the_title():
    """Review 939: ``Speech and Language Processing. 2023. **Dan Jurafsky and James H.
    Martin**``: the capitalised words before the year are a title (a title's words), not a
    byline; ``Clark and Gardner. - 2017 - **Title**`` still is one."""
    text = (
        "# L\n\n"
        "- Speech and Language Processing. 2023. **Dan Jurafsky and James H. Martin** "
        f"[[pdf]]({ARXIV}1601.00002)\n"
        "- Attention and Augmented Recurrent Neural Networks. 2016. **Distill Blog Post** "
        f"[[link]]({ARXIV}1601.00011)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Speech and Language Processing",
        "Attention and Augmented Recurrent Neural Networks",
    ]


def test_review_939_a_benchmarks_hyphened_year_dates_nothing():
    """Review 939: ``Title. OTB-2015``, ``Title. CONLL-2003``: a benchmark's edition, not the
    paper's venue and year (a known venue's hyphened year, ``IJCNLP-2017``, still is)."""
    text = (
        "# L\n\n"
        "- SiamRPN++: Evolution of Siamese Visual Tracking with Very Deep Networks. OTB-2015 "
        f"[[paper]]({ARXIV}1812.11703)\n"
        f"- Named Entity Recognition with BiLSTM-CRF. CONLL-2003 [[paper]]({ARXIV}1603.01360)\n"
    )
    assert [year for _, _, year, _ in _read(text)] == [None, None]


def test_review_939_prose_or_an_overviews_official_repo_keep_their_papers():
    """Review 939: ``Deep Residual Learning …, with code available at [GitHub](repo)
    [[paper]](arxiv)`` keeps its entry (no sentence: no ``is``/``are``), and an ``## Overview``
    of others' surveys that says ``see the official repo [X](repo)`` keeps them."""
    text = (
        "# L\n\n## Overview\n\n"
        f"- [A Survey of Large Language Models]({ARXIV}2303.18223), 2023 (see the official repo"
        " [LLMSurvey](https://github.com/RUCAIBox/LLMSurvey))\n"
        f"- [A Survey on Evaluation of Large Language Models]({ARXIV}2307.03109), 2023\n\n"
        "## Papers\n\n"
        "- Deep Residual Learning for Image Recognition, with code available at "
        f"[GitHub](https://github.com/KaimingHe/deep-residual-networks) [[paper]]({ARXIV}1512.03385)\n"
        f"- [Attention Is All You Need]({ARXIV}1706.03762), 2017\n"
    )
    assert [line for line, _, _, _ in _read(text)] == [5, 6, 10, 11]


def test_review_939_a_markdown_cells_broken_title_joins_its_pieces():
    """Review 939: a pipe table's cell ``[Deep Residual Learning For](u)<br>[Image
    Recognition](u)`` is one title, as an HTML cell's is (a bullet's pieces are not joined)."""
    text = (
        "| Title | Year |\n|---|---|\n"
        f"| [Deep Residual Learning For]({ARXIV}1512.03385)<br>[Image Recognition]({ARXIV}1512.03385) | 2016 |\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Deep Residual Learning For Image Recognition"
    ]


def test_a_venues_name_before_a_titles_colon_is_no_part_of_it():
    """Round 90 (iCAS-SJTU's shift-left EDA papers): ``- (2011) ACM SIGARCH Computer
    Architecture News: The gem5 simulator. [[paper]](url)``, ``IEEE Computer Architecture
    Letters: DRAMSim2: …``, ``International Symposium on … (HPCA): Interval simulation: …``:
    the venue before the colon is cut; a title opening with a name and a colon, or with
    ``IEEE 802.11ax:``, keeps it."""
    from pipeline.formats.cleantitle import clean_title

    assert clean_title("(2011) ACM SIGARCH Computer Architecture News: The gem5 simulator.") == (
        "The gem5 simulator"
    )
    assert clean_title(
        "IEEE Computer Architecture Letters: DRAMSim2: A cycle accurate memory system simulator"
    ) == ("DRAMSim2: A cycle accurate memory system simulator")
    assert clean_title(
        "IEEE Intersociety Conference on Thermal and Thermomechanical Phenomena in Electronic "
        "Systems (iTherm): From 2.5 D to 3D chiplet systems"
    ) == ("From 2.5 D to 3D chiplet systems")
    assert (
        clean_title("IEEE 802.11ax: High-Efficiency WLANs")
        == "IEEE 802.11ax: High-Efficiency WLANs"
    )
    assert clean_title("Experience Report: System Log Analysis for Anomaly Detection").startswith(
        "Experience Report"
    )


def test_a_six_digit_page_number_before_1980_dates_nothing():
    """Round 90 (ITensor's papers): ``Phys. Rev. Lett. 116 197203 (2016)``: ``197203`` is the
    article's number, not March 1972 (a compact YYYYMM is read from 1980 on, as years are)."""
    from pipeline.formats.dates import find_year

    assert find_year("Phys. Rev. Lett. 116 197203 (2016) [arxiv:1511.01510]")[0] == 2016
    assert find_year("Title 201903 here")[0] == 2019


def test_a_poster_link_indented_as_code_over_its_title_opens_the_entry():
    """Round 91 (an ICLR workshop's accepted papers): ``    **[poster](png)****Title**`` after a
    blank line, over ``Authors`` and ``**[paper](pdf)**``: the indented line is the entry's
    first line (its title), not code; an item's indented line after its lazy lines stays
    the item's (``5. **Title** / lazy line / (blank) /     *Authors* [[pdf]](url)``)."""
    pdf = (
        "https://ai4earthscience.github.io/iclr-2022-workshop/camera_ready/iclr_2022_ai4ess_04.pdf"
    )
    text = (
        "# Workshop\n\n## Accepted papers\n\n"
        "    **[poster](https://ai4earthscience.github.io/posters/Lerch.png)****Convolutional "
        "autoencoders for spatially-informed ensemble post-processing**  \n"
        "Sebastian Lerch (Karlsruhe Institute of Technology); Kai L Polsterer (HITS gGmbH)  \n"
        f"**[paper]({pdf})**\n\n"
        "5. **Fighting Malicious Media Data: A Survey on\n"
        "Tampering Detection and Deepfake Detection**.\n\n"
        f"    *Junke Wang, Zhenxin Li*. ArXiv, 2022. [[pdf]({ARXIV}2212.05667)]\n"
        "6. **A Survey of Fake News: Fundamental Theories, Detection Methods, and "
        "Opportunities**.\n\n"
        f"   *Xinyi Zhou, Reza Zafarani*. ACM Computing Surveys. [[pdf]({ARXIV}1812.00315)]\n"
    )
    assert [(line, title) for line, title, _, _ in _read(text)] == [
        (5, "Convolutional autoencoders for spatially-informed ensemble post-processing"),
        (
            9,
            "Fighting Malicious Media Data: A Survey on Tampering Detection and Deepfake Detection",
        ),
        (13, "A Survey of Fake News: Fundamental Theories, Detection Methods, and Opportunities"),
    ]


def test_review_944_a_venues_name_before_a_colon_names_a_venue():
    """Review 944: ``International Roughness Index (IRI): …``, ``ACM Conference Peer Review
    Systems: …``, ``IEEE 754 Floating-Point Hardware Design: …`` are titles' heads (a venue's
    name names a conference, journal, letters, …, and ends on that word or its acronym)."""
    from pipeline.formats.cleantitle import clean_title

    for title in (
        "International Roughness Index (IRI): Estimation with Smartphone Sensors",
        "ACM Conference Peer Review Systems: A Study of Reviewer Bias",
        "IEEE 754 Floating-Point Hardware Design: A Survey",
        "International Classification of Diseases Coding Systems: A Deep Learning Approach",
    ):
        assert clean_title(title) == title
    journal = "IEEE Transactions on Very Large Scale Integration (VLSI) Systems: HotSpot: A Method"
    assert clean_title(journal) == "HotSpot: A Method"  # (``Transactions on …``: a venue)


def test_review_944_a_label_or_a_named_title_under_a_cells_title_stays_apart():
    """Review 944: in a table cell, ``[Title](forum)<br>[reviews](forum)`` (a label) and
    ``[Title](page)<br>[word2vec Explained: …](page)`` (a second paper's title, named) are not
    joined to the title; ``…of artificial</a><br><a>intelligence for health: Guidance…`` is."""
    who = "https://www.who.int/publications/i/item/9789240084759"
    text = (
        "| Paper | Venue |\n|---|---|\n"
        "| [An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale]"
        "(https://openreview.net/forum?id=YicbFdNTTy)<br>[reviews](https://openreview.net/forum?id=YicbFdNTTy) | ICLR 2021 |\n"
        f"| [Efficient Estimation of Word Representations in Vector Space]({ARXIV}1301.3781)<br>"
        f"[word2vec Explained: Deriving the Negative-Sampling Method]({ARXIV}1301.3781) | arXiv |\n"
        f"| [Ethics and governance of artificial]({who})<br>[intelligence for health: Guidance on "
        f"large multi-modal models]({who}) | WHO |\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
        "Efficient Estimation of Word Representations in Vector Space",
        "Ethics and governance of artificial intelligence for health: Guidance on large multi-modal models",
    ]


def test_review_944_people_named_by_common_words_and_a_journal_after_the_title():
    """Review 944: ``Carlo Tomasi, Bilateral Filtering …, 1998`` (a first name that is a word)
    is a byline; ``Sander Greenland, Title, The American Statistician, 2019``: the journal after
    the title is cut; ``The official repository of the survey paper [Title](arxiv)`` in an
    introduction marks the list's own paper; a known venue's hyphened year (``LREC-2018``)
    dates its paper."""
    from pipeline.formats.cleantitle import clean_title

    assert clean_title("Carlo Tomasi, Bilateral Filtering for Gray and Color Images, 1998") == (
        "Bilateral Filtering for Gray and Color Images"
    )
    assert clean_title(
        "Sander Greenland, Valid P-Values Behave Exactly as They Should, The American Statistician, 2019"
    ) == ("Valid P-Values Behave Exactly as They Should")
    text = (
        "# Awesome Multimodal Reasoning\n\n## Introduction\n\n"
        "Welcome to the official repository of the survey paper [Multimodal Chain-of-Thought "
        f"Reasoning: A Comprehensive Survey]({ARXIV}2503.12605).\n\n## Papers\n\n"
        f"- [Visual Instruction Tuning]({ARXIV}2304.08485), 2023\n"
        "- Natural Language Inference over Interaction Space. LREC-2018 "
        "[[paper]](https://www.aclweb.org/anthology/L18-1001.pdf)\n"
    )
    assert [(line, year) for line, _, year, _ in _read(text)] == [(9, 2023), (10, 2018)]


def test_a_pdf_path_with_spaces_is_the_papers_link():
    """Round 91 (CtrlGen's accepted papers): ``[paper](camready/4/CameraReady/Sound-guided
    semantic image manipulation.pdf)``: a path its site serves, no link to CommonMark; read as
    the link (spaces encoded). A link text with spaces stays text (``[a b](c d)`` names no PDF)."""
    text = (
        "## Accepted papers\n\n"
        "**Sound-Guided Semantic Image Manipulation** \\[[paper](camready/4/CameraReady/"
        "Sound-guided semantic image manipulation.pdf)\\]\\\n"
        "Seung Hyun Lee, Sang Ho Yoon, Jinkyu Kim, Sangpil Kim\n\n"
        f"**Layer Normalization** \\[[paper]({ARXIV}1607.06450)\\] see [a b](c d)\n"
    )
    read = [(line, title) for line, title, _, _ in _read(text)]
    assert read == [(3, "Sound-Guided Semantic Image Manipulation"), (6, "Layer Normalization")]


def test_review_945_an_indented_lead_is_looked_for_in_linear_time():
    """Review 945: the walk up a paragraph ran for every line, not only for an indented
    linked line after a blank one: 20,000 short lines took 32 s (quadratic); 40,000 take ~0.06 s."""
    from pipeline.formats.mdparser import tame

    text = "a\n" * 40_000 + "\n    **[poster](https://a.org/p.png)****A Title of Words**\nAuthors\n"
    safe, _ = tame(text)  # (the suite's per-test time limit fails the quadratic walk)
    assert safe.splitlines()[-2] == "**[poster](https://a.org/p.png)****A Title of Words**"


def test_review_945_an_indented_lead_keeps_headings_tabbed_items_and_addresses():
    """Review 945: a linked line over a setext underline (``===``) stays a code line (not a
    heading that hides the entry); an item marked with a tab (``-\\t[Title](url)``) keeps its
    indented ``[[code]]`` paragraph; ``(https://arxiv.org/abs/X local copy: a.pdf)`` keeps its
    address (no spaces encoded into it)."""
    from pipeline.formats.mdparser import tame

    survey = f"    [Diffusion Models: A Comprehensive Survey of Methods]({ARXIV}2209.00796)"
    assert tame(f"## Survey\n\n{survey}\n===\n")[0].splitlines()[2] == survey
    tabbed = (
        f"-\t[Denoising Diffusion Probabilistic Models]({ARXIV}2006.11239)\nHo et al., NeurIPS 2020\n\n"
        "    [[code]](https://github.com/hojonathanho/diffusion)\nNote: the official code.\n"
    )
    assert tame(tabbed)[0].splitlines()[3].startswith("    [[code]]")
    local = f"- [Attention Is All You Need]({ARXIV}1706.03762 local copy: papers/attention.pdf)\n"
    assert f"{ARXIV}1706.03762 local" in tame(local)[0]
