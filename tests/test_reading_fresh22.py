"""Reading cases found on the fresh22 real lists (tests/fixtures/real/fresh22__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from tests.support.reading import one


def test_authors_glued_to_a_title_in_brackets_are_not_part_of_it():
    e = one("| Title | Tags | Code |\n|---|---|---|\n"
            "| [A Unified Approach to Anomaly Detection(Ball et al. 2020) ](https://www.researchgate."
            "net/publication/343006753_A_Unified_Approach) <br>*accepted at ICMLA* | AE | - |\n")  # fmt: skip
    assert e.title == "A Unified Approach to Anomaly Detection"
