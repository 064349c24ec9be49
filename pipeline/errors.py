"""Errors that stop a run (exit status 2). Each says what is wrong and what to do.

Network trouble is never one of these: it becomes an ``unverified`` finding. A broken
cache is never one either: a warning, and the run goes on without it. Any exception
that is not a ``PipelineError`` is a bug: ``paperlist`` names it in one line as an
internal error and exits 2 as well (never 0 or 1, which mean "the list was checked").
"""

from __future__ import annotations


class PipelineError(Exception):
    """Root of every error that means "the run could not be done"."""


class ListFileError(PipelineError):
    """A list file is missing, a directory, binary or not UTF-8."""


class NoEntriesError(PipelineError):
    """A list file has no recognisable paper entries."""


class ConfigError(PipelineError):
    """``config.yaml`` is unreadable or invalid."""


class GitRefError(PipelineError):
    """``--changed-since`` names a ref that does not exist, or there is no git checkout."""


class UsageError(PipelineError):
    """Command-line arguments that do not fit together."""


class CacheError(PipelineError):
    """The cache cannot be used. Kept for callers; the cache itself only warns (README, Exit codes)."""


class FixError(PipelineError):
    """``paperlist fix`` could not apply its fixes safely."""
