"""The attacks of the security review (issue 9) that concern the network side.

Each test names the attack. Everything runs against real servers on 127.0.0.1; the
address policy is the real one (127.0.0.1 is private, so the default policy refuses
the local servers: that is the point of most tests here).
"""

from __future__ import annotations

import ipaddress
import socket

import pytest

from pipeline.model import LinkStatus
from pipeline.sources.arxiv import ArxivSource
from pipeline.sources.github import GitHubProber
from pipeline.sources.http import HttpLinkProber
from pipeline.sources.net import PaperlistSession, RetryPolicy
from pipeline.sources.transport import blocked_address
from tests.support import servers
from tests.support.atom import Paper


def no_sleep(**kw) -> RetryPolicy:
    return RetryPolicy(sleep=lambda s: None, **kw)


def _port(url: str) -> int:
    return int(url.rsplit(":", 1)[1])


# --- private addresses, decided on the address actually connected to ---------------


def test_percent_encoded_loopback_host_is_not_fetched(web):
    url, pages, rec = web
    pages[f"{url}/secret"] = servers.Page(404)
    encoded = f"http://%31%32%37.0.0.1:{_port(url)}/secret"
    out = HttpLinkProber(retry=no_sleep()).probe(encoded)
    assert out.status is LinkStatus.BLOCKED, out
    assert rec.requests == []  # nothing reached the internal server


def test_redirect_to_percent_encoded_loopback_is_not_followed(web):
    url, pages, rec = web
    pages[f"{url}/evil"] = servers.Page(301, location=f"http://%31%32%37.0.0.2:{_port(url)}/x")
    # 127.0.0.1 plays a public server here; 127.0.0.2 is the internal one.
    public = lambda ip: None if str(ip) == "127.0.0.1" else f"{ip} is private"  # noqa: E731
    out = HttpLinkProber(retry=no_sleep(), policy=public).probe(f"{url}/evil")
    assert out.status is LinkStatus.BLOCKED and "127.0.0.2 is private" in out.message
    assert rec.paths == ["/evil"]


def test_dns_rebinding_is_judged_on_the_connected_address(web):
    url, pages, rec = web
    pages[f"http://rebind.test:{_port(url)}/x"] = servers.Page(200)
    answers = iter([["93.184.215.14"], ["127.0.0.1"]])  # public first, private when it counts

    def resolver(host, port):
        addrs = next(answers, ["127.0.0.1"])
        return [(socket.AF_INET, socket.SOCK_STREAM, 6, "", (a, port)) for a in addrs]

    resolver("rebind.test", 80)  # an earlier "check" saw the public address
    out = HttpLinkProber(retry=no_sleep(), resolver=resolver).probe(
        f"http://rebind.test:{_port(url)}/x"
    )
    assert out.status is LinkStatus.BLOCKED and "127.0.0.1" in out.message
    assert rec.requests == []


@pytest.mark.parametrize(
    "address",
    [
        "127.0.0.1",
        "10.1.2.3",
        "169.254.169.254",
        "100.64.0.1",  # shared address space (carrier-grade NAT)
        "192.0.2.1",  # documentation
        "198.18.0.1",  # benchmarking
        "0.0.0.0",
        "240.0.0.1",
        "224.0.0.1",
        "::1",
        "fe80::1",
        "fc00::1",
        "fec0::1",  # site-local
        "::ffff:127.0.0.1",  # IPv4-mapped
        "2002:7f00:1::1",  # 6to4 of 127.0.0.1
        "2002:a00:1::1",  # 6to4 of 10.0.0.1
        "64:ff9b::a00:1",  # NAT64 of 10.0.0.1
    ],
)
def test_special_purpose_addresses_are_blocked(address):
    assert blocked_address(ipaddress.ip_address(address)) is not None


@pytest.mark.parametrize("address", ["93.184.215.14", "140.82.112.3", "2606:4700::6810:85e5"])
def test_public_addresses_pass(address):
    assert blocked_address(ipaddress.ip_address(address)) is None


# --- every request has a total deadline ----------------------------------------------


def test_dripping_link_server_is_cut_at_the_deadline(web):
    url, _pages, rec = web
    rec.faults = [servers.Fault("drip", seconds=30.0)] * 3
    out = HttpLinkProber(
        session=PaperlistSession(timeout=0.1),
        allow_private_hosts=True,
        retry=no_sleep(max_retries=1),
    ).probe(f"{url}/x")
    assert out.status is LinkStatus.TIMEOUT, out  # without a deadline: a cut answer at 30 s


def test_dripping_github_api_is_cut_at_the_deadline():
    rec = servers.Recorder(faults=[servers.Fault("drip", seconds=30.0)] * 5)
    with servers.serve(servers.github_handler({}, {}, rec)) as url:
        out = GitHubProber(url, timeout=0.1, retry=no_sleep(max_retries=0)).probe_all(
            ["https://github.com/a/b"]
        )
    assert out["https://github.com/a/b"].status is LinkStatus.TIMEOUT


def test_dripping_arxiv_api_is_cut_at_the_deadline():
    rec = servers.Recorder(faults=[servers.Fault("drip", seconds=30.0)] * 5)
    papers = {"2301.00001": Paper("2301.00001", "A paper", ("A. Author",), "2023-01-01")}
    with servers.serve(servers.arxiv_handler(papers, rec)) as url:
        src = ArxivSource(f"{url}/api/query", timeout=0.1, delay_s=0, retry=no_sleep(max_retries=0))
        out = src.resolve_all(["2301.00001"])
    assert out["2301.00001"].__class__.__name__ == "ArxivMiss"


# --- answers are read up to a cap ------------------------------------------------------


def test_huge_github_answer_is_refused_not_read_whole():
    rec = servers.Recorder(faults=[servers.Fault("huge", seconds=40)])  # 40 MiB
    with servers.serve(servers.github_handler({}, {}, rec)) as url:
        session = PaperlistSession(timeout=10, max_body=1024 * 1024)
        out = GitHubProber(url, session=session, retry=no_sleep(max_retries=0)).probe_all(
            ["https://github.com/a/b"]
        )
    check = out["https://github.com/a/b"]
    assert check.status not in (LinkStatus.WORKING, LinkStatus.BROKEN)
    assert "larger than" in check.message


def test_huge_arxiv_answer_is_refused():
    rec = servers.Recorder(faults=[servers.Fault("huge", seconds=40)])
    papers = {"2301.00001": Paper("2301.00001", "A paper", ("A. Author",), "2023-01-01")}
    with servers.serve(servers.arxiv_handler(papers, rec)) as url:
        session = PaperlistSession(timeout=10, max_body=1024 * 1024)
        src = ArxivSource(
            f"{url}/api/query", session=session, delay_s=0, retry=no_sleep(max_retries=0)
        )
        out = src.resolve_all(["2301.00001"])
    miss = out["2301.00001"]
    assert miss.__class__.__name__ == "ArxivMiss" and "larger than" in miss.detail


# --- hostile lists parse in linear time, and nothing vanishes -------------------------
# These check the answers; a pattern that backtracks again makes its test run into the
# suite's timeout (pyproject.toml) instead of hanging CI. How long each input takes is
# measured, not asserted: benchmarks/hostile.py.


def _parse(text: str):
    from pipeline.errors import NoEntriesError
    from pipeline.parse import parse_text

    try:
        return parse_text(text, "l.md")
    except NoEntriesError:
        return None


ENTRY = "- [A Paper Title About Things](https://arxiv.org/abs/2301.00001)\n"


def test_br_fields_line_of_spaces_is_linear():
    text = (
        "**[A Paper Title](https://arxiv.org/abs/2301.00001)**<br>-time: x" + " " * 300_000 + "y\n"
    )
    text += "a" + " " * 300_000 + "b\n"
    parsed = _parse(text)  # was 175 s: the field regex matched the spaces twice
    assert parsed is not None and [e.line for e in parsed.entries] == [1]


def test_bullets_nested_deeper_than_markdown_it_allows_do_not_hide_later_entries():
    for depth in (12, 40, 300):
        nested = "".join("  " * i + "- level\n" for i in range(depth))
        parsed = _parse(nested + "\n" + ENTRY)
        assert parsed is not None and [e.line for e in parsed.entries] == [depth + 2], depth


def test_a_line_of_brackets_is_read_as_text_and_reported():
    """Over MAX_BRACKETS a line is read as text (markdown-it's link search was quadratic:
    11-58 s at 1 MB); its time is measured by benchmarks/hostile.py ("open brackets")."""
    for junk in ("[" * 50_000, "[]" * 25_000):
        line = junk + " https://arxiv.org/abs/2301.00002"
        parsed = _parse(ENTRY + line + "\n\n" + ENTRY.replace("00001", "00003"))
        assert [e.line for e in parsed.entries] == [1, 4]
        (unread,) = parsed.unread
        assert unread.line == 2 and unread.urls == ("https://arxiv.org/abs/2301.00002",)


def test_a_line_of_many_schemes_that_are_no_links_is_read_in_linear_time():
    """markdown-it's linkify rule searched the whole text before each ``://`` for its
    scheme: 8,000 ``](https://`` took 12 s, so these 20,000 (~0.3 s now) would take over a
    minute and fail on the suite's timeout."""
    line = "- [A Paper Title](https://arxiv.org/abs/2301.00002) " + "](https://" * 20_000
    parsed = _parse(ENTRY + "\n" + line + "\n")
    assert [e.line for e in parsed.entries] == [1, 3]


def test_a_paragraph_of_many_lines_is_grouped_in_linear_work(monkeypatch):
    """``x\\n`` * N as one paragraph: each line's links are looked at a bounded number of
    times (the grouping looked at the whole growing group for every line: 0.5 MB > 60 s)."""
    from pipeline.formats import blocks

    seen = 0
    real = blocks.links_of

    def counting(runs):
        nonlocal seen
        runs = list(runs)
        seen += len(runs)
        return real(runs)

    monkeypatch.setattr(blocks, "links_of", counting)
    from pipeline.parse import parse_text

    lines = 4000
    text = "# L\n\n- [A Paper With A Title](https://arxiv.org/abs/2301.00001)\n\n" + "x\n" * lines
    parsed = parse_text(text, "l.md")
    assert [e.line for e in parsed.entries] == [3]
    assert seen < 20 * lines


def test_blockquotes_nested_with_spaces_are_capped_like_unspaced_ones():
    from pipeline.formats.mdparser import MAX_QUOTES, tame

    safe, _ = tame("> " * 50 + "x\n" + ">" * 50 + " y\n")
    first, second = safe.split("\n")[:2]
    assert first == ">" * MAX_QUOTES + " x" and second == ">" * MAX_QUOTES + " y"


def test_title_patterns_do_not_backtrack_on_long_runs_of_capitalised_words():
    """A real 6 kB list hung the reader: `` - `` followed by many capitalised words and no
    year made a nested-quantifier pattern backtrack exponentially; so did a long unspaced
    run in the author-name pattern."""
    from pipeline.formats import authors, fields

    words = " ".join(f"Word{chr(65 + i % 26)}x" for i in range(60))
    assert fields.clean_title("A Title - " + words + " !").startswith("A Title")
    assert not authors.names_like("CVPR'2" * 250)  # exponential before: did not finish


def test_long_runs_of_spaces_in_a_bullet_or_a_heading_are_read_in_linear_time():
    """``\\s*,?\\s*`` (a year in brackets) and ``\\s*[(]`` (a count after a heading's year)
    backtracked quadratically on a run of spaces: 200,000 spaces took 113-297 s."""
    link = "[paper](https://arxiv.org/abs/2301.00002)"
    for text in (f"- Li{' ' * 100_000}2017 {link}\n",
                 f"### 2024{' ' * 100_000}(43 papers)\n\n- {link}\n",
                 "- Title " + "- " * 50_000 + f"x {link}\n"):  # fmt: skip
        parsed = _parse(ENTRY + "\n" + text)  # ~0.2 s; quadratic: over 25 s at this size
        assert parsed is not None and parsed.entries[0].line == 1


def test_title_tails_do_not_backtrack_on_runs_of_brackets_or_spaces():
    """``[paper]]`` and venue tails after a title scanned a run of ``[`` or spaces
    quadratically (3,000 characters took 0.4-1.1 s; 20,000 would take over 20 s)."""
    from pipeline.formats import titletails

    for junk in ("[" * 20_000, " " * 20_000, "[paper]" * 3_000):  # ~0.01 s now
        assert titletails.venue_tails("A Title Here " + junk + " x").startswith("A Title Here")


def test_a_long_bracketed_bold_sentence_does_not_backtrack_exponentially():
    """``**[a long sentence in brackets]**``: the bracketed-title pattern let its words and
    the spaces between them match many ways; a 190-character bullet took 17 s."""
    words = " ".join(["word"] * 60)
    line = f"- **[Recommended reading {words}, see chapter 3]** [paper](https://arxiv.org/abs/2101.00001)\n"
    parsed = _parse(line)  # milliseconds now; the old pattern needed hours at 60 words
    assert [e.line for e in parsed.entries] == [1]


def test_a_run_of_spaces_after_arxiv_is_read_in_linear_time():
    """Three ``\\s*`` in a row around ``arXiv`` tried every split of a run of spaces (cubic:
    2,000 spaces after ``arXiv`` took 27 s)."""
    from pipeline.formats import dates

    text = "arxiv" + " " * 5_000 + "x"
    assert dates.ARXIV_YEAR.search(text) is None  # milliseconds now; minutes before
    assert dates.find_year(text) == (None, None)
    assert dates.ARXIV_YEAR.search("arXiv ,  2023").group("y") == "2023"


def test_a_long_capital_run_after_a_comma_is_read_in_linear_time():
    """``Title, ABAB…``: the acronym-and-year tail split a run of capitals quadratically."""
    from pipeline.formats import citations

    assert citations.ACRONYM_YEAR_TAIL.search("a," + "AB" * 10_000) is None  # was 3.7 s at 8,000
    assert citations.ACRONYM_YEAR_TAIL.search("A Title, INLG, 2019") is not None


def test_odd_inputs_that_crashed_the_reader_are_read():
    """A ``rowspan`` of a non-ASCII digit (``int('²')``) and a bold name whose piece holds
    only a cited link (``next()`` on nothing) raised out of ``parse_text``."""
    from pipeline.parse import parse_text

    table = (
        '<table><tr><td rowspan="²">A</td><td><a href="https://arxiv.org/abs/2101.00001">'
        "A Paper About Things</a></td></tr></table>\n"
    )
    assert [e.title for e in parse_text(table, "l.md").entries] == ["A Paper About Things"]
    items = (
        "- **A Model** [[paper]](https://arxiv.org/abs/2101.00001) · **B Model** "
        "[[paper]](https://arxiv.org/abs/2101.00002) · [Learning Things From Data]"
        "(https://example.com/proj), Smith et al., NeurIPS 2020\n"
    )
    parsed = parse_text(items, "l.md")
    assert parsed.entries and parsed.entries[0].line == 1


def test_list_markers_nested_in_code_indented_lines_end_instead_of_recursing():
    """``    - `` repeated on one line: each level's code-indented rest was read again as
    Markdown inside the last (a ``RecursionError`` past about 250 levels); past eight
    levels the rest is read as one paragraph, and its paper is still an entry."""
    line = "    - " * 400 + "[A Paper Title About Deep Things](https://arxiv.org/abs/2301.00002)\n"
    parsed = _parse("## Papers\n\n" + line + "\n" + ENTRY)
    assert parsed is not None
    assert [e.title for e in parsed.entries] == [
        "A Paper Title About Deep Things",
        "A Paper Title About Things",
    ]


def test_link_texts_of_one_long_run_are_read_in_linear_time():
    """A link text of 100,000 digits (``\\d[\\d,.]*\\s*citations``, started at every digit),
    of capitals (a venue label's ``[A-Z]{2,}[\\w-]*\\s+``) and a bare address ending in
    100,000 underscores (an end-anchored ``(...|[_~])+$``) each took minutes (20,000
    characters: 14 s, 4 s and 15 s); now milliseconds."""
    for text in ("- [" + "1" * 100_000 + "](https://x.org/a)\n",
                 "- [" + "A" * 100_000 + "](https://x.org/a)\n",
                 "- https://x.org/a" + "_" * 100_000 + "b\n"):  # fmt: skip
        parsed = _parse(ENTRY + "\n" + text)
        assert parsed is not None and parsed.entries[0].line == 1


def test_an_entry_of_many_links_finds_its_code_in_linear_time():
    """Each link walked every run before it and searched the whole line for a label (a line
    of 4,000 links took 27 s); one pass now. 20,000 links: milliseconds, minutes before."""
    from pipeline.formats.codelinks import code_of
    from pipeline.formats.runs import Run

    links = [Run("link", "c", 1, url="https://example.org/page") for _ in range(20_000)]
    repo = Run("link", "Code", 1, url="https://github.com/o/r")
    runs = [Run("text", "A Title Of A Paper ", 1), *links, repo]
    evidence: dict[str, str] = {}
    assert code_of([*links, repo], runs, "A Title Of A Paper", {}, evidence, frozenset()) is repo
    assert evidence["code"] == "repository link in the entry"


def test_a_block_asked_once_per_paragraph_stays_linear():
    """Each paragraph after an entry asked whether the open block links a paper or other
    arXiv papers, and each question read every paragraph before it (4,000 paragraphs: 9 s;
    a list of author lines with blank lines between: over 40 s at 400 kB). 20,000
    paragraphs now take milliseconds (minutes before)."""
    from pipeline.formats.blocks import Block, Context, holds_paper, other_arxiv
    from pipeline.formats.runs import Run

    block = Block("bold", 1, [Run("text", "A Title Of A Paper", 1)], Context())
    for k in range(20_000):
        words = [Run("text", "Guoping Xu, Xingrong Wu.", k + 2)]
        assert not holds_paper(block) and not other_arxiv(block, words)
        block.details.append(words)
    block.details.append([Run("link", "pdf", 1, url="https://arxiv.org/abs/2301.00001")])
    assert holds_paper(block)
    block.details.pop()
    assert not holds_paper(block)


def test_list_markers_past_the_parsers_depth_on_one_line_keep_their_paper():
    """``- - - … [Title](url)`` (200 markers) or ``1. 1. 1. …``: markdown-it stops past its
    nesting depth and the paper vanished with no entry and no unread block; a run of more
    than 32 markers is now one item."""
    text = (
        "## Papers\n\n"
        + "- " * 200
        + "[A Title of Some Deep Paper](https://arxiv.org/abs/2301.00001)\n\n"
        + "1. " * 300
        + "[A Title of Another Paper](https://arxiv.org/abs/2301.00002)\n"
    )
    parsed = _parse(text)
    assert parsed is not None
    assert [e.title for e in parsed.entries] == [
        "A Title of Some Deep Paper",
        "A Title of Another Paper",
    ]


def test_quotes_and_markers_nested_in_code_indented_lines_stop_at_the_reread_limit():
    """``    >- `` repeated: each level's code-indented rest is read again as Markdown (the
    marker rule of ``tame`` does not flatten it); without the re-read limit this is a
    ``RecursionError``, with it the rest of the list is still read."""
    text = (
        "## Papers\n\n"
        + "    >- " * 400
        + "[A Title of Some Deep Paper](https://arxiv.org/abs/2301.00001)\n\n"
        + ENTRY
    )
    parsed = _parse(text)
    assert parsed is not None
    assert "A Paper Title About Things" in [e.title for e in parsed.entries]


def test_a_paper_link_no_reader_placed_is_an_unread_block():
    """A sub-item written ``    -     - [Title](url)`` and list markers nested in
    code-indented lines hundreds deep hid their papers from every reader (no entry, no
    unread block); such a link is now reported as unread. A heading's link, a search
    page wrapping an arXiv address, a code span and a link definition are no lost paper."""
    from pipeline.formats.unplaced import REASON
    from pipeline.parse import parse_text

    lost = (
        "# [A Survey of Things](https://arxiv.org/abs/2301.00005)\n\n## Papers\n\n"
        "- [A Paper Title About Learning](https://arxiv.org/abs/2301.00001)\n"
        "    -     - [Second Paper About Other Things](https://arxiv.org/abs/2301.00002)\n"
        + "    >- "
        * 400
        + "[A Paper Title About Deep Things](https://arxiv.org/abs/2301.00003)\n"
        "- [Third Paper About Learning Things](https://www.google.com/search?q=https://arxiv.org/abs/2301.00006)\n"
        "- `https://arxiv.org/abs/2301.00007` [Fourth Paper About Learning](https://arxiv.org/abs/2301.00008)\n\n"
        "[ref]: https://arxiv.org/abs/2301.00009\n"
    )
    parsed = parse_text(lost, "l.md")
    placed = [(u.line, u.urls) for u in parsed.unread if u.reason == REASON]
    assert placed == [
        (6, ("https://arxiv.org/abs/2301.00002",)),
        (7, ("https://arxiv.org/abs/2301.00003",)),
    ]


def test_a_lost_paper_is_reported_in_every_form_of_its_arxiv_address():
    """The unplaced check reads addresses through :mod:`pipeline.arxivid` (one place for
    what an arXiv address is): an arXiv DOI, a Hugging Face paper page and a PDF with its
    version are lost papers too, each reported once by its ID."""
    from pipeline.formats.unplaced import REASON
    from pipeline.parse import parse_text

    lost = (
        "## Papers\n\n- [A Paper Title About Learning](https://arxiv.org/abs/2301.00001)\n"
        "    -     - [Second Paper About Things](https://doi.org/10.48550/arXiv.2301.00002)\n"
        "    -     - [Third Paper About Things](https://huggingface.co/papers/2301.00003)\n"
        "    -     - [Fourth Paper](https://arxiv.org/pdf/2301.00004v2.pdf) "
        "[abs](https://arxiv.org/abs/2301.00004)\n"
    )
    parsed = parse_text(lost, "l.md")
    placed = [(u.line, u.urls) for u in parsed.unread if u.reason == REASON]
    assert placed == [
        (4, ("https://arxiv.org/abs/2301.00002",)),
        (5, ("https://arxiv.org/abs/2301.00003",)),
        (6, ("https://arxiv.org/abs/2301.00004",)),
    ]


def test_the_unplaced_check_reads_long_runs_of_letters_in_linear_time_and_old_ids_by_class():
    """Review 824: the held-ID pattern restarted inside every run of letters (a 20 kB protein
    sequence took 7.5 s, 1 MB did not finish), and ``math.GT/0209056`` held by its entry was
    reported as unplaced (held raw, looked up without its class)."""
    from pipeline.parse import parse_text

    seq = "ACDEFGHIKLMNPQRSTVWY" * 25_000  # 500 kB of letters in a code span
    parsed = parse_text(
        f"- [A Paper About Proteins](https://arxiv.org/abs/2301.00001) `{seq}`\n", "l.md"
    )
    assert len(parsed.entries) == 1
    old = (
        "- [Knot Floer homology](https://arxiv.org/abs/math.GT/0209056)\n"
        "- [Another Paper Title Here](https://arxiv.org/abs/cs.LG/0101001)\n"
    )
    assert not parse_text(old, "l.md").unread
