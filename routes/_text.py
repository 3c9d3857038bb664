"""Text helpers shared by the gazetteer and the recogniser: name keys and apostrophes."""

from __future__ import annotations

import functools
import re
import unicodedata

APOSTROPHES = "'’ʼ‘`´"
_SPACES = re.compile(r"\s+")
_PUNCT = re.compile(r"[-‐‑‒–—_/.,]")


@functools.lru_cache(maxsize=1 << 16)  # the matcher asks again for every common word
def name_key(name: str) -> str:
    """Normalise a place name into a look-up key: no accents, case-folded, one space.

    Examples
    --------
    >>> name_key("Amérique  du Sud")
    'amerique du sud'
    >>> name_key("Saint-Gilles")
    'saint gilles'
    """
    s = unicodedata.normalize("NFKD", name)
    s = "".join(ch for ch in s if not unicodedata.combining(ch))
    s = s.casefold()
    for ch in APOSTROPHES:
        s = s.replace(ch, "'")
    s = _PUNCT.sub(" ", s)
    return _SPACES.sub(" ", s).strip()


#: Drugs named by a word of their own, in the four languages: a country's adjective beside one
#: says where it comes from ("l'héroïne afghane", "Colombiaanse cocaïne").
DRUG_NOUNS = (r"(?:héroïne|heroïne|cocaïne|résine|haschich|cannabis|heroína|cocaína|hachís|"
              r"marihuana|hasj|heroin|cocaine|hashish)")


#: A compass direction from a landmark: "north of", "au nord de", "al norte de", "ten noorden van".
COMPASS = (r"(?:north|south|east|west)(?:-?(?:east|west))?\s+of|"
           r"au\s+(?:nord|sud)(?:-(?:est|ouest))?\s+d[eu']|à\s+l['’](?:est|ouest)\s+d[eu']|"
           r"al\s+(?:norte|sur|este|oeste)\s+de|ten\s+(?:noorden|zuiden|oosten|westen)\s+van")


#: What stands between two names of one list: "Hoofddorp en Nieuw-Vennep", "Lens, Liévin".
LIST_GAP = re.compile(r",\s*|,?\s+(?:y|e|et|and|en|ou|o|or|of)\s+")
#: "où", "where", "donde", "waar": a place told just before is where the clause happens.
WHERE_WORD = re.compile(r"(?<!\w)(?:où|where|donde|adonde|a\s+donde|waar|waarheen)(?!\w)",
                        re.IGNORECASE)
