"""The distributions at torch level: parameter checks, broadcasting, sampling.

Every sampler takes a :class:`~tnp_random._seeding.Stream`, the raw parameters (Python
scalars or tensors), the normalized ``size`` and ``legacy`` (RandomState's messages where they
differ from Generator's).  It returns a Python ``float`` / ``int`` where NumPy does (no
``size``, scalar parameters) and a float64 / int64 tensor otherwise.

Algorithms are NumPy's documented transforms, vectorized: ``_base``'s normals and
exponentials, torch's ``rand``, ``_standard_gamma``, ``poisson`` and ``binomial`` kernels supply
the base variates; the rejection samplers (von Mises, Zipf, log-series) redraw only the rejected
positions; the hypergeometric uses an exact inverse CDF built once per distinct parameter set.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch

from . import _base
from ._params import FloatParam, check, device_of, float_param, result_shape
from ._seeding import Stream

_F64 = torch.float64
_I64 = torch.int64
_TINY = 2.0**-1074
Shape = tuple[int, ...]

# ------------------------------------------------------------------ base variates


def _full(x: FloatParam, shape: Shape, device: torch.device) -> torch.Tensor:
    """``x`` as a float64 tensor of ``shape`` (expanded, not copied, for tensors)."""
    if isinstance(x, torch.Tensor):
        return x.to(device).expand(shape)
    return torch.full(shape, x, dtype=_F64, device=device)


def _uniform(gen: torch.Generator, shape: Shape, device: torch.device) -> torch.Tensor:
    return _base.uniform(gen, tuple(shape), device)


_normal = _base.normal
_exponential = _base.exponential


def _gamma(gen: torch.Generator, a: FloatParam, shape: Shape, device: torch.device,
           dtype: torch.dtype = _F64) -> torch.Tensor:
    """Standard gamma variates of shape ``a`` (``a == 0`` gives 0, NaN gives NaN).

    torch clamps results to the smallest normal number, which distorts shapes below 1; there
    ``G(a) = G(a + 1) * U**(1/a)`` (computed in log space) is used instead.
    """
    at = _full(a, shape, device)
    if isinstance(a, float) and a >= 1.0:
        return torch._standard_gamma(at.to(dtype).contiguous(), generator=gen)
    small = at < 1
    boosted = torch.where(small, at + 1, at)
    g = torch._standard_gamma(boosted.contiguous(), generator=gen)
    if bool(small.any()):
        u = 1.0 - _uniform(gen, shape, device)  # (0, 1]
        log_g = torch.log(g) + torch.log(u) / at
        g = torch.where(small, torch.exp(log_g), g)
        g = torch.where(at == 0, 0.0, g)
    g = torch.where(torch.isnan(at), torch.nan, g)
    return g.to(dtype)


def _log_gamma(gen: torch.Generator, a: torch.Tensor, device: torch.device) -> torch.Tensor:
    """``log`` of standard gamma variates (shape of ``a``), exact for tiny shapes."""
    small = a < 1
    g = torch._standard_gamma(torch.where(small, a + 1, a).contiguous(), generator=gen)
    out = torch.log(g)
    if bool(small.any()):
        u = 1.0 - _uniform(gen, tuple(a.shape), device)
        out = torch.where(small, out + torch.log(u) / a, out)
    return torch.where(torch.isnan(a), torch.nan, out)  # torch's sampler gives no NaN


def _poisson(gen: torch.Generator, lam: torch.Tensor) -> torch.Tensor:
    return torch.poisson(lam.contiguous(), generator=gen)


# ------------------------------------------------------------------ drivers


Checks = tuple[tuple[str, str], ...]


def _prepare(params: tuple[Any, ...], checks: Checks, size: Shape | None
             ) -> tuple[list[FloatParam], Shape | None, torch.device]:
    ps = [float_param(p) for p in params]
    for p, (kind, name) in zip(ps, checks):
        if kind:
            check(p, kind, name)
    return ps, result_shape(size, tuple(ps)), device_of(*ps)


def continuous(stream: Stream, params: tuple[Any, ...], checks: Checks, size: Shape | None,
               sampler: Callable[..., torch.Tensor]) -> float | torch.Tensor:
    """Check, broadcast, sample ``sampler(gen, shape, device, *params)`` (float64)."""
    ps, shape, device = _prepare(params, checks, size)
    t = sampler(stream.generator(device), shape or (), device, *ps)
    return float(t.item()) if shape is None else t


def discrete(stream: Stream, params: tuple[Any, ...], checks: Checks, size: Shape | None,
             sampler: Callable[..., torch.Tensor]) -> int | torch.Tensor:
    """Like :func:`continuous` for integer-valued distributions (int64 results)."""
    ps, shape, device = _prepare(params, checks, size)
    t = sampler(stream.generator(device), shape or (), device, *ps)
    t = t if t.dtype is _I64 else t.to(_I64)
    return int(t.item()) if shape is None else t


# ------------------------------------------------------------------ continuous samplers


def s_standard_normal(gen: Any, shape: Shape, dev: Any) -> torch.Tensor:
    return _normal(gen, shape, dev)


def s_normal(gen: Any, shape: Shape, dev: Any, loc: Any, scale: Any) -> torch.Tensor:
    return _normal(gen, shape, dev).mul_(scale).add_(loc)


def s_lognormal(gen: Any, shape: Shape, dev: Any, mean: Any, sigma: Any) -> torch.Tensor:
    return _normal(gen, shape, dev).mul_(sigma).add_(mean).exp_()


def s_exponential(gen: Any, shape: Shape, dev: Any, scale: Any) -> torch.Tensor:
    return _exponential(gen, shape, dev).mul_(scale)


def s_standard_exponential(gen: Any, shape: Shape, dev: Any) -> torch.Tensor:
    return _exponential(gen, shape, dev)


def s_standard_gamma(gen: Any, shape: Shape, dev: Any, a: Any) -> torch.Tensor:
    return _gamma(gen, a, shape, dev)


def s_gamma(gen: Any, shape: Shape, dev: Any, a: Any, scale: Any) -> torch.Tensor:
    return _gamma(gen, a, shape, dev).mul_(scale)


def s_beta(gen: Any, shape: Shape, dev: Any, a: Any, b: Any) -> torch.Tensor:
    # X / (X + Y) = sigmoid(log X - log Y), robust when both gammas underflow (tiny a, b)
    la = _log_gamma(gen, _full(a, shape, dev), dev)
    lb = _log_gamma(gen, _full(b, shape, dev), dev)
    return torch.sigmoid(la - lb)


def s_chisquare(gen: Any, shape: Shape, dev: Any, df: Any) -> torch.Tensor:
    return _gamma(gen, df / 2.0, shape, dev).mul_(2.0)


def s_f(gen: Any, shape: Shape, dev: Any, dfnum: Any, dfden: Any) -> torch.Tensor:
    num = s_chisquare(gen, shape, dev, dfnum) * dfden
    return num / (s_chisquare(gen, shape, dev, dfden) * dfnum)


def s_noncentral_chisquare(gen: Any, shape: Shape, dev: Any, df: Any, nonc: Any
                           ) -> torch.Tensor:
    # the Poisson mixture: chi2(df + 2 K), K ~ Poisson(nonc / 2)
    lam = _full(nonc, shape, dev) / 2.0
    nan = torch.isnan(lam)
    k = _poisson(gen, torch.where(nan, 0.0, lam))
    out = s_chisquare(gen, shape, dev, _full(df, shape, dev) + 2.0 * k)
    return torch.where(nan, torch.nan, out)


def s_noncentral_f(gen: Any, shape: Shape, dev: Any, dfnum: Any, dfden: Any, nonc: Any
                   ) -> torch.Tensor:
    t = s_noncentral_chisquare(gen, shape, dev, dfnum, nonc) * dfden
    return t / (s_chisquare(gen, shape, dev, dfden) * dfnum)


def s_standard_t(gen: Any, shape: Shape, dev: Any, df: Any) -> torch.Tensor:
    z = _normal(gen, shape, dev)
    return z / torch.sqrt(s_chisquare(gen, shape, dev, df) / df)


def s_standard_cauchy(gen: Any, shape: Shape, dev: Any) -> torch.Tensor:
    return _normal(gen, shape, dev) / _normal(gen, shape, dev)


def s_laplace(gen: Any, shape: Shape, dev: Any, loc: Any, scale: Any) -> torch.Tensor:
    # a symmetric exponential: the sign from a uniform, the magnitude from another draw
    e = _exponential(gen, shape, dev)
    sign = torch.rand(shape, generator=gen, dtype=_F64, device=dev) < 0.5
    return torch.where(sign, -e, e).mul_(scale).add_(loc)


def s_logistic(gen: Any, shape: Shape, dev: Any, loc: Any, scale: Any) -> torch.Tensor:
    u = _uniform(gen, shape, dev).clamp_(min=_TINY)
    return torch.log(u / (1.0 - u)).mul_(scale).add_(loc)


def s_gumbel(gen: Any, shape: Shape, dev: Any, loc: Any, scale: Any) -> torch.Tensor:
    e = _exponential(gen, shape, dev).clamp_(min=_TINY)
    return e.log_().mul_(-1.0).mul_(scale).add_(loc)


def s_pareto(gen: Any, shape: Shape, dev: Any, a: Any) -> torch.Tensor:
    return torch.expm1(_exponential(gen, shape, dev) / a)


def s_power(gen: Any, shape: Shape, dev: Any, a: Any) -> torch.Tensor:
    return torch.pow(-torch.expm1(-_exponential(gen, shape, dev)), 1.0 / _full(a, shape, dev))


def s_rayleigh(gen: Any, shape: Shape, dev: Any, scale: Any) -> torch.Tensor:
    return _exponential(gen, shape, dev).mul_(2.0).sqrt_().mul_(scale)


def s_weibull(gen: Any, shape: Shape, dev: Any, a: Any) -> torch.Tensor:
    at = _full(a, shape, dev)
    r = torch.pow(_exponential(gen, shape, dev), 1.0 / at)
    return torch.where(at == 0, 0.0, r)


def s_wald(gen: Any, shape: Shape, dev: Any, mean: Any, scale: Any) -> torch.Tensor:
    mu = _full(mean, shape, dev)
    y = _normal(gen, shape, dev).square_().mul_(mu)
    x = mu + (mu / (2.0 * scale)) * (y - torch.sqrt(4.0 * scale * y + y * y))
    u = _uniform(gen, shape, dev)
    return torch.where(u <= mu / (mu + x), x, mu * mu / x)


def s_triangular(gen: Any, shape: Shape, dev: Any, left: Any, mode: Any, right: Any
                 ) -> torch.Tensor:
    base = right - left
    leftbase = mode - left
    ratio = leftbase / base
    u = _uniform(gen, shape, dev)
    lo = torch.sqrt(u * (leftbase * base)) + left
    hi = right - torch.sqrt((1.0 - u) * ((right - mode) * base))
    return torch.where(u <= ratio, lo, hi)


def s_vonmises(gen: Any, shape: Shape, dev: Any, mu: Any, kappa: Any) -> torch.Tensor:
    k = _full(kappa, shape, dev)
    r = 1.0 + torch.sqrt(1.0 + 4.0 * k * k)
    rho = (r - torch.sqrt(2.0 * r)) / (2.0 * k)
    s = torch.where(k < 1e-5, 1.0 / k + k, (1.0 + rho * rho) / (2.0 * rho))
    w = torch.empty(shape, dtype=_F64, device=dev)
    flat_w, flat_s, flat_k = w.view(-1), s.reshape(-1), k.reshape(-1)
    easy = (flat_k < 1e-8) | (flat_k > 1e6) | torch.isnan(flat_k)
    idx = (~easy).nonzero().view(-1)
    flat_w[easy] = 0.0
    while idx.numel():  # Best & Fisher's rejection, redrawing only rejected positions
        ss, kk = flat_s[idx], flat_k[idx]
        z = torch.cos(math.pi * _uniform(gen, (idx.numel(),), dev))
        ww = (1.0 + ss * z) / (ss + z)
        y = kk * (ss - ww)
        v = _uniform(gen, (idx.numel(),), dev)
        ok = (y * (2.0 - y) - v >= 0) | (torch.log(y / v) + 1.0 - y >= 0)
        flat_w[idx[ok]] = ww[ok]
        idx = idx[~ok]
    u = _uniform(gen, shape, dev)
    result = torch.acos(w.clamp_(-1.0, 1.0))
    result = torch.where(u < 0.5, -result, result)
    wide = _normal(gen, shape, dev) * torch.sqrt(1.0 / k)  # kappa > 1e6: wrapped normal
    result = torch.where(k > 1e6, wide, result)
    result = torch.where(k < 1e-8, math.pi * (2.0 * u - 1.0), result)
    result = result + mu
    mod = torch.remainder(result.abs() + math.pi, 2.0 * math.pi) - math.pi
    out = torch.where(result < 0, -mod, mod)
    return torch.where(torch.isnan(k), torch.nan, out)


# ------------------------------------------------------------------ discrete samplers


def s_poisson(gen: Any, shape: Shape, dev: Any, lam: Any) -> torch.Tensor:
    return _poisson(gen, _full(lam, shape, dev))


def s_binomial(gen: Any, shape: Shape, dev: Any, n: Any, p: Any) -> torch.Tensor:
    nt = torch.trunc(_full(n, shape, dev))
    return torch.binomial(nt.contiguous(), _full(p, shape, dev).contiguous(), generator=gen)


def s_negative_binomial(gen: Any, shape: Shape, dev: Any, n: Any, p: Any) -> torch.Tensor:
    pt = _full(p, shape, dev) + 0.0  # -0.0 (RandomState lets it through) counts as 0.0
    y = _gamma(gen, n, shape, dev) * ((1.0 - pt) / pt)
    # p == 1: no failures, even for n == inf; a NaN n (RandomState lets it through) gives 0,
    # as in NumPy
    y = torch.where((pt == 1.0) | torch.isnan(y), 0.0, y)
    return _poisson(gen, y)


def s_geometric(gen: Any, shape: Shape, dev: Any, p: Any) -> torch.Tensor:
    e = _exponential(gen, shape, dev)
    return torch.ceil(e / -torch.log1p(-_full(p, shape, dev))).clamp_(min=1.0)


def s_logseries(gen: Any, shape: Shape, dev: Any, p: Any) -> torch.Tensor:
    pt = _full(p, shape, dev).reshape(-1)
    r = torch.log1p(-pt)
    out = torch.empty(pt.shape, dtype=_F64, device=dev)
    idx = torch.arange(pt.numel(), device=dev)
    while idx.numel():  # Kemp's algorithm; rejected positions are redrawn
        m = idx.numel()
        v = _uniform(gen, (m,), dev)
        u = _uniform(gen, (m,), dev)
        q = -torch.expm1(r[idx] * u)
        big = torch.floor(1.0 + torch.log(v) / torch.log(q))
        res = torch.where(v <= q * q, big, torch.where(v >= q, 1.0, 2.0))
        res = torch.where(v >= pt[idx], 1.0, res)
        ok = (res >= 1) & (v > 0)
        out[idx[ok]] = res[ok]
        idx = idx[~ok]
    return out.view(shape)


def s_zipf(gen: Any, shape: Shape, dev: Any, a: Any) -> torch.Tensor:
    at = _full(a, shape, dev).reshape(-1)
    am1 = at - 1.0
    b = torch.pow(2.0, am1)
    out = torch.empty(at.shape, dtype=_F64, device=dev)
    # for a >= 1025, P(X > 1) = 1 - 1/zeta(a) < 2**-1024: X is 1 (and the rejection test
    # below would divide inf by inf and never accept)
    huge = at >= 1025.0
    out[huge] = 1.0
    idx = (~huge).nonzero().view(-1)
    while idx.numel():  # Devroye's rejection; rejected positions are redrawn
        m = idx.numel()
        u = 1.0 - _uniform(gen, (m,), dev)
        v = _uniform(gen, (m,), dev)
        e = am1[idx]
        x = torch.floor(torch.pow(u, -1.0 / e))
        t = torch.pow(1.0 + 1.0 / x, e)
        bb = b[idx]
        ok = (x >= 1) & (x <= 2.0**63 - 1024) & (v * x * (t - 1.0) / (bb - 1.0) <= t / bb)
        out[idx[ok]] = x[ok]
        idx = idx[~ok]
    return out.view(shape)


def _hypergeometric_table(g: int, b: int, n: int, device: torch.device
                          ) -> tuple[int, torch.Tensor]:
    """``(k0, cdf)``: the CDF of HyperGeom(g, b, n) on ``k0, k0 + 1, ...`` (mass outside the
    window of +-40 standard deviations around the mean is below 1e-300 and left out)."""
    lo, hi = max(0, n - b), min(n, g)
    total = g + b
    mean = n * g / total if total else 0.0
    var = mean * (b / total) * ((total - n) / (total - 1)) if total > 1 else 0.0
    half = int(40 * math.sqrt(var)) + 10
    k0, k1 = max(lo, int(mean) - half), min(hi, int(mean) + half)
    k = torch.arange(k0, k1, dtype=_F64, device=device)  # ratios p(k + 1) / p(k)
    log_ratio = (torch.log(g - k) + torch.log(n - k)
                 - torch.log(k + 1.0) - torch.log(b - n + k + 1.0))
    logp = torch.cat([torch.zeros(1, dtype=_F64, device=device), torch.cumsum(log_ratio, 0)])
    pmf = torch.exp(logp - logp.max())
    cdf = torch.cumsum(pmf, 0)
    return k0, cdf / cdf[-1].clone()


def s_hypergeometric(gen: Any, shape: Shape, dev: Any, ngood: Any, nbad: Any, nsample: Any
                     ) -> torch.Tensor:
    params = torch.stack([_full(x, shape, dev).reshape(-1) for x in (ngood, nbad, nsample)], 1)
    out = torch.empty(params.shape[0], dtype=_I64, device=dev)
    if not out.numel():
        return out.view(shape)
    rows, inverse = torch.unique(params, dim=0, return_inverse=True)
    u = _uniform(gen, (params.shape[0],), dev)
    for i, (g, b, n) in enumerate(rows.tolist()):  # one inverse-CDF table per parameter set
        k0, cdf = _hypergeometric_table(int(g), int(b), int(n), dev)
        where = (inverse == i).nonzero().view(-1) if rows.shape[0] > 1 else slice(None)
        pos = torch.searchsorted(cdf, u[where], right=True).clamp_(max=cdf.numel() - 1)
        out[where] = pos + k0
    return out.view(shape)
