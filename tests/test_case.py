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


# --------------------------------------------------------------------------- notebook API

from routes._evidence import Evidence  # noqa: E402
from routes.case import ADDED_BY_HAND, CaseEditError  # noqa: E402
from routes.geocode import Place, Span  # noqa: E402
from routes.incidents import Incident  # noqa: E402
from routes.network import Leg, leg_geometry  # noqa: E402

SMALL = "Une fusillade a éclaté au Peterbos, à Anderlecht. Un suspect a été arrêté au Panama."


def _place(pid, name, lat, lon, ftype, cc, start, parent=""):
    return Place(id=f"place-{pid}", name=name, lat=lat, lon=lon, feature_type=ftype,
                 country_code=cc, gazetteer_id=pid.replace("-", ":", 1), precision=ftype,
                 mentions=[Span(name, start, start + len(name))], parent=parent)


@pytest.fixture
def small():
    peterbos = _place("routes-peterbos", "Peterbos", 50.8414, 4.2997, "neighbourhood", "BE",
                      SMALL.index("Peterbos"), parent="Anderlecht")
    anderlecht = _place("geonames-2803201", "Anderlecht", 50.8362, 4.3145, "city", "BE",
                        SMALL.index("Anderlecht"))
    panama = _place("geonames-3703430", "Panama", 9.0, -80.0, "country", "PA",
                    SMALL.index("Panama"))
    first = SMALL.index(".") + 1
    shot = Evidence(SMALL[:first], 0, first, "small.txt")
    arrest = Evidence(SMALL[first + 1 :], first + 1, len(SMALL), "small.txt")
    geom, km, _ = leg_geometry(panama, peterbos, "air")
    return routes.Case(
        place_items=[peterbos, anderlecht, panama],
        leg_items=[Leg(id=f"leg-flow-{panama.id}-{peterbos.id}", source=panama, target=peterbos,
                       kind="flow", mode="air", evidence=[arrest], length_km=km, geometry=geom)],
        incident_items=[
            Incident(id="incident-1", type="shooting", place=peterbos, date="2025-02",
                     date_precision="month", evidence=[shot]),
            Incident(id="incident-2", type="arrest", place=panama, date=None,
                     date_precision="unknown", evidence=[arrest], geo_precision=3),
        ],
        sources=[{"source": "small.txt", "title": "Small"}],
    )


def _reread(case, tmp_path):
    path = routes.write_case(case, tmp_path / "c.geojson")
    back = routes.read(path)
    assert case_to_json(back) == case_to_json(case)
    return back


def test_empty_case_tables_have_the_contract_columns():
    empty = routes.Case()
    for gdf, keys in [(empty.places, {"name", "mentions", "gazetteer_id", "precision"}),
                      (empty.legs, {"source", "target", "kind", "mode", "evidence"}),
                      (empty.incidents, {"type", "place", "date", "date_precision"})]:
        assert len(gdf) == 0
        assert gdf.crs.to_epsg() == 4326
        assert keys <= set(gdf.columns)


def test_map_and_explore_share_the_render_path(case, monkeypatch):
    import routes.render

    calls = []

    def fake(c, **kw):
        calls.append((c, kw))
        return "map"

    monkeypatch.setattr(routes.render, "case_to_map", fake)
    assert case.map(tiles="none") == "map"
    assert case.explore() == "map"
    assert calls == [(case, {"tiles": "none"}), (case, {})]


def test_map_is_a_folium_map(case):
    import folium

    assert isinstance(case.explore(), folium.Map)


def test_repr_html_is_escaped_and_short():
    evil = routes.Case(sources=[{"title": "<script>alert(1)</script> & co", "language": "fr"}])
    html = evil._repr_html_()
    assert "<script>" not in html
    assert "&lt;script&gt;" in html
    assert "0 places" in html
    many = routes.Case(sources=[{"title": f"t{i}"} for i in range(25)])
    assert "15 more" in many._repr_html_()


def test_constructors(case, tmp_path):
    assert case_to_json(routes.Case.from_text(TEXT, source="inline.txt")) == case_to_json(case)
    path = routes.write_case(case, tmp_path / "c.geojson")
    assert case_to_json(routes.Case.from_file(path)) == case_to_json(case)


def test_place_lookup(case):
    assert case.place("Anvers").name == "Antwerp"  # mention text
    assert case.place("marseille").name == "Marseille"  # name, any case
    assert case.place("geonames:2803201").name == "Anderlecht"  # gazetteer id
    with pytest.raises(CaseEditError, match="Expected the name or id"):
        case.place("Atlantis")
    assert issubclass(CaseEditError, routes.RoutesError)


def test_drop_place_drops_legs_and_keeps_the_original(case, tmp_path):
    before = case_to_json(case)
    fixed = case.drop_place("Marseille")
    assert case_to_json(case) == before
    assert "Marseille" not in [p.name for p in fixed.place_items]
    assert all("Marseille" not in (leg.source.name, leg.target.name) for leg in fixed.leg_items)
    assert len(fixed.leg_items) == len(case.leg_items) - 1
    _reread(fixed, tmp_path)
    assert case_to_json(fixed) == case_to_json(case.drop_place("Marseille"))  # deterministic


def test_drop_place_replaces_or_drops_incidents(small, tmp_path):
    fixed = small.drop_place("Peterbos")
    shooting = next(i for i in fixed.incident_items if i.type == "shooting")
    assert shooting.place.name == "Anderlecht"  # named in the same sentence and contains it
    assert shooting.geo_precision == 2
    assert shooting.confidence < 0.8
    assert fixed.leg_items == []
    assert fixed.place("Panama").roles == []
    gone = small.drop_place("Panama")
    assert [i.type for i in gone.incident_items] == ["shooting"]  # nowhere else to put it
    _reread(fixed, tmp_path)


def test_regeocode_to_a_candidate(case, tmp_path):
    fixed = case.regeocode("Panama", gazetteer_id="geonames:3703443")
    city = fixed.place("Panama City")
    assert city.id == "place-geonames-3703443"
    assert city.feature_type == "city"
    assert city.mentions == case.place("Panama").mentions
    leg = next(leg for leg in fixed.leg_items if leg.kind == "flow")
    assert leg.source is city
    assert leg.id == f"leg-flow-{city.id}-place-routes-port-of-antwerp"
    old = next(leg for leg in case.leg_items if leg.kind == "flow")
    assert leg.length_km != old.length_km
    assert city.roles == ["origin"]
    assert case.place("Panama").id == "place-geonames-3703430"  # original unchanged
    _reread(fixed, tmp_path)


def test_regeocode_by_query_and_point_moves_incidents(small, tmp_path):
    moved = small.regeocode("Peterbos", lat=50.83, lon=4.29)
    p = moved.place("Peterbos")
    assert (p.lat, p.lon) == (50.83, 4.29)
    assert p.id == "place-routes-peterbos"
    shooting = next(i for i in moved.incident_items if i.type == "shooting")
    assert shooting.place is p
    inc = next(f for f in moved.to_geojson()["features"] if f["id"] == "incident-1")
    assert inc["geometry"]["coordinates"] == [4.29, 50.83]
    end = moved.leg_items[0].geometry.coords[-1]
    assert end == pytest.approx((4.29, 50.83))
    _reread(moved, tmp_path)
    city = small.regeocode("Panama", "Panama City")
    assert city.place("Panama City").feature_type == "city"
    assert city.incident_items[1].place.name == "Panama City"


def test_regeocode_onto_another_place_merges_them(case):
    merged = case.regeocode("Antwerp", gazetteer_id="routes:port-of-antwerp")
    assert [p.name for p in merged.place_items].count("Port of Antwerp") == 1
    assert "Antwerp" not in [p.name for p in merged.place_items]
    port = merged.place("Port of Antwerp")
    assert [m.text for m in port.mentions] == ["port d’Anvers", "Anvers"]
    assert len(merged.place_items) == len(case.place_items) - 1


@pytest.mark.parametrize(
    ("kwargs", "message"),
    [
        ({}, "exactly one"),
        ({"query": "Colón", "lat": 9.0, "lon": -79.9}, "exactly one"),
        ({"lat": 9.0}, "exactly one"),
        ({"lat": 91.0, "lon": 0.0}, "WGS84"),
        ({"query": "Xyzzyville"}, "gazetteer knows"),
        ({"gazetteer_id": "geonames:0"}, "id of the gazetteer"),
    ],
)
def test_regeocode_errors(case, kwargs, message):
    with pytest.raises(CaseEditError, match=message):
        case.regeocode("Panama", **kwargs)


def test_add_leg_is_marked_as_added_by_hand(case, tmp_path):
    quote = {"text": "port d’Anvers", "start": TEXT.index("port d’Anvers"),
             "end": TEXT.index("port d’Anvers") + len("port d’Anvers"), "source": "inline.txt"}
    fixed = case.add_leg("port d’Anvers", "Bruxelles", mode="land", evidence=[quote])
    leg = fixed.leg_items[-1]
    assert (leg.source.name, leg.target.name, leg.kind, leg.mode) == (
        "Port of Antwerp", "Brussels", "flow", "land")
    assert leg.inferred is True
    assert leg.reason == ADDED_BY_HAND == "added by hand"
    assert leg.evidence[0].text == "port d’Anvers"
    assert leg.length_km > 30
    assert fixed.place("Port of Antwerp").roles == ["transit"]
    assert fixed.place("Brussels").roles == ["destination"]
    assert len(case.leg_items) == len(fixed.leg_items) - 1
    back = _reread(fixed, tmp_path)
    assert back.leg_items[-1].reason == "added by hand"
    props = fixed.legs.iloc[-1]
    assert bool(props["inferred"])
    assert props["reason"] == "added by hand"


@pytest.mark.parametrize(
    ("args", "kwargs", "message"),
    [
        (("Panama", "Panama"), {}, "two different"),
        (("Panama", "port d’Anvers"), {}, "already"),
        (("Panama", "Marseille"), {"kind": "route"}, "kind"),
        (("Panama", "Marseille"), {"mode": "boat"}, "mode"),
        (("Panama", "Atlantis"), {}, "name or id"),
    ],
)
def test_add_leg_errors(case, args, kwargs, message):
    with pytest.raises(CaseEditError, match=message):
        case.add_leg(*args, **kwargs)


def test_plus_and_sum_combine(case, small):
    combined = routes.Case.combine([case, small])
    assert case_to_json(case + small) == case_to_json(combined)
    assert case_to_json(sum([case, small])) == case_to_json(combined)
    with pytest.raises(TypeError):
        case + 1


def test_combine_copies_and_shares_places(case):
    other = routes.case_from_text(TEXT, source="other.txt")
    before = case_to_json(case)
    both = case + other
    assert case_to_json(case) == before
    ids = {id(p) for p in both.place_items}
    for leg in both.leg_items:
        assert id(leg.source) in ids
        assert id(leg.target) in ids
    for inc in both.incident_items:
        assert inc.place is None or id(inc.place) in ids
    # A correction of the combined case reaches the legs of every article.
    moved = both.regeocode("Marseille", lat=43.35, lon=5.40)
    link = next(leg for leg in moved.leg_items if leg.kind == "link")
    assert len({e.source for e in link.evidence}) == 2
    assert link.geometry.coords[-1] == pytest.approx((5.40, 43.35))
    assert case_to_json(case) == before


def test_combine_same_article_twice_keeps_one_of_each(case):
    twice = case + case
    assert case_to_json(twice) == case_to_json(routes.Case.combine([case]))
