"""Papers a list keeps in its own repository (``./paper/BioBERT.pdf``, ``[PDF](Learning_to_
Detect_Phishing_Emails.pdf)``), told apart from the slides, notes, course files and data kept
beside them. Pure."""

from __future__ import annotations

import re
from urllib.parse import unquote


def own_paper(path: str, link_text: str, label: str) -> bool:
    """A relative link to ``path`` with ``link_text`` (``label``: its generic form) links a
    paper the list keeps: named by its title (three words or more, ``2019-aiDM-Considerations_
    for_Updates``) or a ``[PDF]``/``[Paper]`` label on a paper's file; a path's escapes are
    read as the characters they stand for (``Page%20segmentation/Hybrid%20Page%20Layout.pdf``)."""
    path = _WINDOWS_SEPARATOR.sub("/", path)  # ``.\papers\2017\ICLR\DCRNN/DCRNN``
    folders, _, name = path.rpartition("/")
    path = f"{folders}/{unquote(name)}" if folders else unquote(name)  # the name's escapes only
    words = re.split(r"[\s_-]+", link_text.strip())
    named = len(words) >= 3 or _pdf_labelled(label, path)
    return named and _own_paper_file(path.lower(), label) and not _note_of(name, words)


def _note_of(name: str, words: list[str]) -> bool:
    """A name with no extension that spells the link's title or a run of its words
    (``papers/The-Graph-Algorithm-Iron-Law`` for ``GAIL: The Graph Algorithm Iron Law``):
    the list's own page or folder of notes on the paper, not the paper kept
    (``Bioinformatics-2019_Towards_reliable_...``)."""
    if re.search(r"\.\w{2,4}$", name) or len(re.split(r"[\s_:-]+", unquote(name))) < 3:
        return False
    spelt = re.sub(r"[\W_]", "", unquote(name)).lower()
    return len(spelt) >= 15 and spelt in re.sub(r"[\W_]", "", "".join(words)).lower()


_WINDOWS_SEPARATOR = re.compile(r"\\|%5[Cc]")
"""A backslash between folders, as written on Windows (escaped in a link's address)."""
_PAPER_FOLDERS = frozenset({"paper", "papers", "pdf", "pdfs"})
_NOT_PAPER_WORDS = (
    r"(?:slides?|presentations?|notes|posters?|talks?|keynotes?|tutorials?|lectures?|books?|"
    r"data(?:sets?)?|supp\w*|code|lists?)"
)
_NOT_PAPER_FILES = re.compile(rf"\b{_NOT_PAPER_WORDS}\b")
_NOT_PAPER_LABEL = re.compile(rf"(?<![\w-]){_NOT_PAPER_WORDS}(?![\w-])")
"""A short label naming slides or data, not inside a compound (``Data-aware-Index``)."""


def _own_paper_file(path: str, text: str) -> bool:
    """A paper the list keeps in its own repository: a PDF, or a file of a ``paper(s)``
    or ``pdf(s)`` folder, linked with its title (three words or more: not ``[Roadmap]``);
    never what a short label or a folder calls slides, notes, a book or data
    (``slides/presentation/acl2020.pdf``), never a folder or its README, never a badge."""
    segments = [s for s in path.split("/") if s not in ("", ".", "..")]
    label = text.replace("_", " ")  # ``2020-OSDI-Bourbon_learned_LSM_slides``: a file's name
    if (
        not segments
        or path.endswith("/")
        or (len(label.split()) <= 4 and _NOT_PAPER_LABEL.search(label))
    ):
        return False  # a folder (``papers/2d-detection/``), or slides by their label
    if any(_NOT_PAPER_FILES.search(s.replace("-", " ").replace("_", " ")) for s in segments[:-1]):
        return False
    in_folder = any(s in _PAPER_FOLDERS for s in segments[:-1])
    last = segments[-1]
    if re.match(r"(?:readme|index)\b", last):
        return False  # the folder's own page
    document = re.search(r"\.(?:pdf|caj|djvu|ps)$", last) is not None  # CNKI's ``.caj`` too
    return document or (in_folder and not re.search(r"\.\w{2,4}$", last))


_COPY = ("local copy", "copy", "local pdf", "mirror", "file")
"""Labels of a paper's own copy the list keeps (``[Local Copy](files/P17-1093.pdf)``, a badge
``[![file](…/Paper-red)](files/TAB/[2008 Zeng] Title.pdf)``)."""


def _pdf_labelled(text: str, path: str) -> bool:
    """``[PDF](Learning_to_Detect_Phishing_Emails.pdf)``: a paper's label on a PDF file the
    list keeps in a papers folder or under a name of three words or more, which calls it no
    slides, lecture, notes or data (``slides.pdf``, ``lecture3.pdf``)."""
    folders, _, name = path.lower().rpartition("/")
    stem = name.removesuffix(".pdf")  # ``dropout.a.simple.way.pdf``: dotted words; else only
    dotted = [p for p in stem.split(".") if p.isalpha()]  # a leading year's dot (``2023.LLaMA-2``)
    course = _COURSE_FILE.search(" ".join(dotted)) or _DOTTED_NOT_PAPER & set(dotted)
    dotted = [] if course else dotted  # ``Course.Syllabus.Spring.pdf``, ``Quick.Start.Guide.pdf``
    words = dotted if len(dotted) >= 3 else re.split(r"[\s_-]+|(?<=^(?:19|20)\d\d)\.", stem)
    if (
        text not in ("pdf", "paper", *_COPY)
        or not name.endswith(".pdf")
        or _COURSE_FILE.search(name)
    ):
        return False
    if text in _COPY:  # ``[Local Copy](files/D09-1036.pdf)``: the paper, kept by the list
        return len(words) >= 2 or any(c.isdigit() for c in name)  # not ``data.pdf``
    if any(f in _PAPER_FOLDERS for f in folders.split("/")):
        return True  # ``[PDF](papers/hpc_phishing.pdf)``
    if _EVENT_FILE.match(name):
        return False  # ``Problem Set 3.pdf``, ``Call for Papers 2021.pdf`` outside a papers folder
    if len(words) <= 4 and _NOT_PAPER_LABEL.search(" ".join(words)):
        return False
    return len(words) >= 3


_COURSE_FILE = re.compile(
    r"(?:^|[\s_-])(?:slides?|lectures?|syllabus|homework|hw|exams?|cheat\s*sheet|handouts?|"
    r"week|tutorials?|notes|posters?|presentations?|talks?|appendix|resume|cv)(?:\d|[\s_.-]|$)"
)
"""A course's or a talk's file (``lecture3.pdf``, ``Week_3_..._Slides.pdf``), never a paper."""
_DOTTED_NOT_PAPER = frozenset(
    "guide manual minutes proposal solutions handbook schedule terms report".split()
)
"""Words of a dotted file name besides :data:`_COURSE_FILE`'s (``Quick.Start.Guide.pdf``) that
call it no paper (only dotted names: ``Region_Proposal_Networks.pdf`` is one)."""
_EVENT_FILE = re.compile(
    r"(?:assignment[\s_-]*\d+|problem\s*sets?|chapter[\s_-]*\d+|table\s+of\s+contents|errata|"
    r"reading\s+guide|cfp|call\s+for\s+papers)(?:\d|[\s_.-]|$)"
)
"""A course's or an event's file by its name's first words (``Problem Set 3.pdf``, ``Chapter 3
Linear Models.pdf``, ``Call for Papers 2021.pdf``), outside a papers folder."""
