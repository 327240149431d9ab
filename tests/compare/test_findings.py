"""Computed findings (compare/findings.py): ties read as ties, too little data is said, the normal case is plain."""
from __future__ import annotations

import pandas as pd
import pytest

from conftest import DATA
from corpus_tools import load_corpus
from corpus_tools.compare import findings as F


@pytest.fixture(scope="module")
def bridge():
    return load_corpus(DATA / "bridge_story")


@pytest.mark.parametrize("values, largest, expected", [
    ({"A": 2, "B": 2, "C": 1}, True, ["A", "B"]),
    ({"A": 1, "B": 3}, True, ["B"]),
    ({"A": 0.1, "B": 0.1 + 1e-12, "C": 0.5}, False, ["A", "B"]),
    ({}, True, []),
])
def test_leaders_name_every_tied_label(values, largest, expected):
    assert F.leaders(pd.Series(values, dtype=float), largest=largest) == expected


@pytest.mark.parametrize("labels, expected", [([], ""), (["A"], "A"), (["A", "B"], "A and B"), (["A", "B", "C"], "A, B and C")])
def test_names(labels, expected):
    assert F.names(labels) == expected


def _summary(rows):
    return pd.DataFrame(rows, columns=["outlet", "n", "mean_compound", "ci_low", "ci_high"])


def test_tone_tie_reads_as_a_tie():
    f = F.tone_finding(_summary([("A", 40, -0.2, -0.3, -0.1), ("B", 40, -0.2, -0.35, -0.05), ("C", 40, 0.1, 0.0, 0.2)]))
    assert f.sentence.startswith("Most negative mean, tied: A and B -0.200")
    assert "least negative: C" in f.sentence and "do not all overlap" in f.title and f.enough_data


def test_tone_with_too_few_stretches_says_so():
    f = F.tone_finding(_summary([("A", 3, -0.2, -0.5, 0.1), ("B", 40, 0.0, -0.1, 0.1)]))
    assert "A rests on fewer than 10 stretches" in f.sentence and not f.enough_data


def test_tone_normal_case():
    f = F.tone_finding(_summary([("A", 40, -0.3, -0.4, -0.2), ("B", 40, 0.0, -0.1, 0.1)]))
    assert f.sentence.startswith("Most negative mean: A -0.300 (95% CI -0.400 to -0.200, n=40); least negative: B")
    assert "beyond sampling noise" in f.sentence and f.enough_data and "tied" not in f.sentence


def test_frames_tie_and_nothing():
    tie = F.frames_finding(pd.DataFrame({"conflict": [1.0, 0.5], "morality": [0.5, 1.0], "economic": [0.0, 0.0]}, index=["A", "B"]))
    assert "‘conflict’ and ‘morality’ questions tie" in tie.title
    none = F.frames_finding(pd.DataFrame({"conflict": [0.0]}, index=["A"]))
    assert none.sentence == "No frame question is answered yes in any article." and not none.enough_data


def test_readability_order_marks_ties():
    read = pd.DataFrame({"doc_id": ["a", "b", "c"], "outlet": ["A", "B", "C"], "flesch_kincaid_grade": [9.0, 9.04, 7.0],
                         "flags": ["", "", ""]})
    assert F.readability_order_finding(read).sentence == \
        "Flesch-Kincaid grade, easiest to hardest: C 7.0, A 9.0 (tie), B 9.0 (tie)."


def test_voice_tone_needs_both_voices():
    f = F.voice_tone_finding(pd.DataFrame({"voice": ["narration"], "n": [30], "mean_compound": [0.0], "ci_low": [-0.1], "ci_high": [0.1]}))
    assert not f.enough_data and "nothing to compare" in f.sentence


def test_vague_sources_tie_on_the_seeds(seeds):
    # FreeBase News and Kyiv Independent both have 2: idxmax() used to name only the first
    f = F.vague_sources_finding(seeds)
    assert f.title == "FreeBase News and Kyiv Independent tie for the most anonymous sources and hedges"
    assert "(2 mentions each;" in f.sentence


def test_speaker_finding_normal_case(seeds):
    f = F.speaker_finding(seeds)
    assert f.title == "Volodymyr Zelensky is the most quoted speaker overall" and f.enough_data
    assert f.numbers.set_index("speaker")["quotes"].idxmax() == "Volodymyr Zelensky"


def test_too_little_data_is_said(bridge):
    verbs = F.verb_finding(bridge)
    assert "Valley Courier has fewer than 5 attributed quotes" in verbs.sentence and not verbs.enough_data
    voice = F.voice_finding(bridge)
    assert voice.sentence.endswith("Each outlet has a single article here, so this compares articles, not outlets.")
    per_outlet = F.speaker_per_outlet_finding(bridge)
    assert "Harbour Post, Jane Doe and Omar Reyes (tied" in per_outlet.sentence


def test_findings_never_name_the_seeds_on_another_corpus(bridge):
    text = " ".join(f.sentence + " " + f.title for fs in F.chapter_findings(bridge).values() for f in fs)
    for name in ("Zelensky", "Peskov", "Kursk", "Axadle", "Kremlin", "FreeBase"):
        assert name not in text


def test_finding_html_escapes_corpus_text():
    bundle = F.Finding("x", "Money $\\foo$ <b>Daily</b> & co")._repr_mimebundle_()
    assert "&lt;b&gt;Daily&lt;/b&gt; &amp; co" in bundle["text/html"] and "tex2jax_ignore" in bundle["text/html"]
    assert bundle["text/plain"] == "Money $\\foo$ <b>Daily</b> & co"


def test_seeds_note_is_silent_elsewhere(seeds, bridge):
    assert F.SeedsNote(bridge, "About Kursk") is None  # a cell ending in None shows nothing
    assert F.SeedsNote(seeds, "About Kursk")._repr_mimebundle_()["text/markdown"] == "About Kursk"


def test_markup_is_one_line(bridge):
    f = F.markup_finding(bridge)
    assert f.sentence.startswith("HTML markup (tags, scripts and page layout) was cut from 1 document:")
    assert not (F.removed_view(bridge)["rule"] == "html_markup").any()


def test_readability_findings_say_when_a_document_has_no_grade():
    import pandas as pd

    from corpus_tools.compare import findings as F

    read = pd.DataFrame({"doc_id": ["a", "b"], "outlet": ["A", "B"], "flags": ["", "no sentences"],
                         **{g: [8.0, float("nan")] for g in F.GRADES}})
    assert F.readability_order_finding(read).sentence.startswith("Flesch-Kincaid grade, easiest to hardest: A 8.0.")
    assert "1 document could not be scored" in F.readability_order_finding(read).sentence
    none = read.assign(**{g: float("nan") for g in F.GRADES})
    assert F.readability_spread_finding(none).sentence == "No document could be scored."


def _shares_by_definition(corpus):
    """Each character marked one by one: reported clauses first, then quoted words where no clause is."""
    quotes = corpus.table("quotes")
    rows = []
    for doc in corpus:
        mark = [""] * len(doc.clean_text)
        mine = quotes[quotes.doc_id == doc.doc_id]
        for kind in ("indirect", "partial", "direct"):
            for r in mine[mine.kind == kind].itertuples():
                for i in range(r.start, r.end):
                    if kind == "indirect" or not mark[i]:
                        mark[i] = "reported" if kind == "indirect" else "quoted"
        visible = [i for i, ch in enumerate(doc.clean_text) if not ch.isspace()]
        total = len(visible) or 1
        quoted = sum(mark[i] == "quoted" for i in visible)
        reported = sum(mark[i] == "reported" for i in visible)
        rows.append({"doc_id": doc.doc_id, "outlet": doc.outlet, "chars": total, "direct_share": quoted / total,
                     "indirect_share": reported / total, "own_voice_share": 1 - (quoted + reported) / total})
    return pd.DataFrame(rows)


@pytest.mark.parametrize("name", ["bridge_story", "hostile", "blind_g"])
def test_quote_share_counts_every_character_once(name):
    corpus = load_corpus(DATA / name)
    assert set(corpus.table("quotes").kind) >= {"direct", "indirect"}
    pd.testing.assert_frame_equal(F.quote_share(corpus), _shares_by_definition(corpus), check_exact=True)


def test_past_thirty_documents_the_grade_figure_shows_outlet_means():
    grades = {g: [1.0 * k for k in range(40)] for g in F.GRADES}
    read = pd.DataFrame({"doc_id": [f"d{k}" for k in range(40)], "outlet": ["B" if k % 2 else "A" for k in range(40)], **grades})
    few = F.grades_to_plot(read.head(F.MAX_DOCUMENT_BARS))
    assert list(few.index) == list(read.outlet.head(F.MAX_DOCUMENT_BARS))
    many = F.grades_to_plot(read)
    assert list(many.index) == ["A", "B"] and many.loc["A", F.GRADES[0]] == 19.0 and many.loc["B", F.GRADES[0]] == 20.0
