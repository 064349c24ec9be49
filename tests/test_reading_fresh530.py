"""Layouts and conventions first seen in the fresh530 and fresh533 batches, each held by a
test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title")


def test_a_colon_and_authors_et_al_close_a_short_title():
    """``[Mask R-CNN: He et al.](arxiv)``, ``[Word2Vec: Mikolov et al.](arxiv)``: a title of
    under twelve characters keeps no byline when a colon sets it off (a longer title lost
    it already); ``van den Oord et al.`` is a byline too."""
    text = (
        "- [Mask R-CNN: He et al.](https://arxiv.org/abs/1703.06870)\n"
        "- [Word2Vec: Mikolov et al.](https://arxiv.org/abs/1310.4546)\n"
        "- [A Generative Model for Raw Audio: van den Oord et al.]"
        "(https://arxiv.org/abs/1609.03499)\n"
    )
    assert _titles(text) == [
        ("Mask R-CNN",),
        ("Word2Vec",),
        ("A Generative Model for Raw Audio",),
    ]


def test_a_name_and_its_acronym_glued_to_a_title_are_no_part_of_it():
    """``Proximal Policy Optimization Algorithms(Proximal Policy Optimization; PPO)``: the
    method's name and acronym; a closing name alone (``Raw Audio(Wavenet)``) is kept as the
    list writes it, as elsewhere, and ``f(X)`` inside a title stays."""
    text = (
        "- [Proximal Policy Optimization Algorithms(Proximal Policy Optimization; PPO): "
        "Schulman et al.](https://arxiv.org/abs/1707.06347)\n"
        "- [A Generative Model for Raw Audio(Wavenet)](https://arxiv.org/abs/1609.03499)\n"
        "- [Learning f(X) From Few Samples](https://arxiv.org/abs/2001.00001)\n"
    )
    assert _titles(text) == [
        ("Proximal Policy Optimization Algorithms",),
        ("A Generative Model for Raw Audio(Wavenet)",),
        ("Learning f(X) From Few Samples",),
    ]
