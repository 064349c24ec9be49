"""The package's modules and their syntax trees, parsed once per test process.

``test_architecture`` and ``test_registry`` both read every module's tree; parsing the
package takes about 0.4 s, so a test process that runs tests of both parses it once.
"""

from __future__ import annotations

import ast
import functools
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent.parent
PACKAGE = ROOT / "pipeline"


def _modules() -> dict[str, Path]:
    out = {}
    for path in sorted(PACKAGE.rglob("*.py")):
        parts = path.relative_to(ROOT).with_suffix("").parts
        name = ".".join(parts[:-1] if parts[-1] == "__init__" else parts)
        out[name] = path
    return out


MODULES = _modules()
"""Dotted module name -> its file, for every module of the package."""


@functools.cache
def trees() -> dict[str, ast.Module]:
    """Each module's syntax tree, parsed when a check first asks (not at collection: every
    test worker collects the files that use it, one runs them)."""
    return {name: ast.parse(path.read_text("utf-8"), str(path)) for name, path in MODULES.items()}
