"""NumPy 2.x's public API, as listed in ``_numpy_api.json`` (kind and scope of every name)."""

from __future__ import annotations

import functools
import json
from importlib import resources
from typing import Any

__all__ = ["manifest", "lookup", "names_in"]


@functools.cache
def manifest() -> dict[str, Any]:
    """The whole manifest (loaded on first use: error messages and reports only)."""
    text = resources.files("tnp_core").joinpath("_numpy_api.json").read_text(encoding="utf-8")
    return json.loads(text)


def lookup(full_name: str) -> dict[str, Any] | None:
    """The manifest entry of ``"sum"`` / ``"linalg.solve"``, or None if NumPy has no such name."""
    return manifest()["names"].get(full_name)


def names_in(namespace: str) -> dict[str, dict[str, Any]]:
    """Manifest entries of one namespace ("" for the main one), keyed by short name."""
    out = {}
    for full, entry in manifest()["names"].items():
        ns, _, short = full.rpartition(".")
        if ns == namespace:
            out[short] = entry
    return out
