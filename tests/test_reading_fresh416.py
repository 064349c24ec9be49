"""Layouts first seen in the fresh416-424 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title")
_dated = reader("title", "year", "venue")
_years = reader("title", "year")


def test_authors_written_et_dot_al_before_the_link_are_no_title():
    """``Zhipeng Liang, et. al. [Title](arxiv)``: the byline misspelt ``et. al.`` (a finance
    list writes every entry so) is authors, as ``et al.`` is; the link text is the title (it
    was the byline, and 17 false wrong-paper errors)."""
    text = (
        "- Zhipeng Liang, et. al. [Adversarial Deep Reinforcement Learning in Portfolio "
        "Management](https://arxiv.org/pdf/1808.09940.pdf) [[code]](https://github.com/a/b)\n"
        "- Brian Ning, et.al. [Double Deep Q-Learning for Optimal Execution]"
        "(https://arxiv.org/abs/1812.06600)\n"
    )
    assert _titles(text) == [
        ("Adversarial Deep Reinforcement Learning in Portfolio Management",),
        ("Double Deep Q-Learning for Optimal Execution",),
    ]


def test_an_italic_venue_and_year_after_the_title_s_comma_is_its_venue():
    """``Title, *Sensors 2023*. [[Paper](url)]``: a venue the reader does not know, in the
    italics the list gives every venue (``*TRO 2023*``), closes the title; an italic phrase
    with no year, or one that opens the line, stays the title's."""
    text = (
        "- Active slam: A review on last decade, *Sensors 2023*. "
        "[[Paper](https://www.mdpi.com/1424-8220/23/19/8097)]\n"
        "- A hierarchical multi-UAV cooperative framework for inspection, *Control Theory and "
        "Technology 2024*. [[Paper](https://link.springer.com/article/10.1007/s11768-024-00202-0)]\n"
        "- Learning to explore, *the Hard Way*. [[Paper](https://arxiv.org/abs/2302.03164)]\n"
    )
    assert _dated(text) == [
        ("Active slam: A review on last decade", 2023, "Sensors 2023"),
        (
            "A hierarchical multi-UAV cooperative framework for inspection",
            2024,
            "Control Theory and Technology 2024",
        ),
        ("Learning to explore, the Hard Way", None, None),
    ]


def test_adjectives_listed_after_a_comma_that_run_on_to_a_title_s_noun_are_the_title_s():
    """``FastGRNN: A Fast, Accurate, Stable and Tiny Kilobyte Sized Gated Recurrent Neural
    Network``: capitalised words after commas that run on to the end as one phrase with a
    title's word (``Network``) are no author list; names after a title still go."""
    text = (
        "- [FastGRNN: A Fast, Accurate, Stable and Tiny Kilobyte Sized Gated Recurrent Neural "
        "Network](https://arxiv.org/abs/1901.02358)\n"
        "- [Recipe for a General, Powerful, Scalable Graph Transformer]"
        "(https://arxiv.org/abs/2205.12454)\n"
        "- Momentum Contrast for Unsupervised Visual Representation Learning, Kaiming He, "
        "Haoqi Fan, Yuxin Wu. [[paper]](https://arxiv.org/abs/1911.05722)\n"
    )
    assert _titles(text) == [
        (
            "FastGRNN: A Fast, Accurate, Stable and Tiny Kilobyte Sized Gated Recurrent Neural Network",
        ),
        ("Recipe for a General, Powerful, Scalable Graph Transformer",),
        ("Momentum Contrast for Unsupervised Visual Representation Learning",),
    ]


def test_a_lower_case_venue_and_year_opening_the_link_text_is_no_part_of_the_title():
    """``[acl.2022 - Title](url)``: a list that writes each venue in lower case with a full
    stop before its year (its NER list); the tag dates the entry and leaves the title."""
    text = (
        "### acl.2022\n"
        "1. [acl.2022 - Few-Shot Class-Incremental Learning for Named Entity Recognition]"
        "(https://aclanthology.org/2022.acl-long.43.pdf)\n"
        "2. [emnlp 2021 - Data Augmentation for Cross-Domain Named Entity Recognition]"
        "(https://aclanthology.org/2021.emnlp-main.434.pdf)\n"
    )
    assert _years(text) == [
        ("Few-Shot Class-Incremental Learning for Named Entity Recognition", 2022),
        ("Data Augmentation for Cross-Domain Named Entity Recognition", 2021),
    ]


_found = reader("title", "paper")


def test_an_old_pubmed_address_and_a_scielo_article_are_paper_links():
    """``www.ncbi.nlm.nih.gov/pubmed/28481991`` (PubMed's old address) and a SciELO journal's
    article (``scielo.br/j/csp/a/<id>``) are papers; PubMed's download folder, a journal's
    home and a search are not."""
    text = (
        "- [Deep Learning for Healthcare Review (2017)](https://www.ncbi.nlm.nih.gov/pubmed/28481991)\n"
        "- [Experiências adversas na infância: ELSA-Brasil (2026)]"
        "(https://www.scielo.br/j/csp/a/SPTpMqZV94sR5DhKfKYptkx/abstract/?lang=pt)\n"
        "- [PubMed baseline of all citations](https://ftp.ncbi.nlm.nih.gov/pubmed/baseline/)\n"
        "- [Cadernos de Saúde Pública home page](https://www.scielo.br/j/csp/)\n"
        "- [PubMed search for deep learning](https://www.ncbi.nlm.nih.gov/pubmed/?term=deep)\n"
    )
    assert [t for t, _ in _found(text)] == [
        "Deep Learning for Healthcare Review",
        "Experiências adversas na infância: ELSA-Brasil",
    ]


def test_a_ref_label_is_no_title():
    """``[[ref](url)] - **Title**, Names et al. 2017.``: ``ref`` names the link's kind."""
    text = (
        "- [[ref](https://www.ncbi.nlm.nih.gov/pubmed/29779949)] - **Disease Heritability "
        "Inferred from Familial Relationships Reported in Medical Records**, F. Polubriaginof "
        "et al. 2017.\n"
    )
    assert _titles(text) == [
        ("Disease Heritability Inferred from Familial Relationships Reported in Medical Records",)
    ]


def test_a_quoted_two_word_title_after_mla_names_is_the_title():
    """``Watt, Conrad, Andreas Rossberg, and Jean Pichon-Pharabod. ["Weakening
    webassembly."](url)``: a quoted link text is a title after MLA names, two words or more;
    an unquoted two-word link text after them is not taken for one."""
    text = (
        '- Watt, Conrad, Andreas Rossberg, and Jean Pichon-Pharabod. ["Weakening '
        'webassembly."](https://dl.acm.org/doi/pdf/10.1145/3360559), OOPSLA, 2019.\n'
    )
    assert _titles(text) == [("Weakening webassembly",)]


def test_a_bracketed_year_and_month_of_the_entry_s_own_arxiv_id_dates_it():
    """``**Title** (2302), ICSE`` where the list writes ``(2023)`` for other entries: the
    year and month of the entry's arXiv ID (2302.03482); one that is not its ID's is no date."""
    text = (
        "- **Keeping Pace with Ever-Increasing Data** (2302), ICSE, S Gao, et al. "
        "[[pdf]](https://arxiv.org/pdf/2302.03482)\n"
        "- **Syntax and Domain Aware Model** (2303), ICSE, F Liu. "
        "[[pdf]](https://arxiv.org/pdf/2302.03908)\n"
    )
    assert _years(text) == [
        ("Keeping Pace with Ever-Increasing Data", 2023),
        ("Syntax and Domain Aware Model", None),
    ]


def test_names_that_close_a_title_with_commas_of_its_own_go_whole():
    """``Title: Bias, Robustness, Reliability and Toxicity, Terry Yue Zhuo, Yujin Huang,
    Chunyang Chen, *January 2023*``: three names or more after the commas close the title,
    which keeps its own commas (names written ``Jen-tse Huang`` too); the first name after
    a full stop goes with them; a title's list of plural things is no names."""
    text = (
        '- <a href="https://arxiv.org/abs/2301.12867">[Paper]</a> Red teaming ChatGPT via '
        "Jailbreaking: Bias, Robustness, Reliability and Toxicity, Terry Yue Zhuo, Yujin Huang, "
        "Chunyang Chen, Zhenchang Xing, *January 2023*\n"
        '- <a href="https://arxiv.org/abs/2305.19926">[Paper]</a> ChatGPT an ENFJ, Bard an '
        "ISTJ: Empirical Study on Personalities of Large Language Models, Jen-tse Huang, Wenxuan "
        "Wang, Man Ho Lam, Michael R. Lyu, *May 2023*\n"
        "- SWIM: A Simple Word Interaction Model for Implicit Discourse Relation Recognition. "
        "Wenqiang Lei, Xuancong Wang, Meichun Liu, Min-Yen Kan IJCAI'17 "
        "[Local Copy](https://www.ijcai.org/proceedings/2017/0562.pdf)\n"
    )
    assert _titles(text) == [
        ("Red teaming ChatGPT via Jailbreaking: Bias, Robustness, Reliability and Toxicity",),
        (
            "ChatGPT an ENFJ, Bard an ISTJ: Empirical Study on Personalities of Large Language Models",
        ),
        ("SWIM: A Simple Word Interaction Model for Implicit Discourse Relation Recognition",),
    ]
    from pipeline.formats.listedwords import people_tail  # (new with this rule)

    plural = "Fine-Grained Recognition Benchmarks: Stanford Cars, Oxford Flowers, Caltech Birds"
    assert people_tail(plural) is None
    assert people_tail("Robust Speech Recognition, Alec Radford, Jong Wook Kim, Tao Xu") == 25


def test_a_workshop_page_and_an_arxiv_listing_are_no_papers_an_academia_paper_is_one():
    """``neurips.cc/virtual/2023/workshop/66546`` (a workshop's page, as a tutorial's) and
    ``arxiv.org/list/q-fin/recent`` (a listing) name no paper; ``www.academia.edu/<id>/<title>``
    is a paper's page (a member's page there is not)."""
    text = (
        "- [Table Representation Learning Workshop @ NeurIPS 2023]"
        "(https://neurips.cc/virtual/2023/workshop/66546)\n"
        "- [Quantitative Finance: recent submissions](https://arxiv.org/list/q-fin/recent)\n"
        "- [A comprehensive review of Value at Risk methodologies]"
        "(https://www.academia.edu/22241759/A_comprehensive_review_of_Value_at_Risk_methodologies)\n"
        "- [Works of a member of a university](https://uni.academia.edu/JohnSmith)\n"
        "- [Towards Better Tables: A Poster](https://neurips.cc/virtual/2023/poster/70001)\n"
    )
    assert [t for t, _ in _found(text)] == [
        "A comprehensive review of Value at Risk methodologies",
        "Towards Better Tables: A Poster",
    ]


def test_a_range_of_years_in_a_description_does_not_date_the_entry():
    """``[Title](url) - Reviews credit scoring research from 2016 to 2021``: the years a
    description spans (``from``, ``since``, ``until``, ``to``) are no date of the paper; a
    venue's year and a plain year still are."""
    text = (
        "- [Credit scoring methods: Latest trends and points to consider]"
        "(https://www.sciencedirect.com/science/article/pii/S2405918822000095) - Reviews credit "
        "scoring research from 2016 to 2021.\n"
        "- [Deep learning for credit scoring](https://doi.org/10.1016/j.eswa.2020.01.001) - "
        "Trends since 2019 in the field.\n"
        "- [Credit risk with graphs](https://doi.org/10.1016/j.eswa.2021.01.002) - 2021, the "
        "field from 2016 to 2020.\n"
    )
    assert _years(text) == [
        ("Credit scoring methods: Latest trends and points to consider", None),
        ("Deep learning for credit scoring", None),
        ("Credit risk with graphs", 2021),
    ]


def test_a_virtual_conference_s_poster_page_is_the_paper_s_and_a_journal_tag_dates_it():
    """``[aaai.2022 - Title](https://aaai-2022.virtualchair.net/poster_aaai742)``: a paper's
    page on a virtual conference's site, as ``neurips.cc/virtual/…/poster/…`` is; a journal's
    lower-case tag glued to its year by a full stop dates it (``tkde.2022``)."""
    text = (
        "1. [aaai.2022 - Unified Named Entity Recognition as Word-Word Relation Classification]"
        "(https://aaai-2022.virtualchair.net/poster_aaai742)\n"
        "2. [tkde.2022 - A Survey on Deep Learning for Named Entity Recognition]"
        "(https://github.com/ICTKC/Papers/files/9389079/A_Survey_on_Deep_Learning_for_NER.pdf)\n"
    )
    assert _years(text) == [
        ("Unified Named Entity Recognition as Word-Word Relation Classification", 2022),
        ("A Survey on Deep Learning for Named Entity Recognition", 2022),
    ]


def test_a_note_in_another_script_after_a_name_s_links_is_no_title():
    """``* <b>2021/04</b> MeshGraphormer [[paper]](url) [[code]](url) : Microsoft의 ...``: a
    Korean note after the links; an English title after a name's links and a colon stays the
    title (``Megatron [[paper]](url): Training Multi-Billion ...``)."""
    text = (
        "* <b>2021/04</b> MeshGraphormer [[paper]](https://arxiv.org/abs/2104.00272) "
        "[[code]](https://github.com/microsoft/meshgraphormer) : Microsoft의 이전 논문인 METRO "
        "논문에 GCNN을 추가하여 성능을 향상시킨 논문입니다.\n"
        "* Megatron [[paper]](https://arxiv.org/abs/1909.08053): Training Multi-Billion Parameter "
        "Language Models Using Model Parallelism\n"
    )
    assert _titles(text) == [
        ("MeshGraphormer",),
        ("Training Multi-Billion Parameter Language Models Using Model Parallelism",),
    ]
