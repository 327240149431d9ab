"""Quotes: who is reported as saying what, with which verb, and how.

One row per quotation (the ``quotes`` table):

* ``direct``: the words inside double quotation marks, curly or straight,
  without the marks (the span convention of ``tests/data/gold/README.md``). A
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
"""
from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

from .speakers import Mention, compatible, find_mentions, normalise, resolve_phrase
from .tables import define_table, make_table

COLUMNS = {
    "doc_id": "document id",
    "quote_id": "quote id, unique in the corpus: '<doc_id>-q<NNN>' in text order",
    "start": "offset of the first quoted (or reported) character in clean_text; quote marks are outside",
    "end": "offset just past the quote",
    "text": "the quoted words (clean_text[start:end]); for indirect quotes the reported clause",
    "kind": "'direct', 'partial', 'indirect', or 'scare' (quoted words that are a label or title, not speech)",
    "speaker": "canonical actor (codebook name, or a name found in the text); '' if anonymous or unknown",
    "speaker_text": "the words that name the speaker ('he', 'the Ukrainian leader', 'officials')",
    "verb": "the attribution verb as written ('said', 'insisting'); '' for 'according to' and similar",
    "verb_stance": "stance class of the verb from codebook/verbs.toml (neutral, endorsing, distancing, ...)",
    "cue_start": "offset of the attribution cue (speaker words or verb) in clean_text, -1 if none",
    "cue_end": "offset just past the cue, -1 if none",
    "rule": "the rule that found the quote (e.g. 'quote_then_speaker_verb', 'verb_that_clause')",
}
define_table("quotes", "one row per quotation: direct, partial, indirect (and scare quotes, marked)", COLUMNS, "quotes")

_OPEN, _CLOSE = "“", "”"
_END_PUNCT = ".!?\"”’)"
_SUBJ_START = {"he", "she", "it", "they", "we", "i", "there", "his", "her", "its", "their", "our", "you"}
_FINITE = {"is", "are", "was", "were", "will", "would", "can", "could", "should", "might", "may", "must", "had",
           "has", "have", "did", "does", "do", "remain", "remains", "wants", "needs", "plans", "aims", "hopes",
           "expects", "continues", "won't", "can't", "isn't", "wasn't", "aren't", "weren't", "don't", "doesn't"}
_ADVERBIAL = re.compile(r"(?:to|on|in|at|via|through|during|after|before|last|this|earlier|later|today|yesterday|"
                        r"also|again|publicly|privately|repeatedly|recently|previously|then|once)\b", re.I)
_NP_START = re.compile(r"(?:[A-Z]|the\b|a\b|an\b|his\b|her\b|their\b|its\b|he\b|she\b|they\b|it\b|we\b|i\b)")


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
    pats = [rf"\b({'|'.join(map(re.escape, words))})\b"] + [p for p in alts]
    for v in verbs:
        if v.get("pattern"):
            forms["__pattern__" + v["name"]] = v
    return re.compile("|".join(f"(?:{p})" for p in pats), re.I), forms


def speech_verbs(codebook: dict) -> tuple[re.Pattern, dict[str, dict]]:
    """The codebook's speech verbs: one regex for all forms and ``form -> entry``."""
    key = tuple(tuple(sorted((k, tuple(v) if isinstance(v, list) else v) for k, v in e.items()))
                for e in codebook.get("speech_verbs", []))
    return _verb_table(key)


def _verb_entry(match: re.Match, forms: dict[str, dict], codebook: dict) -> tuple[str, dict, int, int]:
    """The verb word, its codebook entry and its offsets, for a match of the verb regex."""
    for i, g in enumerate(match.groups(), start=1):
        if g is not None:
            word = g
            entry = forms.get(g.lower())
            if entry is None:  # a multi-word pattern: find its entry
                entry = next(v for v in codebook.get("speech_verbs", [])
                             if v.get("pattern") and re.fullmatch(v["pattern"], match.group(0), re.I))
            return word, entry, match.start(i), match.end(i)
    raise ValueError("empty verb match")


# ---------------------------------------------------------------- quote marks

def quote_marks(text: str, paras: list[dict]) -> list[tuple[int, int]]:
    """``(open, close)`` offsets of double-quoted spans in the document.

    Curly marks pair “ with ”; straight marks alternate within a paragraph.
    An open quote at a paragraph end continues if the next paragraph starts
    with an opening mark (the convention for a quotation over several
    paragraphs); otherwise it ends at the paragraph end (``close`` is the
    paragraph end, where no mark stands).
    """
    spans: list[tuple[int, int]] = []
    open_at: int | None = None
    for k, p in enumerate(paras):
        straight = None if open_at is None or text[open_at] != '"' else open_at
        skip_first = open_at is not None
        for i in range(p["start"], p["end"]):
            ch = text[i]
            if skip_first and i == p["start"] and ch in '“"':
                continue
            if ch == _OPEN and open_at is None:
                open_at = i
            elif ch == _CLOSE and open_at is not None and text[open_at] == _OPEN:
                spans.append((open_at, i))
                open_at = None
            elif ch == '"':
                if straight is None:
                    straight = open_at = i
                else:
                    spans.append((straight, i))
                    straight = open_at = None
        if open_at is not None:
            nxt = paras[k + 1] if k + 1 < len(paras) else None
            if nxt is None or text[nxt["start"]] not in '“"':
                spans.append((open_at, p["end"]))
                open_at = None
    return spans


# ---------------------------------------------------------------- the per-document pass

class _Doc:
    """Per-document working state (built and used inside :func:`document_quotes` only)."""

    def __init__(self, doc, codebook: dict):
        self.doc, self.cb, self.text = doc, codebook, doc.clean_text
        self.rules = codebook.get("quote_rules", {})
        self.verb_re, self.forms = speech_verbs(codebook)
        self.mentions = find_mentions(self.text, codebook)
        self.marks = quote_marks(self.text, doc.paragraphs)
        self.sents = doc.sentences
        self.subject: dict[int, Mention | str] = {}

    def in_marks(self, pos: int) -> bool:
        return any(o <= pos <= c for o, c in self.marks)

    def sent_of(self, pos: int) -> int:
        for i, s in enumerate(self.sents):
            if s["start"] <= pos < s["end"] + 1:
                return i
        return len(self.sents) - 1

    def persons_before(self, lo: int, pos: int, any_kind: bool = False) -> list[Mention]:
        return [m for m in self.mentions if lo <= m.start and m.end <= pos and not m.possessive
                and not self.in_marks(m.start) and (any_kind or m.kind == "person")]

    def actor_of(self, name: str) -> Mention | None:
        return next((m for m in self.mentions if m.actor == name), None)

    def resolve_pronoun(self, pos: int, gender: str) -> str:
        """The actor a he/she at ``pos`` refers to: an earlier person in the same
        sentence, else the subject (first speaker or person) of the nearest
        earlier sentence that has a compatible one."""
        si = self.sent_of(pos)
        here = [m for m in self.persons_before(self.sents[si]["start"], pos) if compatible(m, gender)]
        if here:
            return here[-1].actor
        for j in range(si - 1, max(-1, si - 8), -1):
            subj = self.subject.get(j)
            if isinstance(subj, Mention) and compatible(subj, gender):
                return subj.actor
            cands = [m for m in self.persons_before(self.sents[j]["start"], self.sents[j]["end"]) if compatible(m, gender)]
            if cands:
                return cands[0].actor
        return ""

    def note_subject(self, pos: int, actor: str) -> None:
        si = self.sent_of(pos)
        m = self.actor_of(actor)
        if si not in self.subject and m is not None and m.kind == "person":
            self.subject[si] = m

    def phrase(self, s: int, e: int) -> tuple[str, str, int, int]:
        return resolve_phrase(self.text, s, e, self.mentions, self.cb, self.resolve_pronoun)

    def verb_speaker(self, vs: int, ve: int, word: str) -> tuple[str, str, int, int]:
        """Speaker of a speech verb at ``vs``: its subject phrase, or for a
        participle or a coordinated verb the nearest person before it."""
        si = self.sent_of(vs)
        lo = self.sents[si]["start"]
        left = self.text[lo:vs]
        coord = re.search(r"(?:\b(?:and|but)\s+(?:\w+ly\s+)?|,\s*)$", left)
        if word.lower().endswith("ing") or (coord and not left.rstrip().endswith(",")):
            return self._nearest(lo, vs)
        cut = max(left.rfind(","), left.rfind(";"), left.rfind(":"), left.rfind("”"), left.rfind('"'),
                  _last(left, r"\bthat\b"), _last(left, r"\b(?:and|but)\b"))
        region_lo = lo + cut + 1 if cut >= 0 else lo
        region = self.text[region_lo:vs]
        aux = set(self.rules.get("between_subject_and_verb", []))
        words = region.split()
        while words and words[-1].lower() in aux:
            words.pop()
        if not words and cut >= 0 and left[cut] == ",":
            segs = left[:cut].split(",")
            back = ",".join(segs[-3:])
            region_lo = lo + cut - len(back)
            region = self.text[region_lo:lo + cut]
        elif not words:
            return self._nearest(lo, vs)
        else:
            region = region[:len(region) - len(region.lstrip())] + " ".join(words)
        speaker, stext, s, e = self.phrase(region_lo, region_lo + len(region.rstrip()))
        if not speaker and not stext:
            return self._nearest(lo, vs)
        return speaker, stext, s, e

    def _nearest(self, lo: int, pos: int) -> tuple[str, str, int, int]:
        people = self.persons_before(lo, pos)
        if people:
            m = people[-1]
            return m.actor, m.text, m.start, m.end
        pm = list(re.finditer(r"\b(he|she|He|She)\b", self.text[lo:pos]))
        if pm:
            p = pm[-1]
            s = lo + p.start()
            return self.resolve_pronoun(s, "male" if p.group(1).lower() == "he" else "female"), p.group(1), s, s + len(p.group(1))
        anyone = self.persons_before(lo, pos, any_kind=True)
        if anyone:
            m = anyone[-1]
            return m.actor, m.text, m.start, m.end
        return "", "", -1, -1


def _last(text: str, pattern: str) -> int:
    """Index of the last character of the last match (so ``cut + 1`` is just past it), or -1."""
    found = list(re.finditer(pattern, text))
    return found[-1].end() - 1 if found else -1


def _is_noun_use(text: str, vs: int, ve: int) -> bool:
    """A verb form used as a noun: after a determiner ("in a report") or before a possessive ("state's")."""
    return bool(re.search(r"(?:a|an|the|this|its|his|her|their|our|no|any)\s+$", text[max(0, vs - 8):vs], re.I)
                or re.match(r"['’]s\b", text[ve:ve + 2]))


def _row(d: _Doc, start: int, end: int, kind: str, speaker: tuple, verb: str, stance: str, cue: tuple, rule: str) -> dict:
    if kind != "scare" and speaker[0]:
        d.note_subject(start, speaker[0])
    return {"doc_id": d.doc.doc_id, "quote_id": "", "start": start, "end": end, "text": d.text[start:end],
            "kind": kind, "speaker": speaker[0], "speaker_text": speaker[1], "verb": verb, "verb_stance": stance,
            "cue_start": cue[0], "cue_end": cue[1], "rule": rule}


def _direct(d: _Doc) -> list[dict]:
    """Rows for the quoted spans: direct, partial or scare, in text order."""
    rows: list[dict] = []
    text, prev_direct = d.text, None
    for qi, (o, c) in enumerate(d.marks):
        start, end = o + 1, c
        para_end = next(p["end"] for p in d.doc.paragraphs if p["start"] <= c <= p["end"])
        nxt_open = d.marks[qi + 1][0] if qi + 1 < len(d.marks) else len(text)
        after = text[c + 1:min(para_end, nxt_open)] if c < para_end else ""
        si = d.sent_of(o)
        lo = max(d.sents[si]["start"], d.marks[qi - 1][1] + 1 if qi and d.marks[qi - 1][1] < o else 0)
        before = text[lo:o]
        inner = text[start:end].strip()
        found = _after_cue(d, c + 1, after) or _before_cue(d, lo, before)
        if found:
            speaker, verb, stance, cue, rule = found
            rows.append(_row(d, start, end, "direct", speaker, verb, stance, cue, rule))
            prev_direct = rows[-1]
            continue
        sentence_start = not before.strip() or re.search(r"[.!?][\"”’)]?\s*$", before)
        if sentence_start and prev_direct is not None and o - prev_direct["end"] < 400:
            p = prev_direct
            rows.append(_row(d, start, end, "direct", (p["speaker"], p["speaker_text"]), p["verb"], p["verb_stance"],
                             (p["cue_start"], p["cue_end"]), "continues_previous_quote"))
            prev_direct = rows[-1]
            continue
        titles = d.rules.get("title_cues", [])
        if any(re.search(t, before[-50:], re.I) for t in titles):
            rows.append(_row(d, start, end, "scare", ("", ""), "", "", (-1, -1), "scare_title"))
            continue
        cue = _sentence_cue(d, si, o)
        if cue is None:
            rows.append(_row(d, start, end, "scare", ("", ""), "", "", (-1, -1), "scare_no_cue"))
            continue
        speaker, verb, stance, cue_span = cue
        full = len(inner.split()) >= 4 and inner[-1:] in ".!?" 
        rows.append(_row(d, start, end, "direct" if full else "partial", speaker, verb, stance, cue_span,
                         "quoted_clause_in_sentence" if full else "fragment_in_attributed_sentence"))
    return rows


def _good_np(np: str) -> bool:
    np = np.strip()
    return bool(np) and len(np.split()) <= 8 and bool(_NP_START.match(np))


def _after_cue(d: _Doc, pos: int, after: str):
    """``“…,” said X`` or ``“…,” X said``: attribution right after the closing mark."""
    m = re.match(r"\s*,?\s*", after)
    rest = after[m.end():]
    base = pos + m.end()
    vm = d.verb_re.match(rest)
    if vm:
        word, entry, vs, ve = _verb_entry(vm, d.forms, d.cb)
        np = re.match(r"\s*([^,.;:!?“”\"]+)", rest[vm.end():])
        if np and _good_np(np.group(1)):
            s = base + vm.end() + np.start(1)
            spk = d.phrase(s, s + len(np.group(1).rstrip()))
            return spk, word, entry["stance"], (base + vs, base + ve), "quote_then_verb_speaker"
    aux = set(d.rules.get("between_subject_and_verb", []))
    for np in re.finditer(r"\s+", rest[:90]):
        phrase = rest[:np.start()]
        if re.search(r"[,.;:!?“”\"]", phrase) or not _good_np(phrase):
            break
        tail = rest[np.end():]
        while True:
            w = re.match(r"(\w+)\s+", tail)
            if not w or w.group(1).lower() not in aux or d.verb_re.match(tail):
                break
            tail = tail[w.end():]
        vm = d.verb_re.match(tail)
        if vm and not re.match(r"['’]s\b", tail[vm.end():]):
            word, entry, vs, ve = _verb_entry(vm, d.forms, d.cb)
            off = base + len(rest) - len(tail)
            spk = d.phrase(base, base + len(phrase))
            return spk, word, entry["stance"], (off + vs, off + ve), "quote_then_speaker_verb"
    return None


def _before_cue(d: _Doc, lo: int, before: str):
    """``X said: “…”`` or ``…, adding, “…”``: a speech verb before a colon or comma."""
    if not re.search(r"[:,]\s*$", before):
        return None
    verbs = [vm for vm in d.verb_re.finditer(before) if not d.in_marks(lo + vm.start())]
    if not verbs:
        return None
    vm = verbs[-1]
    if len(before[vm.end():].split()) > 6:
        return None
    word, entry, vs, ve = _verb_entry(vm, d.forms, d.cb)
    spk = d.verb_speaker(lo + vs, lo + ve, word)
    return spk, word, entry["stance"], (lo + vs, lo + ve), "speaker_verb_then_quote"


def _sentence_cue(d: _Doc, si: int, pos: int):
    """The speech verb of the sentence around a quoted fragment (nearest one)."""
    s = d.sents[si]
    verbs = [vm for vm in d.verb_re.finditer(d.text, s["start"], s["end"]) if not d.in_marks(vm.start())
             and not _is_noun_use(d.text, vm.start(), vm.end())]
    verbs = [vm for vm in verbs if not re.search(r"\bto\s+$", d.text[max(0, vm.start() - 4):vm.start()])]
    if not verbs:
        return None
    vm = min(verbs, key=lambda v: (abs(v.start() - pos), v.start() > pos))
    word, entry, vs, ve = _verb_entry(vm, d.forms, d.cb)
    return d.verb_speaker(vs, ve, word), word, entry["stance"], (vs, ve)


def _clause_end(d: _Doc, start: int, limit: int, stop: bool = True) -> int:
    """Where a reported clause starting at ``start`` ends (before ``limit``, the sentence end)."""
    seg = d.text[start:limit]
    ends = [len(seg)]
    if stop:
        stoppers = "|".join(map(re.escape, d.rules.get("clause_stoppers", [])))
        for m in re.finditer(rf",\s+(?:{stoppers})\b|;|,\s*[“\"]", seg):
            if not d.in_marks(start + m.start()):
                ends.append(m.start())
        for m in re.finditer(r"\s+(?:but|and)\s+(?:\w+ly\s+)?(?=\w)", seg):
            vm = d.verb_re.match(seg, m.end())
            if vm and not d.in_marks(start + m.start()):
                ends.append(m.start())
    e = min(ends)
    while e > 0 and seg[e - 1] in " .!?,;:":
        e -= 1
    return start + e


def _looks_like_clause(words: list[str], lemma: str, k: int) -> bool:
    if not words:
        return False
    first = re.split(r"['’]", words[0].lower().strip("“\""))[0]
    if first in _SUBJ_START:
        return True
    if k == 0 and lemma == "report" and first.endswith("ed"):
        return True
    if first in {"to", "at", "about", "for", "on", "with", "of", "in", "that", "and", "or", "by", "as"} or first.endswith("ing"):
        return False
    return any(w.lower().strip(",.") in _FINITE for w in words[:10])


def _clause_after(d: _Doc, ve: int, limit: int, entry: dict) -> tuple[int, str] | None:
    """Start of the clause reported by the verb ending at ``ve``, and the rule."""
    rest = d.text[ve:limit]
    tell = entry["name"] in ("tell", "reveal", "explain", "confirm")
    m = re.match(r"\s*((?:[^\s,;:“”\"]+\s+){0,6}?)that\s+", rest)
    if m:
        skip = m.group(1).strip()
        ok = not skip or _ADVERBIAL.match(skip) or tell or re.fullmatch(r"(?:it\s+)?(?:\w+ly\s+)?clear", skip)
        if ok and len(rest[m.end():].split()) >= 3 and not d.in_marks(ve + m.end()):
            return ve + m.end(), "verb_that_clause"
    pos = len(rest) - len(rest.lstrip())
    head = rest[pos:].split(",")[0]
    tokens = head.split()
    for k in range(0, min(len(tokens), 6)):
        if k and not (tell or _ADVERBIAL.match(" ".join(tokens[:k]))):
            break
        if re.split(r"['’]", tokens[k].lower())[0] in _SUBJ_START:
            return ve + pos + len(" ".join(tokens[:k])) + (1 if k else 0), "verb_clause"
    if not tell and _looks_like_clause(tokens, entry["name"], 0):
        return ve + pos, "verb_clause"
    return None


def _indirect(d: _Doc, used_cues: set[int]) -> list[dict]:
    rows: list[dict] = []
    text = d.text
    for si, s in enumerate(d.sents):
        para = next(p for p in d.doc.paragraphs if p["start"] <= s["start"] < p["end"])
        if text[para["end"] - 1] not in _END_PUNCT or s["kind"] != "body":
            continue  # headlines and subheadings attribute nothing
        limit = s["end"]
        claimed: list[tuple[int, int]] = []
        for vm in d.verb_re.finditer(text, s["start"], s["end"]):
            word, entry, vs, ve = _verb_entry(vm, d.forms, d.cb)
            if vs in used_cues or d.in_marks(vs) or entry.get("clause") is False or _is_noun_use(text, vs, ve):
                continue
            if any(a <= vs < b for a, b in claimed) or re.search(r"\bto\s+$", text[s["start"]:vs]):
                continue
            found = _clause_after(d, vm.end(), limit, entry)
            if found:
                cs, rule = found
                ce = _clause_end(d, cs, limit)
                if ce - cs < 8:
                    continue
                spk = d.verb_speaker(vs, ve, word)
                rows.append(_row(d, cs, ce, "indirect", spk, word, entry["stance"], (vs, ve), rule))
                claimed.append((cs, ce))
                continue
            inv = _inverted(d, s, vs, ve, word, entry)
            if inv:
                rows.append(inv)
                claimed.append((inv["start"], inv["end"]))
        rows.extend(_according_to(d, s, claimed))
        rows.extend(_speech_noun(d, s, claimed))
    return rows


def _inverted(d: _Doc, s: dict, vs: int, ve: int, word: str, entry: dict) -> dict | None:
    """``CLAUSE, X said (on Monday).``: the clause before the attribution."""
    text = d.text
    tail = text[ve:s["end"]].strip(" .!?")
    if len(tail.split()) > 6 or re.search(r"\bthat\b|,", tail):
        return None
    left = text[s["start"]:vs]
    commas = [i for i, ch in enumerate(left) if ch == "," and not d.in_marks(s["start"] + i)]
    for ci in reversed(commas[-3:]):
        region = left[ci + 1:].strip()
        if not region:
            continue
        if region[0].islower() and not re.match(r"(?:the|a|an|he|she|officials)\b", region):
            return None
        if len(region.split()) > 12 or any(w.lower() in _FINITE for w in region.split()):
            return None
        if re.match(r"[A-Z][\w’']*['’]s\b", region) and ci != commas[0]:
            continue  # an appositive ("Trump's special envoy,"): the subject is further left
        clause_lo = s["start"]
        lead = re.match(r"(?:[A-Z]\w+|On [^,]{1,30}|In [^,]{1,30}),\s+", text[clause_lo:s["start"] + ci])
        if lead and len(lead.group(0).split()) <= 3:
            clause_lo += lead.end()
        ce = s["start"] + ci
        if len(text[clause_lo:ce].split()) < 4:
            return None
        spk = d.phrase(s["start"] + ci + 1, vs)
        if not spk[0] and not spk[1]:
            return None
        return _row(d, clause_lo, ce, "indirect", spk, word, entry["stance"], (vs, ve), "clause_then_speaker_verb")
    return None


def _according_to(d: _Doc, s: dict, claimed: list) -> list[dict]:
    text, rows = d.text, []
    for m in re.finditer(r"\b[Aa]ccording to\s+", text[s["start"]:s["end"]]):
        a = s["start"] + m.start()
        np_lo = s["start"] + m.end()
        if any(x <= a < y for x, y in claimed) or d.in_marks(a):
            continue
        before = text[s["start"]:a]
        if not before.strip() or re.fullmatch(r"\s*(?:[A-Z]\w+,\s*)?", before):
            rest = text[np_lo:s["end"]]
            cut = 0
            for c in re.finditer(r",\s+", rest):
                nxt = rest[c.end():].split(" ", 1)[0]
                cut = c.start()
                if not (nxt.endswith("ed") and nxt[:1].islower()) and not nxt in ("who", "which"):
                    break
            if not cut:
                continue
            np_end = np_lo + len(re.split(r",", rest[:cut])[0])
            cs = np_lo + cut + len(re.match(r",\s+", rest[cut:]).group(0))
            ce = _clause_end(d, cs, s["end"], stop=False)
            rule = "according_to_then_clause"
        elif before.rstrip().endswith(",") and not any(x >= s["start"] and y <= a for x, y in claimed):
            cs = s["start"]
            lead = re.match(r"[A-Z]\w+,\s+", before)
            if lead:
                cs += lead.end()
            ce = s["start"] + len(before.rstrip()) - 1
            np_end = s["start"] + len(text[s["start"]:s["end"]].rstrip(" .!?"))
            rule = "clause_then_according_to"
        else:
            continue
        if ce - cs < 8:
            continue
        spk = d.phrase(np_lo, np_end)
        rows.append(_row(d, cs, ce, "indirect", spk, "", "", (a, np_end), rule))
        claimed.append((cs, ce))
    return rows


def _speech_noun(d: _Doc, s: dict, claimed: list) -> list[dict]:
    """``the Kremlin's response was ...: CLAUSE``: a speech noun, a possessor, a colon."""
    nouns = "|".join(map(re.escape, d.rules.get("speech_nouns", [])))
    if not nouns:
        return []
    seg = normalise(d.text[s["start"]:s["end"]])
    m = re.search(rf"((?:the\s+)?[A-Z][\w .-]{{0,40}}?)'s\s+(?:{nouns})\b[^:“”\"]{{0,80}}:\s+(?=[^“\"])", seg)
    if not m:
        return []
    cs = s["start"] + m.end()
    if any(x <= cs < y for x, y in claimed):
        return []
    ce = _clause_end(d, cs, s["end"], stop=False)
    ps, pe = s["start"] + m.start(1), s["start"] + m.end(1)
    owner = [x for x in d.mentions if ps <= x.start and x.end <= pe]
    spk = (owner[-1].actor, owner[-1].text, owner[-1].start, owner[-1].end) if owner else d.phrase(ps, pe)
    return [_row(d, cs, ce, "indirect", spk, "", "", (s["start"] + m.start(1), s["start"] + m.end(1)), "speech_noun_colon")]


def document_quotes(doc, codebook: dict) -> list[dict]:
    """All quotes of one document (pure: document + codebook in, rows out).

    Rows follow the ``quotes`` table; ``clean_text[start:end] == text`` for
    every row. A partial quote inside an indirect clause takes that clause's
    speaker and verb.
    """
    d = _Doc(doc, codebook)
    direct = _direct(d)
    attached = ("quote_then_verb_speaker", "quote_then_speaker_verb", "speaker_verb_then_quote")
    used = {r["cue_start"] for r in direct if r["rule"] in attached}
    indirect = _indirect(d, used)
    for r in direct:
        if r["kind"] == "partial":
            host = next((q for q in indirect if q["start"] <= r["start"] and r["end"] <= q["end"]), None)
            if host:
                r.update(speaker=host["speaker"], speaker_text=host["speaker_text"], verb=host["verb"],
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
    return make_table("quotes", (r for doc in corpus for r in document_quotes(doc, corpus.codebook)))


def _register() -> None:
    from .corpus import table_builder

    table_builder("quotes")(quotes_table)


_register()


def quote_share(corpus) -> pd.DataFrame:
    """Per document: characters of body text in direct+partial quotes and in
    indirect (reported) clauses, as shares of the clean text.

    Read ``direct_share`` 0.2 as "a fifth of the article's characters are other
    people's quoted words"; the rest of ``1 - direct_share - indirect_share`` is
    the outlet's own voice. Overlapping spans (a partial inside an indirect
    clause) are counted once, for the outer span's kind.
    """
    q = corpus.table("quotes")
    rows = []
    for doc in corpus:
        mark = [""] * len(doc.clean_text)
        for kind in ("indirect", "partial", "direct"):
            for _, r in q[(q.doc_id == doc.doc_id) & (q.kind == kind)].iterrows():
                for i in range(r.start, r.end):
                    if not mark[i] or kind == "indirect":
                        mark[i] = "quoted" if kind in ("direct", "partial") else "indirect"
        total = sum(1 for ch in doc.clean_text if not ch.isspace()) or 1
        quoted = sum(1 for i, m in enumerate(mark) if m == "quoted" and not doc.clean_text[i].isspace())
        reported = sum(1 for i, m in enumerate(mark) if m == "indirect" and not doc.clean_text[i].isspace())
        rows.append({"doc_id": doc.doc_id, "outlet": doc.outlet, "chars": total,
                     "direct_share": quoted / total, "indirect_share": reported / total,
                     "own_voice_share": 1 - (quoted + reported) / total})
    return pd.DataFrame(rows)
