"""paperlist: keeps Markdown paper lists true.

Stages: :mod:`pipeline.parse` -> :mod:`pipeline.sources` (arXiv, GitHub, HTTP) ->
:mod:`pipeline.checks` -> :mod:`pipeline.report`. :func:`pipeline.run.run` wires them.
"""

__version__ = "0.1.0"

from pipeline.config import Settings, load_settings
from pipeline.model import Finding, PaperEntry, Report, Rule, Severity
from pipeline.parse import parse_text
from pipeline.run import Sources, build_sources, read_list, run

__all__ = [
    "Finding",
    "PaperEntry",
    "Report",
    "Rule",
    "Settings",
    "Severity",
    "Sources",
    "__version__",
    "build_sources",
    "load_settings",
    "parse_text",
    "read_list",
    "run",
]
