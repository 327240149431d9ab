"""The media-literacy lesson's helpers: exercises, answer checks, and the student version.

``notebooks/04-lesson.ipynb`` is a class of about 45 minutes on the corpus.
Each exercise has a check, ``check("chrome", answer_2, corpus)``, that says
whether the student's answer is right and gives a hint when it is not,
*without* printing the answer. The right answers are computed from the
corpus tables (never typed in here), so the checks follow the corpus the
lesson is pointed at. Student input is normalised before comparing: case,
spacing, surrounding punctuation, a leading "the", order of a list, an
outlet given by its name or its document id, a person by any alias in the
codebook.

The student version of the notebook is built from the teacher's version::

    python -m corpus_tools.lesson student notebooks/04-lesson.ipynb notebooks/04-lesson-student.ipynb

Cells tagged ``solution`` keep their comment lines, and each ``answer_N =
...`` becomes ``answer_N = None  # your answer`` (it still runs; its check
says "not answered yet" and gives a hint); cells tagged ``teacher`` are
dropped. The result is executed in a fresh kernel so its outputs are stored
and it validates under nbval like every other notebook.
"""
from __future__ import annotations

import html
import re
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import Callable

import pandas as pd

def _corpus(corpus):
    if corpus is not None:
        return corpus
    from ..load.corpus import embedded_corpus

    return embedded_corpus()


# ---------------------------------------------------------------- normalising answers

_EDGE = " \t\n.,;:!?\"'“”‘’«»()[]`"


def norm(value: str) -> str:
    """Lower case, single spaces, no surrounding punctuation, no leading 'the'."""
    text = re.sub(r"\s+", " ", str(value).replace("’", "'")).strip(_EDGE).casefold()
    text = re.sub(r"^the ", "", text)
    return text.strip(_EDGE)


def _stem(word: str) -> str:
    """A crude stem so 'claim', 'claims' and 'claimed' count as the same verb."""
    w = norm(word)
    for suffix in ("ing", "ed", "es", "s", "d"):
        if len(w) > len(suffix) + 2 and w.endswith(suffix):
            return w[: -len(suffix)]
    return w


class Malformed(ValueError):
    """The answer is not in a form the check can read."""


def _items(answer) -> list[str]:
    """A list answer as strings: a list, tuple or set of strings, or one string split at commas/semicolons/'and'."""
    if isinstance(answer, str):
        parts = re.split(r"\s*(?:[,;\n]|\band\b)\s*", answer)
    elif isinstance(answer, (list, tuple, set, frozenset)):
        parts = list(answer)
    else:
        raise Malformed(type(answer).__name__)
    if not all(isinstance(p, str) for p in parts):
        raise Malformed("not all strings")
    return [p for p in parts if norm(p)]


def _one(answer) -> str:
    """A single answer as a string (a one-item list is accepted too)."""
    if isinstance(answer, (list, tuple)) and len(answer) == 1:
        answer = answer[0]
    if not isinstance(answer, str) or not norm(answer):
        raise Malformed(type(answer).__name__)
    return answer


# ---------------------------------------------------------------- what the tables say

def _outlets(corpus) -> dict[str, str]:
    docs = corpus.table("documents")
    return dict(zip(docs.doc_id, docs.outlet))


def _doc_names(corpus, doc_id: str) -> set[str]:
    """Ways to name a document: its id and its outlet."""
    return {norm(doc_id), norm(_outlets(corpus).get(doc_id, ""))} - {""}


def _actor_names(corpus, actor: str, written: str = "") -> set[str]:
    """Ways to name an actor: canonical name, aliases, surname, and the words as written."""
    names = {actor, written, actor.split()[-1] if actor else ""}
    for entry in corpus.codebook.get("actors", []) or []:
        if isinstance(entry, dict) and entry.get("name") == actor:
            names.update(entry.get("aliases", []) or [])
    return {norm(n) for n in names} - {""}


def _first_actor(corpus, doc_id: str) -> tuple[str, str]:
    """The first codebook actor named in the document's first paragraph: (actor, words as written); ('', '') if none.

    The lesson asks about the corpus codebook's actors (governments included, named by
    their capitals), so this matches their names and aliases, not every name the
    mention layer finds.
    """
    from ..tag.lexicon import actor_patterns

    paras = corpus.table("paragraphs")
    first = paras[paras.doc_id == doc_id]
    if first.empty:
        return "", ""
    row = first.sort_values("paragraph").iloc[0]
    text = corpus[doc_id].clean_text[int(row["start"]):int(row["end"])]
    found = [(m.start(), m.end(), actor, m.group(0)) for actor, pattern in actor_patterns(corpus.codebook)
             for m in pattern.finditer(text)]
    if not found:
        return "", ""
    _, _, actor, written = min(found, key=lambda hit: (hit[0], hit[1]))
    return actor, written


def opening_pair(corpus=None) -> tuple[str, str]:
    """Two documents to read side by side: the first one, and the next whose opening names a different actor first.

    Falls back to the first two documents (or the only one, twice).
    """
    corpus = _corpus(corpus)
    ids = corpus.doc_ids
    first = _first_actor(corpus, ids[0])[0]
    for other in ids[1:]:
        if _first_actor(corpus, other)[0] != first:
            return ids[0], other
    return ids[0], ids[1] if len(ids) > 1 else ids[0]


class Columns:
    """Texts shown side by side in a notebook (escaped HTML), or one after another as plain text."""

    def __init__(self, columns: dict[str, str]):
        self.columns = columns

    def _repr_html_(self) -> str:
        cells = "".join(
            '<div style="flex: 1; min-width: 16em; padding: 0.5em 1em; border-left: 3px solid #0072B2">'
            f'<div style="font-weight: bold; margin-bottom: 0.4em">{html.escape(label)}</div>'
            f'<div style="white-space: pre-wrap; font-family: Georgia, serif; line-height: 1.6">{html.escape(text)}</div></div>'
            for label, text in self.columns.items())
        return f'<div style="display: flex; gap: 1em; flex-wrap: wrap">{cells}</div>'

    def __repr__(self) -> str:
        return "\n\n".join(f"{label}\n{text}" for label, text in self.columns.items())


def openings(corpus=None, doc_ids=None, paragraphs: int = 1) -> Columns:
    """The first ``paragraphs`` body paragraphs of two (or more) documents, side by side, headed by outlet."""
    corpus = _corpus(corpus)
    doc_ids = list(doc_ids or opening_pair(corpus))
    paras = corpus.table("paragraphs")
    outlets = _outlets(corpus)
    columns = {}
    for doc_id in doc_ids:
        body = paras[(paras.doc_id == doc_id) & (paras.kind == "body")].sort_values("paragraph").head(paragraphs)
        columns[f"{outlets.get(doc_id) or doc_id} ({doc_id})"] = "\n\n".join(body.text)
    return Columns(columns)


def chrome(corpus=None, width: int = 70) -> pd.DataFrame:
    """What cleaning cut: one row per cut with outlet, rule, length and the start of the cut text."""
    corpus = _corpus(corpus)
    removed = corpus.table("removed")
    removed.insert(1, "outlet", removed.doc_id.map(_outlets(corpus)))
    removed["chars"] = removed.text.str.len()
    removed["cut_text"] = [t if len(t) <= width else t[: width - 1] + "…" for t in removed.text.str.replace("\n", " ⏎ ")]
    return removed[["outlet", "doc_id", "rule", "chars", "cut_text"]].reset_index(drop=True)


def _stance_counts(corpus, stance: str) -> pd.Series:
    quotes = corpus.table("quotes")
    hits = quotes[(quotes.verb_stance == stance) & (quotes.verb != "")]
    return hits.groupby("doc_id").size().reindex(corpus.doc_ids, fill_value=0)


def verbs_document(corpus=None, stance: str = "distancing") -> str:
    """The document with the most attribution verbs of ``stance`` (the first one on a tie)."""
    corpus = _corpus(corpus)
    counts = _stance_counts(corpus, stance)
    return str(counts.idxmax()) if counts.max() > 0 else corpus.doc_ids[0]


def verbs_table(corpus=None, doc_id: str | None = None) -> pd.DataFrame:
    """Attribution verbs of one document with speaker and stance, in text order (the quotes table, trimmed)."""
    corpus = _corpus(corpus)
    doc_id = doc_id or verbs_document(corpus)
    quotes = corpus.table("quotes")
    mine = quotes[(quotes.doc_id == doc_id) & (quotes.kind != "scare")]
    return mine[["quote_id", "kind", "speaker", "speaker_text", "verb", "verb_stance"]].reset_index(drop=True)


def claims_subject(corpus=None) -> str:
    """The claim subject reported by the most documents (then the most figures, then by name); '' if none."""
    corpus = _corpus(corpus)
    claims = corpus.table("claims")
    claims = claims[claims.subject != ""]
    if claims.empty:
        return ""
    stats = claims.groupby("subject").agg(docs=("doc_id", "nunique"), figures=("doc_id", "size")).reset_index()
    stats = stats.sort_values(["docs", "figures", "subject"], ascending=[False, False, True], kind="stable")
    return str(stats.iloc[0]["subject"])


def claims_compared(corpus=None, subject: str | None = None) -> pd.DataFrame:
    """One subject's figures, outlet by outlet: as written, the number in a common unit, and the cue words."""
    corpus = _corpus(corpus)
    subject = claims_subject(corpus) if subject is None else subject
    claims = corpus.table("claims")
    mine = claims[claims.subject == subject].copy()
    mine.insert(0, "outlet", mine.doc_id.map(_outlets(corpus)))
    mine["value_normalized"] = mine.value_normalized.round(1)
    return mine[["outlet", "text", "value_normalized", "unit_normalized", "qualifier", "cue"]].reset_index(drop=True)


def most_negative(corpus=None) -> pd.Series:
    """The corpus's most negative scored stretch (a row of the sentiment table, with outlet)."""
    corpus = _corpus(corpus)
    scores = corpus.table("sentiment")
    if scores.empty:
        return pd.Series(dtype=object)
    row = scores.sort_values("compound", kind="stable").iloc[0].copy()
    row["outlet"] = _outlets(corpus).get(row["doc_id"], "")
    return row


def words_of(corpus, stretch: pd.Series) -> pd.DataFrame:
    """The VADER lexicon words inside one sentiment stretch, most negative first."""
    corpus = _corpus(corpus)
    words = corpus.table("sentiment_words")
    if stretch.empty or words.empty:
        return words.iloc[0:0][["text", "word", "valence"]]
    inside = words[(words.doc_id == stretch["doc_id"]) & (words.start >= stretch["start"]) & (words.end <= stretch["end"])]
    return inside.sort_values(["valence", "start"], kind="stable")[["text", "word", "valence"]].reset_index(drop=True)


def shared(corpus=None) -> pd.DataFrame:
    """Passages of five or more words found word for word in two or more documents: one row per occurrence,
    the passages found in the most documents first, with each occurrence's outlet and publication date."""
    corpus = _corpus(corpus)
    passages = corpus.table("shared_passages")
    docs = corpus.table("documents").set_index("doc_id")
    out = pd.DataFrame({
        "passage": passages.passage_id, "documents": passages.documents, "outlet": passages.doc_id.map(docs.outlet),
        "published": passages.doc_id.map(docs.published), "text": passages.text,
    })
    return out.sort_values(["documents", "passage"], ascending=[False, True], kind="stable").reset_index(drop=True)


def _widest_passages(corpus) -> list[str]:
    """Documents of the passage(s) found in the most documents (ties: all of them)."""
    passages = corpus.table("shared_passages")
    if passages.empty:
        return []
    widest = passages[passages.documents == passages.documents.max()]
    return list(dict.fromkeys(widest.doc_id))


# ---------------------------------------------------------------- the exercises

@dataclass(frozen=True)
class Exercise:
    """One exercise: what kind of answer it wants, how to find the right one, and a hint."""

    name: str
    form: str  # "one": one name; "set": several, any order; "pair": two, in order
    expect: str  # what to write, shown when the answer cannot be read
    hint: str
    right: str  # said after a right answer (may discuss it: the student has it)
    accepted: Callable  # corpus -> list of sets of accepted spellings (one set per expected item); [] = nothing


def _accept_openings(corpus):
    out = []
    for doc_id in opening_pair(corpus):
        actor, written = _first_actor(corpus, doc_id)
        out.append(_actor_names(corpus, actor, written) if actor else {"nobody", "none"})
    return out


def _accept_chrome(corpus):
    docs = corpus.table("documents")
    if docs.removed_chars.max() <= 0:
        return [{"none", "nobody"}]
    top = docs[docs.removed_chars == docs.removed_chars.max()].doc_id
    return [set().union(*(_doc_names(corpus, d) for d in top))]


def _accept_speakers(corpus):
    quotes = corpus.table("quotes")
    doc_id = verbs_document(corpus)
    mine = quotes[(quotes.doc_id == doc_id) & (quotes.kind != "scare") & (quotes.speaker != "")]
    first = mine.drop_duplicates("speaker")
    return [_actor_names(corpus, s, w) for s, w in zip(first.speaker, first.speaker_text)]


def _accept_verbs(corpus):
    quotes = corpus.table("quotes")
    doc_id = verbs_document(corpus)
    mine = quotes[(quotes.doc_id == doc_id) & (quotes.verb_stance == "distancing") & (quotes.verb != "")]
    return [{_stem(v)} for v in dict.fromkeys(mine.verb.str.lower())]


def _accept_numbers(corpus):
    subject = claims_subject(corpus)
    if not subject:
        return [{"none", "nobody"}]
    table = claims_compared(corpus, subject)
    claims = corpus.table("claims")
    claims = claims[claims.subject == subject]
    lowest = claims.groupby("doc_id").value_normalized.min()
    top = lowest[lowest == lowest.min()].index
    return [set().union(*(_doc_names(corpus, d) for d in top))] if len(table) else [{"none"}]


def _accept_sentiment(corpus):
    stretch = most_negative(corpus)
    words = words_of(corpus, stretch)
    if words.empty:
        return [{"none"}]
    low = words[words.valence == words.valence.min()]
    return [{norm(w) for w in list(low.text) + list(low.word)}]


def _accept_shared(corpus):
    ids = _widest_passages(corpus)
    if not ids:
        return []  # nothing shared: the right answer is an empty list
    outlets = _outlets(corpus)
    by_outlet: dict[str, set[str]] = {}
    for doc_id in ids:  # one expected item per outlet; its id or its name will do
        by_outlet.setdefault(outlets.get(doc_id) or doc_id, set()).update(_doc_names(corpus, doc_id))
    return list(by_outlet.values())


EXERCISES: dict[str, Exercise] = {e.name: e for e in (
    Exercise("openings", "pair", 'a list of two names in the order of the two openings, e.g. ["Name A", "Name B"]',
             "Read only the first paragraph of each article. Which person or institution is named first in each? "
             "A country's government counts as an actor too (a capital or a seat of government can stand for it).",
             "The first name a reader meets tells them whose move the story is about.", _accept_openings),
    Exercise("chrome", "one", 'one outlet name in quotes, e.g. "Some Outlet"',
             "Add up the `chars` column per outlet in the table of cuts (or read `removed_chars` in the documents table).",
             "A long cut is not a sign of a bad article: it is the page around it (newsletter boxes, excerpts of other posts).",
             _accept_chrome),
    Exercise("speakers", "set", 'a list of names, e.g. ["Name A", "Name B"]',
             "Hover each coloured quote in the article above, or read the `speaker` column of the verbs table. "
             "Count each person once; leave out unnamed speakers.",
             "These are the voices the outlet chose to let in.", _accept_speakers),
    Exercise("verbs", "set", 'a list of verbs as written, e.g. ["verb1", "verb2"]',
             "Look for the verbs boxed with an orange dashed border, or the rows of the verbs table whose `verb_stance` is 'distancing'.",
             "A distancing verb tells the reader to doubt the words that follow; 'said' leaves the judgement to them.",
             _accept_verbs),
    Exercise("numbers", "one", 'one outlet name in quotes, e.g. "Some Outlet"',
             "Compare the `value_normalized` column: every figure there is in the same unit, so the numbers can be compared directly.",
             "Units matter: square miles and square kilometres differ by a factor of about 2.6.", _accept_numbers),
    Exercise("sentiment", "one", 'one word in quotes, e.g. "word"',
             "Look at the table of lexicon words for that sentence: `valence` runs from -4 (most negative) to +4.",
             "The score comes from words like this one, whoever writes them: it measures the event's vocabulary, not the outlet's opinion.",
             _accept_sentiment),
    Exercise("shared", "set", 'a list of outlet names, e.g. ["Outlet A", "Outlet B"]',
             "Look at the passages at the top of the table (the ones found in the most documents) and collect the outlet of every occurrence; name each outlet once.",
             "Shared words do not prove copying: check who published first, and whether both quote the same interview.",
             _accept_shared),
)}


@dataclass(frozen=True)
class Feedback:
    """The result of a check: ``status`` is 'right', 'wrong', 'unanswered' or 'malformed'."""

    exercise: str
    status: str
    message: str

    @property
    def correct(self) -> bool:
        return self.status == "right"

    def __repr__(self) -> str:
        return self.message


def grade(exercise: str, answer, corpus=None) -> Feedback:
    """Compare ``answer`` with what the tables say; the message never contains the right answer."""
    if exercise not in EXERCISES:
        raise KeyError(f"unknown exercise {exercise!r}; known: {', '.join(EXERCISES)}")
    ex = EXERCISES[exercise]
    corpus = _corpus(corpus)
    if answer is None or answer is Ellipsis or (isinstance(answer, str) and not norm(answer)):
        return Feedback(exercise, "unanswered", f"{exercise}: not answered yet. Hint: {ex.hint}")
    expected = ex.accepted(corpus)
    compare = _stem if exercise == "verbs" else norm
    try:
        if ex.form == "one":
            given = [compare(_one(answer))]
        else:
            given = [compare(x) for x in _items(answer)]
    except Malformed:
        return Feedback(exercise, "malformed", f"{exercise}: I cannot read this answer. Write {ex.expect}. Hint: {ex.hint}")
    if ex.form == "one":
        if given[0] in expected[0]:
            return Feedback(exercise, "right", f"{exercise}: right! {ex.right}")
        return Feedback(exercise, "wrong", f"{exercise}: not quite. Hint: {ex.hint}")
    if ex.form == "pair":
        if len(given) != len(expected):
            return Feedback(exercise, "wrong", f"{exercise}: give exactly {len(expected)} names, one per opening. Hint: {ex.hint}")
        if all(g in e for g, e in zip(given, expected)):
            return Feedback(exercise, "right", f"{exercise}: right! {ex.right}")
        if all(g in e for g, e in zip(reversed(given), expected)):
            return Feedback(exercise, "wrong", f"{exercise}: the right names, but in the wrong order: left opening first.")
        hits = sum(g in e for g, e in zip(given, expected))
        return Feedback(exercise, "wrong", f"{exercise}: {hits} of {len(expected)} right. Hint: {ex.hint}")
    # a set: order and repeats do not matter; each expected item matched once
    remaining = list(expected)
    matched: list[set] = []
    right = wrong = 0
    for g in dict.fromkeys(given):
        if any(g in accepted for accepted in matched):  # the same person or outlet named twice
            continue
        for i, accepted in enumerate(remaining):
            if g in accepted:
                right += 1
                matched.append(remaining.pop(i))
                break
        else:
            wrong += 1
    if not remaining and not wrong:
        return Feedback(exercise, "right", f"{exercise}: right! {ex.right}")
    bits = [f"{right} of your {right + wrong} answers are right"]
    if remaining:
        bits.append(f"{len(remaining)} missing")
    if wrong:
        bits.append(f"{wrong} should not be there")
    return Feedback(exercise, "wrong", f"{exercise}: not yet: {', '.join(bits)}. Hint: {ex.hint}")


def check(exercise: str, answer, corpus=None) -> None:
    """Print whether ``answer`` to ``exercise`` is right, with a hint when it is not (never the answer)."""
    print(grade(exercise, answer, corpus).message)


# ---------------------------------------------------------------- the student version

def student_source(source: str) -> str:
    """A solution cell's source for students: comment lines kept, each ``answer_N = ...`` set to None."""
    names = list(dict.fromkeys(re.findall(r"^(answer_\w+)\s*=", source, flags=re.M)))
    if not names:
        raise ValueError("a cell tagged 'solution' assigns no answer_N variable")
    comments = [line for line in source.splitlines() if line.lstrip().startswith("#")]
    return "\n".join(comments + [f"{n} = None  # your answer" for n in names])


def make_student(teacher: str | Path, student: str | Path, execute: bool = True, timeout: int = 600) -> Path:
    """Write the student version of a lesson notebook (solutions blanked) and, by default, execute it."""
    import nbformat

    teacher, student = Path(teacher), Path(student)
    nb = nbformat.read(teacher, as_version=4)
    cells = []
    for cell in nb.cells:
        tags = list(cell.get("metadata", {}).get("tags", []))
        if "teacher" in tags:
            continue
        if "solution" in tags:
            cell.source = student_source(cell.source)
            cell.metadata["tags"] = [t for t in tags if t != "solution"] + ["answer"]
            cell.outputs = []
            cell.execution_count = None
        cells.append(cell)
    nb.cells = cells
    if execute:
        from nbconvert.preprocessors import ExecutePreprocessor

        ExecutePreprocessor(timeout=timeout, kernel_name="python3").preprocess(
            nb, {"metadata": {"path": str(student.resolve().parent)}})
    student.parent.mkdir(parents=True, exist_ok=True)
    nbformat.write(nb, student)
    return student


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    usage = "usage: python -m corpus_tools.lesson student TEACHER.ipynb STUDENT.ipynb [--no-execute]"
    args = [a for a in argv if a != "--no-execute"]
    if len(args) != 3 or args[0] != "student":
        print(usage, file=sys.stderr)
        return 2
    if not Path(args[1]).is_file():
        print(f"{args[1]}: no such notebook", file=sys.stderr)
        return 1
    try:
        out = make_student(args[1], args[2], execute="--no-execute" not in argv)
    except Exception as exc:  # one line, no traceback (DESIGN: errors)
        print(f"{args[1]}: {type(exc).__name__}: {str(exc).splitlines()[0] if str(exc) else ''}", file=sys.stderr)
        return 1
    print(f"wrote {out}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
