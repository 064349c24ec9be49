"""Where a credential may be sent: its service's default host, or a host the environment names.

``GITHUB_TOKEN`` and ``SEMANTIC_SCHOLAR_API_KEY`` are attached per request, after the
request URL's origin (scheme, host, port) has been checked; they are never session-wide
headers, so neither a config file (``github.api_url``) nor a redirect (a 301
``Location``) can choose where they go. An origin named by the environment counts
when it is https, or http on 127.0.0.1 (a local test server). When a credential is
withheld, the ``pipeline`` log says so once per origin and the request goes out
without it (anonymously).
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Iterable
from dataclasses import dataclass, field
from urllib.parse import urlsplit

log = logging.getLogger(__name__)

Origin = tuple[str, str, int]
"""``(scheme, host, port)``, lower-case, with the scheme's default port filled in."""

_DEFAULT_PORTS = {"https": 443, "http": 80}


def origin_of(url: str) -> Origin | None:
    """The origin of an absolute http(s) URL, or ``None`` (no host, odd scheme or port)."""
    try:
        parts = urlsplit(url.strip())
        port = parts.port
    except ValueError:
        return None
    scheme = parts.scheme.lower()
    host = (parts.hostname or "").lower()
    if scheme not in _DEFAULT_PORTS or not host:
        return None
    return scheme, host, port or _DEFAULT_PORTS[scheme]


def shown(origin: Origin) -> str:
    """An origin as text: ``https://api.github.com``, ``http://127.0.0.1:8080``."""
    scheme, host, port = origin
    default = _DEFAULT_PORTS[scheme] == port
    return f"{scheme}://{host}" if default else f"{scheme}://{host}:{port}"


def trusted_origins(default_url: str, env_urls: Iterable[str | None]) -> frozenset[Origin]:
    """The default URL's origin plus those of ``env_urls`` that are https or local http.

    ``env_urls`` must be URLs the ENVIRONMENT named (``GITHUB_API_URL`` and friends),
    never ones from a config file.
    """
    out = {o for o in [origin_of(default_url)] if o is not None}
    for url in env_urls:
        found = origin_of(url) if url else None
        if found is not None and (found[0] == "https" or found[1] == "127.0.0.1"):
            out.add(found)
    return frozenset(out)


@dataclass
class Credential:
    """A secret header and the origins it may go to; thread-safe, warns once per origin."""

    env_name: str
    """The environment variable it came from (named in warnings; the value never is)."""
    header: str
    value: str = field(repr=False)
    origins: frozenset[Origin]
    _warned: set[Origin] = field(default_factory=set, repr=False)
    _lock: threading.Lock = field(default_factory=threading.Lock, repr=False)

    def allows(self, url: str) -> bool:
        """True when ``url``'s origin is one the credential may be sent to."""
        found = origin_of(url)
        return found is not None and found in self.origins

    def headers_for(self, url: str, what: str = "") -> dict[str, str]:
        """``{header: value}`` for an allowed ``url``; else ``{}`` and one warning."""
        if self.allows(url):
            return {self.header: self.value}
        self.withheld(url, what)
        return {}

    def withheld(self, url: str, what: str = "") -> None:
        """Log (once per origin) that the credential is not sent to ``url``."""
        found = origin_of(url) or ("?", urlsplit(url).netloc or url[:60], 0)
        with self._lock:
            if found in self._warned:
                return
            self._warned.add(found)
        where = shown(found) if found[0] in _DEFAULT_PORTS else found[1]
        allowed = ", ".join(sorted(shown(o) for o in self.origins))
        log.warning(
            "%s is not sent to %s%s: it goes only to %s or the host the environment names; "
            "asking without it",
            self.env_name,
            where,
            f" ({what})" if what else "",
            allowed,
        )


def scoped(
    env_name: str,
    header: str,
    value: str | None,
    default_url: str,
    env_urls: Iterable[str | None] = (),
) -> Credential | None:
    """A :class:`Credential` for ``value`` (``None`` when there is no secret)."""
    if not value:
        return None
    return Credential(env_name, header, value, trusted_origins(default_url, env_urls))
