import json

import pytest
from typer.testing import CliRunner

from routes.cli import app

runner = CliRunner()


@pytest.fixture(scope="module")
def article(tmp_path_factory):
    p = tmp_path_factory.mktemp("in") / "a.txt"
    p.write_text(
        "Saisie de cocaïne\n\nLe 3 mars 2024, la douane a saisi deux tonnes de cocaïne en "
        "provenance du Panama dans le port d’Anvers.",
        encoding="utf-8",
    )
    return p


def test_extract_one_file(article, tmp_path):
    out = tmp_path / "case"
    r = runner.invoke(app, ["extract", str(article), "-o", str(out)])
    assert r.exit_code == 0, r.output
    fc = json.loads((tmp_path / "case.geojson").read_text(encoding="utf-8"))
    assert any(f["properties"]["layer"] == "incident" for f in fc["features"])


def test_extract_to_folder(article, tmp_path):
    r = runner.invoke(app, ["extract", str(article), str(article), "-o", f"{tmp_path}/cases/"])
    assert r.exit_code == 0, r.output
    assert (tmp_path / "cases" / "a.geojson").exists()


def test_map_from_article_and_case_file(article, tmp_path):
    runner.invoke(app, ["extract", str(article), "-o", str(tmp_path / "c.geojson")])
    r = runner.invoke(app, ["map", str(tmp_path / "c.geojson"), "-o", str(tmp_path / "m.html")])
    assert r.exit_code == 0, r.output
    html = (tmp_path / "m.html").read_text(encoding="utf-8")
    assert "Incidents" in html
    assert "Routes" in html


def test_bad_input_one_line_error_and_others_go_on(article, tmp_path):
    bad = tmp_path / "bad.txt"
    bad.write_bytes(b"%PDF-1.4\x00\x00")
    r = runner.invoke(app, ["extract", str(bad), str(article), "-o", f"{tmp_path}/o/"])
    assert r.exit_code == 3
    assert (tmp_path / "o" / "a.geojson").exists()
    errors = [line for line in r.output.splitlines() if line.startswith("routes: error:")]
    assert len(errors) == 1
    assert "Traceback" not in r.output


def test_missing_file(tmp_path):
    r = runner.invoke(app, ["map", str(tmp_path / "nope.txt"), "-o", str(tmp_path / "m.html")])
    assert r.exit_code == 3
    assert "missing path" in r.output
    assert not (tmp_path / "m.html").exists()


def test_bad_tiles_option(article, tmp_path):
    r = runner.invoke(app, ["map", str(article), "--tiles", "satellite", "-o",
                            str(tmp_path / "m.html")])
    assert r.exit_code == 2
