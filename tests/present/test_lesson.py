"""The lesson's checks: right, wrong (hint, no leak), unanswered, malformed; and the student-version builder."""
from __future__ import annotations

import re
import subprocess
import sys
from pathlib import Path

import nbformat
import pytest

import corpus_tools
from corpus_tools.present import lesson
from corpus_tools.present.lesson import EXERCISES, check, grade, make_student, norm, student_source

REPO = Path(__file__).resolve().parents[2]
DATA = Path(__file__).resolve().parents[1] / "data"

RIGHT = {  # what a student might type on the seeds: case, spacing, order, ids and aliases all vary
    "openings": [["Kremlin", "Zelenskyy"], ["the Kremlin", "Volodymyr Zelensky"], ("russia", " ZELENSKY ")],
    "chrome": ["FreeBase News", "freebase news.", "  freebase-news ", ["FreeBase News"]],
    "speakers": [["Zelensky", "Peskov", "Trump"], "Donald Trump, Dmitry Peskov and Volodymyr Zelenskyy",
                 {"peskov", "trump", "zelensky", "Zelenskyy"}],
    "verbs": [["claimed", "insisting", "calling"], "Calling; claimed; insisting", ("claim", "insist", "call")],
    "numbers": ["FreeBase News", "FREEBASE NEWS", "“FreeBase News”"],
    "sentiment": ["devastating", "Devastating", " devastating. "],
    "shared": [["Kyiv Independent", "RKS News", "FreeBase News"], "rks-news, freebase-news, kyiv-independent",
               ("The Kyiv Independent", "RKS News", "FreeBase News", "RKS News")],
}
WRONG = {
    "openings": [["Zelensky", "Kremlin"], ["Putin", "Zelensky"], ["Kremlin"]],
    "chrome": ["Axadle Times", "Kyiv Independent", "the cookie banner"],
    "speakers": [["Zelensky", "Peskov"], ["Zelensky", "Peskov", "Trump", "Putin"], "Biden"],
    "verbs": [["said"], ["claimed", "insisting"], ["claimed", "insisting", "calling", "said"]],
    "numbers": ["Kyiv Independent", "Real News Not BS", "none"],
    "sentiment": ["death", "war", "missile"],
    "shared": [["Kyiv Independent", "RKS News"], ["Axadle Times"], ["Kyiv Independent", "RKS News", "FreeBase News", "Axadle Times"]],
}
MALFORMED = [42, 3.5, {"a": 1}, [1, 2], [None], object]


def leaked(message: str, exercise: str, corpus) -> list[str]:
    """Accepted spellings of the right answer that appear, as whole words, in a message."""
    text = norm(message)
    found = []
    for accepted in EXERCISES[exercise].accepted(corpus):
        for spelling in accepted:
            if re.search(rf"(?<!\w){re.escape(spelling)}(?!\w)", text):
                found.append(spelling)
    return found


@pytest.mark.parametrize("exercise,answer", [(e, a) for e, answers in RIGHT.items() for a in answers])
def test_right_answers(seeds, exercise, answer):
    result = grade(exercise, answer, seeds)
    assert result.status == "right", result.message
    assert result.correct
    assert "right!" in result.message


@pytest.mark.parametrize("exercise,answer", [(e, a) for e, answers in WRONG.items() for a in answers])
def test_wrong_answers_get_a_hint_not_the_answer(seeds, exercise, answer):
    result = grade(exercise, answer, seeds)
    assert result.status == "wrong", result.message
    assert not result.correct
    assert "Hint:" in result.message or "wrong order" in result.message
    assert leaked(result.message, exercise, seeds) == []


@pytest.mark.parametrize("exercise", list(EXERCISES))
@pytest.mark.parametrize("answer", [None, "", "   ", ...])
def test_unanswered(seeds, exercise, answer):
    result = grade(exercise, answer, seeds)
    assert result.status == "unanswered"
    assert "not answered yet" in result.message and "Hint:" in result.message
    assert leaked(result.message, exercise, seeds) == []


@pytest.mark.parametrize("exercise", list(EXERCISES))
@pytest.mark.parametrize("answer", MALFORMED, ids=lambda a: type(a).__name__)
def test_malformed_input_is_explained_not_raised(seeds, exercise, answer):
    result = grade(exercise, answer, seeds)
    assert result.status == "malformed"
    assert "cannot read" in result.message and "Write " in result.message
    assert leaked(result.message, exercise, seeds) == []


def test_check_prints_the_message(seeds, capsys):
    assert check("chrome", None, seeds) is None
    out = capsys.readouterr().out
    assert out.startswith("chrome: not answered yet")
    check("chrome", "Axadle Times", seeds)
    assert "not quite" in capsys.readouterr().out


def test_unknown_exercise(seeds):
    with pytest.raises(KeyError, match="unknown exercise"):
        grade("gossip", "x", seeds)


def test_answers_come_from_the_tables(seeds):
    """The right answers follow the tables, not strings typed into the module."""
    docs = seeds.table("documents")
    most = docs.loc[docs.removed_chars.idxmax()]
    assert grade("chrome", most.outlet, seeds).correct
    stretch = lesson.most_negative(seeds)
    assert stretch.compound == seeds.table("sentiment").compound.min()
    word = lesson.words_of(seeds, stretch).iloc[0]
    assert grade("sentiment", word.text, seeds).correct
    source = Path(lesson.__file__).read_text(encoding="utf-8")
    for answer in ("FreeBase", "devastating", "Peskov", "insisting"):
        assert answer not in source


def test_another_corpus_never_crashes():
    corpus = corpus_tools.load_corpus(DATA / "bridge_story")
    for name in EXERCISES:
        assert grade(name, None, corpus).status == "unanswered"
        assert grade(name, "something else", corpus).status in {"wrong", "right"}
        assert grade(name, 7, corpus).status == "malformed"
    lesson.openings(corpus)._repr_html_()
    lesson.chrome(corpus)
    lesson.verbs_table(corpus)
    lesson.claims_compared(corpus)
    lesson.words_of(corpus, lesson.most_negative(corpus))
    lesson.shared(corpus)


def test_nothing_to_find_means_none(tmp_path):
    """A corpus with no chrome, no figures and no shared text: 'none' (or an empty list) is the right answer."""
    import hashlib

    texts = {"a.txt": "The council met on Tuesday and talked for a while.\n",
             "b.txt": "A quiet day at the harbour, with boats coming in.\n"}
    lines = []
    for name, text in texts.items():
        (tmp_path / name).write_text(text, encoding="utf-8")
        digest = hashlib.sha256(text.encode()).hexdigest()
        lines.append(f'[[documents]]\nid = "{name[0]}"\nfile = "{name}"\nsha256 = "{digest}"\noutlet = "Outlet {name[0]}"\n')
    (tmp_path / "corpus.toml").write_text("\n".join(lines), encoding="utf-8")
    corpus = corpus_tools.load_corpus(tmp_path)
    assert grade("chrome", "none", corpus).correct
    assert grade("numbers", "None", corpus).correct
    assert grade("shared", [], corpus).correct
    assert not grade("shared", ["Outlet a"], corpus).correct
    assert grade("speakers", [], corpus).correct


def test_openings_are_escaped(seeds):
    cols = lesson.Columns({"<b>Outlet</b>": "a <script>alert(1)</script> & b"})
    out = cols._repr_html_()
    assert "<script>" not in out and "&lt;script&gt;" in out and "&lt;b&gt;Outlet" in out


def test_student_source():
    src = '# Write the outlet in quotes.\nanswer_2 = "Some Outlet"\nprint("x")\n'
    assert student_source(src) == "# Write the outlet in quotes.\nanswer_2 = None  # your answer"
    multi = 'answer_3 = [\n    "a",\n    "b",\n]\nanswer_4 = "c"'
    assert student_source(multi) == "answer_3 = None  # your answer\nanswer_4 = None  # your answer"
    with pytest.raises(ValueError, match="assigns no answer"):
        student_source("x = 1")


def test_make_student_blanks_solutions(tmp_path):
    nb = nbformat.v4.new_notebook()
    nb.cells = [
        nbformat.v4.new_markdown_cell("# A lesson"),
        nbformat.v4.new_markdown_cell("Teacher note: the answer is X", metadata={"tags": ["teacher"]}),
        nbformat.v4.new_code_cell('answer_1 = "X"', metadata={"tags": ["solution"]}),
        nbformat.v4.new_code_cell("print(answer_1)"),
    ]
    nb.cells[2].outputs = [nbformat.v4.new_output("stream", text="X\n")]
    teacher = tmp_path / "t.ipynb"
    nbformat.write(nb, teacher)
    student = make_student(teacher, tmp_path / "s.ipynb", execute=True)
    out = nbformat.read(student, as_version=4)
    assert [c.source for c in out.cells] == ["# A lesson", "answer_1 = None  # your answer", "print(answer_1)"]
    assert out.cells[1].metadata["tags"] == ["answer"]
    assert out.cells[2].outputs[0]["text"] == "None\n"
    assert "X" not in "".join(c.source for c in out.cells[1:])


def test_committed_student_notebook_is_built_from_the_teacher(tmp_path):
    teacher = REPO / "notebooks" / "04-lesson.ipynb"
    student = REPO / "notebooks" / "04-lesson-student.ipynb"
    rebuilt = nbformat.read(make_student(teacher, tmp_path / "s.ipynb", execute=False), as_version=4)
    stored = nbformat.read(student, as_version=4)
    assert [c.source for c in rebuilt.cells] == [c.source for c in stored.cells]
    assert not any("solution" in c.metadata.get("tags", []) for c in stored.cells)


def test_cli_usage_and_errors(tmp_path):
    run = lambda *a: subprocess.run([sys.executable, "-m", "corpus_tools.present.lesson", *a], capture_output=True, text=True)
    bad = run("teacher")
    assert bad.returncode == 2 and "usage" in bad.stderr
    missing = run("student", str(tmp_path / "nope.ipynb"), str(tmp_path / "s.ipynb"))
    assert missing.returncode == 1 and "no such notebook" in missing.stderr and "Traceback" not in missing.stderr
