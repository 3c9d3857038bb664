"""Dates in article text (fr, en, es, nl): explicit, partial and relative, with precision.

A small, strict grammar instead of a general parser: it never reads "sa" as Saturday, "35 ans"
as 1991 or "environ 3200" as a year.
"""

from __future__ import annotations

import calendar
import datetime as dt
import re
from dataclasses import dataclass

MONTHS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "janvier january enero januari jan ene janv",
        "février fevrier february febrero februari feb fév févr fevr",
        "mars march marzo maart mar mrt",
        "avril april abril apr avr abr",
        "mai may mayo mei",
        "juin june junio juni jun",
        "juillet july julio juli jul juil",
        "août aout august agosto augustus aug",
        "septembre september septiembre setiembre sept sep",
        "octobre october octubre oktober oct okt",
        "novembre november noviembre nov",
        "décembre decembre december diciembre dec déc dic",
    ],
    start=1,
):
    for _n in _names.split():
        MONTHS[_n] = _num

_WEEKDAY_OPENS = re.compile(r",?\s*(?:the\s+)?")
# What stands between a date and its weekday told after it: ", a", ", un", ", el", ", een".
_APPOSED_WEEKDAY = re.compile(r",?\s*(?:a|an|un|une|el|een|on\s+a)?\s*", re.IGNORECASE)
WEEKDAYS: dict[str, int] = {}
for _num, _names in enumerate(
    [
        "lundi monday lunes maandag",
        "mardi tuesday martes dinsdag",
        "mercredi wednesday miércoles miercoles woensdag",
        "jeudi thursday jueves donderdag",
        "vendredi friday viernes vrijdag",
        "samedi saturday sábado sabado zaterdag",
        "dimanche sunday domingo zondag",
    ]
):
    for _n in _names.split():
        WEEKDAYS[_n] = _num

_RELDAYS = {"yesterday": 1, "hier": 1, "ayer": 1, "gisteren": 1, "anteayer": 2, "avant-hier": 2,
            "eergisteren": 2, "today": 0, "aujourd'hui": 0, "hoy": 0, "vandaag": 0}
_MONTH = "|".join(sorted(MONTHS, key=len, reverse=True))
_WEEKDAY = "|".join(sorted(WEEKDAYS, key=len, reverse=True))
_YEAR = r"(?:19[5-9]\d|20[0-4]\d)"
_DE = r"(?:\s+de)?"

#: "12 april vorig jaar", "3 May last year", "3 de mayo del año pasado": that day, a year back.
_LAST_YEAR_AFTER = re.compile(
    r"\s+(?:vorig\s+jaar|afgelopen\s+jaar|last\s+year|(?:de\s+)?l['’]année\s+derni[eè]re|"
    r"(?:de\s+)?l['’]an\s+dernier|(?:del?\s+)?año\s+pasado)\b", re.IGNORECASE)
PATTERNS: list[tuple[str, re.Pattern[str]]] = [
    ("iso", re.compile(rf"\b(?P<y>{_YEAR})-(?P<m>[01]\d)-(?P<d>[0-3]\d)\b")),
    (
        "dmy",
        re.compile(
            rf"\b(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|º)?{_DE}\s+(?P<mon>{_MONTH})\.?{_DE}\s+(?P<y>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    (
        "mdy",
        re.compile(
            rf"\b(?P<mon>{_MONTH})\.?\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?,?\s+(?P<y>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    ("numeric", re.compile(rf"\b(?P<d>[0-3]?\d)[/.](?P<m>[01]?\d)[/.](?P<y>{_YEAR})\b")),
    (
        "my",
        re.compile(rf"\b(?P<mon>{_MONTH}){_DE}\s+(?P<y>{_YEAR})\b", re.IGNORECASE),
    ),
    (
        "dm",
        re.compile(
            rf"\b(?P<d>[0-3]?\d)(?:er|st|nd|rd|th|º)?{_DE}\s+(?P<mon>{_MONTH})\b", re.IGNORECASE
        ),
    ),
    # ("découvert en mai 1,8 tonne": a quantity, not the first of May)
    ("md", re.compile(rf"\b(?P<mon>{_MONTH})\s+(?P<d>[0-3]?\d)(?:st|nd|rd|th)?\b(?![.,]\d)",
                      re.IGNORECASE)),
    (
        "yy",
        re.compile(
            rf"\b(?:en|in|entre|between|tussen)\s+(?P<y>{_YEAR})\s+(?:et|and|y|en|à|to|a)\s+"
            rf"(?P<y2>{_YEAR})\b",
            re.IGNORECASE,
        ),
    ),
    ("yrange", re.compile(rf"\b(?P<y>{_YEAR})\s*[-–]\s*(?P<y2>{_YEAR})\b")),
    (
        # "in March last year", "en mars de l'année dernière", "en marzo del año pasado",
        # "in maart vorig jaar": a month of the year before publication (or of this one)
        "mrel",
        re.compile(
            rf"\b(?P<mon>{_MONTH})\s+(?:of\s+)?(?P<rel>last\s+year|this\s+year|"
            r"(?:de\s+)?l['’]an(?:née)?\s+(?:derni[eè]re?|pass[ée]e?)|(?:de\s+)?cette\s+année|"
            r"del\s+año\s+pasado|de\s+este\s+año|(?:van\s+)?(?:vorig|afgelopen|dit)\s+jaar)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "m",
        re.compile(
            rf"\b(?:(?:en|in|au mois de|(?:début|fin|milieu)\s+du\s+mois\s+de|début|fin|mi-|early|"
            rf"late|a finales de|a principios de|a mediados de|"
            rf"eind|begin|half|(?:el\s+)?pasado(?:\s+mes\s+de)?|en\s+el\s+mes\s+de|"
            # ("El pasado mes de marzo", "en el mes de junio")
            rf"last|afgelopen|vorige)\s*(?P<mon>{_MONTH})|"
            rf"(?P<mon2>{_MONTH})\s+(?:dernier|passé|pasado)|"
            # "a February shooting", "the March raid": a month before the event it dates
            rf"(?:a|an|the)\s+(?P<mon3>{_MONTH})(?=\s+(?:[\w-]+\s+)?(?:shooting|raid|seizure|"
            r"killing|murder|attack|arrest|bust|operation|stabbing|explosion|kidnapping)s?\b)|"
            # "la fusillade de février", "el tiroteo de febrero", "de schietpartij van april"
            # (the event noun before, outside the date's span)
            r"(?:(?<=fusillade )|(?<=fusillades )|(?<=saisie )|(?<=meurtre )|(?<=attaque )|"
            r"(?<=tiroteo )|(?<=operativo )|(?<=asesinato )|(?<=ataque )|(?<=schietpartij )|"
            r"(?<=aanslag )|(?<=explosie )|(?<=inval ))"
            rf"(?:de|d['’]|van)\s*(?P<mon4>{_MONTH}))\b",
            re.IGNORECASE,
        ),
    ),
    (
        "y",
        re.compile(
            rf"(?<![\d.,/-])\b(?:(?:en|in|since|depuis|desde|sinds|au cours de|durante|tijdens|"
            rf"of|de|del|van|année|year|año|jaar)\s+)?(?P<y>{_YEAR})\b(?![\d.,/-]\d)"
            # ("2000 liter chemicaliën", "2000 kilos", "2024 euros": an amount)
            r"(?!\s*(?:liters?|litres?|litros?|l\b|kilos?|kg|tonnes?|tons?|toneladas?|euros?|"
            r"dollars?|dólares|pesos|pills|pillen|pastillas|comprimés|plants?|plantes|plantas|"
            r"planten|packages|paquetes|pakketten|paquets|cartouches|rounds|balas|kogels))",
            re.IGNORECASE,
        ),
    ),
    (
        "weekday",
        re.compile(
            rf"(?:\b(?P<prev>vorige\s+week|la\s+semaine\s+dernière|la\s+semana\s+pasada|"
            rf"last\s+week)\s+(?:le\s+|el\s+|on\s+)?)?(?P<last>\b(?:last|el\s+pasado|"
            rf"afgelopen)\s+)?"
            rf"\b(?P<wd>{_WEEKDAY})(?:avond|ochtend|middag|nacht|morgen)?\b", re.IGNORECASE
        ),
    ),
    (
        "relperiod",
        re.compile(
            r"\b(?P<period>(?:earlier\s+)?this\s+(?:week|month)|last\s+(?:week|month|year)|"
            r"the\s+(?:previous|past)\s+(?:week|month)|"
            r"cette\s+semaine|ce\s+mois(?:-ci)?|la\s+semaine\s+(?:dernière|passée)|"
            r"le\s+mois\s+(?:dernier|passé)|l['’]an\s+(?:dernier|passé)|"
            r"l['’]année\s+(?:dernière|passée)|"
            r"esta\s+semana|este\s+mes|la\s+semana\s+pasada|el\s+(?:mes|año)\s+pasado|"
            r"(?:eerder\s+)?deze\s+(?:week|maand)|"
            r"(?:vorige|afgelopen)\s+(?:week|maand)|(?:vorig|afgelopen)\s+jaar)\b",
            re.IGNORECASE,
        ),
    ),
    (
        "relday",
        re.compile(
            r"\b(?P<rel>yesterday|hier(?=\s+(?:soir|matin|après-midi|midi)\b)|ayer|gisteren|"
            r"anteayer|avant-hier|eergisteren|today|aujourd['’]hui|hoy|vandaag)"
            r"(?:avond|ochtend|middag|nacht)?\b",
            re.IGNORECASE,
        ),
    ),
]
# Ambiguous tokens that are also common words: "mar" (Spanish sea), "mai"? kept; "may"/"mayo"
# need a day or a year next to them, so the bare-month pattern excludes them.
_BARE_MONTH_EXCLUDED = {"may", "mar", "jan", "feb", "apr", "jun", "jul", "aug", "sep", "oct",
                        "nov", "dec", "sept", "mei", "juil", "avr", "fév", "déc", "okt",
                        "ene", "abr", "dic"}
# Cheap tests that rule patterns out before they scan a sentence (most sentences have no
# date): the patterns with a day or a year need a digit (``\d``, as they match it); the
# weekday pattern needs a weekday name at a word boundary; weekdays and relative days
# need a publication date to anchor them.
_DIGIT = re.compile(r"\d")
_NEEDS_DIGIT = frozenset({"iso", "dmy", "mdy", "numeric", "my", "dm", "md", "yy", "yrange", "y"})
_WEEKDAY_WORD = re.compile(rf"\b(?:{_WEEKDAY})", re.IGNORECASE)
_NEEDS_MONTH = frozenset({"dmy", "mdy", "my", "dm", "md"})
_MONTH_WORD = re.compile(rf"\b(?:{_MONTH})", re.IGNORECASE)


@dataclass(frozen=True)
class DateMention:
    """A date found in text.

    Parameters
    ----------
    value
        ISO 8601: ``2025-02-14``, ``2025-02``, ``2025``, ``2023/2024``, ``--12`` (a month of an
        unknown year), or None when the year cannot be anchored.
    precision
        day, month, year or unknown.
    start, end
        Offsets into the text searched.
    text
        The matched words.
    """

    value: str | None
    precision: str
    start: int
    end: int
    text: str


def _anchor_month(month: int, published: dt.date | None) -> str:
    if published is None:
        return f"--{month:02d}"
    year = published.year if month <= published.month else published.year - 1
    return f"{year}-{month:02d}"


_PAST = re.compile(r"last|previous|past|dernière|dernier|passée?|pasad[oa]|vorige?|afgelopen")


def _relative_period(words: str, published: dt.date) -> tuple[str, str]:
    """"last week" → the month a week before publication; "last year" → the year before.

    "this year" is not a date of its own: articles say it of the context, not of an event.
    """
    past = bool(_PAST.search(words))
    if re.search(r"year|année|\ban\b|año|jaar", words):
        return str(published.year - (1 if past else 0)), "year"
    if re.search(r"month|mois|mes|maand", words):
        if past:
            first = published.replace(day=1) - dt.timedelta(days=1)
            return f"{first.year}-{first.month:02d}", "month"
        return f"{published.year}-{published.month:02d}", "month"
    day = published - dt.timedelta(days=7 if past else 0)
    return f"{day.year}-{day.month:02d}", "month"


def dates_in(text: str, *, published: dt.date | None = None, base: int = 0) -> list[DateMention]:
    """Find dates in ``text``, most specific first where they overlap.

    Parameters
    ----------
    text
        A sentence or paragraph.
    published
        Publication date anchoring relative dates ("en décembre", "mardi").
    base
        Added to the offsets (the position of ``text`` in the article).

    Returns
    -------
    list of DateMention
        Sorted by position, without overlaps.

    Examples
    --------
    >>> [d.value for d in dates_in("En février 2025, une fusillade…")]
    ['2025-02']
    >>> [d.value for d in dates_in("à Bruxelles en 2023 et 2024.")]
    ['2023/2024']
    """
    found: list[DateMention] = []
    taken: list[tuple[int, int]] = []
    has_digit = _DIGIT.search(text) is not None
    # Only asked when a digit is there (the patterns with a month name also need one).
    has_month = has_digit and _MONTH_WORD.search(text) is not None
    for kind, pat in PATTERNS:
        if kind in _NEEDS_DIGIT and not has_digit:
            continue
        if kind in _NEEDS_MONTH and not has_month:
            continue
        if kind in {"weekday", "relday"} and published is None:
            continue  # nothing to anchor them: they would be skipped below
        if kind == "weekday" and not _WEEKDAY_WORD.search(text):
            continue
        if kind == "mrel" and (published is None or not _MONTH_WORD.search(text)):
            continue
        for m in pat.finditer(text):
            s, e = m.span()
            if any(s < te and ts < e for ts, te in taken):
                continue
            gd = m.groupdict()
            for other in ("mon2", "mon3", "mon4"):
                if gd.get(other):
                    gd["mon"] = gd[other]
            mon = MONTHS.get((gd.get("mon") or "").lower().rstrip("."), 0) if gd.get("mon") else 0
            value: str | None
            try:
                if kind in {"iso", "numeric"}:
                    value = dt.date(int(gd["y"]), int(gd["m"]), int(gd["d"])).isoformat()
                    precision = "day"
                elif kind in {"dmy", "mdy"}:
                    value = dt.date(int(gd["y"]), mon, int(gd["d"])).isoformat()
                    precision = "day"
                elif kind == "my":
                    value, precision = f"{int(gd['y']):04d}-{mon:02d}", "month"
                elif kind in {"dm", "md"}:
                    day = int(gd["d"])
                    if not 1 <= day <= 31:
                        continue
                    last = _LAST_YEAR_AFTER.match(text, e)
                    if published is None:
                        value, precision = f"--{mon:02d}-{day:02d}", "day"
                    else:
                        year = published.year if (mon, day) <= (
                            published.month, published.day) else published.year - 1
                        if last is not None:
                            # "op 12 april vorig jaar", "on 3 May last year"
                            year, e = published.year - 1, last.end()
                            found = [f for f in found
                                     if not (s < f.end - base and f.start - base < e)]
                            taken = [(ts, te) for ts, te in taken if not (s < te and ts < e)]
                        value = dt.date(year, mon, min(day, calendar.monthrange(year, mon)[1])
                                        ).isoformat()
                        precision = "day"
                elif kind in {"yy", "yrange"}:
                    y1, y2 = int(gd["y"]), int(gd["y2"])
                    if y2 <= y1:
                        continue
                    value, precision = f"{y1}/{y2}", "year"
                elif kind == "mrel":
                    assert published is not None
                    if gd["mon"].islower() and gd["mon"] in _BARE_MONTH_EXCLUDED:
                        continue  # "it may this year…": a verb
                    year = published.year - (1 if _PAST.search(gd["rel"].lower()) else 0)
                    value, precision = f"{year}-{mon:02d}", "month"
                elif kind == "m":
                    if (gd.get("mon") or "").lower() in _BARE_MONTH_EXCLUDED:
                        continue
                    value, precision = _anchor_month(mon, published), "month"
                elif kind == "y":
                    value, precision = str(int(gd["y"])), "year"
                elif kind == "relperiod":
                    if published is None:
                        continue
                    value, precision = _relative_period(gd["period"].lower(), published)
                elif kind == "relday":
                    if published is None:
                        continue
                    back = _RELDAYS[gd["rel"].lower().replace("’", "'")]
                    value = (published - dt.timedelta(days=back)).isoformat()
                    precision = "day"
                else:  # weekday
                    if published is None:
                        continue
                    wd = WEEKDAYS[gd["wd"].lower()]
                    if gd.get("prev"):  # "vorige week dinsdag": Tuesday of the week before
                        back = published.weekday() + 7 - wd
                    else:
                        back = (published.weekday() - wd) % 7
                    if gd.get("last") and back == 0:
                        back = 7  # "last Friday" said on a Friday
                    value = (published - dt.timedelta(days=back)).isoformat()
                    precision = "day"
            except ValueError:
                continue
            found.append(DateMention(value, precision, base + s, base + e, m.group(0)))
            taken.append((s, e))
    found.sort(key=lambda d: d.start)
    return [d for k, d in enumerate(found) if not _weekday_of_a_date(found, k, text, base)
            and not _night_opens(found, k, text, base)]


_NIGHT_OF = re.compile(
    r"(?:nuit|nacht|noche|night)\s+(?:de|du|van|del|of|from)\s+(?:le\s+|el\s+)?$", re.IGNORECASE)
_NIGHT_TO = re.compile(r"\s+(?:à|au|op|al|to|into|a)\s+(?:le\s+|el\s+)?", re.IGNORECASE)


def _night_opens(found: list[DateMention], k: int, text: str, base: int) -> bool:
    """Whether ``found[k]`` opens a night told by its two days.

    "dans la nuit de samedi à dimanche", "in de nacht van zaterdag op zondag": the event is
    dated by the day the night ends on, as the small hours are.
    """
    d = found[k]
    if d.precision != "day" or k + 1 >= len(found) or found[k + 1].precision != "day":
        return False
    return bool(_NIGHT_OF.search(text, max(0, d.start - base - 20), d.start - base)) and (
        _NIGHT_TO.fullmatch(text, d.end - base, found[k + 1].start - base) is not None)


def _weekday_of_a_date(found: list[DateMention], k: int, text: str, base: int) -> bool:
    """Whether ``found[k]`` is a weekday told with a date next to it.

    "On May 16, a Saturday, …": the weekday restates the date before it; it is not another
    day counted back from the publication date. "Le samedi 16 mai", "Tuesday, March 3": nor is
    a weekday that opens its date.
    """
    d = found[k]
    if d.text.lower() not in WEEKDAYS:
        return False

    def a_date(j: int) -> bool:
        return found[j].precision == "day" and found[j].text.lower() not in WEEKDAYS

    before = k > 0 and a_date(k - 1) and _APPOSED_WEEKDAY.fullmatch(
        text, found[k - 1].end - base, d.start - base) is not None
    after = k + 1 < len(found) and a_date(k + 1) and _WEEKDAY_OPENS.fullmatch(
        text, d.end - base, found[k + 1].start - base) is not None
    return before or after
