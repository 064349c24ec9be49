"""The role of a link to a code host (GitHub, GitLab, ...): a discussion, a note on the
paper kept in a repository, or code. Pure."""

from __future__ import annotations

import re

from pipeline.urls import is_repository_url

_DISCUSSION = re.compile(r"^/[^/]+/[^/]+/(?:issues|discussions)(?:/|$)|/-/(?:issues|discussions)(?:/|$)")  # fmt: skip
"""A repository's issues or discussions (GitLab's ``/-/issues``): what people say of it, not
code (a pull request is; ``/tree/main/issues`` is a folder)."""
_NOTE_SECTION = re.compile(r"/blob/[^#]+\.md#.")  # a note or a sub-list, not code
_NOTE_LABELS = frozenset({"notes", "note", "my notes", "reading notes", "summary", "review", "markdown", "md", "笔记", "解读"})  # fmt: skip


def code_host_role(url: str, parts, link_text: str, text: str) -> str:
    """The role of a link to a code host: a discussion, a note in a repository, code."""
    if _DISCUSSION.search(parts.path):
        return "discussion"  # ``[#26](github.com/o/r/issues/26)``: a note or a thread
    if _UPLOADED.search(parts.path):
        return "other"  # ``github.com/o/r/assets/26109316/9711…``: a picture or video uploaded
    labelled = "code" in text or text in _CODE_LABELS
    note = not labelled and _notes_page(parts.path) and "/docs/" not in parts.path  # ``[💭](…)``
    if note or (text in _NOTE_LABELS and ("/blob/" in parts.path or parts.path.endswith(".md"))):
        return "other"  # ``[[Notes]](github.com/o/paper_notes/blob/master/x.md)``: a note on it
    bare = link_text.startswith(("http://", "https://"))
    if bare and _NOTE_SECTION.search(parts.path + "#" + parts.fragment):
        return "other"  # ``<github.com/o/notes/blob/master/NLP.md#a-paper>``: a note on it
    return "code" if is_repository_url(url) or labelled else "other"


_UPLOADED = re.compile(r"^/(?:user-attachments/assets|[^/]+/[^/]+/assets/\d+)/[\w-]+/?$")
"""A file uploaded to an issue or a README (``/o/r/assets/26109316/<uuid>``,
``/user-attachments/assets/<uuid>``): a poster or a video, no code."""
_CODE_LABELS = (
    *("github", "repo", "repository", "pytorch", "tensorflow", "tf", "jax", "octocat"),
    *("implementation", "official", "reproduction", "impl", "代码"),
)
"""Labels of a link to code besides ``code`` (``[PyTorch](github.com/o/r/blob/x/BiDAF.md)``)."""


def _notes_page(path: str) -> bool:
    """A Markdown page (not a README) in a repository or folder named for notes or reading
    (``aktumar/3D_reconstruction/blob/main/additional_info/notes/papers/X.md``,
    ``ducthanhtran/paper_notes/blob/master/…/x.md``, ``MVS/blob/master/Paper-Reading/x.md``),
    or a page with no extension named by three words or more in a notes repository."""
    parts = path.split("/")
    if len(parts) < 6 or parts[3] != "blob":
        return False
    bare = "." not in parts[-1] and len(_NAME_WORDS.split(parts[-1])) >= 3  # ``…-Papernotes/
    if not (bare and _NOTE_WORD.search(parts[2])) and not parts[-1].endswith((".md", ".markdown")):
        return False  # (``blob/master/comments/Video%20Object%20Segmentation``: a note's name)
    folders = parts[5:-1]  # (a folder ``summary/`` too; not a repository ``text_summary``)
    noted = _NOTE_WORD.search(parts[2]) or any(
        _NOTE_WORD.search(f) or f in _NOTE_FOLDERS for f in folders
    )
    noted = noted or _ARXIV_NAMED.fullmatch(parts[-1])  # ``ArXivQA/blob/main/papers/2309.16668.md``
    return bool(noted) and not parts[-1].startswith("readme")


_ARXIV_NAMED = re.compile(r"\d{4}\.\d{4,5}(?:v\d+)?\.(?:md|markdown)")
"""A Markdown page named by a paper's arXiv ID: what a list's own repository says of that paper."""


_NOTE_WORD = re.compile(
    r"(?:^|[-_])notes?(?:$|[-_])|papernotes|paper[-_]?(?:reading|summar(?:y|ies))|reading[-_]?(?:notes?|list|group)"
)


_NAME_WORDS = re.compile(r"%20|[-_ ]+")
"""What parts the words of a file's name (``Video%20Object%20Segmentation``, ``ode_net``)."""
_NOTE_FOLDERS = frozenset(("summary", "summaries", "reading", "readings", "review", "reviews"))
