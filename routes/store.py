"""Store: a corpus of articles and their merged places, legs and incidents in one GeoPackage.

The store is a real GeoPackage (OGC 1.3, opens in QGIS and ``ogrinfo``) written with the
standard library's :mod:`sqlite3`, so that every write is one SQLite transaction: a batch that
is interrupted leaves the file as it was after its last committed chunk, never half-written.

Layers
------
``articles`` (attributes)
    One row per article, keyed by the content hash :attr:`routes.Article.sha1`: metadata, status
    (``ok`` or ``error``), the error message of a failed article, and the article's own case
    file (``case``, GeoJSON text). This table is the truth the other layers are derived from.
``places`` (Point)
    One row per gazetteer id, merged across articles, with ``mention_count`` and
    ``article_count``.
``legs`` (LineString / MultiLineString)
    One row per (source, target, kind), with the evidence of every article and
    ``article_count``.
``incidents`` (Point)
    Reports of the same event by several articles merged into one row (same type, same or
    contained place, overlapping date windows), with the evidence of every report.

The columns of ``places``, ``legs`` and ``incidents`` are the properties of the case file
(:func:`routes.case_to_geojson`; lists and objects as JSON text) plus ``article_count`` and
``articles`` (the hashes of the articles that report the row), so that the store reads back
into a :class:`routes.Case` (:func:`case_from_store`) and renders like a case file.
"""

from __future__ import annotations

import calendar
import contextlib
import datetime as dt
import hashlib
import json
import logging
import re
import sqlite3
import struct
import warnings
from collections.abc import Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

import shapely
from shapely.geometry import shape

from routes.errors import CaseFileError

if TYPE_CHECKING:
    from routes.case import Case

log = logging.getLogger(__name__)

__all__ = [
    "LAYERS",
    "ArticleRecord",
    "case_from_store",
    "date_window",
    "layers_stale",
    "merge_reports",
    "open_store",
    "rebuild_layers",
    "store_to_geojson",
    "stored_hashes",
    "write_records",
]

#: Feature layers of the store and the case-file layer each holds.
LAYERS: dict[str, str] = {"places": "place", "legs": "route", "incidents": "incident"}
_GEOMETRY_TYPES = {"places": "POINT", "legs": "GEOMETRY", "incidents": "POINT"}
_APPLICATION_ID = 0x47504B47  # "GPKG"
_USER_VERSION = 10300  # GeoPackage 1.3
_WGS84_WKT = (
    'GEOGCS["WGS 84",DATUM["WGS_1984",SPHEROID["WGS 84",6378137,298.257223563,'
    'AUTHORITY["EPSG","7030"]],AUTHORITY["EPSG","6326"]],PRIMEM["Greenwich",0,'
    'AUTHORITY["EPSG","8901"]],UNIT["degree",0.0174532925199433,AUTHORITY["EPSG","9122"]],'
    'AXIS["Latitude",NORTH],AXIS["Longitude",EAST],AUTHORITY["EPSG","4326"]]'
)
_ARTICLE_COLUMNS: list[tuple[str, str]] = [
    ("sha1", "TEXT NOT NULL UNIQUE"),
    ("source", "TEXT"),
    ("url", "TEXT"),
    ("title", "TEXT"),
    ("published", "TEXT"),
    ("lang", "TEXT"),
    ("chars", "INTEGER"),
    ("status", "TEXT NOT NULL"),
    ("error", "TEXT"),
    ("n_places", "INTEGER"),
    ("n_legs", "INTEGER"),
    ("n_incidents", "INTEGER"),
    ("routes_version", "TEXT"),
    ("case", "TEXT"),
]
#: Undated incidents are placed in this window before their article's publication date.
UNDATED_WINDOW_DAYS = 365


@dataclass(frozen=True)
class ArticleRecord:
    """What a batch stores about one article: its metadata and its case file, or its error.

    Parameters
    ----------
    sha1
        Content hash of the article text (for unreadable files, of their path, prefixed
        ``path:``).
    source, url, title, published, lang
        Article metadata (``published`` ISO ``YYYY-MM-DD`` or "").
    chars
        Length of the text.
    status
        ``ok`` or ``error``.
    error
        ``"ExceptionType: message"`` of a failed article, else "".
    case
        The article's case file (compact GeoJSON text) when ``ok``, else "".
    """

    sha1: str
    source: str = ""
    url: str = ""
    title: str = ""
    published: str = ""
    lang: str = ""
    chars: int = 0
    status: str = "ok"
    error: str = ""
    case: str = ""


# --------------------------------------------------------------------------- GeoPackage plumbing


def _gpkg_blob(geom: dict[str, Any] | None) -> bytes | None:
    """A GeoJSON geometry as a GeoPackage geometry blob (header with envelope, then WKB)."""
    if not geom:
        return None
    g = shape(geom)
    minx, miny, maxx, maxy = g.bounds
    # magic, version 0, flags: little endian (1) | xy envelope (1 << 1); srs_id 4326.
    header = b"GP" + struct.pack("<BBi4d", 0, 0b00000011, 4326, minx, maxx, miny, maxy)
    return header + bytes(shapely.to_wkb(g, byte_order=1, output_dimension=2))


def _geometry_from_blob(blob: bytes | None) -> dict[str, Any] | None:
    if blob is None:
        return None
    flags = blob[3]
    envelope = (flags >> 1) & 0b111
    size = 8 + {0: 0, 1: 32, 2: 48, 3: 48, 4: 64}[envelope]
    geom = shapely.from_wkb(blob[size:])
    mapped: dict[str, Any] = shapely.geometry.mapping(geom)
    return {"type": mapped["type"], "coordinates": _lists(mapped["coordinates"])}


def _lists(c: Any) -> Any:
    if isinstance(c, (list, tuple)):
        return [_lists(x) for x in c]
    return c


def _init_gpkg(con: sqlite3.Connection) -> None:
    con.execute(f"PRAGMA application_id = {_APPLICATION_ID}")
    con.execute(f"PRAGMA user_version = {_USER_VERSION}")
    con.executescript(
        """
        CREATE TABLE IF NOT EXISTS gpkg_spatial_ref_sys (
            srs_name TEXT NOT NULL, srs_id INTEGER NOT NULL PRIMARY KEY,
            organization TEXT NOT NULL, organization_coordsys_id INTEGER NOT NULL,
            definition TEXT NOT NULL, description TEXT);
        CREATE TABLE IF NOT EXISTS gpkg_contents (
            table_name TEXT NOT NULL PRIMARY KEY, data_type TEXT NOT NULL,
            identifier TEXT UNIQUE, description TEXT DEFAULT '',
            last_change DATETIME NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%fZ','now')),
            min_x DOUBLE, min_y DOUBLE, max_x DOUBLE, max_y DOUBLE, srs_id INTEGER,
            CONSTRAINT fk_gc_r_srs_id FOREIGN KEY (srs_id)
                REFERENCES gpkg_spatial_ref_sys(srs_id));
        CREATE TABLE IF NOT EXISTS gpkg_geometry_columns (
            table_name TEXT NOT NULL, column_name TEXT NOT NULL,
            geometry_type_name TEXT NOT NULL, srs_id INTEGER NOT NULL,
            z TINYINT NOT NULL, m TINYINT NOT NULL,
            CONSTRAINT pk_geom_cols PRIMARY KEY (table_name, column_name),
            CONSTRAINT uk_gc_table_name UNIQUE (table_name),
            CONSTRAINT fk_gc_tn FOREIGN KEY (table_name) REFERENCES gpkg_contents(table_name),
            CONSTRAINT fk_gc_srs FOREIGN KEY (srs_id) REFERENCES gpkg_spatial_ref_sys (srs_id));
        CREATE TABLE IF NOT EXISTS routes_meta (key TEXT PRIMARY KEY, value TEXT NOT NULL);
        """
    )
    con.executemany(
        "INSERT OR IGNORE INTO gpkg_spatial_ref_sys VALUES (?, ?, ?, ?, ?, ?)",
        [
            ("Undefined cartesian SRS", -1, "NONE", -1, "undefined",
             "undefined cartesian coordinate reference system"),
            ("Undefined geographic SRS", 0, "NONE", 0, "undefined",
             "undefined geographic coordinate reference system"),
            ("WGS 84 geodetic", 4326, "EPSG", 4326, _WGS84_WKT,
             "longitude/latitude coordinates in decimal degrees on the WGS 84 spheroid"),
        ],
    )
    cols = ", ".join(f'"{name}" {kind}' for name, kind in _ARTICLE_COLUMNS)
    con.execute(f"CREATE TABLE IF NOT EXISTS articles (fid INTEGER PRIMARY KEY AUTOINCREMENT, "
                f"{cols})")
    con.execute(
        "INSERT OR IGNORE INTO gpkg_contents (table_name, data_type, identifier, description) "
        "VALUES ('articles', 'attributes', 'articles', 'Articles of the corpus, one per text')"
    )


@contextlib.contextmanager
def open_store(path: str | Path) -> Iterator[sqlite3.Connection]:
    """Open (creating when missing) a store; commit on success, roll back on error.

    Parameters
    ----------
    path
        The ``.gpkg`` file.

    Yields
    ------
    sqlite3.Connection
        In autocommit-off mode: use ``with con:`` blocks for transactions.

    Raises
    ------
    CaseFileError
        If the file exists but is not a SQLite database / GeoPackage.
    """
    p = Path(path)
    p.parent.mkdir(parents=True, exist_ok=True)
    con = sqlite3.connect(p)
    try:
        try:
            app = con.execute("PRAGMA application_id").fetchone()[0]
            tables = {r[0] for r in con.execute("SELECT name FROM sqlite_master")}
        except sqlite3.DatabaseError as exc:
            msg = f"Expected a GeoPackage store at {str(p)!r}, got an unreadable file: {exc}"
            raise CaseFileError(msg) from None
        if tables and "gpkg_contents" not in tables:
            msg = f"Expected a GeoPackage store at {str(p)!r}, got another SQLite database."
            raise CaseFileError(msg)
        if app not in (0, _APPLICATION_ID):
            msg = f"Expected a GeoPackage store at {str(p)!r}, got application id {app:#x}."
            raise CaseFileError(msg)
        with con:
            _init_gpkg(con)
        yield con
    finally:
        con.close()


def stored_hashes(con: sqlite3.Connection, *, status: str = "ok") -> set[str]:
    """Hashes of the articles stored with ``status`` (resumable batches skip these)."""
    return {r[0] for r in con.execute("SELECT sha1 FROM articles WHERE status = ?", (status,))}


def write_records(con: sqlite3.Connection, records: Sequence[ArticleRecord]) -> None:
    """Store articles in one transaction (a record replaces the one with the same hash).

    Marks the merged layers stale; :func:`rebuild_layers` brings them up to date.
    """
    from routes.case import _version

    names = [name for name, _ in _ARTICLE_COLUMNS]
    quoted = [f'"{n}"' for n in names]
    # Identifiers are the constants above; values are bound parameters.
    sql = (f"INSERT INTO articles ({', '.join(quoted)}) VALUES ({', '.join('?' * len(names))}) "  # noqa: S608
           "ON CONFLICT(sha1) DO UPDATE SET "
           + ", ".join(f"{n} = excluded.{n}" for n in quoted[1:]))
    rows = []
    for r in records:
        counts = _counts(r.case)
        rows.append((r.sha1, r.source, r.url, r.title, r.published, r.lang, r.chars, r.status,
                     r.error, *counts, _version(), r.case))
    with con:
        con.executemany(sql, rows)
        con.execute("UPDATE gpkg_contents SET last_change = strftime('%Y-%m-%dT%H:%M:%fZ','now') "
                    "WHERE table_name = 'articles'")


def _counts(case: str) -> tuple[int, int, int]:
    if not case:
        return 0, 0, 0
    layers = [f["properties"]["layer"] for f in json.loads(case)["features"]]
    return layers.count("place"), layers.count("route"), layers.count("incident")


# --------------------------------------------------------------------------- merging


@dataclass
class _Report:
    sha1: str
    published: dt.date | None
    fc: dict[str, Any]


def _iso_date(value: str) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value[:10])
    except ValueError:
        return None


def date_window(date: str | None, published: dt.date | None) -> tuple[dt.date, dt.date] | None:
    """The days an incident may have happened on: from its date, else before its article.

    Examples
    --------
    >>> date_window("2024-02", None)
    (datetime.date(2024, 2, 1), datetime.date(2024, 2, 29))
    >>> date_window("2023/2024", None)[1]
    datetime.date(2024, 12, 31)
    """
    if date and not date.startswith("--"):
        first, _, last = date.partition("/")
        lo, hi = _bounds(first), _bounds(last or first)
        if lo and hi:
            return lo[0], hi[1]
    if published is not None:
        return published - dt.timedelta(days=UNDATED_WINDOW_DAYS), published
    return None


def _bounds(value: str) -> tuple[dt.date, dt.date] | None:
    parts = value.strip().split("-")
    try:
        nums = [int(p) for p in parts]
    except ValueError:
        return None
    try:
        if len(nums) == 1:
            return dt.date(nums[0], 1, 1), dt.date(nums[0], 12, 31)
        if len(nums) == 2:
            last = calendar.monthrange(nums[0], nums[1])[1]
            return dt.date(nums[0], nums[1], 1), dt.date(nums[0], nums[1], last)
        day = dt.date(nums[0], nums[1], nums[2])
    except ValueError:
        return None
    return day, day


def _overlap(a: tuple[dt.date, dt.date] | None, b: tuple[dt.date, dt.date] | None) -> bool:
    return a is None or b is None or (a[0] <= b[1] and b[0] <= a[1])


def _width(w: tuple[dt.date, dt.date] | None) -> int:
    return 10**9 if w is None else (w[1] - w[0]).days


def _place_of(feature: dict[str, Any]) -> Any:
    from routes.geocode import Place

    props = feature["properties"]
    lon, lat = feature["geometry"]["coordinates"][:2]
    return Place(id=str(feature["id"]), name=props["name"], lat=lat, lon=lon,
                 feature_type=props.get("feature_type", "other"),
                 country_code=props.get("country_code", ""),
                 gazetteer_id=props.get("gazetteer_id", ""),
                 precision=props.get("precision", ""), parent=props.get("parent", ""))


@dataclass
class _Cluster:
    feature: dict[str, Any]
    window: tuple[dt.date, dt.date] | None
    articles: list[str]
    seen: set[tuple[Any, Any, Any]] = field(default_factory=set)  # evidence keys


def merge_reports(reports: Iterable[_Report]) -> dict[str, list[dict[str, Any]]]:
    """Merge the case files of many articles into the rows of the store's layers.

    Places by gazetteer id, legs by (source, target, kind), incidents reported by several
    articles into one (same type, same or contained place, overlapping date windows). The
    result does not depend on the order of ``reports``.
    """
    from routes._evidence import contains

    ordered = sorted(reports, key=lambda r: r.sha1)
    places: dict[str, dict[str, Any]] = {}
    legs: dict[tuple[str, str, str], dict[str, Any]] = {}
    leg_seen: dict[tuple[str, str, str], set[tuple[Any, Any, Any]]] = {}
    for rep in ordered:
        for f in rep.fc.get("features") or []:
            props = f["properties"]
            if props["layer"] == "place":
                _merge_place(places, f, rep.sha1)
            elif props["layer"] == "route":
                _merge_leg(legs, f, rep.sha1, leg_seen)
    place_objs = {pid: _place_of(f) for pid, f in places.items()}

    clusters: dict[tuple[str, str], list[_Cluster]] = {}
    everywhere: dict[str, list[_Cluster]] = {}  # clusters at places with no country
    out_incidents: list[_Cluster] = []
    for rep in ordered:
        for f in rep.fc.get("features") or []:
            props = f["properties"]
            if props["layer"] != "incident":
                continue
            window = date_window(props.get("date"), rep.published)
            pid = props.get("place_id")
            here = place_objs.get(pid) if pid else None
            kind = props["type"]
            found = None
            if here is not None:
                pool = (clusters.get((kind, here.country_code), [])
                        + everywhere.get(kind, [])) if here.country_code else [
                    c for cs in clusters.values() for c in cs
                    if c.feature["properties"]["type"] == kind] + everywhere.get(kind, [])
                for c in pool:
                    there = place_objs.get(c.feature["properties"]["place_id"])
                    if there is None or not _overlap(c.window, window):
                        continue
                    if there.id == here.id or contains(there, here) or contains(here, there):
                        found = c
                        break
            if found is None:
                c = _Cluster(_copy(f), window, [rep.sha1])
                c.seen.update(_evidence_key(e) for e in c.feature["properties"]["evidence"])
                out_incidents.append(c)
                if here is not None:
                    key = here.country_code
                    (clusters.setdefault((kind, key), []) if key
                     else everywhere.setdefault(kind, [])).append(c)
                continue
            _merge_incident(found, f, window, rep.sha1, place_objs)

    rows: dict[str, list[dict[str, Any]]] = {"places": [], "legs": [], "incidents": []}
    for f in places.values():
        f["properties"]["mention_count"] = len(f["properties"]["mentions"])
        rows["places"].append(f)
    for f in legs.values():
        p = f["properties"]
        p["n_sources"] = len({e["source"] for e in p["evidence"]}) or 1
        rows["legs"].append(f)
    for c in out_incidents:
        c.feature["properties"]["article_count"] = len(c.articles)
        c.feature["properties"]["articles"] = c.articles
        rows["incidents"].append(c.feature)
    for layer in rows.values():
        layer.sort(key=lambda f: str(f["id"]))
    return rows


def _copy(f: dict[str, Any]) -> dict[str, Any]:
    copied: dict[str, Any] = json.loads(json.dumps(f))
    return copied


def _merge_place(places: dict[str, dict[str, Any]], f: dict[str, Any], sha1: str) -> None:
    pid = str(f["id"])
    mentions = [{**m, "article": sha1} for m in f["properties"].get("mentions") or []]
    kept = places.get(pid)
    if kept is None:
        kept = _copy(f)
        kept["properties"].update(mentions=mentions, article_count=1, articles=[sha1])
        places[pid] = kept
        return
    p = kept["properties"]
    p["mentions"] += mentions
    p["roles"] = sorted(set(p.get("roles") or []) | set(f["properties"].get("roles") or []))
    if p["articles"][-1] != sha1:
        p["articles"].append(sha1)
        p["article_count"] += 1


def _evidence_key(e: dict[str, Any]) -> tuple[Any, Any, Any]:
    return (e["source"], e["start"], e["end"])


def _add_evidence(kept: list[dict[str, Any]], new: Iterable[dict[str, Any]],
                  seen: set[tuple[Any, Any, Any]]) -> None:
    """Append the evidence not seen yet.

    ``seen`` holds the keys of ``kept`` and is kept in step, so merging n reports is linear.
    """
    for e in new:
        k = _evidence_key(e)
        if k not in seen:
            seen.add(k)
            kept.append(e)


def _merge_leg(legs: dict[tuple[str, str, str], dict[str, Any]], f: dict[str, Any],
               sha1: str, leg_seen: dict[tuple[str, str, str], set[tuple[Any, Any, Any]]]
               ) -> None:
    props = f["properties"]
    key = (props.get("source_id", props["source"]), props.get("target_id", props["target"]),
           props["kind"])
    kept = legs.get(key)
    if kept is None:
        kept = _copy(f)
        kept["properties"].update(article_count=1, articles=[sha1])
        legs[key] = kept
        leg_seen[key] = {_evidence_key(e) for e in kept["properties"]["evidence"]}
        return
    p = kept["properties"]
    if p.get("inferred") and not props.get("inferred"):
        # A stated leg outranks an inferred one: take its mode, geometry and reason.
        evidence, articles = p["evidence"], p["articles"]
        kept = _copy(f)
        legs[key] = kept
        p = kept["properties"]
        p.update(evidence=evidence + p["evidence"], articles=articles)
        leg_seen[key].update(_evidence_key(e) for e in p["evidence"])
    else:
        _add_evidence(p["evidence"], props.get("evidence") or [], leg_seen[key])
        if p.get("mode") == "unknown" and props.get("mode") not in (None, "unknown"):
            p["mode"] = props["mode"]
    if p["articles"][-1] != sha1:
        p["articles"].append(sha1)
    p["article_count"] = len(p["articles"])


def _merge_incident(c: _Cluster, f: dict[str, Any], window: tuple[dt.date, dt.date] | None,
                    sha1: str, place_objs: dict[str, Any]) -> None:
    from routes._evidence import contains

    kept, new = c.feature["properties"], f["properties"]
    outer, inner = place_objs[kept["place_id"]], place_objs[new["place_id"]]
    if contains(outer, inner):  # the new report is more specific
        kept.update(place=new["place"], place_id=new["place_id"],
                    geo_precision=new.get("geo_precision", kept.get("geo_precision")))
        c.feature["geometry"] = _copy(f)["geometry"]
    if new.get("date") and (not kept.get("date") or _width(window) < _width(c.window)):
        kept.update(date=new["date"], date_precision=new.get("date_precision", "unknown"))
    if _width(window) < _width(c.window) or c.window is None:
        c.window = window if c.window is None or window is None else (
            max(c.window[0], window[0]), min(c.window[1], window[1]))
    _add_evidence(kept["evidence"], new.get("evidence") or [], c.seen)
    kept["alleged"] = bool(kept.get("alleged")) and bool(new.get("alleged"))
    kept["attributes"] = {**(new.get("attributes") or {}), **(kept.get("attributes") or {})}
    kept["confidence"] = max(kept.get("confidence") or 0.0, new.get("confidence") or 0.0)
    if c.articles[-1] != sha1:
        c.articles.append(sha1)


# --------------------------------------------------------------------------- layers


def _kind(values: Iterable[Any]) -> str:
    for v in values:
        if v is None:
            continue
        if isinstance(v, bool):
            return "bool"
        if isinstance(v, int):
            return "int"
        if isinstance(v, float):
            return "real"
        if isinstance(v, str):
            return "text"
        return "json"
    return "text"


_IDENTIFIER = re.compile(r"^[A-Za-z_][A-Za-z0-9_]{0,62}$")
_SQL_TYPES = {"bool": "BOOLEAN", "int": "INTEGER", "real": "DOUBLE", "text": "TEXT",
              "json": "TEXT"}
# Columns whose type must not be guessed from the first value (ints in one file, floats in
# another; lists that may all be empty).
_FIXED_KINDS = {"length_km": "real", "confidence": "real", "geo_precision": "int",
                "mention_count": "int", "article_count": "int", "n_sources": "int"}


def _columns(features: list[dict[str, Any]]) -> dict[str, str]:
    names: dict[str, None] = {}
    for f in features:
        names.update(dict.fromkeys(f["properties"]))
    cols = {"id": "text"}
    for name in names:
        if not _IDENTIFIER.match(name) or name.lower() in {"id", "fid", "geom"}:
            log.warning("property %r left out of the store: not a plain column name", name)
            continue
        if name in _FIXED_KINDS:
            cols[name] = _FIXED_KINDS[name]
            continue
        values = [f["properties"].get(name) for f in features]
        cols[name] = _kind(values)
        if any(isinstance(v, (list, dict)) for v in values):
            cols[name] = "json"
    return cols


def _cell(value: Any, kind: str) -> Any:
    if value is None:
        return None
    if kind == "json":
        return json.dumps(value, ensure_ascii=False, sort_keys=False)
    if kind == "bool":
        return int(bool(value))
    if kind == "real":
        return float(value)
    return value


def _write_layer(con: sqlite3.Connection, table: str, features: list[dict[str, Any]],
                 schema: dict[str, dict[str, str]]) -> None:
    cols = _columns(features) if features else _default_columns(table)
    schema[table] = cols
    con.execute(f'DROP TABLE IF EXISTS "{table}"')
    con.execute("DELETE FROM gpkg_geometry_columns WHERE table_name = ?", (table,))
    con.execute("DELETE FROM gpkg_contents WHERE table_name = ?", (table,))
    defs = ", ".join(f'"{c}" {_SQL_TYPES[k]}' for c, k in cols.items())
    con.execute(f'CREATE TABLE "{table}" (fid INTEGER PRIMARY KEY AUTOINCREMENT, '
                f"geom {_GEOMETRY_TYPES[table]}, {defs})")
    names = ["geom", *cols]
    # Identifiers are checked by _columns (_IDENTIFIER); values are bound parameters.
    sql = (f'INSERT INTO "{table}" ({", ".join(chr(34) + n + chr(34) for n in names)}) '  # noqa: S608
           f"VALUES ({', '.join('?' * len(names))})")
    rows = []
    bounds: list[tuple[float, float, float, float]] = []
    for f in features:
        blob = _gpkg_blob(f.get("geometry"))
        if blob is not None:
            bounds.append(struct.unpack("<4d", blob[8:40]))
        props = {"id": f["id"], **f["properties"]}
        rows.append((blob, *(_cell(props.get(c), k) for c, k in cols.items())))
    con.executemany(sql, rows)
    ext = (min(b[0] for b in bounds), min(b[2] for b in bounds),
           max(b[1] for b in bounds), max(b[3] for b in bounds)) if bounds else (None,) * 4
    con.execute(
        "INSERT INTO gpkg_contents (table_name, data_type, identifier, description, min_x, "
        "min_y, max_x, max_y, srs_id) VALUES (?, 'features', ?, ?, ?, ?, ?, ?, 4326)",
        (table, table, f"routes {LAYERS[table]} layer, merged across articles", *ext),
    )
    con.execute("INSERT INTO gpkg_geometry_columns VALUES (?, 'geom', ?, 4326, 0, 0)",
                (table, _GEOMETRY_TYPES[table]))


def _default_columns(table: str) -> dict[str, str]:
    base = {"places": ["layer", "name", "mentions", "country_code", "feature_type",
                       "gazetteer_id", "precision"],
            "legs": ["layer", "source", "target", "kind", "mode", "evidence"],
            "incidents": ["layer", "type", "place", "date", "date_precision", "evidence"]}
    json_cols = {"mentions", "evidence", "articles"}
    cols = {"id": "text"}
    for name in [*base[table], "article_count", "articles"]:
        cols[name] = "json" if name in json_cols else _FIXED_KINDS.get(name, "text")
    return cols


def _digest(hashes: Iterable[str]) -> str:
    h = hashlib.sha1(usedforsecurity=False)
    for s in sorted(hashes):
        h.update(s.encode())
    return h.hexdigest()


def _meta(con: sqlite3.Connection, key: str) -> str | None:
    row = con.execute("SELECT value FROM routes_meta WHERE key = ?", (key,)).fetchone()
    return None if row is None else str(row[0])


def layers_stale(con: sqlite3.Connection) -> bool:
    """Whether the merged layers lag behind the articles table (an interrupted batch)."""
    return _meta(con, "layers_digest") != _digest(stored_hashes(con))


def rebuild_layers(con: sqlite3.Connection, *, force: bool = False) -> bool:
    """Rebuild places, legs and incidents from the stored articles, in one transaction.

    Returns
    -------
    bool
        False when the layers were already up to date (nothing written).
    """
    digest = _digest(stored_hashes(con))
    if not force and _meta(con, "layers_digest") == digest:
        return False
    reports = [
        _Report(sha1, _iso_date(published or ""), json.loads(case))
        for sha1, published, case in con.execute(
            "SELECT sha1, published, \"case\" FROM articles WHERE status = 'ok' ORDER BY sha1")
    ]
    from routes.case import _version

    rows = merge_reports(reports)
    schema: dict[str, dict[str, str]] = {}
    with con:
        for table, features in rows.items():
            _write_layer(con, table, features, schema)
        con.executemany(
            "INSERT OR REPLACE INTO routes_meta VALUES (?, ?)",
            [("layers_digest", digest), ("schema", json.dumps(schema, sort_keys=True)),
             ("routes_version", _version())],
        )
    log.info("store layers rebuilt: %s", {k: len(v) for k, v in rows.items()})
    return True


# --------------------------------------------------------------------------- read back


def _features(con: sqlite3.Connection, table: str, cols: dict[str, str]) -> list[dict[str, Any]]:
    names = ", ".join(f'"{c}"' for c in cols)
    out = []
    sql = f'SELECT geom, {names} FROM "{table}" ORDER BY fid'  # noqa: S608 - checked names
    for geom, *values in con.execute(sql):
        props: dict[str, Any] = {}
        for (c, k), v in zip(cols.items(), values, strict=True):
            if v is not None and k == "json":
                v = json.loads(v)
            elif v is not None and k == "bool":
                v = bool(v)
            props[c] = v
        fid = props.pop("id")
        out.append({"type": "Feature", "id": fid, "geometry": _geometry_from_blob(geom),
                    "properties": props})
    return out


def store_to_geojson(path: str | Path) -> dict[str, Any]:
    """The merged layers of a store as one case file (a GeoJSON FeatureCollection dict).

    Raises
    ------
    CaseFileError
        If ``path`` is missing or not a store written by routes.
    """
    p = Path(path)
    if not p.is_file():
        msg = f"Expected a GeoPackage store, got a missing path {str(p)!r}."
        raise CaseFileError(msg)
    con = sqlite3.connect(f"{p.resolve().as_uri()}?mode=ro", uri=True)
    try:
        try:
            raw = _meta(con, "schema")
        except sqlite3.DatabaseError:
            raw = None
        if raw is None:
            msg = (f"Expected a store written by `routes batch` at {str(p)!r}, found no merged "
                   "layers in it.")
            raise CaseFileError(msg)
        if layers_stale(con):
            warnings.warn(
                f"The layers of {str(p)!r} lag behind its articles (an interrupted batch); "
                "run `routes batch` on it again to rebuild them.", stacklevel=2)
        schema = json.loads(raw)
        features = [f for table in LAYERS for f in _features(con, table, schema[table])]
        sources = [
            {"source": s or "", "url": u or "", "title": t or "", "published": d or "",
             "language": lang or "", "sha1": sha1}
            for sha1, s, u, t, d, lang in con.execute(
                "SELECT sha1, source, url, title, published, lang FROM articles "
                "WHERE status = 'ok' ORDER BY sha1")
        ]
        version = _meta(con, "routes_version")
    finally:
        con.close()
    from routes.case import _version

    return {"type": "FeatureCollection", "routes_version": version or _version(),
            "sources": sources, "unresolved": [], "features": features}


def case_from_store(path: str | Path) -> Case:
    """Read the merged corpus of a store as a :class:`routes.Case`.

    Parameters
    ----------
    path
        A ``.gpkg`` written by ``routes batch``.

    Returns
    -------
    Case

    Examples
    --------
    >>> import routes
    >>> corpus = routes.read("output/corpus.gpkg")  # doctest: +SKIP
    >>> corpus.map().save("output/corpus.html")  # doctest: +SKIP
    """
    from routes.case import case_from_geojson

    return case_from_geojson(store_to_geojson(path))
