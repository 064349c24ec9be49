"""Layouts first seen in the fresh356-361 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.searchpages import search_page
from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year", "venue")


def test_a_venue_and_year_opening_a_plain_line_are_its_venue_and_year():
    """``CVPR 2018 Title https://arxiv.org/abs/... https://github.com/...``: the venue and
    year before the title are the entry's, not the title's first words; a challenge named by
    its event (``NTIRE 2023 Challenge on ...``) keeps its name."""
    text = (
        "# adv-attack\n\n"
        "CVPR 2018 Boosting Adversarial Attacks with Momentum https://arxiv.org/abs/1710.06081 "
        "https://github.com/dongyp13/Non-Targeted-Adversarial-Attacks\n\n"
        "ICLR 2018 Generating Natural Adversarial Examples https://arxiv.org/abs/1710.11342\n\n"
        "CVPR 2023 Challenge on Image Super-Resolution https://arxiv.org/abs/2305.00001\n"
    )
    assert _read(text)[:2] == [
        (3, "Boosting Adversarial Attacks with Momentum", 2018, "CVPR 2018"),
        (5, "Generating Natural Adversarial Examples", 2018, "ICLR 2018"),
    ]
    assert _read(text)[2][:2] == (7, "CVPR 2023 Challenge on Image Super-Resolution")


def test_a_spreadsheet_month_and_year_in_a_date_column_is_the_year():
    """``| Mar-24 |``, ``| Sep'23 |`` in a Date column (a spreadsheet's month-year): 2024,
    2023; ``| Mar 24 |`` under ``## 2023`` is the 24th of March, the heading's year."""
    text = (
        "| Title | Publish | Date | Link |\n|---|---|---|---|\n"
        "| FuzzLLM: A Novel and Universal Fuzzing Framework | ICASSP | Sep-23 "
        "| https://arxiv.org/abs/2309.05274 |\n"
        "| Safety-Tuned LLaMAs: Lessons From Improving the Safety | ICLR Poster | Mar-24 "
        "| https://openreview.net/pdf?id=gT5hALch9z |\n"
        "| GPTFUZZER: Red Teaming Large Language Models | arxiv | Sep'23 "
        "| https://arxiv.org/abs/2309.10253 |\n"
    )
    assert [(line, year) for line, _, year, _ in _read(text)] == [(3, 2023), (4, 2024), (5, 2023)]
    dated = (
        "## 2023\n\n| Title | Date | Link |\n|---|---|---|\n"
        "| Mistral 7B: A Small but Strong Model | Sep 27 | https://arxiv.org/abs/2310.06825 |\n"
        "| LLaMA: Open and Efficient Foundation Language Models | Feb 27 "
        "| https://arxiv.org/abs/2302.13971 |\n"
    )
    assert [year for _, _, year, _ in _read(dated)] == [2023, 2023]


def test_a_paragraph_of_sentences_that_links_a_paper_is_no_entry():
    """A paragraph of two sentences or more, mostly in lower case, that names
    ``[AlphaFold 2](url)`` in passing is no entry; a title in sentence case with a question
    or a venue after its full stop stays one."""
    text = (
        "## Overview\n\n"
        "AI tools have solved the protein structure prediction problem. This problem derives "
        "the spatial structure from the amino acid sequence and achieves atomic-level accuracy, "
        "such as [AlphaFold 2](https://www.nature.com/articles/s41586-021-03819-2). It combines "
        "previous models.\n\n"
        "## Papers\n\n"
        "- The expression of a tensor or a polyadic as a sum of products.  Studies in Applied "
        "Mathematics.1927. [[paper]](https://onlinelibrary.wiley.com/doi/abs/10.1002/sapm192761164)\n"
        "- Will we run out of data? An analysis of the limits of scaling datasets in machine "
        "learning [[paper]](https://arxiv.org/abs/2211.04325)\n"
    )
    assert [line for line, *_ in _read(text)] == [7, 8]


_HOME = "https://pdf2md.morethan.io/"


def test_a_site_home_page_that_several_titles_link_is_no_paper():
    """Rows whose title links the same site's home page (``[Title](https://pdf2md.morethan.io/)``
    on three rows) link no paper: they are unread, not entries; rows linking arXiv stay."""
    rows = [
        ("Train Offline, Test Online - A Real Robot Learning Benchmark", _HOME),
        ("RLBench - The Robot Learning Benchmark & Learning Environment", _HOME),
        (
            "DexArt - Benchmarking Generalizable Dexterous Manipulation",
            "https://arxiv.org/pdf/2305.05706",
        ),
        ("DeepMind Control Suite", _HOME.rstrip("/")),
        (
            "CALVIN - A Benchmark for Language-Conditioned Policy Learning",
            "https://arxiv.org/abs/2112.03227",
        ),
    ]
    text = "| Paper | Date |\n|---|---|\n" + "".join(
        f"| [{t}]({u}) | 2023-06-30 |\n" for t, u in rows
    )
    parsed = parse_text(text, "x")
    assert [e.line for e in parsed.entries] == [5, 7]
    assert [u.line for u in parsed.unread] == [3, 4, 6]


def test_a_home_page_that_only_two_titles_link_stays_their_paper_link():
    """Two rows of different titles linking one site's home page are below the three the
    rule needs: both stay entries by the table's convention."""
    rows = [
        ("Train Offline, Test Online - A Real Robot Learning Benchmark", _HOME),
        ("RLBench - The Robot Learning Benchmark & Learning Environment", _HOME),
        (
            "CALVIN - A Benchmark for Language-Conditioned Policy Learning",
            "https://arxiv.org/abs/2112.03227",
        ),
    ]
    text = "| Paper | Date |\n|---|---|\n" + "".join(
        f"| [{t}]({u}) | 2023-06-30 |\n" for t, u in rows
    )
    assert [line for line, *_ in _read(text)] == [3, 4, 5]


def test_a_year_id_column_is_the_year_column():
    """``| Year-Id |`` holding ``2023-24`` (the year, then the row's number): the year."""
    text = (
        "| Year-Id | Title | Venue Name |\n|---|---|---|\n"
        "|2023-24 |[JEMMA: An extensible Java dataset for ML4Code applications.]"
        "(https://doi.org/10.1007/s10664-022-10275-7) |ESE |\n"
        "|2022-2 |[Data smells in public datasets](https://dl.acm.org/doi/abs/10.1145/3522664.3528621) |CAIN |\n"
    )
    assert [(line, year) for line, _, year, _ in _read(text)] == [(3, 2023), (4, 2022)]


def test_a_title_linked_to_a_search_links_no_paper():
    """``[Title](https://arxiv.org/search/?query=Title&searchtype=title)``,
    ``[Title](https://scholar.google.com/scholar?q=Title)``: a search in place of the
    paper's address, so the row is no entry; a row linking its paper stays one."""
    text = (
        "| Year | Paper | Venue |\n|---|---|---|\n"
        "| 2025 | [RainyGS: Efficient Rain Synthesis with Physically-Based Gaussian Splatting]"
        "(https://arxiv.org/search/?query=RainyGS%20Efficient&searchtype=title) | CVPR |\n"
        "| 2023 | [Large Language Models as Zero-Shot Conversational Recommenders]"
        "(https://scholar.google.com/scholar?q=Large%20Language%20Models) | CIKM |\n"
        "| 2024 | [NeuRAD: Neural Rendering for Autonomous Driving]"
        "(https://openaccess.thecvf.com/content/CVPR2024/html/Tonderski_NeuRAD_CVPR_2024_paper.html)"
        " | CVPR |\n"
    )
    parsed = parse_text(text, "x")
    assert [e.line for e in parsed.entries] == [5]
    assert [u.line for u in parsed.unread] == [3, 4]


def test_a_venue_name_with_a_short_year_as_the_link_text_is_no_title():
    """``- [[VLDB Endowment'24](url)] Title.``, ``[[USENIX ATC '23](url)]``, ``[[Journal of
    Systems and Software '24(CCF B)](url)]``: the link names the venue; the title follows."""
    text = (
        "- [[VLDB Endowment'24](https://dl.acm.org/doi/10.14778/3712221.3712247)] "
        "Semantic conformance testing of relational DBMS.\n"
        "- [[USENIX ATC '23](https://www.usenix.org/conference/atc23/presentation/hao)] "
        "Pinolo: detecting logical bugs in database management systems.\n"
        "- [[Journal of Systems and Software ‘24(CCF B)](https://www.sciencedirect.com/science/"
        "article/pii/S0164121224000001)] Database management system performance comparisons.\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("Semantic conformance testing of relational DBMS", 2024),
        ("Pinolo: detecting logical bugs in database management systems", 2023),
        ("Database management system performance comparisons", None),
    ]


def test_linked_titles_by_their_authors_in_one_reading_item_are_each_an_entry():
    """``- **Reading**: [Title](url) by Lazer et al; [Title](url) by boyd and Crawford,
    2011.``: two papers in one item, each with its year; a description with a semicolon
    beside a data link (``... simulations; its ... · [Sycamore memory data](doi)``) is not."""
    text = (
        "## 1/5: Computational social science ##\n\n"
        "- **Reading**: [Computational social science](http://gking.harvard.edu/files/x.pdf)"
        " by Lazer et al; [Six provocations for Big Data](http://papers.ssrn.com/sol3/papers.cfm"
        "?abstract_id=1926431) by boyd and Crawford, 2011.\n\n"
        "## Decoders\n\n"
        "- [Learning high-accuracy error decoding for quantum processors]"
        "(https://www.nature.com/articles/s41586-024-08148-8) — A decoder using syndrome data;"
        " its simulations model crosstalk · [Sycamore memory data](https://doi.org/10.5281/zenodo.6804040)\n"
    )
    assert [(line, t, y) for line, t, y, _ in _read(text)] == [
        (3, "Computational social science", None),
        (3, "Six provocations for Big Data", 2011),
        (7, "Learning high-accuracy error decoding for quantum processors", None),
    ]


def test_an_occasion_after_a_venue_and_year_keeps_them_in_the_title():
    """``AAAI 2022 Fall Symposium on ...``, ``NeurIPS 2023 Invited Talk: ...``, ``ICML 2022
    Test of Time Award: ...``: an occasion, not a venue tag before a paper's title."""
    text = (
        "- AAAI 2022 Fall Symposium on Artificial Intelligence for Human-Robot Interaction "
        "https://arxiv.org/abs/2209.00001\n"
        "- NeurIPS 2023 Invited Talk: The Many Faces of Responsible AI https://arxiv.org/abs/2310.00002\n"
        "- ICML 2022 Test of Time Award: Poisoning Attacks against Support Vector Machines "
        "https://arxiv.org/abs/1206.6389\n"
    )
    assert [t.split()[:2] for _, t, _, _ in _read(text)] == [
        ["AAAI", "2022"],
        ["NeurIPS", "2023"],
        ["ICML", "2022"],
    ]


def test_only_a_hyphenated_headers_first_word_names_its_column():
    """``Year-Id`` is the year and ``Code-Link`` the code, by their first words; ``Open-Source``
    is no venue column and ``Sub-Title`` no second title column."""
    text = (
        "| Paper | Pre-print | Published | Open-Source |\n|---|---|---|---|\n"
        "| Deep Residual Learning for Image Recognition | [arXiv](https://arxiv.org/abs/1512.03385)"
        " | CVPR 2016 | Yes |\n\n"
        "| Paper-Title | Sub-Title | Code-Link | E-Print |\n|---|---|---|---|\n"
        "| Swin Transformer | Hierarchical Vision Transformer using Shifted Windows "
        "| [code](https://github.com/microsoft/Swin-Transformer) "
        "| [arXiv](https://arxiv.org/abs/2103.14030) |\n"
    )
    entries = reader("title", "venue", "code")(text)
    assert [(t, v, c and c.url) for t, v, c in entries] == [
        ("Deep Residual Learning for Image Recognition", "CVPR 2016", None),
        ("Swin Transformer", None, "https://github.com/microsoft/Swin-Transformer"),
    ]


def test_a_project_page_a_series_shares_and_one_papers_home_page_stay_paper_links():
    """Rows of three LLaVA papers linking ``https://llava-vl.github.io/`` (a project's page)
    and of one paper linked three times as ``https://x.org/`` and ``https://x.org`` stay
    entries."""
    rows = [
        ("Visual Instruction Tuning", "https://llava-vl.github.io/"),
        ("Improved Baselines with Visual Instruction Tuning", "https://llava-vl.github.io/"),
        ("LLaVA-NeXT: Improved reasoning, OCR, and world knowledge", "https://llava-vl.github.io/"),
        ("Nerfies: Deformable Neural Radiance Fields", "https://nerfies.example.org/"),
        ("Nerfies: Deformable Neural Radiance Fields.", "https://nerfies.example.org"),
        ("nerfies: deformable neural radiance fields", "https://nerfies.example.org/"),
    ]
    text = "| Paper | Venue |\n|---|---|\n" + "".join(f"| [{t}]({u}) | 2023 |\n" for t, u in rows)
    assert [line for line, *_ in _read(text)] == [3, 4, 5, 6, 7, 8]


def test_words_in_italics_and_a_dash_opening_a_bold_title_are_a_tag():
    """``**_Load Balance Loss_ - OpenMoE: An Early Effort ...**`` (fresh263's layout, read in
    this round's session): the italics name what the paper is listed for, not its title; a
    bold title with a word in italics inside it keeps the word."""
    text = (
        "**_Load Balance Loss and Router Z-loss_ - OpenMoE: An Early Effort on Open "
        "Mixture-of-Experts Language Models**\\\n"
        "_Fuzhao Xue, Zian Zheng, Yao Fu_\\\n"
        "arXiv, [[Paper](https://arxiv.org/abs/2402.01739)]\\\n"
        "27 Mar 2024\n\n"
        "**Scaling _Sparse_ Experts - A Study of Routing**\\\n"
        "_Jane Doe, John Roe_\\\n"
        "arXiv, [[Paper](https://arxiv.org/abs/2402.01740)]\\\n"
        "2 Apr 2024\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "OpenMoE: An Early Effort on Open Mixture-of-Experts Language Models",
        "Scaling Sparse Experts - A Study of Routing",
    ]


def test_a_year_and_an_emoji_before_a_title_are_no_part_of_it():
    """``- 2025 🔗 Title. [arXiv:ID](url)`` (fresh24's layout): the year, then an emoji that
    parts it from the title; ``2001: A Space Odyssey``-like titles that open with a year and
    no emoji keep it."""
    text = (
        "#### 2025\n"
        "- 2025 🔗 TiDAR: Think in Diffusion, Talk in Autoregression. "
        "[arXiv:2511.08923](https://arxiv.org/abs/2511.08923)\n"
        "- 2025 🔗⚡ D2F: Diffusion LLMs Can Do Faster-Than-AR Inference. "
        "[arXiv:2508.09192](https://arxiv.org/abs/2508.09192)\n"
        "- [2048 Tokens Are Enough for Image Generation](https://arxiv.org/abs/2501.00001)\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("TiDAR: Think in Diffusion, Talk in Autoregression", 2025),
        ("D2F: Diffusion LLMs Can Do Faster-Than-AR Inference", 2025),
        ("2048 Tokens Are Enough for Image Generation", 2025),
    ]


def test_a_maker_in_brackets_after_a_title_is_no_part_of_it():
    """``[Tacotron 2 (Google)](url)``, ``[Deep Speech (Baidu Research)](url)`` (fresh343's
    layout): who made the model, not its title; ``(Extended Abstract)`` stays."""
    text = (
        "- [Deep Speech (Baidu Research)](https://arxiv.org/abs/1412.5567)\n"
        "- [Tacotron 2 (Google)](https://arxiv.org/abs/1712.05884)\n"
        "- [FastSpeech (AI Speech Lab, ByteDance)](https://arxiv.org/abs/1905.09263)\n"
        "- [Learning to Rank (Extended Abstract)](https://arxiv.org/abs/1905.00001)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Deep Speech",
        "Tacotron 2",
        "FastSpeech",
        "Learning to Rank (Extended Abstract)",
    ]


def test_a_title_after_a_name_link_may_end_in_a_sentence_that_places_it():
    """``[SparkNet](url): Training Deep Networks in Spark. In Proceedings of the ICLR.``
    (fresh215): the name and the title after it. A title-cased sentence closed by its full
    stop (``[Gaia](url): Geo-distributed ... LAN Speeds.``, ``[Flax](url): A Neural Network
    Library. In JAX.``) reads as a description, as before: tool lists write them so."""
    text = (
        "1. [SparkNet](https://arxiv.org/abs/1511.06051): Training Deep Networks in Spark. "
        "In Proceedings of the International Conference on Learning Representations (ICLR).\n"
        "2. [Gaia](https://arxiv.org/abs/1511.06052): Geo-distributed Machine Learning "
        "Approaching LAN Speeds.\n"
        "3. [Petuum](https://arxiv.org/abs/1312.7651): A New Platform For Big Data. It Runs "
        "Machine Learning Fast.\n"
        "4. [Flax](https://arxiv.org/abs/2000.00001): A Neural Network Library. In JAX.\n"
    )
    titles = [t for _, t, _, _ in _read(text)]
    assert titles == ["SparkNet: Training Deep Networks in Spark", "Gaia", "Petuum", "Flax"]


def test_italics_opening_a_bold_title_stay_unless_a_named_title_follows_the_dash():
    """``**_Mamba_ - Linear-Time Sequence Modeling ...**``, ``**_Densely Connected
    Convolutional Networks_ - Huang et al.**``: the italics are the title's own words (a
    review's probes); only a dash and a ``Name: Title`` after them make them a tag."""
    text = (
        "**_Mamba_ - Linear-Time Sequence Modeling with Selective State Spaces**\\\n"
        "arXiv, [[Paper](https://arxiv.org/abs/2312.00752)]\n\n"
        "**_Densely Connected Convolutional Networks_ - Huang et al.**\\\n"
        "CVPR, [[Paper](https://arxiv.org/abs/1608.06993)]\n"
    )
    titles = [t for _, t, _, _ in _read(text)]
    assert titles[0].startswith("Mamba") and titles[1].startswith("Densely Connected")


def test_a_bracket_is_cut_as_a_maker_only_after_a_short_name_and_only_if_it_names_one():
    """``(Apple Silicon)``, ``(Google Scholar)``, ``(AI)``, ``(Part II, Theory)`` are part of
    their titles; ``Tacotron 2 (Google)`` loses its maker."""
    text = (
        "- [Fast LLM Inference (Apple Silicon)](https://arxiv.org/abs/2401.00001)\n"
        "- [Citation Graphs (Google Scholar)](https://arxiv.org/abs/2401.00002)\n"
        "- [A Survey on Trustworthy Artificial Intelligence (AI)](https://arxiv.org/abs/2401.00003)\n"
        "- [Bayesian Optimization Tutorial (Part II, Theory)](https://arxiv.org/abs/2401.00004)\n"
        "- [Tacotron 2 (Google)](https://arxiv.org/abs/1712.05884)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Fast LLM Inference (Apple Silicon)",
        "Citation Graphs (Google Scholar)",
        "A Survey on Trustworthy Artificial Intelligence (AI)",
        "Bayesian Optimization Tutorial (Part II, Theory)",
        "Tacotron 2",
    ]


def test_a_year_and_an_emoji_are_parted_only_at_the_start_of_a_line_and_in_recent_years():
    """``- 1984 📖 Revisited: ...`` keeps its first word; ``- [fairseq](gh) 2019 🔥 A Fast ...``
    keeps the linked name as the title (a review's probes)."""
    text = (
        "- 1984 📖 Revisited: Surveillance Capitalism and Privacy "
        "[paper](https://arxiv.org/abs/2101.00001)\n"
        "- [fairseq](https://arxiv.org/abs/1904.01038) 2019 🔥 A Fast, Extensible Toolkit for "
        "Sequence Modeling\n"
    )
    titles = [t for _, t, _, _ in _read(text)]
    assert titles[0].startswith("1984") and titles[1].startswith("fairseq")


def test_a_malformed_address_is_no_search_page():
    """``http://[::1/search?q=x`` makes ``urlsplit`` raise: the search check says no, and
    never lets the error out of the reader."""
    assert search_page("http://[::1/search?q=x") is False
    assert search_page("https://arxiv.org/search/?query=RainyGS&searchtype=title") is True
