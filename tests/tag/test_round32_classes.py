"""Speaker classes of the thirty-second round: a campaign named by a verb and its object ("Return the Masks, a
campaign group"), the merged name of two banks, a lone company name, a letter read out by a clerk, and more.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from sentence_tags import by_text, cites, speakers  # tests/tag is on sys.path


def test_a_campaign_named_by_a_verb_and_its_object_is_one_body():
    """Class (wrong speaker, blind set CS): "Return the Masks, a campaign group founded by students, said …" gave
    "Masks": a sentence's capitalised first word and "the" were taken off the name. With a body's noun beside it
    (an apposition, or "the campaign" before it) the verb, "the" and the object are one name."""
    text = ("Vigil\n\nReturn the Masks, a campaign group founded by students in Glasgow, said it would hold a vigil.\n\n"
            "Members of the campaign Stop the Bypass said they would appeal.\n")
    got = speakers(text)
    assert got["it would hold a vigil"] == "Return the Masks"
    # a preposition and its object are a place, whatever stands beside them
    text = ("Rain\n\nAcross the Pennines, a group of farmers said the rain had come too late.\n")
    assert speakers(text).get("the rain had come too late", "") != "Across the Pennines"


def test_a_body_noun_after_a_sentence_opened_by_a_venue_is_the_body_that_spoke():
    """Class (wrong speaker, blind set CK): "The Gaiety Palace in X will stage its last show, the X Theatres Trust
    announced. The charity admitted …" left "the charity" empty: the sentence before opened with the venue, which
    the mention layer took for a person, so no subject body was found. A "person" written with "The" is none."""
    text = ("Curtain\n\nThe Regal Palace in Kelby will stage its last show on May 31, the Kelby Theatres Trust "
            "announced.\n\nThe charity admitted it could no longer afford a roof repair.\n")
    assert speakers(text)["it could no longer afford a roof repair"] == "Kelby Theatres Trust"
    # a person who opens the sentence before still keeps a class noun to the subject: no body is forced on it
    text = ("Curtain\n\nAna Ruiz, who chairs the Kelby Theatres Trust, said the show would go on.\n\n"
            "The agency said it would review the grant.\n")
    assert speakers(text).get("it would review the grant", "") != "Kelby Theatres Trust"



def test_a_fronted_phrase_cut_at_its_first_comma_leaves_the_name_after_the_role():
    """Class (wrong speaker, blind set CT): "In a letter read to the meeting by the town clerk, Owen X, the mayor of
    Y, Hélène Z, wrote that …" gave the clerk: the phrase finder cut the fronted phrase at its first comma, and the
    head of "Owen X, the mayor of Y, Hélène Z" was taken. The role after the first name goes with the second."""
    text = ("Twinning\n\nIn a letter read to the meeting by the town clerk, Owen Pryce-Laird, the mayor of Saint-Rémy, "
            "Hélène Dufort-Okoye, wrote that her town would be sad to lose the link.\n")
    assert speakers(text)["her town would be sad to lose the link"] == "Hélène Dufort-Okoye"
    # with no fronted phrase, the name before the apposition is still its head
    text = ("Twinning\n\nOwen Pryce-Laird, the mayor of Saint-Rémy, said the town would be sad to lose the link.\n")
    assert speakers(text)["the town would be sad to lose the link"] == "Owen Pryce-Laird"


def test_two_bodies_names_joined_are_a_body_and_each_word_stays_its_bank():
    """Class (wrong speaker, blind set CT): "Northmoor Bank … will merge with Pennine Mutual Bank. The combined group,
    to be called Northmoor Pennine, …" made "Northmoor Pennine" a person whose first name, "Northmoor", then took
    every later "Northmoor said"."""
    text = ("Merger\n\nNorthmoor Bank said it would merge with Pennine Mutual Bank.\n\nThe combined group, to be "
            "called Northmoor Pennine, would have 212 branches, Northmoor said.\n\nNorthmoor said it expected "
            "savings from technology.\n")
    got = speakers(text)
    assert got["it expected savings from technology"] == "Northmoor Bank"
    assert got["The combined group, to be called Northmoor Pennine, would have 212 branches"] == "Northmoor Bank"
    # two people who share the banks' first words are not made a body: "Northmoor" opens no second body here
    text = ("Merger\n\nNorthmoor Bank said it would merge.\n\nAlex Pennine said the deal was fair.\n")
    assert speakers(text)["the deal was fair"] == "Alex Pennine"


def test_a_grand_prix_is_no_person():
    """Class (wrong speaker, blind set CT): "The 27-year-old, who won the Grand Prix de Hainaut …" made "Prix de
    Hainaut" a person ("Grand" a title, "de" a particle), who then took the rider's "she said"."""
    text = ("Appeal\n\nBelgian cyclist Lotte Verhaegen-Oduya told a tribunal that she was innocent.\n\nThe "
            "27-year-old, who won the Grand Prix de Hainaut two seasons ago, is appealing the ban.\n\n“I read it "
            "three times,” she said.\n")
    assert speakers(text)["I read it three times,"] == "Lotte Verhaegen-Oduya"


def test_a_report_read_out_by_someone_is_the_report():
    """Class (wrong speaker, blind set CT): "The laboratory report, read into the record by Mr X, found that …" gave
    Mr X, who only read it out (gold README: a document with no author given is unresolved)."""
    text = ("Appeal\n\nCounsel Tobias Renner-Mbeki opened the case.\n\nThe laboratory report, read into the record by "
            "Mr Renner-Mbeki, found that both tubs contained the drug.\n")
    assert speakers(text)["both tubs contained the drug"] == ""


def test_a_lone_name_with_a_company_post_after_its_possessive_is_the_company():
    """Class (wrong speaker, blind set CT): "AUSTIN — Quillmark laid off 140 employees, the company said", with
    "Joanna X, Quillmark’s head of people," later, never made "Quillmark" an entity: a lone capitalised word needs
    evidence, and a company's post after its possessive is some."""
    text = ("Layoffs\n\nAUSTIN, Texas — Quillmark laid off 140 employees on Tuesday, the company said.\n\nJoanna Brecht, "
            "Quillmark’s head of people, said the cuts were painful.\n")
    assert speakers(text)["Quillmark laid off 140 employees on Tuesday"] == "Quillmark"
    # a person's post after a lone surname does not make a body ("Okafor’s coach")
    text = ("Race\n\nAmara Okafor won the final.\n\nOkafor’s coach said the win was deserved.\n")
    assert speakers(text).get("the win was deserved", "") != "Okafor"


def test_that_employee_after_a_quotation_is_its_speaker():
    """Class (wrong speaker, blind set CT): "“…,” that employee said" was read as a continuation of the quotation
    before it, and given its speaker: "that" was no start of a noun phrase."""
    text = ("Jobs\n\nJoanna Brecht, the head of people, said the company would help. “We are talking to each of them,” "
            "Ms. Brecht said.\n\nOne of the employees said managers had been told late.\n\n“People found out from "
            "a calendar invite,” that employee said.\n")
    assert speakers(text)["People found out from a calendar invite,"] == ""


def test_a_nominal_with_modifiers_is_the_one_body_whose_name_holds_them():
    """Class (wrong speaker, blind set CT): on a newest-first live page, "the port authority said" stands above the
    entry that names "Askervale Port Authority"; a nominal with modifiers was never given the document's one body
    of its class. It now is, where that body's name holds the modifiers."""
    filler = "".join(f"{h}:00\n\nFishermen gathered on the quay again as the tide turned and the boats came in.\n\n"
                     for h in range(40, 1, -1))  # (more than the 1,500 characters a lede's noun looks ahead)
    text = ("Dredging\n\n14:00\n\nIn a statement, the port authority said the decision secured the harbour.\n\n"
            + filler + "01:00\n\nThe board of the Askervale Port Authority has gone into closed session.\n")
    assert speakers(text)["the decision secured the harbour"] == "Askervale Port Authority"


def test_a_ruling_on_a_days_morning_reports_what_was_ruled():
    """Class (missed quote and citation, blind set CT): "The tribunal ruled on Tuesday morning that a report, filed
    late, could be admitted": a day could stand between "ruled" and "that", but not a part of the day."""
    got = by_text("Appeal\n\nThe Continental Sports Appeals Tribunal heard the case.\n\nThe tribunal ruled on "
                  "Tuesday morning that a supplementary report, filed late, could be admitted.\n")
    assert got["a supplementary report, filed late, could be admitted"]["speaker"] == \
        "Continental Sports Appeals Tribunal"
    # "ruled out" is still no report
    assert not by_text("Appeal\n\nThe tribunal ruled out a delay on Tuesday morning.\n")


def test_a_fronted_place_before_according_to_is_no_clause():
    """Class (wrong quote, blind set CT): "At that meeting, according to three people who attended, Mr. X said the
    company had no plans" made "At that meeting" a reported clause of the three people."""
    got = by_text("Layoffs\n\nAt that meeting, according to three people who attended, Mr. Okereke said the company "
                  "had no plans for layoffs.\n")
    assert "At that meeting" not in got
    assert got["the company had no plans for layoffs"]["speaker"] == "Okereke"
    # a clause of its own before "according to" is still one
    got = by_text("Prices\n\nIn 2024 prices rose by a tenth, according to the Office for National Statistics.\n")
    assert got["In 2024 prices rose by a tenth"]["speaker"] == "Office for National Statistics"


def test_a_clause_then_a_lower_case_role_and_a_name_is_reported_by_that_name():
    """Class (missed quote, blind set CT): "A Fjell-2 rocket … failed …, launch provider Valkyr Orbital said" made no
    row: after a clause, the words before the verb could open with a capital, "the", a pronoun or a plural of
    people, but not with a lower-case role or kind of body before the name."""
    got = speakers("Launch\n\nA rocket carrying a satellite failed four minutes after lift-off, launch provider "
                   "Valkyr Orbital said.\n\nThe plant will close on Sunday, defence minister Ana Ruiz said.\n")
    assert got["A rocket carrying a satellite failed four minutes after lift-off"] == "Valkyr Orbital"
    assert got["The plant will close on Sunday"] == "Ana Ruiz"
    # a conjunction or a preposition before the name opens no speaker's words
    got = speakers("Plant\n\nThe plant will close on Sunday, and then Ana Ruiz said nothing more.\n")
    assert "The plant will close on Sunday" not in got


def test_guards_from_the_review_of_round_32():
    """Misfires a review found in this round's rules on invented probes, each checked to fail before its fix."""
    # a short clause after "At", with a relative clause on the source: a report of its own
    got = speakers("Floods\n\nAt least 12 people died, according to the police, who said the river rose fast.\n")
    assert "At least 12 people died" in got
    # "the mayor of Athens, Georgia," ends in a state, not in a second person
    got = speakers("Storm\n\nIn a statement on Monday, Owen Hale, the mayor of Athens, Georgia, said the roads were "
                   "closed.\n")
    assert got["the roads were closed"] == "Owen Hale"
    # a man whose name's words open two bodies' names, with no "called" before it, stays a man
    got = by_text("Deal\n\nKelso Healthcare bought Brandon Logistics on Monday.\n\nKelso Brandon, 54, told investors "
                  "the price was fair.\n")
    assert got["the price was fair"]["speaker_kind"] == "person"
    # a singer's head of security does not make the singer a company
    got = by_text("Tour\n\nThe rapper Kavo has cancelled his tour, said Tom Reed, Kavo’s head of security.\n\nKavo said "
                  "on Monday that he was safe.\n")
    assert got["he was safe"]["speaker_kind"] == "person"
    # a poster is a printed sign, not an unnamed person
    got = speakers("Bridge\n\nA poster published by Kelby Council warned that the bridge was unsafe.\n")
    assert got["the bridge was unsafe"] == "Kelby Council"


def test_a_labelled_answer_of_a_q_and_a_is_a_direct_quote_of_the_one_named():
    """Class (missed quotes, blind set CS; rule settled in the gold README, "Q&A answers"): "Q: How bad is it? / Dai:
    It's the worst I've known …" gave no row: an answer labelled with the interviewee's name is their direct quote,
    verb ''. An answer labelled "A:" names no one and gets none (CK)."""
    text = ("Dry\n\nHill farmer Dai Morgan-Price has watched his spring run dry.\n\nQ: How bad is it?\n\nDai: It's the "
            "worst I've known. The spring has never failed.\n\nQ: Who helps?\n\nA: The neighbours, mostly.\n")
    got = by_text(text)
    row = got["It's the worst I've known. The spring has never failed."]
    assert (row["kind"], row["speaker"], row["verb"]) == ("direct", "Dai Morgan-Price", "")
    assert "The neighbours, mostly." not in got
    # without a question paragraph, "Note: …" or a name and a colon is no answer
    got = by_text("Dry\n\nDai Morgan-Price runs 300 ewes.\n\nDai: the spring has dried up.\n")
    assert "the spring has dried up." not in got


def test_guards_from_the_second_review_of_round_32():
    """Misfires a second review found on invented probes, each checked to fail before its fix."""
    # a subordinator or a place preposition among the lower-case words opens no speaker's words
    got = speakers("Merger\n\nThe merger will go ahead in the spring, unless chair Ana Ruiz says otherwise.\n\n"
                   "The blasts shook the houses, families opposite Harl Quarry said.\n")
    assert "The merger will go ahead in the spring" not in got
    assert got.get("The blasts shook the houses", "") != "Harl Quarry"
    # a list of names and colons after a Q&A's question is no answer unless it follows a question
    text = ("Count\n\nQ: Who won?\n\nAna Ruiz: It was close, and I am grateful.\n\nResults\n\n"
            "Bo Lindqvist: 4,210 votes\n")
    got = by_text(text)
    assert got["It was close, and I am grateful."]["speaker"] == "Ana Ruiz"
    assert "4,210 votes" not in got
    # a fronted phrase with "the" after the aside, and a verb further on, still makes no clause of the phrase
    got = speakers("Meeting\n\nAt that meeting, according to three people who attended, the chief executive "
                   "of the company said the plan was dead.\n")
    assert "At that meeting" not in got
