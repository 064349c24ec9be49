"""``code-available`` (info): no code link, but the paper's official repository is known.

The evidence is a metadata service's answer (Hugging Face Papers) for the arXiv paper
the entry links, used only when arXiv confirmed that the link opens this entry's paper.
The repository is checked through the GitHub source: a repository that is gone is never
suggested, and the fix (the ``none`` of a code field replaced by the link, written the
way the list writes links) is offered only when GitHub confirmed the repository.
"""

from __future__ import annotations

from pipeline.checks.available import FIXABLE, link_text, repository
from pipeline.checks.context import Emitter
from pipeline.checks.facts import Facts, Need
from pipeline.checks.spec import Check, Field, RuleSpec
from pipeline.model import Rule, Severity


def check(e: Emitter, f: Facts) -> None:
    """The official repository, written the way the list writes code links."""
    entry, ctx = e.entry, f.ctx
    assert f.ref is not None
    if entry.title and not (f.comparison is not None and f.comparison.same_paper):
        return  # the link may open another paper: its code is not this entry's
    found = ctx.official_code[f.ref.base_id]
    assert found.repo_url is not None
    check = ctx.links.get(found.repo_url)
    repo = repository(found.repo_url, check)
    if repo is None:
        return
    url, confirmed = repo
    layout = ctx.convention(entry.path).layout
    written = link_text(layout, url)
    code = entry.code
    fix = (code.text, written) if confirmed and code is not None and layout in FIXABLE else None
    why = ""
    if not confirmed:
        why = f" (not confirmed on GitHub: {check.message if check else 'not checked'})"
    said = f"'{code.text}'" if code is not None else "no code link"
    e.add(
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


RULE = RuleSpec(
    Rule.CODE_AVAILABLE,
    Severity.INFO,
    help="the entry has no code link, but the paper's official repository is known "
    "(Hugging Face Papers)",
    fires_when='the entry\'s code field says "none" (or it has no code link in a list that '
    "gives code links), but Hugging Face Papers names the paper's official repository; only "
    "when arXiv confirms the link opens the entry's paper. The repository is checked through "
    "the GitHub API: a gone one is never suggested, and `paperlist fix` offers the link "
    "(written as the list writes links, e.g. `[url](url)` in `<br>-code:` lists) only for a "
    "confirmed one, and writes it only with `--write`",
    checks=(Check(Field.CODE, check, needs=(Need.NO_CODE, Need.OFFICIAL_CODE, Need.RECORD)),),
)
