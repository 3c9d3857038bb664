"""Case: the extracted places, legs and incidents of one or more articles, and the case file.

The case file is a GeoJSON FeatureCollection (WGS84, ``[lon, lat]``) whose features carry
``properties.layer`` ∈ ``place`` | ``route`` | ``incident`` (the contract in DESIGN.md). It is
written with stable ids and ordered keys (same input → same bytes) and can be read back, so a
user can correct it by hand and render it again.
"""

from __future__ import annotations

import json
import logging
from collections.abc import Iterable
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from shapely.geometry import LineString, MultiLineString, mapping, shape

from routes._evidence import Evidence
from routes._io import write_atomic
from routes.errors import CaseFileError
from routes.geocode import Place, Span
from routes.incidents import Incident
from routes.ingest import Article
from routes.network import Leg, leg_geometry

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

log = logging.getLogger(__name__)

__all__ = [
    "Case",
    "case_from_article",
    "case_from_geojson",
    "case_to_geojson",
    "write_case",
]

COORD_DIGITS = 6


@dataclass
class Case:
    """Places, legs and incidents extracted from articles, with their sources.

    Use :func:`routes.read` or :func:`case_from_article` to make one, :meth:`to_geojson` /
    :func:`write_case` to save it and :meth:`map` to draw it.
    """

    place_items: list[Place] = field(default_factory=list)
    leg_items: list[Leg] = field(default_factory=list)
    incident_items: list[Incident] = field(default_factory=list)
    sources: list[dict[str, str]] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)

    # -- tables -------------------------------------------------------------------------
    def _gdf(self, layer: str) -> gpd.GeoDataFrame:
        import geopandas as gpd

        feats = [f for f in self.to_geojson()["features"] if f["properties"]["layer"] == layer]
        if not feats:
            return gpd.GeoDataFrame({"id": []}, geometry=[], crs="EPSG:4326")
        rows = [{"id": f["id"], **f["properties"]} for f in feats]
        geoms = [shape(f["geometry"]) for f in feats]
        return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")

    @property
    def places(self) -> gpd.GeoDataFrame:
        """Places as a GeoDataFrame (EPSG:4326), one row per place."""
        return self._gdf("place")

    @property
    def legs(self) -> gpd.GeoDataFrame:
        """Route legs as a GeoDataFrame (EPSG:4326)."""
        return self._gdf("route")

    @property
    def incidents(self) -> gpd.GeoDataFrame:
        """Incidents as a GeoDataFrame (EPSG:4326)."""
        return self._gdf("incident")

    # -- conversions ----------------------------------------------------------------------
    def to_geojson(self) -> dict[str, Any]:
        """The case file as a GeoJSON dict (see :func:`case_to_geojson`)."""
        return case_to_geojson(self)

    def map(self, **kwargs: Any) -> folium.Map:
        """Draw the case on a folium map (see :func:`routes.render.case_to_map`)."""
        from routes.render import case_to_map

        return case_to_map(self, **kwargs)

    explore = map

    def _repr_html_(self) -> str:
        from html import escape

        titles = ", ".join(escape(s.get("title") or s.get("source", "")) for s in self.sources)
        return (
            f"<b>routes case</b> — {len(self.place_items)} places, {len(self.leg_items)} legs, "
            f"{len(self.incident_items)} incidents<br><small>{titles}</small>"
        )

    def __repr__(self) -> str:
        return (
            f"Case({len(self.place_items)} places, {len(self.leg_items)} legs, "
            f"{len(self.incident_items)} incidents, {len(self.sources)} sources)"
        )

    @classmethod
    def combine(cls, cases: Iterable[Case]) -> Case:
        """One case from several: places by gazetteer id, legs by (source, target, kind)."""
        out = cls()
        places: dict[str, Place] = {}
        legs: dict[tuple[str, str, str], Leg] = {}
        for case in cases:
            out.sources += case.sources
            out.unresolved += case.unresolved
            for p in case.place_items:
                if p.id in places:
                    kept = places[p.id]
                    kept.mentions += [m for m in p.mentions if m not in kept.mentions]
                    kept.roles = sorted(set(kept.roles) | set(p.roles))
                else:
                    places[p.id] = p
            for leg in case.leg_items:
                key = (leg.source.id, leg.target.id, leg.kind)
                if key in legs:
                    legs[key].evidence += leg.evidence
                else:
                    legs[key] = leg
            out.incident_items += case.incident_items
        out.place_items = list(places.values())
        out.leg_items = list(legs.values())
        return out


# --------------------------------------------------------------------------- pipeline


def case_from_article(article: Article) -> Case:
    """Run the whole pipeline on one article.

    Parameters
    ----------
    article
        An article from :mod:`routes.ingest`.

    Returns
    -------
    Case

    Examples
    --------
    >>> from routes.ingest import article_from_text
    >>> art = article_from_text("Deux tonnes de cocaïne saisies au port d’Anvers le 3 mars 2024.")
    >>> case_from_article(art)  # doctest: +SKIP
    Case(1 places, 0 legs, 1 incidents, 1 sources)
    """
    from routes._nlp import parse
    from routes.geocode import places_from_mentions
    from routes.incidents import incidents_from_article
    from routes.network import legs_from_article
    from routes.recognise import mentions_from_article

    parsed = parse(article)
    mentions = mentions_from_article(article, parsed=parsed)
    places = places_from_mentions(mentions, article)
    incidents = incidents_from_article(article, parsed, places)
    legs = legs_from_article(article, parsed, places)
    # Keep on the map only places named in the text; all are (each has mentions).
    return Case(
        place_items=places,
        leg_items=legs,
        incident_items=incidents,
        sources=[_source_of(article)],
    )


def _source_of(article: Article) -> dict[str, str]:
    return {
        "source": article.source,
        "url": article.url,
        "title": article.title,
        "published": article.published.isoformat() if article.published else "",
        "language": article.lang,
        "sha1": article.sha1,
    }


# --------------------------------------------------------------------------- GeoJSON


def _round(geom: dict[str, Any]) -> dict[str, Any]:
    def r(c: Any) -> Any:
        if isinstance(c, (list, tuple)) and c and isinstance(c[0], (int, float)):
            return [round(float(x), COORD_DIGITS) for x in c]
        return [r(x) for x in c]

    return {"type": geom["type"], "coordinates": r(geom["coordinates"])}


def _ev(evidence: list[Evidence]) -> list[dict[str, Any]]:
    return [{"text": e.text, "start": e.start, "end": e.end, "source": e.source} for e in evidence]


def _place_feature(p: Place) -> dict[str, Any]:
    return {
        "type": "Feature",
        "id": p.id,
        "geometry": {"type": "Point", "coordinates": [round(p.lon, COORD_DIGITS),
                                                      round(p.lat, COORD_DIGITS)]},
        "properties": {
            "layer": "place",
            "name": p.name,
            "mentions": [{"text": m.text, "start": m.start, "end": m.end} for m in p.mentions],
            "country_code": p.country_code,
            "feature_type": p.feature_type,
            "gazetteer_id": p.gazetteer_id,
            "precision": p.precision,
            "parent": p.parent,
            "port": p.port,
            "roles": list(p.roles),
            "candidates": p.candidates,
        },
    }


def _leg_feature(leg: Leg) -> dict[str, Any]:
    geom = leg.geometry if leg.geometry is not None else LineString(
        [(leg.source.lon, leg.source.lat), (leg.target.lon, leg.target.lat)]
    )
    return {
        "type": "Feature",
        "id": leg.id,
        "geometry": _round(mapping(geom)),
        "properties": {
            "layer": "route",
            "source": leg.source.name,
            "target": leg.target.name,
            "source_id": leg.source.id,
            "target_id": leg.target.id,
            "kind": leg.kind,
            "mode": leg.mode,
            "evidence": _ev(leg.evidence),
            "inferred": leg.inferred,
            "reason": leg.reason,
            "length_km": leg.length_km,
            "n_sources": len({e.source for e in leg.evidence}) or 1,
        },
    }


def _incident_feature(inc: Incident) -> dict[str, Any]:
    p = inc.place
    coords = [round(p.lon, COORD_DIGITS), round(p.lat, COORD_DIGITS)] if p else None
    return {
        "type": "Feature",
        "id": inc.id,
        "geometry": {"type": "Point", "coordinates": coords} if coords else None,
        "properties": {
            "layer": "incident",
            "type": inc.type,
            "place": p.name if p else None,
            "place_id": p.id if p else None,
            "date": inc.date,
            "date_precision": inc.date_precision,
            "evidence": _ev(inc.evidence),
            "alleged": inc.alleged,
            "geo_precision": inc.geo_precision,
            "attributes": dict(sorted(inc.attributes.items())),
            "confidence": inc.confidence,
        },
    }


def case_to_geojson(case: Case) -> dict[str, Any]:
    """The case file: a GeoJSON FeatureCollection following the case-file contract.

    Parameters
    ----------
    case
        The case.

    Returns
    -------
    dict
        JSON-serialisable; ``json.dumps(..., ensure_ascii=False)`` gives stable bytes.

    Examples
    --------
    >>> fc = case_to_geojson(Case())
    >>> fc["type"], fc["features"]
    ('FeatureCollection', [])
    """
    features = (
        [_place_feature(p) for p in case.place_items]
        + [_leg_feature(leg) for leg in case.leg_items]
        + [_incident_feature(i) for i in case.incident_items]
    )
    return {
        "type": "FeatureCollection",
        "routes_version": _version(),
        "sources": case.sources,
        "unresolved": case.unresolved,
        "features": features,
    }


def _version() -> str:
    try:
        return metadata.version("routes")
    except metadata.PackageNotFoundError:  # pragma: no cover - running from a bare checkout
        return "0+unknown"


def case_to_json(case: Case) -> str:
    """The case file as text (UTF-8, two-space indent, stable)."""
    return json.dumps(case_to_geojson(case), ensure_ascii=False, indent=1) + "\n"


def write_case(case: Case, path: str | Path) -> Path:
    """Write the case file atomically (a failed run leaves the previous file intact)."""
    return write_atomic(path, case_to_json(case))


# --------------------------------------------------------------------------- read back


def _need(props: dict[str, Any], key: str, fid: str) -> Any:
    if key not in props:
        msg = f"Expected property {key!r} in feature {fid!r} of the case file, found none."
        raise CaseFileError(msg)
    return props[key]


def _evidence_from(items: Any) -> list[Evidence]:
    out = []
    for e in items or []:
        if isinstance(e, dict):
            out.append(Evidence(str(e.get("text", "")), int(e.get("start", 0)),
                                int(e.get("end", 0)), str(e.get("source", ""))))
    return out


def case_from_geojson(data: dict[str, Any] | str | Path) -> Case:
    """Read a case file back (possibly corrected by hand).

    Parameters
    ----------
    data
        A FeatureCollection dict, or the path of a ``.geojson`` file.

    Returns
    -------
    Case

    Raises
    ------
    CaseFileError
        If the file is not a FeatureCollection following the contract.

    Notes
    -----
    A route whose end place was moved by hand is redrawn between the new points.
    """
    if not isinstance(data, dict):
        path = Path(data)
        try:
            data = json.loads(path.read_text(encoding="utf-8"))
        except (OSError, UnicodeDecodeError, json.JSONDecodeError) as exc:
            msg = f"Expected a GeoJSON case file at {str(path)!r}: {exc}"
            raise CaseFileError(msg) from None
    if not isinstance(data, dict) or data.get("type") != "FeatureCollection":
        msg = "Expected a GeoJSON FeatureCollection, got something else."
        raise CaseFileError(msg)
    case = Case(sources=list(data.get("sources") or []),
                unresolved=list(data.get("unresolved") or []))
    by_id: dict[str, Place] = {}
    by_name: dict[str, Place] = {}
    features = data.get("features") or []
    for i, f in enumerate(features):
        if not isinstance(f, dict):
            msg = f"Expected feature {i} of the case file to be an object."
            raise CaseFileError(msg)
        props = f.get("properties") or {}
        fid = str(f.get("id") or f"feature-{i}")
        if props.get("layer") not in {"place", "route", "incident"}:
            msg = (f"Expected properties.layer in place|route|incident in feature {fid!r}, "
                   f"got {props.get('layer')!r}.")
            raise CaseFileError(msg)
        if props["layer"] != "place":
            continue
        geom = f.get("geometry") or {}
        if geom.get("type") != "Point":
            msg = f"Expected a Point geometry for place {fid!r}."
            raise CaseFileError(msg)
        lon, lat = (float(x) for x in geom["coordinates"][:2])
        p = Place(
            id=fid,
            name=str(_need(props, "name", fid)),
            lat=lat,
            lon=lon,
            feature_type=str(props.get("feature_type", "other")),
            country_code=str(props.get("country_code", "")),
            gazetteer_id=str(props.get("gazetteer_id", "")),
            precision=str(props.get("precision", "")),
            mentions=[Span(str(m["text"]), int(m["start"]), int(m["end"]))
                      for m in props.get("mentions") or [] if isinstance(m, dict)],
            candidates=list(props.get("candidates") or []),
            parent=str(props.get("parent", "")),
            port=str(props.get("port", "")),
            roles=list(props.get("roles") or []),
        )
        case.place_items.append(p)
        by_id[p.id] = p
        by_name.setdefault(p.name, p)

    def place_ref(pid: Any, name: Any, fid: str) -> Place:
        p = by_id.get(str(pid)) or by_name.get(str(name))
        if p is None:
            msg = f"Expected feature {fid!r} to refer to a place of the case file, got {name!r}."
            raise CaseFileError(msg)
        return p

    for i, f in enumerate(features):
        props = f.get("properties") or {}
        fid = str(f.get("id") or f"feature-{i}")
        if props["layer"] == "route":
            a = place_ref(props.get("source_id"), _need(props, "source", fid), fid)
            b = place_ref(props.get("target_id"), _need(props, "target", fid), fid)
            geom = shape(f["geometry"]) if f.get("geometry") else None
            leg = Leg(
                id=fid, source=a, target=b, kind=str(props.get("kind", "flow")),
                mode=str(props.get("mode", "unknown")),
                evidence=_evidence_from(props.get("evidence")),
                inferred=bool(props.get("inferred", False)), reason=str(props.get("reason", "")),
                length_km=float(props.get("length_km") or 0.0),
                geometry=geom if isinstance(geom, (LineString, MultiLineString)) else None,
            )
            if leg.geometry is None or not _ends_match(leg):
                leg.geometry, leg.length_km, _ = leg_geometry(a, b, leg.mode)
            case.leg_items.append(leg)
        elif props["layer"] == "incident":
            pname = props.get("place")
            place = place_ref(props.get("place_id"), pname, fid) if pname else None
            geom = f.get("geometry")
            if place is not None and geom and geom.get("type") == "Point":
                lon, lat = (float(x) for x in geom["coordinates"][:2])
                if (round(lon, 5), round(lat, 5)) != (round(place.lon, 5), round(place.lat, 5)):
                    # The incident was moved by hand: give it its own point.
                    place = Place(**{**place.__dict__, "lat": lat, "lon": lon,
                                     "mentions": list(place.mentions)})
            case.incident_items.append(Incident(
                id=fid, type=str(_need(props, "type", fid)), place=place,
                date=props.get("date"), date_precision=str(props.get("date_precision", "unknown")),
                evidence=_evidence_from(props.get("evidence")),
                alleged=bool(props.get("alleged", False)),
                geo_precision=int(props.get("geo_precision") or 1),
                attributes=dict(props.get("attributes") or {}),
                confidence=float(props.get("confidence") or 0.5),
            ))
    return case


def _ends_match(leg: Leg, tol_km: float = 1000.0) -> bool:
    """Whether the drawn line still starts and ends near its places (else it is redrawn)."""
    from routes.gazetteer import haversine_km

    geom = leg.geometry
    if geom is None:
        return False
    lines = list(getattr(geom, "geoms", [geom]))
    (x0, y0), (x1, y1) = lines[0].coords[0], lines[-1].coords[-1]
    return (haversine_km(y0, x0, leg.source.lat, leg.source.lon) < tol_km
            and haversine_km(y1, x1, leg.target.lat, leg.target.lon) < tol_km)


