"""Speaker, quote and citation classes of the fourth tuning round (blind sets A, C, D, G and I).

Every sentence here is invented for the test (no text of the gold articles). Each test's docstring
names the failure class it guards.
"""
from __future__ import annotations

from sentence_tags import by_text, rows, speakers, cites  # tests/tag is on sys.path


# --- documents that speak for the body that issued them ---------------------------------------

def test_the_statement_is_the_body_named_after_a_fronted_in_a_statement():
    """Class: "the statement said" after "In a statement, BODY said …" resolved to no one (the issuer
    comes after the noun, not before it)."""
    text = ("In a statement issued on Sunday night, Brackley Harriers said they were sorry for the delay.\n\n"
            "\"Our members deserve better than this,\" the statement added.\n\n"
            "In a statement, the Fenwick Valley Water Board said it had asked for more time.\n\n"
            "\"We were not told,\" the statement said.")
    got = speakers(text)
    assert got["Our members deserve better than this,"] == "Brackley Harriers"
    assert got["We were not told,"] == "Fenwick Valley Water Board"


# --- pronouns and the people they point back to ----------------------------------------------

def test_a_name_inside_a_quote_gives_no_gender_to_that_name():
    """Class: a surname resolved to the wrong person because a he/she after a quote ("“… trusted
    Greg …,” she said") was counted as gender evidence for the name inside the quote, so a later "He"
    could not be that man."""
    text = ("Court papers show that the firm's owner, Gregory Malinski, began working with police in 2021.\n\n"
            "\"The state built this case on the word of a liar,\" defence lawyer Paul Ortega said in his closing.\n\n"
            "Malinski, who admitted fraud last year, spent two days in the witness box. He testified that he "
            "hid the cash in biscuit tins.\n\n"
            "After the verdict, juror Dana Whitfield said the tapes had settled it.\n\n"
            "\"Nobody on that jury trusted Greg. We heard the tapes,\" she said.")
    got = speakers(text)
    assert got["he hid the cash in biscuit tins"] == "Gregory Malinski"
    assert got["Nobody on that jury trusted Greg. We heard the tapes,"] == "Dana Whitfield"


def test_she_after_a_sentence_about_her_son_is_the_mother():
    """Class: "X's seven-year-old son attends … She said …" resolved to an earlier woman: the possessor
    that opens the sentence is its topic when the relative's noun has the other gender."""
    text = ("Carla Whitmore, a trustee, said the board had asked for money every year.\n\n"
            "Deborah Ellison-Grant's nine-year-old son attends Larkfield Primary School, which was built for "
            "300 pupils. She said his class of 32 meets in the hall.")
    assert speakers(text)["his class of 32 meets in the hall"] == "Deborah Ellison-Grant"


def test_a_first_name_after_a_relatives_noun_is_a_person():
    """Class: "His son, Ewan, was not so sure. “…,” he said" gave the father: a first name alone in
    apposition after "his son" / "her husband" is a person of that noun's gender."""
    text = ("Tom Becker, 61, said the club had let him down. His son, Ewan, was not so sure. "
            "\"It is not the coach's fault,\" he said.")
    assert speakers(text)["It is not the coach's fault,"] == "Ewan"


# --- quotations without a verb of their own --------------------------------------------------

def test_a_verbless_quote_after_reported_speech_is_the_reporters():
    """Class: "Y, the drummer, says CLAUSE. “…”" gave the quote to the speaker of an earlier quotation
    (continuation) instead of Y, who reports in the sentence right before it."""
    text = ("\"The roof leaked all winter,\" Nadia Korsgaard says. \"We kept going anyway.\"\n\n"
            "Piotr Lindahl-Weir, the drummer, says the damp changed how they played. \"You cannot be precious "
            "when your hands are numb. You play the simple part.\"")
    got = by_text(text)
    assert got["We kept going anyway."]["speaker"] == "Nadia Korsgaard"
    row = got["You cannot be precious when your hands are numb. You play the simple part."]
    assert (row["speaker"], row["verb"]) == ("Piotr Lindahl-Weir", "")


def test_abbreviated_ranks_between_a_role_and_a_name_after_a_quote():
    """Class: a missed quote: "“…,” coast guard spokesman Lt. Cmdr. X told …" found no speaker after the
    closing mark (two abbreviated ranks cut the phrase), so the quote fell to a scare quote."""
    text = ("The ship struck the bank in thick fog, the coast guard said in a statement.\n\n"
            "\"Conditions were very poor,\" coast guard spokesman Lt. Cmdr. Nuno Figueira-Holt told a news "
            "conference. \"The crew did well.\"")
    got = by_text(text)
    assert (got["Conditions were very poor,"]["kind"], got["Conditions were very poor,"]["speaker"]) == \
        ("direct", "Nuno Figueira-Holt")
    assert (got["The crew did well."]["speaker"], got["The crew did well."]["verb"]) == ("Nuno Figueira-Holt", "told")


# --- what ends a reported clause, and what is no speech verb --------------------------------

def test_a_despite_phrase_is_the_narrators_and_its_reports_cite_no_one():
    """Class: a reported clause ran on over ", despite reports that …" (narrator's background), and
    "despite reports that" was taken for a report of its own with "despite" as its source."""
    text = ("Tomas Reyes scored twice on Saturday.\n\n"
            "The 24-year-old insisted he was \u201cnot worried about\u201d a new contract, despite reports that he is "
            "wanted by two clubs.")
    got = by_text(text)
    assert got["he was \u201cnot worried about\u201d a new contract"]["speaker"] == "Tomas Reyes"
    assert "he is wanted by two clubs" not in got
    assert not [c for c in cites(text) if c[0].lower().startswith("despite")]


def test_the_first_half_of_a_hyphenated_noun_is_no_speech_verb():
    """Class: "“not worried about” a late call-up" read "a late" as the subject of "call",
    so the partial quote lost its speaker and "a late" became a cited source."""
    text = ("Tomas Reyes scored twice on Saturday.\n\n"
            "The 24-year-old insisted he was \u201cnot worried about\u201d a late call-up.")
    got = by_text(text)
    assert (got["not worried about"]["kind"], got["not worried about"]["speaker"]) == ("partial", "Tomas Reyes")
    assert not [c for c in cites(text) if "late" in c[0]]


def test_the_label_is_the_record_company_named_before():
    """Class: a band's record label as a speaker: "the label said" after "Their label, X Records, …"
    resolved to no one (no nominal class linked "label" to a name ending in Records)."""
    text = ("Their label, Saltmarsh Records, said in a statement that the album had sold out.\n\n"
            "\"We signed them because they sounded like nobody else,\" the label said.")
    assert speakers(text)["We signed them because they sounded like nobody else,"] == "Saltmarsh Records"


# --- documents and quoted words are no cited sources ----------------------------------------

def test_a_document_with_an_aside_is_the_speaker_not_the_person_the_aside_names():
    """Class: "The memo, dated …, prepared for Minister X, says CLAUSE" gave the clause to X; a document
    with no author given is unresolved (speaker "")."""
    text = ("The memo, dated March 3 and prepared for Health Minister Joanna Petrakis-Lund, says nine clinics "
            "were over capacity.")
    row = by_text(text)["nine clinics were over capacity"]
    assert (row["speaker"], row["speaker_text"]) == ("", "The memo")


def test_according_to_the_indictment_cites_no_source():
    """Class: false citations: "According to the indictment" / "according to the revised business case"
    were anonymous sources; a document read out is no source type."""
    text = ("According to the indictment, Lorne Ashby took $40,000 in cash.\n\n"
            "According to the revised business case, the tunnel will cost $2 billion more.")
    assert by_text(text)["Lorne Ashby took $40,000 in cash"]["speaker"] == ""
    assert cites(text) == []


def test_a_platform_named_inside_a_partial_quote_is_not_cited():
    """Class: a false `platform` citation for a name inside a quoted fragment ("said it was “run by
    Telegram rumour”"): the quoted words are the speaker's, not the narrator's source."""
    text = "Maya Oduya said the ministry was \"run by Telegram rumour\" and should resign."
    assert not [c for c in cites(text) if "Telegram" in c[0]]


def test_a_byline_and_an_outlet_that_holds_a_document_are_not_cited():
    """Class: false `news_outlet` citations: the byline "Name · Outlet" (chrome), and "a memo, obtained
    by Outlet, says" (the outlet holds the document; it is not the source of what it says)."""
    text = ("Nicole Dunmore \u00b7 Prairie Wire\n\n"
            "The plant will close in June. A memo, obtained by Prairie Wire, says the cuts were planned in May.")
    assert cites(text) == []


def test_the_publishing_outlets_own_scoop_is_not_a_citation():
    """Class: "CBC News has learned that …" in CBC's own story was a `news_outlet` citation: the
    manifest's outlet reporting its own findings is neither a quote's source nor a cited source."""
    from corpus_tools import default_codebook, process_document
    from corpus_tools.tag.citations import document_citations
    cb = default_codebook()
    text = "Prairie Wire has learned that the plant will close.\n\nA union official told Prairie Wire the news was a shock."
    doc = process_document({"id": "t", "file": "t.txt", "outlet": "Prairie Wire"}, text.encode("utf-8"), cb)
    got = [(c["text"], c["start"]) for c in document_citations(doc, cb)]
    assert ("Prairie Wire", 0) not in got
    assert ("Prairie Wire", text.rindex("Prairie Wire")) in got  # "told Prairie Wire" stays a source


def test_a_speech_noun_after_a_and_a_modifier_before_was_is_no_verb():
    """Class: "before a single note was recorded" read "note" as a speech verb with "a single" as its
    speaker: a false quote ("was recorded") and a false anonymous citation."""
    text = ("The producer, who has worked with the band since 2019, spent a week moving microphones before a "
            "single note was recorded.")
    assert rows(text) == []
    assert cites(text) == []


def test_a_nationality_epithet_is_no_cited_body():
    """Class: a false `institution` citation: "“…,” the Norwegian said" (a person's nationality as
    an epithet) was cited as an organisation speaking."""
    text = ("Kingsmere manager Pablo Ruiz was pleased with the win.\n\n"
            "\"He is in the best form of his life,\" the Norwegian said.")
    assert speakers(text)["He is in the best form of his life,"] == "Pablo Ruiz"
    assert not [c for c in cites(text) if c[0] == "Norwegian"]


# --- bodies named by a description ----------------------------------------------------------

def test_a_union_that_lists_trades_before_and_is_one_name():
    """Class: a missed citation and a false one: "The Civil Haulage and Allied Workers Union" was cut at
    "and", leaving "Allied Workers Union"; a union's name joins its trades with "and"."""
    text = ("The Marine Engineering and Allied Workers Union, which represents most of the fitters, said fitters "
            "had been laid off.")
    assert ("Marine Engineering and Allied Workers Union", "Marine Engineering and Allied Workers Union", "institution") \
        in cites(text)


def test_a_body_named_by_a_possessive_and_a_common_noun_phrase():
    """Class: an empty speaker for a body without a proper name: "Norway's rail safety office said", "A
    spokeswoman for the Ohio attorney general's office said" (the phrase is the body)."""
    text = ("The Bergen train stopped safely. Norway's rail safety office said it had opened "
            "an inquiry.\n\n"
            "A spokeswoman for the Ohio attorney general's office said the investigation was continuing.")
    got = by_text(text)
    assert (got["it had opened an inquiry"]["speaker"], got["it had opened an inquiry"]["speaker_kind"]) == \
        ("Norway's rail safety office", "organisation")
    assert got["the investigation was continuing"]["speaker"] == "Ohio attorney general's office"


# --- reported clauses ----------------------------------------------------------------------

def test_about_before_a_number_opens_a_reported_clause():
    """Class: a missed quote: "said about 300 workers had been stood down" was read as "said about X"
    (a topic); an approximating word before a number opens a quantified subject."""
    text = ("The Civil Haulage and Allied Workers Union said about 200 drivers had been laid off.\n\n"
            "Police said around 40 people were hurt.")
    got = by_text(text)
    assert got["about 200 drivers had been laid off"]["speaker"] == "Civil Haulage and Allied Workers Union"
    assert "around 40 people were hurt" in got


def test_declined_to_say_ends_the_reported_clause():
    """Class: a missed quote (span too long): "said A but declined to say whether B" ran on over the
    refusal, which is the narrator's account of what was not said."""
    text = ("Detective Inspector Maria Lund said the inquiry into the contract was continuing but declined to say "
            "whether more charges would follow.")
    assert by_text(text)["the inquiry into the contract was continuing"]["speaker"] == "Maria Lund"


def test_a_us_public_body_with_a_lower_case_head_and_its_nominal():
    """Class: empty speakers for "the Harlow Creek school district announced …" and a later "The
    district says …": a place name before a lower-case "school district" (like "the Queensland
    government") is a body, and "the district" points back to it."""
    text = ("The Harlow Creek school district announced last month that it would close two schools.\n\n"
            "The district says it will offer free buses.")
    got = speakers(text)
    assert got["it would close two schools"] == "Harlow Creek school district"
    assert got["it will offer free buses"] == "Harlow Creek school district"


def test_a_report_inside_a_fronted_when_clause_ends_at_its_comma():
    """Class: a missed quote (span too long): "When X announced that A, it called …" ran the report on
    into the main clause; a fronted subordinate clause ends at its comma."""
    text = ("When the Harlow Creek school district announced last month that it would close two schools, "
            "parents were angry.")
    assert by_text(text)["it would close two schools"]["speaker"] == "Harlow Creek school district"


def test_according_to_before_the_comma_is_no_clause_of_a_later_verb():
    """Class: a false quote and a missed one: "According to X's own survey, 61 per cent of parents who
    responded opposed …" took "According to X's own survey" as a clause reported by the respondents."""
    text = ("The Harlow Creek school district plans to close two schools.\n\n"
            "According to the district's own survey, 61 per cent of parents who responded opposed the closures.")
    got = by_text(text)
    assert not [t for t in got if t.startswith("According to")]
    row = got["61 per cent of parents who responded opposed the closures"]
    assert row["speaker"] == "Harlow Creek school district"


def test_a_body_the_article_never_names_is_its_common_noun_phrase():
    """Class: empty speakers for unnamed bodies: "according to the chapel committee", "The county
    council said in a letter …" (a body, not an anonymous person: the speaker is the noun phrase)."""
    text = ("The appeal to fix the chapel roof has raised \u00a39,000, according to the chapel committee.\n\n"
            "The county council said in a letter to the parish clerk that the signs were due in July.")
    got = by_text(text)
    assert got["The appeal to fix the chapel roof has raised \u00a39,000"]["speaker"] == "chapel committee"
    row = got["the signs were due in July"]
    assert (row["speaker"], row["speaker_kind"]) == ("county council", "organisation")


# --- the delayed lede ----------------------------------------------------------------------

def test_a_lede_description_is_the_person_named_at_the_start_of_the_next_paragraph():
    """Class: an empty speaker for a delayed-lede description ("A former bursar of … accused of taking
    $80,000 … told a jury that …"; the name opens the next paragraph). Also guards the thousands comma
    in "$80,000", which cut the speaker phrase to "000 from its accounts"."""
    text = ("Former school bursar tells court she took loans\n\n"
            "A former bursar of a Millbrook primary school accused of taking $80,000 from its accounts told a "
            "jury on Monday that she had meant to repay the money.\n\n"
            "Janet Okafor-Reid, 51, has pleaded not guilty to fraud.")
    assert speakers(text)["she had meant to repay the money"] == "Janet Okafor-Reid"
    assert not [c for c in cites(text) if c[0].startswith("000")]


def test_a_lede_possessive_role_is_the_body_that_opens_the_next_paragraph():
    """Class: "…, the hospital's operator said Tuesday." in the lede, with the body named as the next
    paragraph's subject ("Harrow Valley Health, which runs …, said …"), was left anonymous."""
    text = ("Rural clinic to shut at night\n\n"
            "The clinic at Pike Ford will close overnight for six weeks this summer because there are not "
            "enough nurses, the hospital's operator said Tuesday.\n\n"
            "Harrow Valley Health, which runs nine hospitals, said patients will be sent to Dunmore.")
    got = speakers(text)
    assert got["The clinic at Pike Ford will close overnight for six weeks this summer because there are not "
               "enough nurses"] == "Harrow Valley Health"


def test_a_short_anonymous_lede_subject_stays_anonymous():
    """Guard for the delayed-lede rule: "A senior official said …" (a short description) before a
    paragraph that opens with someone else's name is still an anonymous source."""
    text = ("Talks stall\n\n"
            "A senior official said the talks had stalled.\n\n"
            "Marta Ilves, the foreign minister, flew home on Friday.")
    assert speakers(text)["the talks had stalled"] == ""


def test_his_spokesman_speaks_for_the_person_and_is_cited_as_anonymous():
    """Class: "The premier has not commented. His spokesman said only that …" gave an empty speaker:
    a person's spokesman speaks for that person (the possessive points back like a he); the cited
    source stays the unnamed spokesman."""
    text = ("Premier Alan Whitcombe-Hale has backed the new line.\n\n"
            "The premier has not commented publicly on the vote. His spokesman said the grant was under review.")
    row = by_text(text)["the grant was under review"]
    assert (row["speaker"], row["speaker_text"]) == ("Alan Whitcombe-Hale", "His spokesman")
    assert ("His spokesman", "his spokesman", "anonymous") in cites(text)


def test_the_with_a_capital_in_mid_sentence_is_part_of_a_name():
    """Class: an outlet named "The Quill" got the speaker "Quill": a capital "The" in mid-sentence ("had
    The Quill open") shows the article belongs to the name."""
    text = ("The Quill reported on Monday that Corvane had been planning the cuts since January.\n\n"
            "\"People had The Quill open in one tab and their inbox in the other,\" one engineer said.")
    assert speakers(text)["Corvane had been planning the cuts since January"] == "The Quill"


def test_a_report_by_a_maker_found_is_a_finding_with_its_fragment():
    """Class: missed quotes for "A report by X, released …, found CLAUSE with “a fragment”": the noun
    "report" was matched as the verb "report" (then dropped as a noun), hiding the "found" after it, and
    the fragment had no cue."""
    text = ("A report by Marlow Geotechnical, released with the budget papers on Thursday, found the clay beneath "
            "the spillway was \"softer than expected\" in places.")
    got = by_text(text)
    clause = got["the clay beneath the spillway was \"softer than expected\" in places"]
    assert (clause["kind"], clause["verb"], clause["speaker"]) == ("indirect", "found", "Marlow Geotechnical")
    assert (got["softer than expected"]["kind"], got["softer than expected"]["speaker"]) == ("partial", "Marlow Geotechnical")


def test_court_filings_and_a_briefing_note_show_a_reported_clause():
    """Class: missed quotes for documents as sources: "Court filings show that …" (also with "allegedly"
    in the clause) and "An internal briefing note, obtained …, shows CLAUSE" (speaker unresolved)."""
    text = ("Court filings show that the firm's owner, Dale Varga, began helping investigators in 2022. Court "
            "filings show that Varga's company allegedly paid two other officials.\n\n"
            "An internal briefing note, obtained through a freedom of information request, shows the clinics were "
            "cut from the plan in May.")
    got = by_text(text)
    for clause in ("the firm's owner, Dale Varga, began helping investigators in 2022",
                   "Varga's company allegedly paid two other officials", "the clinics were cut from the plan in May"):
        assert (got[clause]["kind"], got[clause]["speaker"]) == ("indirect", "")
    assert ("allegedly", "allegedly", "hedge") in cites(text)


def test_a_clause_before_it_said_is_reported_by_the_body():
    """Class: a missed quote: "The inquiry could take up to a year, it said." (a clause-first report
    whose subject is a body's "it") was dropped, since "it" was no accepted lower-case subject."""
    text = ("The Markets Board said it had reached no conclusions. The inquiry could take up to a year, it said.")
    row = by_text(text)["The inquiry could take up to a year"]
    assert (row["speaker"], row["speaker_text"]) == ("Markets Board", "it")


def test_a_straight_single_quote_before_the_verb_of_a_reported_clause():
    """Class: a missed quote in straight single-quote copy: "said the smoke 'came out of nowhere'" did
    not read "'came" as a past-tense verb, so the clause was not found (only the fragment was)."""
    text = ("'We were terrified,' said one passenger. 'Nobody knew what was going on.'\n\n"
            "Morag Ferrie, 52, from Kilbarrow, who was travelling with her husband, said the smoke 'came out of "
            "nowhere'.\n\n"
            "'It was awful,' she said.")
    row = by_text(text)["the smoke 'came out of nowhere'"]
    assert (row["kind"], row["speaker"]) == ("indirect", "Morag Ferrie")


def test_were_told_is_an_agentless_passive_not_an_attribution():
    """Class: passive "were told" / "has been told": the subject is the addressee, yet it was taken for
    the speaker ("Staff in Dublin were" cited as an anonymous source; "The parish council has been told
    that …" made a quote)."""
    text = "The parish council has been told that the road will reopen in May."
    assert rows(text) == []
    assert cites(text) == []


def test_according_to_the_memo_is_its_author_named_far_before():
    """Class: "…, according to the memo." at the foot of a story resolved to no one: the memo's author
    is the subject after "In a memo to staff seen by <outlet>, …" (not the outlet after "seen by"), even
    when the lede is more than 2,000 characters back; and "were told" there is no attribution of its own."""
    text = ("In a memo to staff seen by The Quill Weekly, chief executive Hanna Lindqvist said the cuts would "
            "fall on sales.\n\n"
            + "Shares in the company rose by four per cent in early trading in Oslo on the news. " * 30 + "\n\n"
            "Staff in Dublin were told they would hear by email on Thursday, according to the memo.")
    row = by_text(text)["Staff in Dublin were told they would hear by email on Thursday"]
    assert (row["speaker"], row["speaker_text"]) == ("Hanna Lindqvist", "the memo")
    assert not [c for c in cites(text) if c[0].startswith("Staff")]
