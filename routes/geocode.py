"""Geocode: resolve place mentions to gazetteer entries, offline, with the article as context.

:func:`places_from_mentions` is the pipeline step. :class:`OfflineGeocoder` exposes the same
gazetteer on geopy's ``Geocoder`` interface, so that code written for geopy (and users who want
``Nominatim`` when online) can swap one for the other.
"""

from __future__ import annotations

import json
import logging
import math
import re
import sqlite3
from collections.abc import Iterable
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any

from geopy.geocoders.base import Geocoder
from geopy.location import Location

from routes._text import name_key
from routes.gazetteer import Entry, Gazetteer, gazetteer_from_cache, haversine_km
from routes.ingest import Article
from routes.recognise import Mention

log = logging.getLogger(__name__)

__all__ = [
    "OfflineGeocoder",
    "OnlineGeocoder",
    "Place",
    "Span",
    "geocoder_from_name",
    "is_placed_at_town",
    "places_from_mentions",
    "places_from_online",
]

# Countries whose places an article in this language is a little more likely to mean.
LANG_COUNTRIES = {
    "fr": {"FR", "BE", "CH", "LU", "MC", "CA", "MA", "DZ", "TN", "SN", "CI"},
    "nl": {"NL", "BE", "SR", "CW", "AW"},
    "es": {"ES", "MX", "CO", "AR", "PE", "VE", "CL", "EC", "GT", "CU", "BO", "DO", "HN", "PY",
           "SV", "NI", "CR", "PA", "UY", "PR"},
    "en": {"US", "GB", "IE", "CA", "AU", "NZ", "ZA", "IN", "NG"},
}
PRECISION = {
    "neighbourhood": "neighbourhood",
    "port": "site",
    "other": "site",
    "city": "city",
    "admin": "admin",
    "region": "region",
    "country": "country",
    "continent": "continent",
}
#: Base score of a first-level division: above towns, below cities of a million.
ADMIN_SCORE = 6.2
#: A city at least this large beats the division of the same name ("New York", "Antwerp").
CITY_OVER_ADMIN = 100_000
_TRAFFICKING = re.compile(
    r"(?<!\w)(?:cocaïne|cocaine|cocaína|héroïne|heroin|heroína|cannabis|haschich|hashish|"
    r"hachís|hasj|narco\w*|stupéfiants|estupefacientes|drugs?(?:handel|smokkel)?|drogues?|"
    r"drogas?|trafiquants?|traffickers?|narcotraficantes?|smokkelaars?)(?!\w)",
    re.IGNORECASE,
)
PORT_WORDS = {"port", "haven", "puerto", "porto", "harbour", "harbor"}
#: Words before a name that say it is a division ("province de Luxembourg").
ADMIN_WORDS = {"province", "provincia", "provincie", "région", "region", "región", "state",
               "département", "county", "district"}
#: Words that say the name is a part of a town ("le quartier des Salines").
QUARTER_WORDS = {"quartier", "quartiers", "cité", "cités", "wijk", "wijken", "barrio", "barrios",
                 "neighbourhood",
                 "neighborhood"}  # not "district": districts are divisions in many countries
#: Prefix of the gazetteer id of a quarter the gazetteer lacks, drawn at its town's point
#: (:mod:`routes.quarters`).
QUARTER_ID = "routes:quarter-of:"
#: A quarter lies this close to another place of the article (its town).
QUARTER_KM = 100.0
#: A town read as a quarter lies this close to a town of the article.
QUARTER_TOWN_KM = 15.0


@dataclass(frozen=True)
class Span:
    """A character span of the article: ``text == article.text[start:end]``."""

    text: str
    start: int
    end: int


@dataclass
class Place:
    """A place of the article, resolved to a gazetteer entry.

    Parameters
    ----------
    id
        Stable id derived from the gazetteer id.
    name
        Canonical name.
    lat, lon
        WGS84 representative point.
    feature_type
        country, continent, region, admin, city, neighbourhood, port or other.
    country_code
        ISO 3166-1 alpha-2 ("" for continents and regions).
    gazetteer_id
        Id of the chosen gazetteer entry.
    precision
        Scale of the point: neighbourhood, site, city, admin, region, country, continent.
    mentions
        Spans of the article that name the place.
    candidates
        Top gazetteer candidates with their scores, best first, so a reviewer can switch.
    parent
        Containing place when known.
    port
        UN/LOCODE of the sea port the place is (or is next to), when it is named as a port.
    roles
        Roles in the trafficking story (production, transit, entry, distribution…), set by the
        network step.
    """

    id: str
    name: str
    lat: float
    lon: float
    feature_type: str
    country_code: str
    gazetteer_id: str
    precision: str
    mentions: list[Span] = field(default_factory=list)
    candidates: list[dict[str, Any]] = field(default_factory=list)
    parent: str = ""
    port: str = ""
    roles: list[str] = field(default_factory=list)
    #: The first-level division code of the gazetteer entry (GeoNames' admin1), used to tell
    #: containment ("Liverpool" ⊂ "England") while reading; not written to the case file.
    admin1: str = field(default="", compare=False)


def is_placed_at_town(place: Place) -> bool:
    """True for a quarter the gazetteer lacks, drawn at its town's point (:data:`QUARTER_ID`)."""
    return place.gazetteer_id.startswith(QUARTER_ID)


def is_airport(place: Place) -> bool:
    """True for an airport: the airport list and the curated rows name them "… Airport"."""
    return place.feature_type == "other" and "Airport" in place.name


def place_id(gazetteer_id: str) -> str:
    """Stable feature id of the place resolved to ``gazetteer_id``."""
    return "place-" + gazetteer_id.replace(":", "-")


def _outgrows(city: Entry, country: Entry) -> bool:
    """Whether a city of ≥ 100,000 has more inhabitants than a namesake country."""
    return (city.feature_type == "city" and country.feature_type == "country"
            and city.population >= CITY_OVER_ADMIN and city.population > country.population)


#: Id prefix of the curated islands (``geodata/islands.csv``): "Tenerife" is the island, not
#: its capital Santa Cruz de Tenerife, which GeoNames also calls so.
ISLAND_ID = "routes:island-"

#: Id prefix of the US counties (parishes, boroughs) that the gazetteer derives.
COUNTY_PREFIX = "routes:us-county-"


def _is_county(e: Entry) -> bool:
    return e.id.startswith(COUNTY_PREFIX)


def _base_score(e: Entry) -> float:
    if _is_county(e):
        # Namesake counties in many states: ranked like towns, by population.
        return min(7.0, math.log10(e.population + 1))
    if e.feature_type == "country":
        return 10.0
    if e.feature_type == "continent":
        return 9.0
    if e.feature_type == "region":
        return 8.0
    if e.feature_type == "admin" and e.id.startswith("routes:admin-"):
        return ADMIN_SCORE
    if e.id.startswith("routes:"):
        return 7.5
    if e.feature_type == "port":
        return 1.0
    return min(7.0, math.log10(e.population + 1))


def _score(
    e: Entry,
    lang: str,
    countries: set[str],
    anchors: list[Entry],
    descriptor: str,
    rivals: tuple[Entry, ...] = (),
    gaz: Gazetteer | None = None,
    *,
    local: bool = False,
) -> float:
    s = _base_score(e)
    if e.feature_type == "admin" and not e.id.startswith(ISLAND_ID) and any(
        c.feature_type == "city" and c.country_code == e.country_code
        and c.population >= CITY_OVER_ADMIN
        for c in rivals
    ):
        s = 4.0
    if e.feature_type == "country" and any(_outgrows(c, e) for c in rivals):
        s = 4.0  # "Norfolk" (Dutch for Norfolk Island, 2,000 people) is Norfolk, Virginia
    if e.feature_type == "city" and not local:
        # "China" the country, not China, Texas, unless the article places the town ("China,
        # Texas", or its county named): ``local``.
        if any(
            c.feature_type == "continent" or (c.feature_type == "country" and not _outgrows(e, c))
            for c in rivals
        ):
            s -= 6.0
        elif e.population < CITY_OVER_ADMIN and any(c.feature_type == "admin" for c in rivals):
            s -= 3.0  # "Missouri" the state, "Queensland" the Australian state, not a town
    if e.feature_type == "region" and e.country_code:
        # "remonter vers la Champagne": a region of a country the story is in, not a village
        # of that name
        s += (3.0 if e.country_code in countries else 0.0) + (
            1.0 if e.country_code in LANG_COUNTRIES.get(lang, set()) else 0.0)
    if e.feature_type not in {"country", "continent", "region"}:
        biggest = max((c.population for c in rivals if c.feature_type == "city"), default=0)
        if e.country_code in countries:
            # A town a tenth the size of a namesake city does not win on its country alone
            # ("procedente de Colombia … con destino a Algeciras" is Spain's Algeciras).
            s += 3.0 if e.population * 10 >= biggest or biggest < 100_000 else 2.0
        if e.country_code in LANG_COUNTRIES.get(lang, set()):
            s += 1.0
        # 2.8 degrees of latitude are over 311 km whatever the longitudes: no need to ask.
        if any(
            a.id != e.id and abs(a.lat - e.lat) < 2.8
            and haversine_km(a.lat, a.lon, e.lat, e.lon) < 300
            for a in anchors
        ):
            s += 2.0
        if descriptor in PORT_WORDS and e.feature_type == "port":
            s += 1.5
        if (gaz is not None and e.feature_type == "city" and len(rivals) > 1
                and gaz.near_port(e.lat, e.lon)):
            s += 1.0  # drug trafficking news: of two namesakes, the sea port is the likelier
    return round(s, 3)


_CONTAINER_GAP = re.compile(r",\s*(?:(?:in|en|à|au|aux|dans|im)\s+(?:the\s+|het\s+)?)?")


# "le port colombien de Carthagène", "the Colombian port of Cartagena", "de Colombiaanse
# havenstad Cartagena": the adjective names the country the place is in.
_ADJ_BEFORE = re.compile(
    r"(?:(?:port|ville|ciudad|puerto|province|provincia|région|región)\s+(\w+)\s+"
    r"(?:de|del|d['’])\s*|(\w+)\s+(?:port|city|town|harbou?r|haven|havenstad|stad)\s+"
    r"(?:of\s+|van\s+)?)$",
    re.IGNORECASE,
)


def _adjective_country(text: str, start: int, gaz: Gazetteer) -> tuple[Entry, ...]:
    from routes.recognise import _country_adjective_table

    m = _ADJ_BEFORE.search(text, max(0, start - 40), start)
    if m is None:
        return ()
    word = m.group(1) or m.group(2)
    key = name_key(word)
    for table in _country_adjective_table().values():
        if key in table:
            return tuple(e for e in gaz.lookup(table[key]) if e.feature_type == "country")
    if key in gaz.demonyms:
        return tuple(e for e in gaz.lookup(word) if e.feature_type == "country")
    return ()


# "San Lorenzo, a 25 kilómetros al norte de Rosario", "Germiston, 15 km east of
# Johannesburg": the text says how far the place is from another.
_STATED_DISTANCE = re.compile(
    r",?\s*(?:a\s+|à\s+|op\s+)?(?:unos\s+|some\s+|about\s+|around\s+|environ\s+|quelque\s+|"
    r"zo['’]n\s+|ongeveer\s+)?(?P<n>\d+)\s*(?P<unit>km|kilómetros|kilomètres|kilometres|"
    r"kilometers|kilometer|miles|millas)\s+(?:(?:al|au|to\s+the|ten)\s+)?(?:(?:norte|sur|este|"
    r"oeste|nord|sud|est|ouest|north|south|east|west|noorden|zuiden|oosten|westen|"
    r"northeast|northwest|southeast|southwest|noreste|noroeste|sureste|suroeste|nord-est|"
    r"nord-ouest|sud-est|sud-ouest)\s+)?(?:de|d['’]|du|of|van|from)\s+(?:la\s+|le\s+|the\s+)?",
    re.IGNORECASE,
)
COUNTRY_ALIAS_PENALTY = 1.0
#: Bonus of a division that a town the story names lies in.
HOME_DIVISION = 2.5
#: A city named so in its own right, this big, wins its name from a city it is only an
#: other name of.
ALIAS_RIVAL = 100_000


def _alias_penalty(key: str, e: Entry, rivals: tuple[Entry, ...],
                   countries: set[str] | frozenset[str] = frozenset()) -> float:
    """A reading found by one of its other names loses to a far bigger place of that name.

    "Milan" is an old name of Syracuse, New York; Milan, Italy, is ten times bigger.
    """
    if ":" in key or name_key(e.name) == key:
        return 0.0
    if e.feature_type == "country" and any(
            r.feature_type == "country" and name_key(r.name) == key for r in rivals):
        # "Saint-Martin" is Saint Martin (the French side), not Sint Maarten, one of whose
        # other names it is: a country named by its own name beats one named by an alias
        return COUNTRY_ALIAS_PENALTY
    if e.feature_type != "city":
        return 0.0
    if any(r.id != e.id and name_key(r.name) == key and r.feature_type in {"city", "port"}
           and (r.population >= 5 * max(e.population, 1) or (
               # "Cancún" is Cancún, not Changchun (one of whose other names it is): a
               # city of its own name and some size is what the name means, unless the story
               # is in the other's country ("Newcastle" in a story about England)
               # ("from Darwin to Palmerston": a town of its own name, not Darwin's old name)
               r.population * 10 >= e.population
               and (r.population >= ALIAS_RIVAL or r.country_code == e.country_code
                    or r.country_code in countries
                    # ("Zeebrugge" is also a name GeoNames gives Old Saybrook, Connecticut)
                    or e.population < 5 * r.population)
               and not (e.country_code in countries and r.country_code not in countries)))
           for r in rivals):
        return 3.0
    return 0.0


# "la costa del Pacífico", "cruzar el Atlántico", "across the Pacific": the ocean, not the
# Spanish town of Pacífico or Colombia's Atlántico department ("departamento del Atlántico").
# ("Colombia's Pacific coast": not Pacific, Missouri)
_OCEAN_ARTICLE = re.compile(r"(?:(?<!\w)(?:el|del|al|the|le|du|au|l['’]|de|het|la)|\w['’]s)\s*$",
                            re.IGNORECASE)
_ADMIN_WORD = re.compile(r"(?:departamento|department|département|provincia|province|state|"
                         r"estado|county)\s+(?:del?|of|du|de\s+l['’])?\s*(?:the\s+)?$",
                         re.IGNORECASE)
OCEAN_BONUS = 4.0


def _ocean_bonus(e: Entry, text: str, start: int) -> float:
    if e.feature_type != "region" or "Ocean" not in e.name:
        return 0.0
    before = text[max(0, start - 30) : start]
    return OCEAN_BONUS if _OCEAN_ARTICLE.search(before) and not _ADMIN_WORD.search(before) else 0.0


#: Bonus of a division named right after a town of that division ("El Paso, Texas").
TOWN_BEFORE_DIVISION = 4.0
_TOWN_COMMA = re.compile(r",\s*(?:(?:en|in|à|dans)\s+(?:(?:le|la|el|the|het)\s+)?)?$")

#: Bonus of a reading that lies as far from another place as the text says.
STATED_NEAR = 6.0

#: Bonus for the reading another name of the article already chose: "sur l'île de Tenerife
#: … à Tenerife" names the island twice, not the island and then its capital.
NAMED_OTHERWISE = 3.0


def _stated_near(
    by_key: dict[str, list[Mention]], cands: dict[str, tuple[Entry, ...]],
    first: dict[str, Entry], text: str,
) -> set[tuple[str, str]]:
    """(key, entry id) of readings within the distance the text states from another place."""
    by_start = {m.start: k for k, ms in by_key.items() for m in ms}
    out: set[tuple[str, str]] = set()
    for key, ms in by_key.items():
        for m in ms:
            found = _STATED_DISTANCE.match(text, m.end)
            if found is None:
                continue
            other = by_start.get(found.end(), "")
            ref = first.get(other)
            if ref is None or other == key:
                continue
            km = float(found.group("n")) * (1.6 if "mil" in found.group("unit").lower() else 1.0)
            for e in cands.get(key, ()):
                if haversine_km(e.lat, e.lon, ref.lat, ref.lon) <= km * 1.6 + 20:
                    out.add((key, e.id))
    return out


def _containers(
    by_key: dict[str, list[Mention]], cands: dict[str, tuple[Entry, ...]], text: str,
    gaz: Gazetteer | None = None, with_prep: set[str] | None = None,
) -> dict[str, tuple[Entry, ...]]:
    """Candidates of the containers each name is given in the text.

    The name written right after it and a comma ("X, Illinois"), and the country an adjective
    before it names ("port colombien de X"). ``with_prep`` collects the ids of containers
    written after a preposition ("X, en Huehuetenango").
    """
    with_prep = set() if with_prep is None else with_prep
    by_start = {m.start: k for k, ms in by_key.items() for m in ms}
    out: dict[str, tuple[Entry, ...]] = {}
    for key, ms in by_key.items():
        for m in ms:
            if gaz is not None:
                adj = _adjective_country(text, m.start, gaz)
                if adj:
                    out[key] = out.get(key, ()) + adj
            # "X, Illinois"; "Moín, en Costa Rica", "Santos, in Brazilië"
            after = _CONTAINER_GAP.match(text, m.end)
            if after is None:
                continue
            gap = after.end() - m.end
            nxt = by_start.get(m.end + gap, "")
            found = tuple(
                e for e in cands.get(nxt, ()) if e.feature_type in {"admin", "country"}
            )
            if found:
                out[key] = out.get(key, ()) + found
                if any(ch.isalpha() for ch in after.group()):
                    # "X, en Huehuetenango", "X, in Bavaria": a preposition says the
                    # division contains the place (a bare comma may end a list).
                    with_prep.update(e.id for e in found)
    return out


def _context_bonus(e: Entry, admins: list[Entry], containers: tuple[Entry, ...],
                   rivals: tuple[Entry, ...] = (),
                   with_prep: frozenset[str] | set[str] = frozenset(),
                   towns: tuple[Entry, ...] = ()) -> float:
    """Bonus for a candidate inside a state named in the article or right after it.

    A city is inside a division when their GeoNames codes agree; where a division's code is
    unknown, when it lies in the same country within 400 km of the division's point. A
    division right after the name ("La Democracia, en Huehuetenango") goes to the rival whose
    code agrees when there is one, not to every namesake near it.
    """
    if e.feature_type in {"country", "continent", "region"}:
        return 0.0
    if e.feature_type == "admin" and not _is_county(e) and not e.id.startswith(ISLAND_ID):
        # "Ontario, Canada": a division written before its country. (An island is placed
        # like a town: "Tenerife, dans les Canaries".)
        if any(c.feature_type == "country" and c.country_code == e.country_code
               for c in containers):
            return 4.0
        # "TORONTO — … smuggled from California into Ontario": the division a town of the
        # story lies in (Toronto's Ontario), not a namesake town elsewhere. (Between two
        # namesake divisions, Limburg and Limburg, codes do not tell: Belgian towns carry
        # their region's, not their province's.)
        return HOME_DIVISION if e.admin1 and any(
            t.country_code == e.country_code and t.admin1 == e.admin1 for t in towns) and not any(
            r.id != e.id and r.feature_type == "admin" for r in rivals) else 0.0
    bonus = 0.0
    if any(
        a.country_code == e.country_code
        and not (_is_county(e) and _is_county(a))
        and (
            (e.admin1 and a.admin1 == e.admin1)
            or (e.country_code != "US" and haversine_km(a.lat, a.lon, e.lat, e.lon) < 400)
        )
        for a in admins
    ):
        bonus += 2.0
    for c in containers:
        if c.country_code != e.country_code:
            continue
        if _is_county(c):
            if e.parent == c.name and e.admin1 == c.admin1:  # "Paris, Henry County"
                bonus += 4.0
                break
            continue
        coded = c.feature_type == "admin" and any(
            r.id != e.id and r.country_code == c.country_code and r.admin1
            and r.admin1 == c.admin1 for r in rivals)
        if c.id in with_prep and c.feature_type == "admin" and c.admin1 and (
                c.admin1 == e.admin1) and any(
                r.country_code == e.country_code and r.admin1 != e.admin1 for r in rivals):
            bonus += 7.0  # the division said which namesake: more than a town's size
            break
        if c.feature_type == "country" or c.admin1 == e.admin1 or (
            not coded and haversine_km(c.lat, c.lon, e.lat, e.lon) < 300
        ):
            bonus += 4.0
            break
    return bonus


#: Bonus of a US town and of its county when the article names both ("Paris … Henry County").
COUNTY_LINK = 3.0


def _county_links(cands: dict[str, tuple[Entry, ...]]) -> set[tuple[str, str]]:
    """(key, entry id) of candidates linked to another name of the article as town and county.

    US towns know their county (``parent``), so "Paris" and "Henry County" named together are
    Paris, Tennessee and Henry County, Tennessee.
    """
    counties: dict[tuple[str, str], set[str]] = {}
    towns: dict[tuple[str, str], set[str]] = {}
    for key, entries in cands.items():
        for e in entries:
            if _is_county(e):
                counties.setdefault((e.admin1, e.name), set()).add(key)
            elif e.country_code == "US" and e.feature_type == "city" and e.parent:
                towns.setdefault((e.admin1, e.parent), set()).add(key)
    links: set[tuple[str, str]] = set()
    for key, entries in cands.items():
        for e in entries:
            if _is_county(e):
                other = towns.get((e.admin1, e.name), set())
            elif e.country_code == "US" and e.feature_type == "city" and e.parent:
                other = counties.get((e.admin1, e.parent), set())
            else:
                continue
            if other - {key}:
                links.add((key, e.id))
    return links


#: Bonus of the two nearest namesakes of two names of the article ("Columbus" and "Harris
#: County" are the Georgian ones, 30 km apart), and the greatest distance that counts.
NEAR_PAIR = 1.5
NEAR_PAIR_KM = 50.0


def _near_pairs(cands: dict[str, tuple[Entry, ...]]) -> set[tuple[str, str]]:
    """(key, entry id) of the closest pair of towns or counties of each two names, when close.

    Local news names places near each other: of the many Columbuses and Harris Counties, the
    two that lie within ``NEAR_PAIR_KM`` of each other are the likelier readings. Only names
    with several town or county readings take part (one reading is an anchor already).
    """
    grid: dict[tuple[int, int], list[tuple[str, Entry]]] = {}
    count: dict[str, int] = {}
    for key, entries in cands.items():
        local = [
            e for e in entries
            if e.country_code == "US" and (e.feature_type == "city" or _is_county(e))
        ]
        if len(local) < 2 and len(entries) < 2:
            continue
        count[key] = len(local)
        for e in local:
            grid.setdefault((math.floor(e.lat * 2), math.floor(e.lon * 2)), []).append((key, e))
    best: dict[tuple[str, str], tuple[float, str, str]] = {}
    for (y, x), members in grid.items():
        near = [m for dy in (-1, 0, 1) for dx in (-1, 0, 1) for m in grid.get((y + dy, x + dx), [])]
        for k1, e1 in members:
            for k2, e2 in near:
                if k1 >= k2:
                    continue
                d = haversine_km(e1.lat, e1.lon, e2.lat, e2.lon)
                # The more namesakes, the likelier two lie close by chance: the distance that
                # counts shrinks (about one chance in 16 that a pair is a coincidence).
                limit = min(NEAR_PAIR_KM, 400.0 / math.sqrt(count[k1] * count[k2]))
                if d <= limit and d < best.get((k1, k2), (math.inf, "", ""))[0]:
                    best[(k1, k2)] = (d, e1.id, e2.id)
    out: set[tuple[str, str]] = set()
    for (k1, k2), (_, id1, id2) in best.items():
        out |= {(k1, id1), (k2, id2)}
    return out


def _pair_holds(e: Entry, key: str, first: dict[str, Entry]) -> bool:
    """Whether the rest of the article bears out a near pair's country.

    "Brighton" and "Dover" are also neighbours near Boston; in a story whose other towns
    (London, Croydon, Hove) are English and none but the pair American, the pair is a
    coincidence. Two towns of the pair's country besides this one, or no town elsewhere,
    bear it out.
    """
    towns = [f for k, f in first.items() if k != key
             and f.feature_type in {"city", "port", "admin"}]
    same = sum(f.country_code == e.country_code for f in towns)
    return same >= 2 or all(f.country_code == e.country_code for f in towns)


#: Bonus of the counties of a list ("Barrow, Jackson and Madison counties") in the state
#: that most of the list's names are counties of.
LIST_STATE = 2.0
_LIST_GAP = re.compile(r"[\s,]*(?:(?:and|or)\s+)?")


def _list_states(
    by_key: dict[str, list[Mention]], cands: dict[str, tuple[Entry, ...]], text: str
) -> set[tuple[str, str]]:
    """(key, entry id) of the counties of a list that lie in the list's likeliest state."""
    listed = sorted(
        (m.start, m.end, key) for key, ms in by_key.items() for m in ms
        if m.lookup and key in cands
    )
    groups: list[list[tuple[int, int, str]]] = []
    for item in listed:
        if groups and _LIST_GAP.fullmatch(text[groups[-1][-1][1] : item[0]]):
            groups[-1].append(item)
        else:
            groups.append([item])
    out: set[tuple[str, str]] = set()
    for group in groups:
        keys = {key for _, _, key in group}
        votes: dict[str, int] = {}
        for key in keys:
            for state in {e.admin1 for e in cands[key] if _is_county(e)}:
                votes[state] = votes.get(state, 0) + 1
        top = max(votes.values(), default=0)
        winners = [state for state, n in votes.items() if n == top]
        if top < 2 or len(winners) > 1:
            continue
        out |= {(key, e.id) for key in keys for e in cands[key]
                if _is_county(e) and e.admin1 == winners[0]}
    return out


def _nearest_port(gaz: Gazetteer, e: Entry, max_km: float = 30.0) -> str:
    if e.feature_type == "port":
        return e.id.split(":", 1)[1]
    near = gaz.nearest(e.lat, e.lon, max_km=max_km, types=("port",))
    return near[0][1].id.split(":", 1)[1] if near else ""


def _candidates(gaz: Gazetteer, m: Mention) -> tuple[Entry, ...]:
    if ":" in m.lookup:
        entry = gaz.get(m.lookup)
        return (entry,) if entry else ()
    return gaz.lookup(m.lookup or m.text)


def places_from_mentions(
    mentions: Iterable[Mention],
    article: Article,
    *,
    gazetteer: Gazetteer | None = None,
    n_candidates: int = 3,
) -> list[Place]:
    """Resolve mentions to places, one place per gazetteer entry.

    Parameters
    ----------
    mentions
        Mentions of the article (see :func:`routes.recognise.mentions_from_article`).
    article
        The article, for its language and text.
    gazetteer
        Gazetteer to resolve against; the cached one when None.
    n_candidates
        How many scored candidates to keep per place for review.

    Returns
    -------
    list of Place
        In order of first mention.

    Examples
    --------
    >>> from routes.ingest import article_from_text
    >>> from routes.recognise import mentions_from_article
    >>> art = article_from_text("Saisie record au port d’Anvers.")
    >>> [p.name for p in places_from_mentions(mentions_from_article(art), art)]  # doctest: +SKIP
    ['Antwerp']
    """
    gaz = gazetteer or gazetteer_from_cache()
    by_key: dict[str, list[Mention]] = {}
    for m in sorted(mentions, key=lambda m: (m.start, m.end)):
        # A mention may name a gazetteer id ("IL" in "Springfield, IL"): its own key.
        by_key.setdefault(m.lookup if ":" in m.lookup else name_key(m.lookup or m.text),
                          []).append(m)
    cands = {k: _candidates(gaz, ms[0]) for k, ms in by_key.items()}
    # In drug trafficking news a sea port is the likelier of two namesakes (Algeciras, Spain,
    # not Algeciras, Colombia); elsewhere no such prior.
    port_gaz = gaz if _TRAFFICKING.search(article.text[:20_000]) else None
    cands = {k: c for k, c in cands.items() if c}

    # Unambiguous names anchor the others: countries named, places with one candidate.
    countries: set[str] = set()
    anchors: list[Entry] = []
    for c in cands.values():
        top = c[0]
        if top.feature_type == "country":
            countries.add(top.country_code)
        elif len(c) == 1 or (top.id.startswith("routes:") and not _is_county(top)):
            anchors.append(top)
            if top.country_code:
                countries.add(top.country_code)
    descriptors = {
        k: next((m.descriptor for m in ms if m.descriptor), "") for k, ms in by_key.items()
    }
    links = _county_links(cands)
    # US local news names neighbouring towns; a French story naming "Portsmouth" and
    # "Southampton" does not mean Portsmouth and Hampton, Virginia.
    pairs = _near_pairs(cands) if article.lang == "en" or "US" in countries else set()
    listed = _list_states(by_key, cands, article.text)
    first = {
        key: max(
            cands[key],
            key=lambda e: (
                _score(e, article.lang, countries, anchors, descriptors[key], cands[key], port_gaz,
                       local=(key, e.id) in links)
                + (COUNTY_LINK if (key, e.id) in links else 0.0)
                + (NEAR_PAIR if (key, e.id) in pairs else 0.0)
                + (LIST_STATE if (key, e.id) in listed else 0.0)
                - _alias_penalty(key, e, cands[key], countries)
                + _ocean_bonus(e, article.text, by_key[key][0].start),
                e.population,
            ),
        )
        for key in cands
    }
    # Second pass: every other name's first reading is context (country, nearby places,
    # the state or province named), and "Springfield, Illinois" names its container.
    with_prep: set[str] = set()
    containers = _containers(by_key, cands, article.text, gaz, with_prep)
    near_stated = _stated_near(by_key, cands, first, article.text)
    # "hacia El Paso, Texas": the name after a town and a comma, read as a division the town
    # lies in (not Texas, a Mexican village, in a Mexican story)
    ends = {m.end: k for k, kms in by_key.items() for m in kms}
    after_town: dict[str, set[str]] = {}
    for key, kms in by_key.items():
        for m in kms:
            gap = _TOWN_COMMA.search(article.text, max(0, m.start - 14), m.start)
            other = ends.get(gap.start()) if gap is not None else None
            if other is not None and other != key:
                after_town.setdefault(key, set()).add(other)
    chosen: dict[str, Place] = {}
    order: list[str] = []
    for key, ms in by_key.items():
        if key not in cands:
            continue
        stated = {c.country_code for c in containers.get(key, ()) if c.feature_type == "country"}
        if stated and not any(e.country_code in stated for e in cands[key]) and all(
            e.feature_type in {"city", "port", "neighbourhood"} and e.population < 50_000
            for e in cands[key]
        ):
            continue  # "Moín, en Costa Rica" with no Moín in Costa Rica: not this town
        descriptor = descriptors[key]
        others = [e for k, e in first.items() if k != key]
        readings = cands[key]
        if descriptor in QUARTER_WORDS and others:
            # "le quartier des Salines" in Ajaccio is not Larnaca, Cyprus: a quarter is one
            # near another place of the story, or unknown ("le quartier de Bellevue" in a
            # Nantes story is not Bellevue, Washington)
            readings = tuple(e for e in readings if e.feature_type == "neighbourhood" or any(
                o.country_code == e.country_code
                and haversine_km(o.lat, o.lon, e.lat, e.lon) < QUARTER_KM for o in others))
            # A town read as a quarter lies inside the story's town, not 40 km away
            # ("le quartier de Bellevue" at Nantes is not Saint-Herblon).
            readings = tuple(e for e in readings if e.feature_type == "neighbourhood" or any(
                o.country_code == e.country_code and o.feature_type in {"city", "port"}
                and haversine_km(o.lat, o.lon, e.lat, e.lon) < QUARTER_TOWN_KM for o in others)
            ) or (readings if all(o.feature_type not in {"city", "port"} for o in others) else ())
            if not readings:
                continue
        ctx_countries = countries | {e.country_code for e in others if e.country_code}
        ctx_anchors = anchors + [
            e for e in others
            if e.feature_type not in {"country", "continent", "region", "admin"} or _is_county(e)
        ]
        admins = [e for e in others if e.feature_type == "admin"]
        towns = tuple(e for e in others if e.feature_type in {"city", "port"})
        # "de Braziliaanse haven Salvador", "the Brazilian port of Salvador": the adjective
        # places the town, whatever country bears the name
        adj_codes = {c.country_code for m in ms for c in _adjective_country(
            article.text, m.start, gaz)} if any(
            e.feature_type == "country" for e in cands[key]) else set()
        scored = []
        for e in readings:
            ctx = _context_bonus(e, admins, containers.get(key, ()), cands[key], with_prep,
                                 towns)
            linked = (key, e.id) in links
            # A town the article places ("China, Texas", or its county named) may be
            # the namesake of a country ("Russia, U.S. officials said" does not place it).
            local = linked or (e.feature_type in {"city", "port"} and (
                e.country_code in adj_codes)) or (e.feature_type == "city" and any(
                c.feature_type == "admin" and c.country_code == e.country_code
                and (c.admin1 == e.admin1 or c.name == e.parent)
                for c in containers.get(key, ())
            ))
            score = _score(e, article.lang, ctx_countries, ctx_anchors, descriptor, cands[key],
                           port_gaz, local=local)
            if (key, e.id) in pairs and _pair_holds(e, key, first):
                score += NEAR_PAIR
            if (key, e.id) in listed:
                score += LIST_STATE
            if (key, e.id) in near_stated:
                score += STATED_NEAR
            if any(o.id == e.id for o in others) and (name_key(e.name) == key or not any(
                    r.id != e.id and name_key(r.name) == key for r in cands[key])):
                # (but "from Darwin to Wadeye and Palmerston": a town of its own name is not
                # Darwin again, whose old name it also is)
                score += NAMED_OTHERWISE
            score -= _alias_penalty(key, e, cands[key], ctx_countries)
            score += _ocean_bonus(e, article.text, ms[0].start)
            if e.feature_type == "admin" and e.admin1 and any(
                    c.feature_type in {"city", "port"} and c.country_code == e.country_code
                    and c.admin1 == e.admin1 for other in after_town.get(key, ())
                    for c in cands.get(other, ())):
                score += TOWN_BEFORE_DIVISION
            scored.append((score + ctx + (COUNTY_LINK if linked else 0.0), e))
        scored.sort(key=lambda se: (-se[0], -se[1].population, se[1].id))
        best = scored[0][1]
        if best.feature_type == "admin" and descriptor not in ADMIN_WORDS and (
                best.country_code != "US"):  # (in US news "Georgia" is the state)
            # "la Belgique puis le Luxembourg": a country's name is the country, not the
            # division of the same name next door, unless the text says "province"
            twin = next((e for sc, e in scored if e.feature_type == "country"
                         and name_key(e.name) == name_key(best.name)
                         and sc >= scored[0][0] - 1.0), None)
            if twin is not None:
                best = twin
                scored.sort(key=lambda se: se[1].id != twin.id)
        if best.id not in chosen:
            port = ""
            if descriptor in PORT_WORDS or best.feature_type == "port":
                port = _nearest_port(gaz, best)
            ftype = "port" if port and best.feature_type in {"city", "port"} else best.feature_type
            chosen[best.id] = Place(
                id=place_id(best.id),
                name=best.name,
                lat=best.lat,
                lon=best.lon,
                feature_type=ftype,
                country_code=best.country_code,
                gazetteer_id=best.id,
                precision=PRECISION.get(best.feature_type, "site"),
                admin1=best.admin1,
                candidates=[
                    {
                        "gazetteer_id": e.id,
                        "name": e.name,
                        "country_code": e.country_code,
                        "feature_type": e.feature_type,
                        "lat": e.lat,
                        "lon": e.lon,
                        "score": round(s, 3),
                    }
                    for s, e in scored[:n_candidates]
                ],
                parent=best.parent,
                port=port,
            )
            order.append(best.id)
        chosen[best.id].mentions.extend(Span(m.text, m.start, m.end) for m in ms)
    places = [chosen[i] for i in order]
    for p in places:
        p.mentions.sort(key=lambda s: (s.start, s.end))
    places.sort(key=lambda p: (p.mentions[0].start, p.id))
    return places


class OfflineGeocoder(Geocoder):  # type: ignore[misc]
    """A geopy geocoder backed by the embedded gazetteer: no network, no API key.

    Parameters
    ----------
    gazetteer
        Gazetteer to use; the cached one when None.

    Examples
    --------
    >>> geocoder = OfflineGeocoder()
    >>> geocoder.geocode("Anvers").point.latitude  # doctest: +SKIP
    51.22047
    """

    def __init__(self, gazetteer: Gazetteer | None = None) -> None:
        super().__init__()
        self._gaz = gazetteer

    @property
    def gazetteer(self) -> Gazetteer:
        """The gazetteer, opened on first use."""
        if self._gaz is None:
            self._gaz = gazetteer_from_cache()
        return self._gaz

    @staticmethod
    def _location(e: Entry) -> Location:
        address = f"{e.name}, {e.country_code}" if e.country_code else e.name
        return Location(address, (e.lat, e.lon), asdict(e))

    def geocode(
        self,
        query: str,
        *,
        exactly_one: bool = True,
        country_codes: str | list[str] | None = None,
        feature_types: Iterable[str] | None = None,
        limit: int = 10,
    ) -> Location | list[Location] | None:
        """Look up a place name.

        Parameters
        ----------
        query
            A place name in any of the gazetteer's languages ("Anvers", "Amberes").
        exactly_one
            Return the best match only (geopy's convention) or a list.
        country_codes
            Restrict to these ISO alpha-2 codes.
        feature_types
            Restrict to these feature types.
        limit
            Largest list returned when ``exactly_one`` is False.

        Returns
        -------
        geopy.location.Location, list of them, or None
        """
        entries = list(self.gazetteer.lookup(query))
        if country_codes:
            codes = {country_codes} if isinstance(country_codes, str) else set(country_codes)
            codes = {c.upper() for c in codes}
            entries = [e for e in entries if e.country_code in codes]
        if feature_types:
            wanted = set(feature_types)
            entries = [e for e in entries if e.feature_type in wanted]
        entries.sort(key=lambda e: (-_base_score(e), -e.population, e.id))
        if not entries:
            return None
        if exactly_one:
            return self._location(entries[0])
        return [self._location(e) for e in entries[:limit]]

    def reverse(
        self, query: tuple[float, float] | str, *, exactly_one: bool = True, max_km: float = 50.0
    ) -> Location | list[Location] | None:
        """The nearest places to a ``(lat, lon)`` point (or ``"lat, lon"`` string)."""
        if isinstance(query, str):
            lat_s, lon_s = query.split(",")
            lat, lon = float(lat_s), float(lon_s)
        else:
            lat, lon = float(query[0]), float(query[1])
        near = self.gazetteer.nearest(
            lat, lon, max_km=max_km, types=("city", "neighbourhood", "admin", "other", "port")
        )
        if not near:
            return None
        if exactly_one:
            return self._location(near[0][1])
        return [self._location(e) for _, e in near[:10]]


class OnlineGeocoder:
    """An online geopy geocoder made safe for batch use: rate-limited, cached, with fallback.

    Every answer (found or not) is kept in a SQLite cache that survives crashes, so a name is
    asked once; timeouts, HTTP 429 and outages fall back to the offline gazetteer (and are
    not cached, so a later run asks again).

    Parameters
    ----------
    geocoder
        A geopy geocoder, e.g. ``geopy.geocoders.Nominatim(user_agent="my-newsroom")``.
    cache_path
        SQLite file; ``settings.cache_folder / "online-geocoder.sqlite"`` when None.
    min_delay_seconds
        Delay between two requests (Nominatim's policy asks for at least 1 s).
    error_wait_seconds
        Wait before the one retry after an error.
    fallback
        Offline geocoder used when the service fails; a new :class:`OfflineGeocoder` when None.

    Examples
    --------
    >>> from geopy.geocoders import Nominatim
    >>> online = OnlineGeocoder(Nominatim(user_agent="routes-docs"))  # doctest: +SKIP
    >>> online.geocode("Peterbos, Anderlecht")  # doctest: +SKIP
    """

    def __init__(
        self,
        geocoder: Geocoder,
        *,
        cache_path: str | Path | None = None,
        min_delay_seconds: float = 1.0,
        error_wait_seconds: float = 5.0,
        fallback: OfflineGeocoder | None = None,
    ) -> None:
        from geopy.extra.rate_limiter import RateLimiter

        from routes import settings

        self.geocoder = geocoder
        self.name = type(geocoder).__name__.lower()
        self._ask = RateLimiter(geocoder.geocode, min_delay_seconds=min_delay_seconds,
                                max_retries=1, error_wait_seconds=error_wait_seconds,
                                swallow_exceptions=False)
        self.fallback = fallback or OfflineGeocoder()
        self.cache_path = Path(cache_path or settings.cache_folder / "online-geocoder.sqlite")
        self.cache_path.parent.mkdir(parents=True, exist_ok=True)
        with sqlite3.connect(self.cache_path) as con:
            con.execute("CREATE TABLE IF NOT EXISTS answers (provider TEXT, query TEXT, "
                        "answer TEXT, PRIMARY KEY (provider, query))")

    def _cached(self, query: str) -> tuple[bool, dict[str, Any] | None]:
        with sqlite3.connect(self.cache_path) as con:
            row = con.execute("SELECT answer FROM answers WHERE provider = ? AND query = ?",
                              (self.name, query)).fetchone()
        if row is None:
            return False, None
        return True, json.loads(row[0])

    def _store(self, query: str, answer: dict[str, Any] | None) -> None:
        with sqlite3.connect(self.cache_path) as con:  # one transaction per answer
            con.execute("INSERT OR REPLACE INTO answers VALUES (?, ?, ?)",
                        (self.name, query, json.dumps(answer, ensure_ascii=False)))

    def geocode(self, query: str) -> Location | None:
        """Look a name up online (or in the cache); fall back offline when the service fails."""
        from geopy.exc import GeopyError

        hit, answer = self._cached(query)
        if not hit:
            try:
                loc = self._ask(query)
            except (GeopyError, OSError) as exc:
                log.warning("%s failed for %r (%s); using the offline gazetteer", self.name,
                            query, type(exc).__name__)
                found = self.fallback.geocode(query)
                return found if isinstance(found, Location) else None
            answer = None
            if loc is not None:
                raw = loc.raw if isinstance(loc.raw, dict) else {}
                answer = {"address": loc.address, "lat": loc.latitude, "lon": loc.longitude,
                          "id": str(raw.get("osm_id") or raw.get("place_id") or raw.get("id")
                                    or ""),
                          "country_code": str(
                              (raw.get("address") or {}).get("country_code", "")).upper()}
            self._store(query, answer)
        if answer is None:
            return None
        return Location(answer["address"], (answer["lat"], answer["lon"]), answer)


def places_from_online(
    unresolved: Iterable[Mention], places: list[Place], geocoder: OnlineGeocoder
) -> list[Place]:
    """Place the names the gazetteer lacks with an online geocoder.

    An answer is kept only when it agrees with the article: in one of its countries, or within
    500 km of one of its places (an online service answers something for almost any word).

    Parameters
    ----------
    unresolved
        Mentions from :func:`routes.recognise.unresolved_from_article`.
    places
        The article's places from the gazetteer (the context).
    geocoder
        The online chain.

    Returns
    -------
    list of Place
        New places, ``precision == "online"``.
    """
    countries = {p.country_code for p in places if p.country_code}
    found: dict[str, Place] = {}
    for m in unresolved:
        loc = geocoder.geocode(m.lookup_name)
        if loc is None:
            continue
        raw = loc.raw if isinstance(loc.raw, dict) else {}
        cc = str(raw.get("country_code") or "").upper()
        near = any(haversine_km(p.lat, p.lon, loc.latitude, loc.longitude) < 500 for p in places)
        if not (near or (cc and cc in countries)):
            log.info("online answer for %r (%s) is far from the article's places: dropped",
                     m.text, loc.address)
            continue
        gid = f"{geocoder.name}:{raw.get('id') or name_key(m.lookup_name)}"
        place = found.get(gid)
        if place is None:
            place = found[gid] = Place(
                id=place_id(gid), name=m.lookup_name, lat=loc.latitude, lon=loc.longitude,
                feature_type="other", country_code=cc, gazetteer_id=gid, precision="online",
                candidates=[{"gazetteer_id": gid, "name": loc.address, "score": None}],
            )
        place.mentions.append(Span(m.text, m.start, m.end))
    return list(found.values())


def geocoder_from_name(name: str, *, user_agent: str = "routes") -> OnlineGeocoder | None:
    """The online chain for ``--geocoder NAME``: ``offline`` (None) or ``nominatim``.

    Raises
    ------
    ValueError
        For an unknown name.
    """
    if name == "offline":
        return None
    if name == "nominatim":
        from geopy.geocoders import Nominatim

        return OnlineGeocoder(Nominatim(user_agent=user_agent, timeout=10))
    msg = f"Expected --geocoder offline or nominatim, got {name!r}."
    raise ValueError(msg)
