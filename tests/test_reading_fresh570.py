"""Round 74 (fresh570-574 and the open shapes of round 73): each rule held by a test that
fails on the reader before it."""

from __future__ import annotations

from pipeline.parse import parse_text


def _titles(text: str) -> list[str]:
    return [e.title for e in parse_text(text, "l.md").entries]


def test_a_paper_label_before_a_gbt_citations_authors_is_no_title():
    """``+ 论文: Klein G, Murray D. [**Title**](pdf)[C]//Venue, 2007.`` (a Chinese note's
    ``paper`` label with a full-width colon, then a GB/T 7714 citation): the bold linked
    text is the title, the names before it are its authors, with the label or without it."""
    text = (
        "#### **PTAM**\n"
        "  + 论文：Klein G, Murray D. [**Parallel tracking and mapping for small AR workspaces**]"
        "(http://www.robots.ox.ac.uk/x/klein_murray_ismar2007.pdf)[C]//Mixed and Augmented"
        " Reality, 2007. ISMAR 2007. IEEE, **2007**: 225-234.\n"
        "  + 代码：https://github.com/Oxford-PTAM/PTAM-GPL\n"
        "#### **LSD-SLAM**\n"
        "  + Paper: Engel J, Schöps T, Cremers D. [**LSD-SLAM: Large-scale direct monocular"
        " SLAM**](http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.646.7193)[C]//European"
        " Conference on Computer Vision, **ECCV 2014**: 834-849.\n"
        "  + 代码：https://github.com/tum-vision/lsd_slam\n"
    )
    assert _titles(text) == [
        "Parallel tracking and mapping for small AR workspaces",
        "LSD-SLAM: Large-scale direct monocular SLAM",
    ]
