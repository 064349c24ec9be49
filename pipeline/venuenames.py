"""One name per venue: acronyms, old names and full or abbreviated titles folded together.

Lists, arXiv comments, Semantic Scholar and DBLP spell the same venue many ways
(``PAMI``, ``TPAMI``, ``IEEE Trans. Pattern Anal. Mach. Intell.``, ``IEEE Transactions on
Pattern Analysis and Machine Intelligence``; ``NIPS`` and ``NeurIPS``). The venue rules
compare :func:`canonical` names, so a different spelling is never a mismatch. Pure.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

ACRONYMS: dict[str, str] = {
    "NIPS": "NeurIPS",
    "PAMI": "TPAMI",
    "T-PAMI": "TPAMI",
    "ACMMM": "ACM MM",
    "RAL": "RA-L",
    "IEEE S&P": "S&P",
    "Interspeech": "INTERSPEECH",
}
"""Other acronyms of a venue -> the one used in reports."""

FULL_NAMES: dict[str, tuple[str, ...]] = {
    "TPAMI": (
        "IEEE Transactions on Pattern Analysis and Machine Intelligence",
        "IEEE Trans. Pattern Anal. Mach. Intell.",
        "Pattern Analysis and Machine Intelligence",
    ),
    "NeurIPS": (
        "Advances in Neural Information Processing Systems",
        "Neural Information Processing Systems",
    ),
    "ICLR": ("International Conference on Learning Representations",),
    "ICML": ("International Conference on Machine Learning",),
    "CVPR": (
        "IEEE/CVF Conference on Computer Vision and Pattern Recognition",
        "Computer Vision and Pattern Recognition Conference",
        "Conference on Computer Vision and Pattern Recognition",
        "Computer Vision and Pattern Recognition",
    ),
    "ICCV": (
        "IEEE/CVF International Conference on Computer Vision",
        "International Conference on Computer Vision",
    ),
    "ECCV": ("European Conference on Computer Vision",),
    "MICCAI": ("Medical Image Computing and Computer Assisted Intervention",),
    "AAAI": ("AAAI Conference on Artificial Intelligence",),
    "IJCAI": ("International Joint Conference on Artificial Intelligence",),
    "IJCV": ("International Journal of Computer Vision", "Int. J. Comput. Vis."),
    "TIP": ("IEEE Transactions on Image Processing", "IEEE Trans. Image Process."),
    "TMLR": ("Transactions on Machine Learning Research", "Trans. Mach. Learn. Res."),
    "JMLR": ("Journal of Machine Learning Research", "J. Mach. Learn. Res."),
    "TOG": ("ACM Transactions on Graphics", "ACM Trans. Graph."),
    "ACM MM": ("ACM International Conference on Multimedia", "ACM Multimedia"),
    "WACV": ("Winter Conference on Applications of Computer Vision",),
    "ACCV": ("Asian Conference on Computer Vision",),
    "BMVC": ("British Machine Vision Conference",),
    "RA-L": ("IEEE Robotics and Automation Letters", "IEEE Robotics Autom. Lett."),
    "ICRA": ("International Conference on Robotics and Automation",),
    "IROS": ("International Conference on Intelligent Robots and Systems",),
    "CoRL": ("Conference on Robot Learning",),
    "KDD": ("Knowledge Discovery and Data Mining",),
    "TNNLS": (
        "IEEE Transactions on Neural Networks and Learning Systems",
        "IEEE Trans. Neural Networks Learn. Syst.",
    ),
    "TKDE": (
        "IEEE Transactions on Knowledge and Data Engineering",
        "IEEE Trans. Knowl. Data Eng.",
    ),
    "TCSVT": (
        "IEEE Transactions on Circuits and Systems for Video Technology",
        "IEEE Trans. Circuits Syst. Video Technol.",
    ),
    "ACL": ("Annual Meeting of the Association for Computational Linguistics",),
    "EMNLP": ("Conference on Empirical Methods in Natural Language Processing",),
}
"""Venue -> its written-out names (full titles and ISO-4 abbreviations)."""


def _words(text: str) -> str:
    """Lower-case words only: punctuation, hyphens and slashes are spaces."""
    return " " + " ".join(re.sub(r"[^a-z0-9&]+", " ", text.lower()).split()) + " "


_BY_WORDS: tuple[tuple[str, str], ...] = tuple(
    sorted(
        ((_words(name), venue) for venue, names in FULL_NAMES.items() for name in names),
        key=lambda pair: -len(pair[0]),
    )
)
_YEAR = re.compile(r"(?<!\d)(19[89]\d|20\d\d)(?!\d)")


def canonical(name: str) -> str:
    """The report's name for a venue acronym or title (``NIPS`` -> ``NeurIPS``)."""
    name = " ".join(name.split())
    if name in ACRONYMS:
        return ACRONYMS[name]
    return by_title(name) or name


def by_title(text: str) -> str | None:
    """The venue a written-out title names (longest title first), or ``None``."""
    words = _words(text)
    for title, venue in _BY_WORDS:
        if title in words:
            return venue
    return None


def title_venue(text: str | None) -> str | None:
    """``TPAMI 2022`` from free text that spells the venue out, or ``None``."""
    if not text:
        return None
    venue = by_title(text)
    if venue is None:
        return None
    m = _YEAR.search(text)
    return f"{venue} {m.group(1)}" if m else venue


_NAME_YEAR = re.compile(r"(?P<name>.+?)(?: (?P<year>\d{4}))?")


@dataclass(frozen=True)
class Venue:
    """A venue and, when known, the year: ``Venue("SIGGRAPH Asia", 2023)``."""

    name: str
    """The report's name (:func:`canonical`); it may have spaces (``ACM MM``)."""
    year: int | None = None

    def __str__(self) -> str:
        return f"{self.name} {self.year}" if self.year else self.name

    @classmethod
    def split(cls, text: str) -> Venue | None:
        """``"SIGGRAPH Asia 2023"`` -> ``Venue("SIGGRAPH Asia", 2023)``; the name folded.

        ``text`` is a venue as a reader found it: the name, then optionally a space and
        a four-digit year.
        """
        m = _NAME_YEAR.fullmatch(text)
        if m is None:
            return None
        year = m.group("year")
        return cls(canonical(m.group("name")), int(year) if year else None)

    def agrees_with(self, other: Venue) -> bool:
        """The same venue, and the same year unless one of the two gives none."""
        return self.name == other.name and not (
            self.year and other.year and self.year != other.year
        )
