"""``tnp_core.polynomial.legendre``: Legendre series (NumPy's ``numpy.polynomial.legendre``).

Coefficients are ordered from low to high degree; inputs are array-likes, results are
``tnp_core`` arrays computed with torch.
"""

from __future__ import annotations

import tnp_core as tnp

from ._families import LEG as _FAM
from ._polybase import ABCPolyBase, make_class
from ._series import make_functions

_FNS = make_functions(_FAM, __name__)
globals().update(_FNS)

legdomain = tnp.asarray([-1., 1.])
legzero = tnp.asarray([0])
legone = tnp.asarray([1])
legx = tnp.asarray([0, 1])

Legendre = make_class("Legendre", __name__, _FNS, "leg", [-1., 1.], [-1., 1.], 'P',
                           "A Legendre series class (NumPy's ``Legendre``).")


__all__ = sorted(_FNS) + ["legdomain", "legzero", "legone", "legx", "Legendre"]
_ = ABCPolyBase
