"""Tests for routes._offline: folium pages made self-contained (no network)."""

from __future__ import annotations

import json
import logging
import re
import time
from html.parser import HTMLParser
from pathlib import Path

import folium
import pytest
from folium import folium as folium_module
from folium import plugins

from routes import _offline
from routes._offline import make_self_contained, vendored_urls

ASSETS = Path(_offline.__file__).resolve().parent / "assets"
LOGGER = "routes._offline"

# A 1x1 light grey PNG: the minimap gets a tile layer that never touches the network.
BLANK_TILE = (
    "data:image/png;base64,iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAIAAACQd1PeAAAADElEQVR4"
    "nGN48eIFAAV0ArnZwsdlAAAAAElFTkSuQmCC"
)
EXTERNAL = re.compile(r"^\s*(?:(?:https?|wss?|ftp):)?//", re.IGNORECASE)
CSS_URL = re.compile(r"""url\(\s*(?:"([^"]*)"|'([^']*)'|([^)"']*))\s*\)""", re.IGNORECASE)


class _PageScan(HTMLParser):
    """Collect the attributes and style sheets of a page (script text skipped)."""

    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.attributes: list[tuple[str, str, str]] = []
        self.styles: list[str] = []
        self.scripts: list[str] = []
        self.script_tags: list[dict[str, str | None]] = []
        self.link_tags: list[dict[str, str | None]] = []
        self._current: str | None = None

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        for name, value in attrs:
            if value is not None:
                self.attributes.append((tag, name, value))
                if name == "style":
                    self.styles.append(value)
        if tag == "script":
            self.script_tags.append(dict(attrs))
        if tag == "link":
            self.link_tags.append(dict(attrs))
        self._current = tag if tag in ("script", "style") else None

    def handle_endtag(self, tag: str) -> None:
        self._current = None

    def handle_data(self, data: str) -> None:
        if self._current == "style":
            self.styles.append(data)
        elif self._current == "script":
            self.scripts.append(data)


def scan(html: str) -> _PageScan:
    parser = _PageScan()
    parser.feed(html)
    parser.close()
    return parser


def css_urls(css: str) -> list[str]:
    return [next(g for g in m.groups() if g is not None).strip() for m in CSS_URL.finditer(css)]


def external_references(html: str) -> list[str]:
    """Every reference of the page that a browser would fetch from outside."""
    page = scan(html)
    found = []
    for tag, name, value in page.attributes:
        if tag in ("a", "area") and name == "href":
            continue
        if name in ("src", "href", "srcset", "poster", "data", "background") and (
            EXTERNAL.match(value) or "//cdn" in value
        ):
            found.append(f"<{tag} {name}={value}>")
    for css in page.styles:
        for url in css_urls(css):
            if not url.lower().startswith("data:") and (EXTERNAL.match(url) or "//cdn" in url):
                found.append(f"url({url})")
        for imported in re.findall(r"@import[^;]*", css):
            found.append(imported)
    return found


def build_map() -> folium.Map:
    m = folium.Map(location=[45.0, 5.0], zoom_start=8, tiles=None, maxZoom=18)
    cluster = plugins.MarkerCluster().add_to(m)
    folium.Marker([45.0, 5.0], popup="clustered").add_to(cluster)
    folium.Marker([45.01, 5.01], icon=folium.Icon(icon="info-sign")).add_to(cluster)
    folium.Marker([45.2, 5.2], tooltip="plain").add_to(m)
    folium.Marker([45.3, 5.1], icon=folium.Icon(icon="car", prefix="fa", color="red")).add_to(m)
    plugins.Fullscreen().add_to(m)
    plugins.MiniMap(tile_layer=folium.TileLayer(tiles=BLANK_TILE, attr="blank")).add_to(m)
    plugins.AntPath([[45.0, 5.0], [45.5, 5.5]]).add_to(m)
    line = folium.PolyLine([[45.0, 5.5], [45.5, 6.0]]).add_to(m)
    plugins.PolyLineTextPath(line, "route").add_to(m)
    return m


@pytest.fixture(scope="module")
def rendered() -> str:
    return build_map().get_root().render()


@pytest.fixture(scope="module")
def offline(rendered: str) -> str:
    return make_self_contained(rendered)


def test_rendered_page_uses_cdns(rendered: str) -> None:
    # Guard: the fixture really exercises CDN references.
    assert len(external_references(rendered)) >= 15


def test_no_external_reference_left(offline: str) -> None:
    assert external_references(offline) == []
    page = scan(offline)
    assert not [tag for tag in page.script_tags if "src" in tag]
    assert not [tag for tag in page.link_tags if "stylesheet" in (tag.get("rel") or "")]


def test_no_warning_logged_for_a_folium_page(
    rendered: str, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        make_self_contained(rendered)
    assert [r.getMessage() for r in caplog.records if r.name == LOGGER] == []


def test_leaflet_and_plugins_are_inlined(offline: str) -> None:
    scripts = "\n".join(scan(offline).scripts)
    assert "Leaflet 1.9.3" in scripts  # licence header of leaflet.js
    assert "jQuery v3.7.1" in scripts
    assert "Bootstrap v5.2.2" in scripts
    assert "markerClusterGroup" in scripts
    assert "Control.FullScreen" in scripts
    assert "MiniMap" in scripts
    assert "antPath" in scripts
    assert "setText" in scripts
    styles = "\n".join(scan(offline).styles)
    assert ".leaflet-control-layers-toggle" in styles
    assert ".awesome-marker" in styles
    assert ".marker-cluster" in styles
    assert "Font Awesome Free 6.2.0" in styles
    assert ".glyphicon-info-sign" in styles


def test_every_script_element_closes_where_expected(offline: str) -> None:
    # An inlined '</script>' would split an element: count opening and
    # closing tags the way the HTML tokenizer sees them.
    page = scan(offline)
    assert len(page.script_tags) == len(re.findall(r"</script\s*>", offline, re.IGNORECASE))


def test_css_references_are_data_uris(offline: str) -> None:
    styles = "\n".join(scan(offline).styles)
    urls = css_urls(styles)
    assert urls
    for url in urls:
        assert url.startswith(("data:", "#")), url[:80]
    mimes = {url.split(";", 1)[0] for url in urls if url.startswith("data:")}
    assert {"data:image/png", "data:font/woff2"} <= mimes
    fonts = re.findall(r"@font-face\{[^}]*\}", styles)
    assert fonts
    for rule in fonts:
        # one embedded source per rule: woff2 (woff for Bootstrap 3 glyphicons)
        assert re.search(r'format\("woff2?"\)', rule), rule[:200]
        assert "truetype" not in rule
        assert "embedded-opentype" not in rule


def test_default_marker_icon_is_embedded(offline: str) -> None:
    # Leaflet cannot guess its image path from a data: URI; the patch sets
    # the default icon URLs explicitly so no relative file is requested.
    assert "L.Icon.Default" in offline
    assert re.search(r'"iconUrl": "data:image/png;base64,', offline)
    assert re.search(r'"shadowUrl": "data:image/png;base64,', offline)


def test_inline_code_of_the_page_is_kept(rendered: str, offline: str) -> None:
    inline = [s for s in scan(rendered).scripts if "L.map(" in s]
    assert len(inline) == 1
    assert inline[0] in offline


def test_idempotent(offline: str, caplog: pytest.LogCaptureFixture) -> None:
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        assert make_self_contained(offline) == offline
    assert [r.getMessage() for r in caplog.records if r.name == LOGGER] == []


def test_vendored_urls_cover_folium_defaults() -> None:
    vendored = set(vendored_urls())
    expected = [url for _, url in folium_module._default_js + folium_module._default_css]
    for plugin in (
        plugins.MarkerCluster,
        plugins.Fullscreen,
        plugins.MiniMap,
        plugins.AntPath,
        plugins.PolyLineTextPath,
        plugins.PolyLineOffset,
    ):
        expected += [url for _, url in plugin.default_js + plugin.default_css]
    missing = [url for url in expected if url not in vendored]
    assert missing == []
    assert all(url.startswith("https://") for url in vendored)


def test_manifest_points_to_files_documented_in_licenses() -> None:
    manifest = json.loads((ASSETS / "manifest.json").read_text(encoding="utf-8"))
    licenses = (ASSETS / "LICENSES.md").read_text(encoding="utf-8")
    assert manifest["assets"]
    for key, rel in manifest["assets"].items():
        assert not key.startswith(("http:", "https:", "//")), key
        path = ASSETS / rel
        assert path.is_file(), rel
        assert path.resolve().is_relative_to(ASSETS.resolve())
        assert f"`{rel}`" in licenses, rel
    for licence_file in ASSETS.glob("LICENSE-*.txt"):
        assert licence_file.name in licenses


@pytest.mark.parametrize(
    "url",
    [
        "//cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
        "http://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js",
        "HTTPS://CDN.JSDELIVR.NET/npm/leaflet@1.9.3/dist/leaflet.js",
        "https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.js?v=1#x",
    ],
)
def test_url_matching_ignores_scheme_case_query_and_fragment(url: str) -> None:
    out = make_self_contained(f'<html><head><script src="{url}"></script></head></html>')
    assert "Leaflet 1.9.3" in out
    assert [tag for tag in scan(out).script_tags if "src" in tag] == []


def test_protocol_relative_stylesheet_is_inlined() -> None:
    page = (
        '<link rel="stylesheet" media="screen" '
        'href="//cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/leaflet.css"/>'
    )
    out = make_self_contained(page)
    assert out.startswith('<style media="screen">.leaflet-pane')
    assert "images/layers.png" not in out
    assert external_references(out) == []


def test_unknown_cdn_script_raises_lookup_error() -> None:
    url = "https://cdn.example.com/npm/some-plugin@1.0.0/plugin.min.js"
    with pytest.raises(LookupError, match=re.escape(url)):
        make_self_contained(f'<html><head><script src="{url}"></script></head></html>')


def test_unknown_cdn_stylesheet_raises_lookup_error() -> None:
    url = "//cdn.example.com/plugin.css"
    with pytest.raises(LookupError, match=re.escape(url)):
        make_self_contained(f'<link rel="stylesheet" href="{url}">')


def test_other_external_references_are_removed_with_a_warning(
    caplog: pytest.LogCaptureFixture,
) -> None:
    page = (
        "<html><head>"
        '<link rel="icon" href="https://example.com/favicon.ico">'
        '<link rel="preconnect" href="//cdn.example.com">'
        "<style>body{background:url(https://example.com/bg.png) no-repeat}"
        "@import url(https://fonts.example.com/css?family=X);"
        "div{background:url(local.png)}</style>"
        "</head><body>"
        '<img src="https://example.com/logo.png" alt="logo">'
        '<img src="https://cdn.jsdelivr.net/npm/leaflet@1.9.3/dist/images/marker-icon.png">'
        "<div style=\"background-image:url('//example.com/x.png')\">x</div>"
        '<a href="https://example.com/about">about</a>'
        "</body></html>"
    )
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        out = make_self_contained(page)
    messages = "\n".join(r.getMessage() for r in caplog.records if r.name == LOGGER)
    for url in (
        "https://example.com/favicon.ico",
        "//cdn.example.com",
        "https://example.com/bg.png",
        "https://fonts.example.com/css?family=X",
        "https://example.com/logo.png",
        "//example.com/x.png",
    ):
        assert url in messages
        assert url not in out
    assert 'alt="logo"' in out
    assert '<img src="data:image/png;base64,' in out  # vendored image embedded
    assert "url(local.png)" in out  # relative to the page: not a network request
    assert '<a href="https://example.com/about">' in out  # a link is not a load
    assert external_references(out) == []


def test_urls_in_inline_scripts_are_reported_not_changed(
    caplog: pytest.LogCaptureFixture,
) -> None:
    script = (
        "<script>L.tileLayer('https://tile.example.org/{z}/{x}/{y}.png').addTo(m);"
        "var ns = 'http://www.w3.org/2000/svg';"
        "var link = '<a href=\"https://example.org/page\">x</a>';</script>"
    )
    with caplog.at_level(logging.WARNING, logger=LOGGER):
        out = make_self_contained(script)
    assert out == script
    messages = [r.getMessage() for r in caplog.records if r.name == LOGGER]
    assert len(messages) == 1
    assert "https://tile.example.org/{z}/{x}/{y}.png" in messages[0]
    assert "w3.org" not in messages[0]
    assert "example.org/page" not in messages[0]


def test_scripts_and_styles_are_not_scanned_for_tags() -> None:
    page = (
        "<script>var s = '<img src=\"https://example.com/a.png\">';</script>"
        '<!-- <script src="https://cdn.example.com/x.js"></script> -->'
    )
    assert make_self_contained(page) == page


def test_duplicate_assets_are_inlined_once() -> None:
    page = (
        '<script src="https://code.jquery.com/jquery-3.7.1.min.js"></script>'
        '<script src="https://cdnjs.cloudflare.com/ajax/libs/jquery/3.7.1/jquery.min.js"></script>'
    )
    out = make_self_contained(page)
    assert out.count("jQuery v3.7.1") == 1


def test_every_vendored_script_can_be_inlined() -> None:
    for url in vendored_urls():
        found = _offline._lookup(url)
        assert found is not None, url
        if url.endswith(".js"):
            text = _offline._inline_script(*found)
            assert not re.search(r"</script|<!--", text, re.IGNORECASE), url
            assert "sourceMappingURL" not in text, url
        elif url.endswith(".css"):
            text = _offline._inline_stylesheet(*found)
            assert "</style" not in text.lower(), url
            assert all(u.startswith(("data:", "#")) for u in css_urls(text)), url


def test_large_page_is_fast(rendered: str) -> None:
    # The shape of a 10,000-marker folium page: one huge inline script.
    marker = (
        "var marker_{i} = L.marker([45.{i}, 5.{i}], {{}}).addTo(cluster);\n"
        'var popup_{i} = L.popup({{"maxWidth": "100%"}});\n'
        'var html_{i} = $(`<div id="html_{i}" style="width: 100.0%;">Stop {i} '
        "see https://example.org/{i}</div>`)[0];\n"
        "popup_{i}.setContent(html_{i}); marker_{i}.bindPopup(popup_{i});\n"
    )
    body = "".join(marker.format(i=i) for i in range(10_000))
    page = rendered.replace("</body>", f"</body><script>{body}</script>", 1)
    assert len(page) > 2_000_000
    make_self_contained(rendered)  # warm the asset cache
    start = time.perf_counter()
    out = make_self_contained(page)
    elapsed = time.perf_counter() - start
    assert body in out
    assert elapsed < 0.5, elapsed
