"""The assembled namespace: missing names explain themselves, public objects look like NumPy's."""

from __future__ import annotations

import inspect
import os
import subprocess
import sys
import textwrap
from typing import Any

import numpy as np
import pytest

import tnp_core as tnp
from tnp_core import _manifest, plugins
from tnp_core._registry import registry

registry.ensure()

OUT_OF_SCOPE = sorted(n for n, e in _manifest.names_in("").items() if e.get("scope") == "out")
PROVIDED_FUNCTIONS = sorted(
    n for n in registry.provided_names("") if registry.kinds[n] == "function"
)


def test_manifest_has_out_of_scope_names() -> None:
    assert {"datetime64", "timedelta64", "char", "ma", "str_", "object_"} <= set(OUT_OF_SCOPE)


@pytest.mark.parametrize("name", OUT_OF_SCOPE)
def test_out_of_scope_name_gives_the_reason(name: str) -> None:
    why = _manifest.lookup(name)["why"]  # type: ignore[index]
    with pytest.raises(AttributeError) as info:
        getattr(tnp, name)
    assert str(info.value) == f"tnp_core.{name} is not supported by tnp: {why}"
    assert not hasattr(tnp, name)


def test_datetime64_reason_is_specific() -> None:
    with pytest.raises(AttributeError, match="PyTorch has no datetime"):
        tnp.datetime64
    with pytest.raises(ImportError, match="datetime64"):
        from tnp_core import datetime64  # noqa: F401


def test_unprovided_numpy_name_names_the_distribution() -> None:
    """With tnp-backends blocked, a main-namespace function says which distribution has it."""
    assert hasattr(np, "trapezoid")
    plugins.block("backends")
    try:
        with pytest.raises(AttributeError) as info:
            tnp.trapezoid
    finally:
        plugins.unblock("backends")
    message = str(info.value)
    assert "tnp_core.trapezoid" in message and "tnp-backends" in message
    assert "has no attribute" not in message
    assert tnp.trapezoid([1.0, 2.0]) == 1.5


def test_non_numpy_name_is_a_plain_attribute_error() -> None:
    with pytest.raises(AttributeError) as info:
        tnp.definitely_not_a_numpy_name
    assert str(info.value) == "module 'tnp_core' has no attribute 'definitely_not_a_numpy_name'"
    with pytest.raises(AttributeError, match="has no attribute '__wrapped__'"):
        tnp.__wrapped__


def test_submodule_names_explain_themselves() -> None:
    linalg = pytest.importorskip("tnp_core.linalg")
    with pytest.raises(AttributeError, match="has no attribute 'not_a_linalg_name'"):
        linalg.not_a_linalg_name


def test_import_does_not_load_entry_points() -> None:
    code = """
        import sys
        import tnp_core
        from tnp_core._registry import registry
        print(registry._entry_points_loaded, registry._assembled)
        print(sorted(m for m in sys.modules if m.startswith("tnp_") and m != "tnp_core"
                     and not m.startswith("tnp_core.")))
        tnp_core.zeros
        print(registry._entry_points_loaded, "tnp_backends" in sys.modules)
    """
    env = {k: v for k, v in os.environ.items() if not k.startswith("TNP_")}
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["False False", "[]", "True True"]


def test_dir_lists_provided_names() -> None:
    names = dir(tnp)
    assert set(registry.provided_names("")) <= set(names)
    assert {"zeros", "add", "ndarray", "float64", "linalg", "fft", "random"} <= set(names)
    assert names == sorted(names)


# Keyword-only parameters of the array API standard that NumPy 2.4's functions lack; tnp
# appends them after NumPy's parameters (tests/core/test_array_api.py checks them).
ARRAY_API_EXTENSIONS = {"sort": ["descending"], "argsort": ["descending"]}


@pytest.mark.parametrize("name", PROVIDED_FUNCTIONS)
def test_public_function_has_numpys_signature(name: str) -> None:
    public = getattr(tnp, name)
    assert public.__module__ == "tnp_core"
    assert public.__name__ == name
    reference = getattr(np, name, None)
    if reference is None:
        pytest.skip(f"numpy has no {name!r}")
    try:
        want = inspect.signature(reference)
    except ValueError:
        pytest.skip(f"numpy.{name} has no inspectable signature")
    got = inspect.signature(public)
    extra = [(n, inspect.Parameter.KEYWORD_ONLY) for n in ARRAY_API_EXTENSIONS.get(name, [])]
    assert [(p.name, p.kind) for p in got.parameters.values()] == [
        (p.name, p.kind) for p in want.parameters.values()
    ] + extra


def test_zeros_signature_and_metadata() -> None:
    sig = inspect.signature(tnp.zeros)
    assert list(sig.parameters) == list(inspect.signature(np.zeros).parameters)
    assert sig.parameters["order"].default == "C"
    assert tnp.zeros.__module__ == "tnp_core"
    assert tnp.zeros.__doc__


def test_ufuncs_mirror_numpys() -> None:
    ufuncs = [n for n in registry.provided_names("") if registry.kinds[n] == "ufunc"]
    assert "add" in ufuncs
    for name in ufuncs:
        ours: Any = getattr(tnp, name)
        theirs = getattr(np, name)
        assert isinstance(ours, tnp.ufunc), name
        assert (ours.nin, ours.nout) == (theirs.nin, theirs.nout), name


def test_calls_do_no_signature_introspection(monkeypatch: pytest.MonkeyPatch) -> None:
    """DESIGN.md's per-call path: once assembled, calls never inspect or bind signatures."""
    import inspect

    a, m = tnp.arange(6.0), tnp.ones((2, 3))
    out = tnp.empty(6)
    calls = [
        lambda: tnp.sum(m, axis=0), lambda: tnp.add(a, a, out=out), lambda: a + a,
        lambda: tnp.reshape(a, (2, 3)), lambda: tnp.concatenate((a, a)), lambda: m.sum(axis=1),
        lambda: tnp.clip(a, 1, 4), lambda: tnp.linalg.norm(a), lambda: tnp.fft.fft(a),
        lambda: a[2], lambda: tnp.where(a > 2, a, 0.0), lambda: tnp.stack([a, a], axis=1),
    ]
    for call in calls:  # assembly and first-call loop resolution may inspect
        call()

    def forbidden(*args: Any, **kwargs: Any) -> Any:
        raise AssertionError("signature introspection on the call path")

    monkeypatch.setattr(inspect, "signature", forbidden)
    monkeypatch.setattr(inspect.Signature, "bind", forbidden)
    for call in calls:
        call()
