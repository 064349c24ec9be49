"""Run ``paperlist`` in a forked child: a process of its own without a new interpreter.

A test of a hang or a runaway read needs the CLI in a child process, so that a hang is
killed and a read that never ends meets a memory limit instead of taking pytest with it.
A fresh ``python -m pipeline`` child spends about half a second of CPU importing and
compiling the package again; a fork shares the parent's imported modules and runs the
very same ``main`` at once. Only this module forks; it is not the console entry point
(the integration tier installs and runs that one).
"""

from __future__ import annotations

import ctypes
import multiprocessing
import os
import resource
import sys
from collections.abc import Mapping, Sequence
from pathlib import Path

from pipeline.cli import Deps, main

_CAP_VERSION_3 = 0x20080522
_SYS_CAPSET = {"x86_64": 126, "aarch64": 91}  # the capset system call's number


def drop_capabilities() -> None:
    """Give up every capability of this process, so that permission bits apply to root."""
    libc = ctypes.CDLL(None, use_errno=True)
    number = _SYS_CAPSET[os.uname().machine]
    header = (ctypes.c_uint32 * 2)(_CAP_VERSION_3, 0)
    data = (ctypes.c_uint32 * 6)()  # effective, permitted, inheritable for two words: none
    if libc.syscall(number, header, data) != 0:
        raise OSError(ctypes.get_errno(), "capset")


_OUTPUT = (".forked.out", ".forked.err")
"""The child's stdout and stderr, as files in its folder, read back by the parent."""


def _child(
    argv: Sequence[str], cwd: Path, env: Mapping[str, str], memory: int | None, unprivileged: bool
) -> None:
    if memory:
        resource.setrlimit(resource.RLIMIT_AS, (memory, memory))
    if unprivileged and os.geteuid() == 0:
        drop_capabilities()
    os.chdir(cwd)
    with (
        open(cwd / _OUTPUT[0], "w", encoding="utf-8") as out,
        open(cwd / _OUTPUT[1], "w", encoding="utf-8") as err,
    ):
        status = main(list(argv), deps=Deps(env=dict(env), stdout=out, stderr=err))
    sys.exit(status)


def run_forked(
    argv: Sequence[str],
    *,
    cwd: Path,
    env: Mapping[str, str],
    timeout: float = 60,
    memory: int | None = 2 << 30,
    unprivileged: bool = False,
) -> tuple[int, str, str]:
    """``main(argv)`` in a forked child in ``cwd``: (exit status, stdout, stderr).

    The child is killed after ``timeout`` seconds (status -9), its address space is
    capped at ``memory`` bytes, and with ``unprivileged`` a root child drops its
    capabilities first. Its output goes through files in ``cwd``, read back here.
    """
    proc = multiprocessing.get_context("fork").Process(
        target=_child, args=(argv, cwd, env, memory, unprivileged)
    )
    proc.start()
    proc.join(timeout)
    if proc.is_alive():
        proc.kill()
        proc.join()
    paths = [cwd / name for name in _OUTPUT]
    out, err = (p.read_text("utf-8") if p.exists() else "" for p in paths)
    for p in paths:
        p.unlink(missing_ok=True)
    return proc.exitcode if proc.exitcode is not None else -9, out, err
