"""One module per list format; each has ``NAME``, ``parse(text, path)`` and ``looks_like``."""
