"""Several venue sources asked in turn, each only for what the earlier ones left open.

Semantic Scholar's batch endpoint is cheap (one request for 500 papers) but its year is
the arXiv year, so its evidence carries no year. DBLP costs one request per title but
gives the venue's own year. The chain asks the first source for every paper, and the
next ones only for the papers with no evidence yet or evidence without a year. A later
answer fills the year in when it names the same venue (aliases folded: PAMI = TPAMI);
when it names another venue, the earlier evidence stays. A source that fails in any
way gives no evidence; it never ends the run.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping
from dataclasses import dataclass

from pipeline.model import VenueEvidence
from pipeline.sources.interface import VenueSource
from pipeline.venuenames import canonical

log = logging.getLogger(__name__)


def asked_safely(source: VenueSource, papers: Mapping[str, str]) -> dict[str, VenueEvidence]:
    """``source.venues(papers)``, or no evidence when it fails in any way."""
    if not papers:
        return {}
    try:
        return dict(source.venues(papers))
    except Exception as exc:  # NOTE: an optional source's surprise is no evidence
        log.debug("venue source %s failed: %r", type(source).__name__, exc)
        return {}


def merged(first: VenueEvidence | None, later: VenueEvidence | None) -> VenueEvidence | None:
    """``first``, with ``later``'s year when ``first`` has none and both name one venue."""
    if first is None:
        return later
    if later is None or first.year is not None or later.year is None:
        return first
    return later if canonical(first.venue) == canonical(later.venue) else first


@dataclass(frozen=True)
class VenueChain(VenueSource):
    """The sources in order; see the module docstring."""

    sources: tuple[VenueSource, ...]

    def venues(self, papers: Mapping[str, str]) -> Mapping[str, VenueEvidence]:
        """The best evidence per paper (a venue with its year where any source knows it)."""
        out: dict[str, VenueEvidence] = {}
        for source in self.sources:
            open_ = {i: t for i, t in papers.items() if i not in out or out[i].year is None}
            for ident, ev in asked_safely(source, open_).items():
                if ident in open_:
                    best = merged(out.get(ident), ev)
                    if best is not None:
                        out[ident] = best
        return out
