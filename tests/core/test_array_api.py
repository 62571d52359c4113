"""The Python array API standard (2024.12) through ``x.__array_namespace__()``, against
``array_api_strict``, the standard's strict reference implementation.

Two checks: every function ``array_api_strict`` offers (main namespace, ``linalg``, ``fft``)
exists in tnp and accepts the standard's parameters the standard's way (positional-only and
keyword parameters); and calls written the array-API way (keyword forms NumPy does not have,
such as ``sort(descending=True)``, ``cumulative_sum(include_initial=True)``,
``fftfreq(dtype=)``, ``matrix_norm``, special values) give the same values, dtypes and shapes.
"""

from __future__ import annotations

import inspect
import math
import warnings
from typing import Any

import numpy
import pytest
from compare import split_expressions

import tnp_core

xp_strict = pytest.importorskip("array_api_strict")

_NS = [("", xp_strict, tnp_core), ("linalg.", xp_strict.linalg, tnp_core.linalg),
       ("fft.", xp_strict.fft, tnp_core.fft)]
_NOT_STANDARD = {"get_array_api_strict_flags", "reset_array_api_strict_flags",
                 "set_array_api_strict_flags", "ArrayAPIStrictFlags"}


def _functions() -> list[tuple[str, Any, Any]]:
    found = []
    for prefix, theirs, ours in _NS:
        for name in sorted(theirs.__all__):
            f = getattr(theirs, name)
            if name in _NOT_STANDARD or isinstance(f, type) or not callable(f):
                continue
            found.append((prefix + name, f, getattr(ours, name, None)))
    return found


@pytest.mark.parametrize(("name", "theirs", "ours"), _functions(), ids=lambda v: str(v)[:40])
def test_function_accepts_the_standards_parameters(name: str, theirs: Any, ours: Any) -> None:
    assert ours is not None, f"tnp_core has no {name}"
    want = inspect.signature(theirs).parameters
    got = inspect.signature(ours).parameters
    positional = [p for p in got.values()
                  if p.kind in (p.POSITIONAL_ONLY, p.POSITIONAL_OR_KEYWORD)]
    takes_varargs = any(p.kind is p.VAR_POSITIONAL for p in got.values())
    takes_varkw = any(p.kind is p.VAR_KEYWORD for p in got.values())
    for i, p in enumerate(want.values()):
        if p.kind is p.POSITIONAL_ONLY:
            assert i < len(positional) or takes_varargs, f"{name}: positional {p.name}"
        elif p.kind is p.VAR_POSITIONAL:
            assert takes_varargs, f"{name}: *{p.name}"
        elif p.kind is not p.VAR_KEYWORD:
            q = got.get(p.name)
            assert q is not None or takes_varkw, f"{name}: keyword {p.name}"
            assert q is None or q.kind is not q.POSITIONAL_ONLY, f"{name}: {p.name} positional"


# Calls in the standard's spelling; ``xp`` is array_api_strict or tnp_core.  Inputs:
# A: 2x3 float64, F: float64 with -0.0/nan/inf, I: int64, U: uint8, B: bool, C: complex128,
# S: 3x3 symmetric positive definite, G: float32.
CASES = """
xp.sort(I, descending=True) xp.sort(F, descending=True) xp.argsort(I, descending=True)
xp.argsort(xp.asarray([2, 1, 2, 1]), descending=True, stable=True) xp.sort(A, axis=0)
xp.argsort(A, axis=0, descending=True)
xp.cumulative_sum(I, include_initial=True) xp.cumulative_sum(A, axis=1, include_initial=True)
xp.cumulative_prod(G, include_initial=True)
xp.clip(A, min=-1.0, max=2.0) xp.clip(I, max=3) xp.clip(A, min=-1.5)
xp.astype(A, xp.int32) xp.astype(I, xp.float32, copy=False) xp.astype(B, xp.int8)
xp.unique_values(I) xp.unique_counts(xp.asarray([3, 1, 3, 2, 1, 3]))
xp.unique_inverse(xp.asarray([3, 1, 3, 2])) xp.unique_all(xp.asarray([2.0, 1.0, 2.0]))
xp.take(I, xp.asarray([0, 2]), axis=0) xp.take(A, xp.asarray([1, 0]), axis=1)
xp.take_along_axis(A, xp.argsort(A, axis=1), axis=1) xp.searchsorted(xp.sort(I), I, side="right")
xp.searchsorted(xp.asarray([1.0, 2.0, 3.0]), xp.asarray([2.0]), side="left")
xp.count_nonzero(A, axis=1, keepdims=True) xp.diff(I, n=2) xp.diff(A, axis=0, prepend=A[:1, :])
xp.nextafter(G, xp.asarray(10.0, dtype=xp.float32)) xp.hypot(A, A) xp.copysign(A, -A)
xp.signbit(F) xp.reciprocal(G) xp.sign(C) xp.sign(F) xp.round(xp.asarray([0.5, 1.5, -2.5]))
xp.trunc(A) xp.floor_divide(I, xp.asarray(2)) xp.remainder(I, xp.asarray(-3))
xp.pow(I, xp.asarray(2)) xp.bitwise_left_shift(I, xp.asarray(1)) xp.bitwise_invert(U)
xp.logaddexp(A, A) xp.maximum(F, xp.asarray(0.0)) xp.minimum(A, A[::-1, :]) xp.square(C)
xp.isdtype(xp.float32, "real floating") xp.isdtype(xp.int8, ("integral", xp.float64))
xp.isdtype(xp.bool, "numeric") xp.zeros(1, dtype=xp.result_type(xp.int8, xp.uint8))
xp.zeros(1, dtype=xp.result_type(xp.float32, 1.0)) xp.zeros(1, dtype=xp.result_type(G, xp.float64))
xp.finfo(xp.float32).eps xp.finfo(xp.float64).smallest_normal xp.finfo(xp.float32).bits
xp.iinfo(xp.int8).min xp.iinfo(xp.uint16).max xp.iinfo(xp.int64).bits
xp.can_cast(xp.int8, xp.int64) xp.can_cast(xp.float64, xp.int64)
xp.broadcast_arrays(A, A[:1, :]) xp.broadcast_to(I[:3], (2, 3)) xp.broadcast_shapes((2, 1), (3,))
xp.meshgrid(I[:2], I[:3], indexing="ij") xp.moveaxis(A, 0, -1) xp.permute_dims(A, (1, 0))
xp.repeat(I, xp.asarray([1, 0, 2, 1, 0, 1])) xp.repeat(A, 2, axis=0) xp.tile(I[:2], (2, 2))
xp.unstack(A, axis=1) xp.expand_dims(I, axis=0) xp.squeeze(A[:1, :], axis=0)
xp.flip(A, axis=(0, 1)) xp.roll(A, (1, 2), axis=(0, 1)) xp.stack((I, I), axis=1)
xp.concat((A, A), axis=None) xp.concat((A, A), axis=1) xp.reshape(A, (3, 2), copy=True)
xp.argmax(A, axis=1, keepdims=True) xp.argmin(F) xp.max(A, axis=0, keepdims=True) xp.min(I)
xp.mean(A, axis=(0, 1)) xp.std(A, correction=1) xp.var(A, axis=0, correction=0.5)
xp.sum(I, dtype=xp.float64) xp.sum(U) xp.prod(A, axis=1, keepdims=True) xp.any(B) xp.all(A)
xp.where(B, I[:3], I[3:]) xp.where(A > 0, A, 0.0) xp.nonzero(A) xp.full((2, 2), 7, dtype=xp.int16)
xp.linspace(0, 1, 5, endpoint=False) xp.eye(3, 4, k=1) xp.tril(S, k=-1) xp.triu(A, k=1)
xp.zeros_like(A, dtype=xp.int32) xp.ones_like(I) xp.full_like(G, 2.5) xp.empty(3).shape
xp.arange(1, 10, 3) xp.arange(5.0) xp.asarray([1, 2], dtype=xp.float32, copy=True)
xp.from_dlpack(A) xp.matmul(S, A.T) xp.matrix_transpose(A) xp.vecdot(A, A, axis=-2)
xp.vecdot(C, C) xp.tensordot(A, A, axes=([1], [1])) xp.tensordot(S, S, axes=1)
xp.isfinite(F) xp.isnan(F) xp.logical_xor(B, B[::-1])
xp.conj(C) xp.real(C) xp.imag(C) xp.abs(C) xp.exp(C) xp.sqrt(xp.asarray([-1.0 + 0j]))
xp.atan2(A, A[::-1, :]) xp.expm1(G) xp.log1p(G) xp.ceil(A) xp.floor(A)
xp.linalg.matrix_norm(S) xp.linalg.matrix_norm(S, ord=1, keepdims=True)
xp.linalg.matrix_norm(S, ord="nuc") xp.linalg.vector_norm(A) xp.linalg.vector_norm(A, ord=1, axis=1)
xp.linalg.vector_norm(A, axis=(0, 1), keepdims=True, ord=math.inf) xp.linalg.cholesky(S)
xp.linalg.cholesky(S, upper=True) xp.linalg.det(S) xp.linalg.diagonal(S, offset=1)
xp.linalg.eigvalsh(S) xp.linalg.inv(S) xp.linalg.matrix_power(S, 3) xp.linalg.matrix_rank(S)
xp.linalg.matrix_rank(A, rtol=0.5) xp.linalg.pinv(A, rtol=1e-10) xp.linalg.slogdet(S)
xp.linalg.solve(S, S) xp.linalg.svdvals(A) xp.linalg.trace(S, offset=1)
xp.linalg.trace(S, dtype=xp.float32) xp.linalg.cross(A, A[::-1, :], axis=-1)
xp.linalg.outer(I[:2], I[:2]) xp.linalg.matmul(S, S) xp.linalg.tensordot(A, A, axes=2)
xp.linalg.vecdot(A, A) xp.linalg.matrix_transpose(A)
xp.fft.fft(C, n=4, norm="ortho") xp.fft.ifft(C, axis=0, norm="forward")
xp.fft.fftn(xp.astype(A, xp.complex128), s=(2, 4), axes=(0, 1)) xp.fft.rfft(A, n=6, axis=1)
xp.fft.irfft(C, n=4) xp.fft.rfftn(A, axes=(0,)) xp.fft.hfft(C) xp.fft.ihfft(A[0, ...])
xp.fft.fftfreq(5, d=0.5) xp.fft.fftfreq(4, dtype=xp.float32) xp.fft.rfftfreq(6, dtype=xp.float32)
xp.fft.fftshift(A, axes=(1,)) xp.fft.ifftshift(A)
"""


def _inputs(xp: Any) -> dict[str, Any]:
    return {
        "xp": xp,
        "math": math,
        "A": xp.asarray([[1.5, -2.0, 3.0], [0.0, 4.25, -1.0]]),
        "F": xp.asarray([1.0, -0.0, 2.5, math.nan, math.inf, -3.5]),
        "I": xp.asarray([3, -1, 4, 1, -5, 9]),
        "U": xp.asarray([1, 2, 250], dtype=xp.uint8),
        "B": xp.asarray([True, False, True]),
        "C": xp.asarray([1 + 2j, -3j, 0j]),
        "S": xp.asarray([[4.0, 1.0, 0.5], [1.0, 3.0, 0.25], [0.5, 0.25, 2.0]]),
        "G": xp.asarray([1.0, 2.0, 3.5], dtype=xp.float32),
    }


_STRICT_ARRAY = type(xp_strict.asarray(0))


def _plain(r: Any) -> Any:
    """Results as NumPy arrays (tuples item by item); Python values unchanged."""
    if isinstance(r, (tuple, list)):
        return tuple(_plain(x) for x in r)
    if isinstance(r, _STRICT_ARRAY):
        return numpy.from_dlpack(r)
    if isinstance(r, tnp_core.ndarray):
        return numpy.asarray(r)
    return r


def _assert_same(got: Any, want: Any, expr: str) -> None:
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want), expr
        for g, w in zip(got, want):
            _assert_same(g, w, expr)
        return
    if isinstance(want, numpy.ndarray):
        assert isinstance(got, numpy.ndarray), (expr, type(got))
        assert (got.shape, got.dtype) == (want.shape, want.dtype), expr
        tol = 1e-5 if want.dtype in (numpy.float32, numpy.complex64) else 1e-10
        numpy.testing.assert_allclose(got, want, rtol=tol, atol=tol, equal_nan=True,
                                      err_msg=expr)
        return
    assert type(got) is type(want) or isinstance(want, (int, float)), (expr, got, want)
    assert got == want, expr


@pytest.fixture(scope="module")
def inputs() -> tuple[dict[str, Any], dict[str, Any]]:
    return _inputs(xp_strict), _inputs(tnp_core.asarray([0]).__array_namespace__())


@pytest.mark.parametrize("expr", split_expressions(CASES))
def test_call_matches_array_api_strict(expr: str, inputs: tuple[dict, dict]) -> None:
    theirs, ours = inputs
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        want = _plain(eval(expr, dict(theirs)))
        got = _plain(eval(expr, dict(ours)))
    _assert_same(got, want, expr)
