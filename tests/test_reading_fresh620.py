"""Round 84 (fresh620-623) and the leftovers of round 83: each rule held by a test that fails
on the reader before it."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple]:
    return [
        (e.line, e.title, e.paper.url if e.paper else None, e.code.url if e.code else None)
        for e in parse_text(text, "l.md").entries
    ]


ARXIV = "https://arxiv.org/abs/"
EVIDENCE = "https://github.com/kqcoxn/gui-memory-evidence/blob/r4.19/current/claims.json#L979"


def test_a_line_opening_with_the_code_link_is_the_papers_detail():
    """``[Code](github) · [Evidence: PC-041](another repository's file)`` under a paper's
    lines (kqcoxn): the code of the paper above, not a new paper titled by the second link."""
    text = (
        "**Synapse** · 2023<br>\n"
        f"[Synapse: Trajectory-as-Exemplar Prompting with Memory]({ARXIV}2306.07863v3)<br>\n"
        "Retrieves exemplar trajectories through task metadata.<br>\n"
        f"[Code](https://github.com/ltzheng/Synapse) · [Evidence: PC-041]({EVIDENCE})\n"
    )
    assert [(line, code) for line, _, _, code in _read(text)] == [
        (1, "https://github.com/ltzheng/Synapse")
    ]


def test_a_titled_line_after_a_paper_still_starts_the_next_paper():
    """The guard: a line opening with its own title (not a code label) after a paper's
    lines is the next paper of a paragraph written one per line, its code its own."""
    text = (
        f"[Synapse: Trajectory-as-Exemplar Prompting with Memory]({ARXIV}2306.07863)<br>\n"
        "Agent S: An Open Agentic Framework [Code](https://github.com/simular-ai/Agent-S) "
        f"[Paper]({ARXIV}2410.08164)\n"
    )
    assert [(line, paper, code) for line, _, paper, code in _read(text)] == [
        (1, f"{ARXIV}2306.07863", None),
        (2, f"{ARXIV}2410.08164", "https://github.com/simular-ai/Agent-S"),
    ]
