"""Turn a folium HTML page into a self-contained page that makes no network request.

folium writes pages that load about twenty JavaScript and CSS files from
public CDNs. :func:`make_self_contained` replaces each of them with the copy
vendored under ``routes/assets/`` (see ``assets/manifest.json`` and
``assets/LICENSES.md``) and embeds every image or font that those style
sheets reference as a ``data:`` URI.

Rules applied to the page, in a single pass over the HTML text:

* ``<script src="EXTERNAL">`` becomes an inline ``<script>``; an external
  script that is not vendored raises :class:`LookupError`.
* ``<link rel="stylesheet" href="EXTERNAL">`` becomes an inline ``<style>``;
  an external style sheet that is not vendored raises :class:`LookupError`.
* Other ``<link>`` elements pointing outside (preconnect, icon, preload...)
  are removed, with a logged warning.
* In inline ``<style>`` blocks and ``style="..."`` attributes, external
  ``url(...)`` references are embedded when vendored, otherwise replaced by
  an empty ``data:`` URI with a logged warning; external ``@import`` rules
  are inlined when vendored, otherwise removed with a logged warning.
* External ``src``, ``srcset``, ``poster``, ``data``, ``background`` and
  ``href`` attributes of other elements are embedded when vendored,
  otherwise removed with a logged warning. Hyperlinks (``<a href>``,
  ``<area href>``) are navigations, not loads, and are kept.
* The content of inline scripts is never modified; external URLs found in
  it (for instance a tile URL template) are reported in one logged warning.

"External" means ``http:``, ``https:``, ``ws:``, ``wss:``, ``ftp:`` or
protocol-relative (``//host/...``) URLs. URLs are matched against the
manifest ignoring the scheme, the case of the host name, and any fragment;
a query string is ignored when the URL with its query is not listed.
"""

from __future__ import annotations

import base64
import functools
import json
import logging
import posixpath
import re
from html import unescape
from pathlib import Path
from urllib.parse import urljoin

__all__ = ["make_self_contained", "vendored_urls"]

logger = logging.getLogger(__name__)

_ASSETS_DIR = Path(__file__).resolve().parent / "assets"
_MANIFEST_PATH = _ASSETS_DIR / "manifest.json"

_MIME_TYPES = {
    ".css": "text/css",
    ".gif": "image/gif",
    ".jpeg": "image/jpeg",
    ".jpg": "image/jpeg",
    ".js": "text/javascript",
    ".otf": "font/otf",
    ".png": "image/png",
    ".svg": "image/svg+xml",
    ".ttf": "font/ttf",
    ".webp": "image/webp",
    ".woff": "font/woff",
    ".woff2": "font/woff2",
}

# Ranking of @font-face source formats: lower is preferred. Formats absent
# from this table (embedded-opentype, svg) are never kept.
_FONT_FORMAT_RANK = {
    "woff2": 0,
    "woff": 1,
    "truetype": 2,
    "ttf": 2,
    "opentype": 2,
    "otf": 2,
}
_FONT_MIME_FORMAT = {
    "font/woff2": "woff2",
    "application/font-woff2": "woff2",
    "font/woff": "woff",
    "application/font-woff": "woff",
    "application/x-font-woff": "woff",
    "font/ttf": "truetype",
    "font/truetype": "truetype",
    "application/x-font-ttf": "truetype",
    "application/x-font-truetype": "truetype",
    "font/otf": "opentype",
    "font/opentype": "opentype",
    "application/x-font-opentype": "opentype",
}

_EXTENSION_FORMAT = {"ttf": "truetype", "otf": "opentype"}

_EXTERNAL_RE = re.compile(r"^(?:(?:https?|wss?|ftp):)?//", re.IGNORECASE)
_SPLIT_URL_RE = re.compile(r"^(?:[a-z][a-z0-9+.-]*:)?//([^/?#]*)([^#]*)", re.IGNORECASE)

# One pass over the page: comments and the raw text of <script>/<style> are
# consumed whole, so tags that only appear inside them are never rewritten.
_HTML_RE = re.compile(
    r"""
    (?P<comment><!--[^-]*(?:-(?!->)[^-]*)*-->)
    | (?P<script><script\b(?P<script_attrs>[^>]*)>
        (?P<script_body>[^<]*(?:<(?!/script[\s>])[^<]*)*)</script\s*>)
    | (?P<style><style\b(?P<style_attrs>[^>]*)>
        (?P<style_body>[^<]*(?:<(?!/style[\s>])[^<]*)*)</style\s*>)
    | (?P<tag><(?P<tag_name>[a-zA-Z][\w:-]*)(?P<tag_attrs>(?:[^>"']|"[^"]*"|'[^']*')*)>)
    """,
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
_ATTR_RE = re.compile(
    r"""([^\s"'>/=]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'=<>`]+)))?""",
)
_CSS_RE = re.compile(
    r"""
    (?P<comment>/\*.*?\*/)
    | (?P<fontface>@font-face\s*\{[^{}]*\})
    | (?P<import>@import\s+(?:url\(\s*(?:"[^"]*"|'[^']*'|[^)"']*)\s*\)|"[^"]*"|'[^']*')[^;{}]*;?)
    | (?P<url>url\(\s*(?:"[^"]*"|'[^']*'|[^)"']*)\s*\))
    """,
    re.IGNORECASE | re.DOTALL | re.VERBOSE,
)
_CSS_URL_RE = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"']*))\s*\)""", re.IGNORECASE)
_CSS_IMPORT_TARGET_RE = re.compile(
    r"""@import\s+(?:url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"']*))\s*\)|"([^"]*)"|'([^']*)')\s*([^;{}]*)""",
    re.IGNORECASE,
)
# Top-level pieces of a CSS declaration list: url() tokens and strings are
# kept whole so that their ';' and ',' do not split anything.
_CSS_ATOM_RE = re.compile(
    r"""url\(\s*(?:"[^"]*"|'[^']*'|[^)"']*)\s*\)|"(?:\\.|[^"\\])*"|'(?:\\.|[^'\\])*'|[;,]|[^;,"'u]+|.""",
    re.IGNORECASE | re.DOTALL,
)
_FORMAT_RE = re.compile(r"""format\(\s*["']?([\w-]+)""", re.IGNORECASE)
_SOURCE_MAP_RE = re.compile(
    r"^[ \t]*//[#@][ \t]*sourceMappingURL=[^\r\n]*$|/\*[#@][ \t]*sourceMappingURL=.*?\*/",
    re.MULTILINE | re.DOTALL,
)
# A URL that starts a JavaScript string literal (a tile URL template, an
# <img src="..."> inside popup HTML): likely to be requested at run time.
_URL_IN_SCRIPT_RE = re.compile(
    r"""["'`]((?:(?:https?|wss?):)?//[a-z0-9][a-z0-9.-]*\.[a-z]{2,}[^\s"'`<>)\\]*)""",
    re.IGNORECASE,
)
_LEAFLET_JS_RE = re.compile(r"/leaflet(?:@[^/]+)?/dist/leaflet(?:-src)?\.js$")

# Namespace identifiers that appear in scripts but are never fetched.
_NON_FETCHED_PREFIXES = ("http://www.w3.org/", "https://www.w3.org/")
_EMPTY_DATA_URI = "data:,"
_URL_ATTRIBUTES = frozenset({"src", "poster", "data", "background", "href", "xlink:href"})
_NAVIGATION_TAGS = frozenset({"a", "area"})
_SCRIPT_DROPPED_ATTRS = frozenset(
    {"src", "integrity", "crossorigin", "referrerpolicy", "async", "defer", "charset"}
)


# --------------------------------------------------------------------------
# Manifest and asset loading (cached: every asset is read and prepared once)
# --------------------------------------------------------------------------


@functools.lru_cache(maxsize=1)
def _manifest() -> dict[str, str]:
    """Load the URL-key → relative-file map from ``assets/manifest.json``."""
    with _MANIFEST_PATH.open(encoding="utf-8") as handle:
        data = json.load(handle)
    assets: dict[str, str] = data["assets"]
    return {_normalise_key(key): rel for key, rel in assets.items()}


def _normalise_key(key: str) -> str:
    """Lower-case the host part of a scheme-less ``host/path`` key."""
    host = key.split("/", 1)[0]
    return host.lower() + key[len(host) :]


def _is_external(url: str) -> bool:
    return bool(_EXTERNAL_RE.match(url))


def _lookup(url: str) -> tuple[str, str] | None:
    """Return ``(key, relative file)`` for an external URL that is vendored.

    Parameters
    ----------
    url : str
        An absolute or protocol-relative URL.

    Returns
    -------
    tuple of str or None
        The manifest key and the file path relative to ``assets/``, or
        ``None`` when the URL is not vendored.
    """
    match = _SPLIT_URL_RE.match(url.strip())
    if match is None:
        return None
    host, path = match.group(1).lower(), match.group(2)
    if "@" in host:  # drop any user-info part
        host = host.rsplit("@", 1)[1]
    manifest = _manifest()
    key = host + path
    rel = manifest.get(key)
    if rel is None and "?" in path:
        key = host + path.split("?", 1)[0]
        rel = manifest.get(key)
    return None if rel is None else (key, rel)


@functools.cache
def _asset_bytes(rel: str) -> bytes:
    return (_ASSETS_DIR / rel).read_bytes()


@functools.cache
def _data_uri(rel: str) -> str:
    suffix = posixpath.splitext(rel)[1].lower()
    mime = _MIME_TYPES.get(suffix, "application/octet-stream")
    payload = base64.b64encode(_asset_bytes(rel)).decode("ascii")
    return f"data:{mime};base64,{payload}"


@functools.cache
def _inline_script(key: str, rel: str) -> str:
    """Return the vendored script, ready to sit between ``<script>`` tags."""
    text = _asset_bytes(rel).decode("utf-8")
    text = _SOURCE_MAP_RE.sub("", text)
    # '</script' would close the element early and '<!--' would switch the
    # HTML tokenizer to its escaped state; \x3C is '<' in strings and regexes.
    text = re.sub(r"<(?=/script|!--)", r"\\x3C", text, flags=re.IGNORECASE)
    return text.strip()


@functools.cache
def _inline_stylesheet(key: str, rel: str) -> str:
    """Return the vendored style sheet with its references embedded."""
    text = _asset_bytes(rel).decode("utf-8")
    css = _rewrite_css(text, base="https://" + key, where=key)
    return re.sub(r"</(?=style)", r"<\\/", css, flags=re.IGNORECASE).strip()


@functools.cache
def _leaflet_icon_patch(key: str) -> str:
    """Script pointing ``L.Icon.Default`` at embedded marker images.

    Leaflet finds its default marker image by reading the URL of a CSS
    background image and stripping ``marker-icon.png``. Once that image is a
    ``data:`` URI the detection fails and Leaflet would request
    ``marker-icon.png`` relative to the page, so the URLs are set explicitly.
    Returns an empty string when the images are not vendored.
    """
    base = "https://" + key
    options = {}
    for option, name in (
        ("iconUrl", "marker-icon.png"),
        ("iconRetinaUrl", "marker-icon-2x.png"),
        ("shadowUrl", "marker-shadow.png"),
    ):
        found = _lookup(urljoin(base, "images/" + name))
        if found is None:
            return ""
        options[option] = _data_uri(found[1])
    return (
        "<script>(function(){var d=L.Icon.Default;d.imagePath='';"
        f"d.mergeOptions({json.dumps(options)});}})();</script>"
    )


# --------------------------------------------------------------------------
# CSS
# --------------------------------------------------------------------------


def _css_url_value(token: str) -> str:
    match = _CSS_URL_RE.match(token)
    if match is None:  # pragma: no cover - callers only pass url() tokens
        return ""
    value = next((g for g in match.groups() if g is not None), "")
    return value.strip()


def _resolve(value: str, base: str | None) -> tuple[str | None, bool]:
    """Resolve a URL found in CSS or HTML.

    Returns
    -------
    tuple
        ``(relative file or None, fetched_from_network)``. The flag is true
        when the URL would be requested over the network (an external URL,
        or a relative URL inside a style sheet that came from a CDN).
    """
    if not value or value.startswith("#") or value[:5].lower() in ("data:", "about"):
        return None, False
    if _is_external(value):
        absolute = value
    elif base is not None and not re.match(r"^[a-z][a-z0-9+.-]*:", value, re.I):
        absolute = urljoin(base, value)
    else:
        return None, False
    found = _lookup(absolute)
    return (found[1] if found else None), True


def _split_top_level(text: str, separator: str) -> list[str]:
    """Split a CSS declaration list on ``separator`` outside url() and strings."""
    parts: list[str] = []
    current: list[str] = []
    for atom in _CSS_ATOM_RE.findall(text):
        if atom == separator:
            parts.append("".join(current))
            current = []
        else:
            current.append(atom)
    parts.append("".join(current))
    return parts


def _font_source(entry: str, base: str | None) -> tuple[int, str] | None:
    """Rank one ``src`` entry of an @font-face rule and embed it.

    Returns ``(rank, rewritten entry)`` or ``None`` when the entry cannot be
    kept (legacy format, not vendored, or ``local()``).
    """
    url_match = _CSS_URL_RE.search(entry)
    if url_match is None:
        return None
    value = _css_url_value(url_match.group(0))
    format_match = _FORMAT_RE.search(entry)
    font_format = format_match.group(1).lower() if format_match else ""
    if value[:5].lower() == "data:":
        mime = value[5:].split(";", 1)[0].split(",", 1)[0].lower()
        font_format = font_format or _FONT_MIME_FORMAT.get(mime, "")
        data_uri = value
    else:
        rel, _ = _resolve(value, base)
        if rel is None:
            return None
        extension = posixpath.splitext(rel)[1].lower().lstrip(".")
        font_format = font_format or _EXTENSION_FORMAT.get(extension, extension)
        data_uri = _data_uri(rel)
    rank = _FONT_FORMAT_RANK.get(font_format)
    if rank is None:
        return None
    return rank, f'url("{data_uri}") format("{font_format}")'


def _rewrite_font_face(rule: str, base: str | None, where: str, seen: set[str]) -> str:
    """Keep one embedded source per ``src`` declaration of an @font-face rule.

    A rule whose chosen font was already embedded by an earlier rule of the
    same style sheet (Font Awesome's v4/v5 compatibility aliases) is dropped
    so that the same font is not embedded twice.
    """
    body = rule[rule.index("{") + 1 : -1]
    declarations = _split_top_level(body, ";")
    kept: list[str] = []
    has_src = False
    chosen: list[str] = []
    dropped: list[str] = []
    for declaration in declarations:
        name, colon, value = declaration.partition(":")
        if not colon or name.strip().lower() != "src":
            if declaration.strip():
                kept.append(declaration.strip())
            continue
        candidates = []
        for entry in _split_top_level(value, ","):
            source = _font_source(entry, base)
            if source is None:
                url_match = _CSS_URL_RE.search(entry)
                if url_match and not _css_url_value(url_match.group(0)).lower().startswith("data:"):
                    dropped.append(_css_url_value(url_match.group(0)))
            else:
                candidates.append(source)
        if candidates:
            best = min(candidates, key=lambda candidate: candidate[0])[1]
            kept.append("src:" + best)
            chosen.append(best)
            has_src = True
    family_match = re.search(r"font-family\s*:\s*([^;]*)", body, re.IGNORECASE)
    family = family_match.group(1).strip() if family_match else "?"
    if not has_src:
        logger.warning(
            "@font-face %s in %s has no vendored source (%s); rule removed",
            family,
            where,
            ", ".join(dropped) or "no url",
        )
        return ""
    if dropped:
        logger.debug("@font-face %s in %s: dropped other formats %s", family, where, dropped)
    signature = "|".join(chosen)
    if signature in seen:
        logger.debug("@font-face %s in %s repeats an embedded font; rule removed", family, where)
        return ""
    seen.add(signature)
    return "@font-face{" + ";".join(kept) + "}"


def _rewrite_css(css: str, base: str | None, where: str) -> str:
    """Embed or remove the external references of a style sheet.

    Parameters
    ----------
    css : str
        Style sheet text.
    base : str or None
        URL the style sheet was loaded from; relative references are resolved
        against it. ``None`` for CSS written in the page itself, whose
        relative references are left alone.
    where : str
        Where the CSS comes from, for log messages.

    Returns
    -------
    str
        The rewritten style sheet.
    """
    seen_fonts: set[str] = set()

    def replace(match: re.Match[str]) -> str:
        kind = match.lastgroup
        token = match.group(0)
        if kind == "comment":
            return "" if "sourceMappingURL" in token else token
        if kind == "fontface":
            return _rewrite_font_face(token, base, where, seen_fonts)
        if kind == "import":
            return _rewrite_import(token, base, where)
        value = _css_url_value(token)
        rel, fetched = _resolve(value, base)
        if rel is not None:
            return f'url("{_data_uri(rel)}")'
        if fetched:
            logger.warning("removed external CSS reference url(%s) in %s", value, where)
            return f'url("{_EMPTY_DATA_URI}")'
        return token

    return _CSS_RE.sub(replace, css)


def _rewrite_import(token: str, base: str | None, where: str) -> str:
    match = _CSS_IMPORT_TARGET_RE.match(token)
    if match is None:  # pragma: no cover - the pattern mirrors _CSS_RE
        return token
    value = next((g for g in match.groups()[:5] if g is not None), "").strip()
    media = match.group(6).strip()
    absolute = value
    if not _is_external(value):
        if base is None:
            return token
        absolute = urljoin(base, value)
    found = _lookup(absolute)
    if found is None:
        logger.warning("removed external CSS @import of %s in %s", value, where)
        return ""
    css = _inline_stylesheet(*found)
    return f"@media {media}{{{css}}}" if media else css


# --------------------------------------------------------------------------
# HTML
# --------------------------------------------------------------------------


class _AttributeList:
    """Attributes of one start tag, keeping their original spelling."""

    def __init__(self, text: str) -> None:
        self.items: list[tuple[str, str | None, str]] = []
        for match in _ATTR_RE.finditer(text):
            raw_value = next((g for g in match.groups()[1:] if g is not None), None)
            value = None if raw_value is None else unescape(raw_value)
            self.items.append((match.group(1).lower(), value, match.group(0)))

    def get(self, name: str) -> str | None:
        for key, value, _ in self.items:
            if key == name:
                return value
        return None

    def render(self, drop: frozenset[str] = frozenset()) -> str:
        return "".join(" " + raw for key, _, raw in self.items if key not in drop)


def _escape_attribute(value: str) -> str:
    return value.replace("&", "&amp;").replace('"', "&quot;")


class _PageRewriter:
    """State for one :func:`make_self_contained` call."""

    def __init__(self) -> None:
        self.inlined: set[str] = set()  # vendored files already in the page
        self.script_urls: dict[str, None] = {}

    def __call__(self, match: re.Match[str]) -> str:
        kind = match.lastgroup
        if kind == "script":
            return self._script(match)
        if kind == "style":
            body = match.group("style_body")
            if "url(" not in body.lower() and "@import" not in body.lower():
                return match.group(0)
            css = _rewrite_css(body, base=None, where="inline <style>")
            return f"<style{match.group('style_attrs')}>{css}</style>"
        if kind == "tag":
            return self._tag(match)
        return match.group(0)  # comment

    def _script(self, match: re.Match[str]) -> str:
        attrs = _AttributeList(match.group("script_attrs"))
        src = attrs.get("src")
        if src is None:
            self._collect_script_urls(match.group("script_body"))
            return match.group(0)
        src = src.strip()
        if not _is_external(src):
            return match.group(0)
        found = _lookup(src)
        if found is None:
            raise LookupError(
                f"script {src!r} is not vendored in routes/assets/manifest.json; "
                "cannot make the page self-contained"
            )
        key, rel = found
        if rel in self.inlined:
            logger.debug("script %s already inlined; duplicate removed", src)
            return ""
        self.inlined.add(rel)
        html = f"<script{attrs.render(_SCRIPT_DROPPED_ATTRS)}>{_inline_script(key, rel)}</script>"
        if _LEAFLET_JS_RE.search(key):
            html += _leaflet_icon_patch(key)
        return html

    def _collect_script_urls(self, body: str) -> None:
        """Note the quoted external URLs of an inline script (for one warning).

        Only the places where ``//`` occurs are examined, so a large script
        costs one ``str.find`` scan.
        """
        position = body.find("//")
        while position != -1:
            # the quote sits before "//", "ws://", "wss://", "http://" or "https://"
            for start in (position - 1, position - 4, position - 5, position - 6, position - 7):
                if start < 0:
                    continue
                found = _URL_IN_SCRIPT_RE.match(body, start)
                if found is not None:
                    url = found.group(1)
                    is_link = body[max(0, start - 5) : start].lower() == "href="
                    if not is_link and not url.startswith(_NON_FETCHED_PREFIXES):
                        self.script_urls.setdefault(url, None)
                    break
            position = body.find("//", position + 2)

    def _tag(self, match: re.Match[str]) -> str:
        text = match.group(0)
        if "//" not in text and "url(" not in text.lower():
            return text
        name = match.group("tag_name").lower()
        attrs = _AttributeList(match.group("tag_attrs"))
        if name == "link":
            return self._link(text, attrs)
        changed = False
        pieces: list[str] = []
        for key, value, raw in attrs.items:
            if value is None:
                pieces.append(raw)
                continue
            if key == "style" and "url(" in value.lower():
                css = _rewrite_css(value, base=None, where=f"style attribute of <{name}>")
                if css != value:
                    raw = f'{raw.split("=", 1)[0]}="{_escape_attribute(css)}"'
                    changed = True
            elif key == "srcset" and "//" in value:
                logger.warning("removed srcset=%r of <%s>", value, name)
                changed = True
                continue
            elif key in _URL_ATTRIBUTES and _is_external(value.strip()):
                if key == "href" and name in _NAVIGATION_TAGS:
                    pieces.append(raw)
                    continue
                found = _lookup(value)
                changed = True
                if found is None:
                    logger.warning("removed %s=%r of <%s>: not vendored", key, value, name)
                    continue
                raw = f'{raw.split("=", 1)[0]}="{_data_uri(found[1])}"'
            pieces.append(raw)
        if not changed:
            return text
        closing = "/>" if text.endswith("/>") else ">"
        inner = "".join(" " + piece for piece in pieces if piece != "/")
        return f"<{match.group('tag_name')}{inner}{closing}"

    def _link(self, text: str, attrs: _AttributeList) -> str:
        href = attrs.get("href")
        if href is None or not _is_external(href.strip()):
            return text
        rel_tokens = (attrs.get("rel") or "").lower().split()
        if "stylesheet" not in rel_tokens:
            logger.warning("removed <link rel=%r href=%r>", " ".join(rel_tokens), href)
            return ""
        found = _lookup(href)
        if found is None:
            raise LookupError(
                f"stylesheet {href!r} is not vendored in routes/assets/manifest.json; "
                "cannot make the page self-contained"
            )
        key, rel = found
        if rel in self.inlined:
            logger.debug("stylesheet %s already inlined; duplicate removed", href)
            return ""
        self.inlined.add(rel)
        media = attrs.get("media")
        media_attr = f' media="{_escape_attribute(media)}"' if media else ""
        return f"<style{media_attr}>{_inline_stylesheet(key, rel)}</style>"


def make_self_contained(html: str) -> str:
    """Inline every CDN script and style sheet of a folium page.

    Parameters
    ----------
    html : str
        A complete HTML page, as returned by
        ``folium.Map.get_root().render()``.

    Returns
    -------
    str
        The same page where each external ``<script src>`` and
        ``<link rel="stylesheet">`` is replaced by the vendored file's
        content, CSS ``url(...)`` references (images, fonts) are embedded as
        ``data:`` URIs, and other external references are removed with a
        logged warning. Inline script code is left untouched.

    Raises
    ------
    LookupError
        If the page loads an external script or style sheet that is not
        vendored in ``routes/assets/manifest.json``; the message names the
        URL.

    Notes
    -----
    The page is scanned once; each vendored asset is read and prepared once
    per process and cached.
    """
    rewriter = _PageRewriter()
    result = _HTML_RE.sub(rewriter, html)
    if rewriter.script_urls:
        urls = list(rewriter.script_urls)
        logger.warning(
            "inline scripts mention %d external URL(s), left unchanged and possibly "
            "requested at run time: %s%s",
            len(urls),
            ", ".join(urls[:5]),
            ", ..." if len(urls) > 5 else "",
        )
    return result


def vendored_urls() -> list[str]:
    """List the CDN URLs that have a vendored copy.

    Returns
    -------
    list of str
        Sorted ``https://`` URLs of every entry of
        ``routes/assets/manifest.json`` (scripts, style sheets, images and
        fonts).
    """
    return sorted("https://" + key for key in _manifest())
