"""Round 92 (fresh652-655) and the leftovers of review 944: each rule held by a test that
fails on the reader before it; the guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

ARXIV = "https://arxiv.org/abs/"


_read = reader("line", "title", "year", "code.url")


def test_an_article_number_after_a_volume_is_no_compact_date():
    """Physical Review cites ``Phys. Rev. B 94, 205411 (2016)``: the six digits after the
    volume are an article number, not November 2054 (review 944's leftover); a compact
    ``202305`` of its own still dates its entry, and no compact date lies past 2039."""
    text = (
        "# Physics ML\n\n"
        f"- [Machine learning phases of matter]({ARXIV}1605.01735). Carrasquilla and Melko,"
        " Phys. Rev. B 94, 205411 (2016).\n"
        f"- [Solving the quantum many-body problem]({ARXIV}1606.02318). Carleo and Troyer,"
        " Phys. Rev. B 94, 201503 (2017).\n"
        f"- [Scaling laws for neural quantum states]({ARXIV}2305.01234) 202305\n"
        f"- [Quantum states with neural networks]({ARXIV}1606.02319) 205411\n"
    )
    assert [year for _, _, year, _ in _read(text)] == [2016, 2017, 2023, None]


def test_a_venue_tag_with_a_glued_two_digit_year_and_an_award_closes_a_title():
    """xerial's stream readings: ``[Naiad: A Timely Dataflow system (SOSP13 best paper)](pdf)``:
    the bracket names the venue, its year and an award, no part of the title, and dates the
    entry 2013; a model's name in brackets (``(VGG16 features)``) stays in its title."""
    text = (
        "# Streams\n\n"
        "- [Naiad: A Timely Dataflow system (SOSP13 best paper)](https://cs.stanford.edu/naiad.pdf)"
        " Differential data processing.\n"
        f"- [Deep features for scene recognition (CVPR16, best paper award)]({ARXIV}1512.03387)\n"
        f"- [Transfer learning for texture classification (VGG16 features)]({ARXIV}1512.03388)\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("Naiad: A Timely Dataflow system", 2013),
        ("Deep features for scene recognition", 2016),
        ("Transfer learning for texture classification (VGG16 features)", None),
    ]


def test_a_first_authors_initial_before_et_al_is_cut_with_the_byline():
    """``[Title … with Batch Updates M. Nicolik et al. (SIGMOD 2016)](pdf)``: the first author's
    initial goes with the byline (the title ended ``Batch Updates M``); a short name's letter
    (``Project X``) is kept."""
    text = (
        "# Views\n\n"
        "- [How to Win a Hot Dog Eating Contest: Distributed Incremental View Maintenance with"
        " Batch Updates M. Nicolik et al. (SIGMOD 2016)](https://www.cs.ox.ac.uk/files/9133/a.pdf)"
        " An efficient way.\n"
    )
    assert _read(text)[0][1:3] == (
        "How to Win a Hot Dog Eating Contest: Distributed Incremental View Maintenance with"
        " Batch Updates",
        2016,
    )


def test_a_short_bold_title_before_a_citations_authors_is_the_title():
    """xai-hcee's references: ``N. **Experiential Explanation**. *Aronowitz, S., Lombrozo,
    T.*. Venue 2020. [[paper](url)]``: a two-word bold title is the title, not the authors
    and venue after it (read as its title before)."""
    page = "https://cognition.princeton.edu/publications/"
    text = (
        "# References\n\n"
        f"1. **Experiential Explanation**. *Aronowitz, S., Lombrozo, T.*. Topics in Cognitive"
        f" Science 2020. [[paper]({page}experiential-explanation)]\n"
        f"2. **Contrastive explanation**. *Lipton, P.*. Royal Institute of Philosophy Supplements"
        f" 1990. [[paper]({page}contrastive)]\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("Experiential Explanation", 2020),
        ("Contrastive explanation", 1990),
    ]


def test_a_year_before_1980_closing_a_citation_before_its_link_dates_it():
    """``*Nisbett, Wilson*. Psychological review 1977. [[paper](pdf)]``: an older year after
    the journal's name, before the entry's link, is its year (a volume's ``Vol. 1975.`` is
    not)."""
    text = (
        "# References\n\n"
        "1. **Telling more than we can know: verbal reports on mental processes**. *Richard E."
        " Nisbett, Timothy D. Wilson*. Psychological review 1977."
        " [[paper](https://home.csulb.edu/nisbett.pdf)]\n"
        "2. **A theory of the learnable things**. *Leslie Valiant*. Communications Vol. 1975."
        " [[paper](https://home.csulb.edu/valiant.pdf)]\n"
    )
    assert [year for _, _, year, _ in _read(text)] == [1977, None]


def test_a_preprint_or_manuscript_label_links_a_paper_and_chapter_or_article_do_not():
    """``[[preprint](page)]`` and ``[[manuscript](page)]`` link the entry's paper as
    ``[[paper]]`` does; ``[chapter](textbook page)`` (a course's reading, review 946) and
    ``[Article](blog post)`` (fresh40) link no paper, and a label is never a title."""
    page = "https://cognition.princeton.edu/publications/"
    text = (
        "# References\n\n"
        "1. **Explanatory preferences shape learning**. *Lombrozo, T.*. Trends 2016."
        f" [[preprint]({page}preferences)]\n"
        "2. **Understanding Deep Learning**. *Prince, S.*. MIT Press 2023."
        " [[Manuscript](https://udlbook.github.io/udlbook/)]\n"
        "3. [Dive into Deep Learning](https://d2l.ai)"
        " [[chapter](https://d2l.ai/chapter_attention-mechanisms/index.html)]\n"
        "4. **Robot-Use Agents** [Article](https://web.mit.edu/phillipi/www/writing/agents.html)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Explanatory preferences shape learning",
        "Understanding Deep Learning",
    ]


def test_review_946_a_letter_closing_a_title_stays_when_a_byline_is_cut():
    """Review 946: only an initial with its own full stop before ``Surname et al.`` goes with
    the byline; a title's last letter stays (``Part I``, ``Chromosome X``, ``Hepatitis C``,
    ``Plan B``)."""
    text = (
        "# Review\n\n"
        "1. Deep Learning Tutorial Part I, Yann LeCun, Yoshua Bengio."
        " [[pdf](https://example.org/dl1.pdf)]\n"
        "- [Mapping QTLs on Chromosome X, J. Smith, K. Jones](https://example.org/chrx.pdf)\n"
        "- [Survey of Hepatitis C Smith et al. 2019](https://example.org/hepc.pdf)\n"
        "- [Planning with Options in Plan B Smith et al.](https://example.org/planb.pdf)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Deep Learning Tutorial Part I",
        "Mapping QTLs on Chromosome X",
        "Survey of Hepatitis C",
        "Planning with Options in Plan B",
    ]


def test_review_946_an_old_year_in_a_description_dates_nothing():
    """Review 946: ``since 1979.``, ``from 1950``, ``the critique from 1969 [[code]]`` after a
    recent paper say what it studied, not when it appeared (only a journal's name and its
    year with a full stop before the link date an entry)."""
    text = (
        "# Climate\n\n"
        "- [ClimateBench: A Benchmark for Climate Projections](https://example.org/cb.pdf)"
        " Emulates temperature records from 1950\n"
        "- [Reanalysis Downscaling with Diffusion](https://example.org/rd.pdf) Trained on ERA5"
        " reanalysis since 1979.\n"
        "- [Perceptrons Revisited](https://example.org/perc.pdf) A modern look at the critique"
        " from 1969 [[code](https://github.com/a/perc)]\n"
    )
    assert [year for _, _, year, _ in _read(text)] == [None, None, None]


def test_a_name_links_title_after_its_colon_closes_with_a_stop_then_the_venue():
    """awesome-egraphs: ``- **[ROVER](arxiv)**: Combining … Rewriting.   *ARITH 2024*.``: the
    full stop ends the title, not a description, when a venue and its year follow as a
    sentence of their own; a repository's tagline still ends in its stop."""
    text = (
        "# Hardware\n\n"
        f"- **[ROVER]({ARXIV}2404.12336)**: Combining Power and Arithmetic Optimization via"
        " Datapath Rewriting.   *ARITH 2024*.\n\n"
        "- **[Isaria](https://dl.acm.org/doi/10.1145/3617232.3624873)**: Automatic Generation of"
        " Vectorizing Compilers for Customizable Digital Signal Processors.   *ASPLOS 2024*."
        " Best paper.\n\n"
        "- [Albumentations](https://github.com/albumentations-team/albumentations): Fast Image"
        f" Augmentation Library. [paper]({ARXIV}1809.06839) CVPR 2020.\n"
    )
    titles = [title for _, title, _, _ in _read(text)]
    assert titles[:2] == [
        "ROVER: Combining Power and Arithmetic Optimization via Datapath Rewriting",
        "Isaria: Automatic Generation of Vectorizing Compilers for Customizable Digital Signal"
        " Processors",
    ]
    assert "Albumentations: Fast Image Augmentation Library" not in titles


def test_one_authors_name_over_a_bold_linked_title_in_a_cell_is_no_title():
    """ISMIR's proceedings page: ``|Michael Good<br>**[Representing Music Using XML.](doi)**
    [[pdf](…)]|``: a title-cased title of four words is no person (it read the name as the
    title); a two-sentence title keeps its second sentence (``… Environment. Design and
    Architecture.``, not a byline ``Gu and Dao``)."""
    zenodo = "https://doi.org/10.5281/zenodo."
    text = (
        "# ISMIR 2000\n\n| Papers |\n|---|\n"
        f"|Michael Good<br>**[Representing Music Using XML.]({zenodo}1415032)**"
        " [[pdf](https://zenodo.org/record/1415032/files/Good00.pdf)]|\n"
        f"|Alexandra L. Uitdenbogerd, Justin Zobel<br>**[Music Ranking Techniques Evaluated.]"
        f"({zenodo}1414990)** [[pdf](https://zenodo.org/record/1414990/files/U00.pdf)]|\n"
        "|Anastasia Georgaki, Spyros Raptis<br>**[A Music Interface for Visually Impaired People"
        f" in the WEDELMUSIC Environment. Design and Architecture.]({zenodo}1417291)**|\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Representing Music Using XML",
        "Music Ranking Techniques Evaluated",
        "A Music Interface for Visually Impaired People in the WEDELMUSIC Environment. Design"
        " and Architecture",
    ]


def test_a_books_isbn_line_below_its_name_link_is_no_title():
    """event-based vision resources: ``Names,`` / ``*[Event-Based Neuromorphic Systems](wiley)*,``
    / ``Wiley. ISBN: 978-1-118-92762-5, 2014.``: the book's title is its link's text (it read
    the authors), and the line of publisher and ISBN below it is no title either."""
    text = (
        "# Neuromorphic Systems\n\n"
        "- Posch, C.,\n*[Bio-inspired vision](https://doi.org/10.1088/1748-0221/7/01/C01054)*,  \n"
        "J. of Instrumentation, 7 C01054, 2012.\n"
        "- Zamarreno-Ramos, C., Linares-Barranco, A., Serrano-Gotarredona, T.,  \n"
        "*[Multi-Casting Mesh AER: A Scalable Assembly Approach for Reconfigurable Neuromorphic"
        " Structured AER Systems](https://doi.org/10.1109/TBCAS.2012.2195725)*,  \n"
        "IEEE Trans. Biomed. Circuits Syst., 7(1):82-102, 2013.\n"
        "- Liu, S.-C., Delbruck, T., Indiveri, G., Whatley, A., Douglas, R.,  \n"
        "*[Event-Based Neuromorphic Systems](http://eu.wiley.com/WileyCDA/WileyTitle/"
        "productCd-1118927621.html)*,  \nWiley. ISBN: 978-1-118-92762-5, 2014.\n"
    )
    assert [title for _, title, _, _ in _read(text)][-1] == "Event-Based Neuromorphic Systems"


def test_a_syllabus_cell_of_readings_gives_each_paper_its_own_title_and_code():
    """cs886's schedule: a Readings cell of lines that each open one titled paper link after
    a lead-in (``This lecture is based on 1)``, ``Related material are:``), with a video and
    a code link beside one of them, and a Slides column of PDFs and Keynote files: one entry
    per paper, titled by its own link, its code its own; no slides taken as papers."""
    repo = "https://github.com/opallab/cs886/blob/main/lecture_2"
    text = (
        "# Schedule\n\n| Week | Date | Topic | Readings | Slides |\n|:--|:--|:--|:--|:--|\n"
        "| 1 | 1/10 | Spatial graph convolution, Part 1 | This lecture is based on 1)"
        f" [Semi-Supervised Classification with Graph Convolutional Networks]({ARXIV}1609.02907)"
        " <br/> 2) [Graph Convolution for Semi-Supervised Classification: Improved Linear"
        " Separability](https://proceedings.mlr.press/v139/baranwal21a.html), [Video]"
        "(https://zoom.us/rec/play/X1) (time 1:03:34), [Code for reproducing the experiments]"
        "(https://github.com/opallab/gc-ood) <br/> Related material are: [Theory of Graph Neural"
        f" Networks: Representation and Learning]({ARXIV}2204.07697) <br/> [PyTorch code for GCN]"
        "(https://pytorch-geometric.readthedocs.io/en/latest/nn.html) |"
        f" [PDF]({repo}.pdf), [Keynote]({repo}.key) |\n"
    )
    assert [(title, code) for _, title, _, code in _read(text)] == [
        ("Semi-Supervised Classification with Graph Convolutional Networks", None),
        (
            "Graph Convolution for Semi-Supervised Classification: Improved Linear Separability",
            "https://github.com/opallab/gc-ood",
        ),
        ("Theory of Graph Neural Networks: Representation and Learning", None),
    ]


def test_a_paper_link_beside_a_post_titled_in_its_own_words_keeps_its_own_title():
    """``[Expressive power of GNNs and the WL test](blog) and [How Powerful are Graph Neural
    Networks?](arxiv)``, ``[Blog part 1](site) and the corresponding paper [Title](arxiv)``:
    the paper's own link text is its title (the post's gave a false ``wrong-paper``); the
    list's own survey after ``our`` stays no entry."""
    text = (
        "# Readings\n\n"
        "- [Expressive power of graph neural networks and the Weisfeiler-Lehman test]"
        "(https://towardsdatascience.com/expressive-power-b883db3c7c49) and"
        f" [How Powerful are Graph Neural Networks?]({ARXIV}1810.00826).\n"
        "- [An Introduction To Invariant Graph Networks, Part 1](http://irregulardeep.org/ign-1/)"
        " and the corresponding paper"
        " [Invariant and Equivariant Graph Networks](https://arxiv.org/pdf/1812.09902.pdf)\n\n"
        "For other studies, please visit our"
        f" [Survey on Trustworthy Graph Neural Networks]({ARXIV}2205.07424).\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "How Powerful are Graph Neural Networks?",
        "Invariant and Equivariant Graph Networks",
    ]


def test_a_reading_groups_session_date_does_not_date_a_paper_its_tag_dates():
    """plrg: ``| 2019-4-16 | [A Survey of Adaptive Optimization (IEEE '05)](pdf) [Overcoming
    the Challenges (Keynote DYNAMO '00)](acm) |``: a date column later than the venue year a
    link's tag states is the session's; two tagged links side by side are two papers; ``(ICFP
    '01)`` with a space and ``(In submission)`` close no title. A date with no tag dates its
    row."""
    text = (
        "# PLRG\n\n| Date | Paper | Leader |\n|---|---|---|\n"
        "| 2019-4-16 | [A Survey of Adaptive Optimization in Virtual Machines (IEEE '05)]"
        "(https://ieeexplore.ieee.org/iel5/5/30187/01386662.pdf) [Overcoming the Challenges to"
        " Feedback-Directed Optimization (Keynote DYNAMO '00)](https://dl.acm.org/citation.cfm?"
        "doid=351397.351408) | Kavon |\n"
        "| 2018-4-17 | [Contification using Dominators (ICFP '01)](https://www.cs.purdue.edu/"
        "contification.pdf) | Kavon |\n"
        "| 2017-1-20 | [Compiling Without Continuations (In submission)](https://www.cs.example"
        ".edu/cwc.pdf) | Kavon |\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("A Survey of Adaptive Optimization in Virtual Machines", 2005),
        ("Overcoming the Challenges to Feedback-Directed Optimization", 2000),
        ("Contification using Dominators", 2001),
        ("Compiling Without Continuations", 2017),
    ]


def test_a_course_pages_external_site_note_and_a_postscript_paper():
    """A syllabus copied from Canvas: ``[**A Fast File System for UNIXLinks to an external
    site.**](ffs.ps)``: the screen reader's words are no part of the title, and a PostScript
    file is the paper as a PDF is."""
    papers = "http://pages.cs.wisc.edu/~dusseau/Classes/CS736/Papers/"
    text = (
        "# Readings\n\n"
        f"- McKusick, M.K., and Fabry, R.S., [**A Fast File System for UNIXLinks to an external"
        f" site.**]({papers}ffs.ps) ACM Transactions on Computer Systems, 1984.\n"
        "- Rosenblum, M. and Ousterhout, J. [**The Design and Implementation of a Log-Structured"
        f" File System (Links to an external site.)**]({papers}lfs.ps.gz) ACM TOCS, 1992.\n"
    )
    assert [(title, year) for _, title, year, _ in _read(text)] == [
        ("A Fast File System for UNIX", 1984),
        ("The Design and Implementation of a Log-Structured File System", 1992),
    ]


def test_a_readers_notes_in_brackets_after_a_title_are_no_part_of_it():
    """annahung31's LLM list: ``(from Meta) (use text instructions to modify images)``,
    ``(very hard questions) (from Cohere, Anthropic, NYU)``, ``(Google Research)
    (NeutIPS'23)``: who a paper is from, by name, a lower-case note beside that, and a maker
    named by its name are no part of the title. A bracket in lower case alone may be the
    title's own (``(improves camera calibration)``, review 948), as are ``(for Code
    Summarization)``, ``(from English into Swahili)``, ``(Lie Group)`` and ``O(n log n)``."""
    text = (
        "# Papers\n\n"
        "* Emu Edit: Precise Image Editing via Recognition and Generation Tasks (from Meta)"
        " (use text instructions to modify images) [paper](https://emu-edit.metademolab.com/"
        "assets/emu_edit.pdf)\n"
        "* GPQA: A Graduate-Level Google-Proof Q&A Benchmark (very hard questions) (from Cohere,"
        f" Anthropic, NYU) [paper]({ARXIV}2311.12022)\n"
        "* Alternating Updates for Efficient Transformers (Google Research) (NeutIPS'23)"
        f" [paper]({ARXIV}2301.13310)\n"
        "* Extrinsic Calibration of a Camera and Laser Range Finder (improves camera calibration)"
        " [paper](https://example.edu/calib.pdf)\n"
        "* Automatic Semantic Augmentation of Language Model Prompts (for Code Summarization)"
        f" [paper]({ARXIV}2304.06815)\n"
        f"* Low-Resource Machine Translation (from English into Swahili) [paper]({ARXIV}2101.00009)\n"
        "* Equivariant Neural Networks on the Rotation Group (Lie Group)"
        f" [paper]({ARXIV}2101.00008)\n"
        f"* Integer multiplication in time O(n log n) [paper]({ARXIV}1903.07271)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Emu Edit: Precise Image Editing via Recognition and Generation Tasks",
        "GPQA: A Graduate-Level Google-Proof Q&A Benchmark",
        "Alternating Updates for Efficient Transformers",
        "Extrinsic Calibration of a Camera and Laser Range Finder (improves camera calibration)",
        "Automatic Semantic Augmentation of Language Model Prompts (for Code Summarization)",
        "Low-Resource Machine Translation (from English into Swahili)",
        "Equivariant Neural Networks on the Rotation Group (Lie Group)",
        "Integer multiplication in time O(n log n)",
    ]


def test_review_947_a_slides_column_before_the_readings_gives_no_paper():
    """Review 947: a Slides column's titled PDFs before the readings became every reading's
    paper: a notes-role cell's links are never the paper; a ``Video`` column (a modality as
    often as a recording) stays a column of papers."""
    text = (
        "# Schedule\n\n| Week | Topic | Slides | Required Reading |\n|---|---|---|---|\n"
        "| 2 | CNNs | [Convolutional Neural Networks](https://x.edu/lec2.pdf) | [ImageNet"
        " Classification with Deep Convolutional Neural Networks](https://papers.nips.cc/paper/"
        "4824) |\n"
        "| 3 | RNNs | [Recurrent Neural Networks](https://x.edu/lec3.pdf) | [Long Short-Term"
        " Memory](https://www.bioinf.jku.at/publications/older/2604.pdf)<br>[Learning"
        " Representations by Back-propagating Errors](https://www.nature.com/articles/323533a0) |\n"
    )
    papers = [e.paper.url for e in parse_text(text, "l.md").entries]
    assert papers == [
        "https://papers.nips.cc/paper/4824",
        "https://www.bioinf.jku.at/publications/older/2604.pdf",
        "https://www.nature.com/articles/323533a0",
    ]
    video = (
        "# Editing\n\n| Task | Image | Video |\n|---|---|---|\n"
        f"| Editing | [Prompt-to-Prompt Image Editing with Cross Attention Control]({ARXIV}"
        "2208.01626) | [Tune-A-Video: One-Shot Tuning of Image Diffusion Models]"
        f"({ARXIV}2212.11565) |\n"
    )
    assert len(parse_text(video, "l.md").entries) == 2


def test_review_947_a_labels_text_beside_a_post_is_no_title():
    """Review 947: the paper link after a post keeps the post's title when its own text is a
    label, a venue or a byline (``[Spektral white paper]``, ``[NeurIPS 2020 camera ready]``,
    ``[Beltagy, Peters and Cohan]``); a title ending ``Related Work`` is still an entry."""
    text = (
        "# Papers\n\n"
        "- [Graph Neural Networks in TensorFlow and Keras with Spektral](https://graphneural"
        f".network/) [Spektral white paper]({ARXIV}2006.12138)\n"
        "- [Scaling Laws for Neural Language Models](https://www.youtube.com/watch?v=abc)"
        f" [NeurIPS 2020 camera ready]({ARXIV}2001.08361)\n"
        "- [Longformer explained in five minutes](https://medium.com/@x/longformer)"
        f" [Beltagy, Peters and Cohan]({ARXIV}2004.05150)\n"
        "- Towards Automatic Generation of Related Work [[pdf]](https://aclanthology.org/2020.x"
        ".pdf)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Graph Neural Networks in TensorFlow and Keras with Spektral",
        "Scaling Laws for Neural Language Models",
        "Longformer explained in five minutes",
        "Towards Automatic Generation of Related Work",
    ]


def test_review_947_only_the_papers_own_closing_tag_outdates_a_date_column():
    """Review 947: a baseline's venue in a description cell and ``(extended version of MICCAI
    2021 paper)`` do not date a row against its date column; a technical report beside its
    paper is no second paper; a cell of readings with a ``[[code]]`` on each line is split."""
    text = (
        "# Papers\n\n| Date | Paper | Code | Description |\n|---|---|---|---|\n"
        f"| 2023-06-01 | [Efficient Query Selection for Detection Transformers]({ARXIV}2306.00001)"
        " | [code](https://github.com/a/b) | Improves on Deformable DETR (ICLR 2021) |\n"
        "| 2023-05-02 | [Learning Robust Segmentation Models (extended version of MICCAI 2021"
        f" paper)]({ARXIV}2305.00003) | | |\n"
        "| 2019-04-16 | [Efficient and Precise Dynamic Race Detection (PLDI '09)](https://dl.acm.org"
        "/doi/10.1145/1542476.1542490) [Efficient Precise Dynamic Race Detection Tech Report"
        " (UCSC '08)](https://example.org/tr.pdf) | | |\n"
    )
    assert [year for _, _, year, _ in _read(text)] == [2023, 2023, 2009]
    cell = (
        "# VQA\n\n| Topic | Readings |\n|---|---|\n"
        f"| Modules | [Neural Module Networks]({ARXIV}1511.02799) [[code]](https://github.com/a/nmn2)"
        f"<br>[Learning to Compose Neural Networks for Question Answering]({ARXIV}1601.01705)"
        " [[code]](https://github.com/a/nmn3) |\n"
    )
    assert [code for _, _, _, code in _read(cell)] == [
        "https://github.com/a/nmn2",
        "https://github.com/a/nmn3",
    ]


def test_review_948_a_technical_report_or_a_title_naming_a_venue_is_a_papers_title():
    """Review 948: ``[GPT-4 research post](blog) [GPT-4 Technical Report](arxiv)`` and
    ``[Open Science at Hugging Face](blog) [Open Science at Scale with BLOOM](arxiv)`` are
    titled by the paper's link; ``[Qwen2 Technical Report](a), [The Llama 3 Herd of
    Models](b)`` is two papers; a Slides column's arXiv link, the row's only paper link, is
    no paper (review 949: lecture notes posted to arXiv)."""
    text = (
        "# Papers\n\n"
        "- [GPT-4 research post](https://openai.com/research/gpt-4)"
        f" [GPT-4 Technical Report]({ARXIV}2303.08774)\n"
        "- [Open Science at Hugging Face](https://huggingface.co/blog/open-science)"
        f" [Open Science at Scale with BLOOM]({ARXIV}2211.05100)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "GPT-4 Technical Report",
        "Open Science at Scale with BLOOM",
    ]
    cell = (
        "# Open models\n\n| Week | Topic | Readings |\n|---|---|---|\n"
        f"| 3 | Open models | [Qwen2 Technical Report]({ARXIV}2407.10671), [The Llama 3 Herd of"
        f" Models]({ARXIV}2407.21783) |\n"
    )
    assert len(_read(cell)) == 2
    slides = (
        "# Schedule\n\n| Date | Topic | Readings | Slides |\n|---|---|---|---|\n"
        "| 01-17 | Introduction to kernel methods | | [Lecture notes](https://arxiv.org/abs/"
        "2106.10165) |\n"
        f"| 01-18 | Attention | [Attention Is All You Need]({ARXIV}1706.03762) | [Slides](https://"
        "x.edu/l2.pdf) |\n"
    )
    assert [e.paper.url for e in parse_text(slides, "l.md").entries] == [f"{ARXIV}1706.03762"]


def test_review_949_makers_notes_and_labels_read_as_a_maintainer_would():
    """Review 949: a lower-case note beside a maker is cut too (``(Microsoft Research) (a
    strong 13B reasoner)``), as are ``(Qwen Team)`` and ``(from University of Toronto)``; a
    ``[Longer technical report]`` beside its paper is no second paper; after a post, ``[ECCV
    2022 Oral Presentation]`` and ``[Read the report]`` are labels, no titles."""
    text = (
        "# Papers\n\n"
        "* Orca 2: Teaching Small Language Models How to Reason (Microsoft Research) (a strong"
        f" 13B reasoner) [paper]({ARXIV}2311.11045)\n"
        f"* Qwen2.5-Coder Technical Report for Code Generation (Qwen Team) [paper]({ARXIV}2409.12186)\n"
        "* Large Language Models For Mathematics (from University of Toronto)"
        f" [paper]({ARXIV}2401.00011)\n"
        "* [DreamBooth explained](https://medium.com/@x/dreambooth-explained), [ECCV 2022 Oral"
        f" Presentation]({ARXIV}2208.12242)\n"
        "* [Introducing Gemini: our largest and most capable AI model](https://blog.google/x)"
        f" [Read the report]({ARXIV}2312.11805)\n"
    )
    assert [title for _, title, _, _ in _read(text)] == [
        "Orca 2: Teaching Small Language Models How to Reason",
        "Qwen2.5-Coder Technical Report for Code Generation",
        "Large Language Models For Mathematics",
        "DreamBooth explained",
        "Introducing Gemini: our largest and most capable AI model",
    ]
    cell = (
        "# BERT\n\n| Week | Topic | Readings |\n|---|---|---|\n"
        f"| 4 | BERT | [BERT: Pre-training of Deep Bidirectional Transformers]({ARXIV}1810.04805),"
        " [Longer technical report](https://example.edu/bert-tr.pdf) |\n"
    )
    assert len(_read(cell)) == 1
