"""Case: the extracted places, legs and incidents of one or more articles, and the case file.

The case file is a GeoJSON FeatureCollection (WGS84, ``[lon, lat]``) whose features carry
``properties.layer`` ∈ ``place`` | ``route`` | ``incident`` (the contract in DESIGN.md). It is
written with stable ids and ordered keys (same input → same bytes) and can be read back, so a
user can correct it by hand and render it again.
"""

from __future__ import annotations

import copy
import functools
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
from routes.errors import CaseEditError, CaseFileError
from routes.geocode import Place, Span
from routes.incidents import Incident
from routes.ingest import Article
from routes.network import Leg, leg_geometry

if TYPE_CHECKING:
    import folium
    import geopandas as gpd

    from routes._nlp import Parsed
    from routes.geocode import OnlineGeocoder

log = logging.getLogger(__name__)

__all__ = [
    "ADDED_BY_HAND",
    "Case",
    "CaseEditError",
    "case_from_article",
    "case_from_geojson",
    "case_to_geojson",
    "write_case",
]

COORD_DIGITS = 6


PLACE_COLUMNS = (
    "id", "layer", "name", "mentions", "country_code", "feature_type", "gazetteer_id",
    "precision", "parent", "port", "roles", "candidates",
)
ROUTE_COLUMNS = (
    "id", "layer", "source", "target", "source_id", "target_id", "kind", "mode", "evidence",
    "inferred", "reason", "length_km", "n_sources",
)
INCIDENT_COLUMNS = (
    "id", "layer", "type", "place", "place_id", "date", "date_precision", "evidence", "alleged",
    "geo_precision", "attributes", "confidence",
)
_COLUMNS = {"place": PLACE_COLUMNS, "route": ROUTE_COLUMNS, "incident": INCIDENT_COLUMNS}
#: Reason given to a leg added with :meth:`Case.add_leg`.
ADDED_BY_HAND = "added by hand"
_FLOW_ROLES = {"origin", "transit", "destination"}
_COARSE = {"country", "region", "continent"}


@dataclass
class Case:
    """Places, legs and incidents extracted from articles, with their sources.

    Use :func:`routes.read`, :func:`routes.case_from_text` (or :meth:`Case.from_text`,
    :meth:`Case.from_file`) to make one, :meth:`to_geojson` / :func:`write_case` to save it and
    :meth:`map` to draw it. The tables :attr:`places`, :attr:`legs` and :attr:`incidents` are
    GeoDataFrames (EPSG:4326) with the columns of the case-file contract.

    Corrections (:meth:`drop_place`, :meth:`regeocode`, :meth:`add_leg`) return a new case and
    re-derive what depends on the corrected element; the case they are called on is unchanged.
    ``case1 + case2`` is :meth:`combine`.

    Examples
    --------
    >>> import routes
    >>> case = routes.read("examples/peterbos_fr.txt")  # doctest: +SKIP
    >>> case = case.drop_place("Belgium").regeocode("Panama", "Colón")  # doctest: +SKIP
    >>> case.map()  # doctest: +SKIP
    """

    place_items: list[Place] = field(default_factory=list)
    leg_items: list[Leg] = field(default_factory=list)
    incident_items: list[Incident] = field(default_factory=list)
    sources: list[dict[str, str]] = field(default_factory=list)
    unresolved: list[dict[str, Any]] = field(default_factory=list)

    # -- constructors -----------------------------------------------------------------------
    @classmethod
    def from_text(cls, text: str, **kwargs: Any) -> Case:
        """Run the pipeline on text in memory (see :func:`routes.case_from_text`)."""
        from routes import case_from_text

        return case_from_text(text, **kwargs)

    @classmethod
    def from_file(cls, path: str | Path, **kwargs: Any) -> Case:
        """Read an article or a case file (see :func:`routes.read`)."""
        from routes import read

        return read(path, **kwargs)

    # -- tables -------------------------------------------------------------------------
    def _gdf(self, layer: str) -> gpd.GeoDataFrame:
        import geopandas as gpd

        feats = [f for f in self.to_geojson()["features"] if f["properties"]["layer"] == layer]
        if not feats:
            return gpd.GeoDataFrame(
                {c: [] for c in _COLUMNS[layer]}, geometry=[], crs="EPSG:4326"
            )
        rows = [{"id": f["id"], **f["properties"]} for f in feats]
        geoms = [shape(f["geometry"]) if f["geometry"] else None for f in feats]
        return gpd.GeoDataFrame(rows, geometry=geoms, crs="EPSG:4326")

    @property
    def places(self) -> gpd.GeoDataFrame:
        """Places as a GeoDataFrame (EPSG:4326), one row per place."""
        return self._gdf("place")

    @property
    def legs(self) -> gpd.GeoDataFrame:
        """Route legs as a GeoDataFrame (EPSG:4326), one row per leg."""
        return self._gdf("route")

    @property
    def incidents(self) -> gpd.GeoDataFrame:
        """Incidents as a GeoDataFrame (EPSG:4326); unplaced ones have no geometry."""
        return self._gdf("incident")

    # -- conversions ----------------------------------------------------------------------
    def to_geojson(self) -> dict[str, Any]:
        """The case file as a GeoJSON dict (see :func:`case_to_geojson`)."""
        return case_to_geojson(self)

    def map(self, **kwargs: Any) -> folium.Map:
        """Draw the case on a folium map, the one the CLI writes.

        Keyword arguments go to :func:`routes.render.case_to_map`.
        """
        from routes.render import case_to_map

        return case_to_map(self, **kwargs)

    def explore(self, **kwargs: Any) -> folium.Map:
        """Same as :meth:`map`, named after ``GeoDataFrame.explore``."""
        return self.map(**kwargs)

    def _repr_html_(self) -> str:
        from collections import Counter
        from html import escape

        kinds = Counter(leg.kind for leg in self.leg_items)
        types = Counter(i.type for i in self.incident_items)
        legs = ", ".join(f"{n} {k}" for k, n in sorted(kinds.items()))
        incs = ", ".join(f"{n} {t}" for t, n in sorted(types.items()))
        rows = []
        for s in self.sources[:10]:
            title = s.get("title") or s.get("source") or s.get("url") or ""
            meta = " · ".join(x for x in (s.get("language", ""), s.get("published", "")) if x)
            rows.append(f"<li>{escape(str(title))}"
                        + (f" <small>({escape(str(meta))})</small>" if meta else "") + "</li>")
        if len(self.sources) > 10:
            rows.append(f"<li>… {len(self.sources) - 10} more</li>")
        return (
            "<div class=\"routes-case\"><strong>routes.Case</strong>: "
            f"{len(self.place_items)} places · {len(self.leg_items)} legs"
            + (f" ({escape(legs)})" if legs else "")
            + f" · {len(self.incident_items)} incidents"
            + (f" ({escape(incs)})" if incs else "")
            + (f"<ul>{''.join(rows)}</ul>" if rows else "")
            + "</div>"
        )

    def __repr__(self) -> str:
        return (
            f"Case({len(self.place_items)} places, {len(self.leg_items)} legs, "
            f"{len(self.incident_items)} incidents, {len(self.sources)} sources)"
        )

    def __add__(self, other: object) -> Case:
        if not isinstance(other, Case):
            return NotImplemented
        return Case.combine([self, other])

    def __radd__(self, other: object) -> Case:
        # ``sum(cases)`` starts from 0.
        if other == 0:
            return self.copy()
        return NotImplemented

    def copy(self) -> Case:
        """A deep copy: corrections of the copy leave this case unchanged."""
        return copy.deepcopy(self)

    @classmethod
    def combine(cls, cases: Iterable[Case]) -> Case:
        """One case from several: places by id, legs by (source, target, kind), incidents by id.

        The cases are copied, so correcting the result leaves them unchanged. Legs and
        incidents of every case point to the one kept place of each id.

        Examples
        --------
        >>> Case.combine([Case(), Case()])
        Case(0 places, 0 legs, 0 incidents, 0 sources)
        """
        out = cls()
        places: dict[str, Place] = {}
        legs: dict[tuple[str, str, str], Leg] = {}
        incidents: dict[str, Incident] = {}
        for original in cases:
            case = original.copy()
            out.sources += [s for s in case.sources if s not in out.sources]
            out.unresolved += [u for u in case.unresolved if u not in out.unresolved]
            kept: dict[int, Place] = {}
            for p in case.place_items:
                if p.id in places:
                    k = places[p.id]
                    k.mentions += [m for m in p.mentions if m not in k.mentions]
                    k.roles = sorted(set(k.roles) | set(p.roles))
                else:
                    places[p.id] = p
                kept[id(p)] = places[p.id]
            for leg in case.leg_items:
                leg.source = kept.get(id(leg.source), leg.source)
                leg.target = kept.get(id(leg.target), leg.target)
                key = (leg.source.id, leg.target.id, leg.kind)
                if key in legs:
                    legs[key].evidence += [e for e in leg.evidence
                                           if e not in legs[key].evidence]
                else:
                    legs[key] = leg
            for inc in case.incident_items:
                # A hand-moved incident has a place of its own: it keeps it.
                if inc.place is not None:
                    inc.place = kept.get(id(inc.place), inc.place)
                # The same article read twice gives the same incident ids: keep one.
                incidents.setdefault(inc.id, inc)
        out.place_items = list(places.values())
        out.leg_items = list(legs.values())
        out.incident_items = list(incidents.values())
        return out

    # -- corrections ------------------------------------------------------------------------
    def place(self, name_or_id: str) -> Place:
        """The place with this id, gazetteer id, name or mention text.

        Raises
        ------
        CaseEditError
            If no place, or more than one, matches.
        """
        from routes._text import name_key

        for match in (
            lambda p: name_or_id in {p.id, p.gazetteer_id},
            lambda p: p.name == name_or_id,
            lambda p: name_key(p.name) == name_key(name_or_id),
            lambda p: any(name_key(m.text) == name_key(name_or_id) for m in p.mentions),
        ):
            found = [p for p in self.place_items if match(p)]
            if len(found) == 1:
                return found[0]
            if len(found) > 1:
                ids = ", ".join(p.id for p in found)
                msg = (f"Expected one place for {name_or_id!r}, found {len(found)}: {ids}; "
                       "use an id.")
                raise CaseEditError(msg)
        names = ", ".join(repr(p.name) for p in self.place_items) or "none"
        msg = (f"Expected the name or id of a place of the case, got {name_or_id!r} "
               f"(places: {names}).")
        raise CaseEditError(msg)

    def drop_place(self, name_or_id: str) -> Case:
        """A copy of the case without a place (a wrong or unwanted reading).

        The legs that start or end there are dropped. Each incident placed there moves to
        another place its evidence names (one containing the dropped place first), with a
        coarser ``geo_precision`` and a lower ``confidence``; an incident with no such place
        is dropped.

        Parameters
        ----------
        name_or_id
            Id, gazetteer id, name or mention text of the place.

        Returns
        -------
        Case

        Examples
        --------
        >>> case = case.drop_place("Belgium")  # doctest: +SKIP
        """
        new = self.copy()
        gone = new.place(name_or_id)
        new.place_items = [p for p in new.place_items if p is not gone]
        touched = {p.id: p for leg in new.leg_items if gone.id in {leg.source.id, leg.target.id}
                   for p in (leg.source, leg.target) if p.id != gone.id}
        new.leg_items = [leg for leg in new.leg_items
                         if gone.id not in {leg.source.id, leg.target.id}]
        incidents = []
        for inc in new.incident_items:
            if inc.place is None or inc.place.id != gone.id:
                incidents.append(inc)
                continue
            other = _replacement(inc, gone, new.place_items)
            if other is None:
                log.info("incident %s dropped with its place %s", inc.id, gone.name)
                continue
            inc.place = other
            inc.geo_precision = max(inc.geo_precision,
                                    3 if other.feature_type in _COARSE else 2)
            inc.confidence = round(max(0.1, inc.confidence - 0.2), 3)
            incidents.append(inc)
        new.incident_items = incidents
        _rederive_roles(new.leg_items, touched.values())
        return new

    def regeocode(
        self,
        name_or_id: str,
        query: str | None = None,
        *,
        lat: float | None = None,
        lon: float | None = None,
        gazetteer_id: str | None = None,
    ) -> Case:
        """A copy of the case where a place is resolved again: another entry, or a point.

        Give one of ``query`` (a name looked up in the gazetteer, best entry kept),
        ``gazetteer_id`` (e.g. one of the place's ``candidates``) or ``lat`` and ``lon``.
        With an entry, the place takes its name, point, type, country and id (and merges with
        the place of the case that already has that id); with a point, only its point moves.
        Legs that touch the place are redrawn and incidents placed there move with it.

        Parameters
        ----------
        name_or_id
            Id, gazetteer id, name or mention text of the place.
        query
            Name to look up ("Panama City", "Colón").
        lat, lon
            WGS84 point.
        gazetteer_id
            Gazetteer entry ("geonames:3703443").

        Returns
        -------
        Case

        Raises
        ------
        CaseEditError
            If the place, the name or the entry is unknown, or not exactly one target is given.

        Examples
        --------
        >>> case = case.regeocode("Panama", gazetteer_id="geonames:3703443")  # doctest: +SKIP
        >>> case = case.regeocode("Peterbos", lat=50.8307, lon=4.2852)  # doctest: +SKIP
        """
        given = [query is not None, gazetteer_id is not None, lat is not None or lon is not None]
        if sum(given) != 1 or (given[2] and (lat is None or lon is None)):
            msg = ("Expected exactly one of query, gazetteer_id or lat and lon, got "
                   f"query={query!r}, gazetteer_id={gazetteer_id!r}, lat={lat!r}, lon={lon!r}.")
            raise CaseEditError(msg)
        new = self.copy()
        p = new.place(name_or_id)
        old_id = p.id
        if lat is not None and lon is not None:
            if not (-90 <= lat <= 90 and -180 <= lon <= 180):
                msg = f"Expected WGS84 latitude and longitude, got lat={lat!r}, lon={lon!r}."
                raise CaseEditError(msg)
            p.lat, p.lon = float(lat), float(lon)
        else:
            _switch_entry(p, query, gazetteer_id)
        for inc in new.incident_items:
            # Hand-moved incidents keep their own point but follow the place's identity.
            if inc.place is not None and inc.place is not p and inc.place.id == old_id:
                inc.place.id, inc.place.name = p.id, p.name
                inc.place.gazetteer_id = p.gazetteer_id
        twin = next((q for q in new.place_items if q.id == p.id and q is not p), None)
        if twin is not None:
            _merge_into(new, p, twin)
            p = twin
        touched: dict[str, Place] = {}
        legs: dict[tuple[str, str, str], Leg] = {}
        for leg in new.leg_items:
            if p in (leg.source, leg.target):
                if leg.source is leg.target:
                    continue
                if leg.kind == "link":
                    leg.source, leg.target = sorted((leg.source, leg.target), key=lambda q: q.id)
                leg.id = f"leg-{leg.kind}-{leg.source.id}-{leg.target.id}"
                leg.geometry, leg.length_km, _ = leg_geometry(leg.source, leg.target, leg.mode)
                touched.update({q.id: q for q in (leg.source, leg.target)})
            key = (leg.source.id, leg.target.id, leg.kind)
            if key in legs:
                legs[key].evidence += [e for e in leg.evidence if e not in legs[key].evidence]
            else:
                legs[key] = leg
        new.leg_items = list(legs.values())
        touched[p.id] = p
        _rederive_roles(new.leg_items, touched.values())
        return new

    def add_leg(
        self,
        source: str,
        target: str,
        *,
        kind: str = "flow",
        mode: str = "unknown",
        evidence: Iterable[Evidence | dict[str, Any]] | None = None,
    ) -> Case:
        """A copy of the case with a leg the tool missed, drawn like the others.

        A hand-added leg is not found in the text by the tool, so it is marked
        ``inferred=True`` with reason ``"added by hand"``: the map draws it as not stated
        (dashed, faint). Quote the sentence that supports it as ``evidence``.

        Parameters
        ----------
        source, target
            Id, gazetteer id, name or mention text of two places of the case.
        kind
            ``flow`` (drugs move from source to target) or ``link``.
        mode
            sea, land, air or unknown.
        evidence
            Quotes as :class:`~routes._evidence.Evidence` or ``{text, start, end, source}``.

        Returns
        -------
        Case

        Raises
        ------
        CaseEditError
            If a place is unknown, the two are one, the kind or mode is not in the contract, or
            the leg exists.

        Examples
        --------
        >>> case = case.add_leg("Antwerp", "Peterbos", mode="land")  # doctest: +SKIP
        """
        if kind not in {"flow", "link"} or mode not in {"sea", "land", "air", "unknown"}:
            msg = ("Expected kind in flow|link and mode in sea|land|air|unknown, "
                   f"got kind={kind!r}, mode={mode!r}.")
            raise CaseEditError(msg)
        new = self.copy()
        a, b = new.place(source), new.place(target)
        if a is b:
            msg = f"Expected two different places, got {a.name!r} twice."
            raise CaseEditError(msg)
        if kind == "link":
            a, b = sorted((a, b), key=lambda q: q.id)
        leg_id = f"leg-{kind}-{a.id}-{b.id}"
        if any(leg.id == leg_id for leg in new.leg_items):
            msg = f"Expected a new leg, but the case has {leg_id!r} already."
            raise CaseEditError(msg)
        evs = [e if isinstance(e, Evidence) else _evidence_from([e])[0] for e in evidence or []]
        geom, km, _ = leg_geometry(a, b, mode)
        leg = Leg(id=leg_id, source=a, target=b, kind=kind, mode=mode, evidence=evs,
                  inferred=True, reason=ADDED_BY_HAND, length_km=km, geometry=geom)
        if kind == "flow":
            leg.roles = {"source": "origin", "target": "destination"}
        new.leg_items.append(leg)
        _rederive_roles(new.leg_items, (a, b))
        return new


def _rederive_roles(legs: list[Leg], places: Iterable[Place]) -> None:
    """Origin / transit / destination of places from the flows that remain."""
    flows = [leg for leg in legs if leg.kind == "flow"]
    for p in places:
        roles = set(p.roles) - _FLOW_ROLES
        src = any(leg.source.id == p.id for leg in flows)
        tgt = any(leg.target.id == p.id for leg in flows)
        if src:
            roles.add("transit" if tgt else "origin")
        if tgt:
            roles.add("transit" if src else "destination")
        p.roles = sorted(roles)


def _replacement(inc: Incident, gone: Place, places: list[Place]) -> Place | None:
    """Where an incident goes when its place is dropped: a place its evidence names."""
    from routes._evidence import SPECIFICITY, contains

    gone_at = [m.start for m in gone.mentions]
    best: tuple[tuple[int, int, int, int], Place] | None = None
    for e in inc.evidence:
        for p in places:
            for m in p.mentions:
                inside = e.start <= m.start and m.end <= e.end
                if not inside or e.text[m.start - e.start : m.end - e.start] != m.text:
                    continue  # a mention of another article, or outside the quote
                dist = min((abs(m.start - g) for g in gone_at), default=0)
                rank = (0 if contains(p, gone) else 1, dist,
                        SPECIFICITY.get(p.feature_type, 9), m.start)
                if best is None or rank < best[0]:
                    best = (rank, p)
    if best is not None:
        return best[1]
    outer = [p for p in places if contains(p, gone)]
    outer.sort(key=lambda p: (SPECIFICITY.get(p.feature_type, 9), p.id))
    return outer[0] if outer else None


def _switch_entry(p: Place, query: str | None, gazetteer_id: str | None) -> None:
    """Resolve a place to another gazetteer entry (by id or best match of a name)."""
    from routes.gazetteer import gazetteer_from_cache
    from routes.geocode import PRECISION, _base_score, _nearest_port, place_id

    gaz = gazetteer_from_cache()
    if gazetteer_id is not None:
        entry = gaz.get(gazetteer_id)
        if entry is None:
            msg = f"Expected an id of the gazetteer, got {gazetteer_id!r}."
            raise CaseEditError(msg)
    else:
        entries = sorted(gaz.lookup(str(query)),
                         key=lambda e: (-_base_score(e), -e.population, e.id))
        if not entries:
            msg = (f"Expected a name the gazetteer knows, got {query!r}; give lat and lon, or "
                   "add it to geodata/places.csv.")
            raise CaseEditError(msg)
        entry = entries[0]
    port = _nearest_port(gaz, entry) if (p.port or entry.feature_type == "port") else ""
    p.id = place_id(entry.id)
    p.name = entry.name
    p.lat, p.lon = entry.lat, entry.lon
    p.feature_type = "port" if port and entry.feature_type in {"city", "port"} else (
        entry.feature_type)
    p.country_code = entry.country_code
    p.gazetteer_id = entry.id
    p.precision = PRECISION.get(entry.feature_type, "site")
    p.parent = entry.parent
    p.port = port


def _merge_into(case: Case, p: Place, twin: Place) -> None:
    """Fold place ``p`` into ``twin`` (same id): mentions, roles, legs and incidents."""
    twin.mentions = sorted({*twin.mentions, *p.mentions}, key=lambda s: (s.start, s.end))
    twin.roles = sorted(set(twin.roles) | set(p.roles))
    case.place_items = [q for q in case.place_items if q is not p]
    for leg in case.leg_items:
        if leg.source is p:
            leg.source = twin
        if leg.target is p:
            leg.target = twin
    for inc in case.incident_items:
        if inc.place is p:
            inc.place = twin


# --------------------------------------------------------------------------- pipeline


def case_from_article(
    article: Article, *, parsed: Parsed | None = None, geocoder: OnlineGeocoder | None = None
) -> Case:
    """Run the whole pipeline on one article.

    Parameters
    ----------
    article
        An article from :mod:`routes.ingest`.
    parsed
        Its parse, when already computed (see :func:`routes._nlp.parse_many` for batches).
    geocoder
        An online chain (:class:`routes.geocode.OnlineGeocoder`) for the names the gazetteer
        lacks; without it they are listed in ``Case.unresolved`` for review.

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
    from routes.geocode import places_from_mentions, places_from_online
    from routes.incidents import incidents_from_article
    from routes.network import legs_from_article
    from routes.quarters import quarters_from_article
    from routes.recognise import Mention, mentions_from_article, unresolved_from_article

    parsed = parsed or parse(article)
    mentions = mentions_from_article(article, parsed=parsed)
    places = places_from_mentions(mentions, article)
    if geocoder is not None:
        # An online answer is more precise than a quarter drawn at its town: asked first.
        unresolved = unresolved_from_article(article, parsed, mentions)
        if unresolved:
            places += places_from_online(unresolved, places, geocoder)
    placed = [Mention(s.text, s.start, s.end, "placed") for p in places for s in p.mentions]
    unknown = unresolved_from_article(article, parsed, mentions + placed)
    quarters = quarters_from_article(
        article, places, unknown=[Span(m.text, m.start, m.end) for m in unknown])
    # (a place whose only mention the text calls a quarter is no longer a place)
    places = [p for p in places if p.mentions]
    if quarters:
        places = sorted(places + quarters, key=lambda p: (p.mentions[0].start, p.id))
        # (what is now a quarter is no longer unknown)
        spans = [(s.start, s.end) for q in quarters for s in q.mentions]
        unknown = [m for m in unknown if not any(a < m.end and m.start < b for a, b in spans)]
    unresolved = unknown
    if unresolved:
        log.info("%d place names unresolved in %s: %s; add them to geodata/places.csv",
                 len(unresolved), article.source or "the article",
                 ", ".join(sorted({m.text for m in unresolved})))
    incidents = incidents_from_article(article, parsed, places)
    legs = legs_from_article(article, parsed, places)
    # Keep on the map only places named in the text; all are (each has mentions).
    return Case(
        place_items=places,
        leg_items=legs,
        incident_items=incidents,
        sources=[_source_of(article)],
        unresolved=[{"text": m.text, "start": m.start, "end": m.end, "source": article.source}
                    for m in unresolved],
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


def _copy(c: Any) -> Any:
    return [_copy(x) for x in c] if c and isinstance(c[0], list) else list(c)


#: GeoJSON of the leg drawings met lately, by object: the network step caches its drawings,
#: so the same geometry comes back article after article (a sea lane has hundreds of points).
#: The geometry is kept with its GeoJSON so that its id is not reused while cached.
_LEG_GEOJSON: dict[int, tuple[LineString | MultiLineString, dict[str, Any]]] = {}


def _leg_geojson(geom: LineString | MultiLineString) -> dict[str, Any]:
    hit = _LEG_GEOJSON.get(id(geom))
    if hit is None or hit[0] is not geom:
        if len(_LEG_GEOJSON) >= 4096:
            _LEG_GEOJSON.clear()
        hit = _LEG_GEOJSON[id(geom)] = (geom, _round(mapping(geom)))
    done = hit[1]
    return {"type": done["type"], "coordinates": _copy(done["coordinates"])}


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
    if leg.geometry is not None:
        geometry = _leg_geojson(leg.geometry)
    else:
        geometry = _round(mapping(LineString(
            [(leg.source.lon, leg.source.lat), (leg.target.lon, leg.target.lat)]
        )))
    return {
        "type": "Feature",
        "id": leg.id,
        "geometry": geometry,
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
            "relation": leg.relation,
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


@functools.cache
def _version() -> str:
    """The installed version of routes (read once: reading package metadata is slow)."""
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
                relation=str(props.get("relation", "")),
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


