"""routes: news articles about drug trafficking → evidence-backed interactive maps, offline.

Examples
--------
>>> import routes
>>> case = routes.read("examples/peterbos_fr.txt")  # doctest: +SKIP
>>> case.map().save("output/peterbos.html")  # doctest: +SKIP
"""

from __future__ import annotations

from importlib import metadata
from pathlib import Path
from typing import TYPE_CHECKING, Any

from routes import settings
from routes.case import Case, case_from_article, case_from_geojson, case_to_geojson, write_case
from routes.errors import (
    ArticleError,
    CaseEditError,
    CaseFileError,
    GazetteerError,
    ModelError,
    RoutesError,
)
from routes.geocode import OfflineGeocoder, OnlineGeocoder
from routes.ingest import Article, article_from_path, article_from_text

if TYPE_CHECKING:
    import datetime as dt

try:
    __version__ = metadata.version("routes")
except metadata.PackageNotFoundError:  # pragma: no cover - bare checkout
    __version__ = "0+unknown"

__all__ = [
    "Article",
    "ArticleError",
    "Case",
    "CaseEditError",
    "CaseFileError",
    "GazetteerError",
    "ModelError",
    "OfflineGeocoder",
    "OnlineGeocoder",
    "RoutesError",
    "__version__",
    "article_from_path",
    "article_from_text",
    "case_from_article",
    "case_from_geojson",
    "case_from_text",
    "case_to_geojson",
    "case_to_map",
    "read",
    "settings",
    "write_case",
]


def case_from_text(
    text: str, *, lang: str | None = None, published: str | dt.date | None = None, **meta: Any
) -> Case:
    """Run the pipeline on text in memory.

    Examples
    --------
    >>> case = case_from_text("Deux tonnes de cocaïne saisies au port d’Anvers.")  # doctest: +SKIP
    """
    return case_from_article(article_from_text(text, lang=lang, published=published, **meta))


def read(
    path: str | Path,
    *,
    lang: str | None = None,
    published: str | dt.date | None = None,
    geocoder: OnlineGeocoder | None = None,
) -> Case:
    """Read an article (``.txt``, ``.md``, ``.html``, ``-``), a case file (``.geojson``) or a store.

    A store (``.gpkg``, written by ``routes batch``) reads as the corpus merged across articles.

    Parameters
    ----------
    path
        Article or case file.
    lang
        Language of an article (detected when None).
    published
        Publication date of an article, anchoring relative dates.
    geocoder
        An online chain for names the embedded gazetteer lacks (see
        :func:`routes.geocode.geocoder_from_name`); offline only when None.

    Returns
    -------
    Case

    Examples
    --------
    >>> case = read("examples/peterbos_fr.txt")  # doctest: +SKIP
    >>> case.places[["name", "feature_type"]].head(3)  # doctest: +SKIP
    """
    if str(path).lower().endswith((".geojson", ".json")):
        return case_from_geojson(path)
    if str(path).lower().endswith(".gpkg"):
        from routes.store import case_from_store

        return case_from_store(path)
    return case_from_article(
        article_from_path(path, lang=lang, published=published), geocoder=geocoder
    )


def case_to_map(case: Case, **kwargs: Any) -> Any:
    """Draw a case on a folium map (see :func:`routes.render.case_to_map`)."""
    from routes.render import case_to_map as _draw

    return _draw(case, **kwargs)
