"""What holds no entry of its own: sections of books, blogs, talks, tools and datasets (an
entry's detail lines are :mod:`~pipeline.formats.detaillines`'). Pure."""

from __future__ import annotations

import re

from pipeline import arxivid
from pipeline.formats import fields as F
from pipeline.formats.authors import ET_AL
from pipeline.formats.blocks import AWESOME, Block, block_title, links_of
from pipeline.formats.labels import is_generic
from pipeline.formats.runs import lines_of, plain
from pipeline.urls import is_doi_url

_SPOKEN_WORD = (
    r"slides?|talks?|lectures?|(?:online\s+)?courses?|presentations?|podcasts?|video\s+lectures?|"
    r"videos?\s+(?:and|&)\s+(?:lectures?|talks?)"
)
"""Sections of things said or shown (talks, courses, videos), not written."""
_VENUE_LIST = r"(?:[\w&-]+\s+){0,2}(?:journals?|conferences?|venues?)\s+lists?|lists?\s+of\s+(?:journals|conferences|venues)"
"""``### Security Journal list``, ``## List of conferences``: venues to follow, no papers."""
_NOT_PAPER_WORD = (
    rf"(?:(?:lecture|course|class)\s+notes|{_SPOKEN_WORD}|tutorials?|keynotes?|events?(?=\s*(?:&|and|,|/)\s*\w)|blogs?|blog\s+posts?|books?|discussions?|{_VENUE_LIST}|"
    r"(?:blogs?|blog\s+posts?)\s*(?:&|and|,|/)\s*videos?|videos?\s*(?:&|and|,|/)\s*blogs?)"
)
"""Words of a section of no papers; ``Videos`` only beside blogs and ``Events`` only before
another such word (``## Video``, ``## Events`` alone may be a topic of papers: event cameras)."""
_QUALIFIED = (
    r"(?:(?:(?:best[- ]practices?|hands[- ]on|beginners?|beginner-friendly|recommended|awesome|"
    rf"introductory|free|relevant|useful|course|other|further)\s+){{0,2}}{_NOT_PAPER_WORD}"
    r"|(?:(?!(?:of|for|with|on|in|the|and)\s)[\w-]+\s+){1,2}books)"
)
"""A not-paper word, perhaps with words that say who it is for or how it is had (``hands-on
tutorials``, ``free books``, ``Relevant Online Courses``, ``Course Books``); not a topic
(``GNN Tutorials``, ``Online Discussions`` of a field); any field's books (``Quantum books``)."""
_HAN_WORDS = (
    r"(?:(?!论文|文献)[\u3400-\u9fff]){0,2}(?:教程|课程|讲座|讲义|课件|博客|书籍|视频|幻灯片|演讲|讨论|报告)"
    r"(?:(?!论文|文献)[\u3400-\u9fff]){0,2}"
)
"""Chinese names of not-paper sections, maybe with a word before or after (``相关课程``,
``课程讲义``, ``入门教程``); a name holding ``论文`` or ``文献`` (papers) is none."""
_HAN_NAME = rf"(?:{_HAN_WORDS}\s*[/|:：]?\s*)"
NOT_PAPERS = re.compile(
    rf"^\W*(?:\d{{1,2}}(?:\.\d{{1,2}})*[.)]?\s+)?{_HAN_NAME}?{_QUALIFIED}"
    rf"(?:\s*(?:&|and|,|/)\s*(?:{_QUALIFIED}|workshops?))*(?:\s*[/|:：]?\s*{_HAN_WORDS})?\W*$",
    re.IGNORECASE,
)
"""Sections of slides, talks, courses, books and blogs (``## 1. Books``), also named in
Chinese beside (``## 1. 教程 Tutorial``): their links are not papers."""
_TOOLS = re.compile(
    r"^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:(?!(?:of|for|with|on|in|the|and)\s)[\w-]+\s+){0,2}"
    r"(?:tools?|software|librar(?:y|ies)|toolkits?|toolbox(?:es)?|packages?|plugins?)"
    r"(?:\s*(?:and|&|,)\s*(?:resources|libraries|tools|frameworks|plugins|extensions))?\W*$",
    re.IGNORECASE,
)
"""Sections of tools (``## BioNLP Tools``, ``### Software``, ``# Software and Resources``): a
tool's paper link is its item's detail, not an entry (not a topic: ``#### Benefit of Tools``)."""
_OPEN_SOURCE = re.compile(
    r"(?i)^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s+)?(?:(?:popular|other)\s+)?open[- ]?sourced?\s+"
    r"systems?\W*$"
)
"""``## Open Source System``: tools too (not ``Fuzzing Open-Source Systems``, a topic, nor
``Open-Source Projects`` or ``Frameworks``, whose items are often papers)."""


def tools_heading(text: str) -> bool:
    """A heading of a section of tools (:data:`_TOOLS`, :data:`_OPEN_SOURCE`)."""
    return bool(_TOOLS.fullmatch(text) or _OPEN_SOURCE.match(text))


def off_papers(block: Block) -> bool:
    """In a section of books, blogs or talks, and not an arXiv paper linked by its title in a
    section of written things (a template's heading left over arXiv papers, ``## Tutorials``
    holding ``[A Tutorial on Thompson Sampling](arXiv)``; a talk's page with the ``[Paper]``
    it presents, and anything under videos, talks or lectures, stays out)."""
    section = block.ctx.section or ""
    if _see_also(block):
        return True  # ``(See also: [LLM2Jev](arxiv) · [PACT](arxiv))``: papers listed elsewhere
    if tools_heading(section) or block.ctx.tools:
        return _tool_named(block)
    if not NOT_PAPERS.fullmatch(section) or _KEYNOTES.fullmatch(section):
        return False  # ``## Keynotes`` alone: the papers behind the talks
    first = next(iter(links_of(block.head)), None)  # the title's own link, not a talk's [Paper]
    studied = first is not None and _STUDIED.search(section) and _studied_paper(first.url)
    if _SPOKEN.search(section) and not _KEYNOTES.search(section) and not studied:
        return True  # ``## Videos and Lectures``: a talk titled like its paper is the talk
    return first is None or not (arxivid.from_url(first.url) or studied)


def off_reason(block: Block) -> str:
    """Why :func:`off_papers` leaves the block out, as ``parse`` shows it."""
    if _see_also(block):
        return "a cross-reference to entries listed elsewhere (See also), not a paper"
    return f"in the section '{block.ctx.section}', not a paper"


_STUDIED = re.compile(r"(?i)\bcourses?\b")
_SEE_ALSO = re.compile(r"(?i)\s*[(\[]?\s*(?:\*\*|_)?see\s+also\b")


def _see_also(block: Block) -> bool:
    """A cross-reference to entries listed elsewhere: ``(See also: [LLM2Jev](arxiv) · [PACT]
    (arxiv))``, ``See also:`` over two names' links or more, mostly (not labels: ``[Paper]``,
    ``[Code]``); not a reading's role before its own title (``* See also: Eraser: A Dynamic
    Data Race Detector. [Paper](url) [Slides](pdf)``) nor one paper and its code."""
    links = [r for r in links_of(block.head) if not is_generic(r.text)]
    short = sum(len(r.text.split()) <= 3 for r in links)  # (two thirds of them names, at least)
    named = len(links) >= 2 and short * 3 >= len(links) * 2
    return named and _SEE_ALSO.match(plain(block.head)) is not None


def _studied_paper(url: str) -> bool:
    """A course section's arXiv or DOI link (``## Online Courses``: ``[Computational Models
    of Behavior (2019)](doi)``): a paper to study, not the course."""
    return arxivid.from_url(url) is not None or is_doi_url(url)


_KEYNOTES = re.compile(r"(?i)\W*keynotes?\W*")
"""``## Keynotes``: alone it holds the papers behind the talks; beside talks (``Talks and
Keynotes``) its arXiv papers still count."""


_PAPERS_WORD = re.compile(r"(?i)\b(?:papers?|publications?|surveys?|articles?)\b")


def under_tools(headings: list[tuple[int, str]]) -> bool:
    """The last of ``headings`` is below a heading of tools (``# Libraries``, then ``###
    Python``), with no heading of papers between them (``## Papers`` under ``# Awesome LLM
    Tools``, the list's own title, which is no section)."""
    *above, (_, text) = headings
    if _PAPERS_WORD.search(text):
        return False
    for level, head in reversed(above):
        if _PAPERS_WORD.search(head) or (level == 1 and AWESOME.search(head)):
            return False
        if tools_heading(head):
            return True
    return False


def _tool_named(block: Block) -> bool:
    """An item of a tools section named by its tool (``**Captum** [stars](repo) ...
    [Paper](url)``, a row ``| [MedCAT](repo) | ... | [Paper](url) |``), not by the title of a
    paper about it (``**DeepXDE: A Deep Learning Library for ...** [[paper](url)]``); a venue
    with its year on its first line makes it a paper (a venue's name alone is a link's
    label: ``| CAMEL | [github](repo) | [ACL](paper) |``)."""
    links = links_of(block.head)
    if links and F.link_role(links[0]) == "paper" and not F.is_generic(links[0].text):
        return False  # ``[Toolformer](paper)``: a paper on tools, titled by its link
    if links and _titled_paper_beside(block.head, links[0]):
        return False  # ``[Chiron](repo) - [Python] - [Chiron: translating ...](paper)``
    first_line = plain(block.head).split("\n", 1)[0]
    if F.find_venue(first_line)[1] is not None:
        return False  # ``**ReAct** [[paper](url)] [[code](repo)] - ICLR 2023``: a paper
    lead = plain(block.head[: next((k for k, r in enumerate(block.head) if r.kind == "link"), 0)])
    lead = plain(block.row[0][1]) if block.ctx.tool_table else lead  # a tool table's name cell
    name = _NAMED_AS.sub("", lead.strip(" *_`:-–—"))  # ``Deep Graph Library (DGL)``
    if 1 <= len(name.split()) <= TOOL_NAME_WORDS:
        return True  # ``- `sbi` [[Code]](repo) [[Paper]](url): A toolkit for ...``: its name
    guess = block.guess or block_title(block.head)
    return guess is None or len(guess.title.split()) <= TOOL_NAME_WORDS


_NAMED_AS = re.compile(r"\s*\((?:[^()\s]{1,20}(?:\s[^()\s]{1,20})?)\)\W*$")
"""A tool's other name (one or two words) in brackets after its name (``Deep Graph Library
(DGL)``, ``PyG (PyTorch Geometric)``; not ``DistServe (Disaggregated Prefill and Decoding)``)."""


def _titled_paper_beside(head: list, first) -> bool:
    """A paper link on the item's first line whose text is a paper's title (five words or
    more, title-like), not an aside in brackets (``(see [LLMeBench: A Flexible ...](arxiv))``):
    the item is titled by its paper, whatever tool it names first."""
    before = ""
    for r in head:
        if r.kind == "link" and r is not first and r.line == first.line:
            text = r.text.strip()
            aside = before.rstrip().endswith("(") or _SEE.search(before) is not None
            paper = F.link_role(r) == "paper" and len(text.split()) >= 5 and not aside
            if paper and F.title_like(text) and not F.is_generic(text):
                return True
        before = r.text if r.kind == "text" else ""
    return False


_SEE = re.compile(r"(?i)\(\s*(?:see|cf\.?)\b[^()]*$")


_DATA_NOUN = r"(?:datasets?|datsets?|data\s+sets?|corpus|corpora)"
_NUMBERED = r"^\W*(?:\d{1,2}(?:\.\d{1,2})*[.)]?\s*)?"
_AND = r"\s*(?:&|and|,|/)\s*"
_WORD = r"(?!(?:of|for|from|in|on|with|to|by|under|learning|papers?)\b)[\w'’&.:-]+,?"
"""A word before a datasets noun in its heading: no preposition, no ``Learning`` (``Learning
from Imbalanced Datasets``, ``Bias in Datasets`` are topics of papers)."""
_OVERVIEW = r"(?:overview|summary|list|comparison|collection|statistics|table)"
"""``Overview of Causal Datasets``, ``List of Public Datasets``: a heading over datasets."""
_STORES = r"(?:\s+(?:repositor(?:y|ies)|repos|collections?|hubs?|portals?))?"
"""``Dataset Repositories``, ``Data Collections``: where datasets are kept, a datasets section."""
_DATASETS = re.compile(
    rf"{_NUMBERED}(?:{_WORD}\s+){{0,4}}?(?:(?:benchmarks?|evaluation){_AND})?{_DATA_NOUN}{_STORES}"
    rf"(?:{_AND}(?:{_DATA_NOUN}|benchmarks?|leaderboards?|simulators?|evaluation|metrics?|tasks?))*\W*$"
    rf"|{_NUMBERED}(?:{_WORD}\s+)?{_DATA_NOUN}\s+(?:for|with|recorded|of|in|on)\s(?!.*\bpapers?\b).*$"
    rf"|{_NUMBERED}(?::\w+:\s*)?(?:data|databases?)\W*$"
    rf"|{_NUMBERED}(?:an?\s+)?{_OVERVIEW}\s+of\s+(?:the\s+)?(?:{_WORD}\s+){{0,3}}?{_DATA_NOUN}\W*$"
    rf"|{_NUMBERED}(?:数据集|資料集|데이터\s?셋|データセット)(?:\s*(?:및|与|和|及|と|&|/|,)\s*"
    r"(?:벤치마크|基准|基準|评测|ベンチマーク))?\W*$",
    re.IGNORECASE,
)
"""Sections of datasets (``## Datasets``, ``### 2.1 Synthetic Datasets``, ``## Benchmarks &
Datasets``, ``## Data``, ``# Databases`` unqualified: not ``## Vector Databases``; ``## 데이터셋
및 벤치마크``, ``## 数据集``); not of benchmarks alone, whose papers a list recommends."""
_TWO_NAMES = re.compile(r"[A-Z][a-z'’-]+\s+and\s+[A-Z][a-z'’-]+")
_METRICS = re.compile(
    rf"{_NUMBERED}(?:(?!(?:papers?|and)\b)[A-Za-z][\w'’-]*\s+){{0,3}}?(?:evaluation\s+)?metrics?\W*$",
    re.IGNORECASE,
)
"""A section of metrics (``## 2 Image Quality Metrics``); not ``## Papers on Metrics``."""
_EXPANSION = re.compile(r"\s*\([^()]{1,60}\)\s*$")
_DATA_NAME_END = re.compile(r"(?i)\b(?:dataset|data\s*set|benchmark|corpus|database)s?\W*$")


def datasets_section(section: str | None) -> bool:
    """``## Datasets``, ``### 2.1 Synthetic Datasets``: a section of datasets."""
    return _DATASETS.fullmatch(section or "") is not None


def dataset_named(title: F.TitleGuess, block: Block) -> bool:
    """An item of a datasets section or table named by its dataset (``[LaSOT](arXiv)``, a row
    ``| CIFAR-10N | ... | [Paper](url) |``, ``Rain800 [[paper](url)]``): three words at most,
    or five ending in ``Dataset``, no colon. Not the title of the paper that made it
    (``[Panda-70M: Captioning 70M Videos with ...](arXiv)``): that is an entry. In a metrics
    section, an acronym with what it stands for (:func:`_metric`) is named the same way."""
    section = block.ctx.section or ""
    datasets = datasets_section(section) or block.ctx.data_table
    if ":" in title.title or not (datasets or _metric(title.title, section)):
        return False
    line = lines_of(block.head)[0]
    first = plain(line)
    own = [r for r in line if r.kind == "link" and title.title in r.text]
    own_paper = own and F.link_role(own[0]) == "paper"  # ``[SQuAD](arXiv) [[Rajpurkar et al.]]``
    bylined = any(ET_AL.search(r.text) for r in line if r.kind != "link" or own_paper or r in own)
    if _TWO_NAMES.fullmatch(title.title) or bylined:
        return False  # ``[Gupta and Srikumar](doi) - Presents X-Fact``: a paper, by its authors
    if _subtitled(title.title, first):
        return False  # ``[HotpotQA](arXiv): A Dataset for Diverse, ...``: its paper's title
    name = _DATED_TAIL.sub("", title.title)  # ``LaST dataset, T-CSVT 2021``
    words = len(_EXPANSION.sub("", name).split())  # ``PSNR (Peak Signal-to-Noise Ratio)``
    return words <= TOOL_NAME_WORDS or (words <= 5 and bool(_DATA_NAME_END.search(name)))


_DATED_TAIL = re.compile(r",\s*[A-Z][\w'’-]*[A-Z][\w'’-]*(?:\s[\w'’-]+)?,?[\s-]*(?:19|20)\d\d$")
"""``, T-CSVT 2021``: a venue's acronym (and a word) and year after a dataset's name; not
a surname (``, Zhuo 2018``) or a journal in words (``, Pattern Recognition 2020``)."""


_ACRONYM_EXPANDED = re.compile(r"([A-Z][A-Z0-9-]{1,9})\s*\(([^()]{3,60})\)")


def _metric(name: str, section: str) -> bool:
    """``PSNR (Peak Signal-to-Noise Ratio)`` in a metrics section: an acronym and what it
    stands for, not a paper's name (``[LPIPS](arxiv)``, ``[FActScore](arxiv) (EMNLP 2023)``,
    ``BLEURT (Learning Robust Metrics ...)``)."""
    m = _ACRONYM_EXPANDED.fullmatch(name)
    if m is None or _METRICS.fullmatch(section) is None:
        return False
    letters = iter(m[2].lower())  # the acronym's letters in order in what it stands for
    return m[1][0].lower() == m[2][0].lower() and all(c in letters for c in m[1].lower())


def _subtitled(name: str, line: str) -> bool:
    """``[DoReMi](arXiv): Optimizing Data Mixtures Speeds Up LM Pretraining``: the name, a
    colon or a dash and a title-cased subtitle (the paper's title), not a description
    (``[RefCOCO](url): It contains 19,994 images``)."""
    at = line.find(name)
    rest = line[at + len(name) :].lstrip(" *_`") if at >= 0 else ""
    sep = re.match(r"\s*(?:[:：]|[-–—]\s)", rest)  # ``[MS MARCO](arXiv) - A Human Generated ...``
    if sep is None:
        return False
    sub = re.split(r"[\[(|]", rest[sep.end() :], maxsplit=1)[0].strip(" ,.")
    long = [w for w in sub.split() if len(w) >= 4]
    return len(sub.split()) >= 3 and sum(w[0].isupper() for w in long) * 4 >= len(long) * 3 > 0


TOOL_NAME_WORDS = 3
"""Words of a tool's name at most (``MuJoCo Playground``, ``Amazon Comprehend Medical``)."""
_SPOKEN = re.compile(rf"(?i)\b(?:{_SPOKEN_WORD})\b(?!\s+notes)")  # lecture notes are written


_DETAIL_HEADING = re.compile(
    r"(?i)(?:general|basic|paper|publication|bibliographic)\s+(?:information|info|details)"
)
"""``### General information``: the first part of one paper's page, whose title is the
heading right above it (not ``### Details``, ``### Info``: a topic's sections say that too)."""


def kept_title(titled: tuple | None, text: str, count: int) -> tuple | None:
    """``## Title`` right over ``### General information`` (no block between): the title
    heading still names what the details below it belong to."""
    if titled is None or titled[2] != count:
        return None
    return titled if _DETAIL_HEADING.fullmatch(text.strip(" :")) else None
