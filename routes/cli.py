"""Command line: ``routes extract`` (articles → case files) and ``routes map`` (→ HTML map).

Exit codes: 0 success; 1 unexpected error; 2 usage error; 3 bad input (article or case file:
every other input is still processed); 4 environment (model or gazetteer unavailable).
"""

from __future__ import annotations

import logging
import sys
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Annotated, TypeVar

import typer

from routes.errors import ArticleError, CaseFileError, GazetteerError, ModelError, RoutesError

log = logging.getLogger("routes")

EXIT_UNEXPECTED, EXIT_USAGE, EXIT_INPUT, EXIT_ENV = 1, 2, 3, 4

app = typer.Typer(
    add_completion=False,
    no_args_is_help=True,
    pretty_exceptions_enable=False,
    help="Turn news articles about drug trafficking into evidence-backed maps, offline.",
)

T = TypeVar("T")
Inputs = Annotated[list[str], typer.Argument(help="Article files (.txt, .md, .html), case "
                                             "files (.geojson), or - for stdin.")]
Lang = Annotated[str | None, typer.Option("--lang", help="Article language: fr, en, es, nl "
                                          "(detected when omitted).")]
Published = Annotated[str | None, typer.Option("--published", help="Publication date "
                                               "YYYY-MM-DD, anchors relative dates.")]
GeocoderName = Annotated[str, typer.Option(
    "--geocoder", help="offline (default: the embedded gazetteer only) or nominatim (online, "
    "for names the gazetteer lacks; rate-limited, cached, offline fallback).")]
UserAgent = Annotated[str, typer.Option("--user-agent", help="User agent for the online "
                                        "geocoder (Nominatim's policy asks for your own).")]
Verbose = Annotated[int, typer.Option("--verbose", "-v", count=True, help="More logging.")]
Quiet = Annotated[bool, typer.Option("--quiet", "-q", help="Errors only.")]


def _setup_logging(verbose: int, quiet: bool) -> None:
    level = logging.ERROR if quiet else (logging.DEBUG if verbose > 1 else
                                         logging.INFO if verbose else logging.WARNING)
    logging.basicConfig(level=level, format="%(levelname)s %(name)s: %(message)s",
                        stream=sys.stderr)
    logging.captureWarnings(True)


def _fail(message: str, code: int) -> typer.Exit:
    typer.echo(f"routes: error: {message}", err=True)
    return typer.Exit(code)


@contextmanager
def _progress(total: int, label: str) -> Iterator[Callable[[], None]]:
    """A rich progress bar on stderr for multi-file work (nothing for one file)."""
    if total <= 1 or not sys.stderr.isatty():
        yield lambda: None
        return
    from rich.progress import Progress

    with Progress(transient=True) as bar:
        task = bar.add_task(label, total=total)
        yield lambda: bar.advance(task)


def _each(inputs: Sequence[str], label: str, fn: Callable[[str], T]) -> tuple[list[T], int]:
    """Apply ``fn`` to every input; report failures on one line each and go on."""
    results: list[T] = []
    failed = 0
    with _progress(len(inputs), label) as advance:
        for item in inputs:
            try:
                results.append(fn(item))
            except (ArticleError, CaseFileError) as exc:
                failed += 1
                typer.echo(f"routes: error: {exc}", err=True)
            advance()
    return results, failed


def _case_from(  # type: ignore[no-untyped-def]
    item: str, lang: str | None, published: str | None, geocoder: object = None
):
    import routes

    return routes.read(item, lang=lang, published=published, geocoder=geocoder)  # type: ignore[arg-type]


def _online(name: str, user_agent: str):  # type: ignore[no-untyped-def]
    from routes.geocode import geocoder_from_name

    try:
        return geocoder_from_name(name, user_agent=user_agent)
    except ValueError as exc:
        raise _fail(str(exc), EXIT_USAGE) from None


def _guard(fn: Callable[[], int]) -> int:
    try:
        return fn()
    except (ArticleError, CaseFileError) as exc:
        raise _fail(str(exc), EXIT_INPUT) from None
    except (ModelError, GazetteerError) as exc:
        raise _fail(str(exc), EXIT_ENV) from None
    except RoutesError as exc:
        raise _fail(str(exc), EXIT_UNEXPECTED) from None
    except OSError as exc:
        raise _fail(f"{exc.strerror or exc}: {exc.filename or ''}".rstrip(": "),
                    EXIT_INPUT) from None


@app.command()
def extract(
    inputs: Inputs,
    output: Annotated[str, typer.Option("--output", "-o", help="Case file (OUT.geojson), or a "
                                        "folder (ending in / or existing) for one file per "
                                        "input.")] = "output/case.geojson",
    lang: Lang = None,
    published: Published = None,
    geocoder: GeocoderName = "offline",
    user_agent: UserAgent = "routes",
    verbose: Verbose = 0,
    quiet: Quiet = False,
) -> None:
    """Extract places, legs and incidents from articles into GeoJSON case files."""
    _setup_logging(verbose, quiet)

    def run() -> int:
        import routes

        online = _online(geocoder, user_agent)
        folder = output.endswith(("/", "\\")) or Path(output).is_dir()
        if folder:
            out_dir = Path(output)

            def one(item: str) -> Path:
                case = _case_from(item, lang, published, online)
                stem = "stdin" if item == "-" else Path(item).stem
                return routes.write_case(case, out_dir / f"{stem}.geojson")

            written, failed = _each(inputs, "extracting", one)
            for path in written:
                typer.echo(str(path))
        else:
            cases, failed = _each(inputs, "extracting",
                                  lambda item: _case_from(item, lang, published, online))
            if cases:
                target = Path(output if output.endswith(".geojson") else f"{output}.geojson")
                typer.echo(str(routes.write_case(routes.Case.combine(cases), target)))
        return EXIT_INPUT if failed else 0

    code = _guard(run)
    if code:
        raise typer.Exit(code)


@app.command("map")
def map_(
    inputs: Inputs,
    output: Annotated[str, typer.Option("--output", "-o", help="HTML file to write.")] = (
        "output/map.html"
    ),
    lang: Lang = None,
    published: Published = None,
    tiles: Annotated[str, typer.Option(help="Base map: light, dark or none.")] = "light",
    title: Annotated[str | None, typer.Option(help="Title over the map.")] = None,
    hide_inferred: Annotated[bool, typer.Option("--hide-inferred",
                                                help="Do not draw inferred legs.")] = False,
    self_contained: Annotated[bool, typer.Option(
        "--self-contained", help="Inline every asset and draw Natural Earth countries instead "
        "of tiles: the page makes no network request.")] = False,
    embed: Annotated[bool, typer.Option(
        "--embed", help="Also write <stem>.embed.html, a responsive <iframe> snippet.")] = False,
    png: Annotated[bool, typer.Option(
        "--png", help="Also write <stem>.png, a 1400 px wide preview (headless Chromium)."
    )] = False,
    geocoder: GeocoderName = "offline",
    user_agent: UserAgent = "routes",
    verbose: Verbose = 0,
    quiet: Quiet = False,
) -> None:
    """Render articles or case files as one interactive HTML map."""
    _setup_logging(verbose, quiet)

    def run() -> int:
        import routes
        from routes._io import write_atomic
        from routes.render import case_to_embed, case_to_map, html_to_png, map_to_page

        if tiles not in {"light", "dark", "none"}:
            raise _fail(f"Expected --tiles light, dark or none, got {tiles!r}.", EXIT_USAGE)
        online = _online(geocoder, user_agent)
        cases, failed = _each(inputs, "reading",
                              lambda item: _case_from(item, lang, published, online))
        if not cases:
            return EXIT_INPUT
        case = routes.Case.combine(cases)

        def page(offline: bool) -> str:
            m = case_to_map(case, tiles=tiles, title=title, show_inferred=not hide_inferred,
                            offline=offline)
            return map_to_page(m, self_contained=offline)

        target = Path(output if output.lower().endswith((".html", ".htm")) else f"{output}.html")
        html = page(self_contained)
        typer.echo(str(write_atomic(target, html)))
        if embed:
            snippet = target.with_name(f"{target.stem}.embed.html")
            typer.echo(str(case_to_embed(case, target, snippet, title=title)))
        if png:
            # The preview is always taken offline, from a self-contained page.
            shot = html if self_contained else page(True)
            try:
                typer.echo(str(html_to_png(shot, target.with_suffix(".png"))))
            except RoutesError as exc:
                raise _fail(str(exc), EXIT_ENV) from None
        return EXIT_INPUT if failed else 0

    code = _guard(run)
    if code:
        raise typer.Exit(code)


def main() -> None:
    """Entry point of the ``routes`` command: no traceback ever reaches the user."""
    try:
        app()
    except KeyboardInterrupt:
        typer.echo("routes: interrupted", err=True)
        sys.exit(130)
    except Exception as exc:
        log.debug("unexpected error", exc_info=True)
        typer.echo(f"routes: error: unexpected {type(exc).__name__}: {exc} "
                   "(run with -vv for details)", err=True)
        sys.exit(EXIT_UNEXPECTED)


eval_app = typer.Typer(no_args_is_help=True, help="Measure the pipeline on gold sets.")
app.add_typer(eval_app, name="eval")


@eval_app.command("toponyms")
def eval_toponyms(
    gold: Annotated[Path, typer.Argument(help="Gold set, one JSON article per line.")],
    limit: Annotated[int | None, typer.Option("--limit", help="First N articles only.")] = None,
    literal: Annotated[bool, typer.Option("--literal", help="GeoWebNews literal group only.")]
    = False,
    out: Annotated[Path | None, typer.Option("--out", help="Write <id>.geojson per article "
                                             "here.")] = None,
    verbose: Verbose = 0,
    quiet: Quiet = False,
) -> None:
    """Score toponym recognition and geocoding on a JSONL gold set."""
    _setup_logging(verbose, quiet)

    def run() -> int:
        from routes.evaluate import evaluate_toponyms, scores_to_table

        if not gold.exists():
            raise _fail(f"Expected a gold JSONL file, got no file at {str(gold)!r}.", EXIT_USAGE)
        scores = evaluate_toponyms(gold, limit=limit, literal=literal, out=out)
        typer.echo(scores_to_table({gold.stem: scores}))
        return 0

    code = _guard(run)
    if code:
        raise typer.Exit(code)


@app.command()
def batch(
    inputs: Annotated[list[str], typer.Argument(help="Article files, folders, glob patterns "
                                                "or JSONL files of {id, text, url, published, "
                                                "lang} records.")],
    store: Annotated[str, typer.Option("--store", "-s", help="GeoPackage to create or add "
                                       "to (articles already in it are skipped).")] = (
        "output/corpus.gpkg"
    ),
    engine: Annotated[str, typer.Option("--engine", help="local (this process) or dask "
                                        "(dask.distributed).")] = "local",
    scheduler: Annotated[str | None, typer.Option("--scheduler", help="Address of an existing "
                                                  "Dask scheduler (tcp://host:8786).")] = None,
    workers: Annotated[int, typer.Option("--workers", "-w", help="Worker processes of the "
                                         "local Dask cluster.")] = 2,
    per_task: Annotated[int, typer.Option("--per-task", help="Articles per Dask task and per "
                                          "transaction.")] = 25,
    verbose: Verbose = 0,
    quiet: Quiet = False,
) -> None:
    """Run a corpus of articles into a GeoPackage store, merged across articles."""
    _setup_logging(verbose, quiet)

    def run() -> int:
        from routes.batch import ENGINES, plan_batch, run_batch

        if engine not in ENGINES:
            raise _fail(f"Expected --engine local or dask, got {engine!r}.", EXIT_USAGE)
        if workers < 1 or per_task < 1:
            raise _fail("Expected --workers and --per-task of at least 1.", EXIT_USAGE)
        if scheduler and engine != "dask":
            raise _fail("Expected --engine dask with --scheduler.", EXIT_USAGE)
        if not store.lower().endswith(".gpkg"):
            raise _fail(f"Expected a store ending in .gpkg, got {store!r}.", EXIT_USAGE)
        if engine == "dask" and verbose < 2:
            import distributed  # noqa: F401 - it sets its loggers' levels when imported

            # dask.distributed logs its cluster's life at INFO: keep stderr to our messages.
            for name in [*logging.root.manager.loggerDict, "distributed"]:
                if name.startswith("distributed"):
                    logging.getLogger(name).setLevel(logging.ERROR)
        plan = plan_batch(inputs, store)
        with _progress(len(plan.articles), "batch") as advance:
            report = run_batch(plan, store, engine=engine, scheduler=scheduler,
                               workers=workers, per_task=per_task, on_article=advance)
        for line in report.errors:
            typer.echo(f"routes: error: {line}", err=True)
        layers = ", ".join(f"{n} {name}" for name, n in report.layers.items())
        typer.echo(
            f"{report.store}: {report.processed} articles added, {report.skipped} already "
            f"stored, {report.duplicates} duplicates, {report.failed} failed; {layers}"
        )
        return EXIT_INPUT if report.failed else 0

    code = _guard(run)
    if code:
        raise typer.Exit(code)


if __name__ == "__main__":  # pragma: no cover
    main()
