"""Layouts first seen in the fresh224-229 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.tables import table_roles
from tests.support.reading import reader

_read = reader("title", "year")

_SIGNS = (
    "## Recognition\n\n"
    "<details open>\n"
    "<summary><b>2023</b> &nbsp;·&nbsp; 2 papers</summary>\n\n"
    "| Title | Authors | Venue | Paper | Code | Datasets |\n"
    "|:--|:--|:--|:-:|:-:|:--|\n"
    "| BEST: BERT Pre-Training for Sign Language Recognition | Zhao et al. | `AAAI` |"
    " [link](https://arxiv.org/abs/2302.05075) | — | NMFs-CSL, WLASL |\n"
    "| CVT-SLR: Contrastive Visual-Textual Transformation | Zheng et al. | `CVPR` |"
    " [link](https://arxiv.org/abs/2303.05725) | — | PHOENIX-2014, PHOENIX-2014T |\n\n"
    "</details>\n"
)


def test_a_summary_year_with_a_count_after_a_dot_dates_the_table_it_folds():
    # ``<b>2023</b> · 2 papers``: the count is the heading's, the year dates both rows
    assert [y for _, y in _read(_SIGNS)] == [2023, 2023]


def test_a_datasets_column_beside_a_title_column_gives_no_year():
    # ``PHOENIX-2014`` names a dataset the paper used, not the year it appeared
    text = _SIGNS.replace("<summary><b>2023</b> &nbsp;·&nbsp; 2 papers</summary>", "")
    assert [y for _, y in _read(text)] == [None, None]


def test_a_datasets_column_still_names_the_row_in_a_table_of_datasets():
    # without a title column, ``Dataset`` (and a ``Paper`` column of links) is no data column
    assert table_roles(["Dataset", "Domain", "Paper"])[0] is None
    assert table_roles(["Benchmark", "Org", "Year", "Paper"])[0] is None
    assert table_roles(["Title", "Venue", "Datasets"])[2] == "data"
