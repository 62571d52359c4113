"""The six series families (power, Chebyshev, Legendre, Laguerre, Hermite, HermiteE)."""

from __future__ import annotations

import math

import torch

from ._series import Family, bcast, rsum_parity


def _j(t: torch.Tensor, lo: int, hi: int) -> torch.Tensor:
    """arange(lo, hi) in the real dtype of ``t``, shaped to broadcast along axis 0."""
    rdt = t.real.dtype if t.is_complex() else t.dtype
    return bcast(torch.arange(lo, hi, dtype=rdt, device=t.device), t)


def _mat(n: int, c: torch.Tensor, diag=None, off=None) -> torch.Tensor:
    """An n x n matrix of c's dtype with the given diagonal and symmetric off-diagonals."""
    m = torch.zeros((n, n), dtype=c.dtype, device=c.device)
    if diag is not None:
        m.diagonal().copy_(diag)
    if off is not None and n > 1:
        m.diagonal(1).copy_(off)
        m.diagonal(-1).copy_(off)
    return m


def _r(n_lo: int, n_hi: int, c: torch.Tensor) -> torch.Tensor:
    return torch.arange(n_lo, n_hi, dtype=torch.float64, device=c.device)


# ---------------------------------------------------------------- power series

def _poly_der(t):
    return t[1:] * _j(t, 1, t.shape[0])


def _poly_int(t):
    n = t.shape[0]
    tmp = torch.zeros((n + 1,) + tuple(t.shape[1:]), dtype=t.dtype, device=t.device)
    tmp[1:] = t / _j(t, 1, n + 1)
    return tmp


def _poly_comp(c):
    n = c.shape[0] - 1
    if n == 1:
        return (-c[0] / c[1]).reshape(1, 1)
    m = torch.zeros((n, n), dtype=c.dtype, device=c.device)
    m.diagonal(-1).fill_(1)
    m[:, -1] -= c[:-1] / c[-1]
    return m


POLY = Family("poly", lambda k: (1, 0, 0, 1), _poly_der, _poly_int, _poly_comp,
              lambda off, scl: (off, scl), None, None, False, lambda c: -c[0] / c[1])


# ---------------------------------------------------------------- Chebyshev

def _cheb_der(t):
    n = t.shape[0] - 1
    e = t[1:] * (2 * _j(t, 1, n + 1))
    d = rsum_parity(e)
    d[0] = d[0] / 2
    return d


def _cheb_int(t):
    n = t.shape[0]
    tmp = torch.zeros((n + 1,) + tuple(t.shape[1:]), dtype=t.dtype, device=t.device)
    tmp[1] = t[0]
    if n > 1:
        tmp[2:] = t[1:] / (2 * (_j(t, 1, n) + 1))
        tmp[1:n - 1] -= t[2:] / (2 * (_j(t, 2, n) - 1))
    return tmp


def _cheb_comp(c):
    n = c.shape[0] - 1
    if n == 1:
        return (-c[0] / c[1]).reshape(1, 1)
    scl = torch.full((n,), math.sqrt(0.5), dtype=torch.float64, device=c.device)
    scl[0] = 1
    off = torch.full((n - 1,), 0.5, dtype=torch.float64, device=c.device)
    off[0] = math.sqrt(0.5)
    m = _mat(n, c, off=off)
    m[:, -1] -= (c[:-1] / c[-1]) * (scl / scl[-1]) * 0.5
    return m


CHEB = Family("cheb", lambda k: (1, 0, 0, 1) if k == 0 else (2, 0, 1, 1), _cheb_der, _cheb_int,
              _cheb_comp, lambda off, scl: (off, scl),
              lambda x: 1.0 / (torch.sqrt(1 + x) * torch.sqrt(1 - x)), math.pi, True,
              lambda c: -c[0] / c[1])


# ---------------------------------------------------------------- Legendre

def _leg_der(t):
    n = t.shape[0] - 1
    d = rsum_parity(t[1:])
    return d * (2 * _j(t, 0, n) + 1)


def _leg_int(t):
    n = t.shape[0]
    tmp = torch.zeros((n + 1,) + tuple(t.shape[1:]), dtype=t.dtype, device=t.device)
    tmp[1] = t[0]
    if n > 1:
        q = t[1:] / (2 * _j(t, 1, n) + 1)
        tmp[2:] = q
        tmp[1:n - 1] -= q[1:]
    return tmp


def _leg_comp(c):
    n = c.shape[0] - 1
    if n == 1:
        return (-c[0] / c[1]).reshape(1, 1)
    scl = 1.0 / torch.sqrt(2 * _r(0, n, c) + 1)
    off = _r(1, n, c) * scl[:n - 1] * scl[1:n]
    m = _mat(n, c, off=off)
    m[:, -1] -= (c[:-1] / c[-1]) * (scl / scl[-1]) * (n / (2 * n - 1))
    return m


LEG = Family("leg", lambda k: (2 * k + 1, 0, k, k + 1), _leg_der, _leg_int, _leg_comp,
             lambda off, scl: (off, scl), lambda x: x * 0.0 + 1.0, 2.0, True,
             lambda c: -c[0] / c[1])


# ---------------------------------------------------------------- Laguerre

def _lag_der(t):
    s = torch.flip(torch.cumsum(torch.flip(t[1:], [0]), 0), [0])
    return -s


def _lag_int(t):
    n = t.shape[0]
    tmp = torch.zeros((n + 1,) + tuple(t.shape[1:]), dtype=t.dtype, device=t.device)
    tmp[:n] += t
    tmp[1:] -= t
    return tmp


def _lag_comp(c):
    n = c.shape[0] - 1
    if n == 1:
        return (1 + c[0] / c[1]).reshape(1, 1)
    m = _mat(n, c, diag=2 * _r(0, n, c) + 1, off=-_r(1, n, c))
    m[:, -1] += (c[:-1] / c[-1]) * n
    return m


LAG = Family("lag", lambda k: (-1, 2 * k + 1, k, k + 1), _lag_der, _lag_int, _lag_comp,
             lambda off, scl: (off + scl, -scl), lambda x: torch.exp(-x), 1.0, False,
             lambda c: 1 + c[0] / c[1])


# ---------------------------------------------------------------- Hermite (physicists')

def _herm_der(t):
    return t[1:] * (2 * _j(t, 1, t.shape[0]))


def _herm_int(t):
    n = t.shape[0]
    tmp = torch.zeros((n + 1,) + tuple(t.shape[1:]), dtype=t.dtype, device=t.device)
    tmp[1:] = t / (2 * _j(t, 1, n + 1))
    return tmp


def _herm_scl(n, c, f):
    s = torch.ones(n, dtype=torch.float64, device=c.device)
    s[1:] = 1.0 / torch.sqrt(f * torch.arange(n - 1, 0, -1, dtype=torch.float64,
                                              device=c.device))
    return torch.flip(torch.cumprod(s, 0), [0])


def _herm_comp(c):
    n = c.shape[0] - 1
    if n == 1:
        return (-0.5 * c[0] / c[1]).reshape(1, 1)
    scl = _herm_scl(n, c, 2.0)
    m = _mat(n, c, off=torch.sqrt(0.5 * _r(1, n, c)))
    m[:, -1] -= scl * c[:-1] / (2.0 * c[-1])
    return m


HERM = Family("herm", lambda k: (2, 0, 2 * k, 1), _herm_der, _herm_int, _herm_comp,
              lambda off, scl: (off, scl / 2), lambda x: torch.exp(-(x * x)),
              math.sqrt(math.pi), True, lambda c: -0.5 * c[0] / c[1])


# ---------------------------------------------------------------- HermiteE (probabilists')

def _herme_comp(c):
    n = c.shape[0] - 1
    if n == 1:
        return (-c[0] / c[1]).reshape(1, 1)
    scl = _herm_scl(n, c, 1.0)
    m = _mat(n, c, off=torch.sqrt(_r(1, n, c)))
    m[:, -1] -= scl * c[:-1] / c[-1]
    return m


HERME = Family("herme", lambda k: (1, 0, k, 1), _poly_der, _poly_int, _herme_comp,
               lambda off, scl: (off, scl), lambda x: torch.exp(-0.5 * (x * x)),
               math.sqrt(2 * math.pi), True, lambda c: -c[0] / c[1])
