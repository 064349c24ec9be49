"""Layouts and conventions first seen in the fresh514-518 batches, each held by a test that
fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.mdparser import tame
from tests.support.reading import reader

_titles = reader("title", "short_name")


def test_an_html_tables_rows_after_a_blank_line_keep_its_header():
    """``<tbody>``, a blank line, then the ``<tr>`` rows: markdown-it ends the HTML block at
    the blank line, and the rows were read without the header that names ``Paper name`` the
    title column (the ``Model`` cell was taken for the title). A blank line before a cell's
    Markdown stays blank: GitHub reads that Markdown."""
    text = (
        "<table>\n  <thead>\n    <tr>\n      <th>Model</th>\n      <th>Paper name</th>\n"
        "      <th>Conf / Journal</th>\n    </tr>\n  </thead>\n  <tbody>\n\n"
        '<tr><td><a href="https://github.com/marshuang80/gloria">GLoRIA</a></td>'
        "<td>GLoRIA: A Multimodal Global-Local Representation Learning Framework</td>"
        '<td><a href="https://ieeexplore.ieee.org/document/9710099">ICCV 2021</a></td></tr>\n'
        "</tbody></table>\n"
    )
    assert _titles(text) == [
        ("GLoRIA: A Multimodal Global-Local Representation Learning Framework", "GLoRIA")
    ]
    markdown_cell = "<table>\n<tr>\n<td>\n\n**[Title](https://arxiv.org/abs/2101.00001)**\n\n</td>\n</tr>\n</table>\n"
    assert tame(markdown_cell)[0] == markdown_cell


def test_a_titles_closing_series_of_things_is_no_list_of_names():
    """``..., Discovery, Experimentation, Content Generation, and Evaluation``: capitalised
    words after commas, closed by ``and``, looked like ``, Kaiming He, ..., and Jian Sun``;
    words in -tion, -ment, -ity ... name things, so the series is the title's."""
    from pipeline.formats.cleantitle import clean_title

    title = (
        "Transforming Science with Large Language Models: A Survey on AI-assisted Scientific "
        "Discovery, Experimentation, Content Generation, and Evaluation"
    )
    assert clean_title(title) == title
    named = "Deep Residual Learning for Image Recognition, Kaiming He, Xiangyu Zhang, and Jian Sun"
    assert clean_title(named) == "Deep Residual Learning for Image Recognition"


def test_a_description_below_a_name_link_is_no_title():
    """``* **[Wasserstein GAN (WGAN)](arxiv)** (2017)`` over ``> Uses Wasserstein distance for
    stability.``: a line that opens with a verb about the paper describes it; the link's
    text stays the title (a false wrong-paper online before)."""
    text = (
        "* **[Wasserstein GAN (WGAN)](https://arxiv.org/abs/1701.07875)** (2017)\n\n"
        "  > Uses Wasserstein distance for stability.\n"
    )
    assert [t for t, _ in _titles(text)] == ["Wasserstein GAN (WGAN)"]
