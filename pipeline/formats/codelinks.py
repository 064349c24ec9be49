"""Which of an entry's links is its code: a repository the list does not label as data, a
model or an aside (``see also [x](github)``), the list's code column first, an unofficial
repository last. Pure."""

from __future__ import annotations

import re
from urllib.parse import unquote, urlsplit

from pipeline.formats import fields as F
from pipeline.formats.blocks import links_of
from pipeline.formats.components import component, labelled
from pipeline.formats.links import code_cell_link, is_relative, own_repository
from pipeline.formats.runs import Run


def code_of(
    links: list[Run],
    runs: list[Run],
    title: str,
    cells: dict[str, list[Run]],
    ev: dict[str, str],
    shared: frozenset[str],
) -> Run | None:
    """The code link among an entry's ``links`` (``runs``: all its runs, ``title``: its
    title), its evidence written into ``ev``; ``None`` when it has none."""
    before = _before_links(runs)
    repos = [r for r in links if F.link_role(r) == "code"]  # the entry's only candidates
    return _code([r for r in repos if not _not_code(r, before, title)], cells, ev, shared, title)


_NOT_CODE = frozenset(
    "data dataset datasets benchmark benchmarks model models weights checkpoint checkpoints bib "
    "bibtex citation cite "
    "demo env environment environments expenv leaderboard slides video blog tutorial "
    "数据集 数据 模型 演示".split()
)
_LABEL_BEFORE = re.compile(r"(?:^|[^\w])([^\W\d_]\w{0,20}(?: \w{1,20})?)\s*[:：]\s*[\[(（]*\s*$")


_LINE_LABEL = re.compile(r"\W*([^\W\d_]\w{0,20}(?: \w{1,20})?)\s*[:：]")


_BEFORE_KEPT = 300
"""Characters of a line kept before each of its links: a label is a few words."""


def _before_links(runs: list[Run]) -> dict[int, tuple[str, str, bool]]:
    """For each link (by ``id``), its line's text before it, the line's own words before it
    (``said``: links as ``[link]``) and whether the text was cut to its last
    :data:`_BEFORE_KEPT` characters; one pass, so a line of many links reads in linear time."""
    out: dict[int, tuple[str, str, bool]] = {}
    before, said, cut, line = "", "", False, 0
    for r in runs:
        if r.kind == "link":
            out.setdefault(id(r), (before, said, cut))
        if r.kind == "break" or r.line != line:
            before, said, cut, line = "", "", False, r.line
        if r.kind in ("text", "link"):
            longer = before + r.text
            before, cut = longer[-_BEFORE_KEPT:], cut or len(longer) > _BEFORE_KEPT
            said = (said + (r.text if r.kind == "text" else " [link] "))[-300:]
    return out


def _not_code(link: Run, before_links: dict[int, tuple[str, str, bool]], title: str) -> bool:
    """A repository link the list labels as something else (``ExpEnv: [mujoco](github)``,
    ``[Data](github)``, ``数据集: url``): a dataset, model or environment, not the code."""
    if " ".join(link.text.lower().strip("[]() ").split()) in _NOT_CODE or _title_note(link, title):
        return True
    before, said, cut = before_links.get(id(link), ("", "", False))
    label = _LABEL_BEFORE.search(before, 1 if cut else 0) if _ends_in_colon(before) else None
    found = (label, _LINE_LABEL.match(before[-300:]))
    labels = [m.group(1) for m in found if m]
    return _aside(link, said, title) or any(
        label.lower().replace(" ", "") in _NOT_CODE for label in labels
    )


def _ends_in_colon(text: str) -> bool:
    """``text`` ends in a colon before spaces and opening brackets only: what
    :data:`_LABEL_BEFORE` needs, told without its search from every character."""
    text = text.rstrip()
    while text[-1:] in ("[", "(", "（"):
        text = text[:-1].rstrip()
    return text[-1:] in (":", "：")


def _title_note(link: Run, title: str) -> bool:
    """A Markdown file named by the entry's title (``…/blob/master/Masked%20Autoencoders%20Are
    %20Scalable%20Vision%20Learners.md``): the maintainer's note on the paper, not its code."""
    path = unquote(urlsplit(link.url).path) if link.url else ""
    name = path.rsplit("/", 1)[-1]
    if not name.lower().endswith(".md") or len(title.split()) < 3:
        return False
    key = _ALNUM.sub("", title.lower())  # (the title's own link; not one labelled ``[code]``)
    return _ALNUM.sub("", name[:-3].lower()) == key == _ALNUM.sub("", link.text.lower())


_ASIDE_BEFORE = re.compile(
    r"(?i)\b(?:see\s+also|also\s+see|cf\.)\W*(?:\[link\]\W*(?:and\s+)?)*$|\b(?:using|uses|based\s+on"
    r"|built\s+(?:on|upon)|forked\s+from|extends)\s*:?\s*[\[(]*\s*$"
)
"""``see also [TeluguOCR](github), [banti](github)``, ``using [OpenArabic/OCR_GS_Data](github)
for ground truth data``: a repository the entry uses or points to, not its code."""


def _named_after(url: str, title: str) -> bool:
    """A repository path holds the name that opens the entry's title (``facebookresearch/detr``
    for ``DETR: ...``, ``unilm/tree/master/trocr`` for ``TrOCR: ...``)."""
    name = _ALNUM.sub("", title.split(":")[0].lower())
    first = _ALNUM.sub("", title.split()[0].lower()) if title.split() else ""
    parts = {_ALNUM.sub("", p.lower()) for p in urlsplit(url).path.split("/")}
    return any(len(n) >= 3 and n in parts for n in (name, first))


_ALNUM = re.compile(r"[^a-z0-9]")
_CODE_WORDS = re.compile(
    r"(?i)\b(?:code|implementation|github|official|available|released|pytorch|tensorflow|jax|"
    r"models|scripts|repo|our|provided|source)\b"
)


def _aside(link: Run, said: str, title: str) -> bool:
    """A repository linked right after :data:`_ASIDE_BEFORE`'s words, neither the link nor the
    words just before call it code (``Code available via [GitHub](…)``, ``using [our code](…)``),
    nor is it named after the entry (``Kraken: ...`` ``(uses [mittagessen/kraken](…))``)."""
    m = _ASIDE_BEFORE.search(said)
    if m is None or _CODE_WORDS.search(link.text) or _named_after(link.url, title):
        return False
    return _CODE_WORDS.search(said[max(0, m.start() - 30) : m.start()]) is None


_UNOFFICIAL = re.compile(r"(?i)\b(?:un-?official|third[- ]party|re-?implementation|community)\b")


def _unofficial(link: Run) -> bool:
    """``[[Unofficial]](github)``: a repository the list says is not the authors' (sorted last)."""
    return bool(_UNOFFICIAL.search(link.text))


def _code_order(link: Run) -> tuple[bool, bool, bool]:
    """An unofficial repository last; a repository before a source archive (``[code](lab/
    crnn_code.zip) [github](github.com/o/crnn)``); one the list labels as code (``[Code]``,
    a badge) before one linked by a name (``[FACodec](github) ... [Code](github)``) or
    labelled ``Code: <what>`` (often a port: ``[LLaVA](github) [Code: HF port](github)``)."""
    return _unofficial(link), F.link_archive(link), not labelled(link)


def _code(
    links: list[Run],
    cells: dict[str, list[Run]],
    ev: dict[str, str],
    shared: frozenset[str],
    title: str = "",
) -> Run | None:
    notes = links_of(cells.get("notes", []))  # ``| Markdown | [link](github/o/r/blob/x.md) |``
    links = [r for r in links if r not in notes]
    col = links_of(cells.get("code", [])) + [  # ``Code/Project``: its repositories, archives
        r for r in links_of(cells.get("code+project", [])) if F.code_beside_pages(r)
    ]
    if not col and _said_none(cells.get("code", [])):  # ``| N/A |``: the row says it has none
        links = [r for r in links if not _bare(r)]  # (but its ``[[code]](github)`` is code)
    for pool, where in ((col, "code column"), (links, "entry")):
        repos = [r for r in pool if F.link_role(r) == "code" and not component(r, shared)]
        repos = sorted(repos, key=_code_order)  # ``[HiFi-GAN]`` of a TTS list: no paper's own
        if repos:
            chosen = _part_of(repos[0], repos, title) or own_repository(repos[0], repos)
            ev["code"] = f"repository link in the {where}" + (" (badge)" if chosen.image else "")
            return chosen
    pages = [r for r in col if code_cell_link(r) and not is_relative(r.url) and not _named_data(r)]
    if pages:
        ev["code"] = "link in the code column"
        return pages[0]
    return None


def _part_of(first: Run, repos: list[Run], title: str) -> Run | None:
    """A ``Code:``-labelled link into a folder named after the entry in the repository a badge
    ``first`` links (``[Code: tabletop simulation](github/google-research/google-research/tree/
    master/saycan)`` beside a stars badge of ``google-research``, for ``SayCan: ...``): the
    paper's part of a shared repository; not another folder of the paper's own repository
    (``[Code: training scripts](…/latent-diffusion/tree/main/scripts)``)."""
    root = urlsplit(first.url).path.strip("/").lower() if first.url and first.image else ""
    if root.count("/") != 1:
        return None
    inside = (r for r in repos if r.url and urlsplit(r.url).path.lower().startswith(f"/{root}/tree/"))  # fmt: skip
    return next((r for r in inside if _CODE_COLON.match(r.text) and _folder_named(r.url, title)), None)  # fmt: skip


def _folder_named(url: str, title: str) -> bool:
    """The link's last folder is named after the name that opens the entry's title
    (``…/tree/master/saycan`` for ``SayCan: ...``; not ``…/detr/tree/main/notebooks``)."""
    last = _ALNUM.sub("", urlsplit(url).path.rstrip("/").rsplit("/", 1)[-1].lower())
    name = _ALNUM.sub("", title.split(":")[0].lower())
    first = _ALNUM.sub("", title.split()[0].lower()) if title.split() else ""
    return len(last) >= 3 and last in (name, first)


_CODE_COLON = re.compile(
    r"(?i)\W*(?:official\s+)?(?:code|implementation|repo|repository|source)\s*[:：]"
)
"""A code label that says what the link holds after a colon (``[Code: tabletop simulation]``)."""


def _named_data(link: Run) -> bool:
    """``[datasets](openslr.org/11)`` in a code column: what the list calls data, no code."""
    return " ".join(link.text.lower().strip("[]() ").split()) in _DATA_LABELS


_DATA_LABELS = frozenset("data dataset datasets benchmark benchmarks 数据集 数据".split())
"""Labels of a dataset's link (a code column's ``[models]`` on Hugging Face is still its code)."""


_NO_CODE = re.compile(r"(?i)\s*(?:n/a|none|no|not available|nil|null)\s*")
"""Words and marks of "no code" (not a dash: lists write ``-`` for an empty cell and put the
repository in the next column, ``| - | [💻](github) |``)."""


def _said_none(cell: list[Run]) -> bool:
    """A code column's cell that says there is no code (``N/A``, ``none``): an address
    written out in the row's text (a repository its abstract names) is then not the
    paper's code; a link the row labels (``[[code]](github)``, a badge) still is."""
    text = "".join(r.text for r in cell if r.kind == "text")
    return bool(_NO_CODE.fullmatch(text))


def _bare(link: Run) -> bool:
    """A link written as its own address (``https://github.com/o/r``, linkified)."""
    said = link.text.strip().rstrip("/.").removeprefix("https://").removeprefix("http://")
    return not link.image and said == link.url.rstrip("/.").split("://", 1)[-1]
