"""spaCy pipelines, loaded once per process, and the parse of an article into sentences.

French and English use their NER models; Spanish and Dutch a blank tokenizer (no spaCy 3.8
model for them is on the package index), so they rely on the gazetteer matcher. Sentences come
from spaCy's sentencizer rule and line breaks, read from token arrays.
Long articles are parsed in paragraph-aligned chunks to bound memory.
"""

from __future__ import annotations

import functools
import logging
import re
from collections.abc import Sequence
from dataclasses import dataclass
from itertools import pairwise
from typing import TYPE_CHECKING, NamedTuple

from routes import settings
from routes.errors import ModelError
from routes.ingest import Article

if TYPE_CHECKING:
    from spacy.tokens import Doc

log = logging.getLogger(__name__)

CHUNK_CHARS = 50_000
#: Components of the spaCy models that routes does not use.
UNUSED_COMPONENTS = ("tok2vec", "morphologizer", "tagger", "parser", "lemmatizer", "senter")
ENTITY_LABELS = {"LOC", "GPE", "FAC", "PER", "PERSON", "ORG", "NORP", "MISC"}


class Token(NamedTuple):
    """A token with its character offsets into the article and the index of its sentence.

    A named tuple (built for every token of every article: several times cheaper than a
    dataclass). Lemmas and parts of speech are not kept: nothing reads them, and the
    components that would set them are not loaded.
    """

    text: str
    start: int
    end: int
    sent: int


@dataclass(frozen=True)
class Entity:
    """A named entity found by spaCy, with offsets into the article."""

    text: str
    start: int
    end: int
    label: str


@dataclass(frozen=True)
class Sentence:
    """A sentence, with offsets into the article and the index of its paragraph."""

    start: int
    end: int
    text: str
    paragraph: int


@dataclass(frozen=True)
class Parsed:
    """An article parsed into tokens, sentences and entities."""

    tokens: list[Token]
    sentences: list[Sentence]
    entities: list[Entity]
    has_ner: bool


@functools.cache
def _punct_ids(vocab) -> frozenset[int]:  # type: ignore[no-untyped-def]
    from spacy.pipeline import Sentencizer

    return frozenset(vocab.strings.add(ch) for ch in Sentencizer.default_punct_chars)


def _sentence_starts(doc):  # type: ignore[no-untyped-def]
    """Sentence starts: spaCy's sentencizer rule plus line breaks, in one pass over arrays.

    A sentence starts at the first token that is not punctuation after one of the
    sentencizer's end marks; the token after one holding a line break starts a sentence (the
    tokenizer keeps line breaks in whitespace tokens of their own), and so does a line break
    glued to the token before (headlines, lists). The same boundaries as spaCy's
    ``sentencizer`` followed by a line-break rule (checked on 977 chunks of our test articles,
    held-out sets and benchmark texts), without making a ``Token`` object of every token.
    """
    import numpy as np
    from spacy.attrs import IS_PUNCT, IS_SPACE, ORTH, SENT_START, SPACY

    n = len(doc)
    if n == 0:
        return doc
    orth, is_punct, is_space, spacy_ = zip(
        *doc.to_array([ORTH, IS_PUNCT, IS_SPACE, SPACY]).tolist(), strict=True)
    marks = _punct_ids(doc.vocab)
    starts = [False] * n
    starts[0] = True
    seen = False
    for i in range(n):
        mark = orth[i] in marks
        if seen and not is_punct[i] and not mark:
            starts[i], seen = True, False
        elif mark:
            seen = True
    strings = doc.vocab.strings
    for j in range(n):
        if is_space[j] and "\n" in strings[orth[j]]:
            if j + 1 < n:
                starts[j + 1] = True  # after a token that holds a line break
            if j >= 1 and not spacy_[j - 1]:
                starts[j] = True  # a line break glued to the token before
    values = np.array([1 if s else -1 for s in starts], dtype="int64").astype("uint64")
    doc.from_array([SENT_START], values.reshape(-1, 1))
    return doc


@functools.cache
def nlp_for(lang: str):  # type: ignore[no-untyped-def]
    """Load (once) the spaCy pipeline for ``lang``.

    Raises
    ------
    ModelError
        If the model package is not installed.
    """
    import spacy
    from spacy.language import Language

    if "routes_sentences" not in Language.factories:
        Language.component("routes_sentences")(_sentence_starts)
    name = settings.spacy_models.get(lang)
    if name is None:
        nlp = spacy.blank(lang)
        nlp.add_pipe("routes_sentences")
    else:
        try:
            # Only what entities need: the NER (with its own embedding) and the attribute
            # ruler whose token norms it reads; no parser, tagger or lemmatizer (2.4× faster,
            # the same entities on our French and English test articles).
            nlp = spacy.load(name, exclude=list(UNUSED_COMPONENTS))
        except OSError as exc:
            msg = f"Expected the spaCy model {name!r} for {lang!r} to be installed: {exc}"
            raise ModelError(msg) from exc
        # Punctuation decides sentence ends (the small models' parser split news sentences
        # after numbers and dates); line breaks too.
        nlp.add_pipe("routes_sentences", before=nlp.pipe_names[0])
    nlp.max_length = CHUNK_CHARS * 4
    return nlp


def _chunks(text: str) -> list[tuple[int, str]]:
    """Split at paragraph (then line, then space) boundaries into pieces ≤ CHUNK_CHARS."""
    out: list[tuple[int, str]] = []
    pos = 0
    while pos < len(text):
        end = min(len(text), pos + CHUNK_CHARS)
        if end < len(text):
            for sep in ("\n\n", "\n", ". ", " "):
                cut = text.rfind(sep, pos + CHUNK_CHARS // 2, end)
                if cut != -1:
                    end = cut + len(sep)
                    break
        out.append((pos, text[pos:end]))
        pos = end
    return out


_PARA = re.compile(r"\n\s*\n")


def parse(article: Article) -> Parsed:
    """Tokenise, split into sentences and run NER on an article.

    Parameters
    ----------
    article
        The article to parse.

    Returns
    -------
    Parsed
        Tokens, sentences and entities with offsets into ``article.text``.
    """
    return parse_many([article])[0]


def parse_many(articles: Sequence[Article], *, batch_size: int = 64) -> list[Parsed]:
    """Parse several articles, batching them through spaCy (much faster than one by one).

    Parameters
    ----------
    articles
        Articles, in any languages.
    batch_size
        Chunks per spaCy batch.

    Returns
    -------
    list of Parsed
        One per article, in order.
    """
    out: list[Parsed | None] = [None] * len(articles)
    by_lang: dict[str, list[int]] = {}
    for i, article in enumerate(articles):
        by_lang.setdefault(article.lang, []).append(i)
    for lang, indices in by_lang.items():
        nlp = nlp_for(lang)
        jobs = [(i, offset, chunk) for i in indices for offset, chunk in _chunks(articles[i].text)]
        docs = nlp.pipe((chunk for _, _, chunk in jobs), batch_size=batch_size)
        per_article: dict[int, list[tuple[int, Doc, str]]] = {i: [] for i in indices}
        for (i, offset, chunk), doc in zip(jobs, docs, strict=True):
            per_article[i].append((offset, doc, chunk))
        for i in indices:
            out[i] = _assemble(articles[i].text, per_article[i], "ner" in nlp.pipe_names)
    return [p for p in out if p is not None]


def _assemble(text: str, docs: list[tuple[int, Doc, str]], has_ner: bool) -> Parsed:
    # Tokens are read from arrays (offset, length, whitespace flag, sentence start) and the
    # chunk's text, not as spaCy ``Token`` objects: the same tokens and sentences, faster.
    from spacy.attrs import IDX, IS_SPACE, LENGTH, SENT_START

    para_starts = [0] + [m.end() for m in _PARA.finditer(text)]
    tokens: list[Token] = []
    sentences: list[Sentence] = []
    entities: list[Entity] = []
    para = 0
    for offset, doc, chunk in docs:  # the chunk's text: ``doc.text`` would rebuild it
        n = len(doc)
        rows = doc.to_array([IDX, LENGTH, IS_SPACE, SENT_START]).tolist() if n else []
        # ``doc.sents``: a sentence starts at the first token and at each token marked 1.
        bounds = [0] + [i for i in range(1, n) if rows[i][3] == 1] + [n]
        for a, b in pairwise(bounds):
            if a == b:
                continue
            first, last = rows[a], rows[b - 1]
            sent_text = chunk[first[0] : last[0] + last[1]]
            s = sent_text.strip()
            if not s:
                continue
            lead = len(sent_text) - len(sent_text.lstrip())
            start = offset + first[0] + lead
            while para + 1 < len(para_starts) and para_starts[para + 1] <= start:
                para += 1
            idx = len(sentences)
            sentences.append(Sentence(start, start + len(s), s, para))
            tokens.extend(
                Token(chunk[i : i + length], offset + i, offset + i + length, idx)
                for i, length, space, _ in rows[a:b]
                if not space
            )
        entities.extend(
            Entity(e.text, offset + e.start_char, offset + e.end_char, e.label_)
            for e in doc.ents
            if e.label_ in ENTITY_LABELS
        )
    return Parsed(tokens, sentences, entities, has_ner)
