import json

import pytest

import routes
from routes.case import case_to_json
from routes.errors import CaseFileError
from routes.incidents import INCIDENT_TYPES

TEXT = (
    "Des conteneurs de cocaïne en provenance du Panama arrivent à destination du port d’Anvers. "
    "En février 2025, une fusillade mortelle a éclaté à Anderlecht. Les enquêteurs ont trouvé "
    "des liens entre les trafiquants de Bruxelles et ceux de Marseille."
)


@pytest.fixture(scope="module")
def case():
    return routes.case_from_text(TEXT, source="inline.txt")


def test_contract(case):
    fc = case.to_geojson()
    assert fc["type"] == "FeatureCollection"
    layers = {f["properties"]["layer"] for f in fc["features"]}
    assert layers == {"place", "route", "incident"}
    for f in fc["features"]:
        p = f["properties"]
        assert f["id"]
        if p["layer"] == "place":
            assert f["geometry"]["type"] == "Point"
            for key in ("name", "mentions", "country_code", "feature_type", "gazetteer_id",
                        "precision"):
                assert key in p
            for m in p["mentions"]:
                assert TEXT[m["start"] : m["end"]] == m["text"]
        elif p["layer"] == "route":
            assert f["geometry"]["type"] in {"LineString", "MultiLineString"}
            assert p["kind"] in {"flow", "link"}
            assert p["mode"] in {"sea", "land", "air", "unknown"}
            for key in ("source", "target", "evidence"):
                assert key in p
        else:
            assert f["geometry"]["type"] == "Point"
            assert p["type"] in INCIDENT_TYPES
            assert p["date_precision"] in {"day", "month", "year", "unknown"}
            for e in p["evidence"]:
                assert TEXT[e["start"] : e["end"]] == e["text"]
                assert e["source"] == "inline.txt"
    lon, lat = next(f for f in fc["features"] if f["properties"]["name"] == "Anderlecht"
                    if f["properties"]["layer"] == "place")["geometry"]["coordinates"]
    assert lon == pytest.approx(4.31, abs=0.05)
    assert lat == pytest.approx(50.84, abs=0.05)


def test_same_input_same_bytes(case):
    again = routes.case_from_text(TEXT, source="inline.txt")
    assert case_to_json(case) == case_to_json(again)


def test_round_trip(case, tmp_path):
    path = routes.write_case(case, tmp_path / "c.geojson")
    back = routes.read(path)
    assert case_to_json(back) == case_to_json(case)


def test_hand_correction_is_kept(case, tmp_path):
    fc = json.loads(case_to_json(case))
    for f in fc["features"]:
        if f["properties"]["layer"] == "place" and f["properties"]["name"] == "Marseille":
            f["geometry"]["coordinates"] = [5.40, 43.35]
    fc["features"] = [f for f in fc["features"] if f["properties"].get("type") != "shooting"]
    path = tmp_path / "fixed.geojson"
    path.write_text(json.dumps(fc), encoding="utf-8")
    back = routes.read(path)
    assert [i.type for i in back.incident_items] == []
    marseille = next(p for p in back.place_items if p.name == "Marseille")
    assert (marseille.lon, marseille.lat) == (5.40, 43.35)


def test_geodataframes(case):
    places = case.places
    assert places.crs.to_epsg() == 4326
    assert {"name", "mentions", "country_code", "feature_type"} <= set(places.columns)
    assert len(case.legs) == len(case.leg_items)
    assert len(case.incidents) == len(case.incident_items)


def test_combine_merges_places_and_legs(case):
    both = routes.Case.combine([case, routes.case_from_text(TEXT, source="other.txt")])
    assert len(both.place_items) == len(case.place_items)
    assert len(both.leg_items) == len(case.leg_items)
    assert len(both.sources) == 2


@pytest.mark.parametrize(
    ("payload", "message"),
    [
        ({"type": "Feature"}, "FeatureCollection"),
        ({"type": "FeatureCollection", "features": [{"properties": {"layer": "x"}}]}, "layer"),
        ({"type": "FeatureCollection", "features": [
            {"id": "r", "geometry": None,
             "properties": {"layer": "route", "source": "A", "target": "B"}}]}, "refer"),
    ],
)
def test_bad_case_files(tmp_path, payload, message):
    path = tmp_path / "bad.geojson"
    path.write_text(json.dumps(payload), encoding="utf-8")
    with pytest.raises(CaseFileError, match=message):
        routes.read(path)


def test_not_json(tmp_path):
    path = tmp_path / "bad.geojson"
    path.write_text("{nope", encoding="utf-8")
    with pytest.raises(CaseFileError, match="GeoJSON"):
        routes.read(path)
