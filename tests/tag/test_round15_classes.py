"""Speaker classes of the fifteenth tuning round (general mechanisms; the rows that showed them are in the
tunable gold sets, mostly blind set AD after its first measurement).

Every sentence here is invented for the test (no text of the gold articles): other names, places and trades
than the rows that showed each class. Each test's docstring names the failure class it guards.
"""
from __future__ import annotations

import pytest
from sentence_tags import by_text, speakers  # tests/tag is on sys.path


@pytest.mark.parametrize("letters", ["KC", "QC", "MBE", "PhD", "MP"])
def test_letters_after_a_name_come_off_it(letters):
    """Class (wrong and empty speakers): "Opening the case, Dana Orme KC told jurors" made the person
    "Dana Orme KC", so "Orme said" later was someone else. Post-nominal letters (a rank of counsel, an honour,
    a degree, a seat) are not part of the name."""
    text = (f"Opening the case, Dana Orme-Castell {letters} told jurors that the lift had failed twice.\n\n"
            "“Nobody checked it,” Orme-Castell said.")
    who = speakers(text)
    assert who["the lift had failed twice"] == "Dana Orme-Castell"
    assert who["Nobody checked it,"] == "Dana Orme-Castell"


def test_a_surname_that_is_also_capital_letters_stays():
    """Guard of the class above: only letters written in capitals come off; "Ma" is a surname."""
    text = "Wei Ma said the bridge would reopen in May."
    assert speakers(text)["the bridge would reopen in May"] == "Wei Ma"


def test_a_generational_suffix_stays_but_the_surname_resolves():
    """Class (empty speaker): "Tobias Grant Jr." kept its suffix in every short form, so "Grant said" named no one;
    and "said Tobias Grant Jr." at a sentence's end lost its mention to the sentence's stop."""
    text = ("Tobias Grant Jr. said the mill would close.\n\n“We tried everything,” Grant added.\n\n"
            "“It is a sad day,” said Tobias Grant Jr.")
    who = speakers(text)
    assert who["the mill would close"] == "Tobias Grant Jr."
    assert who["We tried everything,"] == "Tobias Grant Jr."
    assert who["It is a sad day,"] == "Tobias Grant Jr."


@pytest.mark.parametrize("adverb", ["reportedly", "allegedly"])
def test_a_hearsay_adverb_between_subject_and_verb(adverb):
    """Class (empty speaker): "The firm's founder, Ola Brandt, has reportedly told staff that …" took
    "has reportedly" for the subject."""
    text = f"The firm’s founder, Ola Brandt-Nyqvist, has {adverb} told staff that she will not sell."
    assert speakers(text)["she will not sell"] == "Ola Brandt-Nyqvist"


def test_a_bare_spokeswoman_speaks_for_the_subject_not_a_place_after_a_preposition():
    """Class (wrong speaker): "Bluewing Air, which flies from Harlow Airport, said …. “…,” a spokeswoman said."
    gave the airport: a body after "from", "in" or "at" is where something happens, not who speaks."""
    text = ("Harlow Airport Limited will shut the runway in March.\n\n"
            "Bluewing Airlines, which flies to Oslo from Harlow Airport Limited, said it had not been warned. "
            "“We will rebook everyone,” a spokeswoman said.")
    assert speakers(text)["We will rebook everyone,"] == "Bluewing Airlines"


def test_a_role_with_a_description_in_its_apposition_labels_the_person():
    """Class (unresolved speaker): "Her trainer, the former world champion Milo Vance, …" then "the trainer said"
    was left unresolved: a description opened by "the" may stand between the role and the name."""
    text = ("Her trainer, the former world champion Milo Vance-Harte, has coached her since 2019. Her father, "
            "Tom Reyes-Abara, drives her to the gym at six.\n\n"
            "“She never misses a session,” the trainer said.")
    assert speakers(text)["She never misses a session,"] == "Milo Vance-Harte"


def test_a_clause_after_a_role_is_no_apposition():
    """Guard of the class above: "In its ruling, the two-judge panel said Brandt had …" names the panel as the
    speaker; "ruling" is no role of Brandt's, and no apposition closes after the name."""
    text = ("Ilse Brandt-Okoro lost her appeal.\n\n"
            "In its ruling, the two-judge panel said Brandt-Okoro had missed the deadline by a week.")
    assert speakers(text)["Brandt-Okoro had missed the deadline by a week"] != "Ilse Brandt-Okoro"


def test_a_venue_that_speaks_is_the_body_that_runs_it():
    """Class (empty speaker): "Keepers at Larkfield Animal Park …" then "the park said …" gave no speaker:
    the venue's name ends in a place word, so the name finder left it out, but a park that speaks is a body."""
    text = ("Keepers at Larkfield Animal Park welcomed a giraffe calf on Friday.\n\n"
            "The park said the enclosure would stay closed until March.")
    row = by_text(text)["the enclosure would stay closed until March"]
    assert row["speaker"] == "Larkfield Animal Park"
    assert row["speaker_kind"] == "organisation"


def test_two_venues_of_that_kind_leave_the_park_unresolved():
    """Guard of the class above: with two parks named, "the park" is ambiguous and names neither."""
    text = ("Walkers crossed from Orrin Park to Larkfield Animal Park on Sunday.\n\n"
            "The park said the gates would close at dusk.")
    assert by_text(text)["the gates would close at dusk"]["speaker"] == ""


def test_counsel_named_with_their_side_in_court_are_the_prosecutor_and_the_defence_barrister():
    """Class (empty speakers): "Opening the case for the prosecution, Ana X KC told jurors …" then "The prosecutor
    said …, she said" gave no speaker: counsel named with their side in court are called by its role noun."""
    text = ("Opening the case for the prosecution, Marta Lindqvist-Oyo told jurors that the van was stolen.\n\n"
            "Under cross-examination by Hugo Penhallow-Reid, for the defence, the mechanic admitted he was tired.\n\n"
            "The prosecutor said the keys had been copied. The copy was made in May, she said.\n\n"
            "“My client never touched the van,” the defence barrister said.")
    who = speakers(text)
    assert who["the keys had been copied"] == "Marta Lindqvist-Oyo"
    assert who["The copy was made in May"] == "Marta Lindqvist-Oyo"
    assert who["My client never touched the van,"] == "Hugo Penhallow-Reid"


def test_the_solicitor_with_no_solicitor_named_is_the_person_the_story_is_on():
    """Guard of the class above: "the solicitor said" after "Mitigating, Tom X said his client …" (no one named
    with the word "solicitor") still speaks for the one just named, as before the counsel nouns were nominals."""
    text = ("Mitigating, Callum Oduya-Finch said his client had been overwhelmed.\n\n"
            "“He accepts the blame,” the solicitor said.")
    assert speakers(text)["He accepts the blame,"] == "Callum Oduya-Finch"


def test_a_subject_with_a_which_clause_is_a_body():
    """Class (wrong speaker): "Skylark Air, which runs daily flights, said …" took the airline for a person, so a
    bare "a spokeswoman said" after it found no body; "which" is never said of a person."""
    text = ("Bluewing Air, which flies to Oslo three times a week, said it had not been warned. "
            "“We will rebook everyone,” a spokeswoman said.")
    row = by_text(text)["We will rebook everyone,"]
    assert row["speaker"] == "Bluewing Air"
    assert row["speaker_kind"] == "organisation"


@pytest.mark.parametrize("post, name", [
    ("Federal Minister of Rural and Coastal Affairs", "Dalia Ferreira-Stokes"),
    ("Secretary of State for Transport", "Owen J. Mabry"),
])
def test_a_post_written_out_with_of_comes_off_the_name_whole(post, name):
    """Class (wrong speaker): "Federal Minister of Northern and Indigenous Infrastructure Gordon X" was split at
    its connectors, so "Minister" became a person and "Indigenous Infrastructure Gordon X" another."""
    surname = name.split()[-1]
    text = (f"{post} {name}, who flew in for the launch, said the road was overdue.\n\n"
            f"“We should have done this years ago,” he said. {surname} said the money was secured.")
    who = speakers(text)
    assert who["the road was overdue"] == name
    assert who["We should have done this years ago,"] == name
    assert who["the money was secured"] == name


def test_the_gm_is_the_general_manager():
    """Class (wrong speaker): "the GM said" after "General manager Ilse X" became a body called "GM"."""
    text = ("General manager Petra Lindholm-Azi fired the coach on Sunday night.\n\n"
            "Asked about her own job, the GM said she was focused on the next game.")
    assert speakers(text)["she was focused on the next game"] == "Petra Lindholm-Azi"


@pytest.mark.parametrize("position", ["Defenceman", "Goaltender", "Quarterback", "Wicketkeeper"])
def test_a_playing_position_before_a_name_is_a_role(position):
    """Class (wrong speaker): "Defenceman Tyler X" made the name "Defenceman Tyler X"."""
    text = f"{position} Rory Achebe-Lund was blunter. He told reporters that the team had stopped listening."
    assert speakers(text)["the team had stopped listening"] == "Rory Achebe-Lund"


def test_a_hometown_in_an_epithets_apposition_does_not_speak():
    """Class (wrong speaker): "The 54-year-old minister, a former teacher from Brandon, insisted …" gave "Brandon"
    (and every "he" after it); the town after "from" is where the minister comes from."""
    text = ("Health Minister Ravi Oduya-Laine defended the budget on Tuesday.\n\n"
            "The 61-year-old minister, a former pharmacist from Kelso, insisted the cuts were temporary. "
            "He said the wards would reopen in spring.")
    who = speakers(text)
    assert who["the cuts were temporary"] == "Ravi Oduya-Laine"
    assert who["the wards would reopen in spring"] == "Ravi Oduya-Laine"


def test_a_shared_surname_is_the_person_the_relatives_are_kin_of():
    """Class (wrong speaker): in an obituary naming "Her son, Owen X" and then "Owen said", "X said …" later gave the
    son: relatives introduced by a kin noun and called by first name leave the bare surname to the person the story
    is about."""
    text = ("Edith Varga-Holm, who founded the food bank, has died at 91.\n\n"
            "Her son, Miklos Varga-Holm, recalled that she answered every letter herself. “She never stopped,” "
            "Miklos said.\n\n"
            "In a 2010 interview, Varga-Holm said she had never planned to run a charity.")
    assert speakers(text)["she had never planned to run a charity"] == "Edith Varga-Holm"


def test_a_place_based_modifier_is_no_name_and_the_company_resolves():
    """Class (empty speaker): "…, the Toronto-based company said" took "Toronto-based" for a name, so the nominal
    named no one; a place made an adjective ("-based", "-born") is a modifier."""
    text = ("Hollin Robotics Ltd. reported record orders on Tuesday. Revenue rose 18% to $410 million in the quarter, "
            "the Ottawa-based company said.")
    row = by_text(text)["Revenue rose 18% to $410 million in the quarter"]
    assert row["speaker"] == "Hollin Robotics Ltd."
    assert row["speaker_kind"] == "organisation"


def test_a_municipality_named_with_its_kind_and_its_spokesperson():
    """Class (wrong and empty speakers): "the Regional District of Upper Sorrel" became "Upper Sorrel", and "a
    spokesperson for the regional district" found no body: the kind before the municipal head is part of the
    corporate name, and a lower-case description of two words names the body again."""
    text = ("Evacuation orders were widened on Monday, according to the Regional District of Elk Bend.\n\n"
            "A spokesperson for the regional district said crews would check every road.")
    who = speakers(text)
    assert who["Evacuation orders were widened on Monday"] == "Regional District of Elk Bend"
    assert who["crews would check every road"] == "Regional District of Elk Bend"


def test_a_body_called_by_some_of_its_own_words_in_lower_case():
    """Class (empty speaker): "according to the wildfire command" after "the Provincial Wildfire Command" was
    left unresolved: an unresolved nominal of those words was inside the phrase."""
    text = ("Crews were pulled back overnight, said the Coastal Flood Command.\n\n"
            "Pumps have been moved to the harbour, according to the flood command.")
    assert speakers(text)["Pumps have been moved to the harbour"] == "Coastal Flood Command"


def test_the_chief_is_a_person_nominal_and_a_later_she_follows_it():
    """Class (empty speaker): "The chief said …. “…,” she said." after "Chief Ana X" and a male cousin of the same
    surname gave no speaker for "she": "the chief" was no mention, so the pronoun saw no subject before it."""
    text = ("Chief Marian Oshkosh-Lee announced the news at a gathering.\n\n"
            "Band councillor Peter Oshkosh-Lee, the chief’s cousin, told reporters that the lagoon still floods.\n\n"
            "The chief said the community would hold a feast on Saturday.\n\n"
            "“We waited a long time for this,” she said.")
    who = speakers(text)
    assert who["the community would hold a feast on Saturday"] == "Marian Oshkosh-Lee"
    assert who["We waited a long time for this,"] == "Marian Oshkosh-Lee"


def test_a_coordinated_verb_skips_a_reported_verb_after_a_modal():
    """Class (empty speaker): "He said his team would write to the referee and described the rule as “a lottery”"
    gave "described" the subject of "write" ("He said his team"): a verb after a modal is part of the report."""
    text = ("Rohan Mehta-Clarke kept his temper. He said the club would write to the league and described the "
            "new fixture list as \"a shambles\".")
    assert speakers(text)["a shambles"] == "Rohan Mehta-Clarke"


@pytest.mark.parametrize("who", ["One person close to Kelby Rovers", "Someone close to the mayor",
                                 "An insider familiar with Kelby Rovers"])
def test_one_person_close_to_someone_is_anonymous(who):
    """Class (wrong speaker): "One person close to the club said …" gave the club; like "sources close to", one
    unnamed person known only by whom they are near speaks as no one in particular."""
    text = (f"Mayor Ilona Varga-Tate met the Kelby Rovers board on Monday.\n\n"
            f"{who} said the meeting had been tense.")
    row = by_text(text)["the meeting had been tense"]
    assert row["speaker"] == ""
    assert row["speaker_kind"] == "anonymous"


def test_a_source_close_to_a_named_person_is_not_that_person():
    """Class (wrong speaker): "A source close to Quintero-Haas said …" gave Quintero-Haas."""
    text = ("Dana Okoro-Lind closed her bakery in May.\n\n"
            "A source close to Okoro-Lind said the baker had considered selling it.")
    assert speakers(text)["the baker had considered selling it"] == ""


@pytest.mark.parametrize("agent", ["His lawyers", "His attorney", "His agent"])
def test_a_persons_lawyers_or_agent_speak_for_him(agent):
    """Class (empty speaker): "His lawyers said in a filing that …" gave no speaker; like "his spokesman" (blind
    set A call 3), a person's lawyers, attorney or agent speak for that person."""
    text = ("Julian Marr-Okafor denies taking the code.\n\n"
            f"{agent} said in a filing that their client had written every line himself.")
    assert speakers(text)["their client had written every line himself"] == "Julian Marr-Okafor"


def test_an_adverb_between_an_office_and_its_verb():
    """Class (empty speaker): "Her office initially described it as “a minor complaint”" took "her office
    initially" for the speaker phrase."""
    text = ("Mayor Ana Lisowski-Grant was taken to hospital on Friday.\n\n"
            "Her office initially described the illness as “a minor heart complaint”.")
    assert speakers(text)["a minor heart complaint"] == "Ana Lisowski-Grant"


def test_the_mayor_is_not_the_deputy_mayor():
    """Class (wrong speakers): "the mayor" after both "Mayor Ana X" and "Deputy Mayor Tom Y" were named went to the
    deputy, named last; "the deputy mayor" is the deputy and "the mayor" the mayor."""
    text = ("Mayor Ilse Brandauer-Kent returned to work on Monday.\n\n"
            "Deputy Mayor Colm Ashby-Renn said the council had not asked him to step in.\n\n"
            "The mayor said the city had never stopped working.\n\n"
            "The deputy mayor said he was relieved.")
    who = speakers(text)
    assert who["the city had never stopped working"] == "Ilse Brandauer-Kent"
    assert who["he was relieved"] == "Colm Ashby-Renn"


def test_a_kin_noun_with_a_description_gives_the_gender():
    """Class (wrong speaker): "Her husband, the architect Emil X, declined to comment. “…,” she wrote." gave the
    husband: the gendered noun before a "the" description in apposition is evidence too."""
    text = ("Lena Marquez-Obi closed her restaurant on Sunday. Her husband, the architect Piet Lindqvist, declined "
            "to comment.\n\n“Thank you for everything,” she wrote.")
    assert speakers(text)["Thank you for everything,"] == "Lena Marquez-Obi"


def test_a_pronoun_skips_an_unresolved_nominal_for_the_name_beside_it():
    """Class (empty speaker): "The chair of the judges, the critic Ana X, went further. “…,” she said." gave no
    speaker: the unresolved nominal "The chair" opened the sentence and named no one."""
    text = ("The prize announced its shortlist on Monday.\n\n"
            "The chair of the judges, the critic Edda Rosvall-Mbeki, went further in an interview. "
            "“A prize is not a court,” she said.")
    assert speakers(text)["A prize is not a court,"] == "Edda Rosvall-Mbeki"


def test_a_candidates_campaign_is_a_body():
    """Class (wrong speaker): "The Castell-Reid campaign said …" gave the candidate himself; a person's campaign,
    named after them, speaks as an organisation (as "the X family" speaks as a group)."""
    text = ("Senator Hugo Marlow-Tate faces a complaint.\n\n"
            "The Marlow-Tate campaign said in a statement that it had no link to the group.")
    row = by_text(text)["it had no link to the group"]
    assert row["speaker"] == "Marlow-Tate campaign"
    assert row["speaker_kind"] == "organisation"


def test_a_possessive_inside_a_bodys_name_and_the_hospital():
    """Class (empty speaker): "St. Brendan’s Regional Medical Center" was cut at its possessive into a person
    "Brendan" and "Regional Medical Center", and "the hospital said" found no hospital."""
    text = ("Mayor Ana Reyes-Kent was admitted to St. Columba’s Regional Medical Center on Friday.\n\n"
            "The hospital said the mayor had been discharged on Saturday.")
    assert speakers(text)["the mayor had been discharged on Saturday"] == "St. Columba’s Regional Medical Center"


# ---- guards from the independent review of round 15 (sentences the reviewer invented)

def test_a_relative_named_in_full_again_keeps_the_surname():
    """Guard of the kin rule: "Her husband, Mark X, said …. Mark X told reporters …. X added" is the husband, whom
    the article goes on naming in full (the kin rule applies only to relatives called by first name)."""
    text = ("Police named the victim as Sarah Lowe-Adair, 34, a nurse. Her husband, Mark Lowe-Adair, said she had "
            "been cycling home. Mark Lowe-Adair told reporters that she was his world. Lowe-Adair added that the "
            "road was dangerous.")
    assert speakers(text)["the road was dangerous"] == "Mark Lowe-Adair"


@pytest.mark.parametrize("text, speaker", [
    ("Germany’s Halbach Bank said profits had doubled.", "Halbach Bank"),
    ("Ana Ruiz’s Boring Tunnel Company said the drill had stopped.", "Boring Tunnel Company"),
])
def test_an_owners_possessive_is_not_part_of_the_name(text, speaker):
    """Guard of the saint's-possessive rule: a country's or a person's possessive before a body owns it."""
    quote = text.split(" said ")[1].rstrip(".")
    assert speakers(text)[quote] == speaker


def test_the_chief_after_a_compound_post_is_its_holder():
    """Guard of "chief" as a nominal: "the chief whip, Tom X" then "the chief said" is Tom X (the epithet rule
    still resolves what the mention layer cannot)."""
    text = ("The government’s chief whip, Tom Hale-Orme, spoke to MPs on Monday. “We have the votes,” the chief said.")
    assert speakers(text)["We have the votes,"] == "Tom Hale-Orme"


def test_a_named_persons_lawyers_speak_for_the_person():
    """Class (consistency): "Reed's lawyers said" spoke for no one while "His lawyers" spoke for Reed."""
    text = "Tom Reed-Hollis denies the charge.\n\nReed-Hollis’s lawyers said the evidence was flawed."
    assert speakers(text)["the evidence was flawed"] == "Tom Reed-Hollis"


def test_a_valley_that_speaks_is_no_venue():
    """Guard of the venue rule: only venues a body runs (a park, a ground, a marina) speak for their operator."""
    text = "Floods hit Brook Valley on Monday.\n\n“Leave now,” the valley said."
    assert speakers(text)["Leave now,"] == ""


def test_review_guards_for_citations():
    """Guards of round 15's citation filters: an office called by its street, lawyers for a relative, a body
    called a programme, and a message from a body, are still cited."""
    from sentence_tags import cite_texts
    text = ("Downing Street said on Monday that the prime minister had full confidence in the chancellor.\n\n"
            "Lawyers for her father said the will was valid. The UN's food programme said aid would resume.")
    got = cite_texts(text)
    assert "Downing Street" in got
    assert "Lawyers for her father" in got
    assert "The UN's food programme" in got


def test_her_company_is_the_one_business_named_near_it():
    """Class (empty speaker): "…, her company said" in a lede, the company named in the next paragraph, and "The
    chef's company said" later, gave no speaker: a person's business by a possessive is the one business named
    near it."""
    text = ("Dana Okoro-Lind, the baker, has closed her cafe with immediate effect, her company said on Monday.\n\n"
            "The closure was confirmed by Okoro Bakeries Ltd, which said all staff would be paid.\n\n"
            "The baker’s company said that gift cards would be honoured.")
    who = speakers(text)
    assert who["gift cards would be honoured"] == "Okoro Bakeries Ltd"
    assert who["Dana Okoro-Lind, the baker, has closed her cafe with immediate effect"] == "Okoro Bakeries Ltd"


def test_her_company_with_two_businesses_named_is_left_alone():
    """Guard of the class above: two businesses named before it, "her company" names neither."""
    text = ("Harlow Foods Ltd and Kelby Mills Group signed the deal.\n\n"
            "Ana Reyes-Obi said little. Her company said the deal would close in May.")
    assert speakers(text)["the deal would close in May"] != "Harlow Foods Ltd"


def test_a_person_brought_in_by_a_noun_and_named_later():
    """Class (empty speaker): "a tenant wrote to the landlord: “…”" then "The tenant who sent that message, Connor
    X, gave evidence" gave no speaker: the one "a <noun>" is named further on beside "the <noun>"."""
    text = ("In one message, a lodger wrote to the owner: “The boiler has failed again.”\n\n"
            "The lodger who sent that message, Idris Penhallow, gave evidence on Tuesday.")
    assert speakers(text)["The boiler has failed again."] == "Idris Penhallow"


def test_another_of_the_same_noun_is_someone_else():
    """Guard of the class above: "A neighbour said …. Another neighbour, Jo X, said" leaves the first unnamed."""
    text = "A neighbour said the smoke was thick. Another neighbour, Jo Tate-Obi, said she called for help."
    assert speakers(text)["the smoke was thick"] == ""


def test_an_unresolved_nominal_inside_a_longer_phrase_is_resolved_on_its_own():
    """Class (empty speaker): "the only other word came from the arena, which said …" resolved the whole clause and
    gave no one; the nominal "the arena" inside it is resolved as a phrase of its own (a venue named before)."""
    text = ("The concert at Kelby Arena was cancelled on Friday.\n\n"
            "For hours the only word came from the arena, which said on its website that the decision was the band's.")
    assert speakers(text)["the decision was the band's"] == "Kelby Arena"


# ---- blind set AM (tuned on after its first measurement)

@pytest.mark.parametrize("modifier", ["Third-placed", "Top-seeded", "Award-winning"])
def test_a_ranking_adjective_is_not_part_of_the_name(modifier):
    """Class (wrong speaker): "Third-placed Kirsten X was less effusive. She said …" made the name "Third-placed
    Kirsten X"."""
    text = f"{modifier} Ulla Brandvik-Oyo was less effusive. She said the time needed checking."
    assert speakers(text)["the time needed checking"] == "Ulla Brandvik-Oyo"


def test_the_staff_of_a_workplace_make_it_a_body():
    """Class (wrong speakers): "Baristas at Grindhouse Coffee say …" took the café chain for a person, and later
    he/she went to it; a trade in the plural and "at" before a name make the name a workplace."""
    text = ("Nurses at Kelvin Dale Care say managers cut their hours.\n\n"
            "Kelvin Dale Care said it had followed the law.")
    row = by_text(text)["it had followed the law"]
    assert row["speaker"] == "Kelvin Dale Care"
    assert row["speaker_kind"] == "organisation"


def test_the_museum_is_a_museum_named_before():
    """Class (empty speaker): "The museum said …" after "the Musée X" found no body of that class."""
    text = ("The jewels were taken from the Musée Vanderkamp on Tuesday.\n\n"
            "The museum said staffing levels had met every insurance requirement.")
    assert speakers(text)["staffing levels had met every insurance requirement"] == "Musée Vanderkamp"


def test_a_one_word_name_after_from_in_an_unnamed_persons_phrase_is_a_place():
    """Class (wrong speaker): "A couple from Ghent said …" gave "Ghent"."""
    text = "Visitors found the museum closed. A couple from Tilburg said they had booked tickets weeks ago."
    assert speakers(text)["they had booked tickets weeks ago"] == ""


def test_an_unnamed_subject_known_by_the_first_name_its_aside_gives():
    """Class (empty speakers): "A 23-year-old man from X, who asked to be identified only by his first name, Yassir,
    said …" and every "he" after it gave no speaker."""
    text = ("A 31-year-old woman from Asmara, who asked to be identified only by her first name, Selam, said the boat "
            "had left at night.\n\n“The engine stopped on the second day,” she said.")
    who = speakers(text)
    assert who["the boat had left at night"] == "Selam"
    assert who["The engine stopped on the second day,"] == "Selam"


def test_a_workplaces_staff_in_the_plural_are_anonymous():
    """Class (wrong speaker): "Baristas at Grindhouse Coffee say …" gave a union called "Baristas United" (its
    one-word alias); staff by trade at a workplace speak as a collective, like "Officials at the ministry"."""
    text = ("Baristas United filed the complaint.\n\n"
            "Baristas at Grindhouse Coffee say managers cut the hours of union supporters.")
    row = by_text(text)["managers cut the hours of union supporters"]
    assert row["speaker"] == ""
    assert row["speaker_kind"] == "anonymous"


def test_one_with_a_description_from_a_town_is_unnamed():
    """Class (wrong speaker): "One, a retired teacher from Vevey, said …" gave "Vevey" (and "One" had been a name)."""
    text = ("Spectators said they had never heard the stadium so loud. One, a retired teacher from Tarrow, said "
            "the noise was deafening.")
    assert speakers(text)["the noise was deafening"] == ""


def test_a_person_with_an_indefinite_post_is_no_company():
    """Class (wrong speakers): "Sunita X, a professor of employment law at Y University, said the case could take
    years if the company appealed" made Sunita X "the company" (a body), and every "she" after her went elsewhere;
    an indefinite post of the titles list in apposition shows a person."""
    text = ("Harlow Dairies denies the claims.\n\n"
            "Ines Marchetti-Obi, a professor of employment law at Kelby University, said the case could take years "
            "if the company appealed.\n\n“The remedies are weak,” she said.")
    who = by_text(text)
    assert who["the case could take years if the company appealed"]["speaker_kind"] == "person"
    assert who["The remedies are weak,"]["speaker"] == "Ines Marchetti-Obi"
