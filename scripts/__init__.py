"""Scripts of the repository (importable by the tests)."""
