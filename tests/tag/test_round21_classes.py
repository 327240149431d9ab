"""Speaker classes of the twenty-first round (tuned on blind set BF): bodies named by their kind, a head noun that
opens a name, a county's government, an issuer brought in by a pronoun, a comment on a quotation, a role brought
in with a possessive, and a plain name that a public body's noun must not turn into a body.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from sentence_tags import by_text, cites, speakers  # tests/tag is on sys.path


def test_a_body_described_by_its_place_and_its_own_words():
    """Class (empty speaker): "the region's water authority said" after "the Corran Valley Water Authority" left
    the speaker empty; a possessive place or field and lower-case words that are the words of a body named before
    is that body."""
    got = speakers("Water\n\nGrowers will get a fifth of their water, the Corran Valley Water Authority said.\n\n"
                   "“We cannot release water that is not there,” the region’s water authority said.\n")
    assert got["We cannot release water that is not there,"] == "Corran Valley Water Authority"


def test_a_watchdog_or_regulator_is_the_public_body_named_before_not_a_plain_name():
    """Class (wrong speaker): "The Paddle Integrity Unit suspended Tom Reyes. “…,” the anti-doping watchdog said"
    made Tom Reyes a body and the speaker; a public body's noun never points back to a name that looks like a
    person's, and "watchdog" or "regulator" stands for a public body's head noun."""
    text = ("Ban\n\nThe Paddle Integrity Unit suspended Tom Reyes on Friday. “The rules are clear,” the anti-doping "
            "watchdog said.\n\nThe Financial Conduct Authority fined Harbury Bank. “Customers were let down,” the "
            "financial regulator said.\n")
    got = by_text(text)
    assert got["The rules are clear,"]["speaker"] == "Paddle Integrity Unit"
    assert got["Customers were let down,"]["speaker"] == "Financial Conduct Authority"


def test_a_name_that_opens_on_its_head_noun():
    """Class (empty speaker): "The team said in a statement" after "Team Solenne have suspended their climber" was
    empty; a name that opens on an organisation's head noun gives that noun as a nominal of its own."""
    got = speakers("Doping\n\nTeam Solenne have suspended their climber Matej Novak.\n\nThe team said in a statement "
                   "that it had removed the rider from racing.\n")
    assert got["it had removed the rider from racing"] == "Team Solenne"


def test_the_airline_is_the_carrier_not_the_airport():
    """Class (wrong speaker): "The airline said" after "Skylark Air has apologised … at Brennford Airport" gave the
    airport, and "Skylark Air" was read as a person's name; a name ending in "Air" is a body's, "the airline" is of
    the airline class, and "a spokesman for the airport" is the airport that speaks. (Not "Line" or "Jet", which are
    surnames: see the guard below.)"""
    text = ("Bags\n\nSkylark Air has apologised after a fault at Brennford Airport stranded 8,000 bags.\n\n"
            "The airline said on Tuesday that most bags had been returned. Brennford Airport disputed that. A "
            "spokesman for the airport said the system had worked by 2 p.m.\n")
    got = speakers(text)
    assert got["most bags had been returned"] == "Skylark Air"
    assert got["the system had worked by 2 p.m"] == "Brennford Airport"


def test_the_airline_is_never_a_public_body_or_a_union():
    """Guard: "the airline" must not be the "Air Transport Safety Authority" (it holds "Air") nor the "Airline
    Pilots' Guild"; a business noun is no public body, union or club."""
    text = ("Diversion\n\nA Caledair flight landed in Porto. The Air Transport Safety Authority opened an inquiry. The "
            "Airline Pilots' Guild called for more training.\n\nThe airline said passengers were flown on.\n")
    assert speakers(text)["passengers were flown on"] not in ("Air Transport Safety Authority", "Airline Pilots' Guild")


def test_a_union_named_as_an_alliance():
    """Class (empty speaker): "The union said" after "the Transport and General Workers' Alliance, which represents
    600 of them" was empty; with no body named "Union", an alliance is a union."""
    got = speakers("Strike\n\nWorkers at the handling firm, Aerolink Services, have complained for months, according to "
                   "the Transport and General Workers’ Alliance, which represents 600 of them. The union said in a "
                   "statement that staffing had been cut.\n")
    assert got["staffing had been cut"] == "Transport and General Workers’ Alliance"


def test_a_district_name_at_a_sentence_end_and_the_county():
    """Class (lost mention): "… according to the Calloway County Fire District. At least 12 homes …" read
    "District. At" as a title and a name, so the district was no mention; a written-out title word's full stop ends
    the sentence. And "The county acknowledged" in a story of one county is that county's government."""
    text = ("Fire\n\nThe fire had burned 14,200 acres, according to the Calloway County Fire District. At least 12 "
            "homes have been destroyed, the district said.\n\nCalloway County Emergency Management said orders "
            "covered every home. The county acknowledged that some alerts had been late.\n")
    got = speakers(text)
    assert got["At least 12 homes have been destroyed"] == "Calloway County Fire District"
    assert got["orders covered every home"] == "Calloway County Emergency Management"
    assert got["some alerts had been late"] == "Calloway County"


def test_the_county_of_a_story_of_two_counties_is_nobody():
    """Guard: with two counties named, "the county said" cannot tell which."""
    text = ("Fire\n\nThe fire crossed from Marion County into Calloway County overnight.\n\nThe county said some "
            "alerts had been late.\n")
    assert speakers(text)["some alerts had been late"] != "Calloway County"


def test_the_statement_of_a_fronted_in_a_statement_with_a_pronoun_subject():
    """Class (empty speaker): "In a statement, it said …" then "“…,” the statement said" left the statement's
    issuer unknown; the pronoun after the fronted phrase is its subject."""
    text = ("Strike\n\nCarrick University said it was disappointed. In a statement, it said the deficit was "
            "large.\n\n“We value our staff,” the statement said.\n")
    assert by_text(text)["We value our staff,"]["speaker"] == "Carrick University"


def test_a_comment_on_a_quotation_is_not_its_speaker():
    """Class (wrong speaker): "He wrote that no student would “graduate late”, a pledge the union called premature"
    gave the fragment to the union; a noun for the quotation and a relative clause after it comment on the words.
    "a spokesperson for the commission said" after a quotation stays its speaker."""
    text = ("Strike\n\nThe principal, Professor Alan Venn, wrote to staff. He wrote that no student would “graduate "
            "late because of this”, a pledge the union called premature.\n\nThe Charity Standards Commission opened an "
            "inquiry. “Trustees are responsible,” a spokesperson for the commission said.\n")
    got = speakers(text)
    assert got["graduate late because of this"] == "Alan Venn"
    assert got["Trustees are responsible,"] == "Charity Standards Commission"


def test_her_coach_is_the_one_brought_in_as_her_coach():
    """Class (empty and wrong speakers): "a headline her coach said he would not be showing her. “…,” he said"
    gave no one, then the woman named before; "her coach" is the person the article brought in as "Her coach, the
    former champion Desmond X", and the he after it is him."""
    text = ("Chess\n\nLeila Marchetti won the title. Her coach, the former British champion Desmond Achterberg, has "
            "worked with her for three years.\n\nThe federation's president, Margaret Liu, said the federation would "
            "help.\n\nThe Spanish site Ajedrez Diario called her “the new queen”, a headline her coach said he would "
            "not be showing her. “She has plenty of confidence already,” he said.\n")
    got = speakers(text)
    assert got["he would not be showing her"] == "Desmond Achterberg"
    assert got["She has plenty of confidence already,"] == "Desmond Achterberg"


def test_his_coach_is_not_her_coach():
    """Guard: "his coach" does not point back to a person brought in as "her coach"."""
    text = ("Chess\n\nHer coach, Desmond Achterberg, was there. Tom Ruiz lost.\n\nHis coach said the loss would "
            "help.\n")
    assert speakers(text)["the loss would help"] != "Desmond Achterberg"


def test_a_rival_body_is_not_the_name_before():
    """Guard: "the rival church choir" is a new body, not the plain name before it made into one ("Kwame, 26, … his
    grandmother, who has since left for the rival church choir"): Kwame stays a person who speaks."""
    text = ("Choir\n\nKwame, 26, a trainee electrician, was brought along by his grandmother, who has since left for "
            "the rival church choir.\n\n“I thought it would be hymns,” Kwame says.\n")
    got = by_text(text)["I thought it would be hymns,"]
    assert (got["speaker"], got["speaker_kind"]) == ("Kwame", "person")


def test_a_shipping_line_and_the_picket_line():
    """Class (empty speaker): "A spokeswoman for the shipping line said" after "Orsund Line, which runs the largest
    container service," was empty: the nominal of that sentence had shown "Orsund Line" to be a body, but the later
    nominal still saw the mention's kind (a person's, by the look of the name), not the entity's. Guard: "the picket
    line" is no body at all."""
    text = ("Port\n\nOrsund Line, which runs the largest container service through Halvermouth, said it would reroute "
            "three vessels. A spokeswoman for the shipping line said customers should expect delays.\n\nUnion members "
            "on the picket line said they would stay.\n")
    got = speakers(text)
    assert got["customers should expect delays"] == "Orsund Line"
    assert got["they would stay"] != "Orsund Line"


def test_a_role_noun_for_a_school_head_and_a_founder():
    """Class (wrong speaker): "The superintendent herself struck a conciliatory note … she told the room" went to
    the school district, and "She said" after "according to its founder, Priya X" (a sentence opening on "A
    Facebook group called “…”") to no one; "the superintendent" and "its founder" are people of the article, and
    one unnamed group is no one unnamed person whose he/she follows."""
    text = ("Schools\n\nSuperintendent Dr. Lorraine Mbeki-Castillo opened the meeting. A district spokesperson said "
            "the timetable stands.\n\nThe superintendent herself struck a conciliatory note. Some of what she had "
            "heard had changed her thinking, she told the room.\n\nA Facebook group called “Save Alder Street” had "
            "gained 1,200 members, according to its founder, Priya Venkataraman-Booth.\n\nShe said the group planned "
            "a survey.\n")
    got = speakers(text)
    assert got["Some of what she had heard had changed her thinking"] == "Lorraine Mbeki-Castillo"
    assert got["the group planned a survey"] == "Priya Venkataraman-Booth"


def test_the_museum_stays_the_storys_museum_after_one_named_in_passing():
    """Class (wrong speaker): "the museum said" after "a new gallery at the National Museum in Kuruma" went to that
    museum, named once in a place phrase; the noun keeps the story's own museum. And a headline's "Ashdown Museum"
    is the "Ashdown Museum of World Cultures" of the story, one body."""
    text = ("Ashdown Museum to return carvings\n\nThe Ashdown Museum of World Cultures will return 41 carvings, the "
            "museum said.\n\nThe carvings will go on display at the National Museum in Kuruma next year.\n\nThe museum "
            "said it was confident of its legal position.\n")
    got = speakers(text)
    assert got["it was confident of its legal position"] == "Ashdown Museum of World Cultures"


def test_papers_lodged_with_a_court_are_a_document_not_the_court():
    """Class (wrong speaker): "Papers lodged with the Court of Session last month claim that …" gave the court; the
    papers speak (a document, no one in particular)."""
    got = by_text("Claim\n\nPapers lodged with the Court of Session last month claim that the gift was conditional.\n")
    row = got["the gift was conditional"]
    assert (row["speaker"], row["speaker_kind"]) == ("", "unresolved")


def test_cited_agents_outlets_with_particles_and_platforms_by_posting():
    """Class (missed citations): "Kovač’s agent told the Gazzetta dello Ciclo", then "The agent said" (the rider speaks
    through an unnamed agent: both cited as anonymous; the paper's name holds "dello"), "the ministry’s X account",
    and "wrote on Photogram that" (a platform the codebook does not know). Guard: "said on Monday" is no platform."""
    text = ("Doping\n\nMatej Kovač was suspended. Kovač’s agent told the Gazzetta dello Ciclo that the rider was "
            "training. The agent said Kovač had not been contacted.\n\nThe minister said in a video posted on the "
            "ministry’s X account that the carvings would return. Jo Whitford wrote on Photogram that her case was "
            "lost. The airline said on Monday that bags were found.\n")
    got = {(t, kind) for t, _, kind in cites(text)}
    for row in (("Kovač’s agent", "anonymous"), ("Gazzetta dello Ciclo", "news_outlet"), ("The agent", "anonymous"),
                ("X", "platform"), ("Photogram", "platform")):
        assert row in got
    assert not any(t == "Monday" for t, _ in got)


def test_a_trade_set_beside_a_name_is_the_role_noun_later():
    """Class (empty speaker, from invented probes): "Ana Ruiz, 54, a nurse, …" then "The nurse said" left the speaker
    anonymous; a trade in an apposition right after the name labels her as a title before it would. Guards: "a
    friend of the nurse" labels no one a nurse, "X, the park's head of mammals" is no "park", and "Kestrel Vale, the
    58-year-old said" is a new sentence's subject, no apposition."""
    def speaker(text):
        return speakers(text)["the rise was needed"]
    assert speaker("News\n\nAna Ruiz, 54, a nurse, met staff.\n\nThe nurse said the rise was needed.\n") == "Ana Ruiz"
    assert speaker("News\n\nAna Ruiz, a retired teacher at Kelby High, met staff.\n\nThe teacher said the rise was "
                   "needed.\n") == "Ana Ruiz"
    assert speaker("News\n\nAna Ruiz, a friend of the nurse, met staff.\n\nThe nurse said the rise was needed.\n") \
        != "Ana Ruiz"
    assert speaker("News\n\nFiona Castellane, the park’s head of mammals, met staff.\n\nThe park said the rise was "
                   "needed.\n") != "Fiona Castellane"


def test_review_guards_of_round_21():
    """Guards from the round's review (each went wrong in a draft of the round): surnames that end airline and
    shipping names, a firm's spokeswoman, "News Corp" as "the company", a county travelled
    through, a coach described by her husband's name, "the new firm", "said on Crete", "told Reuters of", a filer
    named after "by", and "Office Depot" as no "the office"."""
    got = by_text("News\n\nMrs Maria Line, 44, waited for hours. “It was chaos,” Mrs Line said.\n")["It was chaos,"]
    assert (got["speaker"], got["speaker_kind"]) == ("Maria Line", "person")
    assert ("Harlow Foods' spokeswoman", "anonymous") not in {(t, k) for t, _, k in cites(
        "Jars\n\nHarlow Foods recalled jars. “No comment,” Harlow Foods' spokeswoman said.\n")}
    assert speakers("Deal\n\nNews Corp agreed to buy the paper.\n\n“This is a great fit,” the company said.\n")[
        "This is a great fit,"] == "News Corp"
    assert speakers("Fire\n\nAna Bell moved from Orange County, California. Calloway Town Council opened shelters.\n\n"
                    "The county said shelters were full.\n")["shelters were full"] != "Orange County"
    assert speakers("Chess\n\nHer coach, the husband of Mira Tan, watched.\n\n“She was brilliant,” her coach said.\n")[
        "She was brilliant,"] != "Mira Tan"
    assert speakers("Cranes\n\nTwo engineers launched Korvala Lifting in March. “We are busy,” the new firm said.\n")[
        "We are busy,"] == "Korvala Lifting"
    got = {(t, k) for t, _, k in cites("Trip\n\nThe minister said on Crete, where she was resting, that talks went well. "
                                       "Ana Ruiz told Reuters of the plans that day.\n")}
    assert ("Crete", "platform") not in got and ("Reuters", "news_agency") in got
    assert speakers("Inquiry\n\nSubmissions presented to the inquiry by Harlow Foods claim that the rules were "
                    "followed.\n")["the rules were followed"] == "Harlow Foods"
    assert speakers("Shops\n\nOffice Depot will close 40 stores. Its rival Staples said it would open 10.\n\n"
                    "The office said the lease had ended.\n")["the lease had ended"] != "Office Depot"


def test_a_noun_of_what_was_said_before_a_colon():
    """Class (scare quote, from invented probes): "Ruiz's verdict: “…”", "In Ruiz's words, “…”", "Ruiz had a simple
    message for staff: “…”" and a transcript's "Ruiz: “…”" had no speech verb, so the quotation was a scare quote; a
    noun of what was said (or the bare name before a colon) gives its speaker. Guard: a label that names no one,
    "Update: “…”", gives no speaker."""
    intro = "News\n\nAna Ruiz, 54, a nurse at Kelby General, has worked there for years.\n\n"
    for cue in ("Ruiz’s verdict: ", "In Ruiz’s words, ", "Ruiz had a simple message for staff: ", "Ruiz: ",
                "Ruiz’s reply was swift: "):
        row = by_text(intro + cue + "“The rise was needed.”\n")["The rise was needed."]
        assert (row["speaker"], row["kind"]) == ("Ana Ruiz", "direct"), cue
    assert by_text(intro + "Update: “The rise was needed.”\n")["The rise was needed."]["speaker"] == ""


def test_bodies_by_the_nouns_copy_uses_for_them():
    """Class (wrong or empty speakers, from invented probes of a story with a utility, a regulator, a council, a
    union and a charity): "the regulator" and "the watchdog" went to the borough council (its name ends in "Council",
    a word of the regulator class), "the supplier" to the council, "the local authority" to the regulator, and
    "Union leaders", "Council bosses" and "the union's leaders" to no one."""
    intro = ("Water\n\nKelby Water raised bills by 9 per cent on Monday. The Water Services Regulation Authority "
             "approved the rise. Kelby Borough Council objected, as did the Water Workers Union.\n\n")
    for phrase, body in (("The regulator", "Water Services Regulation Authority"),
                         ("The watchdog", "Water Services Regulation Authority"), ("The supplier", "Kelby Water"),
                         ("The local authority", "Kelby Borough Council"), ("Union leaders", "Water Workers Union"),
                         ("Council bosses", "Kelby Borough Council"), ("The union's leaders", "Water Workers Union")):
        assert speakers(intro + phrase + " said the rise was needed.\n")["the rise was needed"] == body, phrase


def test_a_role_of_an_owner_named_by_its_kind_and_a_named_rival():
    """Class (empty speakers, from invented probes of a two-person negotiation): "The director said" after "Ms Ana
    Ruiz, the company's director," and "Ruiz's opposite number said" were empty; a post after an owner named by its
    kind labels the person, and a named person's opposite number is the other one of the two."""
    intro = ("Talks\n\nMr Tom Bell, the union's negotiator, met Ms Ana Ruiz, the company's director, on Monday.\n\n")
    assert speakers(intro + "The director said the offer was final.\n")["the offer was final"] == "Ana Ruiz"
    assert speakers(intro + "Ruiz’s opposite number said the offer was poor.\n")["the offer was poor"] == "Tom Bell"


def test_a_paper_citing_sources_and_what_researchers_find():
    """Class (missed citation, from invented probes): "the Kelby Echo said, citing sources" cited no unnamed sources
    (a determiner was required). Guards from the round's second review: "citing pressure from sources" cites no
    one, and "Researchers found that …, Ruiz said" stays Ruiz's (researchers are no study noun: their clause would
    swallow the attribution after it); "The jury found him guilty" stays a verdict."""
    assert ("sources", "anonymous") in {(t, k) for t, _, k in cites(
        "News\n\nThe deal was done, the Kelby Echo said, citing sources.\n")}
    assert cites("News\n\nBell quit on Monday, citing pressure from sources.\n") == []
    got = speakers("News\n\nAna Ruiz runs the ward.\n\nResearchers found that prices rose sharply, Ruiz said.\n")
    assert set(got.values()) == {"Ana Ruiz"}
    assert by_text("News\n\nThe jury found him guilty of fraud.\n") == {}


def test_a_passive_speech_verb_speaks_through_its_agent():
    """Class (wrong speaker, from invented probes): "Bell was accused by Ruiz of “years of neglect”" gave the fragment
    to Bell, the sentence's subject; a passive speech verb's speaker is its agent after "by". Guard: inside a clause
    another verb reports ("She said … that she was warned by a senior academic that …") the words stay hers."""
    intro = "News\n\nAna Ruiz, 54, a nurse, has worked at Kelby General for years. Tom Bell runs the ward.\n\n"
    assert speakers(intro + "Bell was accused by Ruiz of “years of neglect”.\n")["years of neglect"] == "Ana Ruiz"
    got = speakers(intro + "Ruiz said colleagues had stopped speaking to her and that she was warned by a senior "
                   "manager that the complaint could end her career.\n")
    assert set(got.values()) == {"Ana Ruiz"}


def test_review_guards_of_round_21_second_part():
    """Guards from the round's second review: a speech noun after a clause is the clause's speaker's ("Ruiz
    criticised Bell's response: “…”" is Ruiz's), a speaker after the quotation wins ("Ruiz's verdict: “…,” Bell
    said"), "On Ruiz:" is no transcript line, a body named with a city is still "the force", a rival among three
    named people is nobody, and an agent that names no one ("by his fans") leaves the sentence's subject."""
    intro = "News\n\nAna Ruiz, 54, a nurse, has worked at Kelby General for years. Tom Bell runs the ward.\n\n"
    assert speakers(intro + "Ruiz criticised Bell's response: “It was too slow.”\n")["It was too slow."] == "Ana Ruiz"
    assert speakers(intro + "Ruiz's verdict: “It was fair,” Bell said.\n")["It was fair,"] == "Tom Bell"
    assert speakers(intro + "On Ruiz: “She is a liar,” Bell said.\n")["She is a liar,"] == "Tom Bell"
    assert speakers("Arrest\n\nThe City of London Police arrested two men.\n\nThe force said both were "
                    "released.\n")["both were released"] == "City of London Police"
    assert speakers("Talks\n\nTalks between Ana Ruiz and Tom Bell resumed. Dev Patel watched.\n\nRuiz's rival said "
                    "the gap was wide.\n")["the gap was wide"] != "Dev Patel"
    assert speakers(intro + "Bell was praised by his fans for his “calm leadership”.\n")["calm leadership"] == "Tom Bell"


def test_a_bodys_boss_a_statement_from_someones_lawyers_and_their_representatives():
    """Class (wrong or empty speakers, from invented probes of an election story): "The Harlow Foods boss said" after
    "Ana Ruiz, the chief executive of Harlow Foods," gave the firm (a boss, chief or head stands for any head's
    title, and the post may be "of" the owner); "A statement from Ruiz's lawyers said", "Ruiz's representatives
    said" and "Ruiz's management team said" gave no one."""
    intro = "News\n\nAna Ruiz, the chief executive of Harlow Foods, is standing for mayor of Kelby against Tom Bell.\n\n"
    for phrase in ("The Harlow Foods boss", "The Harlow chief", "A statement from Ruiz's lawyers",
                   "Ruiz's representatives", "Ruiz's management team"):
        assert speakers(intro + phrase + " said the race was close.\n")["the race was close"] == "Ana Ruiz", phrase
    assert speakers(intro + "The Kelby Council boss said the race was close.\n")["the race was close"] != "Ana Ruiz"


def test_a_bodys_statement_by_its_common_noun():
    """Class (empty speaker, from invented probes): "A council statement said" after "Kelby Borough Council" left the
    speaker empty ("statement" was dropped as the word of "in a statement", leaving "A council"); a body's noun
    before "statement" speaks for the body as it does before "spokesman". Guard: "The council in a statement said"
    still drops its "in a statement"."""
    intro = "News\n\nKelby Borough Council raised council tax by 5 per cent.\n\n"
    for phrase in ("A council statement said", "The council in a statement said"):
        assert speakers(intro + phrase + " the rise was needed.\n")["the rise was needed"] == "Kelby Borough Council"
