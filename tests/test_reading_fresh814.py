"""Round 126 (fresh814-818): each rule held by a test that fails on the reader before it; the
guards beside them pass on both."""

from __future__ import annotations

from pipeline.parse import parse_text


def _read(text: str) -> list[tuple[int, str | None, int | None]]:
    """Each entry's line, title and year."""
    return [(e.line, e.title, e.year) for e in parse_text(text, "l.md").entries]


def test_a_wiley_byline_with_its_year_and_a_comma_before_the_title():
    """hb-ye/UTD24-Transportation: `Li, Z., Liang, C., Hong, Y. and Zhang, Z. (2022), Title.
    Prod Oper Manag, 31: 239-258. https://doi.org/…`: the authors and their year, then a comma."""
    text = (
        "* Yang, J., He, F., Lin, X. and Shen, M.Z.-J. (2021), Mechanism Design for Stochastic Dynamic Parking Resource Allocation. Prod Oper Manag, 30: 3615-3634. https://doi.org/10.1111/poms.13453\n"
        "* Pan, Y. and Qiu, L. (2022), How Ride-Sharing Is Shaping Public Transit System: A Counterfactual Estimator Approach. Prod Oper Manag, 31: 906-927. https://doi.org/10.1111/poms.13582\n"
    )  # fmt: skip
    assert _read(text) == [
        (1, "Mechanism Design for Stochastic Dynamic Parking Resource Allocation", 2021),
        (2, "How Ride-Sharing Is Shaping Public Transit System: A Counterfactual Estimator Approach", 2022),
    ]  # fmt: skip


def test_a_models_name_and_its_year_before_a_comma_stay_the_title():
    """Guard: `Show & Tell (2015), A Neural Image Caption Generator` and `Deep Blue (1997), IBM`
    name no authors before their year."""
    text = (
        "- [Show & Tell (2015), A Neural Image Caption Generator](https://arxiv.org/abs/1411.4555)\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _read(text)[0][1].startswith("Show & Tell")


NOTED = (
    "* [Uncertainty in deep learning (thesis)](http://mlg.eng.cam.ac.uk/yarin/thesis/thesis.pdf)\n\n"
    "* [Predicting Transcription Factor Binding Sites with Convolutional Kernel Networks (cited kover)](https://hal.inria.fr/hal-01632912/document)\n\n"
    "* [Antimicrobial resistance: the example of Staphylococcus aureus (low importance)](https://www.ncbi.nlm.nih.gov/pmc/articles/PMC154455/)\n\n"
    "* [Attention and Augmented Recurrent Neural Networks (already read but check out references)](https://distill.pub/2016/augmented-rnns/)\n\n"
    "* [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
)  # fmt: skip


def test_a_list_that_closes_titles_with_notes_in_lower_case():
    """aldro61/papers: `[Title (cited kover)](url)`, `(thesis)`, `(low importance)`: three
    titles or more closed by a bracket in lower case are the reader's notes, not the titles'."""
    assert [t for _, t, _ in _read(NOTED)] == [
        "Uncertainty in deep learning",
        "Predicting Transcription Factor Binding Sites with Convolutional Kernel Networks",
        "Antimicrobial resistance: the example of Staphylococcus aureus",
        "Attention and Augmented Recurrent Neural Networks",
        "Deep Residual Learning for Image Recognition",
    ]


def test_one_title_closed_by_words_in_lower_case_keeps_them():
    """Guard: one title with a bracket in lower case (`(and how to read them)`) keeps it."""
    text = (
        "- [Saliency Maps Explained (and how to read them)](https://arxiv.org/abs/2001.00001)\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )
    assert _read(text)[0][1] == "Saliency Maps Explained (and how to read them)"


def test_an_osf_file_served_as_a_pdf_and_an_easychair_preprint_are_papers():
    """social-ai-studio/hate-speech-model-zoo: `files.osf.io/v1/resources/…?format=pdf&action=
    download`; AgaMiko/data-augmentation-review: `easychair.org/publications/preprint_download/…`."""
    text = (
        "- [The Gab Hate Corpus: A collection of 27k posts annotated for hate speech](https://files.osf.io/v1/resources/hqjxn/providers/osfstorage/5b4f8701507fa000111ee951?format=pdf&action=download&direct&version=2) (PsyArxiv '20)\n"
        "* [Survey on Remote Sensing Data Augmentation: Advances, Challenges, and Future Perspectives](https://easychair-www.easychair.org/publications/preprint_download/gtCh);A Oubara, F Wu\n"
        "- [Deep Residual Learning for Image Recognition](https://arxiv.org/abs/1512.03385)\n"
    )  # fmt: skip
    assert [ln for ln, _, _ in _read(text)] == [1, 2, 3]
