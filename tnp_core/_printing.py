"""repr / str of arrays and scalars, reproducing NumPy 2's default print options.

The defaults are fixed: ``precision=8``, ``threshold=1000``, ``edgeitems=3``,
``linewidth=75``, ``floatmode='maxprec'``, ``sign='-'``, ``suppress=False``.
Everything is formatted in pure Python from values copied to the host once;
NumPy is never imported here.

Floats use the shortest decimal string that reads back to the same value *at the
value's own width* (float16, float32 or float64), capped at ``precision`` digits
after the point (correctly rounded, ties to even) when that is shorter.
``bfloat16`` is printed as float32 values with a ``dtype=bfloat16`` suffix.
"""

from __future__ import annotations

import math
import struct
from decimal import ROUND_HALF_EVEN, Context, Decimal

import torch

__all__ = ["array_repr_of", "array_str_of", "scalar_repr_of", "scalar_str_of"]

_PRECISION = 8
_THRESHOLD = 1000
_EDGE = 3
_LINEWIDTH = 75

#: dtypes whose repr carries no ``dtype=`` suffix (NumPy's "implied" dtypes on Linux).
_IMPLIED = frozenset({"float64", "int64", "bool", "complex128"})
#: bit width of the float (or complex component) each floating dtype prints at.
_FLOAT_BITS = {
    "float16": 16, "float32": 32, "bfloat16": 32, "float64": 64,
    "complex64": 32, "complex128": 64,
}
_STRUCT_CODE = {16: "<e", 32: "<f"}
#: scalars (and arrays) switch to scientific notation at or above this magnitude.
_SCI_ABOVE = {16: 1e3, 32: 1e6, 64: 1e16}
_SCALAR_SCI_BELOW = 1e-4

_Scalar = bool | int | float | complex  # a Python value from Tensor.tolist()
Digits = tuple[str, int]  # decimal digits and power of ten: value == int(digits) * 10**exp


# --------------------------------------------------------------------------- digits


def _round_to_width(x: float, bits: int) -> float:
    """Round ``x`` to the nearest float of ``bits`` width (infinity on overflow)."""
    if bits == 64 or not math.isfinite(x):
        return x
    code = _STRUCT_CODE[bits]
    try:
        return struct.unpack(code, struct.pack(code, x))[0]
    except OverflowError:
        return math.copysign(math.inf, x)


def _decimal_digits(d: Decimal) -> Digits:
    """Split a Decimal into its significant digits and exponent, trailing zeros removed."""
    if d == 0:
        return "0", 0
    _, digits, exp = d.normalize(Context(prec=60)).as_tuple()
    assert isinstance(exp, int)
    return "".join(map(str, digits)), exp


def _shortest(ax: float, bits: int) -> Digits:
    """Shortest decimal reading back to the non-negative finite ``ax`` at width ``bits``."""
    if ax == 0:
        return "0", 0
    if bits == 64:
        return _decimal_digits(Decimal(repr(ax)))
    exact = Decimal(ax)
    for ndigits in range(1, 18):
        near = Decimal(f"{ax:.{ndigits - 1}e}")
        step = Decimal(1).scaleb(near.adjusted() - ndigits + 1)
        hits = [c for c in (near, near - step, near + step)
                if c > 0 and _round_to_width(float(c), bits) == ax]
        if hits:
            return _decimal_digits(min(hits, key=lambda c: abs(c - exact)))
    return _decimal_digits(exact)  # pragma: no cover - 17 digits always suffice


def _capped(ax: float, bits: int, scientific: bool) -> Digits:
    """Shortest digits, or the exact value rounded to ``precision`` digits if shorter."""
    digits, exp = _shortest(ax, bits)
    if scientific and len(digits) > _PRECISION + 1:
        ctx = Context(prec=_PRECISION + 1, rounding=ROUND_HALF_EVEN)
        return _decimal_digits(ctx.plus(Decimal(ax)))
    if not scientific and -exp > _PRECISION:
        quantum = Decimal(1).scaleb(-_PRECISION)
        return _decimal_digits(Decimal(ax).quantize(quantum, rounding=ROUND_HALF_EVEN))
    return digits, exp


def _positional(digits: str, exp: int) -> tuple[str, str]:
    """Integer and fraction digit strings of ``digits * 10**exp``."""
    if exp >= 0:
        return digits + "0" * exp, ""
    nfrac = -exp
    if len(digits) > nfrac:
        return digits[:-nfrac], digits[-nfrac:]
    return "0", "0" * (nfrac - len(digits)) + digits


def _scientific(digits: str, exp: int) -> tuple[str, str, int]:
    """Leading digit, further digits and decimal exponent of ``digits * 10**exp``."""
    return digits[0], digits[1:], exp + len(digits) - 1


def _sign(x: float, plus: bool) -> str:
    """``-`` for negative values (including -0.0), ``+`` when ``plus`` is asked for."""
    return "-" if math.copysign(1.0, x) < 0 else ("+" if plus else "")


def _exponent(e: int, width: int) -> str:
    """Exponent text such as ``e+08`` with at least ``width`` digits."""
    return f"e{'-' if e < 0 else '+'}{str(abs(e)).zfill(width)}"


def _nonfinite(x: float, plus: bool) -> str:
    """``nan``, ``inf`` or ``-inf`` (signed with ``+`` when ``plus``)."""
    if math.isnan(x):
        return ("+" if plus else "") + "nan"
    return ("-" if x < 0 else "+" if plus else "") + "inf"


# --------------------------------------------------------------------------- columns


def _float_column(values: list[float], bits: int, plus: bool = False) -> list[str]:
    """Format floats as one aligned column, as NumPy's maxprec float formatter does."""
    finite = [v for v in values if math.isfinite(v)]
    nonzero = [abs(v) for v in finite if v != 0]
    sci = False
    if nonzero:
        hi, lo = max(nonzero), min(nonzero)
        # NumPy compares in the array's own dtype (NEP 50), so round thresholds to it.
        # Besides NumPy's documented 1e8 bound, narrow floats switch at 1e3 / 1e6.
        upper = min(1e8, _SCI_ABOVE[bits])
        sci = (hi >= _round_to_width(upper, bits) or lo < _round_to_width(1e-4, bits)
               or _round_to_width(hi / lo, bits) > 1000.0)

    parts: dict[int, tuple[str, str, int]] = {}
    for i, v in enumerate(values):
        if math.isfinite(v):
            digits, exp = _capped(abs(v), bits, sci)
            if sci:
                lead, frac, e = _scientific(digits, exp)
            else:
                (lead, frac), e = _positional(digits, exp), 0
            parts[i] = (_sign(v, plus) + lead, frac, e)

    left = max((len(p[0]) for p in parts.values()), default=0)
    frac_len = max((len(p[1]) for p in parts.values()), default=0)
    exp_len = max([2] + [len(str(abs(p[2]))) for p in parts.values()])
    right = frac_len + exp_len + 2 if sci else frac_len
    if len(finite) < len(values):
        neg_inf = plus or any(v == -math.inf for v in values)
        left = max(left, 3 - right - 1, 3 + neg_inf - right - 1)

    out = []
    for i, v in enumerate(values):
        if i not in parts:
            out.append(_nonfinite(v, plus).rjust(left + right + 1))
            continue
        lead, frac, e = parts[i]
        if sci and len(frac) < frac_len:
            # NumPy extends short values with further exact digits, not with zeros.
            ctx = Context(prec=frac_len + 1, rounding=ROUND_HALF_EVEN)
            padded = ctx.plus(Decimal(abs(v)))
            digits = "".join(map(str, padded.as_tuple().digits))
            lead = lead[:-1] + digits[0]
            frac, e = digits[1:].ljust(frac_len, "0"), padded.adjusted()
        if sci:
            out.append(f"{lead.rjust(left)}.{frac.ljust(frac_len, '0')}{_exponent(e, exp_len)}")
        else:
            out.append(f"{lead.rjust(left)}.{frac.ljust(right)}")
    return out


def _complex_column(values: list[complex], bits: int) -> list[str]:
    """Format complex values: real and imaginary columns aligned independently."""
    real = _float_column([z.real for z in values], bits)
    imag = _float_column([z.imag for z in values], bits, plus=True)
    out = []
    for r, i in zip(real, imag):
        stem = i.rstrip()
        out.append(f"{r}{stem}j{i[len(stem):]}")
    return out


def _words(values: list, dtype_name: str, zero_dim: bool) -> list[str]:
    """Element strings for a flat list of values, padded to a common width."""
    if dtype_name == "bool":
        return [str(bool(v)) if zero_dim else str(bool(v)).rjust(5) for v in values]
    if dtype_name.startswith("complex"):
        return _complex_column(values, _FLOAT_BITS[dtype_name])
    if dtype_name in _FLOAT_BITS:
        return _float_column([float(v) for v in values], _FLOAT_BITS[dtype_name])
    width = max(len(str(min(values))), len(str(max(values))))
    return [str(int(v)).rjust(width) for v in values]


# --------------------------------------------------------------------------- layout


def _edges(t: torch.Tensor) -> torch.Tensor:
    """Keep only the leading and trailing ``edgeitems`` along every long axis."""
    for dim, n in enumerate(t.shape):
        if n > 2 * _EDGE:
            t = torch.cat([t.narrow(dim, 0, _EDGE), t.narrow(dim, n - _EDGE, _EDGE)], dim=dim)
    return t


def _wrap(words: list[str], sep: str, hang: str, limit: int) -> str:
    """Join one row of words with ``sep``, wrapping lines longer than ``limit``."""
    text, line = "", hang
    for k, word in enumerate(words):
        if len(line) + len(word) > limit and len(line) > len(hang):
            text += line.rstrip() + "\n"
            line = hang
        line += word if k == len(words) - 1 else word + sep
    return text + line


def _layout(words: list[str], shape: tuple[int, ...], full: tuple[int, ...], summary: bool,
            sep: str, indent: str, width: int) -> str:
    """Nest ``words`` (row-major over ``shape``) in brackets; ``full`` is the unsummarised shape."""
    ndim = len(shape)
    strides = [math.prod(shape[a + 1:]) for a in range(ndim)]

    def block(offset: int, axis: int, hang: str, room: int) -> str:
        if axis == ndim:
            return words[offset]
        index: list[int | None] = list(range(shape[axis]))
        if summary and full[axis] > 2 * _EDGE:
            index = index[:_EDGE] + [None] + index[_EDGE:]
        kids = ["..." if i is None else block(offset + i * strides[axis], axis + 1, hang + " ",
                                                room - 1) for i in index]
        if axis == ndim - 1:
            text = _wrap(kids, sep, hang, room - 1)
        else:
            text = (sep.rstrip() + "\n" * (ndim - axis - 1)).join(hang + k for k in kids)
        return "[" + text[len(hang):] + "]"

    return block(0, 0, indent, width)


def _array_text(t: torch.Tensor, dtype_name: str, sep: str, prefix: str, width: int) -> str:
    """NumPy's ``array2string`` body for ``t`` (``[]`` when empty)."""
    t = t.detach()
    full = tuple(t.shape)
    if t.numel() == 0:
        return "[]"
    summary = t.numel() > _THRESHOLD
    if summary:
        t = _edges(t)
    host = t.cpu()
    words = _words(host.reshape(-1).tolist(), dtype_name, zero_dim=not full)
    return _layout(words, tuple(host.shape), full, summary, sep, " " * (len(prefix) + 1), width)


# --------------------------------------------------------------------------- scalars


def _float_scalar(x: float, bits: int, keep_zero: bool = True, plus: bool = False) -> str:
    """NumPy scalar text of a float: positional in a middle range, else scientific."""
    if not math.isfinite(x):
        return _nonfinite(x, plus)
    ax = abs(x)
    digits, exp = _shortest(ax, bits)
    if ax == 0 or _SCALAR_SCI_BELOW <= ax < _SCI_ABOVE[bits]:
        lead, frac = _positional(digits, exp)
        if keep_zero:
            frac = frac or "0"
        return f"{_sign(x, plus)}{lead}{'.' + frac if frac else ''}"
    lead, frac, e = _scientific(digits, exp)
    return f"{_sign(x, plus)}{lead}{'.' + frac if frac else ''}{_exponent(e, 2)}"


def _complex_scalar(z: complex, bits: int) -> str:
    """NumPy complex scalar text: ``2j``, ``(1+2j)``, ``(nan+1j)``."""
    if z.real == 0 and math.copysign(1.0, z.real) > 0:
        return _float_scalar(z.imag, bits, keep_zero=False) + "j"
    real = _float_scalar(z.real, bits, keep_zero=False)
    return f"({real}{_float_scalar(z.imag, bits, keep_zero=False, plus=True)}j)"


def _scalar_value(t: torch.Tensor) -> _Scalar:
    """The single element of ``t`` as a Python scalar."""
    return t.detach().cpu().reshape(-1).tolist()[0]


def _scalar_text(value: _Scalar, dtype_name: str) -> str:
    """Text of a scalar as ``str`` would give it."""
    if dtype_name == "bool":
        return str(bool(value))
    if dtype_name.startswith("complex"):
        return _complex_scalar(complex(value), _FLOAT_BITS[dtype_name])
    if dtype_name in _FLOAT_BITS:
        return _float_scalar(float(value), _FLOAT_BITS[dtype_name])
    return str(int(value))


# --------------------------------------------------------------------------- public API


def array_repr_of(t: torch.Tensor, dtype_name: str) -> str:
    """``repr`` of an array holding ``t`` whose NumPy dtype name is ``dtype_name``."""
    prefix = "array("
    body = _array_text(t, dtype_name, ", ", prefix, _LINEWIDTH - len(")"))
    shape, size = tuple(t.shape), t.numel()
    extras = []
    if (size == 0 and shape != (0,)) or size > _THRESHOLD:
        extras.append(f"shape={shape}")
    if dtype_name not in _IMPLIED or size == 0:
        extras.append(f"dtype={dtype_name}")
    if not extras:
        return f"{prefix}{body})"
    head, tail = f"{prefix}{body},", ", ".join(extras) + ")"
    last_line = len(head) - (head.rfind("\n") + 1)
    spacer = "\n" + " " * len(prefix) if last_line + len(tail) + 1 > _LINEWIDTH else " "
    return head + spacer + tail


def array_str_of(t: torch.Tensor, dtype_name: str) -> str:
    """``str`` of an array holding ``t``; a 0-d array prints like its scalar."""
    if t.dim() == 0:
        return scalar_str_of(t, dtype_name)
    return _array_text(t, dtype_name, " ", "", _LINEWIDTH)


def scalar_repr_of(t: torch.Tensor, dtype_name: str) -> str:
    """``repr`` of a NumPy scalar holding the 0-d tensor ``t``: ``np.float64(1.5)``."""
    value = _scalar_value(t)
    if dtype_name == "bool":
        return f"np.{bool(value)}_"
    text = _scalar_text(value, dtype_name)
    if dtype_name.startswith("complex") and text.startswith("("):
        text = text[1:-1]
    return f"np.{dtype_name}({text})"


def scalar_str_of(t: torch.Tensor, dtype_name: str) -> str:
    """``str`` of a NumPy scalar: ``1.5``, ``0.1`` for float32 0.1, ``(1+2j)``."""
    return _scalar_text(_scalar_value(t), dtype_name)

