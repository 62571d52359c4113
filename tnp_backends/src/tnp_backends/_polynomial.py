"""Legacy polynomial functions: poly, polyval, polyfit, roots, ... and poly1d.

Coefficients run from the highest power down, like NumPy's legacy API.  The functions accept
``poly1d`` objects wherever NumPy does and then return ``poly1d`` objects; ``poly1d`` itself holds
a tnp array (``tnp_core`` is imported lazily).  ``roots`` and ``poly`` use the eigenvalues of a
companion matrix (``torch.linalg.eigvals``), ``polyfit`` a least-squares solve through
``torch.linalg.svd`` with NumPy's ``rcond`` cut-off and column scaling.
"""

from __future__ import annotations

import operator
import re
import warnings
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, OptionalArrayLike, ScalarOrArray
from tnp_core.exceptions import RankWarning
from tnp_core.kernel_utils import promote, result_dtype, to_tensor

from ._math import _binop, _in, _out, convolve

__all__ = ["KERNELS", "OBJECTS", "RankWarning"]

_Tensor = torch.Tensor


# ---------------------------------------------------------------- helpers


def _arr(x: Any) -> _Tensor:
    """A coefficient argument (poly1d, ndarray, sequence, scalar) as a tensor."""
    if isinstance(x, poly1d):
        return x._t
    return to_tensor(x)


def _atleast_1d(t: _Tensor) -> _Tensor:
    return t.reshape(1) if t.dim() == 0 else t


def _plus0(t: _Tensor) -> _Tensor:
    """``t + 0.0`` (NEP 50): integers and bool become float64, inexact dtypes stay."""
    dt = result_dtype(t, 0.0)
    return t if t.dtype is dt else t.to(dt)


def _len(t: _Tensor) -> int:
    if t.dim() == 0:
        raise TypeError("len() of unsized object")
    return t.shape[0]


def _pad_front(t: _Tensor, k: int) -> _Tensor:
    if k <= 0:
        return t
    return torch.cat([torch.zeros((k, *t.shape[1:]), dtype=t.dtype, device=t.device), t])


def _trim_leading(t: _Tensor) -> _Tensor:
    """poly1d's coefficients: leading zeros removed, ``[0]`` (same dtype) when all are zero."""
    nz = (t != 0).nonzero()
    if nz.shape[0] == 0:
        return torch.zeros(1, dtype=t.dtype, device=t.device)
    return t[int(nz[0, 0]):]


def _sort_complex(t: _Tensor) -> _Tensor:
    """Sort complex values lexicographically (real part, then imaginary part)."""
    i = torch.argsort(t.imag, stable=True)
    t = t[i]
    return t[torch.argsort(t.real, stable=True)]


def _eigvals(a: _Tensor) -> _Tensor:
    """``numpy.linalg.eigvals``: complex eigenvalues, real when all imaginary parts are 0."""
    if a.dtype is torch.float16 or a.dtype is torch.bfloat16:
        raise TypeError(f"array type {str(a.dtype).removeprefix('torch.')} is unsupported in "
                        "linalg")
    if not (a.dtype.is_floating_point or a.dtype.is_complex):
        a = a.to(torch.float64)
    w = torch.linalg.eigvals(a)
    if not a.dtype.is_complex and bool((w.imag == 0).all()):
        return w.real
    return w


def _truepoly(*xs: Any) -> bool:
    return any(isinstance(x, poly1d) for x in xs)


def _maybe_poly(val: Any, truepoly: bool) -> Any:
    return poly1d(val) if truepoly else val


# ---------------------------------------------------------------- functions


def poly(seq_of_zeros: Any) -> Any:
    """Coefficients of the monic polynomial with the given roots (or a matrix's eigenvalues)."""
    z = _atleast_1d(_arr(seq_of_zeros))
    if z.dim() == 2 and z.shape[0] == z.shape[1] and z.shape[0] != 0:
        z = _eigvals(z)
    elif z.dim() == 1:
        dt = z.dtype
        if dt not in (torch.float32, torch.float64, torch.complex64, torch.complex128):
            z = z.to(torch.float64)
    else:
        raise ValueError("input must be 1d or non-empty square 2d array.")
    n = z.shape[0]
    if n == 0:
        return 1.0
    a = torch.ones(1, dtype=z.dtype, device=z.device)
    zero = torch.zeros(1, dtype=z.dtype, device=z.device)
    for k in range(n):  # convolve with [1, -z_k]
        a = torch.cat([a, zero]) - z[k] * torch.cat([zero, a])
    if a.is_complex():
        r = _sort_complex(z.to(torch.complex128))
        if bool((r == _sort_complex(r.conj().resolve_conj())).all()):
            a = a.real.clone()
    return a


def _add_sub(op: str, a1: Any, a2: Any) -> Any:
    truepoly = _truepoly(a1, a2)
    x = _atleast_1d(_arr(a1))
    y = _atleast_1d(_arr(a2))
    d = y.shape[0] - x.shape[0]
    if d > 0:
        x = _pad_front(x, d)
    elif d < 0:
        y = _pad_front(y, -d)
    return _maybe_poly(_binop(op, x, y), truepoly)


def polyadd(a1: Any, a2: Any) -> Any:
    """Sum of two polynomials (the shorter one padded with leading zeros)."""
    return _add_sub("add", a1, a2)


def polysub(a1: Any, a2: Any) -> Any:
    """Difference of two polynomials (the shorter one padded with leading zeros)."""
    return _add_sub("sub", a1, a2)


def polymul(a1: Any, a2: Any) -> Any:
    """Product of two polynomials (leading zeros trimmed first, like NumPy)."""
    truepoly = _truepoly(a1, a2)
    x = poly1d(a1)._t
    y = poly1d(a2)._t
    return _maybe_poly(convolve(x, y), truepoly)


def polyder(p: Any, m: Any = 1) -> Any:
    """The ``m``-th derivative of a polynomial."""
    m = operator.index(m)
    if m < 0:
        raise ValueError("Order of derivative must be positive (see polyint)")
    truepoly = _truepoly(p)
    t = _arr(p)
    for _ in range(m):
        n = _len(t) - 1
        powers = torch.arange(max(n, 0), 0, -1, device=t.device)
        t = _binop("mul", t[:-1], powers)
    return _maybe_poly(t, truepoly)


def polyint(p: Any, m: Any = 1, k: Any = None) -> Any:
    """The ``m``-th antiderivative, integration constants ``k`` (highest order first)."""
    m = operator.index(m)
    if m < 0:
        raise ValueError("Order of integral must be positive (see polyder)")
    truepoly = _truepoly(p)
    t = _arr(p)
    if k is None:
        kt = torch.zeros(m, dtype=torch.float64, device=t.device)
    else:
        kt = _atleast_1d(_arr(k)).to(t.device)
        if kt.shape[0] == 1 and m > 1:
            kt = kt[0] * torch.ones(m, dtype=torch.float64, device=t.device)
            kt = kt.to(promote(kt.dtype, torch.float64))
    if kt.shape[0] < m:
        raise ValueError("k must be a scalar or a rank-1 array of length 1 or >m.")
    for i in range(m):
        n = _len(t)
        div = _binop("div", t, torch.arange(n, 0, -1, device=t.device))
        const = kt[i:i + 1]
        dt = promote(div.dtype, const.dtype)
        t = torch.cat([div.to(dt), const.to(dt)])
    return _maybe_poly(t, truepoly)


def polyval(p: Any, x: Any) -> ScalarOrArray:
    """Evaluate a polynomial at ``x`` by Horner's scheme (``x`` may be a ``poly1d``)."""
    c = _arr(p)
    if isinstance(x, poly1d):
        y: Any = poly1d(torch.zeros(1, dtype=x._t.dtype, device=x._t.device))
        for k in range(_len(c)):
            y = y * x + poly1d(c[k:k + 1])
        return y
    xt = _arr(x)
    if _len(c) == 0:
        return torch.zeros_like(xt)
    dt = promote(xt.dtype, c.dtype)
    c = c.to(xt.device)
    if dt is torch.bool:
        y = torch.zeros_like(xt)
        for k in range(c.shape[0]):
            y = (y & xt) | c[k]
        return y
    xc = _in(xt, dt)
    cc = _in(c, dt)
    y = torch.zeros(xt.shape, dtype=xc.dtype, device=xt.device)
    for k in range(cc.shape[0]):
        y = y * xc + cc[k]
    return _out(y, dt)


def polydiv(u: Any, v: Any) -> Any:
    """Quotient and remainder of polynomial division."""
    truepoly = _truepoly(u, v)
    ut = _plus0(_atleast_1d(_arr(u)))
    vt = _plus0(_atleast_1d(_arr(v)))
    if ut.dim() != 1 or vt.dim() != 1:
        raise ValueError("polydiv: the coefficients must be 1-d sequences (setting an array "
                         "element with a sequence)")
    dt = promote(ut.dtype, vt.dtype)
    m = ut.shape[0] - 1
    n = vt.shape[0] - 1
    vw = vt.to(device=ut.device, dtype=dt)
    scale = 1.0 / vt[0]
    q = torch.zeros(max(m - n + 1, 1), dtype=dt, device=ut.device)
    r = ut.to(dt).clone()
    for k in range(m - n + 1):
        d = scale * r[k]
        q[k] = d
        r[k:k + n + 1] -= d * vw
    small = (r.abs() <= 1e-8)[:-1]
    lead = int(small.to(torch.int64).cumprod(0).sum()) if small.numel() else 0
    r = r[lead:]
    if truepoly:
        return poly1d(q), poly1d(r)
    return q, r


def roots(p: Any) -> torch.Tensor:
    """Roots of a polynomial: eigenvalues of its companion matrix."""
    t = _atleast_1d(_arr(p))
    if t.dim() != 1:
        raise ValueError("Input must be a rank-1 array.")
    nz = (t != 0).nonzero()
    if nz.shape[0] == 0:
        return torch.zeros(0, dtype=torch.float64, device=t.device)
    first, last = int(nz[0, 0]), int(nz[-1, 0])
    trailing = t.shape[0] - last - 1
    t = t[first:last + 1]
    if not (t.dtype.is_floating_point or t.dtype.is_complex):
        t = t.to(torch.float64)
    n = t.shape[0]
    if n > 1:
        a = torch.diag(torch.ones(n - 2, dtype=t.dtype, device=t.device), -1)
        a[0, :] = -t[1:] / t[0]
        r = _eigvals(a)
    else:
        r = torch.zeros(0, dtype=t.dtype, device=t.device)
    if trailing:
        r = torch.cat([r, torch.zeros(trailing, dtype=r.dtype, device=r.device)])
    return r


def _vander(x: _Tensor, n: int) -> _Tensor:
    """Columns ``x**(n-1), ..., x, 1`` (powers by repeated multiplication, like NumPy)."""
    if n == 0:
        return x.new_zeros((x.shape[0], 0))
    cols = x.unsqueeze(1).expand(x.shape[0], n - 1)
    v = torch.cat([torch.ones_like(x).unsqueeze(1), cols], dim=1).cumprod(dim=1)
    return v.flip(1)


def polyfit(
    x: ArrayLike,
    y: ArrayLike,
    deg: Any,
    rcond: Any = None,
    full: bool = False,
    w: OptionalArrayLike = None,
    cov: Any = False,
) -> ScalarOrArray:
    """Least-squares polynomial fit of degree ``deg`` (optionally weighted, with covariance)."""
    order = int(deg) + 1
    x = _plus0(x)
    y = _plus0(y).to(x.device)
    if deg < 0:
        raise ValueError("expected deg >= 0")
    if x.dim() != 1:
        raise TypeError("expected 1D vector for x")
    if x.numel() == 0:
        raise TypeError("expected non-empty vector for x")
    if y.dim() < 1 or y.dim() > 2:
        raise TypeError("expected 1D or 2D array for y")
    if x.shape[0] != y.shape[0]:
        raise TypeError("expected x and y to have same length")
    for t in (x, y):
        if t.dtype is torch.float16:
            raise TypeError("array type float16 is unsupported in linalg")
    real = x.real.dtype if x.is_complex() else x.dtype
    if rcond is None:
        rcond = x.shape[0] * torch.finfo(real).eps
    lhs = _vander(x.to(promote(x.dtype, torch.int64)), order)  # NumPy's vander promotes
    rhs = y
    if w is not None:
        w = _plus0(w).to(x.device)
        if w.dim() != 1:
            raise TypeError("expected a 1-d array for weights")
        if w.shape[0] != y.shape[0]:
            raise TypeError("expected w and y to have the same length")
        lhs = lhs * w[:, None]
        rhs = rhs * (w[:, None] if rhs.dim() == 2 else w)
    scale = torch.sqrt((lhs * lhs).sum(dim=0))
    lhs = lhs / scale
    dt = promote(lhs.dtype, rhs.dtype)
    a = lhs.to(dt)
    b = rhs.to(dt)
    b2 = b if b.dim() == 2 else b[:, None]
    u, s, vh = torch.linalg.svd(a, full_matrices=False)
    cutoff = rcond * s[0] if s.numel() else 0.0
    keep = s > cutoff
    rank = int(keep.sum())
    inv = torch.where(keep, 1.0 / s, torch.zeros_like(s))
    sol = vh.mH @ ((u.mH @ b2) * inv[:, None].to(dt))
    if rank == order and x.shape[0] > order:
        resid = ((b2 - a @ sol).abs() ** 2).sum(dim=0)
    else:
        resid = torch.zeros(0, dtype=s.dtype, device=s.device)
    c = sol if b.dim() == 2 else sol[:, 0]
    sc = scale.to(dt)
    c = c / (sc[:, None] if c.dim() == 2 else sc)
    if rank != order and not full:
        warnings.warn("Polyfit may be poorly conditioned", RankWarning, stacklevel=2)
    if full:
        return (
            c,
            resid,
            torch.tensor(rank, dtype=torch.int32, device=s.device),
            s,
            torch.tensor(float(rcond), dtype=torch.float64, device=s.device),
        )
    if cov:
        base = torch.linalg.inv(a.mT @ a)
        base = base / torch.outer(sc, sc)
        if cov == "unscaled":
            fac: Any = 1
        else:
            if x.shape[0] <= order:
                raise ValueError("the number of data points must exceed order to scale the "
                                 "covariance matrix")
            fac = resid / (x.shape[0] - order)
        if y.dim() == 1:
            return c, base * fac
        return c, base[:, :, None] * fac
    return c


# ---------------------------------------------------------------- poly1d


_POWER = re.compile(r"\*\*([0-9]*)")


def _raise_power(s: str, wrap: int = 70) -> str:
    """Typeset ``x**n`` as a two-line string with the exponents on the upper line."""
    top = ""
    bottom = ""
    out = " "
    pos = 0
    for mat in _POWER.finditer(s):
        power = mat.group(1)
        part = s[pos:mat.start()]
        pos = mat.end()
        add_bottom = part + " " * (len(power) - 1)
        add_top = " " * (len(part) - 1) + power
        if len(bottom) + len(add_bottom) > wrap or len(top) + len(add_top) > wrap:
            out += top + "\n" + bottom + "\n "
            top, bottom = add_top, add_bottom
        else:
            top += add_top
            bottom += add_bottom
    return out + top + "\n" + bottom + s[pos:]


def _fmt(q: float) -> str:
    s = f"{q:.4g}"
    return s[:-5] if s.endswith(".0000") else s


def _isscalar(v: Any) -> bool:
    if isinstance(v, (bool, int, float, complex)):
        return True
    import tnp_core

    return isinstance(v, tnp_core.generic) or type(v).__module__ == "numpy" and getattr(
        v, "ndim", 1) == 0


class poly1d:  # noqa: N801 - NumPy's name
    """A one-dimensional polynomial (NumPy's legacy class): ``poly1d([1, 2, 3])`` is
    ``x**2 + 2x + 3``; ``poly1d([1, 2], r=True)`` has roots 1 and 2."""

    __hash__ = None  # type: ignore[assignment]

    def __init__(self, c_or_r: Any, r: bool = False, variable: str | None = None) -> None:
        if isinstance(c_or_r, poly1d):
            self._variable = c_or_r._variable
            self._t = c_or_r._t
            self._coeffs: Any = c_or_r._coeffs
            if variable is not None:
                self._variable = variable
            return
        if r:
            c = poly(c_or_r)
            t = c if isinstance(c, _Tensor) else torch.tensor([c], dtype=torch.float64)
        else:
            t = _arr(c_or_r)
        t = _atleast_1d(t)
        if t.dim() > 1:
            raise ValueError("Polynomial must be 1d only.")
        self._set(_trim_leading(t))
        self._variable = "x" if variable is None else variable

    def _set(self, t: _Tensor) -> None:
        import tnp_core

        self._t = t
        self._coeffs = tnp_core.asarray(t)

    # -- attributes
    @property
    def coeffs(self) -> Any:
        """The coefficients, highest power first."""
        return self._coeffs

    @coeffs.setter
    def coeffs(self, value: Any) -> None:
        if value is not self._coeffs:
            raise AttributeError("Cannot set attribute")

    @property
    def variable(self) -> str:
        """The name of the variable in ``str()``."""
        return self._variable

    @property
    def order(self) -> int:
        """The degree."""
        return self._t.shape[0] - 1

    @property
    def roots(self) -> Any:
        """The roots."""
        import tnp_core

        return tnp_core.roots(self._coeffs)

    r = roots
    c = coef = coefficients = coeffs
    o = order

    def __array__(self, t: Any = None, copy: Any = None) -> Any:
        import numpy

        a = numpy.asarray(self._coeffs)
        return a if t is None else a.astype(t)

    def __repr__(self) -> str:
        vals = repr(self._coeffs)
        return f"poly1d({vals[6:-1]})"

    def __len__(self) -> int:
        return self.order

    def __str__(self) -> str:
        var = self._variable
        t = self._t
        nz = (t != 0).nonzero()
        coeffs = t[int(nz[0, 0]):] if nz.shape[0] else t[:0]
        n = coeffs.shape[0] - 1
        out = "0"
        for k, coeff in enumerate(coeffs.tolist()):
            cv = complex(coeff)
            if cv.imag == 0:
                cs = _fmt(cv.real)
            elif cv.real == 0:
                cs = f"{_fmt(cv.imag)}j"
            else:
                cs = f"({_fmt(cv.real)} + {_fmt(cv.imag)}j)"
            power = n - k
            if power == 0:
                new = cs if cs != "0" else ("0" if k == 0 else "")
            elif cs == "0":
                new = ""
            elif cs == "b":
                new = var if power == 1 else f"{var}**{power}"
            else:
                new = f"{cs} {var}" if power == 1 else f"{cs} {var}**{power}"
            if k == 0:
                out = new
            elif new:
                out = f"{out} - {new[1:]}" if new.startswith("-") else f"{out} + {new}"
        return _raise_power(out)

    # -- evaluation and arithmetic
    def __call__(self, val: Any) -> Any:
        import tnp_core

        return tnp_core.polyval(self._coeffs, val)

    def __neg__(self) -> poly1d:
        return poly1d(-self._coeffs)

    def __pos__(self) -> poly1d:
        return self

    def __mul__(self, other: Any) -> poly1d:
        if _isscalar(other):
            return poly1d(self._coeffs * other)
        return poly1d(polymul(self._t, poly1d(other)._t))

    def __rmul__(self, other: Any) -> poly1d:
        if _isscalar(other):
            return poly1d(other * self._coeffs)
        return poly1d(polymul(poly1d(other)._t, self._t))

    def __add__(self, other: Any) -> poly1d:
        return poly1d(polyadd(self._t, poly1d(other)._t))

    def __radd__(self, other: Any) -> poly1d:
        return poly1d(polyadd(poly1d(other)._t, self._t))

    def __sub__(self, other: Any) -> poly1d:
        return poly1d(polysub(self._t, poly1d(other)._t))

    def __rsub__(self, other: Any) -> poly1d:
        return poly1d(polysub(poly1d(other)._t, self._t))

    def __pow__(self, val: Any) -> poly1d:
        if not _isscalar(val) or int(val) != val or val < 0:
            raise ValueError("Power to non-negative integers only.")
        res = torch.ones(1, dtype=torch.int64, device=self._t.device)
        for _ in range(int(val)):
            res = polymul(self._t, res)
        return poly1d(res)

    def __truediv__(self, other: Any) -> Any:
        if _isscalar(other):
            return poly1d(self._coeffs / other)
        return polydiv(self, poly1d(other))

    def __rtruediv__(self, other: Any) -> Any:
        if _isscalar(other):
            return poly1d(other / self._coeffs)
        return polydiv(poly1d(other), self)

    def __eq__(self, other: object) -> Any:
        if not isinstance(other, poly1d):
            return NotImplemented
        if self._t.shape != other._t.shape:
            return False
        return bool((self._t == other._t.to(self._t.device)).all())

    def __ne__(self, other: object) -> Any:
        if not isinstance(other, poly1d):
            return NotImplemented
        return not self.__eq__(other)

    def __getitem__(self, val: Any) -> Any:
        val = operator.index(val)
        ind = self.order - val
        if val > self.order:
            return self._coeffs.dtype.type(0)
        if val < 0:
            return 0
        return self._coeffs[ind]

    def __setitem__(self, key: Any, val: Any) -> None:
        key = operator.index(key)
        if key < 0:
            raise ValueError("Does not support negative powers.")
        if key > self.order:
            self._set(_pad_front(self._t, key - self.order))
        self._coeffs[self.order - key] = val

    def __iter__(self) -> Any:
        return iter(self._coeffs)

    def integ(self, m: int = 1, k: Any = 0) -> poly1d:
        """The ``m``-th antiderivative (see ``polyint``)."""
        return poly1d(polyint(self._t, m=m, k=k))

    def deriv(self, m: int = 1) -> poly1d:
        """The ``m``-th derivative (see ``polyder``)."""
        return poly1d(polyder(self._t, m=m))


KERNELS: dict[str, Callable[..., Any]] = {
    "poly": poly,
    "polyadd": polyadd,
    "polyder": polyder,
    "polydiv": polydiv,
    "polyfit": polyfit,
    "polyint": polyint,
    "polymul": polymul,
    "polysub": polysub,
    "polyval": polyval,
    "roots": roots,
}

OBJECTS: dict[str, Any] = {"poly1d": poly1d}
"""Public classes of this category, registered through ``tnp_register_objects``."""
