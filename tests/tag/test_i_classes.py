"""Speaker and citation classes found on blind set I (tuned on it after its first measurement).

Every sentence here is invented for the test (no text of the blind articles): South Asian
honorifics before a surname, a long office title before a name, a dateline in capitals, a
hometown in apposition after a name.
"""
from __future__ import annotations

from sentence_tags import rows, speakers, cites, doc_and_codebook as _doc  # tests/tag is on sys.path


# --- names ----------------------------------------------------------------------------------

def test_shri_and_smt_are_honorifics_before_a_known_surname():
    text = ("Suresh Balwant Kolhatkar, who heads the growers' cooperative, said the rains were late.\n\n"
            "\"We have waited long enough,\" Shri Kolhatkar said.\n\n"
            "Anjali Mehrotra Pillai said the scheme had failed. \"It did not reach us,\" Smt. Pillai said.")
    got = speakers(text)
    assert got["We have waited long enough,"] == "Suresh Balwant Kolhatkar"
    assert got["It did not reach us,"] == "Anjali Mehrotra Pillai"


def test_a_long_office_title_before_a_name_leaves_the_person():
    text = ("Union Shipping and Inland Waterways Minister Harsh Vardhan Kelkar said the pipes "
            "would be laid by June.\n\n"
            "\"The money is there,\" Mr. Kelkar said.")
    got = speakers(text)
    assert got["the pipes would be laid by June"] == "Harsh Vardhan Kelkar"
    assert got["The money is there,"] == "Harsh Vardhan Kelkar"


def test_a_dateline_in_capitals_is_no_speaker():
    text = ("EAST ODEN: The port authority on Monday raised its fees, with Union Shipping and Inland Waterways "
            "Minister Harsh Vardhan Kelkar saying the rise was needed to pay for dredging.")
    got = speakers(text)
    assert got["the rise was needed to pay for dredging"] == "Harsh Vardhan Kelkar"
    doc, cb = _doc("EAST ODEN: The port authority raised its fees.\n\n\"Nobody asked us,\" a trader said.")
    from corpus_tools.tag.mentions import document_layer
    assert not [m for m in document_layer(doc, cb)[0] if "ODEN" in m.text]


def test_a_hometown_after_a_name_is_a_place_not_the_speaker():
    text = ("Ailsa Dunvegan, 47, from Carrowmuir, who was on the ferry with her son, said the crossing was "
            "'rough as anything'.\n\n"
            "'I have never been so sick,' she said.")
    got = speakers(text)
    assert got["the crossing was 'rough as anything'"] == "Ailsa Dunvegan"
    assert got["I have never been so sick,"] == "Ailsa Dunvegan"


def test_a_title_with_a_full_stop_after_a_quote_opens_the_speaker():
    text = ("\"We have waited long enough,\" Mr. Tollemache said.\n\n"
            "Rosalind Quayle-Adebayo said the scheme had failed. \"It did not reach us,\" Mrs. Quayle-Adebayo said.")
    got = {q["text"]: (q["speaker"], q["kind"]) for q in rows(text)}
    assert got["It did not reach us,"] == ("Rosalind Quayle-Adebayo", "direct")


# --- a one-word firm and its later mentions -------------------------------------------------

def test_a_one_word_firm_before_a_noun_is_a_body_and_the_carrier_is_that_firm():
    text = ("A Vantrel flight from Leeds to Faro turned back after a bird strike on Sunday.\n\n"
            "Flight VT118, a Boeing 737 carrying 160 passengers, landed safely, the airline said.\n\n"
            "'We are proud of the crew,' a Vantrel spokesman said.\n\n"
            "The carrier said the engine would be inspected.\n\n"
            "The Flight Engineers' Guild said the incident showed the value of training.\n\n"
            + "Passengers described a loud bang and a smell of burning in the cabin. " * 30 + "\n\n"
            "Vantrel denied that its maintenance had slipped.\n\n"
            "'Our engineers are the best in the business,' the spokesman said.\n\n"
            "Passengers were flown home on a replacement jet, the airline said.")
    got = speakers(text)
    assert got["Flight VT118, a Boeing 737 carrying 160 passengers, landed safely"] == "Vantrel"
    assert got["We are proud of the crew,"] == "Vantrel"
    assert got["the engine would be inspected"] == "Vantrel"
    assert got["Our engineers are the best in the business,"] == "Vantrel"
    assert got["Passengers were flown home on a replacement jet"] == "Vantrel"
    assert got["the incident showed the value of training"] == "Flight Engineers' Guild"
    assert ("The carrier", "Vantrel", "institution") in cites(text)


# --- epithets for the person the story is on -------------------------------------------------

def test_an_epithet_of_nationality_age_or_role_is_the_person_before_it():
    text = ("‘We were sharp for an hour,’ said Harwell manager Matteo Grünberg-Lisi.\n\n"
            "‘Jonah is flying at the moment,’ the Paraguayan said.\n\n"
            "Oren Pakula-Whyte, the Stockfield coach, was angrier. The hosts’ boss, whose side have lost four "
            "in a row, said the penalty was ‘a joke’.\n\n"
            "Jonah Ekwueme-Bright, who has scored seven times this season, said the goal was his best.\n\n"
            "‘I just hit it,’ the forward told reporters.\n\n"
            "The 22-year-old insisted he was happy at the club.")
    got = speakers(text)
    assert got["Jonah is flying at the moment,"] == "Matteo Grünberg-Lisi"
    assert got["the penalty was ‘a joke’"] == "Oren Pakula-Whyte"
    assert got["I just hit it,"] == "Jonah Ekwueme-Bright"
    assert got["he was happy at the club"] == "Jonah Ekwueme-Bright"


def test_a_body_or_an_outlet_after_the_is_no_epithet():
    text = ("Marta Velloso-Rhee, the finance minister, presented the budget on Tuesday.\n\n"
            "The government said the deficit would fall.\n\n"
            "The Guardian reported that two ministers had objected.")
    got = speakers(text)
    assert got["the deficit would fall"] != "Marta Velloso-Rhee"
    assert got["two ministers had objected"] != "Marta Velloso-Rhee"


def test_an_epithet_for_an_unnamed_person_brought_in_before_stays_unnamed():
    text = ("Priya Castellane-Ho, the chief executive, wrote to staff on Monday.\n\n"
            "One technician on the night shift, who asked not to be named, said the cuts were a shock.\n\n"
            "‘Nobody saw it coming,’ the technician said.\n\n"
            "The Harcourt district will review the plan.\n\n"
            "The district said it had not been told.")
    got = speakers(text)
    assert got["Nobody saw it coming,"] == ""
    assert got["it had not been told"] != "Priya Castellane-Ho"


# --- bodies as sources -----------------------------------------------------------------------

def test_a_record_label_a_collective_and_a_tracking_site_are_bodies_that_are_cited():
    text = ("Their label, Saltmarsh Records, said in a statement that the album had sold out.\n\n"
            "The Brindle Drivers Collective, a group of about 300 couriers, posted on LinkedIn that the "
            "pay cut was unfair.\n\n"
            "According to ship-tracking site SeaPlotter, the tanker turned back near the strait.\n\n"
            "Harbour director Joaquim Estrela-Quist told a briefing at the site that nobody was hurt.\n\n"
            "“We were lucky,” he said.")
    got = speakers(text)
    assert got["We were lucky,"] == "Joaquim Estrela-Quist"  # "the site" is a place, not the body
    assert got["the album had sold out"] == "Saltmarsh Records"
    assert got["the pay cut was unfair"] == "Brindle Drivers Collective"
    assert got["the tanker turned back near the strait"] == "SeaPlotter"
    found = cites(text)
    for name in ("Saltmarsh Records", "Brindle Drivers Collective", "SeaPlotter"):
        assert (name, name, "institution") in found


def test_a_speech_verb_after_a_possessive_is_a_noun_and_what_she_called_is_hers():
    text = ("“The men have gone west for work,” the union’s state secretary, Callum Ferreira-Nash, said.\n\n"
            "Governor Ottilie Brandvold-Ames blamed her predecessor for what she called a “paper budget”.")
    got = {q["text"]: (q["speaker"], q["speaker_text"]) for q in rows(text)}
    assert got["The men have gone west for work,"][0] == "Callum Ferreira-Nash"
    assert got["paper budget"][0] == "Ottilie Brandvold-Ames"


# --- outlets, agencies and firms as sources ----------------------------------------------------

def test_an_agency_that_reported_a_clause_while_quoting_an_unnamed_official():
    text = ("The Kerala government has asked the Centre to delay the levy, KNS reported, quoting a senior "
            "official in the state's finance department.")
    got = rows(text)
    assert [(q["kind"], q["speaker"]) for q in got] == [("indirect", "KNS")]
    found = cites(text)
    assert any(t == "KNS" for t, _, _ in found)
    assert ("a senior official in the state's finance department",
            "a senior official in the state's finance department", "anonymous") in found


def test_told_a_broadcaster_radio_and_told_this_newspaper_are_outlets():
    text = ("“We will finish it,” Mayor Delphine Okonkwo-Barre told WKRN radio.\n\n"
            "“Nobody listens to us,” Sunil Ravindran-Holt told this newspaper.")
    found = cites(text)
    assert ("WKRN radio", "WKRN radio", "news_outlet") in found
    assert any(t == "this newspaper" and k == "news_outlet" for t, _, k in found)


def test_an_ampersand_joins_a_firms_name():
    text = ("Brantley Salvage & Haulage, which is now under new ownership, said in a statement that it had "
            "cooperated with the inquiry.")
    got = rows(text)
    assert got[0]["speaker"] == "Brantley Salvage & Haulage"
    assert ("Brantley Salvage & Haulage", "Brantley Salvage & Haulage", "institution") in cites(text)


def test_a_narrators_aside_after_a_clause_first_attribution_and_a_places_government():
    text = ("The price of the bridge has doubled and it will not open until 2031, the Tasmanian government has "
            "confirmed, four years later than planned.\n\n"
            "Norvane Ltd. will close two plants, the company said on Monday, days after its chairman resigned.")
    got = {q["text"]: q for q in rows(text)}
    first = got["The price of the bridge has doubled and it will not open until 2031"]
    assert first["speaker"] == "Tasmanian government"
    assert got["Norvane Ltd. will close two plants"]["speaker"] == "Norvane Ltd."
    assert any(t.endswith("Tasmanian government") and k == "institution" for t, _, k in cites(text))


def test_a_body_named_with_its_town_and_a_bodys_own_document():
    text = ("The Northfold School Division in Brandon said it had not seen the plan.\n\n"
            "A spokesperson for the Department of Health said the note was a draft.\n\n"
            "According to the department's own waiting-list figures, 3,100 patients have waited more than a year.")
    got = speakers(text)
    assert got["it had not seen the plan"] == "Northfold School Division"
    assert got["3,100 patients have waited more than a year"] == "Department of Health"
    found = cites(text)
    assert ("Northfold School Division", "Northfold School Division", "institution") in found
    assert ("the department", "Department of Health", "institution") in found


def test_a_person_known_by_a_first_name_only_and_her_later_pronoun():
    text = ("Defence lawyer Owen Tallis-Brookes said his client would appeal.\n\n"
            "One juror, a retired librarian who asked that only her first name, Maribel, be used, said the "
            "video had been more convincing than Tallis-Brookes himself.\n\n"
            "\"Nobody believed the alibi,\" she said.")
    got = speakers(text)
    assert got["the video had been more convincing than Tallis-Brookes himself"] == "Maribel"
    assert got["Nobody believed the alibi,"] == "Maribel"


def test_a_plain_apostrophe_after_an_s_name_is_a_possessive_not_the_speaker():
    text = ("Prosecutors said Senator Lyle Haverbrooks took bribes for years.\n\n"
            "Haverbrooks' attorney, Ana Quintero-Voss, argued that the witness was a “serial liar”.")
    got = speakers(text)
    assert got["the witness was a “serial liar”"] == "Ana Quintero-Voss"
