"""Speaker classes of the twenty-third round (tuned on blind sets BP and BQ): a work's title after "author of", a
body's name without its closing head words or the listed words a comma cut off, an office held back by the lede,
a police force named a sentence after the lede, a team's name before a player's position, a body named again by a
noun of its class, documents with an aside, an anonymous source's he/she, and two people who share a surname.

Every sentence here is invented for the test (no text of the gold articles).
"""
from __future__ import annotations

from corpus_tools.tag.mentions import document_layer
from sentence_tags import doc_and_codebook, speakers  # tests/tag is on sys.path


def test_a_title_after_author_of_is_a_work_not_a_quote():
    """Class (wrong speaker): "The historian Nell Carraway-Pike, author of “Salt and Steam”, a study of canal
    towns, said …" made the title a quote spoken by "a study of canal towns", and the speaker's own report was
    lost, so her later "she said" had no antecedent."""
    text = ("Canal\n\nThe historian Nell Carraway-Pike, author of “Salt and Steam”, a study of canal towns, said the "
            "wharf was the last of its kind.\n\n“Nothing like it survives,” she said.\n")
    got = speakers(text)
    assert got.get("Salt and Steam", "") == ""
    assert got["the wharf was the last of its kind"] == "Nell Carraway-Pike"
    assert got["Nothing like it survives,"] == "Nell Carraway-Pike"


def test_a_body_named_again_without_its_closing_head_words():
    """Class (wrong speaker): "Tremont Vale said it would …" after "Tremont Vale Dairy Group" was taken for a
    person's two names; "it" after the name's verb shows a body (a founder named in a body's name stays a person:
    see the guard)."""
    text = ("Dairy\n\nTremont Vale Dairy Group, which bought the creamery in 2015, said it would close.\n\nTremont Vale "
            "said it would “look at any offer”.\n")
    assert speakers(text)["it would “look at any offer”"] == "Tremont Vale Dairy Group"
    guard = ("Reform\n\nThe Nora Quillan Institute for Rural Policy said the plan would fail.\n\nNora Quillan said: "
             "“I have seen this before.”\n")
    assert speakers(guard)["I have seen this before."] == "Nora Quillan"


def test_a_listed_name_cut_at_its_comma_gets_its_front_back_from_its_initials():
    """Class (wrong speaker): "The Bakers, Millers and Food Workers’ Union (BMFWU) said" became "Millers and Food
    Workers’ Union"; the initials in brackets show that the words before the comma belong to the name."""
    text = ("Mill\n\nThe Bakers, Millers and Food Workers’ Union (BMFWU) said it would ballot its members.\n")
    assert speakers(text)["it would ballot its members"] == "Bakers, Millers and Food Workers’ Union"


def test_an_office_held_back_by_the_lede_is_the_person_named_next():
    """Class (empty speaker): "…, the housing minister announced on Monday" in the lede, then "Priya Castellane-Obi
    told MPs …" opening the next paragraph, and later "the minister said": a short definite office is the person
    whose bare name opens the next paragraph (not one set beside a role of her own: see the guard)."""
    text = ("Rents\n\nRents in social housing will be frozen for a year, the housing minister announced on Monday."
            "\n\nPriya Castellane-Obi told MPs that the freeze would cost £200m.\n\n“This is overdue,” the minister "
            "said.\n")
    got = speakers(text)
    assert got["Rents in social housing will be frozen for a year"] == "Priya Castellane-Obi"
    assert got["This is overdue,"] == "Priya Castellane-Obi"
    guard = ("Rents\n\nRents in social housing will be frozen for a year, the housing minister announced on Monday."
             "\n\nPriya Castellane-Obi, the opposition spokeswoman, told MPs that the freeze was too late.\n")
    assert speakers(guard)["Rents in social housing will be frozen for a year"] != "Priya Castellane-Obi"


def test_police_in_the_lede_is_the_force_named_right_after():
    """Class (empty speaker): "…, police said." in the lede, then "Brackmoor Police said two men …": the one force
    the story goes on to name."""
    text = ("Raid\n\nThieves took 40 silver spoons from the Quenby Museum on Sunday, police said.\n\nBrackmoor Police "
            "said two men had forced a door.\n")
    assert speakers(text)["Thieves took 40 silver spoons from the Quenby Museum on Sunday"] == "Brackmoor Police"


def test_a_name_before_a_players_position_is_a_team():
    """Class (wrong speaker): "Tom Arkwright-Bede, the former Ellerby Falcons winger, is suing …, claiming that …"
    gave the claim to "Ellerby Falcons", taken for a person; a name before a position is a team's."""
    text = ("Lawsuit\n\nTom Arkwright-Bede, the former Ellerby Falcons winger, is suing the club, claiming that it "
            "ignored his injuries.\n")
    doc, codebook = doc_and_codebook(text)
    _, entities = document_layer(doc, codebook)
    assert {e.name: e.kind for e in entities}.get("Ellerby Falcons") == "organisation"
    assert speakers(text)["it ignored his injuries"] == "Tom Arkwright-Bede"


def test_a_class_noun_not_matched_by_a_plural_modifier_in_another_name():
    """Class (wrong speaker): "A spokesperson for the operator said" after "Kestrel Trains, which runs …, said" went
    to the "Train Operators’ Forum" named before, whose plural modifier holds the noun."""
    text = ("Fares\n\nThe Train Operators’ Forum said fares would rise.\n\nKestrel Trains, which runs services into the "
            "city, said it had not been told. A spokesperson for the operator said it was “seeking answers”.\n")
    assert speakers(text)["it was “seeking answers”"] == "Kestrel Trains"


def test_the_company_is_the_business_just_named_not_an_earlier_one_of_its_class():
    """Class (wrong speaker): "The weekly Quayside reported that Kelso Arden had ordered cranes. The company said no
    contract had been signed." went to "Dunmore Shipping", named paragraphs before with a company's class word."""
    text = ("Port\n\nKelso Arden Terminals, which runs the port, said jobs were safe. Kelso Arden’s chief executive, "
            "Mo Brandt, said the plan was needed.\n\nDunmore Shipping said it "
            "would wait.\n\nTalks with the dockers resumed on Friday.\n\nThe weekly Quayside reported that Kelso Arden had "
            "ordered cranes. The company said no contract had been signed.\n")
    assert speakers(text)["no contract had been signed"] == "Kelso Arden Terminals"


def test_a_sports_body_named_union_is_the_federation():
    """Class (empty speaker): "the International Fencing Union (IFU) … The federation said": a sport's governing body
    is often a union or an association."""
    text = ("Ban\n\nThe International Fencing Union (IFU) banned the pair for two years.\n\nThe federation said it "
            "had followed its rules.\n")
    assert speakers(text)["it had followed its rules"] == "International Fencing Union"


def test_a_claim_with_an_aside_and_a_document_seen_by_an_outlet_are_the_documents():
    """Class (wrong speaker): "The claim, filed at the High Court on Monday, alleges that …" went to the court, and
    "according to a draft plan seen by the Gazette" to the outlet; the document speaks (unresolved)."""
    text = ("Claim\n\nThe claim, filed at the High Court on Monday, alleges that the club ignored the warnings.\n\nThe "
            "yard will close by 2028, according to a draft plan seen by the Norbury Gazette.\n")
    got = speakers(text)
    assert got["the club ignored the warnings"] == ""
    assert got["The yard will close by 2028"] == ""


def test_an_anonymous_sources_she_stays_anonymous_after_a_long_aside():
    """Class (wrong speaker): "One midwife, who has worked on the ward for 11 years and asked not to be named, said …
    “…,” she said." gave "she" to the manager named before; the anonymity aside was longer than the rule read."""
    text = ("Ward\n\nMarta Quill-Osei, the ward manager, said she was sorry. “We failed,” she said.\n\nOne midwife, who "
            "has worked on the ward for 11 years and asked not to be named, said she had raised the alarm. “Nobody "
            "listened,” she said.\n")
    assert speakers(text)["Nobody listened,"] == ""


def test_the_council_named_only_further_on_is_the_one_council_of_the_story():
    """Class (empty speaker): "…, the council said." paragraphs before "Selby Marsh District Council’s leader" is
    named: the one body of the noun's class the whole story names."""
    text = ("Fire\n\nResidents were allowed home at 5am, the council said.\n\nThe pier trust said it was heartbroken."
            "\n\nSelby Marsh District Council’s leader, Cllr Ana Frome, said the town would rebuild.\n")
    assert speakers(text)["Residents were allowed home at 5am"] == "Selby Marsh District Council"


def test_a_shared_surname_goes_to_the_bearer_whose_gender_the_clause_shows():
    """Class (wrong speaker): "Back on his farm, Quintana says he …" went to "Lena Quintana, Joe’s sister", the
    bearer named last; the clause's own pronoun tells the two apart (and a bearer of unknown gender is chosen only
    when every other has the other gender)."""
    text = ("Water\n\nJoe Quintana blames the plant.\n\n“We were here first,” said Lena Quintana, Joe’s sister.\n\n"
            "Back on his farm, Quintana says he has sold half his herd.\n")
    assert speakers(text)["he has sold half his herd"] == "Joe Quintana"


def test_guards_from_the_review_of_the_new_rules():
    """Guards (a reviewer's invented misfires of this round's rules): police abroad in the lede are not the home
    force named next; a critic who "called" the decision is not the minister the lede held back; a council brought
    in as the neighbouring one is not "the council"; a players' association is not "the federation"; "Police
    officers said they were pelted" is no statement of the force; and "X and Y coach at the academy" makes no team."""
    abroad = ("Tourist\n\nA British man has died after falling from a hotel balcony in Marbeya, police said.\n\nThe "
              "24-year-old had been on holiday with friends. Westshire Police said it was supporting his family.\n")
    assert speakers(abroad)["A British man has died after falling from a hotel balcony in Marbeya"] == ""
    critic = ("Rail\n\nThe northern leg of the line will be scrapped, the transport minister announced on Monday.\n\n"
              "Aled Prynne called the decision “a betrayal of the north” and said he would fight it.\n\n“This is "
              "about the journeys people make,” the minister said.\n")
    got = speakers(critic)
    assert got["The northern leg of the line will be scrapped"] != "Aled Prynne"
    assert got["This is about the journeys people make,"] != "Aled Prynne"
    neighbour = ("Barbecues\n\nBarbecues will be banned on the beaches from next month.\n\nResidents were divided.\n\n"
                 "The council said the ban was “a last resort”.\n\nNeighbouring Saltmere District Council said it had "
                 "no plans to follow suit.\n")
    assert speakers(neighbour)["the ban was “a last resort”"] != "Neighbouring Saltmere District Council"
    association = ("Ban\n\nThe sprinter was banned for four years on Tuesday, the federation said.\n\nThe ban was "
                   "criticised by the Professional Runners Association, which said the tests were flawed.\n")
    assert speakers(association)["The sprinter was banned for four years on Tuesday"] \
        != "Professional Runners Association"
    pelted = ("Riot\n\nThe Metropolitan Police said 12 people were arrested.\n\nPolice officers said they were "
              "pelted with bottles and bricks.\n")
    assert speakers(pelted)["they were pelted with bottles and bricks"] != "Metropolitan Police"
    doc, codebook = doc_and_codebook("Academy\n\nFormer internationals Jonny Reeve and Marcus Halden coach at the new "
                                     "academy, which opened on Saturday.\n\n“We want to give kids a chance,” Marcus "
                                     "Halden said.\n")
    _, entities = document_layer(doc, codebook)
    assert {e.name: e.kind for e in entities}.get("Marcus Halden") == "person"


def test_a_lede_body_named_in_its_clause_still_lets_the_water_authority_open_the_next_paragraph():
    """Class (empty speaker): "Irrigators across the Marrow Valley will receive …, the region’s water authority
    announced", then "The Marrow Valley Water Authority said …": a name in the lede's own clause no longer
    blocks the delayed lede when the next paragraph's body holds the description's words ("The " before it too)."""
    text = ("Water\n\nIrrigators across the Marrow Valley will receive just 40% of their allocation, the region’s "
            "water authority announced on Friday.\n\nThe Marrow Valley Water Authority said storage had fallen to "
            "27%.\n")
    assert speakers(text)["Irrigators across the Marrow Valley will receive just 40% of their allocation"] \
        == "Marrow Valley Water Authority"


def test_a_noun_a_writer_kept_for_one_body_stays_with_it():
    """Class (wrong speaker): "the union" written five times for the "United Quay Workers" went to the "Federation
    of Coastal Exporters" once that body was named, by the class word "Federation" alone; and "Bluestone and Carla
    X have parted ways" made a person "Bluestone X" of a broadcaster named before."""
    text = ("Strike\n\nAbout 900 members of the United Quay Workers (UQW) walked out, the union said.\n\nThe union "
            "said pay had fallen.\n\nThe Federation of Coastal Exporters (FCE) said the strike would cost millions."
            "\n\nShares in the port operator fell.\n\nFreight rates rose on Thursday.\n\nThe union said further "
            "strikes would follow.\n")
    assert speakers(text)["further strikes would follow"] == "United Quay Workers"
    parted = ("Anchor\n\nBluestone Broadcasting Network dropped its presenter on Monday.\n\n“Bluestone and Carla "
              "Montrose have parted ways,” the statement said. A Bluestone spokesman said the company would not "
              "elaborate.\n")
    assert speakers(parted)["the company would not elaborate"] == "Bluestone Broadcasting Network"


def test_shapes_from_a_battery_of_invented_snippets():
    """Classes a battery of 50 invented snippets found (181 of 200 speakers right before the round's last rules, 183
    after them and the reviews' reverts): "Mr X" of a
    couple introduced as "Bernard and Lorna X" after "Mrs X"; a
    dateline with a date before its agency; a police rank as a title ("Sgt Owen X … The sergeant said"); an age
    before a name ("Ten-year-old Poppy X … Poppy said"); a class noun set before a body's name ("Passenger watchdog
    RailWatch X … The watchdog said"); "he was quoted as saying"; and "said X, adding: ‘…’"."""
    got = speakers("Win\n\nBernard and Lorna Tregarth won £1m.\n\n“I checked six times,” said Mrs Tregarth. Mr "
                   "Tregarth said the couple would buy a campervan.\n")
    assert got["I checked six times,"] == "Lorna Tregarth"
    assert got["the couple would buy a campervan"] == "Bernard Tregarth"
    got = speakers("Plant\n\nLEEDSHAM, March 3 (Tideway Wire) — Calverley Chemicals said on Tuesday it would close "
                   "its plant.\n")
    assert got["it would close its plant"] == "Calverley Chemicals"
    got = speakers("Dog\n\n“Biscuit found the scent,” said Sgt Owen Trelarne, the dog’s handler.\n\nHis daughter, "
                   "Kerry Mast, said the family had feared the worst.\n\nThe sergeant said Biscuit got a new ball.\n")
    assert got["Biscuit got a new ball"] == "Owen Trelarne"
    got = speakers("Hedgehogs\n\nTen-year-old Poppy Lanwith has opened a hedgehog hospital.\n\n“I’ve looked after "
                   "31 hedgehogs,” Poppy said.\n")
    assert got["I’ve looked after 31 hedgehogs,"] == "Poppy Lanwith"
    got = speakers("Trains\n\nPassenger watchdog RailWatch Fellside said a third of trains were late.\n\nThe watchdog "
                   "said passengers deserved far better than that.\n")
    assert got["passengers deserved far better than that"] == "RailWatch Fellside"
    got = speakers("Aide\n\nThe aide, Sebastian Nkemba, resigned on Friday.\n\n“I have nothing to hide,” he was "
                   "quoted as saying.\n")
    assert got["I have nothing to hide,"] == "Sebastian Nkemba"
    got = speakers("Tapir\n\n‘Mum and baby are doing well,’ said head keeper Jasper Feltmoor, adding: ‘He’s already "
                   "following her everywhere.’\n")
    assert got["He’s already following her everywhere."] == "Jasper Feltmoor"


def test_guards_from_the_second_review():
    """Guards (a second reviewer's invented misfires, fixed before the round closed): a bracket and a dash after a
    name are no dateline ("Sen. Ana Corwin (D-Mass.) — who sits on the committee — said"); "the health authority"
    is no council; "The audit, the company said, was out of date. It said …" is the company's "It"; and the
    regulator of "the regulator's own data" is not guessed from a body that merely has a regulator's word."""
    got = speakers("Budget\n\nSen. Ana Corwin (D-Mass.) — who sits on the banking committee — said the budget "
                   "would gut the agency.\n")
    assert got["the budget would gut the agency"] == "Ana Corwin"
    got = speakers("Flu\n\nAshmere City Council closed two libraries.\n\nNHS Carrowby urged people to stay away. "
                   "“Please do not visit if you are unwell,” the health authority said.\n")
    assert got["Please do not visit if you are unwell,"] != "Ashmere City Council"
    got = speakers("Mine\n\nKestrel Mining was criticised in a 2019 audit.\n\nThe audit, the company said, was out "
                   "of date. It said it had transformed its safety record since then.\n")
    assert got["it had transformed its safety record since then"] == "Kestrel Mining"
    got = speakers("Water\n\nCustomers will pay £40 more after Ofwat approved the increase.\n\nThe Competition and "
                   "Markets Authority criticised the sector last year.\n\nLeakage has risen by 8 per cent, according "
                   "to the regulator's own data.\n")
    assert got["Leakage has risen by 8 per cent"] != "Competition and Markets Authority"


def test_shapes_from_a_second_battery():
    """Classes a second battery of 40 invented snippets found (161 of 166 right before these rules): "Friends of X
    Libraries said" is a campaign body when its last word is a common noun of the text ("close five libraries"),
    while "Friends of Maria X said" stays her friends; and a delayed lede whose name opens the next paragraph after
    "Giving evidence,"."""
    got = speakers("Libraries\n\nPlans to close five libraries in Orrwick have been paused.\n\nFriends of Orrwick "
                   "Libraries said the council had failed to consult disabled residents.\n")
    assert got["the council had failed to consult disabled residents"] == "Friends of Orrwick Libraries"
    got = speakers("Tribute\n\nFriends of Maria Delgarro said she had loved the sea all her life.\n")
    assert got["she had loved the sea all her life"] == ""
    got = speakers("Care home\n\nThe former manager of a care home in Bristol has told a jury that she never asked "
                   "staff to alter charts.\n\nGiving evidence, Paulette Greavy, 48, said: “I ran that home well.”\n")
    assert got["she never asked staff to alter charts"] == "Paulette Greavy"
