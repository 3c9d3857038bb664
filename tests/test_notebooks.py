"""The notebooks in notebooks/ run top to bottom, offline, and show a Leaflet map."""

from __future__ import annotations

import time
from pathlib import Path

import nbformat
import pytest
from nbclient import NotebookClient

ROOT = Path(__file__).resolve().parent.parent
NOTEBOOKS = sorted((ROOT / "notebooks").glob("*.ipynb"))
TIMEOUT_S = 120


def test_there_are_notebooks():
    assert [p.name for p in NOTEBOOKS] == ["01_one_article.ipynb", "02_corpus.ipynb"]


@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_committed_without_outputs(path):
    nb = nbformat.read(path, as_version=4)
    nbformat.validate(nb)
    for cell in nb.cells:
        if cell.cell_type == "code":
            assert cell.outputs == [], f"{path.name}: clear the outputs before committing"
            assert cell.execution_count is None
    assert nb.metadata.kernelspec.name == "python3"


def _html_outputs(nb: nbformat.NotebookNode) -> list[str]:
    return [
        str(out["data"]["text/html"])
        for cell in nb.cells
        if cell.cell_type == "code"
        for out in cell.outputs
        if "text/html" in out.get("data", {})
    ]


@pytest.mark.slow
@pytest.mark.parametrize("path", NOTEBOOKS, ids=lambda p: p.name)
def test_notebook_runs(path, tmp_path, monkeypatch):
    # Files the notebook writes go to a temporary folder, not output/.
    monkeypatch.setenv("ROUTES_NOTEBOOK_OUTPUT", str(tmp_path))
    nb = nbformat.read(path, as_version=4)
    client = NotebookClient(
        nb,
        timeout=TIMEOUT_S,
        kernel_name="python3",
        resources={"metadata": {"path": str(path.parent)}},
    )
    start = time.monotonic()
    client.execute()  # raises CellExecutionError on the first cell that fails
    elapsed = time.monotonic() - start
    assert elapsed < TIMEOUT_S, f"{path.name} took {elapsed:.0f} s"
    for cell in nb.cells:
        for out in cell.get("outputs", []):
            assert out["output_type"] != "error", out
            assert out.get("name") != "stderr" or "Warning" not in out.get("text", ""), out
    html = _html_outputs(nb)
    # folium's repr: an iframe with srcdoc, which JupyterLab and VS Code show without trust.
    maps = [h for h in html if "leaflet" in h.lower() and "srcdoc" in h]
    assert maps, f"{path.name} shows no Leaflet map"
    # Offline in CI: the map's frame must not need the network to draw (Leaflet inlined).
    assert any("L.version" in h or ("Leaflet" in h and "cdn.jsdelivr" not in h) for h in maps)
    for h in maps:
        assert "https://cdn.jsdelivr.net" not in h, "map frame loads scripts from a CDN"
    assert any("routes.Case" in h for h in html)
    assert any(p.suffix == ".geojson" for p in tmp_path.iterdir())
