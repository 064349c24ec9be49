"""Round 75 (fresh572, fresh576, fresh577 and review 843's open shapes): each rule held by a
test that fails on the reader before it."""

from __future__ import annotations

from pipeline.parse import parse_text


def _titles(text: str) -> list[str]:
    return [e.title for e in parse_text(text, "l.md").entries]


def test_a_titles_listed_words_before_a_venue_in_brackets_are_no_names():
    """``Title: Efficient, Distributed, Class-Incremental Learning (NeurIPS 2021 Workshop)``:
    the capitalised words after the commas run on to a title's word before the venue, so
    they are the title's, not a byline; a real byline before the venue is still cut."""
    text = (
        "+ Federated Reconnaissance: Efficient, Distributed, Class-Incremental Learning"
        " (NeurIPS 2021 Workshop) [[paper]](https://arxiv.org/abs/2109.00150)\n"
        "+ Hunt For The Unique, Stable, Sparse And Fast Feature Learning On Graphs (NIPS 2017)"
        " [[paper]](https://arxiv.org/abs/1711.00001)\n"
        "+ Deep Residual Learning for Image Recognition, Kaiming He, Xiangyu Zhang, Shaoqing Ren"
        " (CVPR 2016)"
        " [[paper]](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _titles(text) == [
        "Federated Reconnaissance: Efficient, Distributed, Class-Incremental Learning",
        "Hunt For The Unique, Stable, Sparse And Fast Feature Learning On Graphs",
        "Deep Residual Learning for Image Recognition",
    ]
