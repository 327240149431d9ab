"""Speaker classes of the thirtieth round: a lede that names a thing and then reports "its owner said" or "the
bridge's operator said" is a body named in the next paragraph, not an anonymous source.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from sentence_tags import by_text, speakers  # tests/tag is on sys.path


def test_the_owner_of_a_thing_the_lede_names_is_the_body_named_next():
    """Class (wrong speaker, blind sets BP and BX): "The Kelby Mill, which has … since 1901, will close, its owner
    announced" and "Tolls on the Ferrow Bridge will rise, the bridge's operator said" left the speaker empty,
    because a name came before the description in the lede; the owner of a named thing is another body, the one
    whose name opens the next paragraph."""
    for lede, clause in (
            ("The Kelby Mill, which has milled flour since 1901, will close in May, its owner announced",
             "The Kelby Mill, which has milled flour since 1901, will close in May"),
            ("Tolls on the Ferrow Bridge will rise in May, the bridge's operator said",
             "Tolls on the Ferrow Bridge will rise in May"),
            ("The Kelby Fun Run was 300 metres short, the sport’s governing body said",
             "The Kelby Fun Run was 300 metres short")):
        text = (f"Closure\n\n{lede} on Monday.\n\nTarran Holdings, which bought the site in 2011, said costs had "
                "doubled.\n")
        assert speakers(text)[clause] == "Tarran Holdings", lede
    # the same body as the lede's own name is no owner of it: the words stay an anonymous description
    text = ("Closure\n\nTarran Holdings will close the Kelby Mill, its owner announced on Monday.\n\nTarran Holdings "
            "said costs had doubled.\n")
    got = by_text(text)
    assert got["Tarran Holdings will close the Kelby Mill"]["speaker"] != "Tarran Holdings"
    # a person opening the next paragraph is no owner of a named thing
    text = ("Closure\n\nThe Kelby Mill will close in May, its owner announced on Monday.\n\nTom Tarran, 61, said "
            "costs had doubled.\n")
    assert speakers(text)["The Kelby Mill will close in May"] == ""


def test_the_university_is_no_union_whose_name_opens_with_university_and():
    """Class (wrong speaker, blind set CN): "the university" after "Kelby University" and the "University and
    College Staff Union" was the union: "University" joined by "and" to another word of a name ending in "Union"
    only modifies the union's own head."""
    text = ("Strike\n\nLecturers at Kelby University walked out.\n\nThe University and College Staff Union called the "
            "strike.\n\nThe university said most teaching had gone ahead.\n")
    assert speakers(text)["most teaching had gone ahead"] == "Kelby University"


def test_a_coordinated_speech_verb_skips_a_verb_inside_a_conditional_clause_of_the_report():
    """Class (wrong speaker, blind set CN): "She said the union would call off the strike if the university agreed
    to talks, but warned that …" gave the second report to the union: "agreed" (a speech verb) inside the "if"
    clause of her report was taken for the act the coordinated "warned" shares."""
    text = ("Strike\n\nUnion branch president Ana Lind spoke at the picket line.\n\nShe said the union would call off "
            "the strike if the university agreed to talks, but warned that more strikes were likely.\n")
    assert speakers(text)["more strikes were likely"] == "Ana Lind"


def test_a_pronoun_inside_a_quotation_is_no_evidence_of_the_speakers_gender():
    """Class (wrong speaker, blind set CN): "Inspector Gareth X urged residents to keep away. 'She's small but
    she's got claws,' he said." made the inspector a woman from the "She" inside the quotation (the animal), so
    the "he" after it found no one. A pronoun inside straight single marks is in the quotation."""
    text = ("Escape\n\nA red panda escaped from Kelby Zoo.\n\nInspector Gareth Pryce-Llewellyn urged residents to "
            "keep away. 'She's small but she's got claws,' he said.\n")
    assert speakers(text)["She's small but she's got claws,"] == "Gareth Pryce-Llewellyn"


def test_a_body_of_members_keeps_the_plural_after_of_in_its_name():
    """Class (wrong speaker, blind set CN): "The Scottish Association of Hospital Consultants said" was cut into
    two bodies, "Scottish Association" and "Hospital Consultants" ("Consultants" ends a firm's name too); a
    body of members goes on with "of" and the plural its members are. Two bodies joined by "of" stay two."""
    got = by_text("Waits\n\nThe Kelby Association of Hospital Consultants said staff shortages were to blame.\n")
    assert got["staff shortages were to blame"]["speaker"] == "Kelby Association of Hospital Consultants"
    got = by_text("Rowing\n\nThe Integrity Unit of the World Rowing League said the ban would stand.\n")
    assert got["the ban would stand"]["speaker"] == "Integrity Unit"


def test_a_name_with_the_and_a_body_noun_after_it_is_that_body():
    """Class (wrong speaker, blind set CN): "The Harlow-Koenig Pro Cycling team was suspended …. The team said"
    took the team's name for a person's, and "the team" went to "Vellaris", a one-word sponsor whose name ends in
    "s" as a side's nickname does."""
    text = ("Doping\n\nThe Harlow-Koenig Pro Cycling team was suspended for 45 days on Thursday.\n\nIts sponsor, "
            "bicycle maker Vellaris, is considering its position.\n\nThe team said it was studying the decision.\n")
    got = by_text(text)
    assert got["it was studying the decision"]["speaker"] == "Harlow-Koenig Pro Cycling"
    assert got["it was studying the decision"]["speaker_kind"] == "organisation"


def test_the_body_that_did_a_poll_for_another_is_its_source():
    """Class (wrong speaker, blind set CN): "According to an exit poll conducted for the Kelby Echo by Tarn Research,
    the Civic Union will win 33 seats" gave the poll to the paper that paid for it; the body after "by" did it."""
    text = ("Count\n\nPolls have closed.\n\nAccording to an exit poll conducted for the Kelby Echo by Tarn Research, "
            "the Civic Union is on course to win 33 seats.\n")
    assert speakers(text)["the Civic Union is on course to win 33 seats"] == "Tarn Research"


def test_a_time_fronted_without_a_comma_is_no_part_of_the_subject():
    """Class (wrong speaker, blind set CN): "By Saturday night the park had posted on Facebook that …" left the
    speaker empty: the subject phrase opened on the time. (Not "By the time the council met": no day or time
    word.)"""
    text = ("Escape\n\nA red panda escaped from Kelby Wildlife Park on Friday.\n\nBy Saturday night the park had "
            "posted on Facebook that the panda was probably nearby.\n")
    assert speakers(text)["the panda was probably nearby"] == "Kelby Wildlife Park"


def test_a_bare_plural_before_a_participle_is_its_subject():
    """Class (wrong speaker, blind set CN): "Councillors approved a barrier across Kelby harbour, despite fishermen
    warning that it could kill the harbour" gave the warning to the "Kelby Fishermen's Association" (through the
    place word "Kelby"); the participle's subject is the bare plural right before it, people of no name."""
    text = ("Barrier\n\nCouncillors approved a barrier across Kelby harbour, despite fishermen warning that it could "
            "kill the trade.\n\nThe Kelby Fishermen’s Association said it would appeal.\n")
    got = by_text(text)
    assert got["it could kill the trade"]["speaker"] == ""
    assert got["it could kill the trade"]["speaker_text"] == "fishermen"
    # a noun phrase with a determiner is left to the rules before
    text = ("Barrier\n\nThe Kelby Fishermen’s Association met on Monday.\n\nCouncillors approved the barrier, despite "
            "the association warning that it could kill the trade.\n")
    assert speakers(text)["it could kill the trade"] == "Kelby Fishermen’s Association"


def test_words_after_what_a_name_called_are_that_persons():
    """Class (named speaker left empty, blind set AM): "One producer said they had clashed over a plan to favour what
    Tom Strand called “stories people share”" gave the fragment to the anonymous producer; the words are those of
    the one "what … called" names. A pronoun ("what it called") is left to the clause's own speaker."""
    text = ("Network\n\nThe network's president of news, Tom Strand, declined to comment.\n\nOne producer said the two "
            "had clashed over a plan to favour what Strand called “stories people share”.\n")
    got = by_text(text)
    assert got["stories people share"]["speaker"] == "Tom Strand"
    assert got["stories people share"]["verb"] == "called"
    text = ("Strike\n\nKelby Buses said it was ‘deeply disappointed’ that the Kelby Drivers’ Union had walked away from "
            "what it called ‘a fair offer’.\n")
    assert speakers(text)["a fair offer"] == "Kelby Buses"


def test_a_kin_noun_before_a_first_name_comes_off_the_name():
    """Class (wrong speaker, blind set CQ): tabloid copy names a winner's family by kin noun and first name ("Wife
    Sharon, 47, said"); the speaker was "Wife Sharon". The kin noun is a role, and gives the gender."""
    text = ("Win\n\nBus driver Lenny Marsh won £2m.\n\nWife Sharon, 47, a dinner lady, said she had screamed the house "
            "down.\n\nDaughter Kayleigh, 24, said: 'Dad's the most careful man alive.'\n")
    got = by_text(text)
    assert got["she had screamed the house down"]["speaker"] == "Sharon"
    assert got["Dad's the most careful man alive."]["speaker"] == "Kayleigh"


def test_a_national_or_royal_body_keeps_its_first_word():
    """Class (wrong speaker, blind set CQ): "National Jackpot said" gave "Jackpot": nameparser lists "National" (and
    "Royal", "Federal", "United") among titles, so it came off the front of a one-word name. They are titles only
    before another title ("National Security Adviser Tom Hale")."""
    assert speakers("Win\n\nNational Jackpot said the couple had won.\n")["the couple had won"] == "National Jackpot"
    assert speakers("Post\n\nRoyal Mail said deliveries would resume.\n")["deliveries would resume"] == "Royal Mail"
    got = speakers("Talks\n\nNational Security Adviser Tom Hale said the talks went well.\n")
    assert got["the talks went well"] == "Tom Hale"


def test_a_campaign_named_as_people_for_a_cause_is_one_body():
    """Class (wrong speaker, blind set CQ): "Kelby Families for Safer Births" was read as two people, "Kelby
    Families" and "Safer Births"; a plural of people joined by "for" to what they want is one body's name."""
    got = by_text("Review\n\nKelby Families for Safer Births said the review was welcome.\n")
    assert got["the review was welcome"]["speaker"] == "Kelby Families for Safer Births"
    assert got["the review was welcome"]["speaker_kind"] == "organisation"


def test_a_description_under_a_heading_is_the_one_the_heading_names():
    """Class (wrong speaker, blind set CQ): a press-release roundup sets each body's name on a line of its own, then
    "The campaign group, set up in 2022 by parents, said …"; the description is the heading's body."""
    text = ("Review\n\nThe report was published on Monday.\n\nKelby Families for Safer Births\n\nThe campaign group, "
            "set up in 2022 by parents, said the review had vindicated every family.\n")
    assert speakers(text)["the review had vindicated every family"] == "Kelby Families for Safer Births"


def test_a_fronted_origin_phrase_gives_no_gender_to_the_subject():
    """Class (wrong speaker, blind set CQ): "Born in Liverpool to a Colombian mother and a Kenyan father, Eleanor
    joined the Star" took "father, Eleanor" for an apposition and made Eleanor a man, so every "she" after it
    missed her. A fronted phrase is no apposition."""
    text = ("Obituary\n\nEleanor Vasquez-Odhiambo, a reporter, has died.\n\nBorn in Liverpool to a Colombian mother "
            "and a Kenyan father, Eleanor joined the paper in 1968.\n\nIn a 2009 interview, she said she had turned the "
            "job down twice.\n")
    assert speakers(text)["she had turned the job down twice"] == "Eleanor Vasquez-Odhiambo"


def test_friends_of_a_wood_is_a_body_even_when_the_wood_looked_like_a_person():
    """Class (wrong speaker, blind set CQ): "The Friends of Hollin Wood, which has collected 4,000 signatures, said"
    was left to an unnamed group: "Hollin Wood" (a wood the route crosses) had been read as a person, and friends
    of a person are people around them. A "Friends of" a wood, a library or a museum is a body."""
    text = ("Bypass\n\nThe route cuts through Hollin Wood, an ancient woodland.\n\nThe Friends of Hollin Wood, which has "
            "collected 4,000 signatures, said it was disappointed.\n")
    assert speakers(text)["it was disappointed"] == "Friends of Hollin Wood"
    # friends of a person stay the people around them
    text = ("Crash\n\nAna Reyes, 19, died on Friday.\n\nFriends of Ana Reyes said she loved the sea.\n")
    assert speakers(text)["she loved the sea"] == ""


def test_guards_from_the_review():
    """Guards (a reviewer's invented misfires of this round's rules, narrowed before the round closed): an owner's
    role in a lede is the next paragraph's body only when that body is shown to own or run the thing; "the Premier
    League club" makes no body of "the club"; friends of a person whose surname is a place word stay people; a
    byline is no heading; "Tom Rogers for Labour" is a person; "with officers saying" after a force stays the
    force's; an official palace speaks."""
    got = speakers("Ground\n\nKelby Rovers will sell their Mill Lane ground, its owners said on Monday.\n\nThe "
                   "Football Supporters' Association said it was dismayed.\n")
    assert got["Kelby Rovers will sell their Mill Lane ground"] == ""
    got = speakers("Deal\n\nA consortium has bought Tarnford City.\n\nTom Hale, who led the bid for the Premier League "
                   "club, said the fans would be pleased.\n\nThe club said the deal would close in May.\n")
    assert got["the deal would close in May"] != "Premier League"
    got = by_text("Crash\n\nTom Wood, 19, died on Friday.\n\nFriends of Tom Wood said he loved football.\n")
    assert got["he loved football"]["speaker_kind"] != "organisation"
    got = speakers("Fares\n\nFares will rise in March.\n\nBy Ana de Souza\n\nThe campaign group, which represents "
                   "commuters, said the rise was unfair.\n")
    assert got["the rise was unfair"] != "Ana de Souza"
    assert speakers("Seat\n\nTom Rogers for Labour said the seat was winnable.\n")["the seat was winnable"] == "Tom Rogers"
    got = speakers("Arrest\n\nKelby Police arrested a man, with officers saying he had been armed.\n")
    assert got["he had been armed"] == "Kelby Police"
    got = speakers("Paris\n\nThe Elysee Palace said the president would travel to Berlin.\n")
    assert got["the president would travel to Berlin"] == "Elysee Palace"
