"""Evaluate: score toponym recognition and resolution against a gold set (JSONL).

The metrics are those of Gritta et al.'s geoparsing evaluations, with the same definitions as
the shared scorer ``score_toponyms.py``:

- recognition: precision, recall and F1 over character spans, *strict* (same start and end)
  and *overlap* (any shared character), each gold span matched to at most one prediction;
- resolution, for gold toponyms with coordinates that were recognised (overlap): acc@161 (share
  of errors within 161 km), AUC of the log-error curve (lower is better), mean and median error.

A gold file has one article per line:
``{"id", "lang", "text", "toponyms": [{"start", "end", "name", "lat", "lon", "type"}]}``.
"""

from __future__ import annotations

import json
import math
import statistics
import time
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from routes.gazetteer import haversine_km

__all__ = [
    "LITERAL_TYPES",
    "PredictedSpan",
    "Scores",
    "predictions_from_case_file",
    "predictions_from_text",
    "read_gold",
    "scores_from_predictions",
    "scores_to_table",
    "toponyms_from_gold",
]

#: GeoWebNews' literal group (``--literal`` keeps only these gold types).
LITERAL_TYPES = frozenset({"Literal", "Mixed", "Coercion", "Embedded_Literal", "Literal_Modifier"})
#: Largest possible error on the Earth, for the AUC normalisation.
MAX_KM = 20039.0


@dataclass(frozen=True)
class PredictedSpan:
    """A predicted toponym: a character span and the point it was resolved to (or None)."""

    start: int
    end: int
    point: tuple[float, float] | None = None  # (lat, lon)


@dataclass
class Scores:
    """Recognition and resolution scores of a run over a gold set."""

    gold: int = 0
    pred: int = 0
    missing: int = 0
    strict_p: float = 0.0
    strict_r: float = 0.0
    strict_f1: float = 0.0
    overlap_p: float = 0.0
    overlap_r: float = 0.0
    overlap_f1: float = 0.0
    resolved: int = 0
    acc161: float | None = None
    auc: float | None = None
    mean_km: float | None = None
    median_km: float | None = None
    articles: int = 0
    seconds_per_article: float | None = None
    errors_km: list[float] = field(default_factory=list, repr=False)

    def as_dict(self) -> dict[str, Any]:
        """The scores as a plain dict (without the per-toponym errors)."""
        return {k: v for k, v in self.__dict__.items() if k != "errors_km"}


def read_gold(path: str | Path, *, limit: int | None = None) -> Iterator[dict[str, Any]]:
    """Yield the articles of a JSONL gold file, at most ``limit`` of them."""
    with Path(path).open(encoding="utf-8") as fh:
        for i, line in enumerate(fh):
            if limit is not None and i >= limit:
                return
            if line.strip():
                yield json.loads(line)


def _prf(tp: int, n_pred: int, n_gold: int) -> tuple[float, float, float]:
    p = tp / n_pred if n_pred else 0.0
    r = tp / n_gold if n_gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def toponyms_from_gold(
    article: Mapping[str, Any], *, literal: bool = False
) -> tuple[list[dict[str, Any]], list[tuple[int, int]]]:
    """Gold toponyms of an article and the spans whose predictions are ignored.

    With ``literal``, only GeoWebNews' literal group is gold and predictions that overlap the
    other gold spans are neither rewarded nor penalised.
    """
    gold = list(article["toponyms"])
    if not literal:
        return gold, []
    ignore = [(t["start"], t["end"]) for t in gold if t.get("type") not in LITERAL_TYPES]
    return [t for t in gold if t.get("type") in LITERAL_TYPES], ignore


def scores_from_predictions(
    gold: Iterable[Mapping[str, Any]],
    predictions: Mapping[str, Sequence[PredictedSpan]],
    *,
    literal: bool = False,
) -> Scores:
    """Score predictions against gold articles.

    Parameters
    ----------
    gold
        Gold articles (dicts with ``id`` and ``toponyms``).
    predictions
        Predicted spans per article id; an absent id counts as a missing prediction file.
    literal
        Keep only GeoWebNews' literal group as gold.

    Returns
    -------
    Scores

    Examples
    --------
    >>> gold = [{"id": "a", "toponyms": [{"start": 0, "end": 5, "lat": 48.85, "lon": 2.35}]}]
    >>> s = scores_from_predictions(gold, {"a": [PredictedSpan(0, 5, (48.86, 2.35))]})
    >>> s.strict_f1, s.acc161
    (1.0, 1.0)
    """
    tp_s = tp_o = n_pred = n_gold = missing = 0
    errors: list[float] = []
    for art in gold:
        toponyms, ignore = toponyms_from_gold(art, literal=literal)
        pred = predictions.get(art["id"])
        if pred is None:
            missing += 1
            pred = []
        if literal:
            pred = [p for p in pred if not any(p.start < e and s < p.end for s, e in ignore)]
        n_pred += len(pred)
        n_gold += len(toponyms)
        used: set[int] = set()
        for t in toponyms:
            hit: tuple[int, bool] | None = None
            for k, p in enumerate(pred):
                if k in used:
                    continue
                if p.start == t["start"] and p.end == t["end"]:
                    hit = (k, True)
                    break
                if hit is None and p.start < t["end"] and t["start"] < p.end:
                    hit = (k, False)
            if hit is None:
                continue
            k, strict = hit
            used.add(k)
            tp_o += 1
            tp_s += strict
            point = pred[k].point
            if t.get("lat") is not None and point is not None:
                errors.append(haversine_km(point[0], point[1], float(t["lat"]), float(t["lon"])))
    ps, rs, fs = _prf(tp_s, n_pred, n_gold)
    po, ro, fo = _prf(tp_o, n_pred, n_gold)
    out = Scores(
        gold=n_gold,
        pred=n_pred,
        missing=missing,
        strict_p=round(ps, 3),
        strict_r=round(rs, 3),
        strict_f1=round(fs, 3),
        overlap_p=round(po, 3),
        overlap_r=round(ro, 3),
        overlap_f1=round(fo, 3),
        resolved=len(errors),
        errors_km=errors,
    )
    if errors:
        out.acc161 = round(sum(e <= 161 for e in errors) / len(errors), 3)
        out.auc = round(
            sum(math.log(e + 1) for e in errors) / (len(errors) * math.log(MAX_KM + 1)), 3
        )
        out.mean_km = round(statistics.fmean(errors), 1)
        out.median_km = round(statistics.median(errors), 1)
    return out


def predictions_from_case_file(path: str | Path) -> list[PredictedSpan]:
    """Predicted spans of a case file: every mention of every place feature, with its point."""
    fc = json.loads(Path(path).read_text(encoding="utf-8"))
    out = []
    for feat in fc.get("features", []):
        props = feat.get("properties") or {}
        if props.get("layer") != "place":
            continue
        geom = feat.get("geometry") or {}
        point = None
        if geom.get("type") == "Point":
            point = (float(geom["coordinates"][1]), float(geom["coordinates"][0]))
        for m in props.get("mentions") or []:
            if isinstance(m, dict) and "start" in m and "end" in m:
                out.append(PredictedSpan(int(m["start"]), int(m["end"]), point))
    return out


def _place_features(places: Sequence[Any]) -> dict[str, Any]:
    features = [
        {
            "type": "Feature",
            "id": p.id,
            "geometry": {"type": "Point", "coordinates": [p.lon, p.lat]},
            "properties": {
                "layer": "place",
                "name": p.name,
                "mentions": [{"text": s.text, "start": s.start, "end": s.end} for s in p.mentions],
                "country_code": p.country_code,
                "feature_type": p.feature_type,
                "gazetteer_id": p.gazetteer_id,
                "precision": p.precision,
            },
        }
        for p in places
    ]
    return {"type": "FeatureCollection", "features": features}


def predictions_from_text(
    text: str, *, lang: str | None = None, out: Path | None = None, name: str = ""
) -> list[PredictedSpan]:
    """Run recognition and geocoding on a text and return its predicted toponyms.

    Parameters
    ----------
    text
        Article text.
    lang
        Its language (detected when None).
    out
        Folder to write ``<name>.geojson`` with the place features into, when given.
    name
        File stem for ``out``.

    Returns
    -------
    list of PredictedSpan
    """
    from routes._nlp import parse
    from routes.geocode import places_from_mentions
    from routes.ingest import article_from_text
    from routes.recognise import mentions_from_article

    article = article_from_text(text, lang=lang)
    parsed = parse(article)
    # Adjectives of place ("marseillais") are on the map but are not toponyms: the gold sets
    # do not mark them.
    mentions = [m for m in mentions_from_article(article, parsed=parsed)
                if m.source != "adjective"]
    places = places_from_mentions(mentions, article)
    if out is not None:
        out.mkdir(parents=True, exist_ok=True)
        (out / f"{name}.geojson").write_text(
            json.dumps(_place_features(places), ensure_ascii=False), encoding="utf-8"
        )
    return [PredictedSpan(s.start, s.end, (p.lat, p.lon)) for p in places for s in p.mentions]


def evaluate_toponyms(
    gold_path: str | Path,
    *,
    limit: int | None = None,
    literal: bool = False,
    out: Path | None = None,
) -> Scores:
    """Run the pipeline on every article of a gold file and score it.

    Parameters
    ----------
    gold_path
        JSONL gold file.
    limit
        Score only the first ``limit`` articles.
    literal
        Keep only GeoWebNews' literal group as gold.
    out
        Folder for one ``<id>.geojson`` per article (for the shared scorer), when given.

    Returns
    -------
    Scores
        With ``seconds_per_article`` the mean time of recognition and geocoding.

    Examples
    --------
    >>> evaluate_toponyms("geowebnews.jsonl", limit=20).acc161  # doctest: +SKIP
    0.93
    """
    from routes._nlp import nlp_for
    from routes.gazetteer import gazetteer_from_cache

    gold = list(read_gold(gold_path, limit=limit))
    gazetteer_from_cache()
    for lang in {a.get("lang") or "en" for a in gold}:
        nlp_for(lang)
    predictions: dict[str, list[PredictedSpan]] = {}
    start = time.perf_counter()
    for art in gold:
        predictions[art["id"]] = predictions_from_text(
            art["text"], lang=art.get("lang"), out=out, name=str(art["id"])
        )
    elapsed = time.perf_counter() - start
    scores = scores_from_predictions(gold, predictions, literal=literal)
    scores.articles = len(gold)
    scores.seconds_per_article = round(elapsed / len(gold), 3) if gold else None
    return scores


_COLUMNS = (
    ("articles", "articles"),
    ("gold", "gold"),
    ("pred", "pred"),
    ("strict_p", "strict P"),
    ("strict_r", "strict R"),
    ("strict_f1", "strict F1"),
    ("overlap_f1", "overlap F1"),
    ("resolved", "resolved"),
    ("acc161", "acc@161"),
    ("auc", "AUC"),
    ("mean_km", "mean km"),
    ("median_km", "median km"),
    ("seconds_per_article", "s/article"),
)


def scores_to_table(rows: Mapping[str, Scores]) -> str:
    """A Markdown table with one row per named run."""
    head = "| set | " + " | ".join(label for _, label in _COLUMNS) + " |"
    rule = "|---|" + "---:|" * len(_COLUMNS)
    lines = [head, rule]
    for name, s in rows.items():
        d = s.as_dict()
        cells = ["–" if d[k] is None else str(d[k]) for k, _ in _COLUMNS]
        lines.append(f"| {name} | " + " | ".join(cells) + " |")
    return "\n".join(lines)
