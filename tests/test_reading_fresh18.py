"""Reading cases found on the fresh18 real lists (tests/fixtures/real/fresh18__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from tests.support.reading import one


def test_a_gb_t_7714_citation_as_link_text_gives_the_title_before_its_type_tag():
    e = one("| Title & Basic Information | Code |\n|---|---|\n"
            "| [Active label cleaning for improved dataset quality under resource constraints[J]. "
            "Nature communications, 2022.](https://www.nature.com/articles/s41467-022-28818-3) | -- |\n")  # fmt: skip
    assert (
        e.title == "Active label cleaning for improved dataset quality under resource constraints"
    )


def test_sentences_after_the_title_that_give_only_dates_venues_or_a_byline_are_dropped():
    for tail in ("2016-02. AISTAT 2017.", "ICLR 2021 (Under Review). 2020-02-29", "2020-03",
                 "NIPS 2016 workshop.", "FL PhD Thesis. By Jakub"):  # fmt: skip
        e = one(
            f"[Adaptive Federated Optimization. {tail}](https://arxiv.org/pdf/2003.00295.pdf)\n"
        )
        assert e.title == "Adaptive Federated Optimization", tail
    e = one(
        "[Deep Learning. A Review of Methods for Everything](https://arxiv.org/abs/2003.00295)\n"
    )
    assert e.title == "Deep Learning. A Review of Methods for Everything"


def test_chemistry_and_physics_publishers_are_paper_hosts():
    for url in ("https://pubs.aip.org/aip/jcp/article/148/24/241722/962591/SchNet",
                "https://pubs.rsc.org/en/content/articlelanding/2017/sc/c6sc05720a",
                "https://pubs.acs.org/doi/full/10.1021/acs.jctc.8b00908"):  # fmt: skip
        e = one(f"1. [SchNet - A deep learning architecture for molecules]({url})\n"
                "    K. T. Schutt, H. E. Sauceda, The Journal of Chemical Physics **148**, 241722 (2018)\n")  # fmt: skip
        assert e.paper.url == url


def test_a_venue_joined_to_its_year_by_a_hyphen_dates_the_entry():
    e = one("* Document-level Sentiment Inference with Social, Faction, and Discourse Context\n"
            "[[paper]](https://aclanthology.org/P16-1032.pdf)\n"
            "\t* Eunsol Choi, Hannah Rashkin, Luke Zettlemoyer, Yejin Choi\n\t* ACL-2016\n")  # fmt: skip
    assert (e.year, e.venue) == (2016, "ACL 2016")
