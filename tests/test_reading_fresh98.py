"""Layouts first seen in the fresh98-103 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "year")


def test_harvard_citations_give_their_title_and_year():
    text = (
        "### Surveys\n\n"
        "Chandola, V., Banerjee, A. and Kumar, V., 2009. Anomaly detection: A survey. *ACM "
        "computing surveys* , 41(3), p.15. [[Download PDF]](https://example.org/chandola09.pdf)\n\n"
        "Aggarwal, C.C., 2013. Outlier ensembles: position paper. *ACM SIGKDD Explorations "
        "Newsletter*, 14(2), pp.49-58. [[Download PDF]](https://example.org/aggarwal13.pdf)\n\n"
        "### Algorithms\n\n"
        "- Ramaswamy, S., Rastogi, R. and Shim, K., 2000, May. Efficient algorithms for mining "
        "outliers from large data sets. *ACM Sigmod Record*, 29(2). [[PDF]](https://example.org/r.pdf)\n"
        "- Micenková, B., McWilliams, B. and Assent, I., 2015. Learning representations for "
        "outlier detection on a budget. arXiv preprint arXiv:1507.08104. "
        "[[Download PDF]](https://arxiv.org/pdf/1507.08104.pdf)\n"
    )
    assert _read(text) == [
        ("Anomaly detection: A survey", 2009),
        ("Outlier ensembles: position paper", 2013),
        ("Efficient algorithms for mining outliers from large data sets", 2000),
        ("Learning representations for outlier detection on a budget", 2015),
    ]


def test_paragraphs_under_a_books_heading_are_not_entries():
    text = (
        "### 1.1. Books\n\n"
        "[Outlier Analysis](https://www.springer.com/gp/book/9781461463955)\n"
        "by Charu Aggarwal: a classical text book. [[Preview.pdf]](http://example.org/book.pdf)\n\n"
        "### 4.1. Papers\n\n"
        "[Isolation Forest](https://example.org/icdm08b.pdf) (ICDM 2008)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == ["Isolation Forest"]
    assert [u.line for u in parsed.unread] == [3]  # shown with its reason, not dropped


def _badge(venue: str) -> str:
    return f"[![Publish](https://img.shields.io/badge/Conference-{venue}-blue)]()<br/>"


def test_a_venue_badge_beats_the_date_column_it_follows():
    rows = [
        (_badge("CVPR'24"), "MP5: An Embodied System in Minecraft", "2312.07472", "2023-12-12"),
        (_badge("ICLR'24"), "A Generalist Agent in 3D World", "2311.12871", "2023-11-18"),
        ("", "Plain Row Without a Venue Badge", "2310.01234", "2023-10-02"),
        ("", "A Row Whose Note Names Another Year", "2309.01234", "2023-09-02"),
    ]
    text = "| Title | Introduction | Date |\n|---|---|---|\n" + "".join(
        f"| {b}[{t}](https://arxiv.org/abs/{i}) | "
        f"{'Beats SOTA at 2000x throughput' if 'Note' in t else '-'} | {d} |\n"
        for b, t, i, d in rows
    )
    assert [y for _, y in _read(text)] == [2024, 2024, 2023, 2023]


def test_a_submission_or_a_note_is_no_venue_year():
    rows = [
        ("ICLR 2026 submission", "2509.01230"),
        ("ICLR 2026", "2509.01231"),
        ("Follow-up: [LLaVA-1.5 (CVPR 2026)](https://arxiv.org/abs/2310.03744)", "2509.01232"),
        ("Winner of the CVPR 2026 challenge", "2509.01233"),
    ]
    text = "| Title | Note | Date |\n|---|---|---|\n" + "".join(
        f"| [Graph-Aware Transcriptomics Models {k}](https://arxiv.org/abs/{i}) | {n} | 2025-09-18 |\n"
        for k, (n, i) in enumerate(rows)
    )
    assert [y for _, y in _read(text)] == [2025, 2026, 2025, 2025]


def test_a_bold_question_is_a_whole_title_before_its_authors():
    text = (
        "- **Is Attention Interpretable?** — Serrano & Smith, ACL 2019. "
        "[[paper](https://arxiv.org/abs/1906.03731)]\n"
        "- **DPOK** — Fine-tuning Text-to-Image Diffusion Models. "
        "[[paper](https://arxiv.org/abs/2305.16381)]\n"
        "- **Who's Harry Potter?**: Approximate Unlearning in LLMs. "
        "[[paper](https://arxiv.org/abs/2310.02238)]\n"
    )
    assert [t for t, _ in _read(text)] == [
        "Is Attention Interpretable?",
        "DPOK: Fine-tuning Text-to-Image Diffusion Models",
        "Who's Harry Potter?: Approximate Unlearning in LLMs",
    ]


def test_a_preprint_month_after_the_title_is_no_part_of_it():
    text = (
        "+ Backbone is All Your Need: A Simplified Architecture for Visual Object Tracking. "
        "arXiv 2022-03  \n  Authors  \n  [[paper](https://arxiv.org/abs/2203.05328)]\n\n"
        "+ SwinTrack: A Simple and Strong Baseline for Transformer Tracking. arXiv 2021-12  \n"
        "  [[paper](https://arxiv.org/abs/2112.00995)]\n"
    )
    got = _read(text)
    assert [t.rstrip(".") for t, _ in got] == [
        "Backbone is All Your Need: A Simplified Architecture for Visual Object Tracking",
        "SwinTrack: A Simple and Strong Baseline for Transformer Tracking",
    ]
    assert [y for _, y in got] == [2022, 2021]


def test_a_row_whose_paper_link_is_a_placeholder_is_no_entry():
    text = (
        "| # | Title | Venue |\n|---|---|---|\n"
        "| 1 | **`[DuCa]`**<br>Accelerating Diffusion Transformers with Dual Feature Caching<br>"
        "[Paper](https://arxiv.org/abs/2412.18911) [Code](https://github.com/Shenyi-Z/DuCa) | ICLR2025 |\n"
        "| 2 | **`[FeMO]`**<br>Accelerate Diffusion Transformers with Feature Momentum<br>"
        "[Paper](-) [Code](https://github.com/Shenyi-Z/Cache4Diffusion/) | nan |\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == [
        "Accelerating Diffusion Transformers with Dual Feature Caching"
    ]


def test_an_openreview_profile_is_a_person_not_a_paper():
    text = (
        "## Authors\n\n"
        '<a href="https://openreview.net/profile?id=~Xiao_Li22">Xiao Li</a><sup>1</sup>,\n'
        '<a href="https://openreview.net/profile?id=%7EYe_Sun1">Ye Sun</a><sup>1</sup>\n\n'
        "## Papers\n\n"
        "- [Robust Agents Under Attack](https://openreview.net/forum?id=HdvI8bkdDG). Li et al., 2024.\n"
    )
    assert [t for t, _ in _read(text)] == ["Robust Agents Under Attack"]


def _bullets(*pages: str) -> str:
    papers = [
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n",
        "- [A Vector Space Model for Automatic Indexing](https://dl.acm.org/doi/10.1145/361219.361220)\n",
        "- [Dense Passage Retrieval for Open-Domain Question Answering](https://aclanthology.org/2020.emnlp-main.550/)\n",
    ]
    return "## Papers\n\n" + "".join(papers * 3) + "".join(pages)  # nine linked paper titles


def test_a_title_linked_to_a_publishers_page_is_a_paper_among_linked_paper_titles():
    text = _bullets(
        "- [Aegis: Post-Training Attribute Unlearning in Federated Recommender Systems]"
        "(https://researchr.org/publication/WuJH25)\n",
        "- [Fast-adapting and privacy-preserving federated recommender system [vldbj]]"
        "(https://repository.kaust.edu.sa/bitstreams/ebbb3af8/download)\n",
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries][9:] == [
        "Aegis: Post-Training Attribute Unlearning in Federated Recommender Systems",
        "Fast-adapting and privacy-preserving federated recommender system",
    ]
    assert parsed.entries[9].paper.url == "https://researchr.org/publication/WuJH25"
    assert [e.line for e in parsed.entries] == list(range(3, 14))  # in the list's order


def test_project_pages_blogs_and_books_stay_out_and_few_neighbours_decide_nothing():
    pages = (
        "- [OpenAI releases GPT-4 with new safety measures](https://techcrunch.com/2023/03/14/"
        "openai-releases-gpt-4/)\n",
        "- [Amazon scraps secret AI recruiting tool that showed bias against women]"
        "(https://www.reuters.com/article/us-amazon-com-jobs-automation-insight-idUSKCN1MK08G)\n",
        "- [Common Crawl monthly archive download instructions](https://commoncrawl.org/get-started/download)\n",
        "- [A dataset of annotated street scenes for segmentation]"
        "(https://figshare.com/articles/dataset/streets/12345678)\n",
        "- [Reciprocal Velocity Obstacles for Real-Time Navigation](https://gamma.cs.unc.edu/RVO/)\n",
        "- [Mitigating LLM Hallucinations: a multifaceted approach](https://amatriain.net/blog/hallucinations)\n",
        "- [Supervised Learning with Quantum Computers](https://www.springer.com/gp/book/9783319964232)\n",
        "- [Safe Crowd Navigation Using Predictive Control](https://sepehr.fyi/projects/sicnav/)\n",
    )
    assert len(parse_text(_bullets(*pages), "l.md").entries) == 9
    two = "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n" * 2
    page = "- [Aegis: Post-Training Attribute Unlearning in Federated Systems](https://researchr.org/publication/WuJH25)\n"
    assert len(parse_text(two + page, "l.md").entries) == 2


def test_an_older_year_in_full_width_brackets_dates_its_entry():
    text = (
        "- [A Vector Space Model for Automatic Indexing](https://dl.acm.org/doi/10.1145/361219.361220)"
        "（1975, **VSM**）\n"
        "- [Word-word Associations in Document Retrieval Systems]"
        "(https://asistdl.onlinelibrary.wiley.com/doi/abs/10.1002/asi.4630200106)（1969）\n"
        "- [Dense Passage Retrieval for Open-Domain Question Answering]"
        "(https://arxiv.org/abs/2004.04906)（Karpukhin et al., 2020, EMNLP）\n"
    )
    assert [y for _, y in _read(text)] == [1975, 1969, 2020]


def test_text_that_runs_on_into_its_link_is_a_sentence_or_a_lead_in():
    text = (
        "> - A curated list of awesome papers for **[Semantic Retrieval]"
        "(https://arxiv.org/abs/2103.04831)**, including early methods and recent models.\n\n"
        "## Metrics\n\n"
        "+ Linear Separability & Perceptual Path Length (PPL) from [A Style-Based Generator "
        "Architecture for Generative Adversarial Networks](https://arxiv.org/abs/1812.04948) "
        "(2020-01-09)\n"
        "+ Explore More Guidance: A Task-aware Instruction Network for Sign Language Translation "
        "Enhanced with Data Augmentation. *Findings of NAACL2022*. "
        "[[paper]](https://arxiv.org/pdf/2204.05953)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == [
        "A Style-Based Generator Architecture for Generative Adversarial Networks",
        "Explore More Guidance: A Task-aware Instruction Network for Sign Language "
        "Translation Enhanced with Data Augmentation",
    ]
    assert [u.line for u in parsed.unread] == [1]  # the sentence is shown, not dropped


def test_a_figure_that_links_the_entry_above_again_is_no_entry():
    text = (
        "- [[2023-EMNLP]](https://aclanthology.org/2023.emnlp-main.936/) **Exchange-of-Thought: "
        "Enhancing Large Language Model Capabilities through Cross-Model Communication** "
        "[PDF](https://arxiv.org/pdf/2312.01823v1)\n"
        "  - a summary of the paper\n\n"
        "  [![eot: Figure 3](https://arxiv.org/html/2312.01823v1/EoT.png)]"
        "(https://aclanthology.org/2023.emnlp-main.936/)\n\n"
        "- [[2024-ICLR]](https://openreview.net/forum?id=FQepisCUWu) **ChatEval: Towards Better "
        "LLM-based Evaluators through Multi-Agent Debate** [PDF](https://arxiv.org/pdf/2308.07201)\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.line for e in parsed.entries] == [1, 6]
    assert [u.line for u in parsed.unread] == [4]


def test_a_tutorial_paper_linked_by_its_title_is_an_entry_a_talks_paper_link_is_not():
    text = (
        "## Tutorials\n\n"
        "[A Tutorial on Thompson Sampling](https://arxiv.org/abs/1707.02038)\n"
        "Russo et al., 2018.\n\n"
        "- [A Survey on Causal Reinforcement Learning](https://pattern.swarma.org/study_group_issue/414)"
        " [[Paper](https://arxiv.org/pdf/2302.05209.pdf)]\n"
        "  - Causal Science Reading Group, 12 Mar 2023\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.title for e in parsed.entries] == ["A Tutorial on Thompson Sampling"]


def test_a_venue_and_year_after_the_title_and_a_comma_are_cut():
    text = (
        "* Social force model for pedestrian dynamics, Physical review E 1995. "
        "[[paper](https://arxiv.org/pdf/cond-mat/9805244.pdf)]\n"
        "* A methodology for automated trajectory prediction analysis, AIAA Guidance, "
        "Navigation, and Control Conference and Exhibit 2004. [[paper](https://x.org/a.pdf)]\n"
        "* R2P2: A ReparameteRized Pushforward Policy for Diverse, Precise Generative Path "
        "Forecasting, ECCV 2018. [[paper](https://openaccess.thecvf.com/content_ECCV_2018/r2p2.pdf)]\n"
        "* Generating Comfortable, Safe and Comprehensible Trajectories for Automated Vehicles, "
        "International Conference on Intelligent Transportation Systems (ITSC 2018). "
        "[[paper](https://ieeexplore.ieee.org/document/8569658)]\n"
        "* Paste, Inpaint and Harmonize via Denoising: Subject-Driven Image Editing, arXiv 2023. "
        "[[paper](https://arxiv.org/abs/2304.07090)]\n"
        '* "Vision Meets Drones: Past, Present and Future". arXiv 2020. '
        "[[paper](https://arxiv.org/abs/2001.06303)]\n"
    )
    got = _read(text)
    assert [t for t, _ in got] == [
        "Social force model for pedestrian dynamics",
        "A methodology for automated trajectory prediction analysis",
        "R2P2: A ReparameteRized Pushforward Policy for Diverse, Precise Generative Path Forecasting",
        "Generating Comfortable, Safe and Comprehensible Trajectories for Automated Vehicles",
        "Paste, Inpaint and Harmonize via Denoising: Subject-Driven Image Editing",
        "Vision Meets Drones: Past, Present and Future",
    ]
    assert [y for _, y in got] == [1995, 2004, 2018, 2018, 2023, 2020]


def test_a_bold_name_over_its_title_line_and_a_links_line():
    text = (
        "- **DDCoT**  \n"
        "  Duty-Distinct Chain-of-Thought Prompting for Multimodal Reasoning in Language Models  \n"
        "  [NeurIPS 2023](https://openreview.net/forum?id=ktYjrgOENR) / [Code](https://github.com/SooLab/DDCOT)\n\n"
        "- **TabPFN-3.5: Technical Report** (Technical Report, Sep 2026)  \n"
        "  *Prior Labs Team (Benjamin Jäger, Nick Erickson, et al.)*  \n"
        "  [Paper](https://arxiv.org/abs/2609.17895) | [Code](https://github.com/PriorLabs/TabPFN)\n\n"
        "- **[World Models](https://arxiv.org/abs/1803.10122)**  \n"
        "  *Ha and Schmidhuber, 2018.*  \n"
        "  *Algorithm:* World Models.\n"
    )
    parsed = parse_text(text, "l.md")
    assert [(e.title, e.short_name) for e in parsed.entries] == [
        (
            "Duty-Distinct Chain-of-Thought Prompting for Multimodal Reasoning in Language Models",
            "DDCoT",
        ),
        ("TabPFN-3.5: Technical Report", None),
        ("World Models", None),
    ]


def test_a_line_of_named_links_is_not_an_entry():
    text = (
        "## Tasks and Datasets\n\n"
        "- **Arithmetic Reasoning**: [GSM8K](https://arxiv.org/abs/2110.14168), "
        "[SVAMP](https://aclanthology.org/2021.naacl-main.168), [ASDiv](https://aclanthology.org/2020.acl-main.92/)\n"
        "- **Symbolic Reasoning**: [Last Letter Concatenation](https://arxiv.org/abs/2201.11903), "
        "[Coin Flip](https://arxiv.org/abs/2201.11903)\n\n"
        "## Papers\n\n"
        "- [Chain of Thought Prompting Elicits Reasoning in Large Language Models]"
        "(https://arxiv.org/abs/2201.11903) [[paper](https://arxiv.org/pdf/2201.11903)], "
        "[[code](https://github.com/x/y)]\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.line for e in parsed.entries] == [8]
    assert sorted(u.line for u in parsed.unread) == [3, 4]


def test_a_quoted_title_after_a_bold_name_is_the_title():
    text = (
        '- **Understanding World or Predicting Future?** — *"Understanding World or Predicting '
        'Future? A Comprehensive Survey of World Models"*. `ACM CSUR 2025` '
        "[![arXiv](https://img.shields.io/badge/arXiv-2411.14499-b31b1b)](https://arxiv.org/abs/2411.14499)\n"
        '- **CDNA / Finn et al.** — *"Unsupervised Learning for Physical Interaction through Video '
        'Prediction"*. `NeurIPS 2016` [![arXiv](https://img.shields.io/badge/arXiv-1605.07157-b31b1b)]'
        "(https://arxiv.org/abs/1605.07157)\n"
    )
    got = _read(text)
    assert [t for t, _ in got] == [
        "Understanding World or Predicting Future? A Comprehensive Survey of World Models",
        "Unsupervised Learning for Physical Interaction through Video Prediction",
    ]
    assert [y for _, y in got] == [2025, 2016]
