"""Batch: run the pipeline on a corpus of articles into a GeoPackage store, locally or on Dask.

:func:`articles_to_store` is the entry point (``routes batch`` on the command line). Inputs are
article files, folders, glob patterns and JSONL files of ``{id, text, url, published, lang}``
records. A batch is resumable: articles whose content hash is already stored are skipped. A
failing article is stored with its error and the batch goes on. Results are written by this
process, one transaction per chunk of articles, in input order, so the local and the Dask
engines write the same rows.
"""

from __future__ import annotations

import contextlib
import glob
import hashlib
import json
import logging
import time
import uuid
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any

from routes import settings
from routes.errors import ArticleError, GazetteerError, ModelError, RoutesError
from routes.ingest import Article, article_from_path, article_from_text
from routes.store import ArticleRecord, open_store, rebuild_layers, stored_hashes, write_records

if TYPE_CHECKING:
    from routes._nlp import Parsed

log = logging.getLogger(__name__)

__all__ = [
    "BatchPlan",
    "BatchReport",
    "articles_from_inputs",
    "articles_to_store",
    "plan_batch",
    "records_from_articles",
    "run_batch",
]

#: Articles per Dask task (a task costs ~1.5 ms of scheduling; an article ~50–200 ms).
PER_TASK = 25
ARTICLE_SUFFIXES = {".txt", ".md", ".markdown", ".html", ".htm", ".xhtml"}
JSONL_SUFFIXES = {".jsonl", ".ndjson"}
ENGINES = ("local", "dask")


@dataclass
class BatchPlan:
    """Articles to process, and what was found before any processing.

    Parameters
    ----------
    articles
        Articles to run the pipeline on, in input order, one per content hash.
    failures
        Inputs that could not be read (stored as errors).
    skipped
        Articles already stored (same content hash), not processed again.
    duplicates
        Articles whose text appeared earlier in the same batch.
    """

    articles: list[Article] = field(default_factory=list)
    failures: list[ArticleRecord] = field(default_factory=list)
    skipped: int = 0
    duplicates: int = 0


@dataclass
class BatchReport:
    """What a batch did.

    Parameters
    ----------
    store
        The GeoPackage written.
    processed
        Articles run through the pipeline and stored.
    failed
        Articles stored with an error (unreadable inputs included).
    skipped
        Articles already in the store.
    duplicates
        Repeated texts within the batch.
    chars
        Characters of the processed articles.
    seconds
        Wall time of the batch, reading included.
    layers
        Rows of the merged layers (places, legs, incidents).
    """

    store: Path
    processed: int = 0
    failed: int = 0
    skipped: int = 0
    duplicates: int = 0
    chars: int = 0
    seconds: float = 0.0
    layers: dict[str, int] = field(default_factory=dict)
    errors: list[str] = field(default_factory=list)


# --------------------------------------------------------------------------- inputs


def _hash(text: str) -> str:
    return hashlib.sha1(text.encode("utf-8"), usedforsecurity=False).hexdigest()


def _failure(source: str, exc: Exception, text: str | None = None) -> ArticleRecord:
    key = _hash(text) if text else "source:" + _hash(source)
    return ArticleRecord(sha1=key, source=source, status="error",
                         error=f"{type(exc).__name__}: {exc}", chars=len(text or ""))


def _expand(item: str) -> list[Path]:
    p = Path(item)
    if p.is_dir():
        wanted = ARTICLE_SUFFIXES | JSONL_SUFFIXES
        return sorted(f for f in p.rglob("*") if f.is_file() and f.suffix.lower() in wanted
                      and not f.name.startswith("."))
    if not p.exists() and glob.has_magic(item):
        # glob.glob, not Path.glob: the pattern may be absolute.
        matches = sorted(glob.glob(item, recursive=True))  # noqa: PTH207
        return [Path(m) for m in matches if Path(m).is_file()]
    return [p]


def _from_jsonl(path: Path) -> Iterator[Article | ArticleRecord]:
    with path.open(encoding="utf-8") as fh:
        for n, line in enumerate(fh, 1):
            if not line.strip():
                continue
            where = f"{path}:{n}"
            text = None
            try:
                rec = json.loads(line)
                if not isinstance(rec, dict):
                    msg = f"Expected a JSON object per line, got {type(rec).__name__} at {where}."
                    raise ArticleError(msg)
                text = rec.get("text")
                if not isinstance(text, str):
                    msg = f"Expected a 'text' string in the record at {where}."
                    raise ArticleError(msg)
                rid = str(rec.get("id") or n)
                lang = rec.get("lang") or rec.get("language") or None
                yield article_from_text(
                    text,
                    lang=lang if lang in settings.languages else None,
                    published=(rec.get("published") or rec.get("date") or None),
                    title=str(rec.get("title") or "") or _title(text),
                    source=f"{path}#{rid}",
                    url=str(rec.get("url") or ""),
                )
            except (ArticleError, json.JSONDecodeError) as exc:
                yield _failure(where, exc, text)


def _title(text: str) -> str:
    line = text.strip().split("\n", 1)[0].strip()
    return line if len(line) <= 200 else ""


def articles_from_inputs(inputs: Iterable[str | Path]) -> Iterator[Article | ArticleRecord]:
    """Read every article of the inputs, in order; unreadable ones as error records.

    Parameters
    ----------
    inputs
        Article files (``.txt``, ``.md``, ``.html``), folders (searched recursively), glob
        patterns (``"news/**/*.txt"``), JSONL files (one ``{id, text, url, published, lang}``
        object per line) or ``-`` for one article on stdin.

    Yields
    ------
    Article or ArticleRecord
        An article, or the error record of an input that could not be read.

    Examples
    --------
    >>> items = list(articles_from_inputs(["tests/data/articles"]))  # doctest: +SKIP
    """
    for item in inputs:
        paths = _expand(str(item))
        if not paths:
            yield _failure(str(item), ArticleError(f"No file matches {str(item)!r}."))
        for path in paths:
            if path.suffix.lower() in JSONL_SUFFIXES and path.is_file():
                yield from _from_jsonl(path)
                continue
            try:
                yield article_from_path(path)
            except ArticleError as exc:
                yield _failure(str(path), exc)


# --------------------------------------------------------------------------- pipeline


def _record(article: Article, **kw: Any) -> ArticleRecord:
    return ArticleRecord(
        sha1=article.sha1, source=article.source, url=article.url, title=article.title,
        published=article.published.isoformat() if article.published else "",
        lang=article.lang, chars=len(article.text), **kw,
    )


def records_from_articles(articles: Sequence[Article]) -> list[ArticleRecord]:
    """Run the pipeline on articles (one Dask task); an article that fails gets its error.

    Raises
    ------
    ModelError, GazetteerError
        If the environment is broken (every article would fail): the batch stops.
    """
    from routes._nlp import parse_many
    from routes.case import case_from_article, case_to_geojson

    try:  # one spaCy batch for the task: several times faster than article by article
        parses: list[Parsed | None] = list(parse_many(articles))
    except (ModelError, GazetteerError):
        raise
    except Exception:
        parses = [None] * len(articles)
    out = []
    for article, parsed in zip(articles, parses, strict=True):
        try:
            fc = case_to_geojson(case_from_article(article, parsed=parsed))
            text = json.dumps(fc, ensure_ascii=False, separators=(",", ":"))
            out.append(_record(article, case=text))
        except (ModelError, GazetteerError):
            raise
        except Exception as exc:  # a bad article must not stop the corpus
            log.warning("article %s failed: %s: %s", article.source or article.sha1[:12],
                        type(exc).__name__, exc)
            out.append(_record(article, status="error", error=f"{type(exc).__name__}: {exc}"))
    return out


def plan_batch(inputs: Iterable[str | Path], store: str | Path) -> BatchPlan:
    """Read the inputs and leave out the articles the store already holds.

    Parameters
    ----------
    inputs
        See :func:`articles_from_inputs`.
    store
        The GeoPackage (created when missing).

    Returns
    -------
    BatchPlan
    """
    with open_store(store) as con:
        done = stored_hashes(con)
    plan = BatchPlan()
    seen: set[str] = set()
    for item in articles_from_inputs(inputs):
        if isinstance(item, ArticleRecord):
            plan.failures.append(item)
            continue
        key = item.sha1
        if key in done:
            plan.skipped += 1
        elif key in seen:
            plan.duplicates += 1
        else:
            seen.add(key)
            plan.articles.append(item)
    return plan


def _chunks(articles: Sequence[Article], size: int) -> list[list[Article]]:
    return [list(articles[i : i + size]) for i in range(0, len(articles), size)]


def _run_local(chunks: list[list[Article]]) -> Iterator[list[ArticleRecord]]:
    for chunk in chunks:
        yield records_from_articles(chunk)


def _run_dask(chunks: list[list[Article]], *, scheduler: str | None,
              workers: int) -> Iterator[list[ArticleRecord]]:
    """Run chunks on Dask; yield results in chunk order as they complete."""
    from distributed import Client, LocalCluster, as_completed

    with contextlib.ExitStack() as stack:
        if scheduler:
            client = stack.enter_context(Client(scheduler))  # type: ignore[no-untyped-call]
        else:
            cluster = stack.enter_context(LocalCluster(  # type: ignore[no-untyped-call]
                n_workers=workers, threads_per_worker=1, processes=True,
                dashboard_address=":0", silence_logs=logging.ERROR,
            ))
            client = stack.enter_context(Client(cluster))  # type: ignore[no-untyped-call]
        n_workers = max(1, len(client.scheduler_info().get("workers", {})) or workers)
        limit = 2 * n_workers + 1
        todo = iter(enumerate(chunks))
        running: dict[Any, int] = {}
        done: dict[int, list[ArticleRecord]] = {}
        nxt = 0
        run = uuid.uuid4().hex[:12]  # task keys unique on a shared scheduler
        pool = as_completed()  # type: ignore[no-untyped-call]

        def submit() -> bool:
            item = next(todo, None)
            if item is None:
                return False
            i, chunk = item
            fut = client.submit(records_from_articles, chunk, pure=False,
                                key=f"routes-batch-{run}-{i}")
            running[fut] = i
            pool.add(fut)  # type: ignore[no-untyped-call]
            return True

        for _ in range(limit):
            if not submit():
                break
        for fut in pool:
            i = running.pop(fut)
            done[i] = fut.result()
            fut.release()
            submit()
            while nxt in done:
                yield done.pop(nxt)
                nxt += 1


def run_batch(
    plan: BatchPlan,
    store: str | Path,
    *,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
    per_task: int = PER_TASK,
    on_article: Callable[[], None] | None = None,
) -> BatchReport:
    """Process a plan into the store, then rebuild the merged layers.

    Parameters
    ----------
    plan
        From :func:`plan_batch`.
    store
        The GeoPackage.
    engine
        ``local`` (this process) or ``dask`` (dask.distributed).
    scheduler
        Address of an existing Dask scheduler (``tcp://host:8786``); a LocalCluster of
        ``workers`` processes when None.
    workers
        Worker processes of the LocalCluster.
    per_task
        Articles per Dask task, and per transaction.
    on_article
        Called once per article done (a progress bar).

    Returns
    -------
    BatchReport
    """
    if engine not in ENGINES:
        msg = f"Expected an engine among {', '.join(ENGINES)}, got {engine!r}."
        raise RoutesError(msg)
    if per_task < 1 or workers < 1:
        msg = f"Expected --per-task and --workers ≥ 1, got {per_task} and {workers}."
        raise RoutesError(msg)
    t0 = time.perf_counter()
    report = BatchReport(store=Path(store), skipped=plan.skipped, duplicates=plan.duplicates)
    chunks = _chunks(plan.articles, per_task)
    with open_store(store) as con:
        if plan.failures:
            write_records(con, plan.failures)
            report.failed += len(plan.failures)
            report.errors += [f"{r.source}: {r.error}" for r in plan.failures]
        if chunks:
            results = (_run_dask(chunks, scheduler=scheduler, workers=workers)
                       if engine == "dask" else _run_local(chunks))
            for records in results:
                write_records(con, records)
                for r in records:
                    if r.status == "ok":
                        report.processed += 1
                        report.chars += r.chars
                    else:
                        report.failed += 1
                        report.errors.append(f"{r.source or r.sha1}: {r.error}")
                    if on_article is not None:
                        on_article()
        rebuild_layers(con)
        report.layers = {
            table: int(con.execute(f'SELECT count(*) FROM "{table}"').fetchone()[0])  # noqa: S608
            for table in ("places", "legs", "incidents")
        }
    report.seconds = time.perf_counter() - t0
    return report


def articles_to_store(
    inputs: Iterable[str | Path],
    store: str | Path,
    *,
    engine: str = "local",
    scheduler: str | None = None,
    workers: int = 2,
    per_task: int = PER_TASK,
) -> BatchReport:
    """Run the pipeline on a corpus into a GeoPackage store, merged across articles.

    Parameters
    ----------
    inputs
        Article files, folders, glob patterns and JSONL files (see
        :func:`articles_from_inputs`).
    store
        The ``.gpkg`` to create or add to; articles already in it are skipped.
    engine, scheduler, workers, per_task
        See :func:`run_batch`.

    Returns
    -------
    BatchReport

    Examples
    --------
    >>> report = articles_to_store(["tests/data/articles"], "output/corpus.gpkg")  # doctest: +SKIP
    >>> report.processed, report.layers  # doctest: +SKIP
    (8, {'places': 31, 'legs': 9, 'incidents': 17})
    >>> import routes
    >>> routes.read("output/corpus.gpkg").map()  # doctest: +SKIP
    """
    t0 = time.perf_counter()
    plan = plan_batch(inputs, store)
    report = run_batch(plan, store, engine=engine, scheduler=scheduler, workers=workers,
                       per_task=per_task)
    report.seconds = time.perf_counter() - t0
    return report
