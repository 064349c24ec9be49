"""Labels: the words that name a kind of link (``[Paper]``, ``[Code]``, ``[论文]``) or a
field (``Code:``, ``Authors:``) rather than a paper. Pure."""

from __future__ import annotations

import functools
import re
from urllib.parse import urlsplit

from pipeline import arxivid
from pipeline.formats.common import EMOJI as _EMOJI
from pipeline.formats.common import VENUES
from pipeline.formats.foreignlabels import foreign_link_word

_GENERIC = frozenset(
    "paper papers pdf arxiv link links here code github gitlab repo repository project page "
    "website homepage home demo video videos slides slide blog post poster talk bib bibtex "
    "cite citation dataset data model models weights checkpoint checkpoints supp supplementary "
    "html abs hf huggingface colab twitter zhihu openreview official unofficial pytorch "
    "tensorflow jax implementation source star stars web site doi acm ieee springer preprint manuscript "
    "publication proceedings pub download full text notes note news leaderboard benchmark "
    "hugging face space spaces medium youtube reddit x article journal report technical tech the our "
    "available abstract authors author summary tldr presentation short recording http https questions "
    "url ftp codes ppaer conference workshop publisher published accepted camera ready version file "
    "track main or and also see vs openaccess open access caffe matlab python click oral dl "
    "pmlr elsevier wiley sciencedirect researchgate pubmed pmc jstor mdpi plos ssrn "
    "biorxiv medrxiv chemrxiv content metadata tutorial tutorials notebook notebooks "
    "part volume vol ii iii iv vi vii viii ix ref refs reference references "
    "cvf thecvf anthology aclanthology ecva xplore original resource reading docs "
    "documentation announcement announcements".split()
)
_SOFT = frozenset({"samples", "examples", "demos"})
"""Words of a label beside another (``[Code & Examples]``, ``[Demo Samples]``), but alone
perhaps a wrapped title's last word (``Adversarial`` / ``Examples``)."""
LABEL = re.compile(
    r"^\s*(?P<label>(?:(?:main|additional|follow-?up|background|optional|required|"
    r"discussion|supplementary|primary|secondary|reading)"
    r"[\s/]+){1,3}(?:papers?|readings?)|paper(?:\s*title)?|title|authors?|venue|conference|journal(?:\s+info(?:rmation)?)?|published(?:\s+in)?|"
    r"(?:paper|code|model|project)\s+(?:urls?|code|pdf)|[a-z]+\s+links?|(?:论文|代码|项目)?(?:链接|地址)|(?:原文|论文)入口|论文名称|(?:论文)?(?:标题|题目)|原文|全文|出处|论文|代码|项目主页|作者|机构|备注|著者|要旨|所属|저자|코드|요약|초록|소속|(?:发表|发布)?(?:日期|时间)|年份|标签|关键词|摘要|"
    r"publication(?:\s+(?:date|year))?|year|(?:(?:first\s+)?(?:public|release|submission|online)\s+)?date|time|(?:code|data)\s+availab(?:le|ility)|code|github|repo|repository|project(?:\s*page)?|homepage|"
    r"(?-i:[Pp]ages?|[Vv]olume(?:\s*(?:&|and)\s*[Ii]ssue)?|[Ii]ssue|[Pp]ublisher)|"
    r"(?-i:DOI|doi)(?=\s*[:：]\s*(?:10\.|https?:|\[|<|N/?A))|"
    r"landing\s*page|website|web|demo|pdf|arxiv|link|links|keywords?|tags?|summary|abstract|tl;?dr|note|"
    r"comment|institution|affiliation|organization|dataset|datasets|resources?|materials?)"
    r"\s*[:：]\s*",
    re.IGNORECASE,
)


_CARD = re.compile(r"\W*(?:model|system)\s+card(?:\s+\d{1,2})?\W*")
_LINK_TO = re.compile(r"\blinks?\s+(?:to|for|of)\s+")
_ADDRESS = re.compile(r"^\s*(https?://|www\.)")
_WORD, _BRACKETED = re.compile(r"[a-z0-9]+"), re.compile(r"\([^()]*\)")


_SHORTCODES = re.compile(r"(?::[a-z0-9_+-]{2,40}:\s*)+")


_SAMPLE_LABEL = re.compile(rf"(?i)\W*(?:audio\s+|video\s+)?(?:{'|'.join(sorted(_SOFT))})\W*")


def sample_label(text: str) -> bool:
    """``[[samples](…)]``, ``[Audio Samples]``: a link to a paper's outputs, labelled as such
    (only as a link's whole text: ``Adversarial Examples`` may close a title)."""
    return _SAMPLE_LABEL.fullmatch(text) is not None


def icon_only(text: str) -> bool:
    """Icons written as shortcodes (MkDocs, GitHub emoji) and nothing else: ``:simple-github:``."""
    return _SHORTCODES.fullmatch(text.strip()) is not None


@functools.lru_cache(maxsize=1 << 16)  # pure; lists repeat their texts
def is_generic(text: str) -> bool:
    """True for link text that names a kind of link, not a paper (``[Paper]``, ``Code``)."""
    t = _EMOJI.sub(" ", text).lower()
    if _ADDRESS.match(t) or arxivid.parse_id(t.strip()) or icon_only(t) or _CARD.fullmatch(t):
        return True  # (``[Model card 1](…)``; not ``[Model Cards](arxiv)``, a paper's title)
    if foreign_link_word(t):  # ``[Artículo]``, ``[Lien]``, ``[开源项目链接]``, ``[статья]``
        return True
    t = _LINK_TO.sub("link ", t)  # ``[Link to paper]``, not ``Click to see the abstract``
    words = _WORD.findall(_BRACKETED.sub(" ", t))  # "Code (not yet)"
    if not words:  # ``[[论文]]``, ``[[代码]]``, ``[[статья]]``; a title in Korean is not generic
        return not re.search(r"[^\W\d_]", t)
    words = [w.rstrip("0123456789") or w for w in words]  # ``[paper1]``, ``[paper2]``
    if _READ.fullmatch(text.strip()) or version_label(text):  # ``[Read more](url)``, not ``READ``
        return True
    generic = all(w in _GENERIC or w in _SOFT or w.isdigit() or len(w) == 1 for w in words)
    return generic and not all(w in _SOFT for w in words)  # (``Examples`` may close a title)


_READ = re.compile(
    r"[Rr]ead(?: (?i:more|it|paper|the paper|full paper|here|on (?:arxiv|openreview|the web)))?"
)
"""``Read``, ``Read more``, ``Read the paper``: what to do with the link (not the ``READ``
model, ``Read-Net``, ``Read Twice``)."""
_VERSION = re.compile(
    r"\W*(?:(?i:also\s+)?(?i:an?|the)\s+)?(?:[A-Z][A-Za-z]*[A-Z]+[a-z]*|(?i:journal|conference|"
    r"extended|full|long|short|arxiv|preprint|final|published|updated|latest|new|earlier|later|"
    r"pytorch|tensorflow|jax|chinese|english|official|online|pdf|html|camera-ready|workshop|"
    r"high[- ]resolution|hd))\s+(?i:version|extension)\W*"
)
"""``[PAMI version]``, ``[Extended version]``, ``[TPAMI extension]``, ``[PyTorch version]``: which
version of a paper or its code a link leads to; not a title (``[Context Window Extension]``)."""


def version_label(text: str) -> bool:
    """``[PAMI version]``, ``[Extended version]``: a link to a version of a paper or its code
    (a short text only: the pattern backtracks over a long run of capitals)."""
    return len(text) <= 80 and _VERSION.fullmatch(text) is not None


_CJK_WORDS = "[\u3000-\u303f\u3400-\u9fff\uff00-\uffef· ]"
_CJK = re.compile("[\u3400-\u9fff]")
_CJK_LINK_WORD = re.compile(
    "官方代码|官方实现|官方仓库|代码仓库|阅读卡片|证据卡片|阅读笔记|项目主页|论文链接|代码链接|来源记录|正式版"
)
_SHORT_LABEL = re.compile(
    rf"(?:(?:{VENUES})\s*['’]?(?:19|20)?\d\d\s*)?{_CJK_WORDS}{{1,12}}"
    rf"|(?:{VENUES})\s*['’]?(?:19|20)\d\d"
)


def short_label(text: str) -> bool:
    """A label too short to be a title: a few CJK characters naming a kind of link
    (``证据卡片``, ``官方代码 未核实``; not a short title, ``多尺度特征融合检测网络``), a venue and
    year, or both (``ACL 2026 正式版``): below a heading that reads as a title, the heading
    titles the paper."""
    m = _SHORT_LABEL.fullmatch(text.strip())
    return m is not None and (_CJK_LINK_WORD.search(text) is not None or not _CJK.search(text))


_LOWER_LABEL = re.compile(
    r"(?:follow[- ]?ups?|related|see also|also see|extended|extension|journal|conference|"
    r"previous|prior|earlier|later|original|similar)(?:\s+(?:works?|papers?|versions?))?\s*[:：]"
)


def lower_label(text: str) -> bool:
    """``follow-up work:``, ``related work:``, ``see also:``: a lower-case label of another
    paper linked beside the entry's own, not a title (a lower-case name before its link,
    ``glove: [paper](url)``, still names the entry)."""
    return _LOWER_LABEL.fullmatch(text.strip()) is not None


TITLE_LABELS = frozenset(("title", "paper title"))
"""Labels of a field that gives the paper's title outright (``**Title:** ...``, ``* Title: ...``;
:func:`strip_label` reads ``论文名称``, ``标题``, ``论文题目`` as ``title``)."""


def title_label(name: str) -> bool:
    """A field's name that labels the paper's title (``Title``, ``Paper Title``, ``论文名称``)."""
    name = name.strip().lower()
    return name in TITLE_LABELS or _CJK_LABELS.get(name) == "title"


@functools.lru_cache(maxsize=1 << 16)  # pure; lists repeat their texts
def strip_label(text: str) -> tuple[str | None, str]:
    """(label, rest) of ``Label: rest`` lines (``Code: ...``, ``Authors: ...``)."""
    m = LABEL.match(text)
    if not m:
        return None, text
    label = m.group("label").lower()
    label = "paper" if _ROLE_PAPER.fullmatch(label) else label  # ``Main discussion paper:``
    return _CJK_LABELS.get(label, _CJK_LABELS.get(label[-2:], label)), text[m.end() :]


_ROLE_PAPER = re.compile(r"(?:[\w-]+[\s/]+){1,3}(?:papers?|readings?)")
"""A reading group's or a course's label of a paper by its part in the session (``Main
paper:``, ``Follow-up paper:``, ``Additional reading/background paper:``): ``Paper:``."""


_CJK_LABELS = {
    "日期": "date",
    "时间": "date",
    "年份": "year",
    "标签": "tags",
    "关键词": "keywords",
    "摘要": "abstract",
    "论文名称": "title",
    "论文标题": "title",
    "论文题目": "title",
    "标题": "title",
    "题目": "title",
}
"""Chinese labels read as their English ones (``**日期**: 2025-12-15``, ``发表时间：2024``)."""


_SERVICE_WORDS = frozenset(
    "netdisk drive cloud pan box docs blog scholar library hub digital".split()
)
"""The second word of a site's name after its owner's (``Baidu NetDisk``, ``Google Scholar``)."""
_DOMAIN = re.compile(r"[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,}")


_SITE_WORDS = frozenset(
    "open access online library digital xplore portal repository archive".split()
)
"""Words a library's or publisher's site calls itself by (``Wiley Online Library``)."""


def names_site(text: str, url: str) -> bool:
    """Link text that names the site it links to, not the paper: an address (``mlr.press``,
    ``dl.acm``, ``scicode-bench.github.io``) or a word of the link's host (``[usenix]``,
    ``[stanford]``, ``[mdpi]`` on ``www.mdpi.com``), or two words spelling a name of its
    host (``[IEEE Xplore]`` on ``ieeexplore.ieee.org``, ``[Hugging Face]`` on ``huggingface.co``)
    or its owner's and a service or venue (``[Baidu NetDisk]``, ``[ACM TOG]`` on ``dl.acm.org``),
    or three or four words each in its host, one a site's word (``[CVF Open Access]``)."""
    t = text.strip(" []()`*_").lower()
    host = (urlsplit(url.strip()).hostname or "") if "//" in url else ""
    words = t.split()
    if len(words) == 2:  # not ``[Apple Intelligence]`` on apple.com, a product of its maker
        labels = host.split(".")
        own = len(labels) >= 2 and words[0] == labels[-2]  # ``[ACM TOG]``, ``[Baidu NetDisk]``
        kind = words[1] in _SERVICE_WORDS or re.fullmatch(VENUES, text.split()[-1].strip("[]()"))
        return "".join(words) in labels or bool(own and kind)
    if len(words) in (3, 4) and host and _SITE_WORDS & set(words):  # ``[CVF Open Access]``
        return all(len(w) >= 3 and w in host.replace(".", "") for w in words)
    if not t or " " in t:
        return False
    if _DOMAIN.fullmatch(t):
        return True
    return bool(host) and t in re.split(r"[.-]", host)


_NAME_LABEL = re.compile(
    r"(\S.{0,40}?)\s*(?:[(（]\s*([^()（）]{1,20}?)\s*[)）]|\s(paper|pdf|code|arxiv|project))",
    re.IGNORECASE,
)


def labelled_name(text: str) -> str | None:
    """``EarthGPT`` of ``EarthGPT(Paper)``, ``RS5M (pdf)``, ``NSFF Paper``: a name and the
    kind of link (in brackets, or one word after a name of up to three words)."""
    m = _NAME_LABEL.fullmatch(text.strip())
    name = m.group(1) if m else ""
    named = len(name.split()) <= 3 and re.search(r"[A-Z]\S*[A-Z]|\d|\w-\w", name)  # ``NSFF``
    cased = re.search(r"[a-z][A-Z]|[A-Z]{2}", name)  # ``STaR`` is a name, ``star`` a label
    if m is None or (m.group(3) and not (named and (cased or not is_generic(name)))):
        return None
    kinds = all(w in _LINK_KINDS for w in (m.group(2) or m.group(3)).lower().split())
    return m.group(1).strip() if kinds else None


_LINK_KINDS = frozenset(
    "paper pdf code github arxiv project link website demo video slides 论文 代码".split()
)
"""``(Paper)``, ``(Github)``: kinds of link, not a part of a title (``(Short Version)``)."""


_READING_ADJ = r"required|optional|suggested|recommended|supplementa(?:ry|l)|additional|further|background|extra"
_READING_LABEL = re.compile(
    rf"(?i)(?:(?:{_READING_ADJ}|primary|secondary|core|main|key|bonus)\s+)?(?:readings?|papers?)\W*"
    rf"|(?:{_READING_ADJ})\W*"
)


def reading_label(text: str) -> bool:
    """A course's label before a paper (``Reading:``, ``Optional:``, ``Required reading:``),
    not a method's name."""
    return bool(text.strip()) and _READING_LABEL.fullmatch(text.strip()) is not None


def name_like(text: str) -> bool:
    """A method's or a model's name (``NormFace``, ``YOLOv4``, ``Mask R-CNN``): capitals
    inside a word, a digit or a hyphen; not a topic (``Object Detection``, ``3D Object
    Detection``, ``Self-Supervised Learning``)."""
    marked = re.search(r"[a-z][A-Z]|[A-Z]{2}|\d|\w-\w", text)
    return bool(marked) and not TOPIC_END.search(text)


TOPIC_END = re.compile(
    r"(?i)\b(?:detection|learning|tracking|inversion|segmentation|estimation|recognition|"
    r"generation|classification|retrieval|synthesis|translation|reconstruction|prediction|"
    r"forecasting|planning|navigation|understanding|reasoning|editing|compression|models?|"
    r"networks|methods?|surveys?|benchmarks?|datasets?|applications?|papers?)\W*$"
)
"""Last words of a research topic (a section's name), not of a method's name."""


_TITLE_LABEL = re.compile(r"paper|pdf|arxiv|title|link|url|链接|论文")
_NO_TITLE_LABEL = re.compile(r"code|github|repo|代码|项目")


def titles_a_link(label: str) -> bool:
    """A label whose link may carry the paper's title (``Paper:``, ``Paper link:``,
    ``PDF:``, ``论文链接``), not a code, repository or project label."""
    return bool(_TITLE_LABEL.search(label)) and not _NO_TITLE_LABEL.search(label)


_FILE_NAME = re.compile(r"(?i)\.(?:png|jpe?g|gif|svg|webp)$")


def figure_name(name: str) -> bool:
    """An image's alt text that names a figure, not a paper: a file name
    (``Anomaly_Node_Toy.png``; not ``timeline`` or ``word2vec``, which may be a method's)."""
    return bool(_FILE_NAME.search(name))


_DATED_TAG = re.compile(
    r"(?:['’]\d\d|(?<!\d)(?:19|20)\d\d)(?!\d)(?!-\w)(?:[^\n]{0,30}?\S)?(?<!\d\))[-=]$"
)
"""``Euro-Par'25 (LNCS)-[Title](url)``, ``Technical report, Sakana AI, 02 2025-[Title](url)``:
a dated tag glued to the title's link by a dash; not a year inside a name (``2019-nCoV-``) nor
a name's year in brackets (``YOLOv4 (2020)-[Title]``: the name is the short name)."""


def dated_tag(text: str) -> bool:
    """The text before a link ends in a dated tag glued to it (:data:`_DATED_TAG`)."""
    return _DATED_TAG.search(text) is not None


def tags_only(text: str) -> bool:
    """``UVOS Jul``: a few short tags (task, month) written before the links."""
    words = text.split()
    return len(words) <= 3 and all(len(w) <= 5 for w in words)


_LABEL_WORDS = re.compile(r"(?i)\b(?:pdf|read|download|full\s+(?:text|report|paper)|arxiv|link)\b")


def names_link_kind(text: str) -> bool:
    """A link text that names a kind of link (``PDF on arXiv``, ``Read the full report``)."""
    return _LABEL_WORDS.search(text) is not None


def split_short(title: str) -> str | None:
    """``Short`` of a ``Short: Title`` form, when the part before the colon is a name."""
    head, sep, rest = title.partition(":")
    if not sep or not rest.strip():
        return None
    head = head.strip()
    words = head.split()
    name_like = any(c.isdigit() or c == "-" for c in head) or any(
        any(ch.isupper() for ch in w[1:]) for w in words
    )
    short = 1 <= len(words) <= 2 and len(head) <= 30 and len(rest.split()) >= 2
    return head if short and (name_like or len(words) == 1) else None


_CAPS_NAME = re.compile(
    r"(?!(?:PDF|DOI|URL|CODE|PAPER|TITLE|ARXIV|GITHUB|REPO|LINKS?|YEAR|DATE|TIME|AUTHORS?|VENUE"
    r"|ABSTRACT|SUMMARY|TL;?DR|WEB|WEBSITE|PROJECT|HOMEPAGE|KEYWORDS?|COMMENTS?|DEMOS?|VIDEOS?"
    r"|SLIDES?|POSTERS?|ORAL|TALKS?|BLOGS?|NEWS|MEDIA|PRESS|DATA|DATASETS?|MODELS?|UPDATED?|NEW|HOT)\b)"
    r"[A-Z]{3,8}:\s+(?:[A-Z][\w-]*\s+){2}"
)
"""A label word in capitals that names a method before its title (``NOTE: Robust ...``,
``TAG: Gradient Attack ...``), not a field or a link's kind (``PDF:``, ``CODE:``)."""


def caps_name(text: str) -> bool:
    """``text`` opens with a method's name in capitals and a colon, then its title."""
    return _CAPS_NAME.match(text) is not None


SNAKE_TAG = re.compile(r"[A-Z][A-Za-z]{0,11}_(?:19|20)\d\d")
"""``[[NN_2018](url)] Title``: a venue and its year joined by an underscore, never a title."""


ISSUE_TEXT = re.compile(
    r"(?i)(?:vol(?:ume)?\.?\s*\d|issue\s+\d|no\.\s*\d|pages?\s+\d|special\s+issue|early\s+access|"
    r"papers\s+published|\(?[A-Z][A-Z-]{1,6}\)?\s+best\s+paper)"
)  # ``**Proceedings of the IEEE** Volume 86, Issue 11``: where in the journal, no title


_BRACKETED_LABEL = re.compile(r"\[([^\[\]]{1,20})\]")


def dead_labels(text: str) -> bool:
    """Labels in brackets that link nowhere (``MTPCP [[Web]](…)[Code][[PDF]](…)``, ``[Project
    Page]``: no code yet): the item's labels all the same, not words of its own. Linear: the
    pattern has no run of spaces to scan again from every place."""
    pieces = _BRACKETED_LABEL.findall(text)
    rebuilt = "".join("[" + "".join(p.split()) + "]" for p in pieces)
    return bool(pieces) and rebuilt == "".join(text.split()) and all(map(is_generic, pieces))


_BOLD_LABEL = re.compile(r"[^\W\d][\w-]*(?:\s+[\w-]+){0,2}\s*[:：]")


def bold_label(line: list, field: bool = True) -> bool:
    """A line (runs) opening with a label of one to three words in bold, its colon too, over
    a value mostly in lower case and no link (``**Contribution:** video encoder``; not
    ``**DPOK**: Title``, ``**ReAct:** Synergizing Reasoning ...``, ``**Title:** ...``); not
    ``field``: any value (``**Primary evidence:** [Source 1](url)``)."""
    first = next((r for r in line if r.text.strip()), None)
    if first is None or not first.bold or not _BOLD_LABEL.fullmatch(label := first.text.strip()):
        return False
    if not field:
        return True
    rest = "".join(r.text for r in line).split(":", 1)[-1].split()
    lower = sum(w[:1].islower() for w in rest) * 5 >= len(rest) * 3
    return lower and all(r.kind != "link" for r in line) and not titles_a_link(label.strip(" :："))
