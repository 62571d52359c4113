"""Autograd through tnp: gradients of NumPy programs match finite differences.

A tensor with ``requires_grad=True`` wrapped by ``np.asarray`` carries its autograd history
through every tnp function: each case below runs ``torch.autograd.gradcheck`` (float64 finite
differences against the analytical gradient) on a NumPy-style function of one array.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

import pytest
import torch

import tnp_core as np


def _written_into(a: Any) -> Any:
    """Slices of a fresh array assigned from the input."""
    c = np.zeros(6)
    c[1:5] = a
    c[0] = a[1] * 2
    return c


def _in_place(a: Any) -> Any:
    """In-place operators whose output is also an input (``c *= a`` reads c first)."""
    c = np.ones(4)
    c += a
    c *= a
    return c


CASES: dict[str, tuple[Callable[[Any], Any], tuple[int, ...]]] = {
    "exp": (lambda a: np.exp(a), (5,)),
    "pow": (lambda a: a ** 3, (5,)),
    "sum": (lambda a: np.sum(a, axis=0), (3, 4)),
    "mean": (lambda a: np.mean(a), (3, 4)),
    "std": (lambda a: np.std(a, axis=1), (3, 4)),
    "var_ddof": (lambda a: np.var(a, ddof=1), (6,)),
    "prod": (lambda a: np.prod(a, axis=1), (3, 4)),
    "cumsum": (lambda a: np.cumsum(a), (6,)),
    "cumprod": (lambda a: np.cumprod(a), (6,)),
    "max": (lambda a: np.max(a, axis=0), (3, 4)),
    "amin": (lambda a: np.amin(a), (7,)),
    "ptp": (lambda a: np.ptp(a), (7,)),
    "sort_small": (lambda a: np.sort(a), (9,)),
    "median": (lambda a: np.median(a), (9,)),
    "percentile": (lambda a: np.percentile(a, 30), (9,)),
    "quantile_ax": (lambda a: np.quantile(a, [0.2, 0.7], axis=0), (5, 3)),
    "nanmean": (lambda a: np.nanmean(a), (9,)),
    "nansum": (lambda a: np.nansum(a), (9,)),
    "nanstd": (lambda a: np.nanstd(a), (9,)),
    "nanmedian": (lambda a: np.nanmedian(a), (9,)),
    "average_w": (lambda a: np.average(a, weights=np.arange(1.0, 10.0)), (9,)),
    "matmul": (lambda a: a @ a.T, (3, 4)),
    "dot": (lambda a: np.dot(a, a), (4,)),
    "inner": (lambda a: np.inner(a, a), (4,)),
    "outer": (lambda a: np.outer(a, a), (4,)),
    "tensordot": (lambda a: np.tensordot(a, a, axes=([1], [1])), (3, 4)),
    "kron": (lambda a: np.kron(a, a), (3,)),
    "cross": (lambda a: np.cross(a[:3], a[3:]), (6,)),
    "einsum": (lambda a: np.einsum("ij,kj->ik", a, a), (3, 4)),
    "where": (lambda a: np.where(a > 0, a, a * a), (8,)),
    "clip": (lambda a: np.clip(a, -0.5, 0.5), (8,)),
    "concat": (lambda a: np.concatenate((a, 2 * a)), (4,)),
    "stack": (lambda a: np.stack((a, 2 * a)), (4,)),
    "hstack": (lambda a: np.hstack((a, a)), (4,)),
    "block": (lambda a: np.block([[a, a], [a, a]]), (2, 2)),
    "pad_reflect": (lambda a: np.pad(a, 2, mode="reflect"), (5,)),
    "pad_const": (lambda a: np.pad(a, 2), (5,)),
    "pad_edge": (lambda a: np.pad(a, 2, mode="edge"), (5,)),
    "tile": (lambda a: np.tile(a, 3), (3,)),
    "repeat": (lambda a: np.repeat(a, 2), (3,)),
    "roll": (lambda a: np.roll(a, 2), (5,)),
    "flip": (lambda a: np.flip(a), (5,)),
    "slice_rev": (lambda a: a[::-1], (5,)),
    "fancy": (lambda a: a[[0, 2, 2]], (5,)),
    "mask": (lambda a: a[a > 0], (8,)),
    "take": (lambda a: np.take(a, [1, 3]), (5,)),
    "take_along": (lambda a: np.take_along_axis(a, np.argsort(a), axis=0), (5,)),
    "diff": (lambda a: np.diff(a, n=2), (6,)),
    "gradient": (lambda a: np.gradient(a), (6,)),
    "interp": (lambda a: np.interp([0.5, 1.5], [0.0, 1.0, 2.0], a[:3]), (5,)),
    "trapezoid": (lambda a: np.trapezoid(a), (6,)),
    "convolve": (lambda a: np.convolve(a, a[:3]), (6,)),
    "correlate": (lambda a: np.correlate(a, a[:3], "full"), (6,)),
    "polyval": (lambda a: np.polyval(a, 1.5), (4,)),
    "polyfit": (lambda a: np.polyfit(np.arange(6.0), a, 2), (6,)),
    "cov": (lambda a: np.cov(a), (3, 5)),
    "corrcoef": (lambda a: np.corrcoef(a), (3, 5)),
    "linalg.norm": (lambda a: np.linalg.norm(a), (3, 4)),
    "linalg.norm2": (lambda a: np.linalg.norm(a, 2), (3, 4)),
    "linalg.inv": (lambda a: np.linalg.inv(a + 5 * np.eye(3)), (3, 3)),
    "linalg.solve": (lambda a: np.linalg.solve(a + 5 * np.eye(3), a[0]), (3, 3)),
    "linalg.det": (lambda a: np.linalg.det(a), (3, 3)),
    "linalg.slogdet": (lambda a: np.linalg.slogdet(a + 5 * np.eye(3))[1], (3, 3)),
    "linalg.eigh": (lambda a: np.linalg.eigh(a + a.T)[0], (3, 3)),
    "linalg.svdvals": (lambda a: np.linalg.svd(a, compute_uv=False), (3, 4)),
    "linalg.cholesky": (lambda a: np.linalg.cholesky(a @ a.T + np.eye(3)), (3, 3)),
    "linalg.qr": (lambda a: np.linalg.qr(a)[1], (4, 3)),
    "linalg.lstsq": (lambda a: np.linalg.lstsq(a, a[:, 0])[0], (4, 3)),
    "linalg.pinv": (lambda a: np.linalg.pinv(a), (4, 3)),
    "linalg.matrix_power": (lambda a: np.linalg.matrix_power(a, 3), (3, 3)),
    "fft.fft": (lambda a: np.fft.fft(a).real, (8,)),
    "fft.rfft": (lambda a: np.abs(np.fft.rfft(a)), (8,)),
    "fft.irfft": (lambda a: np.fft.irfft(a), (8,)),
    "fft.fftshift": (lambda a: np.fft.fftshift(a), (8,)),
    "hypot": (lambda a: np.hypot(a, 2 * a), (5,)),
    "arctan2": (lambda a: np.arctan2(a, 2.0), (5,)),
    "logaddexp": (lambda a: np.logaddexp(a, a * 2), (5,)),
    "sinc": (lambda a: np.sinc(a), (5,)),
    "i0": (lambda a: np.i0(a), (5,)),
    "nan_to_num": (lambda a: np.nan_to_num(a), (5,)),
    "around": (lambda a: np.round(a, 2) + a, (5,)),
    "maximum": (lambda a: np.maximum(a, 0.1), (5,)),
    "fmax": (lambda a: np.fmax(a, 0.1), (5,)),
    "square": (lambda a: np.square(a), (5,)),
    "reciprocal": (lambda a: np.reciprocal(a), (5,)),
    "cbrt": (lambda a: np.cbrt(a + 5), (5,)),
    "expm1": (lambda a: np.expm1(a), (5,)),
    "log_abs": (lambda a: np.log(np.abs(a)), (5,)),
    "float_power": (lambda a: np.float_power(np.abs(a), 1.5), (5,)),
    "copysign": (lambda a: np.copysign(a, -1.0), (5,)),
    "divide": (lambda a: a / (a * a + 1), (5,)),
    "ufunc.reduce": (lambda a: np.add.reduce(a, axis=1), (3, 4)),
    "ufunc.accumulate": (lambda a: np.multiply.accumulate(a), (5,)),
    "ufunc.outer": (lambda a: np.multiply.outer(a, a), (3,)),
    "ufunc.reduceat": (lambda a: np.add.reduceat(a, [0, 2]), (5,)),
    "unique": (lambda a: np.unique(a), (6,)),
    "partition": (lambda a: np.partition(a, 2), (6,)),
    "trace": (lambda a: np.trace(a), (3, 3)),
    "diagonal": (lambda a: np.diagonal(a), (3, 3)),
    "diag": (lambda a: np.diag(a), (3,)),
    "tril": (lambda a: np.tril(a), (3, 3)),
    "vander": (lambda a: np.vander(a, 3), (3,)),
    "meshgrid": (lambda a: np.meshgrid(a, a)[0], (3,)),
    "broadcast_to": (lambda a: np.broadcast_to(a, (2, 3)), (3,)),
    "moveaxis": (lambda a: np.moveaxis(a, 0, 1), (2, 3)),
    "squeeze": (lambda a: np.squeeze(a[None]), (3,)),
    "linspace_arr": (lambda a: np.linspace(a[0], a[1], 5), (2,)),
    "select": (lambda a: np.select([a > 0, a < 0], [a, 2 * a]), (5,)),
    "piecewise": (lambda a: np.piecewise(a, [a > 0], [lambda x: x * x, lambda x: -x]), (5,)),
    "choose": (lambda a: np.choose([0, 1, 0], [a[:3], a[3:]]), (6,)),
    "compress": (lambda a: np.compress([True, False, True], a), (3,)),
    "insert": (lambda a: np.insert(a, 1, 5.0), (3,)),
    "delete": (lambda a: np.delete(a, 1), (3,)),
    "append": (lambda a: np.append(a, a), (3,)),
    "resize": (lambda a: np.resize(a, 7), (3,)),
    "real_imag": (lambda a: np.real(a) + np.imag(a * 1j), (3,)),
    "angle": (lambda a: np.angle(a + 1j), (3,)),
    "abs_complex": (lambda a: np.abs(a + 2j * a), (3,)),
    "unwrap": (lambda a: np.unwrap(a * 4), (6,)),
    "histogram_w": (lambda a: np.histogram([0.1, 0.5, 0.9], bins=2, weights=a[:3])[0], (3,)),
    "setitem_inplace": (lambda a: _written_into(a), (4,)),
    "out_kw": (lambda a: np.add(a, a, out=np.empty(4)), (4,)),
    "iadd": (lambda a: _in_place(a), (4,)),
}


def _as_tensor_function(fn: Callable[[Any], Any]) -> Callable[[torch.Tensor], torch.Tensor]:
    def run(t: torch.Tensor) -> torch.Tensor:
        r = fn(np.asarray(t))
        return r.tensor if isinstance(r, np.ndarray) else torch.as_tensor(r)

    return run


@pytest.mark.parametrize("name", list(CASES))
def test_gradient_matches_finite_differences(name: str) -> None:
    fn, shape = CASES[name]
    gen = torch.Generator().manual_seed(sum(map(ord, name)))
    x = torch.randn(shape, dtype=torch.float64, generator=gen, requires_grad=True)
    assert torch.autograd.gradcheck(_as_tensor_function(fn), (x,), eps=1e-6, atol=1e-5)


_N = 70_000  # above the length from which 1-d float sorts take the integer-key radix path
LONG_CASES: dict[str, tuple[Callable[[Any], Any], Callable[[torch.Tensor], torch.Tensor]]] = {
    "sort": (np.sort, lambda t: torch.sort(t).values),
    "sort_stable": (lambda a: np.sort(a, kind="stable"), lambda t: torch.sort(t).values),
    "sort_descending": (
        lambda a: np.sort(a, descending=True), lambda t: torch.sort(t, descending=True).values
    ),
    "unique": (np.unique, lambda t: torch.sort(t).values),
    "partition": (lambda a: np.partition(a, 5), lambda t: torch.sort(t).values),
    "sort_complex": (lambda a: np.sort_complex(a).real, lambda t: torch.sort(t).values),
    "median": (np.median, lambda t: torch.quantile(t, 0.5)),
    "histogram_weights": (
        lambda a: np.histogram(np.arange(_N) / _N, bins=10, weights=a)[0],
        lambda t: t.reshape(10, -1).sum(1),
    ),
}


@pytest.mark.parametrize("name", list(LONG_CASES))
def test_gradient_of_long_input_paths(name: str) -> None:
    """Kernels with special paths for long inputs (radix sort, weighted counts) keep the
    history: the gradient equals the one of the torch formulation."""
    fn, reference = LONG_CASES[name]
    x = torch.randn(_N, dtype=torch.float64, generator=torch.Generator().manual_seed(0))
    weights = torch.linspace(-1.0, 1.0, _N, dtype=torch.float64)
    grads = []
    for f in (_as_tensor_function(fn), reference):
        t = x.clone().requires_grad_(True)
        r = f(t)
        (r * weights[: r.numel()].reshape(r.shape)).sum().backward()
        grads.append(t.grad)
    torch.testing.assert_close(grads[0], grads[1], rtol=0, atol=0)


def test_out_of_a_graph_input_keeps_its_history() -> None:
    """``np.multiply(c, a, out=c)`` with ``c`` recorded by autograd: the product reads the old
    ``c`` (as torch's ``mul_`` does), so backward sees the values before the write."""
    a = torch.tensor([0.5, -2.0, 3.0], dtype=torch.float64, requires_grad=True)
    c = np.asarray(a) * 2.0
    np.multiply(c, np.asarray(a), out=c)  # c = 2 a**2
    c.tensor.sum().backward()
    torch.testing.assert_close(a.grad, 4 * a.detach())


def test_no_grad_results_stay_plain() -> None:
    """Without ``requires_grad`` nothing is recorded (no history on results)."""
    r = np.sort(np.arange(float(_N))[::-1])
    assert not r.tensor.requires_grad and r.tensor.grad_fn is None
