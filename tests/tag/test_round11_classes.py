"""Speaker classes of the eleventh tuning round (general mechanisms, checked on the tunable sets A to U).

Every sentence here is invented for the test (no text of the gold articles): other names, other trades, other
verbs and word orders than the rows that showed each class. Each test's docstring names the failure class it
guards.
"""
from __future__ import annotations

import re

import pytest
from sentence_tags import speakers  # tests/tag is on sys.path

from corpus_tools.tag.mentions import NATIONALITY_ADJECTIVE

# --- review nits of round 10 -------------------------------------------------------------------------------


@pytest.mark.parametrize("word", ["Finnish", "Kenyan", "Nigerian", "Korean", "Japanese", "Israeli", "Dutch",
                                  "French", "German", "Mexican", "Sri Lankan", "Icelandic"])
def test_nationality_adjectives_match(word):
    assert re.fullmatch(NATIONALITY_ADJECTIVE, word)


@pytest.mark.parametrize("word", ["Morgan", "Church", "Dan", "Duncan", "Brian", "Eric", "Logan"])
def test_names_ending_like_a_nationality_do_not(word):
    """Review nit: the nationality part of the epithet and nominal patterns took any capitalised word ending
    in "-an" or "-ch" ("Morgan", "Dan", "Church") for a nationality adjective."""
    assert not re.fullmatch(NATIONALITY_ADJECTIVE, word)


def test_a_nationality_epithet_still_points_back():
    """Guard of the nit above: "the Dutch midfielder" is still the player named before."""
    text = ("Sander Vos-Reijnders scored twice in the second half on Saturday.\n\n"
            "\"I have waited a long time for a night like this,\" the 27-year-old Dutch midfielder said.")
    assert speakers(text)["I have waited a long time for a night like this,"] == "Sander Vos-Reijnders"


def test_a_role_of_two_words_matches_across_any_spaces():
    """Review nit: a role of two words ("Labour MP") was escaped with exactly one space between them, so
    "the Labour  MP said" (two spaces, or a no-break space) did not find the MP named with that post."""
    text = ("Labour MP Sian Pritchard-Ode opened the debate on Tuesday.\n\n"
            "Tom Beckwith-Hale, the housing minister, replied that the budget was fixed and would not change. "
            "\"We will keep asking until they answer,\" the Labour\u00a0 MP said.")
    assert speakers(text)["We will keep asking until they answer,"] == "Sian Pritchard-Ode"


# --- a body called again by the noun the article classified it with ------------------------------------------

@pytest.mark.parametrize("intro", [
    "Shares in the drugmaker Pellworth Pharmaceuticals fell 9 per cent on Monday after a trial was halted.",
    "Pellworth Pharmaceuticals, the Swiss drugmaker, saw its shares fall 9 per cent on Monday.",
    "A drugmaker, Pellworth Pharmaceuticals, saw its shares fall 9 per cent on Monday.",
])
def test_a_body_is_called_by_the_noun_it_was_classified_with(intro):
    """Class (tuner's probe "the drugmaker"): a body named once with the noun of its trade, before its name or
    in apposition, and then called by that noun alone ("the drugmaker said") went unresolved unless the noun was
    on the codebook's lists. The article's own classification is the evidence: any noun."""
    text = (intro + "\n\nRegulators in Brussels said the data would be reviewed. "
            "\"We remain confident in the medicine,\" the drugmaker said.")
    assert speakers(text)["We remain confident in the medicine,"] == "Pellworth Pharmaceuticals"


def test_a_noun_that_brought_in_someone_unnamed_stays_theirs():
    """Guard: "the man" after "A man was held …" is that unnamed man, even where the same noun stands right
    before a body's name ("The man Tarnby Police arrested")."""
    text = ("A man was held overnight in Tarnby after a fight.\n\n"
            "The man Tarnby Police arrested was released on Tuesday. \"I did nothing wrong,\" the man said.")
    assert speakers(text)["I did nothing wrong,"] == ""


# --- a description, then the body's name set beside it ------------------------------------------------------

@pytest.mark.parametrize("sentence, quote, who", [
    ("The Leeds-based compiler of the Harbour Index, Aldermoor Analytics, said on Thursday that five ports had "
     "moved up.", "five ports had moved up", "Aldermoor Analytics"),
    ("The operator of the Kelby Dam, Tarn Valley Water, said the spillway had been inspected twice.",
     "the spillway had been inspected twice", "Tarn Valley Water"),
])
def test_the_name_beside_a_description_speaks(sentence, quote, who):
    """Class: "The compiler of the X Index, Y Analytics, said": the first name in the phrase (the object of
    the description's "of") was taken for the speaker instead of the body named beside the description."""
    assert speakers(sentence)[quote] == who


def test_a_person_beside_a_description_still_speaks():
    """Guard: "The chairman of Pellworth, Tom Hale-Ruiz, said" is the chairman."""
    assert speakers("The chairman of Pellworth, Tom Hale-Ruiz, said profits had doubled.")["profits had doubled"] \
        == "Tom Hale-Ruiz"


# --- bodies named "Friends of X", "Parents for Y" ----------------------------------------------------------------

def test_friends_of_a_place_is_a_body_once_the_article_shows_it():
    """Class (tuner's probe): "Friends of X" bodies were lost because "Friends" is a function word (a plural
    people-noun that opens sentences) and came off the name, leaving the place "Orrin Square". A name of
    that shape shown once to be a body ("the campaign group Friends of …") is a body wherever it stands."""
    text = ("The campaign group Friends of Orrin Square has opposed the tower for two years.\n\n"
            "Friends of Orrin Square said the council had ignored 400 objections.")
    assert speakers(text)["the council had ignored 400 objections"] == "Friends of Orrin Square"


def test_a_plural_front_with_which_after_it_is_a_body():
    """Class: "Parents for Safer Streets, which was founded …, said" resolved to "Safer Streets"."""
    text = "Parents for Safer Streets, which was founded in 2021, said the crossing was overdue."
    assert speakers(text)["the crossing was overdue"] == "Parents for Safer Streets"


def test_people_of_a_place_stay_an_unnamed_group():
    """Guard: "Residents of Kolivada said" is people who live there (anonymous), not a body: a verb after a
    plural front is no evidence of a body's name."""
    assert speakers("Residents of Kolivada said the water had reached their doors.")[
        "the water had reached their doors"] == ""


# --- a body's short form that looks like a place ---------------------------------------------------------------

@pytest.mark.parametrize("full, short", [("Tarn Valley Water", "Tarn Valley"), ("Kelby Bridge Rovers", "Kelby Bridge")])
def test_a_short_form_ending_in_a_place_word_names_the_body(full, short):
    """Class (tuner's probe): "Tarn Valley said" after "Tarn Valley Water" was dropped as a place (its last
    word is a place word) and named no one: a body's name without its last word, acting as a subject."""
    text = (f"{full} has apologised for the outage, which left 4,000 homes without supply.\n\n"
            f"{short} said the burst main had been repaired overnight.")
    assert speakers(text)["the burst main had been repaired overnight"] == full


def test_the_place_in_a_short_form_stays_a_place():
    """Guard: "Tarn Valley residents said" are people of the place, and "In Tarn Valley" is where."""
    text = ("Tarn Valley Water has apologised for the outage.\n\n"
            "Tarn Valley residents said the water was brown for a week. In Tarn Valley, shops said trade fell.")
    got = speakers(text)
    assert got["the water was brown for a week"] == ""
    assert "Tarn Valley Water" not in got.values()


# --- a body whose name has no cue word, read as a person ------------------------------------------------------

def test_a_name_whose_last_word_the_story_uses_as_a_noun_is_a_body():
    """Class: "Mill Lane Dispensary" (no head word of the codebook's lists) was read as a person's two names, so
    its own figures and "the dispensary" named no body. The story's "the dispensary" shows the last word to be
    a common noun: the name is a body's."""
    from corpus_tools import default_codebook
    from corpus_tools.tag.mentions import document_mentions

    text = ("Mill Lane Dispensary will cut opening hours from April, a notice on the door says.\n\n"
            "The dispensary serves about 900 patients a week, nearly half of them over 70.")
    kinds = {m.actor: m.kind for m in document_mentions(text, default_codebook())[0] if m.actor}
    assert kinds.get("Mill Lane Dispensary") == "organisation"


def test_a_surname_that_is_no_noun_of_the_story_stays_a_person():
    """Guard: "Tom Ashdale" in a story that never says "the ashdale" stays a person; and a person with gender
    evidence keeps it even when the story uses the surname as a noun ("the baker", "Mr Baker")."""
    from corpus_tools import default_codebook
    from corpus_tools.tag.mentions import document_mentions

    text = ("Mr Colm Baker and Tom Ashdale opened the bakery in 2019.\n\n"
            "The baker said he would not raise prices this year.")
    kinds = {m.actor: m.kind for m in document_mentions(text, default_codebook())[0] if m.actor}
    assert kinds.get("Colm Baker") == "person"
    assert kinds.get("Tom Ashdale") == "person"


# --- a post set before the name, then the post alone again -----------------------------------------------------

def test_a_post_named_before_the_name_points_back_again():
    """Class: "The mayor of Kelby, Joan Pettifer-Rowe, …" then, sentences later, "the mayor said":
    the first nominal took the name set beside it, but the second found no person whose own mention carried the
    post, and went unresolved. It is the person the same post last stood for."""
    text = ("The mayor of Kelby, Joan Pettifer-Rowe, has rejected calls to resign.\n\n"
            "Opposition councillors said her budget had left a £4m hole. Pettifer-Rowe said the figure was wrong. "
            "\"I will not be bullied out of office,\" the mayor said.")
    assert speakers(text)["I will not be bullied out of office,"] == "Joan Pettifer-Rowe"


# --- an epithet with a relative clause after it --------------------------------------------------------------

@pytest.mark.parametrize("text, quote, who", [
    ("Tennis star Mia Vorhees-Kant says she will retire at the end of the season.\n\n"
     "The 34-year-old American, who won the Kelby Open three times, said her body had \"had enough\".",
     "her body had \"had enough\"", "Mia Vorhees-Kant"),
    ("Tom Ruskin-Alder scored twice on Saturday.\n\n"
     "The striker, who joined from Kelby Rovers in June, said the goals were for his father.",
     "the goals were for his father", "Tom Ruskin-Alder"),
])
def test_an_epithet_before_a_relative_clause_is_the_person_the_story_is_on(text, quote, who):
    """Class: "The striker, who joined from Kelby Rovers, said" took the club named in the relative clause for
    the speaker, and "The 34-year-old American, who …, said" the nationality noun itself ("-an" demonyms were
    not known as such). The names of the relative clause are no names of the speaker; the epithet points back
    like a pronoun."""
    assert speakers(text)[quote] == who


def test_a_name_set_beside_an_epithet_still_speaks():
    """Guard: "The local MP, Ana X, who sits on …, said" is Ana X, named in apposition (not a relative clause)."""
    text = ("Tom Beckwith-Hale opened the new ward on Friday.\n\n"
            "The local MP, Ana Ruiz-Kell, who sits on the health committee, said she would watch every promise.")
    assert speakers(text)["she would watch every promise"] == "Ana Ruiz-Kell"


# --- a relative named before, then called by the kin noun ------------------------------------------------------

@pytest.mark.parametrize("text, quote, who", [
    ("Ravi Chandran-Moss and his wife, Priya, have run the corner shop for 30 years.\n\n"
     "\"We know everyone,\" Priya said. Her husband added that business had never been worse.",
     "business had never been worse", "Ravi Chandran-Moss"),
    ("Gemma Ashworth-Tan was hurt in the crash on the A40. Her husband, Lee Ashworth-Tan, was driving.\n\n"
     "Police said the lorry driver had been arrested. Her husband said he could not remember the impact.",
     "he could not remember the impact", "Lee Ashworth-Tan"),
])
def test_a_relative_named_before_speaks_as_her_husband(text, quote, who):
    """Class: "Her husband said" after the article named him ("her husband, Lee X", "Ravi X and his wife,
    Priya") went unresolved: the kin noun's possessor points back like a pronoun, and the person named with
    that relation to her is the speaker (as "his spokesman" speaks for the one "his" stands for)."""
    assert speakers(text)[quote] == who


def test_a_relative_never_named_stays_unnamed():
    """Guard: "Her son said" with no son named is no one in particular."""
    text = ("Maureen Tallis-Boyd, 71, has lived in a caravan since November.\n\n"
            "Her son said the council had promised help.")
    assert speakers(text)["the council had promised help"] != "Maureen Tallis-Boyd"


# --- a body named like a place, that speaks --------------------------------------------------------------------

def test_a_place_like_name_that_speaks_after_a_which_aside_is_a_body():
    """Class: "Save Kelby Fields, which gathered 3,000 signatures against the plan, said" ends in a place word,
    so the name finder dropped it as a place and the speaker was the whole phrase, unresolved. A place does not
    speak; a name that does, after a "which" aside (a number's comma inside it), is a body's."""
    text = ("Campaigners have vowed to fight on. Save Kelby Fields, which gathered 3,000 signatures against the "
            "plan, said it would seek a judicial review.")
    assert speakers(text)["it would seek a judicial review"] == "Save Kelby Fields"


def test_a_place_where_people_speak_stays_a_place():
    """Guard: "In Tarn Valley, residents said" is where they live; no body is made of the place."""
    text = "Flooding hit Tarn Valley on Monday. In Tarn Valley, residents said the water was brown."
    assert speakers(text)["the water was brown"] == ""


# --- the delayed lede: the name after a fronted phrase -------------------------------------------------------

def test_a_delayed_lede_name_after_a_fronted_phrase():
    """Class: "…, the London-based compiler of the table said" in the lede, then "In a statement accompanying
    the release, Aldermoor Analytics said …" in the next paragraph: the delayed lede's name opens the next
    paragraph's clause, after a fronted phrase that names no one (and a description may open on a capitalised
    modifier, "London-based")."""
    text = ("Five ports moved up a ranking of harbours, the London-based compiler of the table said on Thursday.\n\n"
            "In a statement accompanying the release, Aldermoor Analytics said the gains were driven by investment.")
    assert speakers(text)["Five ports moved up a ranking of harbours"] == "Aldermoor Analytics"


# --- a name written with "the" is no person's -------------------------------------------------------------------

def test_a_name_written_with_the_is_no_persons():
    """Class: a team's name of two words ("The Kelby Harriers have signed …") was taken for a person's, so a
    later "he said" could resolve to the team. English sets no article before a person's name: a name written
    with "the", as a subject or at a clause's end, is a body's."""
    text = ("The Kelby Harriers have signed a striker.\n\n"
            "\"He is exactly what we need,\" the Harriers' new coach, Mick Dunne-Oyelaran, said. The Kelby Harriers "
            "said the fee was undisclosed. \"We are delighted,\" he said.")
    got = speakers(text)
    assert got["the fee was undisclosed"] == "Kelby Harriers"
    assert got["We are delighted,"] == "Mick Dunne-Oyelaran"


def test_a_name_as_the_modifier_of_a_noun_stays_a_person():
    """Guard: "the Joe Biden administration" uses a person's name as a modifier; he stays a person."""
    text = "The Joe Biden administration has ended the scheme. Joe Biden said it had worked. \"It did its job,\" he said."
    assert speakers(text)["It did its job,"] == "Joe Biden"


def test_a_place_of_the_same_shape_stays_a_place():
    """Guard of the "Friends of X" class: "the Tower of London" and "the Bay of Kelby" have the same shape (a
    front, "of", a capitalised complement) with "the" before them, but are places, not bodies."""
    from corpus_tools import default_codebook
    from corpus_tools.tag.mentions import document_mentions

    text = ("Tourists queued outside the Tower of London on Monday. Boats sheltered in the Bay of Kelby, where the "
            "coastguard said the swell was rising.")
    orgs = {m.actor for m in document_mentions(text, default_codebook())[0] if m.kind == "organisation"}
    assert not any("Tower" in o or "Bay" in o for o in orgs)


# --- speakers after an inverted verb, then an adverbial ----------------------------------------------------------

def test_two_speakers_after_said_and_an_adverbial_are_found():
    """Class: "“…,” said Ana X and Tom Y in a joint statement." gave no speaker at all: the words after the verb
    ran to the sentence's end and were too long for a noun phrase. The trailing adverbial ("in a joint
    statement", "at a press conference") comes off when the whole does not fit; the speakers remain (the
    first named is the speaker, as for "Ana X and Tom Y said")."""
    text = "\"We will not rest until the truth is known,\" said Ana Ruiz-Kell and Tom Hale-Brant in a joint statement."
    assert speakers(text)["We will not rest until the truth is known,"] == "Ana Ruiz-Kell"


def test_an_affiliation_after_said_is_kept():
    """Guard: "said a lecturer at Harrow University" fits as a noun phrase and keeps its "at"."""
    text = "\"The figures are wrong,\" said a lecturer at Harrow University."
    from sentence_tags import by_text
    assert by_text(text)["The figures are wrong,"]["speaker_text"] == "a lecturer at Harrow University"


# --- every name of the phrase inside a "which" clause ---------------------------------------------------------

def test_the_subject_before_a_which_clause_speaks_when_only_the_clause_names_someone():
    """Class: "The drugmaker, which makes the heart drug Cardexa, said" gave the product named in the relative
    clause: the subject before the clause had no mention of its own, so the clause's name was the only one.
    The subject is resolved on its own (here the body the article classified as the drugmaker)."""
    text = ("The drugmaker Pellworth Pharma cut its forecast on Monday.\n\n"
            "The drugmaker, which makes the heart drug Cardexa, said sales had slowed.")
    assert speakers(text)["sales had slowed"] == "Pellworth Pharma"


def test_a_who_clause_that_names_the_speaker_still_does():
    """Guard: "One woman, who gave her name only as Mrs. Ana X, told councillors" names the speaker herself."""
    text = "One woman, who gave her name only as Mrs. Ruiz-Kell, told councillors she had lived there for 31 years."
    assert speakers(text)["she had lived there for 31 years"] == "Ruiz-Kell"


# --- a direct quotation, then "according to" --------------------------------------------------------------------

def test_according_to_after_a_direct_quotation_names_its_source():
    """Class: "“This was avoidable,” according to Tom X, a former inspector …" gave no speaker: only a speech
    verb was looked for after the closing mark."""
    text = "\"This was avoidable,\" according to Tom Hale-Brant, a former inspector who reviewed the bridge in 2019."
    assert speakers(text)["This was avoidable,"] == "Tom Hale-Brant"


def test_a_fragment_before_according_to_stays_a_partial():
    """Guard: "called the plan “a disgrace”, according to X": the fragment, with the comma outside its marks,
    is a partial of the reported clause, not a direct quotation of its own."""
    from sentence_tags import by_text
    row = by_text("Critics called the plan \"a disgrace\", according to Tom Hale-Brant.")["a disgrace"]
    assert row["kind"] == "partial"


# --- a post in apposition before the name ---------------------------------------------------------------------

@pytest.mark.parametrize("text, quote, who", [
    ("Kelby's MP, Dev Anand-Hale, said the closure was a blow. Tom Beck, a union official, said staff were told "
     "on Monday. The Conservative MP added that he would raise it in Parliament.",
     "he would raise it in Parliament", "Dev Anand-Hale"),
    ("The club's coach, Lena Moor-Oduya, named her side on Friday. Sara Brandt-Ellis, the captain, said the team "
     "was ready. The coach said the pitch would suit them.", "the pitch would suit them", "Lena Moor-Oduya"),
])
def test_a_post_set_before_the_name_with_a_comma_points_back(text, quote, who):
    """Class: "The Conservative MP added" after "Kelby's MP, Dev X," went unresolved: the post was looked for
    right before the name with spaces only (not in apposition, with a comma), and only with its party."""
    assert speakers(text)[quote] == who


# --- a description named later with the same words ---------------------------------------------------------------

def test_a_description_set_beside_a_name_later_names_who_it_was():
    """Class: "their label has called it …" early in a feature, and "Their label, Tidewrack Records, said …"
    paragraphs later: the first went unresolved. The same description set beside a name in apposition, further
    on, names who it was."""
    text = ("The band's new record comes out on Friday, and their publisher has called it \"the boldest thing we "
            "have ever put out\".\n\nThe four of them met at school in 2009.\n\n"
            "Their publisher, Greyfold Music, said pre-orders had broken its record.")
    assert speakers(text)["the boldest thing we have ever put out"] == "Greyfold Music"


def test_a_description_never_set_beside_a_name_stays_unresolved():
    """Guard: the same words later without a name beside them ("Their publisher said again") name no one."""
    text = ("Their publisher has called the record \"the boldest thing we have ever put out\".\n\n"
            "Their publisher said again on Monday that pre-orders were strong. Greyfold Music was not asked.")
    assert speakers(text)["the boldest thing we have ever put out"] == ""


# --- a he/she right before the verb, at the end of a longer phrase -----------------------------------------------

def test_a_pronoun_ending_the_phrase_is_the_verbs_subject():
    """Class: "Noor, raised in Beirut, keeps the accounts in a spreadsheet she describes as “…”": the phrase
    before the verb ("keeps the accounts in a spreadsheet she") was too long for a pronoun subject, so no one
    spoke. A he/she right before the verb is its subject (a relative clause without "that")."""
    text = ("Ana Ruiz-Kell and Noor Haddad-Fairweather opened the cafe in 2021. Ana cooks. Noor, raised in Beirut, "
            "keeps the accounts in a ledger she describes as \"the best thing in this building.\"")
    assert speakers(text)["the best thing in this building."] == "Noor Haddad-Fairweather"


def test_a_two_word_name_ending_in_a_noun_of_the_story_stays_a_person():
    """Guard of the surgery class: "Tom Price" in a story about "the price" of bread is a person (a common
    noun is a common surname), so only names of three words or more are read as bodies so."""
    from corpus_tools import default_codebook
    from corpus_tools.tag.mentions import document_mentions

    text = ("Tom Price has sold bread in Kelby market for 30 years.\n\n"
            "The price of a loaf has doubled since 2020, and the flour costs more every month.")
    kinds = {m.actor: m.kind for m in document_mentions(text, default_codebook())[0] if m.actor}
    assert kinds.get("Tom Price") == "person"


# --- a body the lede brings in by an indefinite noun -------------------------------------------------------------

def test_the_noun_of_the_lede_is_the_body_named_next():
    """Class: "A coal miner has been fined …" in the lede, "Hunter Black Coal Pty Ltd pleaded guilty …" opening
    the next paragraph, then "the miner said": the noun was never set beside the name, so it named no one."""
    text = ("SYDNEY: A coal miner has been fined $1.2 million over a fatal roof collapse, the state regulator said "
            "on Friday.\n\nHunter Black Coal Pty Ltd pleaded guilty in March. The regulator said the company had "
            "ignored warnings. \"We accept the penalty,\" the miner said.")
    assert speakers(text)["We accept the penalty,"] == "Hunter Black Coal Pty Ltd"


def test_a_noun_the_lede_does_not_bring_in_names_no_one():
    """Guard: "the miner said" where the lede brings in no miner, and the next paragraph opens on another body,
    is not that body."""
    text = ("SYDNEY: Coal prices rose for a third week, traders said on Friday.\n\n"
            "Harbour Freight Pty Ltd reported higher sales. \"We accept the penalty,\" the miner said.")
    assert speakers(text)["We accept the penalty,"] != "Harbour Freight Pty Ltd"


def test_a_spokesperson_for_a_body_named_by_its_noun_speaks_for_it():
    """Class: "A spokeswoman for the drugmaker said" after "the drugmaker Pellworth Pharmaceuticals" stayed an
    anonymous source: "the drugmaker" is no nominal of the codebook's lists. The body the article classified
    by the noun (or its lede brought in by it) speaks through its spokesperson."""
    text = ("Shares in the drugmaker Pellworth Pharmaceuticals fell 9 per cent.\n\n"
            "A spokeswoman for the drugmaker said the trial would resume.")
    assert speakers(text)["the trial would resume"] == "Pellworth Pharmaceuticals"


def test_a_spokesperson_for_an_unclassified_noun_stays_anonymous():
    """Guard: "a spokesman for the family" with no body classified as "family" stays anonymous."""
    text = ("Tom Hale-Brant died on Monday.\n\nA spokesman for the family said the funeral would be private.")
    assert speakers(text)["the funeral would be private"] == ""
