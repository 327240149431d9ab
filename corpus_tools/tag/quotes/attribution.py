"""Shared machinery of quote attribution: the speech-verb table, the
per-document working state (:class:`QuoteContext`) and the row builder.

Used by :mod:`.direct` (quoted speech) and :mod:`.indirect` (reported speech
without marks), which import these names; they are the quote stage's own
building blocks, not part of the package's public API (``corpus_tools.tag.quotes``).
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache
from types import MappingProxyType

from ...codebook import derived_value
from .marks import quote_marks
from ..mentions import APPOSED_GAP, GROUP_CLASSIFIERS, POSSESSIVE_S, first_name_sex, mention_rules
from ..speakers import (AFTER_PREPOSITION, after_dateline, CLOSE_TO_BEFORE, FRONTED_PHRASE, LOCAL_GOVERNMENT, PLACE_BODY, name_in_aside, OPENING_CONJUNCTION, POSSESSIVE_BODY, UNNAMED_BODY, Mention, SpanIndex, compatible, find_mentions,
                        first_named_index, is_anonymous, literal_trie, normalise, people_around_res, resolve_phrase)


# a sentence that opens on the staff of a body speaking as a group: "Analysts at X", "Researchers from the X",
# "Economists with X" (a later "they" is that body, as in speakers.is_anonymous's analysts-at rule)
_STAFF_OF_BODY = re.compile(r"\s*(?:[A-Z][\w-]*\s+)?(?:[Aa]nalysts|[Ee]conomists|[Ss]trategists|[Rr]esearchers|"
                            r"[Ss]cientists|[Ee]ngineers|[Ll]awyers|[Aa]uditors|[Ee]xperts|[Ss]taff)\s+"
                            r"(?:at|from|with|of)\s+(?:the\s+)?")


@lru_cache(maxsize=8)
def _verb_table(key: tuple) -> tuple[re.Pattern, dict[str, dict]]:
    verbs = [dict(v) for v in key]
    forms: dict[str, dict] = {}
    alts = []
    for v in verbs:
        if v.get("pattern"):
            alts.append(v["pattern"])
        for f in v.get("forms", []):
            forms[f.lower()] = v
    words = sorted(forms, key=len, reverse=True)
    if words and all(w and w.isascii() for w in words):
        # a trie of the words: the same matches as the flat alternation below (see
        # literal_trie), found much faster; the regex is tried at every position of
        # every sentence, and re.IGNORECASE keeps re from skipping words by their letter
        word_alt = literal_trie(words)
    else:
        word_alt = "|".join(map(re.escape, words))
    pats = [rf"\b({word_alt})\b"] + [p for p in alts]
    for v in verbs:
        if v.get("pattern"):
            forms["__pattern__" + v["name"]] = v
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I), forms


@lru_cache(maxsize=8)
def _context_table(key: tuple) -> re.Pattern | None:
    pats = [dict(v)["pattern"] for v in key if dict(v).get("pattern")]
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I) if pats else None


def context_patterns(codebook) -> re.Pattern | None:
    """The codebook's context patterns of speech verbs alone ("report by X, …, found"), one regex, or None.

    Kept with a compiled codebook (:func:`corpus_tools.codebook.derived_value`): freezing the verb
    list into the cache key on every call cost more than the lookup it saves."""
    return derived_value(codebook, "attribution.context_patterns", _context_patterns_from_list)


def _context_patterns_from_list(codebook) -> re.Pattern | None:
    entries = codebook.get("speech_verbs", ()) or ()
    return _context_table(tuple(_freeze_value(e) for e in entries))


def _freeze_value(v):
    """A hashable copy of a codebook value (lists and tuples to tuples, tables to sorted pairs)."""
    if isinstance(v, (list, tuple)):
        return tuple(_freeze_value(x) for x in v)
    if hasattr(v, "items"):
        return tuple(sorted((k, _freeze_value(x)) for k, x in v.items()))
    return v


def speech_verbs(codebook) -> tuple[re.Pattern, dict[str, dict]]:
    """The codebook's speech verbs: one regex for all forms and ``form -> entry``.

    Compiled once per distinct verb list (an ``lru_cache`` keyed on the
    entries' contents, never on the codebook object), so no module keeps
    state about the last input; a compiled codebook also keeps the result
    (:func:`corpus_tools.codebook.derived_value`), so the key is built once per corpus.
    """
    return derived_value(codebook, "attribution.speech_verbs", _speech_verbs_from_list)


def _speech_verbs_from_list(codebook) -> tuple[re.Pattern, dict[str, dict]]:
    entries = codebook.get("speech_verbs", ()) or ()
    return _verb_table(tuple(_freeze_value(e) for e in entries))


def _matches_here(pattern: str, match: re.Match) -> bool:
    """True if ``pattern`` matches exactly the words of ``match``, read where they stand in the text."""
    own = re.compile(pattern, re.I).match(match.string, match.start())
    return own is not None and own.end() == match.end()


def verb_entry(match: re.Match, forms: dict[str, dict], codebook: dict) -> tuple[str, dict, int, int]:
    """The verb word, its codebook entry and its offsets, for a match of the verb regex."""
    for i, g in enumerate(match.groups(), start=1):
        if g is not None:
            word = g
            entry = forms.get(g.lower())
            if entry is None:  # a multi-word pattern: find its entry (matched in place, so a look-ahead holds)
                entry = next(v for v in codebook.get("speech_verbs", [])
                             if v.get("pattern") and _matches_here(v["pattern"], match))
            return word, entry, match.start(i), match.end(i)
    raise ValueError("empty verb match")


# Patterns used per verb or per phrase, compiled once here rather than looked up in ``re``'s cache per call.
# a negated verb ("did not comment", "would never say", "didn't confirm") reports no words of its subject
NEGATED = re.compile(r"(?:\bnot|\bnever|\bcannot|n['’]t)\s+$")  # a verb denied right after it
_SPOKES_WORD = re.compile(r"\bspokes(?:man|woman|person)\b|\brepresentative\b")
# the words between a spokesperson and a name set beside them: " ", ", " or " for the trust, " (a short title may open
# it): "Kremlin spokesperson Dmitry X", "A spokeswoman, Ana Y,"
_APPOSED_AFTER_SPOKES = re.compile(r"(?:[ \t\u00a0]+(?:for|at|of|with)[ \t\u00a0]+[^,.;:\n]{1,80}[ \t\u00a0]*,)?"
                                   r"[ \t\u00a0]*,?[ \t\u00a0]+(?:[A-Z][a-z]{0,4}\.?[ \t\u00a0]+)?")
_MODAL_BEFORE = re.compile(r"\b(?:would|will|could|can|should|might|may|must|to)\s+(?:\w+ly\s+)?$")
# a verb of a conditional or time clause inside what was reported: "said the union would call it off if the
# university agreed to talks, but warned …" (the "agreed" is the university's, inside her report), or of a free
# relative: "said he was ashamed of what the report described, but insisted …" (round 31, blind set CS)
_IN_SUBORDINATE_CLAUSE = re.compile(r"\b(?:if|unless|until|once|whether|what)\s+(?:[\w'’-]+\s+){1,4}$")
# a bare plural after "despite", right before a participle: "despite fishermen warning"
# (only after "despite", and a plural of people: "with officers saying" after "Kelby Police arrested a man" is the
# force's, "spoke with reporters saying" the speaker's, "despite always insisting" no plural; round 30 review)
_BARE_PLURAL_BEFORE = re.compile(r"\bdespite[ \t]+((?:[a-z][\w-]*[ \t]+){0,2}[a-z]+(?:men|ers|ents|ors|ians|ists|ants|ees|"
                                 r"people|ies))[ \t]+$")
_DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "some", "many", "several", "this", "that",
                          "these", "those"})
_COORD_END = re.compile(r"(?:\b(?:and|but)\s+(?:\w+ly\s+)?|,\s*(?:then\s+)?)$")  # (", then says": a coordinated verb too)
_THAT = re.compile(r"\bthat\b")
_AND_BUT = re.compile(r"\b(?:and|but)\b")
# a subordinate clause opens after these: "was delayed again after councillors said" (its subject is "councillors")
# (also a free relative: "blamed the former government for what she called a “…”": its subject is "she")
_SUBORDINATOR = re.compile(r"\b(?:after|before|because|although|though|whereas|until|unless|what)\b")
_CAPITALISED_WORD_END = re.compile(r"\b[A-Z][\w’'-]*[ \t]+$")
_CAPITALISED_END = re.compile(r"[A-Z][\w’'-]*\s+$")
# the noun phrase a relative "who" hangs on, right before a speech verb: "acquired from a Paris collector who
# described them as …" (the dealer speaks, not the subject of the main clause); up to five words after the
# determiner, none of them a preposition that would open a phrase of its own
_RELATIVE_WHO = re.compile(r"(?<![\w’'-])((?:[Aa]n?|[Tt]he|[Oo]ne)(?:\s+(?!(?:from|by|in|at|to|with|on)\b)[^\s,;:()]+){1,5})"
                           r"\s+who$")
_SPACE_CAPITAL = re.compile(r"\s+[A-Z]")
_HE_SHE = re.compile(r"\b(he|she|He|She)\b")
_DETERMINER_END = re.compile(r"\b(?:a|an|the|this|its|his|her|their|our|no|any)\s+$", re.I)
_A_DECISION_ADJECTIVE_END = re.compile(r"\b(?:a|an|the)[ \t]+(?:landmark|historic|final|previous|earlier|recent|separate|"
                                       r"key|major|new|controversial|unanimous|split|majority|interim|preliminary|"
                                       r"similar|further|fresh|surprise|legal|lower[ \t]+court)[ \t]+$", re.I)
_A_WORD_END = re.compile(r"\b(?:a|an)\s+[a-z][\w-]*\s+$", re.I)  # an indefinite article and one modifier
# a determiner and one lower-case noun that no verb's subject agrees with in the bare form (not a plural, nor a
# collective that British copy makes plural: "the police say", "the council warn")
_COMPOUND_NOUN_END = re.compile(r"\b(?:a|an|the|this|its|his|her|their|our)\s+(?!(?:police|government|council|public|"
                                r"staff|team|club|family|committee|board|union|band|party|jury|panel|crew|group|"
                                r"people|media|press|management|army|navy|squad|side|company|firm)\s)[a-z][a-z-]*[^s\W]\s+$",
                                re.I)
# the speech verbs whose bare form is also a noun that heads a compound ("the rent demand", "a pay claim", "the
# evacuation order")
_COMPOUND_HEADS = frozenset({"demand", "claim", "report", "call", "request", "plea", "pledge", "promise", "appeal",
                             "threat", "offer", "comment", "complaint", "vow", "charge", "alert", "notice", "note",
                             "message", "post", "estimate", "forecast", "reply", "response", "answer", "order",
                             "tweet", "warning", "statement"})
# what follows a noun and not a verb: a quotation mark or a stop, a preposition, or the sentence's own verb ("the
# rent demand “…”", "a pay claim of 5%", "the evacuation order was lifted"); a verb takes an object or a clause
# ("The women claim they …", "The crowd demand his resignation")
_AFTER_A_NOUN = re.compile(r"\s*[“”\"‘’,.;:!?)]|\s+(?:of|for|from|to|by|in|on|at|over|was|is|were|are|had|has|have|will|"
                           r"would|could|came|went|remains?|remained)\b")
_AUX_AFTER = re.compile(r"\s+(?:was|were|is|are|has|had|have|will|would|could)\b")
_PHRASE_COMMA = re.compile(r",(?!\d{3}\b)")  # a comma that is no thousands separator ("$212,000")
_PREPOSITION_END = re.compile(r"\b(?:despite|amid|amidst|after|following|over|of)\s+$", re.I)
_WORD_END = re.compile(r"(\w+)\s+$")
_THAT_AFTER = re.compile(r"\s+that\b")
_AND_THAT_AFTER = re.compile(r"[ \t\u00a0]*,?[ \t\u00a0]+(?:and|but)[ \t\u00a0]+that[ \t\u00a0]+")
_BARE_VERB_SUBJECT_END = re.compile(r"\b(?:to|will|would|can|could|must|should|may|might|did|do|does|not|they|we|I|you)\s+$")
_POSSESSIVE_END = re.compile(r"\w['’]s?\s+$")
_IMPERSONAL_IS_END = re.compile(r"\b(?:[Ii]t|[Tt]hat|[Tt]here|[Ww]hat|[Hh]ere)['’]s\s+$")
_TO_END = re.compile(r"\bto\s+$")
# a sentence opening with a participle clause ("Asked whether …,", "Pressed on …,", "Speaking to …,")
_KIN_AFTER = re.compile(r"[\w-]+")  # the words after a possessor: modifiers, then the relative's noun
# a comma, maybe after a closing quotation mark, right before a he/she: ", he said", "’, she said"
# "as she puts it", "as he put it", "as she says": an aside that gives the words to a he/she (group: the pronoun)
_AS_SHE_PUTS_IT = re.compile(r"[ \t,]*as[ \t]+(?:he|she)[ \t]+(?:puts|put|says|said|describes|described)\b")
# nothing before a sentence's subject but a short fronted phrase and its comma: "Now 27, "
_FRONTED_SHORT = re.compile(r"\s*(?:[^,.;:“”\"\n]{0,25},\s*)?")
# a possessive and a noun right before a name: "her daughter, ", "his neighbour "
_POSSESSIVE_NOUN_BEFORE = re.compile(r"\b(?:his|her|their)[ \t]+[a-z]+,?[ \t]+$")
_COMMA_BEFORE_PRONOUN = re.compile(r"[,][’”'\"]?\s*$|[’”'\"],\s*$")
# a relative clause on a thing a person owns, up to the he/she it opens: "Mr X’s police interview, in which he said",
# "Ana Ruiz's witness statement, in which she …" (the owner is the pronoun's antecedent; see _resolve_pronoun); not
# past a preposition, whose object may be the antecedent ("Sam X's film about her father, in which he says")
_OWNED_THING_RELATIVE = re.compile(r"['’]s[ \t\u00a0]+(?:(?!(?:about|of|with|on|for|from|by|to|into|at|in)[ \t\u00a0])"
                                   r"[a-z][\w-]*[ \t\u00a0]+){0,3}[a-z][\w-]*,?[ \t\u00a0]+"
                                   r"(?:in|during)[ \t\u00a0]+which[ \t\u00a0]+$")
# a verb of reply right after a he/she: "She replied that", "he hit back"
_REPLY_AFTER = re.compile(r"\s+(?:later\s+|then\s+)?(?:replied|responded|retorted|countered|(?:hit|shot|fired)\s+back)\b")
# "her" / "him" as the object of a verb (a preposition, a "that" or punctuation after it), not "her vote"
_OBJECT_PRONOUN = MappingProxyType({
    w: re.compile(rf"\b{w}\b(?=\s+(?:of|over|for|that|whether|to|with|about|on|in|after|before|if)\b|\s*[,.;:])")
    for w in ("him", "her")})
# how far back from a he/she the clause it reports, or the object after a subject, is looked for (characters)
_CLAUSE_LOOK_BACK = 400
# the end of a sentence inside a span: a full stop, "?" or "!" (maybe before a closing mark) and a space
_FULL_STOP = re.compile(r"[.!?][’”'\"]?\s")
# a fronted subordinate clause or adverbial opening a sentence: its names may be a later he/she's antecedent
_FRONTED_SUBORDINATE = re.compile(r"(?:When|While|After|Before|As|Since|If|Once|Until|Because|Although|Though|"
                                  r"Whenever|Unless|Despite|Without|With|For|In|On|At|By)\b")
PARTICIPLE_OPENER = re.compile(r"\s*(?:Asked|Pressed|Questioned|Challenged|Told|Quizzed|Speaking|Responding|Reacting|Commenting|Answering|Addressing|Writing)\b")


def ends_with_to(text: str, lo: int, hi: int) -> bool:
    """``re.search(r"\\bto\\s+$", text[lo:hi])`` without scanning the whole slice.

    A match is "to" followed by the whitespace that ends the slice, so it can
    only start two characters before that trailing whitespace; searching from
    one character earlier keeps the ``\\b`` test on the character before "to"
    (or on the slice start, when "to" opens the slice)."""
    left = text[lo:hi]
    body = len(left.rstrip())
    return _TO_END.search(left, max(0, body - 3)) is not None


# the start of a clause up to the people-around words that open it: nothing, or a conjunction, then up to three
# determiners, numbers or nouns of people ("Friends of X", "People close to X", "But some friends of X"); group 1
# starts the noun phrase
_CLAUSE_OPENER = re.compile(r"\s*(?:(?:[Bb]ut|[Aa]nd|[Yy]et|[Ww]hile)\s+)?((?:(?:[Aa]n?|[Oo]ne|[Aa]nother|[Ss]ome|[Ss]everal|"
                            r"[Mm]any|[Tt]wo|[Tt]hree|[Ff]our|[Oo]ther|[Ff]ormer|[Cc]lose|[Ll]ong-?time|[Tt]he|[Tt]hose|"
                            r"[Pp]eople|[Ss]ources?|[Pp]erson|[Ss]omeone|[Ii]nsiders?|[Ff]riends?)\s+){0,3})")
_GROUP_NOUN_AFTER = re.compile(r"(?:[ \t]+(?:camp|team|family|circle|entourage))?")
# a sentence whose speaker is one unnamed person (see QuoteContext.note_anonymous)
ANONYMOUS_SUBJECT = "<anonymous>"
# the noun for a work, then the comma that opens its title's apposition ("its best-known painting, “…”,"), or a
# maker "of" a work ("author of “…”"): the title in marks after it names the work, a scare quote, and does not end a
# reported clause that runs through it
WORK_BEFORE = re.compile(r"\b(?:(?:painting|portrait|sculpture|novel|book|memoir|film|documentary|song|single|album|"
                         r"play|poem|opera|musical|series|exhibition)[ \t\u00a0]*,|"
                         r"(?P<maker>(?:author|co-author|writer|director|composer|creator|presenter)s?[ \t\u00a0]+of))"
                         r"[ \t\u00a0]*$")
# a passive auxiliary right before a verb ("was accused", "had been warned", "will be told"; also used by indirect)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|been|being|is|are|be)\s+(?:\w+ly\s+)?$", re.I)
# the agent after a speech verb in the passive (after PASSIVE_BEFORE: "was accused by"), group 1:
# a name (after a role in lower case: "by former engineer Naomi X"), or a noun phrase of one or two words after a
# determiner
BY_AGENT = re.compile(r"[ \t\u00a0]+by[ \t\u00a0]+((?:[Tt]he[ \t\u00a0]+)?(?:[a-z][\w-]*[ \t\u00a0]+){0,2}[A-Z][\w’'.-]*"
                      r"(?:[ \t\u00a0]+[A-Z][\w’'.-]*){0,4}"
                      r"|(?:the|a|an|his|her|its|their)[ \t\u00a0]+[a-z][\w-]*(?:[ \t\u00a0]+[a-z][\w-]*)?)"
                      r"(?=[ \t\u00a0]+(?:of|that|as|to|for|on|in|over|about)\b|[,.;:]|$)")
# a body's spokesperson: "a spokesman at the trust", "a Harwell Trust spokeswoman" (see QuoteContext._spokes_body)
_SPOKES_WORD = re.compile(r"\bspokes(man|woman|person)\b")
_SPOKES_FOR_AFTER = re.compile(r"[ \t]+(?:for|at|of)[ \t]+(?:the[ \t]+)?")
_VENUE_BEFORE = re.compile(r"\b(?:at|in|into|inside|outside)[ \t]+$")
# a sentence whose subject is a document or a finding, not a body: "The audit concludes …", "The report says …"
# (not a statement, letter or ruling: those speak for whoever issued them)
_DOCUMENT_SUBJECT = re.compile(r"[ \t]*(?:The|This|That)[ \t]+(?:[a-z0-9][\w-]*[ \t]+){0,2}?"
                               r"(?:audit|report|review|study|survey|paper|analysis|assessment|evaluation)"
                               # (its verb, or a participle's aside: "The review, commissioned by …,"; not "The
                               # audit, the company said, was …")
                               r"(?:[ \t]+[a-z]|[ \t]*,[ \t]+[a-z]+ed\b)")
_ONE_PERSON = re.compile(r"\s*(?:a|an|one|another)\b", re.I)
# a feature's unnamed passer-by as a sentence's subject, after an optional fronted place or time phrase, known by
# a description: "Outside the bakery, the man with the pram has waited politely …", "The woman at the till
# shrugs."
_THE_STRANGER = re.compile(r"[ \t]*(?:[A-Z][^,.;:!?\"“”\n]{0,40},[ \t]+)?((?:[Tt]he)[ \t]+(?:[a-z]+[ \t]+)?"
                           r"(?:man|woman|boy|girl|stranger|shopper|customer|passer-by))"
                           # described, not named: "with the pram", "at the till", "who sells eggs"
                           r"(?=[ \t]+(?:with|in|at|from|behind|who)\b)")
# a sentence that opens on one unnamed person, up to the comma of an aside or the speech verb: "A council
# official, who asked not to be named, said …", "One driver said …"
# the anonymity formulas of wire copy in an aside after the subject ("A ward nurse, speaking on condition of
# anonymity, said"): the one person the sentence opens on is then unnamed by choice, whatever their noun
_ANONYMITY_ASIDE = re.compile(r"[ \t]*,[^,.;:!?\"“”\n]{0,90}?\b(?:asked|requested|declined|did not want|did not wish|"
                              r"refused)[ \t]+(?:not[ \t]+)?(?:to[ \t]+be[ \t]+(?:named|identified)|anonymity"
                              # ("One mother, who did not want to give her name, said"; round 29)
                              r"|to[ \t]+give[ \t]+(?:his|her|their)[ \t]+(?:full[ \t]+|sur)?names?)"
                              r"|[ \t]*,[^,.;:!?\"“”\n]{0,30}?\bon[ \t]+condition[ \t]+"
                              r"(?:of[ \t]+anonymity|that[ \t]+"
                              # ("…, speaking to reporters on condition that his name not be used,")
                              r"(?:his|her|their)[ \t]+names?[ \t]+(?:not[ \t]+be|was[ \t]+not|were[ \t]+not)[ \t]+"
                              r"(?:used|published|given|revealed))"
                              # "…, who was not authorized to speak to reporters,": the wire formula for the same
                              r"|[ \t]*,[^,.;:!?\"“”\n]{0,20}?\b(?:was|were|is|are)[ \t]+not[ \t]+authori[sz]ed[ \t]+to[ \t]+"
                              r"(?:speak|comment|talk|discuss)")
# a dash-bounded aside that ends right before a speech verb: " – known to everyone as “Quino” – " (bounded)
_DASH_ASIDE_END = re.compile(r"[ \t\u00a0]+[–—][ \t\u00a0][^–—\n]{1,120}[ \t\u00a0][–—][ \t\u00a0]*$")
# a sentence's subject noun phrase (a determiner or a capital first) and its past-tense verb: "The city's water
# board defended", "Local officials rejected"
_SUBJECT_THEN_PAST = re.compile(r"\s*((?:[Tt]he|[Aa]n?|[A-Z][\w’'-]*)(?:[ \t]+[\w’'&-]+){0,5}?)[ \t]+"
                                r"(?:[a-z]{3,}ed|hit|struck|stood|kept|held|fought|set|put|gave|made|took|won|lost|sent|"
                                r"left|met|ran|led|brought|began|cut|paid|sold|drew|chose|threw|shut|became|"
                                # (a contest's verbs: "X beat Y in the final and said …"; round 27)
                                r"beat|saw|caught|built|bought|fell|spent|rode|drove|broke|overtook|outran)\b")
# a comma-bounded segment that is a relative clause ("where Amara is in Year 8", "when the club was founded")
_RELATIVE_SEGMENT = re.compile(r"\s*(?:where|when|which|whose)\s")
_NEW_SUBJECT_SEGMENT = re.compile(r"\s*(?:the\s|[A-Z])")
# capitalised words only (a title before a name: "U.S. District Judge "), or nothing
_TITLE_WORDS = re.compile(r"(?:[A-Z][\w.’'-]*[ \t\u00a0]+)*")
# a relative clause on the subject whose object is a list of names, up to the comma before the speech verb:
# ", which supplies Asda, Tesco and Lidl, " (bounded pieces, searched over the last 300 characters only: linear)
_WHICH_LIST_BEFORE_VERB = re.compile(r",[ \t]+which[ \t]+[^,.;:“”\"\n]{1,80}(?:,[ \t]+[A-Z][^,.;:“”\"\n]{0,40}){0,4}?"
                                     r",?[ \t]+(?:and|or)[ \t]+[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,2}"
                                     # (and a place the list is served from or in: "… and Lidl from Castleford, ")
                                     r"(?:[ \t]+(?:from|in|at|across|to)[ \t]+[A-Z][\w’'&-]*(?:[ \t]+[A-Z][\w’'&-]*){0,2})?"
                                     r",[ \t]*$")
# a time adverbial between a relative pronoun and its speech verb: "which in September told", "who on Monday said"
_TIME_AFTER_RELATIVE = re.compile(r"(?:(?:in|on|at|by|since|until)\s+(?:early\s+|late\s+|mid-)?[A-Z][a-z]+(?:\s+\d{1,4})?|"
                                  r"last\s+(?:week|month|year|night)|earlier|later|yesterday|today|previously|"
                                  r"also|then|once|twice)(?:\s+(?:also|then|publicly))?")
# a second clause, or a he/she subject, between a clause's verb and a participle after it
_RELATIVE_OPENS = re.compile(r",[ \t]+(?:\d+,[ \t]+)?(?:who|whose|which)\b")
_NEW_CLAUSE = re.compile(r",[ \t]+(?:and|but|while|before|after)[ \t]+|\b(?:he|she|they)\b")
# a time adverbial closing a subject phrase before its verb: " on Tuesday", " yesterday", " last week"
_TIME_AFTER_SUBJECT = re.compile(r"[ \t]+(?:on[ \t]+[A-Z][a-z]+day|yesterday|today|earlier|later|last[ \t]+(?:week|month|year|night)|"
                                 r"this[ \t]+(?:week|month|year|morning))$")
# (verb_speaker also looks for it after a fronted place or time: "At a Sunday market in the city, one trader, who …,
# said")
_ONE_PERSON_OPENER = re.compile(r"[ \t]*((?:[Aa]n?|[Oo]ne|[Aa]nother)[ \t]+[^,.;:!?\"“”\n]{1,60}?|(?:One|Another)(?=,))"
                                r"(?=,|[ \t]+(?:said|says|told)\b)")
# an indefinite noun phrase in apposition to that opener, describing the one unnamed person: "One, a mother of two
# who has since moved out, said", "A second tenant, a 71-year-old man, said" (group 1)
_INDEFINITE_APPOSITION = re.compile(r"[ \t]*,[ \t]+(an?[ \t]+[^,.;:!?\"“”\n]{1,120}),")
# an unnamed source who chose not to be named, anywhere in a sentence: "…, according to a health director with
# the tribal council, who asked not to be named because …" (see QuoteContext._opens_on_one_unnamed)
_UNNAMED_BY_CHOICE = re.compile(r"\b(?:according[ \t]+to|said|told)[ \t]+(?:an?|one)[ \t]+[^.;:!?\"“”\n]{1,80}?"
                                r",[ \t]+who[ \t]+(?:asked|requested|declined|did[ \t]+not[ \t]+want|did[ \t]+not[ \t]+wish)"
                                r"[ \t]+(?:not[ \t]+)?to[ \t]+be[ \t]+(?:named|identified)"
                                # "…, a consultant at the trust said, speaking on condition of anonymity": the wire
                                # formula after a clause-last attribution
                                r"|,[ \t]+(?:an?|one)[ \t]+[^.,;:!?\"“”\n]{1,60}?[ \t]+(?:said|says|told[ \t]+\w+)"
                                r"(?:,[ \t]+speaking)?[ \t]+on[ \t]+condition[ \t]+of[ \t]+anonymity")


# an age as a noun or a modifier: "a 54-year-old from Marwick", "a 31-year-old mother of two"
_AGE_NOUN_IN = re.compile(r"\b\d{1,3}-year-old\b")
# one picked out of a group: "The older of the two arrested men", "The second of the three women"
_ONE_OF_GROUP = re.compile(r"\b(?:of|among)[ \t]+(?:the|those)[ \t]+(?:two|three|four|five|six|\d+)\b")
# a sentence that opens on a definite or possessed noun phrase set off by a comma ("The jury's foreperson, …",
# "Her neighbour, …"): one person, unnamed when the aside after it says so (see _UNNAMED_ON_REQUEST)
_DEFINITE_OPENER = re.compile(r"[ \t]*((?:The|Her|His|Their|Its|[A-Z][\w’'-]*['’]s)[ \t]+[^,.;:!?\"“”\n]{1,50}?),")
# the anonymity formulas, in any wording: "asked that her name not be published", "declined to be identified",
# "did not want his surname used", "on condition of anonymity" (cf. AP Stylebook, "anonymous sources")
_UNNAMED_ON_REQUEST = re.compile(r"\b(?:asked|requested|declined|refused|did[ \t]+not[ \t]+(?:want|wish))\b"
                                 r"[^.;:!?\"“”\n]{0,40}?\b(?:named|identified|(?:sur)?name|anonymity)\b"
                                 r"|\bon[ \t]+condition[ \t]+of[ \t]+anonymity\b")


# a comma-separated segment that opens a coordinated clause: " and the regional utility", " but Kelby Water" (not
# a second relative clause on the same subject: "Another worker who voted against, and who asked …, said")
_CLAUSE_CONJUNCTION = re.compile(r"\s+(?:and|but|while|whereas)\s+(?!(?:who|whom|whose|which|that|where|when)\b)")


def _ascending(values: list[int]) -> bool:
    """Are the values in ascending order (equal neighbours allowed)? Bisection needs that."""
    return all(a <= b for a, b in zip(values, values[1:]))


class QuoteContext:
    """Per-document working state (built and used inside :func:`document_quotes` only).

    Besides the document's marks, mentions and sentences it keeps their offsets
    as sorted lists, so "which sentence holds this offset", "is it inside a
    quotation" and "which mentions lie in this range" are bisections instead
    of scans over the whole document (they are asked thousands of times per
    document). Each answers exactly what the scan it replaces would.
    """

    def __init__(self, doc, codebook: dict, layer=None):
        self.doc, self.cb, self.text = doc, codebook, doc.clean_text
        self.norm = normalise(self.text)  # same length as text: offsets carry over
        self.rules = codebook.get("quote_rules", {})
        self.verb_re, self.forms = speech_verbs(codebook)
        self.context_re = context_patterns(codebook)
        self.mentions = find_mentions(self.text, codebook, self.verb_re, doc.sentences, layer)
        self.marks = quote_marks(self.text, doc.paragraphs)
        self.sents = doc.sentences
        self.subject: dict[int, Mention | str] = {}
        # sentence -> the body or group a collective noun phrase that speaks in it stood for ("The band announced
        # …, saying …": Glass Harbour): the "They" of the next sentence (see _resolve_pronoun)
        self.collective: dict[int, str] = {}
        self.learned: dict[str, str] = {}  # person -> gender of a he/she resolved to them
        self.para_spans = [(p["start"], p["end"]) for p in doc.paragraphs]
        self._para_starts = [s for s, _ in self.para_spans]
        self._para_ends = [e for _, e in self.para_spans]
        self._paras_sorted = _ascending(self._para_starts) and _ascending(self._para_ends)
        self._sent_starts = [s["start"] for s in self.sents]
        self._sent_ends = [s["end"] for s in self.sents]
        self._sents_sorted = _ascending(self._sent_starts) and _ascending(self._sent_ends)
        self._mark_opens = [o for o, _ in self.marks]
        self._mark_closes = [c for _, c in self.marks]
        self._marks_sorted = _ascending(self._mark_opens) and _ascending(self._mark_closes)
        self._mention_starts = [m.start for m in self.mentions]  # find_mentions sorts by start
        self._mention_spans = SpanIndex((m.start, m.end) for m in self.mentions)
        # (who is named first, for every phrase's delayed-lede check: once per document, not per phrase)
        self.first_named = first_named_index(self.text, self.mentions)
        self._first_mention: dict[str, Mention] = {}
        self.kind_of: dict[str, str] = {}
        self._mention_span: dict[tuple[int, int], Mention] = {}
        for m in self.mentions:
            self._first_mention.setdefault(m.actor, m)
            if m.actor and m.form != "nominal":
                self.kind_of.setdefault(m.actor, m.kind)
            self._mention_span.setdefault((m.start, m.end), m)
        self._verbs: dict[int, list[re.Match]] = {}
        self._unnamed_end: dict[int, int] = {}  # sentence index -> see _one_unnamed_end
        self._first_person_cache: int | None = None  # see _first_person_start
        # every "according to" match contains these words: without them the per-sentence scan can be skipped
        self.has_according_to = "ccording to" in self.text

    def mention_at(self, s: int, e: int) -> Mention | None:
        """The mention with exactly these offsets, or None."""
        return self._mention_span.get((s, e))

    def in_marks(self, pos: int) -> bool:
        """Is ``pos`` inside a quoted span (marks included): ``o <= pos <= c`` for some mark?"""
        if not self._marks_sorted:
            return any(o <= pos <= c for o, c in self.marks)
        # opens and closes both ascending: the marks with o <= pos are a prefix,
        # those with c >= pos a suffix; some mark has both iff they overlap
        return bisect_left(self._mark_closes, pos) < bisect_right(self._mark_opens, pos)

    def quote_closing(self, pos: int) -> int:
        """The offset of the closing mark of the quotation that opens at ``pos``, or -1."""
        if not self._marks_sorted:
            return -1
        i = bisect_left(self._mark_opens, pos)
        if i >= len(self.marks) or self._mark_opens[i] != pos:
            return -1
        return self._mark_closes[i]

    def quoted_subject(self, pos: int, limit: int) -> bool:
        """Does a quotation open at ``pos`` and close before ``limit`` with at least two more words after
        it ("said that “a small number of errors” had been identified and corrected")? Then the quoted
        words are the subject of a reported clause, not a whole direct quote. Not when a second reported
        clause follows ("wrote that “…” and that the cuts were …"): the quotation is the first clause whole."""
        close = self.quote_closing(pos)
        return 0 <= close < limit and len(self.text[close + 1:limit].split()) >= 2 \
            and not _AND_THAT_AFTER.match(self.text, close + 1)

    def sent_of(self, pos: int) -> int:
        """Index of the first sentence with ``start <= pos <= end``, else of the last sentence."""
        if not self._sents_sorted:
            for i, s in enumerate(self.sents):
                if s["start"] <= pos < s["end"] + 1:
                    return i
            return len(self.sents) - 1
        # starts and ends ascending: the first sentence ending at or after pos is
        # the only candidate (any later one starts later still)
        i = bisect_left(self._sent_ends, pos)
        if i < len(self.sents) and self._sent_starts[i] <= pos:
            return i
        return len(self.sents) - 1

    def paragraph_end(self, pos: int, closed: bool = False) -> int:
        """End of the first paragraph with ``start <= pos < end`` (``<= end`` if
        ``closed``); StopIteration if there is none, like the ``next()`` scan it replaces."""
        if self._paras_sorted:
            ends = self._para_ends
            i = bisect_left(ends, pos) if closed else bisect_right(ends, pos)
            if i < len(ends) and self._para_starts[i] <= pos:
                return ends[i]
        return next(e for s, e in self.para_spans if s <= pos and (pos <= e if closed else pos < e))

    def sentence_verbs(self, si: int) -> list[re.Match]:
        """The speech-verb matches in sentence ``si`` (``verb_re.finditer`` over its
        span), computed once per sentence: quoted and reported speech both ask."""
        found = self._verbs.get(si)
        if found is None:
            s = self.sents[si]
            found, end = [], -1
            for m in self.verb_re.finditer(self.text, s["start"], s["end"]):
                if m.start() < end:
                    continue  # inside a context pattern taken instead of a word (below)
                if m.group(1) is not None and self.context_re is not None \
                        and is_noun_use(self.text, m.start(), m.end(), self.rules):
                    # "A report by X, released …, found …": the word "report" is only a noun here; a context
                    # pattern that opens at it ("report … found") is the verb the word match hid
                    pm = self.context_re.match(self.text, m.start(), s["end"])
                    if pm is not None:
                        m = pm
                found.append(m)
                end = m.end()
            self._verbs[si] = found
        return found

    def mentions_within(self, lo: int, hi: int) -> list[Mention]:
        """Every mention inside ``[lo, hi]`` (``lo <= start`` and ``end <= hi``), in text order, possessives and
        quoted ones included: two bisections of the sorted mention starts, not a scan of the document's mentions."""
        i, j = bisect_left(self._mention_starts, lo), bisect_right(self._mention_starts, hi)
        return [m for m in self.mentions[i:j] if m.end <= hi]

    def persons_before(self, lo: int, pos: int, any_kind: bool = False) -> list[Mention]:
        """Mentions within ``[lo, pos]``, in text order: not possessive, not
        inside a quotation, people only unless ``any_kind``."""
        # mentions are sorted by start, and one that ends by pos starts by pos
        i, j = bisect_left(self._mention_starts, lo), bisect_right(self._mention_starts, pos)
        return [m for m in self.mentions[i:j] if lo <= m.start and m.end <= pos and not m.possessive
                and not self.in_marks(m.start) and (any_kind or m.kind == "person")]

    def actor_of(self, name: str) -> Mention | None:
        """The first mention of actor ``name``, or None."""
        return self._first_mention.get(name)

    def _pronoun_subject(self, lo: int, hi: int, gender: str, first_name: int) -> int:
        """Offset of a he/she of ``gender`` that opens the span ``[lo, hi)`` outside
        quotation marks, before any compatible name (at ``first_name``), or -1."""
        for pm in _HE_SHE.finditer(self.text, lo, hi):
            if self.in_marks(pm.start()):
                continue
            g = "male" if pm.group(1).lower() == "he" else "female"
            if g == gender and pm.start() < first_name:
                return pm.start()
            return -1
        return -1

    def _by_first_name(self, cands: list[Mention], gender: str) -> list[Mention]:
        """``cands`` (people a he/she may refer to) without those whose first name the census lists give the other
        sex (``[first_names]``), when the document itself gives them none; all of them if that leaves none. A
        tie-break between people only: "Hanne X … Rupert Y … She said" is Hanne, while "Andrea Rossi …. “…,” he
        said" (an Italian man's name the US lists call female) is still Andrea Rossi, the only candidate."""
        if gender not in ("male", "female") or len(cands) < 2:
            return cands
        rules = mention_rules(self.cb)
        other = "female" if gender == "male" else "male"
        kept = [m for m in cands if m.gender or self.learned.get(m.actor) or first_name_sex(m.actor, rules) != other]
        return kept or cands

    def fits(self, m: Mention, gender: str) -> bool:
        """``compatible``, also with the gender a he/she already resolved to this person gave them
        ("“…,” he said" after Daniel Oyelaran-Fitch makes him male for a later "She")."""
        return compatible(m, gender) and (m.gender or not gender or self.learned.get(m.actor, gender) == gender)

    def _reported_clause_start(self, lo: int, pos: int) -> int:
        """Where the clause reported by the he/she at ``pos`` opens, when that pronoun is the subject of a speech
        verb after it ("The fee was fair, she said", "…, and the sums were ‘small change’, he said"), else -1.
        The clause opens after the last full stop between the sentence start ``lo`` and ``pos`` (a splitter may
        leave "Ana Ruiz was calm. ‘We lost,’ she said" in one sentence). Not after a fronted subordinate clause
        ("When Ana Ruiz arrived, she said …"), whose names may be the pronoun's. Reads the sentence up to
        ``pos`` and the verb after it (linear in the sentence)."""
        pm = _HE_SHE.match(self.text, pos)
        if pm is None or not _COMMA_BEFORE_PRONOUN.search(self.text, max(lo, pos - 4), pos) \
                or self.text[pm.end():pm.end() + 1] != " ":
            return -1
        vm = self.verb_re.match(self.text, pm.end() + 1)
        if vm is None or vm.start() != pm.end() + 1:
            return -1
        # (a bounded look-back, so a sentence of megabytes with many "…, he said" stays linear: a clause reported
        # this way is short, and names further back are left to the ordinary rule)
        look = max(lo, pos - _CLAUSE_LOOK_BACK)
        stop = _last(self.text[look:pos], _FULL_STOP)
        clause_lo = look + stop + 1 if stop >= 0 else look
        opener = self.text[clause_lo:pos].lstrip(" “‘\"'")
        if _FRONTED_SUBORDINATE.match(opener) or PARTICIPLE_OPENER.match(opener):
            return -1
        opened = self._quote_closed_before(clause_lo, pos)
        # ("… and so does his neighbour Rita X: “It will push us out,” she says.": the clause the pronoun reports is
        # the quotation itself, and a name before its opening mark is the pronoun's, not the quotation's)
        return opened if opened >= 0 else clause_lo

    def _quote_closed_before(self, lo: int, pos: int) -> int:
        """The opening offset of the quotation whose closing mark stands right before ``pos`` (past its comma and
        spaces: "“…,” she said"), when it opens after ``lo`` and after a colon or a dash that closes a person's name
        (not the object of a preposition); else -1. A bisection of the sorted closing marks."""
        if not self._marks_sorted:
            return -1
        k = pos
        while k > lo and self.text[k - 1] in " ,\t":
            k -= 1
        i = bisect_left(self._mark_closes, k - 1)
        if i < len(self.marks) and self._mark_closes[i] == k - 1 and lo < self._mark_opens[i]:
            before = self.text[lo:self._mark_opens[i]].rstrip()
            # (set off by a colon or a dash: a quotation opened inside the clause, "Mr X had given ‘thirty years to
            # this town’, he said", is part of what the pronoun reports)
            # (and right after a person who is no object of a preposition: not "His advice to his son, Jack X, was
            # blunt:", "It was a message for Tom X:"; round 29's review)
            if before.endswith((":", "—")):
                mark = lo + len(before) - 1
                named = self.persons_before(lo, mark)
                # (or the sentence's own subject, after a short fronted phrase at most: "Now 27, Ines is the favourite
                # for Los Angeles — “a label I hate”, she says")
                if named and (not self.text[named[-1].end:mark].strip()
                              and not AFTER_PREPOSITION.search(self.text, max(lo, named[-1].start - 16), named[-1].start)
                              or _FRONTED_SHORT.fullmatch(self.text, lo, named[0].start)
                              and not _POSSESSIVE_NOUN_BEFORE.search(self.text, max(lo, named[0].start - 30), named[0].start)):
                    return self._mark_opens[i]
        return -1

    def resolve_pronoun(self, pos: int, gender: str, depth: int = 0) -> str:
        who = self._resolve_pronoun(pos, gender, depth)
        if depth == 0 and who and gender in ("male", "female"):
            m = self.actor_of(who)
            if m is not None and m.kind == "person" and not m.gender:
                self.learned.setdefault(who, gender)
        return who

    def _resolve_pronoun(self, pos: int, gender: str, depth: int = 0) -> str:
        """The actor a he/she at ``pos`` refers to: an earlier person in the same
        sentence, else the subject (first speaker or person) of the nearest
        earlier sentence that has a compatible one. A pronoun of the same gender
        that is the subject of that sentence, before the names in it, is the same
        person ("She said they wrote to the chair, Hendrik van der Berg. … she
        said"): it is resolved in its turn (at most three steps back)."""
        si = self.sent_of(pos)
        if gender == "plural":  # "They said": a body that is the previous sentence's subject, else no one
            for j in (si, si - 1):
                if j < 0:
                    continue
                lo_j = self.sents[j]["start"]
                found = self.persons_before(lo_j, min(pos, self.sents[j]["end"]), True)
                if found and found[0].kind == "organisation" and (
                        found[0].start - lo_j <= 3 or _STAFF_OF_BODY.fullmatch(self.text, lo_j, found[0].start)):
                    # (also "Analysts at X wrote …. They said": the staff of a body that speak for it, see
                    # _STAFF_OF_BODY, are the "they" of the next sentence)
                    return found[0].actor
                if j in self.collective:
                    # "The band announced the decision …, saying …. They apologised": the collective that spoke
                    return self.collective[j]
            return ""
        if gender == "neuter":  # "it": the latest organisation, in this sentence or up to two before
            if si > 0 and not self.text[self.sents[si]["start"]:pos].strip() \
                    and _DOCUMENT_SUBJECT.match(self.text, self.sents[si - 1]["start"], self.sents[si - 1]["end"]):
                # "The audit concludes that the council … It describes …": an "It" opening the sentence after
                # one whose subject is a document is that document (no one in particular), not a body in it
                return ""
            for j in range(si, max(-1, si - 3), -1):
                orgs = [m for m in self.persons_before(self.sents[j]["start"], min(pos, self.sents[j]["end"]), True)
                        if m.kind != "person"]
                if orgs:
                    return (orgs[-1] if j == si else orgs[0]).actor
            return ""
        lo = self.sents[si]["start"]
        before = self.text[lo:pos]
        if PARTICIPLE_OPENER.match(before) and before.rstrip().endswith(","):
            # "Asked whether … Ferreyra, he conceded": the participle clause's understood subject
            # is the pronoun itself, so a name inside the clause is its object, not its antecedent
            lo = pos
        here = self._by_first_name([m for m in self.persons_before(lo, pos) if self.fits(m, gender)], gender)
        clause_lo = self._reported_clause_start(lo, pos) if here and depth == 0 else -1
        if clause_lo >= 0:
            # "Mr Hale had given thirty years to the club, he said": a he/she right after the clause it reports
            # is not a name inside that clause (who would say "he said" of themself in the third person); it
            # refers back past the sentence, to the speaker the sentences before were about (gold README,
            # blind set AB call 14)
            here = [m for m in here if m.start < clause_lo]
            # ("MP Ana X said she had written to the secretary. 'It is …,' she said": where the splitter left a
            # quotation in straight single marks in the sentence before, a nominal that resolved to no one there is
            # the object of its verb, as in a sentence before; round 29)
            here = [m for m in here if m.actor or m.form != "nominal"] or here
        if depth < 3:
            p0 = self._pronoun_subject(lo, pos, gender, here[0].start if here else pos)
            if p0 >= 0 and here:
                return self.resolve_pronoun(p0, gender, depth + 1)
        if here:
            return here[-1].actor
        rel = _OWNED_THING_RELATIVE.search(self.text, max(lo, pos - 80), pos)
        if rel is not None:
            # "extracts from Mr X’s police interview, in which he said": the one whose interview, statement or
            # letter the relative clause is about is its he/she (persons_before leaves possessives out)
            owner = [m for m in self.mentions_within(lo, rel.start()) if m.possessive and m.kind == "person"
                     and rel.start() - 1 <= m.end <= rel.start() and self.fits(m, gender)]
            if owner:
                return owner[-1].actor
        if 0 <= self._one_unnamed_end(si) <= pos:
            # "One, a mother of two, said she had reported the wiring": a he/she after the one unnamed person
            # the sentence brings in is that person (its subject), not someone named in the sentences before
            return ""
        # "Okwu-Barnes accused her of … . She replied that …": a reply answers the one the sentence before addressed
        # ("her", "him" after its subject), not that sentence's subject (gold README, blind set AB call 14)
        obj_word = "him" if gender == "male" else "her" if gender == "female" else ""
        pm = _HE_SHE.match(self.text, pos)
        addressed = bool(obj_word) and pm is not None and _REPLY_AFTER.match(self.text, pm.end()) is not None
        skip: set[str] = set()  # the subject of the sentence before, when it addressed the one who replies
        for j in range(si - 1, max(-1, si - 8), -1):
            if addressed and j == si - 1:
                lo_p = self.sents[j]["start"]
                first = next((m for m in self.persons_before(lo_p, self.sents[j]["end"]) if self.fits(m, gender)), None)
                # ("accused her of", "asked him whether", "told her,": an object pronoun, not "her vote")
                if first is not None and _OBJECT_PRONOUN[obj_word].search(
                        self.text, first.end, min(self.sents[j]["end"], first.end + _CLAUSE_LOOK_BACK)):
                    skip.add(first.actor)
                    continue  # the addressed one is named before: look further back
            body = self._spokes_body(j, gender)
            if body:
                return body
            later = self._last_clause_subject(j, gender)
            if later is not None and later.actor not in skip:
                # "X, 36, has been chief executive since the start; Y, 37, wrote most of the code. He left …": the
                # subject of the sentence's last clause, after its semicolon, is the nearer antecedent
                return later.actor
            subj = self.subject.get(j)
            if subj is None and self._opens_on_one_unnamed(j):
                subj = ANONYMOUS_SUBJECT  # (its own row may come later: direct quotes are read before clauses)
            if subj is ANONYMOUS_SUBJECT:
                return ""
            if isinstance(subj, Mention) and self.fits(subj, gender) and subj.actor not in skip:
                return subj.actor
            lo_j = self.sents[j]["start"]
            if PARTICIPLE_OPENER.match(self.text, lo_j, self.sents[j]["end"]):
                # "Asked by the coroner why …, Mr Hale said …": the person in the fronted participle clause
                # asked the question; the sentence's subject comes after its comma
                comma = self.text.find(", ", lo_j, self.sents[j]["end"])
                lo_j = comma + 2 if comma >= 0 else lo_j
            cands = [m for m in self.persons_before(lo_j, self.sents[j]["end"]) if self.fits(m, gender)]
            # "… an hour before the doors open at Vela Rossa, Ines X is rolling pasta": a name after "at" or
            # "in" is a venue (a restaurant, a shop, a gallery), not the subject, when someone else is named
            cands = [m for m in cands if not _VENUE_BEFORE.search(self.text, max(0, m.start - 10), m.start)] or cands
            cands = self._by_first_name([m for m in cands if m.actor not in skip], gender)
            # ("The chair of the judges, the critic Ana X, went further. “…,” she said": a nominal the mention layer
            # could not resolve names no one; the name set beside it is the antecedent)
            cands = [m for m in cands if m.actor or m.form != "nominal"] or cands
            if not cands:
                owner = self._possessive_owner(j, gender)
                if owner is not None:
                    return owner.actor
            if not cands and depth < 3:
                p0 = self._pronoun_subject(self.sents[j]["start"], self.sents[j]["end"], gender, self.sents[j]["end"])
                if p0 >= 0:  # "She says she wants a bigger kiln. “…,” she says."
                    return self.resolve_pronoun(p0, gender, depth + 1)
            if cands:
                if depth < 3:
                    # (from lo_j: a he/she inside a fronted participle clause, "Pressed on whether she might …, Dalgard
                    # frowned", is the named subject itself, not an earlier antecedent of it)
                    p0 = self._pronoun_subject(lo_j, cands[0].start, gender, cands[0].start)
                    if p0 >= 0:
                        return self.resolve_pronoun(p0, gender, depth + 1)
                return cands[0].actor
        if gender in ("male", "female"):
            # "She said the team now hoped …" after eight sentences about bodies and men: the latest person
            # before it (over a bounded look-back) known to be of that gender, the story's protagonist
            i = bisect_left(self._mention_starts, lo)
            for m in reversed(self.mentions[max(0, i - 80):i]):
                if m.kind == "person" and m.actor and not m.possessive \
                        and (m.gender or self.learned.get(m.actor, "")) == gender:
                    return m.actor
            if pos < self._first_person_start() and _AS_SHE_PUTS_IT.match(self.text, max(0, pos - 3), pos + 40):
                # "In water that felt, as she puts it, “like …”, Marisol X walked off the shingle": a he/she in an
                # "as she puts it" aside before anyone is named points forward, to the first person of its sentence
                # who is no one's relative or neighbour ("her daughter, Ana X"; round 29)
                after = [m for m in self.persons_before(pos, self.sents[si]["end"]) if m.actor and self.fits(m, gender)
                         and not _POSSESSIVE_NOUN_BEFORE.search(self.text, max(0, m.start - 30), m.start)]
                if after:
                    return after[0].actor
        return ""

    def _first_person_start(self) -> int:
        """Where the document's first person is named (outside quotation marks, not as a possessive), computed once."""
        got = self._first_person_cache
        if got is None:
            got = next((m.start for m in self.mentions if m.kind == "person" and m.actor and not m.possessive
                        and not self.in_marks(m.start)), len(self.text))
            self._first_person_cache = got
        return got

    def _last_clause_subject(self, si: int, gender: str) -> Mention | None:
        """The person of ``gender`` who opens the clause after the last semicolon of sentence ``si`` (outside
        quotation marks), or None."""
        lo, hi = self.sents[si]["start"], self.sents[si]["end"]
        k = self.text.rfind("; ", lo, hi)
        if k < 0 or self.in_marks(k) or self.text.find("; ", lo, k) >= 0 or self.text.find(":", lo, k) >= 0:
            return None  # (a list after a colon, "thanked the volunteers: X, a teacher; Y, a student", is no clause)
        found = self.persons_before(k + 2, hi)
        if found and found[0].start - (k + 2) <= 3 and found[0].actor and self.fits(found[0], gender):
            return found[0]
        return None

    def _spokes_body(self, si: int, gender: str) -> str:
        """The body whose unnamed spokesperson of ``gender`` speaks in sentence ``si`` ("‘…,’ a spokesman at the
        trust said." or "A Harwell Trust spokeswoman said …"), when no person is named in that sentence: a
        he/she right after it ("‘…,’ she added") is that spokesperson, who speaks for the body (gold README: a
        body's spokesperson is the body), not a person of that gender named further back."""
        lo, hi = self.sents[si]["start"], self.sents[si]["end"]
        if self.text.find("spokes", lo, hi) < 0:
            return ""  # (the word test first: this runs for every sentence a he/she looks back over)
        for w in _SPOKES_WORD.finditer(self.text, lo, hi):
            if self.in_marks(w.start()) or self.persons_before(lo, w.start()):
                # (a person named before the spokesperson may be who speaks, "Tom X, a spokesman for …", or set
                # beside it, "A spokeswoman, Ana Y, said"; one named after, in what was said, is not: "A spokeswoman
                # for the hospital said Costa-Meunier was …"; round 31, blind set CS)
                continue
            named_after = self.persons_before(w.end(), hi)
            if named_after and _APPOSED_AFTER_SPOKES.fullmatch(self.text, w.end(), named_after[0].start):
                continue
            noun_gender = {"man": "male", "woman": "female"}.get(w.group(1), "")
            if noun_gender and noun_gender != gender:
                continue
            orgs = self.persons_before(lo, hi, any_kind=True)
            for m in orgs:
                if m.kind != "organisation" or not m.actor:
                    continue
                after = _SPOKES_FOR_AFTER.match(self.text, w.end())
                if (after is not None and after.end() == m.start) or not self.text[m.end:w.start()].strip():
                    return m.actor
        return ""

    def _opens_on_one_unnamed(self, si: int) -> bool:
        """Does sentence ``si`` open on one unnamed person as its subject ("A council official, who asked not to
        be named, said …")? A he/she after it is that person, like a sentence noted by ``note_anonymous``."""
        return self._one_unnamed_end(si) >= 0

    def _one_unnamed_end(self, si: int) -> int:
        """Where the words bringing in the one unnamed person of sentence ``si`` end (see
        ``_opens_on_one_unnamed``), or -1 if the sentence has no such person. Computed once per sentence
        (pronouns look back over the same sentences, and the search reads the whole sentence)."""
        got = self._unnamed_end.get(si)
        if got is None:
            got = self._unnamed_end[si] = self._find_one_unnamed(si)
        return got

    def _find_one_unnamed(self, si: int) -> int:
        """The search behind ``_one_unnamed_end``: an opener with an anonymous noun, an anonymity aside or an
        indefinite apposition; a described stranger; or a source unnamed by choice anywhere in the sentence."""
        lo, hi = self.sents[si]["start"], self.sents[si]["end"]
        conj = OPENING_CONJUNCTION.match(self.text, lo, hi)
        if conj is not None:
            lo = conj.end()  # "But a guard who was on duty, speaking on condition that …, said"
        m = _ONE_PERSON_OPENER.match(self.text, lo, hi)
        if m is not None and not (is_anonymous(m.group(1), self.cb) or _ANONYMITY_ASIDE.match(self.text, m.end(1), hi)):
            # "One, a mother of two, said", "A second tenant, a 71-year-old man, said": an indefinite apposition
            # describes the one person the sentence opens on, who is not named (nor anywhere in the sentence:
            # "…, a librarian who asked that only her first name, Maribel, be used, said" names her)
            ap = _INDEFINITE_APPOSITION.match(self.text, m.end(1), hi)
            m = ap if ap is not None and not self.persons_before(lo, hi) else None
        if m is None:
            m = _THE_STRANGER.match(self.text, lo, hi)
        if m is None:
            # "The jury's foreperson, a retired teacher who asked that her name not be published, said": a definite
            # subject whose aside (within 200 characters) asks for anonymity is one person unnamed by choice
            op = _DEFINITE_OPENER.match(self.text, lo, hi)
            if op is not None and _UNNAMED_ON_REQUEST.search(self.text, op.end(1), min(hi, op.end(1) + 200)) \
                    and not self.persons_before(lo, hi):
                return op.end(1)
            # "The older of the two arrested men, a 54-year-old from Marwick, had been convicted …": one of a group,
            # described by an indefinite apposition with an age, and no one named in the sentence, is one person
            # the story does not name ("His solicitor said" next is theirs, not a named man's before); "The
            # defendant, a 54-year-old builder," may be the man named just before, and is left alone
            ap = _INDEFINITE_APPOSITION.match(self.text, op.end(1), hi) if op is not None else None
            if ap is not None and _AGE_NOUN_IN.search(ap.group(1)) and _ONE_OF_GROUP.search(op.group(1)) \
                    and not self.persons_before(lo, hi):
                return ap.end(1)
        if m is None:
            # "…, according to a health director with the council, who asked not to be named": the sentence's
            # source is one person unnamed by choice, wherever the sentence puts them (outside a quotation)
            m = _UNNAMED_BY_CHOICE.search(self.text, lo, hi)
            if m is None or self.in_marks(m.start()) or self.persons_before(lo, hi):
                return -1
            return m.end()
        if self._named_in_opener(m.start(1), m.end(1)) or name_in_aside(self.text, m.end(1), self.mentions):
            return -1  # (named in the opener, or by the first name its aside gives: "…, Yassir, said")
        return m.end(1)

    def _named_in_opener(self, start: int, end: int) -> bool:
        """Does the opener ``text[start:end]`` ("One woman on the 9th floor of Parkview") name a person, other than
        after a preposition (where they live or work, a building taken for a name: no name of theirs), or does a
        name set beside it right after name them ("A colleague at the same hospital, Dr. Lisa X, said")?"""
        if any(not AFTER_PREPOSITION.search(self.text, max(0, p.start - 16), p.start)
               for p in self.persons_before(start, end)):
            return True
        beside = self.persons_before(end, end + 60)
        return bool(beside) and APPOSED_GAP.fullmatch(self.text, end, beside[0].start) is not None

    def _possessive_owner(self, si: int, gender: str) -> Mention | None:
        """The person whose possessive opens sentence ``si``, as the antecedent of a he/she of ``gender`` after it,
        or None. Where a relative is what they own ("Deborah Ellison's nine-year-old son attends …"), only when
        the relative's noun has the other gender: "… She said his class …" is then the possessor, the sentence's
        topic; "Jane's husband … he said" is the husband. Where a thing is ("Ruth’s final column … ran on page
        three. In it, she wrote …"; round 31, blind set CS), the owner, unless their first name has the other sex."""
        lo = self.sents[si]["start"]
        i = bisect_left(self._mention_starts, lo)
        if i >= len(self.mentions):
            return None
        m = self.mentions[i]
        if not (m.possessive and m.kind == "person" and m.actor and m.start - lo <= 4 and not self.in_marks(m.start)
                and self.fits(m, gender)):
            return None
        r = mention_rules(self.cb)
        other = r.male_nouns if gender == "female" else r.female_nouns if gender == "male" else frozenset()
        for w in _KIN_AFTER.findall(self.text, m.end, m.end + 60)[:5]:  # "'s seven-year-old son"
            if w.lower() in r.male_nouns or w.lower() in r.female_nouns:
                return m if w.lower() in other else None
        return m if first_name_sex(m.actor, r) in ("", gender) else None

    def note_anonymous(self, pos: int) -> None:
        """The sentence at ``pos`` reports one unnamed person ("One senior doctor, who asked not to be
        named, said …"): a he/she in the sentences after it is that person, not someone named earlier
        (gold README: an anonymous speaker's pronoun stays anonymous)."""
        si = self.sent_of(pos)
        if si not in self.subject:
            self.subject[si] = ANONYMOUS_SUBJECT

    def note_collective(self, pos: int, actor: str) -> None:
        """A collective noun phrase ("The band", "the club") for ``actor`` speaks in the sentence at ``pos``."""
        self.collective.setdefault(self.sent_of(pos), actor)

    def note_subject(self, pos: int, actor: str) -> None:
        si = self.sent_of(pos)
        m = self.actor_of(actor)
        if si not in self.subject and m is not None and m.kind == "person":
            self.subject[si] = m

    def phrase(self, s: int, e: int) -> tuple[str, str, int, int]:
        return resolve_phrase(self.text, s, e, self.mentions, self.cb, self.resolve_pronoun, self.first_named)

    def verb_speaker(self, vs: int, ve: int, word: str) -> tuple[str, str, int, int]:
        """Speaker of a speech verb at ``vs``: its subject phrase, or for a
        participle or a coordinated verb the nearest person before it."""
        si = self.sent_of(vs)
        lo = self.sents[si]["start"]
        left = self.text[lo:vs]
        if PASSIVE_BEFORE.search(left, max(0, len(left) - 30)) \
                and not any(vm.start() < vs and not self.in_marks(vm.start()) for vm in self.sentence_verbs(si)):
            # (not inside a clause another speech verb reports: "She said … that she was warned by a senior
            # academic that …" is still hers)
            agent = BY_AGENT.match(self.text, ve)
            got = self.phrase(agent.start(1), agent.end(1)) if agent is not None else ("", "", -1, -1)
            if got[0]:
                # "Bell was accused by Ruiz of “years of neglect”", "She was told by the manager that …": a speech
                # verb in the passive has its speaker after "by"; the sentence's subject is who it was said to or
                # of (an agent that names no one, "by his fans", "by Friday", leaves the rules below to decide)
                return got
        coord = _COORD_END.search(left)
        bare = _BARE_PLURAL_BEFORE.search(left, max(0, len(left) - 60)) if word.lower().endswith("ing") else None
        if bare is not None and bare.group(1).split()[0].lower() not in _DETERMINERS:
            # "approved the barrier, despite fishermen warning that …": the participle's subject is the bare plural
            # right before it (people of no name), not a name earlier in the sentence (round 30)
            return self.phrase(lo + bare.start(1), lo + bare.end(1))
        if word.lower().endswith("ing") and left.endswith(" ") and not left.rstrip().endswith(","):
            # "carried a statement from President Ana Ruiz calling the deal …": a participle right after a
            # named person is that person's (a reduced relative clause on the name), not the sentence subject's
            named = self.persons_before(max(lo, vs - 120), vs)
            # ("which quoted Reyes-Whitaker as saying the four members had …": the one quoted says it)
            if named and self.text[named[-1].end:vs].strip() in ("", "as"):
                return self._mention_speaker(named[-1])
        if word.lower().endswith("ing") or (coord and not left.rstrip().endswith(",")):
            # a coordinated or participle verb shares the subject of the sentence's earlier speech verb
            # ("he conceded that … but insisted …", "Sharma accused the mayor of … and said …")
            for vm in reversed(self.sentence_verbs(si)):
                if vm.start() < vs and not self.in_marks(vm.start()) and not is_noun_use(self.text, vm.start(), vm.end(), self.rules):
                    w, _, ps, pe = verb_entry(vm, self.forms, self.cb)
                    if NEGATED.search(self.text, max(lo, ps - 12), ps):
                        continue  # "said the firm would not confirm rumours but insisted …": no act to share
                    if _IN_SUBORDINATE_CLAUSE.search(self.text, max(lo, ps - 60), ps):
                        continue  # (the act of a clause inside an earlier report is no act the subject shares)
                    if _MODAL_BEFORE.search(self.text, max(lo, ps - 20), ps):
                        # "He said his team would write to the referee and described …": a verb after a modal is
                        # what was reported, not an act of the subject's that the coordinated verb shares
                        continue
                    if ps < vs and not w.lower().endswith("ing"):
                        spk = self.verb_speaker(ps, pe, w)
                        if spk[0] or spk[1]:
                            return spk
                    break
            got = self._nearest(lo, vs)
            # (past a wire dateline, "BELLHAVEN, Ohio - The licensing board voted …, ruling that …", and a fronted
            # phrase, "In a statement released after 10 a.m., the team thanked X for his work and said …": a
            # coordinated verb shares the subject as a participle does)
            clause_lo = after_dateline(self.text, lo, vs)
            fronted = FRONTED_PHRASE.match(self.text, clause_lo, vs)
            clause_lo = fronted.end() if fronted is not None else clause_lo
            subj = _SUBJECT_THEN_PAST.match(self.text, clause_lo, vs) if left.rstrip().endswith(",") or coord else None
            named = self.persons_before(subj.start(1), subj.end(1)) if subj is not None else []
            if subj is not None and got[2] >= subj.end() \
                    and (not named or _TITLE_WORDS.fullmatch(self.text, subj.start(1), named[0].start)) \
                    and not _NEW_CLAUSE.search(self.text, subj.end(), vs) \
                    and not (coord and _RELATIVE_OPENS.search(self.text, subj.end(), vs)):
                # (a coordinated verb inside a relative clause on the object is the object's: "The council fined
                # Tom X, who apologised and said …")
                # (not past a second clause with a subject of its own: "The trust appointed Ana X in 2019, and she
                # resigned in May, saying …" is hers)
                # "A High Court judge on Tuesday rebuked both sides in the divorce of the actor X and the designer Y,
                # telling their lawyers …": a participle after a comma shares the subject of the clause before; the
                # nearest name is the object or inside a phrase after that clause's verb (a subject that names
                # someone inside it, "The report by Tom X", is left to the nearest-name rule; one that is a name,
                # titled or not, "Judge Ana Castellanos set sentencing and allowed X to remain free, ruling that …",
                # speaks)
                words = _TIME_AFTER_SUBJECT.sub("", subj.group(1))
                own = self.phrase(subj.start(1), subj.start(1) + len(words))
                if own[0]:
                    return own
            if not got[0] and not got[1] and (left.rstrip().endswith(",") or coord):
                # "The county's transport board defended the fee, saying …": no name before the participle;
                # the sentence's subject (a noun phrase before its past-tense verb) speaks; so for a coordinated
                # verb ("A spokeswoman declined to comment further but said …")
                subj = _SUBJECT_THEN_PAST.match(self.text, clause_lo, vs)
                if subj:
                    return self.phrase(subj.start(1), subj.end(1))
            return got
        fronted = FRONTED_PHRASE.match(self.text, lo, vs)
        one = _ONE_PERSON_OPENER.match(self.text, fronted.end() if fronted is not None else lo, vs)
        if one is not None and left.rstrip().endswith(",") and _ANONYMITY_ASIDE.match(self.text, one.end(1), vs) \
                and not self._named_in_opener(one.start(1), one.end(1)) \
                and not _SPOKES_WORD.search(one.group(1)):
            # "Another former employee, who asked not to be named because she still works for the group, told …":
            # the one person the sentence opens on is unnamed by choice; the names inside the aside (where they
            # work) do not speak, and the aside's subordinate clause is no subject of the verb ("A company
            # spokesperson, who declined to be named, said" speaks for the company: left to the rules below); an
            # aside that gives a first name ("…, who asked to be identified only by his first name, Yassir,") names them
            given = name_in_aside(self.text, one.end(1), self.mentions)
            return given, one.group(1), one.start(1), one.end(1)
        # an aside set off by dashes right before the verb ("the prop Jonas X – known to all as “Tank” – said")
        # belongs to the subject: a closing mark or a clause inside it does not cut the subject phrase off
        aside = _DASH_ASIDE_END.search(left, max(0, len(left) - 130))  # (only its bounded tail: linear)
        scan = left[:aside.start()] if aside else left
        listed = _WHICH_LIST_BEFORE_VERB.search(scan, max(0, len(scan) - 300))
        if listed is not None and listed.start() > 0:
            # "Norvale Foods, which supplies Asda, Tesco and Lidl, said": the "and" ends the list of the relative
            # clause, it joins no clauses; the subject is the name before "which"
            head = scan[:listed.start()]
            c0 = max(_last(head, _PHRASE_COMMA), head.rfind(";"), head.rfind(":"), self._last_conjunction(lo, head),
                     _last(head, _SUBORDINATOR))
            got = self.phrase(lo + c0 + 1, lo + listed.start())
            if got[0]:
                return got
        cut = max(_last(scan, _PHRASE_COMMA), scan.rfind(";"), scan.rfind(":"), scan.rfind("”"), scan.rfind('"'),
                  _last(scan, _THAT), self._last_conjunction(lo, scan), _last(scan, _SUBORDINATOR))
        region_lo = lo + cut + 1 if cut >= 0 else lo
        region = self.text[region_lo:vs]
        aux = set(self.rules.get("between_subject_and_verb", []))
        words = region.split()
        full_words = list(words)
        while words and words[-1].lower() in aux \
                and not (words[-1].lower() == "statement" and len(words) > 1 and words[-2].lower() not in aux):
            # ("X in a statement said" drops "in a statement"; "A council statement said" keeps its noun phrase)
            words.pop()
        if len(words) == 1 and words[0].lower() in ("the", "a", "an", "this", "that", "its", "their"):
            words = full_words  # "The statement continued:": the noun is the subject, not an aside ("in a statement")
        if words and words[0] in ("who", "which") and cut >= 0 and left[cut] == "," \
                and (len(words) == 1 or _TIME_AFTER_RELATIVE.fullmatch(" ".join(words[1:]))):
            # "the mayor, Tom Reyes-Hall, who said", "the Harlow Trust, which said", "the Civil Air Authority, which in
            # September told organisers": the name before the comma
            words = []
        if not words and cut >= 0 and left[cut] == ",":
            segs = left[:cut].split(",")[-3:]
            # ("…, and the regional utility, Southshore Water, announced": the subject runs back to the
            # conjunction that opens its clause, not into the clause before it)
            k = max((i for i, g in enumerate(segs) if _CLAUSE_CONJUNCTION.match(g)), default=-1)
            if k >= 0:
                segs = segs[k:]
                segs[0] = segs[0][_CLAUSE_CONJUNCTION.match(segs[0]).end():]
            # ("At Moorgate Park Academy, where Amara is in Year 8, the headteacher, Deborah X, said": nor into a
            # relative clause of the fronted phrase before it, whose names are no subject)
            k = max((i for i, g in enumerate(segs) if _RELATIVE_SEGMENT.match(g)), default=-1)
            if 0 <= k < len(segs) - 2 and _NEW_SUBJECT_SEGMENT.match(segs[k + 1]):
                # (a subject and a name set beside it after it, not the rest of the relative: "which gathered 3,000
                # signatures", "which runs services to Dublin, Amsterdam and Jersey from Thornbury")
                segs = segs[k + 1:]
            back = ",".join(segs)
            region_lo = lo + cut - len(back)
            region = self.text[region_lo:lo + cut]
        elif not words:
            return self._nearest(lo, vs)
        else:
            region = region[:len(region) - len(region.lstrip())] + " ".join(words)
            rel = _RELATIVE_WHO.search(region) if words[-1] == "who" else None
            if rel is not None:
                # "… from a Paris collector who described them as …": the relative's noun phrase is the subject;
                # an indefinite one with no name in it is someone unnamed, not a body named earlier
                rs, re_ = region_lo + rel.start(1), region_lo + rel.end(1)
                if rel.group(1).split()[0].lower() in ("a", "an", "one") \
                        and not any(m.kind == "person" and not m.role for m in self.mentions if rs <= m.start < re_):
                    return "", rel.group(1), rs, re_
                got = self.phrase(rs, re_)
                if got[0]:
                    return got
        speaker, stext, s, e = self.phrase(region_lo, region_lo + len(region.rstrip()))
        if not speaker and stext:
            # "A 23-year-old man from Khartoum, who asked to be identified only by his first name, Yassir, said":
            # the unnamed subject is known by the name its aside gives (as "said one diner, who gave her name only
            # as Jo" after the verb, round 14)
            given = name_in_aside(self.text, e, self.mentions)
            if given:
                return given, stext, s, e
        if not speaker and not words and cut >= 0 and len(left[:cut].split(",")) > 3:
            # "Rhona Gill, 47, from Ardmuir, who was ..., said": an age, a hometown and a relative clause
            # are three asides; the name before them is the subject
            back = ",".join(left[:cut].split(",")[-5:])
            wide = self.phrase(lo + cut - len(back), lo + cut)
            if wide[0]:
                speaker, stext, s, e = wide
        if not speaker and not stext:
            return self._nearest(lo, vs)
        return speaker, stext, s, e

    def _inside_mention(self, at: int) -> bool:
        """Whether some mention ``x`` holds offset ``at`` (``x.start <= at < x.end``), by one bisection."""
        return self._mention_spans.contains(at, at + 1)

    def _last_conjunction(self, lo: int, left: str) -> int:
        """The last "and"/"but" in ``left`` that joins clauses or phrases: not one
        inside an actor's name ("the Transport and General Workers' Union") or
        between two capitalised words of a name the codebook does not know."""
        for m in reversed(list(_AND_BUT.finditer(left))):
            a = lo + m.start()
            if self._inside_mention(a):
                continue
            if m.group(0) == "and" and _CAPITALISED_END.search(left[:m.start()]) \
                    and _SPACE_CAPITAL.match(left[m.end():]):
                continue
            return m.end() - 1
        return -1

    def _nearest(self, lo: int, pos: int) -> tuple[str, str, int, int]:
        people = self.persons_before(lo, pos)
        if people:
            m = people[-1]
            around = people_around_res(mention_rules(self.cb)).before.search(self.text, max(lo, m.start - 40), m.start) \
                or CLOSE_TO_BEFORE.search(self.text, max(lo, m.start - 24), m.start)
            opener = _CLAUSE_OPENER.fullmatch(self.text, lo, around.start()) if around is not None else None
            if opener is not None:
                # "Friends of Okafor-Vale were less restrained, saying …", "People close to X …, saying": the people
                # around the person open the clause and speak, an unnamed group (round 16); not the object of
                # someone else's verb ("Tom Bell thanked friends of X, saying …")
                s0 = opener.start(1)
                e0 = _GROUP_NOUN_AFTER.match(self.text, m.end).end()
                return "", self.text[s0:e0], s0, e0
            if around is not None and len(people) > 1:
                # ("Tom Bell thanked friends of X, saying …", "Ana X, a close friend of Tom Bell, …, saying"): the
                # person named after "friends of" is no subject; the one before is
                m = people[-2]
            return m.actor, m.text, m.start, m.end
        pm = list(_HE_SHE.finditer(self.text[lo:pos]))
        if pm:
            p = pm[-1]
            s = lo + p.start()
            return self.resolve_pronoun(s, "male" if p.group(1).lower() == "he" else "female"), p.group(1), s, s + len(p.group(1))
        they = _THEY_OPENS.match(self.text, lo, pos)
        if they is not None:
            # "They apologised to fans and said …": a "They" that opens the sentence, as for "They said"
            s = they.start(1)
            who = self.resolve_pronoun(s, "plural")
            if who:
                return who, they.group(1), s, they.end(1)
        # (not a place named after a preposition, where it happens: "after a meeting at County Hall, while protesters
        # could be heard chanting ‘…’"; round 29)
        anyone = [m for m in self.persons_before(lo, pos, any_kind=True)
                  if not (m.form == "place_name" and AFTER_PREPOSITION.search(self.text, max(0, m.start - 12), m.start))]
        if anyone:
            return self._mention_speaker(anyone[-1])
        return "", "", -1, -1

    def _mention_speaker(self, m: Mention) -> tuple[str, str, int, int]:
        """The speaker a mention right before a verb names: its actor, or for a nominal that resolved to
        no one ("with the judge telling him …" in a lede) what the phrase resolves to (the official named
        further down, see speakers._role_named_later)."""
        if not m.actor and m.form == "nominal":
            got = self.phrase(m.start, m.end)
            if got[0]:
                return got
        return m.actor, m.text, m.start, m.end


def _last(text: str, pattern: re.Pattern) -> int:
    """Index of the last character of the last match (so ``cut + 1`` is just past it), or -1."""
    found = list(pattern.finditer(text))
    return found[-1].end() - 1 if found else -1


# a plural common noun right before a verb form ("improvements ", not "was ", "has ", "this ")
_PLURAL_NOUN_END = re.compile(r"(?<![\w’'-])(?!(?:was|has|is|its|this|his|hers|ours|yours|theirs|us|as|thus|always|"
                              r"perhaps|sometimes|besides|news)\b)[a-z]{3,}[^s\W]s[ \t]+$")
# an attribution closing the sentence after a comma: "…, a coroner has said." (bounded: one sentence)
_ATTRIBUTION_CLOSES = re.compile(r"[^.!?\n]{0,300},[ \t]+[^,.!?\n]{1,60}?[ \t](?:said|says|has[ \t]+said|have[ \t]+said|"
                                 r"told[ \t][^,.!?\n]{1,40}|concluded|has[ \t]+concluded|found|has[ \t]+found|ruled|has[ \t]+ruled)"
                                 r"[ \t]*[.!?]")
# a span of time as an adverb, not followed by what was said: " years before", " two months ago" (not "… ago that")
_TIME_SPAN_AFTER = re.compile(r"[ \t]+(?:(?:\d+|a|two|three|four|five|six|several|many|some)[ \t]+)?"
                              r"(?:years?|months?|weeks?|days?|decades?)[ \t]+(?:before|earlier|ago|previously)\b"
                              r"(?![ \t]+(?:that|to)\b)")


# "added “up to 90 minutes” to the journey": a short quoted amount (a number, in digits or words) as the object of
# "add", then "to" ("She added “we go again next year” to loud cheers" is speech)
_QUOTED_AMOUNT_THEN_TO = re.compile(r"[ \t\u00a0]*[“\"‘'](?=[^“”\"‘’'\n]{0,60}?(?:\d|\b(?:two|three|four|five|"
                                    r"six|seven|eight|nine|ten|twenty|thirty|forty|fifty|hundred|thousand|million|"
                                    r"billion)\b))[^“”\"‘’'\n]{1,60}[”\"’'][ \t\u00a0]+to\b")


_IN_END = re.compile(r"\b[Ii]n[ \t\u00a0]+$")


def adds_an_amount(text: str, vs: int, ve: int) -> bool:
    """Is the verb at ``vs:ve`` an "add" whose quoted object is an amount added *to* something ("a limit would have
    added “up to 90 minutes” to hauliers' journeys")? Then it adds a sum, not words: no speech verb."""
    return text[vs:ve].lower() in ("add", "adds", "added", "adding") \
        and _QUOTED_AMOUNT_THEN_TO.match(text, ve) is not None


def is_noun_use(text: str, vs: int, ve: int, rules: dict | None = None) -> bool:
    """A verb form used as a noun: after a determiner ("in a report") or before a
    possessive ("state's"); or an -ing form that is the object of another verb
    ("will stop admitting patients", "keeps telling us"): then it is not an
    attribution of the sentence's subject (``[quote_rules] gerund_taking_verbs``)."""
    if _DETERMINER_END.search(text[max(0, vs - 8):vs]) or POSSESSIVE_S.match(text[ve:ve + 2]) \
            or (_POSSESSIVE_END.search(text[max(0, vs - 8):vs])  # "the union’s state secretary"
                # ("Hartley's said", "Smith's said he'd go": "said" is never a noun, so the word before it is a
                # shop's name or "X has"; not "told", which may be a passive's, "She's told that …"; round 28)
                and (text[vs:ve].lower() not in ("said", "says")
                     or _IMPERSONAL_IS_END.search(text[max(0, vs - 10):vs]))):  # ("it's said that": no one's)
        return True
    if _A_WORD_END.search(text[max(0, vs - 30):vs]) and _AUX_AFTER.match(text, ve):
        return True  # "before a single word was spoken", "an earlier report has found": a noun subject
    if adds_an_amount(text, vs, ve):
        return True
    if text[vs:ve].lower() in ("written", "spoken") and _IN_END.search(text, max(0, vs - 4), vs):
        return True  # "said in written submissions that …": a participle as an adjective, after "in"
    if text[vs:ve].lower() == "ruling" and _A_DECISION_ADJECTIVE_END.search(text, max(0, vs - 30), vs):
        # "A landmark ruling that could reshape the industry": the noun of a court's decision after an article and
        # an adjective of decisions ("with a tribunal ruling that …" is the tribunal ruling)
        return True
    if text[vs:ve].lower() == "state" and not _THAT_AFTER.match(text, ve) \
            and not _BARE_VERB_SUBJECT_END.search(text[max(0, vs - 12):vs]):
        # "most state agencies would close", "prisons, state police and …": the bare form "state" is the
        # adjective of US and Australian copy ("state police", "state employees"); as a speech verb it
        # needs "that" or a subject or modal right before it ("they state that", "did not state")
        return True
    if text[vs:ve].lower() in _COMPOUND_HEADS and _COMPOUND_NOUN_END.search(text, max(0, vs - 40), vs) \
            and _AFTER_A_NOUN.match(text, ve):
        return True  # "called the rent demand “cultural vandalism”": the bare form after a noun is a compound's head
    if text[ve:ve + 1] in "-‐" and text[ve + 1:ve + 2].isalpha():
        return True  # "a late call-up", "his say-so": the first half of a hyphenated noun
    if text[vs:vs + 1].isupper() and _CAPITALISED_WORD_END.search(text, max(0, vs - 30), vs):
        return True  # "the Gulf States will …", "Marine Reports": a capitalised form after a capitalised word is a name
    if _PREPOSITION_END.search(text[max(0, vs - 12):vs]) and not text[vs:ve].lower().endswith("ing"):
        # "despite reports that …", "amid claims that …": after a preposition the form is a plural noun
        # (the narrator's background, no one's attribution); "after saying that" stays a verb
        return True
    if _PLURAL_NOUN_END.search(text, max(0, vs - 30), vs) and _TIME_SPAN_AFTER.match(text, ve) \
            and not text[vs:ve].lower().endswith("ing") and _ATTRIBUTION_CLOSES.match(text, ve):
        # "Junction improvements promised years before a cyclist was killed … might have saved his life, a coroner
        # has said": a past participle after a plural noun and before a span of time, in a sentence whose
        # attribution closes it, is a reduced relative clause on the noun ("The engineers warned two years ago
        # the dam could fail" is the engineers' report)
        return True
    if rules and text[vs:ve].lower().endswith("ing"):
        prev = _WORD_END.search(text[max(0, vs - 30):vs])
        return bool(prev) and prev.group(1).lower() in set(rules.get("gerund_taking_verbs", []))
    return False


_UNRESOLVED = re.compile(r"\b(?:study|papers?|report|research|survey|analysis|findings|data|figures|documents?|letter|book|"
                         r"(?:exit\s+)?polls?|records|files|emails|invoices|minutes)\b"
                         # a review, an audit, accounts or a memo as the phrase itself ("The review", "Accounts"), not
                         # a person near one ("A person familiar with the audit" stays an anonymous source)
                         r"|^\s*(?:(?:the|a|an|its|their|this)\s+)?(?:[\w-]+\s+){0,2}?(?:reviews?|audits?|accounts|"
                         r"filings|memos?)\s*$"
                         # a band not named as one: a named group the resolver could not name, no vague source
                         r"|^\s*the\s+(?:band|duo|trio|quartet|quintet)\s*$", re.I)


# a group's classifier noun right before its name ("the action group Rescue Linwell Meadow"; see speakers.py)
_CLASSIFIER_BEFORE = re.compile(r"\b" + GROUP_CLASSIFIERS + r",?\s+$")


def speaker_kind(d: "QuoteContext", speaker: str, stext: str, s: int, e: int) -> str:
    """person, organisation, group, anonymous or unresolved, for a resolved speaker."""
    if speaker:
        m = d.mention_at(s, e)
        if m is not None and m.actor == speaker and m.kind in ("person", "organisation", "group"):
            return m.kind
        if speaker not in d.kind_of and (POSSESSIVE_BODY.fullmatch(speaker) or UNNAMED_BODY.fullmatch(speaker)
                                         or PLACE_BODY.fullmatch(speaker) or re.fullmatch(LOCAL_GOVERNMENT, speaker)):
            # "Ostravia's rail safety office", "county council": unnamed bodies; "Velgaon district administration";
            # "Tamsett County" for its officials (a local government)
            return "organisation"
        if speaker not in d.kind_of and speaker.split()[-1][:1].islower():
            # "Millhouse-Tait’s campaign": a speaker named by a phrase that ends in a common noun is no person (a
            # person's name ends in a capitalised word)
            return "organisation"
        if speaker not in d.kind_of and _CLASSIFIER_BEFORE.search(d.text, max(0, s - 40), s):
            # "the action group Rescue Linwell Meadow": a body named after its classifier noun (gold set M: an
            # organisation, cited as an institution)
            return "organisation"
        if speaker not in d.kind_of and stext.lower() == "the " + speaker.split()[-1].lower():
            # "the park said" for "Hallowmere Wildlife Park" (speakers._venue_named_before): no person is called by
            # the last word of their name with "the"; a body named after its venue is
            return "organisation"
        return d.kind_of.get(speaker, "person")
    if not stext or _UNRESOLVED.search(stext):
        return "unresolved"
    m = d.mention_at(s, e)
    if m is not None and m.form == "nominal" and m.kind == "person":
        return "unresolved"  # "the minister" with no minister named: a person we cannot name, not a vague source
    return "anonymous"


_THEY_OPENS = re.compile(r"[ \t\u00a0]*(They)\b")
# a speaker phrase that is a collective's common noun, "The band", "the club", "The group" (group 1: a body-only
# noun of the codebook, a body's head word, or a band, team or family; see _is_collective)
_THE_COLLECTIVE = re.compile(r"[Tt]he[ \t\u00a0]+([a-z]+)")
_OTHER_COLLECTIVES = frozenset({"band", "team", "family"})
# a person's lawyers, who speak for the person: "X's lawyers said …. In a letter, they argued …"
_PERSONS_LAWYERS = re.compile(r".+['’]s?[ \t\u00a0]+(?:lawyers|attorneys|solicitors|legal[ \t\u00a0]+team)")
# ... and "Lawyers for X", whose speaker words are the name after them
_LAWYERS_FOR_BEFORE = re.compile(r"\b(?:[Ll]awyers|[Aa]ttorneys|[Ss]olicitors)[ \t\u00a0]+for[ \t\u00a0]+$")


def _is_collective(stext: str, codebook) -> bool:
    """Do the speaker words name a collective that a later "They" may be: "The band", "the club", "X's lawyers"?"""
    the = _THE_COLLECTIVE.fullmatch(stext)
    if the is not None:
        rules = mention_rules(codebook)
        noun = the.group(1)
        return noun in rules.body_only_nouns or noun in rules.org_heads or noun in _OTHER_COLLECTIVES
    return _PERSONS_LAWYERS.fullmatch(stext) is not None


def quote_row(d: QuoteContext, start: int, end: int, kind: str, speaker: tuple, verb: str, stance: str, cue: tuple, rule: str) -> dict:
    if kind != "scare" and speaker[0]:
        d.note_subject(start, speaker[0])
    ms, me = (speaker[2], speaker[3]) if len(speaker) >= 4 else (-1, -1)
    skind = speaker[4] if len(speaker) >= 5 else ("" if kind == "scare" else speaker_kind(d, speaker[0], speaker[1], ms, me))
    if kind != "scare" and not speaker[0] and skind == "anonymous" and _ONE_PERSON.match(speaker[1] or "") \
            and not any(w in mention_rules(d.cb).body_only_nouns for w in (speaker[1] or "").lower().split()) \
            and not (kind == "partial" and ms > 0
                     and any(m.actor for m in d.persons_before(d.sents[d.sent_of(ms)]["start"], ms))):
        # (one unnamed person, not one unnamed body: "A Facebook group called “Save Alder Street”" is no he/she)
        # (nor one whose borrowed words the sentence of its named subject quotes: "The chairman, Robert X, opened by
        # reading a letter from an angler who had described the river as “…”": a he/she after it is still the
        # chairman; round 33. One with a quotation of their own, "met a nurse who said: “…”", keeps it)
        d.note_anonymous(start)
    if kind != "scare" and speaker[0] and (_is_collective(speaker[1] or "", d.cb)
                                           or (ms > 0 and _LAWYERS_FOR_BEFORE.search(d.text, max(0, ms - 24), ms))):
        d.note_collective(start, speaker[0])
    return {"doc_id": d.doc.doc_id, "quote_id": "", "start": start, "end": end, "text": d.text[start:end],
            "kind": kind, "speaker": speaker[0], "speaker_text": speaker[1], "speaker_kind": skind,
            "speaker_mention_start": ms if ms is not None else -1, "speaker_mention_end": me if me is not None else -1,
            "verb": verb, "verb_stance": stance,
            "cue_start": cue[0], "cue_end": cue[1], "rule": rule}
