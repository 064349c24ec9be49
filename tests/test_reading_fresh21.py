"""Reading cases found on the fresh21 real lists (tests/fixtures/real/fresh21__*), each
reduced to the smallest text that shows it."""

from __future__ import annotations

from tests.support.reading import one


def test_a_name_and_summary_table_takes_the_title_cased_summary_as_the_title():
    text = (
        "*Name* | *Summary* | *Paper* | *Code*\n:---: | :---: | :---: | :---:\n"
        "**AdaGAN** | *Boosting Generative Models* | [[arXiv]](https://arxiv.org/abs/1701.02386) |\n"
    )
    e = one(text)
    assert (e.title, e.short_name) == ("Boosting Generative Models", "AdaGAN")
    text = text.replace("*Boosting Generative Models*", "Google, Pixel 3")
    assert one(text).title == "AdaGAN"


def test_an_author_and_year_tag_before_the_title_and_a_venue_after_it_are_not_the_title():
    e = one("- Li+'22 - Unified Named Entity Recognition as Word-Word Relation Classification"
            " (AAAI) [[paper](https://aaai-2022.virtualchair.net/poster_aaai742)]\n")  # fmt: skip
    assert e.title == "Unified Named Entity Recognition as Word-Word Relation Classification"
    assert e.year == 2022
    e = one("- Anomaly Detection with Generative Adversarial Networks (AnoGAN)"
            " [[paper](https://arxiv.org/abs/1703.05921)]\n")  # fmt: skip
    assert e.title.endswith("(AnoGAN)")


def test_a_labelled_item_takes_the_quoted_title_of_the_citation_below_it():
    for label in ("AOD-net", "GFN Dehazing"):
        e = one(f"- {label} [[Code](https://github.com/Boyiliee/AOD-Net), [Paper](http://openaccess."
                "thecvf.com/content_ICCV_2017/papers/Li_AOD-Net_ICCV_2017_paper.pdf)]\n"
                '    - Li, Boyi, et al. "Aod-net: All-in-one dehazing network." Proceedings of the IEEE'
                " International Conference on Computer Vision. 2017.\n")  # fmt: skip
        assert e.title == "Aod-net: All-in-one dehazing network", label
        assert e.code.url == "https://github.com/Boyiliee/AOD-Net"
