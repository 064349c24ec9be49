"""Reading the files a user names (lists, configs): regular files only, up to a size.

A FIFO would block the run for ever and ``/dev/zero`` would fill the memory, so the
file is opened without blocking, checked with ``fstat`` (on the open descriptor, so it
cannot be swapped in between) and read only up to the limit.
"""

from __future__ import annotations

import os
import stat
from pathlib import Path

from pipeline.errors import PipelineError

MAX_LIST_BYTES = 10_000_000
"""The largest list file read (10 MB; the biggest real paper lists are under 2 MB)."""

_KINDS = (
    (stat.S_ISFIFO, "a FIFO"),
    (stat.S_ISCHR, "a character device"),
    (stat.S_ISBLK, "a block device"),
    (stat.S_ISSOCK, "a socket"),
    (stat.S_ISDIR, "a directory"),
)


def _megabytes(n: int) -> str:
    return f"{n / 1_000_000:.3g} MB"


def read_bounded(path: Path, limit: int, error: type[PipelineError], what: str) -> bytes:
    """The bytes of the regular file ``path``, refused (``error``) when over ``limit``."""
    try:
        fd = os.open(path, os.O_RDONLY | getattr(os, "O_NONBLOCK", 0))
    except OSError as exc:
        raise error(f"{path}: cannot be read ({exc.strerror or exc})") from None
    with os.fdopen(fd, "rb") as fh:
        mode = os.fstat(fh.fileno())
        if not stat.S_ISREG(mode.st_mode):
            kind = next((name for test, name in _KINDS if test(mode.st_mode)), "not a file")
            raise error(f"{path}: is not a regular file ({kind}); give the path of {what}")
        too_big = f"{path}: is larger than {_megabytes(limit)}, the limit for {what}"
        if mode.st_size > limit:
            raise error(f"{too_big} ({_megabytes(mode.st_size)})")
        try:
            data = fh.read(limit + 1)
        except OSError as exc:
            raise error(f"{path}: cannot be read ({exc.strerror or exc})") from None
    if len(data) > limit:
        raise error(too_big)
    return data
