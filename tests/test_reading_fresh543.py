"""What the sixty-eighth round of unseen lists (fresh543-547) taught the reader, each held
by a test that fails on the reader before it (904efd3)."""

from __future__ import annotations

from tests.support.reading import reader

_years = reader("line", "year")


def test_a_year_before_1980_opening_an_item_dates_it():
    """``- 1979, [Title](pdf), SIGMOD``: a list that opens each item with its year dates the
    old papers too (a year before 1980 counts only where a list writes one deliberately);
    a year inside a title's link text is still none."""
    text = (
        "Papers:\n\n"
        "- 1979, [Access Path Selection in a Relational Database Management System]"
        "(http://citeseerx.ist.psu.edu/viewdoc/download?doi=10.1.1.71.3735&rep=rep1&type=pdf), SIGMOD\n"
        "- 1976 - [The Notions of Consistency and Predicate Locks in a Database System]"
        "(http://example.org/p1.pdf), CACM\n"
        "- 1987, [Query Optimization by Simulated Annealing](http://example.org/TR693.pdf), SIGMOD\n"
        "- [The 1975 Report on Relational Query Languages Revisited](http://example.org/r.pdf)\n"
    )
    assert _years(text) == [(3, 1979), (4, 1976), (5, 1987), (6, None)]


_titles = reader("line", "title", "short_name")


def test_a_plain_citation_with_a_url_label_and_a_workshop_is_cut_to_its_title():
    """``Authors. Title. Venue 2020. URL: https://…``: the ``URL:`` label says nothing (it
    hid the venue and year from the reader), a last sentence naming a workshop is the
    venue, and ``Aguera y Arcas`` is one name (``y`` joins Spanish surnames)."""
    text = (
        "# References\n\n"
        "H. Brendan McMahan, Eider Moore, Daniel Ramage, Seth Hampson, and Blaise Aguera y"
        " Arcas. Communication-efficient learning of deep networks from decentralized data."
        " In AISTATS, 2017. URL: https://arxiv.org/abs/1602.05629\n\n"
        "Mathieu Andreux, Jean Ogier du Terrail, Constance Beguier, Eric W. Tramel. Siloed"
        " Federated Learning for Multi-centric Histopathology Datasets. MICCAI Workshop on"
        " Domain Adaptation and Representation Transfer 2020. URL: https://arxiv.org/abs/2008.07424\n\n"
        "Tian Li, Anit Kumar Sahu, Manzil Zaheer, Maziar Sanjabi, Ameet Talwalkar, and Virginia"
        " Smith. Federated Optimization in Heterogeneous Networks. Adaptive & Multitask Learning"
        " Workshop. URL: https://openreview.net/pdf?id=SkgwE5Ss3N\n"
    )
    assert reader("line", "title", "year")(text) == [
        (3, "Communication-efficient learning of deep networks from decentralized data", 2017),
        (5, "Siloed Federated Learning for Multi-centric Histopathology Datasets", 2020),
        (7, "Federated Optimization in Heterogeneous Networks", None),
    ]


def test_an_institutional_hal_portal_is_a_paper_host():
    """``hal-enpc.archives-ouvertes.fr/hal-00834882``: HAL's portals of one institution
    hold its papers as ``hal.science`` does."""
    text = (
        "* **`MOSS`** [Minimax Policies for Adversarial and Stochastic Bandits]"
        "(https://hal-enpc.archives-ouvertes.fr/hal-00834882), J-Y. Audibert and S. Bubeck, 2009.\n"
    )
    assert reader("line", "title", "year")(text) == [
        (1, "Minimax Policies for Adversarial and Stochastic Bandits", 2009)
    ]


def test_a_venue_or_an_author_in_words_between_a_title_and_its_year_is_cut():
    """``Title, Artificial Intelligence and Statistics, 2015.``, ``Title, Asilomar, 2022.``,
    ``Title, Miller, 2019``: capitalised words between the title's comma and the year are
    where or by whom when they are one word or stand out from a title in sentence case; not
    the last of a title's series (``with Cognition, Affection and Behavior, 2023``) nor a
    clause of a title in title case (``Not Bugs, They Are Features, 2019``)."""
    link = "[[Paper]](https://proceedings.mlr.press/v38/jaffe15.pdf)"
    text = (
        "* Estimating the accuracies of multiple classifiers without labeled data, Artificial"
        f" Intelligence and Statistics, 2015. {link}\n"
        f"* Identifying Dependent Annotators in Crowdsourcing, Asilomar, 2022. {link}\n"
        "* [Explanation in Artificial Intelligence: Insights from the Social Sciences, Miller,"
        " 2019](https://arxiv.org/abs/1706.07269)\n"
        "* [CAB: Empathetic Dialogue Generation with Cognition, Affection and Behavior, 2023]"
        "(https://arxiv.org/abs/2302.01935)\n"
        "- [VPR: A New Packing, Placement and Routing Tool for FPGA Research, 1997]"
        "(http://www.eecg.toronto.edu/~vaughn/papers/fpl97.pdf)\n"
        "- Adversarial Examples Are Not Bugs, They Are Features, 2019."
        " [[pdf]](https://arxiv.org/abs/1905.02175)\n"
    )
    assert [t for _, t in reader("line", "title")(text)] == [
        "Estimating the accuracies of multiple classifiers without labeled data",
        "Identifying Dependent Annotators in Crowdsourcing",
        "Explanation in Artificial Intelligence: Insights from the Social Sciences",
        "CAB: Empathetic Dialogue Generation with Cognition, Affection and Behavior",
        "VPR: A New Packing, Placement and Routing Tool for FPGA Research",
        "Adversarial Examples Are Not Bugs, They Are Features",
    ]
