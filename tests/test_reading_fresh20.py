"""Reading cases found on the fresh20 real lists (tests/fixtures/real/fresh20__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.formats.links import _role
from pipeline.parse import parse_text
from tests.support.reading import one


def test_a_bibtex_style_citation_key_dates_the_entry():
    e = one("* [MambaFoley](https://arxiv.org/pdf/2409.09162) (mamba; xie24arxiv): n/a\n")
    assert e.year == 2024
    e = one("* [AudioGen](https://arxiv.org/abs/2209.15352) (transformer; kreuk23iclr): n/a\n")
    assert e.year == 2023


def test_a_blog_post_in_a_papers_table_is_not_a_paper():
    table = "| Paper | Method |\n|---|---|\n"
    row = "| [{t}]({u}) | x |\n"
    text = table + row.format(t="A Mathematical Framework for Transformer Circuits",
                              u="https://transformer-circuits.pub/2021/framework/index.html")  # fmt: skip
    text += row.format(t="Interpreting GPT: the logit lens",
                       u="https://www.lesswrong.com/posts/AcKRB8wDpdaN6v6ru/interpreting-gpt")  # fmt: skip
    assert [e.line for e in parse_text(text, "l.md").entries] == [3]


def test_a_repository_whose_name_holds_a_venue_is_code_not_a_paper():
    assert _role("https://github.com/balakg/transects-eccv2020", "PyTorch(Author)", False) == "code"
    assert _role("https://github.com/o/r/blob/main/paper.pdf", "pdf", False) == "paper"


def test_a_journal_and_year_under_an_item_title_is_the_venue_not_the_title():
    for venue in ("IEEE signal processing magazine 2017", "Information Fusion 2022", "TACL 2021",
                  "2022 IEEE Symposium on Security and Privacy (SP) 2022"):  # fmt: skip
        e = one(f"- Deep multimodal learning: A survey on recent advances and trends.\n"
                f"  - *{venue}* [[paper]](https://ieeexplore.ieee.org/document/8103116)\n")  # fmt: skip
        assert e.title.startswith("Deep multimodal learning: A survey"), venue
    # a title followed by its venue is still read as the entry (not as a venue line)
    e = one("* DeepFake MNIST+: A DeepFake Facial Animation Dataset, *ICCV Workshop* 2021: [Paper]"
            "(https://openaccess.thecvf.com/content/ICCV2021W/AIM/papers/x.pdf)\n")  # fmt: skip
    assert e.title.startswith("DeepFake MNIST+: A DeepFake Facial Animation Dataset")
