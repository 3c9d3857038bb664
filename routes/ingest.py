"""Ingest: read a text, Markdown or HTML article (or stdin) into an :class:`Article`.

Spans everywhere in routes index into :attr:`Article.text` exactly as decoded, so
``article.text[start:end]`` is the mention's text.
"""

from __future__ import annotations

import datetime as dt
import functools
import hashlib
import logging
import re
import sys
import unicodedata
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

from routes import settings
from routes.errors import ArticleError

log = logging.getLogger(__name__)

__all__ = ["Article", "article_from_path", "article_from_text", "detect_language"]

# Frequent function words, distinctive enough to tell the four languages apart in news prose.
_FUNCTION_WORDS: dict[str, frozenset[str]] = {
    "fr": frozenset(
        "le la les des du et est une un dans pour que qui sur par au aux avec ce cette sont "
        "ont été il elle ils leur pas plus selon entre depuis lors après être a été".split()
    ),
    "en": frozenset(
        "the of and to in is was for that with on by are from has have been it its "
        "were at which after said this who into their".split()
    ),
    "es": frozenset(
        "el la los las del de y en que por con una un para es fue se al su sus según "
        "como desde entre durante tras fueron han".split()
    ),
    "nl": frozenset(
        "de het een van en in is op te dat die voor met zijn niet werd door bij uit "
        "naar ook aan er wordt worden hij zij volgens".split()
    ),
}
_WORD = re.compile(r"[^\W\d_]+", re.UNICODE)
_BINARY_MAGIC = (b"%PDF", b"\x89PNG", b"GIF8", b"\xff\xd8\xff", b"PK\x03\x04", b"\x7fELF")
_HTML_SUFFIXES = {".html", ".htm", ".xhtml"}
_TEXT_SUFFIXES = {".txt", ".md", ".markdown", ".text", ""}


@dataclass(frozen=True)
class Article:
    """One article: its text and what is known about it.

    Parameters
    ----------
    text
        The article text; every span in routes indexes into it.
    lang
        ISO 639-1 code (fr, en, es, nl).
    published
        Publication date, used to anchor relative dates; ``None`` when unknown.
    title
        Headline when known.
    source
        Path or URL the article came from.
    url
        Canonical URL when known (from HTML metadata or a corpus record).
    """

    text: str
    lang: str
    published: dt.date | None = None
    title: str = ""
    source: str = ""
    url: str = ""
    meta: dict[str, str] = field(default_factory=dict, compare=False)

    @property
    def sha1(self) -> str:
        """Content hash of the text, used for stable ids and resumable batches."""
        return hashlib.sha1(self.text.encode("utf-8"), usedforsecurity=False).hexdigest()


def detect_language(text: str, *, default: str | None = None) -> str:
    """Guess the language of ``text`` among fr, en, es and nl from its function words.

    Parameters
    ----------
    text
        Any text; only its first 20,000 characters are read.
    default
        Returned when no function word is found (``settings.default_lang`` if None).

    Returns
    -------
    str
        An ISO 639-1 code.

    Examples
    --------
    >>> detect_language("La police a saisi deux tonnes de cocaïne dans le port.")
    'fr'
    """
    words = Counter(w.casefold() for w in _WORD.findall(text[:20_000]))
    scores = {
        lang: sum(n for w, n in words.items() if w in vocab)
        for lang, vocab in _FUNCTION_WORDS.items()
    }
    best = max(scores, key=lambda k: (scores[k], k == (default or settings.default_lang)))
    if scores[best] == 0:
        return default or settings.default_lang
    return best


def _parse_published(value: str | dt.date | None) -> dt.date | None:
    if value is None or isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(value.strip()[:10])
    except ValueError:
        msg = f"Expected a publication date as YYYY-MM-DD, got {value!r}."
        raise ArticleError(msg) from None


def article_from_text(
    text: str,
    *,
    lang: str | None = None,
    published: str | dt.date | None = None,
    title: str = "",
    source: str = "",
    url: str = "",
) -> Article:
    """Make an :class:`Article` from text already in memory.

    Parameters
    ----------
    text
        Article text.
    lang
        Language code; detected when None.
    published
        Publication date (``YYYY-MM-DD`` or a date).
    title, source, url
        Metadata carried into the case file.

    Returns
    -------
    Article

    Raises
    ------
    ArticleError
        If the text is empty, blank, too large, or the language is not supported.

    Examples
    --------
    >>> a = article_from_text("Saisie de cocaïne au port d'Anvers.", published="2025-03-01")
    >>> a.lang, a.published.year
    ('fr', 2025)
    """
    where = f" in {source!r}" if source else ""
    if not text.strip():
        msg = f"Expected an article with text, got an empty or blank text{where}."
        raise ArticleError(msg)
    if len(text) > settings.max_chars:
        msg = (
            f"Expected at most {settings.max_chars:,} characters, got {len(text):,}{where}; "
            "split the file or raise routes.settings.max_chars."
        )
        raise ArticleError(msg)
    if lang is not None and lang not in settings.languages:
        msg = f"Expected a language among {', '.join(settings.languages)}, got {lang!r}."
        raise ArticleError(msg)
    when = _parse_published(published)
    place, dated = dateline_of(text)
    art = Article(
        text=text,
        lang=lang or detect_language(text),
        published=when or dated,
        title=title,
        source=source,
        url=url,
    )
    if place:
        art.meta["dateline"] = place
    if dated and not when:
        art.meta["published_from"] = "dateline"
    return art


def _decode(data: bytes, where: str) -> str:
    if not data.strip():
        msg = f"Expected an article with text, got an empty or blank file {where}."
        raise ArticleError(msg)
    if data.startswith(_BINARY_MAGIC) or b"\x00" in data[:8192]:
        msg = f"Expected a text or HTML article, got a binary file {where}."
        raise ArticleError(msg)
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        bad = sum(1 for _ in re.finditer(rb"[\x80-\xff]", data))
        try:
            text = data.decode("cp1252")
        except UnicodeDecodeError:
            msg = f"Expected UTF-8 or Windows-1252 text, got undecodable bytes {where} ({exc})."
            raise ArticleError(msg) from None
        log.warning("%s is not UTF-8; read as Windows-1252 (%d non-ASCII bytes)", where, bad)
    controls = sum(
        1 for ch in text[:20_000] if unicodedata.category(ch) == "Cc" and ch not in "\n\r\t\f"
    )
    if controls > max(8, len(text[:20_000]) // 100):
        msg = f"Expected a text article, got {controls} control characters {where}."
        raise ArticleError(msg)
    # One newline convention, so that offsets agree with what editors and browsers show.
    return text.replace("\r\n", "\n").replace("\r", "\n")


_PUBLISHED_WORDS = re.compile(
    r"^\s*(?:published|updated|posted|publiée?|mis\s+à\s+jour|publicado|actualizado|"
    r"gepubliceerd|bijgewerkt)\b\s*(?:le|el|op|on|:)?\s*",
    re.IGNORECASE,
)
# What may stand before the date of a dateline: "ROSARIO, Argentina, ", "Paris, le ",
# "Lima, martes ", "Vrijdag ", or nothing.
_DATELINE_LEAD = re.compile(
    r"^\s*(?:[A-ZÀ-ÖØ-Þ][\w'’ .-]{0,40}?(?:\s*\([^)]{1,20}\))?\s*,\s*"
    r"(?:[A-ZÀ-ÖØ-Þ][\w'’ .-]{0,30}?,\s*)?)?(?:le\s+|el\s+|op\s+|on\s+)?"
    r"(?:[^\W\d_]+\s+)?$"
    # "DETROIT (Feb. 10, 2026) —": the date in parentheses after the town
    # ("OMAHA, Neb. (April 25, 2025) —": its state between)
    r"|^\s*[A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]{1,40}?(?:,\s*[A-Z][\w.]*(?:\s+[A-Z][\w.]*){0,2})?"
    r"\s*\(\s*$"
)
# "Publié le 24 avril 2026 à 14h52": the time of day after the date
_CLOCK = re.compile(r"^\s*(?:à|at|a\s+las|om|,|-)?\s*\d{1,2}\s*[h:.]\s*\d{2}\s*(?:h|uur|u)?\b")
# A news agency in parentheses: "(AFP)", "(ats)", "(EUROPA PRESS)".
_AGENCY_NAME = r"\((?:[A-Za-zÀ-ÿ&/ .'-]{2,20})\)"
_TOWN_AGENCY = re.compile(r"([A-ZÀ-ÖØ-Þ][\w'’-]+(?:[ -][\w'’-]+){0,3})\s*" + _AGENCY_NAME
                          + r"\s*[–—-]\s")
_AGENCY = re.compile(r"\s*" + _AGENCY_NAME + r"\s*")
# The state or country after a wire dateline's town: ", N.J.", ", Coah.", ", Bolivia".
_STATE_AFTER = re.compile(r"^\s*,\s*[A-ZÀ-ÖØ-Þ][\w.]*(?:\s+[A-ZÀ-ÖØ-Þ][\w.]*){0,2}\s*$")
# "(EFE).- ", "(Belga) - ", and "Valencia, 3 dic (EFE).-" ending its line
# ("BADAJOZ, 20 de mayo de 2025.- Agentes…": the Spanish press's ".-")
_DASH = re.compile(r"\s[–—-]\s|(?<=\d)\.[–—-]\s|\s\(\w+\)\.?[–—-]?(?:\s|$)")


@functools.lru_cache(maxsize=256)  # asked for by ingest, incidents and network: found once
def dateline_span(text: str) -> tuple[str, dt.date | None, int, int] | None:
    """Find the dateline or publication line of a news text.

    Looks at the first three lines: "ROTTERDAM, 14 juni 2024 – …", "Lima, martes 8 de abril de
    2025", "Published 14 May 2024", "Publié le lundi 2 octobre 2023".

    Returns
    -------
    tuple or None
        (place or "", full date or None, start, end) of the dateline in ``text``.
    """
    from routes._dates import dates_in

    pos = 0
    for _ in range(3):
        while pos < len(text) and text[pos] in "\n\r\t ":
            pos += 1
        nl = text.find("\n", pos)
        line_end = len(text) if nl == -1 else nl
        line = text[pos:line_end]
        dash = _DASH.search(line)
        head = line[: dash.start()] if dash else line
        if dash is not None or len(line) <= 80:
            days = [d for d in dates_in(head) if d.precision == "day" and d.value
                    and len(d.value) == 10]
            before = head[: days[0].start] if days else ""
            after = head[days[0].end :] if days else ""
            after = _CLOCK.sub("", _AGENCY.sub("", after))
            if days and not re.search(r"\w", after) and (
                _PUBLISHED_WORDS.match(before)
                or _DATELINE_LEAD.match(before)
            ):
                pub = _PUBLISHED_WORDS.match(head)
                place = "" if pub else re.split(r"[,(]", head)[0].strip()
                if place and (not place[:1].isupper() or dates_in(place)):
                    place = ""
                date = dt.date.fromisoformat(str(days[0].value))
                if not place and nl != -1:
                    # "Publié le 24 avril 2026\n\nLausanne (ats) - …": the town is on its own line
                    nxt = dateline_span(text[line_end + 1 :])
                    if nxt is not None and nxt[0] and nxt[1] is None:
                        return nxt[0], date, line_end + 1 + nxt[2], line_end + 1 + nxt[3]
                return place, date, pos, pos + len(head)
            town_agency = _TOWN_AGENCY.match(line)
            if not days and town_agency is not None:
                # "Lausanne (ats) - Onze personnes…": a town in its usual case, then the
                # agency
                return town_agency.group(1), None, pos, pos + town_agency.end(1)
            if dash is not None and not days:
                # "HERMOSILLO, Mexico, Feb 9 (Reuters) -", "EINDHOVEN (ANP) -": a wire
                # dateline whose date has no year, or no date at all.
                part = [d for d in dates_in(head) if d.value and d.value.startswith("--")]
                lead = head[: part[0].start] if part else head
                rest = _AGENCY.sub("", head[part[0].end :]) if part else ""
                caps = re.match(r"^\s*([A-ZÀ-ÖØ-Þ][A-ZÀ-ÖØ-Þ'’ .-]{2,40})\b", head)
                tail = _AGENCY.sub("", head[caps.end() :]) if caps else "x"
                if caps and not re.search(r"\w", rest) and (
                        (part and _DATELINE_LEAD.match(lead))
                        or (not part and (not re.search(r"\w", tail)
                                          # "PATERSON, N.J. -", "TORREÓN, Coah. –": its state
                                          or _STATE_AFTER.match(tail)))):
                    place = caps.group(1).strip()
                    return place, None, pos, pos + len(head)
                town = lead.split(",")[0].strip()
                if part and not re.search(r"\w", rest) and _DATELINE_LEAD.match(lead) and (
                        "," in lead and town[:1].isupper() and len(town.split()) <= 4):
                    # "Valencia, 3 dic (EFE).-", "Almería, 11 nov (EFE).-": a town in its
                    # usual case
                    return town, None, pos, pos + len(head)
        if nl == -1:
            break
        pos = line_end + 1
    return None


def dateline_of(text: str) -> tuple[str, dt.date | None]:
    r"""The dateline of a news text: (place, date).

    Examples
    --------
    >>> dateline_of("Titre\n\nCAYENNE, 8 novembre 2023 – Trois passagers…")
    ('CAYENNE', datetime.date(2023, 11, 8))
    >>> dateline_of("Published 14 May 2024\n\nBorder Force officers…")
    ('', datetime.date(2024, 5, 14))
    """
    found = dateline_span(text)
    return (found[0], found[1]) if found else ("", None)


def _first_line(text: str) -> str:
    for line in text.splitlines():
        if line.strip():
            return line.strip() if len(line.strip()) <= 200 else ""
    return ""


def _from_html(html: str, where: str) -> tuple[str, dict[str, str]]:
    import trafilatura

    doc = trafilatura.bare_extraction(html, with_metadata=True, include_comments=False)
    if doc is None or not (getattr(doc, "text", None) or "").strip():
        msg = f"Expected an HTML page with an article body, found none {where}."
        raise ArticleError(msg)
    meta = {
        key: str(getattr(doc, key) or "")
        for key in ("title", "date", "language", "url", "sitename", "author")
    }
    return str(getattr(doc, "text", "")), meta


def article_from_path(
    path: str | Path,
    *,
    lang: str | None = None,
    published: str | dt.date | None = None,
) -> Article:
    """Read an article from a ``.txt``, ``.md`` or ``.html`` file, or ``-`` for stdin.

    Parameters
    ----------
    path
        File path, or ``"-"`` to read standard input.
    lang
        Language code; overrides the page's metadata and detection.
    published
        Publication date; overrides the page's metadata.

    Returns
    -------
    Article

    Raises
    ------
    ArticleError
        If the file is missing, a folder, binary, mis-encoded, empty or too large.

    Examples
    --------
    >>> a = article_from_path("examples/peterbos_fr.txt")  # doctest: +SKIP
    """
    if str(path) == "-":
        data = sys.stdin.buffer.read(settings.max_chars * 4 + 1)
        where, suffix, source = "on stdin", "", "-"
    else:
        p = Path(path)
        where, suffix, source = f"in {str(p)!r}", p.suffix.lower(), str(p)
        if not p.exists():
            msg = f"Expected an article file, got a missing path {str(p)!r}."
            raise ArticleError(msg)
        if p.is_dir():
            msg = f"Expected an article file, got a folder {str(p)!r}."
            raise ArticleError(msg)
        if p.stat().st_size > settings.max_chars * 4:
            msg = (
                f"Expected an article of at most {settings.max_chars:,} characters, got a "
                f"{p.stat().st_size:,}-byte file {where}."
            )
            raise ArticleError(msg)
        data = p.read_bytes()
    text = _decode(data, where)
    meta: dict[str, str] = {}
    looks_html = suffix in _HTML_SUFFIXES or (
        suffix not in _TEXT_SUFFIXES - {""} and re.match(r"\s*<(!doctype|html)", text, re.I)
    )
    if looks_html:
        text, meta = _from_html(text, where)
    page_lang = meta.get("language", "")[:2].lower()
    title = meta.get("title", "") or _first_line(text)
    art = article_from_text(
        text,
        lang=lang or (page_lang if page_lang in settings.languages else None),
        published=published or (meta.get("date") or None),
        title=title,
        source=source,
        url=meta.get("url", ""),
    )
    if meta:
        art.meta.update(meta)
    return art
