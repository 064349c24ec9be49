"""``paperlist-pre-commit``: the entry point of the hooks in ``.pre-commit-hooks.yaml``.

pre-commit passes the Markdown files of a commit; the ones that hold no paper entry (a
CONTRIBUTING.md, a changelog) are skipped, the others are checked with ``paperlist
check``. The reports go to a temporary folder, so a hook never leaves files in the
repository. Without ``--online`` the check is offline and uses no cache: what the list
itself reveals (link text against target, placeholders, impossible IDs, years against
IDs, duplicates), in well under a second, the same answer on every machine.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from collections.abc import Sequence

from pipeline import cli
from pipeline.errors import NoEntriesError, PipelineError
from pipeline.run import read_list


def holds_entries(path: str) -> bool:
    """Whether ``path`` reads as a paper list with at least one entry (unread ones count)."""
    try:
        parsed = read_list(path)
    except NoEntriesError:
        return False
    except PipelineError:
        return True  # unreadable: let the check say why, in its one line
    return bool(parsed.entries or parsed.unread)


def main(argv: Sequence[str] | None = None) -> int:
    """Check the lists among ``argv``'s files; paperlist's exit status (0 when none is a list)."""
    parser = argparse.ArgumentParser(prog="paperlist-pre-commit", add_help=True)
    parser.add_argument("--online", action="store_true", help="verify against arXiv and GitHub")
    parser.add_argument("files", nargs="*", metavar="FILE")
    args, extra = parser.parse_known_args(argv)
    lists = [f for f in args.files if holds_entries(f)]
    if not lists:
        return 0
    with tempfile.TemporaryDirectory(prefix="paperlist-") as reports:
        command = ["check", *lists, "--report-dir", reports, "--format", "text", *extra]
        if not args.online:
            command += ["--offline", "--no-cache"]
        return cli.main(command)


if __name__ == "__main__":
    sys.exit(main())
