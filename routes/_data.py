"""Where the curated tables of ``geodata/`` are, in a checkout and in an installed wheel."""

from __future__ import annotations

from pathlib import Path


def geodata_path(name: str) -> Path:
    """Return the path of a curated file of ``geodata/`` (``routes.geodata`` once installed)."""
    checkout = Path(__file__).resolve().parent.parent / "geodata"
    if checkout.is_dir():
        return checkout / name
    return Path(__file__).resolve().parent / "geodata" / name
