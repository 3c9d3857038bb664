"""Render: draw a case on a folium map — one layer per kind, evidence in popups.

Coordinates are converted from the case file's ``(lon, lat)`` to folium's ``[lat, lon]`` in
exactly one place, :func:`latlon`. Every string from an article or a case file is escaped
before it reaches HTML (or reaches the page as JSON data and the DOM as text), and only
``http(s)`` links are made clickable.

Incidents are drawn by one script over a compact data array (``assets/routes-map.js``), not
one folium object each: a map of 10,000 incidents stays a few megabytes and opens fast. The
same script adds the time filter. Outputs: :func:`map_to_html` (CDN or self-contained),
:func:`case_to_embed` (an ``<iframe>`` snippet) and :func:`html_to_png` (headless Chromium).
"""

from __future__ import annotations

import functools
import html
import json
import logging
import re
import tempfile
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import folium
from branca import element as _branca
from folium import elements as _elements
from folium import map as _folium_map
from folium import plugins
from folium.template import Template

from routes._data import geodata_path
from routes._io import write_atomic
from routes.case import Case
from routes.errors import RoutesError
from routes.geocode import Place, is_placed_at_town
from routes.incidents import Incident
from routes.network import Leg

log = logging.getLogger(__name__)

# branca and folium are partly typed: the classes used here are handled as Any.
Element: Any = _branca.Element
MacroElement: Any = _branca.MacroElement
JSCSSMixin: Any = _elements.JSCSSMixin
Layer: Any = _folium_map.Layer
PolyLine: Any = folium.PolyLine
PolyLineTextPath: Any = plugins.PolyLineTextPath
Fullscreen: Any = plugins.Fullscreen

__all__ = [
    "case_summary",
    "case_to_embed",
    "case_to_map",
    "html_to_png",
    "latlon",
    "map_to_html",
    "map_to_page",
]

# Okabe–Ito palette (colour-blind safe); shapes repeat the information.
INCIDENT_STYLE: dict[str, tuple[str, str]] = {
    "seizure": ("#0072B2", "square"),
    "arrest": ("#009E73", "circle"),
    "shooting": ("#D55E00", "triangle"),
    "murder": ("#000000", "cross"),
    "kidnapping": ("#CC79A7", "diamond"),
    "raid": ("#56B4E9", "pentagon"),
    "attack": ("#E69F00", "star"),
    "extradition": ("#999999", "circle"),
    "conviction": ("#F0E442", "square"),
    "other": ("#777777", "circle"),
}
ROUTE_STYLE = {"flow": "#B2182B", "link": "#5E3C99"}
_CARTO = "https://{s}.basemaps.cartocdn.com/%s/{z}/{x}/{y}{r}.png"
_CARTO_ATTR = (
    '&copy; <a href="https://www.openstreetmap.org/copyright">OpenStreetMap</a> contributors '
    '&copy; <a href="https://carto.com/attributions">CARTO</a>'
)
TILES = {"light": (_CARTO % "light_all", _CARTO_ATTR), "dark": (_CARTO % "dark_all", _CARTO_ATTR)}
_SHAPES = {
    "square": '<rect x="3" y="3" width="14" height="14"/>',
    "circle": '<circle cx="10" cy="10" r="7.5"/>',
    "triangle": '<polygon points="10,2 18.5,17.5 1.5,17.5"/>',
    "diamond": '<polygon points="10,1.5 18.5,10 10,18.5 1.5,10"/>',
    "pentagon": '<polygon points="10,2 18,8 15,18 5,18 2,8"/>',
    "star": '<polygon points="10,1 12.6,7.2 19,7.6 14,11.8 15.6,18.5 10,14.8 4.4,18.5 6,11.8 '
            '1,7.6 7.4,7.2"/>',
    "cross": '<polygon points="6,2 10,6 14,2 18,6 14,10 18,14 14,18 10,14 6,18 2,14 6,10 2,6"/>',
}


def latlon(lon: float, lat: float) -> list[float]:
    """The one conversion from the case file's (lon, lat) to folium's [lat, lon]."""
    return [float(lat), float(lon)]


def _e(value: Any) -> str:
    return html.escape(str(value if value is not None else ""), quote=True)


def _js_safe(markup: str) -> str:
    """Markup that folium may place in a JavaScript template literal without running code.

    folium writes popup and tooltip HTML between backticks; ``${`` would then be evaluated and
    a backslash would escape. Their HTML character references display the same.
    """
    return markup.replace("\\", "&#92;").replace("`", "&#96;").replace("$", "&#36;")


def safe_url(url: str) -> str:
    """``url`` if it is an http(s) URL, else "" (``javascript:`` and friends are refused)."""
    parsed = urlparse(url.strip())
    return url.strip() if parsed.scheme in {"http", "https"} and parsed.netloc else ""


def _source_html(source: str) -> str:
    url = safe_url(source)
    if url:
        return f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer">{_e(url)}</a>'
    return _e(Path(source).name if source else "")


def _quotes(evidence: Iterable[Any], limit: int = 3) -> str:
    items = list(evidence)
    out = [
        f'<blockquote class="routes-quote">“{_e(ev.text)}”'
        f'<br><small>{_source_html(ev.source)} [{ev.start}–{ev.end}]</small></blockquote>'
        for ev in items[:limit]
    ]
    if len(items) > limit:
        out.append(f"<small>… and {len(items) - limit} more</small>")
    return "".join(out)


def _place_popup(p: Place) -> str:
    mentions = ", ".join(sorted({_e(m.text) for m in p.mentions}))
    roles = f"<br>Role: {_e(', '.join(p.roles))}" if p.roles else ""
    approx = (f"<br><i>Position approximate: a quarter of {_e(p.parent)} that the gazetteer "
              f"lacks, drawn at the centre of {_e(p.parent)}</i>"
              if is_placed_at_town(p) else "")
    return (
        f"<b>{_e(p.name)}</b> <small>({_e(p.feature_type)}, {_e(p.country_code)})</small>"
        f"<br>Named as: {mentions}<br>Mentions: {len(p.mentions)}{roles}{approx}"
        f"<br><small>Gazetteer: {_e(p.gazetteer_id)} · precision {_e(p.precision)}</small>"
    )


def _leg_popup(leg: Leg) -> str:
    arrow = "→" if leg.kind == "flow" else "↔"
    inferred = (
        f"<br><i>Inferred by routes: {_e(leg.reason)}</i>" if leg.inferred else ""
    )
    return (
        f"<b>{_e(leg.source.name)} {arrow} {_e(leg.target.name)}</b>"
        f"<br>{_e(leg.kind)} · {_e(leg.mode)} · {leg.length_km:,.0f} km{inferred}"
        f"{_quotes(leg.evidence)}"
    )


def _incident_popup(inc: Incident) -> str:
    attrs = "".join(
        f"<br>{_e(k.replace('_', ' '))}: {_e(v)}" for k, v in sorted(inc.attributes.items())
    )
    alleged = " <i>(alleged)</i>" if inc.alleged else ""
    place = inc.place.name if inc.place else "unknown place"
    return (
        f"<b>{_e(inc.type.capitalize())}</b>{alleged}<br>{_e(place)} · "
        f"{_e(inc.date or 'date unknown')} <small>({_e(inc.date_precision)})</small>{attrs}"
        f"{_quotes(inc.evidence)}"
    )


def _marker_svg(kind: str) -> str:
    color, shape = INCIDENT_STYLE.get(kind, INCIDENT_STYLE["other"])
    return (
        f'<svg xmlns="http://www.w3.org/2000/svg" width="20" height="20" viewBox="0 0 20 20" '
        f'role="img" aria-label="{_e(kind)}"><g fill="{color}" stroke="#fff" '
        f'stroke-width="1.5">{_SHAPES[shape]}</g></svg>'
    )


_ROLE_ORDER = ("origin", "transit", "destination")
_ROLE_STYLE: dict[str, dict[str, Any]] = {
    "origin": {"fill": "#444444", "weight": 3, "dash": None, "label": "origin"},
    "transit": {"fill": "#999999", "weight": 2, "dash": "3 3", "label": "transit"},
    "destination": {"fill": "#ffffff", "weight": 3, "dash": None, "label": "destination"},
    "": {"fill": "#666666", "weight": 1, "dash": None, "label": "place named"},
}
#: Dotted ring of a place drawn at an approximate point (a quarter at its town's centre).
APPROX_DASH = "1 4"
THEMES: dict[str, dict[str, str]] = {
    "light": {"sea": "#d6e5ee", "land": "#f3f0e8", "border": "#aaa59a", "panel": "#ffffffef",
              "text": "#1a1a1a", "halo": "#ffffff", "place": "#222222"},
    "dark": {"sea": "#0f1b24", "land": "#2b2d30", "border": "#5d6166", "panel": "#1e1e1ef0",
             "text": "#eeeeee", "halo": "#000000", "place": "#dddddd"},
}
CLUSTER_ABOVE = 50
TABLE_ROWS = 500
CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
)
_ASSETS = Path(__file__).resolve().parent / "assets"


def _legend(case: Case, theme: dict[str, str]) -> str:
    placed = [i for i in case.incident_items if i.place is not None]
    kinds = sorted({i.type for i in placed})
    rows = [f'<div class="routes-legend-row">{_marker_svg(k)} {_e(k)}</div>' for k in kinds]
    if any(_drawn_precision(i) != 1 for i in placed):
        # Placed from context, only at a country, or in a quarter drawn at its town's centre:
        # drawn faded in a dashed ring.
        rows.append(
            '<div class="routes-legend-row"><span class="routes-approx" '
            f'style="display:inline-block">{_marker_svg(kinds[0])}</span> '
            "incident placed approximately</div>"
        )
    legs = sorted({(leg.kind, leg.inferred) for leg in case.leg_items})
    for kind, inferred in legs:
        dash = "6,6" if kind == "link" or inferred else ""
        opacity = "0.45" if inferred else "1"
        label = ("inferred " if inferred else "") + ("drug flow ►" if kind == "flow" else "link")
        rows.append(
            f'<div class="routes-legend-row"><svg width="28" height="10" aria-hidden="true">'
            f'<line x1="0" y1="5" x2="28" y2="5" stroke="{ROUTE_STYLE[kind]}" stroke-width="3" '
            f'stroke-dasharray="{dash}" opacity="{opacity}"/></svg> {label}</div>'
        )
    for role in sorted({_role(p) for p in case.place_items}, key=_role_rank):
        style = _ROLE_STYLE[role]
        dash = f' stroke-dasharray="{style["dash"].replace(" ", ",")}"' if style["dash"] else ""
        rows.append(
            f'<div class="routes-legend-row"><svg width="20" height="20" aria-hidden="true">'
            f'<circle cx="10" cy="10" r="6" fill="{style["fill"]}" fill-opacity="0.7" '
            f'stroke="{theme["place"]}" stroke-width="{style["weight"]}"{dash}/></svg> '
            f'{_e(style["label"] if not role else "place: " + style["label"])}</div>'
        )
    if any(is_placed_at_town(p) for p in case.place_items):
        rows.append(
            '<div class="routes-legend-row"><svg width="20" height="20" aria-hidden="true">'
            f'<circle cx="10" cy="10" r="6" fill="#666666" fill-opacity="0.15" '
            f'stroke="{theme["place"]}" stroke-width="1" '
            f'stroke-dasharray="{APPROX_DASH.replace(" ", ",")}"/></svg> '
            "quarter drawn at its town's centre (approximate)</div>"
        )
    return (
        '<div class="routes-legend" role="region" aria-label="Legend">'
        f"<b>Legend</b>{''.join(rows)}</div>"
    )


def _drawn_precision(inc: Incident) -> int:
    """How exactly the map can draw an incident.

    Its ``geo_precision``, or 4 when its place is a quarter drawn at its town's centre (the
    event is there, the point is not).
    """
    if inc.geo_precision == 1 and inc.place is not None and is_placed_at_town(inc.place):
        return 4
    return inc.geo_precision


def _role(p: Place) -> str:
    return next((r for r in _ROLE_ORDER if r in p.roles), "")


def _role_rank(role: str) -> int:
    return _ROLE_ORDER.index(role) if role in _ROLE_ORDER else len(_ROLE_ORDER)


def _css(theme: dict[str, str]) -> str:
    t = theme
    return f"""<style>
.leaflet-container{{background:{t["sea"]}}}
.routes-legend,.routes-title,.routes-footer,.routes-time{{color:{t["text"]};background:{t["panel"]};
 font:12px/1.4 system-ui,sans-serif;border-radius:4px;box-shadow:0 1px 4px rgba(0,0,0,.35)}}
.routes-legend{{position:absolute;z-index:1000;bottom:34px;left:10px;padding:8px 10px;
 max-height:45%;overflow:auto}}
.routes-legend-row{{display:flex;align-items:center;gap:6px;white-space:nowrap}}
.routes-title{{position:absolute;z-index:1000;top:10px;left:60px;max-width:calc(100% - 330px);
 padding:6px 10px;font-weight:600;font-size:16px}}
.routes-title small{{display:block;font-weight:400;font-size:12px}}
.routes-footer{{position:absolute;z-index:1000;bottom:6px;left:130px;max-width:55%;
 padding:2px 8px;font-size:11px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}}
.routes-footer a,.routes-title a{{color:inherit}}
.routes-time{{padding:6px 8px}}
.routes-time-row{{display:flex;align-items:center;gap:6px;margin:2px 0}}
.routes-time-row span{{width:32px}}
.routes-time input{{width:150px}}
.routes-quote{{margin:6px 0 0;padding-left:6px;border-left:3px solid #999;font-style:italic;
 max-width:320px}}
.routes-incident svg{{display:block}}
.routes-approx{{border:1.5px dashed #555;border-radius:50%}}
.routes-approx svg{{opacity:.55}}
.routes-incident:focus,.leaflet-interactive:focus{{outline:3px solid #0072B2;outline-offset:1px}}
.routes-skip,.routes-sr:not(:focus):not(:focus-within){{position:absolute!important;width:1px;
 height:1px;padding:0;margin:-1px;overflow:hidden;clip:rect(0 0 0 0);white-space:nowrap;border:0}}
.routes-skip:focus{{position:absolute!important;z-index:2000;top:4px;left:4px;width:auto;
 height:auto;clip:auto;padding:6px;background:#fff;color:#000}}
.routes-sr:focus,.routes-sr:focus-within{{position:absolute;z-index:2000;inset:40px;overflow:auto;
 background:#fff;color:#000;padding:12px;font:13px/1.4 system-ui,sans-serif}}
.routes-table td,.routes-table th{{border:1px solid #ccc;padding:2px 6px;text-align:left;
 vertical-align:top}}
</style>"""


class _Overlay(MacroElement):  # type: ignore[misc]
    """Static HTML (title, legend, footer, text alternative) placed over the map."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._name = "RoutesOverlay"
        self.markup = markup

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        figure.html.add_child(Element(self.markup), name=self.get_name())
        super().render(**kwargs)


def _script_json(value: Any) -> str:
    """JSON that can sit inside a ``<script>`` element (no ``</script``, no ``<!--``)."""
    text = json.dumps(value, ensure_ascii=False, separators=(",", ":"))
    for old, new in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                     ("\u2028", "\\u2028"), ("\u2029", "\\u2029"), ("//", "\\/\\/")):
        text = text.replace(old, new)
    return text


@functools.cache
def _library() -> str:
    return (_ASSETS / "routes-map.js").read_text(encoding="utf-8")


@functools.cache
def _countries_json() -> str:
    data = json.loads(geodata_path("naturalearth_countries.geojson").read_text(encoding="utf-8"))
    return _script_json(data)


class _Library(MacroElement):  # type: ignore[misc]
    """The routes map script (``assets/routes-map.js``), once per page."""

    def __init__(self) -> None:
        super().__init__()
        self._name = "RoutesLibrary"

    def render(self, **kwargs: Any) -> None:
        self.get_root().header.add_child(
            Element(f"<script>{_library()}</script>"), name="routes_map_js"
        )
        super().render(**kwargs)


class _Basemap(JSCSSMixin, MacroElement):  # type: ignore[misc]
    """Offline country shapes (Natural Earth) and, for long routes, a minimap."""

    def __init__(
        self, theme: dict[str, str], *, countries: bool, tiles: tuple[str, str] | None,
        minimap: bool,
    ) -> None:
        super().__init__()
        self._name = "RoutesBasemap"
        self.theme = theme
        self.countries = countries
        self.tiles = tiles
        self.minimap = minimap and (countries or tiles is not None)
        self.default_js = list(plugins.MiniMap.default_js) if self.minimap else []
        self.default_css = list(plugins.MiniMap.default_css) if self.minimap else []

    def render(self, **kwargs: Any) -> None:
        m = self._parent.get_name()
        name = self.get_name()
        style = _script_json({"color": self.theme["border"], "weight": 0.6,
                              "fillColor": self.theme["land"], "fillOpacity": 1})
        lines = []
        if self.countries:
            lines.append(f"var {name}_data = {_countries_json()};")
            lines.append(f"routesMap.basemap({m}, {name}_data, {style}).addTo({m});")
        if self.minimap:
            if self.countries:
                layer = f"L.geoJSON({name}_data, {{interactive: false, style: {style}}})"
            else:
                assert self.tiles is not None
                layer = f"L.tileLayer({_script_json(self.tiles[0])})"
            lines.append(
                f"new L.Control.MiniMap({layer}, {{toggleDisplay: true, position: 'bottomright',"
                " width: 140, height: 110, zoomLevelOffset: -5, minimized: false})"
                f".addTo({m});"
            )
        self.get_root().script.add_child(Element("\n".join(lines)), name=name)
        super().render(**kwargs)


def _simple_span(text: str) -> tuple[int, int] | None:
    found = re.fullmatch(r"(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?", text.strip())
    if not found:
        return None
    year = int(found[1])
    if found[2]:
        month = int(found[2])
        if not 1 <= month <= 12:
            return None
        return year * 12 + month - 1, year * 12 + month - 1
    return year * 12, year * 12 + 11


def date_span(date: str | None) -> tuple[int | None, int | None]:
    """The months an incident date covers, as ``(first, last)`` month indices.

    A month index is ``year * 12 + month - 1``. ``2025-02-14`` and ``2025-02`` cover one month,
    ``2025`` twelve, ``2023/2024`` twenty-four. A month of an unknown year (``--12``) gives
    ``(-1, month - 1)``; no date (or one not understood) gives ``(None, None)``: always shown.

    Examples
    --------
    >>> date_span("2023/2024")
    (24276, 24299)
    >>> date_span("--12"), date_span(None)
    ((-1, 11), (None, None))
    """
    if not date:
        return None, None
    text = date.strip()
    found = re.fullmatch(r"--(\d{2})(?:-\d{2})?", text)
    if found:
        month = int(found[1])
        return (-1, month - 1) if 1 <= month <= 12 else (None, None)
    if "/" in text:
        first, _, last = text.partition("/")
        a, b = _simple_span(first), _simple_span(last)
        if a and b and a[0] <= b[1]:
            return a[0], b[1]
        return None, None
    span = _simple_span(text)
    return span if span else (None, None)


def _source_label(source: str) -> str:
    return safe_url(source) or (Path(source).name if source else "")


def _incident_data(incidents: Sequence[Incident], *, clustered: bool) -> dict[str, Any]:
    """The compact array the incidents script draws from (strings are data, never markup)."""
    types = sorted({i.type for i in incidents})
    type_ix = {t: k for k, t in enumerate(types)}
    places: dict[str, int] = {}
    quotes: dict[tuple[str, int, int, int], int] = {}
    sources: dict[str, int] = {}
    slots: dict[tuple[float, float], int] = {}
    rows: list[list[Any]] = []
    for inc in incidents:
        assert inc.place is not None
        lat, lon = (round(v, 5) for v in latlon(inc.place.lon, inc.place.lat))
        slot = slots.get((lat, lon), 0)
        slots[(lat, lon)] = slot + 1
        p = places.setdefault(inc.place.name, len(places))
        q_ix = []
        for ev in inc.evidence:
            s = sources.setdefault(_source_label(ev.source), len(sources))
            q_ix.append(quotes.setdefault((ev.text, s, ev.start, ev.end), len(quotes)))
        first, last = date_span(inc.date)
        attrs = [[k.replace("_", " "), str(v)] for k, v in sorted(inc.attributes.items())]
        rows.append([lat, lon, type_ix[inc.type], p, inc.date or None, inc.date_precision,
                     first, last, 1 if inc.alleged else 0, q_ix, attrs, slot,
                     _drawn_precision(inc)])
    dated = [r for r in rows if r[6] is not None and r[6] >= 0]
    return {
        "types": types,
        "svgs": [_marker_svg(t) for t in types],
        "places": list(places),
        "sources": list(sources),
        "quotes": [list(q) for q in quotes],
        "rows": rows,
        "tmin": min((r[6] for r in dated), default=None),
        "tmax": max((r[7] for r in dated), default=None),
        "clustered": clustered,
    }


class _IncidentLayer(JSCSSMixin, Layer):  # type: ignore[misc]
    """All incidents as one layer drawn by ``routesMap.incidents`` from a data array."""

    _template = Template("")

    def __init__(self, incidents: Sequence[Incident], *, clustered: bool) -> None:
        super().__init__(name="Incidents", overlay=True, control=True, show=True)
        self._name = "RoutesIncidents"
        self.clustered = clustered
        self.data = _incident_data(incidents, clustered=clustered)
        self.default_js = list(plugins.MarkerCluster.default_js) if clustered else []
        self.default_css = list(plugins.MarkerCluster.default_css) if clustered else []

    def render(self, **kwargs: Any) -> None:
        name = self.get_name()
        group = (
            "L.markerClusterGroup({showCoverageOnHover: false, maxClusterRadius: 40})"
            if self.clustered else "L.featureGroup()"
        )
        script = (
            f"var {name} = {group};\n"
            f"routesMap.incidents({self._parent.get_name()}, {name}, {_script_json(self.data)});"
        )
        self.get_root().script.add_child(Element(script), name=name)
        super().render(**kwargs)


def _stable_ids(root: Any) -> None:
    """Replace folium's random element ids by counters (same case → same HTML bytes)."""
    from branca.element import Element as BrancaElement

    counter = 0
    seen: set[int] = set()

    def walk(el: Any) -> None:
        nonlocal counter
        if id(el) in seen:
            return
        seen.add(id(el))
        el._id = f"{counter:05d}"
        counter += 1
        children = list(el._children.items())
        old_names = {key: child.get_name() for key, child in children}
        for _, child in children:
            walk(child)
        # Keys named after a child's old random name are used as JS variable names.
        el._children = type(el._children)(
            (child.get_name() if key == old_names[key] else key, child) for key, child in children
        )
        for value in list(vars(el).values()):
            if isinstance(value, BrancaElement) and value is not getattr(el, "_parent", None):
                walk(value)

    walk(root)



def _points(case: Case) -> list[tuple[float, float]]:
    pts = [(p.lon, p.lat) for p in case.place_items]
    pts += [(i.place.lon, i.place.lat) for i in case.incident_items if i.place is not None]
    for leg in case.leg_items:
        if leg.geometry is not None:
            x0, y0, x1, y1 = leg.geometry.bounds
            pts += [(x0, y0), (x1, y1)]
        else:
            pts += [(leg.source.lon, leg.source.lat), (leg.target.lon, leg.target.lat)]
    return pts


def _bounds(case: Case) -> list[list[float]] | None:
    pts = _points(case)
    if not pts:
        return None
    lons, lats = [x for x, _ in pts], [y for _, y in pts]
    return [latlon(min(lons), min(lats)), latlon(max(lons), max(lats))]


def _spans_continents(case: Case) -> bool:
    """Whether the case reaches far enough (≈ between continents) to deserve a minimap."""
    pts = _points(case)
    if not pts:
        return False
    lons, lats = [x for x, _ in pts], [y for _, y in pts]
    return max(lons) - min(lons) > 35 or max(lats) - min(lats) > 25


def _lines(leg: Leg) -> list[list[list[float]]]:
    geom = leg.geometry
    if geom is None:
        return [[latlon(leg.source.lon, leg.source.lat), latlon(leg.target.lon, leg.target.lat)]]
    parts = list(getattr(geom, "geoms", [geom]))
    return [[latlon(x, y) for x, y in part.coords] for part in parts]



def _period(case: Case) -> str:
    spans = [date_span(i.date) for i in case.incident_items]
    months = [m for s in spans if s[0] is not None and s[0] >= 0 for m in s if m is not None]
    if not months:
        return ""
    first, last = min(months) // 12, max(months) // 12
    return str(first) if first == last else f"{first}–{last}"


def case_summary(case: Case) -> str:
    """A plain-text description of what the map shows (its text alternative).

    Examples
    --------
    >>> case_summary(Case())
    'Map of 0 places, 0 routes and 0 incidents.'
    """
    n_inc = sum(1 for i in case.incident_items if i.place is not None)
    text = (
        f"Map of {len(case.place_items)} places, {len(case.leg_items)} routes and "
        f"{n_inc} incidents"
    )
    period = _period(case)
    text += f" ({period})." if period else "."
    flows = [leg for leg in case.leg_items if leg.kind == "flow"]
    if flows:
        shown = "; ".join(f"{leg.source.name} → {leg.target.name}" for leg in flows[:10])
        more = f" and {len(flows) - 10} more" if len(flows) > 10 else ""
        text += f" Drug flows: {shown}{more}."
    counts: dict[str, int] = {}
    for inc in case.incident_items:
        if inc.place is not None:
            counts[inc.type] = counts.get(inc.type, 0) + 1
    if counts:
        text += " Incidents: " + ", ".join(f"{n} {t}" for t, n in sorted(counts.items())) + "."
    return text


def _table(case: Case) -> str:
    incidents = [i for i in case.incident_items if i.place is not None]
    rows = []
    for inc in incidents[:TABLE_ROWS]:
        assert inc.place is not None
        quote = inc.evidence[0].text if inc.evidence else ""
        rows.append(
            f"<tr><td>{_e(inc.type)}</td><td>{_e(inc.date or 'unknown')}</td>"
            f"<td>{_e(inc.place.name)}</td><td>{_e(quote)}</td></tr>"
        )
    more = (
        f"<p>… and {len(incidents) - TABLE_ROWS} more incidents in the case file.</p>"
        if len(incidents) > TABLE_ROWS else ""
    )
    return (
        '<table class="routes-table"><caption>Incidents</caption><thead><tr>'
        '<th scope="col">Type</th><th scope="col">Date</th><th scope="col">Place</th>'
        f'<th scope="col">Quote</th></tr></thead><tbody>{"".join(rows)}</tbody></table>{more}'
    )


def _credits(case: Case) -> str:
    items = []
    for s in case.sources[:5]:
        url = safe_url(s.get("url") or "")
        label = s.get("title") or Path(s.get("source") or "").name or url
        if url:
            items.append(
                f'<a href="{_e(url)}" target="_blank" rel="noopener noreferrer">{_e(label)}</a>'
            )
        elif label:
            items.append(_e(label))
    if len(case.sources) > 5:
        items.append(f"… {len(case.sources) - 5} more")
    return ", ".join(items)


class OfflineMap(folium.Map):
    """A folium map that shows in Jupyter without any network: its page is self-contained."""

    def _repr_html_(self, **kwargs: Any) -> str:
        page = html.escape(map_to_page(self, self_contained=True))
        return (
            '<div style="width:100%;"><div style="position:relative;width:100%;height:0;'
            'padding-bottom:60%;"><iframe srcdoc="' + page + '" title="routes map" '
            'style="position:absolute;width:100%;height:100%;left:0;top:0;border:none;" '
            "allowfullscreen></iframe></div></div>"
        )


def case_to_map(
    case: Case,
    *,
    m: folium.Map | None = None,
    tiles: str = "light",
    offline: bool = False,
    title: str | None = None,
    subtitle: str | None = None,
    show_inferred: bool = True,
    cluster: bool | None = None,
    minimap: bool | None = None,
) -> folium.Map:
    """Draw a case: routes, places and incidents, each a layer that can be toggled.

    Parameters
    ----------
    case
        The case to draw.
    m
        A map to draw on; a new one when None.
    tiles
        ``light``, ``dark`` or ``none`` (no base map). Also sets the colours of the panels.
    offline
        Draw no tiles but Natural Earth country shapes (for self-contained pages, see
        :func:`map_to_page`), so that the page makes no request at all; in Jupyter the map then
        shows with no network too (its assets are inlined in the frame).
    title, subtitle
        Shown over the map; by default the first source's title and a count of what is drawn.
    show_inferred
        Draw legs that the tool inferred (faint and dashed).
    cluster
        Group incident markers in clusters; by default when there are more than 50.
    minimap
        Add an overview map; by default when the case spans continents.

    Returns
    -------
    folium.Map

    Examples
    --------
    >>> import routes
    >>> m = case_to_map(routes.Case())
    >>> type(m).__name__
    'Map'
    """
    theme = THEMES["dark" if tiles == "dark" else "light"]
    tile = None if offline else TILES.get(tiles)
    if m is None:
        extra: dict[str, Any] = {} if tile else {"maxZoom": 18}
        m = (OfflineMap if offline else folium.Map)(
            location=[30, 0], zoom_start=2, tiles=tile[0] if tile else None,
            attr=tile[1] if tile else None, control_scale=True, **extra,
        )
    m.add_child(_Library())
    spans = _spans_continents(case) if minimap is None else minimap
    m.add_child(_Basemap(theme, countries=offline and tiles != "none", tiles=tile,
                         minimap=spans))
    routes_fg = folium.FeatureGroup(name="Routes", show=True)
    places_fg = folium.FeatureGroup(name="Places", show=True)

    for leg in case.leg_items:
        if leg.inferred and not show_inferred:
            continue
        dash = "8 8" if leg.kind == "link" or leg.inferred else None
        weight = 2 + min(4, len({e.source for e in leg.evidence}))
        color = ROUTE_STYLE.get(leg.kind, "#333")
        arrow = "→" if leg.kind == "flow" else "↔"
        for line in _lines(leg):
            poly = PolyLine(
                line,
                color=color,
                weight=weight,
                opacity=0.4 if leg.inferred else 0.85,
                dash_array=dash,
                tooltip=_js_safe(f"{_e(leg.source.name)} {arrow} {_e(leg.target.name)}"),
                popup=folium.Popup(_js_safe(_leg_popup(leg)), max_width=360),
                class_name=f"routes-leg routes-{leg.kind}",
            ).add_to(routes_fg)
            if leg.kind == "flow":
                PolyLineTextPath(
                    poly, "      ►      ", repeat=True, offset=4,
                    attributes={"fill": color, "font-size": "12",
                                "opacity": "0.5" if leg.inferred else "1",
                                "class": "routes-arrow"},
                ).add_to(routes_fg)

    for p in case.place_items:
        style = _ROLE_STYLE[_role(p)]
        role = f" ({_role(p)})" if _role(p) else ""
        # A quarter drawn at its town's point looks approximate: dotted ring, faint fill.
        approx = is_placed_at_town(p)
        folium.CircleMarker(
            latlon(p.lon, p.lat),
            radius=4 + min(8, len(p.mentions)),
            color=theme["place"],
            weight=style["weight"],
            dash_array=APPROX_DASH if approx else style["dash"],
            fill=True,
            fill_color=style["fill"],
            fill_opacity=0.15 if approx else 0.6,
            tooltip=_js_safe(_e(p.name + role)),
            popup=folium.Popup(_js_safe(_place_popup(p)), max_width=320),
            class_name="routes-place",
        ).add_to(places_fg)

    incidents = [i for i in case.incident_items if i.place is not None]
    clustered = len(incidents) > CLUSTER_ABOVE if cluster is None else cluster
    routes_fg.add_to(m)
    places_fg.add_to(m)
    m.add_child(_IncidentLayer(incidents, clustered=clustered))
    Fullscreen(position="topleft", title="Full screen",
                       title_cancel="Exit full screen").add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)

    heading = title if title is not None else next(
        (s.get("title", "") for s in case.sources if s.get("title")), ""
    )
    if subtitle is None:
        subtitle = (
            f"{len(case.leg_items)} routes · {len(incidents)} incidents · "
            f"{len(case.place_items)} places"
        )
        period = _period(case)
        subtitle += f" · {period}" if period else ""
    summary = case_summary(case)
    markup = _css(theme) + _legend(case, theme)
    if heading or subtitle:
        markup += f'<div class="routes-title">{_e(heading)}<small>{_e(subtitle)}</small></div>'
    credits = _credits(case)
    version = _e(case.to_geojson().get("routes_version", "")) if case.sources else ""
    markup += (
        f'<div class="routes-footer">{"Sources: " + credits + " · " if credits else ""}'
        f"Map: routes {version} — every mark quotes its source sentence; inferred routes "
        "are dashed and faint</div>"
        '<a class="routes-skip" href="#routes-text">Skip to a text description of the map</a>'
        '<section id="routes-text" class="routes-sr" tabindex="-1" '
        f'aria-label="Text description of the map"><p>{_e(summary)}</p>{_table(case)}</section>'
    )
    m.add_child(_Overlay(markup))
    bounds = _bounds(case)
    if bounds:
        m.fit_bounds(bounds, padding=(30, 30))
    return m


def map_to_page(m: folium.Map, *, self_contained: bool = False) -> str:
    """The HTML page of a map, with stable element ids (same case → same bytes).

    Parameters
    ----------
    m
        The map (from :func:`case_to_map`), rendered once.
    self_contained
        Inline every script, style sheet and font (see :mod:`routes._offline`); draw the map
        with ``offline=True`` so that the page makes no request at all.

    Returns
    -------
    str
    """
    root = m.get_root()
    _stable_ids(root)
    page = root.render()
    if self_contained:
        from routes._offline import make_self_contained

        page = make_self_contained(page)
    return str(page)


def map_to_html(m: folium.Map, path: str | Path, *, self_contained: bool = False) -> Path:
    """Write a map to an HTML file atomically, with stable element ids.

    Parameters
    ----------
    m
        The map (from :func:`case_to_map`).
    path
        Target ``.html`` file.
    self_contained
        See :func:`map_to_page`.

    Returns
    -------
    Path
    """
    return write_atomic(path, map_to_page(m, self_contained=self_contained))


def case_to_embed(
    case: Case, map_path: str | Path, path: str | Path, *, title: str | None = None,
    aspect: float = 0.625,
) -> Path:
    """Write a responsive ``<iframe>`` snippet that embeds a map in an article.

    Parameters
    ----------
    case
        The case drawn in the map (for the title and the text alternative).
    map_path
        The map's HTML file; the snippet refers to it by its file name (publish both together).
    path
        Target file (``<stem>.embed.html``).
    title
        The iframe title; the first source's title when None.
    aspect
        Height over width of the frame.

    Returns
    -------
    Path
    """
    heading = title or next((s.get("title", "") for s in case.sources if s.get("title")), "")
    label = f"Map: {heading}" if heading else "Map of a drug-trafficking case"
    src = Path(map_path).name
    snippet = (
        '<figure class="routes-embed" style="margin:0;max-width:100%">\n'
        f'  <div style="position:relative;width:100%;padding-top:{aspect * 100:.2f}%">\n'
        f'    <iframe src="{_e(src)}" title="{_e(label)}" loading="lazy" '
        'style="position:absolute;inset:0;width:100%;height:100%;border:0" '
        'allowfullscreen></iframe>\n'
        "  </div>\n"
        f"  <figcaption>{_e(case_summary(case))} "
        f'<a href="{_e(src)}">Open the map</a>.</figcaption>\n'
        "</figure>\n"
    )
    return write_atomic(path, snippet)


def html_to_png(
    page: str, path: str | Path, *, width: int = 1400, height: int = 900, timeout: float = 30.0,
    browser: Any = None,
) -> Path:
    """Screenshot a map page in headless Chromium (``/usr/bin/chromium``), network cut off.

    Parameters
    ----------
    page
        The page, self-contained (see :func:`map_to_page`): requests are aborted.
    path
        Target ``.png`` file.
    width, height
        Viewport in CSS pixels.
    timeout
        Seconds to wait for the map to be drawn.
    browser
        A running playwright ``Browser`` to use (one is launched when None).

    Returns
    -------
    Path

    Raises
    ------
    RoutesError
        If playwright or Chromium is not available.
    """
    try:
        from playwright.sync_api import Error as PlaywrightError
        from playwright.sync_api import sync_playwright
    except ImportError:
        msg = "Expected the playwright package for --png (pip install 'routes[test]'), found none."
        raise RoutesError(msg) from None
    def shoot(chromium: Any, url: str) -> bytes:
        tab = chromium.new_page(viewport={"width": width, "height": height})
        try:
            tab.route("**/*", lambda r: r.continue_() if r.request.url == url else r.abort())
            tab.goto(url, wait_until="load", timeout=timeout * 1000)
            tab.wait_for_function("window.routesReady === true", timeout=timeout * 1000)
            tab.wait_for_timeout(300)
            return bytes(tab.screenshot(full_page=False))
        finally:
            tab.close()

    with tempfile.TemporaryDirectory() as tmp:
        file = Path(tmp) / "map.html"
        file.write_text(page, encoding="utf-8")
        url = file.as_uri()
        try:
            if browser is not None:
                png = shoot(browser, url)
            else:
                with sync_playwright() as pw:
                    chromium = pw.chromium.launch(executable_path=CHROMIUM,
                                                  args=list(CHROMIUM_ARGS))
                    try:
                        png = shoot(chromium, url)
                    finally:
                        chromium.close()
        except PlaywrightError as exc:
            msg = f"Expected to screenshot the map in {CHROMIUM}, got: {exc}"
            raise RoutesError(msg) from None
    return write_atomic(path, png)


def render_points(points: Sequence[tuple[float, float]]) -> list[list[float]]:
    """[lat, lon] pairs from (lon, lat) pairs (for callers that draw their own layers)."""
    return [latlon(x, y) for x, y in points]
