"""paperlist: keeps Markdown paper lists true.

Stages: :mod:`pipeline.parse` -> :mod:`pipeline.sources` (arXiv, GitHub, HTTP) ->
:mod:`pipeline.checks` -> :mod:`pipeline.report`. :func:`pipeline.run.run` wires them.
"""

__version__ = "0.1.0"

__all__ = ["__version__"]
