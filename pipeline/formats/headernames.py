"""The names a paper table's header gives each column's role (``Title``, ``论文题目``,
``Pub. & Date``, ``Code``...), by role, and a line that holds only such names. Pure."""

from __future__ import annotations

PUBLICATION_YEAR = ("pubyear", "pub year", "pub. year", "publication year", "published year")
"""Headers of a column that dates the paper's publication, beside one that may date
something else (an award's year)."""

HEADER_ROLES: tuple[tuple[str, tuple[str, ...]], ...] = (
    (
        "venue+year",
        ("pub. & date", "pub & date", "venue & date", "venue/date", "publication & date"),
    ),
    (
        "title",
        (
            "title",
            "paper title",
            "paper name",
            "name of paper",
            "papers",
            "paper",
            "survey",
            "surveys",
            "论文",
            "論文",
            "标题",
            "题目",
            "论文标题",
            "论文题目",
            "论文名称",
            "文献",
            "논문",
            "제목",
            "название",
            "artículo",
            "artigo",
            "статья",
            "titel",
            "titre",
            "título",
            "titolo",
        ),
    ),
    (
        "short",
        (
            "name",
            "method",
            "model",
            "abbr",
            "short name",
            "alias",
            "acronym",
            "approach",
            "algorithm",
            "简称",
            "缩写",
            "モデル名",
            "モデル",
            "手法",
        ),
    ),
    (
        "paper",
        (
            "arxiv",
            "pdf",
            "link",
            "links",
            "url",
            "publication",
            "paper link",
            "preprint",
            "ссылка",
            "ссылки",
            "lien",
            "enlace",
        ),
    ),
    (
        "code",
        (
            "code",
            "github",
            "repo",
            "repository",
            "implementation",
            "source code",
            "代码",
            "코드",
            "код",
        ),
    ),
    ("project", ("project", "website", "homepage", "page", "demo", "site")),
    (
        "year",
        (
            "year",
            "date",
            "time",
            "published",
            *PUBLICATION_YEAR,
            "release",
            "month",
            "年份",
            "时间",
            "日期",
            "발행연도",
            "год",
            "дата",
            "jahr",
            "datum",
            "année",
            "date de publication",
            "año",
            "fecha",
            "ano",
            "anno",
            "연도",
            "初出時期",
            "時期",
            "日付",
            "公開日",
            "発表日",
        ),
    ),
    (
        "venue",
        (
            "venue",
            "conference",
            "journal",
            "conf",
            "publisher",
            "pub",
            "where",
            "booktitle",
            "source",
            "期刊",
            "会议",
            "发表",
            "出处",
            "학회",
            "저널",
            "会議",
            "ジャーナル",
            "学会",
            "掲載誌",
        ),
    ),
    (
        "authors",
        (
            "author",
            "authors",
            "作者",
            "저자",
            "著者",
            "автор",
            "авторы",
            "autor",
            "autoren",
            "auteur",
            "auteurs",
            "autores",
        ),
    ),
    ("links", ("resources", "resource", "materials", "weights", "checkpoints")),  # never the title
    (
        "description",
        (
            "description",
            "descriptions",
            "备注",
            "说明",
            "简介",
            "비고",
            "설명",
            "desc",
            "remarks",
            "remark",
            "comment",
            "comments",
            "highlights",
            "contribution",
            "contributions",
            "key idea",
            "main idea",
            "описание",
            "краткое содержание",
            "beschreibung",
            "résumé",
            "descripción",
            "descrição",
        ),
    ),
    (
        "affiliation",
        tuple(
            "organization organisation organizations institution institutions affiliation "
            "affiliations lab group company team developer developers".split()
        ),
    ),
    ("citing", ("used by", "used in", "applied in", "adopted by")),
    (
        "read",
        ("readtime", "read time", "read date", "date read", "reading date", "阅读时间", "阅读日期"),
    ),
    (
        "notes",
        (
            "markdown",
            "reading notes",
            "my notes",
            "paper notes",
            "笔记",
            "阅读笔记",
            "论文笔记",
            "解读",
            "slides",
            "slide",
            "lecture slides",
            "lecture notes",
            "recording",
            "recordings",
        ),
    ),
)
"""``citing``: the papers that used the row's dataset or tool (``Used By``): not the row's.
``read``: when the maintainer read the paper (``ReadTime``), no date of the paper's.
``notes``: the maintainer's notes on the paper (``Markdown``, ``笔记``) or a course's slides and
recordings of the session (``Slides``; not ``Video``, a modality as often): its links are neither the paper nor its code; only a header that is one of these names (a ``Note`` or ``Notes``
column may hold the code link)."""


_HEADER_NAMES = frozenset(n for _, names in HEADER_ROLES for n in names) | frozenset(
    ("#", "no.", "notes", "tags", "keywords", "task", "category", "dataset", "datasets", "stars")
)


def header_row(text: str) -> bool:
    """``Date | Venue | Paper | Links``: a table's header row written without its separator
    row (so a paragraph's line), three column names or more, not a title."""
    parts = [p.strip(" *_").lower() for p in text.strip(" |").split("|")]
    return len(parts) >= 3 and all(p in _HEADER_NAMES for p in parts)
