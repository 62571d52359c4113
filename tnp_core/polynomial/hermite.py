"""``tnp_core.polynomial.hermite``: Hermite (physicists') series
(NumPy's ``numpy.polynomial.hermite``).

Coefficients are ordered from low to high degree; inputs are array-likes, results are
``tnp_core`` arrays computed with torch.
"""

from __future__ import annotations

import tnp_core as tnp

from ._families import HERM as _FAM
from ._polybase import ABCPolyBase, make_class
from ._series import make_functions

_FNS = make_functions(_FAM, __name__)
globals().update(_FNS)

hermdomain = tnp.asarray([-1., 1.])
hermzero = tnp.asarray([0])
hermone = tnp.asarray([1])
hermx = tnp.asarray([0, 0.5])

Hermite = make_class("Hermite", __name__, _FNS, "herm", [-1., 1.], [-1., 1.], 'H',
                          "A Hermite (physicists') series class (NumPy's ``Hermite``).")


__all__ = sorted(_FNS) + ["hermdomain", "hermzero", "hermone", "hermx", "Hermite"]
_ = ABCPolyBase
