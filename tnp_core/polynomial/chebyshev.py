"""``tnp_core.polynomial.chebyshev``: Chebyshev series (NumPy's ``numpy.polynomial.chebyshev``).

Coefficients are ordered from low to high degree; inputs are array-likes, results are
``tnp_core`` arrays computed with torch.
"""

from __future__ import annotations

import tnp_core as tnp

from ._families import CHEB as _FAM
from ._polybase import ABCPolyBase, make_class
from ._series import make_functions

_FNS = make_functions(_FAM, __name__)
globals().update(_FNS)

chebdomain = tnp.asarray([-1., 1.])
chebzero = tnp.asarray([0])
chebone = tnp.asarray([1])
chebx = tnp.asarray([0, 1])

Chebyshev = make_class("Chebyshev", __name__, _FNS, "cheb", [-1., 1.], [-1., 1.], 'T',
                            "A Chebyshev series class (NumPy's ``Chebyshev``).")


def chebpts1(npts):
    """Chebyshev points of the first kind."""
    from ._series import cheb_points
    return cheb_points(npts, 1)


def chebpts2(npts):
    """Chebyshev points of the second kind."""
    from ._series import cheb_points
    return cheb_points(npts, 2)


def chebinterpolate(func, deg, args=()):
    """Interpolate ``func`` at the Chebyshev points of the first kind (degree ``deg``)."""
    from ._series import cheb_interpolate
    return cheb_interpolate(func, deg, args)


__all__ = sorted(_FNS) + ["chebpts1", "chebpts2", "chebinterpolate",
           "chebdomain", "chebzero", "chebone", "chebx", "Chebyshev"]
_ = ABCPolyBase
