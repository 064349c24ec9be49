"""Layouts first seen in the fresh254-265 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")


def _titles(text: str) -> list[str]:
    return [t for _, t, _ in _read(text)]


def test_a_year_then_the_authors_or_the_venue_closes_the_title():
    text = (
        "### Word embeddings\n"
        "* word2vec Parameter Learning Explained (2014), Xin Rong"
        " [[pdf]](https://arxiv.org/pdf/1411.2738.pdf)\n"
        "* Contextual String Embeddings for Sequence Labeling (2018), Akbik, Alan, Duncan"
        " Blythe, and Roland Vollgraf. [[pdf]](http://alanakbik.github.io/papers/coling2018.pdf)\n"
        "* Sentence Embedding:Learning Semantic Sentence Embeddings using Pair-wise"
        " Discriminator(2018),Patro et al.[[Paper]](https://www.aclweb.org/anthology/C18-1230)\n"
        "- HyCO: A Hybrid Neural Solver for Combinatorial Optimization, 2026, Preprint."
        " [[Paper](https://arxiv.org/abs/2608.00001)]\n"
        "- Efficient decoder scaling strategy for neural routing solvers, 2026, arxiv."
        " [[Paper](https://arxiv.org/abs/2603.00430)]\n"
    )
    assert _read(text) == [
        (2, "word2vec Parameter Learning Explained", 2014),
        (3, "Contextual String Embeddings for Sequence Labeling", 2018),
        (
            4,
            "Sentence Embedding:Learning Semantic Sentence Embeddings using Pair-wise"
            " Discriminator",
            2018,
        ),
        (5, "HyCO: A Hybrid Neural Solver for Combinatorial Optimization", 2026),
        (6, "Efficient decoder scaling strategy for neural routing solvers", 2026),
    ]


def test_a_year_then_a_clause_of_the_title_stays():
    text = (
        "- COVID-19 Pandemic Forecasting, 2020, and Beyond"
        " [[Paper](https://arxiv.org/abs/2008.00001)]\n"
        "- Learning Explained Here Now (2014), a reading note"
        " [[Paper](https://arxiv.org/abs/2008.00002)]\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "COVID-19 Pandemic Forecasting, 2020, and Beyond",
        "Learning Explained Here Now (2014), a reading note",
    ]


def test_a_title_cut_on_a_joining_word_after_a_name_link_goes_on_below():
    text = (
        "- [[VERI-Wild](https://github.com/PKU-IMRE/VERI-Wild)] A Large Dataset and a New"
        " Method for\n"
        "Vehicle Re-Identification in the Wild (CVPR2019)"
        " [[paper](http://openaccess.thecvf.com/content_CVPR_2019/papers/Lou_VERI-Wild.pdf)]\n"
    )
    assert _read(text) == [
        (1, "A Large Dataset and a New Method for Vehicle Re-Identification in the Wild", 2019)
    ]


def test_a_course_schedule_whose_links_are_notes_and_chapters_holds_no_entries():
    text = (
        "- 8/29 N-gram Language Models, J&M Chapter 3"
        " [annotated chapter](https://www.dropbox.com/scl/fi/787j/3.pdf?dl=0)\n"
        "- 9/3, 9/5 Entropy, Relative Entropy, and Mutual Information, C&T Chapter 2"
        " [notes](https://www.dropbox.com/scl/fi/pumev/CT-Sec-2-1-to-2-5.pdf?dl=0)\n"
        "  - [Representational Strengths and Limitations of Transformers]"
        "(https://arxiv.org/pdf/2306.02896)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Representational Strengths and Limitations of Transformers"
    ]


def test_three_bold_surnames_and_a_year_before_a_quoted_title_link_are_the_byline():
    text = (
        '**Ferrando, Sarti, Bisazza & Costa-juss&agrave; (2024)** "[A Primer on the Inner'
        ' Workings of Transformer-based Language Models](https://arxiv.org/abs/2405.00208)"'
        " provides an accessible overview.\n\n"
        '**Hanna, Pezzelle & Belinkov (2024)** "[Have Faith in Faithfulness]'
        '(https://arxiv.org/abs/2403.17806)" improves on automated circuit discovery.\n'
    )
    assert _read(text) == [
        (1, "A Primer on the Inner Workings of Transformer-based Language Models", 2024),
        (3, "Have Faith in Faithfulness", 2024),
    ]


def test_plos_names_and_year_and_mla_titles_with_a_quoted_name_inside():
    text = (
        "- Sainburg T, Thielk M, Gentner TQ (2020) Finding, visualizing, and quantifying"
        " latent structure across diverse animal vocal repertoires. PLOS Computational"
        " Biology 16(10): e1008228. https://doi.org/10.1371/journal.pcbi.1008228\n"
        "- Gandelsman, Yossi et al. ““Double-DIP”: Unsupervised Image Decomposition via"
        " Coupled Deep-Image-Priors.” 2019 IEEE/CVF Conference on Computer Vision and Pattern"
        " Recognition (CVPR) (2019): 11018-11027. https://arxiv.org/abs/1812.00467\n"
        '- Shocher, Assaf et al. “"Zero-Shot" Super-Resolution Using Deep Internal'
        " Learning.” CVPR (2018). https://arxiv.org/pdf/1712.06087.pdf\n"
    )
    assert _read(text) == [
        (
            1,
            "Finding, visualizing, and quantifying latent structure across diverse animal"
            " vocal repertoires",
            2020,
        ),
        (2, "“Double-DIP”: Unsupervised Image Decomposition via Coupled Deep-Image-Priors", 2019),
        (3, '"Zero-Shot" Super-Resolution Using Deep Internal Learning', 2018),
    ]


def test_a_dataset_named_in_a_datasets_section_with_its_paper_cited_after_it_is_no_entry():
    text = (
        "## Data sets\n"
        "- [EURLEX57K dataset](http://nlp.cs.aueb.gr/software_and_datasets/EURLEX57K/index.html)"
        " [[Chalkidis et al, 2019]](https://www.aclweb.org/anthology/W19-2209/)\n"
        "- **[AVDN]Aerial Vision-and-Dialog Navigation** - Fan et al. *ACL 2023*"
        " [Paper](https://arxiv.org/pdf/2205.12219)\n"
    )
    assert [t for _, t, _ in _read(text)] == ["Aerial Vision-and-Dialog Navigation"]


def test_a_microsoft_research_page_is_the_paper_and_a_link_to_a_note_is_no_code():
    text = (
        '#### ["Learning Deep Structured Semantic Models for Web Search using Clickthrough'
        ' Data"](http://research.microsoft.com/apps/pubs/default.aspx?id=198202) Huang, He, Gao\n'
        "  `DSSM`\n"
        "  - <https://github.com/brylevkirill/notes/blob/master/Natural%20Language%20Processing.md"
        "#learning-deep-structured-semantic-models>\n"
    )
    entries = parse_text(text, "list.md").entries
    assert [(e.title, e.code) for e in entries] == [
        ("Learning Deep Structured Semantic Models for Web Search using Clickthrough Data", None)
    ]


def test_bold_names_and_a_year_in_brackets_are_the_byline_before_the_title():
    text = (
        "- <b>Kelsey Ball and Dan Garrette. (2018)</b> <i>Part-of-Speech Tagging for"
        " Code-Switched, Transliterated Texts without Explicit Language Identification</i>."
        ' EMNLP <a href="http://aclweb.org/anthology/D18-1347">[Paper]</a>\n'
        "- <b>C. Shan. (2019)</b> <i>Investigating End-to-end Speech Recognition for"
        " Mandarin-english Code-switching</i>. IEEE International Conference on Acoustics,"
        ' Speech, and Signal Processing (ICASSP) <a href="http://lxie.nwpu-aslp.org/papers/'
        '2019ICASSP-ChanghaoShan-CS.pdf">[Paper]</a>\n'
        "- <b>Mavem, et al. (2018)</b> <i>Language Identification and Analysis of Code-Switched"
        " Social Media Text</i>. 3rd Workshop of Computational Approaches to Linguistic"
        ' Code-switching, ACL <a href="http://www.aclweb.org/anthology/W18-3206">[Paper]</a>\n'
    )
    assert _read(text) == [
        (
            1,
            "Part-of-Speech Tagging for Code-Switched, Transliterated Texts without Explicit"
            " Language Identification",
            2018,
        ),
        (
            2,
            "Investigating End-to-end Speech Recognition for Mandarin-english Code-switching",
            2019,
        ),
        (3, "Language Identification and Analysis of Code-Switched Social Media Text", 2018),
    ]


def test_the_first_author_with_et_al_and_a_venue_after_the_title():
    text = (
        "- Graph-Based Trace Analysis for Microservice Architecture Understanding and Problem"
        " Diagnosis. Xiaofeng Guo, et al. ESEC/FSE'20"
        " [paper](https://dl.acm.org/doi/pdf/10.1145/3368089.3417066)\n"
        "- Dapper, a Large-Scale Distributed Systems Tracing Infrastructure. Benjamin H."
        " Sigelman, et al. Technical report'10 [paper](https://static.googleusercontent.com/"
        "media/research.google.com/en//archive/papers/dapper-2010-1.pdf)\n"
    )
    assert _read(text) == [
        (
            1,
            "Graph-Based Trace Analysis for Microservice Architecture Understanding and Problem"
            " Diagnosis",
            2020,
        ),
        (2, "Dapper, a Large-Scale Distributed Systems Tracing Infrastructure", 2010),
    ]


def test_a_two_digit_year_and_a_venue_joined_to_the_title_by_underscores():
    text = (
        "- 24_OSDI_ServerlessLLM: Locality-Enhanced Serverless Inference for Large Language"
        " Models [[paper]](https://arxiv.org/abs/2401.14351)\n"
        "- 19_Eurosys_GrandSLAm: Guaranteeing SLAs for Jobs in Microservices Execution"
        " Frameworks [[paper]](https://dl.acm.org/doi/10.1145/3302424.3303958)\n"
    )
    assert _read(text) == [
        (
            1,
            "ServerlessLLM: Locality-Enhanced Serverless Inference for Large Language Models",
            2024,
        ),
        (
            2,
            "GrandSLAm: Guaranteeing SLAs for Jobs in Microservices Execution Frameworks",
            2019,
        ),
    ]


def test_a_number_joined_by_an_underscore_without_a_venue_is_no_year():
    text = (
        "- [20_Questions Game with LLMs](https://arxiv.org/abs/2401.00001)\n"
        "- [12_Angry_Men: Multi-Agent Debate](https://arxiv.org/abs/2401.00002)\n"
        "- 01_Transformer: Attention Is All You Need [paper](https://arxiv.org/abs/2401.00003)\n"
    )
    assert [y for _, _, y in _read(text)] == [None, None, None]


def test_an_arxiv_date_of_year_month_and_day_after_an_apostrophe():
    text = (
        "- **[Dynamic NeRF]** Dynamic Neural Radiance Fields for Monocular 4D Facial Avatar"
        " Reconstruction  | **[Arxiv'201205]** |[`[pdf]`](https://arxiv.org/abs/2012.03065)\n"
        "- **[NSVF]** Neural Sparse Voxel Fields | **[Arxiv'200722]**"
        " |[`[pdf]`](https://arxiv.org/abs/2007.11571)\n"
    )
    assert [y for _, _, y in _read(text)] == [2020, 2020]


def test_a_year_in_brackets_then_the_title_in_brackets_inside_the_bold():
    text = (
        "## Must read\n"
        "- **[2025][Autoformalization in the Era of Large Language Models: A Survey]**"
        " [[Paper](https://arxiv.org/abs/2505.23486)]\n"
        "  - *A comprehensive survey of autoformalization with LLMs.*\n"
        "- **[2021][MiniF2F: a cross-system benchmark for formal Olympiad-level mathematics]**"
        " [[Paper](https://arxiv.org/abs/2109.00110)] **[[📝 My Note](./notes/miniF2F.md)]**\n"
        "- **[2026.07][ arXiv 2026 - 快慢双系统 - FSD-VLN ]** FSD-VLN: Fast-Slow Dual-System"
        " Modeling for Aerial Navigation [[arxiv]](https://arxiv.org/abs/2607.08359)\n"
    )
    assert _read(text) == [
        (2, "Autoformalization in the Era of Large Language Models: A Survey", 2025),
        (4, "MiniF2F: a cross-system benchmark for formal Olympiad-level mathematics", 2021),
        (5, "FSD-VLN: Fast-Slow Dual-System Modeling for Aerial Navigation", 2026),
    ]


def test_a_link_counting_citations_is_no_paper():
    text = (
        "1. [Deep learning for symbolic mathematics](https://arxiv.org/abs/1912.01412v1)\n"
        "    * GS shows [around 640+ citations](https://scholar.google.com/scholar_lookup?arxiv_id=1)\n"
        "    * Harvard ADS shows [around 160+ citations]"
        "(https://ui.adsabs.harvard.edu/abs/2019arXiv191201412L/citations)\n"
    )
    assert _titles(text) == ["Deep learning for symbolic mathematics"]
