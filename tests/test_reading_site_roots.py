"""A table whose titles link their papers' pages: a title linked to a paper host's front
page (``[AutoRAN](https://ieeexplore.ieee.org/)``) names no paper; a page with a path and a
project's own front page still do."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title")

_TABLE = (
    "| Paper | Venue | Method | Code |\n|---|---|---|---|\n"
    "| [SWE-Bench](https://arxiv.org/abs/2310.06770) | ICLR 2024 | real GitHub issues | - |\n"
    "| [NetConfEval](https://dl.acm.org/doi/10.1145/3656296) | CoNEXT 2024 | configs | - |\n"
)


def test_a_title_linked_to_a_paper_hosts_front_page_is_no_entry():
    """fresh561: the row linked the publisher's front page and read as a paper."""
    text = _TABLE + (
        "| [AutoRAN](https://ieeexplore.ieee.org/) | IEEE TMC 2025 | zero-touch Open RAN | - |\n"
        "| [OpenRAN Gym](https://www.sciencedirect.com/index.html) | 2025 | an agent | - |\n"
    )
    assert [t for _, t in _read(text)] == ["SWE-Bench", "NetConfEval"]


def test_a_title_linked_to_a_page_with_a_path_or_a_projects_front_page_is_the_rows_paper():
    text = _TABLE + (
        "| [GenAINet](https://www.mdpi.com/2079-9292/13/2/345) | Electronics 2024 | ... | - |\n"
        "| [Depth Anything](https://depth-anything.github.io/) | CVPR 2024 | depth | - |\n"
    )
    titles = [t for _, t in _read(text)]
    assert titles == ["SWE-Bench", "NetConfEval", "GenAINet", "Depth Anything"]
