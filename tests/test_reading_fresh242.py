"""Layouts first seen in the fresh242-247 batches (measured before any tuning on them), each
held by a test that fails on the reader before its fix (cut to its point)."""

from __future__ import annotations

from pipeline.parse import parse_text
from tests.support.reading import reader

_read = reader("line", "title", "year")


def test_a_bold_bracketed_title_before_its_authors_and_venue_is_the_title():
    text = (
        "# System\n\n"
        "- **[Wide area localization on mobile phones]** Clemens Arth. ISMAR, 2009."
        " [**[paper]**](https://www.researchgate.net/publication/221221483_Wide_Area)\n"
        "- **[Learning to Find Good Correspondences]** Kwang Moo Yi, Eduard Trulls. CVPR, 2018."
        " [**[paper]**](https://arxiv.org/abs/1711.05971)\n"
        "- **[Survey | AIDB]** Xuanhe Zhou, Chengliang Chai, Guoliang Li, Ji Sun. Database Meets"
        " Artificial Intelligence: A Survey. TKDE, 2020."
        " [[paper](http://dbgroup.cs.tsinghua.edu.cn/ligl/papers/aidb.pdf)]\n"
    )
    assert _read(text) == [
        (3, "Wide area localization on mobile phones", 2009),
        (4, "Learning to Find Good Correspondences", 2018),
        (5, "Database Meets Artificial Intelligence: A Survey", 2020),
    ]


def test_a_name_and_a_bibtex_key_before_the_title_are_not_part_of_it():
    text = (
        "- **Generative models**\n"
        "  - MoveSim (`feng2020learning`)  Learning to simulate human mobility. KDD, 2020."
        " [[paper]](https://dl.acm.org/doi/10.1145/3394486.3412862)\n"
        "  - (`kobayashi2023modeling`) Modeling and generating human mobility trajectories."
        " arXiv, 2023. [[paper]](https://arxiv.org/abs/2303.00001)\n"
    )
    assert _read(text) == [
        (2, "Learning to simulate human mobility", 2020),
        (3, "Modeling and generating human mobility trajectories", 2023),
    ]


def test_venue_names_linked_to_dblp_venue_indexes_are_no_papers():
    text = (
        "+ **System area**\n"
        "    + Conferences: [OSDI](https://dblp.uni-trier.de/db/conf/osdi/index) |"
        " [SOSP](https://dblp.uni-trier.de/db/conf/sosp/index)\n"
        "    + Journals: [TC](https://dblp.uni-trier.de/db/journals/tc/index.html)\n\n"
        "## Papers\n"
        "- [Drain: An Online Log Parsing Approach with Fixed Depth Tree](https://doi.org/10.1109/ICWS.2017.13), ICWS 2017\n"
    )
    assert _read(text) == [(6, "Drain: An Online Log Parsing Approach with Fixed Depth Tree", 2017)]


def test_a_project_page_or_video_in_a_repo_column_is_no_code_link():
    text = (
        "|Year|Venue|Paper|Repo|\n"
        "|---|---|---|---|\n"
        "|2019|CVPR|[Neural illumination: Lighting prediction for indoor environments]"
        "(https://arxiv.org/abs/1904.00001)|[Proj](https://illumination.cs.princeton.edu/)|\n"
        "|2021|CVPR|[Spatially-varying outdoor lighting estimation from intrinsics]"
        "(https://arxiv.org/abs/2104.00001)|[Video](https://www.youtube.com/watch?v=O1M1k6JncoA)|\n"
        "|2020|ECCV|[Lighthouse: Predicting lighting volumes](https://arxiv.org/abs/2003.08367)"
        "|[Code](https://people.eecs.berkeley.edu/~pratul/lighthouse/code.zip)|\n"
    )
    codes = [e.code.url if e.code else None for e in parse_text(text, "l.md").entries]
    assert codes == [None, None, "https://people.eecs.berkeley.edu/~pratul/lighthouse/code.zip"]


def test_a_blog_posts_and_videos_section_holds_no_papers_but_a_video_section_may():
    text = (
        "## Blog posts and Videos\n\n"
        "| Author/Speaker | Title | Venue | Media |\n"
        "|---|---|:---:|:---:|\n"
        "| Frank Dellaert | [NeRF Explosion 2020](https://dellaert.github.io/NeRF/) | - | Blog |\n"
        "| Matthias Niessner | [Why Neural Rendering is just Awesome]"
        "(https://www.youtube.com/watch?v=zNvS5hQsWEo) | CMU AI Seminar | YouTube |\n\n"
        "## Video\n\n"
        "- [Video Diffusion Models](https://arxiv.org/abs/2204.03458), 2022\n"
    )
    assert _read(text) == [(10, "Video Diffusion Models", 2022)]


def test_chicago_author_date_and_mla_names_before_the_title_are_the_byline():
    text = (
        "## Surveys\n"
        "* Atluri, Gowtham, Anuj Karpatne, and Vipin Kumar. 2018. [Spatio-temporal data mining:"
        " A survey of problems and methods](https://dl.acm.org/doi/abs/10.1145/3161602)."
        " *ACM Computing Surveys (CSUR) 2018*.\n"
        "- Wu, Felix, Tianyi Zhang, Amauri Holanda de Souza Jr., Christopher Fifty, and Kilian Q."
        " Weinberger. \u201cSimplifying Graph Convolutional Networks.\u201d ArXiv:1902.07153 [Cs, Stat],"
        " June 20, 2019. http://arxiv.org/abs/1902.07153.\n"
    )
    assert [t for _, t, _ in _read(text)] == [
        "Spatio-temporal data mining: A survey of problems and methods",
        "Simplifying Graph Convolutional Networks",
    ]
