"""What a fresh-eyes review of the fresh182-187 rules (and the narrowing after the first
review) found them misreading (54 probe lists; each test fails on the rules before it)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("title", "short_name", "year")


def test_a_short_paper_name_linking_a_project_or_university_page_is_an_entry():
    text = (
        "| Title | arXiv | Code | Venue |\n|---|---|---|---|\n"
        "| [Deep Image Prior](https://dmitryulyanov.github.io/deep_image_prior) | - | "
        "[code](https://github.com/DmitryUlyanov/deep-image-prior) | CVPR 2018 |\n"
        "| [Deep Sets](https://www.cs.cmu.edu/~mzaheer/deepsets.html) | - | - | 2017 |\n"
        "| [WaveNet](https://deepmind.google/discover/blog/wavenet/) | - | - | SSW 2016 |\n"
        "| [Sora](https://openai.com/sora) | - | - | 2024 |\n"
    )
    assert [t for t, _, _ in _read(text)] == ["Deep Image Prior", "Deep Sets", "WaveNet"]


def test_a_citation_label_cited_in_a_sentence_dates_nothing():
    text = (
        "- [TuckER: Tensor Factorization for Knowledge Graph Completion]"
        "(https://aclanthology.org/D19-1522/) (EMNLP-IJCNLP), builds on [Trouillon+, 16].\n"
        "1. [Mnih et al., 15] [Human-level control through deep reinforcement learning]"
        "(https://www.nature.com/articles/nature14236)\n"
    )
    assert [y for _, _, y in _read(text)] == [None, 2015]


def test_a_method_name_and_a_year_before_the_title_link_is_no_byline():
    text = (
        "- BERT, 2018. [Pre-training of Deep Bidirectional Transformers for Language "
        "Understanding](https://arxiv.org/abs/1810.04805)\n"
        "- ELMo, 2018. [Deep contextualized word representations](https://arxiv.org/abs/1802.05365)\n"
    )
    entries = parse_text(text, "l.md").entries
    assert [(e.short_name, e.venue) for e in entries] == [("BERT", None), ("ELMo", None)]


def test_a_cited_by_column_is_the_rows_own_papers_citations():
    text = (
        "| Method | Title | Cited by |\n|---|---|---|\n"
        "| SimCLR | [A Simple Framework for Contrastive Learning of Visual Representations]"
        "(https://arxiv.org/abs/2002.05709) | [![citations](https://img.shields.io/badge/c-1-b)]"
        "(https://www.semanticscholar.org/paper/34733eaf66007516347a40ad5d9bbe1cc9dacb6b) |\n"
    )
    assert len(parse_text(text, "l.md").entries) == 1


def test_a_single_author_in_brackets_before_the_title():
    text = (
        "- **MLS** (Levin) - *The approximation power of moving least-squares*. Math. Comp. "
        "1998. [[pdf](https://www.ams.org/journals/mcom/1998-67-224/S0025-5718-98-00974-0/"
        "S0025-5718-98-00974-0.pdf)]\n"
        "- **LLaMA** (Meta) - Open and efficient foundation language models ranging from 7B to "
        "65B parameters [[paper](https://arxiv.org/abs/2302.13971)]\n"
    )
    titles = [t for t, _, _ in _read(text)]
    assert titles[0].startswith("The approximation power of moving least-squares")
    assert titles[1] == "LLaMA"


def test_papers_whose_names_hold_a_version_word_still_split():
    text = (
        "| Model | Papers |\n|---|---|\n"
        "| Swin | [Video Swin Transformer](https://arxiv.org/abs/2106.13230); "
        "[Swin Transformer V2](https://arxiv.org/abs/2111.09883) |\n"
    )
    assert [t for t, _, _ in _read(text)] == ["Video Swin Transformer", "Swin Transformer V2"]


def test_a_paragraph_citing_a_paper_in_our_work_is_no_request_to_cite_ours():
    text = (
        "## Retrievers\n\n"
        "[Dense Passage Retrieval for Open-Domain Question Answering]"
        "(https://arxiv.org/abs/2004.04906). Karpukhin et al. EMNLP 2020. In our work we cite "
        "this as the canonical retriever.\n"
    )
    assert len(parse_text(text, "l.md").entries) == 1


def test_a_family_column_gives_way_to_a_name_column_but_a_model_column_does_not():
    text = (
        "| Model | Name | Paper |\n|---|---|---|\n"
        "| ViT | Vision Transformer | [An Image is Worth 16x16 Words: Transformers for Image "
        "Recognition at Scale](https://arxiv.org/abs/2010.11929) |\n"
    )
    assert _read(text)[0][1] == "ViT"


def test_issue_links_in_a_code_column_or_on_gitlab_are_no_code_but_a_folder_named_issues_is():
    text = (
        "| Title | Code |\n|---|---|\n"
        "| [TransUNet](https://arxiv.org/abs/2102.04306) | "
        "[GitHub](https://github.com/Beckschen/TransUNet/issues/12) |\n"
        "| [Code in a folder named issues](https://arxiv.org/abs/2201.04321) | "
        "[code](https://github.com/owner/repo/tree/main/issues) |\n\n"
        "- [Point Cloud Notes](https://arxiv.org/abs/2301.00001) "
        "[[discussion](https://gitlab.com/pointcloud/notes/-/issues/7)]\n"
    )
    codes = [e.code.url if e.code else None for e in parse_text(text, "l.md").entries]
    assert codes == [None, "https://github.com/owner/repo/tree/main/issues", None]


def test_an_issue_of_nature_is_no_paper():
    text = (
        "- [Nature Insight: Machine learning]"
        "(http://www.nature.com/nature/journal/v521/n7553/index.html) (special issue)\n"
        "- [Deep learning](http://www.nature.com/nature/journal/v521/n7553/full/nature14539.html)\n"
    )
    assert [t for t, _, _ in _read(text)] == ["Deep learning"]
