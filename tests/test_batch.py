"""Batch ingestion: inputs, resumability, failures recorded, the CLI, local vs Dask rows."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pytest
from typer.testing import CliRunner

import routes
from routes.batch import (
    articles_from_inputs,
    articles_to_store,
    plan_batch,
    run_batch,
)
from routes.cli import app
from routes.store import ArticleRecord

DATA = Path(__file__).resolve().parent / "data" / "articles"


@pytest.fixture(scope="module")
def corpus(tmp_path_factory):
    """Two fixture articles, a JSONL of two records (one empty), and a binary file."""
    folder = tmp_path_factory.mktemp("corpus")
    shutil.copy(DATA / "fr_1.txt", folder / "fr_1.txt")
    shutil.copy(DATA / "en_1.txt", folder / "en_1.txt")
    (folder / "broken.txt").write_bytes(b"%PDF-1.4 binary")
    records = [
        {"id": "r1", "text": (DATA / "es_1.txt").read_text(encoding="utf-8"),
         "url": "https://example.org/r1", "published": "2024-05-02", "lang": "es"},
        {"id": "r2", "text": "   ", "url": "https://example.org/r2"},
    ]
    (folder / "feed.jsonl").write_text(
        "\n".join(json.dumps(r, ensure_ascii=False) for r in records) + "\n", encoding="utf-8")
    return folder


@pytest.fixture(scope="module")
def first_run(corpus, tmp_path_factory):
    store = tmp_path_factory.mktemp("store") / "corpus.gpkg"
    return store, articles_to_store([corpus], store, per_task=2)


def _rows(store, table):
    with sqlite3.connect(store) as con:
        return con.execute(f'SELECT * FROM "{table}" ORDER BY fid').fetchall()


def test_inputs_files_folders_globs_jsonl(corpus):
    items = list(articles_from_inputs([corpus / "*.txt", corpus / "feed.jsonl"]))
    arts = [i for i in items if isinstance(i, routes.Article)]
    fails = [i for i in items if isinstance(i, ArticleRecord)]
    assert sorted(Path(a.source).name for a in arts) == ["en_1.txt", "feed.jsonl#r1", "fr_1.txt"]
    r1 = next(a for a in arts if a.source.endswith("#r1"))
    assert (r1.lang, r1.url, str(r1.published)) == ("es", "https://example.org/r1", "2024-05-02")
    assert sorted(f.error.split(":")[0] for f in fails) == ["ArticleError", "ArticleError"]
    assert next(articles_from_inputs([corpus / "nothing*.txt"])).status == "error"


def test_batch_stores_articles_and_failures(first_run):
    store, report = first_run
    assert (report.processed, report.failed, report.skipped) == (3, 2, 0)
    articles = {r[2]: r for r in _rows(store, "articles")}  # by source
    errors = {Path(s).name: r for s, r in articles.items() if r[8] == "error"}
    assert set(errors) == {"broken.txt", "feed.jsonl:2"}
    assert "binary" in errors["broken.txt"][9]
    assert report.layers["places"] > 0
    assert report.layers["incidents"] > 0


def test_second_run_skips_stored_articles(first_run, corpus):
    store, _ = first_run
    before = {t: _rows(store, t) for t in ("places", "legs", "incidents")}
    plan = plan_batch([corpus], store)
    assert (len(plan.articles), plan.skipped, len(plan.failures)) == (0, 3, 2)
    report = run_batch(plan, store)
    assert report.processed == 0
    assert {t: _rows(store, t) for t in before} == before


def test_failing_article_recorded_and_batch_goes_on(corpus, tmp_path, monkeypatch):
    import routes.case

    real = routes.case.case_from_article

    def flaky(article, **kw):
        if article.lang == "en":
            raise RuntimeError("boom")
        return real(article, **kw)

    monkeypatch.setattr(routes.case, "case_from_article", flaky)
    report = articles_to_store([corpus / "fr_1.txt", corpus / "en_1.txt"], tmp_path / "s.gpkg")
    assert (report.processed, report.failed) == (1, 1)
    assert report.errors[0].endswith("RuntimeError: boom")
    monkeypatch.undo()
    again = articles_to_store([corpus / "fr_1.txt", corpus / "en_1.txt"], tmp_path / "s.gpkg")
    assert (again.processed, again.skipped, again.failed) == (1, 1, 0)  # errors are retried


def test_cli_batch_and_map(corpus, tmp_path):
    runner = CliRunner()
    store = tmp_path / "c.gpkg"
    r = runner.invoke(app, ["batch", str(corpus / "fr_1.txt"), "--store", str(store)])
    assert r.exit_code == 0, r.output
    assert "1 articles added" in r.output
    r = runner.invoke(app, ["map", str(store), "-o", str(tmp_path / "m.html")])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "m.html").stat().st_size > 0
    r = runner.invoke(app, ["batch", str(corpus / "broken.txt"), "--store", str(store)])
    assert r.exit_code == 3
    r = runner.invoke(app, ["batch", str(corpus), "--store", str(store), "--engine", "spark"])
    assert r.exit_code == 2


@pytest.mark.slow
def test_local_and_dask_write_the_same_rows(corpus, first_run, tmp_path):
    store, _ = first_run
    other = tmp_path / "dask.gpkg"
    report = articles_to_store([corpus], other, engine="dask", workers=2, per_task=1)
    assert report.processed == 3
    for table in ("articles", "places", "legs", "incidents"):
        assert _rows(other, table) == _rows(store, table), table


def test_interrupted_batch_keeps_committed_chunks(corpus, tmp_path, monkeypatch):
    import routes.batch
    from routes.errors import ModelError

    calls = []

    def fake(articles):
        calls.append(len(articles))
        if len(calls) == 2:
            raise ModelError("model gone")
        return [routes.batch._record(a, case='{"type":"FeatureCollection","features":[]}')
                for a in articles]

    monkeypatch.setattr(routes.batch, "records_from_articles", fake)
    store = tmp_path / "s.gpkg"
    inputs = [corpus / "fr_1.txt", corpus / "en_1.txt", corpus / "feed.jsonl"]
    with pytest.raises(ModelError):
        articles_to_store(inputs, store, per_task=1)
    assert len(_rows(store, "articles")) == 2  # the first chunk and the unreadable record
    report = articles_to_store(inputs, store, per_task=1)
    assert (report.skipped, report.processed) == (1, 2)
