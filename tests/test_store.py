"""The GeoPackage store: valid layers, merging across articles, round trip to a Case."""

from __future__ import annotations

import datetime as dt
import json
import sqlite3

import geopandas as gpd
import pyogrio
import pytest

import routes
from routes._evidence import Evidence
from routes.case import Case, case_to_geojson
from routes.errors import CaseFileError
from routes.geocode import Place, Span
from routes.incidents import Incident
from routes.network import Leg
from routes.store import (
    ArticleRecord,
    case_from_store,
    date_window,
    open_store,
    rebuild_layers,
    store_to_geojson,
    stored_hashes,
    write_records,
)


def _place(pid, name, lat, lon, ftype, cc, start):
    return Place(id=f"place-{pid}", name=name, lat=lat, lon=lon, feature_type=ftype,
                 country_code=cc, gazetteer_id=pid, precision=ftype,
                 mentions=[Span(name, start, start + len(name))])


def _article_case(source, *, date, inc_place="antwerp", arrest_date="2024"):
    antwerp = _place("geonames:1", "Antwerp", 51.22, 4.40, "city", "BE", 10)
    belgium = _place("geonames:2", "Belgium", 50.5, 4.5, "country", "BE", 30)
    panama = _place("geonames:3", "Panama", 9.0, -80.0, "country", "PA", 50)
    where = antwerp if inc_place == "antwerp" else belgium
    ev = [Evidence("Deux tonnes saisies à Anvers.", 0, 29, source)]
    leg = Leg(id="leg-flow-place-geonames-3-place-geonames-1", source=panama, target=antwerp,
              kind="flow", mode="sea", evidence=ev)
    incidents = [
        Incident(id=f"inc-{source}-seizure", type="seizure", place=where, date=date,
                 date_precision="day" if date and len(date) == 10 else "month",
                 evidence=ev),
        Incident(id=f"inc-{source}-arrest", type="arrest", place=antwerp, date=arrest_date,
                 date_precision="year", evidence=ev),
    ]
    case = Case(place_items=[antwerp, belgium, panama], leg_items=[leg],
                incident_items=incidents, sources=[{"source": source}])
    return json.dumps(case_to_geojson(case), ensure_ascii=False)


@pytest.fixture
def store(tmp_path):
    path = tmp_path / "corpus.gpkg"
    records = [
        ArticleRecord(sha1="a" * 40, source="a.txt", published="2024-03-20", lang="fr",
                      case=_article_case("a.txt", date="2024-03-12")),
        ArticleRecord(sha1="b" * 40, source="b.txt", published="2024-03-25", lang="fr",
                      case=_article_case("b.txt", date="2024-03", inc_place="belgium",
                                         arrest_date="2021")),
        ArticleRecord(sha1="c" * 40, source="c.txt", status="error",
                      error="ArticleError: empty"),
    ]
    with open_store(path) as con:
        write_records(con, records)
        assert rebuild_layers(con)
        assert not rebuild_layers(con)  # up to date: nothing written
    return path


def test_store_is_a_geopackage(store):
    layers = dict(pyogrio.list_layers(store))
    assert layers == {"places": "Point", "legs": "Unknown", "incidents": "Point",
                      "articles": None}
    places = gpd.read_file(store, layer="places")
    assert places.crs.to_epsg() == 4326
    assert len(places) == 3
    articles = gpd.read_file(store, layer="articles")
    assert sorted(articles["status"]) == ["error", "ok", "ok"]
    with sqlite3.connect(store) as con:
        assert con.execute("PRAGMA application_id").fetchone()[0] == 0x47504B47


def test_store_columns_are_the_case_file_properties(store):
    fc = json.loads(_article_case("x", date=None))
    for layer, table in [("place", "places"), ("route", "legs"), ("incident", "incidents")]:
        props = next(f["properties"] for f in fc["features"] if f["properties"]["layer"] == layer)
        cols = set(pyogrio.read_info(store, layer=table)["fields"])
        assert set(props) | {"id"} <= cols


def test_places_and_legs_merged_across_articles(store):
    places = gpd.read_file(store, layer="places").set_index("name")
    assert places.loc["Antwerp", "article_count"] == 2
    assert places.loc["Antwerp", "mention_count"] == 2
    mentions = json.loads(places.loc["Antwerp", "mentions"])
    assert {m["article"] for m in mentions} == {"a" * 40, "b" * 40}
    legs = gpd.read_file(store, layer="legs")
    assert len(legs) == 1
    assert legs.loc[0, "article_count"] == 2
    assert {e["source"] for e in json.loads(legs.loc[0, "evidence"])} == {"a.txt", "b.txt"}
    assert legs.loc[0, "n_sources"] == 2


def test_incidents_merged_when_same_event(store):
    inc = gpd.read_file(store, layer="incidents")
    seizures = inc[inc["type"] == "seizure"]
    # Antwerp 2024-03-12 and Belgium 2024-03 are one seizure, at the more specific place/date.
    assert len(seizures) == 1
    s = seizures.iloc[0]
    assert (s["place"], s["date"], s["article_count"]) == ("Antwerp", "2024-03-12", 2)
    # Arrests in 2024 and in 2021 are two events.
    assert sorted(inc[inc["type"] == "arrest"]["date"]) == ["2021", "2024"]


def test_round_trip_to_case(store):
    case = routes.read(store)
    assert isinstance(case, Case)
    assert (len(case.place_items), len(case.leg_items), len(case.incident_items)) == (3, 1, 3)
    assert [s["sha1"] for s in case.sources] == ["a" * 40, "b" * 40]
    fc = store_to_geojson(store)
    again = case_from_store(store)
    assert case_to_geojson(again)["features"] == case_to_geojson(case)["features"]
    assert {f["properties"]["layer"] for f in fc["features"]} == {"place", "route", "incident"}


def test_stored_hashes_and_replace(store):
    with open_store(store) as con:
        assert stored_hashes(con) == {"a" * 40, "b" * 40}
        assert stored_hashes(con, status="error") == {"c" * 40}
        write_records(con, [ArticleRecord(sha1="c" * 40, status="ok", case=_article_case(
            "c.txt", date="2019"))])
        assert stored_hashes(con, status="error") == set()
        assert rebuild_layers(con)


def test_not_a_store(tmp_path):
    bad = tmp_path / "bad.gpkg"
    bad.write_bytes(b"not sqlite at all" * 100)
    with pytest.raises(CaseFileError, match="Expected a GeoPackage store"), open_store(bad):
        pass
    with pytest.raises(CaseFileError, match="missing path"):
        case_from_store(tmp_path / "none.gpkg")


def test_date_window():
    assert date_window("2024-03-12", None) == (dt.date(2024, 3, 12), dt.date(2024, 3, 12))
    assert date_window(None, dt.date(2024, 1, 1))[1] == dt.date(2024, 1, 1)
    assert date_window("--03", None) is None
    assert date_window(None, None) is None


def test_layers_stale_until_rebuilt(store):
    with open_store(store) as con:
        write_records(con, [ArticleRecord(sha1="d" * 40, case=_article_case("d.txt",
                                                                          date="2018"))])
    with pytest.warns(UserWarning, match="lag behind"):
        store_to_geojson(store)
    with open_store(store) as con:
        assert rebuild_layers(con)
    assert len(case_from_store(store).sources) == 3
