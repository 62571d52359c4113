"""torch.compile(fullgraph=True) traces tnp kernels: eager results, value checks as asserts."""

from __future__ import annotations

import warnings
from collections.abc import Callable
from typing import Any

import pytest
import torch
from compile_support import fresh_dynamo, tensors_of  # noqa: F401 (fixture)

import tnp_core as np
from tnp_core.exceptions import LinAlgError

_gen = torch.Generator().manual_seed(0)
X = torch.randn(6, 4, dtype=torch.float64, generator=_gen)
Y = torch.randn(6, 4, dtype=torch.float64, generator=_gen)
XN = X.clone()
XN[0, 1] = float("nan")
XN[:, 2] = float("nan")  # an all-NaN column


pytestmark = pytest.mark.usefixtures("fresh_dynamo")


def _pair(fn: Callable[..., Any]) -> tuple[Callable[..., Any], Callable[..., Any]]:
    """The eager and the compiled form of ``fn`` over ndarrays wrapping the tensor args."""

    def f(*ts: torch.Tensor) -> Any:
        return tensors_of(fn(*(np.asarray(t) for t in ts)))

    return f, torch.compile(f, backend="eager", fullgraph=True)


def _spd(a: Any) -> Any:
    return np.dot(a.T, a) + np.eye(4)


def _put_along(a: Any) -> Any:
    c = a.copy()
    np.put_along_axis(c, np.argsort(a, axis=0)[:1], 0.0, axis=0)
    return c


# name: (function of ndarrays, tensor args, exact); exact=False allows rounding differences
CASES: dict[str, tuple[Callable[..., Any], tuple[torch.Tensor, ...], bool]] = {
    "linspace": (lambda a: np.linspace(0, 1, 4) * a, (X,), True),
    "linspace_arrays": (lambda a: np.linspace(a[0], a[1], 5, axis=1), (X,), True),
    "solve": (lambda a, b: np.linalg.solve(_spd(a), b[:4]), (X, Y), True),
    "inv": (lambda a: np.linalg.inv(_spd(a)), (X,), True),
    "cholesky": (lambda a: np.linalg.cholesky(_spd(a), upper=True), (X,), True),
    "eigh": (lambda a: np.linalg.eigh(_spd(a)), (X,), True),
    "eigvalsh": (lambda a: np.linalg.eigvalsh(_spd(a)), (X,), True),
    "take": (lambda a: np.take(a, np.array([0, -3, 5])), (X,), True),
    "take_along_axis": (
        lambda a: np.take_along_axis(a, np.argsort(a, axis=0), axis=0), (X,), True),
    "put_along_axis": (_put_along, (X,), True),
    "percentile": (lambda a: np.percentile(a, 30, axis=0), (X,), True),
    "quantile": (lambda a: np.quantile(a, [0.1, 0.5], axis=1, method="nearest"), (X,), True),
    "quantile_weights": (
        lambda a: np.quantile(a, 0.4, axis=0, method="inverted_cdf", weights=np.ones(6)),
        (X,), True),
    "nanmean": (lambda a: np.nanmean(a, axis=0), (XN,), True),
    "nanmedian": (lambda a: np.nanmedian(a, axis=0), (XN,), True),
    "nanpercentile": (lambda a: np.nanpercentile(a, [10, 90], axis=0), (XN,), True),
    "nanmax": (lambda a: np.nanmax(a, axis=0), (XN,), True),
    "nanvar": (lambda a: np.nanvar(a, axis=0, ddof=1), (XN,), True),
    "average": (lambda a: np.average(a, axis=0, weights=np.arange(1.0, 7.0)), (X,), True),
    "var_complex": (lambda a: np.var(a + 1j * a, axis=0), (X,), True),
    "irfft": (lambda a: np.fft.irfft(np.fft.rfft(a, axis=1), n=4, axis=1), (X,), True),
    "irfftn": (lambda a: np.fft.irfftn(np.fft.rfftn(a)), (X,), True),
    "tile_repeat": (lambda a: np.tile(a, (1, 2)) + np.repeat(a, 2, axis=1), (X,), True),
    "triu_indices": (lambda a: a[:4][np.triu_indices(4)], (X,), True),
    "interp": (
        lambda a, b: np.interp(b[0], np.sort(a[:, 0]), a[:, 1], right=np.float64(7)),
        (X, Y), True),
    "interp_complex": (
        lambda a, b: np.interp(b[0], np.sort(a[:, 0]), a[:, 1] + 1j * a[:, 2]), (X, Y), True),
    "bincount": (lambda a: np.bincount(np.arange(6) % 3, minlength=4), (X,), True),
    "bincount_weights": (
        lambda a: np.bincount(np.arange(6) % 3, weights=a[:, 0], minlength=3), (X,), False),
    "histogram": (lambda a: np.histogram(a, bins=5, range=(-1, 1)), (X,), True),
    "histogram_weights": (
        lambda a, b: np.histogram(a, bins=5, range=(-1, 1), weights=b, density=True),
        (X, Y), False),
    "histogram_edges": (lambda a: np.histogram(a, bins=np.linspace(-1, 1, 6)), (X,), True),
}


@pytest.mark.parametrize("name", list(CASES))
def test_compiled_matches_eager(name: str) -> None:
    fn, args, exact = CASES[name]
    f, cf = _pair(fn)
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", RuntimeWarning)  # all-NaN slices (eager only)
        ref = f(*args)
    got = cf(*args)
    tol = {"rtol": 0, "atol": 0} if exact else {"rtol": 1e-12, "atol": 1e-12}
    torch.testing.assert_close(got, ref, equal_nan=True, **tol)


def test_lstsq_compiles() -> None:
    """Under compile an SVD gives gelsd's minimum-norm solution (equal to rounding)."""
    run, compiled = _pair(lambda a, b: np.linalg.lstsq(a, b))
    for a, b in ((X, Y[:, 0]), (X, Y[:, :2]), (X.T, Y[0]), (X.to(torch.complex128), Y[:, 0])):
        torch._dynamo.reset()
        torch.testing.assert_close(compiled(a, b), run(a, b), rtol=1e-12, atol=1e-12)
    deficient = X.clone()
    deficient[:, 3] = deficient[:, 2]
    torch._dynamo.reset()
    with pytest.raises(RuntimeError, match="rank-deficient"):
        compiled(deficient, Y[:, 0])
    assert run(deficient, Y[:, 0])[1].shape == (0,)  # eager: NumPy's empty residuals


def test_slogdet_compiles() -> None:
    run, compiled = _pair(lambda a: np.linalg.slogdet(a))
    a = X[:4]
    torch.testing.assert_close(tuple(compiled(a)), tuple(run(a)), rtol=0, atol=0)


def _singular(a: Any) -> Any:
    return np.linalg.solve(np.zeros((3, 3)) + a[0, 0], a[:3, 0])


# name: (function of ndarrays, tensor args, NumPy's exception, message)
BAD: dict[str, tuple[Callable[..., Any], tuple[torch.Tensor, ...], Any, str]] = {
    "solve": (_singular, (X,), LinAlgError, "Singular matrix"),
    "cholesky": (lambda a: np.linalg.cholesky(-_spd(a)), (X,), LinAlgError, "not positive"),
    "take": (lambda a: np.take(a, np.array([0, 24])), (X,), IndexError, "out of bounds"),
    "percentile": (lambda a: np.percentile(a, 150), (X,), ValueError, r"\[0, 100\]"),
    "average": (
        lambda a: np.average(a, axis=0, weights=np.zeros(6)), (X,), ZeroDivisionError, "zero"),
    "bincount": (
        lambda a: np.bincount(np.array([1, -1]), minlength=3), (X,), ValueError, "negative"),
    "bincount_minlength": (
        lambda a: np.bincount(np.array([1, 5]), minlength=3), (X,), None, "minlength"),
    "nanargmax": (lambda a: np.nanargmax(a, axis=0), (XN,), ValueError, "All-NaN"),
}


@pytest.mark.parametrize("name", list(BAD))
def test_bad_input_raises(name: str) -> None:
    fn, args, error, message = BAD[name]
    f, cf = _pair(fn)
    if error is not None:
        with pytest.raises(error, match=message):
            f(*args)
    else:  # valid in eager (NumPy gives a longer result); not traceable with a fixed length
        f(*args)
    with pytest.raises(RuntimeError, match=message):
        cf(*args)


def test_lstsq_nonfinite_raises() -> None:
    a = X.clone()
    a[0, 0] = float("inf")
    run, compiled = _pair(lambda x, y: np.linalg.lstsq(x, y))
    with pytest.raises(LinAlgError, match="SVD did not converge"):
        run(a, Y[:, 0])
    with pytest.raises(RuntimeError, match="SVD did not converge"):
        compiled(a, Y[:, 0])
