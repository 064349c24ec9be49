"""``duplicate-entry``: two entries of one section share an arXiv ID or a title.

A list's conventions are respected: the same paper listed in two sections is a
cross-listing, not a duplicate, and one paper cited by two models of one family in a zoo
(``VGG16``, ``VGG19``) is no duplicate either; two entries with different arXiv IDs are never
duplicates by title alone, nor are two of one title whose years are two or more apart,
nor two papers written on one line (a table row's references under its technique's name).
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence

from pipeline import arxivid, titles
from pipeline.checks.context import CheckContext, Emitter, paper_ref, short
from pipeline.checks.spec import RuleSpec
from pipeline.model import PaperEntry, Rule, Severity


def run_list(
    entries: Sequence[PaperEntry], ctx: CheckContext, emitter_for: Callable[[int], Emitter]
) -> None:
    """Each entry that repeats an earlier entry of its section (by arXiv ID, else title)."""
    seen_id: dict[tuple[str, str | None, str], dict[str, PaperEntry]] = {}
    seen_title: dict[tuple[str, str | None, str], PaperEntry] = {}
    for i, entry in enumerate(entries):
        ref = paper_ref(entry, ctx.today)
        valid = ref is not None and ref.valid
        by_id = False
        if valid:
            named = seen_id.setdefault((entry.path, entry.section, ref.base_id), {})
            first, name = next(iter(named.values()), None), _name(entry)
            if first is not None and (name in named or not _model_family(first, entry)):
                _duplicate_id(emitter_for(i), named.get(name, first), ref.base_id)
                by_id = True
            named.setdefault(name, entry)
        title_key = titles.compact(entry.title) if entry.title else ""
        if title_key and len(_title_words(entry.title)) >= 3:
            key = (entry.path, entry.section, title_key)
            first = seen_title.get(key)
            first_ref = paper_ref(first, ctx.today) if first else None
            both_ids = valid and first_ref is not None and first_ref.valid
            apart = both_ids or by_id or (first is not None and _one_line_two_papers(first, entry))
            if first is not None and not apart and _close_years(first, entry):
                emitter_for(i).add(
                    entry.line,
                    "title",
                    f"has the same title as the entry at line {first.line}",
                    actual=entry.title,
                    suggestion="remove one of the two entries",
                )
            seen_title.setdefault(key, entry)


def _name(entry: PaperEntry) -> str:
    """The entry's own name in lower case, without punctuation (``Flow-GRPO``: ``flowgrpo``)."""
    return re.sub(r"[\W_]", "", (entry.short_name or "").lower())


def _stem(entry: PaperEntry) -> str:
    """The letters a name opens with, up to a digit or a mark (``VGG16``: ``vgg``, ``Swin-T``:
    ``swin``, ``Res2Net``: ``res``), in lower case."""
    m = re.match(r"[^\W\d_]+", entry.short_name or "")
    return m.group().lower() if m else ""


def _model_family(a: PaperEntry, b: PaperEntry) -> bool:
    """Two rows of a model zoo that cite one paper by one title under two names of one family
    (``VGG16`` and ``VGG19``, ``GLM-4.1V-Thinking`` and ``GLM-4.5V``: one stem of three letters
    or more, then their own digits or marks): two models, one paper. Two names over two
    titles linking one paper are still a duplicate (a link copied to the wrong row), and so
    are one name written two ways (``Flow-GRPO``, ``FlowGRPO``), a name and its expansion
    (``ViT``, ``Vision Transformer``) and a row copied under another model's name
    (``RoBERTa`` or ``Res2Net`` over BERT's or ResNet's)."""
    stem = _stem(a)
    family = _name(a) != _name(b) and len(stem) >= 3 and stem == _stem(b)
    same_title = bool(a.title and b.title) and titles.compact(a.title) == titles.compact(b.title)
    return family and same_title


def _one_line_two_papers(a: PaperEntry, b: PaperEntry) -> bool:
    """Two entries read from one line with two paper links, each titled by the line's label
    rather than its own link: papers the line names apart (``| Pipeline Parallelism | ... |
    [Agrawal et al. (2023)](a), [Yu et al. (2024)](b) |``); one title linked twice on a line
    (``<br>``-joined items, a one-line HTML table) is still a duplicate."""
    urls = {e.paper.url if e.paper else None for e in (a, b)}
    labelled = all("link" not in dict(e.evidence).get("title", "link") for e in (a, b))
    return a.line == b.line and None not in urls and len(urls) == 2 and labelled


_ET_AL = re.compile(r"(?i)\bet\.?\s+al\b")


def _title_words(title: str) -> frozenset[str]:
    """The title's content words; a byline's ``et al`` is none (``Bain et al.`` in the title's
    place names no paper, and two of them are two papers)."""
    words = titles.content_words(title)
    return words - {"et", "al"} if _ET_AL.search(title) else words


def _close_years(first: PaperEntry, entry: PaperEntry) -> bool:
    """Two entries of one title are one paper only when their years, if both are given, are
    at most one apart (a preprint and its venue); ``Map-Based Localization for Autonomous
    Driving`` of 2020 and of 2022 are two editions of a workshop. One link is one paper
    whatever the years."""
    a, b = first.year, entry.year
    return _same_link(first, entry) or a is None or b is None or abs(a - b) <= 1


def _same_link(first: PaperEntry, entry: PaperEntry) -> bool:
    """Both entries link one paper: one address, however written (``http://`` or
    ``https://www.``, a trailing slash), one arXiv ID or one OpenReview forum (its page or its
    PDF)."""
    if first.paper is None or entry.paper is None:
        return False
    a, b = (arxivid.paper_key(e.paper.url) for e in (first, entry))
    return a is not None and a == b


def _duplicate_id(e: Emitter, first: PaperEntry, base_id: str) -> None:
    e.add(
        e.entry.line,
        "paper",
        f"links the same arXiv paper ({base_id}) as the entry at line "
        f"{first.line} ('{short(first.name, 60)}') in the same section",
        actual=base_id,
        suggestion="remove one of the two entries, or fix the link of the wrong one",
    )


RULE = RuleSpec(
    Rule.DUPLICATE_ENTRY,
    Severity.WARNING,
    help="two entries share an arXiv ID or a title",
    fires_when=(
        "two entries share an arXiv ID (not two models of one family citing one paper by one"
        " title, `VGG16`/`VGG19`), or a normalised title with years at most one apart"
    ),
    list_check=run_list,
)
