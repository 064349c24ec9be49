"""Writing a fixed list back to disk without ever leaving it damaged or changed in kind.

The list is read as bytes and decoded without newline translation, so line ends (LF,
CRLF, a lone CR) and a UTF-8 byte order mark survive. The new text goes to a temporary
file next to the real file (through symlinks), gets the original's owner and mode, is
flushed to disk and renamed over the original: a reader sees the old file or the new
one, never half of one. Whatever stops the write (an error, Ctrl-C, SIGTERM) removes
the temporary file and leaves the original as it was.
"""

from __future__ import annotations

import contextlib
import os
import signal
import stat
import tempfile
import threading
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from pipeline.errors import FixError

_SIGNALS = tuple(getattr(signal, name) for name in ("SIGTERM", "SIGHUP") if hasattr(signal, name))
_BY_HAND = "apply the diff above by hand"


@dataclass(frozen=True)
class ListFile:
    """A list file's bytes as read before the check, and its text with nothing changed."""

    path: Path
    raw: bytes

    @property
    def text(self) -> str:
        """The text as on disk: a BOM is ``\\ufeff`` at the start, line ends untouched."""
        return self.raw.decode("utf-8")

    def encode(self, text: str) -> bytes:
        """``text`` (from :attr:`text`, edited) as the bytes to write."""
        return text.encode("utf-8")


def read_list_file(path: Path) -> ListFile:
    """Read ``path`` for fixing (it has already been read and parsed once)."""
    try:
        raw = path.read_bytes()
        raw.decode("utf-8")
    except OSError as exc:
        raise FixError(f"{path}: cannot be read ({exc.strerror or exc})") from None
    except UnicodeDecodeError as exc:
        raise FixError(f"{path}: is not UTF-8 (bad byte at offset {exc.start})") from None
    return ListFile(path, raw)


class _Terminated(BaseException):
    """SIGTERM/SIGHUP arrived during a write (raised by the temporary handler)."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


@contextlib.contextmanager
def _signals_raise() -> Iterator[None]:
    """While writing, SIGTERM/SIGHUP raise :class:`_Terminated` so clean-up code runs.

    Afterwards the previous handlers are back and a caught signal is sent again, so the
    process ends (or carries on) exactly as it would have without this block. Signal
    handlers can only be set in the main thread; elsewhere this does nothing.
    """
    if threading.current_thread() is not threading.main_thread():
        yield
        return

    def handler(signum: int, frame: object) -> None:
        raise _Terminated(signum)

    previous = {s: signal.signal(s, handler) for s in _SIGNALS}
    try:
        yield
    finally:
        for s, h in previous.items():
            signal.signal(s, h if h is not None else signal.SIG_DFL)


def _target(path: Path) -> tuple[Path, os.stat_result]:
    """The real file behind ``path`` (symlinks followed) and its status."""
    try:
        target = path.resolve(strict=True)
        st = os.stat(target)
    except OSError as exc:
        raise FixError(f"{path}: cannot be written ({exc.strerror or exc})") from None
    if st.st_nlink > 1:
        raise FixError(
            f"{path}: has {st.st_nlink} hard links; a rewritten file would no longer be "
            f"shared by them, so nothing changed ({_BY_HAND})"
        )
    if not os.access(target, os.W_OK):
        raise FixError(f"{path}: is read-only; nothing changed (make it writable, or {_BY_HAND})")
    return target, st


def _keep_owner_and_mode(path: Path, fd: int, st: os.stat_result) -> None:
    """Give the temporary file the original's owner, group and permission bits."""
    now = os.fstat(fd)
    if (now.st_uid, now.st_gid) != (st.st_uid, st.st_gid):
        try:
            os.chown(fd, st.st_uid, st.st_gid)
        except PermissionError:
            raise FixError(
                f"{path}: cannot keep its owner (uid {st.st_uid}, gid {st.st_gid}) "
                f"in a rewritten file; nothing changed (run as its owner, or {_BY_HAND})"
            ) from None
    os.chmod(fd, stat.S_IMODE(st.st_mode))  # after chown, which may clear set-id bits


def _fsync_folder(folder: Path) -> None:
    """Make the rename itself durable (best effort: not every system can)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


def write_atomically(path: Path, data: bytes, expected: bytes | None = None) -> None:
    """Replace the file behind ``path`` by ``data`` in one rename, or not at all.

    ``expected``: the bytes the fixes were planned on; if the file no longer holds
    them (someone saved it meanwhile), nothing is written. Raises :class:`FixError`
    with one line saying what to do; Ctrl-C and exits propagate after the clean-up.
    """
    target, st = _target(path)
    try:
        with _signals_raise():
            _replace(path, target, st, data, expected)
    except _Terminated as exc:
        signal.raise_signal(exc.signum)  # handled as before (by default the process ends)
        name = signal.Signals(exc.signum).name
        raise FixError(f"{path}: interrupted by {name}; {_outcome(target, data)}") from None
    _fsync_folder(target.parent)


def _outcome(target: Path, data: bytes) -> str:
    """Whether an interrupted write got as far as the rename."""
    try:
        return "the fixes were written" if target.read_bytes() == data else "nothing changed"
    except OSError:
        return "nothing changed"


def _replace(
    path: Path, target: Path, st: os.stat_result, data: bytes, expected: bytes | None
) -> None:
    """Write a temporary file beside ``target`` and rename it over; clean up on any exit."""
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent, prefix=f".{target.name}.", suffix=".tmp")
    except OSError as exc:
        raise FixError(
            f"{path}: cannot create a file in {target.parent} ({exc.strerror or exc}); "
            f"nothing changed (make the folder writable, or {_BY_HAND})"
        ) from None
    try:
        _fill(path, target, fd, st, data, expected)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise FixError(f"{path}: cannot write ({exc.strerror or exc}); nothing changed") from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _fill(
    path: Path, target: Path, fd: int, st: os.stat_result, data: bytes, expected: bytes | None
) -> None:
    """Owner, mode and content of the temporary file, on disk; then the last look."""
    with os.fdopen(fd, "wb") as fh:
        _keep_owner_and_mode(path, fh.fileno(), st)
        fh.write(data)
        fh.flush()
        os.fsync(fh.fileno())
    if expected is not None and target.read_bytes() != expected:
        raise FixError(
            f"{path}: changed on disk while paperlist was checking it; nothing written "
            "(run 'paperlist fix' again)"
        )
