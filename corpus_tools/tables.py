"""The table registry: every tidy table, declared once, in one place.

Each table is declared here with its name, one line on what a row is, its
columns and their meaning, the function that builds it, and whether its rows
for a document depend on that document alone (``per_document``: such a table
built over chunks of a corpus and concatenated equals the table built over
the whole, so the process pool and Dask may split it).

Declaring a table imports nothing: the builder is named as
``"module:function"`` and imported only when the table is built, so
``corpus-tools tables`` and the README's data dictionary (generated from
:data:`TABLES`) answer without loading the taggers.
:func:`make_table` builds a DataFrame with exactly the declared columns, in
the declared order, and refuses rows with missing or undeclared columns.
"""
from __future__ import annotations

from dataclasses import dataclass
from importlib import import_module
from typing import TYPE_CHECKING, Any, Callable, Iterable, Mapping

if TYPE_CHECKING:  # pandas is imported when a table is built, not when the registry is read
    import pandas as pd


@dataclass(frozen=True)
class TableSpec:
    """A declared table.

    ``row`` says what one row is ("one row per sentence"); ``columns`` maps
    each column to its meaning; ``builder`` is ``"module:function"`` of a
    function ``corpus -> DataFrame``; ``per_document`` is true when a
    document's rows depend on that document (and the codebook) alone.
    """

    name: str
    row: str
    columns: dict[str, str]
    builder: str
    per_document: bool

    @property
    def module(self) -> str:
        """Where the builder lives, as a path inside the package (``tag/quotes/direct``)."""
        return self.builder.split(":")[0].removeprefix("corpus_tools.").replace(".", "/")

    def builder_function(self) -> Callable[[Any], "pd.DataFrame"]:
        """Import and return the builder (the first call imports its module)."""
        module, function = self.builder.split(":")
        return getattr(import_module(module), function)


TABLES: dict[str, TableSpec] = {}


def declare(name: str, row: str, *, builder: str, per_document: bool, columns: Mapping[str, str]) -> TableSpec:
    """Add a table to :data:`TABLES` (called only in this module)."""
    spec = TableSpec(name, row, dict(columns), builder, per_document)
    TABLES[name] = spec
    return spec


def make_table(name: str, rows: Iterable[Mapping]) -> "pd.DataFrame":
    """Build table ``name`` from dict rows, columns in declared order.

    Raises ``KeyError`` if a row lacks a declared column or has an extra one,
    so a stage cannot silently produce an undocumented column.
    """
    import pandas as pd

    cols = list(TABLES[name].columns)
    wanted = set(cols)
    rows = list(rows)
    for row in rows:
        if set(row) != wanted:
            missing = sorted(wanted - set(row))
            extra = sorted(set(row) - wanted)
            raise KeyError(f"table {name!r}: row has missing {missing} / unregistered {extra} columns")
    return pd.DataFrame(rows, columns=cols)


def data_dictionary_markdown() -> str:
    """The data dictionary as Markdown: one section per table, one line per column."""
    out = []
    for name in sorted(TABLES):
        spec = TABLES[name]
        out.append(f"### `{name}`\n\n{spec.row[0].upper() + spec.row[1:]} (`{spec.module}`).\n")
        out.append("| column | meaning |\n|---|---|")
        for col, meaning in spec.columns.items():
            out.append(f"| `{col}` | {meaning} |")
        out.append("")
    return "\n".join(out)


# textstat's seven formulas, each a column of `readability` (computed by corpus_tools/tag/readability.py)
READABILITY_FORMULAS = {
    "flesch_reading_ease": "Flesch reading ease: 0-100, higher means easier to read (60-70 plain English)",
    "flesch_kincaid_grade": "Flesch-Kincaid grade: US school grade needed; higher means harder",
    "gunning_fog": "Gunning fog index: years of schooling needed; higher means harder",
    "smog_index": "SMOG grade (McLaughlin 1969): higher means harder; meant for 30+ sentences",
    "coleman_liau_index": "Coleman-Liau index (letters, not syllables): US grade; higher means harder",
    "automated_readability_index": "Automated Readability Index (characters per word): US grade; higher means harder",
    "dale_chall_readability_score": "new Dale-Chall score (share of words off a 3,000 easy-word list): higher means harder; 9-9.9 = college",
}


# ---------------------------------------------------------------- load: the corpus layer

declare('documents', "one row per document",
        builder="corpus_tools.load.corpus:documents_table", per_document=True,
        columns={
    "doc_id": "readable document id from the manifest",
    "outlet": "the outlet that published it",
    "url": "address of the original page",
    "published": "publication date (ISO 8601) from the manifest",
    "updated": "last-updated date, from the manifest or an 'updated' line in the text",
    "title": "headline, from the manifest or the text's headline line",
    "byline": "author or editor, from the manifest or a byline in the text",
    "file": "file name inside the corpus folder",
    "sha256": "SHA-256 of the file's bytes (checked against the manifest's sha256 on every load, when the manifest gives one)",
    "encoding": "how the bytes were decoded: utf-8, '<enc> (declared)' or '<enc> (detected)'",
    "encoding_confidence": "how sure the decoding is: 1.0 for UTF-8, a byte-order mark or a declared encoding; for a detected one charset_normalizer's 1 - chaos (lower is more of a guess; validate names the deciding characters)",
    "raw_chars": "characters in the raw text",
    "clean_chars": "characters in the clean body text",
    "removed_chars": "raw characters cut by cleaning (see `removed`)",
    "repairs": "number of `repairs` rows: encoding repairs, and for HTML the characters extraction changed",
    "paragraphs": "number of paragraphs in the clean text",
    "sentences": "number of sentences in the clean text",
    "raw_text": "the file's text exactly as decoded",
    "clean_text": "the body after repair and cleaning; all offsets point into it",
})
declare('paragraphs', "one row per paragraph of clean text",
        builder="corpus_tools.load.corpus:paragraphs_table", per_document=True,
        columns={
    "doc_id": "document id",
    "paragraph": "paragraph number in the document, from 0",
    "start": "offset of the first character in clean_text",
    "end": "offset just past the last character in clean_text",
    "kind": "'body' or 'heading' (a subheading inside the article)",
    "text": "the paragraph's text (clean_text[start:end])",
})
declare('sentences', "one row per sentence of clean text",
        builder="corpus_tools.load.corpus:sentences_table", per_document=True,
        columns={
    "doc_id": "document id",
    "sentence": "sentence number in the document, from 0",
    "paragraph": "paragraph number it belongs to",
    "start": "offset of the first character in clean_text",
    "end": "offset just past the last character in clean_text",
    "kind": "kind of its paragraph: 'body' or 'heading'",
    "text": "the sentence's text (clean_text[start:end])",
})
declare('removed', "one row per cut that cleaning made",
        builder="corpus_tools.load.corpus:removed_table", per_document=True,
        columns={
    "doc_id": "document id",
    "start": "offset in clean_text where the cut text stood (start == end: it is no longer there)",
    "end": "same as start",
    "raw_start": "offset of the cut in raw_text",
    "raw_end": "offset just past the cut in raw_text",
    "text": "the raw characters cut, exactly",
    "rule": "name of the codebook rule that cut it (codebook/cleaning.toml), 'blank_lines', or for HTML 'html_markup' (markup and page text the extractor left out)",
    "field": "document field the cut text moved to ('title', 'updated', 'byline'), else empty",
    "value": "the value moved to that field, else empty",
})
declare('repairs', "one row per encoding repair",
        builder="corpus_tools.load.corpus:repairs_table", per_document=True,
        columns={
    "doc_id": "document id",
    "start": "offset of the repaired characters in clean_text",
    "end": "offset just past them",
    "raw_start": "offset of the damaged characters in raw_text",
    "raw_end": "offset just past them in raw_text",
    "before": "the damaged characters in the raw text",
    "after": "what they became",
    "rule": "'ftfy_encoding', the name of a codebook [[repair]] rule, or for HTML 'html_text' (an entity or spacing the extractor changed)",
})
declare('quotes', "one row per quotation: direct, partial, indirect (and scare quotes, marked)",
        builder="corpus_tools.tag.quotes.direct:quotes_table", per_document=True,
        columns={
    "doc_id": "document id",
    "quote_id": "quote id, unique in the corpus: '<doc_id>-q<NNN>' in text order",
    "start": "offset of the first quoted (or reported) character in clean_text; quote marks are outside",
    "end": "offset just past the quote",
    "text": "the quoted words (clean_text[start:end]); for indirect quotes the reported clause",
    "kind": "'direct', 'partial', 'indirect', or 'scare' (quoted words that are a label or title, not speech)",
    "speaker": "who speaks: the codebook actor's name, else the fullest name the document gives the person or organisation (see `entities`); '' if anonymous or unresolved",
    "speaker_text": "the words that name the speaker ('he', 'the Ukrainian leader', 'officials')",
    "speaker_kind": "person, organisation, group (a named family or team), anonymous (unnamed people: 'officials', 'a source') or unresolved (no one can be named: 'the study'); '' for scare quotes",
    "speaker_mention_start": "offset of the words that name the speaker (speaker_text) in clean_text, -1 if none",
    "speaker_mention_end": "offset just past them, -1 if none",
    "verb": "the attribution verb as written ('said', 'insisting'); '' for 'according to' and similar",
    "verb_stance": "stance class of the verb from codebook/verbs.toml (neutral, endorsing, distancing, ...)",
    "cue_start": "offset of the attribution cue (speaker words or verb) in clean_text, -1 if none",
    "cue_end": "offset just past the cue, -1 if none",
    "rule": "the rule that found the quote (e.g. 'quote_then_speaker_verb', 'verb_that_clause')",
})
declare('citations', "one row per mention of a cited source",
        builder="corpus_tools.tag.citations:citations_table", per_document=True,
        columns={
    "doc_id": "document id",
    "start": "offset of the source's words in clean_text",
    "end": "offset just past them",
    "text": "the words that name the source (clean_text[start:end])",
    "source": "canonical source name; for anonymous sources and hedges the lower-cased words",
    "source_type": "news_outlet, news_agency, platform, institution, anonymous or hedge",
    "rule": "the rule that found it ('named_source', 'outlet_name_shape', 'quote_speaker', a pattern name)",
})
declare('mentions', "one row per mention of a person, organisation or group (a name, a short form, a nominal)",
        builder="corpus_tools.tag.mentions:mentions_table", per_document=True,
        columns={
    "doc_id": "document id",
    "start": "offset of the mention in clean_text (a title or role before a name is not part of it)",
    "end": "offset just past it",
    "text": "the words as written (clean_text[start:end])",
    "entity_id": "the entity it refers to ('<doc_id>-eNNN', see `entities`); '' for a nominal that resolves to no one",
    "entity": "the entity's name (its fullest form in the document, or the codebook actor's name)",
    "kind": "person, organisation, group, or nominal ('the company', 'the judge')",
    "role": "title or role taken off the name ('Prosecutor', 'Sen.'), or a nominal's head noun ('company')",
    "gender": "male / female from the document's own evidence (Mr./Mrs. titles, he/she after the person), else ''",
    "rule": "how it was found: name, title_name, alias, title_alias, organisation_name, group_family, nominal, codebook_actor",
})
declare('entities', "one row per person, organisation or group named in a document",
        builder="corpus_tools.tag.mentions:entities_table", per_document=True,
        columns={
    "doc_id": "document id",
    "entity_id": "entity id, unique in the corpus: '<doc_id>-eNNN' in order of first mention",
    "start": "offset of its first mention in clean_text",
    "end": "offset just past that mention",
    "name": "fullest name the document gives it, without title or role (or the codebook actor's name)",
    "kind": "person, organisation or group",
    "gender": "male / female from the document's own evidence, else ''",
    "aliases": "the short forms that resolve to it ('; '-separated, lower case): surname, first name, acronym",
    "roles": "titles and roles written before its name ('; '-separated)",
    "mentions": "number of rows of `mentions` that refer to it",
})
declare('people', "one row per person, organisation or group across the corpus (entities grouped by normalised full name and codebook aliases)",
        builder="corpus_tools.compare.people:people_table", per_document=False,
        columns={
    "person": "the name: the codebook actor's name, else the full name most documents give",
    "key": "the grouping key: the normalised full name (lower case, straight apostrophes, single spaces)",
    "kind": "person, organisation or group (the kind most of its entities have)",
    "aliases": "short forms and spellings that refer to it in any document, plus its codebook aliases ('; '-separated, lower case)",
    "doc_id": "document of its first mention in the corpus",
    "start": "offset of that first mention in clean_text",
    "end": "offset just past it",
    "documents": "number of documents that name it",
    "doc_ids": "those documents ('; '-separated, corpus order)",
    "outlets": "number of outlets that name it",
    "outlet_names": "those outlets ('; '-separated)",
    "mentions": "rows of `mentions` that refer to it, summed over documents",
    "quotes": "rows of `quotes` (scare quotes left out) whose speaker it is",
    "quoted_in": "number of documents that quote it",
})
declare('naming', "one row per use of a term from a naming lexicon",
        builder="corpus_tools.tag.naming:naming_table", per_document=True,
        columns={
    "doc_id": "document id",
    "start": "offset of the word in clean_text",
    "end": "offset just past it",
    "text": "the word as written (clean_text[start:end])",
    "group": "the naming choice (e.g. 'kyiv_spelling', 'war_or_conflict')",
    "term": "which alternative this is (e.g. 'Kyiv', 'war')",
    "rule": "name of the codebook [[naming]] rule that matched",
})
declare('frame_hits', "one row per frame-indicator word found in a document",
        builder="corpus_tools.tag.frames:frame_hits_table", per_document=True,
        columns={
    "doc_id": "document id",
    "start": "offset of the indicator in clean_text",
    "end": "offset just past it",
    "text": "the words as written (clean_text[start:end])",
    "frame": "Semetko & Valkenburg frame: conflict, human_interest, economic_consequences, morality, responsibility",
    "question": "the codebook question this indicator answers (quoted from Semetko & Valkenburg 2000)",
    "indicator": "the indicator (lexicon term) that matched",
    "rule": "name of the codebook [[frames]] rule (one per question)",
})
declare('frames', "one row per document and frame",
        builder="corpus_tools.tag.frames:frames_table", per_document=True,
        columns={
    "doc_id": "document id",
    "frame": "Semetko & Valkenburg frame",
    "questions_answered_yes": "the frame's questions with at least one indicator in the document",
    "questions": "the frame's questions in the codebook",
    "score": "questions_answered_yes / questions, 0-1; higher means more of the frame's questions are answered yes",
    "hits": "indicator words found for the frame (see frame_hits)",
})
declare('claims', "one row per numeric claim (a figure, fraction or date) in a document",
        builder="corpus_tools.tag.claims:claims_table", per_document=True,
        columns={
    "doc_id": "document id",
    "start": "offset of the claim (qualifier, number and unit) in clean_text",
    "end": "offset just past it",
    "text": "the claim as written (clean_text[start:end])",
    "value": "the number as stated (multipliers applied: '1.5 million' -> 1500000; fractions 0-1); NaN for dates",
    "unit": "the unit as stated, canonical ('square miles', 'people'); empty for a bare number",
    "value_normalized": "value in unit_normalized (areas in km²: 1 sq mi = 2.589988 km²)",
    "unit_normalized": "km², km, days, fraction, people, USD ...; 'date' for dates",
    "quantity": "what it counts: area, distance, killed, wounded, people, troops, missiles, drones, duration, date, money, percent, fraction, number",
    "qualifier": "hedge before the number as written: 'roughly', 'more than', 'at least' ... (empty if none)",
    "subject": "what the figure is about, from [[claim_subjects]] rules (e.g. 'kursk_area_taken'); empty if no rule applies",
    "rule": "the codebook or built-in rule that read it (unit rule name, 'fraction_words', 'date_*', 'bare_number')",
    "cue": "the words that set subject or count quantity ('seizing', 'still controls', 'injuring'); empty if none",
    "date": "ISO 8601 date for dates ('2025-02-11', '--02-11' without a year, '2024')",
})
declare('sentiment', "one row per stretch of narration or quotation in a body sentence",
        builder="corpus_tools.tag.sentiment:sentiment_table", per_document=True,
        columns={
    "doc_id": "document id",
    "sentence": "sentence number (see `sentences`)",
    "start": "offset of the stretch in clean_text",
    "end": "offset just past it",
    "voice": "'narration' (the outlet's own words) or 'quote' (direct or partial quote from `quotes`, else text between paired quotation marks)",
    "text": "the stretch scored (clean_text[start:end])",
    "neg": "VADER: share of the text's sentiment weight that is negative (0-1)",
    "neu": "VADER: share that is neutral (0-1)",
    "pos": "VADER: share that is positive (0-1)",
    "compound": "VADER compound score, -1 (most negative) to +1 (most positive)",
    "label": "'negative' (compound <= -0.05), 'positive' (>= 0.05) or 'neutral'",
})
declare('actor_sentiment', "one row per mention of a person, organisation or group in a scored sentence stretch",
        builder="corpus_tools.tag.sentiment:actor_sentiment_table", per_document=True,
        columns={
    "doc_id": "document id",
    "start": "offset of the mention (a name, short form or resolved nominal: see `mentions`) in clean_text",
    "end": "offset just past it",
    "text": "the words as written (clean_text[start:end])",
    "actor": "who it refers to: the entity's name from `mentions` (the codebook actor's name where the corpus has one)",
    "voice": "voice of the stretch it sits in: 'narration' or 'quote'",
    "sentence": "sentence number",
    "compound": "VADER compound of the whole stretch (not of the actor alone)",
    "label": "negative / neutral / positive at +/-0.05",
})
declare('sentiment_words', "one row per VADER lexicon word in a scored sentence stretch",
        builder="corpus_tools.tag.sentiment:sentiment_words_table", per_document=True,
        columns={
    "doc_id": "document id",
    "start": "offset of the word in clean_text",
    "end": "offset just past it",
    "text": "the word as written (clean_text[start:end])",
    "word": "the lexicon entry (lower case)",
    "valence": "its valence in VADER's lexicon, -4 (most negative) to +4",
    "sentence": "sentence number",
    "voice": "'narration' or 'quote'",
    "compound": "VADER compound of the stretch the word sits in",
})
declare('readability', "one row per document: readability of its body text (headings excluded)",
        builder="corpus_tools.tag.readability:readability_table", per_document=True,
        columns={
    "doc_id": "document id",
    **READABILITY_FORMULAS,
    "words_per_sentence": "words (textstat) per sentence (segmenter); higher means longer sentences",
    "syllables_per_word": "syllables (CMU dictionary) per word; higher means longer words",
    "sentences": "body sentences counted by the segmenter (`sentences` table)",
    "textstat_sentences": "sentences as textstat counts them in the prepared text (equals `sentences` unless it skipped 1-2 word sentences)",
    "words": "words as textstat counts them",
    "textstat_version": "textstat version that computed the scores",
    "flags": "broken assumptions, '; '-separated (e.g. 'smog: fewer than 30 sentences'); empty if none",
})
declare('keyness', "one row per outlet and word over-represented in it against the other outlets",
        builder="corpus_tools.compare.keyness:keyness_table", per_document=False,
        columns={
    "outlet": "the target outlet (its documents against all others)",
    "word": "the word (lower case)",
    "freq_target": "uses in the target outlet",
    "freq_reference": "uses in all other outlets",
    "words_target": "words in the target outlet",
    "words_reference": "words in all other outlets",
    "g2": "log-likelihood G² (Rayson & Garside 2000); higher means a less likely difference; 3.84 ~ p 0.05",
    "p_value": "chi-square (1 df) p for G², one test uncorrected: use as a ranking",
    "log_ratio": "Hardie (2014) log ratio: log2 of the frequency ratio; +1 = twice as frequent in the target",
    "min_freq": "minimum uses in the target for a word to be listed (a parameter)",
})
declare('quote_groups', "one row per quote that belongs to a group of the same utterance in two or more documents",
        builder="corpus_tools.compare.reuse:quote_groups_table", per_document=False,
        columns={
    "doc_id": "document id",
    "start": "offset of the quote in clean_text",
    "end": "offset just past it",
    "text": "the quote (clean_text[start:end])",
    "group": "group number (0, 1, ...), in order of the group's first quote",
    "quote_id": "the quote's id in the quotes table",
    "speaker": "the quote's speaker",
    "similarity": "difflib word-sequence ratio to the group's first quote (1 = same words)",
    "diff": "word-level differences from the group's first quote ('swap→exchange', '+here', '-our'); '' if none",
})
declare('shared_passages', "one row per occurrence of a shared passage: a run of 5+ words found word for word in two or more documents",
        builder="corpus_tools.compare.reuse:shared_passages_table", per_document=False,
        columns={
    "passage_id": "the passage (0, 1, ...; in order of first occurrence): its rows are all its occurrences, with the same words",
    "doc_id": "document id",
    "start": "offset of the occurrence in clean_text",
    "end": "offset just past it",
    "text": "the occurrence as written (clean_text[start:end]; case and punctuation can differ between occurrences)",
    "words": "length of the passage in words (5 or more)",
    "documents": "number of documents the passage occurs in (2 or more)",
    "rule": "'shared_word_5grams': chained word 5-grams shared by two or more documents (see compare/reuse)",
})
