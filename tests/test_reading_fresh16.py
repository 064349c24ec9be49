"""Reading cases found on the fresh16 real lists (tests/fixtures/real/fresh16__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import offline_rules, one


def test_a_bold_name_and_a_lowercase_description_after_a_dash_is_titled_by_the_name():
    e = one("- **ABMIL** — attention-based deep multiple instance learning. "
            "[![Paper](https://img.shields.io/badge/Paper-arXiv-b31b1b.svg)](https://arxiv.org/abs/1802.04712)\n")  # fmt: skip
    assert e.title == "ABMIL"
    e = one("- **DPOK**: Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models "
            "[paper](https://arxiv.org/abs/2305.16381)\n")  # fmt: skip
    assert e.title == "DPOK: Reinforcement Learning for Fine-tuning Text-to-Image Diffusion Models"


def test_an_algorithm_column_titles_the_row_and_publication_beside_a_paper_link_is_the_venue():
    text = (
        "| Modules | Algorithm | Date | Publication | Paper Link | Code |\n"
        "| --- | --- | --- | --- | --- | --- |\n"
        "| Pre-integration | VINS-Mono | 2018 | TRO | [Link](https://ieeexplore.ieee.org/document/8421746)"
        " | [Link](https://github.com/HKUST-Aerial-Robotics/VINS-Mono) |\n"
    )
    e = one(text)
    assert (e.title, e.venue, e.year) == ("VINS-Mono", "TRO", 2018)
    assert e.code.url == "https://github.com/HKUST-Aerial-Robotics/VINS-Mono"


def test_a_bare_url_that_runs_into_a_full_width_parenthesis_ends_before_it():
    text = (
        "| Title | Year | Paper |\n| --- | --- | --- |\n"
        "| A Novel Position and Orientation System for Mapping | 2021 |"
        " [Link](https://ieeexplore.ieee.org/document/9169888） |\n"
    )
    e = one(text)
    assert e.paper.url == "https://ieeexplore.ieee.org/document/9169888"
    assert "link-text-mismatch" not in offline_rules(text)


def test_a_year_summary_with_a_count_dates_the_table_inside_its_details():
    text = (
        "<details>\n<summary><strong>2024</strong> (43 papers)</summary>\n\n"
        "| Paper | Venue | Links |\n|:--|:--|:--|\n"
        "| [ABP: Asymmetric Bilateral Prompting for Segmentation](<https://papers.miccai.org/"
        "miccai-2024/038-Paper1674.html>) | <sub>MICCAI</sub> | — |\n\n</details>\n"
    )
    assert one(text).year == 2024


def test_a_status_line_under_a_paper_heading_is_not_its_title_but_dates_it():
    text = (
        "### Design rules for bioorthogonal glycan-based tools.\n\n"
        "Pending review · Published 2026-10-01 · Added 2026-09-20\n\n"
        "[Paper](<https://doi.org/10.1042/bcj20260542>)\n\n---\n\n"
        "### In Silico Approaches to Deliver Better Antibodies by Design\n\n"
        "Curated · Antibody\n\n[Paper](<https://arxiv.org/abs/2305.07488>)\n"
    )
    first, second = parse_text(text, "l.md").entries
    assert (first.title, first.year) == ("Design rules for bioorthogonal glycan-based tools", 2026)
    assert (second.title, second.year) == (  # tags, no year: the ID's year is not the list's
        "In Silico Approaches to Deliver Better Antibodies by Design",
        None,
    )


def test_author_lines_copied_from_pdfs_are_authors_not_titles():
    for authors in (
        "F. L. Opolka, A. Solomon, C. Cangea, P. Veliˇckovi´c, P. Li` o, and R. D. Hjelm.",
        "V. Verma, M.-T. Luong, K. Kawaguchi, H. Pham, andQ. V. Le.",
        "Q. Zhu, Y. Xu, H.Wang, C. Zhang, J. Han, and C. Yang.",
        "N. Jovanovi´c.",
    ):
        e = one(f"- STDGI: Spatio-Temporal Deep Graph Infomax.\n  - {authors} *Arxiv 2019*. "
                "[[pdf]](https://arxiv.org/pdf/1904.06316.pdf)\n")  # fmt: skip
        assert e.title == "STDGI: Spatio-Temporal Deep Graph Infomax", authors


def test_a_pdf_kept_in_a_repository_is_the_paper_and_a_project_page_in_the_code_column_is_not_code():
    text = (
        "|Year|Venue|Paper|Code|Project|\n|---|---|---|---|---|\n"
        "|2023|`Haptics`|[VIOFormer: Advancing Monocular Visual-Inertial Odometry](https://github.com/"
        "o/r/blob/pdf/file/978-3-031-56521-2.pdf)|---|---|\n"
    )
    assert one(text).paper.url.endswith("978-3-031-56521-2.pdf")
    text = (
        "| Paper | Venue | Code |\n|---|---|---|\n"
        "| [**T-DOM: A Taxonomy for Robotic Manipulation**](https://arxiv.org/abs/2412.20998) | arXiv"
        " | [Project](https://sites.google.com/view/t-dom) |\n"
    )
    e = one(text)
    assert e.code is None and e.project.url == "https://sites.google.com/view/t-dom"


def test_a_tutorial_at_an_event_is_unread_not_an_entry():
    text = (
        "- [A Paper With A Title](https://arxiv.org/abs/2301.00001)\n"
        "- [Editing Large Language Models, AACL 2023 Tutorial](https://github.com/o/r/blob/main/"
        "tutorial.pdf)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.line for e in parsed.entries] == [1]
    assert [u.line for u in parsed.unread] == [2]


def test_a_videos_section_of_a_field_list_holds_papers_but_videos_and_lectures_do_not():
    entry = "- [Neural Scene Flow Fields for Space-Time View Synthesis](https://arxiv.org/abs/2011.13084)\n"
    assert len(parse_text("## Video\n\n" + entry, "l.md").entries) == 1
    text = (
        "## Papers\n\n" + entry + "\n## Videos and Lectures\n\n" + entry.replace("13084", "13085")
    )
    parsed = parse_text(text, "l.md")
    assert len(parsed.entries) == 1 and len(parsed.unread) == 1
