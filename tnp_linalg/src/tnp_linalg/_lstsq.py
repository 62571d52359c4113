"""Rank-revealing functions: matrix_rank, pinv, lstsq (NumPy 2 semantics)."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, OptionalArrayLike, ScalarOrArray
from tnp_core.exceptions import LinAlgError
from tnp_core.kernel_utils import NoValue, compiling, require, to_tensor

from ._common import linalg_dtype, real_dtype
from ._decomp import svd

__all__ = ["KERNELS", "matrix_rank", "pinv", "lstsq"]

_LSTSQ_NOCONV = "SVD did not converge in Linear Least Squares"


def _eps(dt: torch.dtype) -> float:
    if not (dt.is_floating_point or dt.is_complex):
        raise ValueError(f"data type {str(dt).removeprefix('torch.')} not inexact")
    return torch.finfo(dt).eps


def matrix_rank(
    A: ArrayLike,
    tol: OptionalArrayLike = None,
    hermitian: bool = False,
    *,
    rtol: OptionalArrayLike = None,
) -> ScalarOrArray:
    """Number of singular values above ``tol`` (default ``S.max() * max(M, N) * eps``)."""
    if rtol is not None and tol is not None:
        raise ValueError("`tol` and `rtol` can't be both set.")
    if A.dim() < 2:
        return int(bool((A != 0).any()))
    s = svd(A, compute_uv=False, hermitian=hermitian)
    if tol is None:
        if rtol is None:
            r: Any = max(A.shape[-2:]) * _eps(s.dtype)
        else:
            r = rtol.unsqueeze(-1)
        if s.shape[-1]:
            smax = s.amax(dim=-1, keepdim=True).clamp(min=0)  # NumPy: max(..., initial=0)
        else:
            smax = s.new_zeros(s.shape[:-1] + (1,))
        cut = smax * r
    else:
        cut = tol.unsqueeze(-1)
    return torch.count_nonzero(s > cut, dim=-1)


def pinv(a: ArrayLike, rcond: OptionalArrayLike = None, hermitian: bool = False, *,
         rtol: Any = NoValue) -> torch.Tensor:
    """Moore-Penrose pseudo-inverse from the SVD; singular values <= rcond * max(S) dropped."""
    if rcond is None:
        if rtol is NoValue:
            cond: Any = torch.tensor(1e-15, dtype=torch.float64)
        elif rtol is None:
            cond = torch.tensor(max(a.shape[-2:]) * _eps(a.dtype), dtype=torch.float64)
        else:
            cond = to_tensor(rtol)
    elif rtol is not NoValue:
        raise ValueError("`rtol` and `rcond` can't be both set.")
    else:
        cond = rcond
    if a.numel() == 0 and a.dim() >= 2 and a.shape[-1] * a.shape[-2] == 0:
        m, n = a.shape[-2:]
        return a.new_empty(tuple(a.shape[:-2]) + (n, m))
    u, s, vh = svd(a.conj().resolve_conj(), full_matrices=False, hermitian=hermitian)
    cutoff = cond.to(a.device).unsqueeze(-1) * s.amax(dim=-1, keepdim=True)
    large = s > cutoff
    s = torch.where(large, 1 / torch.where(large, s, torch.ones_like(s)), torch.zeros_like(s))
    return torch.matmul(vh.mT, s.unsqueeze(-1).to(u.dtype) * u.mT)


def _lstsq_traced(ad: torch.Tensor, bd: torch.Tensor, bad: torch.Tensor, rcond: float,
                  n_rhs: int, is_1d: bool, dev: Any, rt: torch.dtype, real_t: torch.dtype
                  ) -> tuple[torch.Tensor, ...]:
    """lstsq for torch.compile: gelsd's minimum-norm solution from an SVD.

    ``torch.linalg.lstsq`` has data-dependent output shapes (its residuals), so it cannot be
    traced.  NumPy's residuals are empty for a rank-deficient ``a``: under compile a tall
    ``a`` (M > N) must have full rank, which is asserted.
    """
    m, n = ad.shape
    u, s, vh = torch.linalg.svd(ad, full_matrices=False)
    cut = (rcond if rcond >= 0 else torch.finfo(torch.float64).eps) * s[:1]
    keep = s > cut  # gelsd: singular values <= rcond * s_max count as zero
    rank = keep.sum().to(torch.int32)
    sinv = torch.where(keep, 1 / torch.where(keep, s, 1.0), 0.0).to(u.dtype)
    x = vh.mH @ (sinv.unsqueeze(-1) * (u.mH @ bd))
    if m > n:
        require(rank == n, LinAlgError,
                "lstsq: rank-deficient matrix: NumPy's residuals would be empty, a shape "
                "torch.compile cannot follow")
        resids = (ad @ x - bd).abs().pow(2).sum(0)
        resids = torch.where(bad, torch.nan, resids)
    else:
        resids = torch.zeros((0,), dtype=torch.float64)
    nan = torch.full((), math.nan, dtype=real_dtype(x.dtype), device=x.device)
    if x.is_complex():  # (a complex NaN constant does not survive TorchDynamo's codegen)
        nan = torch.complex(nan, nan)
    x = torch.where(bad, nan, x)
    if n_rhs == 0:
        x = x[..., :0]
        resids = resids[..., :0]
    if is_1d:
        x = x.squeeze(-1)
    return (
        x.to(device=dev, dtype=rt),
        resids.to(device=dev, dtype=real_t),
        rank.to(dev),
        s.to(device=dev, dtype=real_t),
    )


def lstsq(a: ArrayLike, b: ArrayLike, rcond: Any = None) -> ScalarOrArray:
    """Least-squares solution: ``(x, residuals, rank, s)`` exactly as NumPy returns them.

    Computed in double precision with LAPACK's gelsd (as NumPy does), then cast back.
    """
    is_1d = b.dim() == 1
    if is_1d:
        b = b.unsqueeze(-1)
    for t in (a, b):
        if t.dim() != 2:
            raise LinAlgError(
                f"{t.dim()}-dimensional array given. Array must be two-dimensional"
            )
    m, n = a.shape
    m2, n_rhs = b.shape
    if m != m2:
        raise LinAlgError("Incompatible dimensions")
    rt = linalg_dtype(a, b)
    real_t = real_dtype(rt)
    work = torch.complex128 if rt.is_complex else torch.float64
    if rcond is None:
        rcond = torch.finfo(torch.float64).eps * max(n, m)
    dev = a.device
    ad = a.to(device="cpu", dtype=work)
    bd = b.to(device="cpu", dtype=work)
    if n_rhs == 0:
        bd = torch.zeros((m, 1), dtype=work)
    if m == 0 or n == 0:
        x = torch.zeros((n, bd.shape[1]), dtype=work)
        rank = torch.tensor(0, dtype=torch.int32)
        s = torch.zeros((0,), dtype=torch.float64)
        resids = (bd.abs() ** 2).sum(0) if n == 0 else torch.zeros(0, dtype=torch.float64)
    else:
        # LAPACK's gelsd rejects inf/nan (torch then fails with an internal assert): NumPy
        # reports a non-finite ``a`` as an SVD failure, and a non-finite right-hand side
        # gives nan in the solution (here: in the columns of ``b`` that hold one).
        require(torch.isfinite(ad), LinAlgError, _LSTSQ_NOCONV)
        bad = ~torch.isfinite(bd).all(0)
        if compiling():
            return _lstsq_traced(ad, torch.where(bad, 0, bd), bad, float(rcond), n_rhs, is_1d,
                                 dev, rt, real_t)
        if bool(bad.any()):
            bd = torch.where(bad, 0, bd)
        else:
            bad = None
        try:
            res = torch.linalg.lstsq(ad, bd, rcond=float(rcond), driver="gelsd")
        except (torch.linalg.LinAlgError, RuntimeError):
            raise LinAlgError(_LSTSQ_NOCONV) from None
        x = res.solution
        rank = res.rank.to(torch.int32)
        s = res.singular_values
        resids = res.residuals
        if int(rank) == n and m > n and resids.numel() == 0:
            resids = (torch.matmul(ad, x) - bd).abs().pow(2).sum(0)
        if bad is not None:
            nan = complex(math.nan, math.nan) if x.is_complex() else math.nan
            x = torch.where(bad, x.new_full((), nan), x)
            if resids.numel():
                resids = torch.where(bad, torch.nan, resids)
    if n_rhs == 0:
        x = x[..., :0]
        resids = resids[..., :0]
    if is_1d:
        x = x.squeeze(-1)
    if int(rank) != n or m <= n:
        resids = torch.zeros((0,), dtype=torch.float64)
    return (
        x.to(device=dev, dtype=rt).clone(),
        resids.to(device=dev, dtype=real_t).clone(),
        rank.to(dev),
        s.to(device=dev, dtype=real_t).clone(),
    )


KERNELS: dict[str, Callable[..., Any]] = {
    "linalg.matrix_rank": matrix_rank,
    "linalg.pinv": pinv,
    "linalg.lstsq": lstsq,
}
