"""What the sixty-sixth round of unseen lists (fresh534-538) taught the reader, each held
by a test that fails on the reader before it (7d45c72)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import offline_rules, reader

_titles = reader("title", "short_name")


def test_a_name_link_then_a_dash_and_a_title_in_title_case_is_name_and_title():
    """``**[SLiM](paper)** ![CVPR 2026](badge) — Scalable Feature Matching via ...``: the
    linked name, a badge maybe between, a dash and the paper's title; the name is the
    short name. A description after the dash (lower case, a ``Name:`` tagline, text that
    runs on into a link) leaves the name alone."""
    text = (
        "- **[SLiM](https://arxiv.org/abs/2604.04931)** ![CVPR 2026](https://img.shields.io/"
        "badge/CVPR-2026-2563EB?style=flat-square) — Scalable Feature Matching via State Space"
        " Modeling [[paper]](https://arxiv.org/abs/2604.04931) [[code]](https://github.com/a/b)\n"
        "- [RosettaCM](https://arxiv.org/abs/1301.00002) - High-Resolution Comparative Modeling"
        " with RosettaCM\n"
        "- [SCRAT](https://arxiv.org/abs/1301.00003) - a Single-Cell Regulome Analysis Toolbox\n"
        "- [Mixtral](https://arxiv.org/abs/1301.00004) - Mixtral: Sparse Mixture of Experts,"
        " 8x7B, Apache 2.0 License\n"
        "- [Book chapter, Review](https://arxiv.org/abs/1301.00005) - Tools for Model Building"
        " and Optimization into Near-Atomic Resolution Maps\n"
        "- [MATCHA](https://arxiv.org/abs/1301.00006) — Towards Matching Anything\n"
        "- [RCM](https://arxiv.org/abs/1301.00007) — Raising the Ceiling: Conflict-Free Local"
        " Feature Matching\n"
        "1. [CatGAN](https://arxiv.org/abs/1511.06390) - Entropy of P(Y|X)\n"
    )
    assert _titles(text) == [
        ("SLiM: Scalable Feature Matching via State Space Modeling", "SLiM"),
        ("RosettaCM: High-Resolution Comparative Modeling with RosettaCM", "RosettaCM"),
        ("SCRAT", None),
        ("Mixtral", None),
        ("Book chapter, Review", None),
        ("MATCHA: Towards Matching Anything", "MATCHA"),
        ("RCM: Raising the Ceiling: Conflict-Free Local Feature Matching", "RCM"),
        ("CatGAN", None),
    ]


def test_a_bold_name_and_bracketed_tags_before_a_citation_are_the_short_name():
    """``**scGPT** (Cited by 25): Cui, H., ... (2023). Title. bioRxiv``, and tags in bold
    without a colon (``**CPA** (**Cited by 28**; Facebook;) Lotfollahi, M., ...``): the
    tags are no title, the citation's title is; a title that opens with the name again
    is not prefixed with it twice (``**scBERT** (...): ... scBERT as a ...``)."""
    text = (
        "- **scGPT** (Cited by 25): Cui, H., Wang, C., & Wang, B. (2023). scgpt: Towards"
        " building a foundation model for single-cell multi-omics. bioRxiv, 2023-04."
        " [PDF](https://www.biorxiv.org/content/10.1101/2023.04.30.538439v2.full.pdf)\n"
        "- **CPA** (**Cited by 28**; Facebook;) Lotfollahi, M., Klimovskaia Susmelj, A., &"
        " Theis, F. J. (2023). Predicting cellular responses to complex perturbations in"
        " high-throughput screens. Molecular Systems Biology, e11517."
        " [Web](https://www.embopress.org/doi/full/10.15252/msb.202211517)\n"
        "- **scBERT** (Nature Machine Intelligence; 2022): Yang, F., Wang, W., & Yao, J."
        " (2022). scBERT as a large-scale pretrained deep language model for cell type"
        " annotation. Nature Machine Intelligence, 4(10), 852-866."
        " [Paper](https://www.nature.com/articles/s42256-022-00534-z)\n"
        "- **GRM** (Generative Reward Models for Alignment) [Paper](https://arxiv.org/abs/2401.00001)\n"
    )
    assert _titles(text) == [
        ("scgpt: Towards building a foundation model for single-cell multi-omics", "scGPT"),
        (
            "CPA: Predicting cellular responses to complex perturbations in high-throughput screens",
            "CPA",
        ),
        (
            "scBERT as a large-scale pretrained deep language model for cell type annotation",
            "scBERT",
        ),
        ("Generative Reward Models for Alignment", "GRM"),
    ]


def test_a_name_and_a_colon_before_a_citation_by_its_authors_is_the_short_name():
    """``- InstructGPT: Ouyang, L., ... & Lowe, R. (2022). Title. Venue`` (no bold): the
    name and the citation's title; ``- RL4LMs: Is Reinforcement Learning (Not) ...`` (a
    title after the colon, no authors) stays whole."""
    text = (
        "- InstructGPT: Ouyang, L., Wu, J., Jiang, X., ... & Lowe, R. (2022). Training language"
        " models to follow instructions with human feedback. Advances in Neural Information"
        " Processing Systems, 35, 27730-27744. [Web](https://arxiv.org/abs/2203.02155)\n"
        "- RL4LMs: Is Reinforcement Learning (Not) for Natural Language Processing?"
        " [Web](https://arxiv.org/abs/2210.01241)\n"
    )
    assert _titles(text) == [
        (
            "InstructGPT: Training language models to follow instructions with human feedback",
            "InstructGPT",
        ),
        ("RL4LMs: Is Reinforcement Learning (Not) for Natural Language Processing?", "RL4LMs"),
    ]


def test_a_doi_written_as_the_text_of_its_publishers_page_is_no_mismatch():
    """``[[https://doi.org/10.1016/j.jmb.2009.08.045](https://www.sciencedirect.com/...)]``:
    the DOI resolves to that page (no way to tell offline); a text naming another page than
    it opens is still reported."""
    doi = (
        "**Prediction of RNA secondary structure by free energy minimization**\n"
        "[[https://doi.org/10.1016/j.jmb.2009.08.045](https://www.sciencedirect.com/science/"
        "article/pii/S0022283609010675)]\n"
    )
    assert "link-text-mismatch" not in offline_rules(doi)
    other = (
        "- Prediction of RNA secondary structure by free energy minimization "
        "[https://www.nature.com/articles/x1](https://www.sciencedirect.com/science/article/pii/S1)\n"
    )
    assert "link-text-mismatch" in offline_rules(other)


def test_a_link_written_inside_a_links_target_means_the_inner_links_target():
    """``[link]([https://arxiv.org/abs/A](https://arxiv.org/abs/B))``: the address the
    inner link's text shows was pasted with it; the paper is B (the hand-checks of five
    lists agree), and the link is still reported as malformed."""
    text = (
        "* ServerlessLLM: Locality-Enhanced Serverless Inference for Large Language Models"
        " [link]([https://arxiv.org/abs/2401.00588](https://arxiv.org/abs/2401.14351))[Serverless]\n"
    )
    (e,) = parse_text(text, "l.md").entries
    assert e.paper is not None and e.paper.url == "https://arxiv.org/abs/2401.14351"
    assert "malformed-link" in offline_rules(text)


def test_chinese_field_labels_under_a_paper_heading_are_its_fields():
    """``### [Title](arxiv)`` then ``**日期**: 2025-12-15 | **作者**: ...`` and ``**标签**:
    `Risk Management```: the date line dates the paper, as ``**Date**:`` does."""
    text = (
        "# P\n\n---\n\n### [Risk Limited Asset Allocation with a Budget Threshold Utility"
        " Function](https://arxiv.org/abs/2512.11666v1)\n\n"
        "**日期**: 2025-12-15 | **作者**: Graham L Giller\n\n"
        "**标签**: `Portfolio Optimization` `Risk Management`\n\n---\n\n"
        "### [Pareto-optimal reinsurance under dependence uncertainty]"
        "(https://arxiv.org/abs/2512.11430v1)\n\n**发表时间**：2024-03\n"
    )
    assert [e.year for e in parse_text(text, "l.md").entries] == [2025, 2024]


_BIBTEX_UNDER = """## Models

[A multivariate forecasting model](https://arxiv.org/abs/1910.03002)
```
@inproceedings{salinas2019high,
	Author = {Salinas, David and Bohlke-Schneider, Michael},
	Title = {High-Dimensional Multivariate {F}orecasting with Low-Rank Gaussian Copula Processes},
	Year = {2019}
}
```

[OpenMoE: An Early Effort on Open Mixture-of-Experts Language Models](https://arxiv.org/abs/2402.01739)
```bibtex
@article{xue2024openmoe,
  title={OpenMoE: Open Mixture-of-Experts Language Models},
  year={2024}
}
```

**[CVPR2022]** IFOR: Iterative Flow Minimization for Robotic Object Rearrangement, [[Paper](https://arxiv.org/abs/2202.00732)].

```latex
@inproceedings{you2022cppf,
  title={CPPF: Towards Robust Category-Level 9D Pose Estimation in the Wild},
  year={2022}
}
```
"""


def test_the_bibtex_under_a_described_paper_link_gives_its_title_and_year():
    """``[A multivariate forecasting model](arxiv)`` over ``@inproceedings{... Title =
    {...}, Year = {2019}}`` (keys in capitals too): the BibTeX's title and year. The link's
    own spelling of the same title stays (``OpenMoE: An Early Effort on ...``), and another
    paper's BibTeX pasted under an entry (no word shared) names nothing."""
    got = [(e.title, e.year) for e in parse_text(_BIBTEX_UNDER, "l.md").entries]
    assert got == [
        ("High-Dimensional Multivariate Forecasting with Low-Rank Gaussian Copula Processes", 2019),
        ("OpenMoE: An Early Effort on Open Mixture-of-Experts Language Models", 2024),
        ("IFOR: Iterative Flow Minimization for Robotic Object Rearrangement", 2022),
    ]


def test_a_title_never_ends_inside_a_bracket_its_affiliations_opened():
    """``Title (UCLA, MIT, Tauric Research, 2025-06).``: the group of affiliations and date
    goes whole; a cut inside it left ``Title (UCLA``."""
    text = (
        "- TradingAgents: Multi-Agents LLM Financial Trading Framework (UCLA, MIT, Tauric"
        " Research, 2025-06). [![Paper](https://img.shields.io/badge/arXiv-b31b1b.svg)]"
        "(https://arxiv.org/pdf/2412.20138)\n"
        "- Q8BERT: Quantized 8Bit BERT (Workshop, NeurIPS 2019) [paper](https://arxiv.org/abs/1910.06188)\n"
    )
    assert [t for t, _ in _titles(text)] == [
        "TradingAgents: Multi-Agents LLM Financial Trading Framework",
        "Q8BERT: Quantized 8Bit BERT",
    ]
