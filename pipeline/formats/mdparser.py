"""The one Markdown parser of the reading layer, and the taming of its input (markdown-it
reads deep nesting, deep quotes and runs of brackets slowly or not at all)."""

from __future__ import annotations

import re
import textwrap

from markdown_it import MarkdownIt
from markdown_it.common.normalize_url import normalizeLink
from markdown_it.token import Token

from pipeline.formats import mdshortcuts
from pipeline.formats.frontmatter import front_matter_lines
from pipeline.formats.gluedbullets import glued_items
from pipeline.formats.leadlines import BULLET as _BULLET
from pipeline.formats.leadlines import FENCE as _FENCE
from pipeline.formats.leadlines import indented_lead, wide_numbers
from pipeline.formats.rowmends import DELIMITER_ROW as _DELIMITER_ROW
from pipeline.formats.rowmends import fitted, mend_rows
from pipeline.model import UnreadBlock

MAX_NESTING = 256
"""markdown-it stops reading (silently) past this depth of nested blocks and inlines."""
MAX_INDENT = 120
"""Columns of indentation kept: a deeper line is read as if indented this far, so a
list nested 60 levels or more is flattened at that depth, never dropped."""
MAX_QUOTES = 8
MAX_BRACKETS = 1000
"""A line with more ``[`` than this is read as text: markdown-it's link search is
quadratic in unclosed brackets (1 MB of ``[`` took a minute)."""

MD = MarkdownIt("commonmark", {"linkify": True, "maxNesting": MAX_NESTING}).enable(
    ["table", "linkify"]
)
"""The one Markdown parser of the reading layer (CommonMark, tables, bare URLs)."""

_PLAIN_URL = re.compile(
    r"https?://[a-z0-9.-]+(?::\d{1,5})?(?:[/?#][A-Za-z0-9\-._~!$&'()*+,;=:@/?#]*)?"
)


def _normalize_link(url: str) -> str:
    """markdown-it's own link normalisation, skipped for a plain web address (lower-case
    ASCII host, no ``%`` or other character it would encode), which it returns unchanged:
    checked on the 46,643 such addresses of the real-list corpus and 200,000 random ones.
    It was a third of markdown-it's time on a list of links."""
    return url if _PLAIN_URL.fullmatch(url) else normalizeLink(url)


MD.normalizeLink = _normalize_link  # type: ignore[method-assign]
mdshortcuts.install(MD)


_NO_BRACKETS = str.maketrans("[]", "()")


def tame(text: str) -> tuple[str, tuple[int, ...]]:
    """``text`` made safe for markdown-it to read in linear time, and the 1-based lines
    whose links could not be kept (read as plain text instead).

    Lines indented past ``MAX_INDENT`` columns or quoted past ``MAX_QUOTES`` levels are
    brought back to that depth; a line with more than ``MAX_BRACKETS`` ``[`` has its
    brackets read as parentheses; a tag line indented inside an HTML ``<table>`` is read
    at the table's own indentation (:func:`_html_table_tags`); a front matter is blank
    (:func:`~pipeline.formats.frontmatter.front_matter_lines`); an HTML comment or a blank line between two table rows
    that the maintainer meant as one table (:func:`_table_goes_on`) is an empty row; a row
    wider than its table's header or broken over two lines is mended (:func:`mend_rows`); a link
    closed by ``)(`` or a full-width bracket, or given two addresses, is read as the link
    meant, and so is one with a space before its address; items numbered 10 or more are
    read as the list's one-digit items are (:func:`wide_numbers`), as is ``-[Title](url)``
    in a list (:func:`glued_items`). Line numbers never change."""
    lines = text.split("\n")
    lost: list[int] = []
    for i in range(front_matter_lines(lines)):
        lines[i] = ""  # Jekyll's ``---`` / ``title: ...`` / ``---`` (Hugo's ``+++``): no text
    tags = _html_table_tags(lines) if _TABLE_OPEN.search(text) else {}
    wide = mend_rows(lines) if "|" in text else {}
    glued = glued_items(lines) if "-[" in text else set()
    wide_numbers(text, lines)  # (``10. **Title**`` over ``   *Authors*``, as item 9's)
    fenced = contents = False
    term = above_now = ""  # the last line at the margin: a definition list's term
    for i, line in enumerate(lines):
        term = line if line[:1].strip() and not line.startswith(":") else term
        original_above, above_now = above_now, line  # (the line above as written)
        if line[: MAX_INDENT + 1].isspace() and len(line) > MAX_INDENT:
            line = " " * MAX_INDENT + line.lstrip(" \t")
        quotes = _QUOTE_MARKS.match(line)
        if quotes and quotes.group().count(">") > MAX_QUOTES:
            line = ">" * MAX_QUOTES + " " + line[quotes.end() :].lstrip(" \t")
        if not fenced and line[:4].lstrip(" ").startswith(":"):  # kramdown's ``Term`` / ``: def``
            line = _definition(line, original_above, term)
        markers = _MARKER_RUN.match(line)  # ``- - - … [Title](url)``, not a spaced rule
        if markers and not fenced and line[markers.end() :].strip(" \t-*+_"):
            line = markers.group(1) + "- " + line[markers.end() :]
        if line.count("[") > MAX_BRACKETS:
            line = line.translate(_NO_BRACKETS)
            lost.append(i + 1)
        if i in tags:
            line = tags[i] + line.lstrip(" \t")
        if i in wide and not fenced:  # ``| ... | |[[PDF]](url)``: a stray bar, the link kept
            line = fitted(line, wide[i])
        fenced = fenced != bool(_FENCE.match(line))  # (a line inside a code block stays)
        headed = _INDENTED_HEADING.match(line) and (i == 0 or not lines[i - 1].strip())
        if not fenced and headed and (contents or _after_contents(lines, i)):
            line, contents = line.lstrip(" "), True  # ``  ## Section`` below a table of
            # contents' last item, and the sections written the same way after it
        if not fenced and line.startswith("    ") and (item := _lazy_item(lines, i)):
            line = item  # ``   - A`` then ``    - B``: B is A's sibling, not A's text
        line = line.lstrip(" ") if not fenced and indented_lead(lines, i) else line
        line = line if fenced else _mended_links(line)
        line = line.replace("-[", "- [", 1) if i in glued else line  # ``-[Title](url)``
        ruled = line.lstrip()[:1] in ("-", "*", "_")  # ``---`` between two years' rows
        if ("<!--" in line or not line.strip() or ruled) and _table_goes_on(lines, i):
            line = "| |"  # a row commented out, a blank line: the table goes on below it
        lines[i] = line
    return "\n".join(lines), tuple(lost)


def _mended_links(line: str) -> str:
    """``line``'s links written as the maintainer meant them: ``[Title)(url)``, an address
    that opens with a site generator's tag, two addresses, a full-width closing bracket, a
    space between the text and its address (``[Title] (https://…)``)."""
    if ")(" in line and "`" not in line:  # ``[Title)(url)``: a typo
        line = _SWAPPED_CLOSE.sub(r"[\1](\2)", line)
    for _ in range(3):  # ``[Title]({{< ref "docs/x.md" >}} )``, ``({{ site.url }}{{ … }}/a.pdf)``
        if "]({" not in line or "`" in line:
            break
        line = _TEMPLATE_TARGET.sub(_template_path, line)
    if "](" in line and "`" not in line:  # ``[Title](url1 url2)``
        line = _TWO_TARGETS.sub(r"](\1) (\2)", line)
        line = _SPACED_PDF.sub(lambda m: "](" + m[1].replace(" ", "%20") + ")", line)
        line = _WIDE_CLOSE.sub(r"](\1)", line) if "）" in line else line
    if "] (http" in line and "`" not in line:  # ``[Title (2023) ] (https://…)``: a space
        line = _SPACED_TARGET.sub(_unspaced, line)
    return line


_DEFINITION = re.compile(r"^( {0,3}):[ \t]+(?=\S)")
_ORDERED = re.compile(r"1[.)][ \t]")
_PLAIN_TERM = re.compile(r"[^\[\]*_`<>|#]{1,40}")


def _definition(line: str, above: str, term: str) -> str:
    """A definition of kramdown's (and PHP Markdown Extra's) definition lists, which
    CommonMark reads as a line of its term's paragraph: under a short plain term (a date,
    ``Week 1``) an item of its own; a numbered list opening under any term (``Feb. 6, Thu``
    then ``: 1. [Title](url)``) that list; under a title (``**Title**`` over ``: Authors``)
    as CommonMark reads it, the title's text."""
    m = _DEFINITION.match(line)
    if m is None:
        return line
    plain = _PLAIN_TERM.fullmatch(term.strip()) is not None and len(term.split()) <= 4
    plain = plain and any(c.isdigit() for c in term)  # a date, ``Week 1``; not ``Mask R-CNN``
    if plain and (not above.strip() or above.lstrip().startswith(":") or above == term):
        return m.group(1) + "- " + line[m.end() :]
    return m.group(1) + line[m.end() :] if _ORDERED.match(line, m.end()) else line


MAX_MARKERS = 32
_MARKER_RUN = re.compile(rf"([ \t]*)(?:(?:[-*+]|\d{{1,9}}[.)])[ \t]+){{{MAX_MARKERS + 1},}}")
"""More than :data:`MAX_MARKERS` list markers opening one line: one item (markdown-it drops
what is nested past its depth, silently)."""


def _lazy_item(lines: list[str], i: int) -> str | None:
    """Line ``i`` at the indentation of the item on the line above when it opens an item
    that no open item can hold (four columns or more past every item's text column above
    it, less than the last one's): CommonMark reads it as a lazy line of the item above, the
    maintainer wrote the next item (``   - A`` over ``    - B``)."""
    own, prev = _BULLET.match(lines[i]), _BULLET.match(lines[i - 1]) if i else None
    if own is None or prev is None or len(own.group(1)) >= prev.end():
        return None
    indent = len(own.group(1))
    for above in reversed(lines[max(0, i - 200) : i]):
        m = _BULLET.match(above)
        if m and m.end() <= indent <= m.end() + 3:
            return None  # an item of the list that holds ``m``'s item
        if above.strip() and m is None and not above[:1].isspace():
            break  # a paragraph or heading that no list goes on past
    return prev.group(1) + lines[i].lstrip(" ")


_SWAPPED_CLOSE = re.compile(r"\[([^\[\]()\n]{3,300})\)\((https?://[^\s()]{4,2000})\)")
"""A link whose text closes with ``)`` instead of ``]`` (``[SKCODER: ...)(https://...)``)."""
_SPACED_PDF = re.compile(
    r"\]\((?!https?://)((?:[^()\s\n]|\([^()\s\n]*\))(?:[^()\n]|\([^()\n]*\)){0,300}?\s[^()\n]*?\.pdf)\)"
)
"""``[paper](camready/4/CameraReady/Sound-guided semantic image manipulation.pdf)``: a PDF's
path with spaces (a site generator serves it; CommonMark reads no link): its spaces encoded;
not an address followed by words (``(https://arxiv.org/abs/X local copy: a.pdf)``)."""
_TWO_TARGETS = re.compile(r"\]\((https?://[^\s()<>]{4,2000})[ \t]+(https?://[^\s()<>]{4,2000})\)")
"""A link given two addresses (``[Title](http://arxiv.org/abs/ID https://aclweb.org/...)``,
a bibliography export's ``url`` field): not a link for CommonMark, so the title was read as
text; it is the first address's link, the second written after it."""


_TEMPLATE_TARGET = re.compile(r"\]\(\s*(\{\{[<%]?|\{%)([^{}\n]{1,300}?)(?:[>%]?\}\}|%\})")
"""A link whose address opens with a site generator's tag (Hugo's ``{{< ref "docs/x.md" >}}``,
Jekyll's ``{% link x.md %}`` or ``{{ site.baseurl }}``): no link for CommonMark (the tag has
spaces), a link to the site's own page once the site is built."""


_PAGE_PATH = re.compile(r"/|\.(?:md|markdown|html?|pdf)$")
"""A tag's word that is a path (``_posts/x.md``, ``about.md``), not a name (``homepage``)."""


def _template_path(m: re.Match[str]) -> str:
    """The tag of :data:`_TEMPLATE_TARGET` as the path it names, else nothing: a Hugo
    shortcode's quoted path (``{{< ref "docs/x.md" >}}``), a Jekyll tag's last word when it is
    a path (``{% link _posts/x.md %}``); a Liquid output (``{{ site.baseurl }}``, ``{{
    paper.pdf }}``) is a variable, so ``{{ site.baseurl }}/a.pdf`` is ``/a.pdf``."""
    opener, inner = m.group(1), m.group(2)
    quoted = re.search(r"[\"']([^\"'\s]{1,200})[\"']", inner)
    last = inner.split()[-1] if inner.split() and opener == "{%" else ""
    word = quoted.group(1) if quoted and opener != "{{" else last
    path = word if _PAGE_PATH.search(word) else ""
    return "](" + path.replace("(", "%28").replace(")", "%29")


_SPACED_TARGET = re.compile(r"\[([^\[\]\n]{2,300})\] \(https?://[^\s()<>]{4,2000}\)")
"""A link written with a space between its text and its address, as GitHub does not read it."""


def _unspaced(m: re.Match[str]) -> str:
    """The :data:`_SPACED_TARGET` link without its space, when its text has words (not
    ``[1] (url)``, a citation's number)."""
    return m[0].replace("] (", "](", 1) if re.search(r"[^\W\d_]{2}", m[1]) else m[0]


_WIDE_CLOSE = re.compile(r"\]\((https?://[^\s()（）<>]{4,2000})）(?![^\s()（）<>]+\))")
"""A link closed by a full-width bracket (``[Title](https://arxiv.org/abs/2210.03109）``, a
Chinese keyboard's ``）``): not a link for CommonMark; the address ends at that bracket
(not at a ``）`` inside an address that a ``)`` closes, ``(https://x.org/a）b)``)."""


_TABLE_OPEN = re.compile(r"(?im)^ {0,3}<table\b")
_TABLE_CLOSE = re.compile(r"(?i)</table\s*>")


def _html_table_tags(lines: list[str]) -> dict[int, str]:
    """The lines indented deeper than an HTML ``<table>`` that opens a block and that start
    with a tag before its ``</table>``, each with the table's own indentation to read it at:
    a generated page's rows (``      <tr>`` after a blank line), which markdown-it would read
    as code where a browser and MkDocs show a table; in a list item, still the item's. A
    blank line between two of its row tags is an empty comment (:func:`_between_rows`)."""
    inside: str | None = None  # the open table's indentation
    found: dict[int, str] = {}
    for i, line in enumerate(lines):
        rest = line.lstrip(" \t")
        if inside is not None and rest[:1] == "<" and len(line) - len(rest) > len(inside):
            found[i] = inside
        if inside is not None and not rest and _between_rows(lines, i):
            found[i] = inside + "<!---->"  # the table goes on: one HTML block, its header kept
        if inside is None and _TABLE_OPEN.match(line) is not None:
            inside = line[: len(line) - len(rest)]
        if _TABLE_CLOSE.search(line):
            inside = None
    return found


_ROW_TAG = re.compile(r"\s*</?(?:tr|tbody|thead|tfoot|table)\b", re.IGNORECASE)


def _between_rows(lines: list[str], i: int) -> bool:
    """Blank line ``i`` of an HTML table stands between two of its tags (``<tbody>``, a
    blank line, ``<tr>``), not before a cell's Markdown (``<td>``, a blank line, ``**x**``):
    markdown-it would end the table's HTML block there and read its rows without its header."""
    before = next((x for x in reversed(lines[max(0, i - 20) : i]) if x.strip()), "")
    after = next((x for x in lines[i + 1 : i + 21] if x.strip()), "")
    return before.rstrip().endswith(">") and bool(_ROW_TAG.match(after))


_COMMENT_LINE = re.compile(r"\s*(?:<!--.*-->)?\s*")
_RULE_LINE = re.compile(r" {0,3}(?:(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,})")


def _table_goes_on(lines: list[str], i: int) -> bool:
    """Line ``i`` is an HTML comment or a blank line between two table rows of as many
    cells, or a rule (``---``) between two rows, and the rows below have no header of their
    own (``<!-- | Name | ... | -->``, a stray blank line, a rule between two years' rows): the
    maintainer's rows on both sides are one table, which markdown-it would end there."""
    ruled = 0 < i < len(lines) - 1 and _RULE_LINE.fullmatch(lines[i]) is not None
    if not 0 < i < len(lines) - 1 or not (ruled or _COMMENT_LINE.fullmatch(lines[i])):
        return False
    above, below = lines[i - 1].strip(), lines[i + 1].strip()
    rows = above.startswith("|") and above.endswith("|") and below.startswith("|")
    headed = i + 2 < len(lines) and _DELIMITER_ROW.match(lines[i + 2]) is not None
    same = ruled or above.count("|") == below.count("|")  # wider rows would lose cells
    return rows and same and below.endswith("|") and not headed and not _DELIMITER_ROW.match(below)


_INDENTED_HEADING = re.compile(r" {1,3}#{1,6}(?:\s|$)")
_CONTENTS_ITEM = re.compile(r"\s*[-*+]\s+\[[^\]]+\]\(#[^)]*\)\s*(?:<br\s*/?>)?\s*$")


def _after_contents(lines: list[str], i: int) -> bool:
    """Line ``i`` (a heading indented by one to three spaces) follows a blank line and, above
    it, a table of contents (three items or more, ``- [Others](#others)<br>``, nothing else
    up to a heading or a blank line): markdown-it would read it, and the whole list below,
    inside the contents' last item; the maintainer wrote a section. A heading in a paper's
    own item (its notes, under ``- [Reading notes](#notes)``) stays there."""
    k = i - 1
    while k >= 0 and not lines[k].strip():
        k -= 1
    if k == i - 1:
        return False
    items = 0  # the whole run of lines above is a table of contents of three items or more
    while k >= 0 and lines[k].strip() and not lines[k].lstrip().startswith("#"):
        if _CONTENTS_ITEM.match(lines[k]) is None:
            return False
        items, k = items + 1, k - 1
    return items >= 3


_QUOTE_MARKS = re.compile(r"(?:[ \t]{0,3}>)+")


MAX_REREAD = 8
"""Code-indented lines re-read as Markdown inside each other at most this deep (a line
of ``    - `` repeated 300 times nested without end: a ``RecursionError``)."""
_MARKER = re.compile(r"[-*+>]|\d{1,9}[.)]")


def reparsed(code: Token) -> list[Token]:
    """The tokens of a code block's lines read as Markdown (links indented 4+ spaces below
    a list are meant as its lines), their line maps moved to where it stands; past
    :data:`MAX_REREAD` levels its words as one paragraph, list markers dropped."""
    depth = code.meta.get("reread", 0) + 1
    if depth <= MAX_REREAD:
        tokens = MD.parse(textwrap.dedent(code.content))
    else:
        words = code.content.split()
        k = next((i for i, w in enumerate(words) if not _MARKER.fullmatch(w)), len(words))
        tokens = MD.parse(" ".join(words[k:]))
    offset = code.map[0] if code.map else 0
    for t in tokens:
        t.meta = {**t.meta, "reread": depth}
        if t.map:
            t.map = [t.map[0] + offset, t.map[1] + offset]
    return tokens


_URL = re.compile(r"https?://[^\s()<>\[\]]+")


def bracket_lines(path: str, text: str, lost: tuple[int, ...]) -> list[UnreadBlock]:
    """The lines :func:`tame` read as plain text (too many ``[``), as unread blocks with
    the arXiv addresses they hold: nothing is dropped without a word."""
    lines, reason = (
        text.split("\n"),
        "a line with too many '[' to read as Markdown; read as plain text",
    )
    return [
        UnreadBlock(
            path,
            n,
            reason,
            lines[n - 1][:200],
            tuple(u for u in _URL.findall(lines[n - 1]) if "arxiv.org" in u)[:20],
        )
        for n in lost
    ]
