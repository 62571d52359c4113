"""Torch-level engine shared by the six series families of ``tnp_core.polynomial``.

Every family is described by its three-term recurrence written as

    P[k+1] = ((a_k * x + b_k) * P[k] - c_k * P[k-1]) / d_k,      P[0] = 1,

plus its derivative / integral steps, its companion matrix and its Gauss weight.  From that,
:func:`make_functions` builds the NumPy function set of a module (``chebadd``, ``chebval``,
``chebfit``, ...).  Coefficients are handled as torch tensors; the public functions take
array-likes and return ``tnp_core`` arrays.
"""

from __future__ import annotations

import math
import operator
import warnings
from collections.abc import Callable
from typing import Any

import torch

import tnp_core as tnp
from tnp_core._ndarray import ndarray, wrap, wrap_scalar
from tnp_core.exceptions import AxisError, RankWarning
from tnp_core.kernel_utils import result_dtype

_INT_KINDS = (torch.bool, torch.uint8, torch.int8, torch.int16, torch.int32, torch.int64,
              torch.uint16, torch.uint32, torch.uint64)
_PY_SCALARS = (bool, int, float, complex)


# ------------------------------------------------------------------ conversions

def tensor_of(x: Any) -> torch.Tensor:
    """The torch tensor behind an array-like (no copy for a tnp array)."""
    if isinstance(x, ndarray):
        return x.tensor
    return tnp.asarray(x).tensor


def out(t: torch.Tensor) -> ndarray:
    """A tensor as a tnp result: 0-d results become NumPy scalars, like NumPy's ufuncs."""
    if t.ndim == 0:
        return wrap_scalar(t.clone())
    return wrap(t)


def as_float(t: torch.Tensor) -> torch.Tensor:
    """``t`` with bool/integer dtypes turned into float64 (NumPy's ``c + 0.0``)."""
    if t.dtype in _INT_KINDS:
        return t.to(torch.float64)
    return t


def pyscalar(v: Any) -> Any:
    """A 0-d array-like as a Python scalar (Python scalars pass through)."""
    if isinstance(v, _PY_SCALARS):
        return v
    t = tensor_of(v)
    if t.ndim != 0:
        return t
    return t.item()


def as_int(x: Any, desc: str) -> int:
    try:
        return operator.index(x)
    except TypeError as e:
        raise TypeError(f"{desc} must be an integer, received {x}") from e


def _common_type(dts: list[torch.dtype]) -> torch.dtype:
    res = None
    for dt in dts:
        if dt == torch.bool:
            raise ValueError("Coefficient arrays have no common type")
        if dt in _INT_KINDS:
            dt = torch.float64
        elif dt == torch.bfloat16:
            dt = torch.float32
        res = dt if res is None else torch.promote_types(res, dt)
    return res


def trimseq_t(t: torch.Tensor) -> torch.Tensor:
    """Drop trailing zeros of a 1-d tensor, keeping at least one element."""
    if t.shape[0] == 0 or t[-1] != 0:
        return t
    nz = torch.nonzero(t != 0)
    if nz.shape[0] == 0:
        return t[:1]
    return t[: int(nz[-1, 0]) + 1]


def as_series_t(alist: Any, trim: bool = True) -> list[torch.Tensor]:
    """NumPy's ``polyutils.as_series`` at torch level: 1-d tensors of a common float type."""
    ts = []
    for a in alist:
        t = tensor_of(a)
        if t.ndim == 0:
            t = t.reshape(1)
        ts.append(t)
    for t in ts:
        if t.numel() == 0:
            raise ValueError("Coefficient array is empty")
        if t.ndim != 1:
            raise ValueError("Coefficient array is not 1-d")
    if trim:
        ts = [trimseq_t(t) for t in ts]
    dt = _common_type([t.dtype for t in ts])
    return [t.to(dt) for t in ts]


def _pad(t: torch.Tensor, n: int) -> torch.Tensor:
    if t.shape[0] >= n:
        return t
    z = torch.zeros((n - t.shape[0],) + tuple(t.shape[1:]), dtype=t.dtype, device=t.device)
    return torch.cat([t, z])


def _rsum_parity(e: torch.Tensor) -> torch.Tensor:
    """R[j] = sum of e[i] for i >= j with i - j even (along axis 0)."""
    f = torch.flip(e, [0])
    r = torch.empty_like(f)
    r[0::2] = torch.cumsum(f[0::2], 0)
    r[1::2] = torch.cumsum(f[1::2], 0)
    return torch.flip(r, [0])


def _bcast(v: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
    """A 1-d tensor shaped to broadcast along axis 0 of ``like``."""
    return v.reshape((-1,) + (1,) * (like.ndim - 1))


def lex_sort(t: torch.Tensor) -> torch.Tensor:
    """NumPy's sort order: complex values lexicographically (real part, then imaginary)."""
    if not t.is_complex():
        return torch.sort(t).values
    order = torch.argsort(t.imag, stable=True)
    t = t[order]
    order = torch.argsort(t.real, stable=True)
    return t[order]


# ------------------------------------------------------------------ the family description

class Family:
    """One series family: recurrence, calculus steps, companion matrix, Gauss data."""

    def __init__(self, prefix: str, rec: Callable[[int], tuple[float, float, float, float]],
                 der_step: Callable, int_step: Callable, companion: Callable,
                 line: Callable, weight: Callable | None, mu0: float | None,
                 symmetric: bool, root1: Callable):
        self.prefix = prefix
        self.rec = rec
        self.der_step = der_step
        self.int_step = int_step
        self.companion = companion
        self.line = line
        self.weight = weight
        self.mu0 = mu0
        self.symmetric = symmetric
        self.root1 = root1

    # ---- torch-level building blocks (tensors in, tensors out)

    def mulx_t(self, c: torch.Tensor, n: int | None = None) -> torch.Tensor:
        """x * c in the basis; result of length ``n`` (default len(c) + 1)."""
        m = c.shape[0]
        if n is None:
            n = m + 1
        res = torch.zeros((n,) + tuple(c.shape[1:]), dtype=c.dtype, device=c.device)
        for k in range(m):
            a, b, cc, d = self.rec(k)
            ck = c[k]
            if k + 1 < n:
                res[k + 1] += ck * (d / a)
            if b:
                res[k] -= ck * (b / a)
            if cc and k >= 1:
                res[k - 1] += ck * (cc / a)
        return res

    def mul_t(self, c1: torch.Tensor, c2: torch.Tensor) -> torch.Tensor:
        n = c1.shape[0] + c2.shape[0] - 1
        q_prev = None
        q = _pad(c2, n)
        res = c1[0] * q
        for k in range(c1.shape[0] - 1):
            a, b, cc, d = self.rec(k)
            xq = self.mulx_t(q, n)
            nxt = xq * a + q * b if b else xq * a
            if cc and q_prev is not None:
                nxt = nxt - q_prev * cc
            if d != 1:
                nxt = nxt / d
            q_prev, q = q, nxt
            res = res + c1[k + 1] * q
        return res

    def val_t(self, x: Any, c: torch.Tensor) -> Any:
        """Clenshaw summation of sum c[k] P_k(x); ``x`` a tensor (broadcasting against
        c[k]) or any object with arithmetic (a Python scalar, a series instance)."""
        n = len(c)
        b1 = c[n - 1] + x * 0
        b2 = None
        for k in range(n - 2, -1, -1):
            a, b, cc, d = self.rec(k)
            alpha = (x * a + b) / d if (b or d != 1) else (x * a if a != 1 else x)
            nb = b1 * alpha + c[k]
            if b2 is not None:
                _, _, cc1, d1 = self.rec(k + 1)
                if cc1:
                    nb = nb - b2 * (cc1 / d1)
            b2, b1 = b1, nb
        return b1

    def vander_t(self, x: torch.Tensor, deg: int) -> torch.Tensor:
        v = torch.empty((deg + 1,) + tuple(x.shape), dtype=x.dtype, device=x.device)
        v[0] = 1
        for k in range(deg):
            a, b, cc, d = self.rec(k)
            nxt = v[k] * (x * a + b) if b else v[k] * (x * a)
            if cc and k >= 1:
                nxt = nxt - v[k - 1] * cc
            v[k + 1] = nxt / d if d != 1 else nxt
        return torch.movedim(v, 0, -1)

    def div_t(self, c1: torch.Tensor, c2: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        if c2[-1] == 0:
            raise ZeroDivisionError("division by zero")
        l1, l2 = c1.shape[0], c2.shape[0]
        if l1 < l2:
            return c1[:1] * 0, c1
        if l2 == 1:
            return c1 / c2[-1], c1[:1] * 0
        quo = torch.empty(l1 - l2 + 1, dtype=c1.dtype, device=c1.device)
        rem = c1
        for i in range(l1 - l2, -1, -1):
            basis = torch.zeros(i + 1, dtype=c1.dtype, device=c1.device)
            basis[i] = 1
            p = self.mul_t(basis, c2)
            q = rem[-1] / p[-1]
            rem = rem[:-1] - q * p[:-1]
            quo[i] = q
        return quo, trimseq_t(rem)

    def fromroots_t(self, r: torch.Tensor) -> torch.Tensor:
        if r.shape[0] == 0:
            return torch.ones(1, dtype=torch.float64, device=r.device)
        r = lex_sort(r.to(torch.promote_types(r.dtype, torch.float64)))
        p = [self.line_t(-r[i], 1, r) for i in range(r.shape[0])]
        n = len(p)
        while n > 1:
            m, rest = divmod(n, 2)
            tmp = [self.mul_t(p[i], p[i + m]) for i in range(m)]
            if rest:
                tmp[0] = self.mul_t(tmp[0], p[-1])
            p = tmp
            n = m
        return p[0]

    def line_t(self, off: Any, scl: Any, like: torch.Tensor) -> torch.Tensor:
        vals = self.line(off, scl)
        return torch.stack([v if isinstance(v, torch.Tensor) else
                            torch.tensor(v, dtype=like.dtype, device=like.device)
                            for v in vals]).to(like.dtype)

    def roots_t(self, c: torch.Tensor) -> torch.Tensor:
        if c.shape[0] < 2:
            return c[:0]
        if c.shape[0] == 2:
            return self.root1(c).reshape(1)
        m = torch.flip(self.companion(c), [0, 1])
        r = _eigvals(m)
        return lex_sort(r)


def _eigvals(m: torch.Tensor) -> torch.Tensor:
    r = torch.linalg.eigvals(m)
    if not m.is_complex() and bool((r.imag == 0).all()):
        r = r.real.contiguous()
    return r


# ------------------------------------------------------------------ public function builder

def _check_companion(c: torch.Tensor) -> None:
    if c.shape[0] < 2:
        raise ValueError("Series must have maximum degree of at least 1.")


def make_functions(fam: Family, module_name: str) -> dict[str, Callable]:
    """The NumPy function set of one family module, as a dict name -> function."""
    p = fam.prefix
    fns: dict[str, Callable] = {}

    def reg(name: str, doc: str) -> Callable:
        def deco(f: Callable) -> Callable:
            f.__name__ = f.__qualname__ = p + name
            f.__module__ = module_name
            f.__doc__ = doc
            fns[p + name] = f
            return f
        return deco

    @reg("line", "The series representing the linear polynomial ``off + scl*x``.")
    def line(off, scl):
        vals = fam.line(off, scl)
        if scl == 0:
            return tnp.asarray([off])
        return tnp.asarray(list(vals))

    @reg("add", "Sum of two series (trailing zeros trimmed).")
    def add(c1, c2):
        a, b = as_series_t([c1, c2])
        n = max(a.shape[0], b.shape[0])
        return out(trimseq_t(_pad(a, n) + _pad(b, n)))

    @reg("sub", "Difference of two series (trailing zeros trimmed).")
    def sub(c1, c2):
        a, b = as_series_t([c1, c2])
        n = max(a.shape[0], b.shape[0])
        return out(trimseq_t(_pad(a, n) - _pad(b, n)))

    @reg("mulx", "The series multiplied by x.")
    def mulx(c):
        [t] = as_series_t([c])
        if t.shape[0] == 1 and t[0] == 0:
            return out(t.clone())
        return out(fam.mulx_t(t))

    @reg("mul", "Product of two series.")
    def mul(c1, c2):
        a, b = as_series_t([c1, c2])
        return out(trimseq_t(fam.mul_t(a, b)))

    @reg("div", "Quotient and remainder of two series.")
    def div(c1, c2):
        a, b = as_series_t([c1, c2])
        q, r = fam.div_t(a, b)
        return out(q.clone()), out(r.clone())

    @reg("pow", "The series raised to a non-negative integer power.")
    def pow_(c, pow, maxpower=None if p == "poly" else 16):  # noqa: A002
        [t] = as_series_t([c])
        power = int(pow)
        if power != pow or power < 0:
            raise ValueError("Power must be a non-negative integer.")
        if maxpower is not None and power > maxpower:
            raise ValueError("Power is too large")
        if power == 0:
            return out(torch.ones(1, dtype=t.dtype, device=t.device))
        prd = t
        for _ in range(power - 1):
            prd = fam.mul_t(prd, t)
        return out(prd.clone())

    @reg("val", "Evaluate the series at points x (NumPy's ``tensor`` semantics).")
    def val(x, c, tensor=True):
        return _val(fam, x, c, tensor)

    @reg("der", "Differentiate the series ``m`` times along ``axis``, scaling by ``scl``.")
    def der(c, m=1, scl=1, axis=0):
        t = as_float(tensor_of(c))
        if t.ndim == 0:
            t = t.reshape(1)
        cnt = as_int(m, "the order of derivation")
        iaxis = as_int(axis, "the axis")
        if cnt < 0:
            raise ValueError("The order of derivation must be non-negative")
        iaxis = _norm_axis(iaxis, t.ndim)
        if cnt == 0:
            return out(t.clone())
        t = torch.movedim(t, iaxis, 0)
        scl = pyscalar(scl)
        if cnt >= t.shape[0]:
            t = t[:1] * 0
        else:
            for _ in range(cnt):
                t = fam.der_step(t * scl)
        return out(torch.movedim(t, 0, iaxis).contiguous())

    @reg("int", "Integrate the series ``m`` times along ``axis`` (constants ``k``, lower "
                "bound ``lbnd``, scale ``scl``).")
    def int_(c, m=1, k=[], lbnd=0, scl=1, axis=0):  # noqa: B006
        t = as_float(tensor_of(c))
        if t.ndim == 0:
            t = t.reshape(1)
        if isinstance(k, (ndarray,)) or not hasattr(k, "__iter__"):
            kt = tensor_of(k)
            k = [k] if kt.ndim == 0 else [v for v in kt]
        cnt = as_int(m, "the order of integration")
        iaxis = as_int(axis, "the axis")
        if cnt < 0:
            raise ValueError("The order of integration must be non-negative")
        if len(k) > cnt:
            raise ValueError("Too many integration constants")
        if tensor_of(lbnd).ndim != 0:
            raise ValueError("lbnd must be a scalar.")
        if tensor_of(scl).ndim != 0:
            raise ValueError("scl must be a scalar.")
        iaxis = _norm_axis(iaxis, t.ndim)
        if cnt == 0:
            return out(t.clone())
        ks = [pyscalar(v) for v in k] + [0] * (cnt - len(k))
        lb, sc = pyscalar(lbnd), pyscalar(scl)
        t = torch.movedim(t, iaxis, 0)
        for i in range(cnt):
            t = t * sc
            if t.shape[0] == 1 and bool((t[0] == 0).all()):
                t = t.clone()
                t[0] += ks[i]
                continue
            tmp = fam.int_step(t)
            tmp[0] = 0
            tmp[0] = ks[i] - fam.val_t(torch.tensor(lb, dtype=tmp.dtype, device=tmp.device),
                                       tmp)
            t = tmp
        return out(torch.movedim(t, 0, iaxis).contiguous())

    @reg("fromroots", "The series with the given roots.")
    def fromroots(roots):
        rt = tensor_of(roots)
        if rt.numel() == 0:
            return out(torch.ones(1, dtype=torch.float64, device=rt.device))
        [r] = as_series_t([roots], trim=False)
        return out(fam.fromroots_t(r))

    @reg("vander", "Pseudo-Vandermonde matrix of degree ``deg`` at sample points ``x``.")
    def vander(x, deg):
        ideg = as_int(deg, "deg")
        if ideg < 0:
            raise ValueError("deg must be non-negative")
        return out(fam.vander_t(_float_points(x), ideg))

    @reg("fit", "Least squares fit of a series of degree ``deg`` to data.")
    def fit(x, y, deg, rcond=None, full=False, w=None):
        return _fit(fam, x, y, deg, rcond, full, w)

    @reg("trim", "Remove small trailing coefficients (NumPy's ``trimcoef``).")
    def trim(c, tol=0):
        return trimcoef(c, tol)

    @reg("roots", "Roots of the series (sorted).")
    def roots(c):
        [t] = as_series_t([c])
        return out(fam.roots_t(t).clone())

    @reg("companion", "The (scaled) companion matrix of the series.")
    def companion(c):
        [t] = as_series_t([c])
        _check_companion(t)
        return out(fam.companion(t))

    for nd, names in ((2, "x, y"), (3, "x, y, z")):
        def mk_val(nd=nd, names=names):
            def valnd(*args):
                *pts, c = args
                return _valnd(fam, pts, c, names, grid=False)
            return valnd

        def mk_grid(nd=nd):
            def gridnd(*args):
                *pts, c = args
                return _valnd(fam, pts, c, "", grid=True)
            return gridnd

        def mk_vander(nd=nd):
            def vandernd(*args):
                *pts, deg = args
                return _vander_nd(fam, pts, deg)
            return vandernd
        _name_sig(reg(f"val{nd}d", f"Evaluate a {nd}-D series at points ({names}).")
                  (mk_val()), names.split(", ") + ["c"])
        _name_sig(reg(f"grid{nd}d", f"Evaluate a {nd}-D series on the Cartesian product of "
                                    f"({names}).")(mk_grid()), names.split(", ") + ["c"])
        _name_sig(reg(f"vander{nd}d", f"Pseudo-Vandermonde matrix of {nd}-D points.")
                  (mk_vander()), names.split(", ") + ["deg"])

    if fam.weight is not None:
        @reg("weight", "The weight function of the family.")
        def weight(x):
            if isinstance(x, (list, tuple)):
                raise TypeError(f"unsupported operand type for the weight function: "
                                f"'{type(x).__name__}'")
            t = as_float(tensor_of(x))
            return out(fam.weight(t))

        @reg("gauss", "Gauss quadrature points and weights of degree ``deg``.")
        def gauss(deg):
            ideg = as_int(deg, "deg")
            if ideg <= 0:
                raise ValueError("deg must be a positive integer")
            xs, ws = _gauss(fam, ideg)
            return out(xs), out(ws)

        @reg("2poly", "Convert a series to power-series coefficients.")
        def to_poly(c):
            [t] = as_series_t([c])
            return out(_to_poly(fam, t))
        to_poly.__name__ = to_poly.__qualname__ = p + "2poly"

        def from_poly(pol):
            [t] = as_series_t([pol])
            res = torch.zeros(1, dtype=t.dtype, device=t.device)
            for i in range(t.shape[0] - 1, -1, -1):
                res = fam.mulx_t(res) if not (res.shape[0] == 1 and res[0] == 0) else res
                res = _pad(res, 1).clone()
                res[0] += t[i]
                res = trimseq_t(res)
            return out(res)
        from_poly.__name__ = from_poly.__qualname__ = "poly2" + p
        from_poly.__module__ = module_name
        from_poly.__doc__ = "Convert power-series coefficients to a series of this family."
        fns["poly2" + p] = from_poly
    return fns


def _name_sig(f: Callable, params: list[str]) -> None:
    import inspect
    f.__signature__ = inspect.Signature(
        [inspect.Parameter(n, inspect.Parameter.POSITIONAL_OR_KEYWORD) for n in params])


def _norm_axis(axis: int, ndim: int) -> int:
    if not -ndim <= axis < ndim:
        raise AxisError(f"axis {axis} is out of bounds for array of dimension {ndim}")
    return axis % ndim


def _float_points(x: Any) -> torch.Tensor:
    """``np.array(x, ndmin=1) + 0.0``."""
    t = tensor_of(x)
    if t.ndim == 0:
        t = t.reshape(1)
    return t.to(result_dtype(t, 0.0))


def _val(fam: Family, x: Any, c: Any, tensor: bool) -> Any:
    ct = as_float(tensor_of(c))
    if ct.ndim == 0:
        ct = ct.reshape(1)
    if type(x) not in _PY_SCALARS and not isinstance(x, ndarray):
        from ._polybase import ABCPolyBase
        if isinstance(x, ABCPolyBase):
            return fam.val_t(x, [v.item() for v in ct])
        x = tnp.asarray(x)
    if type(x) in _PY_SCALARS:
        dt = result_dtype(ct, x)
        xt = torch.tensor(x, dtype=dt, device=ct.device)
    elif isinstance(x, ndarray):
        xt = x.tensor
        dt = result_dtype(ct, xt)
        xt = xt.to(dt)
        if tensor:
            ct = ct.reshape(tuple(ct.shape) + (1,) * xt.ndim)
    return out(fam.val_t(xt, ct.to(dt)))


def _valnd(fam: Family, pts: list, c: Any, names: str, grid: bool) -> Any:
    ts = [tensor_of(v) for v in pts]
    if not grid:
        if any(t.shape != ts[0].shape for t in ts):
            raise ValueError(f"{names} are incompatible")
        arrays = [wrap(t) for t in ts]
        res = _val(fam, arrays[0], c, True)
        for a in arrays[1:]:
            res = _val(fam, a, res, False)
        return res
    res = c
    for t in ts:
        res = _val(fam, wrap(t), res, True)
    return res


def _vander_nd(fam: Family, pts: list, deg: Any) -> ndarray:
    n = len(pts)
    degs = list(deg) if hasattr(deg, "__len__") else [deg]
    if len(degs) != n:
        raise ValueError(f"Expected {n} dimensions of degrees, got {len(degs)}")
    ts = [tensor_of(v) for v in pts]
    if any(t.shape != ts[0].shape for t in ts):
        raise ValueError("x, y, z are incompatible" if n == 3 else "x, y are incompatible")
    dt = _common_type([t.dtype for t in ts])
    res = None
    for i, (t, d) in enumerate(zip(ts, degs)):
        ideg = as_int(d, "deg")
        if ideg < 0:
            raise ValueError("deg must be non-negative")
        v = fam.vander_t(t.to(dt), ideg)
        shape = tuple(t.shape) + tuple(ideg + 1 if j == i else 1 for j in range(n))
        v = v.reshape(shape)
        res = v if res is None else res * v
    return out(res.reshape(tuple(ts[0].shape) + (-1,)))


def _lstsq(a: torch.Tensor, b: torch.Tensor, rcond: float):
    if a.device.type == "cpu":
        sol, res, rank, s = torch.linalg.lstsq(a, b, rcond=rcond, driver="gelsd")
        return sol, res, int(rank), s
    u, s, vh = torch.linalg.svd(a, full_matrices=False)
    keep = s > rcond * s[0]
    rank = int(keep.sum())
    inv = torch.where(keep, 1 / s, torch.zeros_like(s)).to(a.dtype)
    sol = vh.mH @ (inv[:, None] * (u.mH @ b))
    if a.shape[0] > a.shape[1] and rank == a.shape[1]:
        res = ((a @ sol - b).abs() ** 2).sum(0).real
    else:
        res = s[:0]
    return sol, res, rank, s


def _fit(fam: Family, x, y, deg, rcond, full, w):
    xt = tensor_of(x)
    xt = xt.to(result_dtype(xt, 0.0))
    yt = tensor_of(y)
    yt = yt.to(result_dtype(yt, 0.0))
    dg = tensor_of(deg)
    if dg.ndim > 1 or dg.dtype not in _INT_KINDS or dg.dtype == torch.bool or dg.numel() == 0:
        raise TypeError("deg must be an int or non-empty 1-D array of int")
    if int(dg.min()) < 0:
        raise ValueError("expected deg >= 0")
    if xt.ndim != 1:
        raise TypeError("expected 1D vector for x")
    if xt.numel() == 0:
        raise TypeError("expected non-empty vector for x")
    if yt.ndim < 1 or yt.ndim > 2:
        raise TypeError("expected 1D or 2D array for y")
    if xt.shape[0] != yt.shape[0]:
        raise TypeError("expected x and y to have same length")
    if dg.ndim == 0:
        lmax = int(dg)
        order = lmax + 1
        van = fam.vander_t(xt, lmax)
        degs = None
    else:
        degs = torch.sort(dg).values.to(torch.int64)
        lmax = int(degs[-1])
        order = degs.shape[0]
        van = fam.vander_t(xt, lmax)[:, degs.to(xt.device)]
    lhs = van
    rhs = yt
    if w is not None:
        wt = tensor_of(w)
        wt = wt.to(result_dtype(wt, 0.0))
        if wt.ndim != 1:
            raise TypeError("expected 1D vector for w")
        if wt.shape[0] != xt.shape[0]:
            raise TypeError("expected x and w to have same length")
        lhs = lhs * wt[:, None]
        rhs = rhs * (wt if rhs.ndim == 1 else wt[:, None])
    if rcond is None:
        rcond = xt.shape[0] * torch.finfo(xt.dtype).eps
    out_dt = torch.promote_types(lhs.dtype, rhs.dtype)
    work = torch.complex128 if out_dt.is_complex else torch.float64
    lhs = lhs.to(work)
    scl = torch.sqrt((lhs.abs() ** 2).sum(0))
    scl = torch.where(scl == 0, torch.ones_like(scl), scl)
    b = rhs.to(work)
    b2 = b[:, None] if b.ndim == 1 else b
    sol, resids, rank, s = _lstsq(lhs / scl, b2, float(rcond))
    c = sol / scl[:, None].to(sol.dtype)
    if b.ndim == 1:
        c = c[:, 0]
    c = c.to(out_dt)
    if degs is not None:
        cc = torch.zeros((lmax + 1,) + tuple(c.shape[1:]), dtype=c.dtype, device=c.device)
        cc[degs.to(c.device)] = c
        c = cc
    if rank != order and not full:
        warnings.warn("The fit may be poorly conditioned", RankWarning, stacklevel=3)
    if full:
        return out(c), [out(resids.to(torch.float64).reshape(-1)), rank, out(s), rcond]
    return out(c)


def _gauss(fam: Family, deg: int) -> tuple[torch.Tensor, torch.Tensor]:
    if fam.prefix == "cheb":
        k = torch.arange(1, 2 * deg, 2, dtype=torch.float64)
        return torch.cos(math.pi * k / (2.0 * deg)), torch.full((deg,), math.pi / deg,
                                                                dtype=torch.float64)
    c = torch.zeros(deg + 1, dtype=torch.float64)
    c[-1] = 1
    m = fam.companion(c)
    x = torch.linalg.eigvalsh(m)
    dy = fam.val_t(x, c)
    dc = fam.der_step(c)
    df = fam.val_t(x, dc)
    x = x - dy / df
    fm = fam.val_t(x, c[1:])
    fm = fm / fm.abs().max()
    df = fam.val_t(x, dc)
    df = df / df.abs().max()
    w = 1 / (fm * df)
    if fam.symmetric:
        w = (w + torch.flip(w, [0])) / 2
        x = (x - torch.flip(x, [0])) / 2
    w = w * (fam.mu0 / w.sum())
    return x, w


def _to_poly(fam: Family, c: torch.Tensor) -> torch.Tensor:
    """sum c[k] P_k in the power basis, by the forward recurrence of the P_k."""
    n = c.shape[0]
    prev = None
    cur = torch.zeros(n, dtype=c.dtype, device=c.device)
    cur[0] = 1
    res = c[0] * cur
    for k in range(n - 1):
        a, b, cc, d = fam.rec(k)
        xs = torch.zeros_like(cur)
        xs[1:] = cur[:-1]
        nxt = xs * a + cur * b
        if cc and prev is not None:
            nxt = nxt - prev * cc
        nxt = nxt / d
        prev, cur = cur, nxt
        res = res + c[k + 1] * cur
    return trimseq_t(res)


def trimcoef(c: Any, tol: Any = 0) -> ndarray:
    """Remove trailing coefficients whose absolute value is at most ``tol``."""
    if tol < 0:
        raise ValueError("tol must be non-negative")
    [t] = as_series_t([c])
    nz = torch.nonzero(t.abs() > pyscalar(tol))
    if nz.shape[0] == 0:
        return out(t[:1] * 0)
    return out(t[: int(nz[-1, 0]) + 1].clone())


def bcast(v: torch.Tensor, like: torch.Tensor) -> torch.Tensor:
    return _bcast(v, like)


def rsum_parity(e: torch.Tensor) -> torch.Tensor:
    return _rsum_parity(e)


def _val_from_roots(x: Any, r: Any, tensor: bool) -> Any:
    rt = as_float(tensor_of(r))
    if rt.ndim == 0:
        rt = rt.reshape(1)
    if type(x) not in _PY_SCALARS:
        x = tnp.asarray(x)
    if isinstance(x, ndarray):
        xt = x.tensor
        if tensor:
            rt = rt.reshape(tuple(rt.shape) + (1,) * xt.ndim)
        elif xt.ndim >= rt.ndim:
            raise ValueError("x.ndim must be < r.ndim when tensor == False")
        dt = result_dtype(xt, rt)
        return out(torch.prod(xt.to(dt) - rt.to(dt), 0))
    dt = result_dtype(rt, x)
    return out(torch.prod(x - rt.to(dt), 0))


def cheb_points(npts: Any, kind: int) -> ndarray:
    n = int(npts)
    if n != npts:
        raise ValueError("npts must be integer")
    if kind == 1:
        if n < 1:
            raise ValueError("npts must be >= 1")
        x = 0.5 * math.pi / n * torch.arange(-n + 1, n + 1, 2, dtype=torch.float64)
        return out(torch.sin(x))
    if n < 2:
        raise ValueError("npts must be >= 2")
    return out(torch.cos(torch.linspace(-math.pi, 0, n, dtype=torch.float64)))


def cheb_interpolate(func: Callable, deg: Any, args: tuple = ()) -> ndarray:
    from ._families import CHEB
    dg = tensor_of(deg)
    if dg.ndim > 0 or dg.dtype not in _INT_KINDS or dg.dtype == torch.bool:
        raise TypeError("deg must be an int")
    d = int(dg)
    if d < 0:
        raise ValueError("expected deg >= 0")
    order = d + 1
    xs = cheb_points(order, 1)
    y = tensor_of(func(xs, *args))
    m = CHEB.vander_t(xs.tensor, d)
    dt = torch.promote_types(m.dtype, y.dtype)
    c = m.T.to(dt) @ y.to(dt)
    c[0] /= order
    c[1:] /= 0.5 * order
    return out(c)
