"""Official code from the Hugging Face Papers API: ``GET {api}/api/papers/{arxiv_id}``.

200 is the paper page as JSON; ``githubRepo`` and ``projectPage`` are there when the
authors or the community linked them. 404 means the paper is not indexed: a definite
"no repository known". 429 and 5xx are retried through the run's
:class:`~pipeline.sources.net.RetryPolicy` (``Retry-After`` honoured, clamped, within the
run's budget), then the paper is left out (no answer, no finding). After a connection
failure no more requests are sent. Requests go one at a time, through
:class:`~pipeline.sources.net.PaperlistSession` (total deadline, size cap).

The repository URL is server text: only a ``github.com/OWNER/REPO`` URL counts, and it
is rebuilt from owner and name, so nothing else of it reaches the list.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from typing import Any
from urllib.parse import quote

import requests

from pipeline.model import OfficialCode
from pipeline.sources.interface import CodeSource, ProgressFn, no_progress
from pipeline.sources.net import (
    PaperlistSession,
    RetryPolicy,
    TransientError,
    is_retryable,
    raise_if_transient,
)
from pipeline.urls import is_clean_web_url, repo_of

DEFAULT_HF_API_URL = "https://huggingface.co"
SOURCE = "Hugging Face Papers"


def repository_url(value: Any) -> str | None:
    """``https://github.com/OWNER/REPO`` from a ``githubRepo`` value, else ``None``."""
    if not isinstance(value, str) or not is_clean_web_url(value.strip()):
        return None
    found = repo_of(value.strip())
    return f"https://github.com/{found[0]}/{found[1]}" if found else None


def from_page(ident: str, data: Any) -> OfficialCode | None:
    """The answer in a paper page, or ``None`` when the JSON is not a page for ``ident``."""
    if not isinstance(data, dict):
        return None
    page_id = data.get("id")
    if page_id is not None and str(page_id) != ident:
        return None
    project = data.get("projectPage")
    return OfficialCode(
        arxiv_id=ident,
        repo_url=repository_url(data.get("githubRepo")),
        project_url=project.strip()
        if isinstance(project, str) and is_clean_web_url(project.strip())
        else None,
        source=SOURCE,
    )


class HuggingFaceSource(CodeSource):
    """One request per paper, at most ``max_papers`` a run."""

    def __init__(
        self,
        api_url: str = DEFAULT_HF_API_URL,
        *,
        session: PaperlistSession | None = None,
        timeout: float = 15.0,
        retry: RetryPolicy | None = None,
        max_papers: int = 200,
        progress: ProgressFn = no_progress,
    ):
        self.api_url = api_url.rstrip("/")
        self.session = session or PaperlistSession(timeout=timeout)
        self.retry = retry or RetryPolicy()
        self.max_papers = max_papers
        self.progress = progress
        self.requests_sent = 0

    def _get(self, ident: str) -> requests.Response:
        self.requests_sent += 1
        resp = self.session.get(
            f"{self.api_url}/api/papers/{quote(ident, safe='')}",
            headers={"Accept": "application/json"},
            allow_redirects=False,
        )
        raise_if_transient(resp, "Hugging Face answered ")
        return resp

    def _ask(self, ident: str) -> OfficialCode | None:
        """The definite answer for one paper; ``None`` when there is none to give."""
        resp = self.retry.call(lambda: self._get(ident), is_retryable)
        if resp.status_code == 404:
            return OfficialCode(ident, source=SOURCE, indexed=False)
        if resp.status_code != 200:
            return None
        try:
            return from_page(ident, resp.json())
        except ValueError:
            return None

    def official_code(self, ids: Iterable[str]) -> Mapping[str, OfficialCode]:
        """Definite answers by arXiv ID; failures are left out."""
        wanted = list(dict.fromkeys(ids))[: self.max_papers]
        out: dict[str, OfficialCode] = {}
        for done, ident in enumerate(wanted, start=1):
            try:
                found = self._ask(ident)
            except (requests.ConnectionError, requests.Timeout):
                break  # unreachable: do not ask again for every paper
            except (requests.RequestException, TransientError):
                continue
            except Exception:  # NOTE: a surprise is no answer, never a crash
                break
            if found is not None:
                out[ident] = found
            self.progress("Hugging Face papers", done, len(wanted))
        return out
