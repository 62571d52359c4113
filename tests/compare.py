"""Differential-testing helpers: compare a tnp result with NumPy 2's, strictly."""

from __future__ import annotations

import warnings
from typing import Any

import numpy as np
import pytest

import tnp_core as tnp
import tnp_core.exceptions as tnp_exc

DTYPES = [
    "bool", "int8", "int16", "int32", "int64", "uint8", "uint16", "uint32", "uint64",
    "float16", "float32", "float64", "complex64", "complex128",
]
"""The 14 NumPy dtypes tnp supports, by name."""


def to_numpy(x: Any) -> Any:
    """A tnp result as NumPy (arrays and scalars), recursing into tuples/lists."""
    if isinstance(x, tnp.generic):
        return np.asarray(x)[()]
    if isinstance(x, tnp.ndarray):
        return np.asarray(x)
    if isinstance(x, tuple):
        return tuple(to_numpy(v) for v in x)
    if isinstance(x, list):
        return [to_numpy(v) for v in x]
    return x


def assert_same(got: Any, want: Any, *, rtol: float | None = None, atol: float = 0.0,
                check_dtype: bool = True, check_kind: bool = True) -> None:
    """Assert a tnp result equals NumPy's: same kind (scalar vs array), dtype, shape, values.

    Values are compared exactly unless ``rtol`` is given (NaNs compare equal).  ``rtol=None``
    for inexact dtypes still allows a few ulps: tolerance 4 * eps of the dtype.
    """
    if isinstance(want, tuple):
        assert isinstance(got, tuple), f"expected a tuple, got {type(got).__name__}"
        assert len(got) == len(want)
        for g, w in zip(got, want):
            assert_same(g, w, rtol=rtol, atol=atol, check_dtype=check_dtype,
                        check_kind=check_kind)
        return
    if check_kind:
        if isinstance(want, np.ndarray):
            assert isinstance(got, tnp.ndarray) and not isinstance(got, tnp.generic), (
                f"expected an array, got {type(got).__name__}: {got!r}")
        elif isinstance(want, np.generic):
            assert isinstance(got, tnp.generic), f"expected a scalar, got {type(got).__name__}"
    g = to_numpy(got)
    g_arr = np.asarray(g)
    w_arr = np.asarray(want)
    if check_dtype:
        assert g_arr.dtype == w_arr.dtype, f"dtype {g_arr.dtype} != NumPy's {w_arr.dtype}"
    assert g_arr.shape == w_arr.shape, f"shape {g_arr.shape} != NumPy's {w_arr.shape}"
    if w_arr.dtype.kind in "fc":
        tol = rtol if rtol is not None else 4 * np.finfo(w_arr.dtype).eps
        np.testing.assert_allclose(g_arr, w_arr, rtol=tol, atol=atol, equal_nan=True)
    else:
        np.testing.assert_array_equal(g_arr, w_arr)


# ---------------------------------------------------------------- differential checks

UINT64_VALUES = [0, 1, 3, 7, 2**63, 2**63 + 5, 2**64 - 1]


def data(shape: tuple[int, ...], dtype: str, seed: int = 0, *,
         ints: tuple[int, int] = (-5, 6), uints: tuple[int, int] = (0, 10),
         uint64: list[int] = UINT64_VALUES) -> np.ndarray:
    """Deterministic test values of ``dtype``: a function of ``(shape, dtype, seed)`` and options.

    bool: 0/1; signed integers: uniform in ``[ints[0], ints[1])``; unsigned ones but uint64:
    uniform in ``[uints[0], uints[1])``; uint64: drawn from ``uint64`` (by default including
    values above 2**63); float: standard normal; complex: standard normal in both parts.
    """
    rng = np.random.default_rng(seed)
    n = int(np.prod(shape))
    if dtype == "bool":
        v = rng.integers(0, 2, n).astype(bool)
    elif dtype == "uint64":
        v = rng.choice(np.array(uint64, np.uint64), n)
    elif dtype.startswith("u"):
        v = rng.integers(*uints, n).astype(dtype)
    elif dtype.startswith("int"):
        v = rng.integers(*ints, n).astype(dtype)
    elif dtype.startswith("float"):
        v = rng.standard_normal(n).astype(dtype)
    else:
        v = (rng.standard_normal(n) + 1j * rng.standard_normal(n)).astype(dtype)
    return v.reshape(shape)


def to_tnp(x: Any) -> Any:
    """A NumPy argument as tnp: arrays are copied; lists/tuples holding arrays are recursed into.

    Anything else (Python and NumPy scalars, NumPy scalar types given as ``dtype=``) is passed
    on unchanged, so tnp is checked to accept it.
    """
    if isinstance(x, np.ndarray):
        return tnp.asarray(x.copy())
    if isinstance(x, (list, tuple)) and any(isinstance(v, np.ndarray) for v in x):
        return type(x)(to_tnp(v) for v in x)
    return x


def expected_type(e: BaseException) -> type[BaseException]:
    """tnp's counterpart of a NumPy exception: the class of that name in
    ``tnp_core.exceptions`` (``AxisError``, ``UFuncTypeError``, ...), else its nearest builtin
    base class."""
    own = getattr(tnp_exc, type(e).__name__, None)
    if own is not None:
        return own
    return next(c for c in type(e).__mro__ if c.__module__ == "builtins")


def check(name: str, *args: Any, tol: tuple[float, float] | None = None, **kwargs: Any) -> Any:
    """Call ``numpy.<name>`` and ``tnp.<name>`` alike; compare results or exception types.

    Array arguments go to tnp through :func:`to_tnp`; warnings are ignored.  If NumPy raises,
    tnp must raise :func:`expected_type` of it (the NumPy exception is returned); otherwise the
    results are compared with :func:`assert_same` (tnp's result is returned).  ``tol`` is
    ``(rtol, atol)`` for inexact results (``None``: assert_same's default of a few ulps); it is
    not named ``rtol``/``atol`` because those are NumPy keywords (``isclose``, ``allclose``).
    """
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        try:
            want = getattr(np, name)(*args, **kwargs)
        except Exception as e:  # noqa: BLE001
            with pytest.raises(expected_type(e)):
                getattr(tnp, name)(*map(to_tnp, args), **{k: to_tnp(v) for k, v in kwargs.items()})
            return e
        got = getattr(tnp, name)(*map(to_tnp, args), **{k: to_tnp(v) for k, v in kwargs.items()})
    if (isinstance(want, tuple) and len(want) == 2 and isinstance(want[1], float)
            and not isinstance(want[1], np.generic)):
        # linspace(..., retstep=True) with num <= 1: the step is a Python float nan
        assert isinstance(got, tuple) and type(got[1]) is float
        assert np.isnan(got[1]) == np.isnan(want[1])
        want, got = want[0], got[0]
    rtol, atol = tol if tol is not None else (None, 0.0)
    assert_same(got, want, rtol=rtol, atol=atol)
    return got


def split_expressions(text: str) -> list[str]:
    """Whitespace-separated Python expressions (a call's arguments may contain spaces): the
    case lists of the table-driven tests."""
    out: list[str] = []
    depth = 0
    for token in text.split():
        if depth:
            out[-1] += " " + token
        else:
            out.append(token)
        depth += token.count("(") + token.count("[") - token.count(")") - token.count("]")
    return out
