"""Load a self-contained folium page in headless Chromium with the network cut off.

Usage::

    python benchmarks/check_offline_page.py [PAGE.html] [--screenshot OUT.png]
                                            [--markers N] [--raw]

Without PAGE.html a demonstration map is built (tiles=None, default and
awesome markers, a MarkerCluster, Fullscreen, a MiniMap on a data: tile
layer, AntPath, PolyLineTextPath, PolyLineOffset). The page is passed
through ``routes._offline.make_self_contained`` (unless ``--raw``: the page is
then assumed to be self-contained already), written to a temporary file and
opened through ``file://``. Every request other than the page itself is
aborted and recorded. The script prints a JSON report and exits with status 1
when a request was attempted, a console error or page error occurred,
Leaflet is missing, or no marker was drawn.

Needs Debian's ``/usr/bin/chromium`` (``apt-get install chromium``) and the
``playwright`` Python package; it never downloads a browser.
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

from routes.render import CHROMIUM, CHROMIUM_ARGS

BLANK_TILE = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4"
    "nGN48eIFAAV0ArnZwsdlAAAAAElFTkSuQmCC"
)

PROBE = """
() => {
  const q = (s) => document.querySelectorAll(s).length;
  const style = (s, p) => {
    const el = document.querySelector(s);
    return el ? getComputedStyle(el)[p] : null;
  };
  const fa = document.querySelector('.awesome-marker i.fa');
  return {
    leaflet: typeof L !== 'undefined' ? L.version : null,
    jquery: typeof jQuery !== 'undefined' ? jQuery.fn.jquery : null,
    bootstrap: typeof bootstrap !== 'undefined' ? bootstrap.Tooltip.VERSION : null,
    markerIcons: q('.leaflet-marker-icon'),
    defaultMarkerIcons: q('img.leaflet-marker-icon'),
    defaultIconSrc: (document.querySelector('img.leaflet-marker-icon') || {}).src || null,
    awesomeMarkers: q('[class*="awesome-marker-icon-"]'),
    awesomeBackground: (style('.awesome-marker', 'backgroundImage') || '').slice(0, 30),
    clusters: q('.marker-cluster'),
    fullscreenControl: q('.leaflet-control-zoom-fullscreen'),
    minimap: q('.leaflet-control-minimap'),
    antPaths: q('path.leaflet-ant-path'),
    textPaths: q('textPath'),
    faFontFamily: fa ? getComputedStyle(fa, '::before').fontFamily : null,
    faFontLoaded: document.fonts.check('900 14px "Font Awesome 6 Free"'),
    glyphFontLoaded: document.fonts.check('14px "Glyphicons Halflings"'),
  };
}
"""


def demo_page(markers: int) -> str:
    """Render the demonstration folium map.

    Parameters
    ----------
    markers : int
        Number of extra markers added to the MarkerCluster.

    Returns
    -------
    str
        The page as folium writes it (with CDN references).
    """
    import random

    import folium
    from folium import plugins

    rng = random.Random(0)
    m = folium.Map(location=[45.0, 5.0], zoom_start=8, tiles=None, maxZoom=18)
    cluster = plugins.MarkerCluster().add_to(m)
    for i in range(markers):
        folium.Marker(
            [45.0 + rng.random() * 0.2, 5.0 + rng.random() * 0.2], popup=f"stop {i}"
        ).add_to(cluster)
    folium.Marker([45.5, 5.5], tooltip="default icon").add_to(m)
    folium.Marker([45.6, 4.6], icon=folium.Icon(icon="info-sign")).add_to(m)
    folium.Marker([45.4, 4.5], icon=folium.Icon(icon="ship", prefix="fa", color="red")).add_to(m)
    plugins.Fullscreen().add_to(m)
    plugins.MiniMap(tile_layer=folium.TileLayer(tiles=BLANK_TILE, attr="blank")).add_to(m)
    plugins.AntPath([[45.0, 5.0], [45.5, 5.5], [45.2, 6.0]]).add_to(m)
    line = folium.PolyLine([[44.7, 4.7], [44.9, 5.6]]).add_to(m)
    plugins.PolyLineTextPath(line, "  route  ", repeat=True).add_to(m)
    plugins.PolyLineOffset([[44.6, 4.7], [44.8, 5.6]], offset=8, color="green").add_to(m)
    return m.get_root().render()


def check(html_path: Path, screenshot: Path | None) -> dict[str, Any]:
    """Open a page with every network request aborted and report what happened.

    Parameters
    ----------
    html_path : Path
        The page to open (through a ``file://`` URL).
    screenshot : Path or None
        Where to save a PNG screenshot, if wanted.

    Returns
    -------
    dict
        ``requests`` (every aborted request), ``console_errors``,
        ``page_errors``, ``failed_requests`` and the DOM ``probe`` results.
    """
    from playwright.sync_api import Route, sync_playwright

    page_url = html_path.resolve().as_uri()
    blocked: list[str] = []
    console: list[str] = []
    page_errors: list[str] = []
    failed: list[str] = []

    def route(route: Route) -> None:
        if route.request.url == page_url:
            route.continue_()
        else:
            blocked.append(route.request.url)
            route.abort()

    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            page = browser.new_page(viewport={"width": 1000, "height": 700})
            page.route("**/*", route)
            page.on(
                "console",
                lambda msg: (
                    console.append(f"{msg.type}: {msg.text}")
                    if msg.type in ("error", "warning")
                    else None
                ),
            )
            page.on("pageerror", lambda exc: page_errors.append(str(exc)))
            page.on("requestfailed", lambda req: failed.append(req.url))
            started = time.perf_counter()
            page.goto(page_url, wait_until="load")
            page.evaluate("document.fonts.ready.then(() => true)")
            page.wait_for_timeout(500)
            load_seconds = time.perf_counter() - started
            probe = page.evaluate(PROBE)
            if screenshot is not None:
                page.screenshot(path=str(screenshot))
            # Interact, in case something is only fetched later: open a
            # cluster, then a popup.
            if probe["clusters"]:
                page.click(".marker-cluster")
                page.wait_for_timeout(1000)
                probe["markerIconsAfterClusterClick"] = page.evaluate(
                    "document.querySelectorAll('.leaflet-marker-icon').length"
                )
            icons = page.query_selector_all("img.leaflet-marker-icon")
            if icons:
                icons[-1].dispatch_event("click")
                page.wait_for_timeout(300)
                probe["popupsOpen"] = page.evaluate(
                    "document.querySelectorAll('.leaflet-popup').length"
                )
        finally:
            browser.close()
    return {
        "page": str(html_path),
        "page_bytes": html_path.stat().st_size,
        "load_seconds": round(load_seconds, 2),
        "requests": blocked,
        "failed_requests": failed,
        "console": console,
        "page_errors": page_errors,
        "probe": probe,
    }


def main(argv: list[str] | None = None) -> int:
    """Run the check; return the process exit status."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n", 1)[0])
    parser.add_argument("page", nargs="?", type=Path, help="folium page (default: demo map)")
    parser.add_argument("--screenshot", type=Path, help="save a PNG screenshot here")
    parser.add_argument("--markers", type=int, default=200, help="clustered markers in the demo")
    parser.add_argument("--raw", action="store_true", help="do not run make_self_contained")
    args = parser.parse_args(argv)

    if not Path(CHROMIUM).exists():
        print(f"{CHROMIUM} not found (apt-get install chromium)", file=sys.stderr)
        return 2
    sys.path.insert(0, str(Path(__file__).resolve().parents[1]))
    from routes._offline import make_self_contained

    html = args.page.read_text(encoding="utf-8") if args.page else demo_page(args.markers)
    if not args.raw:
        started = time.perf_counter()
        html = make_self_contained(html)
        print(f"make_self_contained: {time.perf_counter() - started:.3f} s", file=sys.stderr)
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "offline.html"
        path.write_text(html, encoding="utf-8")
        report = check(path, args.screenshot)
    probe = report["probe"]
    problems = []
    if report["requests"]:
        problems.append("network requests attempted")
    if report["page_errors"] or any(c.startswith("error") for c in report["console"]):
        problems.append("errors in the page")
    if not probe["leaflet"]:
        problems.append("Leaflet not loaded")
    if not probe["markerIcons"] and not probe["awesomeMarkers"]:
        problems.append("no marker drawn")
    report["ok"] = not problems
    report["problems"] = problems
    print(json.dumps(report, indent=2))
    return 0 if report["ok"] else 1


if __name__ == "__main__":
    raise SystemExit(main())
