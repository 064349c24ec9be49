"""Check a batch of collected real lists mechanically before it joins the corpus.

    python scripts/corpus_check.py BATCH_DIR [BATCH_DIR ...]

Each folder under BATCH_DIR holds ``list.md`` and ``expected.json`` (the shape of
``tests/fixtures/real/*/``; the helpers' brief is ``scripts/corpus_brief.md``). For each
expected entry: its line exists, its paper URL, code and project links and arXiv ID stand
on it or just below, and its title's first 40 letters are near it; every arXiv link of the
excerpt is an entry or named in the notes; the commit is 40 hex digits; at most 40
entries; its repository is not in the corpus yet and half or more of its paper links are
no corpus list's (a fork or a copy). Prints one line per folder and the problems under it;
exit 1 if any.
"""

from __future__ import annotations

import html
import json
import re
import sys
from pathlib import Path

_ARXIV = re.compile(r"arxiv\.org/(?:abs|pdf|html)/([a-z\-]+/\d{7}|\d{4}\.\d{4,5})", re.I)
KEYS = ("line", "arxiv_id", "paper_url", "title", "short_name", "year", "venue", "code", "project")


_LINK_TARGET = re.compile(r"\]\([^()\s]*\)")
"""A link's target after its text, dropped to match a title the list writes around it."""


def _norm(text: str) -> str:
    return re.sub(r"[^a-z0-9]", "", text.lower())


def entry_problems(e: dict, lines: list[str]) -> list[str]:
    """What is wrong with one expected entry against the excerpt's lines."""
    ln = e.get("line", 0)
    if not 1 <= ln <= len(lines):
        return [f"line {ln} out of range"]
    probs = [f"L{ln} missing key {k}" for k in KEYS if k not in e]
    block = "\n".join(lines[ln - 1 : ln + 6])
    for key in ("paper_url", "code", "project"):
        if e.get(key) and e[key] not in block:
            probs.append(f"L{ln} {key} not near its line")
    around = html.unescape("\n".join(lines[max(0, ln - 3) : ln + 6]))  # ``&#34;``
    near = _norm(around) + "\n" + _norm(_LINK_TARGET.sub("]", around))  # ``**[Name](u)**: Title``
    if e.get("title") and _norm(e["title"])[:40] not in near:
        probs.append(f"L{ln} title not near: {e['title'][:50]}")
    if e.get("arxiv_id"):
        m = _ARXIV.search(e.get("paper_url") or "")
        if m and m.group(1) != e["arxiv_id"]:
            probs.append(f"L{ln} arXiv ID {e['arxiv_id']} is not the URL's {m.group(1)}")
        if e["arxiv_id"] not in block:
            probs.append(f"L{ln} arXiv ID not near its line")
    return probs


def folder_problems(folder: Path) -> list[str]:
    """What is wrong with one collected excerpt."""
    try:
        exp = json.loads((folder / "expected.json").read_text("utf-8"))
        text = (folder / "list.md").read_text("utf-8")
    except (OSError, ValueError) as exc:
        return [f"unreadable: {exc}"]
    lines = text.splitlines()
    probs = [] if re.fullmatch(r"[0-9a-f]{40}", exp["source"].get("commit") or "") else ["commit"]
    if not text.endswith("\n"):
        probs.append("no newline at the end")
    if len(exp["entries"]) > 40:
        probs.append(f"{len(exp['entries'])} entries, more than 40")
    for e in exp["entries"]:
        probs += entry_problems(e, lines)
    ids = {e["arxiv_id"] for e in exp["entries"] if e.get("arxiv_id")}
    stray = sorted(i for i in {m.group(1) for m in _ARXIV.finditer(text)} - ids)
    unexplained = [i for i in stray if i not in exp.get("notes", "")]
    if unexplained:
        probs.append(f"arXiv IDs neither entries nor in the notes: {unexplained[:6]}")
    return probs


CORPUS = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "real"
COPY_SHARE = 0.5
"""A collected list whose paper links are half or more another corpus list's is a copy."""


def _paper_keys(exp: dict) -> set[str]:
    return {
        e.get("arxiv_id") or (e.get("paper_url") or "").lower().rstrip("/")
        for e in exp["entries"]
        if e.get("arxiv_id") or e.get("paper_url")
    }


def copy_problems(folder: Path, corpus: Path = CORPUS) -> list[str]:
    """The collected list's repository is already in the corpus, or half or more of its paper
    links are one corpus list's (a fork or a copy under another name)."""
    try:
        exp = json.loads((folder / "expected.json").read_text("utf-8"))
    except (OSError, ValueError):
        return []  # (reported by folder_problems)
    keys, repo = _paper_keys(exp), exp["source"].get("repo", "").lower()
    probs = []
    for other in sorted(corpus.glob("*/expected.json")):
        if other.parent.name == folder.name:
            continue
        theirs = json.loads(other.read_text("utf-8"))
        if theirs["source"].get("repo", "").lower() == repo:
            probs.append(f"repository already in the corpus: {other.parent.name}")
        shared = len(keys & _paper_keys(theirs))
        if len(keys) >= 5 and shared >= COPY_SHARE * len(keys):
            probs.append(f"{shared} of its {len(keys)} paper links are {other.parent.name}'s")
    return probs


def main(argv: list[str]) -> int:
    """Check every folder of the batches named on the command line."""
    bad = False
    for batch in argv:
        for folder in sorted(p for p in Path(batch).iterdir() if p.is_dir()):
            probs = folder_problems(folder) + copy_problems(folder)
            bad = bad or bool(probs)
            print(f"{folder.name}: " + ("ok" if not probs else "\n   " + "\n   ".join(probs)))
    return 1 if bad else 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
