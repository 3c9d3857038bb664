import datetime as dt
import io
import sys

import pytest

from routes import settings
from routes.errors import ArticleError
from routes.ingest import article_from_path, article_from_text, dateline_span, detect_language


@pytest.mark.parametrize(
    ("text", "lang"),
    [
        ("La police a saisi deux tonnes de cocaïne dans le port, selon le parquet.", "fr"),
        ("Police seized two tonnes of cocaine in the port, the prosecutor said.", "en"),
        ("La policía incautó dos toneladas de cocaína en el puerto, según la fiscalía.", "es"),
        ("De politie heeft twee ton cocaïne in beslag genomen in de haven van Antwerpen.", "nl"),
    ],
)
def test_detect_language(text, lang):
    assert detect_language(text) == lang


def test_detect_language_falls_back_to_default():
    assert detect_language("12345 !!!") == settings.default_lang


def test_article_from_text_keeps_metadata():
    art = article_from_text("Saisie au port d’Anvers.", published="2025-03-01", title="T")
    assert art.lang == "fr"
    assert art.published == dt.date(2025, 3, 1)
    assert art.title == "T"
    assert len(art.sha1) == 40


@pytest.mark.parametrize("text", ["", "   \n\t  "])
def test_empty_text_is_refused(text):
    with pytest.raises(ArticleError, match="empty or blank"):
        article_from_text(text)


def test_bad_language_and_date_are_refused():
    with pytest.raises(ArticleError, match="language"):
        article_from_text("texte", lang="de")
    with pytest.raises(ArticleError, match="YYYY-MM-DD"):
        article_from_text("texte", published="mardi")


def test_too_long_text_is_refused(monkeypatch):
    monkeypatch.setattr(settings, "max_chars", 100)
    with pytest.raises(ArticleError, match="at most 100"):
        article_from_text("a" * 101)


def test_txt_spans_index_the_decoded_text(tmp_path):
    p = tmp_path / "a.txt"
    p.write_bytes("\ufeffTitre\r\n\r\nÀ Anvers, saisie.\r\n".encode())
    art = article_from_path(p)
    assert art.text.startswith("Titre\n\nÀ Anvers")
    assert art.title == "Titre"
    i = art.text.index("Anvers")
    assert art.text[i : i + 6] == "Anvers"


def test_cp1252_text_is_read(tmp_path, caplog):
    p = tmp_path / "latin.txt"
    p.write_bytes("Saisie de cocaïne à Anvers, été 2024.".encode("cp1252"))
    art = article_from_path(p)
    assert "cocaïne" in art.text
    assert "Windows-1252" in caplog.text


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        (b"%PDF-1.7\n%\xe2\xe3", "binary"),
        (b"\x89PNG\r\n\x1a\n\x00\x00", "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"", "empty"),
        (b"  \n\n ", "empty"),
    ],
)
def test_bad_files_get_clear_errors(tmp_path, payload, message):
    p = tmp_path / "bad.txt"
    p.write_bytes(payload)
    with pytest.raises(ArticleError, match=message):
        article_from_path(p)


def test_missing_path_and_folder(tmp_path):
    with pytest.raises(ArticleError, match="missing path"):
        article_from_path(tmp_path / "nope.txt")
    with pytest.raises(ArticleError, match="folder"):
        article_from_path(tmp_path)


def test_html_article_body_and_metadata(tmp_path):
    body = " ".join(["La douane a saisi 300 kilos de cocaïne au port d'Anvers."] * 6)
    page = f"""<!doctype html><html lang="fr"><head><title>Saisie record à Anvers</title>
    <meta property="article:published_time" content="2024-05-02"></head>
    <body><nav>Menu Accueil</nav><article><h1>Saisie record à Anvers</h1><p>{body}</p>
    <p>{body}</p></article><footer>© Journal</footer></body></html>"""
    p = tmp_path / "page.html"
    p.write_text(page, encoding="utf-8")
    art = article_from_path(p)
    assert "300 kilos" in art.text
    assert "Menu Accueil" not in art.text
    assert art.title == "Saisie record à Anvers"
    assert art.published == dt.date(2024, 5, 2)
    assert art.lang == "fr"


def test_stdin(monkeypatch):
    data = "Arrestation au Panama d’un trafiquant belge.".encode()
    monkeypatch.setattr(sys, "stdin", io.TextIOWrapper(io.BytesIO(data)))
    art = article_from_path("-", published="2025-01-02")
    assert art.source == "-"
    assert "Panama" in art.text


@pytest.mark.parametrize(
    ("text", "place", "day"),
    [
        ("Titre\n\nCAYENNE, 8 novembre 2023 – Trois passagers ont été interpellés.", "CAYENNE",
         dt.date(2023, 11, 8)),
        ("ROSARIO, Argentina, 3 March 2024 — Police seized cocaine.", "ROSARIO",
         dt.date(2024, 3, 3)),
        ("Lima, martes 8 de abril de 2025\n\nLa policía incautó cocaína.", "Lima",
         dt.date(2025, 4, 8)),
        ("Title\n\nDES MOINES, Iowa (May 9, 2025) — A man was sentenced Wednesday.",
         "DES MOINES", dt.date(2025, 5, 9)),
        ("Published 14 May 2024\n\nBorder Force officers seized cocaine.", "",
         dt.date(2024, 5, 14)),
        ("Gepubliceerd op 12 maart 2025\n\nIn Deurne is een woning beschoten.", "",
         dt.date(2025, 3, 12)),
        ("Police seized 2 tonnes of cocaine in Rotterdam on 3 May 2023.", "", None),
        ("Le 3 mars 2024, la douane a saisi de la cocaïne.", "", None),
        # a Spanish dateline ending ".-" after the year, on a line longer than a headline
        ("Titular\nSubtítulo\n\nMÉRIDA, 4 de marzo de 2025.- Agentes de la Policía Nacional han "
         "detenido a seis personas en una operación contra el tráfico de hachís en la ciudad.",
         "MÉRIDA", dt.date(2025, 3, 4)),
    ],
)
def test_datelines(text, place, day):
    from routes.ingest import dateline_of

    assert dateline_of(text) == (place, day)
    art = article_from_text(text)
    assert art.published == day


@pytest.mark.parametrize(
    ("text", "place"),
    [
        ("HERMOSILLO, Mexico, Feb 9 (Reuters) - Soldiers seized drugs.", "HERMOSILLO"),
        ("EINDHOVEN (ANP) - De politie heeft dinsdag een lab opgerold.", "EINDHOVEN"),
        ("BRUXELLES, 21 novembre (Belga) - Un homme a été blessé.", "BRUXELLES"),
        ("Titular del día\n\nBOGOTÁ, 18 jun (EFE).- La Armada interceptó una lancha con "
         "cocaína frente a la costa del Pacífico colombiano.", "BOGOTÁ"),
    ],
)
def test_wire_datelines_without_a_year(text: str, place: str) -> None:
    found = dateline_span(text)
    assert found is not None
    assert (found[0], found[1]) == (place, None)


def test_a_dash_in_a_sentence_is_no_dateline() -> None:
    assert dateline_span("The police said - as usual - nothing.") is None


@pytest.mark.parametrize(("text", "place"), [
    ("CAMDEN, N.J. - Officials linked the case to a shooting.", "CAMDEN"),
    ("TORREÓN, Coah. – Un ataque armado dejó dos muertos.", "TORREÓN"),
])
def test_a_wire_dateline_with_its_state(text: str, place: str) -> None:
    from routes.ingest import dateline_span

    found = dateline_span(text)
    assert found is not None
    assert found[0] == place


def test_a_wire_dateline_in_the_usual_case_ending_its_line() -> None:
    from routes.ingest import dateline_span

    text = "Titular sobre un alijo\nValencia, 3 dic (EFE).-\n\nLa Guardia Civil ha detenido."
    found = dateline_span(text)
    assert found is not None
    assert found[0] == "Valencia"


@pytest.mark.parametrize(("text", "place", "date"), [
    # abbreviated months
    ("Titre\nMetz, 12 févr 2026 (AFP) - Les douaniers ont saisi…", "Metz", "2026-02-12"),
    ("Titel\ndi 3 mrt 2026 om 16:21\n\nDe rechtbank…", "", "2026-03-03"),
    # a publication line with its time, then the town and the agency on their own line
    ("Titre\nPublié le 24 avril 2026 à 14h52\n\nLausanne (ats) - Onze personnes…", "Lausanne",
     "2026-04-24"),
    # the date in parentheses after the town
    ("Headline\n\nTOLEDO (Feb. 10, 2026) — Federal prosecutors on Monday…", "TOLEDO",
     "2026-02-10"),
])
def test_more_datelines(text: str, place: str, date: str) -> None:
    from routes.ingest import dateline_span

    found = dateline_span(text)
    assert found is not None
    assert (found[0], str(found[1])) == (place, date)
    if place:
        assert text[found[2]:found[3]] == place or text[found[2]:found[3]].startswith(place)
