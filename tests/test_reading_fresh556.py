"""What the seventieth round of unseen lists (fresh556-560) taught the reader, each held
by a test that fails on the reader before it (f1f7d38)."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_a_kramdown_definition_list_reads_its_numbered_papers():
    """A course schedule written as kramdown definition lists (``Feb. 6, Thu`` then ``: 1.
    [Title](url)``): CommonMark made the date the first paper's title."""
    text = (
        "Feb. 6, Thu\n"
        ": [Self-supervised Learning](https://example.edu/video/1) ([Slides](https://example.edu/s.pdf))\n"
        "  : Alex, Bumjin, Nuo Wen\n"
        ": 1. [Emergent Abilities of Large Language Models](https://arxiv.org/abs/2206.07682)\n"
        "  1. [Are Emergent Abilities of Large Language Models a Mirage?](https://arxiv.org/abs/2304.15004)\n\n\n"
        "Feb. 11, Tue\n"
        ": 1. [Matching Networks for One Shot Learning](https://arxiv.org/abs/1606.04080)\n"
    )
    assert [(line, title) for line, title, _ in _read(text)] == [
        (4, "Emergent Abilities of Large Language Models"),
        (5, "Are Emergent Abilities of Large Language Models a Mirage?"),
        (9, "Matching Networks for One Shot Learning"),
    ]


def test_a_list_title_naming_a_venue_in_lower_case_dates_its_entries():
    """``# cvpr2019`` and a full-width bracket dates every entry below it, and a Chinese
    note in full-width brackets after a Latin title of three words or more is no part of
    it (a name's own note, after ``CT-RATE``, stays)."""
    text = (
        "# cvpr2019（Papers/Codes/Project/Paper reading）\n\n"
        "588.Self supervised 3D hand pose estimation（Oral，手势姿态估计）<br>\n"
        "论文链接：https://arxiv.org/abs/1902.09208<br>\n\n"
        "587.Point-to-Pose Voting based Hand Pose Estimation（手势姿态估计）<br>\n"
        "论文链接：https://arxiv.org/abs/1902.09246<br>\n"
    )
    assert [(t, y) for _, t, y in _read(text)] == [
        ("Self supervised 3D hand pose estimation", 2019),
        ("Point-to-Pose Voting based Hand Pose Estimation", 2019),
    ]
    named = (
        "- [CT-RATE（胸部 CT 图文语料库）](https://www.nature.com/articles/s41551-025-01599-y)\n"
    )
    assert reader("title")(
        named + "- [Another Paper About Learning](https://arxiv.org/abs/2301.00009)\n"
    )[0] == ("CT-RATE（胸部 CT 图文语料库）",)


def test_japanese_table_headers_name_their_columns():
    """``モデル名 | 初出時期 | 会議/ジャーナル | 論文``: a name, a release date, a venue and
    the paper; the venue's year is the paper's (as beside an English ``Date`` column)."""
    text = (
        "| モデル名 | 初出時期 | 会議/ジャーナル | 論文 |\n|:---|:---|:---|:--|\n"
        "| BERT | 2018.10.11 | NAACL 2019 | [BERT: Pre-training of Deep Bidirectional"
        " Transformers for Language Understanding](https://aclanthology.org/N19-1423/) |\n"
        "| GPT-2 | 2019.02.14 | - | [Language Models are Unsupervised Multitask"
        " Learners](https://cdn.openai.com/better-language-models/language_models.pdf) |\n"
    )
    assert [(y, s) for y, s in reader("year", "short_name")(text)] == [
        (2019, "BERT"),
        (2019, "GPT-2"),
    ]


def test_a_line_of_bracketed_link_labels_belongs_to_the_entry_above():
    """``**Title**<br>`` / authors / venue / ``[[PDF](url)]`` then ``[[Data](osf)]``,
    ``[[Code](github)]`` lines: the labels are the entry's, its code included; and the
    Eurographics library is a paper host."""
    text = (
        "### EEG\n**Open Vocabulary Electroencephalography-to-Text Decoding**<br>\n"
        "*Zhenhailong Wang, Heng Ji*<br>\nAAAI 2022\n"
        "[[PDF](https://ojs.aaai.org/index.php/AAAI/article/view/20472)]\n"
        "[[ZuCo1](https://osf.io/q3zws/files/osfstorage)]\n"
        "[[Code](https://github.com/MikeWangWZHL/EEG-To-Text)]\n\n"
        "**Smooth Feature Lines on Surface Meshes**<br>\n"
        "[[PDF](https://diglib.eg.org/items/860abe10-40fd-4436-bae1-7db8f05df494)]\n"
    )
    got = reader("title", "code")(text)
    assert got[0][1].url == "https://github.com/MikeWangWZHL/EEG-To-Text"
    assert [t for t, _ in got] == [
        "Open Vocabulary Electroencephalography-to-Text Decoding",
        "Smooth Feature Lines on Surface Meshes",
    ]
