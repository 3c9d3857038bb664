"""Run the toponym benchmarks and write docs/geocoding.md.

Usage: python benchmarks/geoparsing.py [GOLD_FOLDER] [--limit N] [--no-write]

GOLD_FOLDER holds the public gold sets (geowebnews.jsonl, lgl.jsonl, trnews.jsonl,
hipe2020_fr.jsonl); it defaults to ../shared/benchmarks/geoparsing beside the repository.
The gold sets are not part of the repository (see their README for origin and licence).
"""

from __future__ import annotations

import argparse
import datetime as dt
import platform
import sys
from pathlib import Path

from routes.evaluate import Scores, evaluate_toponyms, scores_to_table

ROOT = Path(__file__).resolve().parents[1]
SETS = {
    "GeoWebNews": ("geowebnews.jsonl", False),
    "GeoWebNews (literal)": ("geowebnews.jsonl", True),
    "LGL": ("lgl.jsonl", False),
    "TR-News": ("trnews.jsonl", False),
    "HIPE-2020 fr": ("hipe2020_fr.jsonl", False),
}
GOALS = """\
| set | goal | published reference points |
|---|---|---|
| GeoWebNews | strict F1 ≥ 0.80, acc@161 ≥ 0.92 | recognition F1: Google Cloud NL 0.83, \
spaCy (2018) 0.75, Stanford NER 0.74, CLAVIN 0.55; acc@161: Mordecai 3 0.94 (gold spans, \
trained on part of the data) |
| LGL | acc@161 ≥ 0.85 | acc@161: CamCoder 0.76, Edinburgh 0.76, CLAVIN 0.71, population \
heuristic 0.70; Mordecai 3 0.83 (gold spans, trained on ~70 % of LGL) |
| TR-News | acc@161 ≥ 0.90 | – |
| HIPE-2020 French | overlap F1 ≥ 0.75 | recognition only (no coordinates) |
"""


def main(argv: list[str] | None = None) -> int:
    """Run every set and print (and write) the results table."""
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("gold", nargs="?", default=str(ROOT.parent / "shared/benchmarks/geoparsing"))
    ap.add_argument("--limit", type=int, default=None)
    ap.add_argument("--no-write", action="store_true")
    args = ap.parse_args(argv)
    folder = Path(args.gold)
    rows: dict[str, Scores] = {}
    for name, (file, literal) in SETS.items():
        path = folder / file
        if not path.exists():
            print(f"skipping {name}: no {path}", file=sys.stderr)
            continue
        rows[name] = evaluate_toponyms(path, limit=args.limit, literal=literal)
        print(f"{name}: {rows[name].as_dict()}", file=sys.stderr)
    table = scores_to_table(rows)
    print(table)
    if args.no_write:
        return 0
    doc = ROOT / "docs" / "geocoding.md"
    text = doc.read_text(encoding="utf-8") if doc.exists() else ""
    marker_a, marker_b = "<!-- results:start -->", "<!-- results:end -->"
    block = (
        f"{marker_a}\nMeasured {dt.date.today().isoformat()} with `python benchmarks/geoparsing.py`"
        f"{f' --limit {args.limit}' if args.limit else ''} on {platform.machine()} "
        f"({platform.python_version()}); s/article is recognition + geocoding time per article "
        "(models and gazetteer already loaded).\n\n"
        f"{table}\n\n{GOALS}{marker_b}"
    )
    if marker_a in text and marker_b in text:
        text = text[: text.index(marker_a)] + block + text[text.index(marker_b) + len(marker_b) :]
    else:
        text = (text or "# Geocoding\n\n") + "\n## Benchmark results\n\n" + block + "\n"
    doc.write_text(text, encoding="utf-8")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
