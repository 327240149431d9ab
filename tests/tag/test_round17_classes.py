"""Speaker classes of the seventeenth tuning round: bodies whose names have no head word, and the nouns that
point back to them.

Every sentence here is invented for the test (no text of the gold articles). Each test's docstring names the
failure class it guards.
"""
from __future__ import annotations

import pytest
from sentence_tags import by_text, speakers  # tests/tag is on sys.path


@pytest.mark.parametrize("apposition", ["a charity that supports the parents of sick babies",
                                        "a charity for the parents of sick babies",
                                        "a network of parents' groups"])
def test_a_body_introduced_by_a_class_noun_that_goes_on(apposition):
    """Class (empty speaker where the attribution names a body): "Bright Hearts, a charity that supports …" was
    a class noun in apposition only when a comma or a full stop closed it, so "Bright Hearts" stayed a person and
    "The group said" found no body. A body-only noun ("charity", "network") going on into a relative clause or a
    complement shows the body too; a person opens the sentence, so the generic "the group" passes over her."""
    text = (f"Maya Ross now volunteers for Bright Hearts, {apposition}. The group said it had campaigned for a "
            "vaccine for ten years.")
    assert speakers(text)["it had campaigned for a vaccine for ten years"] == "Bright Hearts"


@pytest.mark.parametrize("apposition", ["a builder in Leeds", "a developer of phone games", "a publisher based in York"])
def test_a_trade_in_apposition_going_on_stays_a_person(apposition):
    """Guard of the class above: the trades a person plies are no body-only nouns ("Tom Mercer, a builder in
    Leeds, said"), so a class noun going on into a complement does not make the name a body's."""
    text = f"Tom Mercer, {apposition}, said the rules had changed. “We were not told,” Mercer said."
    got = by_text(text)["the rules had changed"]
    assert (got["speaker"], got["speaker_kind"]) == ("Tom Mercer", "person")


def test_a_network_named_before_its_noun():
    """Class (empty speaker): in "The Runners' Table network, which represents athletes, said", the name was a
    person's and "According to the network" found no body. A group noun ("network", "coalition", "alliance")
    after a name that "the" opens is the body's class noun."""
    text = ("The Runners' Table network, which represents athletes in hearings, said the federation needed to do "
            "more. According to the network, fewer than half of the athletes were tested.")
    who = speakers(text)
    assert who["the federation needed to do more"] == "Runners' Table"
    assert who["fewer than half of the athletes were tested"] == "Runners' Table"


def test_the_choir_points_back_to_the_choir_named():
    """Class (empty speaker): "the choir" was no body's noun, so "The choir said" after the "Corran Voices" named
    no one. Choirs, orchestras and ensembles are body classes now (a band keeps its own rule, speakers._band_name,
    which makes it a group)."""
    text = ("There are 60 names on the register of the Corran Voices, and most of them come every week.\n\n"
            "The choir said it would cap membership at 70.")
    assert speakers(text)["it would cap membership at 70"] == "Corran Voices"


def test_a_bodys_noun_then_a_staff_noun_is_a_person():
    """Guard of the choir class (above): once "choir" is a body's noun, "the choir master says" read as the nominal
    "the choir", and the conductor's words went to a body named earlier (seen on a tuning set while this round was
    written). A staff or member noun after the body's noun ("master", "director", "member") makes one compound noun
    for a person, not the body."""
    text = ("Florian Dale, the choir's founder, conducts with a pencil. The Kelby Arts Fund gave the choir £4,000 last "
            "year.\n\n“Again from the top,” the choir master says.")
    assert speakers(text)["Again from the top,"] == "Florian Dale"


@pytest.mark.parametrize("compound", ["the charity director", "the charity's director", "a charity member"])
def test_a_staff_noun_after_a_bodys_noun_is_not_the_body(compound):
    """Guard of the class above for the staff and member nouns: "“…,” the charity director said" is a person of the
    charity (unnamed here), not the charity named before."""
    text = f"Candles for Reading paid £600,000 to one consultancy.\n\n“We were misled,” {compound} said."
    assert speakers(text)["We were misled,"] != "Candles for Reading"


@pytest.mark.parametrize("verb", ["paid", "spent", "raised"])
def test_a_connected_name_that_pays_is_a_body(verb):
    """Class (empty speaker): "Candles for Reading paid £600,000 to one consultancy" did not show the name to be a
    body (only speech verbs and "has"/"is" did), so "The charity said" found no body. What a body does with money
    and people ("paid", "raised", "employs") shows it as a subject too."""
    text = (f"The documents show that Candles for Reading {verb} £600,000 in one year. The charity said its "
            "trustees had commissioned a review.")
    assert speakers(text)["its trustees had commissioned a review"] == "Candles for Reading"


def test_a_group_that_calls_itself_a_name():
    """Class (empty speaker): "A spokeswoman for the group, which calls itself Parents for Caution, said" left
    "the group" with no body: the name it goes by came after a relative clause, not right after the comma, and
    "Parents for …" (a plural people-noun in front) was not shown to be a body's name. "which calls itself",
    "known as" give the body's name."""
    text = ("Campaigners held placards outside the agency. A spokeswoman for the group, which calls itself Parents "
            "for Caution, said it wanted longer follow-up data.")
    assert speakers(text)["it wanted longer follow-up data"] == "Parents for Caution"


def test_a_unit_whose_name_joins_two_words_with_and():
    """Class (empty speaker): "The Integrity and Ethics Unit of the World Rowing League said" gave no mention at all,
    since a unit's name before "of" had to be capitalised words only; so "the unit said" later found no body. A
    unit's name may join two words with "and" (it is split from the body it belongs to, as before)."""
    text = ("The Integrity and Ethics Unit of the World Rowing League said the rower had been charged. The unit said "
            "she had not returned a positive test.")
    who = speakers(text)
    assert who["the rower had been charged"] == "Integrity and Ethics Unit"
    assert who["she had not returned a positive test"] == "Integrity and Ethics Unit"


def test_a_disputed_possessive_gives_no_gender():
    """Class (empty speaker): "Alison Dunmore, the chief executive, rejected his account" voted Alison male (a
    possessive after the sentence's first person is taken for hers), so "…, she said" next found no woman. One
    disputes someone else's account, claims or version: a possessive after "rejected", "disputed", "denied" is no
    evidence of the subject's gender."""
    text = ("Fergus Hale said he had raised the figures at three meetings.\n\n"
            "The charity’s chief executive, Alison Dunmore, rejected his account. Growth had to be paid for, she said.")
    assert speakers(text)["Growth had to be paid for"] == "Alison Dunmore"


def test_a_long_apposition_still_describes_the_one_unnamed_person():
    """Class (wrong speaker): "One donor, a retired GP from Perth who has given about £200 a month since 2017, said
    she …" was no opener on one unnamed person (the apposition was cut at 60 characters), so the next "“…,” she said"
    went to the woman named before. The apposition may run to 120 characters."""
    text = ("Alison Hale, the chief executive, defended the spending.\n\n"
            "One donor, a retired GP from Perth who has given about £200 a month since 2017, said she had cancelled her "
            "standing order. “I gave money for porridge,” she said.")
    assert speakers(text)["I gave money for porridge,"] == ""


def test_the_spokesperson_again_after_a_body_nominal_spokesperson():
    """Class (empty speaker): "A university spokesperson said …. The spokesperson said" gave the second row no one:
    "the spokesperson" again looked back only for "a spokesperson for X" or "an X spokesperson" with X a name. The
    nominal that holds the word ("A university spokesperson", resolved to the university) gives its body."""
    text = ("The University of Kelby has retracted a paper by Professor Ann Dale.\n\n"
            "A university spokesperson said it had shared its report with the journal. The spokesperson said Dale "
            "remained in post.")
    assert speakers(text)["Dale remained in post"] == "University of Kelby"


def test_a_campaign_group_formed_in_the_summer():
    """Class (wrong speaker): "Keep Harrow Baths, the campaign group formed in the summer …, said" lost "Keep" (a
    verb opening a name) and stayed a person; the class noun going on into a participle ("formed", "launched",
    "led") now shows the whole name to be a body's."""
    text = "Keep Harrow Baths, the campaign group formed in the summer, said it was taking legal advice."
    got = by_text(text)["it was taking legal advice"]
    assert (got["speaker"], got["speaker_kind"]) == ("Keep Harrow Baths", "organisation")


def test_the_coastguard_in_the_lede_is_the_coastguard_named_next():
    """Class (empty speaker): "…, the coastguard said" in a lede found no nominal ("coast guard" in two words was a
    nominal class, "coastguard" in one was not), so the body named in the next paragraph was never looked for."""
    text = ("A ferry lost power in a storm on Tuesday. No one was seriously injured, the coastguard said.\n\n"
            "The Coastguard Operations Centre at Stoneness said it had been alerted at 7.58 a.m.")
    assert speakers(text)["No one was seriously injured"] == "Coastguard Operations Centre"


def test_the_body_paragraphs_after_a_membership_body():
    """Class (empty speaker): "Voices Together, a membership body for amateur music groups, …" and, two paragraphs
    on, "The body warned that …": "body" was no class noun, and a class noun set beside a name was not remembered
    beyond the next sentence. The latest body the article set the noun beside is "the body" when nothing nearer is.
    The apposition after a body in "According to X, a …, CLAUSE" is skipped as a person's is."""
    text = ("According to Voices Together, a membership body for amateur music groups, at least 40 choirs lost their "
            "halls last year.\n\n"
            "Rhiannon Dale, who sings with three of them, said the halls were the backbone of music in the town.\n\n"
            "The body warned that halls were closing faster than ever.")
    who = speakers(text)
    assert who["at least 40 choirs lost their halls last year"] == "Voices Together"
    assert who["halls were closing faster than ever"] == "Voices Together"


@pytest.mark.parametrize("front", ["Teammates", "Allies", "Supporters"])
def test_the_people_around_someone_alone_are_unnamed(front):
    """Class (wrong speaker): "Teammates said she had trained as normal" made "Teammates" a person's one-word name:
    only the codebook's list of function words keeps a plural people-noun from opening a name, and "Teammates"
    was not on it. The plural people around someone ([mention_rules] people_around) are function words too, and
    such a plural alone is an unnamed group. ("Allies" and "Supporters" were unnamed before: they guard the rest of
    the list.)"""
    text = f"Ana Berg is considering an appeal. {front} said she had trained as normal."
    assert speakers(text)["she had trained as normal"] == ""


@pytest.mark.parametrize("sentence", ["Athletes Forward, a network that represents 1,200 rowers, said the system "
                                      "needed reform.",
                                      "The network, known as Athletes Forward, said the system needed reform."])
def test_a_plural_people_noun_opening_a_bodys_name(sentence):
    """Class (wrong speaker): "Athletes Forward, a network that represents …" gave "Forward": the plural people-noun
    at the front was dropped as a function word. Where the text shows the run to be a body (a class noun in
    apposition, "known as", "which calls itself"), the plural front is kept."""
    assert speakers(sentence)["the system needed reform"] == "Athletes Forward"


def test_members_of_a_body_are_unnamed():
    """Class (wrong speaker): "Two former members of the group, who asked not to be named …, said" went to the body
    "the group" pointed back to, as "Analysts of the Centre for Energy Policy" does. Members, like friends and
    aides, are the people around someone: unnamed."""
    text = ("The case was first made public by Retraction Ledger, a blog that tracks retractions.\n\n"
            "Two former members of the group, who asked not to be named because they still work in the field, said "
            "the lab had been under heavy pressure.")
    assert speakers(text)["the lab had been under heavy pressure"] == ""


def test_the_office_again_after_a_place_prosecutors_office():
    """Class (empty speaker): "according to the Brussels prosecutor’s office. … the office said" and "a spokeswoman
    for the office" found no body: a body named by a possessive and a common noun ("POSSESSIVE_BODY") is no mention
    of the mention layer, so nothing pointed back to it. "the office" again is the body so named last before, and
    "The prosecutor’s office" is its shorter form."""
    text = ("The raid lasted four minutes, according to the Brussels prosecutor’s office. Two men entered through a "
            "window, the office said.\n\nThe prosecutor’s office said it had set up a team of 20 investigators.\n\n"
            "“Any detail may help,” a spokeswoman for the office said.")
    who = speakers(text)
    assert who["Two men entered through a window"] == "Brussels prosecutor’s office"
    assert who["it had set up a team of 20 investigators"] == "Brussels prosecutor’s office"
    assert who["Any detail may help,"] == "Brussels prosecutor’s office"


def test_the_coast_guard_again_after_a_nationality():
    """Class (empty speaker): "Italian coast guard crews pulled 63 people …. The coast guard said" found no body: a
    country's lower-case body (coast guard, navy, a ministry) named with its nationality is no name. "the
    coast guard" again is the one named with a nationality before."""
    text = ("Italian coast guard crews pulled 63 people from a boat on Saturday.\n\n"
            "The coast guard said in a statement that its vessel had reached the boat at 4.20am.")
    assert speakers(text)["its vessel had reached the boat at 4.20am"] == "Italian coast guard"


def test_the_master_named_after_with_a_title():
    """Class (empty speaker): "“…,” the master told the coastguard. The master, Captain Oleksandr Lind, later told
    investigators" left the first quote with no one: the same description set beside a name further on named them
    only when the name came right after the comma, not after a title ("Captain")."""
    text = ("The ship was drifting. “We are losing boxes,” the master told the coastguard. The master, Captain "
            "Oleksandr Lind, later told investigators that the storm came early.")
    assert speakers(text)["We are losing boxes,"] == "Oleksandr Lind"


def test_the_landlord_again_after_a_delayed_lede():
    """Class (empty speaker): "A landlord whose tenant died … had been warned" (the lede's subject, unnamed) and
    "Raymond X, 58, denies manslaughter" (the next paragraph) made "The landlord replied" paragraphs later no one.
    The lede's description, ending in the same noun, names the person the next paragraph opens on."""
    text = ("Landlord ignored warnings before fire, jury told\n\n"
            "A landlord whose tenant died in a fire had been warned four times that the alarms did not work, a jury "
            "heard on Tuesday.\n\nRaymond Okafor-Till, 58, denies manslaughter.\n\n"
            "A tenant wrote to him about the alarm. The landlord replied: “Will sort next week.”")
    assert speakers(text)["Will sort next week."] == "Raymond Okafor-Till"


def test_the_landlord_with_a_named_lede_is_left_alone():
    """Guard of the class above: when the lede names its subject, a later "the landlord" is not taken from the
    next paragraph's first name."""
    text = ("Fire trial opens\n\nA landlord, Tom Hale, had been warned four times, a jury heard.\n\n"
            "Raymond Okafor-Till, 58, a tenant, gave evidence.\n\n"
            "The landlord replied: “Will sort next week.”")
    assert speakers(text)["Will sort next week."] != "Raymond Okafor-Till"


def test_the_campaigns_chair_is_who_chairs_the_campaign():
    """Class (empty speaker): "“…,” the campaign’s chair said" after "said Sam X, who chairs the campaign" named no
    one: a post of a body called by a common noun was looked for only in apposition with an owner's proper name
    ("Spain's head coach"). The same noun's post, or a relative clause saying who holds it, names the holder."""
    text = ("“This was decided before anyone filled in a form,” said Sam Achebe-Lund, who chairs the campaign.\n\n"
            "Achebe-Lund paused. “Honestly? I don’t know,” the campaign’s chair said.")
    assert speakers(text)["Honestly? I don’t know,"] == "Sam Achebe-Lund"


def test_the_unit_again_speaks_for_its_body():
    """Class (empty speaker): "The anti-doping unit of the Highland Athletics Federation said …. The unit said" gave
    the second row no one. A part of a body with no name of its own ("unit", "office", "panel") written as "the …
    unit of the <Body>" speaks for that body, and "the unit" again does too."""
    text = ("The anti-doping unit of the Highland Athletics Federation said the sample contained traces of a drug.\n\n"
            "The unit said in a statement that the athlete had been notified on Friday.")
    assert speakers(text)["the athlete had been notified on Friday"] == "Highland Athletics Federation"


def test_a_she_deep_in_a_reported_clause_gives_no_gender():
    """Class (empty speaker): "Its editor, Thomas Varga, said the paper had evidence that she was working" voted
    Thomas Varga a woman (a he/she subject past a "that" counted as the sentence's first person's), so "He added
    that …" two paragraphs on found no man to be. Only the clause the person's own verb reports ("said that she
    …") is evidence; a "that" deeper in ("evidence that she") is someone else's."""
    text = ("Its editor, Thomas Varga, said the paper had evidence that she was working.\n\n"
            "“Amira was doing her job,” Varga said. “She should be back this week.”\n\n"
            "He added that the paper had hired a lawyer.")
    assert speakers(text)["the paper had hired a lawyer"] == "Thomas Varga"


def test_a_she_in_the_clause_a_person_reports_still_gives_gender():
    """Guard of the class above: "Ana Reyes said that she would resign" is still evidence that Ana Reyes is a woman,
    so a later "he said" does not go to her."""
    text = ("Ana Reyes said that she would resign at the end of the month.\n\n"
            "“It was time,” he said.")
    assert speakers(text)["It was time,"] != "Ana Reyes"


# --- guards from the review of this round (invented sentences that the first versions of its rules got wrong) ---

def test_a_bodys_noun_in_a_delayed_lede_is_no_person():
    """Guard: "A council that lost the records …" in a lede is a body; "The council said" later is not the person
    the next paragraph opens on."""
    text = ("Council fined over lost records\n\nA council that lost the records of 400 children has been fined "
            "£80,000.\n\nJane Orrell, who led the inquiry, said the failings were serious.\n\n"
            "The council said it accepted the findings.")
    assert speakers(text)["it accepted the findings"] != "Jane Orrell"


def test_a_former_holder_of_the_post_is_not_its_holder():
    """Guard: "who coached the team to the 2010 title" is a former coach; "the team's coach" is not them."""
    text = ("“We lost,” said Tom Hale, who coached the team to the 2010 title. Ana Berg took over last year. "
            "“We will win,” the team’s coach said.")
    assert speakers(text)["We will win,"] != "Tom Hale"


def test_a_bodys_representatives_speak_for_it():
    """Guard: "Harlow Ferries representatives said" is the body's own people speaking for it, not an unnamed group
    around someone."""
    assert speakers("Harlow Ferries representatives said the route would close.")["the route would close"] \
        == "Harlow Ferries"


def test_the_police_are_not_another_countrys_police():
    """Guard: "Greek police arrested two British men … In Manchester, the police said" is not the Greek police."""
    text = "Greek police arrested two British men on Friday.\n\nIn Manchester, the police said they had been told."
    assert speakers(text)["they had been told"] != "Greek police"


def test_a_corpse_is_no_body_mention():
    """Guard: "body" is a class noun only where the article set it beside a body's name ("a membership body");
    "the body of a woman" in a crime story is no mention of the police named before."""
    from corpus_tools import default_codebook
    from corpus_tools.tag.speakers import find_mentions
    text = "Kent Police were called to a house. Officers found the body of a woman. The body had been there for days."
    assert [m.text for m in find_mentions(text, default_codebook())] == ["Kent Police"]


def test_a_persons_legal_team_led_by_a_lawyer_speaks_for_the_person():
    """Class (wrong speaker): "Reyes-Santana’s legal team, led by Celeste X of the Second Look Project, said" went to
    the lawyer named in the aside, and "X's legal team" was no agent of X's. A person's lawyers or legal team speak
    for the person (gold README, settled in round 17), and an aside saying who leads the subject is not the subject."""
    text = ("Mateo Reyes-Santana was convicted in 2019.\n\n"
            "Reyes-Santana’s legal team, led by Celeste Abernathy-Kuo of the Second Look Project, said it would file a "
            "new petition.")
    assert speakers(text)["it would file a new petition"] == "Mateo Reyes-Santana"


def test_they_after_the_band_spoke():
    """Class (empty speaker): "The band announced the decision …, saying …. They apologised to fans and said refunds
    would be issued" gave no one: "They" pointed back only to a named body opening the sentence before, and a
    "They" before a verb coordinated with a non-speech verb was never read. A collective noun phrase that spoke
    ("The band", "the club") is the "They" of the next sentence."""
    text = ("Glass Harbour, the Manchester rock band that split in 2011, have cancelled their reunion tour.\n\n"
            "The band announced the decision in a short post on Monday, saying the tour could not go ahead. They "
            "apologised to fans and said refunds would be issued automatically.")
    assert speakers(text)["refunds would be issued automatically"] == "Glass Harbour"


def test_they_after_a_person_stays_unnamed():
    """Guard of the class above: a "They" after a person who spoke is not that person."""
    text = ("Ana Berg, the band's singer, announced the decision on Monday, saying the tour could not go ahead. They "
            "apologised to fans and said refunds would be issued automatically.")
    assert speakers(text)["refunds would be issued automatically"] != "Ana Berg"


def test_they_after_a_persons_lawyers_spoke():
    """Class (empty speaker): "Lawyers for Voss said …. In a letter seen by this newspaper, they argued that …" gave
    the second row no one. A person's lawyers speak for the person (gold README), and are the "they" after."""
    text = ("Ana Voss was suspended for a year.\n\nLawyers for Voss said they would ask the tribunal to lift the "
            "suspension. In a letter seen by this newspaper, they argued that the unit had “applied the rules "
            "mechanically”.")
    assert speakers(text)["the unit had “applied the rules mechanically”"] == "Ana Voss"


@pytest.mark.parametrize("post", ["vicar", "rabbi", "imam"])
def test_the_vicar_is_the_clergy_named_with_the_post(post):
    """Class (wrong speaker): "The Rev Diane X, the vicar of St Aldric’s, …. “…,” the vicar said" went to the woman
    named last, since "vicar" was no person nominal. Clergy posts are, and point back to whoever was named with
    them."""
    text = ("Margaret Hale, the choir’s secretary, said she was stunned.\n\n"
            f"Diane Achterberg, the {post} of St Aldric’s, said the decision had not been taken lightly.\n\n"
            f"Hale said she did not doubt the {post}’s sincerity.\n\n"
            f"“That is simply not correct,” the {post} said when the claim was put to her.")
    assert speakers(text)["That is simply not correct,"] == "Diane Achterberg"
