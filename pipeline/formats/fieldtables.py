"""A paper's own key/value table (``### 1. Title`` over ``| 项目 | 内容 |`` and rows ``| **ArXiv
ID** | [id](url) |``, ``| **PDF** | [下载链接](pdf) |``, ``| **代码** | [repo](url) |``): one
entry, its rows its fields, titled by a ``Title`` row, by the heading or bold line just above
it, or by its paper link's text. A table whose labels are no field names (``| **NeRF** |
[Title](url) |``, ``| **LLaMA** | [paper](url) |``) or whose rows link titled papers is a
table of papers, read row by row. Pure."""

from __future__ import annotations

import re
from collections.abc import Iterable

from pipeline.arxivid import from_url
from pipeline.formats import fields as F
from pipeline.formats.blocks import Block, Context, has_paper, links_of
from pipeline.formats.cleantitle import clean_title
from pipeline.formats.labels import title_label
from pipeline.formats.runs import Run, plain

Rows = list[list[list[Run]]]

_FIELD_WORDS = (
    r"arxiv|paper|pdf|link|url|doi|html|ieee|acm|openreview|abs|abstract|code|github|repo|"
    r"repository|implementation|project|homepage|website|page|title|name|authors?|"
    r"affiliations?|institutions?|date|published|publication|submitted|updated|year|venue|"
    r"conference|journal|keywords?|tags?|category|topic|summary|tl;?dr|contributions?|"
    r"highlights?|method|datasets?|results?|notes?|comments?|citations?|stars|status|"
    r"rating|version|id|number|no\.?|official|download|source|first|last|publish|time|in"
)
_LABEL = re.compile(rf"(?i)(?:(?:{_FIELD_WORDS})\b\s*){{1,3}}")
_CJK_LABEL = re.compile(
    r"(?:论文|原文|文章|代码|源码|项目|主页|链接|地址|下载|标题|题目|名称|作者|机构|单位|日期|时间|"
    r"年份|会议|期刊|发表|发布|来源|关键词|标签|分类|领域|摘要|总结|简介|贡献|创新点|亮点|方法|"
    r"数据集|结果|备注|评论|引用|状态|评分|推荐度|更新|版本|编号|实现|官方|开源){1,3}"
)


def field_rows(rows: Rows) -> list[tuple[str, list[Run]]] | None:
    """``rows`` (header first) as a paper's fields, ``(label, value)``: two columns, two
    fields or more (the header too when it is one), two in three labelled by a field's name,
    no paper link's name twice, a paper link among the values and one paper only (no two
    arXiv papers, no two values linking titled papers)."""
    if any(len(r) != 2 for r in rows):
        return None
    header = _field_name(rows[0][0]) and has_paper(rows[0][1])  # ``| **ArXiv ID** | [id](url) |``
    body = [(_field_name(k), k, v) for k, v in (rows if header else rows[1:])]
    names = [name for name, _, _ in body if name is not None]
    linked = [name.lower() for name, _, v in body if name is not None and has_paper(v)]
    if len(body) < 2 or len(names) * 3 < len(body) * 2 or len(set(linked)) < len(linked):
        return None  # ``| Paper | [BERT](…) |`` twice: a table of papers
    if not any(has_paper(v) for *_, v in body) or len(_arxiv_ids(v for *_, v in body)) > 1:
        return None
    if sum(_titled_paper(v) for *_, v in body) >= 2:
        return None  # ``| Survey | [A Survey of X](arxiv) |`` rows: a table of papers
    return [(name or plain(k).strip(), v) for name, k, v in body]


def field_block(fields: list[tuple[str, list[Run]]], line: int, ctx: Context, title: str | None) -> Block:  # fmt: skip
    """The entry of a paper's fields, titled by its ``Title`` row, else by its paper link's
    text when that is a title, else by ``title`` (the bold line or heading above)."""
    named = title_field(fields)
    if named:
        guess = F.TitleGuess(named, None, "the paper's Title field", line)
    elif title and not titled_by_link(fields):
        guess = F.TitleGuess(title, None, "heading over the paper's field table", line)
    else:
        guess = None  # ``| **Paper** | [Retinexformer: One-stage ...](arxiv) |``: the link's
    return Block("table", line, field_runs(fields, line), ctx, guess=guess)


def title_field(fields: list[tuple[str, list[Run]]]) -> str | None:
    """The value of a ``Title`` (``标题``, ``Paper Title``) row."""
    return next((plain(v).strip() for k, v in fields if title_label(k)), None)


def field_runs(fields: list[tuple[str, list[Run]]], line: int) -> list[Run]:
    """The fields as the lines of an entry: ``Label: value``, one a line."""
    end = Run("break", "\n", line)
    return [r for key, value in fields for r in (Run("text", f"{key}: ", line), *value, end)]


def titled_by_link(fields: list[tuple[str, list[Run]]]) -> bool:
    """A paper link among the values whose text is a title (``[Retinexformer: ...](arxiv)``)."""
    return any(_titled_paper(v) for _, v in fields)


def same_paper(block: Block, fields: list[tuple[str, list[Run]]], *, unnamed: bool) -> bool:
    """``fields`` (a second table, ``Resources`` under ``Basic info``) are more fields of
    ``block``'s paper: no ``Title`` row of their own, and the same arXiv paper (or, when
    ``unnamed`` allows it, no arXiv paper at all: the fields under ``### [Title](url)``)."""
    had = _arxiv_ids([block.head, *block.details])
    ids = _arxiv_ids(v for _, v in fields)
    if title_field(fields) is not None:
        return False
    return (bool(ids) and ids <= had) or (unnamed and not ids)


def _arxiv_ids(cells: Iterable[list[Run]]) -> set[str]:
    return {i for cell in cells for r in links_of(cell) if (i := _arxiv(r.url))}


def _arxiv(url: str | None) -> str | None:
    ref = from_url(url or "")
    return ref.base_id if ref is not None else None


def _field_name(cell: list[Run]) -> str | None:
    """``**ArXiv ID**``, ``📄 Paper``, ``代码``, ``Code:``: a field's name, else None."""
    text = " ".join(re.sub(r"[^\w\s;./&-]", " ", plain(cell)).split()).strip(" :.")
    if not text or len(text) > 24:
        return None
    return text if _LABEL.fullmatch(text + " ") or _CJK_LABEL.fullmatch(text) else None


def _titled_paper(value: list[Run]) -> bool:
    """A paper link whose text is a title (four words or more, no ``CVPR 2025 Workshop Paper``)."""
    return has_paper(value) and any(_title_text(r.text) for r in links_of(value))


def _title_text(text: str) -> bool:
    return len(text.split()) >= 4 and F.title_like(text) and not F.is_context_text(text)


_NUMBER = re.compile(
    r"^\s*(?:(?:(?i:paper|no\.?)\s+)?\d{1,4}\s*[.:)](?=\s)|(?i:paper|no\.?)\s+\d{1,4}(?=\s)"
    r"|#\d{1,4}(?=\s)|[\[(（]\d{1,4}[\])）]|\d{1,4}\s*[、：．])\s*"
)
"""``1. ``, ``2) ``, ``Paper 3: ``, ``No. 4 ``, ``#5 ``, ``[6]``, ``7、``: a heading's number
(not ``2.5D Visual Sound``, ``1.58-bit FLUX``, ``Paper2Code: ...``)."""
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")


def heading_title(section: str) -> str | None:
    """``1. Real Image Denoising with ...``, ``Paper 2: ...``, ``[3] ...``, ``4、基于...``:
    the heading's text, its number gone, when it reads as a title (three words or more, or
    six characters of Chinese, Japanese or Korean), its venue tail cut."""
    text = _NUMBER.sub("", section).strip()
    if len(_CJK.findall(text)) >= 6:
        return text
    return clean_title(text) if len(text.split()) >= 3 and F.title_like(text) else None
