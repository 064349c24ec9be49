"""Layouts first seen in the fresh248-253 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_a_bracketed_venue_and_year_link_before_the_title_is_no_title():
    text = (
        "## Acoustic monitoring\n"
        "- [[VPP (2021)](https://www.tandfonline.com/doi/full/10.1080/17452759.2022.2028380)]"
        " Differentiation of materials and laser powder bed fusion processing regimes"
        " [__`monitoring`__ __`acoustic`__]\n"
        "- [[IEEE/ASME Transactions on Mechatronics (2021))](https://ieeexplore.ieee.org/document/9580759)]"
        " Metal-Based Additive Manufacturing Condition Monitoring: A Review\n"
    )
    assert _read(text) == [
        (2, "Differentiation of materials and laser powder bed fusion processing regimes", 2021),
        (3, "Metal-Based Additive Manufacturing Condition Monitoring: A Review", 2021),
    ]
