"""Round 106 (fresh721-725) and what round 105 left: each rule held by a test that fails on
the reader before it; the guards beside them pass on both."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year", "code.url")

_NAMED = (
    "### RoBERTa\n- **2019-07-26**\n- https://arxiv.org/pdf/1907.11692\n"
    "### 2019 BART\n- **2019-10-29**\n- https://arxiv.org/pdf/1910.13461\n"
)


def test_plain_word_headings_name_their_dated_address_as_the_lists_others_do():
    """charystudy (left by round 105): after ``### RoBERTa`` and ``### 2019 BART``, each over
    one paper's day and address, ``### T5``, ``### Sabia`` and ``### 2023 Orca`` name their
    papers too, and a long heading loses its year (``### 2023 ZEPHYR_ DIRECT ...``)."""
    text = _NAMED + (
        "### T5\n- **2020-07-28**\n- https://arxiv.org/pdf/1910.10683\n"
        "### Sabia\n- **2023-04-16**\n- https://arxiv.org/pdf/2304.07880\n"
        "### 2023 Orca\n- **2023-05-06**\n- https://arxiv.org/pdf/2306.02707\n"
        "### 2023 ZEPHYR_ DIRECT DISTILLATION OF LM ALIGNMENT\n- **2023-10-25**\n"
        "- https://arxiv.org/pdf/2310.16944\n"
    )
    assert [t for _, t, _, _ in _read(text)][2:] == [
        "T5",
        "Sabia",
        "Orca",
        "ZEPHYR_ DIRECT DISTILLATION OF LM ALIGNMENT",
    ]


def test_a_plain_word_heading_with_no_named_neighbours_before_it_names_nothing():
    """Guard: ``### Sabia`` first, or after one named heading only, is a word, not a name the
    list's convention makes one."""
    text = (
        "### Sabia\n- **2023-04-16**\n- https://arxiv.org/pdf/2304.07880\n"
        "### RoBERTa\n- **2019-07-26**\n- https://arxiv.org/pdf/1907.11692\n"
        "### Orca\n- **2023-05-06**\n- https://arxiv.org/pdf/2306.02707\n"
    )
    assert [t for _, t, _, _ in _read(text)] == ["", "RoBERTa", ""]


def test_a_label_a_topic_or_a_year_under_named_neighbours_is_still_no_name():
    """Guard: after two named headings, ``### Paper``, ``### Introduction``, ``### References``,
    ``### Object Detection`` or ``### 2021 Survey`` over a dated address is a label, a section
    or a topic, not the paper's name."""
    text = _NAMED + (
        "### Introduction\n- **2021-03-01**\n- https://arxiv.org/abs/2103.00020\n"
        "### References\n- **2021-03-01**\n- https://arxiv.org/abs/2103.00021\n"
        "### Paper\n- **2020-07-28**\n- https://arxiv.org/pdf/1910.10683\n"
        "### Object Detection\n- **2023-04-16**\n- https://arxiv.org/pdf/2304.07880\n"
        "### 2021 Survey\n- **2021-05-06**\n- https://arxiv.org/pdf/2105.02707\n"
    )
    titles = [t for _, t, _, _ in _read(text)][2:]
    assert titles == [""] * 5


def test_an_optica_article_a_cinii_record_and_an_intechopen_chapter_are_papers():
    """vector_beam_paper_list: ``[Title(2009)](https://opg.optica.org/aop/fulltext.cfm?uri=…)``
    (Optica, once OSA), a CiNii record and an IntechOpen chapter link the paper itself."""
    text = (
        "- [Cylindrical vector beams: from mathematical concepts to applications(2009)]"
        "(https://opg.optica.org/aop/fulltext.cfm?uri=aop-1-1-1&id=176226)\n"
        "- [Tight focusing of cylindrical vector beams](https://www.osapublishing.org/oe/"
        "abstract.cfm?uri=oe-7-2-77)\n"
        "- [偏光レーザビームを用いたレーザ加工の高効率化と高機能化](https://ci.nii.ac.jp/naid/500001007468)\n"
        "- [Spatial Light Modulators and Their Applications in Polarization Holography(2022)]"
        "(https://www.intechopen.com/chapters/83627)\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("Cylindrical vector beams: from mathematical concepts to applications", 2009),
        ("Tight focusing of cylindrical vector beams", None),
        ("偏光レーザビームを用いたレーザ加工の高効率化と高機能化", None),
        ("Spatial Light Modulators and Their Applications in Polarization Holography", 2022),
    ]


def test_an_optica_journals_contents_page_is_no_paper():
    """Guard: Optica's journal page or its search (no ``.cfm?uri=`` of one article) links no
    paper."""
    text = (
        "- [Vector beams in free space](https://arxiv.org/abs/1502.01234)\n"
        "- [Optics Express](https://opg.optica.org/oe/home.cfm)\n"
        "- [Search Optica](https://opg.optica.org/search.cfm?q=vector)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == ["Vector beams in free space"]


_NIETISM = (
    "+ **{title}**\n\n    *Jason Wei, Yi Tay, Rishi Bommasani.* **{venue}** "
    "[[pdf](./documents/x.pdf)] [[arxiv](https://arxiv.org/abs/{id})]{more}\n\n"
)


def test_a_venue_written_out_with_its_year_in_bold_is_no_title():
    """paper-list-pub: ``+ **Title.**`` over ``*Authors.* **Transactions on Machine Learning
    Research (TMLR), 2022.** [[arxiv](…)]``: the bold venue and year is no title; nor is a
    ``[[samples](…)]`` label among the links."""
    text = (
        _NIETISM.format(
            title="Emergent Abilities of Large Language Models.",
            venue="Transactions on Machine Learning Research (TMLR), 2022.",
            id="2206.07682",
            more="",
        )
        + _NIETISM.format(
            title="Modeling Relational Data with Graph Convolutional Networks.",
            venue="European Semantic Web Conference (ESWC), 2018.",
            id="1703.06103",
            more="",
        )
        + _NIETISM.format(
            title="Learning to summarize from human feedback.",
            venue="NeurIPS, 2020.",
            id="2009.01325",
            more=" [[samples](https://openaipublic.blob.core.windows.net/summarize/index.html)]",
        )
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("Emergent Abilities of Large Language Models", 2022),
        ("Modeling Relational Data with Graph Convolutional Networks", 2018),
        ("Learning to summarize from human feedback", 2020),
    ]


def test_a_bold_title_naming_a_conference_without_a_closing_year_is_still_a_title():
    """Guard: ``**Conference on Fairness Tools for Machine Learning**`` (no comma and year
    closing it) and ``**A Journal of Negative Results, Revisited**`` are titles."""
    text = (
        "- **Conference on Fairness Tools for Machine Learning** [pdf](https://arxiv.org/abs/2301.00001)\n"
        "- **A Journal of Negative Results, Revisited** [pdf](https://arxiv.org/abs/2301.00002)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Conference on Fairness Tools for Machine Learning",
        "A Journal of Negative Results, Revisited",
    ]


def test_a_pdf_the_list_keeps_named_by_year_dot_name_is_the_paper():
    """paper-list-pub: ``+ **LLaMA 2.**`` over ``[[pdf](./documents/2023.LLaMA-2.pdf)]`` and a
    homepage, no arXiv link: the kept PDF, named ``year.name``, is the paper; ``slides.v2.pdf``
    is not."""
    text = (
        "+ **LLaMA 2.**\n\n    *Hugo Touvron et al.* **2023.** [[pdf](./documents/2023.LLaMA-2.pdf)]"
        " [[homepage](https://ai.meta.com/llama/)]\n\n"
        "+ **Talk.**\n\n    [[pdf](./documents/slides.v2.pdf)]\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [("LLaMA 2", 2023)]


def test_a_venues_tag_with_year_and_month_dates_the_entry():
    """dl-papers: ``*Title* [[arxiv. 16.06]](…)``, ``[[Nature, 16.10]](…)``, ``[[ICML,
    17.07]](…)``: a venue's tag with the year and month."""
    text = (
        "- *InfoGAN: Interpretable Representation Learning* [[arxiv. 16.06]](https://arxiv.org/abs/1606.03657)\n"
        "- *Hybrid computing using a neural network* [[Nature, 16.10]](https://www.nature.com/articles/nature20101)\n"
        "- *SplitNet: Learning to Semantically Split Deep Networks* [[ICML, 17.07]](http://proceedings.mlr.press/v70/kim17b/kim17b.pdf)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2016, 2016, 2017]


def test_a_score_in_brackets_dates_nothing():
    """Guard: ``(mAP, 23.05)``, ``[BLEU, 21.10]``, ``(Ubuntu, 22.04)`` after a title: a score or
    a version, not a year and month."""
    text = (
        "- [Dense Object Detection Networks](https://openreview.net/forum?id=abc) (mAP, 23.05)\n"
        "- [Neural Machine Translation Models](https://openreview.net/forum?id=abd) [BLEU, 21.10]\n"
        "- [Robot Navigation Stacks](https://openreview.net/forum?id=abe) [Ubuntu, 22.04]\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [None, None, None]


def test_an_apa_citations_short_title_and_a_question_before_its_venue():
    """ununennium: ``He, K., et al. (2017). Mask R-CNN. *ICCV*.`` (a title under twelve
    letters) and ``Kendall, A., & Gal, Y. (2017). What Uncertainties ...? *NeurIPS*.``."""
    text = (
        "1. He, K., et al. (2017). Mask R-CNN. *ICCV*.\n"
        "   [DOI: 10.1109/ICCV.2017.322](https://doi.org/10.1109/ICCV.2017.322)\n\n"
        "2. Kendall, A., & Gal, Y. (2017). What Uncertainties Do We Need in Bayesian Deep Learning"
        " for Computer Vision? *NeurIPS*.\n   [arXiv:1703.04977](https://arxiv.org/abs/1703.04977)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Mask R-CNN",
        "What Uncertainties Do We Need in Bayesian Deep Learning for Computer Vision?",
    ]


def test_a_question_before_its_subtitle_keeps_the_subtitle():
    """Guard: ``(2020). Do We Need Zero Training Loss? A Study of Overfitting. *ICML*.``: the
    words after the question are its subtitle, not a venue."""
    text = (
        "1. Ishida, T., & Sugiyama, M. (2020). Do We Need Zero Training Loss After Achieving Zero"
        " Training Error? A Study of Overfitting. *ICML*.\n"
        "   [arXiv:2002.08709](https://arxiv.org/abs/2002.08709)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Do We Need Zero Training Loss After Achieving Zero Training Error? A Study of Overfitting"
    ]
