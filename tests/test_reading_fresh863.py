"""Round 136 (fresh863-870): each rule held by a test that fails on the reader before it;
the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _entries(text: str):
    return parse_text(text, "l.md").entries


def test_a_bold_name_comma_title_stops_at_a_bold_date_tag():
    """zhangshuui/awesome-interactive-video-world-models: ``* **`Valerant`**, An Automatic
    Navigable Game Map Generator via ... . **`arXiv 2026.09`** [[Paper](arxiv)]``: the title
    is the sentence after the name's comma; the bold date after its full stop closes it."""
    text = "# L\n\n" + (
        "* **`Valerant`**, An Automatic Navigable Game Map Generator via Action-Conditioned World Model Exploration. **`arXiv 2026.09`** [[Paper](https://arxiv.org/abs/2609.09418)] · 🕹️`control`\n"
        "* **`DensityKV`**, Density-Guided KV Cache Compression for Long Video World Models. **`arXiv 2026.08`** [[Paper](https://arxiv.org/abs/2608.01234)] · ⚡`realtime`\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title.startswith("An Automatic Navigable Game Map Generator")
    assert (first.short_name, first.year) == ("Valerant", 2026)
    assert second.title == "Density-Guided KV Cache Compression for Long Video World Models"


def test_a_bold_word_inside_the_sentence_does_not_cut_the_title():
    """Guard: a bold word inside the sentence after the comma (no full stop before it) is
    no closing tag: the rule needs the title's full stop first."""
    text = "# L\n\n" + (
        "* **Foo**, a tool that makes **very** fast videos for everyone. [[Paper](https://arxiv.org/abs/2609.00001)]\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.title != "a tool that makes"
    titled = "# L\n\n* **Foo**, Fast Video Synthesis **Made** Easy for Everyone. [[Paper](https://arxiv.org/abs/2609.00001)]\n"  # fmt: skip
    (t,) = _entries(titled)  # (a rule cutting at any bold would end the title at ``Synthesis``)
    assert t.title == "Fast Video Synthesis Made Easy for Everyone"


def test_a_year_glued_before_its_venue_in_brackets_dates_the_entry():
    """fulifeng/Causal_Reading_Group: ``[Title](url) (2019IJCAI)``, ``(2018JASA)``,
    ``(2017American Economic Review)``: the year of the venue glued after it."""
    text = "# L\n\n" + (
        "- [Counterfactual regression with importance sampling weights](https://www.ijcai.org/Proceedings/2019/0815.pdf) (2019IJCAI)\n"
        "- [Estimation and Inference of Heterogeneous Treatment Effects using Random Forests](https://arxiv.org/abs/1510.04342) (2018JASA)\n"
        "- [Double/Debiased/Neyman Machine Learning of Treatment Effects](https://arxiv.org/abs/1701.08687) (2017American Economic Review)\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [2019, 2018, 2017]


def test_a_year_glued_before_a_model_name_dates_nothing():
    """Guard: ``(2020Resnet)``, ``(2019version)``: a word with one capital, or none, glued
    after the year is no venue, and the glued year no lone year."""
    text = "# L\n\n" + (
        "- [Learning Deep Features for Scene Recognition](https://x.org/a.pdf) (2019version)\n"
        "- [Deep Residual Learning for Image Recognition](https://x.org/b.pdf) (2020Resnet)\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [None, None]


def test_links_to_the_domain_reserved_for_examples_are_no_papers():
    """shihe98/unique-threats-for-llms: a template's six lines
    ``1. *[A Comprehensive Study on Machine Learning](https://example.com/paper.pdf)*`` below
    the real papers: no entries (and no duplicate-title warnings)."""
    text = "# L\n\n" + (
        "1. *[Extracting Training Data from Large Language Models](https://arxiv.org/abs/2012.07805)*\n"
        "1. *[A Comprehensive Study on Machine Learning](https://example.com/paper.pdf)*\n"
        "1. *[A Comprehensive Study on Machine Learning](https://www.example.com/paper.pdf)*\n"
        "1. *[A Comprehensive Study on Machine Learning](http://example.com)*\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.title == "Extracting Training Data from Large Language Models"


def test_a_domain_that_only_contains_example_stays_a_paper():
    """Guard: ``examples.com``, ``counterexample.com`` and ``example.com.cn`` are other sites."""
    text = "# L\n\n" + (
        "- [Learning from Counterexamples in Program Synthesis](https://counterexample.com/paper.pdf)\n"
        "- [Program Synthesis by Worked Examples at Scale](https://examples.com/paper.pdf)\n"
        "- [Program Synthesis by Worked Examples in China](https://example.com.cn/paper.pdf)\n"
    )  # fmt: skip
    assert len(_entries(text)) == 3


def test_a_full_date_after_a_question_mark_is_cut_from_the_title_and_dates_it():
    """zhu-zk/awesome-pets: ``[Inverting Gradients - How easy is it to break privacy in
    federated learning? 2020-03-31](arxiv)``: the date closes the link text, after the
    title's question mark, as ``. 2019-11-26`` does after a full stop."""
    text = "# L\n\n" + (
        "- [Inverting Gradients - How easy is it to break privacy in federated learning? 2020-03-31](https://arxiv.org/pdf/2003.14053.pdf)\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.title.endswith("in federated learning?")
    assert e.year == 2020


def test_a_venue_submission_before_the_title_is_cut_from_it():
    """zhu-zk/awesome-pets: ``[NeurIPS 2020 submission: Free-rider Attacks on ...](arxiv)``:
    the title after the prefix, as after ``CVPR 2021 Oral:``, and its year 2020 (the venue
    read as the hand-checks of ``ICLR 2022 submission`` entries write it)."""
    text = "# L\n\n" + (
        "- [NeurIPS 2020 submission: Free-rider Attacks on Model Aggregation in Federated Learning](https://arxiv.org/pdf/2006.11901.pdf)\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.title == "Free-rider Attacks on Model Aggregation in Federated Learning"
    assert e.year == 2020


def test_a_venue_and_year_before_the_title_are_still_its_venue():
    """Guard: ``[NeurIPS 2020: Title](url)`` and ``CVPR 2021 Oral:`` keep their venue."""
    text = "# L\n\n" + (
        "- [NeurIPS 2020: Free-rider Attacks on Model Aggregation in Federated Learning](https://arxiv.org/pdf/2006.11901.pdf)\n"
        "- [CVPR 2021 Oral: Free-rider Attacks on Model Aggregation in Federated Learning](https://arxiv.org/pdf/2006.11901.pdf)\n"
    )  # fmt: skip
    assert [(e.venue, e.year) for e in _entries(text)] == [("NeurIPS 2020", 2020), ("CVPR 2021", 2021)]  # fmt: skip


def test_a_bullet_missing_its_space_is_still_an_item():
    """zhu-zk/awesome-pets, mathisonian/awesome-visualization-research: ``-[iDLG: Improved
    Deep Leakage from Gradients](arxiv)`` under ``- [Title](arxiv)``: an item of its own,
    not a lazy line of the item above."""
    text = "# L\n\n" + (
        "- [Deep Leakage from Gradients](https://arxiv.org/pdf/1906.08935.pdf)\n"
        "-[iDLG: Improved Deep Leakage from Gradients](https://arxiv.org/pdf/2001.02610.pdf)\n"
        "- [A Framework for Evaluating Gradient Leakage Attacks in Federated Learning](https://arxiv.org/pdf/2004.10397.pdf)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert "iDLG: Improved Deep Leakage from Gradients" in titles and len(titles) == 3


def test_an_item_of_code_and_page_badges_gives_the_paper_item_above_its_code():
    """ziqihuangg/awesome-from-video-generation-to-world-model: ``+ [Title](arxiv) (date)``,
    then a sibling item ``+ [![Code](stars badge)](github)`` with the website badge on its
    next line: the paper's code and project page, not an item of its own."""
    text = "# L\n\n" + (
        "+ [T2v-turbo: Breaking the quality bottleneck of video consistency model with mixed reward feedback](https://arxiv.org/abs/2405.18750) (2024-05-29)\n"
        "+ [![Code](https://img.shields.io/github/stars/Ji4chenLi/t2v-turbo.svg?style=social&label=Official)](https://github.com/Ji4chenLi/t2v-turbo)\n"
        "[![Website](https://img.shields.io/badge/Website-9cf)](https://t2v-turbo.github.io/)\n"
        "\n"
        "+ [Cavia: Camera-controllable Multi-view Video Diffusion with View-Integrated Attention](https://arxiv.org/abs/2410.10774) (2024-10-14)\n"
        "+ [![Website](https://img.shields.io/badge/Website-9cf)](https://ir1d.github.io/Cavia/)\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.code is not None and first.code.url == "https://github.com/Ji4chenLi/t2v-turbo"
    assert first.project is not None and first.project.url == "https://t2v-turbo.github.io/"
    assert second.project is None  # (a Website badge alone may be a lab's: review 989)


def test_an_item_of_a_bare_repository_address_is_not_the_paper_items_code():
    """Guard: ``- https://github.com/o/r`` below ``- [Title](paper)``: a bare address is a
    resource of its own in the list (awesome-failure-diagnosis), not the paper's code."""
    text = "# L\n\n" + (
        "- [Toward generating a new intrusion detection dataset and intrusion traffic characterization.](https://www.researchgate.net/publication/322870768_Toward_Generating)\n"
        "- https://github.com/shaido987/alarm-rca\n"
    )  # fmt: skip
    assert _entries(text)[0].code is None


# Review 987: guards that fail on 11ea0d27 (the reader the review saw).


def test_review_987_a_glued_link_below_a_bold_title_or_a_paragraph_stays_its_link():
    """``**Title**`` over ``-[Paper](arxiv)``, ``Title. CVPR 2017.`` over ``-[pdf](arxiv)``:
    the glued link is the line's own (a lazy line of the title above), not a new item paired
    with the bold title (which read DenseNet's link as ResNet's)."""
    text = "# L\n\n## Papers\n\n" + (
        "**Deep Residual Learning for Image Recognition**\n"
        "-[Paper](https://arxiv.org/abs/1512.03385)\n\n"
        "Densely Connected Convolutional Networks. CVPR 2017.\n"
        "-[pdf](https://arxiv.org/abs/1608.06993)\n"
    )  # fmt: skip
    got = {e.title: e.paper.url for e in _entries(text)}
    assert got == {
        "Deep Residual Learning for Image Recognition": "https://arxiv.org/abs/1512.03385",
        "Densely Connected Convolutional Networks": "https://arxiv.org/abs/1608.06993",
    }


def test_review_987_glued_labelled_links_under_an_items_byline_stay_its_links():
    """``- **Focal Loss ...**`` / ``  Authors. ICCV 2017.`` / ``-[paper](arxiv) [code](github)``:
    the glued line of labels continues the item above (the list read nothing)."""
    text = "# L\n\n## Papers\n\n" + (
        "- **Focal Loss for Dense Object Detection**\n"
        "  Tsung-Yi Lin, Priya Goyal, Ross Girshick. ICCV 2017.\n"
        "-[paper](https://arxiv.org/abs/1708.02002) [code](https://github.com/facebookresearch/Detectron)\n"
        "- **Mask R-CNN**\n"
        "  Kaiming He, Georgia Gkioxari, Piotr Dollár, Ross Girshick. ICCV 2017.\n"
        "-[paper](https://arxiv.org/abs/1703.06870)\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title == "Focal Loss for Dense Object Detection"
    assert first.code is not None and first.code.url.endswith("/Detectron")
    assert second.paper.url == "https://arxiv.org/abs/1703.06870"


def test_review_987_items_naming_repositories_are_not_the_paper_items_code():
    """A list of frameworks or repositories after a paper (``- [PyTorch](github)``, ``-
    [GitHub](github/apollo)``, ``- [![GitHub](stars)](github/langchain)``) and a code item
    under a titled item with no paper link (SegNet's, below U-Net): no code for the paper."""
    text = "# L\n\n## Frameworks\n\n" + (
        "- [Caffe: Convolutional Architecture for Fast Feature Embedding](https://arxiv.org/abs/1408.5093)\n"
        "- [PyTorch](https://github.com/pytorch/pytorch)\n\n"
        "## Agents\n\n"
        "- [ReAct: Synergizing Reasoning and Acting in Language Models](https://arxiv.org/abs/2210.03629)\n"
        "- [![GitHub](https://img.shields.io/github/stars/langchain-ai/langchain?style=social)](https://github.com/langchain-ai/langchain)\n\n"
        "## Segmentation\n\n"
        "- U-Net: Convolutional Networks for Biomedical Image Segmentation. MICCAI 2015. [[pdf]](https://arxiv.org/abs/1505.04597)\n"
        "- SegNet: A Deep Convolutional Encoder-Decoder Architecture for Image Segmentation.\n"
        "- [![Code](https://img.shields.io/github/stars/alexgkendall/caffe-segnet)](https://github.com/alexgkendall/caffe-segnet)\n"
    )  # fmt: skip
    assert [e.code for e in _entries(text)] == [None, None, None]


def test_review_987_an_award_year_in_brackets_does_not_date_the_paper():
    """``(Dempster et al., 1977) (2020 Test of Time Award)``, ``2014 (2025 ICLR Test of Time
    Award)``: the paper's own year, not the award's."""
    text = "# L\n\n" + (
        "- [Maximum Likelihood from Incomplete Data via the EM Algorithm](https://www.jstor.org/stable/2984875) (Dempster et al., 1977) (2020 Test of Time Award)\n"
        "- [Neural Machine Translation by Jointly Learning to Align and Translate](https://arxiv.org/abs/1409.0473) 2014 (2025 ICLR Test of Time Award)\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [1977, 2014]


def test_review_987_a_titled_link_after_the_bold_tag_is_the_title_not_the_tagline():
    """``* **`ACT`**, Low Cost Bimanual Teleoperation Hardware. **`RSS 2023`** [Learning
    Fine-Grained Bimanual Manipulation with Low-Cost Hardware](arxiv)``: the link's text is
    the paper's title; the sentence after the name is its tagline."""
    text = "# L\n\n" + (
        "* **`ACT`**, Low Cost Bimanual Teleoperation Hardware. **`RSS 2023`** [Learning Fine-Grained Bimanual Manipulation with Low-Cost Hardware](https://arxiv.org/abs/2304.13705)\n"
    )  # fmt: skip
    (e,) = _entries(text)
    assert e.title == "Learning Fine-Grained Bimanual Manipulation with Low-Cost Hardware"


# Round 137 (fresh871-874).


def test_a_year_and_month_opening_a_heading_title_dates_it_and_is_cut():
    """spiritdjy/mixpaper: ``#### [202004 DeeBERT: Dynamic Early Exiting ...](note.md)`` over
    ``- https://arxiv.org/pdf/2004.12993v1.pdf``: the ``YYYYMM`` the maintainer writes
    before each title is its year and month, no part of it."""
    text = "# L\n\n## Models\n\n" + (
        "#### [202004 DeeBERT: Dynamic Early Exiting for Accelerating BERT Inference](../notes/deebert.md)\n"
        "- https://arxiv.org/pdf/2004.12993v1.pdf\n\n"
        "#### [201706 attention is all you need](../notes/attention.md)\n"
        "- https://arxiv.org/pdf/1706.03762.pdf\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert (first.title, first.year) == (
        "DeeBERT: Dynamic Early Exiting for Accelerating BERT Inference",
        2020,
    )
    assert (second.title, second.year) == ("attention is all you need", 2017)


def test_a_number_that_is_no_year_and_month_stays_in_the_title():
    """Guard: ``100000 Podcasts: ...`` (no year), ``201913 ...`` (no month) keep their number."""
    text = "# L\n\n" + (
        "- [100000 Podcasts: A Spoken English Document Corpus](https://aclanthology.org/2020.coling-main.519/)\n"
        "- [201913 Objects in the Wild: A Benchmark for Detection](https://arxiv.org/abs/2001.00001)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles == [
        "100000 Podcasts: A Spoken English Document Corpus",
        "201913 Objects in the Wild: A Benchmark for Detection",
    ]


# Round 138 (fresh876-877).


def test_an_acronym_or_a_longer_journal_and_year_before_a_comma_open_the_title():
    """Winston-Gu/Paper-List: ``- TRO 2024, Adaptive Force-Based Control ... . [Paper](url)``,
    ``- L4DC 2024, ...``, ``- Science Robotics, 2020, Multi-Expert Learning ...``: the venue
    and year before the comma are the entry's, no part of its title (as ``RSS 2024, Title``
    already read, a venue the reader knows by name)."""
    text = "# L\n\n" + (
        "- TRO 2024, Adaptive Force-Based Control of Dynamic Legged Locomotion over Uneven Terrain. [Paper](https://arxiv.org/abs/2307.04030).\n"
        "- L4DC 2024, Learning and Deploying Robust Locomotion Policies with Minimal Dynamics Randomization. [arXiv](https://arxiv.org/abs/2209.12878). RFI\n"
        "- Science Robotics, 2020, Multi-Expert Learning of Adaptive Legged Locomotion. [Paper](https://www.science.org/doi/10.1126/scirobotics.abb2174).\n"
        "- ACC 2015, L1 Adaptive Control for Bipedal Robots with Control Lyapunov Function based Quadratic Programs. [Paper](https://ieeexplore.ieee.org/document/7170842).\n"
    )  # fmt: skip
    got = [(e.title, e.year) for e in _entries(text)]
    assert got == [
        ("Adaptive Force-Based Control of Dynamic Legged Locomotion over Uneven Terrain", 2024),
        ("Learning and Deploying Robust Locomotion Policies with Minimal Dynamics Randomization", 2024),
        ("Multi-Expert Learning of Adaptive Legged Locomotion", 2020),
        ("L1 Adaptive Control for Bipedal Robots with Control Lyapunov Function based Quadratic Programs", 2015),
    ]  # fmt: skip


def test_a_dataset_or_a_word_and_year_before_a_comma_stay_in_the_title():
    """Guard: ``COCO 2017, ...`` and ``KITTI 2015, ...`` name datasets, ``Summer 2020, ...``
    is no acronym: their titles keep them."""
    text = "# L\n\n" + (
        "- [COCO 2017, Panoptic Segmentation Revisited for Dense Scenes](https://arxiv.org/abs/2001.00001)\n"
        "- [Summer 2020, Lessons from Remote Teaching of Machine Learning](https://arxiv.org/abs/2001.00002)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles[0].startswith("COCO 2017, Panoptic") and titles[1].startswith("Summer 2020,")


# Review 988: guards that fail on 510623dc (the reader the review saw).


def test_review_988_glued_titled_items_in_any_list_are_items_of_their_own():
    """``- [Fast R-CNN](arxiv) - ICCV 2015`` / ``-[Faster R-CNN: ...](arxiv) ... [code](github)``,
    a glued titled item under a ``*`` item: each is its own entry with its own code, not the
    links of the one above."""
    text = "# L\n\n## Detection\n\n" + (
        "- [Fast R-CNN](https://arxiv.org/abs/1504.08083) - ICCV 2015\n"
        "-[Faster R-CNN: Towards Real-Time Object Detection with Region Proposal Networks](https://arxiv.org/abs/1506.01497) - NeurIPS 2015 [code](https://github.com/ShaoqingRen/faster_rcnn)\n"
        "\n"
        "## Vision\n\n"
        "* [Attention Is All You Need](https://arxiv.org/abs/1706.03762)\n"
        "-[Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) [[code]](https://github.com/KaimingHe/deep-residual-networks)\n"
    )  # fmt: skip
    got = {e.paper.url[-10:]: (e.code.url if e.code else None) for e in _entries(text)}
    assert got == {
        "1504.08083": None,
        "1506.01497": "https://github.com/ShaoqingRen/faster_rcnn",
        "1706.03762": None,
        "1512.03385": "https://github.com/KaimingHe/deep-residual-networks",
    }


def test_review_988_a_count_or_pages_after_a_glued_venue_tag_do_not_date_the_paper():
    """``(2018ICLR) cited 2000+ times``, ``(2016CVPR) ⭐ 2010``, ``(2014JMLR) 15(1): 1929-1958``:
    the tag's year, not a count, stars or pages."""
    text = "# L\n\n" + (
        "- [Graph Attention Networks](https://arxiv.org/abs/1710.10903) (2018ICLR) cited 2000+ times\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385) (2016CVPR) ⭐ 2010\n"
        "- [Dropout: A Simple Way to Prevent Neural Networks from Overfitting](https://jmlr.org/papers/v15/srivastava14a.html) (2014JMLR) 15(1): 1929-1958\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [2018, 2016, 2014]


def test_review_988_a_short_date_before_a_title_is_not_read_as_a_year_and_month():
    """A reading log of ``YYMMDD`` dates (``201105 An Image is Worth 16x16 Words``, beside
    ``230415 Segment Anything``): ``2011-05`` is as likely 5 November 2020, so 2001-2012 are
    no ``YYYYMM`` (``202004``, ``201706``, ``199801`` are: their ``YYMMDD`` reading has no month)."""
    text = "# L\n\n" + (
        "- 201105 An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale [paper](https://arxiv.org/abs/2010.11929)\n"
        "- 200512 Language Models are Few-Shot Learners [paper](https://arxiv.org/abs/2005.14165)\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [None, None]


def test_review_988_a_short_name_link_after_the_bold_tag_keeps_the_comma_title():
    """``* **`Genie`**, Genie: Generative Interactive Environments. **`ICML 2024`**
    [Genie](arxiv)``, ``... **ICLR 2023** [ysymyth/ReAct](github) [[Paper]](arxiv)``: a link
    named by the short name or a repository is no title; the comma title stays."""
    text = "# L\n\n" + (
        "* **`Genie`**, Genie: Generative Interactive Environments. **`ICML 2024`** [Genie](https://arxiv.org/abs/2402.15391)\n"
        "* **ReAct**, Synergizing Reasoning and Acting in Language Models. **ICLR 2023** [ysymyth/ReAct](https://github.com/ysymyth/ReAct) [[Paper](https://arxiv.org/abs/2210.03629)]\n"
    )  # fmt: skip
    first, second = _entries(text)
    assert first.title == "Genie: Generative Interactive Environments"
    assert second.title == "Synergizing Reasoning and Acting in Language Models"


def test_review_988_a_two_letter_name_or_a_target_year_before_a_comma_stays_in_the_title():
    """``AI 2027, A Scenario of Superhuman AI``, ``SDG 2030, Machine Learning for ...``: a
    name holding a target year, not a venue and a date."""
    text = "# L\n\n" + (
        "- [AI 2027, A Scenario of Superhuman AI](https://ai-2027.com/scenario.pdf)\n"
        "- [SDG 2030, Machine Learning for the Sustainable Development Goals](https://arxiv.org/abs/2201.00001)\n"
    )  # fmt: skip
    titles = [(e.title, e.year) for e in _entries(text)]
    assert titles[0][0].startswith("AI 2027,") and titles[1][0].startswith("SDG 2030,")
    assert titles[1][1] != 2030


# Review 989: guards that fail on c371ae3e (the reader the review saw).


def test_review_989_glued_links_of_a_plain_item_stay_its_links():
    """``- NeRF: ..., ECCV 2020`` over ``-[Project Website](url) -[arXiv](arxiv) -[Code](github)``,
    and ``- [Title](arxiv) ICLR 2021`` over ``-[中文解读](zhihu) -[code](github)``: the glued
    line gives the item above its links (the first list read nothing, the second lost its code)."""
    text = "# L\n\n## Papers\n\n" + (
        "- NeRF: Representing Scenes as Neural Radiance Fields for View Synthesis, ECCV 2020\n"
        "-[Project Website](https://www.matthewtancik.com/nerf) -[arXiv](https://arxiv.org/abs/2003.08934) -[Code](https://github.com/bmild/nerf)\n"
        "- [An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale](https://arxiv.org/abs/2010.11929) ICLR 2021\n"
        "-[中文解读](https://zhuanlan.zhihu.com/p/266311690) -[code](https://github.com/google-research/vision_transformer)\n"
        "- [Mask R-CNN](https://arxiv.org/abs/1703.06870), ICCV 2017, the extension of\n"
        "-[Faster R-CNN: Towards Real-Time Object Detection](https://arxiv.org/abs/1506.01497) with a mask branch.\n"
    )  # fmt: skip
    got = [
        (e.paper.url[-10:], e.code.url.split("/")[-1] if e.code else None) for e in _entries(text)
    ]
    assert got == [
        ("2003.08934", "nerf"),
        ("2010.11929", "vision_transformer"),
        ("1703.06870", None),
    ]


def test_review_989_a_dataset_named_with_its_year_keeps_its_name_in_the_title():
    """``- ICDAR 2015, Incidental Scene Text. [paper](ieee)`` under ``## Datasets``: an
    acronym the reader does not know as a venue stays in the title (cut, the dataset's name
    read alone dropped the entry)."""
    text = "# L\n\n## Datasets\n\n" + (
        "- ICDAR 2015, Incidental Scene Text. [paper](https://ieeexplore.ieee.org/document/7333942)\n"
        "- GLUE 2018, A Multi-Task Benchmark and Analysis Platform for Natural Language Understanding. [paper](https://arxiv.org/abs/1804.07461)\n"
    )  # fmt: skip
    titles = [e.title for e in _entries(text)]
    assert titles[0].startswith("ICDAR 2015") and titles[1].startswith("GLUE 2018")


def test_review_989_a_website_badge_item_is_not_the_paper_items_page():
    """``- [![Website](badge)](https://mylab.github.io)`` as the list's last item: the lab's
    or the list's site, not the project page of the paper above it."""
    text = "# L\n\n" + (
        "- [Squeeze-and-Excitation Networks](https://arxiv.org/abs/1709.01507) (CVPR 2018)\n"
        "- [![Website](https://img.shields.io/badge/Website-blue)](https://mylab.github.io)\n"
    )  # fmt: skip
    assert _entries(text)[0].project is None


def test_review_989_a_version_or_release_glued_to_a_year_dates_nothing():
    """``(2019Updated Version)``, ``(2020GitHub Release)``: no venue, no year."""
    text = "# L\n\n" + (
        "- [A Paper on Forecasting Demand](https://arxiv.org/abs/2203.00001) (2019Updated Version)\n"
        "- [Another Paper on Forecasting](https://arxiv.org/abs/2106.00002) (2020GitHub Release)\n"
    )  # fmt: skip
    assert [e.year for e in _entries(text)] == [None, None]
