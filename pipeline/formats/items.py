"""List items and paragraphs as the reader sees them: items with their own runs and
their children, and the groups a paragraph of several papers splits into. Pure."""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from markdown_it.token import Token

from pipeline import titles
from pipeline.formats import authors as A
from pipeline.formats import fields as F
from pipeline.formats.blocks import Context, arxiv_ids, block_title, has_paper, links_of
from pipeline.formats.common import CJK
from pipeline.formats.htmlruns import html_chunks
from pipeline.formats.labels import TITLE_LABELS, name_like
from pipeline.formats.mdparser import reparsed
from pipeline.formats.mentions import cites_in_a_sentence
from pipeline.formats.neighbours import titled
from pipeline.formats.runs import Run, inline_runs, plain
from pipeline.formats.toolrepo import tool_repository


@dataclass
class Item:
    """A list item: its own runs, its child items, and Markdown indented into it."""

    own: list[Run]
    children: list[Item]
    indented: list[list[Token]] = field(default_factory=list)
    """Fragments indented into code blocks inside the item, re-parsed as Markdown."""
    answers: dict[str, bool] = field(default_factory=dict, repr=False, compare=False)
    """What :func:`item_has_title` and :func:`tree_has_paper` said of this item: each
    level of a deep tree asks about the whole subtree below it (quadratic in the depth)."""


def head_among(
    own: list[Run], loose: list[Item]
) -> tuple[F.TitleGuess | None, list[Run], list[list[Run]]]:
    """The title of an item whose paper link is in a sub-item: its own text, unless a
    link-less sub-item holds a bold title (``- `2025-02 | Name` `` / ``  - **Title**``)."""
    lines = [ln for ch in loose for ln in all_lines(ch)]
    own_guess = block_title(own)
    named = _title_field(own, own_guess, loose, lines)
    if named is not None:
        return named, own, lines
    if own_guess is None or "bold" not in own_guess.evidence:
        for i, ln in enumerate(lines):
            g = block_title(ln) if not links_of(ln) else None
            if g is not None and "bold" in g.evidence:
                rest = [own, *lines[:i], *lines[i + 1 :]] if own else lines[:i] + lines[i + 1 :]
                return g, ln, rest
    return own_guess, own, lines


def _title_field(
    own: list[Run], guess: F.TitleGuess | None, loose: list[Item], lines: list[list[Run]]
) -> F.TitleGuess | None:
    """The title a labelled field among the sub-items gives (a Chinese gloss over ``- 论文名称:
    Gemini: A Family of ...`` and ``- 论文地址: url``; ``- [Prompt](notes.md)`` over ``- Title:
    Prompt Tuning``): it names the paper, not the item's own gloss or a bold phrase of its
    notes. Not under an item titled already (in bold, or in four words or more of no
    Chinese: the field may be a talk's title or a translation, ``- 标题: 分割一切``), nor when
    the sub-items link two papers."""
    # the item's whole text: its Latin part may read as a title (``[Medical QA by … 医疗QA问答](notes/)``)
    said = plain(own)
    titled = guess is not None and ("bold" in guess.evidence or len(guess.title.split()) > 3)
    if (titled and not CJK.search(said)) or len({i for ln in lines for i in arxiv_ids(ln)}) > 1:
        return None
    for ch in loose:
        label, value = F.strip_label(plain(ch.own).strip())
        value = F.clean_title(value) if label in TITLE_LABELS and not links_of(ch.own) else ""
        if CJK.search(value) and not CJK.search(said):
            return None  # ``- Deep Residual Learning …`` over ``- 标题: …``: its translation
        if value and not ch.children:
            line = own[0].line if own else ch.own[0].line
            return F.TitleGuess(value, None, "the paper's Title field", line)
    return None


def restated_by_child(item: Item) -> bool:
    """A link-less item whose only sub-item links a paper and repeats the item's title
    after its authors, before its links (``* Title (2019 CVPR)`` over ``* Name et al.
    Title [[paper]](url)``): the item is that paper's head, the sub-item its details. A
    topic over a paper (``- Object Detection in Aerial Images`` over ``- [DOTA: ... in
    Aerial Images](url)``) is no head: the sub-item's text before its first link must be
    the authors, closed by a full stop, and then the very title."""
    if links_of(item.own) or len(item.children) != 1 or item.children[0].children:
        return False
    child = item.children[0].own
    head = block_title(item.own)
    if head is None or not has_paper(child):
        return False
    first = next((i for i, r in enumerate(child) if r.kind == "link"), len(child))
    said = plain(child[:first])
    title = _TAIL.sub("", head.title)  # and without a ``Name: `` before it
    wants = [w for w in (title, title.partition(": ")[2]) if len(titles.normalize(w).split()) >= 4]
    return any(_after_names(said, want) for want in wants)


def named_below(item: Item) -> str | None:
    """The name a link-less title item's only sub-item gives its paper before the links
    (``* Blind Image Decomposition`` over ``  * BID [[paper]](url) [[PyTorch]](url)``,
    ``  * Yu et al. [[paper]](url)``): the item is the paper's head. A topic over one paper
    reads the same, so the reader asks it only of a list whose items do it again and again."""
    if links_of(item.own) or len(item.children) != 1 or item.children[0].children:
        return None
    child = item.children[0].own
    head = block_title(item.own)
    if head is None or len(head.title.split()) < 3 or not has_paper(child):
        return None
    said = _lead(child)
    return _paper_name(child) or (said if _ET_AL_ONLY.fullmatch(said) else None)


def topic_over_names(item: Item) -> bool:
    """A link-less item over several sub-items that each name a paper before its links
    (``* Object Detection`` over ``  * DOTA [[paper]](url)``, ``  * ReDet [[paper]](url)``):
    a topic, so a list that has one writes its single-paper topics the same way."""
    if links_of(item.own) or len(item.children) < 2:
        return False
    return any(_paper_name(ch.own) for ch in item.children)


def _paper_name(runs: list[Run]) -> str | None:
    """``BID [[paper]](url)``: the one-word name a line gives its paper before its links."""
    said = _lead(runs)
    return said if has_paper(runs) and len(said.split()) == 1 and name_like(said) else None


def _lead(runs: list[Run]) -> str:
    """The text of a line before its first link."""
    first = next((i for i, r in enumerate(runs) if r.kind == "link"), len(runs))
    return plain(runs[:first]).strip(" :-–—*_[(")


_ET_AL_ONLY = re.compile(r"[A-Z][\w'’-]+ et\.? al\.?")


def _after_names(said: str, title: str) -> bool:
    """``said`` is a few names closed by a full stop, then ``title`` (and a full stop)."""
    words, got = said.split(), titles.normalize(title).split()
    for k in range(1, min(len(words), 12)):  # the names: up to a dozen words
        if words[k - 1].endswith(".") and titles.normalize(" ".join(words[k:])).split() == got:
            return True
    return False


_TAIL = re.compile(r"\s*[(\[][^()\[\]]*[)\]]\s*$")
"""A closing ``(2019 CVPR)`` or ``[Arxiv]`` after a title: not part of it."""


def closing_index(tokens: list[Token], start: int) -> int:
    """Index of the token that closes the one opened at ``start``."""
    depth, kind = 0, tokens[start].type
    close = kind.replace("_open", "_close")
    for j in range(start, len(tokens)):
        if tokens[j].type == kind:
            depth += 1
        elif tokens[j].type == close:
            depth -= 1
            if depth == 0:
                return j
    return len(tokens) - 1


def list_items(tokens: list[Token], start: int, end: int) -> list[Item]:
    """The items of the list between ``start`` and ``end``, nested items as children."""
    items: list[Item] = []
    i = start + 1
    while i < end:
        if tokens[i].type != "list_item_open":
            i += 1
            continue
        close = closing_index(tokens, i)
        own: list[Run] = []
        children: list[Item] = []
        indented: list[list[Token]] = []
        single = _one_paper_paragraph(tokens, i + 1, close)
        j = i + 1
        while j < close:
            t = tokens[j]
            if t.type in ("bullet_list_open", "ordered_list_open"):
                sub = closing_index(tokens, j)
                children.extend(list_items(tokens, j, sub))
                j = sub + 1
                continue
            if t.type == "table_open" and _rows(tokens, j) >= 2:  # a table of papers in the
                sub = closing_index(tokens, j)  # item (``<details>``): read as one; a row
                indented.append(tokens[j : sub + 1])  # alone is the item's own fields
                j = sub + 1
                continue
            named = single is not None and _name_only(own, single)  # ``- **NormFace**``, then
            if t.type == "inline" and own and not named and own_paper_paragraph(t, tokens[j - 1]):
                # a later paragraph of the item: a sub-item of its own (papers written
                # as paragraphs under a category item)
                children.append(Item(inline_runs(t), []))
            elif t.type == "inline":
                own.extend(([Run("break", "", own[-1].line)] if own else []) + inline_runs(t))
            elif t.type == "html_block":
                for c in html_chunks(t.content, (t.map[0] if t.map else 0) + 1):
                    own.extend(([Run("break", "", c.line)] if own else []) + c.runs)
            elif t.type == "code_block" and "](" in t.content:
                indented.append(reparsed(t))
            j += 1
        items.append(Item(own, children, indented))
        i = close + 1
    return items


def _rows(tokens: list[Token], start: int) -> int:
    """Body rows of the table opened at ``start``."""
    end = closing_index(tokens, start)
    return sum(t.type == "tr_open" for t in tokens[start:end]) - 1  # the header's row aside


def _name_only(own: list[Run], below: str) -> bool:
    """An item's own text that is a bold name with a code link, or with a colon over a
    paper whose title starts with it, and links no paper (``**FaceNet:** [[code]](url)``,
    ``**CosFace:**``); a category (``- Chunk Optimization``, ``- **Text-to-3D:**``) is not one."""
    words = " ".join(r.text for r in own if r.kind == "text").split()
    bold = any(r.bold for r in own if r.text.strip())
    code = any(F.link_role(r) == "code" and "awesome" not in r.url.lower() for r in links_of(own))
    name = (" ".join(r.text for r in own if r.bold and r.kind == "text") or plain(own)).strip(
        " :："
    )
    colon = plain(own).rstrip(" *_").endswith((":", "：")) and below.lower().startswith(
        name.lower()
    )
    named = name_like(name)  # ``FaceNet``, not a topic's toolbox (``**Object Detection**``)
    return bold and named and (code or colon) and not has_paper(own) and len(words) <= 3


def _one_paper_paragraph(tokens: list[Token], start: int, end: int) -> str | None:
    """The text of the one paragraph that follows the item's own text, when it names and
    links a paper (the paper of a name item), not several (papers under a category item)."""
    depth, later = 0, []
    for j in range(start, end):
        t = tokens[j]
        depth += t.nesting if t.type.endswith(("list_open", "list_close")) else 0
        if depth == 0 and t.type == "inline":
            later.append(j)
    if len(later) != 2 or not own_paper_paragraph(tokens[later[1]], tokens[later[1] - 1]):
        return None
    return plain(inline_runs(tokens[later[1]])).lstrip(" [*_")


def own_paper_paragraph(inline: Token, before: Token) -> bool:
    """A later paragraph of an item that names and links a paper by itself."""
    if before.type != "paragraph_open":
        return False
    runs = inline_runs(inline)
    g = block_title(runs)
    return g is not None and g.evidence != "text" and has_paper(runs)


def tree_has_paper(item: Item) -> bool:
    """True when the item or one of its descendants links a paper."""
    if "paper" not in item.answers:
        found = has_paper(item.own) or any(tree_has_paper(c) for c in item.children)
        item.answers["paper"] = found
    return item.answers["paper"]


def item_has_title(item: Item) -> bool:
    """True when the item (or a descendant) reads as a paper of its own, not a sentence
    that cites one."""
    if "title" not in item.answers:
        item.answers["title"] = _has_title(item)
    return item.answers["title"]


def _has_title(item: Item) -> bool:
    if cites_in_a_sentence(item.own):
        return False
    if block_title(item.own) is not None and (has_paper(item.own) or tree_has_paper(item)):
        return True
    return any(item_has_title(c) for c in item.children)


def notes_list(items: list[Item]) -> bool:
    """Notes on the paper above the list: a note of three words or more and no link
    (``1. certified defense for attack detection.``), and every link only named inside a
    note (``2. The idea is basically [Minority Report](arxiv) with ...``); not a list of
    papers (``- [Title](url) ICLR 2022``, ``- Related: [Title](url)``) with a note among
    them."""
    noted = False
    for it in _flat(items):
        text, links = plain(it.own).strip(" *_`"), links_of(it.own)
        if not links:
            prose = text[:1].islower() or text.endswith((".", "!", "?")) or F.is_prose(text)
            noted = noted or (len(text.split()) >= 3 and prose)
            continue
        if any(len(r.text.split()) > 3 or F.is_generic(r.text) for r in links):
            return False  # a titled link, or ``Title. CVPR 2021. [paper](url)``: a paper
        at = it.own.index(links[0])
        lead, tail = plain(it.own[:at]).strip(" *_`"), plain(it.own[at + 1 :])
        labelled = lead.endswith(_LABEL_ENDS) or len(lead.split()) <= 2  # ``v2 →``, ``successor``
        dated = F.context_facts(f"{lead} {tail}") != (None, None)  # ``[YOLOv2](url) CVPR 2017``
        inside = len(tail.split()) >= 2 or _LEAD_INTO.search(lead) is not None  # a mention
        if labelled or dated or not inside or A.names_like(lead) or "et al" in lead:
            return False  # the item opens with its paper, labels it, dates it or cites it
    return noted


_LEAD_INTO = re.compile(
    r"(?:[+&]|\b(?:and|of|with|in|like|as|from|is|see|by|to|on|via|basically))\s*$", re.I
)
"""A lead that runs into the link it names (``The idea is basically [X](url) with ...``,
``ViT + [X](url)``), not a label of the paper linked after it (``The improved version``)."""
_LABEL_ENDS = (":", "：", "-", "–", "—", "→", "=>", "⇒")
"""How a lead ends when it labels the paper linked after it (``Related:``, ``v2 →``)."""


def _flat(items: list[Item]) -> list[Item]:
    """The items and every item nested in them, in order."""
    return [x for it in items for x in (it, *_flat(it.children))]


def all_lines(item: Item) -> list[list[Run]]:
    """The item's own runs and its descendants', one list per item."""
    out = [item.own] if item.own else []
    for c in item.children:
        out.extend(all_lines(c))
    return out


_SEPARATOR = re.compile(r"\s[·•|]\s|;(?:\s|$)")
"""What stands between papers written in one line: `` · ``, `` • ``, `` | ``, ``; ``."""


def inline_papers(runs: list[Run]) -> list[list[Run]] | None:
    """``**A** [[paper]](a) · **B** [[paper]](b)``: several papers written in one item, each
    from its bold name (the last one before its paper link) to its links; ``None`` unless
    two pieces or more between separators each name and link a paper of their own."""
    if len({r.url for r in links_of(runs) if F.link_role(r) == "paper"}) < 2:
        return None
    pieces: list[list[Run]] = [[]]
    for r in runs:
        parts = _SEPARATOR.split(r.text) if r.kind == "text" else [r.text]
        for n, part in enumerate(parts):
            if n:
                pieces.append([])
            pieces[-1].append(replace(r, text=part) if len(parts) > 1 else r)
    named = [_from_name(p) for p in pieces if has_paper(p)]
    return named if len(named) >= 2 and all(named) else None


def _from_name(piece: list[Run]) -> list[Run] | None:
    first = next(
        (i for i, r in enumerate(piece) if r.kind == "link" and F.link_role(r) == "paper"), None
    )
    if first is None:  # a cited or repaired paper link: not a named piece of its own
        return None
    before = plain(piece[:first]).strip()
    by = _BY.match(plain(piece[first + 1 :]))  # ``**Reading**: [Title](url) by Lazer et al; ...``
    if (not before or before.endswith(":")) and by and titled(piece[first].text, 3):
        return piece[first:]
    bold = [i for i, r in enumerate(piece[:first]) if r.bold and r.text.strip()]
    return piece[bold[-1] :] if bold else None


_BY = re.compile(r"\s*,?\s*by\s+[^\W\d_]")
"""``by Lazer et al``: the authors after a linked title."""


def fields_of(title_item: tuple | None, items: list[Item], glued: bool = False) -> tuple | None:
    """A title-only item (or line) just read, when the list after it is its fields (every
    item a labelled field: ``**Authors**: ...``, ``- **URL**: [PDF](url)``; under a ``glued``
    title line, also one paper's untitled link and notes: ``- https://openreview.net/forum?id=…``
    / ``- a note``), never a list of papers (``1. [arXiv:1706.03762](url)`` / ``2. [arXiv:…``)."""
    if title_item is None or not items or len({i for it in items for i in arxiv_ids(it.own)}) > 1:
        return None
    labelled = all(F.strip_label(plain(it.own))[0] for it in items)
    if not glued:
        return title_item if labelled else None
    papers = {r.url for it in items for r in links_of(it.own) if F.link_role(r) == "paper"}
    one = len(papers) == 1 and not any(item_has_title(it) or it.children for it in items)
    return title_item if labelled or one else None


def below(item: Item, ctx: Context) -> Context:
    """The context of an item's children: its year or venue, and the repository of a tool's
    item (``- `MapCaller` - ... https://github.com/o/MapCaller``) over its paper's citation."""
    sub = ctx.with_facts(plain(item.own), "parent item") if item.own else ctx
    one = bool(item.own) and len(item.children) == 1 and not has_paper(item.own)
    return replace(sub, parent_code=tool_repository(item.own) if one else None)


def contents_line(runs: list[Run]) -> bool:
    """``- [CVPR](#cvpr)``, ``- [CVPR](#cvpr) (1 paper)``, ``[CVPR](#cvpr) | [ICCV](#iccv)``: an
    item of a contents list, links to the list's own anchors and a few words beside them."""
    links = [r for r in runs if r.kind == "link"]
    words = " ".join(r.text for r in runs if r.kind != "link").split()
    return bool(links) and all(r.url.startswith("#") for r in links) and len(words) <= 4
