"""``linalg.test``: small self-checks with known values (no NumPy needed)."""

from __future__ import annotations

import torch

from tnp_core.exceptions import LinAlgError
from tnp_core.plugins import SelfTester

from ._decomp import cholesky, eigh, svd
from ._norms import norm
from ._solvers import det, inv, solve

_A = torch.tensor([[3.0, 1.0], [1.0, 2.0]], dtype=torch.float64)


def _close(got: torch.Tensor, want: list) -> None:
    w = torch.tensor(want, dtype=got.dtype)
    assert torch.allclose(got, w, rtol=1e-12, atol=1e-12), f"{got.tolist()} != {want}"


def check_solve() -> None:
    _close(solve(_A, torch.tensor([9.0, 8.0], dtype=torch.float64)), [2.0, 3.0])


def check_inv_det() -> None:
    _close(inv(_A), [[0.4, -0.2], [-0.2, 0.6]])
    _close(det(_A), 5.0)


def check_singular() -> None:
    try:
        inv(torch.zeros((2, 2), dtype=torch.float64))
    except LinAlgError:
        return
    raise AssertionError("a singular matrix did not raise LinAlgError")


def check_norm() -> None:
    _close(norm(torch.tensor([3.0, 4.0], dtype=torch.float64)), 5.0)


def check_decompositions() -> None:
    w, _ = eigh(_A)
    _close(w, [(5 - 5**0.5) / 2, (5 + 5**0.5) / 2])
    _close(svd(_A, compute_uv=False), [(5 + 5**0.5) / 2, (5 - 5**0.5) / 2])
    c = cholesky(_A)
    _close(c @ c.T, _A.tolist())


test = SelfTester("linalg", {
    "solve": check_solve,
    "inv_det": check_inv_det,
    "singular": check_singular,
    "norm": check_norm,
    "decompositions": check_decompositions,
})
