"""Who is speaking: actor mentions in a document and the resolution of a speaker phrase.

Actors come from the corpus codebook (``[[codebook.actors]]``: ``name``,
``aliases``, ``roles``, ``kind``, ``gender``). A corpus without actors still
gets speakers: capitalised two- or three-word names in the text are taken as
people (a leading title such as "Minister" or "Mayor" is dropped, the last
word becomes an alias, so a later "Doe" is the same "Jane Doe").

A speaker phrase ("Kremlin spokesman Dmitry Peskov", "the Ukrainian leader",
"he", "officials") resolves in this order: a pronoun to the most salient
compatible person (see :func:`resolve_pronoun`); an anonymous or collective
phrase (codebook ``[quote_rules] anonymous``) to no one; a person named in the
phrase (not in a possessive, so "head of Zelensky's office" does not name
Zelensky); an organisation named in it ("the grid operator Nordvolt", "Acme
Ltd, the largest supplier" are Nordvolt and Acme Ltd, not the role); an actor's
role; any other actor named in it. "It" as a speaker is the latest
organisation (``pronoun_resolver(pos, "neuter")``). An anonymous phrase keeps
its words up to an aside ("A senior official, speaking on condition of
anonymity" -> "A senior official").
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache

_APOS = str.maketrans({"’": "'", "‘": "'"})
PRONOUNS = {"he": "male", "she": "female", "him": "male", "her": "female"}
_NAME_TOKEN = r"[A-Z][a-zà-ÿ]+(?:-[A-Z][a-zà-ÿ]+)?"
_TEXT_NAME = re.compile(rf"\b{_NAME_TOKEN}(?:\s+{_NAME_TOKEN}){{1,2}}\b(?!['’]s\b)?")


@dataclass(frozen=True)
class Mention:
    """An actor named in the text: offsets into clean_text, the words, the actor."""

    start: int
    end: int
    text: str
    actor: str
    kind: str      # "person" or "organisation"
    gender: str    # "male", "female" or ""
    possessive: bool
    role: bool = False


def normalise(text: str) -> str:
    """Curly apostrophes to straight, same length, so codebook terms match either style."""
    return text.translate(_APOS)


def _term_pattern(term: str) -> str:
    term = normalise(term)
    head = term[0]
    first = f"[{head.upper()}{head.lower()}]" if head.isalpha() else re.escape(head)
    return rf"(?<![\w]){first}{re.escape(term[1:])}(?![\w])"


@lru_cache(maxsize=4096)
def _term_re(term: str) -> tuple[str, re.Pattern]:
    """The term after its first letter, and :func:`_term_pattern` compiled: once per
    term, not per document (``re``'s own cache holds only 512 patterns, fewer
    than a codebook's terms plus the rest of the pipeline's)."""
    return normalise(term)[1:], re.compile(_term_pattern(term))


def _term_matches(term: str, norm: str):
    """What ``re.finditer(_term_pattern(term), norm)`` yields, found faster.

    Every match is one character followed by the rest of the term verbatim, so
    ``str.find`` jumps to the only places a match can start; ``match`` there
    tests the same pattern with the same lookbehind (it sees the text before
    ``pos``), and the search resumes after a match as ``finditer`` does.
    """
    tail, pattern = _term_re(term)
    if not tail:
        yield from pattern.finditer(norm)
        return
    pos = 0
    while True:
        j = norm.find(tail, pos + 1)
        if j < 0:
            return
        m = pattern.match(norm, j - 1)
        if m:
            yield m
            pos = m.end()
        else:
            pos = j


def _actors(codebook: dict) -> list[dict]:
    return [a for a in codebook.get("actors", []) if isinstance(a, dict) and a.get("name")]


def find_mentions(text: str, codebook: dict) -> list[Mention]:
    """Every actor mention in ``text`` (longest match first), plus names found in the text.

    Codebook terms match case-insensitively on their first letter only
    ("The Ukrainian leader" matches the role "the Ukrainian leader").
    """
    norm = normalise(text)
    terms: list[tuple[str, dict, bool]] = []
    for actor in _actors(codebook):
        for t in [actor["name"], *actor.get("aliases", [])]:
            terms.append((t, actor, False))
        for t in actor.get("roles", []):
            terms.append((t, actor, True))
    terms.sort(key=lambda t: -len(t[0]))
    taken = [False] * len(text)
    out: list[Mention] = []
    for term, actor, is_role in terms:
        if not term:
            continue
        # Every match contains the term after its first letter verbatim; most terms
        # are not in a given document, and a substring test is far cheaper than a scan.
        for m in _term_matches(term, norm):
            if any(taken[m.start():m.end()]):
                continue
            for i in range(m.start(), m.end()):
                taken[i] = True
            out.append(Mention(m.start(), m.end(), text[m.start():m.end()], actor["name"],
                               actor.get("kind", "person") or "person", actor.get("gender", "") or "",
                               norm[m.end():m.end() + 2] == "'s", is_role))
    out.extend(_text_names(text, norm, taken, codebook, {m.actor for m in out}))
    return sorted(out, key=lambda m: m.start)


def _text_names(text: str, norm: str, taken: list[bool], codebook: dict, known: set[str]) -> list[Mention]:
    """People named in the text but not in the codebook: 'Jane Doe', later 'Doe'."""
    rules = codebook.get("quote_rules", {})
    titles = set(rules.get("titles", []))
    not_names = set(rules.get("not_name_words", []))
    people: dict[str, str] = {}
    out: list[Mention] = []
    for m in _TEXT_NAME.finditer(norm):
        if any(taken[m.start():m.end()]):
            continue
        words = m.group(0).split()
        skip = 0
        while skip < len(words) and (words[skip] in titles or words[skip] in not_names):
            skip += 1
        words = words[skip:]
        if len(words) < 2 or any(w in not_names for w in words):
            continue
        start = m.start() + len(" ".join(m.group(0).split()[:skip])) + (1 if skip else 0)
        name = " ".join(words)
        if name in known:
            continue
        people.setdefault(words[-1], name)
        for i in range(start, m.end()):
            taken[i] = True
        out.append(Mention(start, m.end(), text[start:m.end()], name, "person", "", norm[m.end():m.end() + 2] == "'s"))
    for surname, name in people.items():
        for m in re.finditer(rf"(?<![\w]){re.escape(surname)}(?![\w])", norm):
            if not any(taken[m.start():m.end()]):
                out.append(Mention(m.start(), m.end(), text[m.start():m.end()], name, "person", "",
                                   norm[m.end():m.end() + 2] == "'s"))
    return out


def is_anonymous(phrase: str, codebook: dict) -> bool:
    """True if the phrase names an unnamed or collective source ("officials", "sources in ...")."""
    pats = codebook.get("quote_rules", {}).get("anonymous", [])
    return any(re.search(p, normalise(phrase), re.IGNORECASE) for p in pats)


def compatible(mention: Mention, gender: str) -> bool:
    """Can a pronoun of ``gender`` refer to this mention? People of unknown gender fit both."""
    return mention.kind == "person" and (not mention.gender or not gender or mention.gender == gender)


def resolve_phrase(text: str, start: int, end: int, mentions: list[Mention], codebook: dict,
                   pronoun_resolver) -> tuple[str, str, int, int]:
    """Resolve the speaker phrase ``text[start:end]``.

    Returns ``(speaker, speaker_text, s, e)``: the canonical actor ("" for an
    anonymous or unknown speaker), the words that name them, and their offsets.
    ``pronoun_resolver(position, gender)`` returns the actor a pronoun refers to.
    """
    phrase = text[start:end]
    pm = re.search(r"\b(he|she|He|She)\b", phrase)
    inside = [m for m in mentions if m.start >= start and m.end <= end]
    if pm and not inside and len(phrase.split()) <= 3:
        s = start + pm.start()
        return pronoun_resolver(s, PRONOUNS[pm.group(1).lower()]), pm.group(1), s, s + len(pm.group(1))
    im = re.fullmatch(r"\s*(it|It)\s*", phrase)
    if im:  # "It said …" after an organisation: the organisation (see _Doc.resolve_pronoun)
        s = start + im.start(1)
        return pronoun_resolver(s, "neuter"), im.group(1), s, s + 2
    if is_anonymous(phrase, codebook) and not any(m.kind == "person" and not m.possessive for m in inside):
        # the source is the noun phrase before an aside ("A senior official, speaking on condition of anonymity,")
        words = phrase.strip(" ,").split(",")[0].rstrip()
        s = start + phrase.index(words) if words else start
        return "", words, s, s + len(words)
    own = [m for m in inside if not m.possessive]
    for pick in ([m for m in own if m.kind == "person" and not m.role],
                 [m for m in own if not m.role and not m.kind == "person"
                  and not any(r.role and r.kind == "person" for r in own)],
                 [m for m in own if m.role], own):
        if pick:
            m = pick[0]
            return m.actor, m.text, m.start, m.end
    words = phrase.strip(" ,")
    s = start + phrase.index(words) if words else start
    return "", words, s, s + len(words)
