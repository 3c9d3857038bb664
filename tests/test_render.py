"""Tests for routes.render: map state and normalised markup (the browser test is separate)."""

from __future__ import annotations

import json
import re

import pytest
from shapely.geometry import LineString
from typer.testing import CliRunner

from routes import write_case
from routes._evidence import Evidence
from routes.case import Case
from routes.cli import app
from routes.geocode import Place, Span
from routes.incidents import Incident
from routes.network import Leg
from routes.render import (
    case_summary,
    case_to_embed,
    case_to_map,
    date_span,
    latlon,
    map_to_html,
    map_to_page,
    safe_url,
)

PAYLOAD = '<script>window.__pwned=1</script><img src=x onerror="x()">${window.__pwned=2}`'
EXTERNAL_LOAD = re.compile(
    r"<(?:script|img|iframe)\b[^>]*\bsrc=[\"']?(?:https?:)?//|"
    r"<link\b[^>]*\bhref=[\"']?(?:https?:)?//",
    re.IGNORECASE,
)


def _place(pid: str, name: str, lat: float, lon: float, roles: list[str] | None = None) -> Place:
    return Place(pid, name, lat, lon, "city", "BE", pid, "city",
                 mentions=[Span(name, 0, len(name))], roles=roles or [])


def _case(n_incidents: int = 3, *, far: bool = True, name: str = "Antwerp") -> Case:
    antwerp = _place("p1", name, 51.22, 4.40, ["destination"])
    other = _place("p2", "Colón", 9.36, -79.9, ["origin"]) if far else _place(
        "p2", "Ghent", 51.05, 3.72, ["origin"])
    src = "https://example.org/a?x=1&y=2"
    ev = Evidence(f"Cocaine seized in {name}.", 10, 40, src)
    leg = Leg("l1", other, antwerp, "flow", "sea", [ev],
              geometry=LineString([(other.lon, other.lat), (4.40, 51.22)]), length_km=8000.0)
    link = Leg("l2", antwerp, other, "link", "unknown", [ev], inferred=True, reason="test")
    dates = ["2025-02-14", "2025-02", "2023/2024", "--12", None, "2024"]
    types = ["seizure", "shooting", "arrest", "murder", "kidnapping", "raid"]
    incidents = [
        Incident(f"i{k}", types[k % len(types)], antwerp, dates[k % len(dates)],
                 "day", [Evidence(f"quote {k} {name}", k, k + 5, src)])
        for k in range(n_incidents)
    ]
    return Case(place_items=[antwerp, other], leg_items=[leg, link], incident_items=incidents,
                sources=[{"source": "a.txt", "url": src, "title": f"Title {name}"}])


def _data(page: str) -> dict[str, object]:
    found = re.search(r"routesMap\.incidents\(map_\d+, \w+, (\{.*?\})\);\n", page)
    assert found
    return json.loads(found.group(1))  # type: ignore[no-any-return]


def test_latlon_swaps_order() -> None:
    assert latlon(4.4, 51.2) == [51.2, 4.4]


@pytest.mark.parametrize(
    ("date", "span"),
    [
        ("2025-02-14", (2025 * 12 + 1, 2025 * 12 + 1)),
        ("2025-02", (2025 * 12 + 1, 2025 * 12 + 1)),
        ("2025", (2025 * 12, 2025 * 12 + 11)),
        ("2023/2024", (2023 * 12, 2024 * 12 + 11)),
        ("2023-11/2024-02", (2023 * 12 + 10, 2024 * 12 + 1)),
        ("--12", (-1, 11)),
        (None, (None, None)),
        ("", (None, None)),
        ("soon", (None, None)),
        ("2025-13", (None, None)),
        ("2025/2023", (None, None)),
    ],
)
def test_date_span_honours_precision(date: str | None, span: tuple[int, int]) -> None:
    assert date_span(date) == span


def test_safe_url_refuses_other_schemes() -> None:
    assert safe_url("https://example.org/x") == "https://example.org/x"
    assert safe_url("javascript:alert(1)") == ""
    assert safe_url("data:text/html,x") == ""
    assert safe_url("//example.org") == ""


def test_layers_legend_title_footer() -> None:
    page = map_to_page(case_to_map(_case()))
    for layer in ('"Routes"', '"Places"', '"Incidents"'):
        assert layer in page
    legend = page[page.index('class="routes-legend"'):]
    for word in ("seizure", "shooting", "arrest", "drug flow", "inferred link",
                 "place: origin", "place: destination"):
        assert word in legend
    assert "Title Antwerp" in page
    assert '<a href="https://example.org/a?x=1&amp;y=2" target="_blank"' in page
    assert "L.Control.FullScreen" in page or "control.fullscreen" in page.lower()
    assert "basemaps.cartocdn.com/light_all" in page


def test_dark_theme() -> None:
    page = map_to_page(case_to_map(_case(), tiles="dark"))
    assert "dark_all" in page
    assert "#1e1e1ef0" in page


def test_flows_have_arrowheads_links_and_inferred_legs_are_dashed() -> None:
    page = map_to_page(case_to_map(_case()))
    assert page.count(".setText(") == 1  # the flow only
    assert '"className": "routes-leg routes-link"' in page
    link = page[page.index('"className": "routes-leg routes-link"') - 400:]
    assert '"dashArray": "8 8"' in link[:800]
    assert '"opacity": 0.4' in link[:800]


def test_incidents_are_one_data_array_with_date_spans() -> None:
    page = map_to_page(case_to_map(_case(6)))
    data = _data(page)
    rows = data["rows"]
    assert isinstance(rows, list)
    assert len(rows) == 6
    assert [r[4] for r in rows] == ["2025-02-14", "2025-02", "2023/2024", "--12", None, "2024"]
    assert rows[3][6:8] == [-1, 11]
    assert rows[4][6:8] == [None, None]
    assert data["tmin"] == 2023 * 12
    assert data["tmax"] == 2025 * 12 + 1
    assert [r[11] for r in rows] == [0, 1, 2, 3, 4, 5]  # co-located markers are spread
    assert "L.marker(" not in page.split("routesMap.incidents(")[1]


def test_clustering_above_fifty_incidents() -> None:
    few = map_to_page(case_to_map(_case(50)))
    many = map_to_page(case_to_map(_case(51)))
    assert "markerClusterGroup(" not in few
    assert "L.markerClusterGroup(" in many
    assert "leaflet.markercluster.js" in many


def test_minimap_when_routes_span_continents() -> None:
    assert "L.Control.MiniMap(" in map_to_page(case_to_map(_case(far=True)))
    assert "L.Control.MiniMap(" not in map_to_page(case_to_map(_case(far=False)))


def test_two_renders_are_byte_identical() -> None:
    assert map_to_page(case_to_map(_case())) == map_to_page(case_to_map(_case()))
    one = map_to_page(case_to_map(_case(), offline=True), self_contained=True)
    two = map_to_page(case_to_map(_case(), offline=True), self_contained=True)
    assert one == two


def test_self_contained_page_loads_nothing(caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level("WARNING", logger="routes._offline"):
        page = map_to_page(case_to_map(_case(60), offline=True), self_contained=True)
    assert caplog.records == []
    assert EXTERNAL_LOAD.search(page) is None
    assert "tileLayer(" not in page.split("routesMap")[-1]
    assert '"maxZoom": 18' in page
    assert "Natural Earth" in page
    assert '"iso_a3":"BEL"' in page
    assert "markerClusterGroup" in page
    assert len(page.encode()) < 2_000_000


def test_article_text_is_never_markup() -> None:
    case = _case(3, name=f"Anvers {PAYLOAD}")
    page = map_to_page(case_to_map(case, offline=True), self_contained=True)
    assert "<script>window.__pwned" not in page
    assert "<img src=x" not in page
    # folium writes popups in JS template literals: "${" must not reach them.
    scripts = "".join(re.findall(r"<script[^>]*>(.*?)</script>", page, re.DOTALL))
    outside_data = re.sub(r"routesMap\.incidents\(.*?\);\n", "", scripts)
    assert "${window.__pwned" not in outside_data
    assert "&#36;{window.__pwned=2}&#96;" in outside_data
    assert "&lt;script&gt;window.__pwned=1&lt;/script&gt;" in page  # shown as text
    data = _data(page)
    assert PAYLOAD in str(data["places"])  # data, drawn with textContent


def test_text_alternative_and_table() -> None:
    case = _case(4)
    page = map_to_page(case_to_map(case))
    summary = case_summary(case)
    assert summary.startswith("Map of 2 places, 2 routes and 4 incidents")
    assert "Colón → Antwerp" in summary
    section = page[page.index('<section id="routes-text"'):]
    assert 'class="routes-sr"' in section
    assert section.count("<tr><td>") == 4
    assert "<th scope=\"col\">Quote</th>" in section
    assert 'href="#routes-text"' in page


def test_embed_snippet(tmp_path: pytest.TempPathFactory) -> None:
    case = _case()
    html_path = tmp_path / "m.html"  # type: ignore[operator]
    map_to_html(case_to_map(case), html_path)
    out = case_to_embed(case, html_path, tmp_path / "m.embed.html")  # type: ignore[operator]
    text = out.read_text(encoding="utf-8")
    assert '<iframe src="m.html" title="Map: Title Antwerp"' in text
    assert "padding-top:62.50%" in text
    assert "<figcaption>Map of 2 places" in text


def test_cli_map_modes(tmp_path: pytest.TempPathFactory) -> None:
    case_file = write_case(_case(), tmp_path / "c.geojson")  # type: ignore[operator]
    target = tmp_path / "out" / "m.html"  # type: ignore[operator]
    result = CliRunner().invoke(
        app, ["map", str(case_file), "-o", str(target), "--self-contained", "--embed"]
    )
    assert result.exit_code == 0, result.output
    page = target.read_text(encoding="utf-8")
    assert EXTERNAL_LOAD.search(page) is None
    assert (target.parent / "m.embed.html").is_file()
    assert not (target.parent / "m.png").exists()


def test_incidents_placed_approximately_look_approximate() -> None:
    case = _case(2)
    case.incident_items[1].geo_precision = 2
    page = map_to_page(case_to_map(case))
    rows = _data(page)["rows"]
    assert [r[12] for r in rows] == [1, 2]  # type: ignore[index]
    assert "incident placed approximately" in page
    exact = map_to_page(case_to_map(_case(2)))
    assert "incident placed approximately" not in exact


def test_a_quarter_at_its_town_is_drawn_and_told_as_approximate() -> None:
    from routes.geocode import QUARTER_ID

    case = _case(0)
    town = case.place_items[0]
    quarter = Place("q1", "Kiel <b>", town.lat, town.lon, "neighbourhood", "BE",
                    f"{QUARTER_ID}{town.gazetteer_id}:kiel", "city", parent=town.name,
                    mentions=[Span("Kiel <b>", 50, 58)])
    html = case_to_map(Case(place_items=[town, quarter], leg_items=[], incident_items=[],
                            sources=case.sources)).get_root().render()
    assert "Position approximate: a quarter of Antwerp" in html
    assert "quarter drawn at its town&#x27;s centre" in html or (
        "quarter drawn at its town's centre" in html)
    assert "Kiel <b>" not in html  # escaped
    plain = case_to_map(Case(place_items=[town], leg_items=[], incident_items=[],
                             sources=case.sources)).get_root().render()
    assert "Position approximate" not in plain
    assert "quarter drawn" not in plain


def test_an_incident_in_a_quarter_drawn_at_its_town_looks_approximate() -> None:
    from routes.geocode import QUARTER_ID
    from routes.render import _drawn_precision

    case = _case(0)
    town = case.place_items[0]
    quarter = Place("q1", "Kiel", town.lat, town.lon, "neighbourhood", "BE",
                    f"{QUARTER_ID}{town.gazetteer_id}:kiel", "city", parent=town.name,
                    mentions=[Span("Kiel", 50, 54)])
    ev = [Evidence("Shots fired in Kiel.", 40, 60, "a.txt")]
    in_quarter = Incident("i1", "shooting", quarter, "2025-02", "month", ev)
    in_town = Incident("i2", "shooting", town, "2025-02", "month", ev)
    assert (_drawn_precision(in_quarter), _drawn_precision(in_town)) == (4, 1)

    def page(inc: Incident) -> str:
        return case_to_map(Case(place_items=[town, quarter], leg_items=[], incident_items=[inc],
                                sources=case.sources)).get_root().render()

    assert "incident placed approximately" in page(in_quarter)
    assert "incident placed approximately" not in page(in_town)
    assert "the quarter&#x27;s own position is not known" in map_script() or (
        "the quarter's own position is not known" in map_script())


def map_script() -> str:
    from routes.render import _ASSETS

    return (_ASSETS / "routes-map.js").read_text(encoding="utf-8")
