"""The scoring rules of compare/evaluate.py on tiny hand-made cases."""
from __future__ import annotations

from types import SimpleNamespace

import pandas as pd

from corpus_tools.compare.evaluate import actor_key, name_key, peer_score

TEXT = "“We will stay,” Dell’Amico said. Officials said the port was closed."


class _Corpus(dict):
    codebook = {"actors": []}


def _corpus():
    c = _Corpus()
    c["d"] = SimpleNamespace(clean_text=TEXT)
    return c


def test_names_compare_without_case_space_or_apostrophe_style():
    key = actor_key({"actors": []})
    assert key("Sérgio Dell’Amico") == key("sérgio  dell'amico") == name_key("SÉRGIO DELL'AMICO")


def test_peer_rule_is_gold_anchored_and_scores_mention_and_speaker():
    q = TEXT.index("We will stay,")
    gold = pd.DataFrame([{"doc_id": "d", "start": q, "end": q + 13, "speaker": "Sérgio Dell'Amico",
                          "speaker_text": "Dell’Amico"}])
    s = TEXT.index("Dell’Amico")
    pred = pd.DataFrame([{"doc_id": "d", "start": q, "end": q + 5, "kind": "direct", "speaker": "Sérgio Dell’Amico",
                          "speaker_text": "Dell’Amico", "cue_start": s, "speaker_mention_start": s,
                          "speaker_mention_end": s + 10}])
    low = peer_score(pred, gold, _corpus(), 0.3)   # 5 of 13 gold characters: > 0.3
    high = peer_score(pred, gold, _corpus(), 0.8)  # but not > 0.8
    assert (low.matched, low.mention_correct, low.speaker_correct) == (1, 1, 1)
    assert high.matched == 0 and high.recall == 0.0


def test_gold_occurrences_count_over_the_whole_file_chrome_included(tmp_path):
    # The gold README counts occurrences over the whole file; the headline (cut by the cleaner) names the
    # club too, so the body's second "Porto Vale" is the file's third.
    import corpus_tools
    from corpus_tools.compare.evaluate import gold_spans

    text = ("Striker leaves Porto Vale\n\nThe striker left Porto Vale on Monday, the club said.\n\n"
            "Porto Vale said in a statement that the fee was a record.\n")
    (tmp_path / "a.txt").write_text(text, encoding="utf-8")
    (tmp_path / "corpus.toml").write_text('[[documents]]\nid = "a"\nfile = "a.txt"\noutlet = "X"\n', encoding="utf-8")
    corpus = corpus_tools.load_corpus(tmp_path)
    doc = corpus["a"]
    assert doc.clean_text.count("Porto Vale") == 2  # the headline is out of the clean text
    spans = gold_spans([{"doc_id": "a", "text": "Porto Vale", "occurrence": 3}], corpus)
    assert spans.start[0] == doc.clean_text.rindex("Porto Vale")
    spans = gold_spans([{"doc_id": "a", "text": "Porto Vale", "occurrence": 2}], corpus)
    assert spans.start[0] == doc.clean_text.index("Porto Vale")
