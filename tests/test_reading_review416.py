"""Regressions a helper found by probing the fresh416-424 rules (24 probes, 8 regressions), and
the description rule that came after them, each held by a test that fails on 09e43af (the
reviewed commit) or on the reader before the rule."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title")
_years = reader("title", "year")
_dated = reader("title", "year", "venue")


def test_two_authors_after_the_title_before_a_dash_are_a_byline():
    """``Title, Jane Smith, John Doe - Journal of Machine Learning Research``: the words after
    the comma run on past a dash, so they are names and a venue, not the title's own phrase."""
    text = (
        "- Deep Learning for Credit Scoring, Jane Smith, John Doe - Journal of Machine Learning "
        "Research [[paper]](https://arxiv.org/abs/2101.00001)\n"
        "- Gradient Boosting for Loan Default, Wei Zhang, Li Na - a survey of learning methods "
        "[[paper]](https://arxiv.org/abs/2101.00003)\n"
    )
    assert _titles(text) == [
        ("Deep Learning for Credit Scoring",),
        ("Gradient Boosting for Loan Default",),
    ]


def test_only_a_range_s_years_are_no_date():
    """``from 2016 to 2021`` and ``from 2018 to now`` span years; ``Accepted to 2023 IEEE
    ...`` and ``A classic paper from 2014`` date their entries."""
    text = (
        "- [Robust Visual-Inertial SLAM in Low Light](https://ieeexplore.ieee.org/document/10160001)"
        " - Accepted to 2023 IEEE International Conference on Robotics and Automation (ICRA).\n"
        "- [Sequence to Sequence Learning with Neural Networks](https://arxiv.org/abs/1409.3215)"
        " - A classic paper from 2014 that introduced encoder-decoder LSTMs.\n"
        "- [Credit scoring methods: Latest trends](https://doi.org/10.1016/j.jfds.2022.01.001)"
        " - Reviews research from 2016 to 2021.\n"
        "- [Spoken Language Recognition: from fundamental to practice]"
        "(https://ieeexplore.ieee.org/document/6451097) (from 2018 to now, always updated)\n"
    )
    assert _years(text) == [
        ("Robust Visual-Inertial SLAM in Low Light", 2023),
        ("Sequence to Sequence Learning with Neural Networks", 2014),
        ("Credit scoring methods: Latest trends", None),
        ("Spoken Language Recognition: from fundamental to practice", None),
    ]


def test_italics_that_are_an_award_a_status_or_a_phrase_name_no_venue():
    """``*Best Paper 2021*``, ``*Under Review 2024*`` and ``*The Arctic in 2050*`` (a year
    closing a preposition) after a title's comma are no venue. (Two surnames in italics,
    ``*Kingma and Ba 2015*``, read like a journal's name, ``*Energy and Buildings*``, and
    stay one.)"""
    text = (
        "- Active neural mapping for scalable scenes, *Under Review 2024*. "
        "[[Paper](https://arxiv.org/abs/2401.00011)]\n"
        "- Deep learning for sea ice forecasting, *The Arctic in 2050*. "
        "[[Paper](https://arxiv.org/abs/2104.00021)]\n"
        "- Segment anything in any image, *Best Paper 2023*. "
        "[[Paper](https://arxiv.org/abs/2304.02643)]\n"
    )
    venues = [venue for _, _, venue in _dated(text)]
    assert venues == [None, None, None]


def test_a_google_scholar_mla_citation_with_a_short_quoted_title():
    """``LeCun, Yann, ... ["Deep learning."](url) Nature 521.7553 (2015): 436-444.``: the
    quoted link text is the title, however short; the citation's tail gives the year."""
    text = (
        "- LeCun, Yann, Yoshua Bengio, and Geoffrey Hinton. "
        '["Deep learning."](https://www.nature.com/articles/nature14539) Nature 521.7553 (2015): '
        "436-444.\n"
        '- Lehmann, Daniel, and Michael Pradel. ["Wasabi."](https://arxiv.org/abs/1808.10652) '
        "arXiv preprint arXiv:1808.10652 (2018).\n"
    )
    assert _years(text) == [("Deep learning", 2015), ("Wasabi", 2018)]


def test_an_academia_topic_page_is_no_paper():
    """``www.academia.edu/Documents/in/<Topic>`` lists papers; only ``/<id>/<slug>`` is one."""
    text = (
        "- [A comprehensive review of Value at Risk methodologies]"
        "(https://www.academia.edu/22241759/A_comprehensive_review_of_Value_at_Risk_methodologies)\n"
        "- [Financial Risk Management papers on Academia.edu]"
        "(https://www.academia.edu/Documents/in/Financial_Risk_Management)\n"
    )
    assert _titles(text) == [("A comprehensive review of Value at Risk methodologies",)]


def test_a_byline_written_et_dot_al_after_the_title_goes():
    """``Deep Hedging of Derivatives under Frictions, Buehler et. al, 2019 [[pdf]]``."""
    text = (
        "- Deep Hedging of Derivatives under Frictions, Buehler et. al, 2019 "
        "[[pdf]](https://arxiv.org/abs/1802.03042)\n"
    )
    assert _years(text) == [("Deep Hedging of Derivatives under Frictions", 2019)]


def test_a_capitalised_word_and_a_number_opening_a_link_text_is_no_venue_tag():
    """``[Tip 20 - Writing ...]``: a venue in lower case opens a link text (``acl.2022 -``),
    but ``Tip 20`` is no ``TIP`` (the case-blind pattern took it)."""
    text = "- [Tip 20 - Writing Reproducible Research Code](https://doi.org/10.1371/j.pcbi.1)\n"
    assert _titles(text) == [("Tip 20 - Writing Reproducible Research Code",)]


def test_what_the_named_thing_does_after_a_colon_is_no_title():
    """``**UnO**: Learns a continuous 4D occupancy field ...``: one sentence in lower case
    opening with what the thing does (its verb and an article), so the name is the title; a
    sentence-case title after the colon stays, also one shaped like a description (``**MedPaLM
    2**: Towards expert-level ...``, ``**AlphaZero**: A general reinforcement learning
    algorithm that masters chess ...``, a third review's probe)."""
    text = (
        "- **UnO**: Learns a continuous 4D occupancy field from unlabeled LiDAR sequences over "
        "time. [[paper]](https://arxiv.org/abs/2406.08691)\n"
        "- **MedPaLM 2**: Towards expert-level medical question answering with large language "
        "models. [paper](https://arxiv.org/abs/2305.09617)\n"
        "- **AlphaZero**: A general reinforcement learning algorithm that masters chess, shogi, "
        "and Go through self-play. [[paper]](https://arxiv.org/abs/1712.01815)\n"
    )
    assert [t[0][:12] for t in _titles(text)] == ["UnO", "MedPaLM 2: T", "AlphaZero: A"]


# A second review (24 probes, 14 regressions) of the narrowed rules, at dbcc113.


def test_sentence_case_titles_after_a_colon_that_open_with_a_plural_noun_stay_titles():
    """``**KnowNo**: Robots that ask for help: ...``, ``**HSTU**: Actions speak louder than
    words: ...``, ``**MSGS**: Learning which features matter: ...``: a plural noun opening a
    title is no verb, and ``which features`` no clause saying what a thing does (nor, since a
    third review, ``A benchmark which measures ...``: titles are shaped so too)."""
    text = (
        "- **KnowNo**: Robots that ask for help: uncertainty alignment for large language model "
        "planners. [[paper]](https://arxiv.org/abs/2307.01928)\n"
        "- **HSTU**: Actions speak louder than words: trillion-parameter sequential transducers "
        "for generative recommendations. [[paper]](https://arxiv.org/abs/2402.17152)\n"
        "- **MSGS**: Learning which features matter: RoBERTa acquires a preference for "
        "linguistic generalizations (eventually). [[paper]](https://arxiv.org/abs/2010.05358)\n"
        "- **HELM**: A benchmark which measures language models across many scenarios and "
        "metrics. [[paper]](https://arxiv.org/abs/2211.09110)\n"
    )
    assert [t[0].split(":")[0] if ":" in t[0] else t[0] for t in _titles(text)] == [
        "KnowNo",
        "HSTU",
        "MSGS",
        "HELM",
    ]
    assert [len(t[0].split()) > 3 for t in _titles(text)] == [True, True, True, True]


def test_a_quoted_name_link_before_the_title_still_gives_the_title():
    """``[“ReAct”](arxiv) Synergizing Reasoning and Acting ...``: only a citation's tail
    (volume, issue, year and pages) after a quoted title is no title."""
    text = (
        "- [“ReAct”](https://arxiv.org/abs/2210.03629) Synergizing Reasoning and Acting in "
        "Language Models, ICLR 2023\n"
    )
    assert _titles(text) == [("Synergizing Reasoning and Acting in Language Models",)]


def test_a_dash_before_a_subtitle_keeps_the_listed_words_in_the_title():
    """``Multimodal Learning with Images, Text, Audio - A Survey`` (an en dash): it leads to a
    subtitle, not to a venue or a note, so ``, Text, Audio`` are the title's."""
    text = (
        "- Multimodal Learning with Images, Text, Audio – A Survey "
        "[[paper]](https://arxiv.org/abs/2305.00011)\n"
    )
    assert _titles(text) == [("Multimodal Learning with Images, Text, Audio – A Survey",)]


def test_open_ended_ranges_date_nothing():
    """``covers papers up to 2024``, ``reviews methods from 2015 onwards``."""
    text = (
        "- [A Survey of Large Language Models](https://arxiv.org/abs/2303.18223) - continuously "
        "updated, covers papers up to 2024.\n"
        "- [Deep Learning for Time Series Anomaly Detection: A Survey]"
        "(https://doi.org/10.1145/3691338) - reviews methods from 2015 onwards.\n"
    )
    assert [year for _, year in _years(text)] == [None, None]


def test_journals_in_italics_that_read_like_phrases_are_venues():
    """``*Physical Review Letters 2020*``, ``*The Astrophysical Journal 2021*``, ``*Energy
    and Buildings 2019*`` after a title's comma, and after a title that reads like names
    (``Look, Listen and Learn``)."""
    text = (
        "- Neural network quantum states for many-body physics, *Physical Review Letters 2020*. "
        "[[Paper](https://arxiv.org/abs/2001.00011)]\n"
        "- Machine learning in the search for new particles, *The Astrophysical Journal 2021*. "
        "[[Paper](https://arxiv.org/abs/2101.00012)]\n"
        "- Deep learning for building energy prediction, *Energy and Buildings 2019*. "
        "[[Paper](https://doi.org/10.1016/j.enbuild.2019.109440)]\n"
        "- Look, Listen and Learn, *International Conference on Computer Vision 2017*. "
        "[[Paper](https://arxiv.org/abs/1705.08168)]\n"
    )
    assert [venue for _, _, venue in _dated(text)] == [
        "Physical Review Letters 2020",
        "The Astrophysical Journal 2021",
        "Energy and Buildings 2019",
        "International Conference on Computer Vision 2017",
    ]


def test_a_capitalised_venue_opening_a_link_text_is_cut():
    """``[Neurips 2022 - Title](url)``, ``[Siggraph 2023 - Title](url)``."""
    text = (
        "- [Neurips 2022 - Elucidating the Design Space of Diffusion-Based Generative Models]"
        "(https://arxiv.org/abs/2206.00364)\n"
        "- [Siggraph 2023 - 3D Gaussian Splatting for Real-Time Radiance Field Rendering]"
        "(https://arxiv.org/abs/2308.04079)\n"
    )
    assert _years(text) == [
        ("Elucidating the Design Space of Diffusion-Based Generative Models", 2022),
        ("3D Gaussian Splatting for Real-Time Radiance Field Rendering", 2023),
    ]


# A third review (27 probes, 12 regressions) of the rules at f7536b2.


def test_a_quoted_name_before_a_title_opening_with_in_keeps_the_title():
    """``[“Triplet Loss”](url) In Defense of the Triplet Loss ...``: ``In`` opens a title; only
    ``In Proc.``/``Proceedings`` open a citation's tail."""
    text = (
        "- [“Triplet Loss”](https://arxiv.org/abs/1703.07737) In Defense of the Triplet Loss "
        "for Person Re-Identification, arXiv 2017\n"
    )
    assert _titles(text) == [("In Defense of the Triplet Loss for Person Re-Identification",)]


def test_a_dash_before_a_review_subtitle_keeps_the_title_whole():
    """``..., Text, Audio Data - A Review`` (an en dash): a subtitle opening with an article is
    no venue."""
    text = (
        "- Multimodal Learning with Images, Text, Audio Data – A Review "
        "[[paper]](https://arxiv.org/abs/2305.00012)\n"
    )
    assert _titles(text) == [("Multimodal Learning with Images, Text, Audio Data – A Review",)]


def test_more_open_ranges_date_nothing():
    """``from 2018 till now``, ``from 2016 to the present``, ``from 2016 through 2021``,
    ``from 2018 - 2023`` (an en dash)."""
    text = (
        "- [Spoken Language Recognition](https://ieeexplore.ieee.org/document/6451097) (papers "
        "from 2018 till now)\n"
        "- [Credit scoring methods](https://doi.org/10.1016/j.jfds.2022.01.001) - research from "
        "2016 to the present.\n"
        "- [Credit risk trends](https://doi.org/10.1016/j.jfds.2022.01.002) - research from 2016 "
        "through 2021.\n"
        "- [Awesome Mamba Papers](https://doi.org/10.1016/j.jfds.2022.01.003) (from 2018 – 2023)\n"
    )
    assert [year for _, year in _years(text)] == [None, None, None, None]


def test_journals_whose_names_hold_award_like_words_are_venues():
    """``*Best Practice & Research Clinical Gastroenterology 2021*``, ``*Oral Oncology 2021*``."""
    text = (
        "- Machine learning in colonoscopy, *Best Practice & Research Clinical Gastroenterology "
        "2021*. [[Paper](https://doi.org/10.1016/j.bpg.2021.101001)]\n"
        "- Deep learning for oral cancer detection in photographs, *Oral Oncology 2021*. "
        "[[Paper](https://doi.org/10.1016/j.oraloncology.2021.105001)]\n"
    )
    assert [(year, venue) for _, year, venue in _dated(text)] == [
        (2021, "Best Practice & Research Clinical Gastroenterology 2021"),
        (2021, "Oral Oncology 2021"),
    ]


def test_a_venue_in_any_case_opens_a_link_text():
    """``[NeurIps 2022 - Title]``, ``[Siggraph Asia 2023 - Title]``, ``[Usenix Security 2023 -
    Title]``: a known venue in a list's own casing (words like ``Tip`` excepted)."""
    text = (
        "- [NeurIps 2022 - Elucidating the Design Space of Diffusion-Based Generative Models]"
        "(https://arxiv.org/abs/2206.00364)\n"
        "- [Siggraph Asia 2023 - Text-Guided Synthesis of Eulerian Cinemagraphs]"
        "(https://arxiv.org/abs/2307.03190)\n"
        "- [Usenix Security 2023 - Extracting Training Data from Diffusion Models]"
        "(https://arxiv.org/abs/2301.13188)\n"
    )
    assert _years(text) == [
        ("Elucidating the Design Space of Diffusion-Based Generative Models", 2022),
        ("Text-Guided Synthesis of Eulerian Cinemagraphs", 2023),
        ("Extracting Training Data from Diffusion Models", 2023),
    ]


# A fourth review (22 probes over the whole session's rules, against 225df27).


def test_names_then_a_venue_after_a_title_are_cut_even_with_title_words():
    """``Title, F. Scarselli, M. Gori IEEE Transactions on Neural Networks``, ``Title, Yann
    LeCun, Yoshua Bengio in The Handbook of ... Neural Networks``, ``Title, Wei Zhang, Li Na
    Nature Machine Intelligence``: the words run on to a venue, not as the title's phrase."""
    text = (
        "- The graph neural network model, F. Scarselli, M. Gori IEEE Transactions on Neural "
        "Networks [[paper]](https://ieeexplore.ieee.org/document/4700287)\n"
        "- Convolutional networks for images speech and time series, Yann LeCun, Yoshua Bengio "
        "in The Handbook of Brain Theory and Neural Networks "
        "[[paper]](https://www.researchgate.net/publication/2453996)\n"
        "- Fairness in credit scoring, Wei Zhang, Li Na Nature Machine Intelligence "
        "[[paper]](https://arxiv.org/abs/2101.00052)\n"
    )
    assert _titles(text) == [
        ("The graph neural network model",),
        ("Convolutional networks for images speech and time series",),
        ("Fairness in credit scoring",),
    ]


def test_a_heading_s_venue_beats_an_italic_note_and_a_month_in_italics_is_a_date():
    """``## NeurIPS 2020`` over ``Title, *Vancouver 2020*``: the heading names the venue;
    ``Title, *Apr 2023*`` closes the title with a date that names no venue."""
    text = (
        "## NeurIPS 2020\n\n"
        "- Principal neighbourhood aggregation for graph nets, *Vancouver 2020*. "
        "[[Paper](https://arxiv.org/abs/2004.05718)]\n\n"
        "## 2023\n\n"
        "- Generative agents: interactive simulacra of human behavior, *Apr 2023*. "
        "[[Paper](https://arxiv.org/abs/2304.03442)]\n"
    )
    assert _dated(text) == [
        ("Principal neighbourhood aggregation for graph nets", 2020, "NeurIPS 2020"),
        ("Generative agents: interactive simulacra of human behavior", 2023, None),
    ]


def test_a_glued_venue_tag_with_a_note_after_a_full_stop_dates_the_entry():
    """``(iccv2019.oral)``: the tag's year, a note after it."""
    text = (
        "- Omni-scale feature learning for person re-identification (iccv2019.oral) "
        "[[paper]](https://arxiv.org/abs/1905.00953)\n"
    )
    assert _years(text) == [("Omni-scale feature learning for person re-identification", 2019)]


def test_a_version_number_in_brackets_after_a_quoted_name_is_no_citation_tail():
    """``[“GPT-3.5”](url) A Comprehensive ... GPT-3.5 (ChatGPT) Series Models``."""
    text = (
        "- [“GPT-3.5”](https://arxiv.org/abs/2303.10420) A Comprehensive Capability Analysis of "
        "GPT-3 and GPT-3.5 (ChatGPT) Series Models\n"
    )
    assert _titles(text) == [
        ("A Comprehensive Capability Analysis of GPT-3 and GPT-3.5 (ChatGPT) Series Models",)
    ]


def test_a_title_s_own_list_of_products_is_no_names():
    """``..., Google Earth, Bing Maps, Apple Maps``: half of them plural, so things."""
    text = (
        "- Object Detection in Aerial Images, Satellite Video, Google Earth, Bing Maps, Apple Maps "
        "[[paper]](https://arxiv.org/abs/2101.00091)\n"
    )
    assert _titles(text) == [
        ("Object Detection in Aerial Images, Satellite Video, Google Earth, Bing Maps, Apple Maps",)
    ]
