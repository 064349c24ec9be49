"""A title written whole in square brackets (``[ Title ]``, ``[Title] [[paper](url)]``,
``**[Title (2025)]**``; not a tag: ``[CVPR 2023]``, ``**[FnT Robotics]**``), or opened by a
word of its own in round ones (``(Nearly) Optimal …``); a journal's tag as a bracketed link's
text (``[[MIA](url)] Title``). Pure."""

from __future__ import annotations

import re

_WHOLE_BRACKETED = re.compile(r"\[(?P<sp> )?(?P<t>[^\[\]]{12,}?) ?\](?: ?\[){0,3}(?: \()?")
"""A whole candidate in brackets, a space inside (``[ Title ]``) or before the link's own
(``[Title] [[paper](url)]``), or a link broken by a space (``[Title] (url)``)."""
_YEAR_CLOSES = re.compile(r"\s\((?:19|20)\d\d\)$")
"""``[Title (2025)]``: the paper's year closing the bracketed title."""


def unbracketed(text: str) -> str:
    """``text`` without the brackets around it when they hold a title, else ``text``."""
    whole = _WHOLE_BRACKETED.fullmatch(text)
    if whole is None:
        return text
    dated = _YEAR_CLOSES.search(whole["t"])
    if not (whole["sp"] or dated or text.endswith(("[", " ("))):
        return text  # ``**[Foundations and Trends in Robotics]**``: a tag before the title
    return whole["t"] if _titled(whole["t"][: dated.start()] if dated else whole["t"]) else text


def _titled(text: str) -> bool:
    """Four words or more and no year: a title, not a tag (``[ CVPR 2023 Highlight ]``,
    ``[ Code Generation Agents ]``)."""
    return len(text.split()) >= 4 and not re.search(r"(?<!\d)(?:19|20)\d\d(?!\d)", text)


_ALONE = re.compile(r"\s*\[([^\[\]]{12,})\]\s+")
_NOTE = re.compile(
    r"(?i)(?<!\d)(?:19|20)\d\d(?!\d)|\b(?:accepted|under review|released?|soon|oral|poster|"
    r"spotlight|presentation|in progress|welcome|version|our|we|extended|submitted|"
    r"camera[- ]ready|top[- ]?\d+|recommended|beginners?|must[- ]read|highly|classic|"
    r"implementations?|translations?|available|public|award|best paper|honou?rable|"
    r"state[- ]of[- ]the[- ]art|will be|official)\b|[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]"
)
"""A note about a paper (``[Accepted as an oral presentation]``, ``[Code and models will be
released soon]``, ``[CVPR 2023 Highlight]``, ``[Official implementation in PyTorch]``, an
award, a note in Chinese, Japanese or Korean), not its title."""


def bracketed_alone(text: str) -> str | None:
    """``[Title] `` (a text in brackets, alone before the links after it): the text, unless
    it is a note about the paper."""
    m = _ALONE.fullmatch(text)
    return None if m is None or _NOTE.search(m.group(1)) else m.group(1)


_WORD_OF_TITLE = re.compile(
    r"\((?!(?:Preprint|Spotlight|Oral|Poster|Review|Survey|Workshop|Tutorial|Dataset|Benchmark|"
    r"Code|New|Updated|Draft|Short|Long|Demo|Best|Award|Journal|Conference|Book|Thesis|Note)\))"
    r"[A-Z][a-z]+\) [a-z]"
    r"|\((?:More|Less|Almost|Nearly|Perhaps|Maybe|Not|Very|Mostly|Partially|Provably|Provable"
    r"|Certifiably|Approximately|Private|Local|Machine|How|Why|What|When|[A-Z][a-z]+!!"
    r"|(?!(?:Dai|Week|Month|Quarter|Year|Ita|Fami|Assemb|Anoma|Supp|Rep|App)ly\))[A-Z][a-z]+ly)\) [A-Z]"
    r"|\((?:[A-Z][a-z]{1,3}|[a-z]{2,3})\)[a-z]|\((?:Ab|De|Dis|Im|In|Ir|Mis|Non|Over|Pre|Re|Un)\)[A-Z]|\(A\)[ISa-z]"
    r"|\([A-Za-z][\w-]*-\)\w"
)
"""The title's own first word, not a tag: ``(Deep) reinforcement learning ...``, a qualifier
(``(Nearly) Optimal ...``, ``(Provable) Adversarial ...``, ``(Certified!!) ...``), a part of a
word (``(Ab)using``, ``(De)Randomized``, ``(A)I Sees``, ``(COMET-)ATOMIC``)."""


def own_first_word(lead: str) -> bool:
    """``lead`` (a bracket before a title and the next character) is the title's own first
    word (:data:`_WORD_OF_TITLE`), not a tag."""
    return _WORD_OF_TITLE.fullmatch(lead) is not None


_NAMED = r"(?:MIA|MedIA|CVIU|PRL?|ESWA|KBS|IVC|ISPRS|CSUR|NEUCOM|INFFUS)(?:\s?['’]?\d{2,4})?"
_NAMED_TAG = re.compile(_NAMED)
_JOURNAL_TAG = re.compile(
    r"(?:IJ|J|T|RA-)[A-Z][A-Z-]{0,5}(?:\s?['’]?\d{2,4})?|(?:IEEE|ACM)(?:/(?:IEEE|ACM))?[-\s]"
    rf"[A-Z][\w-]{{1,12}}|Proc\.?\s?IEEE|Frontiers|Nature|Science|Springer|Elsevier|MDPI|PNAS|{_NAMED}"
)


def journal_tag(text: str) -> bool:
    """``IJRR``, ``TPAMI'19``, ``IEEE-ISSCC``, ``Frontiers``, ``MIA`` (Medical Image
    Analysis): maybe a journal's or publisher's name as a bracketed link's text (``[[MIA](url)]
    Title``; known conferences are venues already), maybe a method's (``[[TENT](url)]``)."""
    return _JOURNAL_TAG.fullmatch(text) is not None


def journal_name(text: str) -> bool:
    """A journal's tag that names no method: one known by name (``MIA``, ``KBS``), not one
    only shaped like a journal's (``TENT``, ``TSM``, ``JEPA``)."""
    return _NAMED_TAG.fullmatch(text) is not None
