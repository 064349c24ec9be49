"""The shape of the code, checked from its syntax trees (``ast``), so it does not erode.

- no import cycles between the package's modules (lazy imports inside functions count;
  ``if TYPE_CHECKING:`` imports do not, they never run);
- ``checks/``, ``report/`` and ``formats/`` import nothing from ``sources/``, and
  ``sources/`` nothing from them: what crosses goes through :mod:`pipeline.model`;
- no module imports another module's underscore (private) name;
- no module over 400 lines, no function over 60;
- only the entry points (``cli``, ``config``, ``action``) read the environment.

Files that other work owns and that still break a rule are listed in explicit
allow-lists below, each entry with the reason; they only shrink. A test also fails when
an allowed violation is gone, so the list is kept honest.
"""

from __future__ import annotations

import ast
import functools
from collections.abc import Iterator

import pytest

from tests.support.sourcetrees import MODULES, trees

MAX_MODULE_LINES = 400
MAX_FUNCTION_LINES = 60

LAYERS_APART = (("checks", "sources"), ("report", "sources"), ("formats", "sources"))
"""Pairs of subpackages that must not import each other (either way)."""

# -- allow-lists: violations in files this work does not own (shrink them, never grow) --
ALLOWED_CYCLES: set[frozenset[str]] = set()
"""Import cycles still present, as the set of modules on the cycle."""

ALLOWED_LAYER_IMPORTS: set[tuple[str, str]] = set()
"""``(importer, imported)`` module pairs that cross :data:`LAYERS_APART`."""

ALLOWED_PRIVATE_IMPORTS: set[tuple[str, str]] = set()
"""``(importer, module.name)`` imports of another module's underscore name."""

ALLOWED_LONG_MODULES: set[str] = set()
"""Modules over :data:`MAX_MODULE_LINES` lines."""

ALLOWED_LONG_FUNCTIONS: set[str] = set()
"""``module:qualified.name`` of functions over :data:`MAX_FUNCTION_LINES` lines."""

ENVIRONMENT_READERS = {"pipeline.cli", "pipeline.config", "pipeline.action"}
"""The entry points: only they read ``os.environ``; everything else is handed values."""
ALLOWED_ENVIRONMENT_READERS: set[str] = {
    # the CA bundle variables requests honours, read where the TLS context is built
    "pipeline.sources.net",
    # the proxy variables, for the cache's route key: read where the HTTP stack
    # (sources/transport.py) reads them, so the key names the route requests take
    "pipeline.wiring",
}


def _is_type_checking(node: ast.If) -> bool:
    t = node.test
    return (isinstance(t, ast.Name) and t.id == "TYPE_CHECKING") or (
        isinstance(t, ast.Attribute) and t.attr == "TYPE_CHECKING"
    )


def _imports(tree: ast.AST) -> Iterator[ast.Import | ast.ImportFrom]:
    """Every import that can run (also inside functions), not ``if TYPE_CHECKING:``."""
    stack = [tree]
    while stack:
        node = stack.pop()
        for child in ast.iter_child_nodes(node):
            if isinstance(child, ast.If) and _is_type_checking(child):
                stack.extend(child.orelse)
                continue
            if isinstance(child, ast.Import | ast.ImportFrom):
                yield child
            elif isinstance(child, ast.stmt | ast.excepthandler | ast.match_case):
                stack.append(child)  # an expression holds no statement: not walked


def _resolve(module: str, node: ast.ImportFrom) -> str:
    if not node.level:
        return node.module or ""
    base = module.split(".")
    if MODULES[module].name != "__init__.py":
        base = base[:-1]
    base = base[: len(base) - (node.level - 1)]
    return ".".join(base + ([node.module] if node.module else []))


@functools.cache
def _targets(module: str) -> tuple[tuple[str, str | None], ...]:
    """``(imported module, imported name or None)`` for each import of ``module``."""
    out: list[tuple[str, str | None]] = []
    for node in _imports(trees()[module]):
        if isinstance(node, ast.Import):
            out.extend((alias.name, None) for alias in node.names)
            continue
        source = _resolve(module, node)
        for alias in node.names:
            if f"{source}.{alias.name}" in MODULES:
                out.append((f"{source}.{alias.name}", None))
            else:
                out.append((source, alias.name))
    return tuple(out)


def graph() -> dict[str, set[str]]:
    """Module -> the package modules it imports (a package import counts as its __init__)."""
    out: dict[str, set[str]] = {}
    for module in MODULES:
        deps = set()
        for target, _ in _targets(module):
            while target and target not in MODULES:
                target = target.rpartition(".")[0]
            if target and target != module and target != "pipeline":
                deps.add(target)
        out[module] = deps
    return out


def cycles(g: dict[str, set[str]]) -> list[frozenset[str]]:
    """The strongly connected components of more than one module (Tarjan)."""
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    on_stack: set[str] = set()
    stack: list[str] = []
    found: list[frozenset[str]] = []

    def visit(v: str) -> None:
        index[v] = low[v] = len(index)
        stack.append(v)
        on_stack.add(v)
        for w in g[v]:
            if w not in index:
                visit(w)
                low[v] = min(low[v], low[w])
            elif w in on_stack:
                low[v] = min(low[v], index[w])
        if low[v] == index[v]:
            component = set()
            while True:
                w = stack.pop()
                on_stack.discard(w)
                component.add(w)
                if w == v:
                    break
            if len(component) > 1:
                found.append(frozenset(component))

    for v in sorted(g):
        if v not in index:
            visit(v)
    return found


def _layer(module: str) -> str | None:
    parts = module.split(".")
    return parts[1] if len(parts) > 2 else None


def layer_violations() -> set[tuple[str, str]]:
    """Imports across a pair of :data:`LAYERS_APART`."""
    apart = {frozenset(p) for p in LAYERS_APART}
    return {
        (module, dep)
        for module, deps in graph().items()
        for dep in deps
        if frozenset({_layer(module), _layer(dep)}) in apart
    }


def private_imports() -> set[tuple[str, str]]:
    """``from X import _name`` where X is another module (or a package's other module)."""
    out = set()
    for module in MODULES:
        for source, name in _targets(module):
            if name and name.startswith("_") and not name.startswith("__") and source != module:
                out.add((module, f"{source}.{name}"))
    return out


def long_modules() -> set[str]:
    """Modules over the line limit."""
    return {
        m for m, p in MODULES.items() if len(p.read_text("utf-8").splitlines()) > MAX_MODULE_LINES
    }


def long_functions() -> set[str]:
    """Functions (and methods) over the line limit, as ``module:qualified.name``."""
    out = set()
    for module, tree in trees().items():
        stack: list[tuple[ast.AST, str]] = [(tree, "")]
        while stack:
            node, prefix = stack.pop()
            for child in ast.iter_child_nodes(node):
                if isinstance(child, ast.FunctionDef | ast.AsyncFunctionDef | ast.ClassDef):
                    name = f"{prefix}{child.name}"
                    if not isinstance(child, ast.ClassDef):
                        start = min([child.lineno] + [d.lineno for d in child.decorator_list])
                        if child.end_lineno - start + 1 > MAX_FUNCTION_LINES:
                            out.add(f"{module}:{name}")
                    stack.append((child, f"{name}."))
                elif isinstance(child, ast.stmt | ast.excepthandler | ast.match_case):
                    stack.append((child, prefix))  # no function is defined in an expression
    return out


def environment_readers() -> set[str]:
    """Modules that read ``os.environ`` or call ``os.getenv``, other than the entry points."""
    out = set()
    for module, tree in trees().items():
        for node in ast.walk(tree):
            if (
                isinstance(node, ast.Attribute)
                and node.attr in ("environ", "getenv")
                and isinstance(node.value, ast.Name)
                and node.value.id == "os"
            ):
                out.add(module)
    return out - ENVIRONMENT_READERS


CHECKS = [
    pytest.param(lambda: set(cycles(graph())), ALLOWED_CYCLES, id="import-cycles"),
    pytest.param(layer_violations, ALLOWED_LAYER_IMPORTS, id="layers"),
    pytest.param(private_imports, ALLOWED_PRIVATE_IMPORTS, id="private-imports"),
    pytest.param(long_modules, ALLOWED_LONG_MODULES, id="long-modules"),
    pytest.param(long_functions, ALLOWED_LONG_FUNCTIONS, id="long-functions"),
    pytest.param(environment_readers, ALLOWED_ENVIRONMENT_READERS, id="environment"),
]


@pytest.mark.parametrize(("found", "allowed"), CHECKS)
def test_no_new_violations_and_allow_lists_hold_only_what_is_still_there(found, allowed):
    present = found()
    assert present - allowed == set()
    assert allowed - present == set()


def test_the_checker_sees_each_kind_of_violation():
    """The analysis itself works: a tiny cycle, a crossing and a private import are found."""
    assert cycles({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": {"a"}}) == [frozenset("abc")]
    tree = ast.parse(
        "from typing import TYPE_CHECKING\nif TYPE_CHECKING:\n    import x\n"
        "def f():\n    from y import _z\n"
    )
    assert [type(n).__name__ for n in _imports(tree)] == ["ImportFrom", "ImportFrom"]


def test_names_nothing_reads_are_gone():
    import pipeline.model as model
    from pipeline.config import Settings

    assert not hasattr(model, "Location")
    assert not hasattr(model.PaperEntry, "location")
    assert not hasattr(Settings, "severity")
