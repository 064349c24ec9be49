"""Layouts and conventions first seen in the fresh509-513 batches, each held by a test that
fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.formats.mdparser import tame
from tests.support.reading import one, reader

_titles = reader("title")
_dated = reader("title", "year")
_coded = reader("title", "code")


def _code_url(e) -> str | None:
    return e.code.url if e.code else None


def test_an_acronym_and_a_two_digit_year_with_the_apostrophe_after_it_date_a_row():
    """``| ATC 22' | RunD | [Title](url) |``: a venue the known ones lack, its year written
    ``22'``; not a year glued to a word (``ATC 22's``)."""
    text = (
        "| Cite | Nickname | Paper |\n|---|---|---|\n"
        "| ATC 22' | RunD | [RunD: A Lightweight Secure Container Runtime](https://www.usenix.org/conference/atc22/presentation/li-zijun-rund) |\n"
        "| SIGCOMM 22' | SPRIGHT | [SPRIGHT: Extracting the Server from Serverless Computing](https://dl.acm.org/doi/10.1145/3544216.3544259) |\n"
    )
    assert [y for _, y in _dated(text)] == [2022, 2022]


def test_a_known_venue_in_the_lists_own_case_dates_the_entry_and_is_no_name():
    """``Mobisys '14 -- [Title](url)``, ``Sigmod 2017 -- [Title](url)``: a known venue the
    list writes in its own case, with its year; before, the venue was the entry's short
    name and the entry had no year."""
    text = (
        "- Mobisys '14 -- [Towards Wearable Cognitive Assistance](http://dl.acm.org/citation.cfm?id=2594383)\n"
        "- Sigmod 2017 -- [Spanner: Becoming a SQL System](http://dl.acm.org/citation.cfm?id=3056103)\n"
        "- Eurosys' 2016 -- [Picocenter: Supporting long-lived applications](http://dl.acm.org/citation.cfm?id=2901345)\n"
    )
    assert _dated(text) == [
        ("Towards Wearable Cognitive Assistance", 2014),
        ("Spanner: Becoming a SQL System", 2017),
        ("Picocenter: Supporting long-lived applications", 2016),
    ]
    assert one(text.splitlines()[0] + "\n").short_name is None


def test_a_venue_then_tags_set_apart_by_dashes_lead_to_the_linked_title():
    """``Mobisys '14 -- `Cloudlet + Google Glass` -- [Title](url)``, ``ASPLOS 16 -- CLOUD + AI
    -- , Kang et al, [Title](url)``, ``arXiv -- Jonas et al, [Title](arxiv)``: the venue, a
    topic and the authors before the link; the title is the link's text (before, the venue
    and topic were taken for the title: a false wrong-paper online)."""
    text = (
        "- Mobisys '14 -- `Cloudlet + Google Glas` -- [Towards Wearable Cognitive Assistance](http://dl.acm.org/citation.cfm?id=2594383)\n"
        "- ASPLOS 16 -- CLOUD + AI + Edge -- , Kang et al, [Neurosurgeon: Collaborative Intelligence Between the Cloud and Mobile Edge](http://dl.acm.org/citation.cfm?id=3037698)\n"
        "- arXiv -- Jonas et al, [Occupy the Cloud: Distributed Computing for the 99%](https://arxiv.org/abs/1702.04024) -- worth reading.\n"
    )
    assert _dated(text) == [
        ("Towards Wearable Cognitive Assistance", 2014),
        ("Neurosurgeon: Collaborative Intelligence Between the Cloud and Mobile Edge", 2016),
        ("Occupy the Cloud: Distributed Computing for the 99%", None),
    ]


def test_acm_author_izer_links_and_highwire_articles_are_paper_links():
    """``dl.acm.org/authorize?N12970`` (ACM's free link to one paper) and a HighWire
    journal's article (``…/content/30/9/1332.full``, ``…/content/early/2019/10/17/…``):
    before, the first read as the site's index page and the others as no paper at all."""
    text = (
        "- SoCC 2016 -- [ReStream: Accelerating Backtesting and Stream Replay](http://dl.acm.org/authorize?N12970)\n"
        "- [Native molecule sequencing by nano-ID reveals synthesis and stability of RNA isoforms](https://genome.cshlp.org/content/30/9/1332.full)\n"
        "- [Direct RNA sequencing enables m6A detection in endogenous transcript isoforms](https://rnajournal.cshlp.org/content/early/2019/10/17/rna.072785.119)\n"
        "- HotCloud 2017 -- [Towards Deploying Decommissioned Mobile Devices as Compute Nodes](https://www.usenix.org/conference/hotcloud17/program/presentation/shahrad)\n"
    )
    assert len(_titles(text)) == 4


def test_a_tools_item_titled_by_its_papers_link_is_an_entry():
    """``- [Chiron](repo) - [Python] - [Chiron: translating nanopore raw signal ...](paper)``
    under ``## Software packages``: the tool's item gives its paper's full title, so it is an
    entry titled by it; a paper only named as an aside (``(see [...](arxiv))``) or on a later
    line keeps the item a tool's."""
    text = (
        "# awesome-nanopore\n\n## Software packages\n\n### Basecalling\n\n"
        "- [Chiron](https://github.com/haotianteng/Chiron) - [Python] - [Chiron: translating nanopore raw signal directly into nucleotide sequence using deep learning](https://academic.oup.com/gigascience/article/7/5/giy037/4966989)\n"
        "- [tombo](https://nanoporetech.github.io/tombo/modified_base_detection.html) - [Python] - [De novo Identification of DNA Modifications Enabled by Genome-Guided Nanopore Signal Processing](https://www.biorxiv.org/content/10.1101/094672v2)\n"
        "- [LLMeBench](https://github.com/qcri/LLMeBench/) (see [LLMeBench: A Flexible Framework for Accelerating LLMs Benchmarking](https://arxiv.org/abs/2308.04945))\n"
    )
    assert [(t, c.url if c else None) for t, c in _coded(text)] == [
        (
            "Chiron: translating nanopore raw signal directly into nucleotide sequence using deep learning",
            "https://github.com/haotianteng/Chiron",
        ),
        (
            "De novo Identification of DNA Modifications Enabled by Genome-Guided Nanopore Signal Processing",
            None,
        ),
    ]


def test_a_citation_section_after_the_entries_holds_no_entry():
    """``## Citation`` closing the list cites the maintainers' own review: not an entry,
    wherever the section stands."""
    text = (
        "# List\n\n## Methods\n\n"
        "- [Paper One About Nanopores](https://arxiv.org/abs/2101.00001)\n"
        "- [Paper Two About Nanopores](https://arxiv.org/abs/2101.00002)\n\n"
        "## Citation\n"
        "Wan, Y.K. et al. Beyond sequencing: machine learning algorithms extract biology hidden in Nanopore signal data. *Trends in Genetics* (2021). https://doi.org/10.1016/j.tig.2021.09.001.\n"
    )
    assert _titles(text) == [("Paper One About Nanopores",), ("Paper Two About Nanopores",)]


def test_an_empty_heading_between_entries_keeps_the_year_heading_above():
    """``## 2021`` over bold-title blocks that ``#`` lines (empty headings) set apart: the
    year goes on past each ``#``."""
    text = (
        "# List\n\n## 2021\n\n"
        "**Title:** [Combined use of Oxford Nanopore and Illumina sequencing](https://www.biorxiv.org/content/10.1101/2021.08.26.457816v1)\n\n"
        "#\n\n"
        "**Title:** [The complete sequence of a human genome](https://www.biorxiv.org/content/10.1101/2021.05.26.445798v1)\n\n"
        "#\n"
    )
    assert [y for _, y in _dated(text)] == [2021, 2021]


def test_a_tools_item_lends_its_repository_to_the_citation_under_it():
    """``- `MapCaller` - ... https://github.com/hsinnan75/MapCaller`` over the MapCaller
    paper's citation: the tool's repository is the paper's code; a category's item that
    names a framework among others (``**Knowledge Indexing** ... [LlamaIndex](repo)``) lends
    none, nor does a list of lists two levels up."""
    tool = (
        "- `MapCaller` - map reads and identify genomic variants. https://github.com/hsinnan75/MapCaller\n"
        "    - Lin, Hsin-Nan, and Wen-Lian Hsu. \u201cMapCaller - An Integrated and Efficient Tool for Short-Read Mapping and Variant Calling.\u201d Preprint. Bioinformatics, 2019. https://doi.org/10.1101/783605.\n"
    )
    assert _code_url(one(tool)) == "https://github.com/hsinnan75/MapCaller"
    category = (
        "4. **Knowledge Indexing**\n   \n   \u2022 [PineCone](https://www.pinecone.io)\n   \n"
        "   \u2022 [LlamaIndex](https://github.com/jerryjliu/llama_index)\n   \n"
        "   \u2022 [RAPTOR: Recursive Abstractive Processing for Tree-Organized Retrieval](https://arxiv.org/pdf/2401.18059.pdf)\n"
    )
    assert _code_url(one(category)) is None
    lists = (
        "* [Natural Language Processing](https://github.com/keon/awesome-nlp#nlp-in-chinese)\n"
        "    * [Sentiment Analysis](https://github.com/laugustyniak/awesome-sentiment-analysis)\n"
        "        * [Targeted Sentiment Analysis](https://arxiv.org/pdf/1905.03423.pdf)\n"
        "        * [Hate-speech detection](https://aclanthology.org/W17-1101.pdf)\n"
    )
    assert [c for _, c in _coded(lists)] == [None, None]  # (a list of lists is no code)


def test_an_item_indented_past_four_columns_but_short_of_the_items_text_is_the_next_item():
    """``   - A`` then ``    - B``: CommonMark reads B as a lazy line of A's paragraph (and
    A took B's arXiv link); the maintainer wrote two items. A sub-item at four columns
    under an item the list can hold it in stays where it is."""
    text = (
        "## Fog\n\n"
        "   - HotCloud 2017 -- [Towards Deploying Decommissioned Mobile Devices](https://www.usenix.org/conference/hotcloud17/program/presentation/shahrad)\n"
        "    - Fog Computing: Principles, Architectures, and Applications, arXiv, https://arxiv.org/abs/1601.02752\n"
    )
    entries = reader("title", "paper")(text)
    assert [(t, p.url) for t, p in entries] == [
        (
            "Towards Deploying Decommissioned Mobile Devices",
            "https://www.usenix.org/conference/hotcloud17/program/presentation/shahrad",
        ),
        (
            "Fog Computing: Principles, Architectures, and Applications",
            "https://arxiv.org/abs/1601.02752",
        ),
    ]
    nested = "* Topic\n    * A [x](u)\n      * child\n    * B [y](v)\n"
    assert tame(nested)[0] == nested


def test_a_publishers_page_behind_a_librarys_ezproxy_is_its_paper_link():
    """``www.jstor.org.ezproxy4.library.arizona.edu/stable/40731977``: the JSTOR page behind
    a university's EZproxy (read as no paper before); an arXiv page behind one names its ID."""
    from pipeline import arxivid

    text = (
        "## Machine Science\n"
        "http://www.jstor.org.ezproxy4.library.arizona.edu/stable/40731977?pq-origsite=summon (requires NetID login)\n"
    )
    assert _titles(text) == [("Machine Science",)]
    ref = arxivid.from_url("https://arxiv.org.ezproxy.lib.example.edu/abs/2101.00001")
    assert ref is not None and ref.base_id == "2101.00001"
