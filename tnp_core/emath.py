"""``tnp_core.emath``: mathematical functions whose results go complex outside the real
domain (``sqrt(-1) == 1j``), like ``numpy.emath``.

Each function looks at its input once: if a real input holds values outside the real domain
(negative for ``sqrt``/``log*``/``power``, ``|x| > 1`` for ``arccos``/``arcsin``/``arctanh``),
it is converted to complex first (complex64 for int8/int16/uint8/uint16/float32 inputs, else
complex128, NumPy's rule).  The computation then runs through the namespace's ufuncs.
"""

from __future__ import annotations

from typing import Any

import torch

__all__ = ["arccos", "arcsin", "arctanh", "log", "log10", "log2", "logn", "power", "sqrt"]

_TO_COMPLEX64 = (torch.int8, torch.int16, torch.uint8, torch.uint16, torch.float32,
                 torch.complex64)


def _ns() -> Any:
    import tnp_core

    return tnp_core


def _real_and(x: Any, bad: Any) -> bool:
    t = x.tensor
    if t.is_complex():
        return bool(((t.imag == 0) & bad(t.real)).any())
    return bool(bad(t).any())


def _to_complex(x: Any) -> Any:
    ns = _ns()
    return x.astype(ns.complex64 if x.tensor.dtype in _TO_COMPLEX64 else ns.complex128)


def _fix_real_lt_zero(x: Any) -> Any:
    x = _ns().asarray(x)
    return _to_complex(x) if _real_and(x, lambda t: t < 0) else x


def _fix_int_lt_zero(x: Any) -> Any:
    x = _ns().asarray(x)
    return x * 1.0 if _real_and(x, lambda t: t < 0) else x


def _fix_real_abs_gt_1(x: Any) -> Any:
    x = _ns().asarray(x)
    return _to_complex(x) if _real_and(x, lambda t: t.abs() > 1) else x


def sqrt(x: Any) -> Any:
    """Square root; negative reals give imaginary results."""
    return _ns().sqrt(_fix_real_lt_zero(x))


def log(x: Any) -> Any:
    """Natural logarithm; negative reals give complex results."""
    return _ns().log(_fix_real_lt_zero(x))


def log10(x: Any) -> Any:
    """Base-10 logarithm; negative reals give complex results."""
    return _ns().log10(_fix_real_lt_zero(x))


def log2(x: Any) -> Any:
    """Base-2 logarithm; negative reals give complex results."""
    return _ns().log2(_fix_real_lt_zero(x))


def logn(n: Any, x: Any) -> Any:
    """Logarithm of ``x`` in base ``n``; negative reals give complex results."""
    ns = _ns()
    return ns.log(_fix_real_lt_zero(x)) / ns.log(_fix_real_lt_zero(n))


def power(x: Any, p: Any) -> Any:
    """``x ** p``; negative ``x`` gives complex results, negative integer ``p`` float ones."""
    return _ns().power(_fix_real_lt_zero(x), _fix_int_lt_zero(p))


def arccos(x: Any) -> Any:
    """Inverse cosine; real ``|x| > 1`` gives complex results."""
    return _ns().arccos(_fix_real_abs_gt_1(x))


def arcsin(x: Any) -> Any:
    """Inverse sine; real ``|x| > 1`` gives complex results."""
    return _ns().arcsin(_fix_real_abs_gt_1(x))


def arctanh(x: Any) -> Any:
    """Inverse hyperbolic tangent; real ``|x| > 1`` gives complex results."""
    return _ns().arctanh(_fix_real_abs_gt_1(x))
