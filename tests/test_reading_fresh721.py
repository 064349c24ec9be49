"""Round 106 (fresh721-725) and what round 105 left: each rule held by a test that fails on
the reader before it; the guards beside them pass on both."""

from __future__ import annotations

from pathlib import Path

from tests.support.reading import reader

REAL = Path(__file__).parent / "fixtures" / "real"

_read = reader("line", "title", "year", "code.url")
_named = reader("title", "short_name")

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


def test_a_surname_or_two_and_a_comma_before_the_titled_link_are_its_byline():
    """3d_topo_paper_list: ``| Hatcher, [*Algebraic Topology*](pdf) |``, ``| Beth & Piaget,
    [*Mathematical Epistemology and Psychology*](books.google…) |`` in a title column: the
    link's text is the title (two words are enough after a byline) and no surname is a name."""
    text = (
        "| Title | Introduction | Date |\n|---|---|---:|\n"
        "| Hatcher, [*Algebraic Topology*](https://pi.math.cornell.edu/~hatcher/AT/AT.pdf) | Holes. | 2002 |\n"
        "| Beth & Piaget, [*Mathematical Epistemology and Psychology*](https://books.google.com/books/about/X.html?id=3C540QEACAAJ) | Logic. | 1966 |\n"
        "| Strohecker, [*Why Knot?*](https://www.carolstrohecker.info/PapersByYear/1991/WhyKnotDiss.pdf) | Knots. | 1991 |\n"
        "| Papert, [*Mindstorms: Children, Computers, and Powerful Ideas*](https://arxiv.org/abs/1901.00001) | Logo. | 1980 |\n"
    )
    assert _named(text) == [
        ("Algebraic Topology", None),
        ("Mathematical Epistemology and Psychology", None),
        ("Why Knot?", None),
        ("Mindstorms: Children, Computers, and Powerful Ideas", None),
    ]


def test_dated_names_and_a_comma_before_the_titled_link_are_its_byline():
    """awesome-patent-retrieval: ``* Freunek and Bodmer, 2021, [BERT based freedom to operate
    patent analysis](arxiv)``: the names are the byline, the link's text the title."""
    text = (
        "* Freunek and Bodmer, 2021, [BERT based freedom to operate patent analysis]"
        "(https://arxiv.org/pdf/2105.00817)\n"
        "* Abood and Feltenberger, 2018, [Automated Patent Landscaping]"
        "(https://link.springer.com/article/10.1007/s10506-018-9222-4)\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("BERT based freedom to operate patent analysis", 2021),
        ("Automated Patent Landscaping", 2018),
    ]


def test_a_models_name_and_a_comma_before_its_titled_link_stays_its_name():
    """Guard: ``- CLIP, [Learning Transferable Visual Models From Natural Language
    Supervision](arxiv)``: the name before the comma is the paper's short name."""
    text = "- CLIP, [Learning Transferable Visual Models From Natural Language Supervision](https://arxiv.org/abs/2103.00020)\n"
    assert _named(text) == [
        ("Learning Transferable Visual Models From Natural Language Supervision", "CLIP")
    ]


def test_one_initialled_author_or_two_before_a_link_texts_title():
    """alex-dukhno's reading list: ``[G. Graefe. Instant recovery for data center savings.](…)``,
    ``[Y. Saito and M. Shapiro. Optimistic replication](…)``, ``[David K. Gifford. Information
    Storage in a Decentralized Computer System.](…)``: the authors, then the title."""
    text = (
        " * [G. Graefe. Instant recovery for data center savings.](https://dl.acm.org/doi/10.1145/2814710.2814716)\n"
        " * [Y. Saito and M. Shapiro. Optimistic replication](https://dl.acm.org/doi/abs/10.1145/1057977.1057980)\n"
        " * [David K. Gifford. Information Storage in a Decentralized Computer System.](http://bitsavers.org/pdf/xerox/parc/techReports/CSL-81-8_Information_Storage.pdf)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Instant recovery for data center savings",
        "Optimistic replication",
        "Information Storage in a Decentralized Computer System",
    ]


def test_a_titles_own_first_sentence_with_an_initial_is_no_byline():
    """Guard: ``[E. coli Detection. A Study of Rapid Assays](…)``: a species' initial in the
    title's own first sentence names no author."""
    text = "- [E. coli Detection. A Study of Rapid Assays](https://arxiv.org/abs/2101.00001)\n"
    assert [t for _, t, _, _ in _read(text)] == ["E. coli Detection. A Study of Rapid Assays"]


def test_an_abbreviated_journal_or_a_known_venue_closing_the_link_text_is_cut():
    """alex-dukhno's reading list: ``... systems. ACM Trans. Comput. Syst``, ``... hardware.
    PVLDB``, and ``. IEEE Trans. Pattern Anal. Mach. Intell. 2020``: the journal, not the title."""
    text = (
        " * [Sinfonia: A new paradigm for building scalable distributed systems. ACM Trans. Comput. Syst](http://www.sosp2007.org/papers/sosp064-aguilera.pdf)\n"
        " * [LLAMA: A cache/storage subsystem for modern hardware. PVLDB](http://www.vldb.org/pvldb/vol6/p877-levandoski.pdf)\n"
        " * [Deep residual networks for images. IEEE Trans. Pattern Anal. Mach. Intell. 2020](https://arxiv.org/abs/1512.03385)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Sinfonia: A new paradigm for building scalable distributed systems",
        "LLAMA: A cache/storage subsystem for modern hardware",
        "Deep residual networks for images",
    ]


def test_a_titles_own_later_sentence_stays():
    """Guard: ``Deep Learning. Part II. Methods``: a title's later sentence with one
    abbreviation or none is no journal's name."""
    text = "- [Deep Learning. Part II. Methods](https://arxiv.org/abs/2101.00002)\n"
    assert [t for _, t, _, _ in _read(text)] == ["Deep Learning. Part II. Methods"]


def test_a_tasks_bare_address_is_an_untitled_entry():
    """readinglist: ``- [ ] https://www.nature.com/articles/s41591-020-0870-z``, ``- [x]
    https://arxiv.org/abs/2003.10580``: a to-do's box before a bare address, read as the
    untitled entries the same items are without their boxes."""
    text = (
        "### ekg\n- [ ] https://www.nature.com/articles/s41591-020-0870-z\n"
        "- [x] https://arxiv.org/abs/2003.10580\n- [ ] Cactus\n"
    )
    assert [(ln, t) for ln, t, _, _ in _read(text)] == [(2, ""), (3, "")]


def test_review_962_a_title_naming_transactions_or_a_conference_before_its_year_is_a_title():
    """Review 962 (F1): ``**Detecting Credit Card Transactions Fraud with Deep Learning,
    2020.**``, ``**Video Conference Summarization from Speech, 2022.**``: titles, not venues."""
    text = (
        "- Detecting Fraudulent Transactions with Graph Neural Networks, 2021. [[paper]](https://arxiv.org/abs/2101.00001)\n"
        "- **Detecting Credit Card Transactions Fraud with Deep Learning, 2020.** [[paper]](https://arxiv.org/abs/2001.00002)\n"
        "- **Handwritten Chinese Letters Recognition with Deep CNNs, 2019** [[pdf]](https://arxiv.org/abs/1901.00003)\n"
        "- **Video Conference Summarization from Speech, 2022.** [[paper]](https://arxiv.org/abs/2201.00004)\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("Detecting Fraudulent Transactions with Graph Neural Networks", 2021),
        ("Detecting Credit Card Transactions Fraud with Deep Learning", 2020),
        ("Handwritten Chinese Letters Recognition with Deep CNNs", 2019),
        ("Video Conference Summarization from Speech", 2022),
    ]


def test_review_962_a_wrapped_title_ending_in_examples_or_samples_keeps_its_word():
    """Review 962 (F2): ``Explaining and Harnessing Adversarial`` / ``Examples  https://…``:
    the title's last word, not a link label."""
    text = (
        "Explaining and Harnessing Adversarial\nExamples  https://arxiv.org/pdf/1412.6572v3\n\n"
        "Learning Robust Models from Few Clean\nSamples  https://arxiv.org/pdf/2001.00001v1\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Explaining and Harnessing Adversarial Examples",
        "Learning Robust Models from Few Clean Samples",
    ]


def test_review_962_a_kept_pdf_named_with_dots_and_versions_is_no_paper():
    """Review 962 (F3): ``[pdf](./docs/proposal.cs224n.2023.pdf)``, ``[pdf](./docs/handbook.
    v2.1.pdf)``: a project's documents, not papers (only ``year.name`` splits on its dot)."""
    text = (
        "- [A Paper Kept Here](https://arxiv.org/abs/2101.00005)\n"
        "- Project proposal for CS224N [pdf](./docs/proposal.cs224n.2023.pdf)\n"
        "- Team onboarding handbook [pdf](./docs/handbook.v2.1.pdf)\n"
        "- Meeting minutes [pdf](./meetings/minutes.2023.10.pdf)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == ["A Paper Kept Here"]


def test_review_962_an_apa_title_with_an_abbreviation_is_not_cut_there():
    """Review 962 (F4): ``(2019). Cats vs. Dogs: Fine-Grained Image Classification. CVPR.``,
    ``(2018). The U.S. Patent System and Deep Learning. Nature.``: a short title is read only
    before a known venue closing the citation."""
    text = (
        "- Smith, J., & Lee, K. (2019). Cats vs. Dogs: Fine-Grained Image Classification. CVPR. [pdf](https://arxiv.org/abs/1901.00011)\n"
        "- Brown, T., et al. (2018). The U.S. Patent System and Deep Learning. Nature. [pdf](https://arxiv.org/abs/1801.00012)\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("Cats vs. Dogs: Fine-Grained Image Classification", 2019),
        ("The U.S. Patent System and Deep Learning", 2018),
    ]


def test_review_962_a_topics_word_under_named_neighbours_names_no_paper():
    """Review 962 (F5): after ``### BERT``, ``### RoBERTa``, ``### T5``, a plain word of a
    topic over one dated address (``### Multimodal``, ``### Quantization``, ``### Agents``)
    names nothing; ``### Orca`` still names its paper."""
    text = (
        "### BERT\n- **2019-05-24**\n- https://arxiv.org/pdf/1810.04805\n"
        "### RoBERTa\n- **2019-07-26**\n- https://arxiv.org/pdf/1907.11692\n"
        "### T5\n- **2020-07-28**\n- https://arxiv.org/pdf/1910.10683\n"
        "### Multimodal\n- **2023-04-17**\n- https://arxiv.org/pdf/2304.08485\n"
        "### Quantization\n- **2023-04-18**\n- https://arxiv.org/pdf/2304.08486\n"
        "### Agents\n- **2023-04-19**\n- https://arxiv.org/pdf/2304.08487\n"
        "### Orca\n- **2023-06-05**\n- https://arxiv.org/pdf/2306.02707\n"
    )
    assert [t for _, t, _, _ in _read(text)][3:] == ["", "", "", "Orca"]


def test_review_962_a_year_written_in_full_beats_a_venues_two_digit_tag():
    """Review 962 (F6): ``[arxiv. 15.12] published 2016``, ``Smith et al. 2018 [ICML,
    17.07]``: the year written in full on the line is the entry's."""
    text = (
        "- [Deep Residual Networks](https://arxiv.org/abs/1512.03385) [arxiv. 15.12] published 2016\n"
        "- [Some Paper Title Here](https://arxiv.org/abs/1706.00001) - Smith et al. 2018 [ICML, 17.07]\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2016, 2018]


def test_an_initialled_author_list_or_a_venue_after_one_author_is_read_as_before():
    """Guard: ``C. Wang, X.-L. Zhao, Y.-B. Zheng, and M. K. Ng. Title.`` (the first sentence
    end is inside ``X.-L.``: no one person) and ``Johannes L. Schönberger. ACCV, 2016.`` (a
    venue after the one author, no title) are not cut after the first name."""
    text = (
        "* C. Wang, X.-L. Zhao, Y.-B. Zheng, B.-Z. Li, and M. K. Ng. Functional tensor singular"
        " value decomposition. SIAM Journal on Scientific Computing, 2025.\n"
        "  [[Website]](https://epubs.siam.org/doi/10.1137/24M1644687)\n\n"
        "* **[A Vote-and-Verify Strategy for Fast Spatial Verification in Image Retrieval]**"
        " Johannes L. Schönberger. ACCV, 2016. [**[paper]**](https://arxiv.org/abs/1604.00001)\n"
    )
    titles = [t for _, t, _, _ in _read(text)]
    assert len(titles) == 2  # (the second entry kept, though its title is its author's name)
    assert titles[0] == "Functional tensor singular value decomposition"


def test_review_963_a_kept_pdf_named_by_dotted_words_is_the_paper():
    """Review 963 (F1): ``[[PDF]](Dropout.A.Simple.Way.to.Prevent.Overfitting.pdf)``,
    ``[[PDF]](mnih.et.al.2013.pdf)``: three dotted words or more name a paper's file (not
    ``proposal.cs224n.2023.pdf``, review 962)."""
    text = (
        "- Dropout: A Simple Way to Prevent Overfitting [[PDF]](Dropout.A.Simple.Way.to.Prevent.Overfitting.pdf)\n"
        "- Playing Atari with Deep Reinforcement Learning [[PDF]](mnih.et.al.2013.pdf)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Dropout: A Simple Way to Prevent Overfitting",
        "Playing Atari with Deep Reinforcement Learning",
    ]


def test_review_963_a_short_apa_title_before_a_venues_sentence():
    """Review 963 (F2): ``(2017). Deep sets. Advances in neural information processing
    systems, 30.``, ``(2016). XGBoost. In Proceedings of the 22nd ACM SIGKDD.``: the short
    title before a venue's sentence."""
    text = (
        "- Zaheer, M., et al. (2017). Deep sets. Advances in neural information processing systems, 30. [pdf](https://arxiv.org/abs/1703.06114)\n"
        "- Chen, T., & Guestrin, C. (2016). XGBoost. In Proceedings of the 22nd ACM SIGKDD. [paper](https://arxiv.org/abs/1603.02754)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == ["Deep sets", "XGBoost"]


def test_review_963_examples_or_samples_beside_another_label_is_a_label():
    """Review 963 (F3): ``[[Code & Examples]](github) [WaveNet: ...](arxiv)``, ``[Demo
    Samples](page) | [Glow-TTS](arxiv)``: labels, not titles; ``[Paper and Examples](arxiv)``
    is no entry of its own."""
    text = (
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762) (2017)\n"
        "- [[Code & Examples]](https://github.com/a/b) [WaveNet: A Generative Model for Raw Audio](https://arxiv.org/abs/1609.03499)\n"
        "- [Demo Samples](https://x.github.io/) | [Glow-TTS](https://arxiv.org/abs/2005.11129)\n"
        "- [Paper and Examples](https://arxiv.org/abs/2106.00001)\n"
    )
    titles = [t for _, t, _, _ in _read(text)]
    assert titles[1:3] == ["WaveNet: A Generative Model for Raw Audio", "Glow-TTS"]
    assert "Paper and Examples" not in titles


def test_review_963_model_names_ending_like_topics_still_name_their_papers():
    """Review 963 (F4): after ``### RoBERTa`` and ``### 2019 BART``, ``### Mistral``,
    ``### 2023 Mixtral`` and ``### Atlas`` name their papers (no year in the name); ``###
    Multimodal`` and ``### 2023 Agents`` name none."""
    text = _NAMED + (
        "### Mistral\n- **2023-10-10**\n- https://arxiv.org/pdf/2310.06825\n"
        "### 2023 Mixtral\n- **2023-12-11**\n- https://arxiv.org/pdf/2401.04088\n"
        "### Atlas\n- **2022-08-05**\n- https://arxiv.org/pdf/2208.03299\n"
        "### Multimodal\n- **2023-04-17**\n- https://arxiv.org/pdf/2304.08485\n"
        "### 2023 Agents\n- **2023-04-18**\n- https://arxiv.org/pdf/2304.08486\n"
    )
    assert [t for _, t, _, _ in _read(text)][2:] == ["Mistral", "Mixtral", "Atlas", "", ""]


def test_review_963_a_titles_own_sentences_with_two_short_words_are_no_journal():
    """Review 963 (F6): ``[Mixture of Experts. Why Not Just Use Dense Models. Pt. Iii](…)``:
    two abbreviated-looking words among eight are the title's own."""
    text = "- [Mixture of Experts. Why Not Just Use Dense Models. Pt. Iii](https://arxiv.org/abs/2101.00005)\n"
    assert [t for _, t, _, _ in _read(text)] == [
        "Mixture of Experts. Why Not Just Use Dense Models. Pt. Iii"
    ]


def test_authors_named_et_al_after_a_year_before_a_colon_are_cut():
    """quantum-computing-papers: ``* 1995 Monroe et al: Demonstration of a Fundamental Quantum
    Logic Gate``, ``* 1995 Bennet et al: Elementary gates ...``, in the list whose items open
    with their years: the authors before the colon are no part of the title, and the year
    stays the entry's (names joined by a slash are not read as authors: review 964)."""
    text = (REAL / "fresh731__andrewbirkett__quantum" / "list.md").read_text("utf-8")
    read = {line: (t, y) for line, t, y, _ in _read(text)}
    assert read[31] == ("Demonstration of a Fundamental Quantum Logic Gate", 1995)
    assert read[39] == ("Elementary gates for quantum computation", 1995)


def test_words_joined_by_a_slash_before_a_colon_stay_in_the_title():
    """Guard: ``Input/Output: Theory of Things``, ``TCP/IP: A Study``: no names, no year."""
    text = (
        "- [Input/Output: Theory of Things](https://arxiv.org/abs/1901.00023)\n"
        "- [TCP/IP: A Study of Congestion](https://arxiv.org/abs/1901.00024)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Input/Output: Theory of Things",
        "TCP/IP: A Study of Congestion",
    ]


def test_names_then_a_title_sentence_then_a_venue_and_a_year_sentence():
    """3W citations: ``1. R.E.V. Vargas, C.J. Munaro, P.M. Ciarelli. Title. I Congresso
    Brasileiro em Engenharia de Sistemas em Processos. 2019. https://…``, ``1. I.M.N. Oliveira.
    Title. Universidade Federal do Espírito Santo. Dissertação. 2020. https://…``: the title is
    the sentence after the names."""
    text = (
        "1. R.E.V. Vargas, C.J. Munaro, P.M. Ciarelli. A methodology for generating datasets for"
        " anomaly detectors in oil wells. I Congresso Brasileiro em Engenharia de Sistemas em"
        " Processos. 2019. https://arxiv.org/abs/1901.00025.\n\n"
        "1. I.M.N. Oliveira. Técnicas de inferência e previsão de dados como suporte à análise."
        " Universidade Federal do Espírito Santo. Dissertação. 2020. https://arxiv.org/abs/2001.00026.\n"
    )
    assert [(t, y) for _, t, y, _ in _read(text)] == [
        ("A methodology for generating datasets for anomaly detectors in oil wells", 2019),
        ("Técnicas de inferência e previsão de dados como suporte à análise", 2020),
    ]


def test_review_964_dotted_names_of_a_course_or_a_cv_are_no_papers():
    """Review 964 (F2): ``[PDF](Course.Syllabus.Spring.pdf)``, ``[PDF](john.doe.cv.pdf)``,
    ``[PDF](Quick.Start.Guide.pdf)``: dotted words that call the file no paper."""
    text = (
        "- [A Paper Kept Here](https://arxiv.org/abs/2101.00005)\n"
        "- Course syllabus for spring [PDF](Course.Syllabus.Spring.pdf)\n"
        "- My CV [PDF](john.doe.cv.pdf)\n"
        "- Quick start [PDF](Quick.Start.Guide.pdf)\n"
    )
    assert [t for _, t, _, _ in _read(text)] == ["A Paper Kept Here"]


def test_review_964_a_subtitle_or_an_abbreviation_before_a_year_sentence_stays():
    """Review 964 (F3, F4): ``J. Doe, K. Lee. Reinforcement Learning. An Introduction. MIT
    Press. 2018.``, ``A. Smith, B. Jones. Robotic exploration of Mt. Everest glaciers. IROS
    Workshop. 2019.``: a title is cut after the names only before a venue's sentence."""
    text = (
        "1. J. Doe, K. Lee. Reinforcement Learning. An Introduction. MIT Press. 2018. https://arxiv.org/abs/1801.00031\n"
        "2. A. Smith, B. Jones. Robotic exploration of Mt. Everest glaciers. IROS Workshop. 2019. https://arxiv.org/abs/1901.00032\n"
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Reinforcement Learning. An Introduction",
        "Robotic exploration of Mt. Everest glaciers",
    ]


def test_review_964_an_acronym_with_dots_is_no_authors_initials():
    """Review 964 (F5): ``[A.I. Superpowers. China, Silicon Valley, and the New World
    Order](…)``: ``A.I.`` is no author's initials."""
    text = "- [A.I. Superpowers. China, Silicon Valley, and the New World Order](https://arxiv.org/abs/1801.00033)\n"
    assert [t for _, t, _, _ in _read(text)] == [
        "A.I. Superpowers. China, Silicon Valley, and the New World Order"
    ]


def test_review_964_tools_joined_by_a_slash_after_a_year_are_no_authors():
    """Review 964 (F6): ``* 2019 Encoder/Decoder: Attention models for neural translation``:
    a pair of ideas, not authors; its words stay before the colon."""
    text = "* 2019 Encoder/Decoder: Attention models for neural translation <https://arxiv.org/abs/1901.00034>\n"
    ((title, short),) = _named(text)
    assert "Encoder/Decoder" in f"{short} {title}"


def test_review_964_an_abbreviated_transactions_name_is_cut():
    """Review 964 (F7): ``[Learning Deep Features. IEEE Trans. Neural Networks Learning
    Syst.](…)``: an abbreviated journal that opens with ``IEEE Trans.``."""
    text = "- [Learning Deep Features. IEEE Trans. Neural Networks Learning Syst.](https://arxiv.org/abs/1801.00035)\n"
    assert [t for _, t, _, _ in _read(text)] == ["Learning Deep Features"]


def test_review_964_model_names_of_two_words_and_topic_nouns_under_dated_headings():
    """Review 964 (F1): after named headings, ``### Stable Diffusion`` and ``### Switch
    Transformers`` name their papers; ``### Tokenization`` and ``### Robustness`` name none."""
    text = _NAMED + (
        "### Stable Diffusion\n- **2021-12-20**\n- https://arxiv.org/pdf/2112.10752\n"
        "### Switch Transformers\n- **2021-01-11**\n- https://arxiv.org/pdf/2101.03961\n"
        "### Tokenization\n- **2023-04-17**\n- https://arxiv.org/pdf/2304.08485\n"
        "### Robustness\n- **2023-04-18**\n- https://arxiv.org/pdf/2304.08486\n"
    )
    assert [t for _, t, _, _ in _read(text)][2:] == [
        "Stable Diffusion",
        "Switch Transformers",
        "",
        "",
    ]


def test_an_ieee_reference_wrapped_over_a_cells_lines_is_titled_by_its_quote():
    """lingvo's publications (bibtex2html): a ``<td>`` of names over two lines, then
    ``&ldquo;Title`` / ``rest of it,&rdquo; in <em>Venue</em>, 2019.``: the quoted title."""
    text = (
        '<table>\n\n<tr valign="top">\n<td align="right" class="bibtexnumber">\n'
        '[<a name="jia2019leveraging">2</a>]\n</td>\n<td class="bibtexitem">\n'
        "Y.&nbsp;Jia, M.&nbsp;Johnson, W.&nbsp;Macherey, R.&nbsp;J. Weiss, Y.&nbsp;Cao, C.&nbsp;C. Chiu,\n"
        "  S.&nbsp;Laurenzo, and Y.&nbsp;Wu, &ldquo;Leveraging weakly supervised data to improve\n"
        "  end-to-end speech-to-text translation,&rdquo; in <em>Proc. ICASSP</em>, 2019.\n"
        '[&nbsp;<a href="https://arxiv.org/abs/1811.02050">pdf</a>&nbsp;]\n\n</td>\n</tr>\n</table>\n'
    )
    assert [t for _, t, _, _ in _read(text)] == [
        "Leveraging weakly supervised data to improve end-to-end speech-to-text translation"
    ]


def test_a_markdown_note_in_the_lists_own_repository_is_no_code():
    """easy-rl's papers table: ``Title (**PER**) [[Markdown]](github.com/o/r/blob/master/
    papers/DQN/Prioritized%20Experience%20Replay.md)``: the list's note on the paper."""
    text = (
        "| Category | Title | Link |\n|---|---|---|\n"
        "| DQN | Prioritized Experience Replay (**PER**) [[Markdown]](https://github.com/datawhalechina/"
        "easy-rl/blob/master/papers/DQN/Prioritized%20Experience%20Replay.md) | https://arxiv.org/abs/1511.05952 |\n"
    )
    assert [c for _, _, _, c in _read(text)] == [None]


def test_a_day_linked_to_the_lists_own_note_is_the_day_it_was_read():
    """thaliaarchi's reading list: ``- [2023-03-09](topics/x.md):`` over ``[“Title”](url)
    (Stephen Dolan, 2013)``: the paper's year is its citation's, not the reading day's."""
    text = (
        "## 2023\n\n- [2023-03-09](topics/unexpected_turing.md):\n"
        "  [“`mov` is Turing-complete”](https://arxiv.org/abs/1301.00036)\n  (Stephen Dolan, 2013)\n"
    )
    assert [y for _, _, y, _ in _read(text)] == [2013]
