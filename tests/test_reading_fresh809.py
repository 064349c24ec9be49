"""Round 125 (fresh809-813): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _titles(text: str) -> list[str]:
    return [e.title for e in parse_text(text, "l.md").entries]


def _item(n: int, title: str) -> str:
    return f"- [CVPR2024]; {title} [[paper]](https://arxiv.org/pdf/2311.{n:05d})\n"


def test_an_organisation_and_its_place_in_brackets_after_a_title_are_its_makers():
    """vulab-AI/Awesome-Spatial-VLMs: `Title (University of California, Berkeley)`, `(Microsoft
    Research, Redmond)`, a name over 40 characters (`(Nanjing University of Science and
    Technology)`, `(Institute of Automation, Chinese Academy of Sciences)`), `(Huawei Noah's
    Ark Lab)`: who made the paper, not its title."""
    rows = [
        "Compositional Chain-of-Thought Prompting for Large Multimodal Models (University of California, Berkeley)",
        "Set-of-Mark Prompting Unleashes Extraordinary Visual Grounding in GPT-4V (Microsoft Research, Redmond)",
        "Fine-Grained Visual Prompting (Nanjing University of Science and Technology)",
        "SpatialCoT (Huawei Noah's Ark Lab)",
        "ViLaSR (Institute of Automation, Chinese Academy of Sciences)",
    ]  # fmt: skip
    text = "".join(_item(i, r) for i, r in enumerate(rows, 1))
    assert _titles(text) == [r.split(" (")[0] for r in rows]


def test_brackets_that_name_no_organisation_stay_in_the_title():
    """Guard: `(Part I, Berkeley)` (no organisation before the place) and `(Lie Group)` after a
    long title (a group of mathematics, no maker's name) stay the title's."""
    rows = [
        "A Study of Spatial Reasoning in Multimodal Language Models (Part I, Berkeley)",
        "Equivariant Networks for Robot State Estimation on Manifolds (Lie Group)",
    ]
    text = "".join(_item(i, r) for i, r in enumerate(rows, 1))
    assert _titles(text) == rows


SPATIAL = [
    ("Enhancing the Spatial Awareness Capability of Multi-Modal Large Language Model", "Peking University"),
    ("Compositional Chain-of-Thought Prompting for Large Multimodal Models", "University of California, Berkeley"),
    ("Set-of-Mark Prompting Unleashes Extraordinary Visual Grounding in GPT-4V", "Microsoft Research, Redmond"),
    ("SpatialCoT", "Huawei Noah's Ark Lab"),
    ("Visual Spatial Reasoning with Large Models", "Tsinghua University"),
    ("Fine-Grained Preference Optimization Improves Spatial Reasoning in VLMs", "UIUC"),
    ("Honeybee: Locality enhanced projector for multimodal llm", "Kakao Brain"),
    ("Mindjourney: Test-time scaling with world models for spatial reasoning", "UMass Amherst"),
    ("Cube-LLM", "UT Austin"),
]  # fmt: skip


def test_in_a_list_of_titles_with_their_makers_every_bracket_names_makers():
    """vulab-AI/Awesome-Spatial-VLMs: most titles close with their makers in brackets, which
    the reader knows (`(Peking University)`); so the others' brackets name makers too
    (`(UIUC)`, `(Kakao Brain)`, `(UMass Amherst)`, `(UT Austin)`)."""
    text = "".join(_item(i, f"{t} ({m})") for i, (t, m) in enumerate(SPATIAL, 1))
    assert _titles(text) == [t for t, _ in SPATIAL]


def test_a_title_with_its_own_name_or_a_venue_in_brackets_keeps_it():
    """Guard: in such a list, `(FGVP)` (the title's initials) and a title in a list with few
    makers (`Title (SIR)`, `Title (UIUC)` among plain titles) keep their brackets."""
    rows = [*(f"{t} ({m})" for t, m in SPATIAL[:5]), "Fine-Grained Visual Prompting (FGVP)"]
    text = "".join(_item(i, r) for i, r in enumerate(rows, 1))
    assert _titles(text)[-1] == "Fine-Grained Visual Prompting (FGVP)"
    plain = [f"Plain Title Number {w} for Spatial Reasoning" for w in "ABCDEFG"]
    few = [*plain, "Spatial Instruction Reasoning (SIR)", "Spatial Reasoning at Scale (UIUC)"]
    text = "".join(_item(i, r) for i, r in enumerate(few, 1))
    assert _titles(text)[-2:] == few[-2:]


def test_a_project_column_of_names_and_titles_gives_the_title():
    """rajeshgangireddy/awesome-digital-biology: `| Project / work | Links | Year | Authors /
    organization | Notes |` with `![Highlight](badge) **AlphaFold 3** — Accurate structure
    prediction …` in the first column: the title is there, not in the notes."""
    text = (
        "| Project / work | Links | Year | Authors / organization | Notes |\n|---|---|---:|---|---|\n"
        "| **SimpleFold** — Folding Proteins is Simpler than You Think | [paper](https://arxiv.org/abs/2509.18480) · [code](https://github.com/apple/ml-simplefold) | 2025 | Wang et al. · Apple | Flow matching, transformer-only |\n"
        "| ![Highlight](https://img.shields.io/badge/-Highlight-orange) **AlphaFold 3** — Accurate structure prediction of biomolecular interactions | [paper](https://www.nature.com/articles/s41586-024-07487-w) · [code](https://github.com/google-deepmind/alphafold3) | 2024 | Abramson et al. · Google DeepMind | Nature; diffusion, biomolecular complexes |\n"
    )  # fmt: skip
    assert _titles(text) == [
        "SimpleFold: Folding Proteins is Simpler than You Think",
        "AlphaFold 3: Accurate structure prediction of biomolecular interactions",
    ]


def test_a_project_column_of_links_stays_the_projects():
    """Guard: `| Title | Project |` with `[page](io)` links: the title column still titles."""
    text = (
        "| Title | Project | Paper |\n|---|---|---|\n"
        "| Folding Proteins is Simpler than You Think | [page](https://ml-simplefold.github.io/) | [arXiv](https://arxiv.org/abs/2509.18480) |\n"
        "| Accurate structure prediction of biomolecular interactions | [page](https://alphafold.com/) | [Nature](https://www.nature.com/articles/s41586-024-07487-w) |\n"
    )  # fmt: skip
    assert _titles(text) == [
        "Folding Proteins is Simpler than You Think",
        "Accurate structure prediction of biomolecular interactions",
    ]


# Review 977 (fresh eyes on rounds 124-125): each guard failed on the tree the review saw.


def test_a_project_page_title_beside_a_year_and_a_project_link_stays_a_paper():
    """`| 2021 | [Mip-NeRF: …](jonbarron.info/mipnerf/) | [Project](same) [Code](gh) |`: no cell
    says the row holds no paper, so the project page is the paper's by the table's habit."""
    rows = [
        ("2020", "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis", "https://www.matthewtancik.com/nerf", "bmild/nerf"),
        ("2021", "Mip-NeRF: A Multiscale Representation for Anti-Aliasing Neural Radiance Fields", "https://jonbarron.info/mipnerf/", "google/mipnerf"),
    ]  # fmt: skip
    text = "| Year | Title | Links |\n|------|-------|-------|\n" + "".join(
        f"| {y} | [{t}]({u}) | [Project]({u}) [Code](https://github.com/{c}) |\n"
        for y, t, u, c in rows
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.title, e.code.url if e.code else None) for e in entries] == [
        (t, f"https://github.com/{c}") for _, t, _, c in rows
    ]


def test_a_makers_list_keeps_brackets_of_a_papers_kind_or_its_own_name():
    """A list of `Title (Google)` items keeps `(GELUs)`, `(SimCLR)` (names in mixed case),
    `(Student Abstract)` (a kind of paper) and `(Llama 2)` (the title's own words)."""
    made = [f"{t} ({m})" for t, m in SPATIAL[:6]]
    kept = [
        "Gaussian Error Linear Units (GELUs)",
        "A Simple Framework for Contrastive Learning of Visual Representations (SimCLR)",
        "Towards Understanding Chain-of-Thought Prompting (Student Abstract)",
        "Llama 2: Open Foundation and Fine-Tuned Chat Models (Llama 2)",
    ]
    text = "".join(_item(i, r) for i, r in enumerate([*made, *kept], 1))
    assert _titles(text)[-4:] == kept


def test_a_project_column_of_names_beside_descriptions_reads_as_before():
    """`| Project | Description | Links | Year |` with `| Voyager | An Open-Ended Embodied Agent
    … |`: a name alone in the project column does not replace the name and its description."""
    text = (
        "| Project | Description | Links | Year |\n|---|---|---|---|\n"
        "| Voyager | An Open-Ended Embodied Agent with Large Language Models | [arXiv](https://arxiv.org/abs/2305.16291) | 2023 |\n"
        "| Generative Agents | Interactive Simulacra of Human Behavior | [arXiv](https://arxiv.org/abs/2304.03442) | 2023 |\n"
    )  # fmt: skip
    assert all(len(t.split()) > 2 for t in _titles(text))


def test_pages_of_a_preprint_server_that_hold_no_preprint_are_no_papers():
    """`eartharxiv.org/repository/list/`, `/repository/search/?q=…` and `/about/…` pages (not
    arXiv, nor one preprint) stay no entries, as when the host counted as arXiv's."""
    text = (
        "- [Machine learning for weather forecasting](https://eartharxiv.org/repository/view/1234/) - 2021\n"
        "- [Browse EarthArXiv](https://eartharxiv.org/repository/list/) 2023\n"
        "- [EarthArXiv ML preprints](https://eartharxiv.org/repository/search/?q=machine+learning)\n"
        "- [EarthArXiv submissions guide](https://eartharxiv.org/about/submissions/)\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) 2017\n"
    )  # fmt: skip
    assert _titles(text) == [
        "Machine learning for weather forecasting",
        "Attention Is All You Need",
    ]
