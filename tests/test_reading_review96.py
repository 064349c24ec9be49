"""What a second review found in the fresh76-81 rules, each held by a test that fails on
the reader before its fix (the reviewer's probes, cut to their point)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "year")
_named = reader("title", "short_name", "venue")


def test_a_short_title_over_an_author_or_code_link_stays_the_title():
    text = (
        "- Mask R-CNN\n"
        "  [Kaiming He, Georgia Gkioxari, Piotr Dollar, Ross Girshick](https://arxiv.org/abs/1703.06870)\n"
        "- Faster R-CNN\n  [Ren et al., NIPS 2015](https://arxiv.org/abs/1506.01497)\n"
        "- Deep Sets\n  [Official PyTorch implementation](https://github.com/a/deepsets)"
        " · [paper](https://arxiv.org/abs/1703.06114)\n"
    )
    assert [t for t, _ in _read(text)] == ["Mask R-CNN", "Faster R-CNN", "Deep Sets"]


def test_a_code_span_naming_a_venue_without_a_year_stays_a_name():
    text = (
        "- `SDM`: Semantic Image Synthesis via Diffusion Models "
        "[paper](https://arxiv.org/abs/2207.00050)\n"
        "- `ACL`: Robust Pre-Training by Adversarial Contrastive Learning. NeurIPS 2020. "
        "[paper](https://arxiv.org/abs/2010.13337)\n"
    )
    assert _named(text) == [
        ("SDM: Semantic Image Synthesis via Diffusion Models", "SDM", None),
        ("ACL: Robust Pre-Training by Adversarial Contrastive Learning", "ACL", "NeurIPS 2020"),
    ]


def test_a_dataset_or_a_count_after_a_comma_does_not_beat_the_entrys_year():
    text = (
        "- [Video Object Segmentation with Space-Time Memory](https://arxiv.org/abs/1904.00607)"
        " Oh et al., 2019. Results on YouTube-VOS 2018.\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)"
        " (ImageNet, 22.) He et al., 2016\n"
        "- [Speed/accuracy trade-offs for modern detectors](https://arxiv.org/abs/1611.10012)"
        " results on MS-COCO 2017 test-dev, arXiv 2016.\n"
    )
    assert [year for _, year in _read(text)] == [2019, 2016, 2016]


def test_an_apa_citation_reads_its_title_and_its_year_not_its_authors_and_volume():
    text = (
        "1. Hochreiter, S., & Schmidhuber, J. (1997). [Long Short-Term Memory]"
        "(https://www.bioinf.jku.at/publications/older/2604.pdf). *Neural Computation*, 9(8).\n"
        "2. Krizhevsky, A., Sutskever, I., & Hinton, G. E. (2012). [ImageNet Classification with "
        "Deep Convolutional Neural Networks](https://papers.nips.cc/paper/4824). *NeurIPS*, 25.\n"
        "3. Vaswani, A., et al. (2017). [Attention Is All You Need]"
        "(https://arxiv.org/abs/1706.03762). *NeurIPS*, 30.\n"
    )
    assert _read(text) == [
        ("Long Short-Term Memory", 1997),
        ("ImageNet Classification with Deep Convolutional Neural Networks", 2012),
        ("Attention Is All You Need", 2017),
    ]


def test_a_name_in_a_code_span_said_again_by_the_title_is_read_once():
    text = (
        "- `SWE-agent` SWE-agent: Agent-Computer Interfaces Enable Automated Software "
        "Engineering (NeurIPS 2024) [[paper](https://arxiv.org/abs/2405.15793)]\n"
        "- `GPT-4` Technical Report [[paper](https://arxiv.org/abs/2303.08774)]\n"
    )
    assert _named(text) == [
        ("SWE-agent: Agent-Computer Interfaces Enable Automated Software Engineering",
         "SWE-agent", "NeurIPS 2024"),
        ("GPT-4 Technical Report", None, None),
    ]  # fmt: skip


def test_a_bold_venue_over_a_short_topic_dates_the_list_below_it():
    """``**ICLR 2024** Large Language Models`` over bullets is a group's date and topic, not
    a paper's head (a first try at the next test's layout took the year from every item)."""
    text = (
        "**ICLR 2024** Large Language Models\n\n"
        "- [Let's Verify Step by Step](https://arxiv.org/abs/2305.20050)\n\n"
        "**NeurIPS 2023** Diffusion Models\n\n"
        "- [Consistency Models](https://arxiv.org/abs/2303.01469)\n"
    )
    assert [year for _, year in _read(text)] == [2024, 2023]


def test_a_bold_venue_and_a_short_title_over_a_bare_link_line_is_that_papers_entry():
    text = (
        "# Shadow Removal\n\n## Papers\n\n**ECCV 2022** Style-Guided Shadow Removal\n\n"
        "Link: [paper](https://arxiv.org/abs/2208.00001) Code: [code](https://github.com/a/b)\n\n"
        "**CVPR 2022** Bijective Mapping Network for Shadow Removal\n\n"
        "Link: [paper](https://arxiv.org/abs/2203.00002) Code: Not Found\n"
    )
    assert _read(text) == [
        ("Style-Guided Shadow Removal", 2022),
        ("Bijective Mapping Network for Shadow Removal", 2022),
    ]
