"""Reading cases found on the fresh70-75 real lists (tests/fixtures/real/fresh7[0-5]__*),
each reduced to the smallest text that shows it."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "year")
_lines = reader("line", "title", "year")


def test_a_year_cell_spanning_rows_dates_every_row_of_its_group():
    text = (
        "<table>\n<tr><th>Year</th><th>Method</th><th>Venue</th></tr>\n"
        '<tr>\n<th rowspan="2">2016</th>\n'
        '<td><a href="https://arxiv.org/abs/1601.00001">Deep Automatic Portrait Matting</a></td>\n'
        "<td>ECCV</td>\n</tr>\n<tr>\n"
        '<td><a href="https://arxiv.org/abs/1601.00002">Natural Image Matting with CNNs</a></td>\n'
        "<td>ECCV</td>\n</tr>\n</table>\n"
    )
    assert _read(text) == [
        ("Deep Automatic Portrait Matting", 2016),
        ("Natural Image Matting with CNNs", 2016),
    ]


def test_a_title_cell_spanning_rows_stays_its_first_rows():
    """Two variants of one paper share its title cell: the second row is its own entry on
    its own line, not a second reading of the first."""
    text = (
        "<table>\n<tr><th>Name</th><th>Title</th><th>Venue</th></tr>\n<tr>\n"
        '<td>FC-Siam-conc [<a href="https://arxiv.org/abs/1810.08462">paper</a>]</td>\n'
        '<td rowspan="2">Fully Convolutional Siamese Networks for Change Detection</td>\n'
        '<td rowspan="2">ICIP2018</td>\n</tr>\n<tr>\n'
        '<td>FC-Siam-diff [<a href="https://arxiv.org/abs/1810.08462">paper</a>]</td>\n'
        "</tr>\n</table>\n"
    )
    lines = [line for line, _, _ in _lines(text)]
    assert lines == [5, 9]


def test_a_title_item_over_one_sub_item_that_restates_it_with_links_is_one_entry():
    text = (
        "* PReNet: Progressive Image Deraining Networks: A Better Baseline (2019 CVPR)\n"
        "   * Ren Dongwei et al. Progressive Image Deraining Networks: A Better Baseline "
        "[[paper](https://arxiv.org/pdf/1901.09221.pdf)][[code](https://github.com/a/b)]\n\n"
        "* Rain Removal By Image Quasi-Sparsity Priors (2018 Arxiv)\n"
        "   * Wang et. al. Rain Removal By Image Quasi-Sparsity Priors "
        "[[paper](https://arxiv.org/abs/1812.08348)]\n"
    )
    assert _lines(text) == [
        (1, "PReNet: Progressive Image Deraining Networks: A Better Baseline", 2019),
        (4, "Rain Removal By Image Quasi-Sparsity Priors", 2018),
    ]


def test_a_topic_item_over_a_paper_is_no_title():
    text = (
        "* Question answering\n"
        "  * BBQ: A hand-built bias benchmark for question answering "
        "[[arXiv]](https://arxiv.org/pdf/2110.08193)\n"
    )
    assert _lines(text) == [(2, "BBQ: A hand-built bias benchmark for question answering", None)]


def test_bold_tagged_paragraphs_each_over_their_links_are_each_an_entry():
    text = (
        "**ICLR 2023** Neuroevolution is a Competitive Alternative to Reinforcement Learning\n\n"
        "Link: [https://openreview.net/forum?id=6BHlZgyPOZY](https://openreview.net/forum?id=6BHl"
        "ZgyPOZY) Code: [https://github.com/a/b](https://github.com/a/b)\n\n"
        "**GECCO 2022** Approximating Gradients for Differentiable Quality Diversity\n\n"
        "Link: [https://arxiv.org/pdf/2202.03666.pdf](https://arxiv.org/pdf/2202.03666.pdf) "
        "Code: [https://github.com/c/d](https://github.com/c/d)\n\n"
        "**Preprint 2022** QD-RL: Efficient Mixing of Quality and Diversity\n\n"
        "Link：[https://arxiv.org/abs/2006.08505v2](https://arxiv.org/abs/2006.08505v2) "
        "Code: Not Found\n"
    )
    assert _lines(text) == [
        (1, "Neuroevolution is a Competitive Alternative to Reinforcement Learning", 2023),
        (5, "Approximating Gradients for Differentiable Quality Diversity", 2022),
        (9, "QD-RL: Efficient Mixing of Quality and Diversity", 2022),
    ]


def test_a_labelled_placeholder_is_no_title():
    from pipeline.formats.cleantitle import title_like

    assert not title_like("Code: Not Found") and not title_like("N/A")
    assert title_like("Center Loss：") and title_like("SCSR: TIP2010, Jianchao Yang et al.")


def test_a_heading_of_a_venue_tag_glued_to_its_year_dates_its_papers():
    text = (
        "### sp2025\n\n* [security] [Asymmetric Mempool DoS Security: Formal Definitions]"
        "(https://arxiv.org/pdf/2407.03543)\n\n### ccs2019\n\n"
        "* [defi] [Flash Boys 2.0: Frontrunning in Decentralized Exchanges]"
        "(https://arxiv.org/abs/1904.05234)\n"
    )
    assert [year for _, year in _read(text)] == [2025, 2019]


def test_a_bracketed_key_with_its_year_then_the_venue_dates_the_entry():
    text = (
        "- [Kar-Corcoran2017 IEEE] A Review and Analysis of Eye-Gaze Estimation Systems. "
        "[PDF](https://arxiv.org/abs/1708.01817)\n"
        "- [Lu-etal2014a IVC] Learning gaze biases with head motion for gaze estimation. "
        "[PDF](https://arxiv.org/abs/1402.00001)\n"
    )
    assert [year for _, year in _read(text)] == [2017, 2014]


def test_a_title_in_double_brackets_is_the_title_without_them():
    text = (
        "|Name|Year|Paper|Note|\n|:--|:--|:--|:--|\n"
        "|FCE|2011| [[A New Dataset and Method for Automatically Grading ESOL Texts]]"
        "(https://aclanthology.org/P11-1019)| [[download]](https://example.org/fce.tar.gz)|\n\n"
        "- [[ChartX & ChartVLM]](https://arxiv.org/abs/2402.12185) ChartX & ChartVLM: A Versatile "
        "Benchmark for Chart Reasoning - arXiv 2024\n"
    )
    first, second = (t for t, _ in _read(text))
    assert first == "A New Dataset and Method for Automatically Grading ESOL Texts"
    assert second.startswith("ChartX & ChartVLM: A Versatile Benchmark")  # the name stays out


def test_an_acl_citations_names_and_year_before_the_title_link_are_no_title():
    text = (
        "- Satoru Katsumata, Mamoru Komachi. 2020. [Stronger Baselines for Grammatical Error "
        "Correction](https://arxiv.org/pdf/2005.11849.pdf). In Proceedings of AACL-IJCNLP 2020\n"
        "- Sylviane Granger. 1998. [The computer learner corpus: A versatile new source of data]"
        "(https://example.org/granger.pdf)\n"
    )
    assert _read(text) == [
        ("Stronger Baselines for Grammatical Error Correction", 2020),
        ("The computer learner corpus: A versatile new source of data", 1998),
    ]


def test_a_code_span_of_a_venue_glued_to_its_year_is_a_tag():
    text = (
        "* `Arxiv2022` CRFormer: A Cross-Region Transformer for Shadow Removal "
        "[[Paper]](https://arxiv.org/pdf/2207.01600.pdf)\n"
        "* `ACM MM2021` Unsupervised Portrait Shadow Removal via Generative Priors "
        "[[Paper]](https://arxiv.org/abs/2108.03466)\n"
        "* `GPT-4` Technical Report [[Paper]](https://arxiv.org/abs/2303.08774)\n"
    )
    assert _read(text) == [
        ("CRFormer: A Cross-Region Transformer for Shadow Removal", 2022),
        ("Unsupervised Portrait Shadow Removal via Generative Priors", 2021),
        ("GPT-4 Technical Report", None),
    ]


def test_an_acronym_venue_then_a_two_digit_year_after_a_comma_dates_the_entry():
    text = (
        "1. **Machine Learning for Electronic Design Automation: A Survey**. TODAES, 21. "
        "[journal](https://dl.acm.org/doi/abs/10.1145/3451179)\n"
        "2. **Table 2 of Something Long Enough**. See Table 2, 21 papers. "
        "[pdf](https://arxiv.org/abs/2101.00001)\n"
        "3. **DRiLLS: Deep reinforcement learning for logic synthesis**. ASP-DAC, 20. "
        "[paper](https://arxiv.org/abs/2001.00002)\n"
    )
    assert [year for _, year in _read(text)] == [2021, None, 2020]


def test_a_line_of_names_over_the_title_link_is_no_title():
    text = (
        "# Regret bounds\n\nMichael Kearns, Satinder Singh\n"
        "[Near-Optimal Reinforcement Learning in Polynomial Time](https://doi.org/10.1023/A:1017)\n"
        "MLJ 2002 \\\nA landmark paper that gave the first near-optimal algorithm.\n"
        "____\n"
        "Sham Kakade\n[On the Sample Complexity of Reinforcement Learning](https://arxiv.org/abs/2101.00001)\n"
        "PhD Thesis 2003\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Near-Optimal Reinforcement Learning in Polynomial Time",
        "On the Sample Complexity of Reinforcement Learning",
    ]


def test_a_code_span_of_a_venue_with_its_track_before_a_bold_title_is_a_tag():
    text = (
        "- `EMNLP Findings-2023` **Are NLP Models Good at Tracing Thoughts: An Overview** "
        "[[paper]](https://arxiv.org/abs/2310.18783) [Lixing Zhu, Runcong Zhao]\n"
        "- `ACL Workshop-2025` **Guiding and Diversifying LLM-Based Story Generation** "
        "[[paper]](https://arxiv.org/abs/2501.00001)\n"
    )
    assert _read(text) == [
        ("Are NLP Models Good at Tracing Thoughts: An Overview", 2023),
        ("Guiding and Diversifying LLM-Based Story Generation", 2025),
    ]
