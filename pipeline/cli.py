"""The ``paperlist`` command: argument parsing and wiring only (what it writes to a
person besides reports is in :mod:`pipeline.console`).

Exit status: 0 no error finding, 1 at least one error finding, 2 the run could not be
done (bad arguments, unreadable list, invalid config, or an internal error: a bug),
with one line saying what to do; ``--debug`` adds the traceback.
"""

from __future__ import annotations

import argparse
import os
import shutil
import sys
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass
from enum import IntEnum
from pathlib import Path
from typing import Any, TextIO

from pipeline import __version__
from pipeline.config import Settings, load_settings
from pipeline.console import Progress, fewer_young_collections, internal_error, log_to
from pipeline.errors import FixError, PipelineError, UsageError
from pipeline.model import ParsedList, Report
from pipeline.parse import FORMATS
from pipeline.report import OutputFormat, formatter
from pipeline.report.json import dumps
from pipeline.run import Sources, build_sources, read_list, run


class ExitStatus(IntEnum):
    """Process exit statuses (the README's exit-code table)."""

    OK = 0
    FINDINGS = 1
    ERROR = 2


@dataclass(frozen=True)
class Deps:
    """What ``main`` needs from outside: tests pass fakes, the real run passes nothing."""

    sources: Callable[[Settings, Callable[[str, int, int], None]], Sources] = build_sources
    env: Mapping[str, str] | None = None
    stdout: TextIO | None = None
    stderr: TextIO | None = None


class _Parser(argparse.ArgumentParser):
    """argparse that raises instead of exiting, so errors go through one place."""

    def error(self, message: str) -> None:  # type: ignore[override]
        raise UsageError(f"{message} (see '{self.prog} --help')")


def build_parser() -> argparse.ArgumentParser:
    """The argument parser of ``paperlist`` and its subcommands."""
    parser = _Parser(
        prog="paperlist",
        description="Check Markdown paper lists against arXiv and their code links.",
    )
    parser.add_argument("--version", action="version", version=f"paperlist {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=_Parser)

    _add_check_parser(sub)
    _add_baseline_parser(sub)

    _add_fix_and_parse_parsers(sub)
    _add_add_parser(sub)
    for command in sub.choices.values():
        command.add_argument(
            "--debug", action="store_true", help="tracebacks and details on stderr"
        )
    return parser


def _add_check_parser(sub: Any) -> None:
    """``paperlist check``: check lists and write the reports."""
    check = sub.add_parser("check", help="check lists and write reports/report.md and .json")
    check.add_argument(
        "lists", nargs="*", metavar="LIST", help="list files (default: config 'lists')"
    )
    check.add_argument("--config", type=Path, help="config file (default catalog/config.yaml)")
    check.add_argument("--report-dir", type=Path, default=Path("reports"), help="where reports go")
    check.add_argument(
        "--format",
        choices=[f.value for f in OutputFormat],
        default=OutputFormat.TEXT.value,
        help="what goes to stdout (default text)",
    )
    check.add_argument(
        "--offline", action="store_true", help="no network; such checks are unverified"
    )
    check.add_argument(
        "--changed-since", metavar="REF", help="only entries added or changed since REF"
    )
    check.add_argument("--no-links", action="store_true", help="skip code-link checks")
    check.add_argument(
        "--allow-private-hosts",
        action="store_true",
        help="also check links to loopback/private/link-local addresses",
    )
    check.add_argument(
        "--no-cache",
        action="store_true",
        help="neither read nor write the cache between runs",
    )
    check.add_argument(
        "--list-format",
        choices=list(FORMATS),
        default=None,
        help="the list's layout (default: config 'format', else detected)",
    )
    check.add_argument(
        "--baseline",
        type=Path,
        metavar="PATH",
        help="a previous report.json or a 'paperlist baseline' file: only new errors fail",
    )
    check.add_argument(
        "--sarif", action="store_true", help="also write report.sarif into --report-dir"
    )


def _add_fix_and_parse_parsers(sub: Any) -> None:
    """``paperlist fix`` (a diff of the high-confidence fixes) and ``paperlist parse``."""
    fix = sub.add_parser(
        "fix", help="print a unified diff of the high-confidence fixes (--write applies it)"
    )
    fix.add_argument("list", metavar="LIST", help="a list file")
    fix.add_argument("--write", action="store_true", help="apply the diff to the file")
    fix.add_argument("--config", type=Path, help="config file (default catalog/config.yaml)")
    fix.add_argument(
        "--offline", action="store_true", help="no network (fixes from the cache only)"
    )
    fix.add_argument("--no-links", action="store_true", help="skip code-link checks")
    fix.add_argument("--allow-private-hosts", action="store_true", help=argparse.SUPPRESS)
    fix.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")

    parse = sub.add_parser("parse", help="print the parsed entries with their line numbers")
    parse.add_argument("list", metavar="LIST", help="a list file")
    parse.add_argument("--to", choices=["json", "yaml"], default="json", help="output format")
    parse.add_argument(
        "--list-format",
        choices=list(FORMATS),
        default="auto",
        help="the list's layout (default: detected)",
    )


def _add_baseline_parser(sub: Any) -> None:
    """``paperlist baseline``: check the lists and record their findings as known."""
    base = sub.add_parser("baseline", help="check lists; record every finding as known")
    base.add_argument("lists", nargs="*", metavar="LIST", help="list files (default: config)")
    base.add_argument("--config", type=Path, help="config file (default catalog/config.yaml)")
    base.add_argument(
        "-o",
        "--output",
        type=Path,
        default=Path("paperlist-baseline.json"),
        help="where the baseline goes (default paperlist-baseline.json)",
    )
    base.add_argument("--offline", action="store_true", help="no network")
    base.add_argument("--no-links", action="store_true", help="skip code-link checks")
    base.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    base.add_argument("--allow-private-hosts", action="store_true", help=argparse.SUPPRESS)
    base.add_argument("--list-format", choices=list(FORMATS), default=None, help="layout")


def _source_root(env: Mapping[str, str]) -> str:
    """SARIF paths are relative to $GITHUB_WORKSPACE, else the git checkout, else here."""
    here = Path.cwd()
    found = next((d for d in (here, *here.parents) if (d / ".git").exists()), here)
    return env.get("GITHUB_WORKSPACE") or str(found)


def _cmd_baseline(args: argparse.Namespace, deps: Deps, out: TextIO, env: Mapping[str, str]) -> int:
    from pipeline.baseline import write_baseline

    settings = _settings(args, env)
    paths = list(args.lists) or list(settings.lists)
    if not paths:
        raise UsageError("no list given: name a list file, or set 'lists' in catalog/config.yaml")
    lists = [read_list(p, fmt=settings.list_format) for p in paths]
    report = _run(deps, env, settings, lists, mode="offline" if settings.offline else "full")
    n = write_baseline(report, args.output)
    (deps.stderr or sys.stderr).write(
        f"paperlist: recorded {n} finding(s) as known in {args.output}\n"
    )
    return ExitStatus.OK


def _add_add_parser(sub: Any) -> None:
    """``paperlist add``: a paper written into a list in the list's own format."""
    add = sub.add_parser(
        "add", help="add a paper in the list's own format (prints a diff; --write applies it)"
    )
    add.add_argument("paper", metavar="ARXIV_ID_OR_URL", help="e.g. 2311.12908")
    add.add_argument("--list", metavar="FILE", help="the list (default: the config's only list)")
    add.add_argument("--section", metavar="NAME", help="the section (default: best fit)")
    add.add_argument("--write", action="store_true", help="apply the diff to the file")
    add.add_argument("--config", type=Path, help="config file (default catalog/config.yaml)")
    add.add_argument("--no-cache", action="store_true", help="neither read nor write the cache")
    add.set_defaults(offline=False, no_links=True, allow_private_hosts=False)


def _cmd_add(args: argparse.Namespace, deps: Deps, out: TextIO, env: Mapping[str, str]) -> int:
    from pipeline.add import AddSources, add_to_file, code_finder
    from pipeline.fixes import unified_diff
    from pipeline.write import write_atomically

    settings = _settings(args, env)
    path = args.list or (settings.lists[0] if len(settings.lists) == 1 else None)
    if path is None:
        raise UsageError("name the list: 'paperlist add ARXIV_ID --list FILE'")
    found = deps.sources(settings, Progress(deps.stderr or sys.stderr, env))
    if found.arxiv is None:
        raise UsageError("adding a paper needs arXiv; it cannot be done offline")
    sources = AddSources(found.arxiv, found.venues, code_finder(getattr(found, "code", None)))
    before, after, added = add_to_file(str(path), args.paper, sources, args.section)
    out.write(unified_diff(str(path), before, after))
    if args.write:
        out.flush()
        write_atomically(Path(path), after.encode("utf-8"), expected=before.encode("utf-8"))
        (deps.stderr or sys.stderr).write(f"paperlist: added the paper at {path}:{added.line}\n")
    return ExitStatus.OK


def _cmd_parse(args: argparse.Namespace, out: TextIO) -> int:
    parsed = read_list(args.list, fmt=args.list_format)
    data = {
        "path": parsed.path,
        "format": parsed.format,
        "heading": parsed.heading,
        "entries": [e.to_dict() for e in parsed.entries],
        "unread": [u.to_dict() for u in parsed.unread],
    }
    if args.to == "yaml":
        import yaml

        out.write(yaml.safe_dump(data, sort_keys=False, allow_unicode=True))
    else:
        out.write(dumps(data) + "\n")  # json.dumps(indent=2) text, written by orjson
    return ExitStatus.OK


def _settings(args: argparse.Namespace, env: Mapping[str, str]) -> Settings:
    overrides = {
        "offline": True if args.offline else None,
        "check_links": False if args.no_links else None,
        "allow_private_hosts": True if args.allow_private_hosts else None,
        "use_cache": False if args.no_cache else None,
        "list_format": getattr(args, "list_format", None),
    }
    return load_settings(args.config, env=env, overrides=overrides)


def _run(
    deps: Deps, env: Mapping[str, str], settings: Settings, lists: list[ParsedList], **kw: Any
) -> Report:
    """Build the sources and run the check, with the terminal progress line."""
    progress = Progress(deps.stderr or sys.stderr, env)
    try:
        return run(lists, settings, deps.sources(settings, progress), **kw)
    finally:
        progress.close()


def _cmd_fix(args: argparse.Namespace, deps: Deps, out: TextIO, env: Mapping[str, str]) -> int:
    from pipeline.fixes import plan, unified_diff
    from pipeline.write import read_list_file, write_atomically

    settings = _settings(args, env)
    parsed = read_list(args.list, fmt=settings.list_format)
    original = read_list_file(Path(args.list))  # as on disk: BOM and line ends kept
    report = _run(deps, env, settings, [parsed], mode="full")
    after, edits = plan(original.text, list(report.all_findings))
    if not edits:
        out.write(f"paperlist: nothing in {args.list} can be fixed with confidence\n")
        return ExitStatus.OK
    reparsed = read_list(args.list, text=after.removeprefix("\ufeff"), fmt=parsed.format)
    shape = [(e.line, e.title) for e in parsed.entries]
    if [(e.line, e.title) for e in reparsed.entries] != shape:
        raise FixError(
            f"{args.list}: the fixes would change how the list parses; nothing written. "
            "Please report this with the list attached"
        )
    out.write(unified_diff(str(args.list), original.text, after))
    if args.write:
        out.flush()  # the diff is out before any error line: it can be applied by hand
        write_atomically(Path(args.list), original.encode(after), expected=original.raw)
        on_disk = read_list(args.list, fmt=parsed.format)
        if [(e.line, e.title) for e in on_disk.entries] != shape:
            raise FixError(f"{args.list}: re-reading the written file gave other entries")
        (deps.stderr or sys.stderr).write(
            f"paperlist: applied {len(edits)} fix(es) to {args.list}\n"
        )
    return ExitStatus.OK


_REPORT_FILES = {"markdown": "report.md", "json": "report.json", "sarif": "report.sarif"}


def _write_report(report: Report, kind: str, report_dir: Path, root: str | None) -> Path:
    """Write one report file as its format makes it (a large report is never held whole)."""
    path = report_dir / _REPORT_FILES[kind]
    with path.open("w", encoding="utf-8", newline="") as fh:
        for chunk in formatter(kind, source_root=root).chunks(report):
            fh.write(chunk)
    return path


def _cmd_check(args: argparse.Namespace, deps: Deps, out: TextIO, env: Mapping[str, str]) -> int:
    settings = _settings(args, env)
    paths = list(args.lists) or list(settings.lists)
    if not paths:
        raise UsageError("no list given: name a list file, or set 'lists' in catalog/config.yaml")
    lists: list[ParsedList] = [read_list(p, fmt=settings.list_format) for p in paths]
    known = None
    if args.baseline is not None:  # read before the run: a bad file fails fast (exit 2)
        from pipeline.baseline import load_baseline

        known = load_baseline(args.baseline)
    selected = None
    mode = "offline" if settings.offline else "full"
    if args.changed_since:
        from pipeline.changes import changed_selector

        selected = changed_selector(lists, args.changed_since, settings.list_format)
        mode = "changed"
    report = _run(deps, env, settings, lists, mode=mode, selected=selected)
    if known is not None:
        from pipeline.baseline import apply_baseline

        report = apply_baseline(report, known)
    report_dir: Path = args.report_dir
    kinds = ["markdown", "json"] + (["sarif"] if args.sarif or args.format == "sarif" else [])
    try:
        report_dir.mkdir(parents=True, exist_ok=True)
        files = {k: _write_report(report, k, report_dir, _source_root(env)) for k in kinds}
    except OSError as exc:
        raise UsageError(f"{report_dir}: cannot write reports ({exc.strerror or exc})") from None
    kind = OutputFormat(args.format).value
    if kind in files:  # the same text, copied from the file rather than held in memory
        with files[kind].open(encoding="utf-8", newline="") as fh:
            shutil.copyfileobj(fh, out)
    else:
        out.write(formatter(kind, source_root=_source_root(env)).format(report))
    summary_file = env.get("GITHUB_STEP_SUMMARY")
    if args.format == OutputFormat.GITHUB and summary_file:
        with (
            files["markdown"].open(encoding="utf-8", newline="") as src,
            open(summary_file, "a", encoding="utf-8") as fh,
        ):
            shutil.copyfileobj(src, fh)
    from pipeline.baseline import fails  # with a baseline, only new errors fail

    return ExitStatus.FINDINGS if fails(report) else ExitStatus.OK


def main(argv: Sequence[str] | None = None, *, deps: Deps | None = None) -> int:
    """Run ``paperlist``; return the exit status (never raises, never 0 or 1 on a crash)."""
    deps = deps or Deps()
    out = deps.stdout or sys.stdout
    err = deps.stderr or sys.stderr
    env = os.environ if deps.env is None else deps.env
    argv = sys.argv[1:] if argv is None else list(argv)
    debug = "--debug" in argv  # known before parsing: a failure while parsing is covered too
    with log_to(err, debug), fewer_young_collections():
        try:
            return _dispatch(argv, deps, out, env)
        except PipelineError as exc:
            err.write(f"paperlist: {exc.__class__.__name__}: {exc}\n")
            return ExitStatus.ERROR
        except KeyboardInterrupt:
            err.write("paperlist: interrupted\n")
            return 130
        except Exception as exc:
            # A bug must never exit 0 or 1 ("the list was checked"): exit 2, in one line.
            return internal_error(exc, err, debug)


def _dispatch(argv: list[str], deps: Deps, out: TextIO, env: Mapping[str, str]) -> int:
    args, extra = build_parser().parse_known_args(argv)
    if extra:  # named with the command they were given to, not the top-level parser
        where = f"paperlist {args.command}" if args.command else "paperlist"
        raise UsageError(f"unrecognized arguments: {' '.join(extra)} (see '{where} --help')")
    if args.command == "parse":
        return _cmd_parse(args, out)
    if args.command == "check":
        return _cmd_check(args, deps, out, env)
    if args.command == "fix":
        return _cmd_fix(args, deps, out, env)
    if args.command == "add":
        return _cmd_add(args, deps, out, env)
    if args.command == "baseline":
        return _cmd_baseline(args, deps, out, env)
    raise UsageError("choose a command: 'paperlist check', 'paperlist fix LIST' or 'paperlist parse LIST'")  # fmt: skip
