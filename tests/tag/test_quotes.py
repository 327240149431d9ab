"""Quotes: accuracy against the gold annotation, span exactness, and the rules on short real texts."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools import default_codebook, load_corpus, merge_codebooks, process_document
from corpus_tools.compare.evaluate import evaluate
from corpus_tools.tag.quotes.direct import document_quotes

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [("seeds", None, ROOT / "tests/data/gold/seeds.toml"),
           ("house_styles", ROOT / "tests/data/house_styles", ROOT / "tests/data/gold/house_styles.toml")]
ACTORS = {"actors": [
    {"name": "Dmitry Peskov", "aliases": ["Peskov"], "roles": ["Kremlin spokesman"], "kind": "person", "gender": "male"},
    {"name": "Volodymyr Zelensky", "aliases": ["Zelensky"], "roles": ["the Ukrainian leader"], "kind": "person", "gender": "male"},
    {"name": "Jane Harper", "aliases": ["Harper"], "roles": [], "kind": "person", "gender": "female"},
]}


def quotes_of(text: str, actors: bool = True) -> list[dict]:
    cb = merge_codebooks(default_codebook(), ACTORS) if actors else default_codebook()
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return [q for q in document_quotes(doc, cb)]


@pytest.fixture(scope="module", params=CORPORA, ids=[c[0] for c in CORPORA])
def scored(request):
    name, folder, gold = request.param
    corpus = load_corpus(folder)
    return corpus, evaluate(corpus, gold)


def test_quote_f1_and_speaker_accuracy(scored):
    _, res = scored
    score, report = res["quotes"]
    print(f"quotes P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f} speaker={score.speaker_accuracy:.3f}")
    assert score.f1 >= 0.95, report[~report.matched][["doc_id", "text"]]
    assert score.speaker_accuracy >= 0.95, report[report.matched & ~report.speaker_ok]


def test_quote_rows_point_into_clean_text(scored):
    corpus, _ = scored
    q = corpus.table("quotes")
    assert len(q) and q.quote_id.is_unique
    for _, row in q.iterrows():
        assert corpus[row.doc_id].clean_text[row.start:row.end] == row.text
        if row.cue_start >= 0:
            assert row.cue_start < row.cue_end


@pytest.mark.parametrize("text, expected", [
    # split quote: two rows, same speaker
    ("“We will not give up,” Zelensky said. “Never.”\n", [("We will not give up,", "direct", "Volodymyr Zelensky"),
                                                           ("Never.", "direct", "Volodymyr Zelensky")]),
    # straight quotes, verb before the speaker
    ('"It is impossible," said Dmitry Peskov, the Kremlin spokesman.\n', [("It is impossible,", "direct", "Dmitry Peskov")]),
    # pronoun: the most recent compatible person
    ("Peskov spoke on Monday. “There will be no exchange,” he said.\n", [("There will be no exchange,", "direct", "Dmitry Peskov")]),
    # pronoun gender: she is Harper, not Peskov
    ("Harper met Peskov. “It went well,” she said.\n", [("It went well,", "direct", "Jane Harper")]),
    # role
    ("“We will see,” the Ukrainian leader told reporters.\n", [("We will see,", "direct", "Volodymyr Zelensky")]),
])
def test_direct_quotes(text, expected):
    got = [(q["text"], q["kind"], q["speaker"]) for q in quotes_of(text)]
    assert got == expected


def test_unbalanced_mark_stops_at_paragraph_end():
    text = "Peskov said: “We will never trade land.\n\nThe talks resumed in Geneva on Monday.\n"
    q = quotes_of(text)
    assert [r["text"] for r in q] == ["We will never trade land."]


def test_quote_over_a_paragraph_break_is_one_row():
    text = "“The first part ends here.\n\n“The second part goes on,” Zelensky said.\n"
    q = quotes_of(text)
    assert len(q) == 1 and q[0]["text"] == "The first part ends here.\n\n“The second part goes on,"


@pytest.mark.parametrize("text", [
    "The plan, known at the ministry as the “Green Corridor” scheme, starts in May.\n",
    "The concert, a programme titled “Homecoming”, is on Friday.\n",
])
def test_scare_quotes_are_not_speech(text):
    q = quotes_of(text)
    assert [r["kind"] for r in q] == ["scare"]


@pytest.mark.parametrize("verb, stance", [
    ("said", "neutral"), ("told reporters", "neutral"), ("added", "neutral"), ("stated", "neutral"),
    ("confirmed", "endorsing"), ("explained", "endorsing"), ("noted", "endorsing"), ("revealed", "endorsing"),
    ("claimed", "distancing"), ("alleged", "distancing"), ("insisted", "distancing"), ("contended", "distancing"),
    ("warned", "warning"), ("suggested", "tentative"), ("admitted", "conceding"),
])
def test_verb_stance(verb, stance):
    q = quotes_of(f"Peskov {verb} that the talks would fail in the spring.\n")
    assert len(q) == 1
    assert (q[0]["kind"], q[0]["speaker"], q[0]["text"], q[0]["verb_stance"]) == (
        "indirect", "Dmitry Peskov", "the talks would fail in the spring", stance)


@pytest.mark.parametrize("text, clause, speaker", [
    ("According to officials, the bridge will reopen next week.\n", "the bridge will reopen next week", ""),
    ("The bridge will reopen next week, Peskov said on Monday.\n", "The bridge will reopen next week", "Dmitry Peskov"),
    ("Zelensky told reporters he would travel to Paris.\n", "he would travel to Paris", "Volodymyr Zelensky"),
    # "report" after a determiner is a noun, not a second cue for the same clause
    ("Peskov said in a report last year that the bridge needs repairs.\n", "the bridge needs repairs", "Dmitry Peskov"),
])
def test_indirect_forms(text, clause, speaker):
    q = quotes_of(text)
    assert [(r["kind"], r["text"], r["speaker"]) for r in q] == [("indirect", clause, speaker)]


@pytest.mark.parametrize("text", [
    "Peskov dismissed the idea of an exchange.\n",
    "Zelensky proposed a territorial exchange with Russia.\n",
    "The spokeswoman declined to say how many ships were affected.\n",
])
def test_noun_phrase_objects_are_not_quotes(text):
    assert quotes_of(text) == []


def test_corpus_without_actors_gets_speakers_from_names():
    text = ("“The fares must rise,” said Jane Doe, the city's treasurer.\n\n"
            "Doe said the council would vote in May.\n")
    q = quotes_of(text, actors=False)
    assert [(r["kind"], r["speaker"]) for r in q] == [("direct", "Jane Doe"), ("indirect", "Jane Doe")]


# ---------------------------------------------------------------- house styles beyond the seeds
# Short invented texts, one per rule added after the first measurement of tests/data/more_styles.

ORGS = {"actors": [
    *ACTORS["actors"],
    {"name": "Acme Rail", "aliases": [], "roles": ["the largest freight operator in the region"], "kind": "organisation"},
    {"name": "Harbour Trust", "aliases": ["the Harbour Trust"], "roles": ["the trust"], "kind": "organisation"},
]}


def org_quotes(text: str) -> list[dict]:
    cb = merge_codebooks(default_codebook(), ORGS)
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return document_quotes(doc, cb)


@pytest.mark.parametrize("text, expected", [
    # single marks as the main marks; "nurses’ trust" and "it’s" are apostrophes, not closing marks
    ("‘We have lost the nurses’ trust and it’s our fault,’ Harper said.\n",
     [("We have lost the nurses’ trust and it’s our fault,", "direct", "Jane Harper")]),
    # nested double marks stay inside the single-quoted quote; no row of their own
    ("‘They call it “a pause”. It is a closure,’ Harper said.\n",
     [("They call it “a pause”. It is a closure,", "direct", "Jane Harper")]),
    # a partial quote with the full stop outside the mark (British placement)
    ("Harper spoke on Monday. She called the plan ‘a disgrace to the town’.\n",
     [("a disgrace to the town", "partial", "Jane Harper")]),
])
def test_single_quote_house_style(text, expected):
    assert [(q["text"], q["kind"], q["speaker"]) for q in quotes_of(text)] == expected


@pytest.mark.parametrize("text, expected", [
    # straight ' as the main mark (British tabloids): apostrophes inside words are not marks
    ("'I didn't think, I just went in,' said Harper. 'It's freezing. I can't feel my toes.'\n",
     [("I didn't think, I just went in,", "direct", "Jane Harper"),
      ("It's freezing. I can't feel my toes.", "direct", "Jane Harper")]),
    ("Harper's neighbour Mr O'Neill said: 'We've waited years for this.'\n\n'We'll be there,' Harper said.\n",
     [("We've waited years for this.", "direct", "O'Neill"), ("We'll be there,", "direct", "Jane Harper")]),
])
def test_straight_single_quote_house_style(text, expected):
    assert [(q["text"], q["kind"], q["speaker"]) for q in quotes_of(text)] == expected


def test_statement_after_a_colon_paragraph_and_a_quote_label():
    text = ("Jane Harper released the following statement:\n\n“We will appeal. This is not over.”\n\n"
            "Jane Harper addressed supporters online. Quote: “Thank you all.”\n")
    q = [(r["text"], r["speaker"], r["verb"], r["rule"]) for r in quotes_of(text)]
    assert q == [("We will appeal. This is not over.", "Jane Harper", "released", "speaker_verb_then_quote"),
                 ("Thank you all.", "Jane Harper", "", "label_then_quote")]


def test_apostrophes_alone_do_not_make_a_single_quote_document():
    q = quotes_of("It's Harper's plan, and \"we're ready,\" Harper said. 'Til then, the rock 'n' roll stops.\n")
    assert [(r["text"], r["kind"]) for r in q] == [("we're ready,", "direct")]


def test_single_quote_over_a_paragraph_break_is_one_row():
    text = "‘The first part ends here.\n\n‘The second part goes on,’ Harper said.\n"
    q = quotes_of(text)
    assert [(r["text"], r["speaker"]) for r in q] == [("The first part ends here.\n\n‘The second part goes on,", "Jane Harper")]


def test_single_quote_title_is_a_scare_quote():
    q = quotes_of("The scheme, known locally as ‘the Loop’, opens in May.\n")
    assert [r["kind"] for r in q] == ["scare"]


@pytest.mark.parametrize("text, clause", [
    # a long subject: the finite verb comes late
    ("Harper said rising rents in the north and a shortage of builders that began in 2020 had pushed families out.\n",
     "rising rents in the north and a shortage of builders that began in 2020 had pushed families out"),
    # an aside in commas inside the clause's subject
    ("Harper said higher fares, not the weather, were the main reason for the fall.\n",
     "higher fares, not the weather, were the main reason for the fall"),
    # a long channel adverbial before "that"
    ("Harper said in a letter sent to members last week that the strike would go ahead.\n",
     "the strike would go ahead"),
])
def test_indirect_clause_forms_after_said(text, clause):
    q = quotes_of(text)
    assert [(r["kind"], r["text"], r["speaker"]) for r in q] == [("indirect", clause, "Jane Harper")]


def test_gerund_object_of_another_verb_is_not_an_attribution():
    q = quotes_of("The clinic will stop admitting patients at night from June, Harper said.\n")
    assert [(r["text"], r["verb"]) for r in q] == [("The clinic will stop admitting patients at night from June", "said")]


def test_clause_first_with_auxiliary_before_the_verb():
    q = org_quotes("The bridge will stay closed until March, Acme Rail has confirmed.\n")
    assert [(r["text"], r["speaker"], r["verb"]) for r in q] == [
        ("The bridge will stay closed until March", "Acme Rail", "confirmed")]


def test_wire_dateline_is_not_part_of_the_clause():
    q = org_quotes("OSLO (Nordic Wire) — Ferry traffic fell 5 percent last year, Acme Rail said on Monday.\n")
    assert [(r["text"], r["speaker"]) for r in q] == [("Ferry traffic fell 5 percent last year", "Acme Rail")]


def test_colon_quote_after_an_idiom_of_saying():
    q = quotes_of("Harper put it plainly: “We cannot afford another winter like this.”\n")
    assert [(r["kind"], r["speaker"], r["verb"]) for r in q] == [("direct", "Jane Harper", "put")]


def test_chant_by_a_crowd_is_direct_with_an_anonymous_speaker():
    q = quotes_of("“Fair pay now!” the strikers chanted outside the depot.\n")
    assert [(r["kind"], r["speaker"], r["speaker_text"], r["verb"]) for r in q] == [
        ("direct", "", "the strikers", "chanted")]


def test_speaker_with_an_appositive_after_the_quote():
    q = quotes_of("“We will appeal,” the club’s chairman, Jane Harper, told reporters. “This is not over.”\n")
    assert [(r["text"], r["speaker"]) for r in q] == [("We will appeal,", "Jane Harper"), ("This is not over.", "Jane Harper")]


def test_it_refers_back_to_the_organisation():
    q = org_quotes("Acme Rail said in a statement that it had closed two depots. "
                   "It called the decision “painful but necessary”.\n")
    assert [(r["kind"], r["speaker"], r["speaker_text"]) for r in q] == [
        ("indirect", "Acme Rail", "Acme Rail"), ("partial", "Acme Rail", "It")]


def test_organisation_name_wins_over_its_role_in_the_subject():
    q = org_quotes("Acme Rail, the largest freight operator in the region, said it would cut 50 jobs.\n")
    assert [(r["speaker"], r["speaker_text"]) for r in q] == [("Acme Rail", "Acme Rail")]


def test_and_inside_an_organisation_name_does_not_cut_the_subject():
    q = quotes_of("The Transport and Harbour Workers’ Union said it had signed up 900 members.\n", actors=False)
    assert [(r["text"], r["speaker_text"]) for r in q] == [
        ("it had signed up 900 members", "Transport and Harbour Workers’ Union")]


def test_anonymous_speaker_stops_before_the_aside():
    q = quotes_of("A senior diplomat, speaking on condition of anonymity, said the talks had stalled.\n")
    assert [(r["speaker"], r["speaker_text"], r["text"]) for r in q] == [("", "A senior diplomat", "the talks had stalled")]


def test_more_styles_stays_at_its_bars():
    """tests/data/more_styles was written blind to the rules and first measured at quotes F1 0.795,
    speaker 0.939, citations F1 0.634 (tests/data/gold/more_styles-first-measurement.txt). It was
    then USED FOR TUNING (the rules above were generalised from its misses), so it is no longer a
    held-out set: these bars, just under what the tuned rules reach (1.000 on all three), only
    guard against regressions. Blind accuracy is measured on tests/data/heldout."""
    corpus = load_corpus(ROOT / "tests/data/more_styles")
    res = evaluate(corpus, ROOT / "tests/data/gold/more_styles.toml")
    q, qr = res["quotes"]
    c, cr = res["citations"]
    assert q.f1 >= 0.97, qr[~qr.matched][["doc_id", "text"]]
    assert q.speaker_accuracy >= 0.97, qr[qr.matched & ~qr.speaker_ok]
    assert c.f1 >= 0.95, cr[~cr.matched][["doc_id", "text"]]


# ---------------------------------------------------------------- the speed-ups give what the plain scans give
#
# corpus_tools.tag.quotes.direct and its helpers replace several linear scans and regular
# expressions with faster equivalents (see the comments there). These tests
# compare each with the plain form it replaces, on the test corpora and on
# random text made of the characters the shortcuts care about.

import copy  # noqa: E402
import random  # noqa: E402
import re  # noqa: E402
from functools import lru_cache  # noqa: E402

from corpus_tools.tag import speakers  # noqa: E402
from corpus_tools.tag.quotes import attribution, indirect, marks as qm  # noqa: E402

SPEED_CORPORA = [None, ROOT / "tests/data/house_styles", ROOT / "tests/data/more_styles", ROOT / "tests/data/heldout",
                 ROOT / "tests/data/bridge_story"]


@lru_cache(maxsize=1)
def corpus_docs() -> tuple:
    """(document, codebook) for every document of the test corpora."""
    out = []
    for folder in SPEED_CORPORA:
        corpus = load_corpus(folder)
        out.extend((doc, corpus.codebook) for doc in corpus)
    return tuple(out)


def random_text(rng: random.Random, n: int, alphabet: str = "ab sS‘’“”\"\n.-(kK") -> str:
    return "".join(rng.choice(alphabet) for _ in range(n))


def paragraphs_of(text: str) -> list[dict]:
    paras, pos = [], 0
    for line in text.split("\n"):
        if line:
            paras.append({"start": pos, "end": pos + len(line)})
        pos += len(line) + 1
    return paras


def plain_single_quote_primary(text, paras):
    """quote_marks.single_quote_primary as first written: a walk over every character."""
    singles = doubles = 0
    for p in paras:
        for i in range(p["start"], p["end"]):
            ch = text[i]
            if ch == "‘" and qm._opens_single(text, i):
                singles += 1
                break
            if ch in ("“", '"'):
                doubles += 1
                break
    return singles > doubles


def plain_quote_marks(text, paras):
    """quote_marks.quote_marks as first written: a walk over every character."""
    pairs = {"“": "”", '"': '"'}
    if plain_single_quote_primary(text, paras):
        pairs["‘"] = "’"
    spans, open_at = [], None
    for k, p in enumerate(paras):
        skip_first = open_at is not None
        for i in range(p["start"], p["end"]):
            ch = text[i]
            if skip_first and i == p["start"] and ch == text[open_at]:
                continue
            if open_at is None:
                if ch in pairs and (ch != "‘" or qm._opens_single(text, i)):
                    open_at = i
                continue
            closer = pairs[text[open_at]]
            if ch != closer:
                continue
            if closer == "’":
                strength = qm._closes_single(text, i)
                if strength == 0 or (strength == 1 and qm._better_single_close(text, i + 1, p["end"])):
                    continue
            spans.append((open_at, i))
            open_at = None
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is None or text[nxt["start"]] != text[open_at]:
                spans.append((open_at, p["end"]))
                open_at = None
    return spans


def test_quote_marks_jump_to_the_same_marks_as_a_walk_over_every_character():
    cases = [(doc.clean_text, doc.paragraphs) for doc, _ in corpus_docs()]
    rng = random.Random(7)
    for _ in range(3000):
        text = random_text(rng, rng.randint(1, 60))
        cases.append((text, paragraphs_of(text)))
    for text, paras in cases:
        assert qm.single_quote_primary(text, paras) == plain_single_quote_primary(text, paras)
        assert qm.quote_marks(text, paras) == plain_quote_marks(text, paras), text


def test_verb_trie_matches_like_the_flat_alternation():
    cb = default_codebook()
    trie_re, forms = attribution.speech_verbs(cb)
    words = sorted((f for f in forms if not f.startswith("__pattern__")), key=len, reverse=True)
    patterns = [v["pattern"] for v in cb["speech_verbs"] if v.get("pattern")]
    flat = re.compile("|".join(f"(?:{p})" for p in [rf"\b({'|'.join(map(re.escape, words))})\b"] + patterns), re.I)
    assert trie_re.pattern != flat.pattern
    texts = [doc.clean_text for doc, _ in corpus_docs()]
    rng = random.Random(3)
    pieces = words + ["SAID", "Said", "ſaid", "ſays", "said,", "x", "-", "'", " ", " ", "\n", "it", "clear", "out"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 12))) for _ in range(3000)]
    for text in texts:
        assert [m.regs for m in trie_re.finditer(text)] == [m.regs for m in flat.finditer(text)], text


def test_speech_verbs_follow_a_changed_codebook():
    cb = copy.deepcopy(default_codebook())
    first, _ = attribution.speech_verbs(cb)
    cb["speech_verbs"][0]["forms"].append("blurted")
    second, forms = attribution.speech_verbs(cb)
    assert "blurted" in forms and second.search("he blurted") and not first.search("he blurted")


def test_doc_lookups_answer_like_linear_scans():
    for doc, cb in corpus_docs():
        d = attribution.QuoteContext(doc, cb)
        n = len(d.text)
        for pos in range(-1, n + 2, 7):
            assert d.in_marks(pos) == any(o <= pos <= c for o, c in d.marks)
            assert d._inside_mention(pos) == any(x.start <= pos < x.end for x in d.mentions)
            linear = next((i for i, s in enumerate(d.sents) if s["start"] <= pos < s["end"] + 1), len(d.sents) - 1)
            assert d.sent_of(pos) == linear
            for closed in (False, True):
                ends = [p["end"] for p in doc.paragraphs
                        if p["start"] <= pos and (pos <= p["end"] if closed else pos < p["end"])]
                if ends:
                    assert d.paragraph_end(pos, closed) == ends[0]
                else:
                    with pytest.raises(StopIteration):
                        d.paragraph_end(pos, closed)
        for m in d.mentions[:20]:
            assert d.actor_of(m.actor) == next(x for x in d.mentions if x.actor == m.actor)
        for lo in range(0, n, 97):
            for pos in (lo, lo + 40, lo + 300):
                for any_kind in (False, True):
                    plain = [m for m in d.mentions if lo <= m.start and m.end <= pos and not m.possessive
                             and not d.in_marks(m.start) and (any_kind or m.kind == "person")]
                    assert d.persons_before(lo, pos, any_kind) == plain


def test_ends_with_to_is_the_regex_on_the_slice():
    rng = random.Random(5)
    for _ in range(5000):
        text = random_text(rng, rng.randint(0, 14), "to \n\tax.")
        lo = rng.randint(0, len(text))
        hi = rng.randint(lo, len(text))
        assert indirect.ends_with_to(text, lo, hi) == bool(re.search(r"\bto\s+$", text[lo:hi])), (text, lo, hi)


def test_whole_word_search_is_the_plain_one():
    texts = [speakers.normalise(doc.clean_text) for doc, _ in corpus_docs()]
    rng = random.Random(11)
    pieces = ["Jane", "Doe", "Ann-Marie", "Bell", "the", "A", "x", "é", "É", " ", "  ", "\n", "-", "'s", "’s", "_",
              "9"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(1, 10))) for _ in range(3000)]
    for text in texts:
        for word in ("Doe", "Bell", "Ann", "x"):
            expected = [m.span() for m in re.finditer(rf"(?<![\w]){re.escape(word)}(?![\w])", text)]
            assert [m.span() for m in speakers._whole_word_matches(word, text)] == expected


def test_one_scan_finds_every_occurrence_of_every_term():
    terms = [t for a in ACTORS["actors"] for t in [a["name"], *a["aliases"], *a["roles"]]]
    terms += ["Peskov spokesman", "eskov", "es", "a", "aa", "aaa", "ab", "b’s", "Ünal", "ßeta", "x.y",
              "Kremlin spokesman"]
    tails = tuple(sorted({speakers._term_re(t)[0] for t in terms if len(t) > 1}))
    texts = [speakers.normalise(doc.clean_text) for doc, _ in corpus_docs()]
    rng = random.Random(13)
    pieces = ["Peskov", "peskov", "Dmitry ", "Kremlin spokesman", "aaa", "ab", "b's", "ünal", "Seta", "ßeta", "x.y",
              " ", ".", "es", "\n"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(2000)]
    for text in texts:
        found = speakers.occurrences(text, tails)
        for tail in tails:
            expected = [i for i in range(len(text)) if text.startswith(tail, i)]
            assert found.get(tail, []) == expected, (tail, text)
        for term in terms:
            plain = [m.span() for m in re.finditer(speakers._term_pattern(term), text)]
            assert [m.span() for m in speakers._term_matches(term, text, found)] == plain, (term, text)
            assert [m.span() for m in speakers._term_matches(term, text)] == plain, (term, text)


def test_no_codebook_corpus_names_every_person_or_organisation_speaker():
    # blind set A has no codebook actors: a quote whose speaker is a person, organisation or
    # group still gets a non-empty `speaker`, and `speaker` is '' only for anonymous/unresolved
    corpus = load_corpus(ROOT / "tests/data/blind")
    assert not corpus.codebook.get("actors")
    q = corpus.table("quotes")
    q = q[q.kind != "scare"]
    named = q[q.speaker_kind.isin(["person", "organisation", "group"])]
    assert len(named) > 100 and (named.speaker != "").all()
    assert (q[q.speaker == ""].speaker_kind.isin(["anonymous", "unresolved"])).all()
    for _, r in q.iterrows():
        if r.speaker_mention_start >= 0:
            assert corpus[r.doc_id].clean_text[r.speaker_mention_start:r.speaker_mention_end] == r.speaker_text


@pytest.mark.parametrize("text", [
    "Capital Words Everywhere " * 3000 + "said.",
    ("Ab" * 100 + " said ") * 200,
    "word " * 10000,
    "“a ” b “ c said “ d" * 2000,
    "'It's Keane's,' said O'Neill. 'We've " * 1500,
    # look-backs for "his rival" and "the rep" read a bounded number of mentions (speakers.LOOK_BACK_MENTIONS)
    "".join(f"Mayor Ann Lee{i} met Bob Ray{i}. “Yes,” his rival said. A representative for Cal Orr{i} spoke. "
            f"“No,” the rep said.\n\n" for i in range(600)),
])
def test_bad_input_is_linear_and_no_row_points_outside_the_text(text):
    import time
    t0 = time.perf_counter()
    q = quotes_of(text, actors=False)
    # A generous wall-clock bound (CI shares two cores with notebook kernels): it catches a
    # quadratic blow-up (minutes), not a slow constant.
    assert time.perf_counter() - t0 < 90
    for r in q:
        assert 0 <= r["start"] <= r["end"] <= len(text) and text[r["start"]:r["end"]] == r["text"]
        assert -1 <= r["speaker_mention_start"] <= r["speaker_mention_end"] <= len(text)
