"""Layouts and conventions first seen in the fresh465-472 batches and in this session's own
probes, each held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_venues = reader("title", "venue")


def test_nature_or_science_in_a_longer_journal_name_is_read_whole_or_not_at_all():
    """``Science Robotics, 2021``, ``Nature Communications, 2021``: the whole journal's name,
    not ``Science`` or ``Nature``; ``IEEE Transactions on Automation Science and Engineering``
    names no ``Science``; a bare ``Nature, 2021`` still is ``Nature``."""
    blocks = (
        ("Learning Dexterous In-Hand Manipulation with Deep Networks", "Nature Communications"),
        ("Soft Robots That Learn to Walk From Scratch", "Science Robotics"),
        ("Mastering Atari With Discrete World Models", "Nature"),
    )
    text = "# Papers\n\n" + "".join(
        f"**{t}**<br>\n{v}, 2021<br>\n[paper](https://arxiv.org/abs/2010.0219{i})\n\n"
        for i, (t, v) in enumerate(blocks)
    )
    assert [v for _, v in _venues(text)] == [
        "Nature Communications 2021",
        "Science Robotics 2021",
        "Nature 2021",
    ]
    row = "| [{t}](https://arxiv.org/abs/2010.0219{i}) | {v} 2022 | - |\n"
    table = "| Title | Venue | Code |\n|---|---|---|\n" + "".join(
        row.format(t=t, i=i, v=v)
        for i, (t, v) in enumerate(
            [
                (
                    "A Generalist Agent for Robots",
                    "IEEE Transactions on Automation Science and Engineering",
                ),
                ("Mastering Atari With Discrete World Models", "Science"),
            ]
        )
    )
    assert [v for _, v in _venues(table)] == [
        "IEEE Transactions on Automation Science and Engineering 2022",
        "Science 2022",
    ]


def test_a_journal_key_over_a_bare_address_still_marks_the_paper_of_a_heading():
    """``### SkySense++`` over ``- Nature Machine Intelligence: https://...``: the journal's
    key names where the heading's paper appeared, so the heading is an entry."""
    text = (
        "## Models\n\n### SkySense++\n"
        "- Organization: Wuhan University\n- Modalities: multimodal remote sensing\n"
        "- Nature Machine Intelligence: https://www.nature.com/articles/s42256-025-01078-8\n"
        "- GitHub: https://github.com/kang-wu/SkySensePlusPlus\n"
    )
    assert [t for t, _ in _venues(text)] == ["SkySense++"]


def test_a_pdf_the_list_keeps_under_an_escaped_path_is_the_paper():
    """``Title | Authors | [`PDF`](Page%20segmentation/Hybrid%20Page%20Layout.pdf)``: the list's
    own copy of each paper, its path's escapes read as spaces; a short file name
    (``PRML.pdf``, ``Lec01.pdf``), slides and an event's call for papers are still no paper."""
    rows = (
        (
            "Hybrid Page Layout Analysis via Tab-Stop Detection",
            "Page%20segmentation/tab%20stop%20-%20tesseract",
        ),
        (
            "Performance Comparison of Six Algorithms for Page Segmentation",
            "Page%20segmentation/Performance%20Comparison%20of%20Six%20Algorithms",
        ),
        ("Pattern Recognition and Machine Learning, Bishop, 2006", "Books/PRML"),
        ("Lecture 1: Introduction to Deep Learning", "Lec01"),
        ("Slides of the Tutorial on Page Layout", "Talks/slides"),
        ("ICDAR 2021 Workshop on Document Layout", "Call%20for%20Papers%202021"),
    )
    text = "## Papers\n" + "".join(f"- {t} | Ray Smith | [`PDF`]({p}.pdf)\n" for t, p in rows)
    assert [t for t, _ in _venues(text)] == [t for t, _ in rows[:2]]


def test_science_after_a_field_word_or_nature_after_springer_is_no_venue_of_its_own():
    """``ACS Central Science (2017)``, ``Annual Review of Political Science 2022``, ``Springer
    Nature Switzerland``: other journals and a publisher, not ``Science`` or ``Nature``; a
    journal's name does not run on into the next line."""
    text = (
        "## Papers\n\n"
        "- [Automatic Chemical Design Using a Data-Driven Continuous Representation of "
        "Molecules](https://arxiv.org/abs/1610.02415) - Liu et al., ACS Central Science (2017)\n"
        "- [The Political Economy of Persuasion in Elections](https://arxiv.org/abs/2301.00001) "
        "- Annual Review of Political Science 2022\n"
        "- [Causal Emotion Pairs in Conversations](https://arxiv.org/abs/2302.00002) - Cham: "
        "Springer Nature Switzerland\n"
    )
    assert [v for _, v in _venues(text)] == [None, None, None]
    lines = (
        "## Papers\n\n- [Single-cell foundation models at scale](https://arxiv.org/abs/2303.00003)"
        "\n  Nature Methods\n  Open Source Release\n"
    )
    assert [v for _, v in _venues(lines)] == ["Nature Methods"]


def test_a_reference_number_before_authors_leaves_the_bold_title():
    """``- [1] Wang K, Babenko B, Belongie S. **Title**[C]. venue, 2011. [paper](pdf)``: GB/T
    7714's numbered references; the authors after the number are no title."""
    text = (
        "## References\n\n"
        "- [1] Wang K, Babenko B, Belongie S. **End-to-end scene text recognition**[C].2011 "
        "International Conference on Computer Vision. IEEE, 2011: 1457-1464. "
        "[paper](http://www.iapr-tc11.org/dataset/SVT/wang_iccv2011.pdf)\n\n"
        "- [18] D. Karatzas, F. Shafait, S. Uchida, et al. **ICDAR 2013 robust reading "
        "competition**. In ICDAR, 2013. [Paper](https://ieeexplore.ieee.org/document/6628859)\n"
    )
    assert [t for t, _ in _venues(text)] == [
        "End-to-end scene text recognition",
        "ICDAR 2013 robust reading competition",
    ]


_codes = reader("title", "code")


def test_records_of_institutional_repositories_and_pdfs_served_by_name_are_papers():
    """An OPUS repository's record (``kluedo.ub.uni-kl.de/frontdoor/index/index/docId/4353``),
    a DHQ article and a PDF a site serves by its file's name (``...?filename=X.pdf&file_id=``)
    link the paper."""
    text = (
        "#### 2016\n"
        "* [High performance document layout analysis](http://www.dfki.de/web/research/"
        "publications/renameFileForDownload?filename=HighPerfDocLayoutAna.pdf&file_id=up_552) "
        "(2003) Breuel\n"
        "* [TypeWright: An Experiment in Participatory Curation](http://www.digitalhumanities.org"
        "/dhq/vol/9/4/000220/000220.html) (2015) Bilansky\n"
        "* [Generic Text Recognition using Long Short-Term Memory Networks](https://kluedo.ub."
        "uni-kl.de/frontdoor/index/index/docId/4353) (2016) Ul-Hasan -- Ph.D Thesis\n"
    )
    assert [t for t, _ in _codes(text)] == [
        "High performance document layout analysis",
        "TypeWright: An Experiment in Participatory Curation",
        "Generic Text Recognition using Long Short-Term Memory Networks",
    ]


def test_a_repository_the_entry_uses_or_points_to_is_not_its_code():
    """``using [OpenArabic/OCR_GS_Data](github) for ground truth data``, ``see also
    [TeluguOCR](github), [banti](github)``: the entry's data and related work; a title that
    ends in ``Using`` before its code badge keeps its code."""
    text = (
        "* [Important New Developments in Arabographic Optical Character Recognition]"
        "(https://arxiv.org/abs/1703.09550) (2016) Romanov, Miller\n"
        "  * using [OpenArabic/OCR_GS_Data](https://github.com/OpenArabic/OCR_GS_Data) for "
        "ground truth data\n"
        "* [Telugu OCR Framework using Deep Learning](https://arxiv.org/abs/1509.05962) (2017) "
        "Achanta, Hastie\n"
        "  * see also [TeluguOCR](https://github.com/TeluguOCR), [banti_telugu_ocr]"
        "(https://github.com/TeluguOCR/banti_telugu_ocr)\n"
        "* [VideoDeepResearch: Long Video Understanding With Agentic Tool Using]"
        "(https://arxiv.org/abs/2506.10821) [code](https://github.com/yhy-2000/VideoDeepResearch)\n"
    )
    assert [c.url if c else None for _, c in _codes(text)] == [
        None,
        None,
        "https://github.com/yhy-2000/VideoDeepResearch",
    ]


def test_journal_software_and_repository_article_pages_are_papers():
    """An Open Journal Systems article (``.../index.php/HSET/article/view/20004``), a figshare
    thesis, an IOS Press article and a page named by its paper's number (``?paper_id=4779``),
    linked by their titles inside HTML list items."""
    text = (
        "## ADHD\n\n"
        '<li><a href="https://drpress.org/ojs/index.php/HSET/article/view/20004">Detection and '
        "Classification of ADHD Using Deep Learning Based on EEG Signals</a></li>\n"
        '<li><a href="https://figshare.utas.edu.au/articles/thesis/The_classification_of_ADHD/'
        '25711794">The classification of ADHD using machine learning and EEG data</a></li>\n'
        '<li><a href="https://content.iospress.com/articles/journal-of-alzheimers-disease/'
        'jad180300">EEG Theta Power Is an Early Marker of Cognitive Decline</a></li>\n'
        '<li><a href="https://www.ijcseonline.org/pdf_paper_view.php?paper_id=4779&2-IJCSE.pdf">'
        "Amharic-Awngi Machine Translation: An Experiment Using Statistical Approach</a></li>\n"
    )
    assert len(_codes(text)) == 4


_dated = reader("title", "year")


def test_a_dated_tag_glued_to_the_titles_link_is_no_title():
    """``Euro-Par'25 (LNCS)-[Title](url)``, ``Technical report, Sakana AI, 02 2025-[Title](pdf)``,
    ``arxiv'25=[Title](url)``: a venue and year written as a tag before the linked title."""
    text = (
        "## Agents\n"
        "- Euro-Par'25 (LNCS)-[Tutoring LLM into a Better CUDA Optimizer](https://link.springer"
        ".com/chapter/10.1007/978-3-031-99857-7_18)– 🔓\n"
        "- Technical report, Sakana AI, 02 2025-[The AI CUDA engineer: Agentic CUDA kernel "
        "discovery](https://pub.sakana.ai/static/paper.pdf)– 🔒\n"
        "- arxiv'25=[TritonForge: Profiling-Guided Framework for Automated Triton Kernel "
        "Optimization](https://arxiv.org/abs/2512.09196)– 🔓\n"
    )
    assert _dated(text) == [
        ("Tutoring LLM into a Better CUDA Optimizer", 2025),
        ("The AI CUDA engineer: Agentic CUDA kernel discovery", 2025),
        ("TritonForge: Profiling-Guided Framework for Automated Triton Kernel Optimization", 2025),
    ]


def test_springer_proceedings_after_a_question_mark_are_no_part_of_the_title():
    """``Cordeiro FR, Carneiro G (2020) Title? In: 2020 33rd SIBGRAPI Conference on ...``:
    Springer's reference style; the title keeps its question mark."""
    text = (
        "1. Cordeiro FR, Carneiro G (2020) A Survey on Deep Learning with Noisy Labels: How to "
        "train your model when you cannot trust on the annotations? In: 2020 33rd SIBGRAPI "
        "Conference on Graphics, Patterns and Images (SIBGRAPI). pp 9–16. "
        "https://doi.org/10.1109/SIBGRAPI51738.2020.00010\n"
    )
    assert _dated(text) == [
        (
            "A Survey on Deep Learning with Noisy Labels: How to train your model when you "
            "cannot trust on the annotations?",
            2020,
        )
    ]


def test_adjectives_after_a_comma_in_a_title_are_no_authors():
    """``FASPell: A Fast, Adaptable, Simple, Powerful Chinese Spell Checker ...``: adjectives
    of the title, capitalised and listed with commas, not names after it."""
    text = (
        "- FASPell: A Fast, Adaptable, Simple, Powerful Chinese Spell Checker Based On "
        "DAE-Decoder Paradigm<br>\n\thttps://aclanthology.org/D19-5522.pdf<br>\n"
    )
    assert [t for t, _ in _dated(text)] == [
        "FASPell: A Fast, Adaptable, Simple, Powerful Chinese Spell Checker Based On "
        "DAE-Decoder Paradigm"
    ]


def test_a_link_closed_by_a_parenthesis_for_its_bracket_is_read_as_meant():
    """``- [SKCODER: ... Generation)(https://arxiv.org/pdf/2302.06144.pdf) - Jia Allen Li, ...``:
    a typo for ``[Title](url)``; the title is the link's text, not the names after it (which
    gave a false ``wrong-paper`` error)."""
    text = (
        "## Code generation\n"
        "- [SKCODER: A Sketch-based Approach for Automatic Code Generation)(https://arxiv.org/"
        "pdf/2302.06144.pdf) - Jia Allen Li, Yongmin Li, Ge Li, Zhi Jin, Yiyang Hao, Xing Hu\n"
        "- [CodeBERT: A Pre-Trained Model for Programming and Natural Languages](https://arxiv"
        ".org/abs/2002.08155) - Zhangyin Feng, Daya Guo\n"
    )
    assert [t for t, _ in _dated(text)] == [
        "SKCODER: A Sketch-based Approach for Automatic Code Generation",
        "CodeBERT: A Pre-Trained Model for Programming and Natural Languages",
    ]


def test_a_record_page_is_the_paper_only_under_its_title_or_a_papers_label():
    """``[[Video]](...?paper_id=4779)``, ``[[Slides]](.../frontdoor/index/index/docId/1)``,
    ``[[Data]](.../index.php/dco/article/view/1/2)``, ``[[Reviews]](cmt3...?paperId=4779)``:
    pages of sites that keep a paper's talk, slides, data and reviews beside it; no entry.
    ``[[Paper]](...?paper_id=4779)`` is the paper."""
    text = (
        "## Papers\n"
        "- [Ordinary Paper About Layout Analysis](https://arxiv.org/abs/2101.00001)\n"
        "- Layout Maps for Scanned Documents (ICDAR 2021) [[Video]](https://crossminds.ai/video/"
        "?paper_id=4779) [[Code]](https://github.com/a/maplayout)\n"
        "- Text Lines in Historical Prints. 2019. [[Slides]](https://opus.bibliothek.uni-wuerzburg"
        ".de/frontdoor/index/index/docId/18734)\n"
        "- Digital Corpora of Old Print (2021) [[Data]](https://journals.uni.de/index.php/dco/"
        "article/view/81432/75564)\n"
        "- [Reading Order Detection for Newspapers](https://lab.example.edu/rod/) [[Reviews]]"
        "(https://cmt3.research.microsoft.com/ICDAR2021/Reviews?paperId=4779)\n"
        "- Baseline Detection in Charters, ICDAR 2021 [[Paper]](https://icdar2021.org/view.php"
        "?paper_id=4780)\n"
    )
    assert [t for t, _ in _codes(text)] == [
        "Ordinary Paper About Layout Analysis",
        "Baseline Detection in Charters",
    ]
