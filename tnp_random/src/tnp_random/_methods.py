"""Distribution method kernels shared by ``Generator`` and ``RandomState``.

Each kernel takes ``self`` (an object with ``_stream`` and ``_legacy``) and NumPy's
parameters; the core's normalizer turns it into a public method (see ``_generator._method``).
Where RandomState's messages differ from Generator's, ``self._legacy`` picks them.
"""

from __future__ import annotations

import math
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, ArrayOrScalar

from . import _base
from . import _dists as d
from ._params import (
    POISSON_LAM_MAX,
    check,
    device_of,
    float_param,
    int_param,
    normalize_size,
    result_shape,
    warn,
)

__all__ = ["SHARED"]

_F64 = torch.float64


def _c(self: Any, params: tuple[Any, ...], checks: d.Checks, size: Any, sampler: Any) -> Any:
    return d.continuous(self._stream, params, checks, normalize_size(size), sampler)


def _i(self: Any, params: tuple[Any, ...], checks: d.Checks, size: Any, sampler: Any) -> Any:
    return d.discrete(self._stream, params, checks, normalize_size(size), sampler)


# ------------------------------------------------------------------ continuous


def beta(self: Any, a: ArrayOrScalar, b: ArrayOrScalar, size: Any = None) -> Any:
    """Beta distribution, ``a > 0``, ``b > 0``."""
    return _c(self, (a, b), (("pos", "a"), ("pos", "b")), size, d.s_beta)


def chisquare(self: Any, df: ArrayOrScalar, size: Any = None) -> Any:
    """Chi-square distribution, ``df > 0``."""
    return _c(self, (df,), (("pos", "df"),), size, d.s_chisquare)


def exponential(self: Any, scale: ArrayOrScalar = 1.0, size: Any = None) -> Any:
    """Exponential distribution, ``scale >= 0``."""
    return _c(self, (scale,), (("nonneg", "scale"),), size, d.s_exponential)


def f(self: Any, dfnum: ArrayOrScalar, dfden: ArrayOrScalar, size: Any = None) -> Any:
    """F (Fisher-Snedecor) distribution."""
    return _c(self, (dfnum, dfden), (("pos", "dfnum"), ("pos", "dfden")), size, d.s_f)


def gamma(self: Any, shape: ArrayOrScalar, scale: ArrayOrScalar = 1.0, size: Any = None) -> Any:
    """Gamma distribution, ``shape >= 0``, ``scale >= 0``."""
    return _c(self, (shape, scale), (("nonneg", "shape"), ("nonneg", "scale")), size, d.s_gamma)


def gumbel(self: Any, loc: ArrayOrScalar = 0.0, scale: ArrayOrScalar = 1.0,
           size: Any = None) -> Any:
    """Gumbel (extreme value type I) distribution."""
    return _c(self, (loc, scale), (("", ""), ("nonneg", "scale")), size, d.s_gumbel)


def laplace(self: Any, loc: ArrayOrScalar = 0.0, scale: ArrayOrScalar = 1.0,
            size: Any = None) -> Any:
    """Laplace (double exponential) distribution."""
    return _c(self, (loc, scale), (("", ""), ("nonneg", "scale")), size, d.s_laplace)


def logistic(self: Any, loc: ArrayOrScalar = 0.0, scale: ArrayOrScalar = 1.0,
             size: Any = None) -> Any:
    """Logistic distribution."""
    return _c(self, (loc, scale), (("", ""), ("nonneg", "scale")), size, d.s_logistic)


def lognormal(self: Any, mean: ArrayOrScalar = 0.0, sigma: ArrayOrScalar = 1.0,
              size: Any = None) -> Any:
    """Log-normal distribution: ``exp(normal(mean, sigma))``."""
    return _c(self, (mean, sigma), (("", ""), ("nonneg", "sigma")), size, d.s_lognormal)


def noncentral_chisquare(self: Any, df: ArrayOrScalar, nonc: ArrayOrScalar,
                         size: Any = None) -> Any:
    """Noncentral chi-square distribution, ``df > 0``, ``nonc >= 0``."""
    return _c(self, (df, nonc), (("pos", "df"), ("nonneg", "nonc")), size,
              d.s_noncentral_chisquare)


def noncentral_f(self: Any, dfnum: ArrayOrScalar, dfden: ArrayOrScalar, nonc: ArrayOrScalar,
                 size: Any = None) -> Any:
    """Noncentral F distribution."""
    return _c(self, (dfnum, dfden, nonc),
              (("pos", "dfnum"), ("pos", "dfden"), ("nonneg", "nonc")), size, d.s_noncentral_f)


def pareto(self: Any, a: ArrayOrScalar, size: Any = None) -> Any:
    """Pareto II (Lomax) distribution, ``a > 0``."""
    return _c(self, (a,), (("pos", "a"),), size, d.s_pareto)


def power(self: Any, a: ArrayOrScalar, size: Any = None) -> Any:
    """Power distribution on [0, 1], ``a > 0``."""
    return _c(self, (a,), (("pos", "a"),), size, d.s_power)


def rayleigh(self: Any, scale: ArrayOrScalar = 1.0, size: Any = None) -> Any:
    """Rayleigh distribution, ``scale >= 0``."""
    return _c(self, (scale,), (("nonneg", "scale"),), size, d.s_rayleigh)


def standard_cauchy(self: Any, size: Any = None) -> Any:
    """Standard Cauchy (Lorentz) distribution."""
    return _c(self, (), (), size, d.s_standard_cauchy)


def standard_t(self: Any, df: ArrayOrScalar, size: Any = None) -> Any:
    """Student's t distribution, ``df > 0``."""
    return _c(self, (df,), (("pos", "df"),), size, d.s_standard_t)


def triangular(self: Any, left: ArrayOrScalar, mode: ArrayOrScalar, right: ArrayOrScalar,
               size: Any = None) -> Any:
    """Triangular distribution on ``[left, right]`` with peak at ``mode``."""
    lo, mo, hi = float_param(left), float_param(mode), float_param(right)
    for bad, message in ((lo > mo, "left > mode"), (mo > hi, "mode > right"),
                         (lo == hi, "left == right")):
        if bool(bad.any()) if isinstance(bad, torch.Tensor) else bad:
            raise ValueError(message)
    return _c(self, (lo, mo, hi), (), size, d.s_triangular)


def vonmises(self: Any, mu: ArrayOrScalar, kappa: ArrayOrScalar, size: Any = None) -> Any:
    """von Mises distribution on ``[-pi, pi]``, ``kappa >= 0``."""
    return _c(self, (mu, kappa), (("", ""), ("nonneg", "kappa")), size, d.s_vonmises)


def wald(self: Any, mean: ArrayOrScalar, scale: ArrayOrScalar, size: Any = None) -> Any:
    """Wald (inverse Gaussian) distribution, ``mean > 0``, ``scale > 0``."""
    return _c(self, (mean, scale), (("pos", "mean"), ("pos", "scale")), size, d.s_wald)


def weibull(self: Any, a: ArrayOrScalar, size: Any = None) -> Any:
    """Weibull distribution, ``a >= 0`` (``a == 0`` gives 0)."""
    return _c(self, (a,), (("nonneg", "a"),), size, d.s_weibull)


# ------------------------------------------------------------------ discrete


def binomial(self: Any, n: ArrayOrScalar, p: ArrayOrScalar, size: Any = None) -> Any:
    """Binomial distribution, ``n >= 0`` (truncated to an integer), ``0 <= p <= 1``."""
    nn = int_param(n)  # NumPy's order: n cast to int64, then p checked, then n
    pp = float_param(p)
    check(pp, "unit", "p")
    check(nn, "nonneg", "n")
    return _i(self, (nn, pp), (), size, d.s_binomial)


def geometric(self: Any, p: ArrayOrScalar, size: Any = None) -> Any:
    """Geometric distribution on 1, 2, ..., ``0 < p <= 1``."""
    return _i(self, (p,), (("unit_gt0", "p"),), size, d.s_geometric)


def hypergeometric(self: Any, ngood: ArrayOrScalar, nbad: ArrayOrScalar,
                   nsample: ArrayOrScalar, size: Any = None) -> Any:
    """Hypergeometric distribution (exact inverse CDF)."""
    g, b, n = int_param(ngood), int_param(nbad), int_param(nsample)
    # NumPy's order: the size limit (Generator), the sum, then each count's sign
    if not self._legacy and _any(lambda x: x >= 1e9, g, b):
        raise ValueError("both ngood and nbad must be less than 1000000000")
    if _any(lambda x: x < 0, g + b - n):
        raise ValueError("ngood + nbad < nsample")
    check(g, "nonneg", "ngood")
    check(b, "nonneg", "nbad")
    check(n, "gte1" if self._legacy else "nonneg", "nsample")
    return _i(self, (g, b, n), (), size, d.s_hypergeometric)


def logseries(self: Any, p: ArrayOrScalar, size: Any = None) -> Any:
    """Logarithmic series distribution, ``0 <= p < 1``."""
    return _i(self, (p,), (("unit_lt1", "p"),), size, d.s_logseries)


def negative_binomial(self: Any, n: ArrayOrScalar, p: ArrayOrScalar, size: Any = None) -> Any:
    """Negative binomial distribution: failures before ``n`` successes."""
    if self._legacy:  # NaN passes (NumPy's RandomState gives 0)
        return _i(self, (n, p), (("pos", "n"), ("unit", "p")), size, d.s_negative_binomial)
    nn, pp = float_param(n), float_param(p)
    if _any(lambda x: x != x, nn):
        raise ValueError("n must not be NaN")
    check(nn, "pos_notnan", "n")
    check(pp, "unit_gt0", "p")
    result_shape(normalize_size(size), (nn, pp))  # NumPy's broadcast error comes first
    # NumPy's bound: the Poisson mean (1 - p) / p * (n + 10 sqrt(n)) must stay below
    # POISSON_LAM_MAX (p == 1 with n == inf gives NaN here, allowed)
    if _any(lambda x: x > POISSON_LAM_MAX, (1.0 - pp) / pp * (nn + 10.0 * _sqrt(nn))):
        raise ValueError("n too large or p too small, see Generator.negative_binomial Notes")
    return _i(self, (nn, pp), (), size, d.s_negative_binomial)


def poisson(self: Any, lam: ArrayOrScalar = 1.0, size: Any = None) -> Any:
    """Poisson distribution, ``0 <= lam <= 9.2e18``."""
    return _i(self, (lam,), (("poisson", "lam"),), size, d.s_poisson)


def zipf(self: Any, a: ArrayOrScalar, size: Any = None) -> Any:
    """Zipf distribution, ``a > 1``."""
    return _i(self, (a,), (("gt1", "a"),), size, d.s_zipf)


def _sqrt(x: Any) -> Any:
    return torch.sqrt(x) if isinstance(x, torch.Tensor) else math.sqrt(x)


def _any(pred: Any, *xs: Any) -> bool:
    for x in xs:
        r = pred(x)
        if bool(r.any()) if isinstance(r, torch.Tensor) else r:
            return True
    return False


# ------------------------------------------------------------------ multivariate


def dirichlet(self: Any, alpha: ArrayLike, size: Any = None) -> torch.Tensor:
    """Dirichlet distribution: samples of shape ``size + (len(alpha),)``."""
    if alpha.dim() == 0:
        raise TypeError(f"object of type '{type(alpha.item()).__name__}' has no len()")
    if alpha.dim() != 1:
        raise ValueError("alpha must be a one-dimensional sequence of floats")
    if alpha.is_complex():
        raise TypeError("float() argument must be a string or a real number, not 'complex'")
    a = alpha.to(_F64)
    if self._legacy:
        if bool((a <= 0).any()):
            raise ValueError("alpha <= 0")
    elif bool((a < 0).any()):
        raise ValueError("alpha < 0")
    shape = normalize_size(size) or ()
    k = a.shape[0]
    full = (*shape, k)
    if not k or 0 in shape:
        return torch.empty(full, dtype=_F64, device=a.device)
    gen = self._stream.generator(a.device)
    logs = d._log_gamma(gen, a.expand(full), a.device)
    out = torch.softmax(logs, dim=-1)  # normalized gammas, robust for tiny alpha
    if bool((a == 0).all()):
        out = torch.zeros_like(out)
    return torch.where(torch.isnan(a).any(), torch.nan, out)


def multinomial(self: Any, n: ArrayOrScalar, pvals: ArrayLike, size: Any = None
                ) -> torch.Tensor:
    """Multinomial distribution: counts of shape ``size + pvals.shape[-1:]`` (Generator:
    ``n`` and the leading dimensions of ``pvals`` broadcast)."""
    if self._legacy:
        if isinstance(n, torch.Tensor) and n.dim():
            raise TypeError("an integer is required")  # RandomState: n is one number
        if pvals.dim() == 0:
            raise TypeError("pvals must be a 1-d sequence")
        if pvals.dim() != 1:
            raise ValueError("object too deep for desired array")
    elif pvals.dim() == 0 or not pvals.shape[-1]:
        raise ValueError("pvals must have at least 1 dimension and the last dimension of "
                         "pvals must be greater than 0.")
    if pvals.is_complex():
        raise TypeError("float() argument must be a string or a real number, not 'complex'")
    p = pvals.to(_F64)
    nn = int_param(n)
    if _any(lambda x: x < 0, nn):
        raise ValueError("n < 0")
    if bool(((p < 0) | (p > 1) | torch.isnan(p)).any()):
        raise ValueError("pvals < 0, pvals > 1 or pvals contains NaNs")
    if p.shape[-1] and bool((p[..., :-1].sum(-1) > 1.0 + 1e-12).any()):
        raise ValueError("sum(pvals[:-1]) > 1.0")
    size_t = normalize_size(size)
    batch_p = p[..., 0] if p.dim() > 1 else 1.0
    batch = result_shape(size_t, (nn, batch_p)) or ()
    k = p.shape[-1]
    device = device_of(pvals, nn)
    out = torch.zeros((*batch, k), dtype=torch.int64, device=device)
    if not k or not out.numel():
        return out
    gen = self._stream.generator(device)
    remaining = d._full(nn, batch, device).clone()
    left = torch.ones((), dtype=_F64, device=device)
    for j in range(k - 1):  # NumPy's sequential conditional binomials
        pj = p[..., j]
        cond = torch.where(left > 0, (pj / left).clamp(0.0, 1.0), 0.0) * (remaining > 0)
        x = torch.binomial(remaining.contiguous(),
                           cond.expand(batch).contiguous().to(device), generator=gen)
        out[..., j] = x.to(torch.int64)
        remaining = remaining - x
        left = left - pj
    out[..., k - 1] = remaining.to(torch.int64)
    return out


def multivariate_normal_impl(self: Any, mean: torch.Tensor, cov: torch.Tensor, size: Any,
                             check_valid: str, tol: float, method: str) -> torch.Tensor:
    """Samples ``mean + Z @ factor`` with ``factor`` from an SVD, eigh or Cholesky of cov."""
    if mean.dim() != 1:
        raise ValueError("mean must be 1 dimensional")
    if cov.dim() != 2 or cov.shape[0] != cov.shape[1]:
        raise ValueError("cov must be 2 dimensional and square")
    if mean.shape[0] != cov.shape[0]:
        raise ValueError("mean and cov must have same length")
    if check_valid not in ("warn", "raise", "ignore"):
        raise ValueError("check_valid must equal 'warn', 'raise', or 'ignore'")
    if method not in ("svd", "eigh", "cholesky"):
        raise ValueError("method must be one of {'eigh', 'svd', 'cholesky'}")
    if cov.is_complex() or mean.is_complex():
        raise TypeError("mean and cov must not be complex")
    c = cov.to(_F64)
    m = mean.to(_F64).to(c.device)
    if method == "cholesky":
        factor, info = torch.linalg.cholesky_ex(c)
        # LAPACK's Cholesky (NumPy's) does not notice NaNs: they reach the samples
        if int(info.item()) and not bool(torch.isnan(c).any()):
            from tnp_core.exceptions import LinAlgError

            raise LinAlgError("Matrix is not positive definite")
    else:
        if method == "eigh":
            s, u = torch.linalg.eigh(c)
            psd = not bool((s < -tol).any())
            s = s.clamp(min=0.0)
        else:
            if bool(torch.isnan(c).any()):  # torch refuses; NumPy's SVD fails to converge
                from tnp_core.exceptions import LinAlgError

                raise LinAlgError("SVD did not converge")
            u, s, vh = torch.linalg.svd(c)
            psd = _allclose((vh.mT * s) @ vh, c, tol)
            u = vh.mT  # NumPy's legacy factor: sqrt(s)[:, None] * vh
        if not psd and check_valid != "ignore":
            if check_valid == "warn":
                warn("covariance is not symmetric positive-semidefinite.", RuntimeWarning)
            else:
                raise ValueError("covariance is not symmetric positive-semidefinite.")
        factor = u * torch.sqrt(s)
    shape = normalize_size(size) or ()
    gen = self._stream.generator(c.device)
    z = _base.normal(gen, (*shape, m.shape[0]), c.device)
    return z @ factor.mT + m


def _allclose(a: torch.Tensor, b: torch.Tensor, tol: float) -> bool:
    """``numpy.allclose(a, b, rtol=tol, atol=tol)``: equal values always pass, any ``tol``
    (``torch.allclose`` refuses a negative tolerance)."""
    close = ((a - b).abs() <= tol + tol * b.abs()) & torch.isfinite(b)
    return bool((close | (a == b)).all())


SHARED = {
    f.__name__: f
    for f in (
        beta, binomial, chisquare, dirichlet, exponential, f, gamma, geometric, gumbel,
        hypergeometric, laplace, logistic, lognormal, logseries, multinomial,
        negative_binomial, noncentral_chisquare, noncentral_f, pareto, poisson, power,
        rayleigh, standard_cauchy, standard_t, triangular, vonmises, wald, weibull, zipf,
    )
}
"""Method kernels with the same signature on ``Generator`` and ``RandomState``."""
