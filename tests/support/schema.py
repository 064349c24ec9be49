"""The report schema's validator, built (and the schema itself checked) once per test run.

``jsonschema.validate`` checks the schema against its metaschema on every call, which cost
the suite about 1.5 s; the validator is the same on every call, so it is made once.
"""

from __future__ import annotations

import functools
from typing import Any

import jsonschema

from pipeline.report.json import load_schema


@functools.cache
def _validator() -> jsonschema.protocols.Validator:
    schema = load_schema()
    cls = jsonschema.validators.validator_for(schema)
    cls.check_schema(schema)
    return cls(schema)


def validate_report(data: Any) -> None:
    """Raise :class:`jsonschema.ValidationError` unless ``data`` is a valid report.json."""
    _validator().validate(data)
