"""``code-available`` (info): no code link, but the paper's official repository is known.

The evidence is a metadata service's answer (Hugging Face Papers) for the arXiv paper
the entry links, used only when arXiv confirmed that the link opens this entry's paper.
The repository is checked through the GitHub source: a repository that is gone is never
suggested, and the fix (the ``none`` of a code field replaced by the link, written the
way the list writes links) is offered only when GitHub confirmed the repository.
"""

from __future__ import annotations

from datetime import date

from pipeline import titles
from pipeline.arxivid import ArxivRef
from pipeline.checks.context import Conventions, Emitter, paper_ref
from pipeline.model import ArxivRecord, LinkCheck, LinkStatus, PaperEntry, Rule
from pipeline.parse import is_placeholder
from pipeline.urls import safe_replacement

LINK_STYLE = {
    "br-fields": "[{url}]({url})",
    "table": "[Code]({url})",
    "bullets": "[[Code]({url})]",
    "bold-blocks": "[[Code]({url})]",
}
"""How a code link is written in each layout (as the layout's other links are)."""
FIXABLE = frozenset({"br-fields", "table"})
"""Layouts whose code field holds the placeholder alone, so replacing it is safe."""


def says_no_code(entry: PaperEntry, conv: Conventions) -> bool:
    """The entry's code field says there is none, or it has none in a list that gives code."""
    code = entry.code
    if code is None:
        return conv.gives_code
    return code.url is None and is_placeholder(code.text)


def official_code_wanted(entry: PaperEntry, conv: Conventions, today: date | None) -> str | None:
    """The base arXiv ID to ask a code source about, when the entry has no code link."""
    if not says_no_code(entry, conv):
        return None
    ref = paper_ref(entry, today)
    return ref.base_id if ref is not None and ref.valid else None


def link_text(layout: str, url: str) -> str:
    """The repository link in the list's own syntax."""
    return LINK_STYLE.get(layout, LINK_STYLE["bullets"]).format(url=url)


def _same_paper(entry: PaperEntry, got: object) -> bool:
    if not isinstance(got, ArxivRecord):
        return False
    return not entry.title or bool(
        titles.compare_entry(entry.title, entry.short_name, got.title).same_paper
    )


def _repository(url: str, check: LinkCheck | None) -> tuple[str, bool] | None:
    """The URL to suggest and whether GitHub confirmed it; ``None`` when it is gone."""
    if check is None:
        return url, False
    if check.status is LinkStatus.BROKEN:
        return None
    if check.status is LinkStatus.REDIRECTED:
        final = check.final_url
        return (final, True) if final and safe_replacement(url, final) else (url, False)
    return url, check.status is LinkStatus.WORKING


def code_available(e: Emitter, ref: ArxivRef | None) -> None:
    """The rule (see the module docstring)."""
    entry, ctx = e.entry, e.ctx
    conv = ctx.convention(entry.path)
    if ref is None or not ref.valid or not says_no_code(entry, conv):
        return
    found = ctx.official_code.get(ref.base_id)
    if found is None or not found.repo_url:
        return
    if not _same_paper(entry, ctx.records.get(ref.base_id)):
        return  # the link may open another paper: its code is not this entry's
    check = ctx.links.get(found.repo_url)
    repo = _repository(found.repo_url, check)
    if repo is None:
        return
    url, confirmed = repo
    written = link_text(conv.layout, url)
    code = entry.code
    fix = None
    if confirmed and code is not None and conv.layout in FIXABLE:
        fix = (code.text, written)
    why = ""
    if not confirmed:
        why = f" (not confirmed on GitHub: {check.message if check else 'not checked'})"
    said = f"'{code.text}'" if code is not None else "no code link"
    e.add(
        Rule.CODE_AVAILABLE,
        code.line if code is not None else entry.line,
        "code",
        f"the entry says {said}, but {found.source} names the paper's official "
        f"repository {url}{why}",
        fix=fix,
        expected=url,
        actual=code.text if code is not None else None,
        suggestion=(
            f"replace '{code.text}' with {written}" if code is not None else f"add {written}"
        ),
    )
