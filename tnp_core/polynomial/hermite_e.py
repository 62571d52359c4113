"""``tnp_core.polynomial.hermite_e``: HermiteE (probabilists') series
(NumPy's ``numpy.polynomial.hermite_e``).

Coefficients are ordered from low to high degree; inputs are array-likes, results are
``tnp_core`` arrays computed with torch.
"""

from __future__ import annotations

import tnp_core as tnp

from ._families import HERME as _FAM
from ._polybase import ABCPolyBase, make_class
from ._series import make_functions

_FNS = make_functions(_FAM, __name__)
globals().update(_FNS)

hermedomain = tnp.asarray([-1., 1.])
hermezero = tnp.asarray([0])
hermeone = tnp.asarray([1])
hermex = tnp.asarray([0, 1])

HermiteE = make_class("HermiteE", __name__, _FNS, "herme", [-1., 1.], [-1., 1.], 'He',
                           "A HermiteE (probabilists') series class (NumPy's ``HermiteE``).")


__all__ = sorted(_FNS) + ["hermedomain", "hermezero", "hermeone", "hermex", "HermiteE"]
_ = ABCPolyBase
