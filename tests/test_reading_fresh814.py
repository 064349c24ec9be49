"""Round 126 (fresh814-818): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


def test_a_wiley_byline_with_its_year_and_a_comma_before_the_title():
    """hb-ye/UTD24-Transportation: `Li, Z., Liang, C., Hong, Y. and Zhang, Z. (2022), Title.
    Prod Oper Manag, 31: 239-258. https://doi.org/…`: the authors and their year, then a comma."""
    text = (
        "* Yang, J., He, F., Lin, X. and Shen, M.Z.-J. (2021), Mechanism Design for Stochastic Dynamic Parking Resource Allocation. Prod Oper Manag, 30: 3615-3634. https://doi.org/10.1111/poms.13453\n"
        "* Pan, Y. and Qiu, L. (2022), How Ride-Sharing Is Shaping Public Transit System: A Counterfactual Estimator Approach. Prod Oper Manag, 31: 906-927. https://doi.org/10.1111/poms.13582\n"
    )  # fmt: skip
    assert _read(text) == [
        (1, "Mechanism Design for Stochastic Dynamic Parking Resource Allocation", 2021),
        (2, "How Ride-Sharing Is Shaping Public Transit System: A Counterfactual Estimator Approach", 2022),
    ]  # fmt: skip


def test_a_models_name_and_its_year_before_a_comma_stay_the_title():
    """Guard: `Show & Tell (2015), A Neural Image Caption Generator` and `Deep Blue (1997), IBM`
    name no authors before their year."""
    text = (
        "- [Show & Tell (2015), A Neural Image Caption Generator](https://arxiv.org/abs/1411.4555)\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _read(text)[0][1].startswith("Show & Tell")


NOTED = (
    "* [Uncertainty in deep learning (thesis)](http://mlg.eng.cam.ac.uk/yarin/thesis/thesis.pdf)\n\n"
    "* [Predicting Transcription Factor Binding Sites with Convolutional Kernel Networks (cited kover)](https://hal.inria.fr/hal-01632912/document)\n\n"
    "* [Antimicrobial resistance: the example of Staphylococcus aureus (low importance)](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC154455/)\n\n"
    "* [Attention and Augmented Recurrent Neural Networks (already read but check out references)](https://distill.pub/2016/augmented-rnns/)\n\n"
    "* [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
)  # fmt: skip


def test_a_list_that_closes_titles_with_notes_in_lower_case():
    """aldro61/papers: `[Title (cited kover)](url)`, `(thesis)`, `(low importance)`: three
    titles or more closed by a bracket in lower case are the reader's notes, not the titles'."""
    assert [t for _, t, _ in _read(NOTED)] == [
        "Uncertainty in deep learning",
        "Predicting Transcription Factor Binding Sites with Convolutional Kernel Networks",
        "Antimicrobial resistance: the example of Staphylococcus aureus",
        "Attention and Augmented Recurrent Neural Networks",
        "Deep Residual Learning for Image Recognition",
    ]


def test_one_title_closed_by_words_in_lower_case_keeps_them():
    """Guard: one title with a bracket in lower case (`(and how to read them)`) keeps it."""
    text = (
        "- [Saliency Maps Explained (and how to read them)](https://arxiv.org/abs/2001.00001)\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _read(text)[0][1] == "Saliency Maps Explained (and how to read them)"


def test_an_osf_file_served_as_a_pdf_and_an_easychair_preprint_are_papers():
    """social-ai-studio/hate-speech-model-zoo: `files.osf.io/v1/resources/…?format=pdf&action=
    download`; AgaMiko/data-augmentation-review: `easychair.org/publications/preprint_download/…`."""
    text = (
        "- [The Gab Hate Corpus: A collection of 27k posts annotated for hate speech](https://files.osf.io/v1/resources/hqjxn/providers/osfstorage/5b4f8701507fa000111ee951?format=pdf&action=download&direct&version=2) (PsyArxiv '20)\n"
        "* [Survey on Remote Sensing Data Augmentation: Advances, Challenges, and Future Perspectives](https://easychair-www.easychair.org/publications/preprint_download/gtCh);A Oubara, F Wu\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )  # fmt: skip
    assert [ln for ln, _, _ in _read(text)] == [1, 2, 3]


def test_a_title_headings_entry_takes_its_parents_section_not_a_siblings_year():
    """yeezie6/DexHand_Dataset: `### 16. DexGraspNet 2.0 (2024)` over its `**Paper:**` field,
    then `### 12. DexArt — Articulated Object Benchmark` over its own: the second entry stands
    in the section above both (`## Tier 3`), not under the first's heading and its year."""
    text = (
        "## Tier 3\n\n### 16. DexGraspNet 2.0 (2024)\n- **Paper:** https://arxiv.org/abs/2410.23004\n"
        "- **Why:** Defines the state of the art.\n\n"
        "### 12. DexArt — Articulated Object Benchmark\n- **Paper:** https://arxiv.org/abs/2305.05706\n"
        "- **Code:** https://github.com/Kami-code/dexart-release\n"
    )  # fmt: skip
    entries = parse_text(text, "l.md").entries
    assert [(e.section, e.year) for e in entries] == [("Tier 3", 2024), ("Tier 3", None)]


def test_a_line_that_dates_the_next_heading_still_dates_its_entry():
    """Guard: `>CVPR 2018` between two paper headings (youngryan1993's list) dates the entry
    under the second, and `*2025-04-16*` over a linked heading dates it."""
    text = (
        ">CVPR 2017\n### One-Shot Video Object Segmentation (OSVOS)\n\n"
        "  - Paper : http://openaccess.thecvf.com/content_cvpr_2017/papers/Caelles_One-Shot_Video_Object_CVPR_2017_paper.pdf\n\n"
        ">CVPR 2018\n  ### Reinforcement Cutting-Agent Learning for Video Object Segmentation\n\n"
        "  - Paper : http://openaccess.thecvf.com/content_cvpr_2018/papers/Han_Reinforcement_Cutting-Agent_Learning_CVPR_2018_paper.pdf\n"
    )  # fmt: skip
    assert [y for _, _, y in _read(text)] == [2017, 2018]


def test_a_bracketed_bold_name_of_several_words_before_a_linked_title():
    """sii-liming/awsome-3D: `- **[Stable Diffusion / LDM]** [High-Resolution Image Synthesis
    with Latent Diffusion Models](arxiv)`: the bracketed bold is the name, the link the title."""
    text = (
        "- **[DDIM]** [Denoising Diffusion Implicit Models](https://arxiv.org/abs/2010.02502)\n"
        "- **[Stable Diffusion / LDM]** [High-Resolution Image Synthesis with Latent Diffusion Models](https://arxiv.org/abs/2112.10752)\n"
    )  # fmt: skip
    assert [t for _, t, _ in _read(text)] == [
        "Denoising Diffusion Implicit Models",
        "High-Resolution Image Synthesis with Latent Diffusion Models",
    ]


def test_a_bracketed_bold_title_alone_stays_the_title():
    """Guard: `- **[A Long Bold Title in Brackets]** [pdf](url)`: no linked title follows."""
    text = "- **[Learning Transferable Visual Models From Natural Language]** [pdf](https://arxiv.org/abs/2103.00020)\n"  # fmt: skip
    assert _read(text)[0][1] == "Learning Transferable Visual Models From Natural Language"


# Review 978 (fresh eyes on round 126 and review 977's fixes): each guard failed on the tree
# the review saw.


def test_dataset_papers_beside_their_venue_keep_their_project_pages():
    """`| [ShapeNet: An Information-Rich 3D Model Repository](shapenet.org) | Dataset | arXiv
    2015 | [project](shapenet.org) |`: a paper's whole title beside its venue stays a paper;
    `Code: [github](…)` is a label, and `Code`, `Model` in a `Released` column name what a
    paper released, not the row's kind."""
    text = (
        "| Title | Type | Venue | Links |\n|---|---|---|---|\n"
        "| [ShapeNet: An Information-Rich 3D Model Repository](https://shapenet.org/) | Dataset | arXiv 2015 | [project](https://shapenet.org/) |\n"
        "| [Mip-NeRF 360: Unbounded Anti-Aliased Neural Radiance Fields](https://jonbarron.info/mipnerf360/) | Method | CVPR 2022 | [project](https://jonbarron.info/mipnerf360/) Code: [github](https://github.com/google-research/multinerf) |\n"
        "| [Visual Instruction Tuning](https://llava-vl.github.io/) | Code | 2023 | [project](https://llava-vl.github.io/) |\n"
    )  # fmt: skip
    assert [ln for ln, _, _ in _read(text)] == [3, 4, 5]


def test_a_pdf_named_by_a_filetype_query_and_a_venue_after_a_byline():
    """`download.php?id=55&filetype=pdf` is a PDF; `Brown, T. and Mann, B. (2020), In:
    Advances in …, Title` names a venue after the year, so no byline is cut there."""
    text = (
        "- Interpretable hydrology models with attention mechanisms. [link](https://www.example-journal.org/download.php?id=55&filetype=pdf)\n"
        "- Brown, T. and Mann, B. (2020), In: Advances in Neural Information Processing Systems 33, Language models are few-shot learners. [pdf](https://arxiv.org/abs/2005.14165)\n"
    )  # fmt: skip
    entries = parse_text(text, "l.md").entries
    assert entries[0].line == 1
    assert not entries[1].title.startswith("In: ") and entries[1].short_name != "In"


def test_a_numbered_name_and_its_year_in_a_heading_title_its_fields():
    """yeezie6/DexHand_Dataset: `### 17. UniDexGrasp (2023)` over `- **Paper:** url` and
    `- **Why:** …` (two fields, one of them plain text): the heading names the paper, its
    number and year aside."""
    text = (
        "## Tier 4\n\n### 17. UniDexGrasp (2023)\n- **Paper:** https://arxiv.org/abs/2303.00938\n"
        "- **Why:** Standard benchmark for universal dexterous grasping.\n\n"
        "### 20. DexCanvas (2025)\n- **Paper:** https://arxiv.org/abs/2510.15786\n"
        "- **Data:** https://huggingface.co/datasets/Manggu/DexCanvas\n- **Why:** Large-scale dataset.\n"
    )  # fmt: skip
    assert _read(text) == [(3, "UniDexGrasp", 2023), (7, "DexCanvas", 2025)]


def test_papers_keyed_by_their_names_under_a_heading_stay_entries():
    """Guard: `- GEARS: url` / `- scGPT: url` under `### Models` are papers of their own."""
    text = (
        "### Models\n\n- GEARS: https://arxiv.org/abs/2206.02101\n"
        "- scGPT: https://arxiv.org/abs/2302.00001\n"
    )
    assert [ln for ln, _, _ in _read(text)] == [3, 4]


def test_a_name_its_year_and_a_note_in_a_heading():
    """yeezie6/DexHand_Dataset: `### 12. DexArt (2023) — Articulated Object Benchmark` over
    its fields: the name titles the paper, the year dates it, the note is the plan's."""
    text = (
        "## Tier 3\n\n### 12. DexArt (2023) — Articulated Object Benchmark\n"
        "- **Paper:** https://arxiv.org/abs/2305.05706\n- **Code:** https://github.com/Kami-code/dexart-release\n"
        "- **Why:** Best simulation benchmark for articulated objects.\n"
    )  # fmt: skip
    assert _read(text) == [(3, "DexArt", 2023)]


def test_a_long_title_with_a_year_and_a_dash_keeps_its_words():
    """Guard: a title of six words or more before `(2022) — …` keeps what follows (perhaps
    its subtitle)."""
    title = "Learning to Walk in Minutes Using Massively Parallel Deep Reinforcement Learning (2022) — ETH Zurich"  # fmt: skip
    assert _read(f"- [{title}](https://arxiv.org/abs/2109.11978)\n")[0][1] == title
