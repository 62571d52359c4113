"""The remaining ufuncs: gcd/lcm, ldexp/frexp, modf, nextafter/spacing, heaviside, fabs,
float_power, bitwise_count, isnat, and the generalized ufuncs matvec, vecmat, vecdot.

Loop ``types`` are NumPy 2's tables restricted to tnp's dtypes (``q``/``Q`` written ``l``/``L``).
"""

from __future__ import annotations

import math
from collections.abc import Callable

import torch

from tnp_core.plugins import UfuncDef

from ._ufuncs import _complex_power_fixup
from ._ufuncs_more import _u64_divmod

__all__ = ["UFUNCS"]

_Tensor = torch.Tensor
_INT_LOOPS = ("bb->b", "BB->B", "hh->h", "HH->H", "ii->i", "II->I", "ll->l", "LL->L")
_REAL_FLOAT_1 = ("e->e", "f->f", "d->d")
_REAL_FLOAT_2 = ("ee->e", "ff->f", "dd->d")
_GUFUNC_LOOPS = (
    "??->?", "bb->b", "BB->B", "hh->h", "HH->H", "ii->i", "II->I", "ll->l", "LL->L",
    "ee->e", "ff->f", "dd->d", "FF->F", "DD->D",
)  # fmt: skip
_WIDE = (torch.uint16, torch.uint32)


# ---------------------------------------------------------------- integer kernels


def _u64_gcd(a: _Tensor, b: _Tensor) -> _Tensor:
    """Euclid on uint64 tensors (bit patterns in int64), all elements at once."""
    a, b = torch.broadcast_tensors(a, b)
    a, b = a.clone(), b.clone()
    zero = torch.zeros((), dtype=torch.uint64, device=a.device)
    while True:
        live = b.view(torch.int64) != 0
        if not bool(live.any()):
            return a
        bs = torch.where(live, b, torch.ones((), dtype=torch.uint64, device=a.device))
        r = _u64_divmod(a, bs)[1]
        a = torch.where(live, b, a)
        b = torch.where(live, r, zero)


_INT64_MIN = -(2**63)


def _int64_gcd(x: _Tensor, y: _Tensor) -> _Tensor:
    """gcd of int64 tensors, non-negative but for ``gcd(MIN, 0)`` and ``gcd(MIN, MIN)`` (MIN,
    as NumPy): ``|MIN|`` is 2**63, whose gcd with ``y`` is the lowest set bit of ``y``."""
    xmin, ymin = x == _INT64_MIN, y == _INT64_MIN
    g = torch.gcd(torch.where(xmin, 0, x), torch.where(ymin, 0, y))
    if bool(xmin.any()) or bool(ymin.any()):
        low_y, low_x = y & -y, x & -x  # y & -y: the lowest set bit (MIN for MIN, 0 for 0)
        g = torch.where(xmin, torch.where(y == 0, _INT64_MIN, torch.abs(low_y)), g)
        g = torch.where(ymin & ~xmin, torch.where(x == 0, _INT64_MIN, torch.abs(low_x)), g)
    return g


def _gcd(a: _Tensor, b: _Tensor) -> _Tensor:
    dt = a.dtype
    if dt is torch.uint64:
        return _u64_gcd(a, b)
    return _int64_gcd(a.to(torch.int64), b.to(torch.int64)).to(dt)


def _lcm(a: _Tensor, b: _Tensor) -> _Tensor:
    """NumPy's ``|a / gcd(a, b) * b|`` in the operands' dtype (wrapping on overflow)."""
    dt = a.dtype
    if dt is torch.uint64:
        g = _u64_gcd(a, b)
        zero = g.view(torch.int64) == 0
        gs = torch.where(zero, torch.ones((), dtype=dt, device=g.device), g)
        q = _u64_divmod(a.expand_as(g), gs)[0]
        r = (q.view(torch.int64) * b.expand_as(g).view(torch.int64)).view(torch.uint64)
        return torch.where(zero, torch.zeros((), dtype=dt, device=g.device), r)
    x, y = a.to(torch.int64), b.to(torch.int64)
    g = _int64_gcd(x, y)
    gs = torch.where(g == 0, 1, g)
    # NumPy: |x| / gcd * |y|, wrapping (in C int for the small types, then truncated)
    r = torch.div(torch.abs(x), gs, rounding_mode="trunc") * torch.abs(y)
    return torch.where(g == 0, 0, r).to(dt)


_POPCOUNT = torch.tensor([bin(i).count("1") for i in range(256)], dtype=torch.uint8)


def _bitwise_count(x: _Tensor) -> _Tensor:
    """Set bits of ``|x|`` (NumPy counts the magnitude of signed integers) as uint8."""
    if x.dtype is torch.uint64:
        v = x.view(torch.int64)
    else:
        v = x.to(torch.int64)
        if x.dtype.is_signed:
            v = torch.abs(v)  # -2**63 stays -2**63: one set bit, as |-2**63| has
    table = _POPCOUNT.to(x.device)
    b = v.reshape(-1).contiguous().view(torch.uint8).reshape(-1, 8)
    return table[b.long()].sum(-1, dtype=torch.uint8).reshape(v.shape)


# ---------------------------------------------------------------- float kernels


def _fabs(x: _Tensor) -> _Tensor:
    return torch.abs(x)


def _float_power(x: _Tensor, y: _Tensor) -> _Tensor:
    r = torch.pow(x, y)
    if r.is_complex():
        r = _complex_power_fixup(r, x, y)
    return r


def _frexp(x: _Tensor) -> tuple[_Tensor, _Tensor]:
    m, e = torch.frexp(x)
    return m, e.to(torch.int32)


def _modf(x: _Tensor) -> tuple[_Tensor, _Tensor]:
    whole = torch.trunc(x)
    frac = torch.where(torch.isinf(x), torch.zeros((), dtype=x.dtype, device=x.device), x - whole)
    return torch.copysign(frac, x), whole


def _ldexp(x: _Tensor, e: _Tensor) -> _Tensor:
    """``x * 2**e`` with one rounding (torch's ldexp overflows ``2**e`` for subnormal ``x``)."""
    dt = x.dtype
    e = torch.clamp(e.to(torch.int64), -2200, 2200)
    if dt is not torch.float64:  # exact in float64, one rounding on the way back
        return _ldexp(x.to(torch.float64), e).to(dt)
    m, k = torch.frexp(x)
    p = torch.clamp(k.to(torch.int64) + e, -1100, 1100)
    two = torch.full((), 2.0, dtype=torch.float64, device=x.device)
    pos = p > 0  # 2**1024 overflows: scale by 2**(p-1), then 2 (exact for normal results)
    r = m * torch.pow(two, (p - pos.to(torch.int64)).to(torch.float64))
    r = torch.where(pos, r * 2, r)
    special = ~torch.isfinite(x) | (x == 0)
    return torch.where(special, x, r)


def _nextafter(x: _Tensor, y: _Tensor) -> _Tensor:
    r = torch.nextafter(x, y)
    if x.dtype is torch.float16:  # NumPy's half nextafter returns x (not y) when x == y
        r = torch.where(x == y, x, r)
    return r


def _spacing(x: _Tensor) -> _Tensor:
    """``nextafter(x, copysign(inf, x)) - x``; the spacing of +-0 is the smallest subnormal."""
    inf = torch.full((), math.inf, dtype=x.dtype, device=x.device)
    if x.dtype is torch.float16:  # NumPy's half spacing always steps towards +inf
        r = torch.nextafter(x, inf) - x
        return torch.where(torch.isinf(x), torch.full_like(r, math.nan), r)
    toward = torch.where(x < 0, -inf, inf)
    r = torch.nextafter(x, toward) - x
    tiny = torch.nextafter(torch.zeros((), dtype=x.dtype, device=x.device), inf)
    return torch.where(x == 0, tiny, r)


def _heaviside(x: _Tensor, h0: _Tensor) -> _Tensor:
    x, h0 = torch.broadcast_tensors(x, h0)
    r = torch.heaviside(x, h0)
    return torch.where(torch.isnan(x), x, r)


def _isnat(x: _Tensor) -> _Tensor:
    raise TypeError("ufunc 'isnat' is only defined for np.datetime64 and np.timedelta64.")


def _no_bool_loop(name: str) -> str:
    return (
        f"ufunc '{name}' did not contain a loop with signature matching types "
        "(<class 'numpy.dtypes.BoolDType'>, <class 'numpy.dtypes.BoolDType'>) -> None"
    )


_ISNAT_MSG = "ufunc 'isnat' is only defined for np.datetime64 and np.timedelta64."


# ---------------------------------------------------------------- gufunc kernels


def _int_products(x1: _Tensor, x2: _Tensor) -> tuple[_Tensor, _Tensor, torch.dtype]:
    """Integer operands as int64 (uint64 as its bit pattern): products and sums wrap like the
    operands' own dtype once cast back."""
    dt = x1.dtype
    if dt is torch.uint64:
        return x1.view(torch.int64), x2.view(torch.int64), dt
    return x1.to(torch.int64), x2.to(torch.int64), dt


def _int_back(r: _Tensor, dt: torch.dtype) -> _Tensor:
    return r.view(torch.uint64) if dt is torch.uint64 else r.to(dt)


def _vecdot(x1: _Tensor, x2: _Tensor) -> _Tensor:
    """``sum(conj(x1) * x2)`` over the last axis."""
    dt = x1.dtype
    if dt.is_floating_point or dt.is_complex:
        if dt is torch.float16:
            return torch.linalg.vecdot(x1.float(), x2.float()).to(dt)
        return torch.linalg.vecdot(x1, x2)
    if dt is torch.bool:
        return (x1 & x2).any(-1)
    a, b, dt = _int_products(x1, x2)
    return _int_back((a * b).sum(-1), dt)


def _matvec(x1: _Tensor, x2: _Tensor) -> _Tensor:
    """``x1 @ x2`` for a stack of matrices ``x1`` and vectors ``x2``."""
    dt = x1.dtype
    if dt.is_floating_point or dt.is_complex:
        if dt is torch.float16:
            return _matvec(x1.float(), x2.float()).to(dt)
        return torch.matmul(x1, x2.unsqueeze(-1)).squeeze(-1)
    if dt is torch.bool:
        return (x1 & x2.unsqueeze(-2)).any(-1)
    a, b, dt = _int_products(x1, x2)
    return _int_back((a * b.unsqueeze(-2)).sum(-1), dt)


def _vecmat(x1: _Tensor, x2: _Tensor) -> _Tensor:
    """``conj(x1) @ x2`` for a stack of vectors ``x1`` and matrices ``x2``."""
    dt = x1.dtype
    if dt.is_floating_point or dt.is_complex:
        if dt is torch.float16:
            return _vecmat(x1.float(), x2.float()).to(dt)
        return torch.matmul(x1.conj().unsqueeze(-2), x2).squeeze(-2)
    if dt is torch.bool:
        return (x1.unsqueeze(-1) & x2).any(-2)
    a, b, dt = _int_products(x1, x2)
    return _int_back((a.unsqueeze(-1) * b).sum(-2), dt)


def _matmul(x1: _Tensor, x2: _Tensor) -> _Tensor:
    """Stacks of matrices ``(..., n, k) @ (..., k, m)`` (the core gives 1-d operands their
    missing dimension)."""
    dt = x1.dtype
    if dt.is_floating_point or dt.is_complex:
        if dt is torch.float16:
            return torch.matmul(x1.float(), x2.float()).to(dt)
        return torch.matmul(x1, x2)
    if dt is torch.bool:
        return (x1.unsqueeze(-1) & x2.unsqueeze(-3)).any(-2)
    a, b, dt = _int_products(x1, x2)
    if a.device.type == "cpu":  # torch has integer matmul kernels on the CPU only
        return _int_back(torch.matmul(a, b), dt)
    return _int_back((a.unsqueeze(-1) * b.unsqueeze(-3)).sum(-2), dt)


def _matmul_loop(dtypes: tuple[torch.dtype, ...]) -> Callable[..., _Tensor] | None:
    """UfuncDef.loop_kernel of matmul: torch.matmul itself for float32/64 and complex loops."""
    dt = dtypes[0]
    if dt in (torch.float32, torch.float64, torch.complex64, torch.complex128):
        return torch.matmul
    return None


# ---------------------------------------------------------------- definitions

UFUNCS: list[UfuncDef] = [
    UfuncDef(
        "bitwise_count",
        _bitwise_count,
        nin=1,
        types=tuple(t[0] + "->B" for t in _INT_LOOPS),
        doc="Computes the number of 1-bits in the absolute value of ``x``.",
    ),
    UfuncDef(
        "fabs", _fabs, nin=1, types=_REAL_FLOAT_1, doc="Compute the absolute values element-wise."
    ),
    UfuncDef(
        "float_power",
        _float_power,
        nin=2,
        types=("dd->d", "DD->D"),
        doc="First array elements raised to powers from second array, element-wise "
        "(computed in float64 or complex128).",
    ),
    UfuncDef(
        "frexp",
        _frexp,
        nin=1,
        nout=2,
        types=("e->ei", "f->fi", "d->di"),
        doc="Decompose the elements of x into mantissa and twos exponent.",
    ),
    UfuncDef(
        "gcd",
        _gcd,
        nin=2,
        identity=0,
        reorderable=True,
        types=_INT_LOOPS,
        type_errors={"b": _no_bool_loop("gcd")},
        doc="Returns the greatest common divisor of ``|x1|`` and ``|x2|``.",
    ),
    UfuncDef(
        "heaviside",
        _heaviside,
        nin=2,
        types=_REAL_FLOAT_2,
        doc="Compute the Heaviside step function.",
    ),
    UfuncDef(
        "isnat",
        _isnat,
        nin=1,
        types=(),
        type_errors={k: _ISNAT_MSG for k in "biufc"},
        doc="Test element-wise for NaT (not a time) and return result as a boolean array.",
    ),
    UfuncDef(
        "lcm",
        _lcm,
        nin=2,  # no identity: NumPy does not reorder it (reduce takes one axis at most)
        types=_INT_LOOPS,
        type_errors={"b": _no_bool_loop("lcm")},
        doc="Returns the lowest common multiple of ``|x1|`` and ``|x2|``.",
    ),
    UfuncDef(
        "ldexp",
        _ldexp,
        nin=2,
        types=("ei->e", "fi->f", "el->e", "fl->f", "di->d", "dl->d"),
        doc="Returns x1 * 2**x2, element-wise.",
    ),
    UfuncDef(
        "modf",
        _modf,
        nin=1,
        nout=2,
        types=("e->ee", "f->ff", "d->dd"),
        doc="Return the fractional and integral parts of an array, element-wise.",
    ),
    UfuncDef(
        "nextafter",
        _nextafter,
        nin=2,
        types=_REAL_FLOAT_2,
        doc="Return the next floating-point value after x1 towards x2, element-wise.",
    ),
    UfuncDef(
        "spacing",
        _spacing,
        nin=1,
        types=_REAL_FLOAT_1,
        doc="Return the distance between x and the nearest adjacent number.",
    ),
    UfuncDef(
        "matvec",
        _matvec,
        nin=2,
        types=_GUFUNC_LOOPS,
        signature="(m,n),(n)->(m)",
        doc="Matrix-vector dot product of two arrays.",
    ),
    UfuncDef(
        "vecmat",
        _vecmat,
        nin=2,
        types=_GUFUNC_LOOPS,
        signature="(n),(n,m)->(m)",
        doc="Vector-matrix dot product of two arrays (the vector is conjugated).",
    ),
    UfuncDef(
        "vecdot",
        _vecdot,
        nin=2,
        types=_GUFUNC_LOOPS,
        signature="(n),(n)->()",
        doc="Vector dot product of two arrays (the first is conjugated).",
    ),
]


MATMUL = UfuncDef(
    "matmul",
    _matmul,
    nin=2,
    types=_GUFUNC_LOOPS,
    signature="(n?,k),(k,m?)->(n?,m?)",
    doc="Matrix product of two arrays.",
    checks_core_sizes=True,  # torch.matmul raises on mismatched k
    loop_kernel=_matmul_loop,
)
"""``matmul`` as NumPy's gufunc (two arrays with default keywords take the gufunc fast path:
the kernel runs on the tensors as they are)."""
UFUNCS.append(MATMUL)
