"""Layouts first seen in the fresh404-415 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title")
_dated = reader("title", "year", "venue")


def test_a_link_s_hover_text_dates_the_entry():
    """``[[paper]](url "CVPR2018")``: the venue and year only in the paper link's hover
    text (a face-recognition list); a hover text on a code link that names a framework
    (``"MXNet"``) or a long one that reads like a sentence dates nothing."""
    text = (
        "- **ArcFace**: Additive Angular Margin Loss for Deep Face Recognition "
        '[[paper]](https://arxiv.org/abs/1801.07698 "CVPR2019") '
        '[[code]](https://github.com/deepinsight/insightface "MXNet")\n'
        "- **EigenFace(PCA)**: Face recognition using eigenfaces "
        '[[paper]](http://www.cs.ucsb.edu/~mturk/Papers/mturk-CVPR91.pdf "CVPR1991")\n'
        "- **SphereFace**: Deep Hypersphere Embedding for Face Recognition "
        '[[paper]](https://example.org/sphereface.pdf "Read the paper we wrote in 2017 here")\n'
        '- **CosFace**: Large Margin Cosine Loss [[paper]](https://example.org/c.pdf "MXNet")\n'
    )
    assert _dated(text) == [
        ("ArcFace: Additive Angular Margin Loss for Deep Face Recognition", 2019, "CVPR 2019"),
        ("EigenFace(PCA): Face recognition using eigenfaces", 1991, "CVPR 1991"),
        ("SphereFace: Deep Hypersphere Embedding for Face Recognition", None, None),
        ("CosFace: Large Margin Cosine Loss", None, None),
    ]


def test_an_html_link_s_title_attribute_is_its_hover_text():
    """``<a href="..." title="ICCV2015">``: the same hover text written in HTML."""
    text = (
        '<p>Deep Learning Face Attributes in the Wild <a href="https://example.org/celeba.pdf" '
        'title="ICCV2015">paper</a></p>\n'
    )
    assert _dated(text) == [("Deep Learning Face Attributes in the Wild", 2015, "ICCV 2015")]


def test_figures_glued_to_the_title_in_brackets_are_no_part_of_it():
    """``Deep Face Recognition(**2.6k people in 2.6M images**)``: a dataset's size in
    brackets glued to the title's last word; one set apart by a space stays."""
    text = (
        "- **VGGFace**: Deep Face Recognition(**2.6k people in 2.6M images**) "
        "[[paper]](http://www.robots.ox.ac.uk/~vgg/publications/2015/Parkhi15/parkhi15.pdf)\n"
        "- [Wide Residual Networks (16 layers deep here)](https://arxiv.org/abs/1605.07146)\n"
    )
    assert _titles(text) == [
        ("VGGFace: Deep Face Recognition",),
        ("Wide Residual Networks (16 layers deep here)",),
    ]


def test_a_heading_that_names_its_paper_takes_the_title_of_the_citation_under_it():
    """``#### Theme Transfomer`` over ``Shih, Y. J., ... (2022). Theme Transformer:
    Symbolic Music Generation with ... IEEE Transactions on Multimedia.`` and ``[Paper]``:
    the heading is the paper's short name, the APA citation under it gives the title. A
    citation that shares no word with the heading (another paper) leaves the heading, and
    so does a heading of more than five words."""
    text = (
        "#### Theme Transfomer\n\n"
        "Shih, Y. J., Wu, S. L., Zalkow, F., Muller, M., & Yang, Y. H. (2022). Theme "
        "Transformer: Symbolic Music Generation with Theme-Conditioned Transformer. IEEE "
        "Transactions on Multimedia.\n\n"
        "[Paper](https://arxiv.org/abs/2111.04093) [GitHub](https://github.com/a/b)\n\n"
        "#### Chorale Composer\n\n"
        "Liang, F. T., Gotham, M., & Shotton, J. (2017, October). Automatic Stylistic "
        "Composition of Bach Music with Deep LSTM. In ISMIR (pp. 449-456).\n\n"
        "[Paper](https://www.microsoft.com/en-us/research/publication/bachbot/)\n\n"
        "#### Music Generation with Diffusion Models in the Symbolic Domain\n\n"
        "Mittal, G., Engel, J., Hawthorne, C., & Simon, I. (2021). Symbolic music "
        "generation with diffusion models. arXiv preprint arXiv:2103.16091.\n\n"
        "[Paper](https://arxiv.org/abs/2103.16091)\n"
    )
    assert _titles(text) == [
        ("Theme Transformer: Symbolic Music Generation with Theme-Conditioned Transformer",),
        ("Chorale Composer",),
        ("Music Generation with Diffusion Models in the Symbolic Domain",),
    ]


def test_a_title_before_authors_written_with_initials_and_a_venue_s_year():
    """``Title. Conaire, C.O. and O'Connor, N.E. and Cooke, E. ICIF 2006.``: the full stop
    after the last initial ends no sentence, so the names and the venue ran into the title.
    A second sentence in title words (``Part Two Of Things``) or one person stays."""
    text = (
        "* Comparison of fusion methods for thermo-visual surveillance tracking. Conaire, "
        "C.O. and O'Connor, N.E. and Cooke, E. and Smeaton, A.F. ICIF 2006. "
        "[[paper](https://ieeexplore.ieee.org/abstract/document/4085904)]\n"
        "* The influence of multi-sensor video fusion on object tracking using a particle "
        "filter. Mihaylova L., Loza A., Nikolov S. G., Bull D. R. INFORMATIK 2006 "
        "[[paper](https://dl.gi.de/items/016d794a)]\n"
        "* Learning Deep Features. Part Two Of Things. CVPR 2020 [[paper](https://e.org/a.pdf)]\n"
    )
    assert _dated(text) == [
        ("Comparison of fusion methods for thermo-visual surveillance tracking", 2006, "ICIF 2006"),
        (
            "The influence of multi-sensor video fusion on object tracking using a particle filter",
            2006,
            "INFORMATIK 2006",
        ),
        ("Learning Deep Features. Part Two Of Things", 2020, "CVPR 2020"),
    ]


def test_a_review_is_no_person_s_name_after_a_title():
    """``NeRF: ..., A Comprehensive Review, Gao et al., (Oct 1 2022)``: the authors are
    ``Gao et al.``; ``A Comprehensive Review`` is the title's, not a first author's name."""
    text = (
        "NeRF: Neural Radiance Field in 3D Vision, A Comprehensive Review, Gao et al., "
        "(Oct 1 2022) | [pdf](https://arxiv.org/abs/2210.00379)\n"
    )
    assert _titles(text) == [("NeRF: Neural Radiance Field in 3D Vision, A Comprehensive Review",)]


def test_journal_article_pages_of_jmir_and_elsevier_s_reader_are_papers():
    """``[JMIR 2020][Title](https://www.jmir.org/2020/10/e20891)`` and a link to Elsevier's
    reader (``reader.elsevier.com/reader/sd/pii/...``): the articles themselves; JMIR's home
    page is none."""
    text = (
        "- [JMIR 2020][Reliability and Performance Assessment of Federated Learning on "
        "Clinical Benchmark Data](https://www.jmir.org/2020/10/e20891)\n"
        "- [Neurocomputing 2021] [Federated learning on non-IID data: A survey]"
        "(https://reader.elsevier.com/reader/sd/pii/S0925231221013254?token=632A)\n"
        "- [A journal of medical internet research](https://www.jmir.org/)\n"
    )
    assert _titles(text) == [
        (
            "Reliability and Performance Assessment of Federated Learning on Clinical Benchmark Data",
        ),
        ("Federated learning on non-IID data: A survey",),
    ]


def test_news_that_the_list_s_survey_is_out_is_no_entry():
    """``### 📢 Survey paper available on arXiv now: **[[Paper](arxiv)]**``: the list's own
    survey announced, not an entry; a paper whose title says what is available stays."""
    text = (
        "### 📢 Survey paper available on arXiv now: **[[Paper](https://arxiv.org/pdf/2405.10255)]**\n\n"
        "## Papers\n\n"
        "- [Making Code Available Is Not Enough: Reproducibility in ML]"
        "(https://arxiv.org/abs/2101.00001)\n"
    )
    assert _titles(text) == [
        ("Making Code Available Is Not Enough: Reproducibility in ML",),
    ]


_years = reader("year", "venue")


def test_review_only_a_paper_link_s_hover_naming_a_venue_dates_the_entry():
    """The review's probes: an update, access or copyright date, a file's size, a code
    link's framework and year, a project link's venue, or ``PDF 2019`` in the hover text
    date nothing; a hover venue whose year the entry's text contradicts is no venue."""
    text = (
        "- **CenterLoss**: A Discriminative Feature Learning Approach for Deep Face "
        'Recognition [[paper]](https://example.org/centerloss.pdf "Updated 2024")\n'
        "- **MagFace**: A Universal Representation for Face Recognition and Quality "
        'Assessment [[paper]](https://example.org/magface.pdf "Last accessed 2023")\n'
        "- **AdaFace**: Quality Adaptive Margin for Face Recognition "
        '[[paper]](https://example.org/adaface.pdf "(c) 2022 IEEE")\n'
        "- **CosFace**: Large Margin Cosine Loss for Deep Face Recognition "
        '[[paper]](https://example.org/cosface.pdf) [[code]](https://github.com/a/cosface "PyTorch port, 2021")\n'
        '- **NormFace**: L2 Hypersphere Embedding <a href="https://example.org/n.pdf" '
        'title="Download PDF 2019">paper</a>\n'
        "- **SphereFace**: Deep Hypersphere Embedding for Face Recognition (2017) "
        '[[paper]](https://example.org/sphereface.pdf "CVPR2018")\n'
        "- **EfficientNet**: Rethinking Model Scaling for Convolutional Neural Networks "
        '[[paper]](https://example.org/effnet.pdf "v5, 11 Sep 2020")\n'
    )
    assert _years(text) == [(None, None)] * 5 + [(2017, None), (None, None)]


def test_review_a_heading_takes_only_the_title_of_a_citation_that_opens_with_its_name():
    """The review's probes: ``#### Pop Music Transformer`` over a citation of *Music
    Transformer* (related work), and ``#### Denoising Diffusion Models`` over the list's own
    survey (``Diffusion Models: A Comprehensive Survey ...``): other papers that share a
    later word; the headings stay the titles."""
    text = (
        "#### Pop Music Transformer\n\n"
        "Huang, C. Z. A., Vaswani, A., Uszkoreit, J., & Eck, D. (2018). Music Transformer: "
        "Generating Music with Long-Term Structure. In ICLR.\n\n"
        "[Paper](https://arxiv.org/abs/2002.00212) [GitHub](https://github.com/YatingMusic/remi)\n\n"
        "#### Denoising Diffusion Models\n\n"
        "Yang, L., Zhang, Z., Song, Y., & Yang, M. H. (2023). Diffusion Models: A "
        "Comprehensive Survey of Methods and Applications. ACM Computing Surveys.\n\n"
        "[Paper](https://arxiv.org/abs/2006.11239) [Code](https://github.com/hojonathanho/diffusion)\n"
    )
    assert _titles(text) == [("Pop Music Transformer",), ("Denoising Diffusion Models",)]


def test_review_a_survey_s_title_that_says_out_or_released_is_an_entry():
    """The review's probes: titles in a Surveys section that open like news (``A Survey
    Out of the Box: ...``, ``Paper Released Under Review Is Not Peer Reviewed: ...``,
    ``Survey Available Datasets for ...``) are papers."""
    text = (
        "## Surveys\n\n"
        "- A Survey Out of the Box: Agents in the Wild [[paper]](https://arxiv.org/abs/2401.00001)\n"
        "- Paper Released Under Review Is Not Peer Reviewed: Preprint Use in NLP "
        "[[paper]](https://arxiv.org/abs/2301.00002)\n"
        "- Survey Available Datasets for Agent Evaluation [[paper]](https://arxiv.org/abs/2310.00003)\n"
    )
    assert _titles(text) == [
        ("A Survey Out of the Box: Agents in the Wild",),
        ("Paper Released Under Review Is Not Peer Reviewed: Preprint Use in NLP",),
        ("Survey Available Datasets for Agent Evaluation",),
    ]


def test_the_italic_title_after_a_bold_name_and_a_dash_is_read_whole():
    """``**Marionette** — *Marionette: Predicting World States, Rendering Geometry, Painting
    Appearance*. arXiv 2026.``: the italics bound the title, commas and all (they had been
    cut at the first comma, read as names). A name echoed in brackets after the italics is
    cut; an italic title that neither names the bold one nor follows authors stays joined
    to it (``**Show and Tell** - *A Neural Image Caption Generator*``), and a venue in
    italics after a whole title in bold is no title (``— *Methods in Ecology and
    Evolution*, 2025``)."""
    text = (
        "- **Marionette** — *Marionette: Predicting World States, Rendering Geometry, "
        "Painting Appearance*. arXiv 2026. Predicts explicit articulated 3D state.\n"
        "  [Paper](https://arxiv.org/abs/2608.14530) · [Code](https://github.com/a/b)\n"
        "- **POMDP Coder** — *LLM-Guided Probabilistic Program Induction for POMDP Model "
        "Estimation*. 2025. Generates programs.\n"
        "  [Paper](https://arxiv.org/abs/2505.02216)\n"
        "- **[arXiv'26.01] LingBot-VA** — *Causal World Modeling for Robot Control "
        "(LingBot-VA)* [Paper](https://arxiv.org/abs/2601.00001)\n"
        "- **Show and Tell** - *A Neural Image Caption Generator*. CVPR 2015. "
        "[Paper](https://arxiv.org/abs/1411.4555)\n"
        "- **WildWing: An open-source, autonomous and affordable UAS for animal behaviour "
        "video monitoring** — *Methods in Ecology and Evolution*, 2025. "
        "[Paper](https://doi.org/10.1111/2041-210X.70018)\n"
    )
    assert _titles(text) == [
        ("Marionette: Predicting World States, Rendering Geometry, Painting Appearance",),
        ("LLM-Guided Probabilistic Program Induction for POMDP Model Estimation",),
        ("Causal World Modeling for Robot Control",),
        ("Show and Tell: A Neural Image Caption Generator",),
        (
            "WildWing: An open-source, autonomous and affordable UAS for animal behaviour "
            "video monitoring",
        ),
    ]


def test_review_italics_that_say_what_the_named_thing_does_are_no_title():
    """The review's probes: ``**DeiT** — *DeiT trains data-efficient image transformers
    through distillation*`` and ``**Flamingo** — *Flamingo, the visual language model that
    started it all*``: sentences about the name, not titles; italics wrapped over two lines
    keep the space at the break."""
    text = (
        "- **DeiT** — *DeiT trains data-efficient image transformers through distillation*. "
        "[Paper](https://arxiv.org/abs/2012.12877)\n"
        "- **Flamingo** — *Flamingo, the visual language model that started it all*. "
        "[Paper](https://arxiv.org/abs/2204.14198)\n"
        "- **Marionette** — *Marionette: Predicting World States,\n"
        "  Rendering Geometry, Painting Appearance*. [paper](https://arxiv.org/abs/2608.14530)\n"
    )
    assert _titles(text) == [
        ("DeiT",),
        ("Flamingo",),
        ("Marionette: Predicting World States, Rendering Geometry, Painting Appearance",),
    ]
