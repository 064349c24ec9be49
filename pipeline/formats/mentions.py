"""Blocks that mention a paper without listing it: a tutorial or talk at an event, a
sentence whose subject is the linked thing, the maintainers announcing their own paper.
Pure."""

from __future__ import annotations

import itertools
import re

from pipeline.formats import citations as C
from pipeline.formats import fields as F
from pipeline.formats.blocks import Block
from pipeline.formats.common import VENUE_YEAR_TAG, cited_by_authors, mostly_lower
from pipeline.formats.runs import Run, plain, text_before_break
from pipeline.formats.sections import dataset_named, datasets_section

_EVENT_TALK = re.compile(
    r"\b(?:19|20)\d\d\s+(?:tutorials?|keynotes?|talks?|invited talks?)\s*$", re.I
)
"""``Editing Large Language Models, AACL 2023 Tutorial``: an event's tutorial or talk."""
_CAPTION = re.compile(r"(?i)^\W*fig(?:ure|\.)?\s*\d{1,2}[a-z]?\s*(?:[-–—:.|]|\s+-)\s*\S")
"""``Figure 4- Illustration of different Mamba architectures such as [ViM](arxiv), ...``:
a figure's caption that links the papers it shows (two or more), not an entry."""
_FIGURE_CREDIT = re.compile(
    r"(?i)^\W*(?:original\s+paper\s+figure\s*[:：]|(?:figure|fig\.|image)\s*(?:\d{1,2}[a-z]?\s*)?[:：]"
    r"(?=[^\n]{0,300}?\bcredits?\s*[:：])(?=[^\n]{0,400}?©))"
)
"""``Original paper figure: Figure 2 · Source: official PDF · Credit: Sensen Gao et al. ·
©``: a figure's credit line under an entry, linking its paper's PDF, not an entry."""
_CREDIT = re.compile(
    r"^\s*(?:\(\s*(?:[Ss]ources?|[Cc]redits?)|\(?\s*(?i:image|figure|fig\.|picture|photo)\s+"
    r"(?:[Ss]ources?|[Cc]redits?))\s*[:：]"
)
"""``(Source: [TET-GAN](url))``, ``Image source: [X](url)`` under a figure, the link alone in
it: whose picture it is, not an entry (not ``- Source: [Title](url) (ICLR 2018) - ...``, a
paper introduced, nor ``[CREDIT: Coarse-to-Fine ...](url)``, a paper's name)."""
_CJK_SENTENCE = re.compile(r"[\u3400-\u9fff][^。；]*[。；]|(?:[\u3400-\u9fff][^，]*，){3}")
"""``导言说明竞赛构造、非随机胜负的识别限制；...``: a sentence written in Chinese (its full
stop, a semicolon, or three commas), not a title."""
_NEXT_SENTENCE = re.compile(r"[a-z]{3}[.]\s+[A-Z][a-z]+(?:\s+[a-z]+){2}\b")
"""``... prediction problem. This problem derives ...``: one sentence ending, the next one
starting, the way a paragraph reads and a title does not."""
_NOTES = re.compile(r"(?i)\b(?:notes|report|lecture notes|summary)\s+(?:on|of|from)\b")
"""``Large Multimodal Models: Notes on CVPR 2023 Tutorial``: a paper written about one."""
_ABOUT = re.compile(
    r"\s+(?:(?:is|are|was|were|has|have)\s+(?:a|an|the)\b|(?:contains|consists|comprises)\b)"
)
_OUR_PAPER = re.compile(
    r"(?i)\b(?:we|our)\b[^\[\]]{0,40}?\b(?:paper|survey|preprint|work)s?\s*[:：]?\s*$"
)
"""``We preprint our Paper [Title](url)``, ``Our paper [Title](url) has been accepted``:
news of the maintainers' own paper, not an entry of their list."""


_ANNOUNCED = re.compile(
    r"(?i)\W*(?:(?:our|the|a|new)\s+)?(?:survey|paper|preprint|review|report)(?:\s+paper)?"
    r"\s+(?:is\s+|has\s+been\s+)?(?:now\s+)?(?:available|released|out|online)"
    r"(?:\s+(?:on|at|in)\s+\w+)?(?:\s+now)?\W*"
)
"""``📢 Survey paper available on arXiv now: **[[Paper](url)]**``: news that the list's own
paper is out, the whole text before its link (no link's own text), not an entry."""
_OURS_ACCEPTED = re.compile(
    r"(?i)\bour\s+(?:paper|survey|work|review)\b[^\[\]]{0,30}\baccepted\s+(?:by|to|at|in)\W*$"
)
_CITE_OURS = re.compile(
    r"(?i)\bour\s+(?:paper|survey|work)\b.{0,80}\b(?:please|kindly)\b.{0,30}\bcit(?:e|ing)\b"
)
"""``Please visit [Title](url) for more details. If you find our paper and repo helpful,
please consider citing it``: a paragraph about the maintainers' own paper."""
_WE_DID = re.compile(r"(?i)\bwe\b[^\[\]]{0,30}$")
"""``We have released [Name](url)``: the maintainers' news when a news verb follows."""
_WE_RELEASE = re.compile(
    r"(?i)\bwe\s+(?:have\s+)?(?:release|publish|present|wr[io]te)\w*\s+(?:a|an|our|the)\s+"
    r"(?:\w+\s+)?(?:survey|paper|review|benchmark)"
)
"""``We release a survey about X. You can find it from [arXiv](url)``."""
_ACCEPTED = re.compile(r"(?i)\b(?:has|have|is|are|was|were|got)\s+(?:been\s+)?accepted\b")
_NEWS_VERB = re.compile(
    r"(?i)\b(?:preprint(?:ed)?|release[ds]?|publish(?:ed)?|accepted|will appear|"
    r"is out|are out|announce[ds]?|present(?:ed|s)?|(?:in|see|to) our)\b"
)
"""What turns ``Our paper [Title](url)`` into news when it comes before the link (``We
preprint our Paper``, ``details in our survey paper: [Title](url)``), or ``has been
accepted`` after it; ``Our survey: [Title](url)`` in a list's Surveys, or ``Our paper
[Title](url) presents ...``, is an entry."""


_TEMPLATE_TITLE = re.compile(
    r"(?i)(?:an?\s+)?(?:example|sample)\s+paper(?:\s+title)?|paper\s+(?:title|name)|title"
)
"""``example paper``, ``Paper Title``: what a template's row says where a title goes."""


def why_not_an_entry(title: F.TitleGuess, b: Block) -> str | None:
    """The reason a titled block that links a paper is not an entry, else ``None``."""
    if _TEMPLATE_TITLE.fullmatch(title.title):
        return "a template's example row, not an entry"  # ``[example paper](…/abs/...)``
    if _EVENT_TALK.search(title.title) and not _NOTES.search(title.title):
        return "a tutorial or talk at an event, not a paper"
    several = len({r.url for r in b.head if r.kind == "link"}) >= 2
    if _CAPTION.match(title.title) and (several or "link" not in title.evidence):
        return "a figure's caption, not an entry"  # not ``[Fig. 1: A Paper's Title](arxiv)``
    text = plain(b.head)
    if _FIGURE_CREDIT.match(text):  # ``<sub>Original paper figure: Figure 2 · <a>Source</a>``
        return "a figure's source credit, not an entry"
    credit = _CREDIT.match(text)
    if credit and "link" in title.evidence and len(text) - credit.end() <= len(title.title) + 4:
        return "a figure's source credit, not an entry"  # ``(Source: [TET-GAN](url))``
    found = text.find(title.title)
    at = found if "link" in title.evidence else -1  # where a linked title starts
    prose = F.is_prose(title.title) or len(title.title.split()) > 40 or _into_link(title, b)
    prose = prose or _cited_by_address(title, b)
    prose = prose or _CJK_SENTENCE.search(title.title) is not None or _paragraph(title.title)
    lead = text[:at] if at > 0 else title.title if title.evidence == "text" else ""
    led = _LED_INTO.fullmatch(lead.strip(' *_"“')) is not None
    if _sentence_about(title, text, at) or led or (title.evidence == "text" and prose):
        return "a sentence that links a paper, not an entry"
    cited = title.evidence == "paper link text after a label" and b.kind == "bold-blocks"
    if cited and at > 0 and _lead_sentence(text[:at]):
        return "a paper cited in a sentence, not an entry"  # ``This paper also connects to
    if "link" in title.evidence and _names_only(b):
        return "a line naming several papers or datasets, with no title"
    if _narrative(b) or _enumerated(b):
        return "a paragraph of prose that names papers, not an entry"
    topic = title.evidence == "text" or len(title.title.split()) <= 3  # not a bold paper title
    if "link" not in title.evidence and topic and _cites_several(b):
        return "a topic whose text cites several papers by their authors, not an entry"
    if dataset_named(title, b):
        section = datasets_section(b.ctx.section) or not b.ctx.data_table
        where = f"the section '{b.ctx.section}'" if section else "a table of datasets"
        return f"a dataset named in {where}, not a paper"
    own = len(title.title.split()) <= 8 and _OUR_PAPER.search(title.title)  # in bold, before it
    ours = at > 0 and (_OUR_PAPER.search(text[:at]) or _WE_DID.search(text[:at]))
    before = text[:at] if at > 0 else text if found < 0 else text[: found + len(title.title)]
    ours = ours or _WE_RELEASE.search(before) is not None
    if (own or ours) and (_NEWS_VERB.search(before) or _ACCEPTED.search(text)):
        return "news of the maintainers' own paper, not an entry"
    announced = "link" not in title.evidence and _ANNOUNCED.fullmatch(title.title)
    if announced or (at > 0 and _OURS_ACCEPTED.search(text[:at])):  # ``Our paper has been
        return "news of the maintainers' own paper, not an entry"  # accepted by [TIV](url)``
    if b.kind == "bold-blocks" and _CITE_OURS.search(text):
        return "the maintainers' own paper, with a request to cite it"
    return None


def _paragraph(text: str) -> bool:
    """Two sentences or more of fifteen words or more, mostly in lower case: a paragraph
    (``AI tools have solved the protein structure prediction problem. This problem ...``)."""
    words = text.split()
    return len(words) >= 15 and mostly_lower(words) and bool(_NEXT_SENTENCE.search(text))


def _lead_sentence(lead: str) -> bool:
    """``This paper also connects to Levine's well cited survey: [Title](url)``: the text
    before a labelled link is a sentence (six words or more, mostly in lower case, opening as
    a comment does), no label (``IEEE Transactions on Pattern Analysis ...: [Title](url)``)."""
    words = lead.split()
    return len(words) >= 6 and mostly_lower(words) and _SENTENCE_START.match(lead) is not None


_SENTENCE_START = re.compile(r"\W*(?:This|These|That|It|Its|They|Their|See|Also|Compare)\s")
"""A sentence's first word, as a comment on a paper opens (not ``Block-synchronous with RNN-T
like decoding rule: [Title](url)``, an item's label)."""


def _narrative(b: Block) -> bool:
    """``🚩 2017: Recurrent neural networks ([RNNs](url)), such as [DA-RNN](url) and
    [MQRNN](url), emerged as the dominant approach ...``: a paragraph (no bold, no list
    item) of twenty words or more outside its links, mostly in lower case, that names
    papers by short link texts (three words at most, no label or venue), two papers or
    more (``2021: [Informer](arxiv) proposes ...`` describes its one paper: an entry)."""
    if b.kind != "bold-blocks" or b.cells or any(r.bold for r in b.head):
        return False
    runs = [r for r in b.head if r.kind in ("link", "text") and not r.image]
    links = [k for k, r in enumerate(runs) if r.kind == "link" and F.link_role(r) == "paper"]
    named = all(len(runs[k].text.split()) <= 3 and not _label(runs[k].text) for k in links)
    if len({runs[k].url for k in links}) < 2 or not named:
        return False
    words = "".join(r.text for r in runs if r.kind == "text").split()
    return len(words) >= 20 and mostly_lower(words)


_JOINED = re.compile(r"(?i)\s*(?:[,，、;；]\s*(?:and\s+|以及|和|及)?|and|or|以及|和|与|及)\s*")
"""What joins the titles a sentence lists (``[A](u), [B](u)``, ``[A](u)和[B](u)``)."""


def _enumerated(b: Block) -> bool:
    """``[What Happens To BERT Embeddings ...](acl), [On the Interplay ...](acl) and [...](acl)
    have found that ...``, ``The question is old: [How Multilingual is Multilingual BERT?](acl)
    and [Beto, Bentz, Becas: ...](acl) say ...`` (or the same in Chinese, joined by ``以及``,
    ``和``): a paragraph (no bold, no list item) of a sentence that names papers by their
    titles (three words or more each), joined by a comma or an ``and``, three of them or two
    after words of its own: a comment naming papers in passing, not an entry (a paper's
    paragraph with its journal's page, ``[Title](arxiv), [ACL Anthology](acl)``, is one)."""
    if b.kind != "bold-blocks" or b.cells or any(r.bold for r in b.head):
        return False
    runs = [r for r in b.head if r.kind in ("link", "text") and not r.image]
    at = [k for k, r in enumerate(runs) if r.kind == "link" and F.link_role(r) == "paper"]
    at = [k for k in at if _titled(runs[k].text)]
    joined = 1
    for i, j in itertools.pairwise(at):
        gap = "".join(r.text for r in runs[i + 1 : j])
        if runs[i].url == runs[j].url or not _JOINED.fullmatch(gap):
            break
        joined += 1
    lead = "".join(r.text for r in runs[: at[0]]).strip() if at else ""
    if joined < 2 or (joined == 2 and len(lead) < 6):
        return False
    rest = "".join(r.text for r in runs if r.kind == "text")
    words = rest.split()
    return _CJK_SENTENCE.search(rest) is not None or (len(words) >= 12 and mostly_lower(words))


def _titled(text: str) -> bool:
    """A link's text that is a title: three words or more, or four Chinese characters, no label."""
    text = text.strip()
    cjk = len(re.findall(r"[\u4e00-\u9fff]", text))
    return (len(text.split()) >= 3 or cjk >= 4) and not _label(text)


def _cites_several(b: Block) -> bool:
    """``1. **Physical Causality** ... Example datasets include: CRAFT ([Ates et al.,
    2022](url)), ...``: a topic (a short name, then a paragraph of prose) whose only paper
    links are citations by authors and year, of two papers or more (``**Title** [Smith et
    al., 2020](url)`` cites its own paper; ``[[ICASSP 2019](url)]`` names a venue)."""
    links = [r for r in b.head if r.kind == "link" and not r.image and F.link_role(r) == "paper"]
    links = [r for r in links if not VENUE_YEAR_TAG.match(r.text)]  # another version
    cited = all(cited_by_authors(r.text) for r in links)
    prose = len("".join(r.text for r in b.head if r.kind == "text").split()) >= 10
    return cited and prose and len({r.url for r in links}) >= 2


def _label(text: str) -> bool:
    return F.is_generic(text) or F.is_context_text(text)


_LED_INTO = re.compile(
    r"(?i)\W*the\s+(?:[\w,'’-]+\s+){0,8}?(?:most|least|fewest|longest|shortest|highest|lowest"
    r"|largest|smallest)\s+(?:[\w,'’-]+\s+){0,8}?(?:was|were)(?:\s+from)?\s*:?(?:\s*\[[^\[\]]{1,20}\])?"
)
"""``The paper with the most authors was [Title](url)``, ``The longest abstract was from
[Title](url), which has 373 words.``: a statistic whose complement is the link, not an
entry (``The original Transformer paper is [Title](url)`` introduces one)."""


def _sentence_about(title: F.TitleGuess, text: str, at: int) -> bool:
    """``The [IMDb dataset](url) is a binary sentiment analysis dataset ...``: a sentence
    whose subject is the link (its title at ``at`` in the block's ``text``), not an entry
    titled by it. A full title opening its item (``[Deep Residual Learning for Image
    Recognition](url) is a must-read``) is an entry."""
    if at < 0 or _ABOUT.match(text, at + len(title.title)) is None:
        return False
    return len(title.title.split()) < 4 or bool(text[:at].strip(" -*+•\t"))


def _into_link(title: F.TitleGuess, b: Block) -> bool:
    """Text that ends in a word no title ends in and runs on into a link: ``A curated list
    of awesome papers for [Semantic Retrieval](url)``, a sentence."""
    if not C.OPEN_END.search(title.title):
        return False
    before = ""
    for r in b.head:
        if r.kind == "link" and before.rstrip(" *_(\"“'‘").endswith(title.title):
            return True
        before += r.text
    return False


def _cited_by_address(title: F.TitleGuess, b: Block) -> bool:
    """``data-driven using the methods of the previous article (https://…)``: a lower-case
    sentence of five words or more, in a paragraph, that cites a paper by its bare address in
    brackets."""
    lower = (
        re.match(r"[a-z]+(?:-[a-z]+)*\s", title.title) and ":" not in title.title
    )  # no ``nnMamba:``
    if title.evidence != "text" or not lower or len(title.title.split()) < 5 or b.kind == "bullets":
        return False  # (a list item of a lower-case title and its address is an entry)
    before = ""
    for r in b.head:
        bare = r.kind == "link" and r.text.strip() == r.url
        if bare and before.rstrip().endswith("(") and title.title in before:
            return True
        before += r.text
    return False


_SEPARATOR = re.compile(r"^[\s,，、;/]*(?:and\s+)?$")


def _names_only(b: Block) -> bool:
    """``**Arithmetic Reasoning**: [GSM8K](url), [SVAMP](url), [ASDiv](url)``: a label and a
    colon, then two or more links named by three words at most (no venue, year or label),
    with only commas or semicolons between them."""
    runs = [r for r in b.head if r.kind in ("link", "text") and not r.image]
    at = [k for k, r in enumerate(runs) if r.kind == "link"]
    if b.cells or b.row or len(at) < 2:
        return False  # a table row's cells are no list of names
    label = "".join(r.text for r in runs[: at[0]]).strip(" *_")
    gaps = ["".join(r.text for r in runs[i + 1 : j]) for i, j in itertools.pairwise(at)]
    links = [runs[k] for k in at]
    named = all(
        len(r.text.split()) <= 3
        and not F.is_generic(r.text)
        and not F.is_context_text(r.text)
        and F.link_role(r) == "paper"
        and label.strip(" :：").lower() not in r.text.lower()
        for r in links
    )  # not ``**Segment Anything**: [Meta AI](arXiv), [SA-1B](data)``, ``**TD-MPC**: [TD-MPC](..)``
    listed = all(_SEPARATOR.match(g) and re.search(r"[,，、;]", g) for g in gaps)
    return bool(label.endswith((":", "：")) and len(label) > 1) and named and listed


def cites_in_a_sentence(runs: list[Run]) -> bool:
    """``Adapt *Multilayer [Perceptron](url) (HeMLGOP)* algorithm to learn ...``: a link's
    words go on into a sentence (eight words or more, in lower case, no separator after
    the link): a description that cites a paper, not an entry."""
    segs = F.segments(runs)
    i = next((k for k, s in enumerate(segs) if s[1] is not None), None)
    lead = F.clean_title("".join(s[0] for s in segs[:i])) if i else ""  # a venue or 🔥 is no start
    words = bool(re.search(r"[^\W\d_]{2}", lead)) and not F.is_context_text(lead)
    return i is not None and words and _sentence_around(segs[i:])


def _sentence_around(segs: list) -> bool:
    if not segs or segs[0][1] is None or F.is_generic(segs[0][0]):
        return False
    after = text_before_break(segs[1:])
    if after.lstrip(" *_").startswith(("-", "–", "—", "|", ":", ",", ";", "[", ".")):
        return False  # ``Title [Name](url) - what it does``: a description after the entry
    aside = _ASIDE.match(after)  # ``(HeMLGOP)* algorithm ...``: a short name goes on
    if aside and len(aside.group(1)) > 20:
        return False  # ``[Title](url)(a note on the paper, in brackets)``
    rest = after[aside.end() :] if aside else after
    words = rest.split()
    lower = sum(w[:1].islower() for w in words)
    cjk = len(re.findall(r"[\u4e00-\u9fff]", rest))
    return (len(words) >= 8 and lower * 4 >= len(words) * 3) or (cjk >= 15 and "，" in rest)


_ASIDE = re.compile(r"\W*?[(（]([^()（）]*)[)）]?\W*")
