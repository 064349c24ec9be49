"""The resolve step for ``code-available``: ask for official code, then check it exists.

Runs after arXiv and the code links are resolved: the papers asked about are those
whose entry has no code link, and every repository named in an answer is checked
through the same GitHub source as the list's own links (cached the same way), so the
rule never suggests, and ``fix`` never writes, a repository that does not exist.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import date

from pipeline.checks import Conventions, official_code_wanted
from pipeline.model import LinkCheck, OfficialCode, PaperEntry
from pipeline.sources.interface import CodeSource, LinkProber


def resolve_official_code(
    code: CodeSource | None,
    github: LinkProber | None,
    entries: Iterable[PaperEntry],
    conventions: Mapping[str, Conventions],
    today: date | None,
    known_links: Mapping[str, LinkCheck],
) -> tuple[dict[str, OfficialCode], dict[str, LinkCheck]]:
    """Official code by arXiv ID, and the GitHub checks of the repositories it names."""
    if code is None:
        return {}, {}
    ids = []
    for entry in entries:
        ident = official_code_wanted(entry, conventions.get(entry.path, Conventions()), today)
        if ident is not None:
            ids.append(ident)
    if not ids:
        return {}, {}
    official = dict(code.official_code(list(dict.fromkeys(ids))))
    repos = [o.repo_url for o in official.values() if o.repo_url]
    repos = [u for u in dict.fromkeys(repos) if u not in known_links]
    checks = dict(github.probe_all(repos)) if github is not None and repos else {}
    return official, checks
