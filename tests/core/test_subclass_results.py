"""Which results keep an ndarray subclass: every case runs on NumPy and on tnp_core.

NumPy's rule is per function: functions built on ``asanyarray``, array methods or ufuncs
return the input's subclass (with ``__array_finalize__`` run on it), ones built on
``asarray``/``concatenate`` return base arrays, and 0-d results are 0-d subclass arrays for
ufunc-style reductions but scalars elsewhere.  Each case below is evaluated with ``np`` bound
to NumPy and to tnp_core and the *kind* of the results compared: subclass array (with its
dimensionality and whether ``__array_finalize__`` carried the state), base array, scalar.
"""

from __future__ import annotations

import warnings
from types import SimpleNamespace
from typing import Any

import numpy
import pytest
from compare import split_expressions

import tnp_core

# Calls with one or two subclass inputs of different shapes.  S1: 1-d float, S2: 3x4 float,
# S3: 3x3 symmetric positive definite, I1: 1-d int64, U1: 1-d uint8, C1: 1-d complex.
CASES = """
np.all(S2) np.all(S1) np.all(S2, axis=0) np.any(S2) np.any(S1) np.amax(S2) np.amax(S1)
np.amin(S2) np.amin(S1) np.max(S2) np.max(S1) np.max(S2, axis=1) np.min(S2) np.min(S1)
np.sum(S2) np.sum(S1) np.sum(S2, axis=0) np.sum(S2, keepdims=True) np.prod(S2) np.prod(S1)
np.mean(S2) np.mean(S1) np.mean(S2, axis=0) np.std(S2) np.std(S1) np.var(S2) np.var(S1)
np.ptp(S2) np.ptp(S1) np.average(S2) np.average(S1) np.average(S2, axis=0) np.median(S2)
np.median(S1) np.median(S2, axis=0) np.percentile(S2, 1) np.percentile(S2, 50, axis=0)
np.quantile(S2, 0.5) np.quantile(S2, 0.5, axis=1) np.argmax(S2) np.argmin(S2)
np.argmax(S2, axis=0) np.count_nonzero(S2) np.count_nonzero(S2, axis=0)
np.nanmax(S2) np.nanmax(S1) np.nanmin(S2) np.nanmin(S1) np.nansum(S2) np.nansum(S1)
np.nanprod(S2) np.nanmean(S2) np.nanmean(S1) np.nanstd(S2) np.nanvar(S2) np.nanmedian(S2)
np.nanmedian(S2, axis=0) np.nanpercentile(S2, 1) np.nanquantile(S2, 0.5, axis=0)
np.nanargmax(S2) np.nanargmin(S2) np.nancumsum(S2) np.nancumprod(S1)
np.cumsum(S2) np.cumsum(S1) np.cumprod(S2) np.cumulative_sum(S1) np.cumulative_prod(S1)
np.diff(S2) np.diff(S1) np.ediff1d(S2) np.gradient(S2) np.gradient(S1) np.trapezoid(S2)
np.trapezoid(S1) np.angle(S2) np.around(S2) np.round(S1) np.fix(S2) np.i0(S1) np.real(S2)
np.imag(S1) np.real(C1) np.imag(C1) np.real_if_close(S2) np.nan_to_num(S2) np.sinc(S2)
np.clip(S2, 2, 5) np.clip(S1, 2, None) np.isclose(S2, 1) np.isneginf(S2) np.isposinf(S1)
np.isreal(S2) np.iscomplex(S2) np.unwrap(S2) np.allclose(S2, 1) np.array_equal(S2, S2)
np.array_equiv(S2, 1)
np.array(S2) np.array(S2, subok=True) np.asarray(S2) np.asanyarray(S2) np.asanyarray(S1)
np.asarray_chkfinite(S2) np.ascontiguousarray(S2) np.asfortranarray(S2) np.copy(S2)
np.copy(S2, subok=True) np.require(S2) np.empty_like(S2).shape np.zeros_like(S2)
np.ones_like(S1) np.full_like(S2, 1) np.zeros_like(S2, subok=False) np.astype(S2, np.float32)
np.linspace(S1, S1 + 1, 3) np.linspace(S2, 1) np.logspace(S2, 1) np.geomspace(S1 + 1, 1)
np.diag(S2) np.diag(S1) np.diagflat(S1) np.vander(S1) np.tril(S2) np.triu(S2)
np.meshgrid(S1) np.meshgrid(S1, S1) np.ix_(S1)
np.reshape(S2, (4, 3)) np.reshape(S2, -1) np.ravel(S2) np.ravel(S1) np.transpose(S2)
np.permute_dims(S2) np.matrix_transpose(S2) np.moveaxis(S2, 1, 0) np.rollaxis(S2, 1)
np.swapaxes(S2, 1, 0) np.squeeze(S2) np.squeeze(S2[:1]) np.expand_dims(S2, 1)
np.atleast_1d(S2) np.atleast_2d(S1) np.atleast_3d(S2) np.atleast_1d(S1, S2)
np.broadcast_to(S1, (2, 6)) np.broadcast_to(S1, (2, 6), subok=True)
np.broadcast_arrays(S1, S2[:, :1]) np.broadcast_arrays(S1, S2[:, :1], subok=True)
np.concatenate([S1, S1]) np.concat([S2, S2]) np.stack([S1, S1]) np.hstack([S1, S1])
np.vstack([S1, S1]) np.dstack([S1, S1]) np.column_stack([S1, S1]) np.row_stack([S1, S1])
np.block([S1, S1]) np.block(S2) np.unstack(S2) np.split(S2, 3) np.array_split(S1, 4)
np.hsplit(S2, 2) np.vsplit(S2, 3) np.tile(S2, 2) np.tile(S1, (2, 1)) np.repeat(S2, 2)
np.repeat(S1, 2) np.resize(S2, 5) np.append(S2, 1) np.insert(S2, 1, 0) np.delete(S2, 1)
np.delete(S1, [0, 2]) np.trim_zeros(S1) np.flip(S2) np.fliplr(S2) np.flipud(S1)
np.rot90(S2) np.roll(S2, 1) np.roll(S1, 2) np.pad(S2, 1)
np.take(S2, 1) np.take(S2, [0, 1]) np.take(S1, [0, 1]) np.take_along_axis(S2, I2, axis=1)
np.choose([0, 1, 0], [S1[:3], S1[3:]]) np.compress(S1 > 2, S1) np.compress([1, 0, 1], S2, axis=0)
np.extract(S1 > 2, S1) np.select([S1 > 2], [S1]) np.piecewise(S1, [S1 > 2], [1, 0])
np.nonzero(S2) np.argwhere(S2) np.flatnonzero(S2) np.where(S2 > 2, S2, 0) np.where(S2)
np.diagonal(S2) np.trace(S2) np.unravel_index(I1, (3, 4)) np.ravel_multi_index((I1, I1), (7, 7))
np.tril_indices_from(S2) np.triu_indices_from(S2) np.diag_indices_from(S3)
np.sort(S2) np.sort(S1) np.sort(S2, axis=None) np.argsort(S2) np.argsort(S1) np.partition(S2, 1)
np.argpartition(S2, 1) np.lexsort(S2) np.sort_complex(S1) np.searchsorted(S1, 2)
np.searchsorted(S1, [2, 3])
np.unique(S2) np.unique(S1) np.unique(S1, return_counts=True)
np.unique(S1, return_index=True, return_inverse=True) np.unique_values(S2)
np.unique_counts(S2) np.unique_inverse(S2) np.unique_all(S2) np.isin(S2, 1)
np.intersect1d(S1, S1) np.union1d(S1, S1) np.setdiff1d(S1, [1]) np.setxor1d(S1, [1, 9])
np.dot(S2, 1) np.dot(S1, S1) np.dot(S3, S3) np.vdot(S1, S1) np.inner(S1, S1) np.inner(S2, S2)
np.outer(S1, S1) np.tensordot(S2, S2) np.kron(S1, S1) np.kron(S2, 1) np.cross(S2[:, :3], S3)
np.einsum("ij->ji", S2) np.einsum("i,i", S1, S1) np.convolve(S1, S1) np.correlate(S1, S1)
np.interp(S1, [0, 10], [0, 1]) np.histogram(S2) np.histogram_bin_edges(S2)
np.histogram2d(S1, S1) np.histogramdd(S2) np.bincount(I1) np.digitize(S1, [0, 3])
np.cov(S2) np.corrcoef(S2) np.packbits(U1) np.unpackbits(U1)
np.poly(S1) np.polyadd(S1, S1) np.polysub(S1, S1) np.polymul(S1, S1) np.polydiv(S1, S1[:2])
np.polyder(S1) np.polyint(S1) np.polyval(S1, S2) np.polyfit(S1, S1, 1) np.roots(S1)
np.apply_along_axis(np.sum, 1, S2) np.apply_over_axes(np.sum, S2, [0])
np.emath.sqrt(S2) np.emath.log(S2) np.emath.power(S2, 2)
np.linalg.inv(S3) np.linalg.pinv(S2) np.linalg.solve(S3, S3) np.linalg.solve(S3, S1[:3])
np.linalg.det(S3) np.linalg.slogdet(S3) np.linalg.cholesky(S3) np.linalg.qr(S3)
np.linalg.eig(S3) np.linalg.eigh(S3) np.linalg.eigvals(S3) np.linalg.eigvalsh(S3)
np.linalg.svd(S3) np.linalg.svdvals(S3) np.linalg.lstsq(S3, S1[:3]) np.linalg.matrix_power(S3, 2)
np.linalg.matrix_rank(S3) np.linalg.norm(S2) np.linalg.norm(S2, axis=0) np.linalg.cond(S3)
np.linalg.matrix_norm(S3) np.linalg.vector_norm(S2, axis=1) np.linalg.multi_dot([S3, S3, S3])
np.linalg.matmul(S3, S3) np.linalg.vecdot(S2, S2) np.linalg.outer(S1, S1) np.linalg.trace(S3)
np.linalg.diagonal(S3) np.linalg.matrix_transpose(S2) np.linalg.cross(S3, S3)
np.linalg.tensordot(S2, S2)
np.fft.fft(S2) np.fft.ifft(S1) np.fft.rfft(S2) np.fft.irfft(S1) np.fft.fft2(S2)
np.fft.rfftn(S2) np.fft.hfft(S1) np.fft.fftshift(S2) np.fft.ifftshift(S1)
S2.reshape(4, 3) S2.reshape((4, 3)) S2.ravel() S2.flatten() S2.T S2.mT S2.transpose()
S2.swapaxes(0, 1) S2.squeeze() S2.copy() S2.astype(np.float32) S2.sum() S2.sum(axis=0)
S2.mean() S2.mean(axis=1) S2.std() S2.var(axis=0) S2.max() S2.min(axis=0) S2.prod()
S2.all() S2.any(axis=0) S2.argmax() S2.argmin(axis=1) S2.cumsum() S2.cumprod(axis=0)
S2.clip(2, 5) S2.round() S2.conj() S2.take([0, 1]) S2.repeat(2) S2.diagonal() S2.trace()
S2.nonzero() S2.argsort() S2.dot(S2.T) S2.compress([1, 0, 1], axis=0)
S1.tolist() S2[0] S2[0, 0] S2[:, 1] S2[S2 > 2] S2[[0, 1]] S2[..., None] S2[::-1] S2[::-1, 0]
S2@S2.T -S2 abs(S2) S2+1 S2>2
np.add.reduce(S2) np.add.reduce(S2, axis=0) np.maximum.reduce(S1) np.add.accumulate(S1)
np.add.reduceat(S1, [0, 2]) np.multiply.outer(S1, S1) np.matmul(S3, S3) np.divmod(S1, 2)
np.modf(S1) np.frexp(S1) np.add(S1, 1, out=np.empty(6)) np.add(S1, 1, subok=False)
S2.astype(np.float32, subok=False) S2.real S2.imag S2.sum(axis=0, keepdims=True)
np.mean(S2, where=S2 > 2) S2.view() S2.view(np.ndarray)
"""


def _namespace(np: Any) -> dict[str, Any]:
    class Sub(np.ndarray):
        def __array_finalize__(self, obj: Any) -> None:
            self.info = getattr(obj, "info", "default")

    def sub(values: Any, dtype: Any = None) -> Any:
        s = np.asarray(values, dtype=dtype).view(Sub)
        s.info = "set"
        return s

    return {
        "np": np,
        "Sub": Sub,
        "S1": sub([1.0, 2.0, 0.0, 4.0, 5.0, 6.0]),
        "S2": sub([[1.0, 2.0, 3.0, 4.0], [5.0, 0.0, 7.0, 8.0], [9.0, 10.0, 11.0, 13.0]]),
        "S3": sub([[4.0, 1.0, 0.5], [1.0, 3.0, 0.25], [0.5, 0.25, 2.0]]),
        "I1": sub([0, 3, 1, 5, 2], dtype=np.int64),
        "I2": sub([[1, 0, 3, 2], [0, 1, 2, 3], [3, 2, 1, 0]], dtype=np.int64),
        "U1": sub([1, 2, 255], dtype=np.uint8),
        "C1": sub([1 + 2j, 3 - 1j, 0j]),
    }


def _kind(r: Any, ns: dict[str, Any]) -> Any:
    """What a user can observe about the result's class."""
    np, Sub = ns["np"], ns["Sub"]
    if isinstance(r, (tuple, list)):
        return type(r).__name__, tuple(_kind(x, ns) for x in r)
    if isinstance(r, np.generic) or isinstance(r, (bool, int, float, complex)):
        return "scalar"
    if isinstance(r, Sub):
        return "subclass", r.ndim, getattr(r, "info", "missing")
    if type(r) is np.ndarray:
        return "ndarray", r.ndim
    return type(r).__name__


@pytest.fixture(scope="module")
def namespaces() -> SimpleNamespace:
    return SimpleNamespace(numpy=_namespace(numpy), tnp=_namespace(tnp_core))


@pytest.mark.parametrize("expr", split_expressions(CASES))
def test_result_class_matches_numpy(expr: str, namespaces: SimpleNamespace) -> None:
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        expected = _kind(eval(expr, dict(namespaces.numpy)), namespaces.numpy)
        got = _kind(eval(expr, dict(namespaces.tnp)), namespaces.tnp)
    assert got == expected


def test_views_of_subclass_inputs_stay_views(namespaces: SimpleNamespace) -> None:
    for ns in (namespaces.numpy, namespaces.tnp):
        np, S2 = ns["np"], ns["np"].arange(12.0).reshape(3, 4).view(ns["Sub"])
        for view in (np.reshape(S2, (4, 3)), np.transpose(S2), S2.reshape(2, 6), np.ravel(S2)):
            assert isinstance(view, ns["Sub"])
            assert np.shares_memory(view, S2)
            view.flat[0] = 42.0  # writes reach the input
            assert S2[0, 0] == 42.0
            S2[0, 0] = 0.0


def test_asarray_gives_a_base_view_and_asanyarray_the_input(namespaces: SimpleNamespace) -> None:
    for ns in (namespaces.numpy, namespaces.tnp):
        np, S1 = ns["np"], ns["S1"]
        assert np.asanyarray(S1) is S1
        plain = np.asarray(S1)
        assert type(plain) is np.ndarray
        assert plain.base is (S1 if S1.base is None else S1.base)
        plain[0] = 7.0
        assert S1[0] == 7.0
        S1[0] = 1.0


def test_finalize_sees_the_source_array(namespaces: SimpleNamespace) -> None:
    """``__array_finalize__`` runs once per result, with the input as its argument."""
    seen: list[Any] = []

    class Tracking(tnp_core.ndarray):
        def __array_finalize__(self, obj: Any) -> None:
            seen.append(obj)

    t = tnp_core.arange(6.0).view(Tracking)
    seen.clear()
    r = tnp_core.sort(t)
    assert isinstance(r, Tracking) and seen == [t]
    seen.clear()
    s = tnp_core.sum(t)
    assert isinstance(s, Tracking) and s.ndim == 0 and float(s) == 15.0 and seen == [t]
    seen.clear()
    assert type(tnp_core.zeros_like(t, subok=False)) is tnp_core.ndarray and seen == []


def test_memmap_ufunc_results_are_base_arrays(tmp_path: Any) -> None:
    """Like NumPy's; and tnp's own memmap class does not put programs on the subclass path.

    (NumPy's ``np.sort(mm)`` gives a memmap without a file; tnp's function results on memmaps
    are plain arrays.)"""
    from tnp_core._ndarray import USER_SUBCLASSES

    assert tnp_core.memmap not in USER_SUBCLASSES
    for np in (numpy, tnp_core):
        mm = np.memmap(tmp_path / f"{np.__name__}.bin", dtype="float64", mode="w+", shape=(4,))
        mm[:] = [1.0, 2.0, 3.0, 4.0]
        assert type(mm + 1) is np.ndarray


def test_ufunc_out_arrays_are_returned_unchanged(namespaces: SimpleNamespace) -> None:
    for ns in (namespaces.numpy, namespaces.tnp):
        np, S1 = ns["np"], ns["S1"]
        out = np.empty(6)
        assert np.add(S1, 1, out=out) is out
        total = np.empty(())
        assert np.add.reduce(S1, out=total) is total
