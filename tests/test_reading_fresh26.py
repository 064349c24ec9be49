"""Reading cases found on the fresh26 real lists (tests/fixtures/real/fresh26__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

import pytest

from pipeline.formats.links import _role
from tests.support.reading import one


def test_apa_authors_before_a_bold_title_link_are_the_authors():
    e = one("Pesnot Lerousseau, J., & Summerfield, C. [**Shared sensitivity to data distribution"
            " during learning**](https://arxiv.org/abs/2501.00001) Nature Human Behaviour (2025)\n\n"
            "Hagendorff, T., Dasgupta, I., Binz, M., ... & Schulz, E. [**Machine psychology**]"
            "(https://arxiv.org/abs/2303.13988) arXiv (2025)\n".split("\n\n")[0] + "\n")  # fmt: skip
    assert e.title == "Shared sensitivity to data distribution during learning"
    e = one("Hwang, J., Hong, Z.-W., Chen, E. R., & Fiete, I. R. [**Grid Cell-Inspired "
            "Fragmentation**](https://arxiv.org/abs/2307.05793) arXiv (2024)\n")  # fmt: skip
    assert e.title == "Grid Cell-Inspired Fragmentation"


@pytest.mark.parametrize(
    ("tail", "year"),
    [(", ICML-2017", 2017), (", NAACL-HLT 2018", 2018), (", Arxiv-2017", 2017),
     (", EMNLP-2017 Workshop", 2017), (", INLG, 2019", 2019), (", arXiv, 2020", 2020),
     (", EMNLP Workshop on Neural Generation and Translation (WNGT), 2019", 2019)],
)  # fmt: skip
def test_a_venue_and_year_after_a_comma_close_the_title(tail, year):
    e = one(
        f"- Toward Controlled Generation of Text{tail}, [[paper]](https://arxiv.org/pdf/1703.00955)\n"
    )
    assert (e.title, e.year) == ("Toward Controlled Generation of Text", year)


def test_a_title_keeps_a_comma_that_is_its_own():
    e = one("- Dear Sir or Madam, May I Introduce the GYAFC Dataset, NAACL-HLT 2018, "
            "[[paper]](https://arxiv.org/pdf/1803.06535)\n")  # fmt: skip
    assert e.title == "Dear Sir or Madam, May I Introduce the GYAFC Dataset"
    e = one(
        "- What is wrong with style transfer for texts? Arxiv, [[paper]](https://arxiv.org/pdf/1808.04365)\n"
    )
    assert e.title == "What is wrong with style transfer for texts?"


def test_a_query_that_holds_brackets_is_not_broken_markdown():
    referrer = "https://openreview.net/forum?id=Yacmpz84TH&referrer=%5Bthe%20profile%5D(%2Fprofile%3Fid%3D~R1)"
    assert _role(referrer, "Paper", False) == "paper"
    e = one(
        f"- x\n\n  **Toolformer: Language Models Can Teach Themselves** *Schick, Timo, et al.* 2024 [[Paper]]({referrer})\n"
    )
    assert e.title == "Toolformer: Language Models Can Teach Themselves"
    assert _role("%5Bhttps://www.github%5D(https://github.com/a/b)", "code", False) == "malformed"
    assert _role("https://github.com/a%5D(https://github.com/a/b)", "code", False) == "malformed"


@pytest.mark.parametrize(
    "lead", ["NAACL 2019 (demonstration).", "EMNLP 2021 Demo.", "OpenAI 2019."]
)
def test_a_venue_with_a_qualifier_before_the_title_link_is_not_the_title(lead):
    e = one(f"1. {lead} [End-to-end Open-domain Question Answering with BERTserini]"
            "(https://arxiv.org/pdf/1902.01718.pdf). Wei Yang, Yuqing Xie, Aileen Lin.\n")  # fmt: skip
    assert e.title == "End-to-end Open-domain Question Answering with BERTserini"
    assert e.year == 2019 or lead.startswith("EMNLP 2021")


@pytest.mark.parametrize(
    "authors", ["Nguyen Bach, Sameer Badaskar.", "Shantanu Kumar. 2017.", "Scott B Huffman. 1995."]
)
def test_an_author_sentence_before_a_bold_title_is_not_the_title(authors):
    e = one(
        f"1. {authors} **A review of relation extraction**. [[paper]](https://arxiv.org/pdf/1705.03645.pdf)\n"
    )
    assert e.title == "A review of relation extraction"


def test_a_single_sentence_before_a_bold_title_is_kept_when_it_is_not_authors():
    e = one(
        "1. Attention Is All You Need. **NeurIPS** [[paper]](https://arxiv.org/pdf/1706.03762.pdf)\n"
    )
    assert e.title == "Attention Is All You Need"


@pytest.mark.parametrize(
    ("text", "title"),
    [("* Chuan Meng, Pengjie Ren, Jun Ma, Maarten de Rijke. A Reference-aware Network for Background"
      " Based Conversation. AAAI(2020) [[PDF]](https://arxiv.org/pdf/1908.06449.pdf)",
      "A Reference-aware Network for Background Based Conversation"),
     ("- Rusu A A, Rabinowitz N C, Desjardins G, et al. Progressive neural networks[J]. arXiv preprint"
      " arXiv:1606.04671, 2016. [[Paper]](https://arxiv.org/abs/1606.04671)", "Progressive neural networks"),
     ("- Alice Author and Bob Author. 2020. The Title of It. In Proceedings of ACL. [[paper]]"
      "(https://arxiv.org/abs/2001.00001)", "The Title of It")],
)  # fmt: skip
def test_an_author_list_sentence_before_a_plain_title_is_left_out(text, title):
    assert one(text + "\n").title == title


def test_one_author_surname_first_before_a_bold_title_link():
    e = one(
        "Krotov, Dmitry. [**Hierarchical associative memory**](https://arxiv.org/abs/2107.06446) arXiv (2021)\n"
    )
    assert e.title == "Hierarchical associative memory"
