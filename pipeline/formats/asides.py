"""Labels and paths that mark a link as no paper although it may look like one: a book,
slides, a talk, a course's notes. Pure."""

from __future__ import annotations

import re

NOT_PAPER_LABELS = frozenset({"book", "ebook", "slides", "slide", "tutorial", "lecture", "lecture notes", "poster",
    "talk", "video", "blog", "blogpost", "blog post", "lecture slides", "course notes", "handout", "annotated chapter",
    "announcement", "docs"})  # fmt: skip
_SLIDES_PATH = re.compile(r"(?:^|[/_.-])slides(?=[/_.-]|$)|/lectures?/")
"""A PDF kept as slides or a lecture by its path (lower case; not ``SLIDE_MLSys.pdf``)."""
_SHARED_NOTES = frozenset({"notes", "chapter"})
"""Labels of a course's files on a sharing site; on a paper's own site ``[Notes](x.pdf)`` is one."""
_SHARING_HOSTS = ("dropbox.com", "drive.google.com", "box.com", "onedrive.live.com", "pan.baidu.com")  # fmt: skip


BOOK_PATH = re.compile(r"/books?/|/10\.\d{4,9}/97[89]-[\d-]+$|(?<!\d)97[89]\d{10}(?![\d-]|\.ch)")
"""A book's page, its ISBN DOI (``/10.1007/978-3-319-21945-5``; not a chapter's ``..._10``)
or an ISBN in a file's name (``preview-9780190227005_A35.pdf``; not a chapter's DOI,
``9781119821281.ch3``, ``9783110693089-004``)."""
_BOOK_LABEL_WORDS = frozenset(("digital", "copy", "pdf", "link", "online", "request", "preview"))


def book_label(text: str) -> bool:
    """A label that names a book (``book``, ``Book Digital Copy``, ``eBook (Request)``)."""
    words = text.split()
    book = bool(words) and words[0] in ("book", "ebook", "e-book")
    return book and all(w.strip("()") in _BOOK_LABEL_WORDS for w in words[1:])


_BOOK_BY = re.compile(r"(?i)\b(?:text)?book\s+by\b")


def book_by(link_text: str) -> bool:
    """A link's text that says it is a book (``["Understanding Machine Learning." Textbook by
    Shai Ben-David and Shai Shalev-Shwartz.](x.pdf)``)."""
    return _BOOK_BY.search(link_text) is not None


def aside_pdf(text: str, host: str, path: str) -> bool:
    """A PDF labelled or kept as no paper: a book, slides (by path; an Indico talk's), notes."""
    shared = text in _SHARED_NOTES and host.endswith(_SHARING_HOSTS)
    talk = host.startswith("indico.") and "/attachments/" in path and "proceeding" not in path
    listing = paper_listing(text)  # ``[AAAI 2022 Accepted Papers](….pdf)``
    course = _COURSE_FILE.match(text) is not None  # ``[Pre-read by A and B](….pdf)``
    return (
        re.sub(r"\s+\d{1,2}$", "", text) in NOT_PAPER_LABELS  # ``[Announcement 2](….pdf)``
        or shared
        or talk
        or listing
        or course
        or bool(_SLIDES_PATH.search(path))
    )


_COURSE_FILE = re.compile(r"(?:pre-?reads?|reading guide|handout|worksheet|slides for)\b")
"""A course's own file by its label's first words (lower case), not a paper."""


def book_part(text: str) -> bool:
    """A link's text naming a part of a book (``[Chapter 1, Quantifying the Unquantifiable]``,
    ``[Chapter 3 of the Deep Learning Book]``, ``[Preface]``, ``[Appendix A: …]``), not a
    paper; a chapter titled after a colon or a dash (``[Chapter 6: The Process of Interaction
    Design]``), ``[Prologue: A Language for …]`` and ``[Chapter 11 Reorganization and …]`` (US
    bankruptcy) are readings."""
    return _BOOK_PART.match(text) is not None and _TITLED_PART.match(text) is None


_BOOK_PART = re.compile(
    r"(?i)\s*(?:(?:chapters?|ch\.)\s*\d+|(?:preface|foreword|prologue|epilogue|afterword)"
    r"(?:\s+to\s+the\s+\S+\s+edition)?\W*$|(?:[a-z]+\s+)?appendix\b)"
)
_TITLED_PART = re.compile(
    r"(?i)\s*(?:chapters?|ch\.|preface|foreword|prologue|epilogue|afterword)\s*\d*\s*[:–—-]\s+\w"
    r"|\s*chapter\s+11\s+(?:reorgani[sz]ation|bankruptcy|filings?|cases?|firms?|restructuring)\b"
)


def paper_listing(text: str) -> bool:
    """A link's text naming a list of papers, not a paper (``AAAI 2022 Accepted Papers``,
    ``[ACL, EMNLP, COLING Paper List](aclanthology…)``, ``[Deep Learning Paper List](…)``); a
    reading list only after venues, years or ``Awesome`` (``[Automatic Generation of Reading
    Lists]`` is a paper's title)."""
    m = _PAPER_LIST.fullmatch(text.strip()) if len(text) <= 120 else None
    reading = m is not None and "reading" in m[0].lower()  # (a topic's ``Paper List`` is one)
    return m is not None and (
        not reading or all(_VENUE_WORD.search(w) for w in re.findall(r"[\w-]+", m["pre"]))
    )


_PAPER_LIST = re.compile(
    r"(?i)\W*(?P<pre>(?:[\w-]+[,&/]?\s+){0,5})(?:accepted\s+papers?(?:\s+list)?"
    r"|(?:papers?|reading)\s+lists?|list\s+of\s+(?:accepted\s+)?papers)\W*"
)
"""``AAAI 2022 Accepted Papers``: a label naming a venue's list of papers (a title that
speaks of accepted papers is a paper's)."""
_VENUE_WORD = re.compile(
    r"^(?:[A-Z][\w-]*[A-Z][\w-]*|\d+|[Aa]wesome|[Aa]ll|[Tt]he|[Oo]ur|[Ff]ull)$"
)
"""A venue's acronym (``AAAI``, ``SemEval``), a year or a label's word (not ``Personalized``)."""


_SHARED_FILE = re.compile(r"^/(?:s/|scl/fi/|file/d/|open$|uc$|b/)")
"""A file's share on a sharing site (``box.com/s/…``, ``drive.google.com/file/d/…``), not
a folder or the site's own pages."""
_NO_PAPER_WORDS = frozenset(
    "lecture lectures slide slides homework assignment syllabus recording solutions exam quiz "
    "handout template folder download weights checkpoint checkpoints textbook dataset datasets "
    "pretrained resources tutorial list code models poster translation supplementary "
    "supplemental project problem midterm guidelines talk proposal scripts trained demo".split()
)
"""Words of a course's, a dataset's, a model's or a talk's files, among a label's first two
words (``[Code and trained models]``, ``[Guest Talk by …]``; ``Data``, ``Model``, ``Video``
and ``Notes`` open titles too); in a label of five words or fewer, anywhere."""
_NEVER_TITLE_WORDS = frozenset(
    "dataset datasets slide slides weights checkpoint checkpoints homework syllabus midterm".split()
)
"""Words of a file that is no paper wherever they stand (``[… FD-A and HAR Datasets]``)."""
_SHORT_LABEL_WORDS = frozenset(
    "presentation oral feedback features answers form paper rubric agenda sheet schedule".split()
)
_FILE_HOSTS = (*(h for h in _SHARING_HOSTS if h != "pan.baidu.com"), "1drv.ms")  # (downloads)
_NO_PAPER_FILE = re.compile(r"\.(?:pptx?|key|mp4|mov|avi|zip|rar|7z|tar|gz|tgz|docx?)$")


def shared_paper(host: str, path: str, link_text: str) -> bool:
    """A file shared on a sharing site under a paper's title (a course's readings,
    ``[Power to the People: The Role of Humans in Interactive Machine Learning](…box.com/s/…)``):
    four words or more, a capital in the first, no word of slides, a course or data, not an
    address, not slides, a video or an archive by its name."""
    if not host.endswith(_FILE_HOSTS) or not _SHARED_FILE.match(path):
        return False
    if _NO_PAPER_FILE.search(path) or "://" in link_text or "www." in link_text:
        return False
    every = re.findall(r"[^\W_]+", link_text.lower())  # (``The Lottery Ticket Hypothesis``)
    words = [w for w in every if w not in ("a", "an", "the")]
    first = link_text.split()[0] if link_text.split() else ""
    capital = any(c.isupper() for c in first)  # ``iSeqL: Interactive Sequence Learning``
    short = len(words) <= 5 and (_NO_PAPER_WORDS | _SHORT_LABEL_WORDS) & set(words)
    lead = _NO_PAPER_WORDS & set(words[:2]) or _NEVER_TITLE_WORDS & set(words)
    return len(every) >= 4 and capital and not short and not lead
