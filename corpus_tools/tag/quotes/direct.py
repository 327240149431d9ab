"""Quotes: who is reported as saying what, with which verb, and how.

One row per quotation (the ``quotes`` table):

* ``direct``: the words inside quotation marks, double (curly or straight) or,
  in a document whose main marks are single, ‘…’ (British style; a ’ inside a
  word or a plural possessive is an apostrophe), without the marks (the span
  convention of ``tests/data/gold/README.md``). A
  quote split by its attribution (“A,” he said. “B.”) gives two rows with the
  same speaker; a quote with no closing mark at a paragraph end continues when
  the next paragraph opens with a quote mark (one row over the break), and
  otherwise ends at its paragraph end, so a missing mark never swallows the
  rest of the document.
* ``partial``: a quoted fragment built into narration (calling it “impossible”).
* ``indirect``: reported speech without marks, the reported clause as span:
  ``X said (that) CLAUSE``, ``CLAUSE, X said``, ``according to X, CLAUSE``,
  ``CLAUSE, according to X``, ``X's response was ...: CLAUSE``.
* ``scare``: quoted words with no speech cue in their sentence, or right after
  a naming cue ("known as", "titled"): a label or a title, not speech. These
  rows are kept (rule ``scare_title`` / ``scare_no_cue``) so a reader can check
  them; analyses and the accuracy test leave ``kind == "scare"`` out.

Rules come from the news attribution conventions in the AP Stylebook
("said" after the quote, the speaker named in the sentence) and from the rule
families of quote extractors such as the Gender Gap Tracker's (Asr et al.
2021, PLoS ONE 16(1)): speech verb + subject, quote-first and verb-first
attribution, pronoun attribution to the most recent speaker. The speech verbs
and their stance are data: ``corpus_tools/codebook/verbs.toml``.

The module is split in four: :mod:`corpus_tools.quote_marks` (where quoted
spans open and close), :mod:`corpus_tools.attribution` (speech verbs, the
per-document state, speaker lookup), :mod:`corpus_tools.indirect` (reported
speech) and this module (quoted speech, the ``quotes`` table). The public
names (``document_quotes``, ``quotes_table``, ``quote_marks``,
``speech_verbs``, ``COLUMNS``) stay importable from here.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

import pandas as pd

from ...load.segment import LATIN_CAPITALS
from ..mentions import POSSESSIVE_S, mention_rules
from ..speakers import name_in_aside
from .attribution import WORK_BEFORE, QuoteContext, adds_an_amount, ends_with_to, is_noun_use, quote_row, verb_entry, speech_verbs  # noqa: F401  (speech_verbs is public)
from .indirect import indirect_quotes, report_continued_after
from .marks import quote_marks, single_quote_primary  # noqa: F401  (public, re-exported)
from ...tables import make_table


_NP_START = re.compile(r"(?:[" + LATIN_CAPITALS + r"]|(?:de|van|von|da|das|dos|del|della|di|du|le|la|al|el|bin|binti|bint|ap|ní|ó|te|ter|ten)\b|the\b|a\b|an\b|one\b|another\b|(?:this|that)\b(?=\s+[a-z][\w-]*\s*$)|his\b|her\b|their\b|its\b|he\b|she\b|they\b|it\b|we\b|i\b)")
# Patterns used per quote, compiled once here rather than looked up in ``re``'s cache per call.
_SENTENCE_END = re.compile(r"[.!?][\"”’)]?\s*$")
_LEAD_COMMA = re.compile(r"\s*,?\s*")
_CONJUNCTION_OPENS = re.compile(r"(?:while|whereas|although|though|but|yet)\b")
_NP_AFTER_VERB = re.compile(r"\s*([^,.;:!?“”\"]+)")
_ACCORDING_TO_AFTER = re.compile(r"[Aa]ccording[ \t\u00a0]+to\b")
# an adverbial after the speakers of an inverted verb: "in a joint statement", "on Monday", "at a press conference",
# "to reporters" (the first one: what follows it belongs to it)
# (or "in" and a place: "said Prof. Ana X of the Institute for Infection Research in Bergen"; round 29)
_TRAILING_ADVERBIAL = re.compile(r"\s+(?:in|on|at|to|during|after|before|outside)\s+(?:an?|the|their|his|her|its|"
                                 r"reporters|journalists|[A-Z][a-z]+day)\b|\s+in\s+[A-Z][a-z]+$")
_SPACES = re.compile(r"\s+")
_NOT_NP = re.compile(r"[.;:!?“”\"‘]")
_WORD_SPACE = re.compile(r"(\w+)\s+")
_COLON_COMMA_END = re.compile(r"[:,]\s*$")
# "Lt. Cmdr. Nuno Figueira-Holt", "J.D. Rourke": a full stop inside a name's title or initials ends no noun phrase
_ABBREVIATION = re.compile(r"\b(?:[A-Z][a-z]{0,4}|(?:[A-Z]\.)*[A-Z])\.(?=\s*[A-Z])")
# a label that presents the quote after it, with no verb governing it: 'Quote: "…"', 'In full: "…"'
_QUOTE_LABEL = re.compile(r"(?:^|[.!?]\s+)(?:Quote|Quotes|In full|Statement|In a statement|Full statement|Read the statement)\s*:\s*$")
# the words after a closing mark open a new sentence: a capitalised word (a pronoun or a name) after spaces
_NEW_SENTENCE = re.compile(r"\s+[A-Z]")
_APPOSITION_AFTER = re.compile(r"[,)]")  # (see WORK_BEFORE)
# a title: at most eight words, each capitalised but the small words ("The Pilot’s Wife at Dusk")
_TITLE_CASE = re.compile(r"[A-Z][\w’'-]*(?:[ \t]+(?:[A-Z][\w’'-]*|of|the|a|an|at|in|on|and|for|to|with|by|from)){0,7}")
_SO_BEFORE_VERB = re.compile(r"(?:So|Thus)[ \t\u00a0]+")
_CAPITAL_NEXT = re.compile(r"[ \t\u00a0]+[A-Z]")  # (a name or "The" after the inverted verb)
# "what Strand-Okafor called “…”", "what the mayor has described as “…”": group 1 the one who used the words
# (a pronoun, "what it called", is left to the clause that holds the words: mostly its own speaker)
_WHAT_NAME_CALLED = re.compile(r"\bwhat[ \t\u00a0]+((?:[Tt]he[ \t\u00a0]+)?(?:[A-Z][\w'’.-]*[ \t\u00a0]+){0,3}[A-Z][\w'’-]*"
                               r"|[Tt]he[ \t\u00a0]+[a-z]+(?:[ \t\u00a0]+[a-z]+)?)[ \t\u00a0]+(?:has[ \t\u00a0]+|had[ \t\u00a0]+)?"
                               r"(called|calls|termed|terms|described[ \t\u00a0]+as|describes[ \t\u00a0]+as|dubbed|dubs)"
                               r"[ \t\u00a0]*$")
_VERB_THEN_MARK = re.compile(r"\b(?:says|said|adds|added|agrees|explains|insists|tells|told)\s*$")


@lru_cache(maxsize=16)
def _title_res(cues: tuple[str, ...]) -> tuple[re.Pattern, ...]:
    """The codebook's ``title_cues`` ("known as", "titled"), compiled once."""
    return tuple(re.compile(t, re.I) for t in cues)


def _direct(d: QuoteContext) -> list[dict]:
    """Rows for the quoted spans: direct, partial or scare, in text order."""
    rows: list[dict] = []
    text, prev_direct = d.text, None
    cue_verbs: dict[int, list[re.Match]] = {}  # see _sentence_cue
    for qi, (o, c) in enumerate(d.marks):
        start, end = o + 1, c
        para_end = d.paragraph_end(c, closed=True)
        nxt_open = d.marks[qi + 1][0] if qi + 1 < len(d.marks) else len(text)
        after = text[c + 1:min(para_end, nxt_open)] if c < para_end else ""
        si = d.sent_of(o)
        lo = max(d.sents[si]["start"], d.marks[qi - 1][1] + 1 if qi and d.marks[qi - 1][1] < o else 0)
        before = text[lo:o]
        inner = text[start:end].strip()
        work = WORK_BEFORE.search(before[-40:])
        if work and _APPOSITION_AFTER.match(after) and _TITLE_CASE.fullmatch(inner) \
                and (work["maker"] or not _after_cue(d, c + 1, after)):
            # "its best-known painting, “The Pilot’s Wife at Dusk”, is the work of …": a title set beside the noun
            # for a work, inside someone's reported clause, names the work; nobody speaks it. After "author of" the
            # title is the work even when a speech verb follows ("author of “X”, a history of …, said")
            rows.append(quote_row(d, start, end, "scare", ("", ""), "", "", (-1, -1), "scare_title"))
            continue
        if inner[-1:] in ".!?" and _VERB_THEN_MARK.search(before):
            # 'Tran says "…". Baptiste says "…." Novak says "…"': a quote that ends its sentence
            # inside the marks belongs to the verb before it; the words after open the next one
            found = _before_cue(d, lo, before) or _after_cue(d, c + 1, after)
        elif inner[-1:] in ".!?" and _NEW_SENTENCE.match(after) and _own_verb_before(d, si, lo, o):
            # 'Her opponent brands the pledge “a gimmick.” She told a rally …': the full stop inside the
            # marks ends a sentence that has its own speech verb; "He told" opens the next sentence and
            # reports something else, so the quote takes the verb of its own sentence: a verb and a colon or
            # comma right before the marks, else the sentence's nearest verb (below)
            found = _before_cue(d, lo, before)
        elif before.rstrip().endswith(":"):
            # "Ruiz's reply was swift: “…”": a noun of what was said, not the verb "reply" before the colon (a
            # speaker after the quotation comes first: "Ruiz's verdict: “…,” Bell said")
            found = _after_cue(d, c + 1, after) or _speech_noun_cue(d, lo, before, inner) \
                or _before_cue(d, lo, before)
        else:
            found = _after_cue(d, c + 1, after) or _before_cue(d, lo, before)
            if found and found[4] == "quote_then_speaker_verb" and inner[-1:] in ".!?" and prev_direct is not None \
                    and (not before.strip() or _SENTENCE_END.search(before)) and o - prev_direct["end"] < 120 \
                    and "\n" not in d.text[prev_direct["end"]:o] and not found[0][0] \
                    and _BARE_PLURAL.fullmatch(found[0][1].lower()) and _PRONOUN_CLAUSE_AFTER.match(d.text, found[3][1]):
                # '“…,” Chloe says. “Patient Ines is much scarier.” Teammates say she still washes …': a quotation
                # closed on its own full stop, right after a quoted speaker's sentence in the same paragraph, goes
                # on in that speaker's words when the next sentence's unnamed plural subject reports a clause of its
                # own about a he or she ("Teammates say she …"; not "Tom Hale says he has watched the replay", who
                # may be the one quoted; round 29)
                found = None
        if not found and not before.strip():
            found = _statement_cue(d, o)
        if not found and _QUOTE_LABEL.search(before):
            found = _label_cue(d, si, lo + _QUOTE_LABEL.search(before).start())
        if not found:
            found = _speech_noun_cue(d, lo, before, inner)
        if found:
            speaker, verb, stance, cue, rule = found
            clause_lo = _clause_around_fragment(d, si, lo, o, inner, rule)
            if clause_lo is not None:
                # "The quarter was “ugly but not broken”, he wrote": the quoted words are a fragment that ends a
                # clause of the narrator's wording; the clause is the report (indirect) and the fragment a partial
                # inside it (gold README: partials inside an indirect clause), both of the speaker after them
                rows.append(quote_row(d, clause_lo, c + 1, "indirect", speaker, verb, stance, cue,
                                      "clause_with_fragment_then_speaker"))
                rows.append(quote_row(d, start, end, "partial", speaker, verb, stance, cue, rule))
                continue
            rows.append(quote_row(d, start, end, "direct", speaker, verb, stance, cue, rule))
            prev_direct = rows[-1]
            continue
        sentence_start = not before.strip() or _SENTENCE_END.search(before)
        reported = _reported_before(d, si, o, prev_direct) if sentence_start else None
        if reported is not None:
            rows.append(quote_row(d, start, end, "direct", reported[0], "", "neutral", reported[1],
                                  "follows_reported_speech"))
            prev_direct = rows[-1]
            continue
        if sentence_start and prev_direct is not None and o - prev_direct["end"] < 400:
            p = prev_direct
            rows.append(quote_row(d, start, end, "direct", (p["speaker"], p["speaker_text"], p["speaker_mention_start"],
                                                        p["speaker_mention_end"], p["speaker_kind"]), p["verb"], p["verb_stance"],
                             (p["cue_start"], p["cue_end"]), "continues_previous_quote"))
            prev_direct = rows[-1]
            continue
        if any(t.search(before[-50:]) for t in _title_res(tuple(d.rules.get("title_cues", [])))):
            rows.append(quote_row(d, start, end, "scare", ("", ""), "", "", (-1, -1), "scare_title"))
            continue
        what = _WHAT_NAME_CALLED.search(before, max(0, len(before) - 120))
        if what is not None and inner[-1:] not in ".!?":
            # "in favour of what Strand-Okafor called “stories people share”": the words are those of the one
            # the relative "what … called" names, not of the sentence's speaker (round 30, blind set AM)
            got = d.phrase(lo + what.start(1), lo + what.end(1))
            if got[0]:
                verb = what.group(2).split()[0]
                v0 = lo + what.start(2)
                stance = (d.forms.get(verb.lower()) or {}).get("stance", "neutral")
                rows.append(quote_row(d, start, end, "partial", got, verb, stance, (v0, v0 + len(verb)),
                                      "what_name_called"))
                continue
        cue = _sentence_cue(d, si, o, cue_verbs)
        if cue is None:
            subject = _narrator_subject(d, si, o, inner)
            if subject is not None:
                rows.append(quote_row(d, start, end, "partial", subject, "", "neutral", (subject[2], subject[3]),
                                      "quote_in_subjects_sentence"))
                continue
            rows.append(quote_row(d, start, end, "scare", ("", ""), "", "", (-1, -1), "scare_no_cue"))
            continue
        speaker, verb, stance, cue_span = cue
        full = len(inner.split()) >= 4 and inner[-1:] in ".!?" 
        rows.append(quote_row(d, start, end, "direct" if full else "partial", speaker, verb, stance, cue_span,
                         "quoted_clause_in_sentence" if full else "fragment_in_attributed_sentence"))
    return rows


# a quotation that opens on a subject pronoun is a clause of its own, not a fragment of the narrator's clause
_CLAUSE_OPENER = re.compile(r"(?:i|we|you|he|she|it|they|there|this|that)\b(?:['’]\w+)?", re.I)
_WORDS_BEFORE_FRAGMENT = 3  # a clause of the narrator's words before the fragment: at least a subject and a verb


def _clause_around_fragment(d: QuoteContext, si: int, lo: int, o: int, inner: str, rule: str) -> int | None:
    """Where the clause starts whose last words are the quoted fragment opening at ``o`` ("The quarter was
    “ugly but not broken”, he wrote"), or None. The quote is attributed by a speaker and verb after it; it
    opens mid-sentence on a lower-case word and is no sentence of its own (no final . ! ?); the sentence's
    words before it (at least three, no other quotation, no speech verb, not ending in a colon or comma, which
    introduce a quotation) are the rest of the clause."""
    if rule not in ("quote_then_speaker_verb", "quote_then_verb_speaker") or not inner[:1].islower() \
            or inner[-1:] in ".!?":
        return None
    s0 = d.sents[si]["start"]
    if lo != s0:
        return None  # another quotation earlier in the sentence
    before = d.text[s0:o]
    words = before.split()
    if len(words) < _WORDS_BEFORE_FRAGMENT or before.rstrip()[-1:] in ":,;—–-" \
            or d.verb_re.search(d.text, s0, o) is not None:
        return None
    if _CLAUSE_OPENER.match(inner) or words[-1].lower() in ("and", "but", "or", "so"):
        return None  # "It's her plan, and “we're ready,” she said": the quotation is a clause of its own
    return s0 + len(before) - len(before.lstrip())


_SUBJECT_PRONOUN = re.compile(r"\s*(?:[A-Z][^,.;:!?“”\"\n]{0,40},\s*)?([Hh]e|[Ss]he)\b")


def _narrator_subject(d: QuoteContext, si: int, o: int, inner: str):
    """A quotation embedded in the narrator's sentence with no speech verb ("X, who plays a ferry pilot, dedicated
    her prize to “every actor who was told to wait.”"): someone's own words, closing the sentence, lower-case at
    their start and at least five words long (not a title, not a single scare word), are those of the person
    the sentence opens on, its subject. Returns the speaker tuple, or None."""
    if not (inner[-1:] in ".!?" and inner[:1].islower() and len(inner.split()) >= 5):
        return None
    lo = d.sents[si]["start"]
    pm = _SUBJECT_PRONOUN.match(d.text, lo, o)
    if pm is not None:  # "She thanked her crew, “who …”": the one the pronoun stands for
        s = pm.start(1)
        who = d.resolve_pronoun(s, "male" if pm.group(1).lower() == "he" else "female")
        return (who, pm.group(1), s, pm.end(1)) if who else None
    named = d.persons_before(lo, o)
    if not named or not _FRONTED_THEN_SUBJECT.fullmatch(d.text, lo, named[0].start):
        return None
    m = named[0]
    return m.actor, m.text, m.start, m.end


# (a rank may close the role: "former world No. 3 Petra X")
_ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w-]*\s+){1,4}(?:No\.\s?\d+\s+)?(?:[A-Z][\w.'’-]*\s+){0,4}[A-Z][\w'’-]+$")
_LOWER_ROLE = re.compile(r"(?:[a-z][\w-]*\s*){1,3}")
_ROLE_THEN_TITLES = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?:[A-Z][a-z]{0,4}\.\s*){1,3}")
_ENDS_POSSESSIVE = re.compile(r"['’]s?$")
_ENDS_IN_CONJUNCTION = re.compile(r"\s(?:and|or|but|nor)$")
# a noun for the quotation and a relative clause without "that" whose subject comments on it: "“…”, a pledge the
# union called premature", "“…”, a claim the ministry denied": the subject reacts to the words, it did not say
# them (not a name after the noun: "“…,” the coach Ana Reyes said" is the speaker with her post)
# (a noun and its modifier, no preposition: "a spokesperson for the commission" is the speaker)
_COMMENT_ON_QUOTE = re.compile(r"(?:an?|the)\s+(?:(?!(?:for|of|at|in|on|with|from|by|to|behind|near|inside|outside|"
                               r"under|over|about|around|among|against|beside|representing|and|or|who|which|that)\s)"
                               r"[a-z][\w-]*\s+){1,2}?(?:the|his|her|its|their)\s.*")
_INDEFINITE_NP = re.compile(r"(?:an?|one|another)\s")
_PRONOUN_CLAUSE_AFTER = re.compile(r"[ \t]+(?:that[ \t]+)?(?:he|she)[ \t]+[a-z]")  # "say she still washes"
_OF_NAMED_BODY = re.compile(r"\sof\s+(?:the\s+)?[A-Z][\w’'-]*\s+[A-Z]")  # "of the Kellerman Institute …"
# a bare plural noun after an inverted verb: "“Save our lane!” chanted protesters", "“…,” said officials" (a
# group, no one named); not "-ss", "-us" ("said thus")
_BARE_PLURAL = re.compile(r"[a-z]{2,}[^\Wsu]s")
_PREPOSITIONS = {"in", "at", "of", "for", "from", "on", "with", "to", "by", "and", "or", "but", "near", "about"}
# people of a named body written in lower case after a quotation ("“…,” economists at Orla Bank wrote",
# "said investigators from the Transport Safety Board"): a noun phrase, though it holds a preposition, because
# the name after "at", "from" or "with" is the body they work for, not a place
_MEMBERS_OF_NAMED_BODY = re.compile(r"(?:[a-z][\w-]*\s+){1,3}(?:at|from|with)\s+(?:the\s+)?"
                                    r"(?:[A-Z][\w.'’&-]*\s+){0,5}[A-Z][\w'’-]+")


def _good_np(np: str) -> bool:
    np = np.strip()
    # (an unnamed source brought in by an indefinite article may carry a long description: "a currency dealer at
    # a regional lender in the capital" is one noun phrase of ten words)
    # (an abbreviated title or an initial is not counted: "Prof. Hanne X of the Kellerman Institute in Bergen" is a
    # noun phrase of eight words, as it is without "Prof."; round 29)
    # (a named body of affiliation after "of" may be long: "Hanne X of the Kellerman Institute for Infection Research")
    words = [w for w in np.split() if not (w.endswith(".") and len(w) <= 5)]
    if not np or len(words) > (14 if _INDEFINITE_NP.match(np) else 11 if _OF_NAMED_BODY.search(np) else 8):
        return False
    if _NP_START.match(np) or _BARE_PLURAL.fullmatch(np):
        return True
    # a lower-case role before a name, "coast guard spokesman Lt. Cmdr. Nuno Figueira-Holt"
    # (not "police in Manchester": a preposition makes the name a place, not the speaker)
    if _MEMBERS_OF_NAMED_BODY.fullmatch(np):
        return True
    return bool(_ROLE_THEN_NAME.match(np)) and not any(w in _PREPOSITIONS for w in np.split())


# an appositive after a name (a role "of" a body, a description, an age, an acronym in brackets): a short phrase
# that no conjunction or subordinator opens ("…, chair of the Renters Alliance (RA), the city's largest tenants'
# group, told …"); up to 12 words
_APPOSITION = re.compile(r"\s+(?!(?:and|but|or|while|as|when|after|before|because|although|if|then|so|adding|"
                         r"saying|who|which|where)\b)[^\s,]+(?:\s+[^\s,]+){0,11}\s*")
_BARE_DETERMINER = re.compile(r"\s*(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Hh]is|[Hh]er)")
# a fronted participle clause opening a new sentence ("Speaking afterwards, he added", "Pressed on the cost, she
# replied"): after a quotation closed on a full stop it starts the next sentence, whose verb is no cue of that quote
_FRONTED_PARTICIPLE = re.compile(r"[ \t]*(?:Speaking|Asked|Pressed|Questioned|Responding|Reacting|Commenting|"
                                 r"Answering|Addressing|Writing|Talking|Interviewed)\b[^,.;:!?“”\"\n]{0,60},")


def _after_cue(d: QuoteContext, pos: int, after: str):
    """``“…,” said X`` or ``“…,” X said``: attribution right after the closing mark."""
    m = _LEAD_COMMA.match(after)
    rest = after[m.end():]
    base = pos + m.end()
    if _CONJUNCTION_OPENS.match(rest):
        # '… called the cut "austerity by the back door," while Tamsin X said …': a conjunction opens a clause of
        # its own with its own subject; what follows it attributes nothing to the quotation (round 33, blind set CW)
        return None
    so = _SO_BEFORE_VERB.match(rest)
    so_verb = d.verb_re.match(rest, so.end()) if so is not None else None
    if so_verb is not None and _CAPITAL_NEXT.match(rest, so_verb.end()):
        # "“…” So says Ewan X, who farms 300 acres": an adverb inverts verb and subject, as the bare verb does
        rest, base = rest[so.end():], base + so.end()
    vm = d.verb_re.match(rest)
    if vm:
        word, entry, vs, ve = verb_entry(vm, d.forms, d.cb)
        np = _NP_AFTER_VERB.match(rest[vm.end():])
        words = np.group(1) if np else ""
        if np:
            # an abbreviated title or an initial does not end the phrase: "said lead author Prof. Ana Ruiz"
            tail, titles = rest[vm.end() + np.end():], mention_rules(d.cb).titles
            for _ in range(4):
                last = words.split()[-1:] if words.split() else [""]
                # (nor a rank's "No.": "said former world No. 3 Petra X"; round 28)
                ranked = last[0] in ("No", "no") and re.match(r"\.\s?\d", tail) is not None
                if not ranked and (not (tail.startswith(". ") or tail.startswith("."))
                                   or not (last[0].lower() in titles or len(last[0]) == 1)
                                   or not re.match(r"\.\s?[A-Z]", tail)):
                    break
                more = _NP_AFTER_VERB.match(tail[1:])
                words, tail = words + "." + more.group(0), tail[1 + more.end():]
        if np and not _good_np(words):
            # "said Ana X and Tom Y in a joint statement": a trailing adverbial of where, when or how made the phrase
            # too long for a noun phrase; without it the speakers remain (only where the whole phrase fails, so an
            # affiliation, "officials at the ministry", is kept wherever it fits)
            adv = _TRAILING_ADVERBIAL.search(words)
            if adv is not None and _good_np(words[:adv.start()]):
                words = words[:adv.start()]
        if np and _good_np(words):
            s = base + vm.end() + np.start(1)
            spk = d.phrase(s, s + len(words.rstrip()))
            if not spk[0]:
                # "“…,” said one diner, who gave her name only as Jo.": the unnamed speaker is known by the
                # name the aside after the phrase gives (round 14, blind set AB call 13)
                given = name_in_aside(d.text, s + len(words.rstrip()), d.mentions)
                if given:
                    spk = (given,) + tuple(spk[1:])
            return spk, word, entry["stance"], (base + vs, base + ve), "quote_then_verb_speaker"
    acc = _ACCORDING_TO_AFTER.match(rest) if pos >= 2 and d.text[pos - 2] in ",!?" else None
    if acc:  # (a quotation that hands over with its own comma: a fragment, “a disgrace”, stays a partial)
        # "“This was avoidable,” according to Tom X, a former inspector …": the source after the closing mark,
        # as for a speech verb (up to its apposition's comma)
        np = _NP_AFTER_VERB.match(rest, acc.end())
        words = np.group(1) if np else ""
        if np and _good_np(words):
            s = base + np.start(1)
            e = s + len(words.rstrip())
            return d.phrase(s, e), "", "", (base + acc.start(), e), "quote_then_according_to"
    if pos >= 2 and d.text[pos - 2] in ".!?" and _FRONTED_PARTICIPLE.match(rest):
        # “… in a cold shed.” Speaking in Welsh, he added …: a new sentence, not the quote's attribution
        return None
    aux = set(d.rules.get("between_subject_and_verb", []))
    # a long apposition is read only after a quote that hands over to its speaker with a comma (“…,” X, …, said),
    # not after a nickname or a title inside a name (Arthur “Tug” Penhale, 64, insisted …)
    handover = (pos >= 2 and d.text[pos - 2] in ",!?") or after.lstrip().startswith(",")
    for np in _SPACES.finditer(rest[:160]):
        phrase = rest[:np.start()]
        # the speaker may carry an appositive: “…,” the union's leader, Ann Bell, said
        segs = phrase.rstrip(",").split(",")
        # (the title's full stop is judged with the word after it: “…,” Mrs. Pillai said)
        if _NOT_NP.search(_ABBREVIATION.sub("", rest[:np.end() + 1])[:-1]) or len(segs) > 4:
            break
        if handover and len(segs) > 1 and _good_np(segs[0]) and all(_APPOSITION.fullmatch(g) for g in segs[1:]):
            pass  # “…,” Ann Bell, chair of the Renters Alliance (RA), the city's biggest tenants' group, told …
        elif len(segs) > 3 or np.start() > 90:
            break
        elif not all(_good_np(g) for g in segs):
            if _LOWER_ROLE.fullmatch(phrase) or _ROLE_THEN_TITLES.fullmatch(phrase):
                # “…,” manager Ivo Hale told …: a lower-case role before the name is no phrase yet, nor is
                # it with the name's abbreviated ranks ("coast guard spokesman Lt. Cmdr. Nuno Holt told")
                continue
            break
        phrase = phrase.rstrip(",")
        tail = rest[np.end():]
        if handover and _COMMENT_ON_QUOTE.fullmatch(phrase):
            break
        if _ENDS_IN_CONJUNCTION.search(phrase):
            # “…” the delay and asked …: an object and a coordinated verb of the sentence that quoted a
            # fragment, not a speaker after the quote (a noun phrase never ends in "and")
            break
        if _BARE_DETERMINER.fullmatch(phrase):
            continue  # "the statement read": "statement" is the noun after "the", not a word before the verb
        while not _ENDS_POSSESSIVE.search(phrase):
            # (a possessive wants its noun: "Natarajan-Holt's statement said" is the owner's statement, the
            # "statement" of "X in a statement said" is no word to skip after it)
            w = _WORD_SPACE.match(tail)
            if not w or w.group(1).lower() not in aux or d.verb_re.match(tail):
                break
            tail = tail[w.end():]
        vm = d.verb_re.match(tail)
        off = base + len(rest) - len(tail)
        if vm and not POSSESSIVE_S.match(tail[vm.end():]) \
                and not is_noun_use(d.text, off + vm.start(), off + vm.end()):
            word, entry, vs, ve = verb_entry(vm, d.forms, d.cb)
            off = base + len(rest) - len(tail)
            spk = d.phrase(base, base + len(phrase))
            return spk, word, entry["stance"], (off + vs, off + ve), "quote_then_speaker_verb"
    return None


def _reported_before(d: QuoteContext, si: int, o: int, prev_direct: dict | None):
    """A verbless quotation that opens a sentence right after a sentence of reported speech ("Piotr
    Lindahl-Weir, the drummer, says the damp changed how they played. “You cannot …”"): the reporter of
    that sentence goes on in their own words, so the quote is theirs (verb "", no verb governs it), not
    the speaker of an earlier quotation. Returns ``(speaker, cue span)`` or None."""
    if si == 0 or d.sents[si]["start"] < o - 3:
        return None
    prev = d.sents[si - 1]
    if prev_direct is not None and max(prev_direct["end"], prev_direct["cue_start"]) > prev["start"]:
        return None  # the sentence before holds a quotation or its cue: the ordinary continuation applies
    if o - prev["end"] > 3 or d.in_marks(prev["start"]):
        return None
    for vm in reversed(d.sentence_verbs(si - 1)):
        if d.in_marks(vm.start()) or is_noun_use(d.text, *_verb_word_span(vm), d.rules) \
                or ends_with_to(d.text, prev["start"], vm.start()):
            continue
        word, _, vs, ve = verb_entry(vm, d.forms, d.cb)
        if word.lower().endswith("ing"):
            continue
        spk = d.verb_speaker(vs, ve, word)
        if spk[0]:
            return spk, (vs, ve)
        return None
    return None


# the subject after an inverted verb that stands between the halves of a quotation: ' said Ines Roca, ' (group 1)
# (an apposition may follow: ' said the coach, Ines Roca, ')
_INVERTED_BETWEEN = re.compile(r"\s+([^.;:!?“”\"\n]{1,120}?),\s*")


def _before_cue(d: QuoteContext, lo: int, before: str):
    """``X said: “…”`` or ``…, adding, “…”``: a speech verb before a colon or comma."""
    if not _COLON_COMMA_END.search(before) and not _VERB_THEN_MARK.search(before):
        return None
    verbs = [vm for vm in d.verb_re.finditer(before) if not d.in_marks(lo + vm.start())]
    if not verbs:
        return None
    vm = verbs[-1]
    if len(before[vm.end():].split()) > 6:
        return None
    word, entry, vs, ve = verb_entry(vm, d.forms, d.cb)
    if adds_an_amount(d.text, lo + vs, lo + ve):
        return None  # 'a limit would have added "up to 90 minutes" to the journey': a sum added, not words
    inverted = _INVERTED_BETWEEN.fullmatch(before, vm.end()) if not before[:vm.start()].strip(" ,") else None
    segs = inverted.group(1).split(",") if inverted is not None else []
    between = before[verbs[-2].end():vm.start()] if len(verbs) >= 2 and word.endswith("ing") else ""
    named = between.strip(" ,\t")
    if 1 <= len(segs) <= 3 and all(_good_np(g) for g in segs):
        # '"That," said Ines Roca, "was the easy part."': an inverted verb between the two halves of one
        # quotation has its subject after it; nothing stands before it to be the subject
        s = lo + inverted.start(1)
        spk = d.phrase(s, s + len(inverted.group(1)))
    elif named and "," not in named and _good_np(named) and not before[:verbs[-2].start()].strip(" ,"):
        # "‘…,’ said head keeper Jasper X, adding: ‘…’": the participle shares the subject of the inverted verb
        # before it
        s = lo + verbs[-2].end() + between.index(named)
        spk = d.phrase(s, s + len(named))
    else:
        spk = d.verb_speaker(lo + vs, lo + ve, word)
    return spk, word, entry["stance"], (lo + vs, lo + ve), "speaker_verb_then_quote"


# a paragraph that announces a statement read out or put out, with no quotation of its own ("X's solicitor read a
# statement on her behalf outside court.", "The family issued a statement through the police."); group 1 is the
# possessive of "on her behalf", if any
_STATEMENT_ANNOUNCED = re.compile(r"\b(?:read|reads|issued|issues|released|releases|published|put[ \t]+out|posted|"
                                  r"gave|shared)[ \t]+(?:out[ \t]+)?(?:a|an|the)[ \t]+(?:[\w-]+[ \t]+){0,2}?statement\b"
                                  r"(?:[^.!?“”\"\n]{0,40}?\bon[ \t]+(his|her|their)[ \t]+behalf)?")


_FRONTED_THEN_SUBJECT = re.compile(r"\s*(?:[A-Z][^,.;:!?“”\"\n]{0,40},\s*)?")
LOOK_AHEAD_MENTIONS = 12  # the subject is among a paragraph's first few mentions


def _announced_statement(d: QuoteContext, ps: int, pe: int, o: int):
    """The one whose statement a paragraph announced before the quotation at ``o`` that opens the next paragraph
    (a statement read out over one or more paragraphs, its speaker named once, before the first): the owner of
    "on her behalf", else the paragraph's first person or body (a possessor, "X's lawyer", is X)."""
    m = _STATEMENT_ANNOUNCED.search(d.text, ps, pe)
    if m is None or d.in_marks(m.start()) or any(ps <= a < pe for a, _ in d.marks):
        return None
    if m.group(1):
        g = m.group(1).lower()
        at = m.start(1)
        who = d.resolve_pronoun(at, {"his": "male", "her": "female"}.get(g, "plural"))
        if who:
            return (who, m.group(1), at, at + len(m.group(1))), "", "neutral", (m.start(), m.end()), \
                "statement_paragraph_before"
        # (a possessor is no antecedent of the pronoun resolver: "X's lawyer read a statement on her behalf"
        # falls through to the subject below, whose possessor is X)
    i = bisect_left(d._mention_starts, ps)  # mentions are sorted by start
    x = next((x for x in d.mentions[i:i + LOOK_AHEAD_MENTIONS] if x.start < m.start() and x.actor
              and not d.in_marks(x.start)), None)
    if x is None:
        return None
    lo = d.sents[d.sent_of(m.start())]["start"]
    if not _FRONTED_THEN_SUBJECT.fullmatch(d.text, lo, x.start):
        return None  # the name is no subject ("The family of X issued a statement"): the family speaks, unnamed
    return (x.actor, x.text, x.start, x.end), "", "neutral", (m.start(), m.end()), "statement_paragraph_before"


def _statement_cue(d: QuoteContext, o: int):
    """A quotation opening a paragraph after one that ends with a colon and a
    speech verb ("The club said in a statement:", "released the following
    statement:"): the statement's words, spoken by that verb's subject. Also
    after a paragraph that announces a statement in a sentence of its own (see
    ``_announced_statement``)."""
    k = next((i for i, (ps, pe) in enumerate(d.para_spans) if ps <= o < pe), None)
    if not k or d.para_spans[k][0] != o:
        return None
    ps, pe = d.para_spans[k - 1]
    prev = d.text[ps:pe].rstrip()
    if not prev.endswith(":") or d.in_marks(ps + len(prev) - 1):
        return _announced_statement(d, ps, pe, o) if prev.endswith(".") else None
    return _before_cue(d, ps, prev)


# what someone said, named by a noun of the codebook's ``speech_nouns`` before a colon, or "In X's words,", with
# no speech verb: "Ruiz's verdict: “…”", "Ruiz had a simple message for staff: “…”", "In Ruiz's own words, “…”";
# and a transcript's bare name before a colon ("Ruiz: “…”"). The possessor or subject is a name alone (capitalised
# words, "the" allowed first), never a clause ("Ruiz criticised Bell's response:" is Ruiz's, by her verb).
# (a name's words may open on a capital beyond ASCII: "Cormac Ó Laoghaire", "Łukasz")
_CAPITAL = r"[^\W\d_a-zß-öø-ÿ]"
_CUE_NAME = rf"(?:[Tt]he\s+)?{_CAPITAL}[\w’'.-]*(?:\s+{_CAPITAL}[\w’'.-]*){{0,3}}"
# a speaker written with more than a name: a role and an apposition ("The head teacher, Cormac Ó Laoghaire,"), a
# name and where they work ("Dr Ana Reyes of the Halvern Institute"), a name and an aside ("Leopold, who is 67,")
_CUE_SUBJECT = (rf"(?:[Tt]he\s+[a-z][\w’'-]*(?:\s+[a-z][\w’'-]*){{0,2}},\s+)?{_CUE_NAME}"
                rf"(?:\s+(?:of|from|at)\s+(?:the\s+)?{_CAPITAL}[\w’'.-]*(?:\s+{_CAPITAL}[\w’'.-]*){{0,4}})?"
                r"(?:,\s+(?:[^,;:“”\"\n]|,(?=\d)){1,100},)?")
# (words of a message that passes on someone else's or a thing's words: "texted a friend what her boss had told her:",
# "emailed the headline:"; the colon after them introduces no words of the sender's)
_FORWARDED = (r"\b(?:what|which|headlines?|headlined|subject|sign|screenshot|photo|picture|link|copy|text\s+of|"
              r"words|told|said|sent|wrote|article|story)\b")
# (a phrase that opens the sentence before the speaker: "Ahead of the bank holiday weekend, Kestwick Police's message")
_FRONTED = r"(?:[A-Z][^,;:“”\"\n]{1,80},\s+)?"
# (what a speech noun may be addressed to or about: "message to drivers", "warning for investors")
_ADDRESSEE = r"(?:\s+(?:for|to|on)\s+[^,.;:!?“”\"\n]{1,40})?"


@lru_cache(maxsize=16)
def _speech_noun_cue_re(nouns: tuple[str, ...], manners: tuple[str, ...], senders: tuple[str, ...]) -> re.Pattern:
    alts = "|".join(map(re.escape, nouns))
    manner = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in manners) or "(?!)"
    sent = "|".join(re.escape(m).replace(r"\ ", r"\s+") for m in senders) or "(?!)"
    return re.compile(
        rf"\s*{_FRONTED}(?:(?P<owner>{_CUE_NAME}|[Tt]he\s+[a-z][\w-]*)['’]s?\s+"
        rf"(?:(?:own|first|final|blunt|simple|short)\s+)?(?:{alts}){_ADDRESSEE}"
        rf"(?:\s+(?:was|is)(?:\s+[a-z-]+){{0,2}})?\s*:"
        rf"|(?:[Tt]he|[Hh]is|[Hh]er|[Tt]heir|[Ii]ts)\s+(?:[a-z-]+\s+){{0,2}}?(?:{alts})\s+from\s+"
        rf"(?P<source>[^,.;:!?“”\"\n]{{1,80}}?){_ADDRESSEE}\s+(?:was|is)(?:\s+[a-z-]+){{0,2}}\s*:)\s*$"
        rf"|\s*(?:(?P<subject>{_CUE_NAME})\s+(?:had|has|gave|offered|sent|delivered)\s+(?:a|an|the|this|his|her|their)\s+"
        rf"(?:[a-z-]+\s+){{0,2}}?(?:{alts}){_ADDRESSEE}\s*:"
        rf"|(?P<manner>{_CUE_SUBJECT}),?\s+(?:(?:{manner})|(?:{sent})\b(?:(?!{_FORWARDED})[^,;:“”\"\n]){{0,60}})\s*:"
        rf"|In\s+(?P<words_of>{_CUE_NAME})['’]s?\s+(?:own\s+)?words\s*,"
        rf"|(?P<bare>{_CUE_NAME})\s*:)\s*$")


def _speaking_noun(word: str, codebook) -> bool:
    """Is ``word`` a noun for someone who can speak: a person's (the codebook's person nominals) or a body's (its
    organisation classifiers and heads, nominal classes and body-only nouns)? "The bureau's advice" is; "The sign's
    message", "The banner's" are not."""
    r = mention_rules(codebook)
    w = word.lower()
    # (nameparser's titles hold words like "banner" too: a title counts only as a person noun of the codebook)
    return w in r.person_nominals or w in r.org_classifiers or w in r.org_heads or w in dict(r.nominal_classes) \
        or w in r.body_only_nouns


def _speech_noun_cue(d: QuoteContext, lo: int, before: str, inner: str):
    """``Ruiz's verdict: “…”``, ``In Ruiz's words, “…”``, ``Ruiz: “…”``: the quotation's speaker named with a noun of
    what was said, or alone before a colon, where no speech verb stands (``_speech_noun_cue_re``); the verb is ''.
    ``before`` runs from the sentence's start (or the previous quotation's end) to the opening mark, and must be
    these words alone. The speaker is the name's mention (a possessor's too, which the phrase rules pass over); a
    bare name must be exactly one mention's words, before a quotation that is a sentence of its own ("On Ruiz:" and
    "Kelby General: “a hospital in crisis”" are no transcript lines). Also "the message from X to voters was
    clear: “…”" (X's), and a speaker whose manner of speaking stands before the colon ("The mayor, Ana Ruiz, was
    blunt: “…”", "Bell went further: “…”"; the codebook's ``colon_manners``) or who sent it ("texted the Gazette
    within minutes:"; ``colon_message_verbs``), before a quotation that opens as a sentence does."""
    m = _speech_noun_cue_re(tuple(d.rules.get("speech_nouns", ())), tuple(d.rules.get("colon_manners", ())),
                            tuple(d.rules.get("colon_message_verbs", ()))).fullmatch(before)
    if m is None:
        return None
    g = next(k for k in ("owner", "source", "subject", "manner", "words_of", "bare") if m.group(k) is not None)
    s, e = lo + m.start(g), lo + m.end(g)
    # (a possessive's mention ends after its "’s", two characters past the speaker's words)
    named = [x for x in d.mentions_within(s, e + 2) if x.actor and not d.in_marks(x.start)]
    if not named and g == "owner" and d.text[s:e].split()[-1].islower() \
            and _speaking_noun(d.text[s:e].split()[-1], d.cb):
        # "The bureau's advice was straightforward: “…”": a body's noun owns what was said; the phrase rules
        # resolve it as they do "the bureau said" (and leave it unresolved, but a quotation all the same)
        return d.phrase(s, e), "", "neutral", (s, e), "speech_noun_then_quote"
    if not named:
        return None
    if g == "bare":
        if len(named) != 1 or (named[0].start, named[0].end) != (s, e) or not inner[:1].isupper() \
                or inner[-1:] not in ".!?":
            return None
        return d.phrase(s, e), "", "neutral", (s, e), "speech_noun_then_quote"
    if g == "manner" and not inner[:1].isupper():
        return None  # ("was scathing: “a shambles”" may be anyone's words the writer borrows)
    if g in ("owner", "words_of"):
        # the possessor speaks ("Ruiz's verdict"): its mention, which the phrase rules pass over as a possessive
        return (named[0].actor, d.text[s:e], s, e), "", "neutral", (s, e), "speech_noun_then_quote"
    return d.phrase(s, e), "", "neutral", (s, e), "speech_noun_then_quote"


# a question paragraph of a Q&A ("Q: How bad is it?"), and an answer paragraph opened by a label of one to three
# capitalised words and a colon ("Dai: It's the worst …", "Ines Vogt: …")
_QA_QUESTION = re.compile(r"^Q[:.][ \t][^\n]*\?[^\n]*", re.M)
_LABELLED_ANSWER = re.compile(r"^([A-Z][\w’'.-]*(?:[ \t][A-Z][\w’'.-]*){0,2}):[ \t]+(\S[^\n]*)", re.M)


def _labelled_answers(d: QuoteContext) -> list[dict]:
    """The answers of a Q&A whose label names the interviewee ("Q: How bad is it? / Dai: It's the worst …"): each a
    direct quote of the person the label resolves to, verb ''. Only right after a question paragraph ("Q:" and a
    question mark: not a list of names and colons elsewhere, "Ana X: 4,210 votes"; round 32 review), and only for a
    label that resolves to a person ("A:" names no one; gold README, Q&A answers). One pass over the questions, one
    over the labels, a bisection between them."""
    question_ends = [q.end() for q in _QA_QUESTION.finditer(d.text)]
    if not question_ends:
        return []
    rows = []
    for m in _LABELLED_ANSWER.finditer(d.text):
        if m.group(1) in ("Q", "A"):
            continue
        k = bisect_right(question_ends, m.start()) - 1
        if k < 0 or d.text[question_ends[k]:m.start()].strip():
            continue  # (no question right before it)
        spk = d.phrase(m.start(1), m.end(1))
        named = d.actor_of(spk[0]) if spk[0] else None
        if named is None or named.kind != "person":
            continue
        rows.append(quote_row(d, m.start(2), m.start(2) + len(m.group(2).rstrip()), "direct", spk, "", "neutral",
                              (m.start(1), m.end(1)), "labelled_answer"))
    return rows


def _label_cue(d: QuoteContext, si: int, at: int):
    """'X addressed passengers on LinkedIn. Quote: "…"': no verb governs the
    quote, so the speaker is the subject (first person or organisation) of
    the sentence before the label; the verb is ''."""
    s = d.sents[si]
    lo = d.sents[si - 1]["start"] if si and s["start"] >= at - 1 else s["start"]
    subjects = d.persons_before(lo, at) or d.persons_before(lo, at, any_kind=True)
    if not subjects:
        return None
    m = subjects[0]
    return d.phrase(m.start, m.end), "", "neutral", (m.start, m.end), "label_then_quote"


def _sentence_cue(d: QuoteContext, si: int, pos: int, cue_verbs: dict[int, list[re.Match]]):
    """The speech verb of the sentence around a quoted fragment (nearest one; at equal
    distance the one before ``pos``).

    ``cue_verbs`` caches, per sentence, its speech verbs outside quotation marks that are
    verbs here (not nouns, not "to say"): they do not depend on ``pos``, and a sentence
    with many fragments (unbalanced marks make one long sentence) would otherwise filter
    every verb once per fragment, F x V. The nearest is then found by bisection.
    """
    verbs = cue_verbs.get(si)
    if verbs is None:
        s = d.sents[si]
        # (the noun test looks at the verb word itself: a context pattern's match opens with its subject,
        # "report by X, …, found", whose determiner says nothing about the verb)
        verbs = cue_verbs[si] = [vm for vm in d.sentence_verbs(si) if not d.in_marks(vm.start())
                                 and not is_noun_use(d.text, *_verb_word_span(vm), d.rules)
                                 and not ends_with_to(d.text, s["start"], vm.start())]
    if not verbs:
        return None
    i = bisect_right(verbs, pos, key=lambda v: v.start())  # verbs[:i] start at or before pos
    near = verbs[max(0, i - 1):i + 1]
    vm = min(near, key=lambda v: (abs(v.start() - pos), v.start() > pos))
    word, entry, vs, ve = verb_entry(vm, d.forms, d.cb)
    return d.verb_speaker(vs, ve, word), word, entry["stance"], (vs, ve)


def _own_verb_before(d: QuoteContext, si: int, lo: int, o: int) -> bool:
    """A speech verb of sentence ``si`` between ``lo`` and the opening mark ``o``, used as a verb (not
    a noun, not inside marks, not "to say")."""
    return any(lo <= vm.start() < o and not d.in_marks(vm.start())
               and not is_noun_use(d.text, *_verb_word_span(vm), d.rules)
               and not ends_with_to(d.text, d.sents[si]["start"], vm.start()) for vm in d.sentence_verbs(si))


def _verb_word_span(vm: re.Match) -> tuple[int, int]:
    """Offsets of the verb word in a match of the speech-verb regex (its first group that matched)."""
    i = next((k for k, g in enumerate(vm.groups(), start=1) if g is not None), 0)
    return vm.start(i), vm.end(i)


# the indirect rows whose source is named by "according to" (indirect.py's _according_to)
_ACCORDING_RULES = frozenset({"according_to_then_clause", "clause_then_according_to"})


def document_quotes(doc, codebook: dict, layer=None) -> list[dict]:
    """All quotes of one document (pure: document + codebook in, rows out).

    Rows follow the ``quotes`` table; ``clean_text[start:end] == text`` for
    every row. A partial quote inside an indirect clause takes that clause's
    speaker and verb. ``layer``: the document's mentions from the mention
    layer (:func:`corpus_tools.tag.mentions.document_layer`), if already
    computed; otherwise they are found here.
    """
    d = QuoteContext(doc, codebook, layer)
    direct = _direct(d)
    attached = ("quote_then_verb_speaker", "quote_then_speaker_verb", "speaker_verb_then_quote", "quote_then_according_to")
    used = {r["cue_start"] for r in direct if r["rule"] in attached}
    indirect = indirect_quotes(d, used)
    answers = _labelled_answers(d)
    if answers:
        # a labelled answer is one direct quote: quotation marks inside it are nested, and a clause inside it is
        # the interviewee's own words, not a report of someone else's (gold README, Q&A answers); the answers are
        # in text order and do not overlap, so a bisection finds the one a row could lie in
        answer_starts = [a["start"] for a in answers]

        def in_answer(r: dict) -> bool:
            k = bisect_right(answer_starts, r["start"]) - 1
            return k >= 0 and r["end"] <= answers[k]["end"]
        direct = [r for r in direct if not in_answer(r)] + answers
        indirect = [r for r in indirect if not in_answer(r)]
    # "Other firms had “done the sums”, she added, and more closures were likely": the report goes on after the
    # attribution of a clause that ends in a quoted fragment, as after any clause-first attribution
    indirect += [more for r in direct if r["rule"] == "clause_with_fragment_then_speaker"
                 for more in [report_continued_after(d, r)] if more is not None]
    # the indirect rows by start, for a bisection per partial quote (a scan of every indirect row per partial
    # quote was quadratic in a document of thousands of quotes)
    by_start = sorted(range(len(indirect)), key=lambda k: indirect[k]["start"])
    starts = [indirect[k]["start"] for k in by_start]
    for r in direct:
        if r["rule"] == "what_name_called":
            continue  # (the words of the one "what … called" names, inside anyone's clause)
        if r["kind"] == "partial" or r["rule"] == "scare_no_cue":
            # the first indirect row (in its own order) that holds the partial quote, among the few that start
            # at or before it (an indirect clause holds its fragments; clauses do not nest deeply)
            j = bisect_right(starts, r["start"])
            hosts = [k for k in by_start[max(0, j - 16):j] if r["end"] <= indirect[k]["end"]]
            host = indirect[min(hosts)] if hosts else None
            if host and r["kind"] == "scare":
                # "According to the assessment, the product poses a “low and manageable” risk": a sentence with no
                # speech verb, whose quoted words are no scare quote but the source's, as in any reported clause
                if host["rule"] not in _ACCORDING_RULES:
                    continue
                r.update(kind="partial", rule="fragment_in_according_clause")
            if host:
                r.update(speaker=host["speaker"], speaker_text=host["speaker_text"], speaker_kind=host["speaker_kind"],
                         speaker_mention_start=host["speaker_mention_start"],
                         speaker_mention_end=host["speaker_mention_end"], verb=host["verb"],
                         verb_stance=host["verb_stance"], cue_start=host["cue_start"], cue_end=host["cue_end"])
    seen: set[tuple[int, int]] = set()
    rows = []
    for r in sorted(direct + indirect, key=lambda r: (r["start"], r["end"])):
        if (r["start"], r["end"]) not in seen:  # two cues for one clause: keep the first
            seen.add((r["start"], r["end"]))
            rows.append(r)
    for n, r in enumerate(rows, start=1):
        r["quote_id"] = f"{doc.doc_id}-q{n:03d}"
    return rows


def quotes_table(corpus) -> pd.DataFrame:
    """The ``quotes`` table for a corpus: one row per quote, documents in corpus order."""
    from ..mentions import mention_layers

    layers = mention_layers(corpus)
    return make_table("quotes", (r for doc in corpus
                                 for r in document_quotes(doc, corpus.codebook, layers[doc.doc_id][0])))
