"""The seams between the pipeline and the network: metadata sources and link probers.

Outcomes are values (``ArxivRecord``/``ArxivMiss``, ``LinkCheck``), never exceptions:
a network failure becomes an ``unverified`` finding further down, not a crash.
"""

from __future__ import annotations

from abc import ABC, abstractmethod
from collections.abc import Callable, Iterable, Mapping

from pipeline.model import ArxivMiss, ArxivRecord, LinkCheck, OfficialCode, VenueEvidence

ProgressFn = Callable[[str, int, int], None]
"""``progress(stage, done, total)``: called as requests complete (for a terminal display)."""


def no_progress(stage: str, done: int, total: int) -> None:
    """The default progress callback: shows nothing."""


class MetadataSource(ABC):
    """Resolves arXiv identifiers (base IDs, no version) to records."""

    @abstractmethod
    def resolve_all(self, ids: Iterable[str]) -> Mapping[str, ArxivRecord | ArxivMiss]:
        """Resolve every ID; each ID of ``ids`` is a key of the result."""

    def search_titles(self, titles: Iterable[str]) -> Mapping[str, tuple[ArxivRecord, ...]]:
        """Candidate papers per title; a title that could not be searched is left out."""
        return {}

    def older_titles(self, latest: Mapping[str, int]) -> Mapping[str, tuple[tuple[int, str], ...]]:
        """Titles of versions 1..n-1 per base ID (given its latest version n)."""
        return {}


class LinkProber(ABC):
    """Checks URLs; one ``LinkCheck`` per unique URL."""

    @abstractmethod
    def probe_all(self, urls: Iterable[str]) -> Mapping[str, LinkCheck]:
        """Check every URL; each URL of ``urls`` is a key of the result."""


class VenueSource(ABC):
    """Publication venues by arXiv ID (optional evidence for the venue rules)."""

    @abstractmethod
    def venues(self, papers: Mapping[str, str]) -> Mapping[str, VenueEvidence]:
        """Evidence by arXiv ID for ``papers`` (arXiv ID -> title); unknown ones are left out."""


class CodeSource(ABC):
    """Official code repositories by arXiv ID (evidence for ``code-available``)."""

    @abstractmethod
    def official_code(self, ids: Iterable[str]) -> Mapping[str, OfficialCode]:
        """Definite answers by arXiv ID; an ID that could not be asked is left out."""
