"""What the sixty-ninth round of unseen lists (fresh550-555) taught the reader, each held
by a test that fails on the reader before it (04a3069)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import offline_rules, reader

_BARE = (
    "# Publication\n\n"
    "## Machine learning potentials (MPIE, LANL)\n"
    "- https://www.nature.com/articles/s41524-021-00559-9\n"
    "- https://doi.org/10.1063/5.0155887 \n"
    "- https://arxiv.org/abs/2506.05646\n\n"
    "## Melting temperature (MPIE)\n"
    "- https://journals.aps.org/prb/abstract/10.1103/PhysRevB.109.094110\n"
    "- https://www.sciencedirect.com/science/article/pii/S0927025620305565\n"
)


def test_items_that_are_only_paper_addresses_are_untitled_entries():
    """``- https://doi.org/…`` under a topic heading (a lab's publications page): each
    address is a paper, the heading names the topic and no paper, and a list that gives
    no titles is not told to add them."""
    assert reader("line", "title", "section")(_BARE) == [
        (4, "", "Machine learning potentials (MPIE, LANL)"),
        (5, "", "Machine learning potentials (MPIE, LANL)"),
        (6, "", "Machine learning potentials (MPIE, LANL)"),
        (9, "", "Melting temperature (MPIE)"),
        (10, "", "Melting temperature (MPIE)"),
    ]
    assert "missing-field" not in offline_rules(_BARE)


def test_a_bare_address_among_titled_items_is_a_missing_title_and_other_addresses_unread():
    """One bare paper address among titled entries lacks the title they all give; a bare
    address that is no paper page (a course's PDF) is still not an entry."""
    text = (
        "## Papers\n\n"
        + "".join(
            f"- [A Paper Title Number {k}](https://arxiv.org/abs/2301.0000{k})\n"
            for k in range(1, 10)
        )
        + "- https://arxiv.org/abs/2301.00010\n"
        + "- https://speech.example.edu/course/lecture-notes.pdf\n"
    )
    parsed = parse_text(text, "l.md")
    assert [e.line for e in parsed.entries][-1] == 12
    assert [u.line for u in parsed.unread] == [13]
    assert "missing-field" in offline_rules(text)


def test_a_heading_over_one_papers_links_still_titles_it():
    """``### SatMAE`` over ``- https://arxiv.org/abs/…`` and its code: one address is that
    paper's link, not a list of addresses."""
    text = (
        "## Models\n\n### SatMAE: Pre-training Transformers for Satellite Imagery\n"
        "- https://arxiv.org/abs/2207.08051\n- https://github.com/sustainlab-group/SatMAE\n\n"
        "### Another Model For Remote Sensing Images\n- [paper](https://arxiv.org/abs/2301.00009)\n"
    )
    assert reader("line", "title")(text)[0] == (
        3,
        "SatMAE: Pre-training Transformers for Satellite Imagery",
    )


def test_an_italic_title_after_a_plain_byline_is_the_title():
    """``George Necula. _Title_. [link](pdf)``, ``Luke Nelson, et.al _Title_``: authors in
    plain text, the title in italics, then only the link; an italic venue after the
    authors (``_Advances in Neural Information Processing Systems_``) is no title."""
    text = (
        "## Papers\n\n"
        "- George Necula. _Translation Validation for an Optimizing Compiler_. [link](http://people.example.edu/tv.pdf)\n"
        "- Luke Nelson, et.al _Hyperkernel: Push-Button Verification of an OS Kernel_. [link](https://unsat.example.edu/hk.pdf).\n"
        "- Martin Abadi et. al _Control-Flow integrity_, [link](http://www.example.edu/p340-abadi.pdf)\n"
        "- Attention Is All You Need, Vaswani et al. _Advances in Neural Information Processing Systems_ [link](https://arxiv.org/abs/1706.03762)\n"
    )
    assert [t for _, t in reader("line", "title")(text)] == [
        "Translation Validation for an Optimizing Compiler",
        "Hyperkernel: Push-Button Verification of an OS Kernel",
        "Control-Flow integrity",
        "Attention Is All You Need",
    ]


def test_a_bold_title_after_a_bold_tag_and_a_byline_is_the_title():
    """``[1] **NDSS 2020**. Names:`` over ``**Title**``, ``**EuroS&P**. Names, **Title**``
    and names joined by full-width commas (``Milajerdi`` U+FF0C ``Birhanu Eshete``): the authors
    between the tag and the bold title are no title."""
    text = (
        "### APT\n"
        "- [1] **NDSS 2020**. Xueyuan Han, Thomas F. J.-M. Pasquier, Adam Bates, Margo I. Seltzer:\n"
        "**Unicorn: Runtime Provenance-Based Detector for Advanced Persistent Threats**.  <br />\n"
        "https://arxiv.org/abs/2001.01525 <br />\n"
        "- [4] **CCS 2019**. Sadegh M. Milajerdi，Birhanu Eshete, et al. **Poirot: Aligning"
        " Attack Behavior with Kernel Audit Records for Cyber Threat Hunting**. <br />\n"
        "https://arxiv.org/pdf/1910.00056.pdf <br />\n"
        "- [9] **EuroS&P**. Kiavash Satvat, Rigel Gjomemo and V.N. Venkatakrishnan,"
        " **EXTRACTOR: Extracting Attack Behavior from Threat Reports**  <br />\n"
        "https://arxiv.org/pdf/2104.08618.pdf <br />\n"
    )
    assert [t for (t,) in reader("title")(text)] == [
        "Unicorn: Runtime Provenance-Based Detector for Advanced Persistent Threats",
        "Poirot: Aligning Attack Behavior with Kernel Audit Records for Cyber Threat Hunting",
        "EXTRACTOR: Extracting Attack Behavior from Threat Reports",
    ]


def test_numbered_citation_lines_in_one_item_are_entries_each():
    """``- `Topic` <br />`` then ``[1] [Title](doi) [Venue 2017] <br />`` lines (lazy lines
    of the item): each numbered line cites a paper of its own."""
    text = (
        "**Surveys:**<br />\n"
        "- `Malware Detection | Anomaly Detection` <br />\n"
        "[1] [A Survey on Malware Detection Using Data Mining Techniques](https://dl.acm.org/doi/pdf/10.1145/3365001) [ACM Computing Surveys 2017] <br />\n"
        "[2] [A Survey of Android Malware Detection with Deep Neural Models](https://dl.acm.org/doi/pdf/10.1145/3417978) [ACM Computing Surveys 2017] <br />\n"
        "[3] [Machine Learning-Enabled IoT Security: Open Issues and Challenges](https://arxiv.org/abs/2204.03433) [ACM Computing Surveys 2022] <br />\n\n"
        "- `APT` <br />\n"
        "[1] [A Paper Title With One Link Only](https://arxiv.org/abs/2301.00009)\n"
    )
    assert reader("line", "year")(text) == [(3, 2017), (4, 2017), (5, 2022), (8, None)]


def test_series_and_wiki_pages_are_no_papers_and_popets_pages_are():
    """A conference's page in the ACM library (``dl.acm.org/conference/pprew``) and the
    ACL wiki name no paper; a PoPETs article page does."""
    from pipeline.formats.links import link_role
    from pipeline.formats.runs import Run

    def role(url: str, text: str = "A Title Of Some Paper Here") -> str:
        return link_role(Run("link", text, 1, url=url))

    assert role("https://dl.acm.org/conference/pprew") != "paper"
    assert role("https://aclweb.org/aclwiki/Ethics_in_NLP", "Ethics in NLP - ACL Wiki") != "paper"
    assert role("https://petsymposium.org/popets/2025/popets-2025-0036.php") == "paper"
    assert role("https://dl.acm.org/doi/10.1145/3372297.3417291") == "paper"
    assert role("https://www.aclweb.org/anthology/W04-1013") == "paper"
