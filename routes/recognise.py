"""Recognise: find place mentions (character spans) in an article.

Two recognisers are united: spaCy's named entities (French and English models) and a
gazetteer matcher that looks up capitalised word sequences (the only recogniser for Spanish
and Dutch, and a second chance for names NER misses). Noise is filtered: elided articles
("qu’", "L’"), descriptors ("quartier du", "port d’"), sentence-initial common words that are
also town names ("Un", "Celle"), names inside person names, and towns inside organisation
names. A name taken as a place once is a place wherever it recurs in the article; English
demonyms ("Colombian") name their country.
"""

from __future__ import annotations

import csv
import functools
import re
from bisect import bisect_left, bisect_right
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from typing import Any

from routes._data import geodata_path
from routes._dates import MONTHS, WEEKDAYS
from routes._nlp import Parsed, Token, parse
from routes._text import COMPASS, DRUG_NOUNS, LIST_GAP, name_key
from routes.gazetteer import Entry, Gazetteer, gazetteer_from_cache, haversine_km
from routes.ingest import Article

__all__ = ["Mention", "mentions_from_article"]

PLACE_LABELS = {"LOC", "GPE", "FAC"}
#: A town of this size after a locative ("in Rosarno"), in a country the article names, is a
#: place even when the small models call it a person or an organisation.
LOCATIVE_TOWN = 2_000
#: A town whose name is several words joined by a particle ("La Puebla del Río") is read
#: without a cue in a country the story names, or from this many inhabitants.
JOINED_TOWN = 5_000
#: Particles inside a many-word town name.
_NAME_PARTICLES = {"de", "del", "du", "des", "la", "le", "los", "las", "van", "der", "den",
                   "op", "aan", "sur", "sous", "lès", "di", "da", "do", "dos", "au", "aux"}
#: …and from this many in a country the story does not name, when no NER model reads the
#: language ("coordinada desde Puerto Limón").
LOCATIVE_ABROAD = 50_000
PERSONISH = {"PER", "PERSON", "ORG", "NORP"}
# Entry types that the matcher may find without NER's agreement in languages with NER.
SAFE_TYPES = {"country", "continent", "region", "neighbourhood", "port", "other", "admin"}
# Entry types whose names stay places inside organisation names.
LARGE_TYPES = {"country", "admin", "region", "continent"}
CONNECTORS = {
    "de", "du", "des", "la", "le", "les", "del", "los", "las", "y", "e", "et", "and", "of",
    "the", "van", "der", "den", "het", "op", "aan", "sur", "sous", "en", "lès", "di", "da",
    "do", "dos", "au", "aux", "d'", "d’", "l'", "l’", "-",
}
# Capitalised at a sentence start, these open a place name, they are not part of it ("In
# Marchienne-au-Pont, een deelgemeente van Charleroi").
_PREPOSITIONS = {"in", "en", "à", "au", "dans", "bij", "te", "uit", "vanuit", "naar", "op",
                 "at", "near", "from", "desde", "hasta", "hacia", "cerca", "près", "depuis"}
_ELISION = re.compile(r"^(?:[dlDLjJmMnNsStTcC]|[Qq]u|[Jj]usqu|[Ll]orsqu|[Pp]uisqu)['’ʼ]\s*")
_DESCRIPTOR = re.compile(
    r"^(?:(?:le|la|les|el|los|las|het|de|the)\s+)?"
    r"(?P<desc>quartiers?|cités?|parc|commune|ville|village|région|province|département|port|"
    r"aéroport|prison|barrio|ciudad|puerto|provincia|región|municipio|comuna|wijk|"
    r"gemeente|stad|haven|provincie|district|city|town|port|province|state|region|county|"
    r"neighbourhood|neighborhood|borough|"
    # "gare de Menton", "péage de La Turbie", "playa de Balerma": the town they are in (but
    # the Gare de Lyon is in Paris)
    r"gare(?!\s+de\s+lyon)|station|estación|péage|plage|playa|aeropuerto|luchthaven|cárcel|"
    r"penal|gevangenis|maison\s+d['’]arrêt|centre\s+pénitentiaire|centro\s+penitenciario)\s+"
    r"(?:(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of|van|van\s+de|del|de\s+los|di)\s*)?",
    re.IGNORECASE,
)
# "de Béziers" read as one place by the small French model: the preposition is not the name's.
_LEAD_PREPOSITION = re.compile(r"^(?:de|du|des|del|of|van|à|au)\s+(?=[A-ZÀ-Ý])")
_EDGE = re.compile(r"^[\W_]+|[\W_]+$")
#: A descriptor joined to its name by a preposition ("port of", "barrio de").
_CONNECTOR_END = re.compile(r"(?:\s(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of|van|van\s+de|del|"
                            r"de\s+los|di))\s*$|['’]\s*$", re.IGNORECASE)


@dataclass(frozen=True)
class Mention:
    """A span of the article that names a place.

    Parameters
    ----------
    text
        ``article.text[start:end]``.
    start, end
        Character offsets into the article text.
    source
        Which recogniser found it: ``ner``, ``gazetteer`` or ``ner+gazetteer``.
    descriptor
        A generic word before the name ("port", "quartier"), lower-cased, or "".
    nested
        True for a name inside a longer place name ("Marseille" in "quartiers nord de
        Marseille").
    lookup
        The gazetteer name the span stands for when it is not the text itself ("Barrow
        County" for "Barrow" in "Jackson and Barrow counties"), or the id of the entry it
        names ("routes:admin-us-il" for "IL" in "Springfield, IL"), or the place an adjective
        of place names ("Rotterdam" for "Rotterdamse", source ``adjective``), else "".
    """

    text: str
    start: int
    end: int
    source: str
    descriptor: str = ""
    nested: bool = False
    #: The name to look up when it is not the text ("Barrow County" for "Barrow" in "Jackson
    #: and Barrow counties"), or the gazetteer id it names (a ``:`` in it).
    lookup: str = ""

    @property
    def lookup_name(self) -> str:
        """The name to look up: the text, or the name it stands for ("Rotterdamse")."""
        return self.lookup if self.lookup and ":" not in self.lookup else self.text


@functools.cache
def stop_words(lang: str) -> frozenset[str]:
    import importlib

    try:
        mod = importlib.import_module(f"spacy.lang.{lang}.stop_words")
    except ImportError:
        return frozenset()
    # Institutions that open headlines ("Douane onderschept…", "Police seize…") and are
    # also names of small towns somewhere (Douane, Tunisia).
    words = frozenset(w.casefold() for w in mod.STOP_WORDS)
    return words | _INSTITUTIONS | _POINTS.get(lang, set()) | _COMMON_NOUNS.get(lang, set())


# Points of the compass, capitalised inside names ("Parajes del Sur", "Amsterdam-Noord"), are
# also names of towns far away (Sur is Tyre, Lebanon).
_POINTS = {
    "es": {"sur", "norte", "este", "oeste", "centro", "oriente", "poniente"},
    "fr": {"nord", "sud", "est", "ouest", "centre"},
    "nl": {"noord", "zuid", "oost", "west", "centrum"},
    "en": {"north", "south", "east", "west"},
}
# A word that makes a town's name part of a longer one the gazetteer lacks: an island, a
# quarter, a street.
_LONGER_NAME_AFTER = re.compile(r"\s+(?:Island|Islands|Isle|Cay|Cays|Key|Reef|Atoll|"
                           # ("Denham Town", a Kingston quarter, is not Denham, England)
                           r"Town|Heights|Gardens|Estate|Park|"
                           # ("on Campbellton Road": a street, not Fayetteville, North Carolina)
                           r"Road|Street|Avenue|Lane|Drive|Boulevard|Highway)(?!\w)")
# "las Islas del Rosario", "les îles de Lérins": islands the gazetteer lacks, not the town.
_ISLANDS_BEFORE = re.compile(r"(?<!\w)(?:[IiÎî]slas?|[IÎiî]les?|Islands\s+of|[Ee]ilanden)\s+"
                             r"(?:del?\s+|de\s+la\s+|des\s+|du\s+|d['’]|of\s+(?:the\s+)?)?$")
# "Val| de l'Aurence", "Kirk| of Shotts": a name going on after a particle.
_NAME_GOES_ON = re.compile(r"\s+(?:de\s+la|de\s+l['’]|de|du|des|del|of|van|der)\s*[A-ZÀ-Ý]")
# Words of a language that are another language's name of a place.
# ("the Drug and Organised Crime Squad": a word, not Durg, India, once called Drug)
_COMMON_NOUNS = {"en": frozenset({"island", "drug", "drugs"}),
                 # ("la zona conurbada Veracruz-Boca del Río": a river, not Rio de Janeiro;
                 # "el Lago de Maracaibo": a lake, not Largo, Florida)
                 "es": frozenset({"río", "lago"})}
_INSTITUTIONS = frozenset({
    "douane", "douanes", "politie", "justitie", "police", "policía", "policia", "gendarmerie",
    "customs", "armada", "marina", "navy", "justice", "justicia", "parquet", "fiscalía",
})


def _clean_ner(
    text: str, start: int, known: Callable[[str], bool] | None = None
) -> tuple[str, int, str]:
    """Strip edges, elisions and descriptors from an NER span; return (text, start, descriptor).

    A descriptor that begins a town's own name stays when ``known`` says the whole is a town
    ("Port Talbot", "Puerto Limón", "Ciudad Juárez"), not "port d'Anvers".
    """
    descriptor = ""
    for _ in range(3):
        before = text
        m = _EDGE.match(text)
        if m:
            text, start = text[m.end() :], start + m.end()
        m = _ELISION.match(text) or _LEAD_PREPOSITION.match(text)
        if m:
            text, start = text[m.end() :], start + m.end()
        m = _DESCRIPTOR.match(text)
        if m and m.end() < len(text) and not (
                known is not None and text[m.end()].isupper()
                and not _CONNECTOR_END.search(m.group(0))
                and known(text.rstrip(" \t\n.,;:!?»)\"'’"))):
            descriptor = m.group("desc").lower()
            text, start = text[m.end() :], start + m.end()
        text = _EDGE.sub("", text) if _EDGE.search(text) else text
        if text == before:
            break
    # Trailing punctuation only (the leading edge already moved ``start``).
    stripped = text.rstrip(" \t\n.,;:!?»)\"'’")
    return stripped, start, descriptor


_DESCRIPTOR_BEFORE = re.compile(
    r"\b(port|haven|puerto|porto|harbou?r|quartiers?|wijk(?:en)?|barrios?|cités?|aéroport|"
    r"airport|prison)"
    r"\s*(?:de\s+la|de\s+l['’]|du|des|de|d['’]|of|van|van\s+de|del|di)?\s*(?:the\s+)?$",
    re.IGNORECASE,
)
# A surname told as such: "de apellido", "apellidado", "surnamed", "du nom de", "genaamd".
_SURNAME_BEFORE = re.compile(r"(?<!\w)(?:de\s+apellidos?|apellidad[oa]|surnamed|named|du\s+nom\s+"
                             r"de|nommée?|prénommée?|genaamd|met\s+de\s+achternaam)\s+$",
                             re.IGNORECASE)
_ARTICLE_WORD = re.compile(r"(?:the|l[ae]s?|el|los|las|de|het)\s+", re.IGNORECASE)
# "Julio César M., de 47 años": a given name, the name, a surname's initial: a person.
_GIVEN_NAME_BEFORE = re.compile(r"(?<![\w.])(?-i:[A-ZÀ-Ý][a-zà-ÿ]+)\s+$")
_INITIAL_AFTER = re.compile(r"\s+(?-i:[A-ZÀ-Ý])\.(?!\s*(?-i:[A-Z])\.)(?=[\s,;:]|$)")


def _descriptor_before(article: Article, start: int) -> str:
    window = article.text[max(0, start - 30) : start]
    m = _DESCRIPTOR_BEFORE.search(window)
    if m is None:
        return ""
    if m.group(1).lower() in {"quartier", "quartiers", "wijk", "wijken", "barrio", "barrios",
                              "cité", "cités"} and _INDEFINITE.search(
            window, 0, m.start()):
        return ""  # "dans un quartier de Saint-Laurent": the town, not a quarter's name
    return m.group(1).lower()


# "un cocktail Molotov" (Molotov, Perm's old name), "a Molotov cocktail": a thing, not a place.
# "cocktail Molotov", "la station de métro Triangle", "Stratford tube station": things named
# after a place or a word, not the place.
_NAMED_THING = re.compile(
    r"(?<!\w)(?:cocktails?|cóctel(?:es)?|cocteles|stations?\s+de\s+(?:métro|tram(?:way)?|RER)|"
    r"arrêts?\s+(?:de\s+)?(?:tram(?:way)?|bus)|metro\s+station|estaci(?:ón|ones)\s+de\s+metro|"
    r"metrostation|metrohalte|tramhalte)\s+$", re.IGNORECASE)
_PENINSULA_BEFORE = re.compile(
    r"(?<!\w)(?:péninsule|presqu['’]île|peninsula|península|schiereiland)\s+(?:de\s+la\s+|"
    r"de\s+|d['’]|of\s+(?:the\s+)?|del\s+|van\s+)?$", re.IGNORECASE)
# A capitalised article inside a sentence is part of the name after it ("Los Mina").
_NAME_ARTICLE = re.compile(r"(?<![\w'’])(?-i:Los|Las|La|El|Le|Les|De|Het|Den)[ \t]+$")
_NAMED_THING_AFTER = re.compile(
    r"\s+(?:cocktails?|coctel\w*|(?:metro|tube|underground|tram)\s+station)(?!\w)",
    re.IGNORECASE)
_PRISON_WORDS = frozenset({"inrichting", "pi", "hmp", "gevangenis", "penitentiair",
                           "penitentiaire", "prison", "prisión", "cárcel", "penal"})
_INDEFINITE = re.compile(r"(?<!\w)(?:un|une|a|an|een|uno|una|one)\s+$", re.IGNORECASE)


_COUNTY_NAME = re.compile(r"\s(?:County|Parish)$")


def _is_county_name(text: str) -> bool:
    """Whether a name ends in County or Parish ("Anderson County", "Rapides Parish")."""
    return _COUNTY_NAME.search(text) is not None


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _matcher(
    article: Article, parsed: Parsed, gaz: Gazetteer, countries: frozenset[str] | None = None
) -> list[tuple[Mention, Entry]]:
    """Longest prominent gazetteer names over capitalised token sequences.

    With ``countries`` (the codes of the countries the article names), a smaller town is
    matched too after a port descriptor ("haven van Zeebrugge"), or, in a language without
    NER, after a locative when it lies in one of those countries ("en Barbate").
    """
    tokens = parsed.tokens
    text = article.text
    caps = [_capitalised(t) for t in tokens]  # asked for each token many times below
    out: list[tuple[Mention, Entry]] = []
    i = 0
    n = len(tokens)
    prev_end, prev_located = -1, False  # the last hit, and whether a locative opened it

    def longest(i: int, lead_cap: bool) -> tuple[int, tuple[Entry, ...]] | None:
        """The longest prominent name that starts at token ``i``: its last token, entries."""
        tok = tokens[i]
        for j in range(min(n, i + gaz.max_words * 2) - 1, i - 1, -1):
            last = tokens[j]
            # ("la comuna 13": a number may end a curated name)
            if last.sent != tok.sent or not (caps[j] or (j > i and last.text.isdigit())):
                continue
            if lead_cap and any(
                not caps[k] and tokens[k].text.lower() not in CONNECTORS
                # "Weston-super-Mare", "Saint-Gilles-les-Bains", "Riba-roja de Túria": a
                # hyphenated name
                and text[tokens[k].start - 1 : tokens[k].start] != "-" and tokens[k].text != "-"
                for k in range(i + 1, j)
            ):
                continue
            # A lower-case lead ("quartiers nord de Marseille") only starts a curated name.
            if not lead_cap and j == i:
                continue
            found = gaz.lookup(text[tok.start : last.end], prominent=True)
            if not lead_cap:
                found = tuple(e for e in found if e.id.startswith("routes:"))
            if found:
                return j, found
        return None

    while i < n:
        tok = tokens[i]
        lead_cap = caps[i]
        lead_ok = lead_cap or name_key(tok.text) in gaz.first_words
        if not lead_ok or not any(ch.isalpha() for ch in tok.text):
            i += 1
            continue
        hit = longest(i, lead_cap)
        if hit is not None and not lead_cap and i + 1 < n and caps[i + 1]:
            longer_hit = longest(i + 1, True)
            if longer_hit is not None and longer_hit[0] > hit[0]:
                # "el Valle de los Ríos Apurímac": a longer name after the article ("el
                # Valle", a curated division, is only its first word)
                i += 1
                continue
        # "en Vilanova de Arousa": a small town's name can be longer than a prominent one
        longer = hit is None or (hit[0] + 1 < n and tokens[hit[0] + 1].sent == tok.sent and (
            caps[hit[0] + 1] or tokens[hit[0] + 1].text.lower() in CONNECTORS))
        if countries is not None and lead_cap and longer:
            listed = prev_end >= 0 and prev_located and LIST_GAP.fullmatch(
                text, prev_end, tok.start) is not None
            small = _small_town(article, parsed, gaz, i, countries, listed)
            if small is not None and (hit is None or small[0] > hit[0]):
                hit = small
        if hit is None:
            i += 1
            continue
        j, found = hit
        start, end = tok.start, tokens[j].end
        before = text[max(0, start - 40) : start]
        prev_located = bool(_LOCATIVE.search(before) or _NEAR_BEFORE.search(before)) or (
            prev_located and prev_end >= 0
            and LIST_GAP.fullmatch(text, prev_end, start) is not None)
        prev_end = end
        desc = ""
        trimmed = _DESCRIPTOR.match(text[start:end])
        if trimmed and start + trimmed.end() < end and not any(
                name_key(e.name) == name_key(text[start:end]) for e in found):
            # ("Ciudad Hidalgo" is that town's own name, not the state of Hidalgo)
            # "cité du Peterbos" names Peterbos: the span is the name, the rest a descriptor.
            inner = gaz.lookup(text[start + trimmed.end() : end])
            if inner and inner[0].id == found[0].id:
                start, desc = start + trimmed.end(), trimmed.group("desc").lower()
        article_word = _ARTICLE_WORD.match(text[start:end])
        bare = gaz.lookup(text[start + article_word.end() : end]) if article_word else ()
        # "El Ejido", "Le Havre": a capitalised article that the place's own name begins with
        # belongs to the name, even when the gazetteer knows the bare form too ("Ejido").
        # ("La Coruña" is a name of A Coruña; but "The Netherlands" is marked "Netherlands")
        own_article = article_word is not None and article_word.group()[0].isupper() and (
            found[0].feature_type != "country") and (
            article_word.group().strip().lower() != "the" or name_key(found[0].name).startswith(
                name_key(article_word.group().strip()) + " "))
        if article_word and bare and not own_article and (
            article_word.group()[0].islower()
            or all(any(b.id == f.id for b in bare) for f in found)
        ):
            # "the United States": the name without its article, as geoparsers mark it; but
            # "Los Angeles" is not Angeles, and "La Democracia" names two towns, "Democracia"
            # one of them.
            start += article_word.end()
        # ("to Ryde" in a story about Southampton: the English Ryde, not the larger one in
        # Australia)
        named = [e for e in found if e.country_code in countries] if countries else []
        span_key = name_key(text[start:end])
        if countries and not named and all(e.feature_type in {"city", "port"} for e in found):
            # ("arrived at Newhaven" in a story from London: the English town of 12,000, not
            # New Haven, Connecticut, whose other spelling it is)
            named = [e for e in gaz.lookup(text[start:end]) if e.country_code in countries
                     and e.feature_type in {"city", "port"} and name_key(e.name) == span_key]
        own = [e for e in named if name_key(e.name) == span_key]
        entry = (own or named or list(found))[0]
        out.append((Mention(text[start:end], start, end, "gazetteer", desc), entry))
        i = j + 1
    return out


def _small_town(
    article: Article, parsed: Parsed, gaz: Gazetteer, i: int, countries: frozenset[str],
    listed: bool = False,
) -> tuple[int, tuple[Entry, ...]] | None:
    """A town below the matcher's population floor, named where only a place fits."""
    tokens = parsed.tokens
    tok = tokens[i]
    text = article.text
    last = min(len(tokens), i + 7) - 1
    # "de La Puebla del Río", "Vilanova de Arousa": a name of several words joined by a
    # particle is a town's wherever it stands, when a gazetteer town bears it whole.
    joined_at = next((k for k in range(i + 1, min(last, i + 3)) if tokens[k].sent == tok.sent
                      and tokens[k].text.lower() in _NAME_PARTICLES and _capitalised(
                          tokens[k + 1])), None)
    prev = _LAST_WORD.search(text, max(0, tok.start - 24), tok.start)
    if not listed and joined_at is None and (
            prev is None or prev.group(1).lower() not in _CUE_WORDS) and not (
            _cue_after(text, tokens, i, last)):
        return None  # no cue: not worth a look (this runs for most capitalised words)
    if joined_at is not None:
        for j in range(min(last, joined_at + 3), joined_at, -1):
            if tokens[j].sent != tok.sent or not _capitalised(tokens[j]) or any(
                    not (_capitalised(t) or t.text.lower() in _NAME_PARTICLES)
                    for t in tokens[i : j + 1]):
                continue
            whole = tuple(e for e in gaz.lookup(text[tok.start : tokens[j].end])
                          if e.feature_type in {"city", "port"} and (
                              e.country_code in countries or e.population >= JOINED_TOWN))
            if whole:
                return j, whole
    before = text[max(0, tok.start - 40) : tok.start]
    port = bool(_PORT_BEFORE.search(before) or _TOWN_BEFORE.search(before))
    # "en Barbate", "frente a Fisterra", "desde Miches", "en Vilagarcía, Cambados y Ribeira":
    # a town of a country the article names. With NER, only a town of 5,000 (the small models
    # read "in Rosarno" as an organisation), and the keep rules decide.
    located = listed or bool(_LOCATIVE.search(before) or _LOCATIVE_LIST.search(before)
                             or _NEAR_BEFORE.search(before) or _JOURNEY_BEFORE.search(before))
    # "hasta La Jonquera (Girona)", "à Gonfreville (Seine-Maritime)": a town and its province;
    # "cerca de Pichari, en la región Cusco": and its region.
    paren = bool(_LOCATIVE.search(before) or _TOWARDS.search(before)
                 or _NEAR_BEFORE.search(before))
    if not (port or located or paren) and not _cue_after(text, tokens, i, last):
        return None  # no cue: not worth a lookup
    for j in range(last, i - 1, -1):
        span = tokens[i : j + 1]
        if not _capitalised(tokens[j]) or any(
                t.sent != tok.sent or not (_capitalised(t) or t.text.lower() in CONNECTORS
                                           or t.text == "-" or text[t.start - 1] == "-")
                for t in span):
            continue  # "Vilanova de Arousa": connectors inside a name, not at its ends
        end = tokens[j].end
        port_after = bool(_PORT_AFTER.match(text, end))  # "at Ringaskiddy port"
        found = tuple(e for e in gaz.lookup(text[tok.start : end])
                      if e.feature_type in {"city", "port", "neighbourhood"})
        if (port or port_after) and found:
            return j, found
        # "salió de Guapi, en la costa pacífica de Colombia": a town and its country
        with_country = tuple(e for e in found if _country_after(text, end, e, gaz))
        if with_country:
            return j, with_country
        region = _REGION_AFTER.match(text, end) if paren else None
        inside = _PAREN_AFTER.match(text, end) if paren else None
        held = [m.group(1) for m in (region, inside) if m is not None]
        placed = tuple(e for e in found if any(
            a.feature_type in {"admin", "region", "city"} and a.country_code == e.country_code
            and a.id != e.id for name in held for a in gaz.lookup(name)))
        if placed:
            return j, placed
        # "in Westcliff-on-Sea", "à Fresnes-lès-Montauban": a name joined by a lower-case
        # particle is a town's, however small
        joined = bool(_JOINED_NAME.search(text, tok.start, end))
        # ("the ferry from Rosslare": a small town that is a sea port)
        seaport = {e.country_code for e in found if e.feature_type == "port"}
        loose = located and tuple(
            e for e in found if e.country_code in countries
            and (not parsed.has_ner or e.population >= LOCATIVE_TOWN or joined
                 or e.country_code in seaport))
        if loose:
            return j, loose
        if located and found and _GEOGRAPHIC_TAIL.search(text[tok.start : end]):
            return j, found  # "returning to Jurien Bay": a small town named after its bay
    return None


def _cue_after(text: str, tokens: list[Token], i: int, last: int) -> bool:
    """Whether "port" or a country follows a span of tokens ``i``..``last`` ending anywhere."""
    return any(_PORT_AFTER.match(text, tokens[j].end) or _COUNTRY_AFTER.match(text, tokens[j].end)
               for j in range(i, last + 1))


# "frente a Fisterra", "cercanas a Pichari", "por Colchane", "depuis Tanger": a place follows.
_NEAR_BEFORE = re.compile(
    r"(?<!\w)(?:frente\s+a|cercan[oa]s?\s+(?:a|de)|próxim[oa]s?\s+a|junto\s+a|por|hacia|hasta|"
    r"depuis|vers|jusqu['’]à|off|outside|around|towards|richting|tot|autour\s+d[e'’]|"
    r"alrededor\s+de|"
    # "aan de rand van Nistelrode", "en las afueras de Caborca", "on the outskirts of Oss"
    r"aan\s+de\s+rand\s+van|in\s+de\s+buurt\s+van|(?:en|a)\s+las\s+afueras\s+de|"
    r"on\s+the\s+outskirts\s+of|à\s+la\s+périphérie\s+de|en\s+périphérie\s+de|"
    # "por la costa de O Grove", "off the coast of Cornwall", "voor de kust van Vlieland"
    r"(?:costa|côte|coast|kust|litoral|littoral|playa|plage|beach|strand)\s+(?:de|del|of|van|d['’]))"
    r"\s+$",
    re.IGNORECASE,
)
# The word right before a name, and the words that end one of the cues below.
_LAST_WORD = re.compile(r"(\w+['’]?)\s*$")
_CUE_WORDS = frozenset(
    "at in near outside from to into via off of à au aux de d' d’ du des en desde bij nabij "
    "naar vanuit uit the and et y e a por hacia hasta depuis vers around towards richting tot "
    "del van through par jusqu'à jusqu’à town city village municipality suburb ville commune "
    "bourgade banlieue ciudad localidad pueblo municipio poblado corregimiento stad dorp "
    "gemeente deelgemeente plaats havenstad prison gevangenis cárcel prisión péage havens "
    "haven ports port puerto puertos harbour harbor".split()
)
# Between two names of a list: "en Vilagarcía de Arousa, Cambados y Ribeira".
# "at Ringaskiddy port", "Zeebrugge harbour": the name of a port town.
_PORT_AFTER = re.compile(r"\s+(?:port|harbou?r|docks)(?!\w)")
# "Pichari, en la región Cusco", "Colchane, en la región de Tarapacá", "Herstal, in de provincie
# Luik", "Ringaskiddy, Co Cork": the region the town is in.
_REGION_AFTER = re.compile(
    r",\s+(?:(?:en|in|dans|au|im)\s+)?(?:(?:la|el|le|de|het|the|l['’])\s+)?"
    r"(?:(?:región|region|régión|provincia|province|provincie|département|departamento|"
    r"estado|state|county|comunidad|comarca|regio|Co\.?)\s+)?(?:(?:de|del|of|van)\s+)?"
    r"([A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?)"
)
_TOWARDS = re.compile(r"(?<!\w)(?:hasta|hacia|jusqu['’]à|jusqu['’]au|vers|naar|towards|"
                      r"through|via|por|par)\s+$", re.IGNORECASE)
_PAREN_AFTER = re.compile(r"\s*\(([A-ZÀ-Ý][\w'’ -]{1,30})\)")


def _inflections(lang: str, adjective: str) -> list[str]:
    a = adjective.casefold()
    if lang == "fr":
        if a.endswith("en"):
            return [a, a + "ne", a + "s", a + "nes"]
        return [a, a + "e", a + "es"] + ([] if a.endswith("s") else [a + "s"])
    if lang == "es":
        if a.endswith("o"):
            return [a, a[:-1] + "a", a + "s", a[:-1] + "as"]
        if a.endswith("és"):
            stem = a[:-2]
            return [a, stem + "esa", stem + "eses", stem + "esas"]
        return [a, a + "s"]
    return [a]


@functools.lru_cache(maxsize=1)
def _adjective_table() -> dict[str, dict[str, str]]:
    """Language → adjective form key → place name (``geodata/place_adjectives.csv``)."""
    out: dict[str, dict[str, str]] = {}
    with geodata_path("place_adjectives.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            for form in _inflections(row["lang"], row["adjective"]):
                out.setdefault(row["lang"], {})[name_key(form)] = row["place"]
    return out


@functools.lru_cache(maxsize=1)
def _country_adjective_table() -> dict[str, dict[str, str]]:
    """Language → country adjective form key → country (``geodata/country_adjectives.csv``)."""
    return {lang: {name_key(form): place for form, place in forms.items()}
            for lang, forms in _country_adjective_forms().items()}


@functools.lru_cache(maxsize=1)
def _country_adjective_forms() -> dict[str, dict[str, str]]:
    """Language → lower-case written form of a country adjective → country."""
    out: dict[str, dict[str, str]] = {}
    with geodata_path("country_adjectives.csv").open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            forms = ([row["adjective"]] if row["lang"] == "nl"
                     else _inflections(row["lang"], row["adjective"]))
            for form in forms:
                out.setdefault(row["lang"], {})[form.lower()] = row["place"]
    return out


# The land or water a country adjective qualifies: "les côtes vénézuéliennes", "aguas
# territoriales marroquíes", "de Colombiaanse kust". A nationality elsewhere ("la police
# colombienne", "un ressortissant belge") names people, not a place.
_COMPASS_COUNTRY = re.compile(r"(?<![\w-])(?:Noord|Zuid|Oost|West|Midden|Noordoost|Noordwest|"
                              r"Zuidoost|Zuidwest)-(?P<country>[A-Z][a-z]+)(?![\w-])")
_GEO_NOUNS = {
    "fr": {"côte", "côtes", "eaux", "port", "ports", "frontière", "frontières", "territoire",
           "sol", "littoral", "jungle", "forêt", "capitale", "province", "provinces", "région",
           "régions", "rivages", "plages", "montagnes", "campagne",
           # "destinée au marché britannique": the country it is sold in
           "marché", "marchés"},
    "es": {"costa", "costas", "aguas", "puerto", "puertos", "frontera", "fronteras",
           "territorio", "suelo", "selva", "litoral", "capital", "provincia", "provincias",
           "región", "playas", "montañas", "sierra", "mercado", "mercados"},
    "nl": {"kust", "kusten", "wateren", "kustwateren", "haven", "havens", "grens",
           "grondgebied", "bodem", "jungle", "hoofdstad", "provincie", "provincies", "regio",
           "stranden", "bergen", "oerwoud", "markt", "markten"},
}
_ORIGIN_NOUNS = {"origine", "origen", "herkomst"}
_GOODS = re.compile(r"(?<!\w)(?:marchandises?|drogues?|résine|cocaïne|cannabis|haschich|héroïne|"
                    r"cargaisons?|droga|cocaína|hachís|heroína|mercancías?|cargamento|lading|"
                    r"drugs|hasj|partij|heroïne)(?!\w)", re.IGNORECASE)
_DRUG_NOUN = re.compile(DRUG_NOUNS, re.IGNORECASE)
_TERRITORIAL = {"territoriales", "territoriaux", "territorial", "territoriale"}


def _country_adjectives(article: Article, parsed: Parsed) -> list[Mention]:
    table = _country_adjective_table().get(article.lang, {})
    nouns = _GEO_NOUNS.get(article.lang, set())
    tokens = parsed.tokens
    out: list[Mention] = []
    for i, tok in enumerate(tokens):
        place = table.get(name_key(tok.text)) if tok.text.isalpha() else None
        if not place:
            continue
        if article.lang == "nl":
            ok = tok.text[:1].isupper() and i + 1 < len(tokens) and (
                tokens[i + 1].text.casefold() in nouns
                or _DRUG_NOUN.fullmatch(tokens[i + 1].text) is not None or (
                    tokens[i + 1].text.casefold() in _ORIGIN_NOUNS and _GOODS.search(
                        article.text, max(0, tok.start - 60), tok.start)))
        else:
            j = i - 1
            if j >= 0 and tokens[j].text.casefold() in _TERRITORIAL:
                j -= 1
            definite = j >= 1 and tokens[j].text.casefold() in {"port", "puerto", "capitale",
                                                                 "capital"} and (
                tokens[j - 1].text.casefold() in {"le", "du", "au", "el", "del", "al", "la"})
            ok = tok.text.islower() and j >= 0 and (tokens[j].text.casefold() in nouns or (
                # "l'héroïne afghane", "la cocaína colombiana": where the drug is from
                _DRUG_NOUN.fullmatch(tokens[j].text) is not None) or (
                # "la marchandise, d'origine marocaine": where the goods come from (not "un
                # homme d'origine marocaine")
                tokens[j].text.casefold() in _ORIGIN_NOUNS
                and _GOODS.search(article.text, max(0, tokens[j].start - 60), tokens[j].start)
            )) and not (
                # "chargés dans le port équatorien": the port the article named, told again
                definite) and not (
                # "le port colombien de Carthagène": the port is the place named next
                i + 2 < len(tokens) and tokens[i + 1].text.casefold() in {"de", "del", "d'", "d’"}
                and tokens[i + 2].text[:1].isupper())
        if ok:
            out.append(Mention(tok.text, tok.start, tok.end, "adjective", lookup=place))
    return out


def _adjectives(article: Article, parsed: Parsed, gaz: Gazetteer) -> list[Mention]:
    """Adjectives of place: "le réseau havrais", "el puerto gaditano", "de Rotterdamse haven".

    French and Spanish forms come from a curated table; Dutch ones are also derived from
    the Dutch and Belgian towns and provinces the matcher knows ("Antwerpse" → Antwerpen).
    """
    table = _adjective_table().get(article.lang, {})
    out: list[Mention] = []
    tokens = parsed.tokens
    for i, tok in enumerate(tokens):
        word = tok.text
        if len(word) < 5 or not word.isalpha():
            continue
        place = table.get(name_key(word), "")
        if not place and article.lang == "nl" and word[:1].isupper() and word.endswith("se"):
            stem = word[:-2]
            for cand in (stem, stem + "en", stem + "e", stem + "ge"):
                if any(e.country_code in {"NL", "BE"} and e.feature_type in {"city", "admin"}
                       for e in gaz.lookup(cand, prominent=True)):
                    place = cand
                    break
        if place and i + 1 < len(tokens) and tokens[i + 1].sent == tok.sent:
            # "in de Rotterdamse haven": the curated port, not the town
            whole = article.text[tok.start : tokens[i + 1].end]
            if any(e.id.startswith("routes:") for e in gaz.lookup(whole)):
                out.append(Mention(whole, tok.start, tokens[i + 1].end, "adjective",
                                   lookup=whole))
                continue
        if place:
            out.append(Mention(word, tok.start, tok.end, "adjective", lookup=place))
    taken = {(m.start, m.end) for m in out}
    out += [m for m in _country_adjectives(article, parsed) if (m.start, m.end) not in taken]
    return sorted(out, key=lambda m: m.start)


def _demonyms(article: Article, parsed: Parsed, gaz: Gazetteer) -> list[Mention]:
    """Capitalised demonyms ("Russian", "South Africans"): they name a country too."""
    tokens = parsed.tokens
    out: list[Mention] = []
    i = 0
    while i < len(tokens):
        tok = tokens[i]
        found = None
        if _capitalised(tok):
            for j in (i + 1, i):
                if j < len(tokens) and tokens[j].sent == tok.sent and tokens[j].text.isalpha():
                    span = article.text[tok.start : tokens[j].end]
                    if name_key(span) in gaz.demonyms:
                        found = (j, span)
                        break
        if found is None:
            i += 1
            continue
        j, span = found
        start, end = tok.start, tokens[j].end
        if not any(
            e.label in {"PER", "PERSON"} and e.start <= start and end <= e.end
            for e in parsed.entities
        ):
            out.append(Mention(span, start, end, "demonym"))
        i = j + 1
    return out


# "port of", "port brésilien de", "haven van", "puerto marroquí de": what follows is a port.
_PRISON_OF_TOWNS = re.compile(
    r"(?<!\w)(?:centre\s+pénitentiaire|maison\s+d['’]arrêt|prison|centre\s+de\s+détention|"
    r"maison\s+centrale)\s+(?:de\s+|d['’])(?P<both>[A-ZÀ-ÖØ-Þ][\w'’]+-(?P<town>(?:La\s+|Le\s+)?"
    r"[A-ZÀ-ÖØ-Þ][\w'’]+(?:-[\w'’]+)*))")
# A list of capitalised names: "Carmarthen, Llanelli and Haverfordwest" (an entity longer than
# LIST_CHARS is no such list, and matching it would take time on hostile text).
LIST_CHARS = 200
#: What separates the names of a list ("Carmarthen, Llanelli and Haverfordwest", "Felixstowe or
#: Southampton").
_LIST_SEP = r",\s*|\s+(?:and|et|y|en|e|or|ou|o)\s+"
_LIST_ITEM = re.compile(r"[A-ZÀ-ÖØ-Þ][\w'’-]*(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]*)*"
                        r"(?:(?:" + _LIST_SEP + r")[A-ZÀ-ÖØ-Þ][\w'’-]*"
                        r"(?:\s[A-ZÀ-ÖØ-Þ][\w'’-]*)*)+")


def _list_items(text: str, start: int, end: int) -> set[tuple[int, int]]:
    """The spans of the names of a list entity."""
    out: set[tuple[int, int]] = set()
    pos = start
    for sep in re.finditer(_LIST_SEP, text[start:end]):
        out.add((pos, start + sep.start()))
        pos = start + sep.end()
    out.add((pos, end))
    return out


# A capitalised descriptor that begins a town's name ("Puerto Limón", "Port Louis").
_NAME_LEAD = re.compile(r"(?<!\w)(?:Puerto|Port|Porto|Ciudad|Cidade)\s+$")
_PORT_BEFORE = re.compile(
    # ("de veerhaven van Hoek van Holland", "de zeehaven van Vlissingen")
    r"(?<!\w)(?:ports?\s+(?:\w+\s+)?(?:of|de|d['’]|du)|\w*havens?\s+van|havenstad|"
    r"puertos?\s+(?:\w+\s+)?del?|harbou?r\s+of)\s*(?:the\s+)?$",
    re.IGNORECASE,
)
_LOCATIVE = re.compile(
    r"(?<!\w)(?:at|in|near|outside|from|to|into|via|off|port\s+of|harbou?r\s+of|à|au|près\s+de|"
    # "a group operating out of Letterkenny"
    r"out\s+of|"
    # "supply users as far north as Wick", "jusqu'à", "hasta", "tot in"
    r"as\s+far\s+(?:(?:north|south|east|west|afield|away)\s+)?as|jusqu['’]à|hasta|tot\s+in|"
    # "through Gobabis", "étaient passés par Malanville"
    r"through|across|(?:passée?s?|transitée?s?|transité)\s+par|"
    # "un navire à destination d'Algésiras", "bound for Felixstowe", "con destino a Vigo"
    r"(?:à\s+)?destination\s+(?:de|d['’]|du)|bound\s+for|con\s+destino\s+a|rumbo\s+a|"
    r"op\s+weg\s+naar|"
    # "a través de Ayacucho y Puquio", "à travers Tournai"
    r"a\s+través\s+de|à\s+travers|"
    r"en|desde|depuis|cerca\s+de|bij|nabij|naar|vanuit|uit|"
    # "à la sortie d'Inezgane", "à l'entrée de Mons", "a la salida de Jaén"
    r"(?:à\s+)?la\s+sortie\s+d(?:e|['’])|(?:à\s+)?l['’]entrée\s+d(?:e|['’])|"
    r"a\s+la\s+(?:salida|entrada)\s+de|"
    # "entre Caborca y Altar", "between Hull and Goole"
    r"entre|between|tussen|"
    # "era trasladada a Sonoyta": "a" after a verb of motion
    r"(?:trasladad[oa]s?|traslad(?:ó|aron|aba|aban)|llevad[oa]s?|llev(?:ó|aron|aba|aban)|"
    r"enviad[oa]s?|envi(?:ó|aron|aba|aban)|lleg(?:ó|aron|aba|aban|ar)|llegad[oa]s?|"
    r"viaj(?:ó|aron|aba|aban|ar)|transportad[oa]s?|transport(?:ó|aron|aba|aban)|"
    r"regres(?:ó|aron)|huy(?:ó|eron))\s+a|"
    # "interceptée à hauteur de Brignoles", "a la altura de", "ter hoogte van"
    r"à\s+hauteur\s+d[e'’]|au\s+niveau\s+d[e'’]|aux\s+abords\s+d[e'’]|a\s+la\s+altura\s+de|"
    # "op het strand ten noorden van De Cocksdorp", "north of Goole"
    r"ter\s+hoogte\s+van|" + COMPASS + r")\s*(?:the\s+)?(?:port\s+of\s+)?$",
    re.IGNORECASE,
)


#: The locatives a list of towns may follow (shared by the two patterns below).
_LIST_CUES = (r"(?<!\w)(?:at|in|near|from|to|into|via|through|a\s+través\s+de|à|près\s+de|en|"
              r"desde|depuis|bij|naar|vanuit|uit)\s+")
# "in Liverpool and Warrington", "à Lille et Roubaix": the second town of a list after a
# locative.
_LOCATIVE_LIST = re.compile(
    _LIST_CUES +
    r"[A-ZÀ-Ý][\w'’-]+\s+(?:and|et|y|en)\s+$"
)
_JOINED_NAME = re.compile(r"\w-(?:on|upon|under|by|in|le|la|les|lès|lez|sur|sous|en|de|du|"
                          r"des|del|di|aan|op|bij)-\w")
# "county lines to Shrewsbury, Hereford and Aberystwyth": a longer list after a locative;
# a name after a comma counts only when the list goes on after it (not "in Tottenham, Harris
# said").
_LOCATIVE_SERIES = re.compile(
    _LIST_CUES +
    r"(?:[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?(?:,\s*|\s+(?:and|et|y|en)\s+)){1,4}$"
)
_LIST_GOES_ON = re.compile(r",?\s+(?:and|et|y|en|or|ou|o|of)\s+[A-ZÀ-Ý]|,\s*[A-ZÀ-Ý]")
# The last word of a place's name that no person's name ends with.
_GEOGRAPHIC_TAIL = re.compile(r"\s(?:Bay|Beach|Harbou?r|Island|Creek|Springs|Falls|Heights|Cove|"
                              r"Sound|Heads|Bahía|Playa|Baai)$")
# (but "a gang in Sydney, Hollis said": who said it)
_SAYS_AFTER = re.compile(r"\s+(?:said|says|told|added|explained|a\s+(?:dit|déclaré|indiqué|"
                         r"expliqué|ajouté)|dijo|explicó|añadió|zei|zegt|vertelde)(?!\w)")
_HOME_COUNTRIES = {"nl": frozenset({"NL", "BE"})}
# "shot dead in Mondesa, Swakopmund": a town after the quarter a locative named.
_APPOSED = re.compile(r"(?<!\w)(?:at|in|à|en|bij|near|dans)\s+(?:(?:le|la|les|the|el|de|het)\s+)?"
                      r"[A-ZÀ-Ý][\w'’-]+(?:\s+[A-ZÀ-Ý][\w'’-]+)?,\s*$")
# The dash after a dateline town: "LYON – Onze hommes…"
_DATELINE_DASH = re.compile(r"\s*[—–-]\s")
# "a ferry from Calais", "a flight to Lagos", "un train en provenance de Vintimille": a journey
# starts or ends at a place, whatever the small model reads in the name.
_JOURNEY_BEFORE = re.compile(
    r"(?<!\w)(?:ferry|ferries|flights?|trains?|lorry|lorries|trucks?|boats?|ships?|vessels?|"
    r"planes?|coach|bus|vols?|navires?|bateaux?|camions?|vuelos?|barcos?|buques?|camiones|"
    r"veerboot|vlucht|trein|schip|vrachtwagen|arriving|departing|sailing|sailed|flew|flying|"
    # "había zarpado de Bahía Solano", "avait appareillé de Fort-de-France"
    r"zarp(?:ó|aron|ado|ada)|appareillée?)"
    # ("le ferry de 23 heures à destination de Newhaven")
    r"\s+(?:\w+\s+){0,3}?(?:from|to|for|bound\s+for|de|d['’]|pour|vers|en\s+provenance\s+de|"
    r"à\s+destination\s+de|desde|hacia|procedente\s+de|con\s+destino\s+a|uit|van|naar)\s+$"
    # "le navire avait quitté Barcarena", "the ship left Callao"
    r"|(?<!\w)(?:quitté|quittait|quitte|left|salió\s+de|zarpó\s+de|vertrok\s+uit|verliet)\s+$"
    # "des mules qui passent par Battice", "la cocaïne transitait par Battice": a way through
    r"|(?<!\w)(?:pass(?:e|ent|ait|aient|er|ant|é|ée|ées|és)|transit\w*)\s+par\s+$",
    re.IGNORECASE,
)
# "the coastal town of Kotor", "la ville de Sète", "el municipio de Anorí": a town follows.
_TOWN_BEFORE = re.compile(
    r"(?<!\w)(?:town|city|village|port\s+city|municipality|suburb|resort|ville|commune|bourgade|"
    r"banlieue|ciudad|localidad|pueblo|municipio|poblado|corregimiento|stad|dorp|gemeente|"
    r"deelgemeente|plaats|havenstad|prison|gevangenis|cárcel|prisión|péage|"
    # "por la garita de Lukeville", "le poste-frontière de Rekem", "the border crossing at
    # Lukeville", "de grensovergang bij Hazeldonk"
    r"garita|paso\s+fronterizo|poste[-\s]frontière|border\s+crossing|grensovergang|"
    # "du centre pénitentiaire de Béziers", "el centro penitenciario de Picassent"
    r"pénitentiaire|penitenciario|penitentiary|correctional\s+(?:facility|centre|center)|"
    # "en el término municipal de Deltebre", "dos vecinos de L'Ampolla", "residents of Gorey"
    r"término\s+municipal|vecin[oa]s?|residents?|inwoners?|bewoners?|habitants?)\s+"
    r"(?:at\s+|bij\s+)?"
    r"(?:of\s+|de\s+|d['’]|del\s+|van\s+)?$",
    re.IGNORECASE,
)
# "Ipswich Crown Court", "Lille Magistrates' Court": a court named after its town.
_COURT_AFTER = re.compile(
    r"\s+(?:Crown|Magistrates['’]?|Sheriff|District|County|Circuit|Superior|Criminal|High)"
    r"\s+Courts?\b"
)
# "Santos, au Brésil", "Turbo, in Colombia", "Moín, en Costa Rica": the country that follows.
_COUNTRY_AFTER = re.compile(
    # "Cairnryan in Scotland": without a comma only "in" and its likes
    r"(?:,\s+|\s+(?=(?:au|aux|en|in|im)\s+[A-ZÀ-Ý]))"
    r"(?:(?:au|aux|en|in|en\s+el|in\s+het|dans\s+l[ea]|im|in\s+the)\s+|"
    # "Tamatave, sur la côte est de Madagascar", "Tumaco, en la costa pacífica de Colombia",
    # "Nador, in the north of Morocco"
    r"(?:sur\s+la\s+côte|on\s+the\s+coast|en\s+la\s+costa|aan\s+de\s+kust|dans\s+le|au|"
    r"in\s+the|en\s+el)\s+(?:(?:est|ouest|nord|sud|norte|sur|este|oeste|east|west|north|south|"
    r"pacífica|atlántica|caribeña|caraïbe|atlantique|pacifique)\s+)?(?:de|d['’]|of|del|van)\s+)?"
    r"(?:l['’]|le\s+|la\s+|el\s+|the\s+)?([A-ZÀ-Ý][\w'’-]+(?:\s+(?:[A-ZÀ-Ý][\w'’-]+|del?|of)){0,2})"
)


def _country_after(text: str, end: int, entry: Entry, gaz: Gazetteer) -> bool:
    m = _COUNTRY_AFTER.match(text, end, end + 40)
    if m is None:
        return False
    words = m.group(1).split()
    for k in range(len(words), 0, -1):
        if any(e.feature_type == "country" and e.country_code == entry.country_code
               for e in gaz.lookup(" ".join(words[:k]))):
            return True
    return False


_FORCE_OF = re.compile(r"\s+(?:State\s+Police|State\s+Patrol|Highway\s+Patrol|Police|"
                       r"Sheriff['’]s\s+Office|Constabulary)$")


# "sur l'île de Saint-Martin", "on the island of", "en la isla de", "op het eiland": before a
# name, or opening an entity's text.
_ISLAND_WORDS = r"(?:île|isla|island|eiland)\s+(?:de\s+|d['’]|of\s+|van\s+)?"
_ISLAND_OF = re.compile(r"(?<!\w)" + _ISLAND_WORDS + "$", re.I)
_ISLAND_NAME = re.compile(r"^(?:l['’])?" + _ISLAND_WORDS, re.I)


def _named_countries(parsed: Parsed, gaz: Gazetteer, text: str = "") -> frozenset[str]:
    """Codes of the countries the article names (spaCy's place entities)."""
    codes: set[str] = set()
    for ent in parsed.entities:
        if ent.label in {"PER", "PERSON"} and (_LOCATIVE.search(
                text, max(0, ent.start - 40), ent.start) or _ISLAND_OF.search(
                text, max(0, ent.start - 40), ent.start)):
            # "à Saint-Martin" read as a person: the country after a locative (either of its
            # namesakes: Saint Martin, Sint Maarten)
            codes.update(e.country_code for e in gaz.lookup(ent.text)
                         if e.feature_type == "country")
        elif ent.label in PLACE_LABELS:
            # ("l'île de Saint-Martin": the island's name)
            name = _ISLAND_NAME.sub("", ent.text)
            found = gaz.lookup(ent.text) or gaz.lookup(name)
            # ("Saint-Martin" is Saint Martin before Sint Maarten, whose other name it is)
            found = tuple(sorted(found, key=lambda e: e.feature_type != "country"
                                 or name_key(e.name) != name_key(name)))
            if found and (found[0].feature_type in {"country", "admin"} or (
                    # a Birmingham story need not say "England"
                    found[0].feature_type == "city" and found[0].population >= 100_000)):
                codes.add(found[0].country_code)  # "Calabria" says Italy
        elif ent.label == "ORG" and _FORCE_OF.search(ent.text):
            # "Louisiana State Police", "Ohio Highway Patrol": a force named after its state
            codes.update(e.country_code for e in gaz.lookup(_FORCE_OF.sub("", ent.text).strip())
                         if e.feature_type in {"country", "admin"})
        elif ent.label == "ORG" and (court := _COURT_AFTER.search(ent.text)) is not None:
            # "Hull Crown Court": the court of a city of 100,000 names its country
            found = gaz.lookup(ent.text[: court.start()].strip())
            if found and found[0].feature_type == "city" and found[0].population >= 100_000:
                codes.add(found[0].country_code)
        elif ent.label == "NORP" and name_key(ent.text) in gaz.demonyms:
            # "the Turkish resort of Bodrum": a nationality names its country
            found = gaz.lookup(ent.text)
            if found and found[0].feature_type == "country":
                codes.add(found[0].country_code)
    return frozenset(c for c in codes if c)


def _keep_gazetteer_only(
    m: Mention,
    entry: Entry,
    article: Article,
    parsed: Parsed,
    sent_starts: set[int],
    para_starts: set[int],
    countries: frozenset[str],
    gaz: Gazetteer,
) -> bool:
    """Decide whether a matcher hit that NER did not find is a place."""
    single = " " not in m.text.strip() and "-" not in m.text
    if single and not m.text.isupper() and m.text.casefold() in stop_words(article.lang):
        return False
    # A dateline ("NEUCHÂTEL, 3 mai —") starts a paragraph with a town and a comma or dash.
    dateline = m.start in para_starts and article.text[m.end : m.end + 2].startswith(
        (",", " —", " –", " -", ":")
    )
    if single and m.text.isupper() and len(m.text) <= 4 and entry.feature_type in {
            "city", "port", "neighbourhood"} and not entry.id.startswith("routes:") and not (
            dateline and entry.population >= LOCATIVE_ABROAD):
        # "opéré au CHU de Pontchaillou": an acronym, not Chũ, Vietnam (but "LYON – …", a
        # dateline town of some size)
        return False
    if single and m.text.casefold() in _STATE_WORDS:
        return False  # "la Fiscalía General de la República": the state, not a town
    if single and m.text.casefold() in WEEKDAYS:
        return False  # "Mardi, les enquêteurs…": a day, not Mardi, Australia
    if single and m.text.casefold() in MONTHS and not any(
            (e.start, e.end) == (m.start, m.end) and e.label in PLACE_LABELS
            for e in parsed.entities):
        return False  # "in March 2025" is a date, not March, Cambridgeshire
    if single and m.start in sent_starts and entry.feature_type == "city" and not dateline:
        return False
    if not single and any(ent.label in PLACE_LABELS and ent.start < m.end and m.start < ent.end
                          for ent in parsed.entities):
        return True  # NER saw a place in "Weston-super-Mare"; the gazetteer has all of it
    if entry.feature_type in {"city", "port"} and (
            _LONGER_NAME_AFTER.match(article.text, m.end)
            or _ISLANDS_BEFORE.search(article.text, max(0, m.start - 20), m.start)):
        return False  # "Union Island", "Bird Island": an island the gazetteer lacks, no town
    if entry.feature_type in {"city", "port"} and _PENINSULA_BEFORE.search(
            article.text, max(0, m.start - 30), m.start):
        return False  # "la péninsule de Paria" (Venezuela), not Paria, India
    if _SURNAME_BEFORE.search(article.text, max(0, m.start - 30), m.start):
        return False  # "un hombre de apellido Solano", "a man surnamed Lima": a person
    if _INITIAL_AFTER.match(article.text, m.end) and _GIVEN_NAME_BEFORE.search(
            article.text, max(0, m.start - 20), m.start) and m.start not in sent_starts:
        return False  # "Julio César M.": a given name and a surname's initial around it
    article_word = _NAME_ARTICLE.search(article.text, max(0, m.start - 5), m.start)
    if article_word is not None and article_word.start() not in sent_starts and not gaz.lookup(
            article.text[article_word.start() : m.end]):
        return False  # "en Los Mina", "en La Isla": a name with its article, not Mina, Nigeria
    if any(ent.label in PLACE_LABELS and ent.start == m.start and ent.end > m.end
           and _NAME_GOES_ON.match(article.text, m.end, ent.end) for ent in parsed.entities):
        return False  # "au Val de l'Aurence": the first word of a longer name, not Le Val
    # Countries and states named by or inside an organisation are places ("the EU said",
    # "Tamil Nadu moved the court", "the US Federal Reserve"); towns inside one ("Real
    # Madrid") and names inside a person's name are not.
    # A city of half a million that is a whole entity on its own is a place the small
    # models mislabel ("from Guayaquil" as ORG, "for Rotterdam" as PERSON).
    # "at the port of Felixstowe", "near Warrington": a town after a locative is a place
    # even when the small English model calls it an organisation.
    before = article.text[max(0, m.start - 40) : m.start]
    lead = _NAME_LEAD.search(before)
    if lead is not None and not any(e.id == entry.id for e in gaz.lookup(lead.group() + m.text)):
        lead = None  # "Puerto Juárez" (Cancún) is not Ciudad Juárez
    if lead is not None:
        before = before[: lead.start()]  # "desde Puerto Limón": the cue is before "Puerto"
    series = _LOCATIVE_SERIES.search(before)
    listed = series is not None and (not series.group(0).rstrip().endswith(",") or bool(
        _LIST_GOES_ON.match(article.text, m.end)))
    # ("the ferry from Rosslare": a small town that is a sea port)
    locative = ((entry.population >= LOCATIVE_TOWN or entry.feature_type == "port"
                 or any(e.feature_type == "port" and e.country_code == entry.country_code
                        for e in gaz.lookup(m.text))
                 or bool(_JOINED_NAME.search(m.text))) and bool(
        _LOCATIVE.search(before) or _LOCATIVE_LIST.search(before) or listed
        or (_APPOSED.search(before) and not _SAYS_AFTER.match(article.text, m.end)))
                and (entry.country_code in countries or (
                    entry.population >= LOCATIVE_ABROAD and not parsed.has_ner))) or bool(
        _PORT_BEFORE.search(before))
    # "arrivé de Santos, au Brésil": a town followed by its own country is a town.
    locative = locative or (entry.population >= LOCATIVE_TOWN and bool(
        _JOURNEY_BEFORE.search(before))) or _country_after(article.text, m.end, entry, gaz) or bool(
        _TOWN_BEFORE.search(before)) or bool(_PORT_AFTER.match(article.text, m.end))
    for ent in parsed.entities:
        inside = ent.label in PERSONISH and ent.start <= m.start and m.end <= ent.end
        if inside and ent.end - ent.start <= LIST_CHARS and _LIST_ITEM.fullmatch(
                article.text, ent.start, ent.end) and (
                (m.start, m.end) in _list_items(article.text, ent.start, ent.end)):
            continue  # "to Carmarthen, Llanelli and Haverfordwest" read as one organisation
        if inside and ent.label == "ORG" and ent.start == m.start and _COURT_AFTER.match(
                article.text, m.end, ent.end):
            continue  # "Ipswich Crown Court": the court sits in Ipswich
        if inside and dateline and ent.end > m.end and _DATELINE_DASH.match(article.text, m.end):
            continue  # "LYON – Onze hommes" read as one entity: the dateline runs into the text
        # "the Murtala Muhammed International Airport" read as an organisation: the whole
        # entity but its article is the name of a curated place or an airport.
        whole = (ent.start, ent.end) == (m.start, m.end) or (
            ent.end == m.end and _ARTICLE_WORD.fullmatch(article.text, ent.start, m.start)
            is not None)
        whole_city = whole and (
            entry.population >= 500_000 or locative or entry.id.startswith("routes:")
            # "returning to Jurien Bay" read as a person: nobody is called "… Bay"
            or bool(_GEOGRAPHIC_TAIL.search(m.text))
            # "arrêtés à Saint-Martin" read as a person: a country after a locative
            or (entry.feature_type == "country" and bool(_LOCATIVE.search(before)))
            # "DARWIN, February 20 –" read as an organisation: a dateline
            or dateline
        )
        large = entry.feature_type in LARGE_TYPES
        # No one is called "Anderson County": the small English model reads "Anderson County
        # Sheriff Greg Taylor" as one person.
        county = _is_county_name(m.text)
        if inside and not whole_city and not county and (
            ent.label in {"PER", "PERSON"} or not large
        ):
            return False
    if not parsed.has_ner:
        # Without NER, a town followed by another capitalised word is part of a longer name
        # ("La Guardia Civil", "Breda Airport"), not the town.
        nxt = re.match(r" (\w)", article.text[m.end : m.end + 3])
        # …or preceded by one ("barrio Empalme Graneros", "la Policía Federal").
        prev = re.search(r"(\w+) $", article.text[max(0, m.start - 30) : m.start])
        adjective = prev is not None and (
            name_key(prev.group(1)) in _country_adjective_table().get(article.lang, {})
            or name_key(prev.group(1)) in gaz.demonyms)  # "het Braziliaanse Itajaí"
        # …but "Penitentiaire Inrichting Vught", "HMP Forest Bank": a prison and its town.
        prison = prev is not None and prev.group(1).casefold() in _PRISON_WORDS
        # (nor "Puerto Limón": the descriptor begins the town's name)
        longer = prev is not None and prev.group(1)[:1].isupper() and not adjective and (
            not prison) and not (lead is not None and lead.group() == prev.group(0)) and (
            prev.group(1).casefold() not in CONNECTORS | _PREPOSITIONS) and (
            m.start not in sent_starts) and (
            m.start - len(prev.group(0)) not in sent_starts)
        return not (entry.feature_type == "city" and (
            (nxt is not None and nxt.group(1).isupper()) or longer))
    if entry.feature_type in SAFE_TYPES:
        return True
    # (a town of the curated table was put there on purpose: "proche de Ksar Sghir")
    # ("DERRY – A man was shot…": the town a story is filed from, however small)
    big = entry.population >= 100_000 or locative or entry.id.startswith("routes:") or (
        bool(_GEOGRAPHIC_TAIL.search(m.text)) and bool(_LOCATIVE.search(before))) or dateline
    return big and (m.start not in sent_starts or dateline)


def mentions_from_article(
    article: Article, *, parsed: Parsed | None = None, gazetteer: Gazetteer | None = None
) -> list[Mention]:
    """Find the place mentions of an article.

    Parameters
    ----------
    article
        The article.
    parsed
        Its parse, when already computed.
    gazetteer
        Gazetteer to match against; the cached one when None.

    Returns
    -------
    list of Mention
        Sorted by position; ``article.text[m.start:m.end] == m.text`` for each.

    Examples
    --------
    >>> from routes.ingest import article_from_text
    >>> art = article_from_text("La cocaïne arrive au port d’Anvers depuis la Colombie.")
    >>> [m.text for m in mentions_from_article(art)]  # doctest: +SKIP
    ['Anvers', 'Colombie']
    """
    parsed = parsed or parse(article)
    gaz = gazetteer or gazetteer_from_cache()
    sent_starts = {s.start for s in parsed.sentences}
    para_starts: set[int] = set()
    last_para = -1
    for sent in parsed.sentences:
        if sent.paragraph != last_para or article.text[max(0, sent.start - 1)] == "\n":
            para_starts.add(sent.start)
        last_para = sent.paragraph
    found: list[Mention] = []

    def known_town(name: str) -> bool:
        return any(e.feature_type in {"city", "port"} for e in gaz.lookup(name))

    ner_spans: list[Mention] = []
    for ent in parsed.entities:
        if ent.label not in PLACE_LABELS:
            continue
        ent_text = ent.text
        if ent_text[-1:] in "'’" and article.text[ent.end : ent.end + 1].isalpha():
            # "Faa'a" cut by the tokenizer after its apostrophe, as if elided: the whole word
            tail = re.match(r"\w+", article.text[ent.end : ent.end + 30])
            ent_text += tail.group() if tail else ""
        text, start, desc = _clean_ner(ent_text, ent.start, known_town)
        if len(text) < 2 or not any(ch.isupper() for ch in text[:1]):
            continue
        if text.casefold() in WEEKDAYS:
            continue  # "Mardi, les enquêteurs…" read as a place by the small French model
        if text.casefold() in _COMMON_NOUNS.get(article.lang, ()):
            continue  # "Island drug line gang jailed": a word, not Iceland in Dutch
        if not gaz.lookup(text):
            continue
        tail = _LONGER_NAME_AFTER.match(article.text, start + len(text))
        if tail is not None and not gaz.lookup(article.text[start : tail.end()]) and all(
                e.feature_type in {"city", "port"} for e in gaz.lookup(text)):
            continue  # "Denham Town" (Kingston) read as a place: not Denham, England
        if _PENINSULA_BEFORE.search(article.text, max(0, start - 30), start) and all(
                e.feature_type in {"city", "port"} for e in gaz.lookup(text)):
            continue  # "la péninsule de Paria": the peninsula, which no town stands for
        end = start + len(text)
        if article.text[end : end + 1] == "." and name_key(text) in gaz.abbreviations:
            end += 1  # an abbreviation keeps its full stop ("Ky.", "D.C.")
        ner_spans.append(Mention(article.text[start:end], start, end, "ner", desc))

    for ent in parsed.entities:
        # "the coastal town of Kotor", "the port of Ngqura" read as organisations by the
        # small models: the word before says it is a town.
        if ent.label not in {"ORG", "MISC", "PER", "PERSON"} or " " in ent.text.strip():
            continue
        before = article.text[max(0, ent.start - 30) : ent.start]
        if (_TOWN_BEFORE.search(before) or _PORT_BEFORE.search(before)) and any(
                e.feature_type in {"city", "port"} for e in gaz.lookup(ent.text)):
            ner_spans.append(Mention(ent.text, ent.start, ent.end, "ner"))
    for ent in parsed.entities:
        # "Northern Territory Police", "Ohio Highway Patrol": the state or country a force is
        # named after is a place of the story
        force = _FORCE_OF.search(ent.text) if ent.label == "ORG" else None
        if force is not None and any(e.feature_type in {"admin", "country"}
                                     for e in gaz.lookup(ent.text[: force.start()])):
            ner_spans.append(Mention(ent.text[: force.start()], ent.start,
                                     ent.start + force.start(), "ner"))
    dem_spans = (_demonyms(article, parsed, gaz) if article.lang == "en"
                 else _adjectives(article, parsed, gaz))
    if article.lang == "nl":
        # "naar Noord-Frankrijk", "in Zuid-Spanje": a part of a country, drawn at the country
        for cm in _COMPASS_COUNTRY.finditer(article.text):
            if not gaz.lookup(cm.group()) and any(
                    e.feature_type == "country" for e in gaz.lookup(cm.group("country"))):
                dem_spans.append(Mention(cm.group(), cm.start(), cm.end(), "gazetteer",
                                         lookup=cm.group("country")))

    gaz_spans: list[Mention] = []
    rejected: list[tuple[Mention, Entry]] = []
    ner_sorted = sorted(ner_spans, key=lambda n: (n.start, n.end))
    countries = _named_countries(parsed, gaz, article.text)
    if not parsed.has_ner:
        # Without NER, the countries the matcher finds on its own are the context, and the
        # countries of the regions it finds ("Galicia", "Tarapacá").
        # Big towns count too: a Dutch story about Tilburg need not say "Nederland".
        countries = frozenset(e.country_code for _, e in _matcher(article, parsed, gaz)
                              if (e.feature_type in {"country", "admin"} or (
                                  e.feature_type == "city" and e.population >= 100_000))
                              and e.country_code)
        # A Dutch-language story is from the Netherlands or Flanders unless it says otherwise
        # ("een criminele familie uit Boxmeer").
        countries |= _HOME_COUNTRIES.get(article.lang, frozenset())
    # …and the countries its adjectives name ("de Nederlandse politie", "la frontière
    # libyenne … livrée à Sebha").
    forms = _country_adjective_forms().get(article.lang, {})
    named = {forms[w] for w in {t.text.lower() for t in parsed.tokens} if w in forms}
    countries |= {found[0].country_code for found in (gaz.lookup(n) for n in named)
                  if found and found[0].feature_type == "country"}
    ner_places = [e for e in parsed.entities if e.label in PLACE_LABELS]
    # (looked up by where they start and end: a long article has thousands of each)
    ner_by_start: dict[int, list[Any]] = {}
    ner_by_end: dict[int, list[Any]] = {}
    for e in ner_places:
        ner_by_start.setdefault(e.start, []).append(e)
        ner_by_end.setdefault(e.end, []).append(e)
    for m, entry in _matcher(article, parsed, gaz, countries):
        if entry.population < 100_000 and any(
                e.end > m.end and _UNKNOWN_TAIL.match(article.text, m.end, e.end)
                for e in ner_by_start.get(m.start, []) + (
                    # ("in the Western Hemisphere": the entity opens with its article)
                    ner_by_start.get(m.start - 4, []) if article.text[
                        max(0, m.start - 4) : m.start].lower() == "the " else [])):
            # "off North Cape": NER reads a longer name the gazetteer lacks; its first word
            # ("North") is not the place.
            rejected.append((m, entry))
            continue
        if entry.population < 1_000_000 and any(
                e.start < m.start and _UNKNOWN_HEAD.fullmatch(
                    article.text, e.start, m.start) and not gaz.lookup(e.text)
                for e in ner_by_end.get(m.end, ())):
            # "at the Baltic Hub container terminal": the last word of a name the gazetteer
            # lacks ("Hub", Pakistan) is not the place either
            rejected.append((m, entry))
            continue
        if _inside(ner_sorted, m) or _keep_gazetteer_only(
            m, entry, article, parsed, sent_starts, para_starts, countries, gaz
        ):
            gaz_spans.append(m)
        elif " " in m.text or entry.feature_type != "city" or entry.population >= 1_000:
            rejected.append((m, entry))
    # One sense per article: a name taken as a place once is a place wherever the matcher
    # finds it, even where NER read it as a person or inside an organisation's name.
    accepted = {name_key(m.text) for m in ner_spans + gaz_spans}
    stop = stop_words(article.lang)
    for m, _ in rejected:
        if name_key(m.text) in accepted and m.text.casefold() not in stop and not any(
            e.start <= m.start and m.end <= e.end and (e.start, e.end) != (m.start, m.end)
            and e.label in {"PER", "PERSON"} and not _is_county_name(m.text)
            for e in parsed.entities
        ):
            gaz_spans.append(m)

    # Union: longest span wins an overlap; agreement is recorded.
    # "le centre pénitentiaire de Toulon-La Farlède", "la prison de Lille-Sequedin": a French
    # prison is named after the city and the town it stands in, next to it; the place is the
    # town (but "Aix-Luynes" is a quarter of Aix, not Luynes in Touraine).
    prison_spans: list[Mention] = []
    for pm in _PRISON_OF_TOWNS.finditer(article.text):
        city = pm.group("both")[: pm.start("town") - pm.start("both") - 1]
        if gaz.lookup(pm.group("both")) or not any(
                haversine_km(a.lat, a.lon, b.lat, b.lon) < 30
                for a in gaz.lookup(city) if a.feature_type == "city"
                for b in gaz.lookup(pm.group("town")) if b.feature_type == "city") or any(
                m.start < pm.end("town") and pm.start("town") < m.end
                for m in ner_spans + gaz_spans if m.end - m.start > len(pm.group("town"))):
            continue
        prison_spans.append(Mention(pm.group("town"), pm.start("town"), pm.end("town"),
                                    "gazetteer", "prison"))
        # (the city the prison is also named after is not a place told here)
        first = (pm.start("both"), pm.start("town") - 1)
        ner_spans = [m for m in ner_spans if (m.start, m.end) != first]
        gaz_spans = [m for m in gaz_spans if (m.start, m.end) != first]
    pool = sorted(
        ner_spans + gaz_spans + dem_spans + prison_spans,
        key=lambda m: (m.start, -(m.end - m.start), m.source)
    )
    for m in pool:
        if found and m.start < found[-1].end:
            last = found[-1]
            if (m.start, m.end) == (last.start, last.end) and m.source != last.source:
                found[-1] = Mention(last.text, last.start, last.end, "ner+gazetteer",
                                    last.descriptor or m.descriptor)
            continue
        found.append(m)
    found = _told_again(article, parsed, found, stop)

    # Names inside longer place names are places too ("Marseille" in "quartiers nord de
    # Marseille"): a reader expects the city on the map.
    nested: list[Mention] = []
    for m in found:
        if " " not in m.text:
            continue
        for inner, _ in _matcher(article, _sub_parse(parsed, m), gaz):
            before = article.text[m.start : inner.start].rstrip()
            after_connector = before.endswith(("'", "’")) or (
                before.rsplit(" ", 1)[-1].lower() in CONNECTORS
            )
            if (inner.start, inner.end) != (m.start, m.end) and after_connector and (
                _near_outer(gaz, m.text, inner.text)
            ):
                nested.append(Mention(inner.text, inner.start, inner.end, "gazetteer", nested=True))
    out = [
        Mention(
            m.text, m.start, m.end, m.source,
            m.descriptor or _descriptor_before(article, m.start), lookup=m.lookup,
        )
        for m in found
        if not _NAMED_THING.search(article.text, max(0, m.start - 30), m.start)
        and not _NAMED_THING_AFTER.match(article.text, m.end)
    ]
    if article.lang == "en":
        # "Jackson and Barrow counties": the counties, not the towns the names also are;
        # "Dublin, OH": the state, not a place called "Oh".
        listed = _county_lists(article, parsed, gaz) + _postal_states(article, out, gaz)
        out = [m for m in out if not any(c.start < m.end and m.start < c.end for c in listed)]
        nested = [m for m in nested if not any(c.start < m.end and m.start < c.end
                                               for c in listed)]
        out += listed
    return sorted(out + nested, key=lambda m: (m.start, m.end))


_TOLD_AGAIN_CUE = re.compile(
    r"(?<!\w)(?:to|in|at|from|into|via|near|through|à|au|aux|en|vers|depuis|près\s+de|naar|uit|"
    r"bij|vanuit|desde|hacia|hasta|cerca\s+de)\s+(?:the\s+)?$", re.IGNORECASE)


def _told_again(
    article: Article, parsed: Parsed, found: list[Mention], stop: frozenset[str] | set[str]
) -> list[Mention]:
    """One sense per article: a town taken as a place once is a place where it is named again.

    "a ferry from Cairnryan in Scotland … drove north through England to Cairnryan": the small
    town the matcher does not look for on its own is found the second time too.
    """
    text = article.text
    taken = [(m.start, m.end) for m in found]
    # (even where NER reads a person, as one sense per article goes; but not inside a longer
    # name: "the Baltic Hub terminal", "Mr Calais Smith")
    spans = [(e.start, e.end) for e in parsed.entities]
    extra: list[Mention] = []
    for name in {m.text for m in found if m.source != "demonym" and not m.descriptor}:
        if len(name) < 4 or not name[:1].isupper() or name.casefold() in stop:
            continue
        for s, e in _whole_words(text, name):
            if any(a < e and s < b for a, b in taken) or any(
                    a <= s and e <= b and b - a > e - s for a, b in spans):
                continue
            if not _TOLD_AGAIN_CUE.search(text, max(0, s - 20), s):
                continue  # only where a place fits: "to Cairnryan", not "Jordan said"
            extra.append(Mention(name, s, e, "gazetteer"))
            taken.append((s, e))
    return sorted(found + extra, key=lambda m: (m.start, m.end)) if extra else found


def _whole_words(text: str, name: str) -> Iterator[tuple[int, int]]:
    """Where ``name`` stands as whole words in ``text``.

    A plain search: no pattern to compile for each name of each article.
    """
    i = text.find(name)
    while i >= 0:
        j = i + len(name)
        before = text[i - 1] if i else " "
        after = text[j] if j < len(text) else " "
        if not (before.isalnum() or before in "_'’-") and not (after.isalnum() or after in "_'’-"):
            yield i, j
        i = text.find(name, i + 1)


def _near_outer(gaz: Gazetteer, outer: str, inner: str) -> bool:
    """Whether a name nested in a known place's name is a place near it.

    "quartiers nord de Marseille" names Marseille; "La Línea de la Concepción" does not name
    Concepción (Paraguay).
    """
    whole = gaz.lookup(outer)
    if not whole:
        return True
    o = whole[0]
    parts = gaz.lookup(inner)
    if any(e.id == o.id for e in parts):
        return False  # "l'île de Tenerife": "Tenerife" is the island again, not its capital
    return any(
        e.country_code == o.country_code
        and (e.feature_type in {"country", "admin"}
             or haversine_km(o.lat, o.lon, e.lat, e.lon) < 150)
        for e in parts
    )


# The rest of a longer place name NER read ("North| Cape"), when it is not a kind of place
# ("Chiang Rai| province", "Shan| State").
_UNKNOWN_TAIL = re.compile(
    r" (?!(?i:province|provincia|provincie|state|estado|region|región|département|department|"
    r"departamento|district|distrito|county|parish|municipality|municipio|island|islands|"
    r"airport|port|harbour|prison)\b)[A-ZÀ-Ý]")
_UNKNOWN_HEAD = re.compile(
    r"(?:the\s+)?(?!(?:North|South|East|West|Northern|Southern|Eastern|Western|Central|Greater|"
    r"Upper|Lower|New|Old|Great|Little|Saint|St\.?|San|Santa|Nord|Sud|Noord|Zuid|Oost|West)\s)"
    r"[A-ZÀ-Ý][\w'’-]+\s+")
_STATE_WORDS = frozenset({"república", "république", "republic", "republiek", "nación", "nation",
                          "natie", "estado", "état", "staat"})
_LIST_JOINERS = {",", "and", "or"}


def _county_lists(article: Article, parsed: Parsed, gaz: Gazetteer) -> list[Mention]:
    """Names of a list before "counties" or "parishes": "Barrow, Jackson and Madison counties".

    Each name (of up to three capitalised words, the longest that is a county) becomes a
    mention that looks up "<name> County" ("<name> Parish"); a list has at least two.
    """
    tokens = parsed.tokens
    text = article.text
    out: list[Mention] = []
    for i, tok in enumerate(tokens):
        word = tok.text.lower()
        if word not in {"counties", "parishes"} or i == 0:
            continue
        suffix = " County" if word == "counties" else " Parish"
        found: list[Mention] = []
        j = i - 1
        while j >= 0 and tokens[j].sent == tok.sent:
            best = None
            for k in range(j, max(-1, j - 3), -1):  # the name is tokens[k..j]
                if not _capitalised(tokens[k]) or not tokens[k].text[:1].isalpha():
                    break
                name = text[tokens[k].start : tokens[j].end]
                if any(_is_county_name(e.name) for e in gaz.lookup(name + suffix)):
                    best = (k, name)
            if best is None:
                break
            k, name = best
            found.append(Mention(name, tokens[k].start, tokens[j].end, "gazetteer",
                                 lookup=name + suffix))
            j = k - 1
            joined = False
            while j >= 0 and tokens[j].text.lower() in _LIST_JOINERS:
                joined, j = True, j - 1
            if not joined:
                break
        if len(found) >= 2:
            out.extend(found)
    return out


_POSTAL = re.compile(r",\s?([A-Z]{2})(?![\w'’-])")


def _postal_states(article: Article, found: list[Mention], gaz: Gazetteer) -> list[Mention]:
    """US states written as postal codes after a town of theirs: "Springfield, IL".

    Kept only when a US town of that name lies in that state, so "Paris, OK" or a capitalised
    word after a comma is no state.
    """
    out: list[Mention] = []
    for m in found:
        hit = _POSTAL.match(article.text, m.end)
        if hit is None:
            continue
        code = hit.group(1)
        state = gaz.us_state(code)
        if state is None or not any(
            e.country_code == "US" and e.feature_type == "city" and e.admin1 == code
            for e in gaz.lookup(m.lookup or m.text)
        ):
            continue
        out.append(Mention(code, hit.start(1), hit.end(1), "gazetteer", lookup=state.id))
    return out


def _sub_parse(parsed: Parsed, m: Mention) -> Parsed:
    lo = bisect_left(parsed.tokens, m.start, key=lambda t: t.start)
    hi = bisect_left(parsed.tokens, m.end, lo=lo, key=lambda t: t.start)
    toks = [t for t in parsed.tokens[lo:hi] if t.end <= m.end]
    return Parsed(toks[1:], [], [], parsed.has_ner)


def _inside(spans: list[Mention], m: Mention) -> bool:
    """Whether ``m`` lies inside one of ``spans`` (sorted by start, not overlapping)."""
    i = bisect_right(spans, m.start, key=lambda s: s.start) - 1
    return i >= 0 and spans[i].start <= m.start and m.end <= spans[i].end


def unresolved_from_article(
    article: Article,
    parsed: Parsed,
    mentions: list[Mention],
    *,
    gazetteer: Gazetteer | None = None,
) -> list[Mention]:
    """Place names NER found that the gazetteer does not know (for review or online look-up).

    Parameters
    ----------
    article
        The article.
    parsed
        Its parse.
    mentions
        Its resolved mentions (names overlapping them are not reported).
    gazetteer
        Gazetteer; the cached one when None.

    Returns
    -------
    list of Mention
        With ``source == "ner-unresolved"``, in order.
    """
    gaz = gazetteer or gazetteer_from_cache()
    taken = sorted((m.start, m.end) for m in mentions)
    out: list[Mention] = []
    for ent in parsed.entities:
        if ent.label not in PLACE_LABELS:
            continue
        text, start, desc = _clean_ner(ent.text, ent.start)
        end = start + len(text)
        if len(text) < 3 or not text[:1].isupper() or gaz.lookup(text):
            continue
        i = bisect_right(taken, (start, 1 << 62)) - 1
        if (i >= 0 and taken[i][1] > start) or (
            i + 1 < len(taken) and taken[i + 1][0] < end
        ):
            continue
        if text.casefold() in stop_words(article.lang):
            continue
        out.append(Mention(article.text[start:end], start, end, "ner-unresolved", desc))
    return out
