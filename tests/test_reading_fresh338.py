"""Layouts first seen in the fresh338-343 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.cleantitle import clean_title
from tests.support.reading import reader

_read = reader("line", "title", "year")

_FIELDS = (
    "## Models\n\n### SatMAE\n"
    "- Organization: SustainLab / collaborators\n"
    "- Modalities: temporal and multispectral satellite imagery\n"
    "- Notes: Important masked autoencoder baseline for satellite imagery.\n"
    "- Paper: https://arxiv.org/abs/2207.08051\n"
    "- GitHub: https://github.com/sustainlab-group/SatMAE\n\n"
    "### SkySense\n"
    "- Organization: Wuhan University / collaborators\n"
    "- Tasks: scene classification, object detection\n"
    "- Paper: https://arxiv.org/abs/2312.10115\n"
    "- CVF: https://openaccess.thecvf.com/content/CVPR2024/papers/Guo_SkySense_CVPR_2024_paper.pdf\n"
)


def test_a_name_heading_over_key_value_fields_is_one_entry_named_by_it():
    """``### SatMAE`` then ``- Organization: ...``, ``- Paper: https://...``, ``- GitHub: ...``:
    one paper named by the heading, not a paper titled ``CVF`` by a field's key."""
    entries = [(e[0], e[1], e[2] and e[2].url) for e in reader("line", "title", "code")(_FIELDS)]
    assert entries == [
        (3, "SatMAE", "https://github.com/sustainlab-group/SatMAE"),
        (10, "SkySense", None),
    ]


def test_a_list_of_named_paper_links_under_a_heading_stays_a_list_of_papers():
    """``### Recent Models`` then ``- **GEARS**: https://...`` items: each item is a paper
    (every item a link, no plain fields), not one paper named ``Recent Models``."""
    text = (
        "### Recent Models\n"
        "- **GEARS**: https://www.nature.com/articles/s41587-023-01905-6\n"
        "- **scGPT**: https://www.nature.com/articles/s41592-024-02201-0\n"
        "- **PerturbQA**: https://arxiv.org/html/2502.21290v1\n"
    )
    assert [t for _, t, _ in _read(text)] == ["GEARS", "scGPT", "PerturbQA"]


def test_fields_above_a_lists_only_paper_item_date_it():
    """``- **发布期刊:** Nature Machine Intelligence, 2023.09`` above ``- **论文链接:** [Title](url)``:
    the journal line dates the paper; a dataset name with a year in a field above it does not
    (``CrossDock2020 数据集``)."""
    text = (
        "### **4. [基于蛋白质口袋的 3D 分子生成模型](https://hyper.ai/news/29026)**\n\n"
        "* **科研团队：** 浙大侯廷军研究团队\n\n"
        "* **相关研究：** CrossDock2020 数据集、全局自回归\n\n"
        "* **发布期刊：** Nature Machine Intelligence, 2023.09\n\n"
        "* **论文链接：** [ResGen is a pocket-aware 3D molecular generation model]"
        "(https://www.nature.com/articles/s42256-023-00712-7)\n"
    )
    assert [y for _, _, y in _read(text)] == [2023]


def test_a_by_before_names_cut_from_a_title_goes_with_them():
    """``Title. by Patil et al.``: the names are cut and their ``by`` with them."""
    text = "POET: Training Neural Networks on Tiny Devices with Paging. by Patil et al."
    assert clean_title(text) == "POET: Training Neural Networks on Tiny Devices with Paging"
    assert clean_title("Learning by Doing. by Wang et al.") == "Learning by Doing"


_CARD = (
    "### SIDReasoner: Reasoning over Semantic IDs Enhances Generative Recommendation\n\n"
    "**2026-03 · arXiv** · `序列推荐` `语义ID` `CoT`\n\n"
    "增强语义 ID 与语言的多任务对齐，再通过推理激活优化推荐推理。`潜在推理`\n\n"
    "[论文](https://arxiv.org/abs/2603.23183) · 官方代码：未核实 · [证据卡片](docs/cards.md#sid)\n\n"
    "### OneRec-Think: In-Text Reasoning for Generative Recommendation\n\n"
    "**2025-10 · arXiv** · `序列推荐` `CoT`\n\n"
    "先对齐物品与文本语义，再学习推荐推理轨迹并用推荐奖励优化。\n\n"
    "[论文](https://arxiv.org/abs/2510.11639) · [ACL 2026 正式版]"
    "(https://aclanthology.org/2026.acl-long.123/) · [官方代码](https://github.com/a/onerec)\n"
)


def test_a_title_heading_over_a_dated_line_a_chinese_summary_and_labelled_links():
    """``### Title``, ``**2026-03 · arXiv** · `tags```, a summary in Chinese sentences, then
    ``[论文](arxiv) · 官方代码 未核实 · [证据卡片](docs)``: the heading titles the paper and
    the dated line dates it; the short labels (``证据卡片``, ``ACL 2026 正式版``) are no titles."""
    assert _read(_CARD) == [
        (1, "SIDReasoner: Reasoning over Semantic IDs Enhances Generative Recommendation", 2026),
        (9, "OneRec-Think: In-Text Reasoning for Generative Recommendation", 2026),
    ]


def test_papers_keyed_by_their_names_beside_notes_stay_papers():
    """``### BERT`` then ``- RoBERTa: url``, ``- ALBERT: url`` and two notes: papers keyed by
    their names, not one paper named ``BERT`` dated by ``Status: checked 2024`` (a review)."""
    text = (
        "### BERT\n- RoBERTa: https://arxiv.org/abs/1907.11692\n"
        "- ALBERT: https://arxiv.org/abs/1909.11942\n"
        "- Note: both are drop-in replacements\n- Status: checked 2024\n"
    )
    assert _read(text) == [(2, "RoBERTa", None), (3, "ALBERT", None)]


def test_a_field_dated_by_when_it_was_listed_does_not_date_the_paper():
    """``- 收录时间: 2024.05`` (when the list took it) or ``- 数据集: COCO 2017`` above the paper
    link: not the paper's year; ``- 时间: 2024`` is."""
    head = "### **2. [AlphaFold 蛋白质结构预测](https://hyper.ai/news/1)**\n\n* **科研团队：** DeepMind\n\n"
    link = "* **论文链接：** [Highly accurate protein structure prediction with AlphaFold](https://www.nature.com/articles/s41586-021-03819-2)\n"
    assert [y for _, _, y in _read(head + "* **收录时间：** 2024.05\n\n" + link)] == [None]
    assert [y for _, _, y in _read(head + "* **数据集：** COCO 2017\n\n" + link)] == [None]
    assert [y for _, _, y in _read(head + "* **时间：** 2021\n\n" + link)] == [2021]


def test_short_chinese_titles_under_a_title_like_heading_keep_their_titles():
    """``### Vision Transformers for Dense Prediction`` over ``[基于注意力的目标检测方法](arxiv)``:
    a Chinese title of a few characters is a title, not a link's label (a review)."""
    text = (
        "### Vision Transformers for Dense Prediction\n\n"
        "[基于注意力的目标检测方法](https://arxiv.org/abs/2101.01234)\n\n"
        "[多尺度特征融合检测网络](https://arxiv.org/abs/2102.02345)\n"
    )
    assert [t for _, t, _ in _read(text)] == ["基于注意力的目标检测方法", "多尺度特征融合检测网络"]


def test_a_metrics_section_names_its_items_by_their_acronyms_not_papers():
    """``## 2 Image Quality Metrics`` then ``* PSNR (Peak Signal-to-Noise Ratio) [[paper]](url)``:
    a metric named by its acronym and its expansion, not an entry (as in a datasets section);
    a paper's own title there still is one."""
    text = (
        "## 2 Image Quality Metrics\n"
        "* PSNR (Peak Signal-to-Noise Ratio) [[paper]](https://ieeexplore.ieee.org/document/4550695)"
        " [[python code]](https://github.com/aizvorski/video-quality)\n"
        "* NIQE (Naturalness Image Quality Evaluator) [[paper]](http://live.ece.utexas.edu/niqe.pdf)\n"
        "* [The Unreasonable Effectiveness of Deep Features as a Perceptual Metric]"
        "(https://arxiv.org/abs/1801.03924)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "The Unreasonable Effectiveness of Deep Features as a Perceptual Metric"
    ]


def test_a_quoted_title_after_a_long_bold_name_and_a_comma_is_the_title():
    """``- [**2025**] **Long-Context SSM Video World Models**, "Long-Context State-Space Video
    World Models". [![arXiv](badge)](url)``: the quoted text is the title, also when the bold
    name is four words or more."""
    text = (
        '- [**2025**] **Long-Context SSM Video World Models**, "Long-Context State-Space Video'
        ' World Models". [![arXiv](https://img.shields.io/badge/arXiv-2505.20171-b31b1b.svg)]'
        "(https://arxiv.org/abs/2505.20171)\n"
        '- [**2025**] **WorldMem**, "WorldMem: Long-term Consistent World Simulation with'
        ' Memory". [![arXiv](https://img.shields.io/badge/arXiv-2504.12369-b31b1b.svg)]'
        "(https://arxiv.org/abs/2504.12369)\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Long-Context State-Space Video World Models",
        "WorldMem: Long-term Consistent World Simulation with Memory",
    ]


def test_a_description_after_a_bracketed_venue_and_a_dash_is_no_title():
    """``+ [**GameNGen**](arxiv) (ICLR, 2025) — U-Net diffusion runs DOOM at 20 FPS.``: what
    the paper does, after its venue in brackets and a dash; the name link titles it."""
    text = (
        "+ [**GameNGen**](https://arxiv.org/abs/2408.14837) (ICLR, 2025) — U-Net diffusion runs"
        " DOOM at 20 FPS.\n"
        "+ [**WebWM**](https://arxiv.org/abs/2512.23676) (arXiv, 2025) — Web World Models;"
        " semantic HTML delta prediction.\n"
    )
    assert _read(text) == [(1, "GameNGen", 2025), (2, "WebWM", 2025)]


def test_a_quoted_phrase_after_a_bold_title_is_no_title():
    """``**Attention Is All You Need**, "Best Paper Award".``: a quoted award, nickname or venue
    after a bold title that shares none of its words leaves the bold title (a review)."""
    text = (
        '- **Attention Is All You Need**, "Best Paper Award". NeurIPS 2017\n'
        '- **Language Models are Few-Shot Learners**, "The GPT-3 Paper".\n'
        '- **Denoising Diffusion Probabilistic Models**, "Advances in Neural Information'
        ' Processing Systems", 2020\n'
    )
    lines = text.splitlines()
    text = "".join(
        f"{ln} [[paper]](https://arxiv.org/abs/170{i}.03762)\n" for i, ln in enumerate(lines)
    )
    assert [t for _, t, _ in _read(text)] == [
        "Attention Is All You Need",
        "Language Models are Few-Shot Learners",
        "Denoising Diffusion Probabilistic Models",
    ]


def test_a_title_after_a_bracketed_venue_and_a_dash_stays_the_title():
    """``[**ViT**](arxiv) (ICLR 2021) - An Image is Worth 16x16 Words: ...``: in title case it is
    the paper's title, not a description (a review)."""
    text = (
        "- [**ViT**](https://arxiv.org/abs/2010.11929) (ICLR 2021) - An Image is Worth 16x16"
        " Words: Transformers for Image Recognition at Scale\n"
        "- [DDPM](https://arxiv.org/abs/2006.11239) (2020) - Denoising Diffusion Probabilistic"
        " Models\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "An Image is Worth 16x16 Words: Transformers for Image Recognition at Scale",
        "Denoising Diffusion Probabilistic Models",
    ]


def test_papers_named_in_a_metrics_section_stay_entries():
    """``## Hallucination Metrics`` then ``- [FActScore](arxiv) (EMNLP 2023) [[code]](repo)``:
    a paper linked by its name; only an acronym with what it stands for and a ``[[paper]]``
    link beside it is a metric, not an entry (a review)."""
    text = (
        "## Hallucination Metrics\n"
        "- [FActScore](https://arxiv.org/abs/2305.14251) (EMNLP 2023)"
        " [[code]](https://github.com/shmsw25/FActScore)\n"
        "- [LPIPS](https://arxiv.org/abs/1801.03924)\n"
        "- BLEURT (Learning Robust Metrics for Text Generation)"
        " [[paper]](https://arxiv.org/abs/2004.04696)\n"
        "- PSNR (Peak Signal-to-Noise Ratio) [[paper]](https://ieeexplore.ieee.org/document/4550695)\n"
    )
    titles = [t for _, t, _ in _read(text)]
    assert titles == ["FActScore", "LPIPS", "BLEURT (Learning Robust Metrics for Text Generation)"]


def test_an_award_or_a_journal_quoted_after_a_bold_name_is_no_title():
    """``**BERT**, "Best Paper Award"``, ``**Graph Neural Networks: A Review**, "IEEE
    Transactions on Neural Networks and Learning Systems"``: an award or a journal, not the
    title; ``**Pack and Force Your Memory**, "Pack and Force Your Memory: Long-form ..."`` is
    (a third review)."""
    text = (
        '- **BERT**, "Best Paper Award". [[paper]](https://arxiv.org/abs/1810.04805)\n'
        '- **Graph Neural Networks: A Review**, "IEEE Transactions on Neural Networks and'
        ' Learning Systems". [[paper]](https://arxiv.org/abs/1812.08434)\n'
        '- **Pack and Force Your Memory**, "Pack and Force Your Memory: Long-form and Consistent'
        ' Video Generation". [[paper]](https://arxiv.org/abs/2510.01784)\n'
    )
    assert [t for _, t, _ in _read(text)] == [
        "BERT",
        "Graph Neural Networks: A Review",
        "Pack and Force Your Memory: Long-form and Consistent Video Generation",
    ]


def test_chinese_titles_with_words_of_links_stay_titles_and_a_news_source_dates_nothing():
    """``[仓库级代码补全基准](arxiv)`` under ``### Repository-Level Code Completion``: ``仓库``
    (repository) is a word of the title, not a link label; ``- 来源: 机器之心, 2024.03`` (a
    news site's coverage) does not date the paper (a third review)."""
    text = (
        "### Repository-Level Code Completion\n\n"
        "[仓库级代码补全基准](https://arxiv.org/abs/2306.03091)\n\n"
        "[跨文件上下文检索方法](https://arxiv.org/abs/2310.11248)\n"
    )
    assert [t for _, t, _ in _read(text)] == ["仓库级代码补全基准", "跨文件上下文检索方法"]
    news = (
        "### **[GraphCast 天气预报](https://example.com/news/1)**\n\n* **团队:** DeepMind\n\n"
        "* **来源:** 机器之心, 2024.03\n\n* **论文链接:** [GraphCast: Learning skillful"
        " medium-range global weather forecasting](https://arxiv.org/abs/2212.12794)\n"
    )
    assert [y for _, _, y in _read(news)] == [None]
