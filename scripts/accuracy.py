"""How well paperlist reads real paper lists: `make accuracy` (or `python scripts/accuracy.py`).

For every excerpt under tests/fixtures/real/<name>/ (list.md + hand-checked expected.json)
it parses the list and compares entries with the expected ones: found, right arXiv ID,
title, year, code link, spurious entries. Then it checks the list twice:

- offline (`check --offline`): errors/warnings per 100 entries, `unverified` not counted
  (offline, every network check is `unverified` by definition);
- online against local servers on 127.0.0.1 (the fake arXiv API in Atom and the fake
  GitHub REST API from tests/support/servers.py) that hold, for every expected paper,
  the title the list gives and a v1 date from its arXiv ID: the list is right about them,
  so every error-severity finding is a false error.

Held-out lists (split "holdout") are reported apart: they were not used to tune the parser.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import sys
from collections import Counter
from concurrent.futures import ProcessPoolExecutor
from dataclasses import dataclass
from functools import partial
from pathlib import Path
from urllib.parse import unquote

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline import arxivid, titles  # noqa: E402
from pipeline.checks import paper_ref  # noqa: E402
from pipeline.config import Settings  # noqa: E402
from pipeline.errors import NoEntriesError  # noqa: E402
from pipeline.model import PaperEntry, Rule, Severity  # noqa: E402
from pipeline.parse import parse_text  # noqa: E402
from pipeline.run import Sources, run  # noqa: E402
from pipeline.urls import canon_url, scheme_fixed  # noqa: E402

SPLITS = (
    "tune",
    "holdout",
    "fresh",
    *(
        f"fresh{n}"
        for n in (
            *range(2, 140),
            142,
            143,
            *range(146, 332),
            334,
            336,
            *range(338, 350),
            351,
            353,
            354,
            *range(356, 490),
            492,
            493,
            494,
            495,
            499,
            500,
            501,
            502,
            503,
            504,
            506,
            507,
            508,
            509,
            510,
            511,
            512,
            513,
            514,
            515,
            516,
            517,
            518,
            519,
            520,
            521,
            522,
            523,
            524,
            525,
            526,
            527,
            528,
            529,
            530,
            533,
            534,
            535,
            536,
            537,
            538,
            539,
            540,
            541,
            543,
            544,
            545,
            546,
            547,
            548,
            549,
            550,
            551,
            552,
            553,
            554,
            555,
            556,
            557,
            558,
            559,
            560,
            561,
            562,
            563,
            564,
            565,
            566,
            567,
            568,
            569,
            570,
            571,
            572,
            574,
            576,
            577,
            579,
            580,
            581,
            582,
            583,
            584,
            585,
            587,
            588,
            589,
            590,
            591,
            592,
            593,
            594,
            595,
            596,
            597,
            598,
            599,
            600,
            601,
            603,
            605,
            606,
            607,
            609,
            610,
            611,
            612,
            613,
            614,
            615,
            616,
            617,
            618,
            619,
            620,
            621,
            622,
            623,
            624,
            625,
            626,
            627,
            628,
            629,
            630,
            632,
            633,
            634,
            635,
            636,
            637,
            638,
            639,
            640,
            642,
            643,
            644,
            645,
            646,
            647,
            648,
            649,
            650,
            651,
            652,
            653,
            654,
            655,
            656,
            657,
            658,
            659,
            660,
            661,
            662,
            663,
            664,
            665,
            666,
            667,
            669,
            670,
            671,
            672,
            *range(673, 700),
            701,
            702,
            704,
            705,
            *range(707, 717),
            *range(718, 729),
            *range(730, 741),
            741,
            742,
            743,
            *range(745, 752),
            *range(753, 758),
            758,
            759,
            761,
            *range(763, 766),
            767,
            768,
            *range(770, 774),
            *range(774, 789),
            *range(790, 798),
            798,
            *range(801, 822),
            823,
            *range(825, 830),
            *range(831, 841),
            *range(842, 845),
            845,
            847,
            849,
            *range(851, 858),
            *range(859, 863),
            *range(863, 875),
            876,
            877,
            *range(881, 923),
            *range(924, 936),
            937,
            938,
            939,
            940,
            941,
            *range(942, 952),
            953,
            954,
            955,
            956,
            957,
            958,
            959,
        )
    ),
)
"""The corpus batches, in the order they were collected (docs/accuracy.md tables, test floors);
fresh140, 141, 144 and 145 came back empty (the session's look-up budget ran out), as did
fresh490 and fresh491 (and fresh505, its collector's service overloaded; fresh531 and
fresh532, the look-up budget used up); fresh496-498
were lost with a session's machine before they were measured, as were the first
collection of fresh509-513 (collected again on 2026-12-04) and of fresh565 (collected again
on 2026-12-05; a near-copy of an earlier list left out of fresh566 and of fresh567 each);
fresh573, fresh575 and fresh578 came back empty (their fields' lists already in the
corpus; a collector stopped), and fresh576, 577 and 579 hold two lists each (the same);
fresh580 and fresh581 came back at the session's end (measured untuned at 226383db);
fresh582 and fresh583 hold two lists each and fresh584 one (their collectors found few
lists of twenty entries not already in the corpus); fresh585 and fresh587 two each, and
fresh586 came back empty (its fields' lists taken or too short); fresh596-598 were briefed
on 2026-12-05 when the look-up budget ran out and collected again the next session, with
fresh599 and fresh600 (two lists: its fields' other lists taken or too short); fresh601
holds one list; fresh602's one list, one of fresh603's and all three of fresh604's were
repositories already in the corpus (left out; the collectors missed them in SOURCES.md);
fresh608 came back empty and fresh609 holds one list (of 19 entries): their fields' lists
already in the corpus or too short; fresh615 holds two lists (its third was a near-copy of
fresh71's list by the same owner, left out); fresh618 and fresh619 hold two lists each
(their collectors' third candidates were too short); fresh622 holds one list (its
collector's other candidates were in the corpus, copies or too short), fresh627 two (its
third was a repository already in the corpus, left out); fresh630 holds two lists and
fresh631 came back empty (its collector found no list in Japanese, Korean or another
language it was sent for that was not in the corpus, too short or with no paper links);
fresh632's BibTeX-built list shares 25 of its 31 paper links with fresh345's list of the
same field (kept: its own repository and layout, badges and bold links from a .bib file);
fresh636 holds two lists and fresh637 one (their collectors ran out of time on long HTML
tables and results tables); fresh640 holds two lists, fresh641 came back empty (its field's
lists already in the corpus, too short or without paper links) and fresh643 holds one (most
citation-style lists found had no links or fewer than twenty references); fresh644 and
fresh646 hold two lists each (fresh646's third, a chip-design list, shared 17 of its 31 paper
links with fresh494's and was left out as a near-copy); fresh648 and fresh651 hold one list
each (the session's look-up budget ran out while they were collected; fresh651's licence
could not be looked up and is written 'not checked'); fresh652 holds one list (its
collector's other two were repositories already in the corpus, left out), fresh654 and
fresh655 two each (their fields' other lists taken or too short); fresh656 and fresh658
hold one list each (their fields' other lists taken, copies or too short); fresh660-662
were hand-checked from READMEs a helper had saved before the session's look-up budget ran
out (licences not checked; one list of placeholder links and one with a guessed character
left out); fresh663 holds two lists, fresh664 one, fresh666 four and fresh667 three (their
fields' other lists already in the corpus, too short or without paper links); fresh668 came
back empty and fresh669 holds one list, fresh670 and fresh672 two, fresh671 three (the
session's look-up budget ran out while they were collected; fresh670's licences could not be
looked up and are written 'not checked'); fresh673 holds three lists, fresh674 one, fresh675-677
two each and fresh680 four (their fields' lists mostly already in the corpus, too short or
without paper links), fresh678 and fresh679 five each (collected by repository names rather
than fields: reading lists, one venue's papers); fresh681-685 (collected by repository names:
paper notes, one venue's papers, classic papers, benchmarks, Chinese lists) hold four, three,
five, four and three lists; fresh686-689 (by repository names again: groups' and courses'
reading lists, theses' bibliographies, sciences away from ML, timelines and survey
companions) five, five, two and four (one list left out as a copy already in the corpus);
fresh690-693 (collected in 25 minutes each: lists named as paper lists, workshops' accepted
papers, daily arXiv trackers, new topics) two each (one more left out: most of its links
were a corpus list's); fresh694-701 (by repository names: model zoos, result trackers, labs'
publication pages, less covered topics, guides, new LLM topics, medicine, robotics) one, two,
two, one, three, three, none and two; fresh702-706 (systems, NLP subfields, classical ML,
vision subfields, graphics and audio: their fields' lists mostly in the corpus already) one,
none, one, two and none; fresh707-710 (found by their content, not their names: table
headers, bullets of labelled links, HTML, CJK lists) one, one, three and two (one more left
out: 24 of its 36 paper links a corpus list's); fresh711-715 (by content again: numbered
tables, emoji labels, labelled fields, references, badges) two, one, one, three and three;
fresh716-720 (by content, until the session's look-up budget ran out) one, none, one, one
and one; fresh721-725 (by content: other table columns, bracketed labels, HTML, labelled
lines, CJK notes) three, two, one, two and one; fresh726-730 (by content: other table
columns, lower-case labels, reading lists and syllabi, labelled lines, reference styles)
one, two, two, none and three; fresh731-735 (by content: other table columns, year
headings, HTML tables, emoji labels, course reading lists) two, three, one, one and two;
fresh736-740 (by content: bold titles, dated tables, numbered references, Chinese notes,
theses and books mixed in) one, two, two, two and one; fresh741-745 (untouched reading-note
repositories, unopened ``*paper-list*`` repositories, tables with venues, labelled detail
lines, accepted-at notes) one, two, one, none (out: 12 of its 23 paper links a corpus
list's) and one; fresh746-749 (repository names: paper collections, reading lists, must-read
lists, paper lists) one, two, one and two; fresh750-753 (by content: labelled fields, venue
and year columns, bracketed labels, labelled lines) one, one, none and one; fresh754-757
(unopened ``*PaperList`` repositories, paper-notes repositories) two, three, three and one;
fresh758-761 (leads earlier collectors left unchecked) two, one, none and one; fresh762-765
(by content: speech and tabular fields, systems reading lists, vision subfields, labs' and
courses' pages) none, one, two and one; fresh766-769 (briefed by mistake with
fresh758-761's leads, already checked: by content again) none, two, one and none;
fresh770-773 (repository names earlier collectors found and left unchecked) two, one, one
and one; fresh774-777 (leads again, until the session's look-up budget ran out) one each;
fresh778-781 (the last leads, then repository names: reading notes, paper lists) one, one,
two and one; fresh782-785 (leads, then reading-list, paper-notes and survey-list names) two,
one, one and one; fresh786-789 (reading groups, journal clubs, course readings) two, three,
one (19 entries, one under the brief's twenty: a layout of reference links defined at the
file's end) and none; fresh790-793 (paper-reading, reading-notes, daily-paper and readings
repository names) one, one, three and one; fresh794-797 (paper_reading and reading-list
names, course and reading-group files) one, two, two and two; fresh798-801 (paper_reading
and PaperReading names, until the session's look-up budget ran out) one, none, none (its one
list, 22 of 22 paper links fresh494's, a copy) and one; fresh802-806 (the last paper_reading
leads, then content searches by field) one, one, three, one and two; fresh807-808 (recent
arXiv IDs and venue-year strings in link form) two and one; fresh809-813 (by content: biology
reading lists, recent arXiv IDs in less-covered fields, venue-year strings of systems and
robotics venues, journal citations, lists in other languages) one, one, two, two and one;
fresh814-818 (repositories holding a file named ``paper_list.md``, ``reading_list.md``,
``papers.md`` or ``paper-list.md``) two each; fresh819-823 (the same files' names, later
in their listings, and ``literature.md``, ``survey.md``, ``papers/README.md``) two, two,
three, none and one; fresh824-828 (files named ``resources.md``, ``README_en.md``,
``docs/…``, ``paper.md``, and lists' opening words) none, one, two, two and three;
fresh829-833 (files named ``PaperList.md``, ``reading-list.md``, ``paper-reading.md``,
``related_work.md``, and table headers in other languages) two, none, one, one and two;
fresh834-837 (medicine and chemistry, speech and time series, security and systems,
robotics and graphs, by file names and table headers) one, one, two and one; fresh838-840
(economics, brain research, and language models' data, interpretability and agents) one,
one and three; fresh841-844 (lists in other languages, hardware and networking, vision;
the session's look-up budget ran out) none, one, two and one; fresh845-850 (robotics,
medicine, security, recommender systems, speech, software engineering) three, one (a list
already in the corpus, left out), two, one (a copy of a corpus list's layout and papers,
left out), one and none; fresh851-856 (lists inside larger repositories, Chinese, Russian,
optimization and federated learning, generative vision, language-model reasoning) three,
two, two, two, three and three; fresh857-862 (vision tasks, Japanese and Korean lists,
European-language lists, science, language-model applications, course reading lists; the
session's look-up budget ran out early) one each, fresh858 none; fresh863-870 (robotics,
language and speech, security, recommender systems and graphs, generative video, Chinese
lists, causal inference, biology and medicine) three, one, two, three, three, two, two and
three; fresh871-874 (personal and lab paper-reading repositories, from leads a repository
search listed) two, two, one and three; fresh875-880 (paper lists named ``*paper-list*``
and ``awesome-llm-*``; the session's look-up budget ran out) none, one, two, none, none and
none; fresh881-888 (leads from repository searches: paper collections, ``awesome-papers``,
``paper-reading``, and the leads fresh875-880 left unread) three, three, three, two, two,
two, two and three; fresh889-892 (vision-language-action and world-model lists, and
paper-list names, from a second search's leads) three, three, two and two (one more left
out: 23 of its 24 paper links a corpus list's, the same list moved); fresh893-897
(``*paperlist*`` and ``awesome-agent*`` names, the session's look-up budget nearly spent)
two, three, one, two and one (one more left out: fresh896's list, forked); fresh898-902
(``awesome-llm-reasoning*``, ``awesome-multimodal*`` and ``awesome-diffusion*`` leads,
read without searching) three, three, three, two and three (one more left out: a moved copy
of fresh40's list; fresh902's smiles724 list holds 19 entries, one under the brief's
twenty, kept for its layout); fresh903-906 (``awesome-llm-agent*`` and ``awesome-3d*``
leads) two, one, two (one of 18 entries, kept for its layout) and three; fresh907-915
(``awesome-rag*``, ``awesome-efficient*``, ``awesome-video*``, ``awesome-llm-s*``,
``awesome-medical*``, then time-series, remote-sensing, point-cloud, speech, protein,
document, Gaussian, graph and math leads: most leads were stubs, small or copies) five, four,
two, two, five, one, three, three and two (two more left out: fresh915's frostland12138
list, whose papers are the same author's fresh518 list's, and a list read by its stored text
with no commit); fresh916-927 (image, continual, federated, anomaly, robot, NeRF, text-to-X,
domain, self-supervised, adversarial and knowledge leads, then segmentation, pose, SLAM,
music, legal, causal, molecule, OCR, tabular, drug, audio and weather leads, then face,
EEG, event-camera, radar, crowd and person leads: most were stubs, small or copies) three,
four, two, two, three, two, one, none, one, one, four and five; fresh928-930 (uncertainty,
interpretability, trustworthy-AI, privacy, jailbreak, humanoid, mixture-of-experts,
reward-model, GUI-agent and tokenization leads) three, two and two; fresh931-934
(``*agent-papers``, ``*rl-papers``, ``*gnn-papers`` and ``*nlp-papers`` leads) one, three,
two and one (fresh934's list holds 15 entries, kept for its layout); fresh935-938
(``*recsys-papers``, ``*security-papers``, ``*speech-papers``, ``*graph-papers``,
``*robotics-papers`` and ``*ml-papers`` leads, most of them bots, stubs or notes) one, none,
four and two; fresh939-941 (``*llm-papers``, ``*reading-list`` and diffusion leads, at the
session's end) one, two and two; fresh942-953 (``*paper-list``, ``*paperlist``,
``*paper-collection``, ``must-read*``, quantum, molecule, prompt, world-model, VLA and
reward-model leads, 136 in all, most of them stubs, apps, notes or copies) one, one, one,
three, three, one, two, one, one, one, none and one (fresh947's and fresh950's lists hold 16
and 19 entries, kept for their layouts; a copy of fresh889's awesome-vla-wam list left out); fresh954-959 (``*papers-reading``,
``*paper-reading``, ``awesome-papers*``, ``*research-papers`` and ``*reading-group`` leads,
64 in all) one, two, one, one, two and two (fresh956 and fresh958 came back after round
151 was measured: round 152, measured only; a reading group's list whose arXiv IDs are
written as text with no paper link left out)."""
CORPUS = ROOT / "tests" / "fixtures" / "real"
NOISY = (Severity.ERROR, Severity.WARNING)


@dataclass
class Score:
    """Counts for one list."""

    name: str
    split: str
    expected: int = 0
    parsed: int = 0
    found: int = 0
    ids: int = 0
    ids_right: int = 0
    title: int = 0
    year: int = 0
    code: int = 0
    spurious: int = 0
    offline_noise: int = 0
    untitled: int = 0
    """Found entries the list gives no title (link text of authors only): not scored for title."""
    online_errors: int = 0
    online_unscored: int = 0
    """Online errors on entries the hand-check left out (a datasets section's papers): the
    local arXiv holds only hand-checked papers, so "not found" there says nothing."""
    confirmed: int = 0
    online: bool = False
    """Whether the online check ran (its columns are dashes when it did not)."""
    """Findings the hand-checked entries prove right (e.g. two entries, one arXiv ID)."""
    misses: tuple = ()


INLINE_TAG = re.compile(r"</?(?:sub|sup|b|i|em|strong)>")
"""Markup inside a hand-checked title, which the reader renders (``F<sup>3</sup>`` is F3)."""


def same_title(got: PaperEntry, want: dict) -> bool:
    """The title as the list writes it, allowing the short name on either side: ``Short:
    Title`` or ``Title (Short)`` read whole or split into title and short name."""
    exp = titles.compact(INLINE_TAG.sub("", want["title"] or ""))  # ``F<sup>3</sup>``: F3
    forms = {titles.compact(got.title)}
    if got.short_name:
        forms.add(titles.compact(f"{got.short_name}: {got.title}"))
        forms.add(titles.compact(f"{got.title} ({got.short_name})"))
    short = want.get("short_name")
    alts = {exp}
    if short:
        alts.add(titles.compact(want["title"].split(":", 1)[-1]) if ":" in want["title"] else exp)
        alts.add(titles.compact(f"{short}: {want['title']}"))
        alts.add(titles.compact(f"{want['title']} ({short})"))
    return bool(forms & alts)


ROW_SPAN = 12
"""Lines an entry's block may span (an HTML row writes one cell a line: the hand-checks put
its line on the ``<tr>``, the title cell or the paper link): an expected entry matches a
read one this near with the same paper link."""


def match(entries: list[PaperEntry], expected: list[dict]) -> list[tuple[dict, PaperEntry | None]]:
    """Each expected entry with the parsed entry on its line, else the one with its paper."""
    free = list(entries)
    out: list[tuple[dict, PaperEntry | None]] = []
    for want in expected:
        hit = next((e for e in free if e.line == want["line"]), None)
        if hit is None and want.get("paper_url"):
            near = [
                e
                for e in free
                if abs(e.line - want["line"]) <= ROW_SPAN
                and e.paper
                and e.paper.url == want["paper_url"]
            ]
            hit = min(near, key=lambda e: abs(e.line - want["line"]), default=None)
        if hit is not None:
            free.remove(hit)
        out.append((want, hit))
    return out


def score_list(folder: Path, online: bool) -> Score:
    """Parse, compare and check one excerpt."""
    exp = json.loads((folder / "expected.json").read_text("utf-8"))
    text = (folder / "list.md").read_text("utf-8")
    s = Score(folder.name, exp.get("split", "tune"), expected=len(exp["entries"]))
    try:
        parsed = parse_text(text, "list.md")
    except NoEntriesError as exc:  # nothing read: every expected entry is missed
        s.misses = (f"no entries: {exc}",)
        return s
    s.parsed = len(parsed.entries)
    misses = []
    pairs = match(list(parsed.entries), exp["entries"])
    for want, got in pairs:
        if got is None:
            misses.append(f"missed line {want['line']}: {(want['title'] or '(untitled)')[:60]}")
            continue
        s.found += 1
        ref = paper_ref(got)
        if want.get("arxiv_id"):
            s.ids += 1
            if ref and ref.base_id == want["arxiv_id"]:
                s.ids_right += 1
            else:
                got_id = ref.base_id if ref else None
                misses.append(f"arXiv ID line {want['line']}: {got_id} != {want['arxiv_id']}")
        elif ref is None:
            s.ids_right += 0
        if want["title"] is None:
            s.untitled += 1
        elif same_title(got, want):
            s.title += 1
        else:
            misses.append(
                f"title line {want['line']}: {got.title[:50]!r} != {want['title'][:50]!r}"
            )
        if got.year == want.get("year"):
            s.year += 1
        else:
            misses.append(f"year line {want['line']}: {got.year} != {want.get('year')}")
        want_code = want.get("code")
        got_code = got.code.url if got.code and got.code.url else None
        if (want_code and got_code and canon_url(want_code) == canon_url(got_code)) or (
            not want_code and not got_code
        ):
            s.code += 1
        else:
            misses.append(f"code line {want['line']}: {got_code} != {want_code}")
    s.spurious = s.parsed - s.found
    matched = {id(got) for _, got in pairs if got is not None}  # on its line or its paper's
    misses += [
        f"spurious line {e.line}: {e.title[:60]}" for e in parsed.entries if id(e) not in matched
    ]
    s.misses = tuple(misses)
    noisy = noise(parsed, Settings(offline=True, use_cache=False))
    source = text.splitlines()
    right = [f for f in noisy if confirmed(f, exp["entries"], source)]
    noisy = [f for f in noisy if f not in right]
    s.offline_noise, s.confirmed = len(noisy), len(right)
    misses += [
        f"offline {f.severity.value} line {f.line} [{f.rule.value}] {f.message[:90]}" for f in noisy
    ]
    if online:
        s.online = True
        wrong = [
            f
            for f in online_errors(parsed, exp["entries"])
            if not confirmed(f, exp["entries"], source)
        ]
        left_out = set().union(*(_lines(e) for e in parsed.entries if id(e) not in matched))
        left_out -= set().union(*(_lines(got) for _, got in pairs if got is not None))
        unscored = [f for f in wrong if f.line in left_out]
        wrong = [f for f in wrong if f not in unscored]
        s.online_errors, s.online_unscored = len(wrong), len(unscored)
        misses += [f"online unscored line {f.line} [{f.rule.value}]" for f in unscored]
        misses += [f"online error line {f.line} [{f.rule.value}] {f.message[:90]}" for f in wrong]
    s.misses = tuple(misses)
    return s


_NESTED_TARGET = re.compile(r"\]\(\s*(?:\(|\[|%5B)")
"""A link written inside a link's target."""


def _lines(entry: PaperEntry) -> set[int]:
    """The lines of an entry a finding can point at: its own and its links'."""
    links = (entry.paper, entry.code, entry.project)
    return {entry.line, *(link.line for link in links if link is not None)}


def confirmed(f, expected: list[dict], source: list[str] = ()) -> bool:
    """True when the hand-checked entries show the list itself has this error.

    Two expected entries with one arXiv ID (or one title) make ``duplicate-entry`` right,
    and an ID the list gives to two different titles makes ``wrong-paper`` right for one
    of them (the local arXiv can hold only one title per ID), as does a second paper's link
    written inside a link's target; a paper link the list
    itself wrote in a form arXiv does not serve, a link written inside a link's target
    (``[pdf]((url))``, ``[pdf]([url](url))``) or a target with a mistyped scheme
    (``ttps://``, ``hhttps://``) on the finding's line makes ``malformed-link`` right; a link
    whose text names one arXiv ID and whose target (the hand-checked ID) is another makes
    ``link-text-mismatch`` right. Nothing else is counted.
    """
    if f.rule is Rule.LINK_TEXT_MISMATCH:
        named = re.findall(r"arXiv:(\S+?)[; ]", f.message + " ")
        line = source[f.line - 1] if 0 < f.line <= len(source) else ""
        here = [w.get("arxiv_id") for w in expected if w["line"] == f.line] or [
            w.get("arxiv_id") for w in expected if w["line"] <= f.line <= w["line"] + 3
        ]  # the entry on the finding's line, else one whose block it may be in
        return len(named) == 2 and named[0] in line and named[1] in here and named[0] not in here
    ids = [w.get("arxiv_id") for w in expected]
    if f.rule is Rule.DUPLICATE_ENTRY:
        m = re.search(r"arXiv paper \(([^)]+)\)", f.message)
        if m:
            return ids.count(m.group(1)) >= 2
        mine = [titles.compact(w["title"] or "") for w in expected if w["line"] == f.line]
        every = [titles.compact(w["title"] or "") for w in expected]
        return bool(mine and mine[0]) and every.count(mine[0]) >= 2  # no title: unknown
    if f.rule is Rule.MALFORMED_LINK and f.field == "paper":  # an arXiv path arXiv does not serve
        written = {unquote(w.get("paper_url") or "") for w in expected}  # ``]`` is ``%5D``
        return unquote(f.actual or "") in written and arxivid.unserved(f.actual)
    if f.rule is Rule.MALFORMED_LINK:  # a link written inside a link's target: ``[pdf]((url))``
        line = source[f.line - 1] if 0 < f.line <= len(source) else ""  # or a mistyped scheme
        typo = bool(f.actual) and scheme_fixed(f.actual) is not None and f.actual in line
        return bool(_NESTED_TARGET.search(line)) or typo
    if f.rule is Rule.MALFORMED_ARXIV_ID:  # the list's own ID cannot exist
        mine = [w.get("arxiv_id") for w in expected if w["line"] == f.line]
        return (
            bool(mine)
            and bool(mine[0])
            and arxivid.find(mine[0]) is not None
            and (arxivid.find(mine[0]).problem is not None)
        )
    if f.rule is Rule.WRONG_PAPER:  # the finding points at the link's line, maybe not the entry's
        m = re.search(r"arXiv:(\S+) is a different paper", f.message)
        line = source[f.line - 1] if 0 < f.line <= len(source) else ""
        if m and m.group(1) in line and _NESTED_TARGET.search(line):
            return True  # ``[PDF]([other paper](this paper))``: the list links the other too
        mine = [m.group(1)] if m else [w.get("arxiv_id") for w in expected if w["line"] == f.line]
        return bool(mine) and mine[0] is not None and ids.count(mine[0]) >= 2
    return False


def noise(parsed, settings: Settings, sources: Sources | None = None) -> list:
    """Error/warning findings other than ``unverified``."""
    report = run([parsed], settings, sources or Sources())
    return [f for f in report.all_findings if f.severity in NOISY and f.rule is not Rule.UNVERIFIED]


def online_errors(parsed, expected: list[dict]) -> list:
    """Error findings against local services that hold the list's own metadata."""
    from pipeline.sources.arxiv import ArxivSource
    from pipeline.sources.github import GitHubProber
    from tests.support import servers
    from tests.support.atom import Paper

    papers = {}
    untitled = {w.get("arxiv_id") for w in expected if w["title"] is None} - {None}
    # an ID the list writes only as text (``arXiv: 2308.03726`` beside a publisher's link) is
    # one the real arXiv knows too: held with the title the list gives on that entry's line
    by_line = {w["line"]: w for w in expected if w["title"] and not w.get("arxiv_id")}
    texts = [
        (e.arxiv_text, by_line[e.line])
        for e in parsed.entries
        if e.line in by_line and e.arxiv_text
    ]
    # so is the number of a paper page that names its arXiv ID (huggingface.co/papers/<id>),
    # which the hand-checked entry keeps as its paper link but not as an arXiv ID
    pages = [(paper_ref(e), by_line.get(e.line)) for e in parsed.entries]
    texts += [
        (ref.base_id, want)
        for ref, want in pages
        if ref and want and ref.base_id in (want.get("paper_url") or "")
    ]
    for ident, want in [*((w.get("arxiv_id"), w) for w in expected), *texts]:
        if ident and ident not in untitled:
            yymm = ident.split(".")[0] if "." in ident else ident.split("/")[1][:4]
            century = "19" if int(yymm[:2]) >= 91 else "20"  # old-style IDs: 1991-2007
            published = f"{century}{yymm[:2]}-{yymm[2:]}-15"
            papers.setdefault(ident, Paper(ident, want["title"], ("A. Author",), published))
    repos = {}
    for e in parsed.entries:
        from pipeline.urls import repo_of

        r = repo_of(e.code.url) if e.code and e.code.url else None
        if r:
            name = f"{r[0]}/{r[1]}"
            repos[name.lower()] = servers.Repo(name, repo_id=len(repos) + 1)
    rec = servers.Recorder()
    with (
        servers.serve(servers.arxiv_handler(papers, rec)) as arxiv_url,
        servers.serve(servers.github_handler(repos, {}, rec)) as gh_url,
    ):
        settings = Settings(use_cache=False, title_search=False, arxiv_delay=0)
        sources = Sources(
            arxiv=ArxivSource(arxiv_url + "/api/query", delay_s=0),
            github=GitHubProber(gh_url),
        )
        report = run([parsed], settings, sources)
    errors = [f for f in report.all_findings if f.severity is Severity.ERROR]
    # the list gives no title for these: the local arXiv cannot hold "the list's title"
    return [f for f in errors if not any(ident in f.message for ident in untitled)]


def pct(n: int, d: int) -> str:
    """A percentage, or a dash when there is nothing to count."""
    return f"{100 * n / d:.0f}" if d else "–"


def _online(s: Score) -> str:
    """The two online columns, dashes when the online check did not run."""
    return f"{pct(s.online_errors, s.parsed)} | {s.online_unscored}" if s.online else "– | –"


def table(scores: list[Score], *, lists: bool = True) -> str:
    """The Markdown table of the scores, with a total line (only that line without
    ``lists``)."""
    head = (
        "| list | entries | found % | right ID % | title % | year % | code % | spurious % "
        "| offline false err/warn per 100 | online false errors per 100 "
        "| online errors on left-out entries | list errors found |\n"
        "|---|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|---:|\n"
    )
    rows = []
    total = Score("**total**", "", online=all(s.online for s in scores))
    for s in [*scores, total]:
        if s is not total:
            for f in ("expected", "parsed", "found", "ids", "ids_right", "title", "year", "code",
                      "spurious", "offline_noise", "untitled", "online_errors", "online_unscored", "confirmed"):  # fmt: skip
                setattr(total, f, getattr(total, f) + getattr(s, f))
        if not lists and s is not total:
            continue
        rows.append(
            f"| {s.name} | {s.expected} | {pct(s.found, s.expected)} | {pct(s.ids_right, s.ids)} "
            f"| {pct(s.title, s.found - s.untitled)} | {pct(s.year, s.found)} | {pct(s.code, s.found)} "
            f"| {pct(s.spurious, s.parsed)} | {pct(s.offline_noise, s.parsed)} "
            f"| {_online(s)} | {s.confirmed} |"
        )
    return head + "\n".join(rows)


def split_of(folder: Path) -> str:
    """The split a corpus folder belongs to (its ``expected.json`` says; ``tune`` if not)."""
    return json.loads((folder / "expected.json").read_text("utf-8")).get("split", "tune")


def _order(split: str) -> int:
    return SPLITS.index(split) if split in SPLITS else len(SPLITS)


def _print_split(split: str, scores: list[Score], verbose: bool) -> None:
    """One split's table (and its misses with ``verbose``), printed as soon as it is scored,
    so a run cut short still shows every split it finished."""
    print(f"\n### {split} ({len(scores)} lists)\n")
    print(table(scores))
    if verbose:
        for s in scores:
            for m in s.misses:
                print(f"{s.name}: {m}")
    sys.stdout.flush()


def main(argv: list[str] | None = None) -> int:
    """Score every list of the corpus and print one table per split."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--offline-only", action="store_true", help="skip the local-server check")
    ap.add_argument("--verbose", "-v", action="store_true", help="print each miss")
    ap.add_argument(
        "--jobs",
        "-j",
        type=int,
        default=2 * (os.cpu_count() or 1),  # a third of the time waits on local servers
        help="lists scored at once, one process each (default: two per core)",
    )
    ap.add_argument(
        "--corpus",
        type=Path,
        default=CORPUS,
        help="folder of excerpts to score (default: tests/fixtures/real; e.g. a new batch)",
    )
    ap.add_argument("names", nargs="*", help="only these corpus folders")
    args = ap.parse_args(argv)
    folders = sorted(p for p in args.corpus.iterdir() if (p / "expected.json").exists())
    if args.names:
        folders = [f for f in folders if f.name in args.names]
    splits = {f: split_of(f) for f in folders}
    folders.sort(key=lambda f: (_order(splits[f]), f.name))  # splits in collection order
    left = Counter(splits.values())
    done: dict[str, list[Score]] = {}
    score = partial(score_list, online=not args.offline_only)
    with ProcessPoolExecutor(max(1, args.jobs)) as pool:  # the lists are independent
        for s in pool.map(score, folders, chunksize=4):  # in order: each split prints when done
            done.setdefault(s.split, []).append(s)
            left[s.split] -= 1
            if left[s.split] == 0:
                _print_split(s.split, done[s.split], args.verbose)
    if len(done) > 1:  # one line for the whole corpus (each split's total is its own)
        every = [s for scores in done.values() for s in scores]
        print(f"\n### all splits ({len(every)} lists)\n")
        print(table(every, lists=False))
    return 0


if __name__ == "__main__":
    sys.exit(main())
