"""Labels and paths that mark a link as no paper although it may look like one: a book,
slides, a talk, a course's notes. Pure."""

from __future__ import annotations

import re

NOT_PAPER_LABELS = frozenset({"book", "ebook", "slides", "slide", "tutorial", "lecture", "lecture notes", "poster",
    "talk", "video", "blog", "blogpost", "blog post", "lecture slides", "course notes", "handout", "annotated chapter"})  # fmt: skip
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
    listing = _PAPER_LIST.fullmatch(text) is not None  # ``[AAAI 2022 Accepted Papers](….pdf)``
    return text in NOT_PAPER_LABELS or shared or talk or listing or bool(_SLIDES_PATH.search(path))


_PAPER_LIST = re.compile(
    r"(?i)\W*(?:[\w-]+\s+){0,3}(?:accepted\s+papers?(?:\s+list)?|papers?\s+list|list\s+of\s+(?:accepted\s+)?papers)\W*"
)
"""``AAAI 2022 Accepted Papers``: a label naming a venue's list of papers (a title that
speaks of accepted papers is a paper's)."""
