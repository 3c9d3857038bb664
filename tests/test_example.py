"""End to end on the bundled example: the reading a journalist expects."""

import pytest

from routes.gazetteer import haversine_km

EXPECTED_PLACES = {
    # name: (lat, lon, tolerance km)
    "Colombia": (4.0, -73.25, 800),
    "Panama": (9.0, -80.0, 800),
    "Antwerp": (51.2194, 4.4025, 30),
    "Brussels": (50.8503, 4.3517, 30),
    "Anderlecht": (50.8365, 4.3082, 10),
    "Peterbos": (50.838, 4.29, 2),
    "Marseille": (43.2965, 5.3698, 30),
    "Belgium": (50.5, 4.5, 800),
    "France": (46.0, 2.0, 800),
}


def test_places_and_coordinates(example_case):
    by_name = {p.name: p for p in example_case.place_items}
    for name, (lat, lon, tol) in EXPECTED_PLACES.items():
        assert name in by_name, name
        p = by_name[name]
        assert haversine_km(lat, lon, p.lat, p.lon) <= tol, name
    assert by_name["Peterbos"].feature_type == "neighbourhood"


def test_legs(example_case):
    flows = {(leg.source.name, leg.target.name) for leg in example_case.leg_items
             if leg.kind == "flow"}
    assert ("Colombia", "Panama") in flows
    panama_antwerp = [leg for leg in example_case.leg_items if leg.kind == "flow"
                      and leg.source.name == "Panama" and "Antwerp" in leg.target.name]
    assert len(panama_antwerp) == 1
    assert panama_antwerp[0].mode == "sea"
    assert 8000 <= panama_antwerp[0].length_km <= 10000
    links = {frozenset((leg.source.name, leg.target.name)) for leg in example_case.leg_items
             if leg.kind == "link"}
    assert any("Peterbos" in pair and any("Marseille" in n for n in pair) for pair in links)


@pytest.mark.parametrize(
    ("type_", "place", "date"),
    [
        # "En décembre", in an article without a date whose latest dated event is February
        # 2025: the December before, flagged year_inferred (see the next test).
        ("arrest", "Panama", "2024-12"),
        ("shooting", ("Peterbos", "Anderlecht"), "2025-02"),
        ("kidnapping", "Brussels", "2023/2024"),
    ],
)
def test_incidents(example_case, type_, place, date):
    places = (place,) if isinstance(place, str) else place
    hits = [i for i in example_case.incident_items if i.type == type_ and i.place
            and i.place.name in places]
    assert len(hits) == 1, [(i.type, i.place and i.place.name) for i in example_case.incident_items]
    assert hits[0].date == date
    for ev in hits[0].evidence:
        assert ev.text


def test_the_inferred_year_is_flagged(example_case):
    (arrest,) = [i for i in example_case.incident_items if i.type == "arrest"]
    assert arrest.attributes["year_inferred"] is True
    assert arrest.date_precision == "month"


def test_seizure_at_antwerp(example_case):
    assert any(i.type == "seizure" and "Antwerp" in i.place.name
               for i in example_case.incident_items if i.place)
