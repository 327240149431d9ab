"""Citations: accuracy against the gold annotation, span exactness, and the rules on short texts."""
from __future__ import annotations

from pathlib import Path

import pytest

from corpus_tools import default_codebook, load_corpus, merge_codebooks, process_document
from corpus_tools.tag.citations import document_citations
from corpus_tools.compare.evaluate import evaluate

ROOT = Path(__file__).resolve().parents[2]
CORPORA = [("seeds", None, ROOT / "tests/data/gold/seeds.toml"),
           ("house_styles", ROOT / "tests/data/house_styles", ROOT / "tests/data/gold/house_styles.toml")]


@pytest.mark.parametrize("name, folder, gold", CORPORA, ids=[c[0] for c in CORPORA])
def test_citation_f1(name, folder, gold):
    corpus = load_corpus(folder)
    score, report = evaluate(corpus, gold)["citations"]
    print(f"{name} citations P={score.precision:.3f} R={score.recall:.3f} F1={score.f1:.3f}")
    assert score.f1 >= 0.9, report[~report.matched][["doc_id", "text"]]
    for _, row in corpus.table("citations").iterrows():
        assert corpus[row.doc_id].clean_text[row.start:row.end] == row.text


def cites(text: str) -> list[tuple[str, str]]:
    cb = default_codebook()
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return [(c["text"], c["source_type"]) for c in document_citations(doc, cb)]


@pytest.mark.parametrize("text, expected", [
    ("The minister told The Guardian that talks would resume.\n", [("The Guardian", "news_outlet")]),
    ("Reuters reported the figures first. The news agency said sales fell.\n",
     [("Reuters", "news_agency"), ("The news agency", "news_agency")]),
    ("He wrote on Telegram that the strike hit two districts.\n", [("Telegram", "platform")]),
    ("The army has reportedly withdrawn from the town.\n", [("reportedly", "hedge")]),
    ("Witnesses heard three explosions near the station.\n", [("Witnesses", "anonymous")]),
    ("According to two people familiar with the talks, a deal is close.\n",
     [("two people familiar with the talks", "anonymous")]),
    ("The storm closed the port, officials said on Friday.\n", [("officials", "anonymous")]),
    ("The Dunmore Chronicle reported last week that the plant would close.\n", [("Dunmore Chronicle", "news_outlet")]),
])
def test_citation_rules(text, expected):
    assert cites(text) == expected


@pytest.mark.parametrize("text, expected", [
    # after the first measurement of tests/data/more_styles: more kinds of vague sources and hedges
    ("A senior diplomat, speaking on condition of anonymity, said the talks had stalled.\n",
     [("A senior diplomat", "anonymous")]),
    ("The mayor is said to have resigned on Friday.\n", [("is said to", "hedge")]),
    ("Two ferries sank overnight, according to state media.\n", [("state media", "anonymous")]),
    ("He wrote on social media that the port was shut.\n", [("social media", "platform")]),
    ("“Fair pay now!” the strikers chanted outside the depot.\n", [("the strikers", "anonymous")]),
    # a wire service named by its shape; the agency in the dateline is the publisher's credit, not a source
    ("OSLO (Nordic Wire) — The harbour master told Nordic Wire that two ferries sank.\n", [("Nordic Wire", "news_agency")]),
])
def test_more_citation_rules(text, expected):
    assert cites(text) == expected


ORGS = {"actors": [
    {"name": "Harbour Trust", "aliases": ["the Harbour Trust"], "roles": ["the trust"], "kind": "organisation"},
    {"name": "Acme Rail", "aliases": [], "roles": ["the freight operator"], "kind": "organisation"},
]}


def org_cites(text: str) -> list[tuple[str, str, int]]:
    cb = merge_codebooks(default_codebook(), ORGS)
    doc = process_document({"id": "t", "file": "t.txt"}, text.encode("utf-8"), cb)
    return [(c["text"], c["source_type"], c["start"]) for c in document_citations(doc, cb)]


def test_institution_citation_is_the_name_without_a_lowercase_article():
    text = "The bridge will reopen in May, the Harbour Trust said. The trust said tolls would rise.\n"
    assert [(t, s) for t, s, _ in org_cites(text)] == [("Harbour Trust", "institution"), ("The trust", "institution")]


def test_institution_citation_is_the_mention_next_to_the_cue():
    text = "Acme Rail opened a depot in May. According to Acme Rail, 300 trains use it each week.\n"
    got = org_cites(text)
    assert got == [("Acme Rail", "institution", text.rindex("Acme Rail"))]


def test_organisation_name_not_its_role_is_cited():
    text = "Power is back in 6,000 homes, the freight operator Acme Rail said.\n"
    assert [(t, s) for t, s, _ in org_cites(text)] == [("Acme Rail", "institution")]


# ---------------------------------------------------------------- the faster pattern scan finds what re.finditer finds

import random  # noqa: E402
import re  # noqa: E402

from corpus_tools.tag import citations  # noqa: E402
from corpus_tools.tag.speakers import normalise  # noqa: E402

TRICKY_PATTERNS = [
    (r"\b(?:reportedly|allegedly)\b", re.I),
    (r"\bsources? (?:in|close to) (?:the )?[A-Z][\w'’-]*", 0),
    (r"\b(?:(?:two|three|a few)\s+)?(?:people|sources) (?:familiar with|close to) (?:the|this) \w+", re.I),
    (r"\b(?:is|are|was|were)\s+(?:said|rumou?red)\s+to\b", re.I),
    (r"\bthe (?:news |wire )?agency\b", re.I),
    (r"(?i)\bstate(?:-run)? media\b", 0),
    (r"(?i:state) media", 0),
    (r"(?:Ki|ki|)ss", re.I),
    (r"s+k", re.I),
    (r"(?:ab)*c|d", 0),
    (r"a{0}b", 0),
    (r"(?=ss)s\w", re.I),
    (r"(?<=x)sk", re.I),
    (r"^sk|ks$", re.M | re.I),
    (r"(s)k\1", re.I),
    (r"[sk]+", re.I),
    (r"é[sk]", re.I),
    (r"ʼs", 0),
    (r"x?", 0),
    (r"\bsk(?!i)", re.I),
    (r"(?>sk|s)k", re.I),
    (r"sk++", re.I),
    (r"sk|", re.I),
    (rf"\b{citations._NAME}\s+(?:Wire|News Agency)\b", 0),
]


def test_ascii_case_twins_are_all_the_characters_ignorecase_matches_to_ascii_letters():
    others = "".join(map(chr, range(0x80, 0x110000)))
    assert set(re.findall("[a-z]", others, re.I)) == set(citations._ASCII_CASE_TWINS)


def test_scan_finds_what_finditer_finds():
    cb = default_codebook()
    patterns = list(TRICKY_PATTERNS)
    patterns += [(p["pattern"], 0 if p.get("case_sensitive") else re.I) for p in cb["source_patterns"]]
    patterns += [(r["pattern"], re.I) for r in cb["source_backreferences"]]
    texts = []
    for folder in (None, ROOT / "tests/data/house_styles", ROOT / "tests/data/more_styles"):
        texts += [normalise(doc.clean_text) for doc in load_corpus(folder)]
    rng = random.Random(2)
    pieces = ["s", "S", "k", "K", "ſ", "K", "İ", "ı", "i", "x", "é", "ʼs", " ", "\n", "ss", "sk", "abc", "d",
              "Wire",
              "News Agency", "Nordic ", "the ", "agency", "state media", "STATE MEDIA", "reportedly", "Allegedly",
              "sources close to the ", "Board", "people familiar with the talks", "is said to", "was rumoured to"]
    texts += ["".join(rng.choice(pieces) for _ in range(rng.randint(0, 12))) for _ in range(3000)]
    for pattern, flags in patterns:
        compiled = re.compile(pattern, flags)
        for text in texts:
            expected = [m.regs for m in compiled.finditer(text)]
            found = citations._scan(pattern, flags, citations._Folded(text))
            assert [m.regs for m in found] == expected, (pattern, text)


def test_scan_knows_the_words_of_the_default_patterns():
    # the shortcut is in use for the codebook's patterns (else the test above proves little)
    ignorecase, required, starts = citations._literals(r"\b(?:reportedly|allegedly)\b", re.I)
    assert ignorecase and required == (("reportedly", "allegedly"),) and starts == {"reportedly", "allegedly"}
    _, required, starts = citations._literals(r"\b(?:(?:two|a few)\s+)?(?:people|sources) close to", re.I)
    assert (" close to",) in required and starts == {"two", "a few", "people close to", "sources close to"}
    assert citations._literals(r"s+k", re.I)[2] == {"s"}  # the body of a repeat may follow itself
    assert citations._literals(r"[sk]+", re.I)[1:] == ((), None)


def random_pattern(rng: random.Random, depth: int = 0) -> str:
    """A random regular expression over a small alphabet: literals, classes,
    groups, alternations, repeats, anchors and lookarounds."""
    parts = []
    for _ in range(rng.randint(1, 4)):
        kind = rng.random()
        if kind < 0.45 or depth > 2:
            atom = rng.choice(["s", "k", "a", "b", " ", "sk", "ab", "K", "é", r"\w", "[sk]", r"\s", "."])
        elif kind < 0.6:
            atom = "(?:" + "|".join(random_pattern(rng, depth + 1) for _ in range(rng.randint(1, 3))) + ")"
        elif kind < 0.7:
            atom = "(" + random_pattern(rng, depth + 1) + ")"
        elif kind < 0.8:
            atom = rng.choice([r"\b", r"\B", "^", "$", r"(?=s)", r"(?!k)", r"(?<=a)", r"(?<!b)"])
        else:
            atom = "(?:" + random_pattern(rng, depth + 1) + ")" + rng.choice(["?", "*", "+", "{0,2}", "{2}", "{1,3}?"])
        parts.append(atom)
    return "".join(parts)


def test_scan_on_random_patterns():
    rng = random.Random(9)
    texts = ["".join(rng.choice("skabKé ſK\nSA") for _ in range(rng.randint(0, 25))) for _ in range(60)]
    used = 0
    for _ in range(600):
        pattern, flags = random_pattern(rng), rng.choice([0, re.I, re.I | re.M])
        compiled = re.compile(pattern, flags)
        used += citations._literals(pattern, flags)[2] is not None
        for text in texts:
            expected = [m.regs for m in compiled.finditer(text)]
            found = citations._scan(pattern, flags, citations._Folded(text))
            assert [m.regs for m in found] == expected, (pattern, flags, text)
    assert used > 100  # the shortcut was taken often enough to be tested


def test_name_shape_pattern_starts_at_the_same_capitals_as_word_boundary():
    heads = "Wire|News Agency|Post"
    plain = re.compile(rf"\b{citations._NAME}\s+(?:{heads})\b")
    fast = re.compile(rf"{citations._NAME_FIRST}{citations._NAME[len('[A-Z]'):]}\s+(?:{heads})\b")
    rng = random.Random(4)
    pieces = ["Nordic", "Bay", "Wire", "Post", "News Agency", "the", "a", "-", "_", "9", " ", "  ", "\n", "É", "x",
              "Ab"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        assert [m.span() for m in fast.finditer(text)] == [m.span() for m in plain.finditer(text)], text


def test_alias_matches_from_one_scan_are_the_whole_word_matches():
    from corpus_tools.tag.speakers import occurrences
    aliases = ["AP", "Associated Press", "The Associated Press", "on X", "X", "RBC-Ukraine", "Tass", "TASS", "BBC",
               "BBC News"]
    rng = random.Random(6)
    pieces = ["AP", "The ", "Associated Press", "on X", "X", "RBC-Ukraine", "RBC", "-", "Tass", "TASS", "BBC News",
              "s", " ", "\n"]
    for _ in range(3000):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 10)))
        found = occurrences(text, tuple(sorted(set(aliases))))
        for alias in aliases:
            plain = [m.span() for m in citations._alias_re(alias).finditer(text)]
            assert [m.span() for m in citations._alias_matches(alias, text, found)] == plain, (alias, text)
            assert [m.span() for m in citations._alias_matches(alias, text)] == plain, (alias, text)


def test_a_very_long_alias_is_still_found():
    # One group per character of a long word would nest past re's depth limit.
    from corpus_tools.tag.speakers import occurrences

    long_alias = "y" * 600
    assert occurrences("ab " + long_alias + " cd", (long_alias, "cd")) == {long_alias: [3], "cd": [604]}
