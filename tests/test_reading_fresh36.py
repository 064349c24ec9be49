"""Reading cases found on the fresh36 real lists (tests/fixtures/real/fresh36__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import offline_rules, reader

_read = reader("line", "title")


def test_a_paper_kept_in_the_lists_own_repository_is_an_entry():
    text = (
        "## 2019\n\n"
        ">#### Bioinformatics, 35(10): [Cross-type biomedical named entity recognition]"
        "(./paper/Bioinformatics-2019_Cross-type.pdf)\n>>Xuan Wang, Yu Zhang\n\n"
        ">#### BMC Bioinformatics, 20(10) : [CollaboNet: collaboration of deep neural networks]"
        "(./paper/BMC_Bioinformatics-2019_CollaboNet_Collaboration)\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.line, e.title, e.year) for e in entries] == [
        (3, "Cross-type biomedical named entity recognition", 2019),
        (6, "CollaboNet: collaboration of deep neural networks", 2019),
    ]
    assert entries[1].paper.url == "./paper/BMC_Bioinformatics-2019_CollaboNet_Collaboration"


def test_slides_notes_a_dataset_file_or_a_badge_in_the_repository_are_no_papers():
    text = (
        "## Awesome Things\n\n[![Survey](https://img.shields.io/badge/Survey-IEEE-red)](../main.pdf)\n\n"
        "## Notes\n\n"
        "* [Multi-modal Summarization](slides/presentation/Multi-modal-Summarization.pdf)\n"
        "* [ACL19-A Simple Theoretical Model of Importance for Summarization]"
        "(slides/paper-slides/A%20Simple%20Theoretical%20Model.pdf)\n"
        "* [Brief intro to summarization](slides/notes/Brief-intro.pdf)\n"
        "* [Datasets list](./paper/supp-info-exploiting)\n"
        "* [Figure of the Taxonomy of Methods](./figures/taxonomy.png)\n\n"
        "## Papers\n\n* [A Paper Of Its Own](https://arxiv.org/abs/2301.00001)\n"
    )
    assert _read(text) == [(15, "A Paper Of Its Own")]


def test_a_long_label_before_a_paper_link_titled_with_the_paper_is_not_its_title():
    text = (
        "- Proceedings of the fifth BioCreative challenge evaluation workshop-2015: "
        "[Overview of the BioCreative V chemical disease relation task](/bio/paper/x.pdf)\n"
        "- Journal of biomedical informatics: [NCBI disease corpus: a resource for disease "
        "name recognition](https://doi.org/10.1016/j.jbi.2013.12.006)\n"
        "- Method Name: [A Short Title](https://arxiv.org/abs/2301.00001)\n"
    )
    assert _read(text) == [
        (1, "Overview of the BioCreative V chemical disease relation task"),
        (2, "NCBI disease corpus: a resource for disease name recognition"),
        (3, "A Short Title"),  # the link text; "Method Name" is its short name
    ]


def test_a_heading_labelled_arxiv_that_names_another_paper_is_an_entry_not_a_field():
    text = (
        "#### [Cross-type biomedical named entity recognition](https://arxiv.org/abs/1801.09851)\n"
        "BC2GM, BC4CHEMD  \n\n"
        "#### arXiv :[BioFLAIR: pretrained pooled contextualized embeddings](./paper/BioFLAIR.pdf)\n"
        "S Sharma\n\n"
        "#### Title Of A Paper\n\n#### arXiv: [https://arxiv.org/abs/2301.00001](https://arxiv.org/abs/2301.00001)\n"
    )
    assert _read(text) == [
        (1, "Cross-type biomedical named entity recognition"),
        (4, "BioFLAIR: pretrained pooled contextualized embeddings"),
        (7, "Title Of A Paper"),
    ]


TABLE = (
    "| Name | Description | Organization | Paper | Year | Auto Methods |\n"
    "| --- | --- | --- | --- | --- | --- |\n"
)


def test_a_link_labelled_with_its_site_is_no_title_and_the_name_column_titles_the_row():
    text = TABLE + (
        "| Spotlight | Model device placement as a MDP. | Toronto | "
        "[mlr.press](http://proceedings.mlr.press/v80/gao18a/gao18a.pdf) | PMLR 80, 2018 | RL |\n"
        "| HetPipe | Enabling Large DNN Training | UNIST | "
        "[usenix](https://www.usenix.org/system/files/atc20-park.pdf) | USENIX 2020 | ILP |\n"
        "| Placeto | Looks like Spotlight | MIT | [nips](https://proceedings.neurips.cc/paper/"
        "2019/file/71560ce98c8250ce57a6a970c9991a5f-Paper.pdf) | NIPS 2019 | RL |\n"
    )
    assert [t for _, t in _read(text)] == ["Spotlight", "HetPipe", "Placeto"]
    # a version number is no address: ``[SQuAD2.0](url)`` stays a title
    assert _read("- [SQuAD2.0](https://arxiv.org/abs/1806.03822)\n") == [(1, "SQuAD2.0")]


def test_a_description_column_or_a_far_column_of_title_case_words_is_no_title():
    text = TABLE + (
        "| [PipeDream](https://github.com/msr-fiddle/pipedream) | This repository has the code |"
        " Microsoft | [arxiv](https://arxiv.org/pdf/1806.03377.pdf) | 2018 on arxiv, SOSP 2019 |"
        " Dynamic Programming with Profile |\n"
        "| [DAPPLE](https://github.com/AlibabaPAI/DAPPLE) | An Efficient Pipelined Data Parallel"
        " Approach for Training Large Model. Succeed from GPipe | Alibaba |"
        " [arxiv](https://arxiv.org/pdf/2007.01045.pdf) | 2020 | DP |\n"
    )
    assert [t for _, t in _read(text)] == ["PipeDream", "DAPPLE"]
    summary = "| Name | Summary | Paper |\n| --- | --- | --- |\n"  # beside the name: the title
    row = "| AdaGAN | Boosting Generative Models | [arXiv](https://arxiv.org/abs/1701.02386) |\n"
    assert _read(summary + row) == [(3, "Boosting Generative Models")]


def test_a_framework_cell_beside_a_year_cell_is_no_venue():
    row = (
        "| Name | Paper | Framework | Year |\n| --- | --- | --- | --- |\n"
        "| PipeDream | [arxiv](https://arxiv.org/pdf/1806.03377.pdf) | PyTorch | {} |\n"
    )
    [e] = parse_text(row.format("2018 on arxiv, SOSP 2019"), "l.md").entries
    assert (e.year, e.venue) == (2019, "SOSP 2019")
    assert "year-mismatch" not in offline_rules(row.format("2018 on arxiv, SOSP 2019"))
    assert "year-mismatch" in offline_rules(row.format("2023"))


def test_a_title_carried_on_after_its_link():
    text = (
        "- [Megatron-LM](https://arxiv.org/pdf/1909.08053.pdf): Training Multi-Billion Parameter"
        " Language Models Using Model Parallelism\n"
        "- [Boosting Large-scale Parallel Training Efficiency with C4](https://arxiv.org/abs/"
        "2406.04594): A Communication-Driven Approach\n"
        "- [Full Stack Optimization of Transformer Inference](https://arxiv.org/pdf/2302.14017.pdf)"
        ": a Survey | UCB\n"
        "- [DISTMM](https://www.amazon.science/publications/distmm-accelerating-distributed-"
        "multimodal-model-training): Accelerating distributed multimodal model training | NSDI' 24\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.title, e.short_name) for e in entries] == [
        (
            "Megatron-LM: Training Multi-Billion Parameter Language Models Using Model Parallelism",
            "Megatron-LM",
        ),
        (
            "Boosting Large-scale Parallel Training Efficiency with C4: A Communication-Driven Approach",
            None,
        ),
        ("Full Stack Optimization of Transformer Inference: a Survey", None),
        ("DISTMM", None),  # sentence case after a name: maybe a description, the name stays
    ]
    assert entries[3].year == 2024


def test_authors_or_a_description_after_a_link_are_not_its_title():
    text = (
        "- [Interpersonal Conflicts During Code Review](https://arxiv.org/abs/2201.05425): Pavlína"
        " Wurzel Gonçalves, Gül Çalikli, Alberto Bacchelli, CoRR abs/2201.05425 (2022)\n"
        "- [*OpenMathInstruct-1*](http://arxiv.org/abs/2402.10176): **Scaling synthetic data to"
        " 1.8M** using **Mixtral-8x7B**\n"
        "- [*RFT*](http://arxiv.org/abs/2308.01825): SFT on **rejection-sampled** outputs works.\n"
    )
    assert [t for _, t in _read(text)] == [
        "Interpersonal Conflicts During Code Review",
        "OpenMathInstruct-1",
        "RFT",
    ]


def test_a_numbered_books_section_holds_no_papers():
    text = (
        "## 1. Books\n* [Recommender Systems: The Textbook](http://example.org/bibl/textbook.pdf)"
        " (2016, Charu Aggarwal)\n\n## 2. Papers\n"
        "* [Neural Collaborative Filtering](https://arxiv.org/abs/1708.05031) (2017, Xiangnan He)\n"
    )
    assert _read(text) == [(5, "Neural Collaborative Filtering")]


def test_a_numbered_bold_title_with_its_authors_and_link_in_the_paragraph_below():
    text = (
        '10. <span id = "XiaoCAIL2018">**CAIL2018: A Large-Scale Legal Dataset for Judgment'
        " Prediction**.</span>\n\n   *Chaojun Xiao, Haoxi Zhong, Zhipeng Guo, Cunchao Tu*."
        " [[pdf](<https://arxiv.org/pdf/1807.02478.pdf>)]\n"
    )
    assert _read(text) == [(1, "CAIL2018: A Large-Scale Legal Dataset for Judgment Prediction")]


def test_an_acronym_venue_and_year_before_a_dash_are_no_part_of_the_title():
    for lead in ("CSF 2016 - ", "APSIPA ASC 2020 - ", "IEEE 2022 – "):
        text = f"- {lead}A Methodology for Formalizing Model-Inversion Attacks. [[paper](https://arxiv.org/abs/2201.00001)]\n"
        [e] = parse_text(text, "l.md").entries
        assert (e.title, e.year) == (
            "A Methodology for Formalizing Model-Inversion Attacks",
            int(lead.split()[-2]),
        ), lead


def test_a_link_labelled_with_the_kind_of_venue_is_no_title():
    text = (
        "1. **Beyond Pedagogical Principles: Multi-Horizon Preference Optimization**\n\n"
        "    *Xin Shi, Chao Zhang, Yifan Zhu*\n\n"
        "    ACL, 2026. [`conference`](https://aclanthology.org/2026.acl-long.518/)\n"
    )
    assert _read(text) == [
        (1, "Beyond Pedagogical Principles: Multi-Horizon Preference Optimization")
    ]
