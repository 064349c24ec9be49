"""Reading cases found on the fresh53-55 real lists (tests/fixtures/real/fresh5[345]__*),
each reduced to the smallest text that shows it."""

from __future__ import annotations

from tests.support.reading import reader

_read = reader("title", "short_name")


def test_a_label_before_a_titled_link_is_its_name_and_the_link_text_the_title():
    text = (
        "- Standard RNA: [Recurrent Neural Aligner: An Encoder-Decoder Neural Network Model for"
        " Sequence to Sequence Mapping](https://arxiv.org/abs/1706.00001) (Interspeech 2017)\n"
        "- CIF: [CIF: Continuous Integrate-And-Fire for End-To-End Speech Recognition]"
        "(https://arxiv.org/pdf/1905.11235.pdf) (ICASSP 2020)\n"
    )
    assert _read(text) == [
        (
            "Recurrent Neural Aligner: An Encoder-Decoder Neural Network Model for Sequence to"
            " Sequence Mapping",
            "Standard RNA",
        ),
        ("CIF: Continuous Integrate-And-Fire for End-To-End Speech Recognition", "CIF"),
    ]


def test_a_bold_method_name_then_a_piped_titled_link_gives_the_link_text_as_title():
    text = (
        "* **Predictive Recurrent Neural Network** (**PredRNN**) | [PredRNN: A Recurrent Neural"
        " Network for Spatiotemporal Predictive Learning](https://arxiv.org/abs/2103.09504)"
        " | NeurIPS 2017 THU\n"
        "* **A Survey of Video Prediction Methods and Their Uses** | [code](https://github.com/a/b)\n"
    )
    assert _read(text)[0] == (
        "PredRNN: A Recurrent Neural Network for Spatiotemporal Predictive Learning",
        "Predictive Recurrent Neural Network",
    )
