"""What a reader sees: the self-contained map of the example in headless Chromium, offline.

One browser per module; every request other than the page itself is aborted and recorded.
Needs ``/usr/bin/chromium`` and the ``playwright`` package (never ``playwright install``).
"""

from __future__ import annotations

import base64
import struct
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest

import routes
from routes.render import (
    CHROMIUM,
    CHROMIUM_ARGS,
    _lines,
    case_to_map,
    date_span,
    html_to_png,
    map_to_page,
)

sync_api = pytest.importorskip("playwright.sync_api")

pytestmark = [
    pytest.mark.browser,
    pytest.mark.skipif(not Path(CHROMIUM).exists(), reason=f"{CHROMIUM} is not installed"),
]

XSS_ARTICLE = (
    "Saisie de cocaïne à Anvers <script>window.__pwned=1</script> le 3 mars 2024.\n\n"
    "La police a saisi deux tonnes de cocaïne au port d’Anvers "
    '<img src=x onerror="window.__pwned=1"> le 3 mars 2024.\n\n'
    'Une fusillade à Bruxelles "><svg onload=window.__pwned=1> a fait un mort en février 2025. '
    "Les enquêteurs parlent d’un règlement de comptes ${window.__pwned=1} `x` \\ "
    "entre trafiquants de cocaïne venus de Colombie.\n"
)


@dataclass
class Loaded:
    """A page opened with the network cut off, and what it tried to do."""

    page: Any
    requests: list[str] = field(default_factory=list)
    errors: list[str] = field(default_factory=list)

    def count(self, selector: str) -> int:
        return int(self.page.locator(selector).count())


@pytest.fixture(scope="module")
def browser() -> Iterator[Any]:
    with sync_api.sync_playwright() as pw:
        chromium = pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        yield chromium
        chromium.close()


@pytest.fixture(scope="module")
def example_file(example_case: routes.Case, tmp_path_factory: pytest.TempPathFactory) -> Path:
    page = map_to_page(case_to_map(example_case, offline=True), self_contained=True)
    path = tmp_path_factory.mktemp("maps") / "peterbos.html"
    path.write_text(page, encoding="utf-8")
    return path


def _open(browser: Any, path: Path) -> Loaded:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    url = path.resolve().as_uri()
    loaded = Loaded(page)

    def route(r: Any) -> None:
        if r.request.url == url:
            r.continue_()
        else:
            loaded.requests.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    page.on("console", lambda m: loaded.errors.append(m.text) if m.type == "error" else None)
    page.on("pageerror", lambda e: loaded.errors.append(str(e)))
    page.goto(url, wait_until="load")
    page.wait_for_function("window.routesReady === true", timeout=15_000)
    return loaded


@pytest.fixture
def example(browser: Any, example_file: Path) -> Iterator[Loaded]:
    loaded = _open(browser, example_file)
    yield loaded
    loaded.page.close()


def _placed(case: routes.Case) -> list[Any]:
    return [i for i in case.incident_items if i.place is not None]


def test_offline_page_works_without_any_request(example: Loaded) -> None:
    assert example.requests == []
    assert example.page.evaluate("typeof L") == "object"
    assert example.page.evaluate("L.version") == "1.9.3"
    assert example.errors == []
    assert example.count(".leaflet-control-layers") == 1
    assert example.count(".leaflet-control-zoom-fullscreen") == 1
    assert example.count(".leaflet-control-minimap") == 1  # Colombia → Antwerp
    assert example.count("path.leaflet-interactive") > 0


def test_route_paths_and_incident_markers_match_the_case(
    example: Loaded, example_case: routes.Case
) -> None:
    n_paths = sum(len(_lines(leg)) for leg in example_case.leg_items)
    assert n_paths > 0
    assert example.count("path.routes-leg") == n_paths
    assert example.count("path.routes-flow") == sum(
        len(_lines(leg)) for leg in example_case.leg_items if leg.kind == "flow"
    )
    assert example.count(".routes-incident") == len(_placed(example_case))
    assert example.count("path.routes-place") == len(example_case.place_items)
    assert example.count("textPath") > 0  # arrowheads on flows


def test_clicking_an_incident_shows_its_quote(example: Loaded, example_case: routes.Case) -> None:
    incidents = _placed(example_case)
    # The incident farthest from the others can be clicked with the mouse.
    def crowd(i: Any) -> float:
        return min(
            (abs(i.place.lat - j.place.lat) + abs(i.place.lon - j.place.lon)
             for j in incidents if j is not i), default=99.0,
        )

    k = max(range(len(incidents)), key=lambda n: crowd(incidents[n]))
    popup = example.page.locator(".leaflet-popup-content")
    for attempt in range(3):
        # (on a loaded machine a click during the map's first zoom animation can be lost:
        # click again, the popup must still open)
        example.page.locator(".routes-incident").nth(k).click()
        try:
            popup.wait_for(timeout=10_000)
            break
        except sync_api.TimeoutError:
            if attempt == 2:
                raise
    assert incidents[k].evidence[0].text[:40] in popup.inner_text()
    # Keyboard: every marker is focusable and Enter opens its popup.
    other = (k + 1) % len(incidents)
    example.page.locator(".routes-incident").nth(other).focus()
    example.page.keyboard.press("Enter")
    popup.filter(has_text=incidents[other].evidence[0].text[:40]).wait_for()


def test_layer_control_hides_a_layer(example: Loaded) -> None:
    control = example.page.locator(".leaflet-control-layers-overlays label")
    assert example.count(".routes-incident") > 0
    control.filter(has_text="Incidents").locator("input").click()
    assert example.count(".routes-incident") == 0
    control.filter(has_text="Routes").locator("input").click()
    assert example.count("path.routes-leg") == 0
    control.filter(has_text="Incidents").locator("input").click()
    assert example.count(".routes-incident") > 0


def _shown(date: str | None, lo: int, hi: int) -> bool:
    first, last = date_span(date)
    if first is None or last is None:
        return True
    if first < 0:
        return hi - lo >= 11 or (last - lo % 12) % 12 <= hi - lo
    return first <= hi and last >= lo


def test_time_filter_hides_incidents_out_of_range(
    example: Loaded, example_case: routes.Case
) -> None:
    incidents = _placed(example_case)
    lo, hi = 2025 * 12, 2025 * 12 + 1  # January–February 2025
    expected = sum(_shown(i.date, lo, hi) for i in incidents)
    assert 0 < expected < len(incidents)
    example.page.evaluate(
        """([lo, hi]) => {
            for (const [cls, v] of [['from', lo], ['to', hi]]) {
                const el = document.querySelector('.routes-time-' + cls);
                el.value = v;
                el.dispatchEvent(new Event('input', {bubbles: true}));
            }
        }""",
        [lo, hi],
    )
    assert example.count(".routes-incident") == expected
    assert f"{expected} of {len(incidents)} shown" in example.page.inner_text(".routes-time")
    # The range inputs are keyboard controls too.
    example.page.focus(".routes-time-from")
    example.page.keyboard.press("Home")
    assert example.page.input_value(".routes-time-from") == example.page.get_attribute(
        ".routes-time-from", "min"
    )
    assert example.count(".routes-incident") >= expected


def _distinct_colours(browser: Any, png: bytes) -> int:
    page = browser.new_page()
    try:
        return int(page.evaluate(
            """async (src) => {
                const img = new Image();
                img.src = src;
                await img.decode();
                const c = document.createElement('canvas');
                c.width = img.width; c.height = img.height;
                const g = c.getContext('2d');
                g.drawImage(img, 0, 0);
                const d = g.getImageData(0, 0, c.width, c.height).data;
                const seen = new Set();
                for (let i = 0; i < d.length; i += 4) {
                    seen.add((d[i] << 16) | (d[i + 1] << 8) | d[i + 2]);
                }
                return seen.size;
            }""",
            "data:image/png;base64," + base64.b64encode(png).decode("ascii"),
        ))
    finally:
        page.close()


def test_screenshot_is_not_blank(example: Loaded, browser: Any) -> None:
    png = example.page.screenshot()
    assert _distinct_colours(browser, png) > 200


def test_png_preview(browser: Any, example_file: Path, tmp_path: Path) -> None:
    page = example_file.read_text(encoding="utf-8")
    out = html_to_png(page, tmp_path / "m.png", browser=browser)
    data = out.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    width, height = struct.unpack(">II", data[16:24])
    assert width >= 1200
    assert height >= 600
    assert _distinct_colours(browser, data) > 200


def test_article_payloads_never_run(browser: Any, tmp_path: Path) -> None:
    case = routes.case_from_text(XSS_ARTICLE, lang="fr")
    assert case.incident_items
    assert case.place_items
    path = tmp_path / "xss.html"
    html = map_to_page(case_to_map(case, offline=True), self_contained=True)
    assert html.count("window.__pwned") >= 3  # the payloads reach the page, as text
    path.write_text(html, encoding="utf-8")
    loaded = _open(browser, path)
    try:
        # Open every popup and tooltip: their content is inserted only then.
        loaded.page.evaluate(
            """() => {
                const map = window[document.querySelector('.folium-map').id];
                map.eachLayer((layer) => {
                    if (layer.getPopup && layer.getPopup()) layer.openPopup();
                    if (layer.getTooltip && layer.getTooltip()) layer.openTooltip();
                });
            }"""
        )
        loaded.page.wait_for_timeout(200)
        assert loaded.page.evaluate("typeof window.__pwned") == "undefined"
        assert loaded.page.locator(".routes-incident").count() > 0
        assert loaded.requests == []  # the <img src=x> was never an element
        assert loaded.errors == []
    finally:
        loaded.page.close()
