"""Tests for routes.evaluate: span and distance scoring on hand-made gold and predictions."""

from __future__ import annotations

import json
import math
from pathlib import Path

import pytest

from routes.evaluate import (
    PredictedSpan,
    Scores,
    predictions_from_case_file,
    read_gold,
    scores_from_predictions,
    scores_to_table,
)

# "Drugs went from Cali to Antwerp via Panama."
GOLD = [
    {
        "id": "a1",
        "toponyms": [
            {"start": 16, "end": 20, "name": "Cali", "lat": 3.44, "lon": -76.52, "type": "Literal"},
            {"start": 24, "end": 31, "name": "Antwerp", "lat": 51.22, "lon": 4.40,
             "type": "Literal"},
            {"start": 36, "end": 42, "name": "Panama", "lat": 9.0, "lon": -80.0,
             "type": "Metonymic"},
        ],
    },
    {"id": "a2", "toponyms": [{"start": 0, "end": 5, "name": "Texas", "lat": None, "lon": None,
                               "type": "Literal"}]},
]
PRED = {
    "a1": [
        PredictedSpan(16, 20, (3.45, -76.53)),  # strict, ~1.5 km
        PredictedSpan(20, 31, (51.9, 4.5)),  # overlap only, ~76 km
        PredictedSpan(50, 55, (0.0, 0.0)),  # false positive
    ],
}


def test_scores_by_hand() -> None:
    s = scores_from_predictions(GOLD, PRED)
    assert (s.gold, s.pred, s.missing) == (4, 3, 1)
    assert s.strict_p == round(1 / 3, 3)
    assert s.strict_r == 0.25
    assert s.strict_f1 == round(2 * (1 / 3) * 0.25 / (1 / 3 + 0.25), 3)
    assert (s.overlap_p, s.overlap_r) == (round(2 / 3, 3), 0.5)
    assert s.resolved == 2
    assert s.acc161 == 1.0
    assert s.mean_km is not None
    assert 30 < s.mean_km < 50
    expected_auc = sum(math.log(e + 1) for e in s.errors_km) / (2 * math.log(20040))
    assert s.auc == round(expected_auc, 3)


def test_one_prediction_matches_one_gold() -> None:
    gold = [{"id": "x", "toponyms": [{"start": 0, "end": 4}, {"start": 0, "end": 4}]}]
    s = scores_from_predictions(gold, {"x": [PredictedSpan(0, 4)]})
    assert (s.strict_p, s.strict_r) == (1.0, 0.5)
    assert s.acc161 is None


def test_literal_ignores_non_literal_gold() -> None:
    s = scores_from_predictions(GOLD[:1], PRED, literal=True)
    assert s.gold == 2
    assert s.pred == 3  # the false positive overlaps no ignored span


def test_case_file_round_trip(tmp_path: Path) -> None:
    fc = {"type": "FeatureCollection", "features": [
        {"type": "Feature", "geometry": {"type": "Point", "coordinates": [4.4, 51.22]},
         "properties": {"layer": "place", "mentions": [{"text": "Anvers", "start": 3, "end": 9}]}},
        {"type": "Feature", "geometry": None, "properties": {"layer": "incident"}},
    ]}
    path = tmp_path / "a.geojson"
    path.write_text(json.dumps(fc), encoding="utf-8")
    assert predictions_from_case_file(path) == [PredictedSpan(3, 9, (51.22, 4.4))]


def test_read_gold_and_table(tmp_path: Path) -> None:
    path = tmp_path / "g.jsonl"
    path.write_text("\n".join(json.dumps(a) for a in GOLD) + "\n", encoding="utf-8")
    assert [a["id"] for a in read_gold(path, limit=1)] == ["a1"]
    table = scores_to_table({"tiny": Scores(gold=1)})
    assert table.splitlines()[0].startswith("| set |")
    assert "| tiny |" in table


@pytest.mark.slow
def test_pipeline_on_a_tiny_gold_set(tmp_path: Path) -> None:
    from routes.evaluate import evaluate_toponyms

    text = "Police in Rotterdam seized cocaine shipped from Ecuador."
    gold = {"id": "t", "lang": "en", "text": text, "toponyms": [
        {"start": 10, "end": 19, "name": "Rotterdam", "lat": 51.92, "lon": 4.48},
        {"start": 48, "end": 55, "name": "Ecuador", "lat": -1.5, "lon": -78.0},
    ]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    s = evaluate_toponyms(path, out=tmp_path / "out")
    assert s.strict_f1 == 1.0
    assert s.acc161 == 1.0
    assert (tmp_path / "out" / "t.geojson").exists()


@pytest.mark.slow
def test_eval_command(tmp_path: Path) -> None:
    from typer.testing import CliRunner

    from routes.cli import app

    text = "Police in Rotterdam seized cocaine shipped from Ecuador."
    gold = {"id": "t", "lang": "en", "text": text, "toponyms": [
        {"start": 10, "end": 19, "name": "Rotterdam", "lat": 51.92, "lon": 4.48}]}
    path = tmp_path / "g.jsonl"
    path.write_text(json.dumps(gold) + "\n", encoding="utf-8")
    result = CliRunner().invoke(app, ["eval", "toponyms", str(path), "--limit", "1"])
    assert result.exit_code == 0, result.output
    assert "| g | 1 | 1 | 2 |" in result.output
