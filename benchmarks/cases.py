"""Score `routes` on annotated articles (gold in the seed's expected.json format).

Usage: python benchmarks/cases.py [GOLD_DIR_OR_FILES...] [--scorer ../shared/tools/score_case.py]

Default gold: tests/data/articles/*.json (our own annotated fixtures, four languages) and the seed
article ../shared/seed/expected.json when present. Prints per-article scores and the totals the
issues' goals use: place recall/precision, directed leg recall/precision, incident recall (type
and place right), dated share of found incidents, predicted incidents per true one.
"""

from __future__ import annotations

import argparse
import importlib.util
import json
import sys
import time
from pathlib import Path

import routes

ROOT = Path(__file__).resolve().parent.parent


def load_scorer(path: Path):
    spec = importlib.util.spec_from_file_location("score_case", path)
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


def main() -> None:
    ap = argparse.ArgumentParser()
    ap.add_argument("gold", nargs="*")
    ap.add_argument("--scorer", default=str(ROOT.parent / "shared" / "tools" / "score_case.py"))
    ap.add_argument("-v", "--verbose", action="store_true")
    ap.add_argument(
        "--fatal-shooting-either", action="store_true",
        help="accept 'shooting' for a gold 'murder' and the reverse: the seed marks a fatal "
             "shooting 'shooting', other annotators 'murder' (routes follows the seed)",
    )
    args = ap.parse_args()
    scorer = load_scorer(Path(args.scorer))
    golds: list[tuple[Path, Path]] = []
    if args.gold:
        for g in args.gold:
            gp = Path(g)
            golds.append((gp, gp.with_suffix(".txt")))
    else:
        for gp in sorted((ROOT / "tests" / "data" / "articles").glob("*.json")):
            golds.append((gp, gp.with_suffix(".txt")))
        seed = ROOT.parent / "shared" / "seed" / "expected.json"
        if seed.exists():
            golds.append((seed, next(seed.parent.glob("*.txt"))))
    tot: dict[str, float] = {}
    rows = []
    t0 = time.perf_counter()
    for gp, tp in golds:
        gold = json.loads(gp.read_text(encoding="utf-8"))
        for inc in gold.get("incidents", []):
            # Some annotators list only the alternatives in type_ok; the scorer reads it as
            # the whole set of accepted types, so the type itself belongs in it.
            if "type_ok" in inc:
                inc["type_ok"] = sorted({inc["type"], *inc["type_ok"]})
        if args.fatal_shooting_either:
            for inc in gold.get("incidents", []):
                if inc["type"] in {"murder", "shooting"}:
                    inc["type_ok"] = sorted({*inc.get("type_ok", [inc["type"]]), "murder",
                                             "shooting"})
        case = routes.read(tp, lang=gold.get("lang"), published=gold.get("published"))
        fc = case.to_geojson()
        by = {"place": [], "route": [], "incident": []}
        for f in fc["features"]:
            by[f["properties"]["layer"]].append(f)
        r = scorer.score(gold, by)
        gold_flows = {(leg["from"], leg["to"]) for leg in gold.get("legs", [])
                      if leg.get("required", True)}
        r["legs_tp"] = r["legs_pred"] - r["legs_fp"]
        r["legs_gold_req"] = len(gold_flows)
        rows.append((gp.stem, r))
        for k, v in r.items():
            if isinstance(v, (int, float)):
                tot[k] = tot.get(k, 0) + v
        if args.verbose:
            print(gp.stem, {k: v for k, v in r.items() if isinstance(v, list) and v})
    elapsed = time.perf_counter() - t0

    def ratio(a: str, b: str) -> float:
        return tot.get(a, 0) / tot[b] if tot.get(b) else float("nan")

    print(f"{'article':<28} places f/g  fp  legs f/g fp  links f/g  inc f/g dated pred")
    for name, r in rows:
        print(f"{name:<28} {r['places_found']:>3}/{r['places_gold']:<3} {r['places_fp']:>3}"
              f"  {r['legs_found']:>3}/{r['legs_gold']:<2}{r['legs_fp']:>3}"
              f"  {r['links_found']:>3}/{r['links_gold']:<3}"
              f"  {r['incidents_found']:>3}/{r['incidents_gold']:<3}{r['incidents_dated']:>4}"
              f"{r['incidents_pred']:>5}")
    print()
    print(f"place recall      {ratio('places_found', 'places_gold'):.3f}")
    print(f"place precision   {1 - ratio('places_fp', 'places_pred'):.3f}")
    print(f"leg recall        {ratio('legs_found', 'legs_gold'):.3f}")
    print(f"leg precision     {ratio('legs_tp', 'legs_pred'):.3f}")
    print(f"link recall       {ratio('links_found', 'links_gold'):.3f}")
    print(f"incident recall   {ratio('incidents_found', 'incidents_gold'):.3f}")
    print(f"dated / found     {ratio('incidents_dated', 'incidents_found'):.3f}")
    print(f"pred per true     {ratio('incidents_pred', 'incidents_gold'):.3f}")
    print(f"articles {len(rows)} in {elapsed:.1f} s")
    sys.stdout.flush()


if __name__ == "__main__":
    main()
