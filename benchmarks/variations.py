"""Robustness probe for pipeline.parse.parse_text.

For every tests/fixtures/real/*/list.md, apply each content-neutral, line-preserving
variation, read the varied text, and compare the reading with the reading of the
UNVARIED text, matched by line. An entry "reads worse" when the varied reading lost it,
or its title, year, paper URL or code URL differs. For the URL-rewriting variations (7, 8)
a URL equal to the same rewrite applied to the unvaried URL is accepted as well.

    python benchmarks/variations.py [--every N]

Writes benchmarks/out/variations/report.md and results.json (about 1.6 minutes for the
826 lists on 2 cores). Nothing is asserted: a measurement to rerun, quoted in the README.
"""

from __future__ import annotations

import glob
import json
import os
import re
import sys
import time
from collections import Counter, defaultdict
from multiprocessing import Pool

ROOT = os.path.join(
    os.path.dirname(os.path.dirname(os.path.abspath(__file__))), "tests", "fixtures", "real"
)
OUT = os.path.join(os.path.dirname(os.path.abspath(__file__)), "out", "variations")

# ---------------------------------------------------------------- line helpers

FENCE = re.compile(r"^ {0,3}(`{3,}|~{3,})")
UL_ITEM = re.compile(r"^([ \t]*)([-*+])([ \t]+)(?=\S)")
OL_ITEM = re.compile(r"^([ \t]*)(\d{1,9}[.)])([ \t]+)(?=\S)")
HRULE = re.compile(r"^ {0,3}([-*_])([ \t]*\1){2,}[ \t]*$")
TABLE_DELIM = re.compile(r"^\s*\|?\s*:?-+:?\s*(\|\s*:?-+:?\s*)+\|?\s*$")


def map_lines(text: str, fn) -> str:
    """Apply fn(line, info) to every line (without its EOL); keeps EOLs and line count.

    info: dict with 'fence' (line is a fence line), 'in_code' (inside a fenced block),
    'table' (line belongs to a pipe table block).
    Lines inside fenced code and fence lines are passed with the flags set; fn decides.
    """
    parts = text.split("\n")
    out = []
    fence = None  # (char, len) when inside a fence
    # table detection: a delimiter row marks the previous line + following non-blank lines
    table_lines = set()
    stripped = [p[:-1] if p.endswith("\r") else p for p in parts]
    for i, s in enumerate(stripped):
        if TABLE_DELIM.match(s) and "|" in s and i > 0 and "|" in stripped[i - 1]:
            table_lines.add(i - 1)
            j = i
            while j < len(stripped) and stripped[j].strip():
                table_lines.add(j)
                j += 1
    for i, p in enumerate(parts):
        cr = p.endswith("\r")
        s = p[:-1] if cr else p
        m = FENCE.match(s)
        info = {"fence": False, "in_code": fence is not None, "table": i in table_lines}
        if fence is None and m:
            fence = (m.group(1)[0], len(m.group(1)))
            info["fence"] = True
        elif (
            fence is not None
            and m
            and m.group(1)[0] == fence[0]
            and len(m.group(1)) >= fence[1]
            and not s[m.end() :].strip()
        ):
            fence = None
            info["fence"] = True
        new = fn(s, info)
        assert "\n" not in new
        out.append(new + ("\r" if cr else ""))
    return "\n".join(out)


def code_free(line: str, fn) -> str:
    """Apply fn to the parts of line outside inline code spans."""
    pieces = re.split(r"(`+[^`]*?`+)", line)
    return "".join(p if i % 2 else fn(p) for i, p in enumerate(pieces))


def skip(info) -> bool:
    return info["fence"] or info["in_code"]


def is_item(s: str):
    if HRULE.match(s):
        return None
    return UL_ITEM.match(s) or OL_ITEM.match(s)


# ---------------------------------------------------------------- variations


def v_dash_to_star(text):
    def f(s, info):
        if skip(info) or HRULE.match(s):
            return s
        m = UL_ITEM.match(s)
        if m and m.group(2) == "-":
            return m.group(1) + "*" + s[m.end(2) :]
        return s

    return map_lines(text, f)


def v_star_to_dash(text):
    def f(s, info):
        if skip(info) or HRULE.match(s):
            return s
        m = UL_ITEM.match(s)
        if m and m.group(2) == "*":
            return m.group(1) + "-" + s[m.end(2) :]
        return s

    return map_lines(text, f)


def v_trailing_spaces(text):
    def f(s, info):
        if skip(info) or info["table"] or not s.strip():
            return s
        st = s.strip()
        if st.startswith("|") or st.endswith("|"):
            return s
        return s + "  "

    return map_lines(text, f)


def v_tab_end_bullets(text):
    def f(s, info):
        if skip(info):
            return s
        return s + "\t" if is_item(s) else s

    return map_lines(text, f)


def v_crlf(text):
    return text.replace("\r\n", "\n").replace("\n", "\r\n")


BOLD = re.compile(r"(?<![\w*_])\*\*(?![\s*])([^*_\n]+?)(?<![\s*])\*\*(?![\w*_])")


def v_bold_underscore(text):
    def f(s, info):
        if skip(info):
            return s
        return code_free(s, lambda p: BOLD.sub(r"__\1__", p))

    return map_lines(text, f)


ABS = re.compile(r"(https?://(?:www\.)?arxiv\.org/)abs/")


def url_abs_to_pdf(u: str) -> str:
    return ABS.sub(r"\1pdf/", u)


def v_abs_to_pdf(text):
    def f(s, info):
        return s if skip(info) else url_abs_to_pdf(s)

    return map_lines(text, f)


HTTPS_ARXIV = re.compile(r"https://((?:www\.)?arxiv\.org/)")


def url_https_to_http(u: str) -> str:
    return HTTPS_ARXIV.sub(r"http://\1", u)


def v_https_to_http(text):
    def f(s, info):
        return s if skip(info) else url_https_to_http(s)

    return map_lines(text, f)


ATX = re.compile(r"^( {0,3})(#{2,5})(?=[ \t]|$)")


def v_heading_deeper(text):
    def f(s, info):
        if skip(info):
            return s
        return ATX.sub(lambda m: m.group(1) + m.group(2) + "#", s, count=1)

    return map_lines(text, f)


def v_emoji(text):
    def f(s, info):
        if skip(info):
            return s
        m = is_item(s)
        return s[: m.end()] + "🔥 " + s[m.end() :] if m else s

    return map_lines(text, f)


VENUE_YEAR = re.compile(
    r"\b(CVPR|ICCV|ECCV|NeurIPS|ICML|ICLR|AAAI|ACL|EMNLP|NAACL|KDD|WWW|SIGIR) 20(\d\d)\b"
)


def v_venue_short_year(text):
    # applied inside inline code too: `CVPR 2023` venue tags are the natural target
    def f(s, info):
        return s if skip(info) else VENUE_YEAR.sub(r"\1'\2", s)

    return map_lines(text, f)


PAPER_LABEL = re.compile(r"\[(?:Paper|paper|PDF|pdf)\](?=[(\[])")


def v_paper_label(text):
    def f(s, info):
        return s if skip(info) else PAPER_LABEL.sub("[📄 Paper]", s)

    return map_lines(text, f)


CODE_LABEL = re.compile(r"\[(?:Code|code)\](?=[(\[])")


def v_code_label(text):
    def f(s, info):
        return s if skip(info) else CODE_LABEL.sub("[GitHub]", s)

    return map_lines(text, f)


def v_indent_tabs(text):
    def f(s, info):
        if skip(info) or not is_item(s):
            return s
        m = re.match(r"^((?:    )+)", s)
        if not m:
            return s
        return "\t" * (len(m.group(1)) // 4) + s[m.end() :]

    return map_lines(text, f)


VARIATIONS = [
    ("1", "bullet `-` -> `*`", v_dash_to_star, None),
    ("2", "bullet `*` -> `-`", v_star_to_dash, None),
    ("3", "two trailing spaces on non-empty non-table/non-fence lines", v_trailing_spaces, None),
    ("4", "tab at end of every list-item line", v_tab_end_bullets, None),
    ("5", "CRLF line endings", v_crlf, None),
    ("6", "`**bold**` -> `__bold__`", v_bold_underscore, None),
    ("7", "arXiv `abs/` -> `pdf/`", v_abs_to_pdf, url_abs_to_pdf),
    ("8", "arXiv `https://` -> `http://`", v_https_to_http, url_https_to_http),
    ("9", "headings one level deeper (H2..H5 +1)", v_heading_deeper, None),
    ("10", "`🔥 ` at start of every list item's text", v_emoji, None),
    ("11", "`VENUE 20YY` -> `VENUE'YY`", v_venue_short_year, None),
    ("12", "`[Paper]/[paper]/[PDF]/[pdf]` -> `[📄 Paper]`", v_paper_label, None),
    ("13", "`[Code]/[code]` -> `[GitHub]`", v_code_label, None),
    ("14", "leading 4-space groups on list-item lines -> tabs", v_indent_tabs, None),
]

# ---------------------------------------------------------------- reading / comparing


def reading(text):
    from pipeline.errors import NoEntriesError
    from pipeline.parse import parse_text

    try:
        parsed = parse_text(text, "l.md")
    except NoEntriesError:
        return [], "NoEntriesError"
    except Exception as exc:  # a crash is also "lost everything"
        return [], f"{type(exc).__name__}: {exc}"[:200]
    out = []
    for e in parsed.entries:
        out.append(
            {
                "line": e.line,
                "title": e.title,
                "short_name": e.short_name,
                "year": e.year,
                "paper": e.paper.url if e.paper else None,
                "code": e.code.url if e.code else None,
            }
        )
    return out, None


def by_line(entries):
    d = defaultdict(list)
    for e in entries:
        d[e["line"]].append(e)
    return d


def compare(base, varied, url_map):
    """Return (worse records, gained count)."""
    bl, vl = by_line(base), by_line(varied)
    worse = []
    stats = Counter()  # for url_map variations: paper URL kept as before / rewritten
    for line, bes in bl.items():
        ves = vl.get(line, [])
        for i, b in enumerate(bes):
            if i >= len(ves):
                worse.append({"line": line, "kinds": ["lost"], "base": b, "varied": None})
                continue
            v = ves[i]
            kinds = []
            if v["title"] != b["title"]:
                kinds.append("title")
            if v["year"] != b["year"]:
                kinds.append("year")
            if url_map and b["paper"] and url_map(b["paper"]) != b["paper"]:
                stats[
                    "paper_same"
                    if v["paper"] == b["paper"]
                    else "paper_rewritten"
                    if v["paper"] == url_map(b["paper"])
                    else "paper_other"
                ] += 1
            for k in ("paper", "code"):
                ok = v[k] == b[k] or (url_map and b[k] is not None and v[k] == url_map(b[k]))
                if not ok:
                    kinds.append(k)
            if kinds:
                worse.append({"line": line, "kinds": kinds, "base": b, "varied": v})
    gained = [e for ln in vl for e in vl[ln][len(bl.get(ln, [])) :]]
    return worse, gained, dict(stats)


def work(path):
    name = os.path.basename(os.path.dirname(path))
    with open(path, "rb") as fh:
        raw = fh.read()
    text = raw.decode("utf-8-sig")  # as pipeline.run reads a list
    lines = text.split("\n")
    base, berr = reading(text)
    res = {"list": name, "base_entries": len(base), "base_error": berr, "vars": {}}
    for vid, _desc, fn, url_map in VARIATIONS:
        varied = fn(text)
        vlines = varied.split("\n")
        assert len(vlines) == len(lines), (name, vid)
        changed = varied != text
        if not changed:
            res["vars"][vid] = {"changed": False, "worse": [], "gained": [], "error": None}
            continue
        vent, verr = reading(varied)
        worse, gained, stats = compare(base, vent, url_map)
        for w in worse:
            w["src_base"] = lines[w["line"] - 1].rstrip("\r")[:300]
            w["src_varied"] = vlines[w["line"] - 1].rstrip("\r")[:300]
        for g in gained:
            g["src_varied"] = vlines[g["line"] - 1].rstrip("\r")[:300]
        res["vars"][vid] = {
            "changed": True,
            "worse": worse,
            "gained": gained,
            "error": verr,
            "url_stats": stats,
        }
    return res


# ---------------------------------------------------------------- report


def fmt_entry(e):
    if e is None:
        return "LOST"
    return f"title={e['title']!r}, year={e['year']}, paper={e['paper']}, code={e['code']}"


def md_cell(s):
    return s.replace("|", "\\|").replace("\n", " ")


def write_report(results, every, elapsed):
    total_lists = len(results)
    total_entries = sum(r["base_entries"] for r in results)
    L = ["# Markdown reader robustness: content-neutral variations", ""]
    L.append(
        f"Corpus: {total_lists} lists from tests/fixtures/real/*/list.md"
        + (f" (sample: every {every}th list)" if every > 1 else " (all lists)")
        + f", {total_entries} entries in the unvaried readings. Run time {elapsed / 60:.1f} min."
    )
    L.append("")
    L.append(
        "Comparison is against the reading of the UNVARIED text, matched by line "
        "(several entries on one line are matched in order). An entry reads worse when it "
        "is lost, or its title, year, paper URL or code URL differs. For variations 7 and 8 "
        "a URL equal to the same rewrite of the unvaried URL also counts as equal. "
        "'Gained' = entries in the varied reading at lines with no (or fewer) unvaried entries "
        "(not counted as worse). Fenced code blocks are never touched. 'List item' means "
        "`-`/`*`/`+` and `1.`/`1)` items (variations 4, 10, 14)."
    )
    L.append("")
    L.append(
        "| # | variation | lists changed | lists with worse entries | entries read worse | lost | title | year | paper | code | gained | parse errors |"
    )
    L.append("|---|---|---|---|---|---|---|---|---|---|---|---|")
    summary = {}
    for vid, desc, _fn, _m in VARIATIONS:
        changed = sum(1 for r in results if r["vars"][vid]["changed"])
        worse_lists = sum(1 for r in results if r["vars"][vid]["worse"])
        kinds = Counter()
        n = 0
        gained = 0
        errs = sum(1 for r in results if r["vars"][vid]["error"] and not r["base_error"])
        for r in results:
            gained += len(r["vars"][vid]["gained"])
            for w in r["vars"][vid]["worse"]:
                n += 1
                for k in w["kinds"]:
                    kinds[k] += 1
        summary[vid] = dict(
            changed=changed,
            worse_lists=worse_lists,
            worse=n,
            kinds=dict(kinds),
            gained=gained,
            errors=errs,
        )
        L.append(
            f"| {vid} | {md_cell(desc)} | {changed} | {worse_lists} | {n} | {kinds['lost']} | "
            f"{kinds['title']} | {kinds['year']} | {kinds['paper']} | {kinds['code']} | {gained} | {errs} |"
        )
    L.append("")
    for vid, desc, _fn, _m in VARIATIONS:
        s = summary[vid]
        L.append(f"## {vid}. {desc}")
        L.append("")
        L.append(
            f"Lists changed: {s['changed']}; lists with entries read worse: {s['worse_lists']}; "
            f"entries read worse: {s['worse']} (by kind: {s['kinds'] or 'none'}); gained: {s['gained']}."
        )
        us = Counter()
        for r in results:
            us.update(r["vars"][vid].get("url_stats", {}))
        if us:
            L.append("")
            L.append(
                f"Paper URLs touched by the rewrite: {us.get('paper_same', 0)} read back unchanged "
                f"(reader canonicalises), {us.get('paper_rewritten', 0)} read as the rewritten URL, "
                f"{us.get('paper_other', 0)} other."
            )
        per_list = Counter()
        for r in results:
            if r["vars"][vid]["worse"]:
                per_list[r["list"]] = len(r["vars"][vid]["worse"])
        if per_list:
            L.append("")
            L.append(
                "Most affected lists: "
                + ", ".join(f"{k} ({v})" for k, v in per_list.most_common(8))
            )
        errs = [
            (r["list"], r["vars"][vid]["error"])
            for r in results
            if r["vars"][vid]["error"] and not r["base_error"]
        ]
        if errs:
            L.append("")
            L.append("Varied text not read at all: " + "; ".join(f"{a}: {b}" for a, b in errs[:10]))
        # examples: one per list, most-affected lists first, then different kinds
        ex = []
        seen_kinds = set()
        for lst, _c in per_list.most_common():
            r = next(x for x in results if x["list"] == lst)
            ws = r["vars"][vid]["worse"]
            pick = next((w for w in ws if tuple(w["kinds"]) not in seen_kinds), ws[0])
            seen_kinds.add(tuple(pick["kinds"]))
            ex.append((lst, pick))
            if len(ex) == 5:
                break
        if ex:
            L.append("")
            for lst, w in ex:
                L.append(f"- **{lst}** line {w['line']} ({', '.join(w['kinds'])})")
                L.append(f"  - source (unvaried): `{w['src_base'][:200]}`")
                L.append(f"  - source (varied):   `{w['src_varied'][:200]}`")
                L.append(f"  - unvaried reading: {fmt_entry(w['base'])}")
                L.append(f"  - varied reading:   {fmt_entry(w['varied'])}")
        gl = [(r["list"], g) for r in results for g in r["vars"][vid]["gained"]]
        if gl:
            L.append("")
            L.append("Gained entries (not counted as worse):")
            for lst, g in gl[:5]:
                L.append(
                    f"- {lst} line {g['line']}: {fmt_entry(g)}; source (varied): `{g['src_varied'][:200]}`"
                )
        L.append("")
    with open(os.path.join(OUT, "report.md"), "w", encoding="utf-8") as fh:
        fh.write("\n".join(L) + "\n")
    return summary


def main() -> None:
    """Run every variation on every list (or every Nth with ``--every N``) and report."""
    os.makedirs(OUT, exist_ok=True)
    every = 1
    if "--every" in sys.argv:
        every = int(sys.argv[sys.argv.index("--every") + 1])
    paths = sorted(glob.glob(os.path.join(ROOT, "*", "list.md")))[::every]
    print(f"{len(paths)} lists, {len(VARIATIONS)} variations, 2 processes", flush=True)
    t0 = time.time()
    results = []
    with Pool(2) as pool:
        for i, r in enumerate(pool.imap_unordered(work, paths, chunksize=1), 1):
            results.append(r)
            if i % 25 == 0 or i == len(paths):
                nw = sum(len(v["worse"]) for x in results for v in x["vars"].values())
                print(
                    f"[{time.time() - t0:6.0f}s] {i}/{len(paths)} lists, {nw} worse so far",
                    flush=True,
                )
    results.sort(key=lambda r: r["list"])
    elapsed = time.time() - t0
    with open(os.path.join(OUT, "results.json"), "w", encoding="utf-8") as fh:
        json.dump(results, fh, ensure_ascii=False)
    summary = write_report(results, every, elapsed)
    for vid, desc, _f, _m in VARIATIONS:
        s = summary[vid]
        print(
            f"{vid:>2} {desc[:50]:50} changed={s['changed']:4} worse_lists={s['worse_lists']:4} "
            f"worse={s['worse']:6} {s['kinds']} gained={s['gained']} errors={s['errors']}"
        )


if __name__ == "__main__":
    main()
