"""repr / str of arrays and scalars, reproducing NumPy 2's text under its print options.

The print options live in the context variable :data:`format_options` (a dict with NumPy's
keys; ``legacy`` is stored as an int, ``sys.maxsize`` meaning ``False``), so threads and
asyncio tasks each see their own, as in NumPy 2.  ``_printoptions.py`` holds the public
functions that read and change them.

Everything is formatted in pure Python from values copied to the host once; NumPy is never
imported here.  Float digits follow NumPy's Dragon4 rules:

* *unique* mode: the shortest decimal string that reads back to the same value at the value's
  own width (float16, float32 or float64); when a cutoff (``precision``) falls inside it, the
  exact binary value is rounded there instead (ties to even), and ``min_digits`` extends it with
  further exact digits;
* exact mode (``unique=False``): the exact binary value rounded at the cutoff.

``bfloat16`` is printed as float32 values with a ``dtype=bfloat16`` suffix.
"""

from __future__ import annotations

import math
import struct
import sys
from collections.abc import Callable
from contextvars import ContextVar
from decimal import ROUND_HALF_EVEN, Context, Decimal
from typing import Any

import torch

__all__ = [
    "array_repr_of", "array_str_of", "array_text", "format_options", "dragon4_positional",
    "dragon4_scientific", "scalar_repr_of", "scalar_str_of",
]

LEGACY_OFF = sys.maxsize
#: NumPy 2's default print options (``legacy`` as an int, see the module docstring).
DEFAULT_OPTIONS: dict[str, Any] = {
    "edgeitems": 3,
    "threshold": 1000,
    "floatmode": "maxprec",
    "precision": 8,
    "suppress": False,
    "linewidth": 75,
    "nanstr": "nan",
    "infstr": "inf",
    "sign": "-",
    "formatter": None,
    "legacy": LEGACY_OFF,
    "override_repr": None,
}
format_options: ContextVar[dict[str, Any]] = ContextVar(
    "tnp_format_options", default=DEFAULT_OPTIONS  # noqa: B039 - never mutated in place
)

#: dtypes whose repr carries no ``dtype=`` suffix (NumPy's "implied" dtypes on Linux).
_IMPLIED = frozenset({"float64", "int64", "bool", "complex128"})
#: bit width of the float (or complex component) each floating dtype prints at.
_FLOAT_BITS = {
    "float16": 16, "float32": 32, "bfloat16": 32, "float64": 64,
    "complex64": 32, "complex128": 64,
}
_STRUCT_CODE = {16: "<e", 32: "<f"}
#: scalars switch to scientific notation at or above this magnitude.
_SCI_ABOVE = {16: 1e3, 32: 1e6, 64: 1e16}
#: arrays switch at ``10**min(8, finfo.precision)``.
_ARRAY_SCI_ABOVE = {16: 1e3, 32: 1e6, 64: 1e8}
_SCALAR_SCI_BELOW = 1e-4
#: enough digits for any exact float64 value (at most 767 significant digits).
_CTX = Context(prec=2000, rounding=ROUND_HALF_EVEN, Emin=-99999, Emax=99999)

_Scalar = bool | int | float | complex  # a Python value from Tensor.tolist()
Digits = tuple[str, int]  # decimal digits and power of ten of the last: int(digits) * 10**exp


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
    _, digs, exp = d.as_tuple()
    assert isinstance(exp, int)
    text = "".join(map(str, digs))
    stripped = text.rstrip("0")
    if not stripped:
        return "0", 0
    return stripped, exp + len(text) - len(stripped)


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


def _round_exact(ax: float, last: int, fill: bool = False) -> Digits:
    """The exact value of ``ax`` rounded (ties to even) at the digit of weight ``10**last``.

    Like Dragon4, digits cut by rounding down keep their trailing zeros (``1.0004`` at 3
    decimals gives ``1000 * 10**-3``), a carry drops them (``9.9996`` gives ``1 * 10**1``), and
    an exact value ends at its last non-zero digit unless ``fill`` (``min_digits``) asks for
    zeros down to ``10**last``.
    """
    d = Decimal(ax)
    exp = d.as_tuple().exponent
    assert isinstance(exp, int)
    q = d if exp >= last else d.quantize(Decimal(1).scaleb(last), context=_CTX)
    if q == d:
        digits, exp = _decimal_digits(d)
        if fill and exp > last:
            return digits + "0" * (exp - last), last
        return digits, exp
    if q > d:
        return _decimal_digits(q)
    _, digs, e = q.as_tuple()
    assert isinstance(e, int)
    return "".join(map(str, digs)), e


def _cut(first: int, count: int, scientific: bool, fractional: bool) -> int:
    """Weight (power of ten) of the last digit kept by a cutoff of ``count`` digits."""
    if scientific:
        return first - count
    if fractional:
        return -count
    return first - count + 1


def _dragon4_digits(ax: float, bits: int, scientific: bool, precision: int, unique: bool,
                    fractional: bool, min_digits: int) -> Digits:
    """Digits of the finite ``ax >= 0`` as Dragon4 generates them (-1 means "not given")."""
    if ax == 0:
        return "0", 0
    if not unique:
        return _round_exact(ax, _cut(Decimal(ax).adjusted(), precision, scientific, fractional))
    digits, last = _shortest(ax, bits)
    if precision >= 0 and last < _cut(last + len(digits) - 1, precision, scientific, fractional):
        return _round_exact(ax, _cut(Decimal(ax).adjusted(), precision, scientific, fractional))
    # min_digits extends with exact digits, but never past a given precision's cutoff: NumPy
    # pads with zeros beyond it (precision=0, min_digits=1 prints 1.0e-45 for float32's
    # 1.4e-45, precision=0, min_digits=3 prints float16's 65504 as 65504.000)
    if min_digits >= 0 and last > _cut(last + len(digits) - 1, min_digits, scientific, fractional):
        first = Decimal(ax).adjusted()
        stop = _cut(first, min_digits, scientific, fractional)
        if precision >= 0:
            stop = max(stop, _cut(first, precision, scientific, fractional))
        if stop < last:
            return _round_exact(ax, stop, fill=True)
    return digits, last


def _positional(digits: str, exp: int) -> tuple[str, str]:
    """Integer and fraction digit strings of ``digits * 10**exp``."""
    if exp >= 0:
        return digits + "0" * exp, ""
    nfrac = -exp
    if len(digits) > nfrac:
        return digits[:-nfrac], digits[-nfrac:]
    return "0", "0" * (nfrac - len(digits)) + digits


def _sign(x: float, plus: bool) -> str:
    """``-`` for negative values (including -0.0), ``+`` when ``plus`` is asked for."""
    return "-" if math.copysign(1.0, x) < 0 else ("+" if plus else "")


def _exponent(e: int, width: int) -> str:
    """Exponent text such as ``e+08`` with at least ``width`` digits (``e+`` for 0 at 0)."""
    return f"e{'-' if e < 0 else '+'}{(str(abs(e)) if e else '').zfill(width)}"


def _nonfinite(x: float, plus: bool, nanstr: str = "nan", infstr: str = "inf") -> str:
    """``nan``, ``inf`` or ``-inf`` (signed with ``+`` when ``plus``)."""
    if math.isnan(x):
        return ("+" if plus else "") + nanstr
    return ("-" if x < 0 else "+" if plus else "") + infstr


def _trim(frac: str, trim: str, pad_to: int, keep_point: bool) -> str | None:
    """Fraction digits after zero padding (``trim='k'``) or trimming; None drops the point.

    ``keep_point``: NumPy's scientific format keeps the point under ``trim='-'`` once fraction
    digits were generated (``4.e-03``), the positional format drops it (``100``).
    """
    if trim == "k":
        return frac.ljust(pad_to, "0") if pad_to > len(frac) else frac
    had = bool(frac)
    frac = frac.rstrip("0")
    if trim == "0":
        return frac or "0"
    if trim == "-" and not frac and not (keep_point and had):
        return None
    return frac


def _parts(x: float, bits: int, scientific: bool, precision: int = -1, unique: bool = True,
           fractional: bool = True, trim: str = "k", sign: bool = False,
           min_digits: int = -1) -> tuple[str, str | None, int]:
    """Signed integer part, fraction (None: no point) and exponent of a finite float."""
    digits, last = _dragon4_digits(abs(x), bits, scientific, precision, unique, fractional,
                                   min_digits)
    want = precision if not unique else min_digits
    if scientific:
        lead, frac, e = digits[0], digits[1:], last + len(digits) - 1
    else:
        (lead, frac), e = _positional(digits, last), 0
        if not fractional:
            want -= len(lead)
    return _sign(x, sign) + lead, _trim(frac, trim, want, scientific), e


def _assemble(lead: str, frac: str | None, e: int | None, pad_left: int, pad_right: int,
              exp_digits: int) -> str:
    """Text of parts from :func:`_parts`, padded with spaces like NumPy."""
    text = lead.rjust(pad_left) if pad_left > len(lead) else lead
    if frac is not None:
        text += "." + frac
    if e is not None:
        return text + _exponent(e, 2 if exp_digits < 0 else exp_digits)
    nfrac = -1 if frac is None else len(frac)
    if pad_right > nfrac:
        text += " " * (pad_right - nfrac)
    return text


def dragon4_positional(x: float, bits: int, precision: int = -1, unique: bool = True,
                       fractional: bool = True, trim: str = "k", sign: bool = False,
                       pad_left: int = -1, pad_right: int = -1, min_digits: int = -1) -> str:
    """NumPy's positional Dragon4 text of ``x`` at width ``bits`` (-1 means "not given")."""
    if not math.isfinite(x):
        return _nonfinite(x, sign and not math.isnan(x))  # NumPy: never '+nan'
    lead, frac, _ = _parts(x, bits, False, precision, unique, fractional, trim, sign,
                           min_digits)
    return _assemble(lead, frac, None, pad_left, pad_right, -1)


def dragon4_scientific(x: float, bits: int, precision: int = -1, unique: bool = True,
                       trim: str = "k", sign: bool = False, pad_left: int = -1,
                       exp_digits: int = -1, min_digits: int = -1) -> str:
    """NumPy's scientific Dragon4 text of ``x`` at width ``bits`` (-1 means "not given")."""
    if not math.isfinite(x):
        return _nonfinite(x, sign and not math.isnan(x))  # NumPy: never '+nan'
    lead, frac, e = _parts(x, bits, True, precision, unique, True, trim, sign, min_digits)
    return _assemble(lead, frac, e, pad_left, -1, exp_digits)


# --------------------------------------------------------------------------- element formats


def _zero_key(x: float) -> str:
    """Cache key of a zero that tells 0.0 and -0.0 apart."""
    return "-0" if math.copysign(1.0, x) < 0 else "+0"


class _FloatFormat:
    """One column of floats formatted alike, as NumPy's ``FloatingFormat`` does."""

    def __init__(self, values: list[float], bits: int, opts: dict[str, Any],
                 sign: str | None = None) -> None:
        self.bits = bits
        self.sign = opts["sign"] if sign is None else sign
        self.nanstr, self.infstr = opts["nanstr"], opts["infstr"]
        floatmode = opts["floatmode"]
        precision = None if floatmode == "unique" else opts["precision"]
        if precision is None:
            precision = -1
        elif precision < 0:
            raise ValueError("precision must be >= 0")
        plus = self.sign == "+"
        finite = [v for v in values if math.isfinite(v)]
        nonzero = [abs(v) for v in finite if v != 0]
        self.sci = False
        if nonzero:
            hi, lo = max(nonzero), min(nonzero)
            upper = 1e8 if opts["legacy"] <= 202 else _ARRAY_SCI_ABOVE[bits]
            self.sci = hi >= _round_to_width(upper, bits) or (not opts["suppress"] and (
                lo < _round_to_width(1e-4, bits) or _round_to_width(hi / lo, bits) > 1000.0))
        self.cache: dict[float, tuple[str, str | None, int]] = {}
        self.exp_size = -1
        if not finite:
            self.pad_left = self.pad_right = 0
            self.precision, self.unique, self.trim, self.min_digits = -1, True, ".", -1
        else:
            unique, trim = (False, "k") if floatmode == "fixed" else (True, ".")
            first: dict[Any, tuple[str, str | None, int]] = {}
            for v in finite:
                key = v if v else _zero_key(v)
                if key not in first:
                    first[key] = _parts(v, bits, self.sci, precision, unique, True, trim, plus)
            leads = [p[0] for p in first.values()]
            fracs = [p[1] or "" for p in first.values()]
            self.unique = unique
            self.pad_left = max(map(len, leads))
            if self.sci:
                self.exp_size = max(2, max(len(str(abs(p[2]))) for p in first.values()))
                self.precision = self.min_digits = max(map(len, fracs))
                self.trim = "k"
                self.pad_right = self.exp_size + 2 + self.precision
            else:
                self.pad_right = max(map(len, fracs))
                if floatmode in ("fixed", "maxprec_equal"):
                    self.precision = self.min_digits = self.pad_right
                    self.trim = "k"
                else:
                    self.precision, self.trim, self.min_digits = precision, ".", 0
            keep = self.precision if self.trim == "k" else None
            # min_digits=0 asks for the exact integer digits where the shortest ones end in 0
            self.cache = {k: p for k, p in first.items()
                          if (len(p[1] or "") == keep if keep is not None
                              else self.sci or p[1] or not p[0].endswith("0"))}
        if self.sign == " " and not any(math.copysign(1.0, v) < 0 for v in finite):
            self.pad_left += 1
        if len(finite) < len(values):
            neginf = self.sign != "-" or any(v == -math.inf for v in values)
            offset = self.pad_right + 1
            self.pad_left = max(self.pad_left, len(self.nanstr) - offset,
                                len(self.infstr) + neginf - offset)

    def __call__(self, x: float) -> str:
        if not math.isfinite(x):
            text = _nonfinite(x, self.sign == "+", self.nanstr, self.infstr)
            return text.rjust(self.pad_left + self.pad_right + 1)
        parts = self.cache.get(x if x else _zero_key(x))
        if parts is None:
            parts = _parts(x, self.bits, self.sci, self.precision, self.unique, True,
                           self.trim, self.sign == "+", self.min_digits)
        lead, frac, e = parts
        if self.sci:
            return _assemble(lead, frac, e, self.pad_left, -1, self.exp_size)
        return _assemble(lead, frac, None, self.pad_left, self.pad_right, -1)


def _complex_format(values: list[complex], bits: int, opts: dict[str, Any]
                    ) -> Callable[[complex], str]:
    """NumPy's ``ComplexFloatingFormat``: real and imaginary columns aligned independently."""
    real = _FloatFormat([z.real for z in values], bits, opts)
    imag = _FloatFormat([z.imag for z in values], bits, opts, sign="+")

    def fmt(z: complex) -> str:
        i = imag(z.imag)
        stem = i.rstrip()
        return f"{real(z.real)}{stem}j{i[len(stem):]}"

    return fmt


def _int_format(values: list[int], sign: str) -> Callable[[int], str]:
    """NumPy's ``IntegerFormat``: right-aligned to the widest of min and max."""
    if values:
        hi, lo = max(values), min(values)
        hi_len = len(str(hi))
        if sign == " " and lo < 0:
            sign = "-"
        if hi >= 0 and sign in "+ ":
            hi_len += 1
        width = max(hi_len, len(str(lo)))
    else:
        width = 0
    spec = f"{sign}{width}d"
    return lambda v: format(v, spec)


def _kind_keys(dtype_name: str) -> tuple[str, ...]:
    """Formatter keys that apply to ``dtype_name``, lowest priority first."""
    if dtype_name == "bool":
        return ("all", "bool")
    if dtype_name.startswith("complex"):
        return ("all", "complex_kind", "complexfloat")
    if dtype_name in _FLOAT_BITS:
        return ("all", "float_kind", "float")
    return ("all", "int_kind", "int")


def _user_format(formatter: dict[str, Any] | None, dtype_name: str,
                 t: torch.Tensor) -> Callable[[Any], str] | None:
    """The user's formatter callable for this dtype, taking tnp scalars, if any applies."""
    if not formatter:
        return None
    func = None
    for key in _kind_keys(dtype_name):
        if formatter.get(key) is not None:
            func = formatter[key]
    if func is None:
        return None
    from ._ndarray import wrap_scalar

    def call(v: Any) -> str:
        out = func(wrap_scalar(torch.tensor(v, dtype=t.dtype)))
        if not isinstance(out, str):
            raise TypeError(f"formatter returned {type(out).__name__!r}, expected a str")
        return out

    return call


def _element_format(values: list, dtype_name: str, zero_dim: bool, opts: dict[str, Any],
                    t: torch.Tensor) -> Callable[[Any], str]:
    """The function formatting one element of the array (``values``: the shown elements)."""
    user = _user_format(opts["formatter"], dtype_name, t)
    if user is not None:
        return user
    if dtype_name == "bool":
        true = "True" if zero_dim else " True"
        return lambda v: true if v else "False"
    if dtype_name.startswith("complex"):
        return _complex_format(values, _FLOAT_BITS[dtype_name], opts)
    if dtype_name in _FLOAT_BITS:
        return _FloatFormat(values, _FLOAT_BITS[dtype_name], opts)
    return _int_format(values, opts["sign"])


# --------------------------------------------------------------------------- layout


def _shown(t: torch.Tensor, edge: int) -> torch.Tensor:
    """Keep only the leading and trailing ``edge`` items along every long axis."""
    for dim, n in enumerate(t.shape):
        if n > 2 * edge:
            if edge == 0:
                t = t.narrow(dim, n - 1, 1)
            else:
                t = torch.cat([t.narrow(dim, 0, edge), t.narrow(dim, n - edge, edge)], dim=dim)
    return t


def _extend(text: str, line: str, word: str, width: int, hang: str) -> tuple[str, str]:
    """Append ``word`` to ``line``, first wrapping when it would pass ``width``."""
    if len(line) + len(word) > width and len(line) > len(hang):
        text += line.rstrip() + "\n"
        line = hang
    return text, line + word


def _extend_pretty(text: str, line: str, word: str, width: int, hang: str) -> tuple[str, str]:
    """:func:`_extend` for words that may span several lines (from a user formatter)."""
    rows = word.splitlines()
    if len(rows) <= 1:
        return _extend(text, line, word, width, hang)
    longest = max(map(len, rows))
    if len(line) + longest > width and len(line) > len(hang):
        text += line.rstrip() + "\n"
        line, indent = hang + rows[0], hang
    else:
        indent = " " * len(line)
        line += rows[0]
    for row in rows[1:]:
        text += line.rstrip() + "\n"
        line = indent + row
    return text, line + " " * (longest - len(rows[-1]))


def _layout(words: list[str], shape: tuple[int, ...], full: tuple[int, ...], summary: bool,
            edge: int, sep: str, hang0: str, width: int) -> str:
    """Nest ``words`` (row-major over ``shape``) in brackets; ``full`` is the unsummarised shape."""
    ndim = len(shape)
    if ndim == 0:
        return words[0]
    strides = [math.prod(shape[a + 1:]) for a in range(ndim)]
    sep_tail = sep.rstrip()

    def block(offset: int, axis: int, hang: str, room: int) -> str:
        if axis == ndim:
            return words[offset]
        kid_hang, kid_room = hang + " ", room - 1
        n = shape[axis]
        lead = edge if summary and full[axis] > 2 * edge else n
        step = strides[axis]
        if axis == ndim - 1:
            elem_width = room - max(len(sep_tail), 1)
            text, line = "", hang
            for i in range(n):
                if i == lead:
                    text, line = _extend(text, line, "...", elem_width, hang)
                    line += sep
                text, line = _extend_pretty(text, line, words[offset + i * step], elem_width,
                                            hang)
                if i < n - 1:
                    line += sep
            text += line
        else:
            row_sep = sep_tail + "\n" * (ndim - axis - 1)
            rows = [hang + block(offset + i * step, axis + 1, kid_hang, kid_room)
                    for i in range(n)]
            if lead < n:
                rows.insert(lead, hang + "...")
            text = row_sep.join(rows)
        return "[" + text[len(hang):] + "]"

    return block(0, 0, hang0, width)


def array_text(t: torch.Tensor, dtype_name: str, opts: dict[str, Any], sep: str = " ",
               prefix: str = "", suffix: str = "") -> str:
    """NumPy's ``array2string`` of ``t`` under the complete options dict ``opts``."""
    if t.numel() == 0:
        return "[]"
    t = t.detach()
    full = tuple(t.shape)
    edge = opts["edgeitems"]
    summary = t.numel() > opts["threshold"]
    if summary:
        shown = _shown(t, edge).cpu()
        data = t.cpu() if edge == 0 else shown
    else:
        shown = data = t.cpu()
    words_in = shown.reshape(-1).tolist()
    values = words_in if data is shown else data.reshape(-1).tolist()
    fmt = _element_format(values, dtype_name, not full, opts, t)
    words = [fmt(v) for v in words_in]
    width = opts["linewidth"] - len(suffix)
    return _layout(words, tuple(shown.shape), full, summary, edge, sep, " " * (len(prefix) + 1),
                   width)


# --------------------------------------------------------------------------- scalars


def _float_scalar(x: float, bits: int, legacy: int, keep_zero: bool = True,
                  plus: bool = False) -> str:
    """NumPy scalar text of a float: positional in a middle range, else scientific."""
    if not math.isfinite(x):
        return _nonfinite(x, plus)
    ax = abs(x)
    digits, exp = _shortest(ax, bits)
    above = 1e16 if legacy <= 202 else _SCI_ABOVE[bits]
    if ax == 0 or _SCALAR_SCI_BELOW <= ax < above:
        lead, frac = _positional(digits, exp)
        if keep_zero:
            frac = frac or "0"
        return f"{_sign(x, plus)}{lead}{'.' + frac if frac else ''}"
    lead, frac, e = digits[0], digits[1:], exp + len(digits) - 1
    return f"{_sign(x, plus)}{lead}{'.' + frac if frac else ''}{_exponent(e, 2)}"


def _complex_scalar(z: complex, bits: int, legacy: int) -> str:
    """NumPy complex scalar text: ``2j``, ``(1+2j)``, ``(nan+1j)``."""
    if z.real == 0 and math.copysign(1.0, z.real) > 0:
        return _float_scalar(z.imag, bits, legacy, keep_zero=False) + "j"
    real = _float_scalar(z.real, bits, legacy, keep_zero=False)
    return f"({real}{_float_scalar(z.imag, bits, legacy, keep_zero=False, plus=True)}j)"


def _scalar_value(t: torch.Tensor) -> _Scalar:
    """The single element of ``t`` as a Python scalar."""
    return t.detach().cpu().reshape(-1).tolist()[0]


def _scalar_text(value: _Scalar, dtype_name: str, legacy: int) -> str:
    """Text of a scalar as ``str`` would give it."""
    if dtype_name == "bool":
        return str(bool(value))
    if dtype_name.startswith("complex"):
        return _complex_scalar(complex(value), _FLOAT_BITS[dtype_name], legacy)
    if dtype_name in _FLOAT_BITS:
        return _float_scalar(float(value), _FLOAT_BITS[dtype_name], legacy)
    return str(int(value))


# --------------------------------------------------------------------------- public API


def options_with(**overrides: Any) -> dict[str, Any]:
    """The current options with the non-None ``overrides`` applied (no validation)."""
    opts = format_options.get()
    given = {k: v for k, v in overrides.items() if v is not None}
    return {**opts, **given} if given else opts


def array_repr_of(t: torch.Tensor, dtype_name: str, max_line_width: int | None = None,
                  precision: int | None = None, suppress_small: bool | None = None,
                  array: Any = None) -> str:
    """``repr`` of an array holding ``t`` whose NumPy dtype name is ``dtype_name``.

    ``array``, when given, is the array itself: a subclass prints its class name instead of
    ``array`` (``MyArray([1, 2])``, ``int32(0, dtype=int32)`` for a scalar), as in NumPy.
    """
    current = format_options.get()
    if current["override_repr"] is not None:
        if array is None:
            from ._ndarray import wrap
            array = wrap(t)
        return current["override_repr"](array)
    opts = current
    if precision is not None or suppress_small is not None:
        opts = options_with(precision=precision, suppress=suppress_small)
    if max_line_width is None:
        max_line_width = current["linewidth"]
    if max_line_width != opts["linewidth"]:
        opts = {**opts, "linewidth": max_line_width}
    prefix = "array("
    if array is not None:
        from ._ndarray import ndarray
        if type(array) is not ndarray:
            prefix = type(array).__name__ + "("
    body = array_text(t, dtype_name, opts, ", ", prefix, ")")
    shape, size = tuple(t.shape), t.numel()
    extras = []
    if (size == 0 and shape != (0,)) or (current["legacy"] > 210 and size > current["threshold"]):
        extras.append(f"shape={shape}")
    if dtype_name not in _IMPLIED or size == 0:
        extras.append(f"dtype={dtype_name}")
    if not extras:
        return f"{prefix}{body})"
    head, tail = f"{prefix}{body},", ", ".join(extras) + ")"
    last_line = len(head) - (head.rfind("\n") + 1)
    spacer = "\n" + " " * len(prefix) if last_line + len(tail) + 1 > max_line_width else " "
    return head + spacer + tail


def array_str_of(t: torch.Tensor, dtype_name: str, max_line_width: int | None = None,
                 precision: int | None = None, suppress_small: bool | None = None) -> str:
    """``str`` of an array holding ``t``; a 0-d array prints like its scalar."""
    if t.dim() == 0:
        return scalar_str_of(t, dtype_name)
    opts = options_with(linewidth=max_line_width, precision=precision, suppress=suppress_small)
    return array_text(t, dtype_name, opts, " ", "")


def scalar_repr_of(t: torch.Tensor, dtype_name: str) -> str:
    """``repr`` of a NumPy scalar holding the 0-d tensor ``t``: ``np.float64(1.5)``."""
    legacy = format_options.get()["legacy"]
    value = _scalar_value(t)
    if dtype_name == "bool":
        return str(bool(value)) if legacy <= 125 else f"np.{bool(value)}_"
    text = _scalar_text(value, dtype_name, legacy)
    if legacy <= 125:
        return text
    if dtype_name.startswith("complex") and text.startswith("("):
        text = text[1:-1]
    return f"np.{dtype_name}({text})"


def scalar_str_of(t: torch.Tensor, dtype_name: str) -> str:
    """``str`` of a NumPy scalar: ``1.5``, ``0.1`` for float32 0.1, ``(1+2j)``."""
    return _scalar_text(_scalar_value(t), dtype_name, format_options.get()["legacy"])
