"""Where papers live on the web: the hosts and paths of paper pages (a publisher's article,
a preprint server, a repository's record), apart from what a link's text says. Pure."""

from __future__ import annotations

import re

from pipeline.formats.common import CJK

PAPER_HOSTS = (
    "arxiv.org", "doi.org", "openreview.net", "aclanthology.org", "aclweb.org",
    "papers.nips.cc", "proceedings.neurips.cc", "neurips.cc/paper", "openaccess.thecvf.com",
    "proceedings.mlr.press", "ieeexplore.ieee.org", "dl.acm.org", "link.springer.com",
    "ojs.aaai.org", "aaai.org/ojs", "huggingface.co/papers", "semanticscholar.org",
    "ecva.net", "ijcai.org/proceedings", "sciencedirect.com", "nature.com/articles",
    "science.org/doi", "biorxiv.org", "medrxiv.org", "pubmed.ncbi.nlm.nih.gov",
    "ncbi.nlm.nih.gov/pmc", "jmlr.org/papers", "isca-archive.org", "isca-speech.org",
    "researchgate.net/publication", "papers.ssrn.com", "usenix.org/conference",
    "ssrn.com/abstract=", "nber.org/papers/w", "/popets-20", "diglib.eg.org",
    "ndss-symposium.org", "onlinelibrary.wiley.com", "tandfonline.com", "mdpi.com",
    "frontiersin.org", "iopscience.iop.org", "journals.aps.org", "pnas.org", "cell.com",
    "aclanthology.info", "paperswithcode.com/paper", "academic.oup.com", "computer.org/csdl",
    "bmva.org", "bmvc", "roboticsproceedings.org", "ceur-ws.org", "jair.org", "tmlr",
    "alphaxiv.org", "arxiv-vanity.com/papers/", "iclr.cc", "icml.cc", "eccv", "neurips.cc/virtual", "proceedings.mlsys.org",
    "thecvf.com/virtual", "cv-foundation.org/openaccess", "microsoft.com/en-us/research/publication",
    "pubs.aip.org", "pubs.rsc.org", "pubs.acs.org", "chemrxiv.org", "europepmc.org",
    "journals.plos.org", "elifesciences.org", "springeropen.com", "biomedcentral.com",
    "royalsocietypublishing.org", "cambridge.org/core", "aps.org/doi", "techrxiv.org",
    "hal.science", "hal.archives-ouvertes.fr", "dblp.org/rec", "transformer-circuits.pub",
    "distill.pub", "citeseerx.ist.psu.edu/document", "citeseerx.ist.psu.edu/viewdoc",
    "eprint.iacr.org", "jstor.org/stable", "escholarship.org/uc/item", "hdl.handle.net",
    "drops.dagstuhl.de/opus/volltexte/", "drops.dagstuhl.de/entities/document/",
    "osf.io/preprints", "pdfs.semanticscholar.org", "scholar.archive.org", "/viewcontent.cgi",
    "par.nsf.gov/servlets/purl", "amazon.science/publications/", "research.google/pubs/", "ai.google/research/pubs/pub",
    "ai.meta.com/research/publications/", "research.ibm.com/publications/",
    "machinelearning.apple.com/research/", "deepmind.google/research/publications/",
    "aaai.org/ocs/", "aaai.org/papers/", "aaai.org/library/", "preprints.org/manuscript/",
    "preprints.org/frontend/manuscript/", "hrcak.srce.hr/clanak/",
    "researchsquare.com/article/", "nowpublishers.com/article/", "worldscientific.com/doi/",
    "springerlink.com/content/", "research.fb.com/publications/", "diva-portal.org/smash/record",
    "pmc.ncbi.nlm.nih.gov/articles/", "ui.adsabs.harvard.edu/abs/", "reader.elsevier.com/",
    "//www.scientific.net/", "//scientific.net/", "research.microsoft.com/apps/pubs/",
    "microsoft.com/en-us/um/people/", "copernicus.org/articles/", "climatechange.ai/papers/", "virtualchair.net/poster_",
    "conference-program.com/presentation/?id=pap", "portal.acm.org/citation.cfm",
    "linkinghub.elsevier.com/retrieve/pii/", "research.google.com/pubs/pub",
    "ai.facebook.com/research/publications/", "research.google.com/archive/",
    "easychair.org/publications/preprint",
)  # fmt: skip
_DOI_IN_PATH = re.compile(r"/10\.\d{4,9}/[^/\s]+")
"""A DOI in a link's path: the paper's page on a publisher or a mirror."""
_DOI_IN_QUERY = re.compile(r"[?&](?:id|doi|doid)=10\.\d{4,9}/[^\s&#]")
"""A DOI as the ``id``/``doi`` of a query: a publisher's article page (``aeaweb.org/articles?
id=10.1257/…``, ``scitepress.org/Link.aspx?doi=…``); not a search (``?q=``), a metrics
service's (:data:`_DOI_SERVICES`) or a dataset's (``?persistentId=``)."""
_DOI_SERVICES = re.compile(
    r"//(?:[\w-]+\.)*(?:plu\.mx|altmetric\.com|dimensions\.ai|crossref\.org|crosscite\.org|"
    r"unpaywall\.org|scite\.ai|mendeley\.com|zotero\.org|pubpeer\.com|openicpsr\.org|icpsr\.umich\.edu|"
    r"scholar\.google\.[a-z.]+|connectedpapers\.com|researchgate\.net/search)/"
)
_ARTICLE_PATH = re.compile(
    r"bmj\.com/content/(?:[a-z]+/)?\d+/\d+/[\w.-]+$|direct\.mit\.edu/[a-z]+/article/"
    r"|nature\.com/nature/journal/v\d+/n\d+/(?:full|abs|pdf)/|scielo\.br/j/\w+/a/\w+"
    r"|jamanetwork\.com/journals/[\w-]+/(?:full)?article(?:-abstract)?/\d+/?(?:[?#].*)?$"
    r"|thelancet\.com/journals/[\w-]+/article/|jmir\.org/(?:19|20)\d\d/\d+/e\d+|//www\.ncbi\.nlm\.nih\.gov/pubmed/\d+|//www\.academia\.edu/\d+/|//inspirehep\.net/(?:record|literature)/\d+/?(?:[?#]\S*)?$"
    r"|//(?:hal(?:-\w+)?\.[\w.-]+|tel\.archives-ouvertes\.fr)/(?:[\w-]+/)?(?:hal|tel|inria)-\d{8}|\.pure\.elsevier\.com/(?:[a-z]{2}/)?publications/[\w-]+"
    r"|//journals\.lww\.com/[\w-]+/(?:fulltext|abstract)/(?:19|20)\d\d/"
    r"|//projecteuclid\.org/(?:download/\w+/)?(?:euclid\.\w+/\d+|journals/[\w-]+/volume-\d+/issue-[\w-]+/[\w-]+/)|//ideas\.repec\.org/[ap]/"
    r"|//mpra\.ub\.uni-muenchen\.de/\d+/?(?:[?#]\S*)?$|//econpapers\.repec\.org/(?:paper|article)/\w+/[\w.-]+\.htm"
    r"|//dergipark\.org\.tr/(?:[a-z]{2}/)?(?:pub/[\w-]+/(?:issue/\d+/\d+|article/\d+)|download/article-file/\d+)"
    r"|sciencemag\.org/content/\d+/\d+/[\w.-]+"  # volume, issue, page: not an issue's contents
    r"|//(?:opg\.optica|(?:www\.)?osapublishing)\.org/\w+/(?:abstract|fulltext|viewmedia)\.cfm\?uri=[\w-]+"
    r"|//ci\.nii\.ac\.jp/naid/\d+|//cir\.nii\.ac\.jp/crid/\d+|//www\.intechopen\.com/chapters/\d+"
    r"|//(?:www\.)?osti\.gov/servlets/purl/\d+/?(?:[?#]|$)"
    r"|//(?:www\.)?degruyter\.com/view/journals/[\w-]+/\d+/\d+/article-p\d+\.xml|//content\.iospress\.com/download/[\w-]+/[\w-]+"
    r"|usenix\.org/(?:legacy/)?(?:events|publications)/\S*?/full_papers/(?!index\.html?\b)\S"
    r"|/content/(?:early/(?:19|20)\d\d/\d\d/\d\d/[\w.-]+|\d{1,4}/\d{1,3}/[a-z]?\d+(?:\.(?:full|abstract|short)(?:\.pdf)?)?)/?$"
)
"""An article of a BMJ (``…/content/12/2/e052911``), MIT Press, JAMA, Lancet, JMIR or SciELO
journal, an old Nature or PubMed page (``…/pubmed/ID``), an Academia.edu paper, a HAL record on
an institution's portal (``hal.cirad.fr/PARISTECH/hal-01741163``), a publication in an Elsevier
Pure portal, an INSPIRE record (``…/record/1624168``), a Project Euclid, RePEc or DergiPark
article, an Optica (OSA) article (``opg.optica.org/oe/fulltext.cfm?uri=oe-24-4-4177``), a CiNii
record or an IntechOpen chapter, a De Gruyter journal article
(``degruyter.com/view/journals/jqas/12/4/article-p151.xml``), an IOS Press article's full text
(``content.iospress.com/download/journal-of-sports-analytics/jsa200462``), an OSTI full text (``osti.gov/servlets/purl/1106586``; not
a ``/biblio/`` record, a dataset's too), a HighWire journal's article
(``genome.cshlp.org/content/30/9/1332.full``,
``…/content/early/2019/10/17/rna.072785.119``; not a DSpace ``…/handle/…``, which may be a
whole collection)."""
_RECORD_PAGE = re.compile(
    r"/frontdoor/index/index/(?:[a-z]+/\d+/)*(?:docid|id)/\d+|digitalhumanities\.org(?::\d+)?/dhq/vol/\d+/\d+/\d+/"
    r"|[?&]filename=[^&#]+\.pdf(?:[&#]|$)|/index\.php/[\w-]+/article/(?:view|download)/\d+|[?&]paper_?id=\d+"
    r"|figshare\.[\w.]+/articles/(?:thesis|journal_contribution|preprint|conference_contribution)/"
    r"|//content\.iospress\.com/articles/|//ebooks\.iospress\.nl/volumearticle/\d+"
    r"|//eprints\.[\w.-]+/(?:id/eprint/)?\d+/?(?:[?#]|$)|/(?:get|create|download|view|show)_?pdf\.(?:php|aspx?|jsp)\?(?:[^#]*&)?(?:id|file_no)=\d+"
    r"|//deepai\.org/publication/|//(?:www\.)?springerprofessional\.de/(?:en/)?[\w-]+/\d+"
    r"|/publications?/(?:19|20)\d\d/[a-z](?=[\w-]*[\d_-])[\w-]{2,60}/?(?:[?#]|$)"
    r"|/handle/\d{1,6}(?:\.\d{1,6})*/\d{1,9}/?(?:[?#]|$)"
    r"|/server/api/core/bitstreams/[0-9a-f-]{36}/(?:content|download)"
    r"|/items/[0-9a-f]{8}(?:-[0-9a-f]{4}){3}-[0-9a-f]{12}/?(?:[?#]|$)|/repository/view/\d+/?(?:[?#]|$)"
    r"|/esploro/(?:fulltext|outputs)/(?!dataset|software|poster|presentation|image|video|other)[\w-]+/"
    r"|//ora\.ox\.ac\.uk/objects/uuid:[0-9a-f-]{36}"
    r"|//conf\.researchr\.org/details/[\w-]+/(?![\w-]*(?:keynote|tutorial|panel|social|doctoral|town-hall))[\w-]+/\d+(?:[/?#]|$)"
)
"""A page that holds one paper on sites that also hold its slides, videos, data or reviews: an OPUS
repository's record (``…/frontdoor/index/index/docId/4353``), an Open Journal Systems article, a
DHQ article, a figshare thesis or paper, an IOS Press article, a page named by its paper's
number (``?paper_id=4779``), a PDF served by its file's name (``?filename=X.pdf``) or its number
(``getpdf.php?id=1443``, a journal's ``create_pdf.aspx?file_no=20180104``), an EPrints record
(``eprints.gla.ac.uk/267203/``), a DeepAI or Springer Professional paper page, a lab's page of
one publication under its year (``lmb.informatik.uni-freiburg.de/Publications/2015/DFIB15/``, a
key with a digit, ``_`` or ``-``; not a year's index page, ``…/publications/2020/all/``), a
DSpace record (``ideals.illinois.edu/handle/2142/11011``, which may also be a collection's
page), DSpace 7 item (``repository.upenn.edu/items/<uuid>``), a Janeway preprint
(``eartharxiv.org/repository/view/11083/``), a conference's paper page
(``conf.researchr.org/details/icse-2026/icse-2026-research-track/29/…``; not a keynote's,
a tutorial's or a panel's), an Esploro output (``…/esploro/fulltext/conferenceProceeding/…``; not a dataset, software or poster),
an Oxford Research Archive object (``ora.ox.ac.uk/objects/uuid:…``) or DSpace file
(``…/server/api/core/bitstreams/<uuid>/content``): a paper only when the link's text is its title or a paper's label (:func:`record_page`)."""


def paper_page(low: str, path: str) -> bool:
    """A paper host's page, a DOI in the path or a journal's article page; not its slides
    (``research.google.com/archive/mapreduce-osdi04-slides/``)."""
    if _SLIDES_DIR.search(path.lower()):
        return False
    return any(h in low for h in PAPER_HOSTS) or bool(
        _DOI_IN_PATH.search(path) or _doi_query(low) or _ARTICLE_PATH.search(low)
    )


_SLIDES_DIR = re.compile(r"[-_/]slides?(?:[-_/.]|$)")


def _doi_query(low: str) -> bool:
    return _DOI_IN_QUERY.search(low) is not None and _DOI_SERVICES.search(low) is None


def record_page(low: str) -> bool:
    """The (lower-case) address is a :data:`_RECORD_PAGE`."""
    return _RECORD_PAGE.search(low) is not None


def on_paper_host(low: str) -> bool:
    """The (lower-case) address is on a host or path of :data:`PAPER_HOSTS`."""
    return any(h in low for h in PAPER_HOSTS)


_SELF_CITED = re.compile(
    r"^\W*\w[^\[\]]{10,300}?[.?!]\s+In\s+(?:Proc(?:eedings|\.)\s+(?:of\s+)?)?(?:the\s+)?"
    r"[A-Z][\w&-]*(?:\s[A-Z][\w&-]*){0,3}\s?['’]\d\d\.?\s*$"
)
"""``Telekine: Secure Computing with Cloud GPUs. In NSDI'20.``: a link's text that cites
its paper (title, then ``In`` a venue with its two-digit year)."""


def self_cited(link_text: str, low: str) -> bool:
    """A link's text is a paper's citation (title and ``In Venue'YY.``): the link (``low``,
    in lower case) is that paper's page, wherever it points (a conference's event page
    ``mlsys.org/Conferences/2020/Schedule?showEvent=1406``, which alone may be a talk's);
    not a talk's (``Keynote: ...``, a host of talks, slides or posts)."""
    cited = len(link_text) <= 400 and _SELF_CITED.match(link_text) is not None
    return cited and not _TALK.match(link_text) and not any(h in low for h in _TALK_HOSTS)


_TALK = re.compile(r"(?i)\W*(?:keynote|tutorial|invited|talk|panel|lecture|slides|poster|video)\b")
VIDEO_HOSTS = ("youtube.com", "youtu.be", "vimeo.com", "bilibili.com")
"""Hosts of videos: a talk or a thesis defence there, never the paper."""
_TALK_HOSTS = (
    *VIDEO_HOSTS, "slideslive.", "videolectures.net",
    "slideshare.net", "speakerdeck.com", "twitter.com", "//x.com", "docs.google.com",
    "/accepted", "medium.com",
)  # fmt: skip
"""Where a talk, slides, a post or a listing is kept, not a paper."""


_COLLECTION = re.compile(
    r"(?i)\b(?:reports|memos|theses|dissertations|working\s+papers|collections?|communit(?:y|ies)"
    r"|lab(?:oratory)?|department|archives?|series)\b"
)
"""A DSpace page's words for a collection or a community, not one paper, in a short name
(``CSAIL Technical Reports``, ``Computer Science and Artificial Intelligence Lab (CSAIL)``;
not ``The Orchive: … a large collection of bioacoustic recordings``), or a span of years
(``MIT AI Lab Memos (1959 - 2004)``): a ``/handle/`` address is the same for both."""
_SPAN = re.compile(r"\((?:19|20)\d\d\s*[-–]")


def collection_record(low: str, link_text: str) -> bool:
    """A DSpace ``/handle/`` address (``low``, in lower case) named as a collection."""
    if "/handle/" not in low:
        return False
    short = len(link_text.split()) <= 8 and _COLLECTION.search(link_text) is not None
    return short or _SPAN.search(link_text) is not None


_ONE_DOCUMENT = re.compile(r"/[^/]*[A-Za-z]{2,}(?:[-_][A-Za-z0-9]+){3,}/?$")
"""A path ending in a slug of four words or more (``…/publications/deep-incomplete-multi-view-
…``): one document's page, where a ``[Papers]`` label means its paper (not ``…/papers/``,
``…/accepted_papers``, a profile: lists of papers)."""


def one_document(path: str) -> bool:
    """The path ends in a long slug: :data:`_ONE_DOCUMENT`."""
    return _ONE_DOCUMENT.search(path) is not None


_NOT_A_PAPERS_TITLE = re.compile(
    r"(?i)^\W*(?:editorial|call\s+for\s+papers|vol(?:ume)?\.?\s*\d|issue\b|special\s+issue|book\s+review|"
    r"additional\s+file|supplement|(?:table|fig(?:ure)?\.?)\s*s?\d|proceedings\b|"
    r"introduction\s+to\s+the\s+special|front\s+matter|errat|corrigendum|retraction|slides|"
    r"(?:code|data)\s+(?:and|&)\s+(?:code|data)\b|(?:code|data)\s*$)|(?i:\b(?:tutorial\s+part|talk\s+(?:at|recording|"
    r"slides|video)|recording|keynote|slides|presentation\s+(?:at|of|slides)|poster\s+(?:pdf|at|"
    r"presented|and|session)|lecture\s+(?:notes|video|slides|at)|deck|watch|appendix|replication|"
    r"reviewers?|comments\s+and\s+responses)\b)|视频|回放|补充材料|附录|幻灯片|海报|演讲"
)
"""What a journal's or a repository's record holds beside papers (``Editorial: ...``, ``Call
for Papers: ...``, ``Vol. 34 No. 1 (2020)``, ``Book Review: ...``, ``Additional file 1 of
...``, ``Table S1. ...``, a poster, a talk, a tutorial's part)."""


_CJK_JOURNAL = re.compile(r"(?:学报|杂志|期刊|学刊|通讯|研究与发展|与探索|学术)\W*$")
"""A Chinese journal's name (``计算机研究与发展``, ``中文信息学报``), not a paper's title."""


def titled_record(link_text: str, low: str) -> bool:
    """A link's text that reads as a paper's title: three words or more (or six CJK
    characters), no record of an editorial, an issue, a supplement or a talk
    (:data:`_NOT_A_PAPERS_TITLE`), nor a Chinese journal's or a DSpace collection's name."""
    long = len(link_text.split()) >= 3 or len(CJK.findall(link_text)) >= 6  # (or ``IoT 智能…``)
    said = long and not _NOT_A_PAPERS_TITLE.search(link_text) and not _CJK_JOURNAL.search(link_text)
    return said and not collection_record(low, link_text)
