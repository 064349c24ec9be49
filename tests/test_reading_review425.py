"""Regressions two reviews found in the fresh425 rules (probes by helpers who had not seen
them), each held by a test that fails on the reviewed commit (0b0671e)."""

from __future__ import annotations

from tests.support.reading import reader

_titles = reader("title")
_years = reader("title", "year")


def test_a_name_and_its_year_before_a_comma_and_a_description_is_no_byline():
    """``- BERT (2018), a bidirectional Transformer encoder ...``, ``- PaLM (2022), Google
    Research``: a model's name and year before a comma are no authors; the description (or
    the maker) after them is no title. Only ``et al.`` or ``&`` makes surnames a byline."""
    text = (
        "- BERT (2018), a bidirectional Transformer encoder pre-trained by Google "
        "[paper](https://arxiv.org/abs/1810.04805)\n"
        "- PaLM (2022), Google Research [[paper]](https://arxiv.org/abs/2204.02311)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0].startswith("BERT") and titles[1].startswith("PaLM")


def test_a_journal_reference_in_a_note_after_the_date_or_a_score_dates_nothing():
    """``(March 25, 2020). Re-analyses the data of Phys. Lett. B 716 (2012) 1-29``, ``ResNet
    152 (2016) 78.3``, ``10:1 (2018)``: a reference in a note after the entry's date, a
    model's score and a match's score are no journal reference; the date stays the year."""
    text = (
        "- [Higgs couplings re-analysis](https://arxiv.org/abs/2003.11111) (March 25, 2020). "
        "Re-analyses the data of Phys. Lett. B 716 (2012) 1-29\n"
        "- [EfficientNet: Rethinking Model Scaling](https://arxiv.org/abs/1905.11946) (May 28, "
        "2019). Top-1 84.3 vs ResNet 152 (2016) 78.3\n"
        "- [AlphaStar: Grandmaster level in StarCraft II](https://www.nature.com/articles/"
        "s41586-019-1724-z) (Oct 30, 2019), beat TLO and MaNa 10:1 (2018) in exhibition\n"
    )
    assert [y for _, y in _years(text)] == [2020, 2019, 2019]


def test_a_proceedings_paper_on_indico_is_a_paper():
    """``indico.cern.ch/event/N/papers/N/files/...proceedings.pdf``: a paper the event
    publishes is a paper; only an Indico ``attachments/`` PDF is a talk's slides."""
    text = (
        "- [Fast simulation of a calorimeter with GANs](https://indico.cern.ch/event/773049/"
        "papers/3283543/files/8787-proceedings.pdf)\n"
    )
    assert _titles(text) == [("Fast simulation of a calorimeter with GANs",)]


def test_a_labelled_line_about_a_talk_or_a_summary_does_not_redate_the_paper():
    """``[Title](arxiv) [NeurIPS 2018]`` over ``Conference: talk at ICML 2022 workshop``;
    ``### Title`` over ``Paper: [arXiv](url) (NeurIPS 2017)`` and ``Published: our summary,
    March 2023``: the entry's own venue year stands."""
    text = (
        "- [Neural Tangent Kernel](https://arxiv.org/abs/1806.07572) [NeurIPS 2018]\n"
        "  - Conference: talk at ICML 2022 workshop on theory\n"
        "### Attention Is All You Need\n"
        "- Paper: [arXiv](https://arxiv.org/abs/1706.03762) (NeurIPS 2017)\n"
        "- Published: our summary, March 2023\n"
    )
    assert [y for _, y in _years(text)] == [2018, 2017]


def test_a_numbered_title_and_a_comment_on_an_arxiv_id_keep_their_words():
    """``[Understanding VAEs from Scratch (1)](url)`` (a series: ``(2)`` is another part),
    ``[Comment on: arXiv:1905.01234](url)``: the number and the ID are the titles' own."""
    text = (
        "- [Understanding VAEs from Scratch (1)](https://example.org/vae-1.pdf)\n"
        "- [Comment on: arXiv:1905.01234](https://arxiv.org/abs/1906.00001)\n"
    )
    assert _titles(text) == [
        ("Understanding VAEs from Scratch (1)",),
        ("Comment on: arXiv:1905.01234",),
    ]


def test_a_venue_glued_to_its_year_by_an_en_dash_dates_the_entry():
    """``[World Models](arxiv), NIPS<en dash>2018``: an en dash joins a venue and its year as a
    hyphen does (only a range's end after a year and a dash is no year)."""
    text = "- [World Models](https://arxiv.org/abs/1803.10122), NIPS–2018\n"
    assert _years(text) == [("World Models", 2018)]


def test_a_model_challenge_or_dataset_and_its_number_in_brackets_date_nothing():
    """``(CASP 14)``, ``(DPN 92)``, ``(ViT-H 16)``, ``(MS-COCO 17)``, ``(Kaggle Top 10)``,
    ``(Lecture Notes 12)``, and a journal's name and volume in a code span: no year."""
    text = (
        "- [Highly accurate protein structure prediction](https://www.nature.com/articles/"
        "s41586-021-03819-2) (CASP 14)\n"
        "- [Dual Path Networks](https://arxiv.org/abs/1707.01629) (DPN 92)\n"
        "- [Segment Anything](https://arxiv.org/abs/2304.02643) (ViT-H 16)\n"
        "- [Microsoft COCO Captions](https://arxiv.org/abs/1504.00325) (MS-COCO 17)\n"
        "- [1st Place Solution to the Shopee Challenge](https://arxiv.org/abs/2105.00001) "
        "(Kaggle Top 10)\n"
        "- [Convex Optimization for Machine Learning](https://arxiv.org/abs/2106.00001) "
        "(Lecture Notes 12)\n"
        "- Sequence to Sequence Learning with Neural Networks. `Advances in Neural Information "
        "Processing Systems 27` [[paper](https://arxiv.org/abs/1409.3215)]\n"
    )
    assert [y for _, y in _years(text)] == [None] * 7


def test_a_product_name_before_a_dblp_colon_and_a_model_s_size_stay_titles():
    """``[Code Llama: Open Foundation Models for Code. CoRR abs/2308.12950 (2023)](url)``:
    one name before DBLP's colon may be the title's (no authors cut); ``[[**BLOOM**](arxiv)]
    176B Open-Access Multilingual Language Model``: a parameter count after a model's name
    link describes it, the name stays the title."""
    text = (
        "* [Code Llama: Open Foundation Models for Code. CoRR abs/2308.12950 (2023)]"
        "(https://arxiv.org/abs/2308.12950)\n"
        "- [[**BLOOM**](https://arxiv.org/abs/2211.05100)] 176B Open-Access Multilingual "
        "Language Model\n"
    )
    assert _titles(text) == [("Code Llama: Open Foundation Models for Code",), ("BLOOM",)]


def test_a_dataset_glued_to_its_year_in_a_heading_dates_nothing():
    """``### ACE2005``, ``### TODO2024``: a dataset or a to-do group glued to a year is no
    venue heading; the papers under it keep no year."""
    text = (
        "### ACE2005\n"
        "- [Joint Event Extraction via Recurrent Neural Networks](https://aclanthology.org/"
        "N16-1034/)\n"
        "### TODO2024\n"
        "- [Scaling Instruction-Finetuned Language Models](https://arxiv.org/abs/2210.11416)\n"
    )
    assert [y for _, y in _years(text)] == [None, None]


def test_a_title_labelled_below_a_linked_title_or_after_a_talk_is_no_title():
    """``[DDPM](arxiv) (NeurIPS 2020)`` over ``Talk: [video]`` and ``Title: Diffusion Models
    Explained ...``; ``[Attention Is All You Need](arxiv)`` over ``Title: Reproducing ...``:
    a labelled title further down, or under a full linked title, is another work's."""
    text = (
        "* [DDPM](https://arxiv.org/abs/2006.11239) (NeurIPS 2020)\n"
        "  * Talk: [video](https://www.youtube.com/watch?v=abc)\n"
        "  * Title: Diffusion Models Explained in Ten Minutes\n"
        "- [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n\n"
        "  Title: Reproducing the Transformer on Small Budgets\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert "Diffusion Models Explained in Ten Minutes" not in titles
    assert titles[-1] == "Attention Is All You Need"


def test_a_status_before_a_quoted_title_under_a_byline_is_no_part_of_it():
    """``* Authors <br />`` over ``**Best Paper:** "Title"``: a status or a venue before the
    quoted title is no name of it; ``**TL;DR:** "what it does"`` is no title."""
    text = (
        "* Seijoon Kim, Seongsik Park, Byunggook Na, Sungroh Yoon <br />\n"
        '**Best Paper:** "Spiking Neural Network for Energy-Efficient Object Detection"\n'
        " [[paper](https://arxiv.org/pdf/1903.06530.pdf)]\n"
        "* Pengjie Gu, Rong Xiao, Gang Pan, Huajin Tang <br />\n"
        '**TL;DR:** "we train spiking networks with delayed feedback"\n'
        " [[paper](https://www.ijcai.org/proceedings/2019/0189.pdf)]\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0] == "Spiking Neural Network for Energy-Efficient Object Detection"
    assert "we train spiking networks with delayed feedback" not in titles[1]


def test_a_version_a_course_or_a_homework_number_in_a_tag_dates_nothing():
    """Second review: ``Title. `CUDA 12` ``, ``[Title](url) [CS 20]``, ``Title. [HW 12]``:
    an acronym the reader does not know and a number are a version, a course, a homework,
    not a venue's year (only known venues are dated so); the tag still leaves the title."""
    text = (
        "- Fast Kernels for Sparse Attention. `CUDA 12` [[paper](https://arxiv.org/abs/2301.00011)]\n"
        "- [Lecture notes on transformers](https://arxiv.org/abs/2301.00012) [CS 20]\n"
        "- Proving the Master Theorem Again. [HW 12] [[paper](https://arxiv.org/abs/2301.00013)]\n"
    )
    assert _years(text) == [
        ("Fast Kernels for Sparse Attention", None),
        ("Lecture notes on transformers", None),
        ("Proving the Master Theorem Again", None),
    ]


def test_a_quoted_title_and_the_words_after_it_stay_apart():
    """``"Neural ODEs" with Yulia Rubanova, NeurIPS 2018``, ``"Attention Is All You Need"
    for NeurIPS 2017``: the quoted part is the title; what follows describes it."""
    text = (
        '- ["Neural Ordinary Differential Equations" with Yulia Rubanova, NeurIPS 2018]'
        "(https://arxiv.org/abs/1806.07366)\n"
        '- ["Attention Is All You Need" for NeurIPS 2017](https://arxiv.org/abs/1706.03762)\n'
    )
    assert _titles(text) == [
        ("Neural Ordinary Differential Equations",),
        ("Attention Is All You Need",),
    ]


def test_a_model_s_size_after_a_journal_like_name_link_is_no_title():
    """``[[**JAIS**](arxiv)] 13B Arabic-Centric ...``: JAIS looks like a journal's acronym,
    but a number glued to its unit is the model's size: the name stays the title."""
    text = (
        "- [[**JAIS**](https://arxiv.org/abs/2308.16149)] 13B Arabic-Centric Foundation and "
        "Instruction-Tuned Models\n"
    )
    assert _titles(text) == [("JAIS",)]


def test_proceedings_on_indico_and_an_own_year_before_a_cited_reference_stand():
    """An Indico attachment named as proceedings is the paper; ``[Title](arxiv) (2019).
    Updates ... JHEP 01 (2017) 110``: the entry's own year before a reference it cites."""
    text = (
        "- Track reconstruction with graph networks [[paper](https://indico.cern.ch/event/"
        "742793/contributions/3274328/attachments/1821674/2979667/CTD2020_proceedings.pdf)]\n"
        "- [Higgs couplings combined](https://arxiv.org/abs/1902.00134) (2019). Updates the "
        "analysis of JHEP 01 (2017) 110.\n"
    )
    assert _years(text) == [
        ("Track reconstruction with graph networks", None),
        ("Higgs couplings combined", 2019),
    ]


def test_a_venue_line_that_is_a_room_or_a_keynote_does_not_redate_the_paper():
    """``- Authors: ... (NeurIPS 2018)`` over ``- Venue: Gates 104, February 3, 2023`` (the
    reading group's room and date); ``- Conference: NeurIPS 2022 workshop keynote`` under
    ``Preprint, March 2021; ICML 2021``: the paper's own year stands."""
    text = (
        "- [Neural Tangent Kernel](https://arxiv.org/abs/1806.07572)\n"
        "  - Authors: Jacot, Gabriel, Hongler (NeurIPS 2018)\n"
        "  - Venue: Gates 104, February 3, 2023\n"
        "- [Score-Based Generative Modeling through SDEs](https://arxiv.org/abs/2011.13456)\n"
        "  - Preprint, March 2021; ICML 2021\n"
        "  - Conference: NeurIPS 2022 workshop keynote by the authors\n"
    )
    assert [y for _, y in _years(text)] == [2018, 2021]


def test_an_issue_and_its_year_joined_by_an_en_dash_date_the_entry():
    """``tech report 12<en dash>2017``: an issue number, a dash and a year; only a year
    after another year and a dash (a range's end, ``pp. 1979-1993``) is no year."""
    text = "- [Grid Search Considered Harmful](https://example.org/tr.pdf), tech report 12–2017\n"
    assert _years(text) == [("Grid Search Considered Harmful", 2017)]


def test_names_and_a_year_before_a_comma_need_a_byline_and_a_full_title_keeps_its_own():
    """``Segment Anything (2023), Meta AI Research``: a system's name and year, not a byline
    (no ``et al.`` or ``&``); ``[LoRA: Low-Rank Adaptation ...](arxiv)`` over ``- Title:
    LoRA Explained ...``: the linked full title stays; ``[Apple Siri, Amazon Alexa:
    Comparing ... SOUPS 2020: 1-16](url)``: two names before DBLP's colon are the title's."""
    text = (
        "- [Segment Anything (2023), Meta AI Research](https://arxiv.org/abs/2304.02643)\n"
        "- [LoRA: Low-Rank Adaptation of Large Language Models](https://arxiv.org/abs/"
        "2106.09685)\n"
        "  - Title: LoRA Explained with a Code Walkthrough in PyTorch\n"
        "- [Apple Siri, Amazon Alexa: Comparing Voice Assistants. SOUPS 2020: 1-16]"
        "(https://www.usenix.org/conference/soups2020/presentation/x)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0].startswith("Segment Anything")
    assert titles[1:] == [
        "LoRA: Low-Rank Adaptation of Large Language Models",
        "Apple Siri, Amazon Alexa: Comparing Voice Assistants",
    ]


def test_a_short_bold_quoted_title_under_a_byline_is_the_title():
    """``* Authors <br />`` over ``**"Deep Spiking Networks"**.``: the short bold quoted
    text is the title, not a name before one (the byline was taken)."""
    text = (
        "* Peter O'Connor, Max Welling <br />\n"
        '**"Deep Spiking Networks"**.\n'
        " [[paper](https://arxiv.org/abs/1602.08323)]\n"
    )
    assert _titles(text) == [("Deep Spiking Networks",)]


def test_a_labelled_title_among_an_item_s_fields_and_one_under_a_bold_full_title():
    """Fourth review: ``- **DDPM** [[paper](url)]`` over ``- Authors: ...`` and ``- Title:
    Denoising ...``, ``- **Week 1** [...]`` over ``- Date: ...`` and ``- Paper Title: ...``:
    the labelled title anywhere among the item's fields; ``- **ResNet**: Deep Residual
    Learning ... [[paper]]`` over ``- Title: Residual Networks Explained in Twenty Slides``:
    the full title on the first line stays."""
    text = (
        "- **DDPM** [[paper](https://arxiv.org/abs/2006.11239)]\n"
        "  - Authors: Jonathan Ho, Ajay Jain, Pieter Abbeel\n"
        "  - Title: Denoising Diffusion Probabilistic Models\n"
        "- **Week 1** [[slides](https://example.org/w1.pdf)] "
        "[[paper](https://arxiv.org/abs/1706.03762)]\n"
        "  - Date: Jan 10, 2023\n"
        "  - Paper Title: Attention Is All You Need\n"
        "- **ResNet**: Deep Residual Learning for Image Recognition "
        "[[paper](https://arxiv.org/abs/1512.03385)]\n"
        "  - Title: Residual Networks Explained in Twenty Slides\n"
    )
    assert _titles(text) == [
        ("Denoising Diffusion Probabilistic Models",),
        ("Attention Is All You Need",),
        ("ResNet: Deep Residual Learning for Image Recognition",),
    ]


def test_a_name_with_its_year_and_maker_or_an_ampersand_keeps_the_title():
    """``- Layer Normalization (2016, Arxiv). Normalizes ...``, ``- Show & Tell (2015), A
    Neural Image Caption Generator``: a model's name, its year and maker (not APA's month),
    or two words joined by ``&``, are no byline; the description is no title."""
    text = (
        "- [Layer Normalization (2016, Arxiv). Normalizes across features instead of the "
        "batch](https://arxiv.org/abs/1607.06450)\n"
        "- [Show & Tell (2015), A Neural Image Caption Generator](https://arxiv.org/abs/"
        "1411.4555)\n"
    )
    titles = [t for (t,) in _titles(text)]
    assert titles[0].startswith("Layer Normalization")
    assert titles[1].startswith("Show & Tell")


def test_a_room_a_date_with_en_dashes_and_a_benchmark_score_date_correctly():
    """``- Venue: Room 2012, Bahen Centre`` (a room, under the session's ``Date: March 3,
    2023``); ``(2021<en dash>06<en dash>14)``, a date; ``beats Llama 2 on MMLU (2021) 60.1, released Oct
    2023``: a score, not a journal reference."""
    text = (
        "- [Denoising Diffusion Probabilistic Models](https://arxiv.org/abs/2006.11239)\n"
        "  - Date: March 3, 2023\n"
        "  - Venue: Room 2012, Bahen Centre\n"
        "- [Deep Learning Reading Group notes](https://example.org/notes.pdf) (2021–06–14)\n"
        "- [Mistral 7B](https://arxiv.org/abs/2310.06825): beats Llama 2 on MMLU (2021) 60.1, "
        "released Oct 2023\n"
    )
    assert [y for _, y in _years(text)] == [2023, 2021, 2023]


def test_a_companion_or_a_baseline_s_venue_does_not_date_the_entry():
    """Fifth review: ``[Title](ieee), IEEE/ACM ToN 2021 (extended version of INFOCOM
    2019)``, ``[Title](acm) (ATC'24). Compared against Homa (SIGCOMM 18).``: the entry's own
    year, not its conference version's or a baseline's."""
    text = (
        "- [Learning to Route with Deep RL](https://ieeexplore.ieee.org/document/9000001), "
        "IEEE/ACM ToN 2021 (extended version of INFOCOM 2019)\n"
        "- [Aequitas: Admission Control for Performance-Critical RPCs](https://dl.acm.org/doi/"
        "10.1145/3603269.3604815) (ATC'24). Compared against Homa (SIGCOMM 18).\n"
    )
    assert [y for _, y in _years(text)] == [2021, 2024]


def test_a_cited_reference_or_a_dataset_s_year_before_a_later_date_dates_nothing():
    """``erratum to JHEP 03 (2015) 091, May 2016``, ``trained on COCO (2014) 80 categories,
    May 2020``: an older journal reference or a dataset's year before the entry's later
    date is another work's."""
    text = (
        "- [Higgs production at N3LO](https://arxiv.org/abs/1505.00001), erratum to JHEP 03 "
        "(2015) 091, May 2016\n"
        "- [End-to-End Object Detection with Transformers](https://arxiv.org/abs/2005.12872) - "
        "trained on COCO (2014) 80 categories, May 2020\n"
    )
    assert [y for _, y in _years(text)] == [2016, 2020]


def test_a_name_its_year_and_a_month_before_a_description_keeps_the_name():
    """``Layer Normalization (2016, July). Normalizes across features ...``: a month in the
    brackets makes no byline of a name that is not authors; the name stays the title."""
    text = (
        "- Layer Normalization (2016, July). Normalizes across features instead of the batch. "
        "[[paper](https://arxiv.org/abs/1607.06450)]\n"
    )
    assert _titles(text)[0][0].startswith("Layer Normalization")
