"""Reading fixes from the review of the fresh26-fresh35 reader changes: each input was read
wrongly by those changes (an entry dropped, a year or a title taken from the wrong words)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_a_venue_named_link_to_the_paper_is_its_link_not_a_context_line():
    text = (
        "# List\n\n**ResNet**\n\n[CVPR 2016](https://openaccess.thecvf.com/content_cvpr_2016/"
        "papers/He_Deep_Residual_Learning_CVPR_2016_paper.pdf)\n\n"
        "**Attention Is All You Need**\n\n[arXiv](https://arxiv.org/abs/1706.03762)\n"
    )
    assert _read(text) == [(3, "ResNet", 2016), (7, "Attention Is All You Need", None)]


def test_a_venue_home_page_on_its_own_line_still_dates_the_items_below():
    text = (
        "<strong>[AAAI 2021](https://aaai.org/Conferences/AAAI-21/)</strong>\n\n"
        "- [A Paper About Distilling Things](https://arxiv.org/abs/2012.00001)\n"
    )
    assert _read(text) == [(3, "A Paper About Distilling Things", 2021)]


def test_a_dataset_or_model_name_with_digits_is_no_year():
    for tail in ("- SOTA on CIFAR10", "VGG16", "results on VOC07"):
        line = f"- [A Study of Sharpness Aware Things](https://arxiv.org/abs/2010.01412) {tail}\n"
        assert _read(line) == [(1, "A Study of Sharpness Aware Things", None)], tail
    assert (
        _read("- [Flow Things Are Good](https://arxiv.org/abs/1801.00001) (MM24)\n")[0][2] == 2024
    )
    assert (
        _read("- GCPR18 Flow Things Are Good [paper](https://arxiv.org/abs/1801.00001)\n")[0][2]
        == 2018
    )
    speech = "- Towards Robust Speech Translation, IWSLT-2018, [[paper]](https://arxiv.org/pdf/1809.00001.pdf)\n"
    assert _read(speech)[0][2] == 2018  # IWSLT is a venue


def test_title_words_before_a_colon_are_not_authors():
    title = "Language Models, Agent Models, and World Models: The LAW for Machine Reasoning and Planning"
    assert _read(f"- [{title}](https://arxiv.org/abs/2312.05230)\n") == [(1, title, None)]
    dblp = "- A. Author, B. Writer, C. Person: Learning Things [paper](https://arxiv.org/abs/2301.00001)\n"
    assert _read(dblp)[0][1] == "Learning Things"


def test_a_full_title_opening_its_item_and_followed_by_a_remark_is_an_entry():
    title = "Deep Residual Learning for Image Recognition"
    line = f"- [{title}](https://arxiv.org/abs/1512.03385) is a must-read classic.\n"
    assert _read(line) == [(1, title, None)]
    sentence = (
        "- The [IMDb dataset](https://arxiv.org/abs/1512.03385) is a binary sentiment dataset.\n"
    )
    parsed = parse_text(sentence + line.replace("1512.03385", "1512.03386"), "l.md")
    assert [e.line for e in parsed.entries] == [2]
    assert [u.line for u in parsed.unread] == [1]


# --- harmless variations of real layouts (the metamorphic probe over the corpus) ----------


def test_an_emoji_before_the_authors_leaves_them_authors():
    """``- 🔥 Names. **Title**``: an emoji marking an item hid the author list from every
    author test, and the authors became the title (284 entries of the corpus)."""
    items = (
        "1. 🔥 Nguyen Bach, Sameer Badaskar. **A review of relation extraction**. "
        "[[paper]](https://arxiv.org/abs/2101.00001)\n"
        "2. ⭐ Karpathy, Andrej, and Li Fei-Fei. **Deep visual-semantic alignments for "
        "generating image descriptions.** CVPR 2015. [[paper]](https://arxiv.org/abs/1412.02306)\n"
        '3. :fire: Tian, Jin. (2000). "[A Branch-and-Bound Algorithm for MDL Learning '
        'Bayesian Networks](https://arxiv.org/abs/1301.03897)"\n'
    )
    assert [t for _, t, _ in _read(items)] == [
        "A review of relation extraction",
        "Deep visual-semantic alignments for generating image descriptions",
        "A Branch-and-Bound Algorithm for MDL Learning Bayesian Networks",
    ]


def test_a_br_closing_each_item_is_not_the_catalog_layout():
    """``- Title, NAACL-2018, [[paper]](url)<br>`` then ``- SHAPED: Title``: the ``<br>``
    and the next bullet's ``Name:`` read as a ``<br>-field:`` line, the whole list was
    taken for the catalog's layout and no entry was found."""
    items = "".join(
        f"- {name}: A Paper About Style Transfer Number {i}, NAACL-2018, "
        f"[[paper]](https://arxiv.org/pdf/1804.0{4090 + i})<br>\n"
        for i, name in enumerate(["SHAPED", "Delete", "Retrieve", "Generate"])
    )
    parsed = parse_text(items, "l.md")
    assert parsed.format == "bullets" and len(parsed.entries) == 4
    one_field = "- [A Paper on Things](https://arxiv.org/abs/2101.00001) <br>-code: none\n"
    assert _read(one_field) == [(1, "A Paper on Things", None)]  # not the catalog's either


def test_an_emoji_label_names_the_link_like_its_word():
    """``[📄](url)``, ``[📄 Paper](url)``, ``[💻](url)``: lists label links with emoji; a
    paper or code link away from the known hosts was lost (150 entries of the corpus)."""
    item = (
        "- **STMH: Semantic Topic Multimodal Hashing for Cross-Media Retrieval (AAAI2015)** "
        "[📄](https://www.ijcai.org/Abstract/15/546) [💻](https://github.com/stmh/code)\n"
        '- "Leveraging Inter-Layer Dependency for Post-Training Quantization", NeurIPS, 2022. '
        "[[📄 Paper](https://nips.cc/Conferences/2022/Schedule?showEvent=54389)]\n"
    )
    entries = parse_text(item, "l.md").entries
    assert [(e.paper.url, e.code.url if e.code else None) for e in entries] == [
        ("https://www.ijcai.org/Abstract/15/546", "https://github.com/stmh/code"),
        ("https://nips.cc/Conferences/2022/Schedule?showEvent=54389", None),
    ]


def test_a_tab_closing_a_line_is_not_a_field_separator():
    """``Title.<TAB>Authors<TAB>url`` splits on tabs; a tab left at a line's end (editors
    keep them) cut a title running over two lines, or took the authors line for it."""
    items = (
        "- **Grounding Physical Concepts of Objects and Events Through Dynamic\t\n"
        "  Visual Reasoning** [[paper]](https://arxiv.org/abs/2103.16564)\t\n"
        "- Pengyu Zhang, Dong Wang, Huchuan Lu.<br />\t\n"
        '  "Multi-modal Visual Tracking: Review and Experimental Comparison." ArXiv (2022).\t\n'
        "  [[paper](https://arxiv.org/abs/2012.04176)]\t\n"
    )
    assert [t for _, t, _ in _read(items)] == [
        "Grounding Physical Concepts of Objects and Events Through Dynamic Visual Reasoning",
        "Multi-modal Visual Tracking: Review and Experimental Comparison",
    ]
    fields = "- A Study of Things in Vision.\tA. Author, B. Author\t[paper](https://arxiv.org/abs/2101.00001)\n"
    assert _read(fields)[0][1] == "A Study of Things in Vision"


def test_a_short_year_after_a_venue_is_read_like_a_long_one():
    """``ICML'25, Title`` and ``Liu et al., NeurIPS'20`` after a project-page title link:
    read like ``ICML 2025, Title`` and ``NeurIPS 2020`` (the title kept the lead, and
    the cited project-page entry was lost)."""
    lead = "- ICML'25, Trajectory World Models for Heterogeneous Environments. [Paper](https://arxiv.org/abs/2502.01366).\n"
    assert _read(lead) == [(1, "Trajectory World Models for Heterogeneous Environments", 2025)]
    cited = (
        "- [Neural Sparse Voxel Fields](https://lingjie0206.github.io/papers/NSVF/), Liu et al., "
        "NeurIPS'20 | [github](https://github.com/facebookresearch/NSVF)\n"
    )
    assert _read(cited) == [(1, "Neural Sparse Voxel Fields", 2020)]


def test_a_first_section_under_a_level_one_heading_is_a_section_not_an_introduction():
    """Sections written as ``# Heading`` with no document title above: the first section's
    papers were taken for the list's own papers (an introduction) and dropped."""
    first = "".join(
        f"**A Paper About Editing Video Number {i}** \\\n[[ICCV 2023]](https://arxiv.org/abs/2303.0953{i})\n\n"
        for i in range(5)
    )
    text = f"# Video Editing\n\n{first}# Image Editing\n\n**One More Paper on Image Editing** \\\n[[ICCV 2023]](https://arxiv.org/abs/2303.09599)\n"
    assert len(parse_text(text, "l.md").entries) == 6
    own = "# Awesome Things\n\nOur survey: **A Survey of Things** [[Paper]](https://arxiv.org/abs/2301.00001)\n\n## Papers\n\n- [A Paper on Things](https://arxiv.org/abs/2301.00002)\n"
    parsed = parse_text(own, "l.md")
    assert [e.line for e in parsed.entries] == [7] and [u.line for u in parsed.unread] == [3]


def test_a_github_owner_ending_in_a_hyphen_is_a_repository():
    """``github.com/PetarV-/DGI``: older GitHub accounts end in a hyphen; the link was not
    a repository, so a ``[GitHub]`` label left the entry without its code."""
    from pipeline.urls import is_repository_url, repo_of

    assert repo_of("https://github.com/PetarV-/DGI") == ("PetarV-", "DGI")
    assert is_repository_url("https://github.com/PetarV-/DGI")
    item = "1. **Deep Graph Infomax.** [[paper]](https://arxiv.org/abs/1809.10341) [GitHub](https://github.com/PetarV-/DGI)\n"
    assert parse_text(item, "l.md").entries[0].code.url == "https://github.com/PetarV-/DGI"


def test_a_year_in_a_summary_under_a_section_heading_dates_its_papers():
    """``## Section`` then ``<details><summary>2023</summary>``: the summary was skipped as
    a paper's abstract under its heading (under ``#`` it dated the papers)."""
    for level in ("#", "##"):
        text = (
            f"{level} Document Understanding\n\n<details><summary>2023</summary>\n\n"
            "- [mPLUG-PaperOwl: Scientific Diagram Analysis](https://arxiv.org/abs/2311.18248)\n\n"
            "</details>\n"
        )
        assert _read(text) == [(5, "mPLUG-PaperOwl: Scientific Diagram Analysis", 2023)], level


def test_a_venue_tag_before_a_bold_title_paragraph_is_the_entry_not_a_context_line():
    text = (
        "# Detection\n\n## Papers\n\n[BMVC 2015] **R-CNN minus R**\n\n- intro: BMVC 2015\n"
        "- arxiv: [http://arxiv.org/abs/1506.06981](http://arxiv.org/abs/1506.06981)\n\n"
        "**Interpretable R-CNN**\n\n- intro: Tech report\n"
        "- arxiv: [https://arxiv.org/abs/1711.05226](https://arxiv.org/abs/1711.05226)\n"
    )
    # the tag dates its own entry and leaks into none below
    assert _read(text) == [(5, "R-CNN minus R", 2015), (10, "Interpretable R-CNN", None)]
    # a bold line that only names a venue still dates what follows
    text = "**CVPR 2023**\n\n- [A Paper About Many Things](https://arxiv.org/abs/2301.00001)\n"
    assert _read(text) == [(3, "A Paper About Many Things", 2023)]


def test_a_venue_tag_before_a_bold_name_over_a_quoted_title():
    text = (
        "- [ICCV 2023] **SAM:** Alexander Kirillov, Eric Mintun, Nikhila Ravi.<br />\n"
        '  "Segment Anything." **ICCV (2023)**.\n'
        "  [[paper](https://arxiv.org/abs/2304.02643)]\n"
    )
    [entry] = parse_text(text, "l.md").entries
    assert (entry.title, entry.short_name, entry.year) == ("Segment Anything", "SAM", 2023)
