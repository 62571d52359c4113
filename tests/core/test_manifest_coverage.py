"""The API checklist: every in-scope name of NumPy 2.x's manifest resolves on tnp and is
exercised somewhere in the tests, so a missing name fails CI."""

from __future__ import annotations

import json
import pathlib
import re
from typing import Any

import pytest

import tnp_core as tnp

MANIFEST: dict[str, Any] = json.loads(
    (pathlib.Path(tnp.__file__).parent / "_numpy_api.json").read_text()
)
IN_SCOPE = sorted(n for n, e in MANIFEST["names"].items() if e["scope"] == "in")
TESTS_TEXT = "\n".join(p.read_text() for p in pathlib.Path(__file__).parents[1].rglob("*.py"))


def resolve(dotted: str) -> Any:
    obj: Any = tnp
    for part in dotted.split("."):
        obj = getattr(obj, part)
    return obj


@pytest.mark.parametrize("name", IN_SCOPE)
def test_in_scope_name_resolves(name: str) -> None:
    assert resolve(name) is not None or name == "newaxis"


@pytest.mark.parametrize("name", IN_SCOPE)
def test_in_scope_name_appears_in_the_tests(name: str) -> None:
    short = name.rsplit(".", 1)[-1]
    assert re.search(r"\b" + re.escape(short) + r"\b", TESTS_TEXT), f"no test mentions {name}"


def test_ndarray_has_every_attribute() -> None:
    assert [n for n in MANIFEST["ndarray"] if not hasattr(tnp.ndarray, n)] == []


@pytest.mark.parametrize("cls", ["random.Generator", "random.RandomState"])
def test_random_classes_have_every_method(cls: str) -> None:
    assert [n for n in MANIFEST[cls] if not hasattr(resolve(cls), n)] == []


def test_ufuncs_have_every_attribute() -> None:
    assert [n for n in MANIFEST["ufunc"] if not hasattr(tnp.add, n)] == []
