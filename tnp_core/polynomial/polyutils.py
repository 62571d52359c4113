"""``tnp_core.polynomial.polyutils``: helpers shared by the series modules (NumPy's
``numpy.polynomial.polyutils``)."""

from __future__ import annotations

import math
from typing import Any

import tnp_core as tnp
from tnp_core._ndarray import ndarray, wrap

from ._series import RankWarning, as_series_t, out, tensor_of, trimcoef, trimseq_t

__all__ = ["as_series", "trimseq", "trimcoef", "getdomain", "mapdomain", "mapparms",
           "format_float", "RankWarning"]


def as_series(alist: Any, trim: bool = True) -> list[ndarray]:
    """Return the arguments as a list of 1-d arrays of a common inexact type (copies)."""
    return [wrap(t.clone()) for t in as_series_t(alist, trim)]


def trimseq(seq: Any) -> Any:
    """Remove trailing zeros of a 1-d sequence, keeping at least one element."""
    if isinstance(seq, ndarray):
        t = seq.tensor
        if t.ndim == 1 and t.shape[0] > 0:
            return out(trimseq_t(t))
        return seq
    if len(seq) == 0 or seq[-1] != 0:
        return seq
    for i in range(len(seq) - 1, -1, -1):
        if seq[i] != 0:
            break
    return seq[:i + 1]


def getdomain(x: Any) -> ndarray:
    """The smallest domain (interval, or rectangle for complex) containing the points ``x``."""
    [t] = as_series_t([x], trim=False)
    if t.is_complex():
        lo = complex(t.real.min().item(), t.imag.min().item())
        hi = complex(t.real.max().item(), t.imag.max().item())
        return tnp.asarray([lo, hi])
    return out(tensor_of([t.min().item(), t.max().item()]).to(t.dtype).to(t.device))


def mapparms(old: Any, new: Any) -> tuple[Any, Any]:
    """``(off, scl)`` of the linear map ``off + scl*x`` taking the domain ``old`` to ``new``."""
    oldlen = old[1] - old[0]
    newlen = new[1] - new[0]
    off = (old[1] * new[0] - old[0] * new[1]) / oldlen
    scl = newlen / oldlen
    return off, scl


def mapdomain(x: Any, old: Any, new: Any) -> Any:
    """Apply the linear map taking domain ``old`` to domain ``new`` to the points ``x``."""
    if type(x) not in (int, float, complex) and not isinstance(x, tnp.generic):
        x = tnp.asarray(x)
    off, scl = mapparms(old, new)
    return off + scl * x


def _printoptions() -> dict:
    try:
        return dict(tnp.get_printoptions())
    except AttributeError:
        return {"precision": 8, "linewidth": 75, "floatmode": "maxprec", "sign": "-",
                "nanstr": "nan", "infstr": "inf"}


def _strip(mant: str) -> str:
    if "." in mant:
        mant = mant.rstrip("0")
        if mant.endswith("."):
            mant += "0"
    return mant


def format_float(x: Any, parens: bool = False) -> str:
    """A real coefficient formatted like NumPy's polynomial printing (positional, at most
    ``precision`` fractional digits, scientific for very large/small values)."""
    if isinstance(x, ndarray):
        if x.dtype.kind != "f":
            return str(x)
        x = float(x.tensor.item())
    elif not isinstance(x, float):
        return str(x)
    opts = _printoptions()
    prec = opts.get("precision", 8)
    if math.isnan(x):
        return opts.get("nanstr", "nan")
    if math.isinf(x):
        return ("-" if x < 0 else "") + opts.get("infstr", "inf")
    sign = "+" if opts.get("sign") == "+" and x >= 0 else ""
    fixed = opts.get("floatmode") == "fixed"
    a = abs(x)
    if x != 0 and (a >= 1.0e8 or a < 10 ** min(0, -(prec - 1) // 2)):
        r = repr(x)
        mant_r = r.split("e")[0] if "e" in r else r
        ndig = len(mant_r.replace("-", "").replace(".", "")) - 1
        s = f"{x:.{prec if fixed else min(prec, max(ndig, 1))}e}"
        mant, exp = s.split("e")
        if not fixed:
            mant = _strip(mant)
        s = sign + mant + "e" + exp[0] + exp[1:].rjust(2, "0")
        return "(" + s + ")" if parens else s
    r = repr(x)
    if "e" in r or len(r.split(".")[1]) > prec or fixed:
        r = f"{x:.{prec}f}"
        if not fixed:
            r = _strip(r)
    return sign + r
