"""Settings from ``catalog/config.yaml``, the environment and the command line.

Precedence: command-line flag > environment variable > config file > default (a test
pins it). The file is read with ``yaml.safe_load``; unknown keys and wrong types are
rejected with a message that names the key; every number (from the file or the
environment) must be finite and within the bounds of :data:`NUMBER_RANGES`, and
``ignore_urls`` patterns are compiled by RE2, so none can hang a run. ``GITHUB_TOKEN``
only ever comes from the environment and is kept out of ``repr``; so do the endpoints a
credential may be sent to (:data:`CREDENTIAL_ENDPOINTS`).
"""

from __future__ import annotations

import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any, Protocol

import re2
import yaml

from pipeline.checks.registry import DEFAULT_SEVERITY
from pipeline.errors import ConfigError
from pipeline.files import read_bounded
from pipeline.model import Rule, Severity

DEFAULT_CONFIG = Path("catalog/config.yaml")
DEFAULT_ARXIV_API_URL = "https://export.arxiv.org/api/query"
DEFAULT_GITHUB_API_URL = "https://api.github.com"


class UrlPattern(Protocol):
    """A compiled ``ignore_urls`` pattern (RE2; ``re.Pattern`` has the same method)."""

    def search(self, text: str) -> object | None:
        """A match anywhere in ``text``, or ``None``."""


@dataclass(frozen=True)
class Settings:
    """Everything a run needs to know, resolved once at start-up."""

    lists: tuple[str, ...] = ()
    list_format: str = "auto"
    topic: str | None = None
    severities: Mapping[Rule, Severity] = field(default_factory=lambda: dict(DEFAULT_SEVERITY))
    ignore_urls: tuple[UrlPattern, ...] = ()
    """Code links matching any of these (RE2, searched) are not checked."""
    arxiv_api_url: str = DEFAULT_ARXIV_API_URL
    arxiv_delay: float = 3.0
    arxiv_batch_size: int = 100
    arxiv_timeout: float = 30.0
    title_search: bool = True
    """Search arXiv by title for wrong or missing links (one request per title)."""
    max_title_searches: int = 25
    github_api_url: str = DEFAULT_GITHUB_API_URL
    github_graphql_url: str | None = None
    """Default: next to ``github_api_url`` (Actions sets ``GITHUB_GRAPHQL_URL``)."""
    github_token: str | None = field(default=None, repr=False)
    link_timeout: float = 15.0
    max_retries: int = 3
    max_retry_after: float = 60.0
    """Longest ``Retry-After`` honoured; longer waits are clamped to this."""
    backoff: float = 1.0
    """First back-off in seconds when the server gives no ``Retry-After`` (doubles, jittered)."""
    retry_budget: float = 180.0
    """Seconds of back-off one run may spend in total before giving up on retries."""
    semantic_scholar: bool = False
    semantic_scholar_url: str = "https://api.semanticscholar.org"
    semantic_scholar_key: str | None = field(default=None, repr=False)
    credential_urls: Mapping[str, tuple[str, ...]] = field(default_factory=dict)
    """Per credential (``GITHUB_TOKEN``, ``SEMANTIC_SCHOLAR_API_KEY``), the endpoints the
    ENVIRONMENT named: besides the service's default host, the only places it may go."""
    dblp: bool = False
    dblp_url: str = "https://dblp.org"
    dblp_delay: float = 1.0
    """Seconds between DBLP searches."""
    huggingface: bool = True
    """Ask Hugging Face Papers for the official code of entries without a code link."""
    huggingface_url: str = "https://huggingface.co"
    github_concurrency: int = 8
    link_concurrency: int = 128
    """Plain links checked at once (lychee's default)."""
    per_host_concurrency: int = 10
    """Plain links checked at once on one host (lychee's default; 50 ms between starts)."""
    check_links: bool = True
    allow_private_hosts: bool = False
    offline: bool = False
    use_cache: bool = True
    cache_dir: str | None = None
    cache_max_age_hours: float = 24.0


# key -> (type(s), Settings attribute)
_SCALARS: dict[str, dict[str, tuple[tuple[type, ...], str]]] = {
    "arxiv": {
        "api_url": ((str,), "arxiv_api_url"),
        "delay": ((int, float), "arxiv_delay"),
        "batch_size": ((int,), "arxiv_batch_size"),
        "timeout": ((int, float), "arxiv_timeout"),
        "title_search": ((bool,), "title_search"),
        "max_title_searches": ((int,), "max_title_searches"),
    },
    "github": {
        "api_url": ((str,), "github_api_url"),
        "concurrency": ((int,), "github_concurrency"),
    },
    "links": {
        "check": ((bool,), "check_links"),
        "timeout": ((int, float), "link_timeout"),
        "max_retries": ((int,), "max_retries"),
        "max_retry_after": ((int, float), "max_retry_after"),
        "retry_budget": ((int, float), "retry_budget"),
        "backoff": ((int, float), "backoff"),
        "concurrency": ((int,), "link_concurrency"),
        "per_host_concurrency": ((int,), "per_host_concurrency"),
        "allow_private_hosts": ((bool,), "allow_private_hosts"),
    },
    "cache": {"max_age_hours": ((int, float), "cache_max_age_hours")},
    "venues": {
        "semantic_scholar": ((bool,), "semantic_scholar"),
        "semantic_scholar_url": ((str,), "semantic_scholar_url"),
        "dblp": ((bool,), "dblp"),
        "dblp_url": ((str,), "dblp_url"),
        "dblp_delay": ((int, float), "dblp_delay"),
    },
    "code": {
        "huggingface": ((bool,), "huggingface"),
        "huggingface_url": ((str,), "huggingface_url"),
    },
}
NUMBER_RANGES: dict[str, tuple[float, float]] = {
    "arxiv.delay": (0, 60),
    "arxiv.batch_size": (1, 100),  # arXiv's limit for one GET
    "arxiv.timeout": (0.1, 600),
    "arxiv.max_title_searches": (0, 1000),
    "github.concurrency": (1, 64),
    "links.timeout": (0.1, 600),
    "links.max_retries": (0, 10),
    "links.max_retry_after": (0, 3600),
    "links.retry_budget": (0, 3600),
    "links.backoff": (0, 60),
    "links.concurrency": (1, 256),
    "links.per_host_concurrency": (1, 16),
    "cache.max_age_hours": (0, 8760),
    "venues.dblp_delay": (0, 60),
}
"""Every number a config may set, with its bounds (inclusive; NaN and infinity never pass)."""
ENV_NUMBERS = {
    "PAPERLIST_ARXIV_DELAY": ("arxiv.delay", "arxiv_delay"),
    "PAPERLIST_DBLP_DELAY": ("venues.dblp_delay", "dblp_delay"),
}
"""Environment variables read as numbers: the config key whose bounds apply, the setting."""
ENV_URLS = {
    "PAPERLIST_HF_API_URL": "huggingface_url",
    "PAPERLIST_S2_API_URL": "semantic_scholar_url",
    "PAPERLIST_DBLP_URL": "dblp_url",
}
"""Environment variables naming a service's endpoint (they win over the config file)."""
CREDENTIAL_ENDPOINTS = {
    "GITHUB_TOKEN": ("GITHUB_API_URL", "GITHUB_GRAPHQL_URL"),
    "SEMANTIC_SCHOLAR_API_KEY": ("PAPERLIST_S2_API_URL",),
}
"""Per credential, the variables whose endpoints it may go to (besides the default host):
only the environment, never a config file or a redirect, decides where a secret goes."""
CONFIG_MAX_BYTES = 1_000_000
_TOP_KEYS = {"lists", "format", "topic", "rules", "ignore_urls", *_SCALARS}
from pipeline.parse import FORMATS as LIST_FORMATS  # noqa: E402  (one registry of layouts)


def _type_name(types: tuple[type, ...]) -> str:
    return " or ".join("number" if t in (int, float) else t.__name__ for t in types)


def _check_type(key: str, value: Any, types: tuple[type, ...]) -> Any:
    ok = isinstance(value, types) and not (isinstance(value, bool) and bool not in types)
    if not ok:
        raise ConfigError(
            f"'{key}' must be a {_type_name(types)}, not {type(value).__name__} ({value!r})"
        )
    if isinstance(value, int | float) and not isinstance(value, bool):
        lo, hi = NUMBER_RANGES[key]
        if not in_range(value, lo, hi):
            raise ConfigError(f"'{key}' must be between {lo} and {hi}, not {_shown(value)}")
    return value


def in_range(value: float, lo: float, hi: float) -> bool:
    """``lo <= value <= hi`` for a finite number (NaN compares false, so it fails too)."""
    return not (isinstance(value, float) and not math.isfinite(value)) and lo <= value <= hi


def _shown(value: Any) -> str:
    text = repr(value)
    return text if len(text) <= 24 else text[:20] + "..."


def load_file(path: Path) -> dict[str, Any]:
    """Read and validate a config file into ``Settings`` keyword arguments."""
    if not path.exists():
        raise ConfigError(f"{path}: config file not found; create it or drop --config")
    raw = read_bounded(path, CONFIG_MAX_BYTES, ConfigError, "a YAML config file")
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: cannot read config ({exc.__class__.__name__})") from None
    try:
        data = yaml.safe_load(text)
    except yaml.YAMLError as exc:
        mark = getattr(exc, "problem_mark", None)
        where = f" at line {mark.line + 1}" if mark else ""
        raise ConfigError(f"{path}: not valid YAML{where}; fix the syntax") from None
    if data is None:
        return {}
    if not isinstance(data, dict):
        raise ConfigError(f"{path}: the top level must be a mapping of keys to values")
    try:
        return _from_mapping(data, base=path.parent)
    except ConfigError as exc:
        raise ConfigError(f"{path}: {exc}") from None


def _from_mapping(data: dict[str, Any], base: Path) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key in data:
        if key not in _TOP_KEYS:
            raise ConfigError(f"unknown key '{key}'; known keys: {', '.join(sorted(_TOP_KEYS))}")
    if "lists" in data:
        lists = data["lists"]
        if isinstance(lists, str):
            lists = [lists]
        if not isinstance(lists, list) or not all(isinstance(x, str) for x in lists):
            raise ConfigError("'lists' must be a list of file paths")
        out["lists"] = tuple(_display_path(base / x) for x in lists)
    if "format" in data:
        fmt = data["format"]
        if fmt not in LIST_FORMATS:
            raise ConfigError(f"'format' must be one of {', '.join(LIST_FORMATS)}, not {fmt!r}")
        out["list_format"] = fmt
    if "topic" in data:
        out["topic"] = _check_type("topic", data["topic"], (str,))
    if "rules" in data:
        rules = data["rules"]
        if not isinstance(rules, dict):
            raise ConfigError("'rules' must map rule IDs to error, warning, info or off")
        sev = dict(DEFAULT_SEVERITY)
        for rule_id, level in rules.items():
            try:
                rule = Rule(rule_id)
            except ValueError:
                raise ConfigError(
                    f"unknown rule '{rule_id}' under 'rules'; see the README's rule table"
                ) from None
            try:
                sev[rule] = Severity(str(level).lower())
            except ValueError:
                raise ConfigError(
                    f"'rules.{rule_id}' must be error, warning, info or off, not {level!r}"
                ) from None
        out["severities"] = sev
    if "ignore_urls" in data:
        pats = data["ignore_urls"]
        if not isinstance(pats, list) or not all(isinstance(p, str) for p in pats):
            raise ConfigError("'ignore_urls' must be a list of regular expressions")
        out["ignore_urls"] = tuple(compile_url_pattern(p) for p in pats)
    for section, keys in _SCALARS.items():
        if section not in data:
            continue
        sub = data[section]
        if not isinstance(sub, dict):
            raise ConfigError(f"'{section}' must be a mapping")
        for key, value in sub.items():
            if key not in keys:
                raise ConfigError(
                    f"unknown key '{section}.{key}'; known: "
                    + ", ".join(f"{section}.{k}" for k in sorted(keys))
                )
            types, attr = keys[key]
            out[attr] = _check_type(f"{section}.{key}", value, types)
    return out


def compile_url_pattern(pattern: str) -> UrlPattern:
    """An ``ignore_urls`` pattern, compiled by RE2: matching takes linear time.

    Python's ``re`` backtracks, so a pattern such as ``(a+)+$`` can take hours on one
    URL; RE2 cannot. RE2 has no look-around or backreferences, which URL patterns do
    not need.
    """
    options = re2.Options()
    options.log_errors = False  # the error goes into our one-line message instead
    try:
        return re2.compile(pattern, options)
    except re2.error as exc:
        why = exc.args[0] if exc.args else exc
        why = why.decode("utf-8", "replace") if isinstance(why, bytes) else str(why)
        raise ConfigError(
            f"'ignore_urls' entry {_shown(pattern)} is not a valid regex ({why}); patterns "
            "use RE2 syntax (no look-around, no backreferences)"
        ) from None


def _display_path(p: Path) -> str:
    """A path relative to the working directory when it lies below it."""
    try:
        return str(p.resolve().relative_to(Path.cwd().resolve()))
    except ValueError:
        return str(p)


def _env_float(env: Mapping[str, str], name: str) -> float | None:
    """A number from the environment, within the bounds of its config key."""
    raw = env.get(name)
    if raw is None or raw == "":
        return None
    lo, hi = NUMBER_RANGES[ENV_NUMBERS[name][0]]
    try:
        value = float(raw)
    except ValueError:
        value = math.nan
    if not in_range(value, lo, hi):
        raise ConfigError(
            f"environment variable {name} must be a number between {lo} and {hi}, not {_shown(raw)}"
        )
    return value


def load_settings(
    config_path: Path | None,
    env: Mapping[str, str] | None = None,
    overrides: Mapping[str, Any] | None = None,
) -> Settings:
    """Build :class:`Settings`: defaults, then the file, then ``env``, then ``overrides``.

    ``config_path=None`` uses ``catalog/config.yaml`` when it exists.
    """
    env = os.environ if env is None else env
    values: dict[str, Any] = {}
    if config_path is not None:
        values.update(load_file(config_path))
    elif DEFAULT_CONFIG.is_file():
        values.update(load_file(DEFAULT_CONFIG))
    if env.get("PAPERLIST_ARXIV_API_URL"):
        values["arxiv_api_url"] = env["PAPERLIST_ARXIV_API_URL"]
    for name, (_key, attr) in ENV_NUMBERS.items():
        number = _env_float(env, name)
        if number is not None:
            values[attr] = number
    for name, attr in ENV_URLS.items():
        if env.get(name):
            values[attr] = env[name]
    if env.get("GITHUB_API_URL"):
        values["github_api_url"] = env["GITHUB_API_URL"]
    if env.get("GITHUB_GRAPHQL_URL"):
        values["github_graphql_url"] = env["GITHUB_GRAPHQL_URL"]
    if env.get("GITHUB_TOKEN"):
        values["github_token"] = env["GITHUB_TOKEN"]
    if env.get("SEMANTIC_SCHOLAR_API_KEY"):
        values["semantic_scholar_key"] = env["SEMANTIC_SCHOLAR_API_KEY"]
    if env.get("PAPERLIST_CACHE_DIR"):
        values["cache_dir"] = env["PAPERLIST_CACHE_DIR"]
    values["credential_urls"] = {
        cred: tuple(env[n] for n in names if env.get(n))
        for cred, names in CREDENTIAL_ENDPOINTS.items()
    }
    for key, value in (overrides or {}).items():
        if value is not None:
            values[key] = value
    return replace(Settings(), **values)
