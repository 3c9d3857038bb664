"""Render: draw a case on a folium map — one FeatureGroup per layer, evidence in popups.

Coordinates are converted from the case file's ``(lon, lat)`` to folium's ``[lat, lon]`` in
exactly one place, :func:`latlon`. Every string from an article or a case file is escaped
before it reaches HTML, and only ``http(s)`` links are made clickable.
"""

from __future__ import annotations

import html
import logging
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any
from urllib.parse import urlparse

import folium
from branca.element import Element, MacroElement

from routes._io import write_atomic
from routes.case import Case
from routes.geocode import Place
from routes.incidents import Incident
from routes.network import Leg

log = logging.getLogger(__name__)

__all__ = ["case_to_map", "latlon", "map_to_html"]

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
    return (
        f"<b>{_e(p.name)}</b> <small>({_e(p.feature_type)}, {_e(p.country_code)})</small>"
        f"<br>Named as: {mentions}<br>Mentions: {len(p.mentions)}{roles}"
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


def _legend(case: Case) -> str:
    kinds = sorted({i.type for i in case.incident_items})
    rows = [
        f'<div class="routes-legend-row">{_marker_svg(k)} {_e(k)}</div>' for k in kinds
    ]
    legs = sorted({(leg.kind, leg.inferred) for leg in case.leg_items})
    for kind, inferred in legs:
        dash = "6,6" if kind == "link" or inferred else ""
        opacity = "0.45" if inferred else "1"
        label = ("inferred " if inferred else "") + ("drug flow" if kind == "flow" else "link")
        rows.append(
            f'<div class="routes-legend-row"><svg width="28" height="10"><line x1="0" y1="5" '
            f'x2="28" y2="5" stroke="{ROUTE_STYLE[kind]}" stroke-width="3" '
            f'stroke-dasharray="{dash}" opacity="{opacity}"/></svg> {label}</div>'
        )
    if case.place_items:
        rows.append(
            '<div class="routes-legend-row"><svg width="20" height="20"><circle cx="10" cy="10" '
            'r="6" fill="#444" fill-opacity="0.5" stroke="#222"/></svg> place named</div>'
        )
    return (
        '<div class="routes-legend leaflet-control" role="region" aria-label="Legend">'
        f"<b>Legend</b>{''.join(rows)}</div>"
    )


_CSS = """
<style>
.routes-legend{position:absolute;z-index:1000;bottom:24px;left:10px;background:rgba(255,255,255,.92);
 padding:8px 10px;border-radius:4px;font:12px/1.4 system-ui,sans-serif;box-shadow:0 1px 4px rgba(0,0,0,.3)}
.routes-legend-row{display:flex;align-items:center;gap:6px;white-space:nowrap}
.routes-title{position:absolute;z-index:1000;top:10px;left:54px;right:54px;pointer-events:none;
 font:600 16px/1.3 system-ui,sans-serif;text-shadow:0 0 3px #fff}
.routes-title small{display:block;font-weight:400;font-size:12px}
.routes-quote{margin:6px 0 0;padding-left:6px;border-left:3px solid #999;font-style:italic;max-width:320px}
.routes-incident svg{display:block}
</style>
"""


class _Overlay(MacroElement):  # type: ignore[misc]
    """Static HTML (title, legend) placed over the map."""

    def __init__(self, markup: str) -> None:
        super().__init__()
        self._name = "RoutesOverlay"
        self.markup = markup

    def render(self, **kwargs: Any) -> None:
        figure = self.get_root()
        figure.html.add_child(Element(self.markup), name=self.get_name())
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


def _bounds(case: Case) -> list[list[float]] | None:
    lats: list[float] = []
    lons: list[float] = []
    for p in case.place_items:
        lats.append(p.lat)
        lons.append(p.lon)
    for leg in case.leg_items:
        if leg.geometry is not None:
            x0, y0, x1, y1 = leg.geometry.bounds
            lats += [y0, y1]
            lons += [x0, x1]
    if not lats:
        return None
    return [latlon(min(lons), min(lats)), latlon(max(lons), max(lats))]


def _lines(leg: Leg) -> list[list[list[float]]]:
    geom = leg.geometry
    if geom is None:
        return [[latlon(leg.source.lon, leg.source.lat), latlon(leg.target.lon, leg.target.lat)]]
    parts = list(getattr(geom, "geoms", [geom]))
    return [[latlon(x, y) for x, y in part.coords] for part in parts]


def case_to_map(
    case: Case,
    *,
    m: folium.Map | None = None,
    tiles: str = "light",
    title: str | None = None,
    show_inferred: bool = True,
) -> folium.Map:
    """Draw a case: routes, places and incidents, each a layer that can be toggled.

    Parameters
    ----------
    case
        The case to draw.
    m
        A map to draw on; a new one when None.
    tiles
        ``light``, ``dark`` or ``none`` (no base map).
    title
        Shown over the map; the first source's title when None.
    show_inferred
        Draw legs that the tool inferred (faint and dashed).

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
    if m is None:
        tile_url, attr = TILES.get(tiles, (None, None))
        m = folium.Map(
            location=[30, 0], zoom_start=2, tiles=tile_url, attr=attr, control_scale=True
        )
    routes_fg = folium.FeatureGroup(name="Routes", show=True)
    places_fg = folium.FeatureGroup(name="Places", show=True)
    incidents_fg = folium.FeatureGroup(name="Incidents", show=True)

    for leg in case.leg_items:
        if leg.inferred and not show_inferred:
            continue
        dash = "8 8" if leg.kind == "link" or leg.inferred else None
        weight = 2 + min(4, len({e.source for e in leg.evidence}))
        for line in _lines(leg):
            folium.PolyLine(
                line,
                color=ROUTE_STYLE.get(leg.kind, "#333"),
                weight=weight,
                opacity=0.4 if leg.inferred else 0.85,
                dash_array=dash,
                tooltip=f"{_e(leg.source.name)} {'→' if leg.kind == 'flow' else '↔'} "
                f"{_e(leg.target.name)}",
                popup=folium.Popup(_leg_popup(leg), max_width=360),
                class_name=f"routes-leg routes-{leg.kind}",
            ).add_to(routes_fg)

    for p in case.place_items:
        folium.CircleMarker(
            latlon(p.lon, p.lat),
            radius=4 + min(8, len(p.mentions)),
            color="#222",
            weight=1,
            fill=True,
            fill_color="#444",
            fill_opacity=0.5,
            tooltip=_e(p.name),
            popup=folium.Popup(_place_popup(p), max_width=320),
            class_name="routes-place",
        ).add_to(places_fg)

    for inc in case.incident_items:
        if inc.place is None:
            continue
        folium.Marker(
            latlon(inc.place.lon, inc.place.lat),
            icon=folium.DivIcon(
                html=_marker_svg(inc.type),
                icon_size=(20, 20),
                icon_anchor=(10, 10),
                class_name=f"routes-incident routes-{inc.type}",
            ),
            tooltip=f"{_e(inc.type)} · {_e(inc.place.name)} · {_e(inc.date or 'date unknown')}",
            popup=folium.Popup(_incident_popup(inc), max_width=360),
        ).add_to(incidents_fg)

    for fg in (routes_fg, places_fg, incidents_fg):
        fg.add_to(m)
    folium.LayerControl(collapsed=False).add_to(m)

    heading = title if title is not None else next(
        (s.get("title", "") for s in case.sources if s.get("title")), ""
    )
    credits = ", ".join(
        _source_html(s.get("url") or s.get("source", "")) for s in case.sources[:5]
    )
    markup = _CSS + _legend(case)
    if heading:
        markup += (
            f'<div class="routes-title">{_e(heading)}<small>Sources: {credits}</small></div>'
        )
    m.add_child(_Overlay(markup))
    bounds = _bounds(case)
    if bounds:
        m.fit_bounds(bounds, padding=(20, 20))
    return m


def map_to_html(m: folium.Map, path: str | Path) -> Path:
    """Write a map to an HTML file atomically, with stable element ids.

    Parameters
    ----------
    m
        The map (from :func:`case_to_map`).
    path
        Target ``.html`` file.

    Returns
    -------
    Path
    """
    root = m.get_root()
    _stable_ids(root)
    page = root.render()
    return write_atomic(path, page)


def render_points(points: Sequence[tuple[float, float]]) -> list[list[float]]:
    """[lat, lon] pairs from (lon, lat) pairs (for callers that draw their own layers)."""
    return [latlon(x, y) for x, y in points]
