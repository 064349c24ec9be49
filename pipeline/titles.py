"""Title normalisation and "same paper or not" decisions. Pure.

Normalisation: HTML entities, Unicode NFKC, LaTeX markup,
Greek letters, diacritics, case, dashes and quotes, list decorations, punctuation.
Comparison never accepts on subset-style scores (token_set, partial ratio): a title
that is a prefix of another ("Deep Learning" / "Deep Learning for Symbolic
Mathematics") scores 100 there and is a different paper.
"""

from __future__ import annotations

import functools
import html
import re
import unicodedata
from dataclasses import dataclass
from enum import StrEnum

from rapidfuzz import fuzz

_GREEK = {
    "α": "alpha", "β": "beta", "γ": "gamma", "δ": "delta", "ε": "epsilon", "ζ": "zeta",
    "η": "eta", "θ": "theta", "ι": "iota", "κ": "kappa", "λ": "lambda", "μ": "mu",
    "ν": "nu", "ξ": "xi", "π": "pi", "ρ": "rho", "σ": "sigma", "τ": "tau", "υ": "upsilon",
    "φ": "phi", "χ": "chi", "ψ": "psi", "ω": "omega",
}  # fmt: skip
_SYMBOLS = {"ℓ": "l", "√": "sqrt", "∞": "infinity", "ß": "ss", "ø": "o", "ł": "l", "đ": "d"}
_LETTERS = str.maketrans(
    {**{k: v for g, v in _GREEK.items() for k in (g, g.upper())}, **_SYMBOLS}
    | {k.upper(): v.upper() for k, v in _SYMBOLS.items() if k.upper() != k and len(k.upper()) == 1}
)
"""Greek letters (either case) spelled out in lower case, and letters with no decomposition
(``Ł``: ``L``, ``ø``: ``o``) in their own case."""
_LATEX_CHARS = re.compile(r"[\\${}^_]")
_LATEX_ACCENT = re.compile(r"\\[`'^\"~=.uvHckbdr]\s*\{?\s*([A-Za-z])\s*\}?")
_LATEX_CMD_ARG = re.compile(r"\\[A-Za-z]+\s*\{([^{}]*)\}")
_LATEX_CMD = re.compile(r"\\([A-Za-z]+)")
_DASHES = re.compile("[\u2010-\u2015\u2212\u00ad\u2043\ufe58\ufe63\uff0d]")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "‚": "'", "“": '"', "”": '"', "„": '"'})
_VENUE_TAG = re.compile(
    r"^\s*[\[(][A-Za-z][A-Za-z\s&-]*['’]?\s*\d{2,4}[\])]\s*|\s*[\[(][A-Za-z][A-Za-z\s&-]*['’]?\s*\d{2,4}[\])]\s*$"
)


def _strip_latex(s: str) -> str:
    s = _LATEX_ACCENT.sub(lambda m: m.group(1), s)  # \'e -> e (accents are folded anyway)
    for _ in range(3):  # unwrap nested \cmd{...}
        s = _LATEX_CMD_ARG.sub(r"\1", s)

    def cmd(m: re.Match[str]) -> str:
        name = m.group(1).lower()
        return f" {name} " if name in {g for g in _GREEK.values()} else " "

    s = _LATEX_CMD.sub(cmd, s)
    return s.replace("$", "").replace("{", "").replace("}", "").replace("^", "").replace("_", "")


def fold_letters(text: str) -> str:
    """``text`` in letters without accents or strokes (``Łukasz Öztürk``: ``Lukasz Ozturk``),
    Greek letters spelled out in lower case (:data:`_LETTERS`); Latin letters keep their case."""
    folded = unicodedata.normalize("NFKD", text.translate(_LETTERS))
    return "".join(ch for ch in folded if not unicodedata.combining(ch))


@functools.lru_cache(maxsize=1 << 16)
def normalize(title: str) -> str:
    """Token form: lowercase ASCII words separated by single spaces (memoised)."""
    s = html.unescape(title) if "&" in title else title
    if not s.isascii():
        s = unicodedata.normalize("NFKC", s)
    s = _VENUE_TAG.sub(" ", s)
    if _LATEX_CHARS.search(s):
        s = _strip_latex(s)
    if not s.isascii():
        s = fold_letters(s).translate(_QUOTES)
    s = s.casefold()
    s = _DASHES.sub("-", s)
    s = _INNER_HYPHEN.sub("", s)  # pre-trained == pretrained, B2-Diffu == B2Diffu
    return _NON_WORD.sub(" ", s).strip()


_INNER_HYPHEN = re.compile(r"(?<=\w)-(?=\w)")
_NON_WORD = re.compile(r"[^a-z0-9]+")


def compact(title: str) -> str:
    """Equality key: alphanumerics only (digits kept: GPT-3 is not GPT-4)."""
    return normalize(title).replace(" ", "")


class Verdict(StrEnum):
    """How an entry's title relates to the title of the paper its link opens."""

    SAME = "same"
    """Equal after normalisation."""
    REWORDED = "reworded"
    """The same paper, worded differently (typo, dropped or added words, subtitle)."""
    UNCERTAIN = "uncertain"
    """Substantially different wording; a person should look."""
    DIFFERENT = "different"
    """A different paper."""


@dataclass(frozen=True)
class Comparison:
    """The outcome of comparing two titles, with the scores behind it."""

    verdict: Verdict
    ratio: float

    @property
    def same_paper(self) -> bool:
        """True when the titles name the same paper (exactly or reworded)."""
        return self.verdict in (Verdict.SAME, Verdict.REWORDED)


# Thresholds (on normalised text), tuned on the catalog's and the corpus's titles.
REWORDED_RATIO = 90.0
"""Character ratio at or above which two titles are the same paper, reworded."""
DIFFERENT_JACCARD = 0.5
"""Content-word overlap below which two titles are different papers (unless one
title's words are all in the other: a shortened title is not proof of another paper)."""
SUBTITLE_MIN_PREFIX = 30

STOPWORDS = frozenset(
    "a an the of for and or in on with via to by from using towards toward is are at as "
    "its into vs versus do does can".split()
)


def content_words(title: str) -> frozenset[str]:
    """The normalised words of a title, without function words."""
    return frozenset(w for w in normalize(title).split() if w not in STOPWORDS)


def compare(listed: str, actual: str) -> Comparison:
    """Compare the list's title with the title arXiv gives for the linked paper.

    SAME: equal after normalisation. REWORDED: character ratio >= 90 without a whole
    word added or dropped, or one title is the other plus a ``: subtitle``. DIFFERENT: fewer than half of the content words
    shared and neither word set contains the other. Everything else is UNCERTAIN.
    """
    a, b = normalize(listed), normalize(actual)
    ratio = fuzz.ratio(a, b)
    if a.replace(" ", "") == b.replace(" ", ""):
        return Comparison(Verdict.SAME, 100.0)
    words_a, words_b = set(a.split()), set(b.split())
    # A whole word added or dropped ("Attention Is [Not] All You Need") can flip the
    # meaning at a ratio above 90: only a changed word (a typo, a plural) is rewording.
    word_added = words_a < words_b or words_b < words_a
    if (ratio >= REWORDED_RATIO and not word_added) or _is_subtitle_variant(listed, actual):
        return Comparison(Verdict.REWORDED, ratio)
    wa, wb = content_words(listed), content_words(actual)
    nested = _covered(wa, wb) or _covered(wb, wa)
    if wa and wb and not nested and len(wa & wb) / len(wa | wb) < DIFFERENT_JACCARD:
        return Comparison(Verdict.DIFFERENT, ratio)
    return Comparison(Verdict.UNCERTAIN, ratio)


def _covered(short: frozenset[str], long_: frozenset[str]) -> bool:
    """Every word of ``short`` is in ``long_``, one of them misspelt (``perceputual``) or
    joined to a suffix there (``autoencoder`` in ``autoencoder-based``): a shortened title.
    Not another word that contains it (``supervised`` in ``unsupervised``, ``points`` in
    ``keypoints``) nor a near word (``encoder``/``decoder``, ``gan``/``gans``)."""
    missing = [w for w in short if w not in long_]
    return len(missing) <= 1 and all(any(_same_word(w, v) for v in long_) for w in missing)


def _same_word(w: str, v: str) -> bool:
    if v.startswith(w) and v[len(w) :] in _JOINED:
        return True  # ``autoencoderbased``: the hyphen was dropped by :func:`normalize`
    edge = v.endswith(w) or w.endswith(v) or v.startswith(w) or w.startswith(v)
    return len(w) >= 6 and not edge and fuzz.ratio(w, v) >= 94


_JOINED = frozenset({"based", "driven", "aware", "guided", "free", "level", "wise", "like"})


def _is_subtitle_variant(x: str, y: str) -> bool:
    """One title is the other plus a ``: subtitle`` (or the other way round)."""
    for short, long_ in ((x, y), (y, x)):
        if ":" not in long_:
            continue
        head = long_.split(":", 1)[0]
        if compact(head) == compact(short) and len(normalize(short)) >= SUBTITLE_MIN_PREFIX:
            return True
    return False


def is_name_only(title: str) -> bool:
    """A title that is only a short name (``DPOK``, ``Flow-GRPO``, ``FGSM``)."""
    return (
        1 <= len(normalize(title).split()) <= 2
        and len(content_words(title)) <= 2
        and (" " not in title.strip() or any(ch.isupper() for ch in title[1:]))
    )


def _acronym(words: list[str]) -> str:
    return "".join(w[0] for w in words if w and w not in STOPWORDS)


def names_paper(name: str, actual: str) -> bool:
    """A short name is the paper's: the part of arXiv's title before the colon, its
    acronym, or a word of it (``DPOK``, ``AWM`` for ``Advantage Weighted Matching: ...``)."""
    key = compact(name)
    if not key:
        return False
    head = actual.split(":", 1)[0]
    if compact(head) == key or compact(head).startswith(key):
        return True
    if key == _acronym(normalize(head).split()) or key == _acronym(normalize(actual).split()):
        return True
    return key in {compact(w) for w in re.split(r"[\s:,]+", actual) if w}


def compare_entry(listed: str, short_name: str | None, actual: str) -> Comparison:
    """Compare an entry's title with arXiv's, respecting a list's short-name conventions.

    ``Short: Title`` matches when either part does; a name-only title (``Flow-GRPO``)
    or a short name that names the paper (prefix before the colon, acronym, contained
    word) is the same paper. A name-only title that matches nothing, or a ``Name: text``
    whose name names the paper and whose text does not (a tagline, an acronym spelled out),
    is UNCERTAIN, never DIFFERENT: it is not evidence of another paper.
    """
    best = compare(listed, actual)
    if best.verdict is Verdict.SAME:
        return best
    forms = []
    head, sep, rest = listed.partition(":")
    if sep and rest.strip():
        forms.append(rest.strip())
    if short_name and compact(listed).startswith(compact(short_name)) is False:
        forms.append(f"{short_name}: {listed}")
    for form in forms:
        c = compare(form, actual)
        if c.verdict is Verdict.SAME or (c.same_paper and not best.same_paper):
            return Comparison(Verdict.SAME if c.verdict is Verdict.SAME else c.verdict, c.ratio)
    names = [n for n in (short_name, head.strip() if sep else None) if n]
    if is_name_only(listed):
        names.append(listed)
    if any(names_paper(n, actual) for n in names) and (
        is_name_only(listed) or (sep and compare(rest.strip(), actual).same_paper)
    ):
        return Comparison(Verdict.SAME, best.ratio)
    if best.verdict is Verdict.DIFFERENT and (
        is_name_only(listed) or any(names_paper(n, actual) for n in names)
    ):  # ``BERT: Bidirectional Encoder ...`` for ``BERT: Pre-training of ...``: its name is
        return Comparison(Verdict.UNCERTAIN, best.ratio)  # no evidence of another paper
    return best
