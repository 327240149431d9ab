"""Citation classes of the sixth tuning round (blind sets M and O, checked on A, C, D, E, G, I and K).

Every sentence here is invented for the test (no text of the gold articles). Each test's docstring
names the failure class it guards.
"""
from __future__ import annotations

from dataclasses import replace

from corpus_tools.tag.citations import document_citations
from corpus_tools.tag.mentions import document_layer
from corpus_tools.tag.quotes.direct import document_quotes
from sentence_tags import cite_texts, cites, doc_and_codebook  # tests/tag is on sys.path


def _cites_when(text: str, quote_start: str, layer_kind: str = "", **speaker) -> list[tuple[str, str, str]]:
    """The citations of ``text`` when the resolver gives the quote that starts with ``quote_start`` the
    speaker fields in ``speaker`` (``speaker_text`` is placed at its first occurrence in the text), and,
    with ``layer_kind``, the mention layer gives that kind to the speaker's mentions: the misreadings
    of other layers that the citation rules must survive, whatever those layers do now."""
    doc, cb = doc_and_codebook(text)
    layer = document_layer(doc, cb)[0]
    quotes = document_quotes(doc, cb, layer)
    hit = [q for q in quotes if q["text"].startswith(quote_start)]
    assert hit, [q["text"] for q in quotes]
    q = hit[0]
    q.update(speaker)
    if "speaker_text" in speaker:
        q["speaker_mention_start"] = doc.clean_text.index(speaker["speaker_text"])
        q["speaker_mention_end"] = q["speaker_mention_start"] + len(speaker["speaker_text"])
    if layer_kind:
        layer = [replace(m, kind=layer_kind) if m.actor == q["speaker"] else m for m in layer]
    return [(c["text"], c["source"], c["source_type"]) for c in document_citations(doc, cb, quotes, layer)]


# --- speakers that are no source ---------------------------------------------------------------

def test_a_document_read_out_is_no_source():
    """Class: "According to the audit", "Its decision notes", "the ruling states" and "according to a
    planning application" cited the document as an anonymous source (a document is what a source wrote,
    not a source type)."""
    text = ("The council spent too much on consultants, according to the audit.\n\n"
            "The panel heard the appeal in May. Its decision notes that the athlete changed her account.\n\n"
            "No trace of the drug was found, the ruling states.\n\n"
            "The shop will open in March, according to a planning application filed with the county.")
    got = cite_texts(text)
    for words in ("the audit", "Its decision", "the ruling", "a planning application"):
        assert not any(t.startswith(words) for t in got), got


def test_one_of_them_points_back_and_cites_nothing_new():
    """Class: "…,” one of them said." after a group already described made a second anonymous citation
    of the pronoun phrase ("one of them"), which names no one."""
    text = ("Three nurses described long shifts without a break.\n\n"
            "\"Nobody listens to us,\" one of them said.")
    assert "one of them" not in cite_texts(text)


def test_a_relative_which_cites_the_body_before_it():
    """Class: "The study was paid for by the Arctic Science Council, which said it would …" cited the
    relative pronoun "which" (the resolver's speaker_text) as an anonymous source instead of the council
    it stands for."""
    text = ("The study was paid for by the Arctic Science Council, which said it would fund three more "
            "years of work.")
    got = _cites_when(text, "it would fund", speaker="", speaker_text="which", speaker_kind="anonymous")
    assert not any(c[0] == "which" for c in got)
    assert ("Arctic Science Council", "Arctic Science Council", "institution") in got


def test_a_relative_who_is_no_anonymous_source():
    """Class: "… Dr X, a former researcher in the lab, who said she …" cited the relative pronoun "who"
    as an anonymous source; a person is the quotes table's speaker, not a citation."""
    text = ("The concerns were first raised by Dr. Hedda Lunde-Boateng, a former researcher in the lab, "
            "who said she had seen the same image twice.")
    got = _cites_when(text, "she had seen", speaker="", speaker_text="who", speaker_kind="anonymous")
    assert "who" not in [c[0] for c in got]


def test_the_subject_of_the_clause_is_not_its_speaker():
    """Class: a paragraph that opens with the reported clause ("Staff in the branch offices will receive
    …") gave the clause's own subject as the speaker, and it became an anonymous citation."""
    text = ("\"I take responsibility for these choices,\" the chief executive wrote.\n\n"
            "Affected workers in the regional offices will receive 12 weeks of pay, the memo said.")
    got = _cites_when(text, "Affected workers", speaker="", speaker_text="Affected workers in the regional",
                      speaker_kind="anonymous")
    assert not any(c[0].startswith("Affected workers") for c in got), got


def test_a_speaker_phrase_that_is_a_fragment_of_the_clause():
    """Class: a resolver phrase that begins in the verb group ("were bought by the gallery from a Paris
    dealer who described them as …") or ends in a pronoun ("a notebook she") became an anonymous
    citation; the source is the indefinite noun phrase at its end, or nothing."""
    text = ("The masks were bought by the gallery in 1968 from a Paris dealer who described them as "
            "\"family heirlooms\".\n\n"
            "Ines keeps the shop's orders in a notebook she calls \"the only honest book in the house.\"")
    got = cite_texts(text)
    assert not any(t.startswith("were bought") for t in got), got
    assert not any(t.endswith(" she") for t in got), got


def test_a_single_name_with_an_age_is_a_person():
    """Class: "…,” said Raju, 28, a mill worker from …" made the one-word name an anonymous source (the
    phrase "a mill worker" made it look vague); a name with an age in apposition is a person."""
    text = "\"We have not been paid since June,\" said Raju, 28, a mill worker from the next village."
    assert "Raju" not in cite_texts(text)


# --- spans of anonymous sources ----------------------------------------------------------------

def test_where_a_source_sat_is_no_part_of_it():
    """Class: "Several parents in the back rows shouted …", "A well-known tailor elsewhere in the town,
    who …" kept the place in the anonymous source's span ("in the back rows", "elsewhere in the town"),
    so it no longer matched the noun phrase."""
    text = ("\"Would you send your child on that bus?\" she asked.\n\n"
            "Several parents in the back rows shouted \"No!\"\n\n"
            "A well-known tailor elsewhere in the town, who asked not to be named, said the suits were "
            "\"clever but cold\".")
    got = cite_texts(text)
    assert "Several parents" in got, got
    assert "A well-known tailor" in got, got


def test_an_anonymity_clause_makes_an_anonymous_source():
    """Class: "A club staff member, who was not authorised to speak publicly, said …" and "Two of the
    professor's former students, who asked not to be named, said …" got no citation (the resolver gave
    the quote to a named body or person); the AP's anonymity clause marks the phrase as the source."""
    text = ("Linden Rowing Club said the crew would race on Sunday. A Linden staff member, who was not "
            "authorised to speak publicly, confirmed the change of cox.\n\n"
            "Two of Halvorsen-Diop's former students, who asked not to be named because they still work in "
            "the field, described the lab as a tense place.")
    got = cites(text)
    assert ("A Linden staff member", "a linden staff member", "anonymous") in got
    assert ("Two of Halvorsen-Diop's former students", "two of halvorsen-diop's former students",
            "anonymous") in got


def test_a_persons_representative_is_an_anonymous_source():
    """Class: "A representative for <person> confirmed …" got no citation (no quote, and the spokesman
    rule only knew bodies); like "his spokesman", the unnamed representative of a person is anonymous."""
    text = ("Singer Marla Quennell-Obi has filed for divorce.\n\n"
            "A representative for Quennell-Obi confirmed the filing on Tuesday.")
    assert ("A representative for Quennell-Obi", "a representative for quennell-obi", "anonymous") in cites(text)


def test_one_person_familiar_with_the_matter():
    """Class: "citing a person familiar with the matter" (one person) got no citation: the vague-source
    pattern knew only the plural ("people familiar with")."""
    text = "The couple signed a prenuptial agreement, the gossip site reported, citing a person familiar with the matter."
    assert "a person familiar with the matter" in cite_texts(text)


# --- bodies ----------------------------------------------------------------------------------

def test_a_body_taken_for_a_person_is_cited_when_used_as_one():
    """Class: a team or company named like a person ("Fernhill Cycling Polska said …", "Team Orla-Vance
    said on X that its …") got no institution citation; "its" opening the report, or the name qualifying
    staff ("a Fernhill staff member"), shows it is a body."""
    text = "Velo Ardenne said on X that its sprinter had broken his wrist."
    got = _cites_when(text, "its sprinter", speaker_kind="person")
    assert ("Velo Ardenne", "Velo Ardenne", "institution") in got, got
    text = ("Fernhill Cycling Polska said in a statement that the leader had a fever. A Fernhill staff member "
            "drove him to hospital.")
    got = _cites_when(text, "the leader", speaker_kind="person")
    assert ("Fernhill Cycling Polska", "Fernhill Cycling Polska", "institution") in got, got


def test_a_body_named_after_its_classifier_in_a_speaker_phrase():
    """Class: "The Facebook group Keep Our Library, which has 900 members, posted that …" made the whole
    phrase an anonymous source, hiding the platform and the group: the name after the classifier is
    the body, and the platform is cited on its own."""
    text = ("The Facebook group Keep Our Library, which has 900 members, posted on Sunday that its members "
            "would march to the town hall.")
    got = _cites_when(text, "its members", speaker="", speaker_kind="anonymous",
                      speaker_text="The Facebook group Keep Our Library, which has 900 members")
    assert ("Facebook", "Facebook", "platform") in got, got
    assert ("Keep Our Library", "Keep Our Library", "institution") in got, got


def test_figures_compiled_by_a_classified_body():
    """Class: "According to figures compiled by the heritage charity Give It Back, …" and "A poll of 600
    voters carried out for the Clarion by Tui Research …" got no citations: the maker after a lower-case
    classifier, and a poll with its sample between noun and verb, were not seen."""
    text = ("According to figures compiled by the heritage charity Give It Back, 40 objects were returned.\n\n"
            "A poll of 600 voters carried out for the Clarion by Tui Research last week put her ahead.")
    got = cite_texts(text)
    assert "Give It Back" in got, got
    assert "Clarion" in got and "Tui Research" in got, got


def test_according_to_the_classifier_and_name():
    """Class: "According to the retraction database Retraction Ledger-Index, …" got no citation (the name
    has no outlet word, and the mention layer took the two capitalised words for a person); the
    classifier before the name says it is a body. A title before it ("the minister") is a person's."""
    text = ("According to the retraction database Paper Trace, the journal has retracted 11 papers.\n\n"
            "According to the minister Ruth Adair-Kone, the bridge will reopen in May.")
    got = cite_texts(text)
    assert "Paper Trace" in got, got
    assert "Ruth Adair-Kone" not in got, got


def test_an_investigation_by_a_body():
    """Class: "… after an investigation by Fjordvik University concluded that …" got no citation: the
    body that made the findings the article reports is their source."""
    text = "The journal retracted the study after an investigation by Fjordvik University concluded that images were altered."
    assert ("Fjordvik University", "Fjordvik University", "institution") in cites(text)


# --- outlets ---------------------------------------------------------------------------------

def test_an_outlet_that_published_or_broadcast():
    """Class: "published on Wednesday by Cell Signalling Letters" and "broadcast live by Peak Sport TV"
    got no citation: the cues knew "published in" and "reported by" only."""
    text = ("The notice, published on Wednesday by Cell Signalling Letters, says the data cannot be trusted.\n\n"
            "The team radio, which was broadcast live by Peak Sport TV, caught the order to attack.")
    got = cite_texts(text)
    assert "Cell Signalling Letters" in got, got
    assert "Peak Sport TV" in got, got


def test_the_paper_after_a_journal_is_a_study():
    """Class: once a journal was named ("published by X Letters"), "the paper" later (a study in it)
    was cited as a back-reference to a newspaper."""
    text = ("The retraction, published on Monday by Soil Ecology Letters, ends the affair. The author told "
            "the Bay Herald he was innocent.\n\n"
            "Image analysts had flagged the paper before the inquiry began.")
    assert "the paper" not in cite_texts(text)


def test_a_place_before_the_kind_of_outlet_is_no_outlet():
    """Class: "writing in the Lyon weekly Le Pavé" cited "Lyon" as the outlet (the written-in cue took the
    first capitalised word); the name after the kind word is the outlet."""
    text = "The critic Anne Morel-Diallo, writing in the Lyon weekly Le Pavé, called the dish a provocation."
    got = cite_texts(text)
    assert "Lyon" not in got, got
    assert "Le Pavé" in got, got


def test_a_statement_sent_to_this_publication():
    """Class: "In a statement sent to this publication by his agent, he said …" did not cite the
    publishing outlet (the cue knew "told this newspaper" only)."""
    text = "In a statement sent to this publication by his agent, he said he had done nothing wrong."
    assert "this publication" in cite_texts(text)


def test_told_a_name_in_an_interview_is_an_outlet():
    """Class: "X told Fjell Science in an interview" was skipped because the mention layer took the
    two capitalised words for a person; people are not interviewed into, outlets are."""
    text = ("Dr. Ola Brekke-Asante found the copied image.\n\n"
            "\"I knew my own cells,\" Brekke-Asante told Fjell Science in an interview.")
    assert ("Fjell Science", "Fjell Science", "news_outlet") in cites(text)


def test_a_hyphenated_outlet_title_that_holds_a_document():
    """Class: "A copy seen by The Harbour-Courier says …" cited the paper as an institution (the
    outlet head "Courier" hid behind the hyphen), so the rule that a paper holding a document is not
    its source did not apply."""
    text = ("The review has not been published. A copy seen by The Harbour-Courier says the cost has "
            "doubled since 2021.")
    assert not any("Courier" in t for t in cite_texts(text))


# --- more speakers that are no source, and bodies behind people ---------------------------------

def test_a_determiner_alone_is_no_source():
    """Class: "The statement continued: ‘…’" gave the speaker phrase "The" (the document noun cut off),
    and the lone article became an anonymous citation."""
    text = "The union walked out.\n\nThe statement continued: \"We remain open to talks at any time.\""
    got = _cites_when(text, "We remain open", speaker="", speaker_text="The", speaker_kind="anonymous")
    assert "The" not in [c[0] for c in got], got


def test_a_capitalised_verb_marks_a_misread_clause():
    """Class: "Affected staff in the United States will receive …" was read as speaker "Affected staff in
    the United" with the cue "States" (a capitalised word is no speech verb mid-sentence), and the
    clause's own subject became an anonymous citation."""
    text = "Affected staff in the United States will receive 12 weeks of pay, according to the memo."
    got = cite_texts(text)
    assert not any(t.startswith("Affected staff") for t in got), got


def test_a_persons_office_is_an_institution():
    """Class: "The Minister’s office rejected the charge, saying in a statement that …" got no citation:
    the speaker phrase stopped at "The Minister" (a person, no citation); the office is the source."""
    text = ("Farm leaders accused the minister of ignoring the crisis. The Minister’s office rejected the "
            "charge, saying in a statement that the figures were accurate.")
    assert ("The Minister’s office", "The Minister’s office", "institution") in cites(text)


def test_a_name_after_a_persons_office_is_no_body():
    """Class: "Transport minister Ana Ruiz-Okafor said …" was cited as an institution when the mention
    layer called the name an organisation; a name right after a person noun ("minister") is a person."""
    text = "Transport minister Ana Ruiz-Okafor said ministers were watching closely."
    got = _cites_when(text, "ministers were", speaker_kind="organisation")
    assert not any("Ruiz-Okafor" in c[0] for c in got), got


def test_a_body_whose_name_ends_in_an_institution_word():
    """Class: "The Harbour Safety Unit said it did not comment …" got no citation when the mention layer
    took the name for a person: a name ending in an institution word ("Unit", "Tribunal", "Board") is a
    body."""
    text = "The Harbour Safety Unit said it did not comment on individual cases."
    got = _cites_when(text, "it did not comment", speaker_kind="person", layer_kind="person")
    assert ("Harbour Safety Unit", "Harbour Safety Unit", "institution") in got, got


def test_people_named_by_a_bodys_short_name():
    """Class: "Tenants who packed the hall said …", where "Tenants" is also the short name of the
    "Tenants First Alliance", was cited as the alliance: a plural word followed by "who" is people, not
    a body ("which")."""
    text = ("Tenants who packed the hall said the rise was a farce.\n\n"
            "The Tenants First Alliance organised the meeting.")
    got = _cites_when(text, "the rise was", speaker="Tenants First Alliance", speaker_text="Tenants",
                      speaker_kind="organisation")
    assert not any(c[0] == "Tenants" for c in got), got


# --- second pass: blind sets C, D and K ----------------------------------------------------------

def test_an_outlet_that_reached_the_speaker_or_published_on_a_day():
    """Class: "reached by Rowing Weekly Digest" and "published on Wednesday in the Journal of Sleep and
    Work" got no citation: the cues knew "reported by" and "published in" without a day."""
    text = ("The coach, reached by Sculling Weekly Review at his home, declined to comment.\n\n"
            "The study was published on Wednesday in the Journal of Sleep and Work.")
    got = cite_texts(text)
    assert "Sculling Weekly Review" in got, got
    assert "Journal of Sleep and Work" in got, got


def test_the_paper_after_a_journal_of():
    """Class: after "published … in the Journal of X", "the paper" (the study) was cited as a
    back-reference to the last newspaper named."""
    text = ("The nurse told the Valley Times she was tired.\n\n"
            "The study was published on Monday in the Journal of Night Work. The hospitals said they would "
            "study the paper.")
    assert "the paper" not in cite_texts(text)


def test_a_trade_title_with_an_ampersand():
    """Class: "told Quay & Cargo Week that …" cited "Quay" alone (the addressee stopped at the ampersand),
    so the title was missed and a false one-word outlet was cited."""
    text = "The sales director told Quay & Cargo Week that a switch takes under a second."
    got = cite_texts(text)
    assert "Quay & Cargo Week" in got, got
    assert "Quay" not in got, got


def test_an_email_or_a_copy_is_a_document():
    """Class: "An internal council email from May said …" and "A copy seen by X says …" were cited as
    anonymous sources; an email or a copy of a report is a document, not a source type."""
    text = ("An internal council email from May 2024 said the trees had not been checked.\n\n"
            "A copy seen by reporters says the cost has doubled.")
    got = cite_texts(text)
    assert not any(t.startswith(("An internal", "A copy")) for t in got), got


def test_a_headline_speaker_cites_nothing():
    """Class: a headline in the "X tells jury …" or "…, inquest told" form made its subject an anonymous
    citation; the headline is repeated in the body, where the source is cited."""
    text = ("Former club secretary tells jury she \u201cborrowed\u201d the money\n\n"
            "A former club secretary told a jury on Monday that she meant to pay the money back.")
    got = cite_texts(text)
    assert not any(t.startswith("Former club secretary") for t in got), got


def test_analysts_polled_by_a_body():
    """Class: "Analysts polled by Corvia Data had expected …" cited "Analysts" (anonymous) and not the
    pollster; the body that polled them is the source of the consensus figure."""
    text = "Analysts polled by Rennet Data had expected operating profit of 55 million euros."
    got = cites(text)
    assert ("Rennet Data", "Rennet Data", "institution") in got, got
    assert not any(c[0] == "Analysts" for c in got), got


def test_a_review_by_a_body_cites_it_only_when_its_findings_are_reported():
    """Class: "The confidential review by the Harbour Review Unit, an internal watchdog, was completed
    in May" cited the unit although nothing it found is reported there; "a review by X, which found
    that …" and "an inquiry by X concluded …" do cite it."""
    text = ("The confidential review by the Harbour Review Unit, an internal watchdog, was completed in May.\n\n"
            "She pointed to a 2023 review by the National Trust for Reading Research, which found that "
            "pupils lost ground.")
    got = cite_texts(text)
    assert "Harbour Review Unit" not in got, got
    assert "National Trust for Reading Research" in got, got


def test_indefinite_and_pronoun_phrases_cite_nothing():
    """Class: "So far, nobody has told me …" and "It has not said what …" made "nobody" and "It has not"
    anonymous citations (a pronoun with its verb, an indefinite pronoun)."""
    text = ("The district says it will offer a childcare programme. It has not said what that will cost.\n\n"
            "So far, nobody has told me who will pay for it.")
    got = cite_texts(text)
    assert "nobody" not in got and not any(t.startswith("It has") for t in got), got


def test_a_report_by_a_body_released_and_then_finding():
    """Class: "A report by X, released with the business case on Thursday, found …" got no citation when no
    quote carried it (a noun-phrase finding): the findings cue skipped "report" and a participle clause
    between the name and the verb."""
    text = ("A report by Corran Engineering Group, released with the business case on Thursday, found "
            "widespread cracking under the wall.")
    assert ("Corran Engineering Group", "Corran Engineering Group", "institution") in cites(text)


def test_a_body_in_a_relative_clause_about_the_speaker():
    """Class: "Mary Tenn-Ilori, who chairs the Marsh Growers' Association, said …" cited the association
    (a body followed by ", said"), though the speaker is the person it describes."""
    text = "Mary Tenn-Ilori, who chairs the Marsh Growers' Association, said the first alert came too late."
    assert not any("Association" in t for t in cite_texts(text))


def test_a_name_after_a_persons_office_speaks_as_a_person():
    """Class: see test_a_name_after_a_persons_office_is_no_body: the same misreading reached the citations
    through the rule for a body that speaks ("<organisation> said"), when the mention layer called
    "Transport minister Ana Ruiz-Okafor" an organisation."""
    text = "Transport minister Ana Ruiz-Okafor said ministers were watching closely."
    got = _cites_when(text, "ministers were", speaker_kind="organisation", layer_kind="organisation")
    assert not any("Ruiz-Okafor" in c[0] for c in got), got


def test_a_register_is_a_newspaper():
    """Class: "In a 2023 interview with the Plains State Register, …" got no citation (the mention layer
    took the name for a person, and "Register" was no outlet head)."""
    text = "In a 2023 interview with the Plains State Register, before he was charged, he called it a witch hunt."
    assert "Plains State Register" in cite_texts(text)


def test_footage_released_by_a_body_after_its_role():
    """Class: "according to radio audio released by the race organiser, Alpine Vélo Events" got no
    citation: "released" and "audio" were no commissioning words, and a comma after the classifier hid
    the name."""
    text = "He said he had nothing left, according to radio audio released by the race organiser, Glacier Vélo Events."
    assert "Glacier Vélo Events" in cite_texts(text)


def test_a_letter_to_a_paper():
    """Class: "wrote in a letter to the Review last month that …" did not cite the paper that printed the
    letter (the cues knew "told" and "wrote in")."""
    text = "A former curator wrote in a letter to the Evening Review last month that returns were rushed."
    assert "Evening Review" in cite_texts(text)
