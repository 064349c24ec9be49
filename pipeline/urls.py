"""Pure URL helpers shared by the checks and the sources (no I/O)."""

from __future__ import annotations

import re
from urllib.parse import urlsplit

REPOSITORY_HOSTS = frozenset(
    {
        "github.com",
        "www.github.com",
        "gitlab.com",
        "bitbucket.org",
        "codeberg.org",
        "gitee.com",
        "sourceforge.net",
        "git.sr.ht",
    }
)
_NAME = r"[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
_REPO = r"[A-Za-z0-9._-]+"
_RESERVED_OWNERS = frozenset(
    {"orgs", "topics", "features", "marketplace", "sponsors", "settings", "about", "search"}
)


def repo_of(url: str) -> tuple[str, str] | None:
    """``(owner, repo)`` of a ``github.com/OWNER/REPO[/...]`` URL, else ``None``."""
    try:
        parts = urlsplit(url.strip())
    except ValueError:
        return None
    if (parts.hostname or "").lower() not in ("github.com", "www.github.com"):
        return None
    m = re.match(rf"^/({_NAME})/({_REPO})(?:/.*)?$", parts.path)
    if not m or m.group(1).lower() in _RESERVED_OWNERS:
        return None
    repo = m.group(2)
    repo = repo[:-4] if repo.endswith(".git") else repo
    return (m.group(1), repo) if repo else None


def is_repository_url(url: str) -> bool:
    """True for a source repository URL (github.com/OWNER/REPO, gitlab.com/..., ...)."""
    try:
        parts = urlsplit(url)
    except ValueError:
        return False
    host = (parts.hostname or "").lower()
    if host in ("github.com", "www.github.com"):
        return repo_of(url) is not None
    segments = [s for s in parts.path.split("/") if s]
    return host in REPOSITORY_HOSTS and len(segments) >= 2


def canon_url(url: str) -> str:
    """A comparison key: no scheme, no ``www.``, no trailing slash or ``.git``."""
    parts = urlsplit(url.strip())
    host = (parts.hostname or "").lower().removeprefix("www.")
    path = parts.path.rstrip("/")
    if path.endswith(".git"):
        path = path[:-4]
    return f"{host}{path}{'?' + parts.query if parts.query else ''}"


def is_http_url(url: str | None) -> bool:
    """True for an http(s) URL."""
    return bool(url) and re.match(r"^https?://", url or "", re.IGNORECASE) is not None
