"""Round 118 (fresh778-781): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _titles(text: str) -> list[tuple[int, str | None]]:
    """Each entry's line and title."""
    return [(e.line, e.title) for e in parse_text(text, "l.md").entries]


def _paper(n: int, title: str, translated: str) -> str:
    return (
        f"## {n}. {title}\n\n"
        f"> 🇯🇵 **{translated}**\n\n"
        "> 💡 説明の一文。\n\n"
        "**著者:** Yaokun Li, Lihe Ding, Xiao Chen\n\n"
        f"**Links:** [📄 Paper](https://openaccess.thecvf.com/content/CVPR2026/html/P{n}_CVPR_2026_paper.html)"
        f" | [📋 arXiv](https://arxiv.org/abs/2510.2221{n})\n\n"
        "**Abstract:** Generating dynamic and interactive 3D trees has wide applications.\n\n"
        "---\n\n"
    )


def test_a_quote_under_a_title_heading_is_its_note_and_a_japanese_label_a_field():
    """HiromichiKamata/cvpr2026_paper_list: `## 1. Title`, then its Japanese translation in
    a quote (`> 🇯🇵 **…**`), `**著者:** names` (Japanese for Authors) and its links: the
    heading is the title; neither the quote nor the names line is."""
    text = "# CVPR 2026 Anime\n\n" + "".join(
        _paper(n, t, j)
        for n, t, j in [
            (1, "DynamicTree: Interactive Real Tree Animation", "DynamicTree：樹木アニメーション"),
            (2, "OpenT2M: No-frill Motion Generation with Open Data", "OpenT2M：生成"),
        ]
    )
    assert _titles(text) == [
        (3, "DynamicTree: Interactive Real Tree Animation"),
        (17, "OpenT2M: No-frill Motion Generation with Open Data"),
    ]


def test_authors_labelled_in_japanese_or_korean_are_no_title():
    """`**著者:**` and `**저자:**` name the authors, as `**Authors:**` and `**作者:**` do."""
    for label in ("著者", "저자", "Authors", "作者"):
        text = (
            "## DynamicTree: Interactive Real Tree Animation\n\n"
            f"**{label}:** Yaokun Li, Lihe Ding\n\n"
            "**Links:** [Paper](https://arxiv.org/abs/2510.22213)\n"
        )
        assert _titles(text) == [(1, "DynamicTree: Interactive Real Tree Animation")], label


def test_a_quote_with_its_own_paper_link_under_a_heading_is_still_an_entry():
    """Guard: a quoted entry that links its paper (`> **Title** [paper](url)`) under a
    heading is read as before."""
    text = (
        "## Diffusion Models for Image Generation\n\n"
        "> **Denoising Diffusion Probabilistic Models** [paper](https://arxiv.org/abs/2006.11239)\n\n"
        "> **Score-Based Generative Modeling** [paper](https://arxiv.org/abs/2011.13456)\n"
    )
    assert [t for _, t in _titles(text)] == [
        "Denoising Diffusion Probabilistic Models",
        "Score-Based Generative Modeling",
    ]


def test_apa_names_with_strokes_or_a_particle_after_the_initials_are_the_byline():
    """fabianmoss/academic-website: `Kania, D., Kania, P., & Łukaszewicz, T. (2021). Title.`
    and `Nieuwkerk, M. van, Nijboer, H., & Kisjes, I. (2020). Title.`: the names are the
    byline, the sentence after the year the title."""
    text = (
        "1. Harrison, P., & Pearce, M. (2020). Representing Harmony in Computational Music "
        "Cognition. PsyArXiv. [https://doi.org/10.31234/osf.io/xswp4](https://doi.org/10.31234/osf.io/xswp4)\n"
        "2. Kania, D., Kania, P., & Łukaszewicz, T. (2021). Trajectory of Fifths in Music Data "
        "Mining. IEEE Access, 9, 8751–8761. [https://doi.org/10.1109/ACCESS.2021.3049266](https://doi.org/10.1109/ACCESS.2021.3049266)\n"
        "3. Nieuwkerk, M. van, Nijboer, H., & Kisjes, I. (2020). The Felix Meritis Concert "
        "Programs Database. _Research Data Journal_, _5_(2), 62–78. [https://doi.org/10.1163/24523666-00502006](https://doi.org/10.1163/24523666-00502006)\n"
        "4. Öztürk, A., & Çelik, B. (2019). Learning to Rank Musical Scores. Journal of New "
        "Music Research, 3, 1–9. [https://doi.org/10.1080/09298215.2019.1](https://doi.org/10.1080/09298215.2019.1)\n"
    )  # fmt: skip
    assert [t for _, t in _titles(text)] == [
        "Representing Harmony in Computational Music Cognition",
        "Trajectory of Fifths in Music Data Mining",
        "The Felix Meritis Concert Programs Database",
        "Learning to Rank Musical Scores",
    ]


def test_a_title_wrapped_over_lines_keeps_them_before_its_badge_or_joining_line():
    """forbu/my-awesome-papers-list: `Ranked Reward: … Reinforcement` / `Learning for …
    https://arxiv.org/pdf/…` / `[![arXiv](badge)](…)`: one title over two lines, the badge
    under them; `Title:` / `Provable …` / `for Self-Supervised Learning https://…`: a third
    line that opens with a joining word goes on with the title; a title in capitals goes on
    while the next line is in capitals."""
    badge = "[![arXiv](https://img.shields.io/badge/arXiv-1807.01672-b31b1b.svg)](https://arxiv.org/pdf/1807.01672)"  # fmt: skip
    text = (
        "- Ranked Reward: Enabling Self-Play Reinforcement\n"
        f"Learning for Combinatorial Optimization https://arxiv.org/pdf/1807.01672\n{badge}\n\n"
        "- Joint-Embedding vs Reconstruction:\n"
        "Provable Benefits of Latent Space Prediction\n"
        "for Self-Supervised Learning https://arxiv.org/pdf/2505.12477 (reconstruction vs joint embedding)\n\n"
        "- https://arxiv.org/pdf/2509.25050 ADVANTAGE WEIGHTED MATCHING: ALIGNING RL\n"
        "WITH PRETRAINING IN DIFFUSION MODELS\n"
    )  # fmt: skip
    assert [t for _, t in _titles(text)] == [
        "Ranked Reward: Enabling Self-Play Reinforcement Learning for Combinatorial Optimization",
        "Joint-Embedding vs Reconstruction: Provable Benefits of Latent Space Prediction for "
        "Self-Supervised Learning",
        "ADVANTAGE WEIGHTED MATCHING: ALIGNING RL WITH PRETRAINING IN DIFFUSION MODELS",
    ]


def test_a_lower_case_note_after_a_spaced_colon_or_in_brackets_is_cut():
    """forbu/my-awesome-papers-list: `Title In Title Case : improved recipe for GRPO`,
    `TITLE IN CAPITALS (tabular data model)`, `a note : TITLE IN CAPITALS`: the note in
    lower case beside a title in title case or capitals is the reader's own."""
    rows = [
        "Mastering Diverse Domains through World Models : dreamerv3",
        "ProRL: Prolonged Reinforcement Learning : improved recipe for GRPO",
        "TABM: ADVANCING TABULAR DEEP LEARNING WITH PARAMETER-EFFICIENT ENSEMBLING (tabular data model)",
        "In the same transformer-like architecture : TRANSFORMER-BASED WORLD MODELS ARE HAPPY",
    ]  # fmt: skip
    text = "".join(f"- {r} https://arxiv.org/pdf/2301.0000{i}\n" for i, r in enumerate(rows, 1))
    assert [t for _, t in _titles(text)] == [
        "Mastering Diverse Domains through World Models",
        "ProRL: Prolonged Reinforcement Learning",
        "TABM: ADVANCING TABULAR DEEP LEARNING WITH PARAMETER-EFFICIENT ENSEMBLING",
        "TRANSFORMER-BASED WORLD MODELS ARE HAPPY",
    ]


def test_a_subtitle_after_a_spaced_colon_stays_in_a_sentence_case_title():
    """Guard: `Learning with minibatch Wasserstein : asymptotic and gradient properties`,
    `CrysGNN : Distilling …`, `Meta R-CNN : Towards …`: the subtitle is the title's."""
    rows = [
        "Learning with minibatch Wasserstein : asymptotic and gradient properties",
        "Fishing for a reelGene : evaluating gene models with evolution",
        "CrysGNN : Distilling pre-trained knowledge to enhance property prediction",
        "Meta R-CNN : Towards General Solver for Instance-level Low-shot Learning",
        "Causal BERT : Language models for causality detection (with notes)",
    ]
    text = "".join(f"- [{r}](https://arxiv.org/abs/2301.0000{i})\n" for i, r in enumerate(rows, 1))
    assert [t for _, t in _titles(text)] == rows


def test_a_readings_role_before_its_title_is_no_part_of_it():
    """x-czh/os-readings: `* Background: Monitors: An Operating System Structuring Concept
    (1974). [Paper](url)` under a paper's item: `Background:` says what part the reading
    plays; `Optional:`, `Required:`, `See also:` too."""
    text = (
        "* Experience with Processes and Monitors in Mesa (1980). [Paper](https://dl.acm.org/doi/10.1145/358818.358824)\n"
        "  * Background: Monitors: An Operating System Structuring Concept (1974). [Paper](https://dl.acm.org/doi/10.1145/355620.361161)\n"
        "  * Optional: The Structuring of Systems Using Upcalls (1985). [Paper](https://dl.acm.org/doi/10.1145/323647.323645)\n"
        "* See also: Eraser: A Dynamic Data Race Detector (1997). [Paper](https://dl.acm.org/doi/10.1145/265924.265927)\n"
    )  # fmt: skip
    assert [t for _, t in _titles(text)] == [
        "Experience with Processes and Monitors in Mesa",
        "Monitors: An Operating System Structuring Concept",
        "The Structuring of Systems Using Upcalls",
        "Eraser: A Dynamic Data Race Detector",
    ]


def test_a_title_that_opens_with_the_word_background_keeps_it():
    """Guard: `Background Matting: The World is Your Green Screen`, `TODO: Task-Oriented
    Dialogue …` are titles of their own."""
    rows = [
        "Background Matting: The World is Your Green Screen",
        "TODO: Task-Oriented Dialogue with Large Language Models",
    ]
    text = "".join(f"- [{r}](https://arxiv.org/abs/2301.0000{i})\n" for i, r in enumerate(rows, 1))
    assert [t for _, t in _titles(text)] == rows


def test_review_972_a_paper_labelled_in_japanese_or_korean_keeps_its_entries():
    """Review 972: `論文: [Title](arxiv)`, `논문: [Title](arxiv)`: the label names the paper
    link, as `论文` and `Paper` do; the entries are kept."""
    text = (
        "# List\n\n"
        "- 論文：[A Survey of Large Language Models](https://arxiv.org/abs/2303.18223)\n"
        "- 論文: [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (NeurIPS 2017)\n"
        "- 논문: [Deep Residual Learning](https://arxiv.org/abs/1512.03385)\n"
    )
    assert [t for _, t in _titles(text)] == [
        "A Survey of Large Language Models",
        "Attention Is All You Need",
        "Deep Residual Learning",
    ]


def test_review_972_a_subtitle_in_lower_case_after_a_spaced_colon_stays():
    """Review 972: `Graph Neural Networks : a review of methods and applications`,
    `Large Language Models : a survey`, French spacing (`Les Réseaux … : une introduction`):
    a subtitle, not a note, when the title has no subtitle of its own."""
    rows = [
        "Graph Neural Networks : a review of methods and applications",
        "Large Language Models : a survey",
        "Les Réseaux De Neurones Convolutifs : une introduction",
        "The Elements of Statistical Learning : data mining, inference, and prediction",
    ]
    text = "".join(f"- [{r}](https://arxiv.org/abs/2301.0000{i})\n" for i, r in enumerate(rows, 1))
    assert [t for _, t in _titles(text)] == rows


def test_review_972_a_title_in_capitals_after_its_link_keeps_the_line_below_apart():
    """Review 972: `[paper](url) MIXUP: BEYOND EMPIRICAL RISK MINIMIZATION` over `BEST PAPER
    AWARD`, `GOOGLE BRAIN`, `KAIMING HE AND JIAN SUN`: a note or the authors in capitals, not
    the rest of the title (that goes on only over a joining word: `WITH …`)."""
    text = (
        "- [paper](https://arxiv.org/abs/1710.09412) MIXUP: BEYOND EMPIRICAL RISK MINIMIZATION\n"
        "  BEST PAPER AWARD\n"
        "- [paper](https://arxiv.org/abs/1805.09501) AUTOAUGMENT: LEARNING AUGMENTATION POLICIES\n"
        "  GOOGLE BRAIN\n"
        "- [pdf](https://arxiv.org/abs/1512.03385) DEEP RESIDUAL LEARNING FOR IMAGE RECOGNITION\n"
        "  KAIMING HE AND JIAN SUN\n"
    )
    assert [t for _, t in _titles(text)] == [
        "MIXUP: BEYOND EMPIRICAL RISK MINIMIZATION",
        "AUTOAUGMENT: LEARNING AUGMENTATION POLICIES",
        "DEEP RESIDUAL LEARNING FOR IMAGE RECOGNITION",
    ]


def test_review_972_a_third_line_of_a_note_is_no_part_of_a_wrapped_title():
    """Review 972: `Emerging Properties in` / `Self-Supervised Vision Transformers` / `on arXiv
    2021 [paper](url)`, `… for a gentle intro see the blog [paper](url)`: the third line is a
    note, though it opens with a joining word."""
    text = (
        "- Emerging Properties in\nSelf-Supervised Vision Transformers\n"
        "on arXiv 2021 [paper](https://arxiv.org/abs/2104.14294)\n\n"
        "- Bootstrap Your Own Latent:\nA New Approach to Self-Supervised Learning\n"
        "for a gentle intro see the blog [paper](https://arxiv.org/abs/2006.07733)\n"
    )
    assert [t for _, t in _titles(text)] == [
        "Emerging Properties in Self-Supervised Vision Transformers",
        "Bootstrap Your Own Latent: A New Approach to Self-Supervised Learning",
    ]


def test_review_972_a_quoted_title_under_a_numbered_topic_heading_is_the_entrys():
    """Review 972: `## 1. Self-Supervised Vision Transformers` over `> Emerging Properties …
    (ICCV 2021)` and its links: the quote, in the heading's script, is the paper's title."""
    text = (
        "## 1. Self-Supervised Vision Transformers\n\n"
        "> Emerging Properties in Self-Supervised Vision Transformers (ICCV 2021)\n\n"
        "[paper](https://arxiv.org/abs/2104.14294) [code](https://github.com/facebookresearch/dino)\n\n"
        "## 3. Neural Radiance Fields\n\n"
        "> **NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis**\n\n"
        "[paper](https://arxiv.org/abs/2003.08934)\n"
    )  # fmt: skip
    assert [t for _, t in _titles(text)] == [
        "Emerging Properties in Self-Supervised Vision Transformers",
        "NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis",
    ]
