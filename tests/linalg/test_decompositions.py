"""Differential tests of the tnp.linalg decompositions and rank functions against NumPy 2.

Factors that are unique only up to sign / phase (eigenvectors, singular vectors, Q) are checked
by reconstruction and orthonormality, plus NumPy's shapes and dtypes; the rest are compared
value by value with tolerances scaled to the dtype's eps.
"""

from __future__ import annotations

import inspect
import warnings
from collections.abc import Callable
from typing import Any

import numpy as np
import pytest
from compare import assert_same, to_numpy
from linalg_helpers import data, differential, square

import tnp_core
import tnp_core as tnp
from tnp_core.exceptions import ComplexWarning, LinAlgError

FLOATS = [np.float32, np.float64, np.complex64, np.complex128]
INTS = [np.int64, np.int32, np.int8, np.uint8]
ALL = FLOATS + INTS
NAMES = [
    "slogdet", "eigh", "eigvalsh", "svd", "svdvals", "qr", "cholesky", "eig", "eigvals",
    "matrix_power", "matrix_rank", "pinv", "lstsq",
]
SHAPES = [(4, 4), (2, 3, 3), (2, 1, 5, 5)]
EMPTY = [(0, 0), (2, 0, 0)]


def eps_of(dtype: Any) -> float:
    dt = np.dtype(dtype)
    return float(np.finfo(dt).eps) if dt.kind in "fc" else float(np.finfo(np.float64).eps)


def close(got: Any, want: Any, factor: float = 100.0) -> None:
    """Same kind, dtype, shape; values within factor * eps of the dtype (scaled to the max)."""
    if isinstance(want, tuple):
        assert isinstance(got, tuple) and len(got) == len(want)
        assert type(got).__name__ == type(want).__name__
        if hasattr(want, "_fields"):
            assert got._fields == want._fields
        for g, w in zip(got, want):
            close(g, w, factor)
        return
    w = np.asarray(want)
    if w.dtype.kind in "fc":
        rtol = factor * np.finfo(w.dtype).eps
        finite = np.abs(w[np.isfinite(w)])
        atol = rtol * float(finite.max()) if finite.size else 0.0
        assert_same(got, want, rtol=rtol, atol=atol)
    else:
        assert_same(got, want)


def diff(np_call: Callable[[], Any], tnp_call: Callable[[], Any], factor: float = 100.0) -> Any:
    """Like ``differential``, for results that may be tuples of differently shaped arrays."""
    try:
        want = np_call()
    except Exception as e:
        with pytest.raises(type(e) if not isinstance(e, np.linalg.LinAlgError) else LinAlgError):
            tnp_call()
        return e
    close(tnp_call(), want, factor)
    return want


def T(x: Any) -> Any:
    return tnp.asarray(x)


def dcall(name: str, *args: Any, factor: float = 100.0, **kw: Any) -> Any:
    """``diff`` of ``linalg.<name>``; NumPy array arguments become tnp arrays for tnp."""
    targs = [T(x) if isinstance(x, np.ndarray) else x for x in args]
    tkw = {k: (T(v) if isinstance(v, np.ndarray) else v) for k, v in kw.items()}
    return diff(lambda: getattr(np.linalg, name)(*args, **kw),
                lambda: getattr(tnp.linalg, name)(*targs, **tkw), factor)


def hermitian(shape: tuple[int, ...], dtype: Any, seed: int = 0) -> np.ndarray:
    a = data(shape, dtype, seed)
    return (a + np.swapaxes(a, -1, -2).conj()).astype(dtype)


def spd(shape: tuple[int, ...], dtype: Any, seed: int = 0) -> np.ndarray:
    a = data(shape, dtype, seed).astype(np.complex128)
    n = shape[-1]
    m = a @ np.swapaxes(a, -1, -2).conj() + n * np.eye(n)
    if np.dtype(dtype).kind != "c":
        m = m.real
    return m.astype(dtype)


def mm(a: np.ndarray, b: np.ndarray) -> np.ndarray:
    return np.matmul(a.astype(np.complex128), b.astype(np.complex128))


def assert_near(x: np.ndarray, y: np.ndarray, dtype: Any, scale: float = 1.0,
                factor: float = 200.0) -> None:
    tol = factor * eps_of(dtype) * max(scale, 1.0)
    np.testing.assert_allclose(np.asarray(x), np.asarray(y), rtol=0, atol=tol)


def assert_unitary_cols(v: np.ndarray, dtype: Any) -> None:
    k = v.shape[-1]
    assert_near(mm(np.swapaxes(v, -1, -2).conj(), v), np.broadcast_to(np.eye(k), v.shape[:-2]
                                                                     + (k, k)), dtype)


def dtypes_of(got: Any, want: Any) -> None:
    for g, w in zip(got, want):
        g = to_numpy(g)
        assert g.dtype == w.dtype and g.shape == w.shape, (g.dtype, g.shape, w.dtype, w.shape)


# ---------------------------------------------------------------- wiring


@pytest.mark.parametrize("name", NAMES)
def test_signature_and_provider(name: str) -> None:
    assert str(inspect.signature(getattr(tnp.linalg, name))) == str(
        inspect.signature(getattr(np.linalg, name)))
    info = tnp_core.plugins.provider(f"linalg.{name}")
    assert info is not None and info.distribution == "tnp-linalg" and info.is_default
    assert name in dir(tnp.linalg)


@pytest.mark.parametrize("name", ["slogdet", "eigh", "eigvalsh", "cholesky", "eig", "eigvals"])
@pytest.mark.parametrize("shape", [(3,), (2, 3), (2, 4, 3)])
def test_square_checks(name: str, shape: tuple[int, ...]) -> None:
    a = data(shape, np.float64)
    e = diff(lambda: getattr(np.linalg, name)(a), lambda: getattr(tnp.linalg, name)(T(a)))
    assert isinstance(e, np.linalg.LinAlgError)


@pytest.mark.parametrize("name", ["slogdet", "eigh", "svd", "qr", "cholesky", "eig"])
def test_float16_rejected(name: str) -> None:
    a = np.eye(3, dtype=np.float16)
    e = diff(lambda: getattr(np.linalg, name)(a), lambda: getattr(tnp.linalg, name)(T(a)))
    assert isinstance(e, TypeError)


# ---------------------------------------------------------------- slogdet


@pytest.mark.parametrize("dtype", ALL + [np.bool_])
@pytest.mark.parametrize("shape", SHAPES + EMPTY)
def test_slogdet(dtype: Any, shape: tuple[int, ...]) -> None:
    a = square(shape, dtype, 3) if dtype is not np.bool_ else np.eye(shape[-1], dtype=bool)
    want = diff(lambda: np.linalg.slogdet(a), lambda: tnp.linalg.slogdet(T(a)))
    assert isinstance(want, tuple) and type(want).__name__ == "SlogdetResult"


@pytest.mark.parametrize("dtype", [np.float64, np.complex64, np.int64])
def test_slogdet_singular_and_negative(dtype: Any) -> None:
    sing = np.array([[1, 2], [2, 4]], dtype=dtype)
    diff(lambda: np.linalg.slogdet(sing), lambda: tnp.linalg.slogdet(T(sing)))
    neg = np.array([[0, 1], [1, 0]], dtype=dtype)
    want = diff(lambda: np.linalg.slogdet(neg), lambda: tnp.linalg.slogdet(T(neg)))
    assert want.sign == -1


# ---------------------------------------------------------------- eigh / eigvalsh


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", SHAPES + EMPTY)
@pytest.mark.parametrize("uplo", ["L", "U", "u"])
def test_eigh(dtype: Any, shape: tuple[int, ...], uplo: str) -> None:
    # A non-Hermitian input: each UPLO reads its own triangle, as LAPACK does.
    a = data(shape, dtype, 4)
    want_w = diff(lambda: np.linalg.eigvalsh(a, uplo), lambda: tnp.linalg.eigvalsh(T(a), uplo))
    want = np.linalg.eigh(a, uplo)
    got = tnp.linalg.eigh(T(a), uplo)
    assert type(got).__name__ == "EighResult" and got._fields == ("eigenvalues", "eigenvectors")
    dtypes_of(got, want)
    close(got.eigenvalues, want_w)
    w, v = to_numpy(got.eigenvalues), to_numpy(got.eigenvectors)
    h = np.tril(a) if uplo == "L" else np.triu(a)
    h = h + np.swapaxes(np.tril(h, -1) if uplo == "L" else np.triu(h, 1), -1, -2).conj()
    if np.dtype(dtype).kind == "c":
        d = np.diagonal(h, axis1=-2, axis2=-1).real
        h = h - np.einsum("...i,ij->...ij", np.diagonal(h, axis1=-2, axis2=-1), np.eye(
            shape[-1])) + np.einsum("...i,ij->...ij", d, np.eye(shape[-1]))
    scale = float(np.abs(want_w).max()) if want_w.size else 1.0
    assert_near(mm(h, v), mm(v, np.einsum("...i,ij->...ij", w, np.eye(shape[-1]))), dtype, scale)
    assert_unitary_cols(v, dtype)


@pytest.mark.parametrize("bad", ["X", "lower", ""])
def test_eigh_bad_uplo(bad: str) -> None:
    a = hermitian((3, 3), np.float64)
    for name in ("eigh", "eigvalsh"):
        e = dcall(name, a, bad)
        assert isinstance(e, ValueError)
        with pytest.raises(ValueError, match="UPLO argument must be 'L' or 'U'"):
            getattr(tnp.linalg, name)(T(a), bad)


# ---------------------------------------------------------------- svd / svdvals


SVD_SHAPES = [(4, 4), (5, 3), (3, 5), (2, 4, 3), (2, 2, 3, 4)]
SVD_EMPTY = [(0, 0), (0, 3), (3, 0), (2, 0, 4)]


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", SVD_SHAPES)
@pytest.mark.parametrize("full", [True, False])
def test_svd(dtype: Any, shape: tuple[int, ...], full: bool) -> None:
    a = data(shape, dtype, 5)
    want = np.linalg.svd(a, full_matrices=full)
    got = tnp.linalg.svd(T(a), full_matrices=full)
    assert type(got).__name__ == "SVDResult" and got._fields == ("U", "S", "Vh")
    dtypes_of(got, want)
    close(got.S, want.S)
    u, s, vh = (to_numpy(x) for x in got)
    k = s.shape[-1]
    scale = float(s.max())
    assert_near(mm(u[..., :, :k] * s[..., None, :], vh[..., :k, :]), a, dtype, scale)
    assert_unitary_cols(u, dtype)
    assert_unitary_cols(np.swapaxes(vh, -1, -2).conj(), dtype)


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", SVD_SHAPES + SVD_EMPTY)
def test_svd_values_only(dtype: Any, shape: tuple[int, ...]) -> None:
    a = data(shape, dtype, 6)
    diff(lambda: np.linalg.svd(a, compute_uv=False), lambda: tnp.linalg.svd(T(a), compute_uv=False))
    diff(lambda: np.linalg.svdvals(a), lambda: tnp.linalg.svdvals(T(a)))


@pytest.mark.parametrize("shape", SVD_EMPTY)
@pytest.mark.parametrize("full", [True, False])
def test_svd_empty(shape: tuple[int, ...], full: bool) -> None:
    a = np.zeros(shape, dtype=np.float32)
    diff(lambda: np.linalg.svd(a, full), lambda: tnp.linalg.svd(T(a), full))


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", SHAPES)
def test_svd_hermitian(dtype: Any, shape: tuple[int, ...]) -> None:
    a = hermitian(shape, dtype, 7)
    diff(lambda: np.linalg.svd(a, compute_uv=False, hermitian=True),
         lambda: tnp.linalg.svd(T(a), compute_uv=False, hermitian=True))
    want = np.linalg.svd(a, hermitian=True)
    got = tnp.linalg.svd(T(a), hermitian=True)
    dtypes_of(got, want)
    close(got.S, want.S)
    u, s, vh = (to_numpy(x) for x in got)
    assert_near(mm(u * s[..., None, :], vh), a, dtype, float(s.max()))
    assert_unitary_cols(u, dtype)


def test_svd_errors() -> None:
    for a in (np.ones(3), np.ones((2, 3), dtype=np.float16)):
        dcall("svd", a)
        dcall("svdvals", a)
    a = np.ones((2, 3))
    diff(lambda: np.linalg.svd(a, hermitian=True), lambda: tnp.linalg.svd(T(a), hermitian=True))


# ---------------------------------------------------------------- qr


QR_SHAPES = [(4, 4), (5, 3), (3, 5), (2, 4, 3), (2, 3, 4)]


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", QR_SHAPES + SVD_EMPTY)
@pytest.mark.parametrize("mode", ["reduced", "complete"])
def test_qr(dtype: Any, shape: tuple[int, ...], mode: str) -> None:
    a = data(shape, dtype, 8)
    want = np.linalg.qr(a, mode)
    got = tnp.linalg.qr(T(a), mode)
    assert type(got).__name__ == "QRResult" and got._fields == ("Q", "R")
    dtypes_of(got, want)
    q, r = to_numpy(got.Q), to_numpy(got.R)
    scale = float(np.abs(a).max()) if a.size else 1.0
    assert_near(mm(q, r), a, dtype, scale)
    assert_unitary_cols(q, dtype)
    np.testing.assert_array_equal(r, np.triu(r))
    # R is unique up to the phase of its rows
    assert_near(np.abs(r), np.abs(want.R), dtype, scale)


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", QR_SHAPES + SVD_EMPTY)
def test_qr_r_and_raw(dtype: Any, shape: tuple[int, ...]) -> None:
    a = data(shape, dtype, 9)
    want = np.linalg.qr(a, "r")
    got = tnp.linalg.qr(T(a), "r")
    assert isinstance(got, tnp.ndarray)
    dtypes_of([got], [want])
    scale = float(np.abs(a).max()) if a.size else 1.0
    assert_near(np.abs(to_numpy(got)), np.abs(want), dtype, scale)
    # raw: LAPACK's geqrf in NumPy's (transposed) layout, deterministic Householder convention
    diff(lambda: np.linalg.qr(a, "raw"), lambda: tnp.linalg.qr(T(a), "raw"), factor=1000.0)


def test_qr_modes() -> None:
    a = data((4, 3), np.float64, 10)
    e = diff(lambda: np.linalg.qr(a, "bogus"), lambda: tnp.linalg.qr(T(a), "bogus"))
    assert isinstance(e, ValueError)
    with pytest.raises(ValueError, match="Unrecognized mode 'bogus'"):
        tnp.linalg.qr(T(a), "bogus")
    with pytest.warns(DeprecationWarning):
        got = tnp.linalg.qr(T(a), "full")
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)
        want = np.linalg.qr(a, "full")
        assert_near(np.abs(to_numpy(got.R)), np.abs(want.R), np.float64, 4)
        with pytest.warns(DeprecationWarning):
            got_e = tnp.linalg.qr(T(a), "economic")
        close(got_e, np.linalg.qr(a, "economic"), factor=1000.0)
    diff(lambda: np.linalg.qr(np.ones(3)), lambda: tnp.linalg.qr(T(np.ones(3))))


# ---------------------------------------------------------------- cholesky


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", SHAPES + EMPTY)
@pytest.mark.parametrize("upper", [False, True])
def test_cholesky(dtype: Any, shape: tuple[int, ...], upper: bool) -> None:
    a = spd(shape, dtype, 11)
    diff(lambda: np.linalg.cholesky(a, upper=upper), lambda: tnp.linalg.cholesky(T(a), upper=upper))


@pytest.mark.parametrize("upper", [False, True])
def test_cholesky_reads_one_triangle(upper: bool) -> None:
    a = spd((4, 4), np.complex128, 12)
    junk = a + (np.triu(np.full((4, 4), 5 + 3j), 1) if not upper else np.tril(
        np.full((4, 4), 7 - 2j), -1))
    diff(lambda: np.linalg.cholesky(junk, upper=upper),
         lambda: tnp.linalg.cholesky(T(junk), upper=upper))


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex128, np.int64])
@pytest.mark.parametrize("upper", [False, True])
def test_cholesky_not_positive_definite(dtype: Any, upper: bool) -> None:
    a = np.stack([np.eye(3), -np.eye(3)]).astype(dtype)
    e = diff(lambda: np.linalg.cholesky(a, upper=upper),
             lambda: tnp.linalg.cholesky(T(a), upper=upper))
    assert isinstance(e, np.linalg.LinAlgError)
    with pytest.raises(LinAlgError, match="Matrix is not positive definite"):
        tnp.linalg.cholesky(T(a), upper=upper)


# ---------------------------------------------------------------- eig / eigvals


ROT = np.array([[0.0, -1.0], [1.0, 0.0]])
REAL_SPECTRUM = np.array([[2.0, 1.0], [0.5, 3.0]])


def sorted_eig(w: Any) -> np.ndarray:
    w = np.asarray(w)
    return np.sort_complex(w) if w.dtype.kind == "c" else np.sort(w, axis=-1)


def check_eig(a: np.ndarray, dtype: Any) -> None:
    want = np.linalg.eig(a)
    got = tnp.linalg.eig(T(a))
    assert type(got).__name__ == "EigResult" and got._fields == ("eigenvalues", "eigenvectors")
    dtypes_of(got, want)
    w, v = to_numpy(got.eigenvalues), to_numpy(got.eigenvectors)
    if a.size:
        scale = float(np.abs(want.eigenvalues).max())
        tol = 1000 * eps_of(dtype) * max(scale, 1.0)
        np.testing.assert_allclose(sorted_eig(w), sorted_eig(want.eigenvalues), atol=tol, rtol=0)
        assert_near(mm(a, v), mm(v, np.einsum("...i,ij->...ij", w, np.eye(a.shape[-1]))), dtype,
                    scale, factor=1000.0)
        assert_near(np.linalg.norm(v, axis=-2), np.ones(w.shape), dtype)
    wv = tnp.linalg.eigvals(T(a))
    want_v = np.linalg.eigvals(a)
    dtypes_of([wv], [want_v])
    if a.size:
        np.testing.assert_allclose(sorted_eig(to_numpy(wv)), sorted_eig(want_v), atol=tol, rtol=0)


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", SHAPES + EMPTY)
def test_eig_random(dtype: Any, shape: tuple[int, ...]) -> None:
    check_eig(data(shape, dtype, 13), dtype)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.int64, np.complex64])
def test_eig_real_vs_complex(dtype: Any) -> None:
    real = REAL_SPECTRUM.astype(dtype) if np.dtype(dtype).kind != "i" else np.array(
        [[2, 1], [0, 3]], dtype=dtype)
    rot = ROT.astype(dtype)
    for a in (real, rot, np.stack([real, rot]), np.stack([real, real])):
        check_eig(a, dtype)
    kind = np.asarray(tnp.linalg.eigvals(T(real)).tolist()).dtype.kind
    assert kind == ("c" if np.dtype(dtype).kind == "c" else "f")
    assert to_numpy(tnp.linalg.eigvals(T(np.stack([real, rot])))).dtype.kind == "c"


@pytest.mark.parametrize("bad", [np.nan, np.inf])
def test_eig_non_finite(bad: float) -> None:
    a = np.eye(3)
    a[1, 2] = bad
    for name in ("eig", "eigvals"):
        e = dcall(name, a)
        assert isinstance(e, np.linalg.LinAlgError)
        with pytest.raises(LinAlgError, match="Array must not contain infs or NaNs"):
            getattr(tnp.linalg, name)(T(a))


# ---------------------------------------------------------------- matrix_power


@pytest.mark.parametrize("dtype", ALL + [np.bool_])
@pytest.mark.parametrize("n", [0, 1, 2, 3, 5, 8, -1, -3])
@pytest.mark.parametrize("shape", [(3, 3), (2, 3, 3), (0, 0)])
def test_matrix_power(dtype: Any, n: int, shape: tuple[int, ...]) -> None:
    if np.dtype(dtype).kind in "iub" and n > 3:
        a = (data(shape, np.int8, 14) % 2).astype(dtype)  # keep integer powers small
    elif dtype is np.bool_:
        a = data(shape, dtype, 14)
    else:
        a = square(shape, dtype, 14) / (4 * shape[-1] + 8)
        a = a.astype(dtype) if np.dtype(dtype).kind in "fc" else square(shape, dtype, 14)
    if n < 0 and dtype is np.bool_:
        a = np.broadcast_to(np.eye(shape[-1], dtype=bool), shape).copy()
    diff(lambda: np.linalg.matrix_power(a, n), lambda: tnp.linalg.matrix_power(T(a), n),
         factor=1000.0)


def test_matrix_power_errors() -> None:
    a = np.eye(3)
    for n in (1.0, 2.5, "2", None):
        e = dcall("matrix_power", a, n)
        assert isinstance(e, TypeError)
    with pytest.raises(TypeError, match="exponent must be an integer"):
        tnp.linalg.matrix_power(T(a), 1.5)
    diff(lambda: np.linalg.matrix_power(a, np.int64(2)),
         lambda: tnp.linalg.matrix_power(T(a), np.int64(2)))
    for bad in (np.ones((2, 3)), np.ones(3)):
        e = dcall("matrix_power", bad, 2)
        assert isinstance(e, np.linalg.LinAlgError)
    sing = np.ones((2, 2))
    e = diff(lambda: np.linalg.matrix_power(sing, -1), lambda: tnp.linalg.matrix_power(T(sing), -1))
    assert isinstance(e, np.linalg.LinAlgError)


# ---------------------------------------------------------------- matrix_rank


def low_rank(shape: tuple[int, ...], rank: int, dtype: Any, seed: int = 0) -> np.ndarray:
    m, n = shape[-2:]
    left = data(shape[:-2] + (m, rank), dtype, seed).astype(np.complex128)
    right = data(shape[:-2] + (rank, n), dtype, seed + 1).astype(np.complex128)
    p = left @ right
    return (p if np.dtype(dtype).kind == "c" else p.real).astype(dtype)


@pytest.mark.parametrize("dtype", FLOATS + [np.int64])
@pytest.mark.parametrize("shape", [(4, 4), (5, 3), (3, 5), (2, 4, 4), (2, 2, 5, 3)])
@pytest.mark.parametrize("rank", [1, 2, 3])
def test_matrix_rank(dtype: Any, shape: tuple[int, ...], rank: int) -> None:
    a = low_rank(shape, rank, dtype, 15)
    want = diff(lambda: np.linalg.matrix_rank(a), lambda: tnp.linalg.matrix_rank(T(a)))
    assert np.all(want == rank)
    for kw in ({"tol": 1e-3}, {"rtol": 0.5}, {"rtol": np.array(0.1)}, {"tol": 1e10}):
        dcall("matrix_rank", a, **kw)
    if shape[-1] == shape[-2]:
        h = mm(a, np.swapaxes(a, -1, -2).conj())
        h = (h if np.dtype(dtype).kind == "c" else h.real).astype(np.dtype(dtype).type)
        diff(lambda: np.linalg.matrix_rank(h, hermitian=True),
             lambda: tnp.linalg.matrix_rank(T(h), hermitian=True))


@pytest.mark.parametrize("a", [[1, 0], [0, 0], [], 3.0, 0, [[1, 0], [0, 0]]])
def test_matrix_rank_small(a: Any) -> None:
    diff(lambda: np.linalg.matrix_rank(a), lambda: tnp.linalg.matrix_rank(a))


def test_matrix_rank_edge() -> None:
    for shape in SVD_EMPTY:
        z = np.zeros(shape)
        dcall("matrix_rank", z)
    a = np.eye(3)
    e = diff(lambda: np.linalg.matrix_rank(a, tol=1, rtol=1),
             lambda: tnp.linalg.matrix_rank(T(a), tol=1, rtol=1))
    assert isinstance(e, ValueError)
    tol = np.array([0.5, 2.0])
    b = np.stack([np.eye(3), np.eye(3)])
    want = diff(lambda: np.linalg.matrix_rank(b, tol=tol),
                lambda: tnp.linalg.matrix_rank(T(b), tol=T(tol)))
    assert list(want) == [3, 0]


# ---------------------------------------------------------------- pinv


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("shape", [(4, 4), (5, 3), (3, 5), (2, 4, 3)])
def test_pinv(dtype: Any, shape: tuple[int, ...]) -> None:
    a = data(shape, dtype, 16)
    diff(lambda: np.linalg.pinv(a), lambda: tnp.linalg.pinv(T(a)), factor=1000.0)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex128])
def test_pinv_cutoffs(dtype: Any) -> None:
    a = low_rank((2, 5, 4), 2, dtype, 17)
    calls: list[dict[str, Any]] = [
        {"rcond": 1e-6}, {"rtol": None}, {"rtol": 1e-5}, {"rcond": np.array([1e-6, 0.9])},
        {"hermitian": False, "rtol": 0.5},
    ]
    for kw in calls:
        dcall("pinv", a, factor=1e4, **kw)
    h = hermitian((2, 4, 4), dtype, 18)
    diff(lambda: np.linalg.pinv(h, hermitian=True),
         lambda: tnp.linalg.pinv(T(h), hermitian=True), factor=1e4)
    e = diff(lambda: np.linalg.pinv(a, rcond=0.1, rtol=0.1),
             lambda: tnp.linalg.pinv(T(a), rcond=0.1, rtol=0.1))
    assert isinstance(e, ValueError)


@pytest.mark.parametrize("dtype", [np.float32, np.int64, np.complex64])
@pytest.mark.parametrize("shape", SVD_EMPTY)
def test_pinv_empty(dtype: Any, shape: tuple[int, ...]) -> None:
    z = np.zeros(shape, dtype=dtype)
    diff(lambda: np.linalg.pinv(z), lambda: tnp.linalg.pinv(T(z)))


def test_pinv_errors() -> None:
    for a in (np.ones(3), np.ones((2, 2), dtype=np.float16)):
        dcall("pinv", a)


# ---------------------------------------------------------------- lstsq


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("ashape", [(6, 3), (3, 3), (3, 5)])
@pytest.mark.parametrize("bshape", [(None,), (2,), (0,)])
def test_lstsq(dtype: Any, ashape: tuple[int, int], bshape: tuple[Any, ...]) -> None:
    a = data(ashape, dtype, 19)
    if ashape[0] == ashape[1]:
        a = square(ashape, dtype, 19)
    b = data((ashape[0],) + tuple(x for x in bshape if x is not None), dtype, 20)
    want = diff(lambda: np.linalg.lstsq(a, b), lambda: tnp.linalg.lstsq(T(a), T(b)), factor=1000)
    got = tnp.linalg.lstsq(T(a), T(b))
    diff(lambda: np.linalg.lstsq(a, b, -1), lambda: tnp.linalg.lstsq(T(a), T(b), -1), factor=1000)
    assert type(got) is tuple and isinstance(got[2], tnp.generic)
    assert type(got[2].item()) is int and want[2] == got[2]


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex128])
def test_lstsq_rank_deficient(dtype: Any) -> None:
    a = low_rank((6, 4), 2, dtype, 21)
    b = data((6, 3), dtype, 22)
    want = diff(lambda: np.linalg.lstsq(a, b), lambda: tnp.linalg.lstsq(T(a), T(b)), factor=1e4)
    # NumPy decides the rank in double precision: rounding to float32 makes it full rank.
    full = dtype is np.float32
    assert want[2] == (4 if full else 2) and want[1].shape == ((3,) if full else (0,))
    for rcond in (1e-3, 0.9):
        dcall("lstsq", a, b, rcond, factor=1e4)


@pytest.mark.parametrize("ashape", [(0, 0), (0, 3), (3, 0)])
@pytest.mark.parametrize("k", [None, 0, 2])
def test_lstsq_empty(ashape: tuple[int, int], k: Any) -> None:
    a = np.zeros(ashape, dtype=np.float32)
    b = np.ones((ashape[0],) if k is None else (ashape[0], k), dtype=np.float32)
    diff(lambda: np.linalg.lstsq(a, b), lambda: tnp.linalg.lstsq(T(a), T(b)))


def test_lstsq_errors() -> None:
    cases = [
        (np.ones((3, 2)), np.ones(4)),
        (np.ones((2, 3, 2)), np.ones((2, 3))),
        (np.ones(3), np.ones(3)),
        (np.ones((3, 2)), np.ones((2, 3, 1))),
        (np.ones((3, 2), dtype=np.float16), np.ones(3)),
    ]
    for a, b in cases:
        dcall("lstsq", a, b)
    with pytest.raises(LinAlgError, match="Incompatible dimensions"):
        tnp.linalg.lstsq(T(np.ones((3, 2))), T(np.ones(4)))


# ---------------------------------------------------------------- differential helper sanity


def test_differential_helper_still_applies() -> None:
    a = square((3, 3), np.float32, 23)
    differential(lambda: np.linalg.eigvalsh(a), lambda: tnp.linalg.eigvalsh(T(a)))


# ---------------------------------------------------------------- array-API additions


API_NAMES = [
    "matrix_transpose", "diagonal", "trace", "outer", "cross", "vecdot", "matrix_norm",
    "vector_norm", "tensordot", "multi_dot", "cond",
]
API_DTYPES = ALL + [np.bool_]


@pytest.mark.parametrize("name", API_NAMES)
def test_api_signature_and_provider(name: str) -> None:
    test_signature_and_provider(name)


@pytest.mark.parametrize("dtype", API_DTYPES)
@pytest.mark.parametrize("shape", [(3, 4), (2, 3, 4), (0, 2), (4,)])
@pytest.mark.parametrize("offset", [0, 1, -2, 5])
def test_transpose_diagonal_trace(dtype: Any, shape: tuple[int, ...], offset: int) -> None:
    a = data(shape, dtype, 24)
    if offset == 0:
        dcall("matrix_transpose", a)
    dcall("diagonal", a, offset=offset)
    dcall("trace", a, offset=offset)
    for dt in (np.int8, np.int32, np.uint8, np.complex64, np.bool_):
        if np.dtype(dtype).kind != "c" or np.dtype(dt).kind == "c":
            dcall("trace", a, offset=offset, dtype=dt)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        dcall("trace", a, offset=offset, dtype=np.float32)
    ours = [w for w in caught if issubclass(w.category, ComplexWarning)]
    theirs = [w for w in caught if issubclass(w.category, np.exceptions.ComplexWarning)]
    assert len(ours) == len(theirs) == (np.dtype(dtype).kind == "c" and len(shape) > 1)


@pytest.mark.parametrize("d1", API_DTYPES)
@pytest.mark.parametrize("d2", [np.float32, np.int8, np.complex128, np.bool_])
def test_outer_vecdot_tensordot(d1: Any, d2: Any) -> None:
    x, y = data((4,), d1, 25), data((4,), d2, 26)
    dcall("outer", x, y)
    dcall("vecdot", x, y)
    a, b = data((2, 3, 4), d1, 27), data((3, 4, 5), d2, 28)
    dcall("vecdot", a, data((3, 4), d2, 29))
    dcall("vecdot", a, data((2, 1, 3), d2, 30), axis=1)
    for axes in (2, 1, 0, ([1, 2], [0, 1]), ([2], [1]), (1, 0)):
        dcall("tensordot", a, b, axes=axes)


@pytest.mark.parametrize("dtype", [np.float32, np.float64, np.complex64, np.int64, np.int8])
def test_cross(dtype: Any) -> None:
    a, b = data((4, 3), dtype, 31), data((3,), dtype, 32)
    dcall("cross", a, b)
    dcall("cross", data((3, 2), dtype, 33), data((3, 1), dtype, 34), axis=0)
    dcall("cross", a, data((2, 1, 3), np.float32, 35))


def test_api_errors() -> None:
    v, m = np.ones(3), np.ones((2, 3))
    for e_type, name, args, kw in [
        (ValueError, "matrix_transpose", (v,), {}),
        (ValueError, "diagonal", (v,), {}),
        (ValueError, "outer", (m, v), {}),
        (ValueError, "cross", (np.ones(2), v), {}),
        (ValueError, "vecdot", (v, np.ones(4)), {}),
        (ValueError, "tensordot", (m, m), {"axes": 1}),
        (ValueError, "multi_dot", ([m],), {}),
        (LinAlgError, "multi_dot", ([m, np.ones((3, 2, 2)), m],), {}),
        (LinAlgError, "cond", (np.ones((0, 0)),), {}),
        (LinAlgError, "cond", (m,), {"p": 1}),
    ]:
        e = dcall(name, *args, **kw)
        assert isinstance(e, e_type if e_type is not LinAlgError else np.linalg.LinAlgError)


@pytest.mark.parametrize("dtype", FLOATS + [np.int64])
@pytest.mark.parametrize("ord", ["fro", "nuc", 1, -1, 2, -2, np.inf, -np.inf])
@pytest.mark.parametrize("keepdims", [False, True])
def test_matrix_norm(dtype: Any, ord: Any, keepdims: bool) -> None:
    for shape in [(3, 4), (2, 3, 3)]:
        dcall("matrix_norm", data(shape, dtype, 36), ord=ord, keepdims=keepdims)


@pytest.mark.parametrize("dtype", FLOATS + [np.int64])
@pytest.mark.parametrize("axis", [None, 0, -1, (0, 2), (2, 1), (0, 1, 2)])
@pytest.mark.parametrize("ord", [2, 1, np.inf, -np.inf, 0, 3.5])
@pytest.mark.parametrize("keepdims", [False, True])
def test_vector_norm(dtype: Any, axis: Any, ord: Any, keepdims: bool) -> None:
    a = data((2, 3, 4), dtype, 37)
    dcall("vector_norm", a, axis=axis, ord=ord, keepdims=keepdims)
    if axis is None:
        dcall("vector_norm", np.asarray(3.0, dtype=dtype), ord=ord, keepdims=keepdims)


@pytest.mark.parametrize("dtype", FLOATS + [np.int64, np.bool_])
@pytest.mark.parametrize(
    "shapes",
    [[(3, 4), (4, 5)], [(4,), (4, 2)], [(4,), (4,)], [(2, 3), (3, 6), (6, 2), (2, 5)],
     [(3,), (3, 7), (7, 2), (2,)], [(5,), (5, 1), (1, 6)], [(2, 3), (3, 4), (4,)],
     [(2, 3, 4), (4, 2)], [(), (3, 3)]],
)
def test_multi_dot(dtype: Any, shapes: list[tuple[int, ...]]) -> None:
    arrays = [data(s, dtype, 38 + i) for i, s in enumerate(shapes)]
    diff(lambda: np.linalg.multi_dot(arrays), lambda: tnp.linalg.multi_dot([T(x) for x in arrays]),
         factor=1000.0)


def test_multi_dot_out() -> None:
    arrays = [data(s, np.float64, 45 + i) for i, s in enumerate([(2, 3), (3, 4), (4, 2)])]
    out = tnp.zeros((2, 2))
    r = tnp.linalg.multi_dot([T(x) for x in arrays], out=out)
    assert r is out
    close(out, np.linalg.multi_dot(arrays), factor=100.0)


@pytest.mark.parametrize("dtype", ALL)
@pytest.mark.parametrize("p", [None, 2, -2, 1, -1, np.inf, -np.inf, "fro", "nuc"])
def test_cond(dtype: Any, p: Any) -> None:
    cases = [square((2, 3, 3), dtype, 46), data((3, 4), dtype, 47)]
    if p not in (None, 2, -2):
        # singular: inv fails, NumPy's NaN becomes inf.  (The SVD forms are left out: whether
        # the smallest singular value of an exactly singular matrix rounds to 0 is LAPACK's.)
        cases.append(np.ones((2, 3, 3), dtype=dtype))
    for a in cases:
        dcall("cond", a, p, factor=1e4)


def test_matrix_power_one_returns_the_input() -> None:
    """NumPy returns the input array itself for n == 1 (other powers are new arrays)."""
    for a in (np.arange(4.0).reshape(2, 2), np.eye(2, dtype=bool)):
        assert np.linalg.matrix_power(a, 1) is a
        t = T(a)
        assert tnp.linalg.matrix_power(t, 1) is t
        assert tnp.linalg.matrix_power(t, 2) is not t
    listed = tnp.linalg.matrix_power([[1, 2], [3, 4]], 1)
    assert type(listed) is tnp.ndarray and listed.tolist() == [[1, 2], [3, 4]]
