"""Round 106 (fresh721-725) and what round 105 left: each rule held by a test that fails on
the reader before it; the guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year", "code.url")

_NAMED = (
    "### RoBERTa\n- **2019-07-26**\n- https://arxiv.org/pdf/1907.11692\n"
    "### 2019 BART\n- **2019-10-29**\n- https://arxiv.org/pdf/1910.13461\n"
)


def test_plain_word_headings_name_their_dated_address_as_the_lists_others_do():
    """charystudy (left by round 105): after ``### RoBERTa`` and ``### 2019 BART``, each over
    one paper's day and address, ``### T5``, ``### Sabia`` and ``### 2023 Orca`` name their
    papers too, and a long heading loses its year (``### 2023 ZEPHYR_ DIRECT ...``)."""
    text = _NAMED + (
        "### T5\n- **2020-07-28**\n- https://arxiv.org/pdf/1910.10683\n"
        "### Sabia\n- **2023-04-16**\n- https://arxiv.org/pdf/2304.07880\n"
        "### 2023 Orca\n- **2023-05-06**\n- https://arxiv.org/pdf/2306.02707\n"
        "### 2023 ZEPHYR_ DIRECT DISTILLATION OF LM ALIGNMENT\n- **2023-10-25**\n"
        "- https://arxiv.org/pdf/2310.16944\n"
    )
    assert [t for _, t, _, _ in _read(text)][2:] == [
        "T5",
        "Sabia",
        "Orca",
        "ZEPHYR_ DIRECT DISTILLATION OF LM ALIGNMENT",
    ]


def test_a_plain_word_heading_with_no_named_neighbours_before_it_names_nothing():
    """Guard: ``### Sabia`` first, or after one named heading only, is a word, not a name the
    list's convention makes one."""
    text = (
        "### Sabia\n- **2023-04-16**\n- https://arxiv.org/pdf/2304.07880\n"
        "### RoBERTa\n- **2019-07-26**\n- https://arxiv.org/pdf/1907.11692\n"
        "### Orca\n- **2023-05-06**\n- https://arxiv.org/pdf/2306.02707\n"
    )
    assert [t for _, t, _, _ in _read(text)] == ["", "RoBERTa", ""]


def test_a_label_a_topic_or_a_year_under_named_neighbours_is_still_no_name():
    """Guard: after two named headings, ``### Paper``, ``### Introduction``, ``### References``,
    ``### Object Detection`` or ``### 2021 Survey`` over a dated address is a label, a section
    or a topic, not the paper's name."""
    text = _NAMED + (
        "### Introduction\n- **2021-03-01**\n- https://arxiv.org/abs/2103.00020\n"
        "### References\n- **2021-03-01**\n- https://arxiv.org/abs/2103.00021\n"
        "### Paper\n- **2020-07-28**\n- https://arxiv.org/pdf/1910.10683\n"
        "### Object Detection\n- **2023-04-16**\n- https://arxiv.org/pdf/2304.07880\n"
        "### 2021 Survey\n- **2021-05-06**\n- https://arxiv.org/pdf/2105.02707\n"
    )
    titles = [t for _, t, _, _ in _read(text)][2:]
    assert titles == [""] * 5
