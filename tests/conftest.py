"""Shared fixtures: the bundled example, parsed once per session."""

from __future__ import annotations

from pathlib import Path

import pytest

import routes

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "peterbos_fr.txt"
DATA = Path(__file__).resolve().parent / "data"


@pytest.fixture(scope="session")
def example_case() -> routes.Case:
    return routes.read(EXAMPLE)


@pytest.fixture(scope="session")
def example_path() -> Path:
    return EXAMPLE
