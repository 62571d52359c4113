"""Set operations: unique family, isin, intersect1d, union1d, setdiff1d, setxor1d.

Everything rests on one sort (stable where indices are asked for), as NumPy does: uniques are
the elements that differ from their sorted predecessor.  NaNs sort last, so ``equal_nan``
merges a run at the end.  ``sorted=False`` is accepted and the result is sorted anyway (any
order is allowed then).  ``isin`` uses ``torch.isin`` where torch has a kernel for the common
dtype, order-preserving integer keys for bool and uint16/32/64, dense ranks for complex.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Any, NamedTuple

import torch

from tnp_core.annotations import ArrayLike, ArrayOrScalar, AxisLike
from tnp_core.kernel_utils import normalize_axis, promote, result_dtype, to_tensor

from ._sorting import _argsort_keys, _dense_ranks, _key, argsort, sort

__all__ = ["KERNELS", "UniqueAllResult", "UniqueCountsResult", "UniqueInverseResult"]

_Tensor = torch.Tensor
_ISIN_NATIVE = frozenset({
    torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.float16,
    torch.bfloat16, torch.float32, torch.float64,
})

# integer dtypes whose uniques may come from a value table (uint16/32 widened to int64)
_TABLE_DTYPES = frozenset({
    torch.int8, torch.uint8, torch.int16, torch.int32, torch.int64, torch.uint16, torch.uint32,
})
_TABLE_WIDEN = frozenset({torch.uint16, torch.uint32})


class UniqueAllResult(NamedTuple):
    """Result of :func:`unique_all`."""

    values: torch.Tensor
    indices: torch.Tensor
    inverse_indices: torch.Tensor
    counts: torch.Tensor


class UniqueCountsResult(NamedTuple):
    """Result of :func:`unique_counts`."""

    values: torch.Tensor
    counts: torch.Tensor


class UniqueInverseResult(NamedTuple):
    """Result of :func:`unique_inverse`."""

    values: torch.Tensor
    inverse_indices: torch.Tensor


# ---------------------------------------------------------------- unique


def _counts(mask: _Tensor) -> _Tensor:
    starts = mask.nonzero().reshape(-1)
    end = torch.tensor([mask.numel()], dtype=starts.dtype, device=mask.device)
    return torch.diff(starts, append=end)


def _unique_table(
    t: _Tensor, want_index: bool, want_inverse: bool, want_counts: bool
) -> tuple[_Tensor, _Tensor | None, _Tensor | None, _Tensor | None] | None:
    """Integer uniques through a table over ``[min, max]`` (O(n), no sort) when the value
    range is small; None when it is not."""
    n = t.numel()
    w = t.to(torch.int64) if t.dtype in _TABLE_WIDEN else t
    lo_t, hi_t = torch.aminmax(w)
    lo, hi = int(lo_t), int(hi_t)
    span = hi - lo + 1
    if span > 4 * n + 65536:
        return None
    off = w.to(torch.int64) - lo
    counts_all = torch.bincount(off, minlength=span)
    mask = counts_all > 0
    values = (mask.nonzero().reshape(-1) + lo).to(t.dtype)
    index = inverse = counts = None
    if want_index:
        first = torch.full((span,), n, dtype=torch.int64, device=t.device)
        first.scatter_reduce_(0, off, torch.arange(n, device=t.device), "amin")
        index = first[mask]
    if want_inverse:
        inverse = (mask.cumsum(0) - 1)[off]
    if want_counts:
        counts = counts_all[mask]
    return values, index, inverse, counts


def _unique1d(
    t: _Tensor, want_index: bool, want_inverse: bool, want_counts: bool, equal_nan: bool
) -> tuple[_Tensor, _Tensor | None, _Tensor | None, _Tensor | None]:
    """Sorted uniques of the 1-d ``t``, first indices, inverse (1-d) and counts."""
    n = t.numel()
    if n > 1024 and t.dtype in _TABLE_DTYPES:
        r = _unique_table(t, want_index, want_inverse, want_counts)
        if r is not None:
            return r
    perm = None
    if want_index or want_inverse:
        perm = argsort(t, 0)
        aux = t[perm]
    else:
        aux = sort(t, 0)
    mask = torch.ones(n, dtype=torch.bool, device=t.device)
    if n > 1:
        torch.ne(aux[1:], aux[:-1], out=mask[1:])
        if equal_nan and (aux.is_floating_point() or aux.is_complex()):
            nan = aux.isnan()  # NaNs (complex: either part) form a run at the end
            mask[1:] &= ~(nan[1:] & nan[:-1])
    values = aux[mask]
    index = perm[mask] if want_index and perm is not None else None
    inverse = None
    if want_inverse and perm is not None:
        inverse = torch.empty(n, dtype=torch.int64, device=t.device)
        inverse[perm] = mask.cumsum(0) - 1
    counts = _counts(mask) if want_counts else None
    return values, index, inverse, counts


def _unique_rows(
    ar: _Tensor, ax: int, want_index: bool, want_inverse: bool, want_counts: bool
) -> tuple[_Tensor, _Tensor | None, _Tensor | None, _Tensor | None]:
    """Unique sub-arrays along ``ax`` (lexicographic order, first element most significant)."""
    t = ar.movedim(ax, 0)
    rest = t.shape[1:]
    n = t.shape[0]
    m = 1
    for s in rest:
        m *= s
    rows = t.reshape(n, m)
    if m == 0 or n == 0:
        perm = torch.arange(n, device=ar.device)
    else:
        parts: list[_Tensor] = []
        for j in range(m - 1, -1, -1):  # least significant column first
            c = rows[:, j]
            if c.is_complex():
                re, im = c.real, c.imag
                parts += [im, re, re.isnan().to(torch.int8) * 2 + im.isnan().to(torch.int8)]
            else:
                parts.append(_key(c))
        perm = _argsort_keys(parts, 0)
    aux = rows[perm]
    mask = torch.ones(n, dtype=torch.bool, device=ar.device)
    if n > 1:
        mask[1:] = (aux[1:] != aux[:-1]).any(1)
    values = aux[mask]
    values = values.reshape(values.shape[0], *rest).movedim(0, ax)
    index = perm[mask] if want_index else None
    inverse = None
    if want_inverse:
        inverse = torch.empty(n, dtype=torch.int64, device=ar.device)
        inverse[perm] = mask.cumsum(0) - 1
    counts = _counts(mask) if want_counts else None
    return values, index, inverse, counts


def unique(
    ar: ArrayLike,
    return_index: bool = False,
    return_inverse: bool = False,
    return_counts: bool = False,
    axis: AxisLike = None,
    *,
    equal_nan: bool = True,
    sorted: bool = True,  # noqa: A002  (NumPy's keyword)
) -> Any:
    """The sorted unique elements (or sub-arrays along ``axis``), with optional extras."""
    if axis is None:
        values, index, inverse, counts = _unique1d(
            ar.reshape(-1), return_index, return_inverse, return_counts, bool(equal_nan)
        )
        if inverse is not None:
            inverse = inverse.reshape(ar.shape)
    else:
        if isinstance(axis, tuple):
            raise TypeError("'tuple' object cannot be interpreted as an integer")
        ax = normalize_axis(axis, ar.dim())
        values, index, inverse, counts = _unique_rows(
            ar, ax, return_index, return_inverse, return_counts
        )
    if not (return_index or return_inverse or return_counts):
        return values
    out = [values]
    for flag, x in ((return_index, index), (return_inverse, inverse), (return_counts, counts)):
        if flag:
            out.append(x)
    return tuple(out)


def unique_all(x: ArrayLike) -> UniqueAllResult:
    """Unique values, first indices, inverse indices (shape of ``x``) and counts."""
    values, index, inverse, counts = _unique1d(x.reshape(-1), True, True, True, False)
    assert index is not None and inverse is not None and counts is not None
    return UniqueAllResult(values, index, inverse.reshape(x.shape), counts)


def unique_counts(x: ArrayLike) -> UniqueCountsResult:
    """Unique values and their counts (NaNs counted apart)."""
    values, _, _, counts = _unique1d(x.reshape(-1), False, False, True, False)
    assert counts is not None
    return UniqueCountsResult(values, counts)


def unique_inverse(x: ArrayLike) -> UniqueInverseResult:
    """Unique values and the indices (shape of ``x``) that rebuild ``x`` from them."""
    values, _, inverse, _ = _unique1d(x.reshape(-1), False, True, False, False)
    assert inverse is not None
    return UniqueInverseResult(values, inverse.reshape(x.shape))


def unique_values(x: ArrayLike) -> torch.Tensor:
    """The unique values (NaNs kept apart)."""
    return _unique1d(x.reshape(-1), False, False, False, False)[0]


# ---------------------------------------------------------------- isin


def _isin(e: _Tensor, s: _Tensor) -> _Tensor:
    """Elementwise ``e in s`` (both of one dtype, ``s`` 1-d); NaN is in nothing."""
    dt = e.dtype
    if dt in _ISIN_NATIVE:
        return torch.isin(e, s)
    if dt.is_complex:
        ranks = _dense_ranks(torch.cat([e.reshape(-1), s]))
        k = e.numel()
        r = torch.isin(ranks[:k], ranks[k:]).reshape(e.shape)
        return r & ~e.isnan()
    if dt is torch.bool:
        return torch.isin(e.to(torch.uint8), s.to(torch.uint8))
    return torch.isin(_key(e), _key(s))


def isin(
    element: ArrayLike,
    test_elements: ArrayLike,
    assume_unique: bool = False,
    invert: bool = False,
    *,
    kind: str | None = None,
) -> torch.Tensor:
    """Boolean array of ``element``'s shape: which elements occur in ``test_elements``."""
    if kind not in (None, "sort", "table"):
        raise ValueError(f"Invalid kind: {kind!r}. Please use None, 'sort' or 'table'.")
    if kind == "table" and any(
        x.dtype.is_floating_point or x.dtype.is_complex for x in (element, test_elements)
    ):
        raise ValueError(
            "The 'table' method is only supported for boolean or integer arrays. Please "
            "select 'sort' or None for kind."
        )
    ct = promote(element.dtype, test_elements.dtype)
    s = test_elements.reshape(-1).to(ct)
    if s.device != element.device:
        s = s.to(element.device)
    r = _isin(element.to(ct), s)
    return ~r if invert else r


# ---------------------------------------------------------------- set operations


def _flat_unique(t: _Tensor) -> _Tensor:
    return _unique1d(t.reshape(-1), False, False, False, True)[0]


def _cat(a: Any, b: Any) -> _Tensor:
    """``concatenate((a, b), axis=None)``: a Python scalar operand is weak (NEP 50)."""
    if type(a) is not _Tensor or type(b) is not _Tensor:
        ct = result_dtype(a, b)
        dev = a.device if type(a) is _Tensor else b.device if type(b) is _Tensor else None
        a = _scalar_as(a, ct, dev)
        b = _scalar_as(b, ct, dev)
    else:
        ct = promote(a.dtype, b.dtype)
    return torch.cat([a.reshape(-1).to(ct), b.reshape(-1).to(a.device, ct)])


def _scalar_as(x: Any, dt: torch.dtype, device: Any) -> _Tensor:
    """A Python scalar as a 1-element tensor of ``dt`` (integers wrap, like NumPy's cast)."""
    if type(x) is _Tensor:
        return x
    if type(x) is int and not dt.is_floating_point and not dt.is_complex:
        return torch.tensor([x], dtype=torch.int64 if x < 2**63 else torch.uint64,
                            device=device).to(dt)
    return torch.tensor([x], device=device).to(dt)


def intersect1d(
    ar1: ArrayLike, ar2: ArrayLike, assume_unique: bool = False, return_indices: bool = False
) -> Any:
    """Sorted common values of two arrays (with their first indices if asked)."""
    ind1 = ind2 = None
    if not assume_unique:
        ar1, ind1, _, _ = _unique1d(ar1.reshape(-1), bool(return_indices), False, False, True)
        ar2, ind2, _, _ = _unique1d(ar2.reshape(-1), bool(return_indices), False, False, True)
    else:
        ar1, ar2 = ar1.reshape(-1), ar2.reshape(-1)
    aux = _cat(ar1, ar2)
    perm = None
    if return_indices:
        perm = argsort(aux, 0)
        aux = aux[perm]
    else:
        aux = sort(aux, 0)
    mask = aux[1:] == aux[:-1]
    common = aux[:-1][mask]
    if not return_indices or perm is None:
        return common
    i1 = perm[:-1][mask]
    i2 = perm[1:][mask] - ar1.numel()
    if ind1 is not None and ind2 is not None:
        i1, i2 = ind1[i1], ind2[i2]
    return common, i1, i2


def union1d(ar1: ArrayOrScalar, ar2: ArrayOrScalar) -> torch.Tensor:
    """Sorted unique values that are in either array."""
    return _flat_unique(_cat(ar1, ar2))


def setdiff1d(ar1: ArrayLike, ar2: ArrayLike, assume_unique: bool = False) -> torch.Tensor:
    """Sorted unique values of ``ar1`` that are not in ``ar2`` (``ar1``'s dtype)."""
    if assume_unique:
        ar1 = ar1.reshape(-1)
    else:
        ar1 = _flat_unique(ar1)
        ar2 = _flat_unique(ar2)
    return ar1[isin(ar1, ar2, assume_unique=True, invert=True)]


def setxor1d(
    ar1: ArrayOrScalar, ar2: ArrayOrScalar, assume_unique: bool = False
) -> torch.Tensor:
    """Sorted values that are in exactly one of the two arrays."""
    if not assume_unique:  # (NumPy's unique of a Python scalar: a strong array)
        ar1 = _flat_unique(ar1 if type(ar1) is _Tensor else to_tensor(ar1))
        ar2 = _flat_unique(ar2 if type(ar2) is _Tensor else to_tensor(ar2))
    aux = sort(_cat(ar1, ar2), 0)
    n = aux.numel()
    if n == 0:
        return aux
    flag = torch.ones(n + 1, dtype=torch.bool, device=aux.device)
    torch.ne(aux[1:], aux[:-1], out=flag[1:-1])
    return aux[flag[1:] & flag[:-1]]


KERNELS: dict[str, Callable[..., Any]] = {
    "unique": unique,
    "unique_all": unique_all,
    "unique_counts": unique_counts,
    "unique_inverse": unique_inverse,
    "unique_values": unique_values,
    "isin": isin,
    "intersect1d": intersect1d,
    "union1d": union1d,
    "setdiff1d": setdiff1d,
    "setxor1d": setxor1d,
}
