"""Page weight and time to an interactive map: routes' incident layer vs one folium.Marker each.

Usage::

    python benchmarks/page_weight.py [--sizes 10 1000 10000] [--repeat 3] [--json OUT.json]

For each size a synthetic case is made (seeded: random points over Europe, types, dates of every
precision, one quote each). Two self-contained pages are written and opened in headless
Chromium (``/usr/bin/chromium``) with every request other than the page aborted:

* ``routes``: ``case_to_map(case, offline=True)`` + ``map_to_page(self_contained=True)`` — one
  data array drawn by ``assets/routes-map.js`` (clustered above 50 incidents), with the Natural
  Earth basemap, legend, time filter and text table;
* ``naive``: ``folium.Map(tiles=None)`` with one ``folium.Marker`` (escaped popup, tooltip) per
  incident, made self-contained the same way, no basemap.

"Time to interactive" runs from navigation start to the first frame after the page's ``load``
event at which the markers are drawn (routes: ``window.routesReady`` and at least one marker
or cluster icon; naive: every marker icon in the DOM). The median of ``--repeat`` loads is shown.
"""

from __future__ import annotations

import argparse
import html
import json
import random
import statistics
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

import folium

from routes._evidence import Evidence
from routes._offline import make_self_contained
from routes.case import Case
from routes.geocode import Place, Span
from routes.incidents import INCIDENT_TYPES, Incident
from routes.render import CHROMIUM, CHROMIUM_ARGS, case_to_map, map_to_page

WORDS = ("cocaïne", "saisie", "port", "conteneur", "douane", "réseau", "enquête", "police",
         "tonnes", "trafiquants", "quartier", "fusillade", "arrestation", "parquet")


def synthetic_case(n: int, seed: int = 0) -> Case:
    """A case of ``n`` incidents at random points (each its own place)."""
    rng = random.Random(seed)
    types = sorted(INCIDENT_TYPES)
    incidents = []
    for k in range(n):
        lat, lon = rng.uniform(36, 60), rng.uniform(-9, 30)
        name = f"Place {k}"
        place = Place(f"p{k}", name, lat, lon, "city", "BE", f"g{k}", "city",
                      mentions=[Span(name, 0, len(name))])
        year = rng.randint(2018, 2025)
        month = rng.randint(1, 12)
        date, precision = rng.choice([
            (f"{year}-{month:02d}-{rng.randint(1, 28):02d}", "day"),
            (f"{year}-{month:02d}", "month"),
            (f"{year}", "year"),
            (f"{year - 1}/{year}", "year"),
            (f"--{month:02d}", "month"),
            (None, "unknown"),
        ])
        quote = " ".join(rng.choice(WORDS) for _ in range(12)) + f" à {name}."
        incidents.append(Incident(f"i{k}", rng.choice(types), place, date, precision,
                                  [Evidence(quote, 100 * k, 100 * k + len(quote),
                                            "https://example.org/article")]))
    return Case(incident_items=incidents,
                sources=[{"source": "synthetic", "url": "https://example.org/article",
                          "title": f"{n} synthetic incidents"}])


def routes_page(case: Case) -> str:
    return map_to_page(case_to_map(case, offline=True), self_contained=True)


def naive_page(case: Case) -> str:
    m = folium.Map(location=[48, 10], zoom_start=4, tiles=None, maxZoom=18)
    for inc in case.incident_items:
        assert inc.place is not None
        ev = inc.evidence[0]
        popup = (f"<b>{html.escape(inc.type)}</b><br>{html.escape(inc.place.name)} · "
                 f"{html.escape(inc.date or 'date unknown')}<blockquote>"
                 f"{html.escape(ev.text)}</blockquote>")
        folium.Marker([inc.place.lat, inc.place.lon], popup=folium.Popup(popup, max_width=360),
                      tooltip=html.escape(f"{inc.type} · {inc.place.name}")).add_to(m)
    return make_self_contained(m.get_root().render())


READY = {
    "routes": "() => window.routesReady === true && "
              "document.querySelectorAll('.leaflet-marker-icon').length > 0",
    "naive": "(n) => document.querySelectorAll('.leaflet-marker-icon').length >= n",
}


def time_to_interactive(browser: Any, path: Path, kind: str, n: int) -> tuple[float, int]:
    page = browser.new_page(viewport={"width": 1400, "height": 900})
    url = path.resolve().as_uri()
    blocked: list[str] = []

    def route(r: Any) -> None:
        if r.request.url == url:
            r.continue_()
        else:
            blocked.append(r.request.url)
            r.abort()

    page.route("**/*", route)
    try:
        start = time.perf_counter()
        page.goto(url, wait_until="load", timeout=300_000)
        page.wait_for_function(READY[kind], arg=n, timeout=300_000)
        page.evaluate("() => new Promise(r => requestAnimationFrame(() => "
                      "requestAnimationFrame(r)))")
        elapsed = time.perf_counter() - start
        icons = int(page.evaluate("document.querySelectorAll('.leaflet-marker-icon').length"))
    finally:
        page.close()
    if blocked:
        raise SystemExit(f"{kind} page attempted {len(blocked)} requests: {blocked[:3]}")
    return elapsed, icons


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[10, 1_000, 10_000])
    parser.add_argument("--repeat", type=int, default=3)
    parser.add_argument("--json", type=Path, help="Also write the results as JSON.")
    args = parser.parse_args(argv)

    from playwright.sync_api import sync_playwright

    results = []
    with tempfile.TemporaryDirectory() as tmp, sync_playwright() as pw:
        browser = pw.chromium.launch(executable_path=CHROMIUM, args=list(CHROMIUM_ARGS))
        try:
            for n in args.sizes:
                case = synthetic_case(n)
                row: dict[str, Any] = {"incidents": n}
                for kind, make in (("routes", routes_page), ("naive", naive_page)):
                    t0 = time.perf_counter()
                    text = make(case)
                    build = time.perf_counter() - t0
                    path = Path(tmp) / f"{kind}-{n}.html"
                    path.write_text(text, encoding="utf-8")
                    times = []
                    icons = 0
                    for _ in range(args.repeat):
                        elapsed, icons = time_to_interactive(browser, path, kind, n)
                        times.append(elapsed)
                    row[kind] = {"bytes": len(text.encode()), "build_s": round(build, 2),
                                 "tti_s": round(statistics.median(times), 3),
                                 "marker_icons": icons}
                row["speedup"] = round(row["naive"]["tti_s"] / row["routes"]["tti_s"], 1)
                results.append(row)
                print(json.dumps(row), file=sys.stderr)
        finally:
            browser.close()

    print("| incidents | routes bytes | naive bytes | routes time to interactive | "
          "naive time to interactive | naive / routes |")
    print("|---:|---:|---:|---:|---:|---:|")
    for row in results:
        r, nv = row["routes"], row["naive"]
        print(f"| {row['incidents']:,} | {r['bytes']:,} | {nv['bytes']:,} | "
              f"{r['tti_s']:.2f} s | {nv['tti_s']:.2f} s | {row['speedup']}× |")
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
