"""Bounded integers at torch level (``randint``, ``Generator.integers``), exactly uniform.

torch's own ``randint`` reduces a 32/64-bit draw modulo the range, which is biased for ranges
that are not powers of two.  Here sampling is exactly uniform, from full 64-bit random draws
(torch's fastest CPU path):

* ranges up to ``2**31`` (scalar bounds): Lemire's multiply-shift with rejection, on 16-bit
  (ranges up to ``2**12``) or 32-bit words split from the 64-bit draws (powers of two: the
  top bits of 8-, 16- or 32-bit words, or 21-bit fields); only rejected positions are
  redrawn.  The products are exact in int32 / int64, the rejection tests use wrapping 16- /
  32-bit arithmetic, and large sizes are processed in cache-sized parts;
* larger ranges and per-element (array) bounds: 64 random bits per value, masked to the
  smallest power of two covering the range, rejected when outside (NumPy's masked rejection);
  rejected positions (at most half on average) are redrawn.

Bounds and results are int64 two's-complement patterns, so ranges up to ``[0, 2**64)`` for
uint64 and ``[-2**63, 2**63)`` for int64 work.
"""

from __future__ import annotations

import math
import sys
from collections.abc import Callable
from typing import Any

import torch

import tnp_core
from tnp_core.kernel_utils import to_tensor

from . import _base
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
# draws (torch's fastest CPU path: two 32-bit MT19937 outputs per draw, about the cost of
# one 31-bit int32 draw) split into 16-bit words (ranges up to 2**12: 4 values per draw)
# or 32-bit words; rejections (probability ``(2**L mod s) / 2**L``, below 1/2, below 1/16
# for ranges up to 2**12 and 2**28) are redrawn at their positions only.  Powers of two
# take the top bits of 8-, 16- or 32-bit words, or (2**17 to 2**21, from _FIELDS_MIN
# values) three 21-bit fields per draw; no rejection.
_LEMIRE_MAX = 2**31  # spans up to 2**31: x * s fits in int64 with L = 32
_SHORT_MAX = 2**12  # spans up to 2**12 use 16-bit words (x * s fits in int32)
_FIELD = 21  # powers of two up to 2**21 take three 21-bit fields of each 64-bit draw
_FIELDS_MIN = 2**12  # (fewer values: 32-bit words, fewer steps)
_CHUNK = 2**18  # values per part on the CPU: a part's temporaries stay in the caches
_BLOCK_MIN = 2**14  # from this many values, rejected positions are found block-wise
_HIGH16 = 1 if sys.byteorder == "little" else 0  # where an int32's high half lies, in int16s
_WORD_DTYPES = {8: torch.int8, 16: torch.int16, 32: torch.int32}
_UNSIGNED = {torch.int8: torch.uint8, torch.int16: torch.uint16, torch.int32: torch.uint32}


def _lemire(gen: torch.Generator, device: torch.device, s: int, n: int) -> torch.Tensor:
    """``n`` values uniform on ``[0, s)``, ``1 <= s <= 2**31``: int64, 1-d, fresh.

    Memory traffic costs more than the narrow arithmetic here, so after the one draw the
    work goes part by part (see :func:`_by_parts`), each part's temporaries in cache: for
    16-bit words the products ``x * s`` are exact in int32 and the results are their high
    halves; 32-bit words multiply in the int64 output.  The words themselves become the
    low words of the products, ``u = m mod 2**L`` in wrapping ``L``-bit arithmetic, with
    their top bit flipped (signed value ``u - 2**(L-1)``), so that one minimum per block
    of values tells whether the block holds a rejection (see :func:`_below`).
    """
    if s & (s - 1) == 0:  # a power of two: the top bits of each word, no rejection
        k = s.bit_length() - 1
        if k == 0:
            return torch.zeros(n, dtype=_I64, device=device)
        if 16 < k <= _FIELD and n >= _FIELDS_MIN:
            return _fields(gen, device, k, n)
        bits = 8 if k <= 8 else 16 if k <= 16 else 32
        out = torch.empty(n, dtype=_I64, device=device)
        _by_parts(_words(gen, device, bits, n), out, 1, lambda w, o: _top_bits(w, o, k))
        return out
    bits = 16 if s <= _SHORT_MAX else 32
    out = torch.empty(n, dtype=_I64, device=device)
    words = _words(gen, device, bits, n)
    t = (1 << bits) % s
    b = _block(n, t / (1 << bits))
    flip = _flip(words.dtype, device)
    col = _by_parts(words, out, b, lambda w, o: _multiply(w, o, s, flip))
    rejected = _below(words, t - (1 << (bits - 1)), b, col)
    if rejected is not None:
        out[rejected] = _lemire(gen, device, s, rejected.numel())
    return out


def _multiply(words: torch.Tensor, out: torch.Tensor, s: int, flip: torch.Tensor) -> None:
    """``out = (x * s) >> L`` for the unsigned ``L``-bit ``words`` x (L = 16 or 32), and
    ``words`` replaced by the low words of the products with their top bit flipped
    (``flip``: ``-2**(L-1)`` as a 0-d tensor of the words' dtype)."""
    if words.dtype is torch.int16:
        m = _zero_extended(words, torch.int32).mul_(s)  # exact: x * s < 2**28
        out.copy_(m.view(torch.int16)[..., _HIGH16::2])  # the high halves (< s <= 2**12)
    else:
        _zero_extend(words, out)
        out.mul_(s).bitwise_right_shift_(32)
    torch.add(flip, words, alpha=s, out=words)  # wrapping: x * s + 2**(L-1) mod 2**L


def _top_bits(words: torch.Tensor, out: torch.Tensor, k: int) -> None:
    """``out`` = the top ``k`` bits of the unsigned ``words``."""
    shift = 8 * words.element_size() - k
    if shift:
        out.copy_(words.bitwise_right_shift(shift).bitwise_and_((1 << k) - 1))
    else:
        _zero_extend(words, out)


def _fields(gen: torch.Generator, device: torch.device, k: int, n: int) -> torch.Tensor:
    """``n`` values uniform on ``[0, 2**k)``, ``k <= 21``, three per 64-bit draw: value
    ``j * q + r`` is bits ``[21 j, 21 j + k)`` of draw ``r`` (``q = ceil(n / 3)`` draws)."""
    q = (n + 2) // 3
    out = torch.empty(3 * q, dtype=_I64, device=device)
    rows = out.view(3, q)
    rows[2].random_(_MIN, None, generator=gen)  # the draws, in the output's last row
    width = _CHUNK // 3 if device.type == "cpu" else q
    mask = (1 << k) - 1
    for r in range(0, q, width):
        d = rows[2, r : r + width]
        torch.bitwise_and(d, mask, out=rows[0, r : r + width])
        torch.bitwise_right_shift(d, _FIELD, out=rows[1, r : r + width]).bitwise_and_(mask)
        d.bitwise_right_shift_(2 * _FIELD).bitwise_and_(mask)
    return out[:n]


_FLIPS: dict[tuple[torch.dtype, torch.device], torch.Tensor] = {}


def _flip(dtype: torch.dtype, device: torch.device) -> torch.Tensor:
    """``-2**(L-1)`` as a 0-d tensor of the ``L``-bit integer ``dtype`` (cached)."""
    flip = _FLIPS.get((dtype, device))
    if flip is None:
        bits = 8 * torch.empty((), dtype=dtype).element_size()
        flip = _FLIPS[dtype, device] = torch.tensor(-(1 << (bits - 1)), dtype=dtype,
                                                    device=device)
    return flip


def _zero_extended(words: torch.Tensor, dtype: torch.dtype) -> torch.Tensor:
    """The unsigned values of int8/16/32 ``words`` as a new (wider) ``dtype`` tensor."""
    if words.device.type == "cpu" or words.dtype is torch.int8:
        return words.view(_UNSIGNED[words.dtype]).to(dtype)
    return words.to(dtype).bitwise_and_((1 << (8 * words.element_size())) - 1)


def _zero_extend(words: torch.Tensor, out: torch.Tensor) -> None:
    """``out`` (a wider integer dtype) = the unsigned values of int8/16/32 ``words``."""
    if words.device.type == "cpu" or words.dtype is torch.int8:
        out.copy_(words.view(_UNSIGNED[words.dtype]))  # one zero-extending pass
    else:
        out.copy_(words).bitwise_and_((1 << (8 * words.element_size())) - 1)


def _by_parts(
    words: torch.Tensor,
    out: torch.Tensor,
    b: int,
    step: Callable[[torch.Tensor, torch.Tensor], None],
) -> torch.Tensor | None:
    """``step(w, o)`` over matching parts of the 1-d ``words`` and ``out``, small enough on
    the CPU for the intermediates to stay in cache; returns the column minima of the
    (updated) words seen as ``b`` rows (see :func:`_below`), or None for ``b == 1``.

    The first ``b * (n // b)`` values form ``b`` rows, taken in ranges of columns; the
    remaining ``n mod b`` values are the last part.
    """
    n = words.numel()
    if b == 1:
        width = _CHUNK if words.device.type == "cpu" else n
        if n <= width:
            step(words, out)
        else:
            for j in range(0, n, width):
                step(words[j : j + width], out[j : j + width])
        return None
    c = n // b
    rows_w, rows_o = words[: b * c].view(b, c), out[: b * c].view(b, c)
    width = _CHUNK // b if words.device.type == "cpu" else c
    col = torch.empty(c, dtype=words.dtype, device=words.device)
    for j in range(0, c, width):
        w = rows_w[:, j : j + width]
        step(w, rows_o[:, j : j + width])
        torch.amin(w, 0, out=col[j : j + width])
    if b * c < n:
        step(words[b * c :], out[b * c :])
    return col


def _block(n: int, p: float) -> int:
    """The block size for :func:`_below` at rejection probability ``p``: about
    ``1 / sqrt(p)`` (blocks to scan vs. values to look at again), a power of two <= 64."""
    b = 1
    if n >= _BLOCK_MIN:
        while b < 64 and 4 * b * b * p <= 1:
            b *= 2
    return b


def _below(
    x: torch.Tensor, limit: int, b: int, col: torch.Tensor | None = None
) -> torch.Tensor | None:
    """The positions of ``x < limit`` (1-d ``x``), in increasing order; None if none.

    ``torch.nonzero`` costs a few ns per element; when hits are rare it only looks at the
    minima ``col`` of ``b``-value columns (the first ``b * (n // b)`` values of ``x`` as
    ``b`` rows) first: hit columns, then the values of those columns (rows in order, so the
    positions come out sorted).
    """
    if b == 1:
        return (x < limit).nonzero().view(-1) if int(x.min()) < limit else None
    c = x.numel() // b
    grid, tail = x[: b * c].view(b, c), x[b * c :]
    if col is None:
        col = grid.amin(0)
    hit = int(col.min()) < limit
    tail_hit = tail.numel() and int(tail.min()) < limit
    if not hit and not tail_hit:
        return None
    found = []
    if hit:
        cols = (col < limit).nonzero().view(-1)
        rc = (grid.index_select(1, cols) < limit).nonzero()  # row-major: sorted positions
        found.append(rc[:, 0].mul_(c).add_(cols[rc[:, 1]]))
    if tail_hit:
        found.append((tail < limit).nonzero().view(-1).add_(b * c))
    return found[0] if len(found) == 1 else torch.cat(found)


def _words(gen: torch.Generator, device: torch.device, bits: int, n: int) -> torch.Tensor:
    """``n`` random ``bits``-bit words (int8/16/32 patterns), split from 64-bit draws."""
    per = 64 // bits
    return _bits(((n + per - 1) // per,), device, gen).view(_WORD_DTYPES[bits])[:n]


def _one(gen: torch.Generator, device: torch.device, low: int, span_m1: int, mask: int) -> int:
    """One draw with Python-int arithmetic (the common scalar case, same stream)."""
    limit = span_m1 ^ _MIN
    while True:
        r = int(_bits(1, device, gen).item()) & mask
        if r ^ _MIN <= limit:
            return (r + low - _MIN) % _TWO64 + _MIN  # wrap to an int64 pattern


def _bits(shape: Any, device: torch.device, gen: torch.Generator) -> torch.Tensor:
    """Uniformly random 64-bit patterns."""
    return _base.bits(gen, (shape,) if isinstance(shape, int) else shape, device)


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
