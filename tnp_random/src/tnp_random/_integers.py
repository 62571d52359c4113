"""Bounded integers at torch level (``randint``, ``Generator.integers``), exactly uniform.

torch's own ``randint`` reduces a 32/64-bit draw modulo the range, which is biased for ranges
that are not powers of two.  Here sampling is exactly uniform, from full 64-bit random draws
(torch's fastest CPU path):

* ranges up to ``2**31`` (scalar bounds): Lemire's multiply-shift with rejection, on 16-bit
  (ranges up to ``2**12``) or 32-bit words split from the 64-bit draws; only rejected
  positions are redrawn;
* larger ranges and per-element (array) bounds: 64 random bits per value, masked to the
  smallest power of two covering the range, rejected when outside (NumPy's masked rejection);
  rejected positions (at most half on average) are redrawn.

All arithmetic happens on int64 two's-complement patterns, so ranges up to ``[0, 2**64)`` for
uint64 and ``[-2**63, 2**63)`` for int64 work.
"""

from __future__ import annotations

import math
import sys
from typing import Any

import torch

import tnp_core
from tnp_core.kernel_utils import to_tensor

from ._params import device_of, result_shape
from ._seeding import Stream

__all__ = ["integers", "int_dtype", "bounded_patterns"]

_I64 = torch.int64
_MIN = -(2**63)
_TWO64 = 2**64

_BOUNDS: dict[torch.dtype, tuple[int, int]] = {
    torch.bool: (0, 1),
    torch.int8: (-(2**7), 2**7 - 1),
    torch.int16: (-(2**15), 2**15 - 1),
    torch.int32: (-(2**31), 2**31 - 1),
    torch.int64: (-(2**63), 2**63 - 1),
    torch.uint8: (0, 2**8 - 1),
    torch.uint16: (0, 2**16 - 1),
    torch.uint32: (0, 2**32 - 1),
    torch.uint64: (0, 2**64 - 1),
}

Bound = Any  # a Python int, or an int64 tensor of two's-complement patterns


def int_dtype(dtype: Any, name: str) -> tuple[torch.dtype, str]:
    """The torch dtype and NumPy name of ``dtype=``; TypeError for non-integer dtypes."""
    d = tnp_core.dtype(dtype)
    if d.torch not in _BOUNDS:
        raise TypeError(f"Unsupported dtype dtype('{d.name}') for {name}")
    return d.torch, d.name


def _pattern(v: int) -> int:
    """The int64 two's-complement pattern of ``v`` in ``[-2**63, 2**64)``."""
    return v - _TWO64 if v > 2**63 - 1 else v


def _as_bound(x: Any) -> tuple[Bound, Any, Any]:
    """``(pattern, min, max)``: a Python int or int64 pattern tensor, and its value range.

    The range is None for an empty tensor.
    """
    if not isinstance(x, (torch.Tensor, bool, int, float, complex)):
        x = to_tensor(x)  # array-likes; Python scalars stay exact (2**64 is a valid high)
    if isinstance(x, torch.Tensor) and x.dim() == 0:
        x = x.item()
    if not isinstance(x, torch.Tensor):
        if isinstance(x, complex):
            raise TypeError("can't convert complex to int")
        v = int(x)
        return v, v, v
    if x.is_complex():
        raise TypeError("can't convert complex to int")
    if x.dtype is torch.uint64:
        p = x.view(_I64)
        if not p.numel():
            return p, None, None
        flipped = p ^ _MIN  # unsigned order as signed order
        lo = _pattern_value(int((flipped.min() ^ _MIN).item()))
        hi = _pattern_value(int((flipped.max() ^ _MIN).item()))
        return p, lo, hi
    if x.is_floating_point():  # NumPy checks the float values, then truncates
        p, values = x.trunc().to(_I64), x
    else:
        p = values = x.to(_I64)  # (torch has no min/max for uint16/uint32)
    if not p.numel():
        return p, None, None
    return p, values.min().item(), values.max().item()


def _pattern_value(p: int) -> int:
    return p + _TWO64 if p < 0 else p


def _bounds_error(closed: bool, low: Bound) -> ValueError:
    zero = not bool(low.any()) if isinstance(low, torch.Tensor) else low == 0
    if zero:
        return ValueError("high < 0" if closed else "high <= 0")
    return ValueError("low > high" if closed else "low >= high")


def bounded_patterns(
    stream: Stream,
    device: torch.device,
    low: Bound,
    span_m1: Bound,
    shape: tuple[int, ...],
) -> torch.Tensor:
    """int64 patterns of ``low + U``, ``U`` uniform on ``[0, span_m1]`` (unsigned, wrapping).

    The result is a fresh int64 tensor of ``shape`` (never a view).
    """
    gen = stream.generator(device)
    scalar = not isinstance(span_m1, torch.Tensor) and not isinstance(low, torch.Tensor)
    if scalar and 0 <= span_m1 < _LEMIRE_MAX:
        n = math.prod(shape)
        if n > 1:
            r = _lemire(gen, device, span_m1 + 1, n).view(shape)
            return r.add_(low) if low else r
    mask = span_m1
    for s in (1, 2, 4, 8, 16, 32):
        mask = mask | (mask >> s)  # arithmetic shifts: a negative (huge) span gives all ones
    if scalar and math.prod(shape) == 1:
        value = _one(gen, device, low, span_m1, mask)
        return torch.full(shape, value, dtype=_I64, device=device)
    r = _bits(shape, device, gen).bitwise_and_(mask)
    if isinstance(mask, torch.Tensor) or mask != span_m1:  # not a power of two: reject
        flat = r.view(-1)
        if scalar and span_m1 >= 0:  # r and span_m1 are non-negative: signed comparison
            idx = (flat > span_m1).nonzero().view(-1)
        else:
            limit = span_m1 ^ _MIN
            idx = ((flat ^ _MIN) > _flat(limit, shape)).nonzero().view(-1)  # unsigned r > span_m1
        while idx.numel():  # redraw only the rejected positions (acceptance >= 1/2)
            new = _bits((idx.numel(),), device, gen) & _at(mask, shape, idx)
            ok = (new ^ _MIN) <= _at(span_m1 ^ _MIN, shape, idx)
            flat[idx[ok]] = new[ok]
            idx = idx[~ok]
    if isinstance(low, torch.Tensor) or low:
        r.add_(low)
    return r


# Lemire's multiply-shift method ("Fast random integer generation in an interval", 2019):
# for ``x`` uniform on ``[0, 2**L)``, ``m = x * s``; rejecting ``m mod 2**L < 2**L mod s``
# leaves ``m >> L`` exactly uniform on ``[0, s)``.  The random bits come from full 64-bit
# draws split into 16- or 32-bit words (torch's fastest CPU path), so small ranges use 4 or 2
# values per 64 random bits; rejections (probability ``(2**L mod s) / 2**L``, below 1/2,
# below 1/16 for ranges up to 2**12 and 2**28) are redrawn at their positions only.
_LEMIRE_MAX = 2**31  # spans up to 2**31: x * s fits in int64 with L = 32
_SHORT_MAX = 2**12  # spans up to 2**12 use 16-bit words
_LOW_WORD = 0 if sys.byteorder == "little" else 1  # where an int64's low word lies, in words


def _lemire(gen: torch.Generator, device: torch.device, s: int, n: int) -> torch.Tensor:
    """``n`` values uniform on ``[0, s)``, ``1 <= s <= 2**31``: int64, 1-d, fresh.

    Large temporaries cost more than arithmetic here, so after the one conversion to int64
    the steps work in place, and the rejection test first looks at one minimum: it reads the
    low word of each product ``u = m mod 2**L`` with its top bit flipped (signed value
    ``u - 2**(L-1)``), from a 16-bit product of the raw words or, for 32-bit words, through
    a strided view.  Only when that minimum shows a rejection are positions looked up.
    """
    if s & (s - 1) == 0:  # a power of two: the top bits of 32-bit words, no rejection
        raw = _bits(((n + 1) // 2,), device, gen).view(torch.int32)[:n]
        return raw.to(_I64).bitwise_and_(0xFFFFFFFF).bitwise_right_shift_(33 - s.bit_length())
    if s <= _SHORT_MAX:
        bits, words = 16, torch.int16
        raw = _bits(((n + 3) // 4,), device, gen).view(words)[:n]
        low = raw * s  # the low words of the products (16-bit arithmetic wraps)
        low ^= -(2**15)
        m = raw.to(_I64).bitwise_and_(0xFFFF)
    else:
        bits, words = 32, torch.int32
        raw = _bits(((n + 1) // 2,), device, gen).view(words)[:n]
        m = raw.to(_I64).bitwise_and_(0xFFFFFFFF)
        low = None
    m *= s
    half = 1 << (bits - 1)
    if low is None:  # flip the top bit of the low word in place (m >> bits ignores it)
        m ^= half
        low = m.view(words)[_LOW_WORD * (64 // bits - 1) :: 64 // bits]
    limit = (1 << bits) % s - half
    rejected = (low < limit).nonzero().view(-1) if int(low.min()) < limit else None
    m.bitwise_right_shift_(bits)
    if rejected is not None:
        m[rejected] = _lemire(gen, device, s, rejected.numel())
    return m


def _one(gen: torch.Generator, device: torch.device, low: int, span_m1: int, mask: int) -> int:
    """One draw with Python-int arithmetic (the common scalar case, same stream)."""
    limit = span_m1 ^ _MIN
    while True:
        r = int(_bits(1, device, gen).item()) & mask
        if r ^ _MIN <= limit:
            return (r + low - _MIN) % _TWO64 + _MIN  # wrap to an int64 pattern


def _bits(shape: tuple[int, ...], device: torch.device, gen: torch.Generator) -> torch.Tensor:
    """Uniformly random 64-bit patterns."""
    return torch.empty(shape, dtype=_I64, device=device).random_(_MIN, None, generator=gen)


def _flat(x: Bound, shape: tuple[int, ...]) -> Bound:
    """``x`` broadcast to ``shape`` and flattened (Python ints stay as they are)."""
    return x.broadcast_to(shape).reshape(-1) if isinstance(x, torch.Tensor) else x


def _at(x: Bound, shape: tuple[int, ...], idx: torch.Tensor) -> Bound:
    """``x`` broadcast to ``shape``, at the flat positions ``idx``."""
    return x.broadcast_to(shape).reshape(-1)[idx] if isinstance(x, torch.Tensor) else x


def integers(
    stream: Stream,
    low: Any,
    high: Any,
    size: tuple[int, ...] | None,
    dtype: Any,
    endpoint: bool,
    name: str,
) -> torch.Tensor:
    """Integers in ``[low, high)`` (``[low, high]`` with ``endpoint``); ``high=None``: ``[0, low)``.

    Returns a tensor of the requested dtype: 0-d for scalar bounds without ``size``.
    """
    dt, dname = int_dtype(dtype, name)
    if high is None:
        low, high = 0, low
    lo, lo_min, lo_max = _as_bound(low)
    hi, hi_min, hi_max = _as_bound(high)
    shape = result_shape(size, (lo, hi)) or ()
    device = device_of(lo, hi)
    if size is not None and 0 in size:
        return torch.empty(size, dtype=dt, device=device)
    lb, ub = _BOUNDS[dt]
    if lo_min is not None and lo_min < lb:
        raise ValueError(f"low is out of bounds for {dname}")
    if hi_max is not None and hi_max > (ub if endpoint else ub + 1):
        raise ValueError(f"high is out of bounds for {dname}")
    if 0 in shape:
        return torch.empty(shape, dtype=dt, device=device)
    # both bounds are non-empty here; after these checks every low and every inclusive high
    # lies in [lb, ub], so int64 patterns compare and subtract exactly
    if lo_max > ub or (hi_min if endpoint else hi_min - 1) < lb:
        raise _bounds_error(endpoint, lo)
    span_m1 = _span(lo, hi, endpoint, dt is torch.uint64)
    r = bounded_patterns(stream, device, _lift(lo), span_m1, shape)
    if dt is torch.uint64:
        return r.view(torch.uint64)
    return r if r.dtype is dt else r.to(dt)


def _lift(b: Bound) -> Bound:
    return _pattern(b) if isinstance(b, int) else b


def _span(lo: Bound, hi: Bound, closed: bool, unsigned64: bool) -> Bound:
    """``high_inclusive - low`` as an int64 pattern, after NumPy's ``low >= high`` check."""
    if isinstance(hi, torch.Tensor):
        top: Bound = hi if closed else hi - 1
    else:
        top = _pattern(hi if closed else hi - 1)
    lo = _lift(lo)
    if not isinstance(lo, torch.Tensor) and not isinstance(top, torch.Tensor):
        bad = (lo ^ _MIN if unsigned64 else lo) > (top ^ _MIN if unsigned64 else top)
    else:
        flip = _MIN if unsigned64 else 0
        bad = bool(((lo ^ flip) > (top ^ flip)).any())
    if bad:
        raise _bounds_error(closed, lo)
    span = top - lo
    return _pattern(span % _TWO64) if isinstance(span, int) else span
