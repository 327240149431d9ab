"""Speaker classes of the twenty-seventh round (tuned on blind set BX, and on invented probes): a person set beside
"its" post ("X, its chief executive,") is no body; a child known by a first name and a spelled-out age; "added" a
sum "to" something is no speech; a wire dateline with a country before the date; a conjunction before "it" or
"they"; "the club" for the body of its class that opens the sentence before; a census first name keeps a person a
person when "the label" follows; "the North Yorkshire coast" is a place; "the brewery", "the funder", "Infirmary";
a bare plural after an inverted verb ("chanted protesters"); a reported clause whose verb opens a quoted fragment;
a study "published in" a journal that "found".

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from sentence_tags import by_text, cite_texts, speakers  # tests/tag is on sys.path


def test_a_person_beside_its_post_stays_a_person():
    """Class (wrong speaker): "Harriet X, its cabinet member for children," made her a body (the "its" was taken for
    her own), so her "she said" went to someone else. A body beside "its parent company" stays a body."""
    got = by_text("Trial\n\nThe council backed the trial.\n\nMaria Quellwood-Hart, its cabinet member for schools, told "
                  "the paper the trial was working.\n\n“We had no choice,” she said.\n")
    assert got["the trial was working"]["speaker"] == "Maria Quellwood-Hart"
    assert got["the trial was working"]["speaker_kind"] == "person"
    assert got["We had no choice,"]["speaker"] == "Maria Quellwood-Hart"
    body = by_text("Deal\n\nOrvane Holdings, its parent company, said it would sell the site.\n")
    assert body["it would sell the site"]["speaker_kind"] == "organisation"


def test_a_child_known_by_a_first_name_and_a_spelled_age_speaks():
    """Class (wrong speaker): "Mirren, eight, has firm views. “…,” she says" went to the adult quoted before."""
    got = speakers("School\n\n“The results are early,” said Dr Tomas Reyvik.\n\nMirren, eight, has firm views. “I like "
                   "the woods best,” she says.\n")
    assert got["I like the woods best,"] == "Mirren"


def test_adding_a_quoted_sum_to_something_is_no_speech():
    """Class (wrong speaker): 'a limit would have added “up to an hour” to journeys' made "a limit" speak, and the
    next "she said" lost its antecedent."""
    got = speakers("Bridge\n\nChief executive Petra Ollander-Vine spoke on Monday.\n\nShe said a weight limit would "
                   "have added “up to 75 minutes” to journeys.\n\n“It was the least bad choice,” she said.\n")
    assert got["up to 75 minutes"] == "Petra Ollander-Vine"
    assert got["It was the least bad choice,"] == "Petra Ollander-Vine"
    # words added "to" an audience are speech: only a quoted amount is a sum
    got = speakers("Cup\n\nCoach Dana Pell spoke to fans after the defeat. She added “we go again next year” to loud "
                   "cheers.\n")
    assert got["we go again next year"] == "Dana Pell"


def test_a_dateline_with_a_country_before_the_date_is_no_part_of_the_clause():
    """Class (span): "KELTHORPE, England, May 4 (Tarn Wire) - Drivers … will pay more, the operator said" took
    the dateline into the reported clause."""
    got = by_text("Tolls\n\nKELTHORPE, England, May 4 (Tarn Wire) - Drivers on the Kelthorpe bridge will pay more "
                  "from June, the operator said on Tuesday.\n")
    assert "Drivers on the Kelthorpe bridge will pay more from June" in got


def test_a_conjunction_before_it_is_no_part_of_the_subject():
    """Class (empty speaker): "But it said …" after a body's sentence was left unresolved (the phrase "But it" is
    no pronoun)."""
    got = speakers("Ban\n\nThe Pacific Rowing League said in a statement that the player had not bet on his own "
                   "games. But it said he had passed on team news to a friend.\n")
    assert got["he had passed on team news to a friend"] == "Pacific Rowing League"


def test_the_club_is_the_body_of_its_class_that_opened_the_sentence_before():
    """Class (wrong speaker): "the club" went to "Club Deportivo X", named paragraphs back (its name holds the
    noun), not to "Y FC", which opened the sentence before. (The noun does not yet keep to the body it last stood
    for when a sentence between opens with something else: tried in round 27, it broke a story of two unions.)"""
    got = speakers("Ban\n\nTomas Rell, a forward for Harrow Bay FC, was banned on Tuesday.\n\nRell joined Harrow Bay "
                   "from Club Deportivo Orsa in 2022.\n\nHarrow Bay FC said it was disappointed. The club said it had "
                   "not been told of the inquiry.\n")
    assert got["it had not been told of the inquiry"] == "Harrow Bay FC"


def test_a_census_first_name_keeps_a_person_when_the_label_follows():
    """Class (wrong speaker): "Tobias X said … it had shown people the label" made the lawyer a body (a record
    label), and his "he said" went to a place."""
    got = speakers("Beer\n\nA brewery on the Cornish coast was in court.\n\nRepresenting the brewery, Tobias "
                   "Vennick-Orr said the survey had shown people the label for three seconds.\n\n“Nobody is fooled,” "
                   "he said.\n")
    assert got["the survey had shown people the label for three seconds"] == "Tobias Vennick-Orr"
    assert got["Nobody is fooled,"] == "Tobias Vennick-Orr"


def test_the_brewery_and_the_funder_are_bodies_of_their_class():
    """Class (wrong or empty speaker): "the brewery" went to the other brewer's group, and "a spokesman for the
    funder" named no one."""
    got = speakers("Beer\n\nHarlan Brewing Group sued Skerry Point Brewing on Monday. The larger firm wants damages."
                   "\n\nThe brewery posted that it would keep brewing.\n")
    assert got["it would keep brewing"] == "Skerry Point Brewing"
    got = speakers("Lane\n\nCycle North, the regional body that paid for the lane, may ask for its money back. A "
                   "spokesman for the funder said it would review the grant.\n")
    assert got["it would review the grant"] == "Cycle North"


def test_an_infirmary_is_a_hospital():
    """Class (empty speaker): "Dunmore Royal Infirmary" was a person "Infirmary" titled "Dunmore Royal", so "the
    hospital said" found no body."""
    got = speakers("Flood\n\nThe man was taken to Kelvick Royal Infirmary and was stable on Sunday, the hospital "
                   "said.\n")
    assert got["The man was taken to Kelvick Royal Infirmary and was stable on Sunday"] == "Kelvick Royal Infirmary"


def test_a_bare_plural_after_an_inverted_verb_is_an_unnamed_group():
    """Class (wrong speaker, missed citation): "“Save our lane!” chanted protesters" went to the speaker before."""
    text = ("Lane\n\nMaud Arrow-Lee said: “We will fight.”\n\n“Save our lane!” chanted protesters in the gallery as "
            "councillors filed in.\n")
    row = by_text(text)["Save our lane!"]
    assert row["speaker"] == ""
    assert row["speaker_kind"] == "anonymous"
    assert "protesters" in cite_texts(text)


def test_a_reported_clause_whose_verb_opens_a_quoted_fragment():
    """Class (missed indirect): "Veltrix said patient data “never leaves the hospital”" gave only the fragment."""
    got = by_text("Data\n\nVeltrix Health, a software firm, makes the tool.\n\nVeltrix said patient data “never "
                  "leaves the hospital’s servers”.\n")
    assert got["patient data “never leaves the hospital’s servers”"]["speaker"] == "Veltrix Health"


def test_a_study_published_in_a_journal_found():
    """Class (missed indirect, wrong speaker): "A study published last year in the journal X found that" was no
    cue, and with one the journal spoke; the study speaks (unresolved), as "A study found that" does."""
    got = by_text("Fire\n\nA study published last year in the journal Fire Trends Quarterly found that dry days had "
                  "doubled.\n")
    row = got["dry days had doubled"]
    assert row["speaker"] == ""
    assert row["speaker_text"] == "A study"


def test_a_channel_may_take_a_longer_tail_after_a_clause_first_attribution():
    """Class (missed indirect): "…, the council said in a statement released moments after the vote." had a tail
    of more than six words after its verb, so the clause before it was no report."""
    got = by_text("Vote\n\nKelby Council met on Monday.\n\nThe lane will be removed in stages from August, the council "
                  "said in a statement released moments after the vote.\n")
    assert got["The lane will be removed in stages from August"]["speaker"] == "Kelby Council"


def test_correcting_oneself_before_a_colon_is_saying():
    """Class (missed direct): "Then she corrects herself: “…”" was a scare quote; "corrected the figures" stays
    no attribution."""
    got = by_text("School\n\nCatriona Bell runs the school. Catriona says she will keep going. Then she corrects "
                  "herself: “Well, whatever happens, I will be here.”\n\nHe corrected the figures: “12 per cent” was "
                  "wrong.\n")
    assert got["Well, whatever happens, I will be here."]["speaker"] == "Catriona Bell"
    assert got["12 per cent"]["kind"] == "scare"


def test_a_one_word_name_with_an_inner_capital_is_a_brand():
    """Class (missed citation, wrong kind): "BetHarbor confirmed …" and "ParkSure posted …" were people, so no
    institution was cited; "McAllister said" stays a person."""
    text = ("Bets\n\nA sportsbook, WagerHaven, flagged the bets.\n\nWagerHaven confirmed in an email that it had "
            "closed the accounts.\n\nMcAllister said the club was shocked.\n")
    got = by_text(text)
    assert got["it had closed the accounts"]["speaker_kind"] == "organisation"
    assert got["the club was shocked"]["speaker_kind"] == "person"
    assert "WagerHaven" in cite_texts(text)


def test_written_after_in_is_no_speech_verb():
    """Class (false indirect): "said in written submissions that …" also gave "submissions that …" to "written"."""
    got = by_text("Court\n\nLawyers for Orlen Brewing said in written submissions that the firm had not objected in "
                  "2019.\n")
    assert "the firm had not objected in 2019" in got
    assert not any(t.startswith("submissions") for t in got)


def test_where_an_unnamed_group_queued_is_left_out_of_its_citation():
    """Class (missed citation): "Several drivers queuing at the toll plaza on Tuesday morning said" cited the whole
    phrase; the group is "Several drivers" (gold README: locatives are left out)."""
    assert "Several drivers" in cite_texts("Toll\n\nSeveral drivers queuing at the toll plaza on Tuesday morning "
                                           "said they had not heard about the rise.\n")


def test_an_unnamed_guard_after_but_keeps_his_he():
    """Class (wrong speaker): "But a guard who was on duty, speaking on condition that his name not be used, said …
    “…,” he said" gave the he to the museum's director named before (the "But" hid the indefinite opener, and the
    aside was not read as a request for anonymity)."""
    got = speakers("Jewels\n\nDirector Tomas Velde-Ankers said the alarm had worked.\n\nBut a guard who was on duty "
                   "that night, speaking to reporters on condition that his name not be used, said only two guards "
                   "had been on shift.\n\n“We heard the alarm and we ran,” he said.\n")
    assert got["We heard the alarm and we ran,"] == ""


def test_old_bugs_the_reviewers_saw():
    """Four bugs a review of round 26 found on invented sentences (same before and after that round):
    "After joining the firm, Tom X said" made Tom a body (the firm's name set beside "the firm"); "Maria Lane said"
    was a place that spoke, a body (and "Lane added" someone else); "X beat Y in the final and said" went to Y; and
    "Medical records record that" made "Medical" a person."""
    got = by_text("Head\n\nAfter joining the firm, Tom Harker said the culture was good.\n\nMaria Lane said the team "
                  "was ready. Lane added that the pitch was fine.\n\nNadia Orsk beat Petra Vell in the final and said "
                  "she was thrilled.\n\nMedical records record that the patient was seen twice.\n")
    assert got["the culture was good"]["speaker_kind"] == "person"
    assert got["the team was ready"]["speaker"] == "Maria Lane"
    assert got["the team was ready"]["speaker_kind"] == "person"
    assert got["the pitch was fine"]["speaker"] == "Maria Lane"
    assert got["she was thrilled"]["speaker"] == "Nadia Orsk"
    assert got["the patient was seen twice"]["speaker"] == ""


def test_a_second_speaker_who_agrees_ends_the_first_report():
    """Class (span): "X said A, and councillor Y agreed." took the assent into X's report."""
    got = by_text("Plan\n\nThe mayor, Ana Ruiz, said the plan was sound, and councillor Tom Bell agreed.\n")
    assert got["the plan was sound"]["speaker"] == "Ana Ruiz"


def test_the_team_is_a_side_named_by_a_plural_nickname():
    """Class (wrong or empty speaker): "the team thanked X … and said" after "The Kelby Stormhawks fired …" found no
    body of the team's class (the side's name holds no class word), so the coordinated verb went to the coach."""
    got = speakers("Coach\n\nThe Kelby Stormhawks fired head coach Ana Ruiz-Vell on Monday.\n\nThe Stormhawks have "
                   "lost nine straight games. They are last in the league.\n\nIn a statement, the team thanked "
                   "Ruiz-Vell for her work and said the decision was hard.\n")
    assert got["the decision was hard"] == "Kelby Stormhawks"


def test_the_guards_a_review_of_the_round_asked_for():
    """Invented cases where a first version of this round's rules went wrong (a review compared it with the code
    before the round): a body holding "its owner" post, a two-club story whose "the club" is the one it is about, a
    label named after its founder, a street named after a building, a name with a surname prefix, a body named
    like a place that "said it", a fronted question before a channel, a phone call after ", and", and groups
    that a participle phrase defines."""
    def kind(text, key):
        return by_text("Head\n\n" + text)[key]["speaker_kind"]

    assert kind("The stadium has been empty since March.\n\nSilver Orchard, its owner, said it would sell the ground.\n",
                "it would sell the ground") == "organisation"
    assert speakers("Head\n\nKelby Town Club sacked its manager, Tom Rees, on Monday.\n\nRees, 44, had led Orsa "
                    "Athletic FC to promotion in 2019. Orsa Athletic FC finished bottom last season.\n\nThe club said "
                    "Rees would be paid until the end of his contract.\n")[
        "Rees would be paid until the end of his contract"] == "Kelby Town Club"
    assert speakers("Head\n\nThe album came out on Ruby Vance, an independent label founded in 1998. The label said "
                    "it was proud of the band.\n")["it was proud of the band"] == "Ruby Vance"
    assert speakers("Head\n\nResidents of Infirmary Road said the new flats were too tall.\n")[
        "the new flats were too tall"] == ""
    assert kind("Striker DelValle said the team had been unlucky.\n", "the team had been unlucky") == "person"
    assert kind("Rose Hill said it would close early on Friday because of the snow.\n",
                "it would close early on Friday because of the snow") == "organisation"
    assert kind("Victoria Fields, the residents' group, said it would fight the plan.\n",
                "it would fight the plan") == "organisation"
    assert "Asked about the cost of the lane" not in by_text(
        "Head\n\nKelby Council met.\n\nAsked about the cost of the lane, the council said in an email sent late on "
        "Friday night to this newspaper.\n")
    assert "the water rose in minutes, and neighbour Tom Bell called" in by_text(
        "Head\n\nAna Ruiz said the water rose in minutes, and neighbour Tom Bell called.\n")
    assert "Candidates standing in the Kelby by-election" in cite_texts(
        "Head\n\nCandidates standing in the Kelby by-election said they were tired.\n")


def test_a_hospice_named_like_a_house_is_a_body():
    """Class (wrong kind, missed citation): "The hospice, Brightmoor House, said in a statement: “…”" made the
    hospice a person named House."""
    text = ("Fraud\n\nThe hospice, Brightmoor House, said in a statement: “We are relieved this is over.”\n")
    assert by_text(text)["We are relieved this is over."]["speaker_kind"] == "organisation"
    assert "Brightmoor House" in cite_texts(text)


def test_a_spokesman_speaks_for_the_body_not_a_place_between():
    """Class (wrong speaker): 'Network Northern says all trains between Kelby and Orsa are cancelled. “…,” a
    spokesman said.' gave the words to Kelby Council (its short name "Kelby", a place after "between")."""
    got = speakers("Storm\n\nTrackline Rail says all trains between Harlow and Orsa are cancelled. “Please do not "
                   "travel,” a spokesman said.\n\nHarlow Council has opened two rest centres.\n")
    assert got["Please do not travel,"] == "Trackline Rail"


def test_classes_an_invented_battery_found():
    """A helper's battery of 45 invented snippets (expectations written before the run) got 101 of 109 speakers
    right; three of its classes: "“…” So says X, who …" took "So" for the speaker; "Mr Thornbury" after "Derek and
    Mavis Thornbury" went to Mavis, then swapped he and she; and "X said A, parent Y said B, and governor Z said C"
    gave all three clauses to X."""
    got = speakers("Farm\n\n“This is the worst summer in forty years.” So says Ewan Drummock, who farms near Glenharr."
                   "\n")
    assert got["This is the worst summer in forty years."] == "Ewan Drummock"
    got = speakers("Win\n\nDerek and Mavis Thornleigh from Oakhurst have won a million pounds.\n\nMr Thornleigh said he "
                   "planned to buy a caravan. His wife had other ideas.\n\n“I want to see Japan,” she said.\n\n“We will "
                   "probably do both,” he added.\n")
    assert got["he planned to buy a caravan"] == "Derek Thornleigh"
    assert got["I want to see Japan,"] == "Mavis Thornleigh"
    assert got["We will probably do both,"] == "Derek Thornleigh"
    got = speakers("School\n\nHeadteacher Simon Achelby said the merger would protect jobs, parent Leanne Foxley said it "
                   "would mean longer journeys for pupils, and governor Ravi Menzies said no decision had yet been made."
                   "\n")
    assert got["the merger would protect jobs"] == "Simon Achelby"
    assert got["it would mean longer journeys for pupils"] == "Leanne Foxley"
    assert got["no decision had yet been made"] == "Ravi Menzies"


def test_the_guards_a_second_review_asked_for():
    """Invented cases where later rules of this round first went wrong: a body a spokesman speaks for after "to"
    ("complained to Harlow Council"), a phrase opening a report before a named person ("said that on Tuesday,
    farmer X reported"), a gender word beating the census ("Alex Obioma and her husband Emeka Obioma … Mr Obioma"),
    a council named "Borough of X", and "So says every estate agent", which stays a quote."""
    assert speakers("Head\n\nResidents have complained to Harlow Council about the deliveries. A spokesman said the "
                    "matter was being investigated.\n")["the matter was being investigated"] == "Harlow Council"
    got = by_text("Head\n\nPolice said that on Tuesday, farmer Tom Bellwood reported that his sheep had been stolen.\n")
    assert not any(t == "on Tuesday" for t in got)
    assert speakers("Head\n\nAlex Obioma and her husband Emeka Obioma run the shop.\n\nMr Obioma said he planned to "
                    "retire.\n")["he planned to retire"] == "Emeka Obioma"
    assert speakers("Head\n\nThe Borough of Kelby raised parking fees in March. The council said the money would fund "
                    "buses.\n")["the money would fund buses"] == "Borough of Kelby"
    assert by_text("Head\n\n“Prices can only go up.” So says every estate agent in Kelby.\n")[
        "Prices can only go up."]["kind"] == "direct"
