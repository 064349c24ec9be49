"""Reading cases found on the fresh39 real lists (tests/fixtures/real/fresh39__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_the_lists_own_survey_in_a_news_or_overview_section_is_no_entry():
    text = (
        "# Awesome Long CoT\n\n## 🔥 News\n\n"
        '- **2025.03**: We have published a survey paper titled "[Towards Reasoning Era: A Survey'
        ' of Long Chain-of-Thought](https://arxiv.org/abs/2503.09567)".\n\n'
        "## Papers\n\n- [Chain-of-Thought Prompting Elicits Reasoning](https://arxiv.org/abs/2201.11903)\n"
        "\n## News\n\n- [A Later Paper Listed Under News](https://arxiv.org/abs/2301.00001)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == [
        "Chain-of-Thought Prompting Elicits Reasoning",
        "A Later Paper Listed Under News",  # after the list's entries: no preface
    ]
    assert [u.line for u in parsed.unread] == [5]  # shown, not dropped


def test_a_news_section_with_many_papers_is_a_section_of_the_list():
    items = "".join(
        f"- [Paper Number {n} About Things](https://arxiv.org/abs/2301.0000{n})\n"
        for n in range(1, 6)
    )
    text = (
        "# Awesome X\n\n## News\n\n"
        + items
        + "\n## More\n\n- [Another Paper](https://arxiv.org/abs/2302.00001)\n"
    )
    assert len(_read(text)) == 6


def test_a_reading_mark_is_no_part_of_the_title_and_the_bibtex_below_dates_the_paper():
    text = (
        "#### LongLoRA: Efficient fine-tuning of long-context large language models [`READ`]\n\n"
        "paper link: [here](https://arxiv.org/pdf/2309.12307.pdf)\n\ncitation: \n"
        "```bibtex\n@article{chen2023longlora,\n  title={Longlora},\n  year={2023}\n}\n```\n"
    )
    assert _read(text) == [
        (1, "LongLoRA: Efficient fine-tuning of long-context large language models", 2023)
    ]


def test_a_badge_date_with_no_month_gives_the_year():
    text = (
        "<ul>\n<li><i><b>Chain-of-Thought Prompting Elicits Reasoning in Large Language Models</b></i>,"
        ' Wei et al., <a href="https://proceedings.neurips.cc/paper_files/paper/2022/file/'
        '9d5609613524ecf4f15af0f7b31abca4-Paper-Conference.pdf"><img src="https://img.shields.io/'
        'badge/PDF-2022.00-blue" alt="PDF Badge"></a></li>\n</ul>\n'
    )
    [e] = parse_text(text, "l.md").entries
    assert e.year == 2022


def test_the_title_after_a_bold_name_and_a_comma():
    text = (
        "* **`Matrix-Game`**, Matrix-Game: Interactive World Foundation Model."
        " [[Paper](https://arxiv.org/abs/2506.18701)]\n"
        "* **`Cosmos`**, Cosmos World Foundation Model Platform for Physical AI."
        " [[Paper](https://arxiv.org/abs/2501.03575)]\n"
        "* **`Wayve`**, Introducing GAIA-1: A Cutting-Edge Generative AI Model for Autonomy."
        " [[Paper](https://arxiv.org/abs/2309.17080)]\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.title, e.short_name) for e in entries] == [
        ("Matrix-Game: Interactive World Foundation Model", "Matrix-Game"),
        ("Cosmos World Foundation Model Platform for Physical AI", "Cosmos"),
        ("Introducing GAIA-1: A Cutting-Edge Generative AI Model for Autonomy", "Wayve"),
    ]


def test_link_labels_written_without_links_after_a_title_are_no_part_of_it():
    text = (
        "- [[ICASSP](https://ieeexplore.ieee.org/document/10887717)] Interactive Robot Action"
        " Replanning Using Multimodal LLM [Code] [[Page]] [`Task structures`]\n"
    )
    assert _read(text)[0][1] == "Interactive Robot Action Replanning Using Multimodal LLM"


def test_a_year_item_with_no_children_dates_the_sibling_items_below_it():
    text = (
        "## Survey Papers\n"
        '- <span id="y">**Year 2024**</span>\n- **arXiv**\n'
        "  - Video Diffusion Models: A Survey [[Paper]](https://arxiv.org/pdf/2405.03150.pdf)\n"
        '- <span id="y">**Year 2023**</span>\n- **arXiv**\n'
        "  - A Survey on Video Diffusion Models [[Paper]](https://arxiv.org/pdf/2310.10647.pdf)\n"
    )
    assert [(t, y) for _, t, y in _read(text)] == [
        ("Video Diffusion Models: A Survey", 2024),
        ("A Survey on Video Diffusion Models", 2023),
    ]
