"""The benchmark script runs, and its request economy holds (counts, not timings).

Integration tier: the benchmark starts paperlist twice in child processes (to measure them
as a user's run), about 2 s of CPU that the quick loop does without; the same economy is
held in process by ``tests/test_sources.py`` (batches of 100), ``tests/test_end_to_end.py``
and ``tests/test_cache.py`` (a warm re-run asks nothing).
"""

from __future__ import annotations

import importlib.util
import math
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
pytestmark = pytest.mark.integration


def load_bench():
    spec = importlib.util.spec_from_file_location("bench", ROOT / "benchmarks" / "run.py")
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def test_request_economy_cold_and_warm(tmp_path):
    r = load_bench().bench_size(150, latency=0.0, workdir=tmp_path)  # two arXiv batches
    u, q = r["unique"], r["requests"]
    assert q["arxiv"] == math.ceil(u["arxiv_ids"] / 100)  # batches of 100, each ID once
    assert q["github"] == u["repos"]  # each repository once
    assert q["links"] == u["links"]  # each URL once (HEAD answered 200)
    assert r["warm_requests"] == 0  # a warm re-run sends nothing
    assert r["exit"] in (0, 1)
