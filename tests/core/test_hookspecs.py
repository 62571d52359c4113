"""Meta-tests: every hook is documented (with an example) and exercised by the test suite."""

from __future__ import annotations

import inspect
from pathlib import Path

import pytest

from tnp_core import hookspecs

HOOKS = [name for name, f in vars(hookspecs).items()
         if name.startswith("tnp_") and inspect.isfunction(f)]
TESTS = Path(__file__).resolve().parents[1]


def test_hooks_found() -> None:
    assert set(HOOKS) == {"tnp_register_kernels", "tnp_register_ufuncs", "tnp_register_objects"}


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_documented(name: str) -> None:
    doc = inspect.getdoc(getattr(hookspecs, name)) or ""
    assert len(doc.splitlines()) >= 5, f"{name} needs a real docstring"
    assert "Example" in doc, f"{name}'s docstring needs an example"
    assert inspect.signature(getattr(hookspecs, name)).return_annotation is not \
        inspect.Signature.empty, f"{name} needs a typed result"


@pytest.mark.parametrize("name", HOOKS)
def test_hook_is_exercised_by_tests(name: str) -> None:
    users = [p for p in TESTS.rglob("*.py") if p.name != Path(__file__).name
             and name in p.read_text(encoding="utf-8")]
    assert users, f"no test implements {name}"
