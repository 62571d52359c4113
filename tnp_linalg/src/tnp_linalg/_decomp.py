"""Decompositions: slogdet, eigh, eigvalsh, svd, svdvals, qr, cholesky, eig, eigvals.

All are batched over leading dimensions and follow NumPy 2's dtype rule (``linalg_dtype``).
Named results are plain named tuples with NumPy's field names; the core wraps their tensor
fields into ndarrays.
"""

from __future__ import annotations

import operator
import warnings
from collections.abc import Callable
from typing import Any, NamedTuple

import torch

from tnp_core.annotations import ArrayLike, ScalarOrArray
from tnp_core.exceptions import LinAlgError
from tnp_core.kernel_utils import require

from ._common import assert_stacked_2d, assert_stacked_square, complex_dtype, linalg_dtype

__all__ = [
    "KERNELS",
    "SlogdetResult",
    "EighResult",
    "EigResult",
    "SVDResult",
    "QRResult",
    "slogdet",
    "eigh",
    "eigvalsh",
    "svd",
    "svdvals",
    "qr",
    "cholesky",
    "eig",
    "eigvals",
]

EIG_NOCONV = "Eigenvalues did not converge"
SVD_NOCONV = "SVD did not converge"
NOT_PD = "Matrix is not positive definite"


class SlogdetResult(NamedTuple):
    sign: torch.Tensor
    logabsdet: torch.Tensor


class EighResult(NamedTuple):
    eigenvalues: torch.Tensor
    eigenvectors: torch.Tensor


class EigResult(NamedTuple):
    eigenvalues: torch.Tensor
    eigenvectors: torch.Tensor


class SVDResult(NamedTuple):
    U: torch.Tensor
    S: torch.Tensor
    Vh: torch.Tensor


class QRResult(NamedTuple):
    Q: torch.Tensor
    R: torch.Tensor


def _double(dt: torch.dtype) -> torch.dtype:
    return torch.complex128 if dt.is_complex else torch.float64


def slogdet(a: ArrayLike) -> ScalarOrArray:
    """Sign and natural log of the absolute determinant (sign 0, logabsdet -inf if singular)."""
    assert_stacked_square(a)
    dt = linalg_dtype(a)
    sign, logabsdet = torch.linalg.slogdet(a.to(dt))
    return SlogdetResult(sign, logabsdet)


def _uplo(UPLO: Any) -> str:
    UPLO = UPLO.upper()
    if UPLO not in ("L", "U"):
        raise ValueError("UPLO argument must be 'L' or 'U'")
    return UPLO


def eigh(a: ArrayLike, UPLO: Any = "L") -> EighResult:
    """Eigen-decomposition of a Hermitian matrix read from one triangle (``UPLO``)."""
    uplo = _uplo(UPLO)
    assert_stacked_square(a)
    try:
        w, v = torch.linalg.eigh(a.to(linalg_dtype(a)), UPLO=uplo)
    except torch.linalg.LinAlgError:
        raise LinAlgError(EIG_NOCONV) from None
    return EighResult(w, v)


def eigvalsh(a: ArrayLike, UPLO: Any = "L") -> torch.Tensor:
    """Eigenvalues (ascending, real) of a Hermitian matrix."""
    uplo = _uplo(UPLO)
    assert_stacked_square(a)
    try:
        return torch.linalg.eigvalsh(a.to(linalg_dtype(a)), UPLO=uplo)
    except torch.linalg.LinAlgError:
        raise LinAlgError(EIG_NOCONV) from None


def _svd_hermitian(a: torch.Tensor, compute_uv: bool) -> Any:
    """NumPy's ``hermitian=True`` SVD: from eigh, sorted by |eigenvalue| descending."""
    if not compute_uv:
        s = eigvalsh(a).abs()
        return s.sort(dim=-1, descending=True, stable=True).values
    s, u = eigh(a)
    sgn = torch.copysign(torch.ones_like(s), s)
    s = s.abs()
    # NumPy: argsort ascending (stable), then reversed.
    sidx = s.argsort(dim=-1, stable=True).flip(-1)
    sgn = sgn.take_along_dim(sidx, dim=-1)
    s = s.take_along_dim(sidx, dim=-1)
    u = u.take_along_dim(sidx.unsqueeze(-2), dim=-1)
    vh = (u * sgn.unsqueeze(-2).to(u.dtype)).mT.conj().resolve_conj()
    return SVDResult(u, s, vh)


def svd(
    a: ArrayLike, full_matrices: bool = True, compute_uv: bool = True, hermitian: bool = False
) -> Any:
    """Singular value decomposition ``a = U @ diag(S) @ Vh``; S alone if not ``compute_uv``."""
    if hermitian:
        return _svd_hermitian(a, compute_uv)
    assert_stacked_2d(a)
    x = a.to(linalg_dtype(a))
    try:
        if not compute_uv:
            return torch.linalg.svdvals(x)
        u, s, vh = torch.linalg.svd(x, full_matrices=bool(full_matrices))
    except torch.linalg.LinAlgError:
        raise LinAlgError(SVD_NOCONV) from None
    return SVDResult(u, s, vh)


def svdvals(x: ArrayLike, /) -> torch.Tensor:
    """Singular values, descending (``svd(x, compute_uv=False)``)."""
    return svd(x, compute_uv=False)


def qr(a: ArrayLike, mode: Any = "reduced") -> Any:
    """QR factorization; modes 'reduced', 'complete', 'r', 'raw' (and NumPy's deprecated ones)."""
    if mode not in ("reduced", "complete", "r", "raw"):
        if mode in ("f", "full"):
            warnings.warn(
                "The 'full' option is deprecated in favor of 'reduced'.\n"
                "For backward compatibility let mode default.",
                DeprecationWarning,
                stacklevel=2,
            )
            mode = "reduced"
        elif mode in ("e", "economic"):
            warnings.warn("The 'economic' option is deprecated.", DeprecationWarning, stacklevel=2)
            mode = "economic"
        else:
            raise ValueError(f"Unrecognized mode '{mode}'")
    assert_stacked_2d(a)
    x = a.to(linalg_dtype(a))
    if mode in ("raw", "economic"):
        h, tau = torch.geqrf(x)
        if mode == "economic":
            return h
        # NumPy hands back LAPACK's column-major array: the transpose of the (M, N) factor.
        return h.mT.contiguous(), tau
    if mode == "r":
        _, r = torch.linalg.qr(x, mode="r")
        return r
    q, r = torch.linalg.qr(x, mode=mode)
    return QRResult(q, r)


def cholesky(a: ArrayLike, /, *, upper: bool = False) -> torch.Tensor:
    """Cholesky factor L (``a = L @ L^H``), or U (``a = U^H @ U``) read from the upper triangle."""
    assert_stacked_square(a)
    x = a.to(linalg_dtype(a))
    if upper:
        # The lower triangle of x^H holds the conjugated upper triangle of x.
        low, info = torch.linalg.cholesky_ex(x.mH)
    else:
        low, info = torch.linalg.cholesky_ex(x)
    require(info == 0, LinAlgError, NOT_PD)
    return low.mH.resolve_conj().contiguous() if upper else low


def _assert_finite(a: torch.Tensor) -> None:
    if (a.is_floating_point() or a.is_complex()) and not bool(torch.isfinite(a).all()):
        raise LinAlgError("Array must not contain infs or NaNs")


def _eig_input(a: torch.Tensor) -> tuple[torch.Tensor, torch.dtype]:
    assert_stacked_square(a)
    _assert_finite(a)
    dt = linalg_dtype(a)
    # NumPy runs LAPACK in double precision; the real-vs-complex decision is made there.
    return a.to(_double(dt)), dt


def eig(a: ArrayLike) -> EigResult:
    """Eigenvalues and right eigenvectors; real results for real input with real spectrum."""
    x, dt = _eig_input(a)
    try:
        w, v = torch.linalg.eig(x)
    except torch.linalg.LinAlgError:
        raise LinAlgError(EIG_NOCONV) from None
    if not dt.is_complex and bool((w.imag == 0).all()):
        return EigResult(w.real.to(dt), v.real.to(dt))
    cdt = complex_dtype(dt)
    return EigResult(w.to(cdt), v.to(cdt))


def eigvals(a: ArrayLike) -> torch.Tensor:
    """Eigenvalues of a general matrix; real dtype when real input has a real spectrum."""
    x, dt = _eig_input(a)
    try:
        w = torch.linalg.eigvals(x)
    except torch.linalg.LinAlgError:
        raise LinAlgError(EIG_NOCONV) from None
    if not dt.is_complex and bool((w.imag == 0).all()):
        return w.real.to(dt)
    return w.to(complex_dtype(dt))


def matrix_power(a: ArrayLike, n: Any) -> torch.Tensor:
    """``a`` raised to the integer power ``n`` (negative powers through ``inv``)."""
    assert_stacked_square(a)
    try:
        n = operator.index(n)
    except TypeError as e:
        raise TypeError("exponent must be an integer") from e
    if n == 1:
        return a  # NumPy returns the input array itself
    if n == 0:
        eye = torch.eye(a.shape[-1], dtype=a.dtype, device=a.device)
        return eye.expand(a.shape).clone()
    if n < 0:
        from ._solvers import inv

        a = inv(a)
        n = -n
    is_bool = a.dtype is torch.bool
    if is_bool:
        a = a.to(torch.int64)

    def mul(x: torch.Tensor, y: torch.Tensor) -> torch.Tensor:
        r = torch.matmul(x, y)
        return (r != 0).to(torch.int64) if is_bool else r

    result: torch.Tensor | None = None
    z: torch.Tensor | None = None
    while n > 0:
        z = a if z is None else mul(z, z)
        n, bit = divmod(n, 2)
        if bit:
            result = z if result is None else mul(result, z)
    assert result is not None
    if is_bool:
        return result.to(torch.bool)
    return result


KERNELS: dict[str, Callable[..., Any]] = {
    "linalg.slogdet": slogdet,
    "linalg.eigh": eigh,
    "linalg.eigvalsh": eigvalsh,
    "linalg.svd": svd,
    "linalg.svdvals": svdvals,
    "linalg.qr": qr,
    "linalg.cholesky": cholesky,
    "linalg.eig": eig,
    "linalg.eigvals": eigvals,
    "linalg.matrix_power": matrix_power,
}
