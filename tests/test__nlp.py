"""Tests for routes._nlp: sentences start at line breaks; tokens keep their offsets."""

from __future__ import annotations

import pytest
import spacy

from routes._nlp import _sentence_starts, parse
from routes.ingest import article_from_text


@pytest.mark.parametrize(
    ("text", "starts"),
    [
        ("Titre sans point\n\nCorps du texte", ["Titre", "\n\n", "Corps"]),
        ("a\nb", ["a", "\n", "b"]),
        ("mot \n suite", ["mot", "suite"]),
        ("Publié le 3 mars\r\nLE HAVRE", ["Publié", "\r\n", "LE"]),
        ("une phrase sans retour", ["une"]),
        # the sentencizer's rule: after end marks, at the first token that is not one
        ("Non. Oui !! Peut-être… « Fin. » Après", ["Non", "Oui", "Peut", "Après"]),
    ],
)
def test_sentence_starts(text: str, starts: list[str]) -> None:
    doc = _sentence_starts(spacy.blank("fr").make_doc(text))
    assert [t.text for t in doc if t.i == 0 or t.is_sent_start] == starts


def test_parse_offsets_point_into_the_article() -> None:
    art = article_from_text("Saisie au Havre\n\nLa douane a saisi 2 tonnes au Havre. Fin.",
                            lang="fr")
    parsed = parse(art)
    assert all(art.text[t.start : t.end] == t.text for t in parsed.tokens)
    assert parsed.sentences[0].text == "Saisie au Havre"


@pytest.mark.parametrize(
    "text",
    ["Non. Oui !! Peut-être… « Fin. » Après", "A. B. C. d'accord ? (Oui.) Non", "3.5 kg. Puis…",
     "“Quoted.” Next one! And?! ... More"],
)
def test_sentence_starts_follow_spacys_sentencizer(text: str) -> None:
    nlp = spacy.blank("fr")
    nlp.add_pipe("sentencizer")
    expected = [t.is_sent_start for t in nlp(text)]
    assert [t.is_sent_start for t in _sentence_starts(nlp.make_doc(text))] == expected
