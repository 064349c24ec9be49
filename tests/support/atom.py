"""Atom feeds in the shape the arXiv API returns (user manual §5; recorded 2026 responses).

Built from the real metadata in tests/fixtures/seed-papers.json. Where a value is not
known there (null), the stand-ins documented in that file's ``stand_ins`` are used.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from xml.sax.saxutils import escape

FIXTURES = Path(__file__).resolve().parent.parent / "fixtures"


@dataclass(frozen=True)
class Paper:
    """One paper as the fake API knows it."""

    arxiv_id: str
    title: str
    authors: tuple[str, ...]
    published: str  # YYYY-MM-DD, v1
    version: int = 1
    updated: str | None = None
    categories: tuple[str, ...] = ("cs.CV",)
    comment: str | None = None
    journal_ref: str | None = None
    summary: str = ""
    versions: dict[int, str] = field(default_factory=dict)
    """Titles of older versions, when they differ from ``title``."""


def seed_papers() -> dict[str, Paper]:
    """The real papers the catalog links to."""
    data = json.loads((FIXTURES / "seed-papers.json").read_text("utf-8"))
    out = {}
    for ident, p in data["papers"].items():
        published = p["published"] or "2023-07-13"  # stand-in, see stand_ins
        version = int((p["latest_version"] or "v1")[1:])
        out[ident] = Paper(
            arxiv_id=ident,
            title=p["title"],
            authors=tuple(p["authors"]),
            published=published,
            version=version,
            updated=p.get("latest_version_date") or published,
            categories=tuple(p["categories"]) or (p["primary_category"] or "cs.CV",),
            comment=p["comment"],
            journal_ref=p["journal_ref"],
            summary=p["summary"],
        )
    return out


_NEW_ID = re.compile(r"^\d{4}\.\d{4,5}(v\d+)?$")
_OLD_ID = re.compile(r"^[a-z\-]+(\.[A-Z]{2})?/\d{7}(v\d+)?$")


def is_malformed(ident: str) -> bool:
    """What the real API answers 400 for (its own format check)."""
    if _NEW_ID.match(ident):
        return not 1 <= int(ident[2:4]) <= 12
    return not _OLD_ID.match(ident)


def _entry(p: Paper, version: int) -> str:
    vid = f"{p.arxiv_id}v{version}"
    title = p.versions.get(version, p.title)
    cats = "".join(
        f'\n    <category term="{escape(c)}" scheme="http://arxiv.org/schemas/atom"/>'
        for c in p.categories
    )
    authors = "".join(
        f"\n    <author>\n      <name>{escape(a)}</name>\n    </author>" for a in p.authors
    )
    extra = ""
    if p.comment:
        extra += f"\n    <arxiv:comment>{escape(p.comment)}</arxiv:comment>"
    if p.journal_ref:
        extra += f"\n    <arxiv:journal_ref>{escape(p.journal_ref)}</arxiv:journal_ref>"
    updated = (p.updated or p.published) if version == p.version else p.published
    return f"""
  <entry>
    <id>http://arxiv.org/abs/{vid}</id>
    <title>{escape(title)}</title>
    <updated>{updated}T12:00:00Z</updated>
    <link href="https://arxiv.org/abs/{vid}" rel="alternate" type="text/html"/>
    <link href="https://arxiv.org/pdf/{vid}" rel="related" type="application/pdf" title="pdf"/>
    <summary>{escape(p.summary)}</summary>{cats}
    <published>{p.published}T12:00:00Z</published>{extra}
    <arxiv:primary_category term="{escape(p.categories[0])}"/>{authors}
  </entry>"""


def feed(
    papers: list[tuple[Paper, int]], query: str, total: int | None = None, start: int = 0
) -> bytes:
    """A 200 answer holding ``papers`` (each with the version to show)."""
    total = len(papers) if total is None else total
    entries = "".join(_entry(p, v) for p, v in papers)
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <id>https://arxiv.org/api/fake</id>
  <title>arXiv Query: {escape(query)}</title>
  <updated>2026-11-28T00:00:00Z</updated>
  <link href="https://arxiv.org/api/query?{escape(query)}" type="application/atom+xml"/>
  <opensearch:itemsPerPage>{len(papers)}</opensearch:itemsPerPage>
  <opensearch:totalResults>{total}</opensearch:totalResults>
  <opensearch:startIndex>{start}</opensearch:startIndex>{entries}
</feed>
""".encode()


def error_feed(bad_id: str) -> bytes:
    """The 400 answer for a malformed ID (recorded shape: one Error entry, no published)."""
    return f"""<?xml version="1.0" encoding="UTF-8"?>
<feed xmlns="http://www.w3.org/2005/Atom" xmlns:opensearch="http://a9.com/-/spec/opensearch/1.1/" xmlns:arxiv="http://arxiv.org/schemas/atom">
  <id>https://arxiv.org/api/fake-error</id>
  <title>arXiv Query: id_list={escape(bad_id)}</title>
  <updated>2026-11-28T00:00:00Z</updated>
  <opensearch:itemsPerPage>1</opensearch:itemsPerPage>
  <opensearch:totalResults>1</opensearch:totalResults>
  <opensearch:startIndex>0</opensearch:startIndex>
  <entry>
    <id>https://arxiv.org/api/errors#incorrect_id_format_for_{escape(bad_id)}</id>
    <title>Error</title>
    <summary>incorrect id format for {escape(bad_id)}</summary>
    <updated>2026-11-28T00:00:00Z</updated>
    <link href="https://arxiv.org/api/errors#incorrect_id_format_for_{escape(bad_id)}" rel="alternate" type="text/html"/>
    <author>
      <name>arXiv api core</name>
    </author>
  </entry>
</feed>
""".encode()
