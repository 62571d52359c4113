"""sort, argsort, partition, argpartition, lexsort, searchsorted, sort_complex.

Sorts are always stable (a stable sort satisfies every ``kind``).  NaNs go last like NumPy's;
complex values sort lexicographically with NumPy's NaN order
``R + Rj < R + nanj < nan + Rj < nan + nanj``; uint16/32/64 sort through an order-preserving
int64 key.  Long 1-d float arrays on CPU sort through integer keys as well (their bit patterns,
see ``_radix_sort``): torch sorts integers with a parallel radix sort, about twice as fast as
its float sort.  partition/argpartition sort fully (a sorted array is a valid partition for every
``kth``).  searchsorted compares through order-preserving int64 keys (floats: their bit patterns
with -0.0 -> +0.0 and every NaN after +inf); complex values through dense ranks of the
lexicographic order.
"""

from __future__ import annotations

import operator
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import (
    ArrayLike,
    ArrayLikeSequence,
    ArrayOrScalar,
    AxisLike,
    OptionalArrayLike,
    ScalarOrArray,
)
from tnp_core.kernel_utils import normalize_axis, promote, result_dtype, to_tensor

__all__ = ["KERNELS"]

_Tensor = torch.Tensor
_SHELL = (torch.uint16, torch.uint32, torch.uint64)
_SIGN_BIT = -(2**63)


def _check(kind: Any, order: Any, stable: Any) -> None:
    if order is not None:
        raise ValueError("Cannot specify order when the array has no fields.")
    if kind is not None:
        if stable is not None:
            raise ValueError(
                "`kind` and keyword parameters can't be provided at the same time. Use only "
                "one of them."
            )
        if not isinstance(kind, str) or kind[:1].lower() not in ("q", "h", "m", "s"):
            raise ValueError(
                f"sort kind must be one of 'quick', 'heap', or 'stable' (got {kind!r})"
            )


_UNSTABLE_FROM = 1 << 16


def _stable(t: _Tensor, kind: Any, stable: bool | None) -> bool:
    """Sort stably unless NumPy's default (unstable) quicksort was asked for on a long axis.

    Short arrays always sort stably: that reproduces NumPy's order of equal elements there
    (its quicksort falls back to insertion sort).  On long ones NumPy's order of ties is
    unspecified, and torch's unstable sort is about 20% faster.
    """
    if stable or t.numel() < _UNSTABLE_FROM:
        return True
    return not (kind is None or kind[:1].lower() in ("q", "h"))


def _key(t: _Tensor) -> _Tensor:
    """A tensor torch can sort in the order of ``t`` (not complex)."""
    if t.dtype is torch.uint64:
        return t.view(torch.int64) ^ _SIGN_BIT
    if t.dtype in _SHELL:
        return t.to(torch.int64)
    return t


# torch sorts 1-d integer tensors of at least 32768 elements with fbgemm's parallel radix sort
# when it is built with FBGEMM and OpenMP (the x86 wheels are); floats always take a comparison
# sort.  From _RADIX_FROM elements, 1-d float tensors are therefore sorted by integer keys.
_RADIX_FROM = 1 << 16
_RADIX_SORT = (
    "fbgemm" in torch.backends.quantized.supported_engines
    and torch.backends.openmp.is_available()
)
_BITS_OF = {
    torch.float64: torch.int64,
    torch.float32: torch.int32,
    torch.float16: torch.int16,
    torch.bfloat16: torch.int16,
}


def _float_key(t: _Tensor) -> _Tensor:
    """Integers ordered like the floats ``t`` with ``-0.0 == +0.0``: the bit pattern, with the
    non-sign bits of negative values flipped.  NaNs with the sign bit set come out below -inf
    (``_radix_sort`` checks for them); all other NaNs above +inf."""
    bits = (t + 0.0).view(_BITS_OF[t.dtype])  # -0.0 + 0.0 is +0.0
    key = bits >> (8 * bits.element_size() - 1)  # -1 for negative values, 0 otherwise
    key &= torch.iinfo(key.dtype).max
    key ^= bits
    return key


def _float_from_key(key: _Tensor, dtype: torch.dtype) -> _Tensor:
    """Invert ``_float_key`` in place (zeros come back as +0.0)."""
    flip = key >> (8 * key.element_size() - 1)
    flip &= torch.iinfo(key.dtype).max
    key ^= flip
    return key.view(dtype)


_NEG_INF_KEY = {dt: int(_float_key(torch.tensor(float("-inf"), dtype=dt))) for dt in _BITS_OF}


def _radix_sort(t: _Tensor) -> tuple[_Tensor, _Tensor] | None:
    """Stable ascending sort of a 1-d float tensor via torch's integer radix sort: the sorted
    values (zeros with their original signs) and the sorting indices.  None where torch would
    not radix-sort (GPU, short, no FBGEMM) or where a NaN has its sign bit set (rare: negated
    NaNs), which the caller then sorts by comparison."""
    if not (t.dim() == 1 and _RADIX_FROM <= t.numel() <= 2**31 - 1):
        return None
    if not (_RADIX_SORT and t.dtype in _BITS_OF and t.is_cpu):
        return None
    keys, idx = torch.sort(_float_key(t))
    if int(keys[0]) < _NEG_INF_KEY[t.dtype]:
        return None
    zeros = torch.searchsorted(keys, torch.tensor([-1, 0], dtype=keys.dtype), right=True)
    lo, hi = int(zeros[0]), int(zeros[1])
    values = _float_from_key(keys, t.dtype)
    if hi > lo:  # restore -0.0 among the zeros
        values[lo:hi] = t[idx[lo:hi]]
    return values, idx


def _stable_argsort(t: _Tensor, dim: int) -> _Tensor:
    """Indices of a stable ascending sort of the real tensor ``t`` along ``dim``; NaNs last."""
    fast = _radix_sort(t)
    if fast is not None:
        return fast[1]
    return torch.sort(_key(t), dim=dim, stable=True).indices


def _argsort_keys(keys: list[_Tensor], dim: int) -> _Tensor:
    """Stable lexicographic argsort: ``keys[0]`` least significant, ``keys[-1]`` most."""
    perm = _stable_argsort(keys[0], dim)
    for k in keys[1:]:
        perm = perm.gather(dim, _stable_argsort(k.gather(dim, perm), dim))
    return perm


def _complex_argsort(t: _Tensor, dim: int) -> _Tensor:
    re, im = t.real, t.imag
    nan_rank = re.isnan().to(torch.int8) * 2 + im.isnan().to(torch.int8)
    return _argsort_keys([im, re, nan_rank], dim)


def _prepare(a: _Tensor, axis: Any, zero_d_as_1d: bool) -> tuple[_Tensor, int]:
    if axis is None:
        return a.reshape(-1), 0
    if isinstance(axis, tuple):
        raise TypeError("'tuple' object cannot be interpreted as an integer")
    t = a.reshape(1) if zero_d_as_1d and a.dim() == 0 else a
    return t, normalize_axis(axis, t.dim())


def _descending_argsort(t: _Tensor, ax: int) -> _Tensor:
    """The array API's ``descending=True``: a stable argsort in descending order (equal
    elements keep their order; NaNs first, the reverse of the ascending order)."""
    n = t.shape[ax]
    if t.is_complex():
        idx = _complex_argsort(t.flip(ax), ax)
    else:
        idx = _stable_argsort(_key(t).flip(ax), ax)
    return (n - 1) - idx.flip(ax)


def sort(
    a: ArrayLike,
    axis: AxisLike = -1,
    kind: str | None = None,
    order: Any = None,
    *,
    stable: bool | None = None,
    descending: bool = False,
) -> torch.Tensor:
    """A sorted copy of the array along ``axis`` (the flattened array for ``axis=None``).

    ``descending``: the array API's keyword (beyond NumPy 2.4's signature).
    """
    _check(kind, order, stable)
    t, ax = _prepare(a, axis, False)
    if t.is_complex():
        idx = _descending_argsort(t, ax) if descending else _complex_argsort(t, ax)
        return t.gather(ax, idx)
    dt = t.dtype
    if descending:
        v = _key(t).gather(ax, _descending_argsort(t, ax))
    else:
        fast = _radix_sort(t)
        if fast is not None:  # (values decoded from integer keys carry no autograd history)
            return t.gather(0, fast[1]) if t.requires_grad else fast[0]
        v = torch.sort(_key(t), dim=ax, stable=_stable(t, kind, stable)).values
    if dt is torch.uint64:
        return (v ^ _SIGN_BIT).view(torch.uint64)
    return v if v.dtype is dt else v.to(dt)


def argsort(
    a: ArrayLike,
    axis: AxisLike = -1,
    kind: str | None = None,
    order: Any = None,
    *,
    stable: bool | None = None,
    descending: bool = False,
) -> torch.Tensor:
    """Indices (int64) that sort the array along ``axis``; stable.

    ``descending``: the array API's keyword (beyond NumPy 2.4's signature).
    """
    _check(kind, order, stable)
    t, ax = _prepare(a, axis, True)
    if descending:
        return _descending_argsort(t, ax)
    if t.is_complex():
        return _complex_argsort(t, ax)
    fast = _radix_sort(t)
    if fast is not None:
        return fast[1]
    return torch.sort(_key(t), dim=ax, stable=_stable(t, kind, stable)).indices


# ---------------------------------------------------------------- partition


def _kth_values(kth: Any, n: int) -> list[int]:
    """``kth`` as a list of non-negative ints, validated against the axis length ``n``."""
    if isinstance(kth, bool) or type(kth).__name__ == "bool":
        raise ValueError("Booleans unacceptable as partition index")
    try:
        ks = [operator.index(kth)]
    except TypeError:
        k = kth if isinstance(kth, torch.Tensor) else to_tensor(kth)
        if k.dtype is torch.bool:
            raise ValueError("Booleans unacceptable as partition index") from None
        if k.dtype.is_floating_point or k.dtype.is_complex or k.numel() == 0:
            raise TypeError("Partition index must be integer") from None
        if k.dim() > 1:
            raise ValueError(
                "setting an array element with a sequence. The requested array would exceed "
                "the maximum number of dimension of 1."
            ) from None
        ks = [int(x) for x in k.reshape(-1).tolist()]
    if n == 0:
        return ks
    out = []
    for k in ks:
        if k < 0:
            k += n
        if not 0 <= k < n:
            raise ValueError(f"kth(={k}) out of bounds ({n})")
        out.append(k)
    return out


def _check_select(kind: Any, order: Any) -> None:
    if kind != "introselect":
        raise ValueError(f"select kind must be 'introselect' (got {kind!r})")
    if order is not None:
        raise ValueError("Cannot specify order when the array has no fields.")


def partition(
    a: ArrayLike, kth: Any, axis: AxisLike = -1, kind: str = "introselect", order: Any = None
) -> torch.Tensor:
    """A partitioned copy: the ``kth`` elements in sorted position, smaller ones before them,
    larger ones after (this implementation returns the sorted array, a valid partition)."""
    _check_select(kind, order)
    t, ax = _prepare(a, axis, False)
    _kth_values(kth, t.shape[ax])
    return sort(t, ax)


def argpartition(
    a: ArrayLike, kth: Any, axis: AxisLike = -1, kind: str = "introselect", order: Any = None
) -> torch.Tensor:
    """Indices that partition the array along ``axis`` (a stable argsort, a valid answer)."""
    _check_select(kind, order)
    t, ax = _prepare(a, axis, True)
    _kth_values(kth, t.shape[ax])
    return argsort(t, ax)


# ---------------------------------------------------------------- lexsort


def lexsort(keys: ArrayLikeSequence, axis: int = -1) -> ScalarOrArray:
    """Indirect stable sort on several keys; the last key is the primary one."""
    if len(keys) == 0:
        raise TypeError("need sequence of keys with len > 0 in lexsort")
    shape = keys[0].shape
    for k in keys[1:]:
        if k.shape != shape:
            raise ValueError("all keys need to be the same shape")
    if axis is None or not hasattr(axis, "__index__"):
        raise TypeError(f"'{type(axis).__name__}' object cannot be interpreted as an integer")
    zero_d = len(shape) == 0
    ax = normalize_axis(operator.index(axis), max(len(shape), 1))
    parts: list[_Tensor] = []
    for k in keys:
        if zero_d:
            k = k.reshape(1)
        if k.is_complex():
            re, im = k.real, k.imag
            parts += [im, re, re.isnan().to(torch.int8) * 2 + im.isnan().to(torch.int8)]
        else:
            parts.append(_key(k))
    perm = _argsort_keys(parts, ax)
    return perm.reshape(()) if zero_d else perm


# ---------------------------------------------------------------- searchsorted

_NAN64 = float("nan")
_LOW63 = 0x7FFFFFFFFFFFFFFF
_INT_RANGE = {
    torch.int8: (-(2**7), 2**7 - 1),
    torch.int16: (-(2**15), 2**15 - 1),
    torch.int32: (-(2**31), 2**31 - 1),
    torch.int64: (-(2**63), 2**63 - 1),
    torch.uint8: (0, 2**8 - 1),
    torch.uint16: (0, 2**16 - 1),
    torch.uint32: (0, 2**32 - 1),
    torch.uint64: (0, 2**64 - 1),
}


def _search_key(t: _Tensor) -> _Tensor:
    """An int64 (or native integer) tensor ordered like NumPy orders ``t`` (real dtypes)."""
    dt = t.dtype
    if dt.is_floating_point:
        f = t.to(torch.float64) + 0.0  # -0.0 -> +0.0
        f = torch.where(f.isnan(), _NAN64, f)  # one canonical (positive) NaN, above +inf
        b = f.view(torch.int64)
        return torch.where(b < 0, b ^ _LOW63, b)
    if dt is torch.bool:
        return t.to(torch.uint8)
    return _key(t)


def _dense_ranks(t: _Tensor) -> _Tensor:
    """int64 ranks of a 1-d complex tensor in NumPy's order; equal values share a rank."""
    perm = _complex_argsort(t, 0)
    s = t[perm]

    def same(x: _Tensor) -> _Tensor:
        return (x[1:] == x[:-1]) | (x[1:].isnan() & x[:-1].isnan())

    new = torch.ones(s.shape, dtype=torch.int64, device=t.device)
    if s.numel() > 1:
        new[1:] = (~(same(s.real) & same(s.imag))).to(torch.int64)
    ranks = torch.empty_like(new)
    ranks[perm] = new.cumsum(0)
    return ranks


def _check_side(side: Any) -> bool:
    if not isinstance(side, str):
        raise TypeError(f"search side must be str, not {type(side).__name__}")
    if side == "left":
        return False
    if side == "right":
        return True
    if side[:1].lower() in ("l", "r"):
        raise ValueError("search side must be one of 'left' or 'right'")
    raise ValueError(f"search side must be 'left' or 'right' (got {side!r})")


def searchsorted(
    a: ArrayLike, v: ArrayOrScalar, side: str = "left", sorter: OptionalArrayLike = None
) -> ScalarOrArray:
    """Indices where the values ``v`` would be inserted into the sorted 1-d ``a``."""
    right = _check_side(side)
    if a.dim() == 0:
        raise ValueError("object of too small depth for desired array")
    if a.dim() > 1:
        raise ValueError("object too deep for desired array")
    if sorter is not None:
        if sorter.dtype.is_floating_point or sorter.dtype.is_complex:
            raise TypeError("sorter must only contain integers")
        if sorter.dim() != 1 or sorter.numel() != a.numel():
            raise ValueError("sorter.size must equal a.size")
        if sorter.numel():
            s64 = sorter.to(torch.int64)
            if bool(((s64 < 0) | (s64 >= a.numel())).any()):
                raise ValueError("Sorter index out of range.")
            a = a[s64]
    n = a.numel()
    if not isinstance(v, torch.Tensor):
        ct = result_dtype(a, v)
        if type(v) is int and ct in _INT_RANGE:
            lo, hi = _INT_RANGE[ct]
            if not lo <= v <= hi:  # beyond every value of a's dtype
                return torch.tensor(0 if v < lo else n, device=a.device)
        v = torch.tensor(v, dtype=ct, device=a.device)
    else:
        ct = promote(a.dtype, v.dtype)
        if v.device != a.device:
            v = v.to(a.device)
    a, v = a.to(ct), v.to(ct)
    if ct.is_complex:
        ranks = _dense_ranks(torch.cat([a, v.reshape(-1)]))
        ak, vk = ranks[:n], ranks[n:].reshape(v.shape)
    else:
        ak, vk = _search_key(a), _search_key(v)
    return torch.searchsorted(ak, vk, right=right)


def sort_complex(a: ArrayLike) -> torch.Tensor:
    """The array sorted along its last axis (real part first, then imaginary), as complex."""
    b = sort(a)
    if b.is_complex():
        return b
    if b.dtype in (torch.int8, torch.uint8, torch.int16, torch.uint16):
        return b.to(torch.complex64)
    return b.to(torch.complex128)


KERNELS: dict[str, Callable[..., Any]] = {
    "sort": sort,
    "argsort": argsort,
    "partition": partition,
    "argpartition": argpartition,
    "lexsort": lexsort,
    "searchsorted": searchsorted,
    "sort_complex": sort_complex,
}
