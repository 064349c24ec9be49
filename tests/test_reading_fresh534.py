"""What the sixty-sixth round of unseen lists (fresh534-538) taught the reader, each held
by a test that fails on the reader before it (7d45c72)."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title", "short_name")


def test_a_name_link_then_a_dash_and_a_title_in_title_case_is_name_and_title():
    """``**[SLiM](paper)** ![CVPR 2026](badge) — Scalable Feature Matching via ...``: the
    linked name, a badge maybe between, a dash and the paper's title; the name is the
    short name. A description after the dash (lower case, a ``Name:`` tagline, text that
    runs on into a link) leaves the name alone."""
    text = (
        "- **[SLiM](https://arxiv.org/abs/2604.04931)** ![CVPR 2026](https://img.shields.io/"
        "badge/CVPR-2026-2563EB?style=flat-square) — Scalable Feature Matching via State Space"
        " Modeling [[paper]](https://arxiv.org/abs/2604.04931) [[code]](https://github.com/a/b)\n"
        "- [RosettaCM](https://arxiv.org/abs/1301.00002) - High-Resolution Comparative Modeling"
        " with RosettaCM\n"
        "- [SCRAT](https://arxiv.org/abs/1301.00003) - a Single-Cell Regulome Analysis Toolbox\n"
        "- [Mixtral](https://arxiv.org/abs/1301.00004) - Mixtral: Sparse Mixture of Experts,"
        " 8x7B, Apache 2.0 License\n"
        "- [Book chapter, Review](https://arxiv.org/abs/1301.00005) - Tools for Model Building"
        " and Optimization into Near-Atomic Resolution Maps\n"
    )
    assert _titles(text) == [
        ("SLiM: Scalable Feature Matching via State Space Modeling", "SLiM"),
        ("RosettaCM: High-Resolution Comparative Modeling with RosettaCM", "RosettaCM"),
        ("SCRAT", None),
        ("Mixtral", None),
        ("Book chapter, Review", None),
    ]
