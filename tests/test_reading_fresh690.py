"""Round 100 (fresh690-693): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title")
FORUM = "https://openreview.net/forum?id="


def test_a_posters_number_before_a_workshop_papers_byline_is_no_title():
    """ICBINB@NeurIPS 2021's accepted papers: ``* (Poster \\#03): Names. [Title](openreview)``:
    the poster's number, then the authors closed by a full stop, then the paper's linked
    title, however short (``Ali Borji. [Shape Defense](…)``; recbook's ``Steffen Rendle.
    [Factorization Machines](pdf)``)."""
    text = (
        f"* (Poster \\#01): Ali Borji. [Shape Defense]({FORUM}wokK3eIjOB_)\n\n"
        "* (Poster \\#03): Tatiana Shavrina, Valentin Malykh. [How not to Lie with a Benchmark: "
        f"Rearranging NLP Leaderboards]({FORUM}AiU1SoiaeMX)\n\n"
        f"* Oral 2: Nitya Kasturi, Igor Markov. [Text Ranking and Classification]({FORUM}x1)\n"
    )
    assert _read(text) == [
        (1, "Shape Defense"),
        (3, "How not to Lie with a Benchmark: Rearranging NLP Leaderboards"),
        (5, "Text Ranking and Classification"),
    ]


def test_a_name_before_a_label_link_is_still_no_byline():
    """Guard: ``Ali Borji. [Project Page](url)`` names no paper by its title (a label)."""
    text = (
        f"* Ali Borji. [Project Page]({FORUM}a1)\n"
        f"* [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
    )
    assert "Project Page" not in [t for _, t in _read(text)]
