"""Link words of lists written in languages other than English: the labels a list gives a
link (``[论文链接]``, ``[Artículo]``, ``[статья]``), never a paper's title. Pure."""

from __future__ import annotations

import re

_GENERIC_OTHER = frozenset(
    "论文 代码 项目 主页 项目主页 链接 原文 数据 数据集 视频 博客 論文 コード プロジェクト 논문 코드 링크 "
    "地址 论文地址 代码地址 项目地址 论文链接 代码链接 摘要 中英摘要 中文摘要 笔记 解读 翻译 "
    "论文翻译 中文翻译 翻译版 论文摘要 来源 正式来源 出版 出版页 全文 预印本 官方 官网 官方代码 官方实现 阅读卡片 阅读笔记 正式版 "
    "статья статьи код сайт проект ссылка ссылки репозиторий препринт видео блог данные "
    "датасет демо слайды модель модели веса".split()
)


_GENERIC_LATIN = frozenset(
    "artículo articulo artículos enlace enlaces sitio código codigo proyecto página pagina "
    "documento descargar aquí lien liens projet télécharger papier artikel quelle seite projekt "
    "herunterladen artigo artigos projeto sítio articolo collegamento codice progetto "
    "pubblicazione publicación publicação".split()
)
"""Link words of Spanish, French, German, Portuguese and Italian lists (``[Artículo](url)``,
``[Enlace]``, ``[Lien]``), written with the letters ASCII's words leave out."""

_CJK_LABEL = re.compile(
    "(?:(?:开源|官方|项目|论文|代码|源码|链接|地址|主页|解读|笔记|原文|全文|官网|实现|仓库"
    "|下载|阅读|卡片|视频|博客|数据集|数据|网站|网页|页面|入口)[ ·、/]?){2,4}"
)
"""A label made of link words (``开源项目链接``, ``论文解读``, ``源码下载``): no title (not
``摘要`` or ``翻译`` among them: ``视频摘要``, ``代码翻译`` are research topics)."""


def foreign_link_word(text: str) -> bool:
    """``text`` (in lower case) is a link word of another language, alone or (in Chinese)
    made of several (``开源项目链接``)."""
    said = " ".join(text.strip(" []()【】:：").split())
    return said in _GENERIC_OTHER or said in _GENERIC_LATIN or bool(_CJK_LABEL.fullmatch(said))


PAPER_LABELS = ("论文", "论文链接", "论文地址", "论文原文", "論文", "논문", "原文 pdf", "论文 pdf",
                "原文pdf", "论文pdf", "全文 pdf")  # fmt: skip
"""Labels of a paper's link in Chinese, Japanese and Korean lists (``[论文链接](url)``; not
``[原文]`` or ``[全文]`` alone, "the original" of a translated blog post or a tweet)."""
