"""Reading cases found on the fresh15 real lists (tests/fixtures/real/fresh15__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import one

ARXIV = "[[paper]](https://arxiv.org/abs/2009.05381)"


def test_a_venue_sentence_and_year_after_the_title_are_not_part_of_it():
    for venue in ("SIGIR", "MBVC", "IEEE Transactions on Multimedia", "arXiv:2009.05381",
                  "arXiv preprint arXiv:1804.02516", "TRECVID Workshop"):  # fmt: skip
        e = one(
            f"* `[Dong et al. ARXIV20]` Hybrid Space Learning for Retrieval. {venue}, 2020. {ARXIV}\n"
        )
        assert e.title == "Hybrid Space Learning for Retrieval", venue
        assert e.year == 2020
    # a title's own second sentence is kept when what follows is not a venue
    e = one(f"* Deep Learning. the case for depth in vision, 2020. {ARXIV}\n")
    assert e.title.startswith("Deep Learning. the case for depth")


def test_bracketed_fields_with_authors_give_the_title_among_them():
    line = ("- [Alex _et. al._] [Generative adversarial networks for brain lesion detection] "
            "[Medical Imaging 2017: Image Processing] [[google scholar]](https://scholar.google.com/"
            "scholar?q=x) [[pdf]](https://arxiv.org/abs/1806.04972)\n")  # fmt: skip
    e = one(line)
    assert e.title == "Generative adversarial networks for brain lesion detection"
    assert e.paper.url == "https://arxiv.org/abs/1806.04972"
    e = one(line.replace("[Alex _et. al._] ", "[Chen] ").replace("Medical Imaging 2017: Image "
                         "Processing", "MIDL'18"))  # fmt: skip
    assert e.title == "Generative adversarial networks for brain lesion detection"


def test_bracketed_tags_without_authors_leave_the_title_after_the_name_link():
    e = one("- [CVPR'20] [Face Alignment / Detection] [[**RetinaFace**](https://arxiv.org/pdf/"
            "1905.00641.pdf)] RetinaFace: Single-stage Dense Face Localisation in the Wild\n")  # fmt: skip
    assert e.title.startswith("RetinaFace: Single-stage Dense Face Localisation")


def test_a_news_sentence_that_links_a_paper_is_unread_not_an_entry():
    text = (
        "## News\n\n"
        "- **2026.06**: Community Highlight: Check out [MCITlib](https://arxiv.org/pdf/2508.07307),"
        " an open-source framework for continual instruction tuning.\n"
        "- **2025.12**: We have released [MCITlib](https://arxiv.org/pdf/2508.07307), the first"
        " complete open-source codebase.\n"
        "- [Featured Paper About Code Models](https://arxiv.org/abs/2502.02737) from a lab.\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.line for e in parsed.entries] == [5]
    assert [u.line for u in parsed.unread] == [3, 4]


def test_a_link_labelled_with_its_venue_and_year_is_the_paper_link():
    e = one("+ A Study on Data Augmentation Techniques for Defect Detection [[BUAV 2021]]"
            "(https://library.oapen.org/bitstream/handle/20.500/62433/1/book.pdf#page=80)\n")  # fmt: skip
    assert e.paper.url.endswith("#page=80")
    e = one("+ Cutout as augmentation in contrastive learning [[JSSS 2024]]"
            "(https://jsss.copernicus.org/articles/13/63/2024/)\n")  # fmt: skip
    assert e.paper.url == "https://jsss.copernicus.org/articles/13/63/2024/"
    # a sentence's link that names a talk at a venue is not a paper
    text = "Someone raised questions during [his talk at NIPS 2024](https://x.com/talks/neurips2024/).\n"
    e = one(text + "\n- [A Paper With A Title](https://arxiv.org/abs/2301.00001)\n")
    assert e.line == 3
    challenge = "- [[VisDrone 2021](http://aiskyeye.com/challenge_2021/crowd-counting-2/)] Crowd counting.\n"
    e = one(challenge + "\n- [A Paper With A Title](https://arxiv.org/abs/2301.00001)\n")
    assert e.line == 3
    e = one("+ Diffusion policies [[NeurIPS 2021]](https://example.org/papers/2021/abc)\n")
    assert e.paper.url == "https://example.org/papers/2021/abc"


def test_one_author_with_initials_under_an_item_title_is_not_the_title():
    e = one("- Explainable Deep Reinforcement Learning: State of the Art and Challenges\n"
            "  - G. Vouros.  *CSUR 2022*.  [[paper]](https://dl.acm.org/doi/pdf/10.1145/3527448)\n")  # fmt: skip
    assert e.title == "Explainable Deep Reinforcement Learning: State of the Art and Challenges"
    assert e.year == 2022
