"""Tests for routes.geocode: context disambiguation and the geopy-compatible geocoder."""

from __future__ import annotations

from geopy.location import Location

from routes.geocode import OfflineGeocoder, Place, places_from_mentions
from routes.ingest import article_from_text
from routes.recognise import mentions_from_article


def places(text: str, lang: str) -> dict[str, Place]:
    art = article_from_text(text, lang=lang)
    return {s.text: p for p in places_from_mentions(mentions_from_article(art), art)
            for s in p.mentions}


def test_antwerp_port() -> None:
    found = places("Deux tonnes de cocaïne saisies au port d’Anvers.", "fr")
    assert found["port d’Anvers"].feature_type == "port"
    assert (found["Anvers"].name, found["Anvers"].country_code) == ("Antwerp", "BE")


def test_country_beats_namesake_town() -> None:
    found = places("La drogue a transité par le Panama et la Colombie.", "fr")
    assert found["Panama"].feature_type == "country"
    assert found["Colombie"].country_code == "CO"


def test_cartagena_follows_the_country_named() -> None:
    colombia = places("La cocaína salió de Cartagena, en Colombia, hacia Europa.", "es")
    spain = places("La policía detuvo el barco en Cartagena, en España, con cocaína.", "es")
    assert colombia["Cartagena"].country_code == "CO"
    assert spain["Cartagena"].country_code == "ES"


def test_city_comma_state() -> None:
    found = places("He was arrested in Springfield, Illinois, on Friday.", "en")
    assert found["Springfield"].country_code == "US"
    assert abs(found["Springfield"].lat - 39.8) < 0.5
    assert found["Illinois"].feature_type == "admin"


def test_big_city_beats_its_division() -> None:
    found = places("The shipment was unloaded in Antwerp, Belgium.", "en")
    assert found["Antwerp"].feature_type in {"city", "port"}


def test_demonym_resolves_to_country() -> None:
    found = places("Two Colombian nationals were arrested in Rotterdam.", "en")
    assert found["Colombian"].country_code == "CO"
    assert found["Colombian"].feature_type == "country"


def test_offline_geocoder_geocode_and_reverse() -> None:
    geocoder = OfflineGeocoder()
    loc = geocoder.geocode("Amberes")
    assert isinstance(loc, Location)
    assert abs(loc.latitude - 51.22) < 0.1
    many = geocoder.geocode("Antwerpen", exactly_one=False, country_codes="BE")
    assert isinstance(many, list)
    assert all(isinstance(x, Location) and x.raw["country_code"] == "BE" for x in many)
    assert geocoder.geocode("Qwxzzy") is None
    back = geocoder.reverse((51.2194, 4.4025))
    assert isinstance(back, Location)
    assert back.raw["country_code"] == "BE"
    assert isinstance(geocoder.reverse("51.2194, 4.4025"), Location)


def test_small_namesake_does_not_win_on_its_country_alone():
    import routes

    case = routes.case_from_text(
        "El cargamento de cocaína procedente de Colombia llegó con destino a Algeciras.",
        lang="es",
    )
    algeciras = next(p for p in case.place_items if p.name == "Algeciras")
    assert algeciras.country_code == "ES"
