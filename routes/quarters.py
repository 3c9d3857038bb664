"""Quarters the gazetteer lacks, placed at their town when the text says whose quarter they are.

Trafficking stories happen in housing estates and quarters ("le quartier du Blosne",
"el barrio Cieneguita de la ciudad de Limón", "de Groningse wijk Beijum", "the Twinbrook area
of west Belfast"). No gazetteer has them all. When the text itself says that a name is a
quarter and which town it belongs to (a town named beside it, an adjective of the town, or the
town the story is about), the name becomes a place at the town's point, with
``precision == "city"`` (the point is only as good as the town's), ``parent`` the town, and a
gazetteer id that says it was placed that way (:data:`QUARTER_ID`). The map draws it as
approximate. Nothing is placed when the story names no town.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Sequence

from routes import settings
from routes._dates import MONTHS, WEEKDAYS
from routes._text import name_key
from routes.gazetteer import Gazetteer, gazetteer_from_cache, haversine_km
from routes.geocode import QUARTER_ID, Place, Span, is_placed_at_town, place_id
from routes.ingest import Article, dateline_span
from routes.recognise import stop_words

__all__ = ["QUARTER_ID", "is_placed_at_town", "quarters_from_article"]


#: The town the story is about is the nearest town named this close before the quarter.
NEAR_TOWN_CHARS = 1500

_UP = r"A-ZÀ-ÖØ-Þ"
_WORD = rf"[{_UP}][\w’'-]*"
#: A capitalised name, maybe several words with lower-case particles ("Docteur-Ayme",
#: "Lawrence Weston", "Heechterp-Schieringen", "Cerro de la Cruz").
_NAME = (rf"(?P<name>{_WORD}(?:[ \t](?:(?:de|del|de la|des|du|la|las|los|el|van|der|den|"
         rf"ten|of|on|the|sur|lès|les)[ \t])?{_WORD}){{0,3}})")
#: A second quarter coordinated with the first: "los barrios de La Calzada y El Llano".
_AND_NAME = re.compile(r"[ \t]*(?:,|y|et|en|and|e)[ \t]+(?:(?:de|del|des|du|d['’])[ \t]*)?" + _NAME)

#: A cue word and the articles between it and the name, per language.
_CUES = {
    "fr": (r"(?<!\w)(?:quartiers?|cités?|résidences?|lotissements?|grands?[ \t]ensembles?)"
           # ("du quartier industriel d'Aïn Sebaâ", "le quartier voisin du Pont-Blanc")
           r"(?:[ \t]+(?:industriels?|résidentiels?|populaires?|sensibles?|voisins?|"
           r"prioritaires?|historiques?|défavorisés?))?"
           r"(?:[ \t]+(?P<adj>[a-zéèêëàâîïôûç]+(?:aise|ais|oise|ois|ienne|ien|aine|ain|ine|in)))?"
           r"[ \t]+(?:(?P<art>de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*)?"),
    "es": (r"(?<!\w)(?:barrios?|barriadas?|colonias?|sectores|sector|poblaciones|población|"
           r"asentamientos?|fraccionamientos?|urbanizaciones|urbanización|repartos?|"
           # "en la zona de Senkata" (El Alto), "la zona de Calacoto" (La Paz)
           r"zonas?)"
           r"[ \t]+(?:(?P<art>de[ \t]+(?:la|las|los|el)|del|de)[ \t]+)?"),
    "nl": (r"(?<!\w)(?:(?P<adj>[{up}][a-zë]+(?:se|sche))[ \t]+)?(?:volkswijk|woonwijk|"
           r"achterstandswijk|probleemwijk|stadswijk|wijk|buurt|stadsdeel)[ \t]+").replace(
        "{up}", _UP),
    "en": (r"(?<!\w)(?:the[ \t]+)?(?:(?P<adj>[{up}][a-z]+)[ \t]+)?(?P<cue>neighbou?rhood|"
           r"district|suburb|estate|area)[ \t]+of[ \t]+").replace("{up}", _UP),
}
#: "dans le quartier de la Grande Résidence, à Lens, et dans celui du Mont-Liébaut, à
#: Béthune": a second quarter named by a pronoun standing for the cue.
_CELUI = re.compile(r"(?<!\w)(?:quartiers?|cités?)[ \t][^.\n]{0,120}?(?<!\w)(?:celui|celle)"
                    r"[ \t]+(?:de[ \t]+la|de[ \t]+l['’]|du|des|de|d['’])[ \t]*" + _NAME)
#: English puts the cue after the name: "the Twinbrook estate", "the Otay Mesa area of".
_EN_AFTER = re.compile(
    # ("in the city's Clinton Hill section": American usage)
    rf"(?<!\w)the[ \t]+(?:(?:city|town|borough)['’]s[ \t]+)?{_NAME}[ \t]+(?P<cue>estate|"
    rf"housing[ \t]estate|area|district|neighbou?rhood|township|suburb|section)(?!\w)"
)
#: "the Raffles and Botcherby estates", "the William Whyte and Point Douglas neighbourhoods".
_EN_AFTER_PAIR = re.compile(
    rf"(?<!\w)the[ \t]+{_NAME.replace('?P<name>', '?P<a>')}[ \t]+and[ \t]+"
    rf"{_NAME.replace('?P<name>', '?P<b>')}[ \t]+(?P<cue>estates|housing[ \t]estates|areas|"
    r"districts|neighbou?rhoods|townships|suburbs)(?!\w)")
#: "raided Kisenyi, a crowded suburb near the taxi parks": a quarter told by its apposition.
_EN_APPOSED_CUE = re.compile(
    rf"(?<!\w)(?:in|at|raided|of|near)[ \t]+{_NAME},[ \t]+an?[ \t]+(?:[a-z-]+[ \t]+){{0,2}}"
    r"(?:suburb|neighbou?rhood|district|township|housing[ \t]estate|estate|slum)(?!\w)")
#: Dutch and Spanish compounds that name a quarter by themselves: "de Vuurtorenwijk",
#: "de Regenboogbuurt"; "la Comuna 13".
_COMPOUND = {
    "nl": re.compile(rf"(?<!\w)(?P<name>[{_UP}][a-zë]{{3,}}(?:wijk|buurt))(?!\w)"),
    "es": re.compile(r"(?<!\w)(?P<name>Comuna[ \t]+\d{1,2})(?!\w)"),
}
#: A district named after its town: "Leiden-Noord", "Amsterdam-Zuidoost", "Den Haag-West".
_DISTRICT = {
    "nl": re.compile(rf"(?<![\w-])(?P<name>(?P<town>[{_UP}][\w'’]+(?:[ \t][{_UP}][\w'’]+)?)-"
                     r"(?:Noord|Zuid|Oost|West|Centrum|Noordoost|Noordwest|Zuidoost|Zuidwest|"
                     r"Midden)(?:[ \t]?[A-Z]\w*)?)(?![\w-])"),
}
_NO_MATCH = re.compile(r"(?!)")
#: Where something happened, not where it came from or went: "shot in Creggan", "à la
#: Grand-Borne".
_WHERE_BEFORE = re.compile(r"(?<!\w)(?:in|at|à|au|aux|dans|en|op)[ \t]+(?:(?:la|le|les|el|de|"
                           r"het|the|l['’])[ \t]*)?$", re.IGNORECASE)
#: "à la Délégation générale à la sûreté nationale": an office, told by its adjective.
_OFFICE_AFTER = re.compile(
    r"[ \t]+(?:générale?s?|nationale?s?|régionale?s?|départementale?s?|centrale?s?|fédérale?s?|"
    r"municipale?s?|provinciale?s?|general(?:es)?|nacional(?:es)?|regional(?:es)?|federal(?:es)?|"
    r"municipal(?:es)?|national|regional|federal|central)(?!\w)")
#: Valleys, coasts, rivers, divisions: names of land, not of a town's quarters.
_NATURAL = re.compile(
    r"(?i)(?:^|\s)(?:valley|vallée|valle|vallei|coast|côte|costa|kust|peninsula|península|"
    r"péninsule|mountains?|montagnes?|montañas?|hills|delta|islands?|îles?|islas?|bay|baie|"
    r"bahía|river|rivière|río|lake|lac|lago|county|comté|condado|region|région|región|"
    r"province|provincia|district|département|departamento|state|estado|sierra|cape|cap|cabo|"
    r"gulf|golfe|golfo|mount|mont|monte)(?:\s|$)"
    # "Zuid-Limburg", "Noord-Brabant": a region named by its compass point
    r"|^(?:Zuid|Noord|Oost|West|Midden|Nord|Sud|Norte|Sur)-")
#: One or two capitalised words: a name the gazetteer may lack.
_SHORT_NAME = rf"(?P<name>[{_UP}][a-zà-ÿ]+(?:[ -][{_UP}][a-zà-ÿ]+)?)(?![\w-])"
#: One or two capitalised words after "in"/"en", not followed by another name word.
_IN_NAME = re.compile(r"(?<![\w-])(?:en|in|bij)[ \t]+" + _SHORT_NAME + r"(?![ \t][A-ZÀ-Þ])")
#: "in Kralendijk, Bonaire": a town abroad, told with where it lies.
#: "at a flat in Hillfields": a name after a dwelling.
_DWELLING_IN_NAME = re.compile(
    r"(?<!\w)(?:flat|house|home|address|property|apartment|maison|appartement|logement|"
    r"vivienda|casa|domicilio|piso|woning|huis)[ \t]+(?:in|à|en|op)[ \t]+" + _SHORT_NAME)
_COMMA_NAME_AFTER = re.compile(r"[ \t]*(?:,|\()[ \t]*[A-ZÀ-Þ]")
#: A place the story already has, this close to the quarter's town, is that quarter.
SAME_PLACE_KM = 15.0
#: A place the gazetteer found this far from the town the text puts a quarter of that name in
#: is not that quarter.
FAR_KM = 50.0
# "la zona de", "the area of", "la région de": an area word, not a quarter's.
_AREA_OF = re.compile(r"(?<!\w)(?:zona|zone|area|région|region|región|secteur|sector|regio|"
                      r"omgeving)\s+(?:de\s+la\s+|de\s+|del\s+|du\s+|d['’]|of\s+(?:the\s+)?|"
                      r"van\s+)?$", re.I)
#: A city this big named whole after an area word ("la zona de Toulouse") is that city.
BIG_CITY = 100_000
#: Only towns this large have districts named after them.
DISTRICT_TOWN = 50_000
#: "in Lozells, Birmingham", "in Dukenburg, in Nijmegen": a name the gazetteer lacks, then its
#: town after a comma.
_APPOSED = {
    "en": re.compile(rf"(?<!\w)(?:in|at|from|on)[ \t]+{_NAME},[ \t]+(?:in[ \t]+)?"
                     r"(?:(?:the[ \t]+)?(?:west|east|north|south|central|[Ww]est|[Ee]ast|"
                     r"[Nn]orth|[Ss]outh|[Cc]entral)[ \t]+)?(?=[A-Z])"),
    "nl": re.compile(rf"(?<!\w)(?:in|uit|bij)[ \t]+{_NAME},[ \t]+(?:in[ \t]+)?(?=[A-Z])"),
    # "in de Kruiskamp in Den Bosch": a quarter with its article, then its town
    "nl-de": re.compile(rf"(?<!\w)(?:in|uit)[ \t]+de[ \t]+{_NAME}[ \t]+in[ \t]+(?=[A-Z])"),
    "fr": re.compile(rf"(?<!\w)(?:à|au)[ \t]+{_NAME},[ \t]+(?:à|dans)[ \t]+(?=[A-Z])"),
    "es": re.compile(rf"(?<!\w)en[ \t]+{_NAME},[ \t]+en[ \t]+(?=[A-Z])"),
}
#: What may stand between a quarter's name and its town: "de Limón", "à Roubaix", "of west
#: Belfast", "de la ciudad de Limón", ", en Almería", ", dans le 14e".
_TO_TOWN = re.compile(
    r"(?i)[ \t]*,?[ \t]*(?:(?:à|a|de|d['’]|du|en|in|of|van|te|la[ \t]+ville[ \t]+de|la[ \t]+ciudad"
    r"[ \t]+de|la[ \t]+commune[ \t]+de|the[ \t]+city[ \t]+of|de[ \t]+stad|west|east|north|"
    r"south|central|"
    # ", en el occidente de Medellín", "dans le nord de Lille", "in het zuiden van Utrecht"
    r"el|le|het|norte|sur|este|oeste|occidente|oriente|centro|nord|sud|est|ouest|centre|"
    r"noorden|zuiden|oosten|westen|dans|l['’](?:est|ouest))[ \t]+)+$"
)
_SENTENCE_END = re.compile(r"[.!?…]\s|\n")
#: Capitalised words after a cue that are not names of quarters.
_NOT_NAMES = {
    "nord", "sud", "est", "ouest", "north", "south", "east", "west", "centre", "center",
    "centro", "noord", "zuid", "oost", "norte", "sur", "oeste", "este", "general",
    "generale", "hlm", "zus", "qpv", "zone", "police", "politie", "policía", "the",
    "de", "la", "le", "les", "el", "los", "las", "het", "een", "un", "une", "a", "an",
    # nicknames of towns: "la cité des Papes" is Avignon, "la cité Phocéenne" Marseille
    "papes", "phoceenne", "ducs", "doges", "anges", "corsaire",
    # words for a country, a town or a region that NER may read as a place ("dans le Royaume")
    "royaume", "kingdom", "reino", "koninkrijk", "republique", "republic", "republica",
    "republiek", "hexagone", "etat", "state", "estado", "staat", "ville", "city", "ciudad",
    "stad", "capitale", "capital", "region", "province", "provincia", "provincie", "pays",
    "country", "pais", "ile", "island", "isla", "eiland", "port", "puerto", "haven",
    "downtown", "centre ville", "centrum", "metropole", "metropoli", "antilles", "antillas",
    "antillen", "caraibes", "caribe", "caraiben",
    # Dutch words for kinds of quarters
    "probleemwijk", "volkswijk", "woonwijk", "achterstandswijk", "stadswijk", "krachtwijk",
    "nieuwbouwwijk", "villawijk", "vogelaarwijk", "prachtwijk", "arbeiderswijk", "bouwwijk",
}


def _trim(name: str) -> str:
    """Drop trailing particles a greedy match may keep ("Cieneguita de" → "Cieneguita")."""
    words = name.split()
    while len(words) > 1 and not (words[-1][:1].isupper() or words[-1].isdigit()):
        words.pop()
    return " ".join(words)


def quarters_from_article(
    article: Article,
    places: list[Place],
    *,
    gazetteer: Gazetteer | None = None,
    unknown: Sequence[Span] = (),
) -> list[Place]:
    """Quarters named in the text that no place covers, placed at their town.

    Parameters
    ----------
    article
        The article.
    places
        Its places from the gazetteer: the towns a quarter may belong to (an adjective of a
        town is one of its mentions: "de Eindhovense wijk"); their spans are not quarters.
    gazetteer
        To tell names the gazetteer knows as countries or regions; the cached one when None.
    unknown
        Place names NER found that the gazetteer lacks: one told where something happened
        ("shot in Creggan") in a story filed from a town is a quarter of that town.

    Returns
    -------
    list of Place
        New places, ``feature_type == "neighbourhood"``, ``precision == "city"``, in order of
        first mention. A quarter named like a place of ``places`` near its town is that place:
        the mention is added to it (and a town the text calls a quarter becomes one).

    Examples
    --------
    >>> from routes.ingest import article_from_text
    >>> from routes.case import case_from_article
    >>> art = article_from_text("Un homme a été blessé dans le quartier du Vieux-Moulin, à Rennes.")
    >>> [(p.name, p.parent) for p in case_from_article(art).place_items]  # doctest: +SKIP
    [('Vieux-Moulin', 'Rennes'), ('Rennes', '')]
    """
    text = article.text
    lang = article.lang
    gaz = gazetteer or gazetteer_from_cache()
    # Spans read as places are taken; a mention the geocoder left unknown ("le quartier de
    # Bellevue" far from any Bellevue) is free to be a quarter.
    taken = sorted({(s.start, s.end) for p in places for s in p.mentions})
    towns = [(s.start, s.end, p) for p in places if p.feature_type in {"city", "port"}
             and not is_placed_at_town(p) for s in p.mentions]
    towns.sort(key=lambda t: t[0])

    # Taken spans by the 64-character blocks they touch: a long article has thousands.
    blocks: dict[int, list[tuple[int, int]]] = {}

    def take(start: int, end: int) -> None:
        for k in range(start >> 6, (end >> 6) + 1):
            blocks.setdefault(k, []).append((start, end))

    for a, b in taken:
        take(a, b)

    def free(start: int, end: int) -> bool:
        return not any(a < end and start < b for k in range(start >> 6, (end >> 6) + 1)
                       for a, b in blocks.get(k, ()))

    starts = [t[0] for t in towns]

    def town_at(pos: int) -> Place | None:
        """The town named from ``pos`` on, with only connecting words before it."""
        for s, _e, p in towns[bisect_left(starts, pos) :]:
            if s > pos + 40:
                break
            if _TO_TOWN.match(text[pos:s] + " ") is not None or not text[pos:s].strip(" \t,"):
                return p
        return None

    dateline = dateline_span(text)
    counts: dict[str, tuple[int, Place]] = {}
    for _s, _e, p in towns:
        n, _ = counts.get(p.id, (0, p))
        counts[p.id] = (n + 1, p)
    ranked = sorted(counts.values(), key=lambda np: -np[0])
    # The town the story is about: its dateline's, else the one named most (when one is).
    filed_from = next((p for s, _e, p in towns if dateline and dateline[2] <= s < dateline[3]),
                      None)
    story = filed_from or (ranked[0][1] if len(ranked) == 1 or (
        len(ranked) > 1 and ranked[0][0] > ranked[1][0]) else None)

    def last_town(pos: int) -> tuple[int, int, Place] | None:
        """The last town named before ``pos``, when it is near."""
        i = bisect_left(starts, pos) - 1
        return towns[i] if i >= 0 and pos - towns[i][0] <= NEAR_TOWN_CHARS else None

    def town_in_sentence(pos: int) -> Place | None:
        """The last town named earlier in the sentence of ``pos``."""
        last = last_town(pos)
        if last is not None and not _SENTENCE_END.search(text, last[1], pos):
            return last[2]
        return None

    def town_before(pos: int) -> Place | None:
        """The town of the sentence, else the story's, else the last one named before.

        "À Rennes, … dans la cité de la Tour-Carrée": Rennes.
        """
        last = last_town(pos)
        return town_in_sentence(pos) or story or (last[2] if last is not None else None)

    def town_told(start: int, end: int) -> Place | None:
        """The town the text ties a quarter to, not only the one the story names most.

        Named right after it, earlier in its sentence, or in the dateline.
        """
        return town_at(end) or town_in_sentence(start) or filed_from

    def town_named(start: int, end: int) -> Place | None:
        """The town named by this span ("Eindhovense" in "de Eindhovense wijk")."""
        return next((p for s, e, p in towns if (s, e) == (start, end)), None)

    def known_elsewhere(name: str, town: Place | None) -> bool:
        """A country or a region of that name.

        Of the town's country, when the text calls the name a quarter: "le quartier du Lac,
        à Sedan" is not Chad's Lac region.
        """
        return any(e.feature_type in {"country", "continent", "region", "admin"} and (
            town is None or e.country_code in {"", town.country_code})
            for e in gaz.lookup(name))

    found: list[tuple[int, int, str, Place]] = []  # (start, end, name, town)
    told_town: dict[str, Place] = {}  # name key -> the town the text puts that quarter in

    def far_inside(start: int, end: int, town: Place) -> list[tuple[Place, Span]] | None:
        """The place spans inside a name the text calls a quarter of ``town``.

        When each is a place far from it: "la colonia Riberas del Sacramento" of Chihuahua is
        not the Sacramento the gazetteer found, "la urbanización La Merced, en Trujillo" not
        Merced, California. None when a span is not such a place.
        """
        inside = [(p, sp) for p in places for sp in p.mentions
                  if sp.start < end and start < sp.end]
        if len(inside) == 1 and (inside[0][1].start, inside[0][1].end) == (start, end) and (
                _AREA_OF.search(text, max(0, start - 20), start)) and (
                (entry := gaz.get(inside[0][0].gazetteer_id)) is not None
                and entry.population >= BIG_CITY):
            # "principalmente a la zona de Toulouse": the area of the city, not a quarter (but
            # "la colonia Juárez" is one)
            return None
        if all(start <= sp.start and sp.end <= end and p is not town and (
                p.feature_type in {"city", "port", "admin"}) and (
                p.country_code != town.country_code
                or haversine_km(p.lat, p.lon, town.lat, town.lon) > FAR_KM)
               for p, sp in inside) and free_of_quarters(start, end):
            return inside
        return None

    def steal(spans: list[tuple[Place, Span]]) -> None:
        """Take these spans from the places that had them."""
        for p, sp in spans:
            p.mentions.remove(sp)
            for k in range(sp.start >> 6, (sp.end >> 6) + 1):
                blocks[k] = [ab for ab in blocks.get(k, []) if ab != (sp.start, sp.end)]

    def free_of_quarters(start: int, end: int) -> bool:
        return not any(a < end and start < b for a, b, _n, _t in found)

    def consider(name: str, start: int, town: Place | None, *, explicit: bool) -> None:
        name = _trim(name)
        end = start + len(name)
        key = name_key(name)
        if (len(name) < 3 or key in _NOT_NAMES or key in WEEKDAYS or key in MONTHS
                or name.isupper() or (not explicit and not free(start, end))):
            return
        if town is None and not explicit:
            return
        told = town
        town = town or town_at(end) or town_before(start)
        if town is None or name_key(town.name) == key or known_elsewhere(
                name, town if explicit else None):
            return
        if not free(start, end):
            if told is None and town_told(start, end) is not town:
                return  # ("the Orchard Park estate in the north-west of the city": which?)
            stolen = far_inside(start, end, town)
            if not stolen:
                return
            steal(stolen)
        same = next((p for p in places if name_key(p.name) == key and not is_placed_at_town(p)
                     and haversine_km(p.lat, p.lon, town.lat, town.lon) < SAME_PLACE_KM), None)
        if same is not None:
            # "in de Emmense wijk Angelslo", the Angelslo the gazetteer found elsewhere in the
            # story: one place, not a quarter beside it
            same.mentions.append(Span(name, start, end))
            same.mentions.sort(key=lambda sp: (sp.start, sp.end))
            take(start, end)
            if explicit and same.feature_type == "city" and not same.parent:
                # the story calls it a quarter of that town: so it is drawn and contained
                same.feature_type, same.parent = "neighbourhood", town.name
            return
        found.append((start, end, name, town))
        if explicit:
            told_town.setdefault(key, town)
        take(start, end)

    cue = _CUES.get(lang)
    if cue is not None:
        for m in re.finditer(cue + _NAME, text):
            adj = m.groupdict().get("adj")
            town = town_named(m.start("adj"), m.end("adj")) if adj else None
            if adj and town is None and lang != "nl":
                continue  # "la cité phocéenne de…", "the Grosvenor estate of": no town
            if lang == "en" and town is None and not m.group("cue").startswith("neighbo"):
                continue  # "the estate of John Smith", "the district of Columbia"
            consider(m.group("name"), m.start("name"), town, explicit=True)
            more = _AND_NAME.match(text, m.end())
            if more is not None and re.search(r"(?:s|en)[ \t]", m.group(0)):
                # a plural cue: "los barrios de La Calzada y El Llano"
                consider(more.group("name"), more.start("name"), town, explicit=True)
    if lang == "fr":
        for m in _CELUI.finditer(text):
            consider(m.group("name"), m.start("name"), None, explicit=True)
    if lang == "en":
        for m in _EN_AFTER.finditer(text):
            after = town_at(m.end())
            if m.group("cue") in {"area", "district", "suburb"} and after is None:
                continue  # "the Thames Valley area": only with its town
            consider(m.group("name"), m.start("name"), after, explicit=True)
        for m in _EN_AFTER_PAIR.finditer(text):
            after = town_at(m.end())
            if m.group("cue") in {"areas", "districts", "suburbs"} and after is None:
                continue
            for group in ("a", "b"):
                consider(m.group(group), m.start(group), after, explicit=True)
        for m in _EN_APPOSED_CUE.finditer(text):
            consider(m.group("name"), m.start("name"), None, explicit=True)
    comp = _COMPOUND.get(lang)
    if comp is not None:
        for m in comp.finditer(text):
            if re.search(rf"(?<!\w){re.escape(m.group('name').lower())}(?!\w)", text):
                continue  # a common noun ("probleemwijk") that opens a sentence
            consider(m.group("name"), m.start("name"), None, explicit=True)
    for apposed in (_APPOSED.get(lang), _APPOSED.get(lang + "-de")):
        if apposed is None:
            continue
        for m in apposed.finditer(text):
            town = town_at(m.end())
            if town is not None and not gaz.lookup(m.group("name")):
                consider(m.group("name"), m.start("name"), town, explicit=False)

    if story is not None and story.feature_type in {"city", "port"}:
        def land_or_abroad(name: str, end: int) -> bool:
            """"in the Fraser Valley": a region; "en Kralendijk, Bonaire": a town abroad."""
            return bool(_NATURAL.search(name) or _COMMA_NAME_AFTER.match(text, end))

        for u in unknown:
            if len(u.text.split()) <= 3 and not land_or_abroad(u.text, u.end) and (
                    _WHERE_BEFORE.search(text, max(0, u.start - 12), u.start)) and not (
                    _OFFICE_AFTER.match(text, u.end) or _OFFICE_AFTER.search(u.text)):
                consider(u.text, u.start, story, explicit=False)

        # An unknown capitalised name in a story filed from a town: after a dwelling
        # ("arrested Campbell at a flat in Hillfields", read as an organisation), and without
        # NER after "in"/"en" ("explosie bij een woning in Hillesluis", "un tiroteo en
        # Bocagrande").
        stop = stop_words(lang)
        readings = [_DWELLING_IN_NAME]
        if lang not in settings.spacy_models:
            readings.append(_IN_NAME)
        for reading in readings:
            for m in reading.finditer(text):
                name = m.group("name")
                if name.casefold() in stop or land_or_abroad(name, m.end()):
                    continue
                if not gaz.lookup(name):
                    consider(name, m.start("name"), story, explicit=False)
                elif reading is _DWELLING_IN_NAME and (stolen := far_inside(
                        m.start("name"), m.start("name") + len(name), story)) and all(
                        len(p.mentions) == 1 and (entry := gaz.get(p.gazetteer_id)) is not None
                        and entry.population < BIG_CITY for p, _sp in stolen):
                    # "stored at a terraced house in Millfield" in a Peterborough story: not
                    # Millfield, Australia, nor a Scholes 85 km away, named only there
                    steal(stolen)
                    consider(name, m.start("name"), story, explicit=False)

    # "in Leiden-Noord", "Den Haag-Zuidwest": a town's district named after it. The town
    # need not be a place of the story; it is the gazetteer's largest of that name.
    towns_of: dict[str, Place] = {}
    for m in _DISTRICT.get(lang, _NO_MATCH).finditer(text):
        name = m.group("name")
        start = m.start("name")
        if not free(start, start + len(name)) or gaz.lookup(name):
            continue
        key = name_key(m.group("town"))
        town = next((p for p in places if p.feature_type in {"city", "port"}
                     and name_key(p.name) == key), None) or towns_of.get(key)
        if town is None:
            entries = [e for e in gaz.lookup(m.group("town"))
                       if e.feature_type == "city" and e.population >= DISTRICT_TOWN]
            if not entries:
                continue
            e = max(entries, key=lambda e: e.population)
            town = towns_of[key] = Place(
                id=place_id(e.id), name=e.name, lat=e.lat, lon=e.lon, feature_type="city",
                country_code=e.country_code, gazetteer_id=e.id, precision="city",
                admin1=e.admin1)
        consider(name, start, town, explicit=True)

    by_key: dict[tuple[str, str], Place] = {}
    out: list[Place] = []
    town_of: dict[str, Place] = {}
    for start, end, name, town in sorted(found, key=lambda f: f[0]):
        # ("Deux interpellations à Bourtzwiller" in a Colmar story, and "le quartier de
        # Bourtzwiller, à Mulhouse": one quarter, of the town the text names)
        town = told_town.get(name_key(name), town)
        k = (name_key(name), town.id)
        place = by_key.get(k)
        if place is None:
            gid = f"{QUARTER_ID}{town.gazetteer_id}:{name_key(name).replace(' ', '-')}"
            town_of[place_id(gid)] = town
            place = by_key[k] = Place(
                id=place_id(gid), name=name, lat=town.lat, lon=town.lon,
                feature_type="neighbourhood", country_code=town.country_code,
                gazetteer_id=gid, precision="city", parent=town.name,
                admin1=town.admin1,
            )
            out.append(place)
        place.mentions.append(Span(name, start, end))
    # The same name elsewhere in the story is the same quarter ("au Blosne" in the headline).
    for place in out:
        first = place.mentions[0]
        for m in re.finditer(rf"(?<![\w-]){re.escape(first.text)}(?![\w-])", text):
            if (m.start(), m.end()) == (first.start, first.end):
                continue
            if not free(m.start(), m.end()):
                # ("coup de filet dans les Hauts de Sainte-Croix", the quarter named later:
                # not Sainte-Croix-du-Mont)
                stolen = far_inside(m.start(), m.end(), town_of[place.id])
                if not stolen:
                    continue
                steal(stolen)
            place.mentions.append(Span(m.group(), m.start(), m.end()))
            take(m.start(), m.end())
        place.mentions.sort(key=lambda s: (s.start, s.end))
    return out
