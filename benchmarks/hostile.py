"""How long `paperlist parse` takes on hostile and on ordinary large inputs.

    python benchmarks/hostile.py [--mb 0.5 1] [--timeout 60] [NAME ...]

Each input is generated at each size, written to a temporary file and read by
`paperlist parse` in a fresh child process. The table gives the wall time per size and
the seconds per megabyte at the largest size; a time that grows faster than the size
(more than 2.6 times for twice the input) is marked. Nothing is asserted: this is a
measurement to rerun, quoted in the README with the machine it ran on.
"""

from __future__ import annotations

import argparse
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ENTRY = "https://arxiv.org/abs/2301.00001"
INPUTS: dict[str, Callable[[int], str]] = {
    "bullets (ordinary list)": lambda n: f"- [A Title Here]({ENTRY})\n" * (n // 51),
    "bold blocks (ordinary)": lambda n: (
        f"**Title of a paper here** [paper]({ENTRY})\n\n" * (n // 70)
    ),
    "table rows (ordinary)": lambda n: (
        "| a | b |\n|---|---|\n" + f"| [x]({ENTRY}) | y |\n" * (n // 46)
    ),
    "one paragraph of lines": lambda n: "x\n" * (n // 2),
    "headings": lambda n: "# x\n" * (n // 4),
    "ordered items": lambda n: "1. a\n" * (n // 5),
    "emphasis mix": lambda n: "*a_" * (n // 3),
    "nested bullets": lambda n: "".join("  " * min(i, 40) + "- a\n" for i in range(n // 86)),
    "quotes nested with spaces": lambda n: "> " * 50 + "x\n" * (n // 2),
    "quoted lines": lambda n: "> x\n" * (n // 4),
    "open brackets": lambda n: "[" * n,
    "close brackets": lambda n: "]" * n,
    "ampersands": lambda n: "&" * n,
    "angle brackets": lambda n: "<" * n,
    "html rows": lambda n: "<table>" + "<tr><td>x</td></tr>" * (n // 18) + "</table>",
    "one list item, many lines": lambda n: "- " + "x\n  " * (n // 4),
    "dots as a title": lambda n: f"- [{'.' * n}]({ENTRY})\n",
    "schemes that are no links": lambda n: "](https://" * (n // 10),
    "repeated link labels": lambda n: f"- A Title [paper]({ENTRY}) " + "[a]" * (n // 3) + "x\n",
    "an open bracket of digits": lambda n: (
        f"- **Name** [paper]({ENTRY})\n\n  Title here (" + "1" * n + "\n"
    ),
}


def seconds(text: str, timeout: float) -> float | None:
    """Wall time of `paperlist parse` on ``text``, or None past ``timeout``."""
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "list.md"
        path.write_text(text, "utf-8")
        start = time.monotonic()
        try:
            done = subprocess.run(
                [sys.executable, "-m", "pipeline", "parse", str(path)],
                capture_output=True,
                timeout=timeout,
                check=False,
            )
        except subprocess.TimeoutExpired:
            return None
        took = time.monotonic() - start
        if done.returncode not in (0, 2) or b"internal error" in done.stderr:
            raise SystemExit(f"paperlist parse failed: {done.stderr.decode()[-300:]}")
        return took


def main(argv: list[str] | None = None) -> int:
    ap = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    ap.add_argument("--mb", type=float, nargs="+", default=[0.5, 1.0], help="input sizes")
    ap.add_argument("--timeout", type=float, default=60.0, help="seconds per run")
    ap.add_argument("names", nargs="*", help="only these inputs")
    args = ap.parse_args(argv)
    names = args.names or list(INPUTS)
    sizes = sorted(args.mb)
    print("| input | " + " | ".join(f"{mb:g} MB" for mb in sizes) + " | s per MB |")
    print("|---|" + "---:|" * (len(sizes) + 1))
    for name in names:
        times = [seconds(INPUTS[name](int(mb * 1_000_000)), args.timeout) for mb in sizes]
        cells = [f"{t:.2f} s" if t is not None else f"> {args.timeout:g} s" for t in times]
        last = times[-1]
        per_mb = f"{last / sizes[-1]:.1f}" if last is not None else "-"
        grows = len(times) > 1 and None not in times[-2:] and times[-1] > 2.6 * times[-2]
        print(
            f"| {name} | "
            + " | ".join(cells)
            + f" | {per_mb}{' (faster than linear growth!)' if grows else ''} |"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
