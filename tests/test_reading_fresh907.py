"""Round 144 (fresh907-915): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text

ARXIV = "https://arxiv.org/abs/"


def _entries(text: str):
    return parse_text(text, "l.md").entries


def _row(title: str, url: str, close: bool = True) -> str:
    end = "</tr>\n" if close else ""
    return (
        f'<tr>\n  <td align="left">\n    <a href="{url}">\n      {title}\n    </a>\n  </td>\n'
        f'  <td align="center">CVPR</td>\n  <td align="center">2025</td>\n{end}'
    )


def test_an_html_row_left_open_ends_where_the_next_row_begins():
    """CMLab-Korea/Awesome-Efficient-GS: a ``<tr>`` with no ``</tr>`` before the next ``<tr>``
    is a row of its own, as browsers read it (it was merged into the next row)."""
    text = "# L\n\n<table>\n<tr><th>Title</th><th>Venue</th><th>Year</th></tr>\n" + (
        _row("Pup 3D-GS: Principled Uncertainty Pruning for 3D Gaussian Splatting", "https://ieeexplore.ieee.org/document/11092397/", close=False)
        + _row("Speedy-Splat: Fast 3D Gaussian Splatting with Sparse Pixels and Sparse Primitives", "https://ieeexplore.ieee.org/document/11094159")
        + _row("Optimized Minimal 3D Gaussian Splatting", ARXIV + "2503.16924", close=False)
        + "</table>\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == [
        "Pup 3D-GS: Principled Uncertainty Pruning for 3D Gaussian Splatting",
        "Speedy-Splat: Fast 3D Gaussian Splatting with Sparse Pixels and Sparse Primitives",
        "Optimized Minimal 3D Gaussian Splatting",
    ]


CARD = (
    "### {name}\n\n{about}\n\n[Paper]({paper}) · [Code](https://github.com/o/{name})\n\n"
    "**Authors:** Xinhao Li et al.  \n"
    "**First public date:** {date} (arXiv v1 submission date)  \n"
    "**Contribution:** video encoder, token compression, streaming architecture\n\n"
)


def test_a_card_under_a_name_heading_keeps_the_name_its_date_and_no_field_entry():
    """lyc61c/awesome-video-mllm-architectures: ``### VideoChat3``, then a sentence on what it
    does (its name and a verb, or a verb first), the links, and bold fields (``**First public
    date:** 2026-07-16 (...)``, ``**Contribution:** ...``): the name is the title (not the
    sentence), the date gives the year and no field line opens an entry."""
    text = "# Models\n\n" + CARD.format(
        name="VideoChat3",
        about="VideoChat3 inflates image-transformer attention into local 3D video attention, combining early spatiotemporal compression with adaptive resolution.",
        paper=ARXIV + "2607.14935",
        date="2026-07-16",
    ) + CARD.format(
        name="Qwen3-VL",
        about="Strengthens visual-language fusion with DeepStack, interleaved positional encoding and textual timestamps for long videos.",
        paper=ARXIV + "2511.21631",
        date="2025-11-26",
    )  # fmt: skip
    entries = _entries(text)
    assert [(e.title, e.year) for e in entries] == [("VideoChat3", 2026), ("Qwen3-VL", 2025)]


def test_a_title_heading_over_a_sentence_stays_the_title():
    """Guard: a heading that is the paper's title over a sentence on it kept its title before
    the rule and keeps it (the sentence is a note either way)."""
    text = "# L\n\n### Attention Is All You Need\n\n" + (
        "Introduces the Transformer, an architecture based solely on attention mechanisms, dispensing with recurrence.\n\n"
        f"[Paper]({ARXIV}1706.03762)\n"
    )  # fmt: skip
    (entry,) = _entries(text)
    assert entry.title == "Attention Is All You Need"


def test_a_figure_and_a_labelled_line_of_its_own_sources_under_an_entry_open_no_entry():
    """lyc61c/awesome-video-mllm-architectures: a figure (its alt text ``VideoChat3: Author
    figure: ...``) and ``**Primary evidence:** [Source 1](its arXiv) · [Source 2](its arXiv
    HTML, v2)`` under the entry are its details: no title from the alt text, no new entry."""
    text = "# Models\n\n### VideoChat3\n\n" + (
        f"[Paper]({ARXIV}2607.14935) · [Code](https://github.com/MCG-NJU/VideoChat3)\n\n"
        '<p align="center"><a href="assets/architectures/21-paper.png"><img src="assets/architectures/21-paper.png" alt="VideoChat3: Author figure: architecture overview of VideoChat3." /></a></p>\n\n'
        "**Primary evidence:** [Source 1](https://arxiv.org/abs/2607.14935) · [Source 2](https://arxiv.org/html/2607.14935v2) · [Source 3](https://github.com/MCG-NJU/VideoChat3).\n\n"
        "### InternVideo3\n\n"
        f"[Paper]({ARXIV}2606.12195)\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == ["VideoChat3", "InternVideo3"]


def test_a_bold_name_linking_another_paper_under_an_entry_is_an_entry():
    """Guard: ``**DPOK:** [paper](another arXiv ID)`` under an entry is a paper of its own."""
    text = "# L\n\n### VideoChat3\n\n" + (
        f"[Paper]({ARXIV}2607.14935)\n\n"
        f"**DPOK:** [paper]({ARXIV}2305.16381) · [code](https://github.com/google-research/google-research)\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == ["VideoChat3", "DPOK"]


def test_a_table_row_broken_inside_its_title_cell_is_one_row():
    """chengshuang18/Awesome-Efficient-dLLMs: ``|2025.12| Topic |[**Name**] Title`` then `` (@Lab)
    | [[pdf]](url) | code | venue |`` on the next line: one row (the title and its paper)."""
    text = "# L\n\n|Date|Category|Title|Paper|Code|Venue|\n|:---:|:---|:---|:---:|:---:|:---:|\n" + (
        "|2025.12| AR-to-block diffusion |[**Fast-dLLM v2**] Fast-dLLM v2: Efficient Block-Diffusion LLM\n"
        " (@NVIDIA)  | [[pdf]](https://arxiv.org/pdf/2509.26328) |[[code]](https://github.com/NVlabs/Fast-dLLM) |arXiv|\n"
        "|2025.12| AR-to-block diffusion |[**NBDiff**] From Next-Token to Next-Block: A Principled Adaptation Path for Diffusion LLMs\n"
        " (@Shanghai AI Lab)  | [[pdf]](https://arxiv.org/pdf/2512.06776) |[[code]](https://github.com/prajwal369/NBDiff) |arXiv|\n"
    )  # fmt: skip
    entries = _entries(text)
    assert [(e.line, e.title, e.code.url if e.code else None) for e in entries] == [
        (5, "Fast-dLLM v2: Efficient Block-Diffusion LLM", "https://github.com/NVlabs/Fast-dLLM"),
        (7, "From Next-Token to Next-Block: A Principled Adaptation Path for Diffusion LLMs", "https://github.com/prajwal369/NBDiff"),
    ]  # fmt: skip


def test_rows_without_closing_bars_are_not_joined():
    """Guard: rows that never close with ``|`` stay one row a line (each its own paper)."""
    text = "# L\n\n| Title | Paper | Code\n|---|---|---\n" + (
        f"| Denoising Diffusion Probabilistic Models | [pdf]({ARXIV}2006.11239) | [code](https://github.com/hojonathanho/diffusion)\n"
        f"| Score-Based Generative Modeling through Stochastic Differential Equations | [pdf]({ARXIV}2011.13456) | -\n"
    )  # fmt: skip
    entries = _entries(text)
    assert [e.paper.url for e in entries] == [ARXIV + "2006.11239", ARXIV + "2011.13456"]


def test_a_quoted_sentence_under_a_long_title_heading_is_its_note():
    """azminewasi/Awesome-Graph-Research-ICLR2024: ``### Rethinking the Benefits of Steerable
    Features ...`` over ``> The paper discusses the benefits of ...`` (no full stop), then the
    paper's link: the heading is the title, the quote its TL;DR."""
    text = "# L\n\n### Rethinking the Benefits of Steerable Features in 3D Equivariant Graph Neural Networks\n" + (
        "> The paper discusses the benefits of steerable features of different types for 3D equivariant graph neural networks\n"
        "<details>\n  <summary>Details</summary>\n\n"
        "- **OpenReview**: https://openreview.net/pdf?id=mGHJAyR8w0\n"
        "</details>\n"
    )  # fmt: skip
    (entry,) = _entries(text)
    assert entry.title.startswith("Rethinking the Benefits of Steerable Features")


def test_a_quoted_title_under_a_topic_heading_stays_the_title():
    """Guard: under a topic's heading, a quote in title case is the paper's title."""
    text = "# L\n\n### Graph Neural Networks\n\n" + (
        f"> Semi-Supervised Classification with Graph Convolutional Networks (ICLR 2017) [paper]({ARXIV}1609.02907)\n"
    )  # fmt: skip
    (entry,) = _entries(text)
    assert entry.title == "Semi-Supervised Classification with Graph Convolutional Networks"


def test_names_with_spaced_affiliation_numbers_before_a_linked_title_are_its_authors():
    """Desein-Yang/awesome-graph-structure-learning: ``Basil Saeed 1 Snigdha Panigrahi 2
    Caroline Uhler 1, [Title](pdf)`` (copied from a PDF's byline): the link text is the title."""
    text = "# L\n\n## ICML\n\n" + (
        "1.  Tian-Zuo Wang 1 Xi-Zhu Wu 1 Sheng-Jun Huang 2 Zhi-Hua Zhou 1, [Cost-effectively Identifying Causal Effects When Only Response Variable is Observable](https://cs.nju.edu.cn/zhouzh/zhouzh.files/publication/icml20acl.pdf).\n"
        "2.  Basil Saeed 1 Snigdha Panigrahi 2 Caroline Uhler 1, [Causal Structure Discovery from Distributions Arising from Mixtures of DAGs](https://arxiv.org/pdf/2001.11940.pdf)\n"
    )  # fmt: skip
    assert [e.title for e in _entries(text)] == [
        "Cost-effectively Identifying Causal Effects When Only Response Variable is Observable",
        "Causal Structure Discovery from Distributions Arising from Mixtures of DAGs",
    ]


def test_a_title_with_a_number_between_words_is_no_byline():
    """Guard: ``Llama 2 Models ...``-like titles before a link stay titles."""
    text = "# L\n\n" + (
        f"- Stage 2 Training of Diffusion Models, [paper]({ARXIV}2301.00001)\n"
    )  # fmt: skip
    (entry,) = _entries(text)
    assert entry.title == "Stage 2 Training of Diffusion Models"


def test_review993_a_titled_bold_label_after_a_field_line_still_titles_its_entry():
    """Review 993: ``**Authors:** ...`` over ``**Title:** Attention Is All You Need`` or over
    ``**ReAct:** Synergizing Reasoning ...`` then the paper: the bold label's line is the
    title, not another field (the field rule wants a lower-case value and no link)."""
    text = "# L\n\n" + (
        "**Authors:** Ashish Vaswani, Noam Shazeer, Niki Parmar\n"
        "**Title:** Attention Is All You Need\n"
        f"**Link:** {ARXIV}1706.03762\n\n"
        "**Tags:** LLM, Agents\n"
        "**ReAct:** Synergizing Reasoning and Acting in Language Models\n"
        f"[paper]({ARXIV}2210.03629)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles[0] == "Attention Is All You Need"
    assert titles[1].endswith("Synergizing Reasoning and Acting in Language Models")


def test_review993_a_carried_line_with_its_own_link_is_a_row_of_its_own():
    """Review 993: a row with no closing bar over a line with no opening bar that links its
    own paper: two rows, not one (BERT's code stays BERT's)."""
    text = "# L\n\n| Paper | Code |\n| --- | --- |\n" + (
        f"| [Attention Is All You Need]({ARXIV}1706.03762)\n"
        f"[BERT: Pre-training of Deep Bidirectional Transformers]({ARXIV}1810.04805) | [code](https://github.com/google-research/bert) |\n"
    )  # fmt: skip
    entries = _entries(text)
    assert [e.paper.url for e in entries] == [ARXIV + "1706.03762", ARXIV + "1810.04805"]
