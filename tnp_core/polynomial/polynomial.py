"""``tnp_core.polynomial.polynomial``: power series (NumPy's ``numpy.polynomial.polynomial``).

Coefficients are ordered from low to high degree; inputs are array-likes, results are
``tnp_core`` arrays computed with torch.
"""

from __future__ import annotations

import tnp_core as tnp

from ._families import POLY as _FAM
from ._polybase import ABCPolyBase, make_class
from ._series import make_functions

_FNS = make_functions(_FAM, __name__)
globals().update(_FNS)

polydomain = tnp.asarray([-1., 1.])
polyzero = tnp.asarray([0])
polyone = tnp.asarray([1])
polyx = tnp.asarray([0, 1])

Polynomial = make_class("Polynomial", __name__, _FNS, "poly", [-1., 1.], [-1., 1.], None,
                             "A power series class (NumPy's ``Polynomial``).")


def _poly_unicode(cls, i, arg_str):
    if i == "1":
        return f"·{arg_str}"
    return f"·{arg_str}{i.translate(_SUPER)}"


def _poly_ascii(cls, i, arg_str):
    if i == "1":
        return f" {arg_str}"
    return f" {arg_str}**{i}"


_SUPER = str.maketrans("0123456789", "⁰¹²³⁴⁵⁶⁷⁸⁹")
Polynomial._str_term_unicode = classmethod(_poly_unicode)
Polynomial._str_term_ascii = classmethod(_poly_ascii)


def polyvalfromroots(x, r, tensor=True):
    """Evaluate the product of ``(x - r_i)`` over the roots ``r`` (along axis 0 of ``r``)."""
    from ._series import _val_from_roots
    return _val_from_roots(x, r, tensor)


__all__ = sorted(_FNS) + ["polyvalfromroots", "polydomain",
           "polyzero", "polyone", "polyx", "Polynomial"]
_ = ABCPolyBase
