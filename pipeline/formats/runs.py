"""Inline Markdown and HTML as one flat sequence of runs: text, links, breaks.

Every layout reader works on runs, so a link written ``[text](url)``, ``<a href>``, a bare
URL (linkify) or a badge ``[![alt](img)](url)`` looks the same to it, and every run keeps
the 1-based line it stands on. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace

from markdown_it.token import Token

from pipeline.formats import spantags as ST
from pipeline.formats.common import EMOJI, SHORTCODES
from pipeline.formats.labels import is_generic
from pipeline.formats.linklines import split_byline
from pipeline.formats.mdparser import MD, tame  # noqa: F401 (the readers' API)

_LEADING_SHORTCODES = re.compile(rf"^\s*{SHORTCODES.pattern}")
_INNER_SHORTCODES = re.compile(r"(?<=[\s\])])(?::[a-z0-9_+\-]{2,40}:)(?=\s|$)")
"""A shortcode between words (``[[статья](url)] :ballot_box_with_check: Title``): an icon."""
_YEAR_EMOJI = re.compile(rf"^(\s*(?:199|20[0-4])\d)\s*(?:{EMOJI.pattern})+")

_TAG = re.compile(r"^<\s*(/?)\s*([a-zA-Z][a-zA-Z0-9]*)")
_ATTR = re.compile(r"""([a-zA-Z_:][-a-zA-Z0-9_:.]*)\s*=\s*("[^"]*"|'[^']*'|[^\s>]+)""")


_PLACEHOLDER = re.compile(r"(?i)\s*(?:url|link|href|tbd|todo|xxx|none|null|placeholder)?\s*")
"""A link's address that is no address: empty or a template's word (``<a href="url">``)."""
_TEXT_URL = re.compile(r"https?://[^\s<>\"]{4,2000}")
"""A link's text that is an address: the address the maintainer meant, when its own is a
placeholder (``<a href="url">https://doi.org/10.7554/eLife.106446.4</a>``)."""


@dataclass(frozen=True)
class Run:
    """A piece of inline content.

    ``kind`` is ``text``, ``link``, ``break`` (a soft/hard line break or ``<br>``) or
    ``badge`` (a shields.io badge outside a link: no text, its label in ``image``).
    A link's ``text`` is its visible text, ``image`` the source of an image it wraps (a
    badge), ``alt_only`` true when all its text is alt text, ``hint`` its hover text; ``em``:
    a text in italics.
    """

    kind: str
    text: str
    line: int
    url: str = ""
    image: str | None = None
    bold: bool = False
    alt_only: bool = False
    hint: str = ""
    em: bool = False


def _attrs(tag: str) -> dict[str, str]:
    return {k.lower(): v.strip("\"'") for k, v in _ATTR.findall(tag)}


_NAME_COLON = re.compile(r"(?:\S+\s)?\S+:\s")
"""``mixup: …``, ``word2vec Explained: …``, ``k-means++: …``: a title's own name and colon."""
_LABEL_PIECE = re.compile(
    r"(?i)(?:reviews?|supp\w*|appendix|spotlight|oral|award|best\b|errat\w*|corrigendum|rebuttal|"
    r"reproducibility|extended|longer|full|camera)\b"
)
"""``[reviews](u)``, ``[supplemental material](u)``, ``[best paper award](u)`` under a linked
title: the link's label, no piece of the title."""
_OPEN_WORD = re.compile(r"(?i)(?<![\w-])(?:of|for|and|the|a|an|in|on|with|to|via|from|by|at)$")
"""A word that ends no title (``Deep Residual Learning for``): the title goes on after it."""


class Builder:
    """Accumulates runs while walking tokens or HTML, tracking bold and open links."""

    def __init__(self, line: int, cell: bool = False):
        self.line = line
        self.cell = cell  # a table's cell: a title's pieces may link one page each
        self.out: list[Run] = []
        self.bold = 0
        self.em = 0  # open italics
        self.link: dict | None = None
        self.notes = 0  # open ``<sub>``/``<small>`` notes that started a line

    def text(self, s: str) -> None:
        """Text at the current position (inside the open link, if any)."""
        if not s:
            return
        if self.link is not None:
            self.link["parts"].append(s)
            self.link["alt_only"] = self.link["alt_only"] and not s.strip()
            self.link["bold"] = self.link["bold"] or self.bold > 0
        else:  # emoji are decorations (``🔥 Names. **Title**``): they hide no field's words
            if _YEAR_EMOJI.match(s) and self.at_line_start(first=True):  # ``2025 🔗 Title``
                s = _YEAR_EMOJI.sub(r"\1 · ", s)  # the emoji parts the year and the title
            s = EMOJI.sub(" ", _INNER_SHORTCODES.sub(" ", _LEADING_SHORTCODES.sub(" ", s)))
            self.out.append(Run("text", s, self.line, bold=self.bold > 0, em=self.em > 0))

    def image(self, src: str, alt: str) -> None:
        """An image: a badge inside a link, decoration outside one."""
        if self.link is not None:
            self.link["image"] = self.link["image"] or src
            self.link["parts"].append(alt)
        elif "shields.io/badge/" in src:
            # a badge outside a link says something (``CVPR'24``) but is never a title
            self.out.append(Run("badge", "", self.line, image=src))
        # any other image outside a link is decoration: no run

    def open_link(self, href: str, hint: str = "") -> None:
        """Start a link to ``href`` with hover text ``hint`` (an open one is closed first)."""
        self.close_link()
        self.link = {"url": href, "parts": [], "image": None, "line": self.line}
        self.link.update(alt_only=True, bold=self.bold > 0, hint=" ".join(hint.split())[:200])

    def close_link(self) -> None:
        """End the open link, if any, as one ``link`` run."""
        lk, self.link = self.link, None
        if lk is None:
            return
        shown, byline = split_byline("".join(lk["parts"]))  # a byline on its last line: text
        text = lk.get("label") or " ".join(shown.split())
        text = text.rstrip("?!.,:*_~") if lk.get("bare") else text  # like the URL's tail
        flags = (lk["bold"], bool(lk["image"]) and lk["alt_only"], lk["hint"])
        url = text if _PLACEHOLDER.fullmatch(lk["url"]) and _TEXT_URL.fullmatch(text) else lk["url"]
        run = Run("link", text, lk["line"], url, lk["image"], *flags)
        if not (self.cell and self._carried_on(run)):
            self.out.append(run)
        if byline:
            self.out.append(Run("text", " " + " ".join(byline.split()), self.line))

    def _carried_on(self, run: Run) -> bool:
        """``<td><a href=u>Unpacking the ethical value</a><br><a href=u>alignment in big
        models</a></td>``: a title broken over a table cell's lines, each piece linking the same
        page, is one link: its second piece goes on in lower case (no ``name: subtitle`` of its
        own, :data:`_NAME_COLON`, nor a label) or the first ends on a word that ends no title;
        not ``[Paper](u) [PDF](u)``, nor two papers' titles on one page. True when joined."""
        k = len(self.out)
        while k and (self.out[k - 1].kind == "break" or self.out[k - 1].text.isspace()):
            k -= 1
        prev = self.out[k - 1] if k else None
        broken = any(r.kind == "break" for r in self.out[k:])
        if prev is None or prev.kind != "link" or prev.url != run.url or prev.image or run.image:
            return False
        named = _NAME_COLON.match(run.text) or _LABEL_PIECE.match(run.text)  # ``mixup: …``
        on = (run.text[:1].islower() and not named) or _OPEN_WORD.search(prev.text)
        if not (broken and on) or is_generic(prev.text) or is_generic(run.text):
            return False
        self.out[k - 1 :] = [replace(prev, text=f"{prev.text} {run.text}")]
        return True

    def brk(self, newline: bool) -> None:
        """A line break; ``newline``: the source moves to its next line."""
        if newline:
            self.line += 1
        self.end_line()
        if self.link is not None:
            self.link["parts"].append("\n")
            return
        self.out.append(Run("break", "", self.line))

    def end_line(self) -> None:
        """A tab closing a line is no field separator (``Title\t`` + newline): dropped."""
        last = self.out[-1] if self.out and self.link is None else None
        if last is not None and last.kind == "text" and last.text.endswith("\t"):
            text = last.text.rstrip(" \t")
            if text:
                self.out[-1] = replace(last, text=text)
            else:
                self.out.pop()

    def html_tag(self, tag: str) -> None:
        """An inline HTML tag: links, bold, images and ``<br>``."""
        m = _TAG.match(tag)
        if not m:
            return
        closing, name = m.group(1) == "/", m.group(2).lower()
        if name == "a":
            if closing:
                self.close_link()
            else:
                self.open_link(_attrs(tag).get("href", ""), _attrs(tag).get("title", ""))
        elif name == "img" and not closing:
            a = _attrs(tag)
            self.image(a.get("src", ""), a.get("alt", ""))
        elif name in ("br", "p", "div", "li", "tr"):
            self.brk(False)
        elif name in ("b", "strong"):
            self.bold = max(0, self.bold + (-1 if closing else 1))
        elif name in ("sub", "small"):
            self._note(closing)

    def _note(self, closing: bool) -> None:
        """``Title <br/><sub>a note on it</sub>``: small text on a line of its own is a note,
        bracketed, so it is not read as the rest of the title (a subscript inside a line,
        ``CO<sub>2</sub>``, stays as it is)."""
        if closing and self.notes:
            self.notes -= 1
            self.text(")")
        elif not closing and self.link is None and self.at_line_start(first=False):
            self.notes += 1  # a cell's own start is no new line (``| <small>Title</small> |``)
            self.text("(")

    def at_line_start(self, *, first: bool) -> bool:
        """Nothing but spaces since the last line break; ``first``: what the very start
        of the output counts as."""
        for run in reversed(self.out):
            if run.kind == "break":
                return True
            if run.kind != "text" or run.text.strip():
                return False
        return first

    def since_break(self, limit: int) -> str | None:
        """The text written since the last line break (a link or an image as ``\\0``), or
        ``None`` when that is more than ``limit`` runs (a long line stays linear)."""
        texts = []
        for run in self.out[: -limit - 2 : -1]:
            if run.kind == "break":
                return "".join(reversed(texts))
            texts.append(run.text if run.kind == "text" else "\0")
        return "".join(reversed(texts)) if len(self.out) <= limit else None


_TAIL_CODES = ("%EF%BC%89", "%EF%BC%8C", "%EF%BC%9B", "%E3%80%81", "%E3%80%82", "%E3%80%8D", "%E3%80%91")  # fmt: skip


def bare_url(href: str) -> str:
    """A bare URL less what GitHub leaves out of it: full-width closing brackets, commas,
    semicolons and stops (:data:`_TAIL_CODES`) and ``?!.,:*_~`` at its end (``…/r,,, wip``), in linear time (an end-anchored pattern was
    quadratic on a run of ``_``)."""
    while True:
        cut = href.rstrip("?!.,:*_~")
        cut = next((cut[: -len(c)] for c in _TAIL_CODES if cut.endswith(c)), cut)
        if cut == href:
            return href
        href = cut


def _bare_domain(children: list[Token], i: int) -> bool:
    """A linkified word with no scheme, ``www.`` or path (``et.al``): not an address."""
    text = children[i + 1].content if i + 1 < len(children) else ""
    return "/" not in text and "@" not in text and not text.lower().startswith("www.")


def inline_runs(inline: Token, first_line: int | None = None, cell: bool = False) -> list[Run]:
    """The runs of one markdown-it ``inline`` token (line numbers 1-based); ``cell``: a
    table's cell."""
    start = first_line if first_line is not None else (inline.map[0] if inline.map else 0)
    b = Builder(start + 1, cell)
    children = inline.children or []
    bare = False  # ``et.al``, ``Node.js``: a word linkify took for a domain stays text
    skip = 0  # children already read (an emphasised tag's words)
    for i, c in enumerate(children):
        t = c.type
        if i < skip:
            continue
        tag = ST.emphasised_tag(children, i) if t == "em_open" else None
        if tag is not None:
            b.text(f"[{tag[0]}]")
            skip = tag[1] + 1
        elif t == "code_inline" and ST.leading_tag(b, c.content, children, i):
            b.text(f"[{c.content.strip()}] ")  # a code span ``TOIS(2020)`` glued to a title: a tag
        elif t == "code_inline" and ST.trailing_tag(
            b, c.content, children[i + 1 : i + 2 + ST.TAG_SCAN]
        ):
            b.text(f"[{c.content}]")  # ``Title, `EuroS&P 2023` [[paper](url)]``
        elif t == "text" and "[[" in c.content:
            b.text(ST.wikilinks_shown(c.content))
        elif t in ("text", "code_inline"):
            b.text(c.content)
        elif t == "softbreak" and b.em and ST.wrapped_em(b, children, i):
            b.line += 1  # ``*Title broken over`` / ``two lines*.``: one title, one line
            b.text(" ")
        elif t in ("softbreak", "hardbreak"):
            b.brk(True)
        elif t in ("em_open", "em_close"):
            b.em = b.em + 1 if t == "em_open" else max(0, b.em - 1)
        elif t == "link_open" and c.markup == "linkify" and _bare_domain(children, i):
            bare = True
        elif t == "link_open" and c.markup == "linkify":
            label = _label_before(b.out)  # ``paper: https://gmd…``; ``URL:`` dropped
            b.open_link(bare_url(str(c.attrGet("href") or "")))
            b.link.update(label=label, bare=True)
        elif t == "link_open":
            b.open_link(str(c.attrGet("href") or ""), str(c.attrGet("title") or ""))
        elif t == "link_close" and bare:
            bare = False
        elif t == "link_close":
            b.close_link()
        elif t == "image":
            b.image(str(c.attrGet("src") or ""), "".join(x.content for x in c.children or []))
        elif t == "strong_open":
            b.bold += 1
        elif t == "strong_close":
            b.bold = max(0, b.bold - 1)
        elif t == "html_inline":
            b.html_tag(c.content)
    b.close_link()
    b.end_line()
    return _glued(b.out)


def _glued(out: list[Run]) -> list[Run]:
    """``"[Empirical ](u)[](u)[models ](u)[of spiking in neural populations ](u)"``: a title
    copied from rich text as pieces that link the same page right after one another, with
    an empty piece among them or three pieces or more (the first no label), is one link;
    not a name and its label (``[Mamba](u)[PDF](u)``) nor a title twice."""
    result: list[Run] = []
    i = 0
    while i < len(out):
        j = i + 1
        while j < len(out) and _same_page(out[j - 1], out[j]):
            j += 1
        chain = out[i:j]
        empty = any(not r.text for r in chain)
        copied = empty or (len(chain) >= 3 and not is_generic(chain[0].text))
        if len(chain) >= 2 and copied:
            result.append(replace(chain[0], text=" ".join(r.text for r in chain if r.text)))
        else:
            result.extend(chain)
        i = j
    return result


def _same_page(a: Run, b: Run) -> bool:
    return a.kind == b.kind == "link" and a.url == b.url and not (a.image or b.image)


PAPER_LABEL_WORDS = ("paper", "pdf", "arxiv", "preprint", "article")
"""Words that label a bare paper address (``paper: https://...``); the link reads as them."""
_PAPER_LABEL = re.compile(rf"(?i)(?:^|[\s*_(\[])({'|'.join(PAPER_LABEL_WORDS)})\s*[:：]\s*$")


def _label_before(out: list[Run]) -> str | None:
    """``paper`` when the text before a bare URL labels it (``* paper: https://…``): the
    link then reads as ``[paper](https://…)``, a paper whatever its host."""
    last = out[-1] if out and out[-1].kind == "text" else None
    if last is not None and (said := _ADDRESS_LABEL.search(last.text[-40:])):
        out[-1] = replace(last, text=last.text[: len(last.text) - len(said.group())] + " ")
        return None  # ``Title. Venue 2020. URL: https://…``: a label that says nothing
    m = _PAPER_LABEL.search(last.text[-40:]) if last else None
    return m.group(1).lower() if m else None


_ADDRESS_LABEL = re.compile(
    r"(?:^|(?<=[\s.,;]))(?:(?:(?:Code|Paper|Project|Dataset|Data|Demo|Website|PDF|Source)\s+)?URL"
    r"|Available\s+at)\s*:\s*$"
)
"""A label that only says an address follows: ``URL:``, ``Code URL:``, ``Available at:``."""


def markdown_runs(text: str, line: int) -> list[Run]:
    """Runs of a string of inline Markdown that starts on 1-based ``line``."""
    return [r for tok in MD.parseInline(text) for r in inline_runs(tok, line - 1)]


def plain(runs: list[Run]) -> str:
    """The text a reader sees, links included, on one line."""
    return " ".join("".join(r.text if r.kind != "break" else " " for r in runs).split())


def lines_of(runs: list[Run]) -> list[list[Run]]:
    """The runs split at line breaks (soft, hard and ``<br>``)."""
    out: list[list[Run]] = [[]]
    for r in runs:
        if r.kind == "break":
            if out[-1]:
                out.append([])
        else:
            out[-1].append(r)
    return [x for x in out if x]


def ends_text(runs: list[Run], start: int) -> bool:
    """Only punctuation, a maker's note (``(Microsoft)``, ``NVIDIA``), a line break or links
    follow: the run ends the line's text."""
    rest = ""
    for k in range(start, len(runs)):  # no copy of the rest: a long line stays linear
        if runs[k].kind != "text":
            break
        rest += runs[k].text
        if len(rest) > 200:
            return False  # longer than any maker's note or single word
    note = rest.strip(" .,;:|-–—*_")
    if note.startswith("(") and note.endswith(")"):
        return len(note.split()) <= 4  # ``(Microsoft)``, ``(Google Research)``
    return len(note.strip("()[]").split()) <= 1  # ``NVIDIA``; not ``Deep Learning Track``


def text_before_break(segs: list) -> str:
    """The text of a line's segments (``(text, link, bold, line)``) up to its first line
    break or link."""
    out = ""
    for text, link, *_ in segs:
        if text == "\n" or link is not None:
            break
        out += text
    return out
