"""Indirect (reported) speech: the reported clause as the quote span.

Split out of :mod:`corpus_tools.quotes`. Forms: ``X said (that) CLAUSE``,
``CLAUSE, X said``, ``according to X, CLAUSE``, ``CLAUSE, according to X``,
``X's response was ...: CLAUSE``. Verbs and their stance are data
(``corpus_tools/codebook/verbs.toml``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from ..mentions import PREPOSITIONS
from ..speakers import after_dateline
from .attribution import BY_AGENT, NEGATED, PARTICIPLE_OPENER, PASSIVE_BEFORE, WORK_BEFORE, QuoteContext, ends_with_to, is_noun_use, quote_row, verb_entry

_END_PUNCT = ".!?\"”’')"  # ' closes a quotation in straight single-quote copy
_SUBJ_START = {"he", "she", "it", "they", "we", "i", "there", "his", "her", "its", "their", "our", "you"}
_FINITE = {"is", "are", "was", "were", "will", "would", "can", "could", "should", "might", "may", "must", "had",
           "has", "have", "did", "does", "do", "remain", "remains", "wants", "needs", "plans", "aims", "hopes",
           "expects", "continues", "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't",
           # the other negated auxiliaries and modals of English ("said the bridge cannot reopen", "said the firm
           # couldn't pay"): a closed class, all of it, not only the forms seen so far
           "cannot", "shall", "couldn't", "wouldn't", "shouldn't", "mustn't", "mightn't", "needn't", "shan't",
           "hasn't", "haven't", "hadn't", "didn't"}
_FINITE |= {w.replace("'", "’") for w in _FINITE}  # the same forms with a curly apostrophe
_ADVERBIAL = re.compile(r"(?:to|on|in|at|via|through|during|after|before|last|this|earlier|later|today|yesterday|"
                        r"also|again|publicly|privately|repeatedly|recently|previously|then|once|"
                        # a manner or place adverb between the verb and "that" ("claimed online that", "said
                        # afterwards that", "insisted angrily that"): any -ly adverb, and the common ones without -ly
                        r"online|offline|afterwards|aloud|too|elsewhere|separately|[a-z]{3,}ly|"
                        # a focusing adverb: "said only that …", "would say just that …"
                        r"only|just|"
                        # the medium of a reply: "said by email that", "told the paper by phone that" (round 24)
                        r"by\s+(?:e-?mail|phone|telephone|text(?:\s+message)?|letter|video\s+link)|over\s+the\s+phone)\b", re.I)
# "said in a leaflet handed out at the gates that …": a long adverbial before "that" (a channel or place)
_PREP_PHRASE = re.compile(r"(?:in|on|at|via|through|during)\s+(?:a|an|the|its|his|her|their)\s+", re.I)

# Patterns used per sentence or per verb, compiled once here (``re``'s own cache
# is shared with the whole pipeline and a lookup there is not free either).
_COORD_VERB = re.compile(r"\s+(?:but|and)\s+(?:\w+ly\s+)?(?=\w)")
_APOSTROPHE = re.compile(r"['’]")
_CLOSING_MARK_END = re.compile(r"[”\"’]$")
_NEXT_WORD = re.compile(r"\s*(\w+)")
# a relative clause set off by commas between a clause-first report's subject and its verb: ", which runs the series,"
_WHICH_ASIDE = re.compile(r"(?:which|who)\s+[^,;:“”\"]{1,80},?$")
# a reporting verb in a relative clause right before the report: "One commenter, who said …", "the firm, which
# says …" (up to two words between the pronoun and the verb: "who has since said")
_RELATIVE_REPORT = re.compile(r",\s+(?:who|which)\s+(?:\w+\s+){0,2}?\w+\s+(?:that\s+)?$")
_COMMA_THEN_WORD = re.compile(r",\s+(?=[a-z])")
# a time the report names right before ", when": a year, a month, a weekday, a decade or a time of day
_TIME_BEFORE = re.compile(r"(?:\b(?:1[89]|20)\d\d|\b(?:January|February|March|April|May|June|July|August|September|"
                          r"October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|"
                          r"\d0s|morning|afternoon|evening|night|week|month|year|summer|winter|spring|autumn))$")
_WHEN_ASKED = re.compile(r"\s+(?:asked|pressed|questioned|challenged|contacted|approached|reached)\b")
# ", and the regional utility, Southshore Water, " / ", while Kelby Council ": a new subject (a determiner or a
# capital first, up to 60 characters, and at most one apposition in commas) after a comma and a conjunction
# a subject of one word that takes a reported clause without "that": "…, and several said they would …" (a pronoun
# or a quantifier standing for people)
_ONE_WORD_SUBJECTS = r"(?:several|others|some|many|most|few|one|another|he|she|they)"
_AND_NEW_SUBJECT = re.compile(r",\s+(?:(?:and|but|while|whereas|after|as)\s+(?=(?:[Tt]he|[Aa]n?|[Ii]ts)\s|[A-Z]|"
                              + _ONE_WORD_SUBJECTS + r"\s|[a-z]+\s+[A-Z])"
                              # (also a role and a name: "councillor Tom X"; and with no conjunction, a role and a
                              # name of two words, in a list of speakers: "X said A, parent Ana Fox said B, and …")
                              r"|(?=(?:[a-z]+\s+){1,2}[A-Z][\w’'-]+\s+[A-Z])"
                              # (or, with no conjunction, a bare name before a lower-case word: "Gale said the plan
                              # was rushed, Okafor said it was unfair"; see _clause_end)
                              r"|(?=[A-Z][\w’'-]+\s+[a-z]))")
# the short subject of a second report set after a comma with no conjunction: a bare name
_SHORT_SUBJECT = re.compile(r"[A-Z][\w’'-]+\s+")
# a report that opens on a subordinator: its first comma closes the subordinate clause, not a first report ("said
# after the fire was put out, the landlord said …"; round 29's review)
_OPENS_SUBORDINATE = re.compile(r"\s*(?:after|before|when|while|if|once|since|until|because|although|though|as|unless)\b",
                                re.I)
# a verb of assent that ends the sentence, with no clause of its own: "…, and councillor Tom Bell agreed." (not
# "…, and neighbour Tom Bell called.", who phoned)
_ASSENT_ENDS_SENTENCE = re.compile(r"(?:agreed|concurred|disagreed|dissented|objected)[ \t]*[.!?]?[ \t]*$")
# ... whose verb a reported clause follows, opened by a subject (not an object: "and she claimed her pension", "and
# one told her it was late")
_CLAUSE_OPENS = re.compile(r"\s+(?:he|she|they|it|we|i|there|the|this|those|these|that)\b")
# ... or by a personal pronoun, whatever the subject before the verb ("…, and one man, who did not want to be named,
# said he had …": a subject pronoun right after "said" opens the reported clause; not "it", which may be an object)
_NAMED_SUBJECT = re.compile(r"\b[A-Z][\w’'-]+\s+[A-Z][\w’'-]+")
_AUX_CLAUSE = re.compile(r"\s+(?:[a-z]+\s+){1,3}?(?:would|will|had|has|have|was|were|is|are|could|should|may|might|"
                         r"must|did|does)\b")
_CLAUSE_PRONOUN = re.compile(r"\s+(?:he|she|they|we)\s+(?!\w+ing\b)\w")
_PRONOUN_SUBJECT = re.compile(_ONE_WORD_SUBJECTS + r"\s+")
# the words of that subject up to its verb: no sentence punctuation, no quotation mark, no "that" of its own
_SUBJECT_WORDS = re.compile(r"(?:(?!\bthat\b)[^;:.!?“”\"\n])+")
# what follows a speech verb that reports a clause: "that" (after at most three words of object: "told reporters
# that"), or a colon
_THAT_OR_COLON = re.compile(r"(?:\s+(?:[^\s,;:]+\s+){0,3}?that\b|\s*:)")
# ("that," before a fronted adverbial opens the clause too: "argued that, unless rates fell, sales would slump")
_THAT_AFTER = re.compile(r"\s*((?:[^\s,;:“”\"]+\s+){0,10}?)that,?\s+")
# a connective set off by commas between the verb and "that" ("He warned, however, that …", "She added, though,
# that …", "said, for her part, that …"): the clause after "that" is still the verb's report
_CONNECTIVE_ASIDE = re.compile(r",\s+(?:however|though|too|also|moreover|nonetheless|nevertheless|meanwhile|in\s+turn|"
                               r"in\s+any\s+case|at\s+the\s+same\s+time|for\s+(?:his|her|their|its)\s+part),\s+"
                               r"(?=that\s)", re.I)
_CLEAR = re.compile(r"(?:it\s+)?(?:\w+ly\s+)?clear")
_THAT_WORD = re.compile(r"\bthat\b|,")
# a lower-case subject of a clause-first attribution: a determiner, a pronoun, or a plural source noun
# with up to two modifiers ("…, election officials said", "…, documents seen by the paper show")
# ("…, it said": a body's "it" is a subject too, resolved like "It said …")
# (the plural nouns: the unnamed groups of people and of papers that news copy cites by their trade or role,
# "…, organisers said", "…, rescuers said", "…, court papers show")
# (a possessive determiner opens one too: "…, her spokesman said", "…, its chief executive said")
_LOWER_SUBJECT = re.compile(r"(?:the|a|an|he|she|it|they|his|her|its|their|(?:[a-z-]+\s+){0,2}(?:officials|sources|documents|records|figures|"
                            r"data|police|analysts|experts|witnesses|residents|prosecutors|investigators|"
                            r"organi[sz]ers|researchers|scientists|economists|doctors|medics|paramedics|"
                            r"firefighters|rescuers|officers|forecasters|meteorologists|pollsters|regulators|"
                            r"authorities|inspectors|auditors|engineers|lawyers|diplomats|negotiators|insiders|"
                            r"aides|unions|campaigners|activists|teachers|parents|doctors|nurses|staff|workers|"
                            r"employees|shareholders|investors|traders|critics|supporters|opponents|papers|filings|"
                            r"statistics|estimates|reports))\b")
_AGE = re.compile(r"\d{1,3}")
# one to three lower-case words and a capitalised name after them: "launch provider Valkyr Orbital", "rights group
# Amnesty International"; not after a conjunction or a preposition ("and then Ana Ruiz", "in Kelby")
_LOWER_ROLE_THEN_NAME = re.compile(r"(?:[a-z][\w’'-]*\s+){1,3}(?:[A-Z][\w’'.&-]*\s+){0,4}[A-Z][\w’'.&-]*")
def _lower_role_then_name(region: str) -> bool:
    """Is ``region`` lower-case words of a role or a kind of body, then a name ("launch provider Valkyr Orbital")?
    Not where a conjunction, a preposition or a participle stands among the lower-case words ("people close to Ana
    X", "reaching levels Ana X", "and then Ana X"); "acting", "outgoing" and the like are a role's own words."""
    m = _LOWER_ROLE_THEN_NAME.fullmatch(region)
    if m is None:
        return False
    lower = [w for w in region.split() if w[:1].islower()]
    return not any(w in _NOT_A_ROLE_WORD or (w.endswith(("ing", "ed")) and w not in _ROLE_PARTICIPLES)
                   for w in lower)


# participles that are a role's own words: "acting mayor Ana X", "outgoing chair", "retired judge"
_ROLE_PARTICIPLES = frozenset({"acting", "outgoing", "incoming", "leading", "founding", "managing", "presiding",
                               "retired", "retiring", "elected", "appointed", "qualified", "registered", "licensed"})
_NOT_A_ROLE_WORD = PREPOSITIONS | frozenset({
    # conjunctions, subordinators and relatives ("and then Ana X", "…, unless chair Ana X says otherwise", "few knew
    # what Mayor Ana X said"; round 32 review), and words that open no role ("not", "only", "close to")
    "and", "but", "or", "nor", "then", "so", "yet", "when", "while", "as", "because", "if", "though", "although",
    "where", "who", "which", "that", "unless", "once", "whatever", "whoever", "whichever", "lest", "what", "whether",
    "how", "why", "said", "says", "knew", "heard", "know", "hear", "not", "close", "like", "unlike", "including",
    "such", "than", "only", "even", "also", "both", "either", "neither", "via", "per", "round"})
_POSSESSIVE_NAME = re.compile(r"[A-Z][\w’']*['’]s\b")
_LEAD = re.compile(r"(?:[A-Z]\w+|On [^,]{1,30}|In [^,]{1,30}),\s+")
_ACCORDING = re.compile(r"\b[Aa]ccording to\s+")
_LEAD_NAME = re.compile(r"\s*(?:[A-Z]\w+,\s*)?")
_COMMA_SPACE = re.compile(r",\s+")
_CAP_LEAD = re.compile(r"[A-Z]\w+,\s+")


@lru_cache(maxsize=16)
def _stopper_re(stoppers: tuple[str, ...]) -> re.Pattern:
    """Where a reported clause stops: ``, STOPPER``, a semicolon, or a comma or a colon before a quote mark
    ("says the choir has changed as it has grown: “It used to be twelve of us”": the quotation after the
    colon is a direct quote of its own; after a comma, a quoted fragment in lower case goes on with the clause:
    "her client had built her label, Sterling House, “from a single sewing machine” before the marriage")."""
    alts = "|".join(map(re.escape, stoppers))
    return re.compile(rf",\s+(?:{alts})\b|;|:\s*[“\"‘]|,\s*[“\"‘](?![a-z])")


@lru_cache(maxsize=16)
def _speech_noun_re(nouns: tuple[str, ...]) -> re.Pattern:
    """``the Kremlin's response was ...:`` (see :func:`_speech_noun`)."""
    alts = "|".join(map(re.escape, nouns))
    return re.compile(rf"((?:the\s+)?[A-Z][\w .-]{{0,40}}?)'s\s+(?:{alts})\b[^:“”\"]{{0,80}}:\s+(?=[^“\"])")


def _named_subject_reports(seg: str, subject_start: int, vm: re.Match) -> bool:
    """Does a named subject ("parent Ana Fox", "governor Ravi X") stand before the speech verb ``vm``, which a clause
    with an auxiliary or a modal in its first words follows ("said it would mean …", "said no decision had …")?"""
    return _NAMED_SUBJECT.search(seg, subject_start, vm.start()) is not None and _AUX_CLAUSE.match(seg, vm.end()) is not None


def _clause_end(d: QuoteContext, start: int, limit: int, stop: bool = True) -> int:
    """Where a reported clause starting at ``start`` ends (before ``limit``, the sentence end)."""
    seg = d.text[start:limit]
    ends = [len(seg)]
    mark = _SENTENCE_THEN_MARK.search(seg)
    if mark:
        ends.append(mark.start())  # "… her recipes. 'I kept them …'": a quotation the segmenter left in the sentence
    if stop:
        # "said A, when B, and that C": a later "and that" / "but that" coordinates a second clause of the same
        # report, so a subordinator before it opens an adjunct inside the report, not the narrator's words
        more = [m.start() for m in _AND_THAT.finditer(seg) if not d.in_marks(start + m.start())]
        inside = more[-1] if more else -1
        for m in _stopper_re(tuple(d.rules.get("clause_stoppers", []))).finditer(seg):
            if _AND_THAT.match(seg, m.start()):
                continue  # "said A, but that B": a second "that" clause of the same report (gold README rule 10)
            if seg[m.start()] == "," and WORK_BEFORE.search(seg, max(0, m.start() - 40), m.start() + 1):
                continue  # "said its best-known painting, “The Pilot’s Wife at Dusk”, is …": a work's title
            if _BUT_NOT.match(seg, m.start()):
                continue  # "could be replaced one at a time, but not while …": a contrast inside the clause
            if _ADDING_AMOUNT.match(seg, m.start()):
                continue  # "…, adding more than 90 new routes": "add" of a quantity, a participle of the clause
            word = _STOPPER_WORD.match(seg, m.start())
            word = word.group(1).lower() if word else ""
            if word in _SUBORDINATE_STOPPERS and m.start() < inside:
                continue
            if word in _RELATIVE_STOPPERS and not _has_verb(seg[:m.start()].split()) \
                    and len(seg[:m.start()].split()) <= 4:
                continue  # "said his village, which lies …, had not been asked": a relative clause on the subject
            if word == "but" and not _CLOSING_MARK_END.search(seg, 0, m.start()) \
                    and not d.verb_re.search(seg, m.end(), min(len(seg), m.end() + 80)):
                nxt = _NEXT_WORD.match(seg, m.end())
                nxt = nxt.group(1).lower() if nxt else ""
                if not (_PAST.fullmatch(nxt) or nxt in _IRREGULAR_PAST):
                    # "said he had rung the zoo at once, but by the time keepers came the panda had gone": a
                    # contrast with a subject of its own and no speech verb is part of the report (the gold sets
                    # keep it); "…, but flagged the group's debt" (the speaker's second act, no subject) and
                    # "…, but warned that …" (a second report) still end it
                    continue
            if word == "when" and _TIME_BEFORE.search(seg, 0, m.start()) and not _WHEN_ASKED.match(seg, m.end()):
                # "said the feud dates back to 2019, when a rival was disqualified": "when" after a year, a month or
                # a day is a relative adverb on that time, part of the report ("…, when asked about it" is not)
                continue
            if word == "which" and not _CLOSING_MARK_END.search(seg, 0, m.start()) \
                    and not _WHICH_HE_SAID.match(seg, m.start()):
                # "said the cuts would fall on vessels under 12 metres, which land a fifth of the catch": a
                # relative clause closing the report is part of what was said (gold: the reported clause keeps it);
                # after a closing quotation mark ("…“not a comedy club”, which drew laughter") it is the
                # narrator's comment on the words
                continue
            if not d.in_marks(start + m.start()):
                ends.append(m.start())
        for m in _AND_PAST_OBJECT.finditer(seg):
            g = next(k for k in (1, 3, 5) if m.group(k) is not None)
            w = m.group(g + 1).lower()
            if (_PAST.fullmatch(w) or w in _IRREGULAR_PAST) and not d.in_marks(start + m.end(g)):
                # "reported that A, and carried a statement …": the reporter's second act (the report keeps a
                # closing quotation mark before it: "…“not conclusive,” and raised his target")
                ends.append(m.end(g) if g > 1 else m.start())
        for m in _APPOSED_COMMENT.finditer(seg):
            if not d.in_marks(start + m.start()):
                ends.append(m.start())  # "…, a claim Beckett called “untrue”": the narrator's comment on the report
        for m in _DECLINED.finditer(seg):
            if not d.in_marks(start + m.start()):
                ends.append(m.start())  # "said A but declined to say whether B": the refusal is the narrator's
        for m in _COORD_VERB.finditer(seg):
            vm = d.verb_re.match(seg, m.end())
            if vm and not d.in_marks(start + m.start()):
                ends.append(m.start())
        # (a bounded look back before the clause: a sentence with many verbs stays linear)
        if _RELATIVE_REPORT.search(d.text, max(d.sents[d.sent_of(start)]["start"], start - 120), start):
            # "One commenter, who said they were an accountant in Ohio, wrote that …": a report inside a relative
            # clause on the subject ends at the comma before the main clause's own speech verb
            for m in _COMMA_THEN_WORD.finditer(seg):
                vm = d.verb_re.match(seg, m.end())
                if vm and not vm.group(0).lower().endswith("ing") and not d.in_marks(start + m.start()):
                    ends.append(m.start())
                    break
        for m in _AND_NEW_SUBJECT.finditer(seg):
            # "stated that A, and the regional utility, Southshore Water, announced that B": a second speaker
            # with a speech verb of their own after ", and" is a second attribution (gold README: two rows, two
            # speakers), so the first report ends at the comma; the subject is bounded (90 characters, at most
            # one apposition in commas) and the verb must report a clause ("announced that", "told X that")
            # (the subject's own verb: not one inside an aside in commas, "and one porter, who asked not to be
            # named, said he …", whose "asked" is the aside's)
            vm = next((v for v in d.verb_re.finditer(seg, m.end(), m.end() + 90)
                       if seg.count(",", m.end(), v.start()) in (0, 2)), None)
            if vm is None or not _SUBJECT_WORDS.fullmatch(seg, m.end(), vm.start()):
                continue
            if not m.group(0).strip(", \t\n"):
                # (with no conjunction, only after a first report with a verb of its own, "X said the merger would
                # protect jobs, parent Ana Fox said it would …"; not a phrase opening the report, "said that on
                # Tuesday, farmer Tom X reported …", nor a place in commas)
                # (or a bare name right before the verb, when a clause with an auxiliary follows it, "…, Okafor said
                # it was unfair"; not an aside, "…, Okafor said, was …", nor after a subordinate clause)
                # (the first report's verb is looked for in a bounded window: many commas stay linear)
                if _has_verb(seg[max(0, m.start() - 300):m.start()].split()) \
                        and (_named_subject_reports(seg, m.end(), vm)
                             or (_SHORT_SUBJECT.fullmatch(seg, m.end(), vm.start())
                                 and _AUX_CLAUSE.match(seg, vm.end()) is not None
                                 and not _OPENS_SUBORDINATE.match(seg))) \
                        and not d.in_marks(start + m.start()):
                    ends.append(m.start())
                continue
            if (_THAT_OR_COLON.match(seg, vm.end()) or _CLAUSE_PRONOUN.match(seg, vm.end())
                    or (_PRONOUN_SUBJECT.fullmatch(seg, m.end(), vm.start()) and _CLAUSE_OPENS.match(seg, vm.end()))
                    # ("said the plan was sound, and councillor Tom Bell agreed.": a second speaker's assent)
                    or _ASSENT_ENDS_SENTENCE.fullmatch(seg, vm.start())
                    # ("…, and governor Ravi X said no decision had been made": a named subject, then a clause whose
                    # auxiliary or modal follows its first words)
                    or _named_subject_reports(seg, m.end(), vm)) \
                    and not d.in_marks(start + m.start()):
                ends.append(m.start())
    if stop:
        opened = d.text[d.sents[d.sent_of(start)]["start"]:start]
        if _FRONTED_SUBORDINATE.match(opened) and "," not in opened:
            # "When the district announced that it would close two schools, parents were angry": a report
            # inside a fronted subordinate clause ends with that clause, at its comma
            comma = next((m.start() for m in _COMMA.finditer(seg) if not d.in_marks(start + m.start())), None)
            if comma is not None:
                ends.append(comma)
    e = min(ends)
    while e > 0 and seg[e - 1] in " .!?,;:":
        e -= 1
    return start + e


# a noun phrase set after a reported clause that sums it up for someone else's reply: "…, a claim the mayor
# called “untrue”", "…, an allegation that the firm denies", "…, a figure the ministry disputes"
_APPOSED_COMMENT = re.compile(r",\s+(?:a|an)\s+(?:claim|allegation|accusation|charge|suggestion|assertion|figure|"
                              r"characteri[sz]ation|description|account|version)\s+(?:that\s+|which\s+)?"
                              r"(?:the\s+|his\s+|her\s+|its\s+|their\s+)?[A-Za-z]")
_DECLINED = re.compile(r",?\s+(?:and|but)\s+(?:declined|refused)\s+to\s+"
                       r"(?:say|comment|elaborate|discuss|confirm|specify|name|give|disclose|answer)\b")
_ADDRESSEE_VERBS = frozenset({"tell", "inform", "advise", "assure", "remind", "warn", "notify"})
_FRONTED_SUBORDINATE = re.compile(r"\s*(?:When|After|Before|Once|Since|Although|Though|While|Until|Because)\b")
_COMMA = re.compile(r",\s")
_BUT_NOT = re.compile(r",\s+but\s+not\b")
# ", adding" before an amount: "add" meaning "increase by", a participle phrase that belongs to the reported
# clause (gold README: participle phrases are kept), not a second attribution (", adding that …", ", adding: …")
_ADDING_AMOUNT = re.compile(r",\s+adding\s+(?:more|fewer|another|extra|further|some|several|dozens|hundreds|"
                            r"thousands|millions|billions|nearly|almost|about|around|roughly|up\s+to|"
                            r"an?\s+(?:extra|further|additional)\b|[£$€]|\d)")
_SENTENCE_THEN_MARK = re.compile(r"[.!?]\s+['‘“\"](?=\w)")
# (also right after a closing quotation mark, with or without a comma inside it: "…was “reassuring but not
# conclusive,” and raised his price target", "…history” and thanked employees": the quoted words end the report)
_AND_PAST_OBJECT = re.compile(r"(,)\s+and\s+(\w+)\s+(?:a|an|the|its|his|her|their)\s"
                              # (after a comma and a closing mark, any object: "…“not conclusive,” and raised
                              # the target"; after a closing mark alone, a possessive: "…” and raised his target";
                              # "said she heard ‘a crack’ and turned to see" goes on with the report's own subject)
                              r"|(,[”\"’])\s+and\s+(\w+)\s+(?=[\w$£€])|([”\"’])\s+and\s+(\w+)\s+(?=(?:his|her|its|their)\s)")
# ", which he said had been confirmed …": a relative clause with a speech verb of its own is a second report
_WHICH_HE_SAID = re.compile(r",\s+which\s+(?:he|she|they|it)\s+(?:said|says|added|insisted|claimed|argued|noted)\b")
_AND_THAT = re.compile(r",?\s+(?:and|but)\s+that\s+(?=\w)")
_STOPPER_WORD = re.compile(r",\s+(\w+)")
_SUBORDINATE_STOPPERS = {"where", "though", "although", "while", "whereas", "as", "when", "which", "without"}
_RELATIVE_STOPPERS = {"which", "where", "who", "whose"}
_QUANTIFIER = re.compile(r"(?:at (?:least|most)|more than|fewer than|less than|up to)$", re.I)
_DETERMINERS = {"the", "a", "an", "this", "that", "these", "those", "its", "his", "her", "their", "our", "my", "your",
                "no", "any", "some", "every", "each", "newly", "recently", "widely", "so-called", "long-awaited"}
_PREPOSITION_START = {"to", "at", "about", "for", "on", "with", "of", "in", "that", "and", "or", "by", "as"}
_PAST = re.compile(r"[a-z]{3,}ed")
# the irregular past tenses of English ("said profit fell", "said the tenant slept in his car"): the
# simple-past forms of the standard irregular-verb tables of English grammars (Quirk et al. 1985, appendix on
# irregular verbs), less the forms that are mostly nouns or adjectives in news copy ("lay", "bore", "wound",
# "ground", "lit", "read", "set", "let", "bet", "shed", "put", "cost")
_IRREGULAR_PAST = frozenset({
    "arose", "awoke", "beat", "became", "began", "bent", "bit", "bled", "blew", "broke", "bred", "brought",
    "built", "burnt", "burst", "bought", "caught", "chose", "clung", "came", "crept", "cut", "dealt", "dug",
    "drew", "dreamt", "drank", "drove", "ate", "fell", "fed", "felt", "fought", "found", "fled", "flung", "flew",
    "forbade", "forgot", "forgave", "froze", "got", "gave", "went", "grew", "hung", "heard", "hid", "hit", "held",
    "hurt", "kept", "knelt", "knew", "led", "leant", "leapt", "learnt", "left", "lent", "lost", "made", "meant",
    "met", "mistook", "misled", "overcame", "oversaw", "overtook", "paid", "quit", "rode", "rang", "rose", "ran",
    "saw", "sought", "sold", "sent", "shook", "shone", "shot", "shrank", "shut", "sang", "sank", "sat", "slept",
    "slid", "spoke", "sped", "spent", "spun", "split", "spread", "sprang", "stood", "stole", "stuck", "stung",
    "struck", "swore", "swept", "swam", "swung", "took", "taught", "tore", "told", "thought", "threw",
    "understood", "undertook", "underwent", "upheld", "woke", "wore", "wept", "won", "withdrew", "withheld",
    "wrote"})


# (a number written in words or as a fraction quantifies too: "said about half of its flights had been cut",
# "said nearly a third of staff had left", "said roughly one in five homes had no power")
_ABOUT_NUMBER = re.compile(r"(?:about|around|nearly|almost|roughly|approximately|some)\s+(?:[\d$£€]|half\b|"
                           r"a\s+(?:third|quarter|fifth|tenth|half|dozen|hundred|thousand)\b|one\s+in\b|"
                           r"(?:two|three|four)-(?:thirds|quarters|fifths)\b|(?:two|three|four|five|six|seven|eight|"
                           r"nine|ten|twenty|thirty|forty|fifty|hundreds|thousands|dozens)\b)", re.I)


def _unquantified(words: list[str]) -> list[str]:
    """``words`` without an approximating word before a number ("said about 300 workers had been stood
    down"): "about" there opens a quantified subject, not the topic of the verb ("spoke about the plan")."""
    return words[1:] if len(words) > 2 and _ABOUT_NUMBER.match(" ".join(words[:3])) else words


def _past_predicate(words: list[str]) -> bool:
    """"said the shares looked cheap", "said 1,412 people attended": a verb in the past tense after
    the object's first noun phrase, before any comma, marks a reported clause whose finite verb is not
    an auxiliary (a past participle after a determiner, "the published figures", is no verb)."""
    words = _unquantified(words)
    if not words or words[0].lower() in _PREPOSITION_START or words[0].lower().endswith("ing"):
        return False
    for i in range(1, min(len(words), 13)):
        prev = words[i - 1]
        if prev.endswith((",", ";", ":")):
            return False
        w = words[i].lower().strip(",.;:“”\"‘’'")  # (' is the quotation mark of straight single-quote copy)
        if (_PAST.fullmatch(w) or w in _IRREGULAR_PAST) and prev.lower().strip("“\"‘") not in _DETERMINERS \
                and prev.lower() not in ("but", "and") and i + 1 < len(words):
            # ("admitted the charge but denied acting violently": a past form after "but" or "and" is the subject's
            # second act or a coordinated adjective, "licensed and unlicensed taxis queued": not the clause's verb)
            return True
    return False


# common lexical verbs in the plain present, after a plural subject ("says half his customers come from …",
# "said residents want a crossing"); a closed list, since the plain form is no mark of a verb by its spelling
_PLURAL_PRESENT = frozenset(("come", "go", "live", "work", "want", "need", "feel", "know", "think", "believe", "expect",
                             "pay", "spend", "earn", "use", "rely", "depend", "face", "remain", "get", "make", "take",
                             "see", "say", "leave", "travel", "walk", "drive", "buy", "own", "agree", "support", "oppose"))
# the -s words that are no present tense of a verb: "news", "bus", "business", "series", "analysis"
_NOT_S_VERB = re.compile(r"(?!(?:throws|knows|grows|allows|follows|draws|withdraws|owes|flows|borrows)$)"
                         r".*(?:ss|us|is|ws|ics|ies|['’]s)")  # (a -ws word is a plural, "laws", but for these verbs)


def _in_preposition_phrase(words: list[str], j: int) -> bool:
    """Is ``words[j]`` (a name word or a figure) inside a phrase that a preposition opens within the three words
    before it ("of 39.4C", "at Aldham Marsh")?"""
    return any(w.lower() in ("of", "at", "in", "from", "near") for w in words[max(0, j - 3):j])


def _present_predicate(words: list[str]) -> bool:
    """"said the agreement requires the club to …", "says half his customers come from …": a verb in the present
    tense after the object's first noun phrase (a lower-case word, before any comma, within eight words) marks a
    reported clause whose verb is no auxiliary: a singular -s form after a noun that is not plural, or a plain
    form of a common verb (``_PLURAL_PRESENT``) after a plural noun. The present-tense counterpart of
    :func:`_past_predicate`; only after "say", whose object is otherwise a clause."""
    words = _unquantified(words)
    if len(words) < 4 or words[0].lower() in _PREPOSITION_START or words[0].lower().endswith("ing"):
        return False
    for i in range(1, min(len(words) - 1, 12)):
        prev = words[i - 1]
        # (a quoted fragment may open before the verb: "said patient data “never leaves the hospital’s servers”")
        # (a name or a figure inside the subject's noun phrase goes on to the verb, "says a reading of 39.4C at Aldham
        # Marsh makes today the hottest day", when a preposition brought it in; round 29)
        if prev.endswith((",", ";", ":", ".")) or (not prev.lstrip("“\"‘")[:1].islower() and i > 1
                                                  and not _in_preposition_phrase(words, i - 1)):
            return False
        w = words[i].lstrip("“\"‘")  # (the verb may open a quoted fragment: "the formula “punishes small schools”")
        p = prev.lower().strip("“\"‘")
        if not w.isalpha() or not w.islower() or p in _DETERMINERS or p in _PREPOSITION_START:
            continue
        if p in ("who", "which", "that"):
            return False  # "says hello to everyone at Aldham School who writes": a relative clause's verb, no report
        if w.endswith("s") and not _NOT_S_VERB.fullmatch(w) and not (p.endswith("s") and not _NOT_S_VERB.fullmatch(p)):
            return True  # "the agreement requires"
        if w in _PLURAL_PRESENT and p.endswith("s") and not _NOT_S_VERB.fullmatch(p):
            return True  # "customers come"
    return False


def _looks_like_clause(words: list[str], lemma: str, k: int, window: int = 10, gerund_ok: bool = False) -> bool:
    if not words:
        return False
    if len(words) > 3 and _QUANTIFIER.match(" ".join(words[:2])):
        words = words[2:]  # "said at least 31 homes had been destroyed": a quantified subject
    words = _unquantified(words)
    first = _APOSTROPHE.split(words[0].lower().strip("“\""))[0]
    if first in _SUBJ_START:
        return True
    if k == 0 and lemma == "report" and first.endswith("ed"):
        return True
    if first in {"to", "at", "about", "for", "on", "with", "of", "in", "that", "and", "or", "by", "as"} \
            or (first.endswith("ing") and not gerund_ok):
        return False
    # a finite verb may open a quoted fragment inside the clause ("the figures ‘do not capture …’")
    return any(w.lower().strip(",.“”\"‘’") in _FINITE for w in words[:window])


# a reported clause's subject, then an apposition in commas of at most eight words ("the margin, about eight
# points,", "the bridge, built in 1931,"): group 1 is the subject before it
_SUBJECT_ASIDE = re.compile(r"\s*((?:the|its|his|her|their|this|that)\s+[^,;:.“”\"]{1,60}?),\s+[^,;:.“”\"]{1,60}?,\s+")
_POSSESSIVES = {"his", "her", "its", "their", "our"}
_TO_WORD = re.compile(r"\bto\s+(\w+)")
# a lower-case word after "to" that is no addressee's first word: the verb of a to-infinitive
_INFINITIVE = re.compile(r"(?!(?:the|a|an|his|her|its|their|our|my|your|this|that|these|those|him|them|us|me|"
                         r"reporters|journalists|colleagues|staff|members|supporters|investors)\b)[a-z]+")


def _has_verb(words: list[str]) -> bool:
    """A finite verb among ``words`` (an auxiliary, or a past tense after the first noun phrase)."""
    return any(w.lower().strip(",.;:“”\"‘’") in _FINITE for w in words) or _past_predicate(words)


@lru_cache(maxsize=16)
def _channel_re(nouns: tuple[str, ...]) -> re.Pattern:
    """``in an interview``, ``in a statement on Monday``: the channel a report went through, right after
    its verb (``[quote_rules] channel_nouns``); a pattern that matches nothing when there are none."""
    if not nouns:
        return re.compile(r"(?!)")
    alts = "|".join(map(re.escape, sorted(nouns, key=len, reverse=True)))
    # (a plural needs no determiner: "said in written submissions that …", "in court filings")
    return re.compile(rf"(?:in|on|at|during|via|through)\s+(?:(?:a|an|the|its|his|her|their)\s+(?:[\w-]+\s+){{0,2}}?"
                      rf"(?:{alts})|(?:[\w-]+\s+){{0,2}}?(?:{alts})s)(?:\s+(?:on|last|this)\s+\w+)?\s+(?=\S)", re.I)


def _clause_after(d: QuoteContext, ve: int, limit: int, entry: dict) -> tuple[int, str] | None:
    """Start of the clause reported by the verb ending at ``ve``, and the rule."""
    rest = d.text[ve:limit]
    tell = entry["name"] in ("tell", "reveal", "explain", "confirm", "remind")
    aside = _CONNECTIVE_ASIDE.match(rest)
    if aside:
        m = _THAT_AFTER.match(rest, aside.end())
        if m and len(rest[m.end():].split()) >= 3 and not d.in_marks(ve + m.end()):
            return ve + m.end(), "verb_that_clause"
    m = _THAT_AFTER.match(rest)
    if m:
        skip = m.group(1).strip()
        # (after "told", the words before "that" are the addressee and its adjuncts, with no verb of their own:
        # in "told jurors the collapse had been caused by a defect that predated …" the "that" opens a relative
        # clause inside the report, whose own clause starts right after the addressee, see below)
        ok = (not skip or (_ADVERBIAL.match(skip) and (len(skip.split()) <= 6 or _PREP_PHRASE.match(skip)))
              or (tell and not _has_verb(skip.split())) or _CLEAR.fullmatch(skip))
        if ok and len(rest[m.end():].split()) >= 3 and (not d.in_marks(ve + m.end())
                                                        or d.quoted_subject(ve + m.end(), limit)):
            return ve + m.end(), "verb_that_clause"
        close = d.quote_closing(ve + m.end()) if ok else -1
        second = _AND_THAT.match(d.text, close + 1, limit) if 0 <= close < limit else None
        if second:
            # "wrote that “no college can …” and that the cuts were …": the quoted first clause is a direct
            # quote of its own; the reported clause is the one after "and that"
            return second.end(), "verb_that_clause"
    pos = len(rest) - len(rest.lstrip())
    if rest[pos:pos + 1] == ",":
        return None  # "…, X said, though …": the verb ends its clause; what follows is an aside (see _inverted)
    head = rest[pos:].split(",")[0]
    tokens = head.split()
    if not tell and _ABOUT_NUMBER.match(rest, pos) and _looks_like_clause(tokens, entry["name"], 0):
        # "said nearly half of its pilots had …": the quantified subject opens the clause (the adverb test
        # below would take "nearly half of" for an adverbial and start the clause at "its")
        return ve + pos, "verb_clause"
    for k in range(0, min(len(tokens), 6)):
        if k and not (tell or _ADVERBIAL.match(" ".join(tokens[:k]))):
            break
        if k >= 2 and tokens[0].lower() == "to" and _INFINITIVE.fullmatch(tokens[1]):
            break  # "agreed to open its books": a to-infinitive, an act and not a report
        word = _APOSTROPHE.split(tokens[k].lower())[0]
        if word in _SUBJ_START:
            cs = pos + len(" ".join(tokens[:k])) + (1 if k else 0)
            if word in _POSSESSIVES and not _has_verb(rest[cs:].split(";")[0].split()[:20]):
                break  # "told his press conference on Friday": a possessive opens a noun phrase, not a clause
            return ve + cs, "verb_clause"
    if not tell and _looks_like_clause(tokens, entry["name"], 0):
        return ve + pos, "verb_clause"
    channel = _channel_re(tuple(d.rules.get("channel_nouns", []))).match(rest, pos)
    if channel and not tell:
        # "said in an interview the decision was …", "said in a statement the province has hired …":
        # the channel of the words, then a clause without "that"
        words = rest[channel.end():].split(";")[0].split()[:20]
        if _looks_like_clause(words[:len(rest[channel.end():].split(",")[0].split())], entry["name"], 0) \
                or _past_predicate(words):
            return ve + channel.end(), "verb_channel_clause"
    if tell:
        # "told reporters the fight was far from over": the addressee (one to three words), then a
        # clause without "that" opening with a determiner
        for k in (1, 2, 3):
            if k < len(tokens) and tokens[k].lower() in _DETERMINERS - {"that"} \
                    and not any(t.endswith((",", ";", ":")) for t in tokens[:k]) \
                    and _looks_like_clause(tokens[k:], entry["name"], 0, window=8):
                return ve + pos + len(" ".join(tokens[:k])) + 1, "verb_addressee_clause"
        for k in (1, 2, 3):
            # "told the jury Brannick had been paid twice", "told reporters Quennel would not run": a lower-case
            # addressee, then a clause opening on a name right before its finite or past-tense verb
            if k + 1 < len(tokens) and tokens[k][:1].isupper() and tokens[k][-1:].isalpha() \
                    and all(t[:1].islower() and t[-1:].isalpha() for t in tokens[:k]) \
                    and (tokens[k + 1].lower() in _FINITE or tokens[k + 1].lower() in _IRREGULAR_PAST
                         or _PAST.fullmatch(tokens[k + 1].lower())):
                return ve + pos + len(" ".join(tokens[:k])) + 1, "verb_addressee_clause"
    if entry["name"] in d.rules.get("clause_object_verbs", []):
        # "said strikes in France and floods that shut the line had cost …": a long subject,
        # or one with an aside in commas ("said staff shortages, not strikes, were …")
        words = rest[pos:].split(";")[0].split()[:20]
        if len(words) >= 4 and _looks_like_clause(words, entry["name"], 0, window=20, gerund_ok=True):
            return ve + pos, "verb_clause_long_subject"
        if len(words) >= 4 and _past_predicate(words):
            return ve + pos, "verb_clause_past"
        if _present_predicate(words):
            return ve + pos, "verb_clause_present"
        aside = _SUBJECT_ASIDE.match(rest, pos)
        if aside and _past_predicate((aside.group(1) + " " + rest[aside.end():]).split(";")[0].split()[:20]):
            # "said the margin, about eight points, made a recount pointless": the subject's noun phrase, an
            # apposition in commas, then the past-tense verb of the reported clause
            return ve + pos, "verb_clause_past"
    elif entry["name"] in d.rules.get("clause_past_verbs", []) and d.text[max(0, ve - 3):ve] != "ing":
        # "insisted the budget stayed within limits": a finite reporting verb, then a clause whose verb is a
        # past tense (a participle, "noting the cost …", is left alone: its object is mostly a noun phrase)
        words = rest[pos:].split(";")[0].split()[:20]
        if len(words) >= 4 and _past_predicate(words):
            return ve + pos, "verb_clause_past"
    return None


# a colon, then an opening quotation mark: where a reported clause hands over to the quotation that bears it out
_COLON_THEN_QUOTE = re.compile(r":[ \t]*[“\"‘']")


def _clause_before_colon_quote(d: QuoteContext, vm, vs: int, ve: int, word: str, entry: dict, limit: int) -> dict | None:
    """``He now says he was wrong about that: “It has split the town.”``: the speech verb that introduces the
    quotation after the colon (a cue the direct rules used) also reports the clause before the colon. None when
    no clause stands there ("said: “…”", "said the following: “…”")."""
    colon = _COLON_THEN_QUOTE.search(d.text, ve, limit)
    if colon is None or d.in_marks(colon.start()):
        return None
    return _clause_row(d, _clause_after(d, vm.end(), colon.start(), entry), colon.start(), vs, ve, word, entry)


def _clause_row(d: QuoteContext, found: tuple[int, str] | None, limit: int, vs: int, ve: int, word: str,
                entry: dict) -> dict | None:
    """The indirect row of a reported clause that ``_clause_after`` found (its start and rule), cut at its end
    before ``limit`` and spoken by the verb's subject; None for no clause, or one under 8 characters."""
    if not found:
        return None
    cs, rule = found
    ce = _clause_end(d, cs, limit)
    if ce - cs < 8:
        return None
    return quote_row(d, cs, ce, "indirect", d.verb_speaker(vs, ve, word), word, entry["stance"], (vs, ve), rule)


def indirect_quotes(d: QuoteContext, used_cues: set[int]) -> list[dict]:
    rows: list[dict] = []
    text = d.text
    for si, s in enumerate(d.sents):
        pe = d.paragraph_end(s["start"])
        if (text[pe - 1] not in _END_PUNCT and not (text[pe - 1] == ":" and s["end"] < pe - 1)) or s["kind"] != "body":
            # headlines and subheadings attribute nothing (a paragraph that ends in a colon after a sentence of its
            # own, "… 2,300 staff. Its vice-chancellor released the following statement:", is body copy)
            continue
        limit = s["end"]
        claimed: list[tuple[int, int]] = []
        for vm in d.sentence_verbs(si):
            word, entry, vs, ve = verb_entry(vm, d.forms, d.cb)
            if entry.get("name") == "ask" and vs not in used_cues and not any(a <= vs < b for a, b in claimed):
                row = _asked_question(d, s, vs, ve, word, entry)
                if row is not None:
                    rows.append(row)
                    claimed.append((row["start"], row["end"]))
                continue
            if vs in used_cues and entry.get("clause") is not False and not d.in_marks(vs):
                row = _clause_before_colon_quote(d, vm, vs, ve, word, entry, limit)
                if row is not None:
                    rows.append(row)
                    claimed.append((row["start"], row["end"]))
                continue
            if vs in used_cues or d.in_marks(vs) or entry.get("clause") is False or is_noun_use(text, vs, ve, d.rules):
                continue
            if any(a <= vs < b for a, b in claimed) or ends_with_to(text, s["start"], vs):
                continue
            if entry.get("name") in _ADDRESSEE_VERBS and not word.lower().endswith("ing") \
                    and PASSIVE_BEFORE.search(text, max(0, vs - 30), vs) and not BY_AGENT.match(text, ve):
                continue  # "Staff were told they would …", "The council has been told that …": the subject is
                # the addressee of an agentless passive, nobody's attribution (blind set D call 13); "is telling
                # a packed hall that …" is the progressive of the subject's own report, not a passive; "The tribunal
                # was told by former engineer Naomi X that …" names who told it
            split = _split_subject(d, s, vs, ve, word, entry)
            if split:
                rows.extend(split)
                claimed.extend((r["start"], r["end"]) for r in split)
                continue
            found = _clause_after(d, vm.end(), limit, entry)
            if found and NEGATED.search(text, max(0, vs - 16), vs) and _WH_OPENS.match(text, found[0]):
                continue  # "did not say how the glass got in", "would not say whether …": nothing was reported
            if found:
                row = _clause_row(d, found, limit, vs, ve, word, entry)
                if row is not None:
                    rows.append(row)
                    claimed.append((row["start"], row["end"]))
                continue
            inv = _inverted(d, s, vs, ve, word, entry)
            if inv:
                rows.append(inv)
                claimed.append((inv["start"], inv["end"]))
                more = _continued_report(d, s, inv, ve, entry) if inv["rule"] == "clause_then_speaker_verb" else None
                if more:
                    rows.append(more)
                    claimed.append((more["start"], more["end"]))
        rows.extend(_according_to(d, s, claimed))
        rows.extend(_speech_noun(d, s, claimed))
    return rows


# a short subject opening the sentence, then the attribution set off by commas, up to its verb: "Brightwater, she "
# of "Brightwater, she said, had already started a list" (group 1: the subject)
_SPLIT_SUBJECT_BEFORE = re.compile(r"([A-Z][\w’'-]*(?:[ \t]+[\w’'-]+){0,3}),[ \t]+"
                                   r"(?:he|she|[A-Z][\w’'.-]*(?:[ \t]+[A-Z][\w’'.-]*){0,2})[ \t]+")
# the predicate after the attribution's closing comma, opened by an auxiliary or a modal (a finite verb for certain;
# a word in -ed may be an adjective, "affected workers"): ", had already started …"
_PREDICATE_AFTER = re.compile(r",[ \t]+(?=(?:had|has|have|was|were|is|are|would|will|could|can|should|might|may|must|"
                              r"did|does)\b)")
# a subject opened by a determiner and a noun: "The rest", "That rate"
_DETERMINER_SUBJECT = re.compile(r"(?:The|This|That|These|Those)[ \t]+[a-z]")


def _split_subject(d: QuoteContext, s: dict, vs: int, ve: int, word: str, entry: dict) -> list[dict]:
    """``SUBJECT, she said, PREDICATE.``: a report split around its attribution after its subject gives two
    indirect rows of that speaker, the subject and the predicate ("Brightwater, she said, had already started a
    list of local businesses": gold README rule 10, "like a split quote"). Only for a short subject (one to four
    words) that is a name the mention layer found or a determiner and its noun ("The rest"), not a sentence adverb
    ("However", "Overall", "Sadly"), after a he/she or a name (not the hearsay of "they say"), and a predicate
    opened by an auxiliary or a modal; [] otherwise."""
    text = d.text
    lo = after_dateline(text, s["start"], vs)
    m = _SPLIT_SUBJECT_BEFORE.fullmatch(text, lo, vs)
    if m is None or d.in_marks(m.start(1)):
        return []
    # (a subject is a name the mention layer found, or a determiner and its noun: "Overall", "Sadly", "Never before"
    # or "Together" before the commas open no subject)
    if not (_DETERMINER_SUBJECT.match(m.group(1))
            or any(x.start == m.start(1) for x in d.mentions_within(m.start(1), m.end(1)))):
        return []
    p = _PREDICATE_AFTER.match(text, ve)
    if p is None:
        return []
    cs = p.end()
    ce = _clause_end(d, cs, s["end"])
    if ce - cs < 8:
        return []
    spk = d.verb_speaker(vs, ve, word)
    return [quote_row(d, m.start(1), m.end(1), "indirect", spk, word, entry["stance"], (vs, ve), "subject_before_split_speaker"),
            quote_row(d, cs, ce, "indirect", spk, word, entry["stance"], (vs, ve), "predicate_after_split_speaker")]


# the words that open a reported question ("asked whether …") or a question left open ("did not say how …")
_WH_WORDS = r"(?:whether|if|why|how|what|when|where|who)\b"
# a clause opened by one (or "which"): after a denied speech verb ("did not say how", "would not say whether"), no report
_WH_OPENS = re.compile(r"(?:" + _WH_WORDS + r"|which\b)", re.I)
# "asked (him) whether/why/how …": a reported question, the wh-word or "whether" opening it (group 1)
_ASKED_WH = re.compile(r"[ \t]+(?:(?:him|her|them|us|me|the[ \t]+\w+(?:[ \t]+\w+)?)[ \t]+)?"
                       r"(" + _WH_WORDS + r")")
# an auxiliary of the passive or the perfect right before "asked": "was asked whether" (someone else asked),
# "have asked why" (readers in general), which report no one's question
_ASKED_AUX = re.compile(r"\b(?:was|were|been|being|is|are|be|have|has|had|get|got)[ \t]+(?:\w+ly[ \t]+)?$", re.I)


def _asked_question(d: QuoteContext, s: dict, vs: int, ve: int, word: str, entry: dict) -> dict | None:
    """``X asked (him) whether/why/how CLAUSE``: a reported question, an *indirect* row whose text keeps the
    wh-word or "whether", verb ``asked`` (gold: blind set T's header, call 1; sets O and Z likewise). Only for
    the active simple form with its subject before it: a passive or a participle framing ("was asked whether",
    "X, asked whether …, said", "Asked whether …, she paused") is someone else's question and gives no row;
    the question must be a clause (a subject or a finite verb in its first twenty words)."""
    text = d.text
    if word not in ("asked", "asks") or _ASKED_AUX.search(text, max(s["start"], vs - 20), vs) \
            or not text[s["start"]:vs].strip():
        return None
    m = _ASKED_WH.match(text, ve, s["end"])
    if m is None or d.in_marks(m.start(1)):
        return None
    cs = m.start(1)
    ce = _clause_end(d, cs, s["end"])
    words = text[cs:ce].split()
    if len(words) < 4 or not (_looks_like_clause(words[1:], "ask", 0, window=20) or _past_predicate(words[1:])):
        return None
    if text[s["start"]:vs].rstrip().endswith(",") \
            and any(d.verb_re.match(text, c.end()) for c in _COMMA_THEN_WORD.finditer(text, cs, s["end"])):
        # "A union spokesman, asked whether a strike was likely, said …": a participle aside, the main verb after
        # its comma ("Another analyst, Ana X of Y Partners, asked whether …" after an apposition is the finite verb)
        return None
    spk = d.verb_speaker(vs, ve, word)
    return quote_row(d, cs, ce, "indirect", spk, word, entry["stance"], (vs, ve), "asked_question")


# a noun phrase opening the words after a verb: its object ("most of the code", "the report", "his memoir"); a
# determiner of _DETERMINERS or a quantifier
_OBJECT_OPENS = re.compile(r"(?:" + "|".join(sorted((_DETERMINERS - {"newly", "recently", "widely", "so-called",
                                                                      "long-awaited", "no", "any", "our", "my", "your"})
                                                     | {"most", "all", "much", "many", "several"})) + r")\b")
# ... but not a time ("the company said this week", "she said a day later", "the bank said each time")
_TIME_WORDS = re.compile(r"\b(?:days?|weeks?|months?|years?|morning|afternoon|evening|night|weekend|time|times|later|"
                         r"earlier|ago|spring|summer|autumn|winter|season|hours?|minutes?)\b")
# what may stand between a clause-first attribution's verb and a narrator's aside: nothing, or a time
# or place ("the company said on Wednesday, hours after …"), never an object ("reported successful
# interceptions, declaring …" is an act, not a report of the clause before)
_ATTRIBUTION_TAIL = re.compile(r"(?:(?:on|in|at|last|this|late|early|earlier|later|yesterday|today|tonight|overnight|"
                               r"during|from|to)\b.*)?", re.S)


def _inverted(d: QuoteContext, s: dict, vs: int, ve: int, word: str, entry: dict) -> dict | None:
    """``CLAUSE, X said (on Monday).``: the clause before the attribution; else ``CLAUSE, said X.``"""
    return _subject_first(d, s, vs, ve, word, entry) or _verb_first(d, s, vs, ve, word, entry)


# a noun of a claim, then another's determiner: "a figure the unions (dispute)" is the object of a relative clause
# whose subject follows ("the unions"), not a subject of its own ("a witness the police interviewed said" is one;
# round 28)
_REDUCED_RELATIVE = re.compile(r"(?:[Aa]n?|[Tt]he)\s+(?:figure|figures|claim|number|estimate|account|version|allegation|"
                               r"charge|sum|total|view|suggestion)\s+(?:the|its|their|his|her|an?|many|some|most)\s+")


def _subject_first(d: QuoteContext, s: dict, vs: int, ve: int, word: str, entry: dict) -> dict | None:
    """``CLAUSE, X said (on Monday).``: the clause before the attribution."""
    text = d.text
    tail = text[ve:s["end"]].strip(" .!?")
    stopper = _stopper_re(tuple(d.rules.get("clause_stoppers", []))).search(tail)
    if stopper and not d.in_marks(ve + stopper.start()):
        tail = tail[:stopper.start()]  # "…, she said, though the trial did not test this": the narrator's aside
    comma = tail.find(",")
    if comma >= 0 and not d.in_marks(ve + comma) and _ATTRIBUTION_TAIL.fullmatch(tail[:comma].strip()):
        # "…, the company said on Wednesday, hours after the regulator opened …", "…, the government has
        # confirmed, three years later than promised": after the attribution's own words, an aside set
        # off by a comma is the narrator's
        tail = tail[:comma]
    to = _TO_WORD.search(tail)
    if to and _INFINITIVE.fullmatch(to.group(1)):
        return None  # "… and told her to learn them": a request with a to-infinitive, no clause before it
    # (a channel may take a longer tail: "…, the council said in a statement released moments after the vote")
    channel = _channel_re(tuple(d.rules.get("channel_nouns", []))).match(tail)
    if len(tail.split()) > (12 if channel else 6) or _THAT_WORD.search(tail):
        return None
    if _OBJECT_OPENS.match(tail) and not _TIME_WORDS.search(tail) and entry["name"] not in _ADDRESSEE_VERBS:
        # "…; Brekke, 37, wrote most of the app's early code": an object after the verb makes it the verb of an
        # act of the subject's, not a clause-first attribution (an addressee may follow "told": "told the Herald")
        return None
    left = text[s["start"]:vs]
    commas = [i for i, ch in enumerate(left) if ch == "," and not d.in_marks(s["start"] + i)]
    for ci in reversed(commas[-3:]):
        region = left[ci + 1:].strip()
        if not region:
            continue
        if _WHICH_ASIDE.match(region):
            continue  # "…, Atlantic Nations Rugby, which runs the series, said": the subject's relative aside
        if region[0].islower() and not _LOWER_SUBJECT.match(region) and not _lower_role_then_name(region):
            # ("…, launch provider Valkyr Orbital said", "…, defence minister Ana X said": lower-case words of a
            # role or a kind of body, then the name; round 32, blind set CT)
            return None
        if _REDUCED_RELATIVE.match(region):
            return None  # "…, a figure the unions dispute.": a noun and a relative clause with no "that", no report
        words = region.split()
        aux = set(d.rules.get("between_subject_and_verb", []))
        while words and words[-1].lower() in aux:
            words.pop()  # "…, the trust has confirmed": the auxiliary belongs to the attribution
        if len(words) > 12 or any(w.lower() in _FINITE for w in words):
            return None
        if _POSSESSIVE_NAME.match(region) and ci != commas[0]:
            continue  # an appositive ("Trump's special envoy,"): the subject is further left
        clause_lo = after_dateline(text, s["start"], s["start"] + ci)
        lead = _LEAD.match(text[clause_lo:s["start"] + ci])
        if lead and len(lead.group(0).split()) <= 3:
            clause_lo += lead.end()
        ce = s["start"] + ci
        if PARTICIPLE_OPENER.match(text, clause_lo):
            return None  # "Asked about the cost of the lane, the council said in an email …": a question, no report
        if len(text[clause_lo:ce].split()) < 4 or _ACCORDING.match(text, clause_lo):
            # (an "According to X," before the comma is an attribution, not a clause: "According to the
            # district's own survey, 58 per cent of parents who responded opposed the change")
            return None
        # "…, a new study has found": the auxiliary belongs to the verb, not to the speaker's words
        keep = left[ci + 1:].rstrip()
        while True:
            parts = keep.rsplit(None, 1)
            if len(parts) < 2 or parts[1].lower() not in aux:
                break
            keep = parts[0].rstrip()
        if _AGE.fullmatch(keep.strip(" ,")):
            return None  # "The defendant, Ronan X, 52, denies fraud": an age in commas is no speaker
        spk = d.phrase(s["start"] + ci + 1, s["start"] + ci + 1 + len(keep))
        if not spk[0] and not spk[1]:
            return None
        return quote_row(d, clause_lo, ce, "indirect", spk, word, entry["stance"], (vs, ve), "clause_then_speaker_verb")
    return None


# after a clause-first attribution's verb: its own words of time or place, then ", and" / ", but" and the rest
# (group 1): "The sandbanks move every winter, she explains, and the charts are always a season behind."
_AFTER_ATTRIBUTION = re.compile(r"(?:[ \t]+(?:on|in|at|last|this|late|early|earlier|later|yesterday|today|tonight)\b"
                                r"[^,;:.!?“”\"\n]{0,40})?,[ \t]+(?:and|but)[ \t]+(?=\S)")


def _continued_report(d: QuoteContext, s: dict, inv: dict, ve: int, entry: dict) -> dict | None:
    """``A, X said, and B.`` / ``A, X said, but B.``: the report goes on after its clause-first attribution, and
    B is a second indirect row of the same speaker and verb, like a split quote (gold README, blind set A call
    10: "The sandbanks move every winter, she explains, and the charts are always a season behind" gives two
    rows). Only when B is a clause (a finite verb in its first words) with no speech verb of its own (that would
    be a second attribution, found by its own verb)."""
    m = _AFTER_ATTRIBUTION.match(d.text, ve, s["end"])
    if m is None or d.in_marks(m.end()):
        return None
    cs = m.end()
    ce = _clause_end(d, cs, s["end"])
    words = d.text[cs:ce].split()
    if len(words) < 4 or d.verb_re.search(d.text, cs, ce) \
            or not (_looks_like_clause(words, entry["name"], 0) or _past_predicate(words)):
        return None
    spk = (inv["speaker"], inv["speaker_text"], inv["speaker_mention_start"], inv["speaker_mention_end"])
    return quote_row(d, cs, ce, "indirect", spk, inv["verb"], inv["verb_stance"], (inv["cue_start"], inv["cue_end"]),
                     "clause_continued_after_speaker")


def report_continued_after(d: QuoteContext, row: dict) -> dict | None:
    """:func:`_continued_report` for a clause-first row another module made (direct.py's clause that ends in a quoted
    fragment: "Other firms had “done the sums”, she added, and more closures were likely"), or None."""
    entry = d.forms.get(row["verb"].lower()) if row["verb"] else None
    if entry is None or row["cue_end"] < 0:
        return None
    return _continued_report(d, d.sents[d.sent_of(row["cue_start"])], row, row["cue_end"], entry)


# the subject after a verb-first attribution, up to a comma, a time or the sentence end: "said Ana Ruiz", "said the
# port's harbour master", "said one trader"; a capital or a determiner opens it
_SUBJECT_AFTER_VERB = re.compile(r"[ \t]+(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|January|"
                                 r"February|March|April|May|June|July|August|September|October|November|December|"
                                 r"Today|Yesterday|Tonight|Earlier|Later)\b)((?:[A-Z][\w’'.&-]*|the|a|an|one|another)(?:[ \t]+[\w’'.&-]+){0,7}?)"
                                 r"[ \t]*(?=,|[.!?]?[ \t]*$|[ \t]+(?:on|in|at|last|this|yesterday|today|earlier|later)\b)")


def _verb_first(d: QuoteContext, s: dict, vs: int, ve: int, word: str, entry: dict) -> dict | None:
    """``CLAUSE, said X[, apposition].``: the clause before a comma, then the verb before its subject (news
    copy's verb-first attribution: "Cheap fuel is a mixed blessing, said Ana Ruiz, an analyst at Y"). The
    quoted form (“…,” said X) is the direct rules'; here the comma before the verb is the narrator's."""
    text = d.text
    left = text[s["start"]:vs]
    if not left.rstrip(" \t").endswith(",") or not word.islower() or word.endswith("ing"):
        return None  # (", adding a list of times": a participle of the sentence's own subject)
    comma = s["start"] + len(left.rstrip(" \t")) - 1
    if d.in_marks(comma) or text[comma - 1:comma] in "”\"’'":
        return None  # “…,” said X: a direct quote
    subj = _SUBJECT_AFTER_VERB.match(text, ve, s["end"])
    if subj is None or any(w.lower() in _FINITE for w in subj.group(1).split()):
        return None
    clause_lo = after_dateline(text, s["start"], comma)
    lead = _LEAD.match(text[clause_lo:comma])
    if lead and len(lead.group(0).split()) <= 3 and _has_verb(text[clause_lo + lead.end():comma].split()):
        clause_lo += lead.end()  # "On Monday, prices rose, said X": the fronted time is the narrator's
    words = text[clause_lo:comma].split()
    if any(not d.in_marks(clause_lo + m.start()) for m in d.verb_re.finditer(text[clause_lo:comma])):
        return None  # "X posted that A, and B": the clause has its own speech verb, the verb after is a second act
    if len(words) < 4 or _ACCORDING.match(text, clause_lo) or d.in_marks(clause_lo) \
            or not (_has_verb(words) or _looks_like_clause(words, entry["name"], 0, window=12)):
        return None
    spk = d.phrase(subj.start(1), subj.start(1) + len(subj.group(1).rstrip(".")))
    if not spk[0] and not spk[1]:
        return None
    return quote_row(d, clause_lo, comma, "indirect", spk, word, entry["stance"], (vs, ve), "clause_then_verb_speaker")


# an apposition after the source of "according to", up to its closing comma: an indefinite noun phrase with no verb
# that could make it the reported clause ("a lecturer at Harrow University,", not "a third were wrong,"; a definite
# one is too often the clause's own subject: "the figures, which …, are wrong")
_APPOSITION_THEN_COMMA = re.compile(r"an?[ \t\u00a0]+(?!(?:[^,.;:!?]*?\b(?:is|are|was|were|be|been|has|have|had|"
                                    r"will|would|can|could|may|might|should|must|did|does|do|[a-z]+ed)\b))"
                                    r"[^,.;:!?“”\"]{1,80}?,[ \t\u00a0]")
# a relative clause on the source of "according to": "a leaked audit that blames …", "a report which found …"
_RELATIVE_AFTER_SOURCE = re.compile(r",?[ \t\u00a0]+(?:that|which|who)[ \t\u00a0]")


# past participles not in -ed that open an aside on a document after "according to" ("According to a report by
# X, seen by the Courier, …", "…, written in 2019, …")
# ("put simply" and "given the cost" comment on the clause: no aside on the source)
_IRREGULAR_PARTICIPLES = frozenset({"seen", "written", "drawn", "shown", "sent", "taken", "made", "held",
                                    "known", "read", "led", "run", "done", "brought", "set", "sold"})


# the source of an "according to" aside, its comma, and no relative clause after it: "three people who attended, "
_ASIDE_THEN_REPORT = re.compile(r"[^,]+,[ \t\u00a0]+(?!(?:who|which|whose|where|when)\b)")
# a prepositional phrase of place or time, up to six words, opened by a determiner or a day: "At that meeting", "In a
# call on Friday", "On Tuesday" (not "At least 12 people died": round 32 review)
_FRONTED_PLACE_OR_TIME = re.compile(r"(?:At|In|On|During|After|Before|Since|Until|Over|Inside|Outside)[ \t\u00a0]+"
                                    r"(?:the|a|an|that|this|its|his|her|their|Monday|Tuesday|Wednesday|Thursday|"
                                    r"Friday|Saturday|Sunday)\b(?:[ \t\u00a0]+[^\s,]+){0,4}")
# words that make a clause of such a phrase: a finite verb ("In the spring sales fell")
_FINITE_IN_PHRASE = re.compile(r"\b(?:[a-z]+ed|is|are|was|were|has|have|had|will|would|can|could|did|does|do|fell|"
                               r"rose|grew|went|came|made|took|lost|won|cut|shut|left|began|said|told|says)\b")


def _fronted_place_or_time(phrase: str) -> bool:
    """Is ``phrase`` a fronted phrase of place or time with no verb in it ("At that meeting", "On Tuesday")?"""
    return _FRONTED_PLACE_OR_TIME.fullmatch(phrase) is not None and _FINITE_IN_PHRASE.search(phrase) is None


def _according_to(d: QuoteContext, s: dict, claimed: list) -> list[dict]:
    """``according to X, CLAUSE`` and ``CLAUSE, according to X``."""
    text, rows = d.text, []
    if not d.has_according_to:  # most documents have none: skip the scan of every sentence
        return rows
    for m in _ACCORDING.finditer(text[s["start"]:s["end"]]):
        a = s["start"] + m.start()
        np_lo = s["start"] + m.end()
        if any(x <= a < y for x, y in claimed) or d.in_marks(a):
            continue
        before = text[s["start"]:a]
        if not before.strip() or _LEAD_NAME.fullmatch(before):
            rest = text[np_lo:s["end"]]
            cut = 0
            for c in _COMMA_SPACE.finditer(rest):
                nxt = rest[c.end():].split(" ", 1)[0]
                cut = c.start()
                # (a person's or a body's: "According to Voices Together, a membership body for choirs, …")
                named = d.persons_before(max(np_lo, np_lo + c.start() - 80), np_lo + c.start(), True)  # (bounded: linear)
                if named and named[-1].end == np_lo + c.start() and _APPOSITION_THEN_COMMA.match(rest, c.end()):
                    continue  # "According to Ana X, a lecturer at Y, the figures …": her apposition, then the clause
                if not ((nxt.endswith("ed") or nxt in _IRREGULAR_PARTICIPLES) and nxt[:1].islower()) \
                        and nxt not in ("who", "which"):
                    break
            if not cut:
                continue
            np_end = np_lo + len(re.split(r",", rest[:cut])[0])
            cs = np_lo + cut + len(_COMMA_SPACE.match(rest[cut:]).group(0))
            ce = _clause_end(d, cs, s["end"], stop=False)
            rule = "according_to_then_clause"
        elif before.rstrip().endswith(",") and not any(x >= s["start"] and y <= a for x, y in claimed):
            cs = after_dateline(text, s["start"], a)
            lead = _CAP_LEAD.match(before)
            if lead:
                cs += lead.end()
            ce = s["start"] + len(before.rstrip()) - 1
            np_end = s["start"] + len(text[s["start"]:s["end"]].rstrip(" .!?"))
            aside = _ASIDE_THEN_REPORT.match(text, np_lo, np_end) if _fronted_place_or_time(text[cs:ce]) else None
            if aside is not None and d.verb_re.search(text, aside.end(), min(np_end, aside.end() + 120)):
                # "At that meeting, according to three people who attended, Mr. X said …": a fronted phrase of place
                # or time, an aside naming the source, then a subject and its speech verb: the report is the
                # sentence's own, no clause before "according to" (round 32, blind set CT; not "At least 12 people
                # died, according to the police, who said …", whose aside is a relative clause: round 32 review)
                continue
            rel = _RELATIVE_AFTER_SOURCE.search(text, np_lo, np_end)
            if rel is not None:
                # "…, according to a leaked audit that blames the ministry for …": the source is the noun
                # phrase before its relative clause (the body the clause names is what the source speaks of)
                np_end = rel.start()
            rule = "clause_then_according_to"
        else:
            continue
        if ce - cs < 8:
            continue
        spk = d.phrase(np_lo, np_end)
        rows.append(quote_row(d, cs, ce, "indirect", spk, "", "", (a, np_end), rule))
        claimed.append((cs, ce))
    return rows


def _speech_noun(d: QuoteContext, s: dict, claimed: list) -> list[dict]:
    """``the Kremlin's response was ...: CLAUSE``: a speech noun, a possessor, a colon."""
    nouns = d.rules.get("speech_nouns", [])
    if not "|".join(nouns):  # no nouns: nothing to match (as an empty alternation would not)
        return []
    seg = d.norm[s["start"]:s["end"]]  # the sentence with straight apostrophes
    if "'s" not in seg or ":" not in seg:  # both are literal parts of every match
        return []
    m = _speech_noun_re(tuple(nouns)).search(seg)
    if not m:
        return []
    cs = s["start"] + m.end()
    if any(x <= cs < y for x, y in claimed):
        return []
    ce = _clause_end(d, cs, s["end"], stop=False)
    ps, pe = s["start"] + m.start(1), s["start"] + m.end(1)
    owner = d.mentions_within(ps, pe)  # (a bisection, not a scan of every mention of the document per sentence)
    spk = (owner[-1].actor, owner[-1].text, owner[-1].start, owner[-1].end) if owner else d.phrase(ps, pe)
    return [quote_row(d, cs, ce, "indirect", spk, "", "", (s["start"] + m.start(1), s["start"] + m.end(1)), "speech_noun_colon")]
