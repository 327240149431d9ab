"""Speaker classes of the thirty-first round: a think tank written in two words is a body a later "the think
tank" points back to, and a lede's description with a place's two-word name in it ("A Tillery County judge")
is the person the next paragraph names.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from sentence_tags import by_text, cites, speakers  # tests/tag is on sys.path


def test_the_think_tank_points_back_to_the_body_described_as_one():
    """Class (wrong speaker, blind set CQ): "X, a market-leaning think tank, said …" then "The think tank said …"
    left the second speaker empty: "tank" (the head of "think tank" in two words) was no body-only noun."""
    text = ("Poll\n\nThe Harbour Lantern Institute, a market-leaning think tank, said voters wanted cheaper power.\n\n"
            "The think tank said it would publish its own figures next month.\n")
    assert speakers(text)["it would publish its own figures next month"] == "Harbour Lantern Institute"
    # a tank that is a thing, not a body, is still no speaker of its own
    text = ("Fuel\n\nWorkers at Harbour Lantern Depot, a storage site, drained the fuel.\n\n"
            "The tank said nothing.\n")
    assert speakers(text).get("nothing", "") != "Harbour Lantern Depot"


def test_a_lede_description_with_a_two_word_place_is_the_person_named_next():
    """Class (wrong speaker, blind set CQ): "A Tillery County judge on Tuesday refused …, ruling that …" then
    "In a 34-page opinion, Circuit Judge Ana X wrote …" left the lede's report anonymous: a description could
    open with only one capitalised modifier, and "Tillery County" is two."""
    text = ("Rent cap stays\n\nA Farrow County judge on Tuesday refused to block the cap, ruling that the landlords "
            "had failed to show harm.\n\nIn a 20-page opinion, Circuit Judge Marta Velden-Osei wrote that the "
            "question was close.\n")
    assert speakers(text)["the landlords had failed to show harm"] == "Marta Velden-Osei"
    # a description whose two capitalised words name a body speaks for that body, not for the person named next
    text = text.replace("A Farrow County judge on Tuesday", "A Harbour Board official on Tuesday")
    assert speakers(text)["the landlords had failed to show harm"] == "Harbour Board"


def test_the_bare_authority_is_the_council_when_no_authority_is_named():
    """Class (wrong speaker, blind set CF): "Wexmoor County Council … The authority said …" left the speaker empty:
    British copy calls a council "the authority", and no body named "… Authority" was there to take the noun."""
    text = ("Library cuts\n\nFarrowby County Council will close six libraries.\n\nCllr Ana Velde said the cuts were "
            "wrong.\n\nThe authority said the new offices were paid for from another budget.\n")
    assert speakers(text)["the new offices were paid for from another budget"] == "Farrowby County Council"
    # a body named "… Authority" before keeps the noun
    text = text.replace("Cllr Ana Velde said", "The Farrowby Port Authority said")
    assert speakers(text)["the new offices were paid for from another budget"] == "Farrowby Port Authority"
    # a modified authority is some other body than the council
    text = ("Library cuts\n\nFarrowby County Council will close six libraries.\n\nThe health authority said the "
            "clinics would stay open.\n")
    assert speakers(text)["the clinics would stay open"] != "Farrowby County Council"


def test_a_short_business_name_is_the_full_one_named_after_it_in_the_headline_or_before_a_spokesperson():
    """Class (wrong speaker, blind set CS): "Summit Pacific" in a headline over "Summit Pacific Airlines canceled …"
    and "A Bright Meadow spokesperson said" after "Bright Meadow Events Ltd" stayed bodies (or a person) of their
    own: the headline's name came first, "Summit" is a head word ("a summit"), "Airlines" and "Ltd" are the
    endings of a business's name, and a spokesperson right after a name shows it to be a body's."""
    text = ("Harlow Crest cancels flights\n\nHarlow Crest Airlines canceled 900 flights on Monday.\n\n"
            "A spokeswoman for Harlow Crest said the company was \"confident\" the problem was fixed.\n")
    assert speakers(text)["the company was \"confident\" the problem was fixed"] == "Harlow Crest Airlines"
    text = ("Festival licence\n\nThe organiser, Copper Lantern Events Ltd, asked for a licence.\n\n"
            "A Copper Lantern spokesperson said the company would work with residents.\n")
    assert speakers(text)["the company would work with residents"] == "Copper Lantern Events Ltd"


def test_a_coordinated_verb_skips_a_verb_inside_a_free_relative_of_the_report():
    """Class (wrong speaker, blind set CS): "He said he was 'ashamed' of what the report described, but insisted
    that …" gave the second report to the report: "described" inside the "what" clause of his own report was taken
    for the act the coordinated "insisted" shares."""
    text = ("Inquiry\n\nThe trust's chief executive, Adrian Colmore-Vance, spoke on Tuesday.\n\nHe said he was "
            "sorry for what the inquiry described, but insisted that the ward was safer now.\n")
    assert speakers(text)["the ward was safer now"] == "Adrian Colmore-Vance"


def test_a_french_body_name_keeps_its_en():
    """Class (wrong speaker, blind set CS): "the Observatoire des Secours en Montagne (OSM)" was cut at "en"."""
    text = ("Rescues\n\nRescues rose, according to figures from the Institut des Routes en Montagne, which warned "
            "that ridges were less stable.\n")
    assert speakers(text)["ridges were less stable"] == "Institut des Routes en Montagne"


def test_a_lone_name_set_after_a_body_class_noun_is_that_body():
    """Class (wrong speaker, blind set CS): "The regional avalanche service, Nivalp, had raised the risk …, warning
    that …" left the speaker anonymous: a one-word name in commas after a body's class noun was no name at all."""
    text = ("Avalanche\n\nThe regional forecasting service, Meteval, had raised the risk on Saturday, warning that "
            "the snow was loose.\n")
    assert speakers(text)["the snow was loose"] == "Meteval"
    # a first name set after a person's noun stays a person's ("Her coach, Tomas, said")
    text = "Avalanche\n\nHer guide, Tomas, said the snow was loose.\n"
    assert speakers(text)["the snow was loose"] == "Tomas"


def test_a_who_clause_speaks_for_the_person_before_its_comma():
    """Class (wrong speaker, blind set CS): "Jamal X, who launched a news website, the Kelby Ledger, in February,
    told me the site …" gave the report to the website: the phrase before the verb opened on "who", and the body
    inside the clause was taken for its subject."""
    text = ("Closure\n\nNot everyone mourns. Amos Whitfield-Oduya, who launched a news website, the Tarnby Courier, in "
            "March, told me the site already had 900 subscribers.\n")
    assert speakers(text)["the site already had 900 subscribers"] == "Amos Whitfield-Oduya"


def test_she_after_a_sentence_opened_by_her_possession_is_its_owner():
    """Class (wrong speaker, blind set CS): "Ruth's final column, headlined “…”, ran on page three. In it, she wrote
    that …" gave the report to a body's spokeswoman two paragraphs back: the sentence before names no one but by
    a possessive, and its owner is the she."""
    text = ("Closure\n\nEditor Ruth Calloway-Ekwe ran the paper for 20 years.\n\nA Tarnby Media spokeswoman said the "
            "company remained proud of the title.\n\nRuth's final column ran on page three. In it, she wrote that the "
            "paper had always been the readers'.\n")
    assert speakers(text)["the paper had always been the readers'"] == "Ruth Calloway-Ekwe"


def test_a_body_name_of_nine_words_with_its_joining_words_is_one_name():
    """Class (wrong speaker, blind set CS): "The Ministry of Foreign Affairs of the Republic of Tavoria released the
    following statement" named no one: nine words passed the eight-word limit for a name, though four of them are
    lower-case joining words (a Title-Case headline of nine words still is no name)."""
    text = ("Masks\n\nThe Ministry of Foreign Affairs of the Republic of Valdoria said the talks had reached an "
            "advanced stage.\n")
    assert speakers(text)["the talks had reached an advanced stage"] == "Ministry of Foreign Affairs of the Republic of Valdoria"


def test_an_ambassador_named_with_where_the_post_is_held_is_the_ambassador_after():
    """Class (wrong speaker, blind set CS): "its ambassador in London, Ilse X, had asked …. The ambassador told the
    Herald that …" left the second report unresolved: the post's place ("in London") stood between the role and
    the name set beside it."""
    text = ("Masks\n\nThe ministry said its ambassador in London, Ilse Varga-Moreno, had asked for a meeting. The "
            "ambassador told the Herald that the masks belonged at home.\n")
    assert speakers(text)["the masks belonged at home"] == "Ilse Varga-Moreno"


def test_she_after_a_spokeswoman_whose_report_names_someone_is_the_body():
    """Class (wrong speaker, blind set CS): "A spokeswoman for the Centre Hospitalier du X said Costa-Meunier was
    being treated …. The two climbers were expected to be flown home, she said." gave the second report to the
    climber: a person named in what the spokeswoman said kept her sentence from counting as a body's spokesperson
    (one set beside her in commas, "A spokeswoman, Ana Y, said", still does)."""
    text = ("Rescue\n\nTom Vale-Osei was rescued on Sunday.\n\nA spokeswoman for the Harwell Trust said Vale-Osei was "
            "stable. He would fly home on Friday, she said.\n")
    assert speakers(text)["He would fly home on Friday"] == "Harwell Trust"
    text = ("Rescue\n\nA spokeswoman for the Harwell Trust, Ana Lee-Marsh, said the climbers were safe. They would fly "
            "home on Friday, she said.\n")
    assert speakers(text)["They would fly home on Friday"] == "Ana Lee-Marsh"
    # nor one written right after the word, "Utility spokesman Tom X said …. He said …"
    text = ("Fire\n\nNorth Vale Power cut supply.\n\nUtility spokesman Tomas Brandt-Ileri said crews would wait. He said "
            "customers should call the priority line.\n")
    assert speakers(text)["customers should call the priority line"] == "Tomas Brandt-Ileri"


def test_the_paper_is_a_citation_only_where_it_is_told_or_reports():
    """Class (citation precision, blind sets CQ and CS): in a story about a newspaper every "the paper" after its
    name was cited as that outlet ("the paper went to press", "has bought the paper every Thursday", "the paper’s
    lawyers"); "she told the paper" and "The newspaper also reported" are the citations."""
    text = ("Closure\n\nAna Reyes-Holt edited the Tarnby Courier for a decade. She went home before the paper went to "
            "press.\n\nTom Vale, 84, has bought the paper every Thursday since 1961.\n\n“We did our best,” she told the "
            "paper. The newspaper also reported that the building had been sold.\n")
    got = [(t, src) for t, src, _ in cites(text) if t.lower() in ("the paper", "the newspaper")]
    assert got == [("the paper", "Tarnby Courier"), ("The newspaper", "Tarnby Courier")]


def test_a_body_inside_a_which_or_whose_clause_is_no_cited_source():
    """Class (citation precision, tunable sets AM, AX, BF, BX): "Quayline Homes, which owns the Tarn Quarter, said
    …" and "Trustee Ana X, whose ward includes Alder Street, said …" cited the thing owned or covered as a body
    that speaks; only "who" clauses were read as asides."""
    text = ("Flood\n\nHarwick Estates, which owns the Tarn Quarter Partnership, said the pumps had been serviced.\n")
    got = [src for _, src, _ in cites(text)]
    assert "Harwick Estates" in got and "Tarn Quarter Partnership" not in got


def test_son_before_one_first_name_with_an_age_is_a_role():
    """Class (wrong speaker, blind set CQ): "Son Jordan, 21, insisted he had not told a soul" named the speaker
    "Son Jordan": the kin noun is a role in tabloid style, as "Wife Sharon" is; "Son" is kept as a family name
    before a hyphened given name ("Son Min-jae, 27, scored")."""
    text = ("Win\n\nLenny Frost-Adair, 58, won the jackpot.\n\nSon Kieran, 21, insisted he had not told a soul.\n")
    assert speakers(text)["he had not told a soul"] == "Kieran"
    text = "Match\n\nSon Min-jae, 27, said the team had played well.\n"
    assert speakers(text)["the team had played well"] == "Son Min-jae"


def test_guards_from_the_review_of_round_31():
    """Cases an independent review of this round's rules found made worse, each fixed before the round closed:
    "the authority" when a body is called an authority; a she/he after "Jane's husband"; a two-capital lede noun
    whose next person holds another post; a first name after "works for the trust,"; two bodies joined by "and
    the"; "The paper's investigation found" (a citation)."""
    text = ("Fares\n\nTransport for Kelby, the city's transport authority, said fares would rise. Kelby City Council "
            "had asked for a freeze.\n\n\"We have no choice,\" the authority said.\n")
    assert speakers(text)["We have no choice,"] != "Kelby City Council"
    text = ("Crash\n\nThe woman who died was named as Jane Pryce-Odell, 52.\n\nJane's husband was driving the car. "
            "\"She was my whole world,\" he said.\n")
    assert speakers(text)["She was my whole world,"] != "Jane Pryce-Odell"
    text = ("Bridge\n\nA Tillery County official said the bridge would stay closed until it was safe.\n\n"
            "Commissioner Dana Pike-Ellis, who represents the area, said residents deserved answers.\n")
    assert speakers(text)["the bridge would stay closed until it was safe"] != "Dana Pike-Ellis"
    text = ("Wards\n\nA nurse who works for the trust, Leanne, said wards were short-staffed.\n")
    assert by_text(text)["wards were short-staffed"]["speaker_kind"] == "person"
    text = ("Pay\n\nThe Royal College of Nursing and the Union of Health and Care Workers said members would not "
            "accept the offer.\n")
    assert "and the Union" not in speakers(text)["members would not accept the offer"]
    text = ("Payments\n\nThe Kelby Gazette has investigated the payments since May. The paper's investigation found "
            "that two million pounds went to one firm.\n")
    assert ("The paper", "Kelby Gazette") in [(t, src) for t, src, _ in cites(text)]
