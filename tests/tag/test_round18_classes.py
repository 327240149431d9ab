"""Speaker classes of the eighteenth tuning round: bodies that local copy names by a place or a name and a
lower-case noun, and the people of a body written after its name.

Every sentence here is invented for the test (no text of the gold articles). Each test's docstring names the
failure class it guards.
"""
from __future__ import annotations

import pytest
from sentence_tags import by_text, doc_and_codebook, speakers  # tests/tag is on sys.path


@pytest.mark.parametrize("people", ["economists at Orla Bank wrote in a note", "analysts at Orla Bank said",
                                    "researchers from the Orla Bank said"])
def test_people_of_a_named_body_in_lower_case_after_a_quote(people):
    """Class (empty or wrong speaker): after a quote, "economists at Orla Bank wrote" was no noun phrase (a
    lower-case word, then a preposition), so the quote went on the previous quote's speaker or none. The people
    of a named body written after "at", "from" or "with" are a noun phrase, and the body speaks through them."""
    text = f"Rates held\n\n“We were not consulted,” Ana Ruiz said.\n\n“We expect growth to slow,” {people}.\n"
    got = by_text(text)["We expect growth to slow,"]
    assert (got["speaker"], got["speaker_kind"]) == ("Orla Bank", "organisation")


def test_people_of_a_named_body_after_an_inverted_verb():
    """Class (unresolved speaker): "“Growth is weak,” said analysts at Pine Capital." had no speaker."""
    assert speakers("Rates\n\n“Growth is weak,” said analysts at Pine Capital.\n")["Growth is weak,"] == "Pine Capital"


@pytest.mark.parametrize("subject, body", [("Ashford police", "Ashford police"),
                                           ("Brightwater council", "Brightwater council"),
                                           ("the Kerrow fire service", "Kerrow fire service"),
                                           ("the Brenton union's leadership", "Brenton union"),
                                           ("a Marlow council spokesman", "Marlow council"),
                                           ("But Ashford police", "Ashford police")])
def test_a_place_and_a_lower_case_service_is_a_body(subject, body):
    """Class (empty speaker where the attribution names a body): local copy names a town's services by the
    place and a lower-case noun ("Ashford police said"); the words were an anonymous source. They are a body,
    whose name keeps the noun as written (and a sentence's opening "But" is not part of it)."""
    text = f"Storm\n\nHeavy rain fell overnight.\n\n“Several roads are closed,” {subject} said.\n"
    got = by_text(text)["Several roads are closed,"]
    assert (got["speaker"], got["speaker_kind"]) == (body, "organisation")


@pytest.mark.parametrize("distractor", ["", "An Ashford Police Authority report came out. "])
def test_the_local_form_is_the_formal_body(distractor):
    """Class (two entities for one body): "Ashford police" after "the Ashford Police Service" is that service, the
    fullest name the article gives; not a body over the police whose name merely holds the word."""
    text = (f"Thefts\n\n{distractor}The Ashford Police Service published its report on Monday.\n\n"
            "“Lock your cars,” Ashford police said.\n")
    assert speakers(text)["Lock your cars,"] == "Ashford Police Service"


@pytest.mark.parametrize("sentence", ["In Ashford police found the car on Tuesday.",
                                      "Residents of the Ashford council estate were moved.",
                                      "Greek police arrested two men."])
def test_a_place_before_a_service_noun_that_names_no_body(sentence):
    """Guard of the class above: a place after "in" is where something happened, a service noun before another
    noun is a modifier ("council estate"), and a nationality's police is a country's: no body mention."""
    from corpus_tools import default_codebook
    from corpus_tools.tag.speakers import find_mentions
    names = [m.text for m in find_mentions(sentence, default_codebook()) if m.kind == "organisation"]
    assert not any(n.endswith(("police", "council")) for n in names), names


@pytest.mark.parametrize("staff", ["Orla Bank economists", "Orla Bank analysts"])
def test_people_of_a_body_written_after_its_name(staff):
    """Class (empty speaker where the attribution names a body): "Orla Bank economists said" was an anonymous
    source, though "economists at Orla Bank" is the bank (gold README). The body's people after its name speak
    for it too."""
    body = staff.rsplit(" ", 1)[0]
    text = f"Report\n\n{body} published figures on Monday.\n\n“Demand has fallen,” {staff} said.\n"
    assert speakers(text)["Demand has fallen,"] == body


def test_unnamed_people_of_a_place_stay_anonymous():
    """Guard: "Harrow County prosecutors said" names a place, not a body: an unnamed group."""
    got = by_text("Case\n\nHarrow County prosecutors said they would review the case.\n")["they would review the case"]
    assert (got["speaker"], got["speaker_kind"]) == ("", "anonymous")


def test_the_citys_own_department_is_not_a_body_named_after_the_city():
    """Guard of the place bodies above: once "Harbor City council" is a body, "the city's transport department"
    took it (a body with the word "city" in its name) as the body the department is a unit of; a place's own
    department is not."""
    text = ("Harbor City council approves fare rise\n\nAccording to the city's transport department, the change "
            "will raise $1 million.\n")
    assert speakers(text)["the change will raise $1 million"] != "Harbor City council"


def test_an_opening_preposition_is_no_possessive_owner():
    """Class (a speaker named "According to the city's transport department"): the look-back for a body named
    by a possessive ("the Brussels prosecutor's office") took a sentence's opening "According to the city's …"
    as the owner's name, and "The department said" became that string."""
    text = ("Fares rise\n\nAccording to the city's transport department, the fare change will raise $1 million. "
            "The department said the new boats would enter service in 2027.\n")
    assert not speakers(text)["the new boats would enter service in 2027"].startswith("According")


def test_place_body_rows_point_at_their_words():
    """The speaker mention of a place body spans the words in the text (no row points elsewhere)."""
    text = "Storm\n\nHeavy rain fell.\n\n“Roads are shut,” the Kerrow fire service said.\n"
    doc, _ = doc_and_codebook(text)
    row = by_text(text)["Roads are shut,"]
    span = doc.clean_text[row["speaker_mention_start"]:row["speaker_mention_end"]]
    assert span == "the Kerrow fire service"


def test_a_special_district_is_a_body_and_the_district_is_it():
    """Class (empty speaker): "the Alder County Fire District said" ended in a place word and was dropped as a
    place; a US special district named for a service (fire, water, hospital …) is a body, "the district" again."""
    text = ("Fire\n\nThe blaze grew overnight, the Alder County Fire District said. No homes were lost, the district "
            "said.\n")
    got = speakers(text)
    assert got["The blaze grew overnight"] == got["No homes were lost"] == "Alder County Fire District"


def test_the_sheriffs_office_is_the_body_of_that_name():
    """Class (wrong speaker): "the sheriff's office said" went to the sheriff named earlier, though the article
    named the "Pine County Sheriff's Office"; the office of that name is the body."""
    text = ("Fire\n\nSheriff Dale Morrow said roads were shut. The Pine County Sheriff's Office posted an update. "
            "The shelter is full, the sheriff's office said.\n")
    assert speakers(text)["The shelter is full"] == "Pine County Sheriff's Office"


def test_a_countys_officials_speak_for_the_county():
    """Class (empty speaker where the attribution names a body): "Pine County officials said" was an anonymous
    source; a county's officials speak for its government, as "officials at <body>" do."""
    got = by_text("Fire\n\nPine County officials said the zone had been widened twice.\n")[
        "the zone had been widened twice"]
    assert (got["speaker"], got["speaker_kind"]) == ("Pine County", "organisation")


def test_a_union_named_by_its_trades_keeps_its_first_word():
    """Class (wrong name): "The Nurses and Porters Union" lost "Nurses" (a plural people-noun that opens a
    sentence's subject elsewhere, "Nurses Ana X and Tom Y said") and became "Porters Union"."""
    from corpus_tools import default_codebook
    from corpus_tools.tag.speakers import find_mentions
    text = "The Nurses and Porters Union (NPU) says its members have lost pay."
    assert [m.actor for m in find_mentions(text, default_codebook())][:1] == ["Nurses and Porters Union"]


@pytest.mark.parametrize("officials, body", [("Health board officials", "Fenmoor health board"),
                                             ("Board officials", "Fenmoor health board")])
def test_officials_of_a_body_named_by_its_noun(officials, body):
    """Class (empty speaker where the attribution names a body): "Health board officials said" after "the
    Fenmoor health board" was an anonymous source; the officials of the body their words name speak for it."""
    text = (f"Strike\n\nNurses at the Fenmoor health board walked out on Monday.\n\n{officials} said emergency care "
            "would continue.\n")
    assert speakers(text)["emergency care would continue"] == body


@pytest.mark.parametrize("people", ["The union’s leadership", "The union’s lawyers"])
def test_the_people_who_run_a_body_speak_for_it(people):
    """Class (empty speaker): "The union's leadership said" and "the club's lawyers argued" were anonymous; the
    people who run a body, and its lawyers, speak for it (gold README: "Acme's lawyers" is Acme)."""
    text = f"Pay\n\nThe Tram Drivers Union rejected the offer.\n\n{people} said the argument did not stand up.\n"
    assert speakers(text)["the argument did not stand up"] == "Tram Drivers Union"


def test_a_body_named_like_a_place_and_classed_by_its_noun():
    """Class (empty speaker): "Save Hollin Lane, the parents' group that organised the petition, wrote" named a
    body like a street; a body's class noun in apposition shows the name to be a body's (a possessive modifier
    included)."""
    text = ("Schools\n\nSave Hollin Lane, the parents’ group that organised the petition, wrote that the fight was "
            "not over.\n")
    assert speakers(text)["the fight was not over"] == "Save Hollin Lane"


def test_the_ministry_again_is_the_unnamed_ministry_described_before():
    """Class (a speaker called "the ministry"): a body the article describes but never names ("The provincial
    transport ministry would have to approve it") is that description when "the ministry" speaks again."""
    text = ("Roads\n\nThe provincial transport ministry would have to approve the plan, and the ministry said it "
            "had not been asked.\n")
    assert speakers(text)["it had not been asked"] == "provincial transport ministry"


def test_police_again_are_the_force_named_before():
    """Class (empty speaker where the article names the body): "Police said" after "Dunmore police appealed for
    witnesses" is that force."""
    text = "Crash\n\nDunmore police appealed for witnesses on Monday.\n\nPolice said they wanted to trace a driver.\n"
    assert speakers(text)["they wanted to trace a driver"] == "Dunmore police"


def test_a_he_after_a_source_not_authorised_to_speak_stays_anonymous():
    """Class (wrong speaker): "A paramedic, who was not authorized to speak to reporters, said …. “…,” he said." went
    to a man named earlier; the wire's formula for anonymity makes the one unnamed person the "he"."""
    text = ("Fire\n\nLuis Ortega said his house was gone.\n\nA paramedic from a nearby town, who was not authorized to "
            "speak to reporters, said crews were exhausted. “We are running on coffee,” he said.\n")
    got = by_text(text)["We are running on coffee,"]
    assert (got["speaker"], got["speaker_kind"]) == ("", "anonymous")


def test_the_operator_is_the_business_not_the_union():
    """Class (wrong speaker): "the operator" took the latest body named (a union, a radio station); as "the
    company" does, it takes a business named before when there is one."""
    text = ("Strike\n\nFenline Rail cancelled trains.\n\nFRU general secretary Ann Cole of the Fenline Rail Union said "
            "the operator had refused to talk. The operator said the union had walked away.\n")
    assert speakers(text)["the union had walked away"] == "Fenline Rail"


def test_a_lone_word_is_the_two_word_body_not_a_longer_one():
    """Class (wrong speaker): "Fenline said" after "Fenline Rail" and "Fenline Passengers' Forum" went to the forum,
    named last; the word is the body named by it and its head word alone."""
    text = ("Strike\n\nFenline Rail cancelled trains. The Fenline Passengers’ Forum criticised the strike.\n\n"
            "Fenline said a timetable would follow.\n")
    assert speakers(text)["a timetable would follow"] == "Fenline Rail"


def test_a_compound_noun_is_no_speech_verb():
    """Class (a speaker "called the rent"): in "called the rent demand “a disgrace”", the noun "demand" was taken for
    the fragment's speech verb, and the words before it for its subject."""
    text = "Row\n\nCllr Ana Fenwick, who represents the ward, called the rent demand “a disgrace”.\n"
    assert speakers(text)["a disgrace"] == "Ana Fenwick"


def test_a_bodys_complement_is_no_nominal_of_it():
    """Class (a citation "the statistics"): the last word of "Office for Economic Statistics" was taken as the
    body's own head noun, so "the statistics office" became a mention "the statistics"; a name whose head stands
    before "of", "for" or "on" gives that head only."""
    from corpus_tools import default_codebook
    from corpus_tools.tag.speakers import find_mentions
    text = ("Prices\n\nThe Office for Price Statistics said prices fell.\n\nAccording to the statistics office, "
            "petrol fell. The statistics show a fall.\n")
    texts = [m.text for m in find_mentions(text, default_codebook()) if m.form == "nominal"]
    assert texts == ["the statistics office"]


def test_a_bodys_staff_after_its_name_are_the_speaker_words():
    """The words that name the speaker of "“…,” Orla Bank economists said" are the whole phrase (the citation's
    text), the body resolved from them."""
    got = by_text("Rates\n\nOrla Bank raised its forecast.\n\n“Rents are slow,” Orla Bank economists said.\n")[
        "Rents are slow,"]
    assert (got["speaker"], got["speaker_text"]) == ("Orla Bank", "Orla Bank economists")


@pytest.mark.parametrize("text, quote", [
    ("Univ\n\nKerrow State University won a grant. State officials said the grant was cut.\n", "the grant was cut"),
    ("EU\n\nThe European Commission fined the firm. European officials said the fine was fair.\n", "the fine was fair"),
    ("Fire\n\nThe Pine County Sheriff's Office met. County officials said roads were shut.\n", "roads were shut"),
    ("Boards\n\nThe Fenmoor Health Board and the Kelby Water Board met. Board officials said the talks had failed again.\n",
     "the talks had failed again"),
    ("Fire\n\nFormer Pine County officials said the zone had grown overnight.\n", "the zone had grown overnight"),
    ("Crash\n\nDunmore police appealed for witnesses.\n\nIn Spain, police said they had arrested a man.\n",
     "they had arrested a man"),
    ("Crash\n\nDunmore police appealed for witnesses. The man fled to Paris, where the Kelby police held him.\n\n"
     "Police said he would be returned.\n", "he would be returned"),
    ("Ministry\n\nStaff at the same ministry were sacked. The ministry said it would appeal.\n", "it would appeal"),
])
def test_officials_and_police_that_name_no_one_body(text, quote):
    """Guard of the officials and police rules: a word that is not a body's head ("State", a nationality,
    "County"), two bodies with the head, former officials, another place's police or two forces, and "the same
    ministry" name no body: the source stays unnamed."""
    got = by_text(text)[quote]
    assert (got["speaker"], got["speaker_kind"]) == ("", "anonymous")


@pytest.mark.parametrize("opening", ["Monday", "On Monday", "But"])
def test_a_fronted_word_is_no_part_of_a_place_body(opening):
    """Guard: "Monday Ashford police said", "On Monday Ashford police said" are Ashford police (a fronted time is
    no part of the name, and the preposition before it makes no place of Ashford)."""
    got = by_text(f"Storm\n\n{opening} Ashford police said roads were shut.\n")["roads were shut"]
    assert got["speaker"] == "Ashford police"


def test_a_countys_officials_after_a_fronted_time():
    """Guard: "On Tuesday Pine County officials said" is Pine County, not "On Tuesday Pine County"."""
    got = by_text("Fire\n\nOn Tuesday Pine County officials said the zone had grown overnight.\n")[
        "the zone had grown overnight"]
    assert got["speaker"] == "Pine County"


@pytest.mark.parametrize("sentence, quote", [("The women claim they were never paid.", "they were never paid"),
                                             ("The crowd demand that he resign at once.", "he resign at once")])
def test_a_plural_subject_with_a_bare_verb_still_speaks(sentence, quote):
    """Guard of the compound-noun rule: "The women claim they …" is a speech verb after a plural subject (an
    object or a clause follows it), so the quote is found."""
    assert quote in speakers(f"Pay\n\n{sentence}\n")


def test_a_clubs_officials_by_its_nominal():
    """Class (empty speaker): "Club officials said" after "Brightwater Athletic … the club" is the club, the one
    body the article calls by that noun."""
    text = ("Row\n\nBrightwater Athletic may leave the ground. The club has played there since 1906.\n\n"
            "Club officials said they would not comment.\n")
    assert speakers(text)["they would not comment"] == "Brightwater Athletic"
