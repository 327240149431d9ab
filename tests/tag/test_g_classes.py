"""Speaker and citation classes found on blind set G (tuned on it after its first measurement).

Every sentence here is invented for the test (no text of the blind articles): the names of
bodies that a title word or an adjective opens, bodies named with a possessive or a municipal
"Town of", a firm named only as the employer of its analysts, a classifier noun in apposition,
a body's spokesman mentioned again, and the citations these give.
"""
from __future__ import annotations

from sentence_tags import rows, speakers, cites  # tests/tag is on sys.path


# --- names of bodies -----------------------------------------------------------------------

def test_an_adjective_or_title_word_at_the_front_of_a_body_name_stays_in_it():
    text = ("The ferry route is run by Southern Lakeland Health, which also runs two clinics in the "
            "southern valleys.\n\n"
            "Southern Lakeland Health said the crossings would resume in May.\n\n"
            "The opposition, the National Dawn Movement, said the minister had “lost the room”.")
    got = speakers(text)
    assert got["the crossings would resume in May"] == "Southern Lakeland Health"
    assert got["lost the room"] == "National Dawn Movement"


def test_a_single_head_word_joined_by_and_is_part_of_one_name():
    text = ("The merger needs approval from the Energy and Water Commission, which blocked a bid in 2021. "
            "The commission said it would “look closely” at the deal.")
    got = speakers(text)
    assert got["look closely"] == "Energy and Water Commission"


def test_a_possessive_before_an_organisation_head_is_inside_the_name():
    text = ("The Dunmere County Sheriff’s Office said in a statement that two deputies had been suspended.")
    got = rows(text)
    assert got[0]["speaker"] == "Dunmere County Sheriff’s Office"
    assert ("Dunmere County Sheriff’s Office", "Dunmere County Sheriff’s Office", "institution") in cites(text)


def test_town_of_a_place_is_the_municipal_body():
    text = ("The Town of Harrow Lake posted on Facebook that the pool would stay shut until July.")
    got = rows(text)
    assert got[0]["speaker"] == "Town of Harrow Lake"
    assert ("Town of Harrow Lake", "Town of Harrow Lake", "institution") in cites(text)


def test_a_firm_named_only_as_the_employer_of_its_analysts_speaks_through_them():
    text = ("Analysts at Corbin Ashdown said in a note that the price was “on the high side” and that "
            "the savings looked modest.")
    got = rows(text)
    assert {q["speaker"] for q in got} == {"Corbin Ashdown"}
    assert ("Analysts at Corbin Ashdown", "Corbin Ashdown", "institution") in cites(text)


# --- a body's spokespeople ------------------------------------------------------------------

def test_a_classifier_noun_before_a_name_is_that_body_and_so_is_its_later_use():
    text = ("About 900 families rely on food parcels, according to the charity Hearthside Relief Fund.\n\n"
            "A spokeswoman for the charity said demand had doubled since March.")
    got = rows(text)
    assert [q["speaker"] for q in got] == ["Hearthside Relief Fund", "Hearthside Relief Fund"]
    assert ("A spokeswoman for the charity", "Hearthside Relief Fund", "institution") in cites(text)


def test_the_spokesman_again_is_the_body_he_spoke_for():
    text = ("A spokesman for Tolland Estates said the firm had “nothing to hide” and would appeal.\n\n"
            "“We have followed every rule,” the spokesman said.")
    got = speakers(text)
    assert got["We have followed every rule,"] == "Tolland Estates"
    c = cites(text)
    assert ("A spokesman for Tolland Estates", "Tolland Estates", "institution") in c
    assert ("the spokesman", "Tolland Estates", "institution") in c


def test_a_bodys_press_office_speaks_for_the_body():
    text = ("The study was led by the University of Brannock.\n\n"
            "The university’s press office said the work had been paid for by a public grant.")
    got = rows(text)
    assert got[0]["speaker"] == "University of Brannock"
    assert ("The university’s press office", "University of Brannock", "institution") in cites(text)


# --- clubs and their insiders -----------------------------------------------------------------

def test_a_club_prefix_makes_a_body_and_sources_at_it_stay_anonymous():
    text = ("Harwick Town have signed the winger from Spanish side UD Salvatierra.\n\n"
            "Salvatierra confirmed the sale in a statement, saying the fee was a club record.\n\n"
            "Sources at Salvatierra said the player had asked to leave in January.")
    got = rows(text)
    by_text = {q["text"]: q for q in got}
    assert by_text["the fee was a club record"]["speaker"] == "UD Salvatierra"
    assert by_text["the player had asked to leave in January"]["speaker"] == ""
    c = cites(text)
    assert ("Salvatierra", "UD Salvatierra", "institution") in c
    assert ("Sources at Salvatierra", "sources at salvatierra", "anonymous") in c


# --- outlets as the place of reports -----------------------------------------------------------

def test_reports_in_a_named_paper_are_the_papers_and_the_newspaper_again_is_it():
    text = ("The club's president told the sports daily Gol Diario that he had rejected two bids.\n\n"
            "The fee could rise to £40million with add-ons, according to reports in the Weekend Argus. "
            "The newspaper also reported that the player had a release clause.")
    got = rows(text)
    by_text = {q["text"][:20]: q["speaker"] for q in got}
    assert by_text["The fee could rise t"] == "Weekend Argus"
    assert by_text["the player had a rel"] == "Weekend Argus"
    c = cites(text)
    assert ("Weekend Argus", "Weekend Argus", "news_outlet") in c
    assert not any(t.startswith("reports") for t, _, _ in c)


# --- the subject after a subordinator; an outlet a review was written for ---------------------

def test_the_speaker_of_a_clause_after_a_subordinator_starts_after_it():
    text = ("The vote on the bypass was delayed again after councillors said they needed more traffic data.")
    got = rows(text)
    assert got[0]["speaker_text"] == "councillors"
    assert ("councillors", "councillors", "anonymous") in cites(text)


def test_a_review_written_for_a_named_outlet_cites_it():
    text = ("In her review for the Northgate Review, she wrote that the dumplings were 'worth the trip'.")
    assert ("Northgate Review", "Northgate Review", "news_outlet") in cites(text)


# --- a statement read out ----------------------------------------------------------------------

def test_the_statement_read_is_the_body_that_issued_the_statement():
    text = ("“He was the best signing I ever made,” manager Joost Verhaegen-Lind said.\n\n"
            "Dunmore Athletic confirmed the departure in a statement on Friday.\n\n"
            "“Pieter leaves with our thanks,” the statement read. “He will always be welcome here.”")
    got = rows(text)
    by_text = {q["text"]: q for q in got}
    assert by_text["Pieter leaves with our thanks,"]["speaker"] == "Dunmore Athletic"
    assert by_text["Pieter leaves with our thanks,"]["verb"] == "read"
    assert by_text["He will always be welcome here."]["speaker"] == "Dunmore Athletic"


def test_a_document_as_the_speaker_is_no_citation():
    text = ("Dunmore Athletic confirmed the departure in a statement on Friday.\n\n"
            "“Pieter leaves with our thanks,” the statement read.\n\n"
            "Residents handed in a petition on Monday. The petition, which was signed by 900 people, says the "
            "lane is “unsafe for children”.")
    c = cites(text)
    assert not any(t.lower().startswith(("the statement", "the petition")) for t, _, _ in c), c
