"""``tnp_core.polynomial.laguerre``: Laguerre series (NumPy's ``numpy.polynomial.laguerre``).

Coefficients are ordered from low to high degree; inputs are array-likes, results are
``tnp_core`` arrays computed with torch.
"""

from __future__ import annotations

import tnp_core as tnp

from ._families import LAG as _FAM
from ._polybase import ABCPolyBase, make_class
from ._series import make_functions

_FNS = make_functions(_FAM, __name__)
globals().update(_FNS)

lagdomain = tnp.asarray([0., 1.])
lagzero = tnp.asarray([0])
lagone = tnp.asarray([1])
lagx = tnp.asarray([1, -1])

Laguerre = make_class("Laguerre", __name__, _FNS, "lag", [0., 1.], [0., 1.], 'L',
                           "A Laguerre series class (NumPy's ``Laguerre``).")


__all__ = sorted(_FNS) + ["lagdomain", "lagzero", "lagone", "lagx", "Laguerre"]
_ = ABCPolyBase
