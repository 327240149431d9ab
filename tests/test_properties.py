"""Property-based: random manifests and random bytes never end in a traceback or a hang (issue 14 item 5).

Hypothesis builds corpus folders from random manifests (known and unknown
keys, values of every TOML type, random codebook sections) and random file
contents (random bytes, or text in a random encoding). For each, either the
corpus loads and every document's audit rebuild holds
(:func:`corpus_tools.check_document`), or loading raises a one-line
:class:`~corpus_tools.CorpusError` and the command line exits 2 with one line.
Fixed seed (``derandomize=True``), 500 examples, each under a hard time limit.
"""
from __future__ import annotations

import contextlib
import datetime as dt
import io
import json
import signal
import tempfile
from pathlib import Path

import pytest

hypothesis = pytest.importorskip("hypothesis")
from hypothesis import HealthCheck, example, given, settings, strategies as st  # noqa: E402

import corpus_tools  # noqa: E402
from corpus_tools.cli import main  # noqa: E402

pytestmark = pytest.mark.slow  # see pyproject's markers: `make check` leaves these out

KEYS = ["id", "file", "sha256", "outlet", "url", "published", "updated", "title", "byline", "encoding", "notes", "outlett", "x"]
ENCODINGS = ["utf-8", "cp1252", "cp1250", "latin-1", "utf-16", "utf-16-le", "koi8-r", "mac_roman"]
FILES = ["a.txt", "b.md", "c.html"]

text = st.text(st.characters(exclude_categories=("Cs",)), max_size=30)
scalar = st.one_of(text, st.integers(-5, 10**6), st.booleans(), st.dates(dt.date(1990, 1, 1), dt.date(2030, 1, 1)),
                   st.sampled_from(["", "2025-02-12", "4 March 2026", "yesterday", "https://x.example/a", "cp1252", "utf-16"]))
value = st.one_of(scalar, st.lists(scalar, max_size=3))
documents = st.lists(
    st.fixed_dictionaries({"id": st.one_of(st.sampled_from(["a", "b", "a\nb", ""]), text),
                           "file": st.one_of(st.sampled_from(FILES + ["../x.txt", "/etc/passwd", "missing.txt"]), text)},
                          optional={k: value for k in KEYS[2:]}),
    min_size=1, max_size=3)
codebook = st.dictionaries(st.sampled_from(["actors", "boilerplate", "naming", "repair", "segmentation", "actorz"]),
                           st.one_of(st.lists(st.dictionaries(st.sampled_from(["name", "pattern", "aliases", "terms", "replacement", "x"]),
                                                              value, max_size=3), max_size=2), value),
                           max_size=2)
file_bytes = st.one_of(
    st.binary(max_size=300),
    st.tuples(st.text(max_size=200), st.sampled_from(ENCODINGS)).map(lambda t: t[0].encode(t[1], errors="replace")),
    st.sampled_from([b"Headline\n\n\xe2\x80\x9cWe will,\xe2\x80\x9d he said.\x93 Then he left.\n",
                     "<html><head><title>T</title></head><body><p>The mayor said \u201cno\u201d.</p></body></html>".encode()]),
)


def _toml_value(v) -> str:
    if isinstance(v, bool):
        return "true" if v else "false"
    if isinstance(v, (int, dt.date)):
        return str(v) if not isinstance(v, dt.date) else v.isoformat()
    if isinstance(v, list):
        return "[" + ", ".join(_toml_value(x) for x in v) + "]"
    if isinstance(v, dict):
        return "{" + ", ".join(f"{json.dumps(k)} = {_toml_value(x)}" for k, x in v.items()) + "}"
    return json.dumps(v, ensure_ascii=False).replace("\x7f", "\\u007f")


def write_manifest(docs: list[dict], book: dict) -> str:
    out = []
    for d in docs:
        out.append("[[documents]]\n" + "".join(f"{json.dumps(k)} = {_toml_value(v)}\n" for k, v in d.items()))
    if book:
        out.append("[codebook]\n" + "".join(f"{json.dumps(k)} = {_toml_value(v)}\n" for k, v in book.items()))
    return "\n".join(out)


corpus_tools.load_corpus(Path(__file__).parent / "data" / "bridge_story")  # imports (HTML too) before the clock starts


class Hang(Exception):
    pass


def _alarm(signum, frame):
    raise Hang("an example ran past its time limit")


@settings(max_examples=500, derandomize=True, deadline=None, database=None,
          suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large, HealthCheck.filter_too_much])
@given(docs=documents, book=st.one_of(st.just({}), codebook), contents=st.lists(file_bytes, min_size=3, max_size=3),
       with_sha=st.booleans())
# found by CI: a NUL in the encoding's name made codecs raise ValueError, not LookupError
@example(docs=[{"id": "a", "file": "a.txt", "encoding": "\x00"}], book={}, contents=[b"", b"", b""], with_sha=False)
def test_random_corpora_load_or_fail_in_one_line(docs, book, contents, with_sha):
    import hashlib

    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp) / "c"
        folder.mkdir()
        for name, data in zip(FILES, contents):
            (folder / name).write_bytes(data)
        if with_sha:
            for d in docs:
                if isinstance(d.get("file"), str) and d["file"] in FILES:
                    d["sha256"] = hashlib.sha256((folder / d["file"]).read_bytes()).hexdigest()
        (folder / "corpus.toml").write_text(write_manifest(docs, book), encoding="utf-8")
        previous = signal.signal(signal.SIGALRM, _alarm)
        signal.alarm(20)  # generous: a busy 2-core machine; a hang runs far longer
        try:
            try:
                corpus = corpus_tools.load_corpus(folder)
            except corpus_tools.CorpusError as exc:
                assert "\n" not in str(exc) and str(exc).strip()
                err = io.StringIO()
                with contextlib.redirect_stderr(err), contextlib.redirect_stdout(io.StringIO()):
                    code = main(["info", str(folder)])
                assert code == 2
                lines = err.getvalue().strip().splitlines()
                assert len(lines) == 1 and lines[0].startswith("corpus-tools: error: "), lines
            else:
                for doc in corpus:
                    corpus_tools.check_document(doc)
            found = corpus_tools.validate_corpus(folder)  # validate never raises either
            assert all("\n" not in str(p) for p in found)
        finally:
            signal.alarm(0)
            signal.signal(signal.SIGALRM, previous)
