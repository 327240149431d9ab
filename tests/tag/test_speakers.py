"""Speaker resolution without a codebook: pronouns that share a subject, "They" for a body."""
from __future__ import annotations

import pytest

from corpus_tools import default_codebook, process_document
from corpus_tools.tag.quotes.direct import document_quotes


def speakers(text: str) -> dict[str, str]:
    cb = default_codebook()
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return {q["text"]: q["speaker"] for q in document_quotes(doc, cb)}


def test_a_pronoun_after_an_embedded_name_follows_the_sentence_subject():
    text = ("Morag Tennant-Ilori chairs the growers. She said they had written to the chair, "
            "Hendrik van der Berg, in September. “He wrote back to say it was in hand. It was not,” she said.")
    got = speakers(text)
    assert got["He wrote back to say it was in hand. It was not,"] == "Morag Tennant-Ilori"


def test_a_pronoun_subject_two_sentences_back_carries_on():
    text = ("Henrike van Aalst left the bank in 2019.\n\nWhat comes next? She says she wants a bigger kiln.\n\n"
            "“Somebody should get to be the worst student I ever had,” she says.")
    assert speakers(text)["Somebody should get to be the worst student I ever had,"] == "Henrike van Aalst"


def test_they_after_a_body_that_opened_the_sentence_before():
    text = "Lowfield Police confirmed they had received a report. They said inquiries were ongoing."
    assert speakers(text).get("inquiries were ongoing") == "Lowfield Police"


@pytest.mark.parametrize("text, who", [
    ("“We are ready,” said the group’s president, Lorraine McAllister-Boyd.", "Lorraine McAllister-Boyd"),
    ("“We are ready,” said the study’s lead author, Dr. Farida Osei-Whitcombe. “Truly.”", "Farida Osei-Whitcombe"),
])
def test_a_role_with_a_name_in_apposition_is_that_person(text, who):
    got = speakers(text)
    assert got and set(got.values()) == {who}


def test_a_he_resolved_to_a_person_gives_them_that_gender():
    text = ("Lorraine Beaumont-Achebe, 58, has pleaded not guilty to fraud.\n\n"
            "Taking the stand in her own defence, Beaumont-Achebe said she had taken $4,000.\n\n"
            "Under cross-examination, Crown prosecutor Daniel Oyelaran-Fitch put it to her that the transfers "
            "had been hidden.\n\n"
            "“You invented a supplier, Ms. Beaumont-Achebe. That is not what people do with a loan,” he said.\n\n"
            "She agreed that the supplier was invented.")
    assert speakers(text)["the supplier was invented"] == "Lorraine Beaumont-Achebe"


def test_a_body_nominal_with_its_spokesperson_is_the_body():
    text = ("The bank, Lakeshore Credit Union, flagged the payments. "
            "A credit union spokesperson said that it does not comment on individual accounts.")
    assert speakers(text)["it does not comment on individual accounts"] == "Lakeshore Credit Union"


def test_the_researchers_speak_for_the_body_their_study_came_from():
    text = ("The research, led by scientists at the Kelvinhaugh Institute for Occupational Health, followed nurses.\n\n"
            "Nurses who worked nights were more likely to be diagnosed with hypertension, the researchers reported.\n\n"
            "The researchers took account of age. Even so, they wrote, \"we cannot rule out that nurses differ.\"")
    got = speakers(text)
    assert got["Nurses who worked nights were more likely to be diagnosed with hypertension"] == \
        "Kelvinhaugh Institute for Occupational Health"
    assert got["we cannot rule out that nurses differ."] == "Kelvinhaugh Institute for Occupational Health"
