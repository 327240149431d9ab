"""Speaker and name classes of the thirty-third round.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from corpus_tools import default_codebook, process_document
from corpus_tools.tag.mentions import document_layer

from sentence_tags import by_text, speakers  # tests/tag is on sys.path


def _entity_names(text: str) -> set[str]:
    cb = default_codebook()
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return {e.name for e in document_layer(doc, cb)[1]}


def test_a_capital_after_a_digit_is_no_initial():
    """Class (bad name, blind set BZ): "temperatures forecast to reach 33C. Newest posts first." made a person
    "C. Newest": the unit letter after the number was read as an initial opening a name."""
    text = ("Heat\n\nThe race was cancelled, with temperatures forecast to reach 33C. Newest posts first.\n\n"
            "Ana Ruiz, a forecaster, said the heat would last until Tuesday.\n")
    names = _entity_names(text)
    assert not any("Newest" in n for n in names)
    assert "Ana Ruiz" in names
    assert speakers(text)["the heat would last until Tuesday"] == "Ana Ruiz"


def test_a_speaker_whose_manner_stands_before_a_colon_is_the_speaker():
    """Class (a quotation left as a scare quote; probes of round 33): "The mayor, Ana Ruiz, was blunt: “…”" and
    "Bell went further: “…”" have no speech verb before the colon; the subject whose manner of speaking is
    given speaks (the codebook's ``colon_manners``). So does the owner of a message ("the message from X to
    voters was clear:", "Kelby Police's message to drivers was clear:")."""
    text = ("Vote\n\nThe mayor, Ana Ruiz-Okoro, was blunt: “This was the wrong scheme in the wrong place.”\n\n"
            "Dr Tom Bell of the Halvern Institute went further: “I would be astonished if it held up.”\n\n"
            "Ahead of the weekend, Kelby Constabulary's message to drivers was clear: \"If you drink, don't drive.\"\n\n"
            "The message from Green Party leader Sara Lund to voters was simple: \"Stay at home and you lose.\"\n")
    got = speakers(text)
    assert got["This was the wrong scheme in the wrong place."] == "Ana Ruiz-Okoro"
    assert got["I would be astonished if it held up."] == "Tom Bell"
    assert got["If you drink, don't drive."] == "Kelby Constabulary"
    assert got["Stay at home and you lose."] == "Sara Lund"
    # a borrowed phrase after such a colon, not a sentence, stays nobody's
    text = "Vote\n\nThe mayor, Ana Ruiz-Okoro, was scathing: “a shambles” from start to finish.\n"
    assert speakers(text).get("a shambles", "") == ""


def test_an_office_after_the_is_its_holder_not_a_person_named_minister():
    """Class (wrong speaker "Minister"; probes of round 33): "The Prime Minister quipped that …" made a person
    called "Minister" ("Prime" taken for a title); "the District Collector of Kesarbagh, Anirudh Tiwari," left
    "the Collector" unresolved. An office written after "the" with only words of its own name before its head is
    the office, filled by the person named beside it or holding it."""
    text = ("Housing\n\nThe Prime Minister, Helena Marsk, faced questions on housing.\n\n"
            "The Prime Minister quipped that she had \"driven round it more times than he has\".\n")
    got = speakers(text)
    assert got["driven round it more times than he has"] == "Helena Marsk"
    text = ("Water\n\nThe District Collector of Kesarbagh, Anirudh Prasad Tiwari, met officials on Saturday.\n\n"
            "\"Tanker supply must reach every village twice daily,\" the Collector stressed.\n")
    assert speakers(text)["Tanker supply must reach every village twice daily,"] == "Anirudh Prasad Tiwari"
    names = _entity_names(text)
    assert "Collector" not in names and "Minister" not in _entity_names(
        "Housing\n\nThe Prime Minister quipped that it was late.\n")


def test_names_in_a_body_apposition_do_not_speak_for_it():
    """Class (wrong speaker "England", blind set CW): "Fairholm Foods, the supermarket chain with 340 stores
    across the north of England, said …" gave England: the place in the apposition was taken for a person and
    people come first. The body before its class-noun apposition speaks."""
    text = ("Breach\n\nMarlow Foods, the grocery chain with 80 shops across the north of England, said on Monday "
            "that card numbers had been taken.\n")
    assert speakers(text)["card numbers had been taken"] == "Marlow Foods"


def test_its_after_a_person_with_a_post_is_the_body_of_the_post():
    """Class (a person made a body, so "he" skipped him; blind set CW): "Tomasz X, head of advice at the charity
    Y, said its helpline …" took "its" for the subject's, making him a body; the post set beside the name shows a
    person, whose "its" is the body of the post."""
    text = ("Fraud\n\nBogdan Wrzosek-Hale, head of advice at the fraud charity Kindred Shield, said its helpline "
            "had taken 140 calls. \"Scammers move fast after a breach like this,\" he said.\n")
    got = speakers(text)
    assert got["Scammers move fast after a breach like this,"] == "Bogdan Wrzosek-Hale"
    # a body with a body's post keeps its "its"
    text = ("Batteries\n\nVoltaro Power, maker of home batteries, said its sales had doubled.\n")
    assert speakers(text)["its sales had doubled"] == "Voltaro Power"


def test_a_club_named_for_its_town_before_an_auxiliary_and_their():
    """Class (a club missing from the entities, blind set CW): "Hallamere Town will leave Brook Lane, their home
    since 1914, …, the club announced" dropped "Hallamere Town" as a place ("Town"); only a plural verb right after
    it showed a club. An auxiliary, with "their" or "the club" later in the same sentence, shows one too."""
    text = ("Move\n\nKelmarsh Town will leave Brook Lane, their home since 1914, at the end of the season, the club "
            "announced.\n\nThe club said the move was the only way to survive.\n")
    got = speakers(text)
    assert got["the move was the only way to survive"] == "Kelmarsh Town"
    # a town in a sentence that calls nothing a club stays a place
    assert "Kelmarsh Town" not in _entity_names("Rain\n\nKelmarsh Town will see heavy rain on Friday.\n")


def test_a_product_named_before_its_kind_is_no_one():
    """Class (wrong speaker "Fairholm Plus", blind set CW): "its Fairholm Plus app" made a person "Fairholm Plus",
    whose first word then took every later "Fairholm said" from "Fairholm Foods". A name of two words or more
    after a determiner and before "app", "card", "loyalty scheme" or "subscription" is a product's."""
    text = ("Breach\n\nMarlow Foods said on Monday that a server running its Marlow Extra app had been attacked.\n\n"
            "Marlow said it would write to every customer.\n")
    assert speakers(text)["it would write to every customer"] == "Marlow Foods"
    assert "Marlow Extra" not in _entity_names(text)


def test_a_noun_ending_a_fronted_phrase_is_not_set_beside_the_subject():
    """Class (wrong speaker, blind set CW): "In a letter handed to the judge, Pellow-Mercer wrote …" made the
    defendant "the judge" (a noun, a comma, a name), so the judge's later words went to him. A noun after a
    preposition, with a verb right after the name, ends a fronted phrase; the name is the sentence's subject."""
    text = ("Fraud\n\nJudge Miriam Oduya-Hollis heard the case.\n\nIn a letter handed to the judge, Adrian Pellmore "
            "wrote that he was sorry.\n\n“You took from people the security they had built,” the judge said.\n")
    assert speakers(text)["You took from people the security they had built,"] == "Miriam Oduya-Hollis"


def test_a_conjunction_after_a_quotation_attributes_nothing_to_it():
    """Class (wrong speaker, blind set CW): 'Callum X called the cut "austerity by the back door," while Tamsin Y
    said …' gave the fragment to Tamsin Y: the words after the closing mark were read as its attribution. A
    clause opened by "while", "whereas", "but", "although" has its own subject."""
    text = ('Budget\n\nCallum Reyes-Whit, general secretary of the Kelby Union, called the cut "austerity by the back '
            'door," while Tamsin Ojuk, of the Transport Alliance, said the rail money would "save routes."\n')
    got = speakers(text)
    assert got["austerity by the back door,"] == "Callum Reyes-Whit"


def test_aides_to_a_titled_person_are_unnamed():
    """Class (wrong speaker, blind set CW): "Two aides to Ms. X, who spoke on the condition of anonymity, said"
    gave X: the title between "to" and the name hid the person the aides are around (gold README: "Aides to X",
    "an aide to X" are unnamed)."""
    text = ("Race\n\nRenata Okonjo-Vale is running for mayor.\n\nTwo aides to Ms. Okonjo-Vale, who spoke on the "
            "condition of anonymity, said the numbers showed a closer race.\n")
    assert speakers(text)["the numbers showed a closer race"] == ""


def test_radio_opens_a_broadcaster_not_a_title():
    """Class (wrong speaker "Costa Nord", blind set CW): nameparser lists "Radio" among its titles, so "Local
    broadcaster Radio Costa Nord reported" made a person "Costa Nord" titled Radio."""
    text = ("Spill\n\nLocal broadcaster Radio Marbella Norte reported that fishermen had pulled two containers from "
            "their nets.\n")
    assert speakers(text)["fishermen had pulled two containers from their nets"] == "Radio Marbella Norte"


def test_an_unnamed_person_after_the_named_subject_takes_no_later_pronoun():
    """Class (empty speakers; probes of round 33): "The committee chairman, Robert X, the member for Wexcombe,
    opened by reading out a letter from an angler who had described the river as “…”" made the angler the
    sentence's subject for the pronouns after it, so "he asked" and "she replied" went to no one; and "the member
    for Wexcombe" set after the name was left unresolved. The angler is named after the sentence's named subject;
    the seat set after a name is that person's."""
    text = ("Water\n\nThe chief executive of Tallow Water, Philippa Crane, faced the committee on Wednesday.\n\n"
            "The committee chairman, Robert Ashdown-Pike, the member for Wexcombe, opened by reading out a letter "
            "from an angler who had described the river as \"an open drain with swans on it\".\n\n"
            "\"Is that a fair description, Ms Crane?\" he asked.\n\n"
            "\"It is not a description I recognise,\" she replied.\n")
    got = speakers(text)
    assert got["an open drain with swans on it"] == ""
    assert got["Is that a fair description, Ms Crane?"] == "Robert Ashdown-Pike"
    assert got["It is not a description I recognise,"] == "Philippa Crane"
    # one unnamed person who opens the sentence keeps the pronouns after it
    text = ("Water\n\nRobert Ashdown-Pike chaired the meeting.\n\nOne angler, who asked not to be named, described "
            "the river as \"an open drain\".\n\n\"Nobody listens,\" he said.\n")
    assert speakers(text)["Nobody listens,"] == ""


def test_an_office_with_its_own_modifier_or_another_determiner_is_no_name():
    """Class (speakers "Leader", "Minister"; probes of round 33): "the Opposition Leader, Brett X," made a person
    "Leader", and "This Prime Minister couldn't …" inside a quotation made a person "Minister" whom a later "The
    Prime Minister, Fiona Y," then resolved to."""
    text = ("Rebate\n\nQuestion time turned rowdy as the Opposition Leader, Brett Mulvane, accused the government of "
            "\"cooking the books\".\n\n\"This Prime Minister couldn't add up,\" Mr Mulvane said.\n\n"
            "The Prime Minister, Fiona Castell, rose. \"The only thing cooked here is their arithmetic,\" she said.\n")
    got = speakers(text)
    assert got["cooking the books"] == "Brett Mulvane"
    assert got["The only thing cooked here is their arithmetic,"] == "Fiona Castell"
    assert not {"Leader", "Minister"} & _entity_names(text)


def test_jan_before_a_name_is_a_first_name_not_a_month():
    """Class (wrong speaker "Van der Berg"; probes of round 33): "The architect Jan van der Berg" lost "Jan", a
    calendar abbreviation that ends a name run, so "Van der Berg said" named a second person. Before a name word
    (with or without particles) and no full stop, "Jan" is a first name; "Jan 5" and "Jan. 5" stay a month."""
    text = ("Hall\n\nThe architect Jan van der Berg has withdrawn his design.\n\n"
            "“You cannot cut a third out of a building,” Van der Berg said.\n")
    assert speakers(text)["You cannot cut a third out of a building,"] == "Jan van der Berg"
    assert "Jan van der Berg" in _entity_names(text)
    assert not any(n.startswith("Jan") for n in _entity_names("Vote\n\nOn Jan 5 Tom Reyes said it was late.\n"))


def test_a_he_or_she_opening_the_next_sentence_is_gender_evidence():
    """Class (pronouns swapped; probes of round 33): neither "Halina" nor "Mikkel" is in the first-name census, so
    "she said" after a paragraph about Mikkel went to him. "Her colleague Mikkel X … spent three weeks at the
    station. He described …": the he that opens the next sentence, after one that names only him, is evidence that
    he is a man."""
    text = ("Ice\n\nDr Halina Brzezinska, who leads the glacier team, said the ice had thinned by four metres.\n\n"
            "Her colleague Mikkel Aasvold, a field technician, spent three weeks at the station in April. He described "
            "the conditions as the worst in a decade.\n\n"
            "“We are losing data just when we need it most,” she said.\n")
    assert speakers(text)["We are losing data just when we need it most,"] == "Halina Brzezinska"


def test_an_office_is_held_under_its_whole_name():
    """Review of round 33: cutting "the Prime Minister" to its head gave it to the nearest holder of any "…
    Minister" (a Finance Minister, a Deputy Prime Minister). A multi-word office is held only under those words; a
    one-word office by titles ending in it that no rank opens ("Finance Minister" holds "the Minister", "Prime
    Minister" does not); "the District Collector" is "the Collector" (a scope, not a rank); "the former Prime
    Minister, X," is no office of now."""
    text = ("Budget\n\nPrime Minister Helen Carrow defended the budget. Finance Minister Owen Pryce said taxes would "
            "not rise.\n\nThe Prime Minister told MPs: “This is a budget for growth.”\n")
    assert speakers(text)["This is a budget for growth."] == "Helen Carrow"
    text = ("Talks\n\nDeputy Prime Minister Tom Ashby met union leaders.\n\n"
            "“We will not give in,” the Prime Minister said.\n")
    assert speakers(text)["We will not give in,"] == ""
    text = ("Memoir\n\nThe former Prime Minister, Tom Ashby, has written a memoir.\n\n"
            "The Prime Minister, Helen Carrow, said: “I have not read it.”\n")
    assert speakers(text)["I have not read it."] == "Helen Carrow"
    text = ("Budget\n\nFinance Minister Owen Pryce said taxes would not rise.\n\n"
            "The Minister added: “This is a budget for growth.”\n")
    assert speakers(text)["This is a budget for growth."] == "Owen Pryce"
    text = ("Water\n\nThe District Collector of Kesarbagh, Anirudh Tiwari, met officials.\n\n"
            "“Tankers must reach every village,” the Collector said.\n")
    assert speakers(text)["Tankers must reach every village,"] == "Anirudh Tiwari"


def test_a_message_verb_takes_an_object_not_a_clause():
    """Review of round 33: "texted", "emailed", "messaged" as speech verbs made "Ana X emailed her lawyer on
    Monday, court papers show" a quotation of the lawyer. They attribute a quotation after a colon only."""
    text = "Case\n\nAna Ruizova emailed her lawyer on Monday, court papers show.\n"
    assert all(r != "Ana Ruizova" for r in speakers(text).values())
    text = ("Uniforms\n\nRhoswen Elleray, a mother of three who started a petition that gathered 1,400 signatures, "
            "texted the Gazette within minutes: \"Common sense wins.\"\n")
    assert speakers(text)["Common sense wins."] == "Rhoswen Elleray"


def test_an_unnamed_person_with_a_quotation_of_their_own_keeps_the_pronoun():
    """Review of round 33: after "Councillor Tom X met a nurse who said: “…”", "She said" is the nurse, not the
    named subject (only words the named subject's sentence borrows from an unnamed person pass the pronoun on)."""
    text = ("Ward\n\nCouncillor Tom Ashworth met a nurse who said: “We are exhausted.”\n\n"
            "She said the ward was short of staff.\n")
    assert speakers(text)["the ward was short of staff"] == ""


def test_a_thing_that_owns_a_message_is_no_speaker():
    """Review of round 33: "The sign's message was simple: “No swimming.”" made "The sign" an anonymous speaker;
    only a person's or a body's noun owns what was said ("The bureau's advice was: “…”")."""
    rows = by_text("Lake\n\nThe sign's message was simple: “No swimming.”\n")
    assert rows["No swimming."]["speaker"] == "" and rows["No swimming."]["kind"] == "scare"
    text = ("Scams\n\nComplaints rose by a third, the Citizens Advice Bureau said.\n\n"
            "The bureau's advice was: “Hang up and call your bank.”\n")
    # (a quotation of the bureau's; whom "the bureau" names is the nominal layer's to say)
    assert by_text(text)["Hang up and call your bank."]["kind"] == "direct"


def test_a_product_named_after_a_person_keeps_the_person():
    """Review of round 33: "the Sam Okafor app" made "Sam Okafor" a product everywhere; a name that opens with a
    census first name is its maker's too."""
    text = ("App\n\nDeveloper Sam Okafor launched the Sam Okafor app in May.\n\n"
            "“It took two years,” Sam Okafor said.\n")
    assert speakers(text)["It took two years,"] == "Sam Okafor"


def test_a_statement_from_someone_is_theirs():
    """Class (empty speakers; probes of round 33): "A statement from Tetteh-Røed, released through his lawyers,
    read: “…”" left the statement nobody's; "X issued the following statement on Friday:" before a quoted
    paragraph found no verb ("released" only); "Ferncliffe Town defender X" dropped the club as a town, so "The
    club said" named no one."""
    text = ("Charge\n\nFerncliffe Town defender Marlon Tetteh-Roed has been charged.\n\n"
            "A statement from Tetteh-Roed, released through his lawyers, read: \"I intend to defend this charge.\"\n\n"
            "The club said it was \"aware of the charge\".\n")
    got = speakers(text)
    assert got["I intend to defend this charge."] == "Marlon Tetteh-Roed"
    assert got["aware of the charge"] == "Ferncliffe Town"
    text = ("Recall\n\nThe chain Fairbarrow has withdrawn its houmous.\n\n"
            "Fairbarrow, which has 210 stores, issued the following statement on Friday:\n\n"
            "\"As a precaution, we are recalling the product.\"\n")
    assert speakers(text)["As a precaution, we are recalling the product."] == "Fairbarrow"


def test_second_review_guards():
    """Second review of round 33: a statement from a named representative ("from his solicitor, Jane X,") is
    theirs; fans of a club named for its town are not the club; a former Prime Minister holds no "the Prime
    Minister"; "On 12 Jan Ruiz" is a date; a He/She that opens the next sentence after a name set in apposition
    ("The driver, Thabo X, was arrested. She had been walking her dog") or after a sentence with a pronoun of its
    gender ("Her mentor, Arjun X, nominated her. She says …") is no evidence of that name's gender; a message
    verb that forwards someone else's words ("messaged her teacher the words her classmates had sent her:")
    attributes nothing."""
    text = ("Charge\n\nFootballer Tom Ashby was charged on Monday.\n\n"
            "A statement from his solicitor, Jane Pike, said: \"Mr Ashby will plead not guilty.\"\n")
    assert speakers(text)["Mr Ashby will plead not guilty."] == "Jane Pike"
    text = ("Derby\n\nFerncliffe Town supporters told the Gazette they would boycott the match.\n")
    assert speakers(text)["they would boycott the match"] == ""
    text = ("Talks\n\nPrime Minister Helen Carrow met former Prime Minister Tom Ashby on Monday.\n\n"
            "The Prime Minister said: \"We had a frank exchange.\"\n")
    assert speakers(text)["We had a frank exchange."] == "Helen Carrow"
    text = ("Vote\n\nAna Ruiz chairs the committee.\n\nOn 12 Jan Ruiz told MPs that the plan was dead.\n")
    assert "Jan Ruiz" not in _entity_names(text)
    text = ("Crash\n\nA 62-year-old woman died in the crash.\n\nThe driver, Thabo Mokoena, was arrested at the scene. "
            "She had been walking her dog, police said.\n\n\"I did not see her,\" Mokoena told magistrates.\n")
    assert speakers(text)["I did not see her,"] == "Thabo Mokoena"
    text = ("Award\n\nSunita Rao won the young scientist award.\n\nHer mentor, Arjun Mehta, nominated her last year. "
            "She says she owes him everything.\n\n\"Sunita is exceptional,\" Mehta said. \"I knew it from the first "
            "day,\" he said.\n")
    assert speakers(text)["I knew it from the first day,"] == "Arjun Mehta"
    text = ("Bullying\n\nAna Ruizova messaged her teacher the words her classmates had sent her: “Nobody likes you.”\n")
    assert speakers(text).get("Nobody likes you.", "") == ""


def test_assure_welcome_appeal_and_blame_attribute_their_quoted_words():
    """Class (partials left as scare quotes; probes of round 33 and blind set CW): "He assured the agents that “…”",
    "welcomed the decision as “…”", "appealed to the agency to “…”", "blamed “…” for the delays" quote their
    subject's words."""
    text = ("Port\n\nThe port's director, Juma Mwinyi, spoke on Monday. He assured the agents that \"the congestion "
            "will be history by March\".\n\nConsumer group Fair Dial welcomed the decision as \"a win for every "
            "household\".\n\nElection officer Teodoro Quispe blamed \"unprecedented snowfall\" for the delays.\n")
    got = speakers(text)
    assert got["the congestion will be history by March"] == "Juma Mwinyi"
    assert got["a win for every household"] == "Fair Dial"
    assert got["unprecedented snowfall"] == "Teodoro Quispe"
