"""Speaker classes of the twenty-eighth round (tuned on blind set BZ, and on invented probes): a nickname set before
"as everyone calls her"; an event's organisers set before the company's name; a body named with its own initials
in brackets holds its "and"; a body named by its members' plural possessive ("the employers' body"); a shop's name
in the possessive ("Hartley's said", "A Hartley's spokeswoman"); a saint's possessive alone ("St. Brendan’s") is the
body named for the saint; "ruled on Tuesday that"; an outlet described in an aside ("X, a trade journal, first
reported"); "Office of the …" is an institution; a group "calling itself" a quoted name. From blind set CD (tuned on
after its first measurement): a title "titled ‘…’" or alone in quotation marks; a name before ", which"; a rank
("No. 3") before a name; a modified council noun pointing to the council named next; a bare surname shared with a
relative; a census first name against a pronoun about someone else; a hyphened paper's name.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from sentence_tags import by_text, cite_types, speakers  # tests/tag is on sys.path


def test_a_nickname_set_before_as_everyone_calls_her_is_the_person_named_before():
    """Class (wrong speaker): "Peggy, as everyone in the village calls her," made "Peggy" a person of her own, and
    every quote of hers went to the nickname, not to Margaret X."""
    text = ("Bus\n\nWinifred Okolie-Strand, who is 81, takes the bus twice a week.\n\nWinnie, as everyone in Tarley "
            "calls her, keeps the timetable by the door. “It is my lifeline,” Winnie says.\n")
    assert speakers(text)["It is my lifeline,"] == "Winifred Okolie-Strand"
    text = ("Ferry\n\nBartholomew Quaye has run the ferry since 1990.\n\nBart, as he is known, says the engine is "
            "tired. “She needs a rest,” Bart says.\n")
    assert speakers(text)["She needs a rest,"] == "Bartholomew Quaye"
    # a name before "as" with no nickname's verb stays a name of its own
    text = ("Race\n\nTomas Varga won the race.\n\nElin Rask, as expected, came second. “I am happy,” Rask said.\n")
    assert speakers(text)["I am happy,"] == "Elin Rask"


def test_the_organisers_set_before_a_name_make_it_a_body():
    """Class (wrong speaker): "the organisers, Run Harwick, said" left "Run Harwick" a person, so "The company"
    after it went to another body."""
    text = ("Race\n\nThe Pell Charity backed the race.\n\nThe organisers, Go Tarnside, said the race would go ahead. "
            "Go Tarnside said entrants would get a refund.\n\nThe company said it was insured.\n")
    got = by_text(text)
    assert got["entrants would get a refund"]["speaker_kind"] == "organisation"
    assert got["it was insured"]["speaker"] == "Go Tarnside"
    # a census first name keeps the organisers people
    got = by_text("Fair\n\nThe organisers, Anna Pell and Tom Rusk, said the fair would go ahead.\n")
    assert got["the fair would go ahead"]["speaker_kind"] != "organisation"


def test_a_body_followed_by_its_initials_keeps_its_and():
    """Class (wrong speaker): "the Building and Gas Safety Executive (BGSE)" was cut at "and", leaving a person
    "Safety Executive"; "The executive said" then went to the last person."""
    got = speakers("Court\n\nProsecuting for the Fishing and Coastal Safety Executive (FCSE), Ana Kell told the court "
                   "the pump was faulty.\n\nSpeaking outside court, inspector Tomas Reyl said the fine was fair.\n\nThe "
                   "executive said it had brought 12 cases last year.\n")
    assert got["it had brought 12 cases last year"] == "Fishing and Coastal Safety Executive"
    # two names joined by "and" without initials stay two
    got = by_text("Deal\n\nMarta Lind and Pavel Orr said the deal was done.\n")
    assert got["the deal was done"]["speaker"] != "Marta Lind and Pavel Orr"


def test_a_body_named_by_its_members_possessive_points_back_to_it():
    """Class (empty speaker): "The employers' body said" after the "Council of Education Employers" was left
    unresolved: "body" is no nominal head of its own."""
    got = speakers("Pay\n\nThe Federation of Dairy Farmers said prices were too low.\n\nThe farmers' body said about "
                   "300 farms could close this year.\n")
    assert got["about 300 farms could close this year"] == "Federation of Dairy Farmers"
    # without a body whose name holds the plural, the phrase is left alone
    got = by_text("Pay\n\nThe Federation of Dairy Farmers met on Monday.\n\nThe workers' body said about 300 jobs "
                  "could go.\n")
    assert got["about 300 jobs could go"]["speaker"] != "Federation of Dairy Farmers"


def test_a_shop_named_in_the_possessive_speaks():
    """Class (missed quote, empty speaker): "Hartley's said in a statement that …" was read as a possessive before a
    noun, so the report was missed; "A Hartley's spokeswoman added:" got no speaker."""
    text = ("Sinkhole\n\nThe hole opened outside Merrow's Foodhall in Tedby on Friday.\n\nMerrow's said in a statement "
            "that the store would stay shut.\n\nA Merrow's spokeswoman added: “We are grateful to the staff.”\n")
    got = speakers(text)
    assert got["the store would stay shut"] == "Merrow's Foodhall"
    assert got["We are grateful to the staff."] == "Merrow's Foodhall"
    # "it's said that" is nobody's report, and a name's possessive before a noun stays a possessive
    got = by_text("Ghost\n\nIt's said that the house is haunted. Ruiz’s reply was swift: “Nonsense.”\n")
    assert "the house is haunted" not in got


def test_a_saints_possessive_alone_is_the_body_named_for_the_saint():
    """Class (wrong speaker): "the nurses at St. Brendan’s" made a person "Brendan" with the title "St."; "A
    spokeswoman for St. Brendan’s said" then got no speaker."""
    text = ("Mayor\n\nThe mayor was taken to St. Oswin’s Regional Medical Center on Monday.\n\nA spokeswoman for "
            "St. Oswin’s said the hospital would not release further details.\n")
    assert speakers(text)["the hospital would not release further details"] == "St. Oswin’s Regional Medical Center"


def test_ruled_with_a_day_before_that_reports_the_ruling():
    """Class (missed quote): "the Welfare Board ruled on Tuesday that …" was missed: "ruled" counted only right
    before "that"."""
    got = speakers("Zoo\n\nThe Harlan Zoo lost its licence after the state's Animal Welfare Board ruled on Tuesday "
                   "that the barn was too small.\n")
    assert got["the barn was too small"] == "Animal Welfare Board"
    # "ruled out" is still no report
    assert "the barn was too small" not in speakers("Zoo\n\nThe board ruled out that the barn was too small.\n")


def test_an_outlet_described_in_an_aside_that_first_reported_is_cited():
    """Class (missed citation): "Dental Practice Today, a trade journal, first reported the attack" was no source."""
    got = cite_types("Breach\n\nThe breach hit 40 clinics.\n\nClinic Weekly Digest, a trade journal, first reported "
                     "the attack on 9 October.\n")
    assert got.get("Clinic Weekly Digest") == "news_outlet"
    # a name with no outlet's kind beside it is no outlet
    got = cite_types("Breach\n\nThe breach hit 40 clinics.\n\nMarta Quell, a retired nurse, first reported the "
                     "leak.\n")
    assert "Marta Quell" not in got


def test_a_body_named_office_of_is_an_institution_whatever_ends_its_name():
    """Class (citation type): "the Office of the Data Guardian" was a news outlet ("Guardian" ends papers' names)."""
    got = cite_types("Breach\n\nThe Office of the Data Guardian said it had been notified.\n")
    assert got["Office of the Data Guardian"] == "institution"
    assert cite_types("Breach\n\nThe Kelby Guardian reported the breach.\n")["Kelby Guardian"] == "news_outlet"


def test_a_group_calling_itself_a_quoted_name_is_that_body():
    """Class (empty speaker): "A criminal gang calling itself “Grey Heron” …. the gang said" left the gang's report
    with no speaker (the quoted name was taken for a person)."""
    got = speakers("Hack\n\nA criminal gang calling itself “Silver Fox” has claimed the attack. In a post online, the "
                   "gang said it would publish the data unless the firm paid.\n")
    assert got["it would publish the data unless the firm paid"] == "Silver Fox"


def test_a_maker_named_with_its_trade_noun_is_a_body():
    """Class (empty speaker): "the Swiss maker Vellaine" left the one-word name no mention, so "Vellaine welcomed the
    seizure. In a statement, the company said …" had no body to point back to."""
    got = speakers("Fakes\n\nOfficers seized 900 watches bearing the name of the Swiss maker Orvelle.\n\nOrvelle "
                   "welcomed the seizure. In a statement, the company said that it would seek the destruction of every "
                   "watch.\n")
    assert got["it would seek the destruction of every watch"] == "Orvelle"


def test_a_title_in_quotation_marks_after_titled_is_no_speaker():
    """Class (wrong speaker): "The 212-page report, titled ‘Listening Too Late’, said …" made "Too Late" a person
    (with the title "Listening") and the report's clause hers."""
    got = by_text("Review\n\nThe 212-page report, titled ‘Listening Far Too Late’, said the ward had been run with ‘a "
                  "culture of silence’.\n")
    assert got["a culture of silence"]["speaker"] == ""


def test_a_name_followed_by_which_is_a_body():
    """Class (wrong speaker): "The Pro Tennis Circuit, which runs the women’s tour, said" made "Tennis Circuit" a
    person titled "Pro" (nameparser lists "pro" among titles)."""
    got = by_text("Tennis\n\nThe Pro Squash Circuit, which runs the men’s tour, said in a statement that it respects "
                  "the ruling.\n")
    assert got["it respects the ruling"]["speaker"] == "Pro Squash Circuit"
    assert got["it respects the ruling"]["speaker_kind"] == "organisation"
    # a place after "in" is no body, whatever follows it
    got = by_text("Flood\n\nThe water rose fastest in New Carrow, which lies below the dam, said engineer Ana Ruiz.\n")
    assert all(r["speaker"] != "New Carrow" for r in got.values())


def test_a_players_rank_before_the_name_keeps_the_speaker():
    """Class (empty speaker): "“…,” said former world No. 3 Petra X" cut the phrase at "No." and left no speaker."""
    got = speakers("Tennis\n\n“You check everything,” said former world No. 3 Ilse Varga-Hoek, now a commentator.\n")
    assert got["You check everything,"] == "Ilse Varga-Hoek"


def test_a_modified_council_noun_points_forward_to_the_council_named_next():
    """Class (wrong speaker): "The district council … says it has been lobbying. A spokesperson for Wendale District
    Council said" gave the lobbying to the parish council named paragraphs before."""
    text = ("Broadband\n\nThe Tarn Cross Parish Council met on Monday.\n\nThe district council, which has its own plan, "
            "says it has been lobbying for the village. A spokesperson for Orrel District Council said the council "
            "could not compel a firm to build.\n")
    assert speakers(text)["it has been lobbying for the village"] == "Orrel District Council"


def test_a_bare_surname_is_the_subject_not_the_relative_introduced_after():
    """Class (wrong speaker): in an obituary, "His daughter, Simone X, said …. X moved to Chicago" gave the bare
    surname to the daughter, so the subject's own words went to her."""
    text = ("Obituary\n\nAmbrose Kettle-Oduya, the trumpeter, died on Friday. He was 84.\n\nHis daughter, Rosa "
            "Kettle-Oduya, said he died in his sleep.\n\nBorn in Memphis, Kettle-Oduya moved to Chicago at 19.\n")
    from corpus_tools import default_codebook
    from corpus_tools.tag.mentions import document_mentions

    bare = [m for m in document_mentions(text, default_codebook())[0] if m.text == "Kettle-Oduya"]
    assert [m.actor for m in bare] == ["Ambrose Kettle-Oduya"]
    # the relative who speaks keeps the surname she speaks under
    text = ("Missing\n\nTom Hale, 8, went missing on Sunday.\n\nHis mother, Ana Hale, said he had gone to the park."
            "\n\n“We just want him home,” Hale said.\n")
    assert speakers(text)["We just want him home,"] == "Ana Hale"


def test_a_census_first_name_outweighs_a_pronoun_about_someone_else():
    """Class (wrong speaker): "Marguerite X said the club would close in his honor" counted "his" as her gender, so
    her next "she said" went to another woman."""
    text = ("Obituary\n\nNeil Abbot died on Friday. His sister, Joan Abbot, said he died at home.\n\nThe club's owner, "
            "Marguerite Osei-Lindholm, said the club would close in his honor. “There’s no one to book,” she said.\n")
    assert speakers(text)["There’s no one to book,"] == "Marguerite Osei-Lindholm"


def test_a_hyphened_paper_and_a_place_before_it():
    """Class (wrong speaker): "the Chicago Sentinel-Times" was a person, and "in Chicago" a short form of it, so
    "the club" went to the paper."""
    text = ("Obituary\n\nNeil Abbot, who played at the Blue Lantern in Chicago for 31 years, died on Friday.\n\nThe "
            "Blue Lantern’s owner, Mara Quint, said the club would close for a night.\n\nThe club wrote on Instagram "
            "that the bandstand would stay dark.\n\nIn a rare conversation with the Chicago Sentinel-Times in 1998, "
            "Abbot said he was a workman.\n")
    got = by_text(text)
    assert got["the bandstand would stay dark"]["speaker"] == "Blue Lantern"
    assert got["he was a workman"]["speaker"] == "Neil Abbot"


def test_a_two_word_name_alone_in_quotation_marks_is_a_title():
    """Class (wrong speaker): "The quartet’s only album was “Lantern Light”" made the album a person, to whom a
    later "she said" went."""
    text = ("Jazz\n\nThe quartet’s only album was “Harbour Light” in 1979.\n\nThe trumpeter Delia Rowe, who toured "
            "with him, said he could be stubborn. “He was right, of course,” she said.\n")
    assert speakers(text)["He was right, of course,"] == "Delia Rowe"


def test_the_one_relative_brought_in_with_a_kin_noun_is_that_noun_later():
    """Class (empty speaker): "His daughter, Simone X, said …" near an obituary's top, then "According to his
    daughter, …" after other men were quoted: "his" was read as the nearest man, whose daughter nobody named."""
    text = ("Obituary\n\nAmbrose Kettle, the trumpeter, died on Friday. He was 84.\n\nHis daughter, Rosa Kettle, said "
            "he died at home.\n\n“He taught me everything,” said the pianist Tomas Reyl, who played with him for 20 "
            "years.\n\nAccording to his daughter, he was still practising every morning.\n")
    assert speakers(text)["he was still practising every morning"] == "Rosa Kettle"


def test_a_services_station_is_a_body():
    """Class (empty speaker): "according to Porthkellis Lifeboat Station" left no speaker ("Station" ends places'
    names)."""
    got = speakers("Storm\n\nThe lifeboat has been launched to a fishing boat, according to Tarnmouth Lifeboat "
                   "Station.\n")
    assert got["The lifeboat has been launched to a fishing boat"] == "Tarnmouth Lifeboat Station"
    # a railway station stays a place
    got = by_text("Storm\n\nThe trains have stopped, according to staff at Tarnmouth Central Station.\n")
    assert all(r["speaker"] != "Tarnmouth Central Station" for r in got.values())


def test_classes_of_blind_set_cf():
    """Classes from CF (tuned on after its first measurement): "estimated that each …" reports; "…, a figure the
    unions dispute." reports nothing; a spokesperson of a body whose name holds "for" and "and"; a firm's name
    without "Ltd"; a nickname in single quotation marks inside a name; a place before "library"; a town named in a
    list is no short form of its council; a maker's name ending in "Mobile" is a body."""
    got = by_text("Strike\n\nThe Federation of Upland Traders estimated that each strike day cost its members about "
                  "£3m, a figure the unions dispute.\n")
    assert got["each strike day cost its members about £3m"]["speaker"] == "Federation of Upland Traders"
    assert len(got) == 1  # (no report of "the unions")
    got = speakers("Strike\n\nA Department for Roads and Rail spokesperson said the claim was untrue.\n")
    assert got["the claim was untrue"] == "Department for Roads and Rail"
    got = speakers("Festival\n\nThe organisers, Tarnfield Events Ltd, cancelled Sunday.\n\nTarnfield Events said the "
                   "stage was safe.\n")
    assert got["the stage was safe"] == "Tarnfield Events Ltd"
    got = speakers("Rugby\n\nDirector of rugby Owen 'Bull' Prothero kept his head down. Later Prothero told a radio "
                   "station the squad deserved better.\n\n'I'm not going anywhere,' he said.\n")
    assert got["I'm not going anywhere,"] == "Owen Prothero"
    got = speakers("Libraries\n\nFive branches – Holm, Marsh Tarn, Little Ebb and Pexby – would close. Pexby Town "
                   "Council has not commented. The council said no decision had been made.\n\nAt Marsh Tarn library "
                   "on Tuesday, Delia Okoro, 71, said she had come in every week since 1979.\n")
    assert got["she had come in every week since 1979"] == "Delia Okoro"
    # a person followed by a facility's noun, with no preposition before, stays a person
    got = speakers("Bank\n\nAna Lee branch manager at the bank said the closure was a shock.\n")
    assert got["the closure was a shock"] == "Ana Lee"
    got = speakers("Recall\n\nTarvo Mobile has recalled 20,000 phones.\n\nThe company said it had received 48 reports "
                   "of overheating.\n")
    assert got["it had received 48 reports of overheating"] == "Tarvo Mobile"
