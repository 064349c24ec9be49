"""What the ``paperlist`` command writes to a person besides its reports: the progress
line on a terminal, the package's log on stderr, and the one line an internal error gets."""

from __future__ import annotations

import gc
import logging
import time
import traceback
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from typing import TextIO

INTERNAL_ERROR = 2
"""The exit status of an internal error (a bug): never 0 or 1, which mean the list was checked."""


class Progress:
    """One self-overwriting status line on a terminal: stages, counts, time left.

    Shown only when the stream is a terminal and ``CI`` is not set; nothing of it
    reaches CI logs or piped output.
    """

    def __init__(
        self, stream: TextIO, env: Mapping[str, str], clock: Callable[[], float] = time.monotonic
    ):
        self.stream = stream
        self.enabled = bool(getattr(stream, "isatty", lambda: False)()) and not env.get("CI")
        self.clock = clock
        self.stages: dict[str, tuple[int, int, float]] = {}
        self.shown = False

    def __call__(self, stage: str, done: int, total: int) -> None:
        """Record progress of ``stage`` and redraw the line."""
        if not self.enabled:
            return
        started = self.stages.get(stage, (0, 0, self.clock()))[2]
        self.stages[stage] = (done, total, started)
        parts = []
        left = 0.0
        for name, (d, t, t0) in self.stages.items():
            parts.append(f"{name} {d}/{t}")
            if 0 < d < t:
                left = max(left, (self.clock() - t0) / d * (t - d))
        eta = f" · about {int(left) + 1}s left" if left else ""
        self.stream.write("\r[paperlist] " + " · ".join(parts) + eta + "\x1b[K")
        self.stream.flush()
        self.shown = True

    def close(self) -> None:
        """Clear the status line."""
        if self.shown:
            self.stream.write("\r\x1b[K")
            self.stream.flush()


def internal_error(exc: Exception, err: TextIO, debug: bool) -> int:
    """One line naming the unexpected exception; the traceback too with ``--debug``."""
    text = " ".join(str(exc).split())
    text = text if len(text) <= 300 else text[:297] + "..."
    line = f"paperlist: internal error: {exc.__class__.__name__}" + (f": {text}" if text else "")
    if debug:
        traceback.print_exception(exc, file=err)
        err.write(line + "\n")
    else:
        err.write(line + " (run with --debug for the traceback)\n")
    return INTERNAL_ERROR


class _OneLineFormatter(logging.Formatter):
    """``paperlist: warning: ...`` on one line (the traceback follows only in debug)."""

    def format(self, record: logging.LogRecord) -> str:
        text = " ".join(record.getMessage().split())
        line = f"paperlist: {record.levelname.lower()}: {text}"
        if record.exc_info and record.levelno <= logging.DEBUG:
            line += "\n" + self.formatException(record.exc_info)
        return line


@contextmanager
def log_to(stream: TextIO, debug: bool) -> Iterator[None]:
    """Send the package's log (cache warnings; everything with ``--debug``) to ``stream``."""
    logger = logging.getLogger("pipeline")
    handler = logging.StreamHandler(stream)
    handler.setFormatter(_OneLineFormatter())
    level = logger.level
    logger.setLevel(logging.DEBUG if debug else logging.WARNING)
    logger.addHandler(handler)
    try:
        yield
    finally:
        logger.removeHandler(handler)
        logger.setLevel(level)


YOUNG_THRESHOLD = 10_000
"""New objects between two of the cycle collector's young collections while a command
runs (Python's default: 700). A check makes findings, results and report lines by the
hundred thousand and almost no cycles: at 700 the collector took a tenth of a
20,000-entry offline run (3.0 s -> 2.8 s); young collections still bound the memory."""


@contextmanager
def fewer_young_collections() -> Iterator[None]:
    """The cycle collector's young collections batched (:data:`YOUNG_THRESHOLD`) while a
    command runs; the previous thresholds are restored after it."""
    before = gc.get_threshold()
    gc.set_threshold(max(YOUNG_THRESHOLD, before[0]), *before[1:])
    try:
        yield
    finally:
        gc.set_threshold(*before)
