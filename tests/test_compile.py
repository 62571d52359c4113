"""torch.compile over NumPy programs: TorchDynamo traces tnp without graph breaks.

Each case is compiled with ``fullgraph=True`` (a graph break is an error) and the ``eager``
backend (tracing only: what these tests check is that tnp's Python layer is traceable), and
its result must equal the eager result.  One end-to-end case runs through inductor.
Kernels of the plugins (statistics, linalg, fft, ...) are covered by ``test_compile_kernels``.
"""

from __future__ import annotations

import shutil
from collections.abc import Callable
from typing import Any

import pytest
import torch
import torch._dynamo
from compile_support import fresh_dynamo  # noqa: F401 (fixture)

import tnp_core as np

Program = Callable[[Any, Any], Any]


def _assign_rows(a: Any, b: Any) -> Any:
    c = a.copy()
    c[0] = 0.0
    c[:, 1] = c[:, 2]  # source and destination share memory
    c[1:3, ::2] = b[:2, :2]
    return c


def _in_place(a: Any, b: Any) -> Any:
    c = a.copy()
    c += b
    c *= 2.0
    c -= 1
    c /= b
    c **= 2
    return c


def _masked_assign(a: Any, b: Any) -> Any:
    c = a.copy()
    c[c > 1] = 1.0
    np.putmask(c, c < -1, -1.0)
    return c


def _softmax(a: Any, b: Any) -> Any:
    e = np.exp(a - a.max(axis=-1, keepdims=True))
    return e / e.sum(axis=-1, keepdims=True)


def _standardize(a: Any, b: Any) -> Any:
    return (a - a.mean(axis=0)) / a.std(axis=0, ddof=1)


PROGRAMS: dict[str, Program] = {
    "ufuncs": lambda a, b: np.exp(a) + np.add(a, b) * np.sin(b),
    "operators": lambda a, b: (a * 2 + 1.5) / (b**2 + 1) - a // 3 % 2,
    "comparisons": lambda a, b: np.logical_and(a > 0, b > 0) | np.invert(a < b) ^ (a >= b),
    "int_arithmetic": lambda a, b: (np.arange(24).reshape(6, 4) // 3) % 5 + a,
    "python_scalars": lambda a, b: a * np.float64(2.0) + np.pi - 3,
    "float32": lambda a, b: a.astype(np.float32) * b,
    "complex": lambda a, b: np.abs(a + 1j * b),
    "ufunc_keywords": lambda a, b: np.add(a, b, dtype=np.float32, casting="same_kind"),
    "ufunc_where": lambda a, b: np.multiply(a, b, out=np.zeros((6, 4)), where=a > 0),
    "ufunc_out": lambda a, b: np.add(a, b, out=np.empty((6, 4))),
    "ufunc_reduce": lambda a, b: np.add.reduce(a, axis=0) + np.maximum.reduce(b, axis=1).sum(),
    "ufunc_accumulate": lambda a, b: np.multiply.accumulate(a, axis=0),
    "ufunc_outer": lambda a, b: np.subtract.outer(a[0], b[0]),
    "matmul": lambda a, b: np.matmul(np.matmul(a, b.T), a) + np.matmul(a.T, b).sum(),
    "dot_einsum": lambda a, b: np.dot(a, b.T) + np.einsum("ij,kj->ik", a, b),
    "reductions": lambda a, b: np.sum(a, axis=1) + np.mean(b, axis=1) + a.max(axis=1),
    "full_reduction": lambda a, b: np.sum(a) * 2 + np.var(b),
    "methods": lambda a, b: a.cumsum(axis=1).max(axis=0) + b.argmax(axis=0),
    "argsort_method": lambda a, b: a.argsort(axis=1),
    "softmax": _softmax,
    "standardize": _standardize,
    "where_clip": lambda a, b: np.where(a > 0, a, b) + np.clip(a, -0.5, 0.5),
    "creation": lambda a, b: np.zeros_like(a) + np.ones((6, 4)) + np.full((6, 4), 2.0) + a,
    "arange_eye": lambda a, b: np.arange(4) * a + np.eye(6, 4),
    "joining": lambda a, b: np.concatenate((a, b), axis=0)[::2] + np.stack((a, b))[1],
    "shapes": lambda a, b: a.reshape(4, 6).T + np.transpose(b.reshape(4, 6)),
    "broadcasting": lambda a, b: a[:, None, :] - b[None, :, :],
    "basic_indexing": lambda a, b: a[1:3, ::2].sum() + a[2] + a[-1, 1],
    "fancy_indexing": lambda a, b: a[[0, 2, 3]] + b[np.array([1, 1, 0])],
    "assign": _assign_rows,
    "in_place": _in_place,
    "masked_assign": _masked_assign,
    "copies_and_views": lambda a, b: np.ascontiguousarray(a.T).copy() + b.T.view(),
    "nan_to_num_isfinite": lambda a, b: np.nan_to_num(a / b) + np.where(np.isfinite(a), a, 0.0),
}


pytestmark = pytest.mark.usefixtures("fresh_dynamo")


def _operands() -> tuple[torch.Tensor, torch.Tensor]:
    gen = torch.Generator().manual_seed(0)
    x = torch.randn(6, 4, dtype=torch.float64, generator=gen)
    y = torch.randn(6, 4, dtype=torch.float64, generator=gen) + 3.0
    return x, y


def _on_tensors(program: Program) -> Callable[[torch.Tensor, torch.Tensor], torch.Tensor]:
    def run(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        r = program(np.asarray(x), np.asarray(y))
        return r.tensor if isinstance(r, np.ndarray) else torch.as_tensor(r)

    return run


@pytest.mark.parametrize("name", list(PROGRAMS))
def test_traced_without_graph_breaks(name: str) -> None:
    run = _on_tensors(PROGRAMS[name])
    x, y = _operands()
    want = run(x, y)
    got = torch.compile(run, backend="eager", fullgraph=True)(x, y)
    torch.testing.assert_close(got, want, rtol=0, atol=0)
    assert got.dtype == want.dtype


@pytest.mark.xfail(
    strict=True,
    reason="TorchDynamo (torch 2.13) cannot trace `@` and `~` on instances of Python classes "
    "(no nb_matrix_multiply / nb_invert slots; pytorch PR 189585 adds `@`): write np.matmul, "
    "np.invert",
)
@pytest.mark.parametrize("name", ["matmul_operator", "invert_operator"])
def test_operators_dynamo_cannot_trace(name: str) -> None:
    program: Program = (lambda a, b: a @ b.T) if name == "matmul_operator" else (
        lambda a, b: ~(a > b)
    )
    run = _on_tensors(program)
    x, y = _operands()
    torch.testing.assert_close(torch.compile(run, backend="eager", fullgraph=True)(x, y), run(x, y))


def test_boolean_masks_need_dynamic_output_shapes() -> None:
    """A boolean mask's result size depends on the data: as in raw torch, fullgraph tracing
    needs ``capture_dynamic_output_shape_ops``."""
    run = _on_tensors(lambda a, b: (a[a > 0] * 2).sum() + np.nonzero(b > 3)[0].sum())
    x, y = _operands()
    with torch._dynamo.config.patch(capture_dynamic_output_shape_ops=True):
        got = torch.compile(run, backend="eager", fullgraph=True)(x, y)
    torch.testing.assert_close(got, run(x, y))


def test_errstate_is_not_consulted_inside_a_graph() -> None:
    """Floating-point error checks read the data: eager code raises, a graph computes on (as
    under ``errstate(all='ignore')``, tnp's default)."""
    run = _on_tensors(lambda a, b: np.divide(a, b * 0.0))
    x, y = _operands()
    with np.errstate(divide="raise", invalid="raise"):
        with pytest.raises(FloatingPointError):
            run(x, y)
        got = torch.compile(run, backend="eager", fullgraph=True)(x, y)
    assert bool(torch.isinf(got).all())


def test_graph_is_differentiable() -> None:
    """A compiled NumPy function is differentiable like the eager one."""
    run = _on_tensors(lambda a, b: np.sum(_softmax(a, b) * b))
    x, y = _operands()
    grads = []
    for f in (run, torch.compile(run, backend="aot_eager", fullgraph=True)):
        t = x.clone().requires_grad_(True)
        f(t, y).backward()
        grads.append(t.grad)
    torch.testing.assert_close(grads[1], grads[0])


@pytest.mark.skipif(
    shutil.which("cc") is None and shutil.which("gcc") is None, reason="inductor needs a C compiler"
)
def test_inductor_end_to_end() -> None:
    """The default backend (inductor) compiles a NumPy program into one kernel graph."""
    run = _on_tensors(_standardize)
    x, y = _operands()
    got = torch.compile(run, fullgraph=True)(x, y)
    torch.testing.assert_close(got, run(x, y))
