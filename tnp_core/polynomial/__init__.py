"""``tnp_core.polynomial``: NumPy's ``numpy.polynomial`` on torch tensors.

The classes :class:`Polynomial`, :class:`Chebyshev`, :class:`Legendre`, :class:`Laguerre`,
:class:`Hermite`, :class:`HermiteE` and the function modules ``polynomial``, ``chebyshev``,
``legendre``, ``laguerre``, ``hermite``, ``hermite_e`` and ``polyutils``.  Coefficients are
``tnp_core`` arrays; computations run in torch (float64/complex128 for integer input, the
input's precision otherwise, as NumPy's ``as_series``).
"""

from __future__ import annotations

from . import chebyshev, hermite, hermite_e, laguerre, legendre, polynomial, polyutils
from ._polybase import ABCPolyBase
from .chebyshev import Chebyshev
from .hermite import Hermite
from .hermite_e import HermiteE
from .laguerre import Laguerre
from .legendre import Legendre
from .polynomial import Polynomial

__all__ = ["set_default_printstyle", "polynomial", "Polynomial", "chebyshev", "Chebyshev",
           "legendre", "Legendre", "hermite", "Hermite", "hermite_e", "HermiteE", "laguerre",
           "Laguerre", "polyutils", "test"]


def set_default_printstyle(style: str) -> None:
    """Set how series are printed by ``str``: ``'unicode'`` (``1.0 + 2.0·x²``) or
    ``'ascii'`` (``1.0 + 2.0 x**2``)."""
    if style not in ("unicode", "ascii"):
        raise ValueError(f"Unsupported format string '{style}'. Valid options are 'ascii' "
                         "and 'unicode'")
    ABCPolyBase._use_unicode = style == "unicode"


def test(*args: object, **kwargs: object) -> bool:
    """Run quick self-checks of the package (arguments are accepted and ignored, like NumPy's
    test runner's); return True when they pass, raise AssertionError otherwise."""
    import math

    for cls in (Polynomial, Chebyshev, Legendre, Laguerre, Hermite, HermiteE):
        p = cls.fromroots([-1.0, 0.5, 2.0])
        r = [float(v) for v in p.roots()]
        assert all(math.isclose(a, b, abs_tol=1e-10) for a, b in zip(r, [-1.0, 0.5, 2.0])), cls
        q = (p * p) // p
        assert all(math.isclose(float(a), float(b), abs_tol=1e-9)
                   for a, b in zip(q.coef, p.coef)), cls
        d = p.integ().deriv()
        assert all(math.isclose(float(a), float(b), abs_tol=1e-9)
                   for a, b in zip(d.coef, p.coef)), cls
    x, w = legendre.leggauss(5)
    assert math.isclose(float((w * x ** 4).sum()), 2 / 5, rel_tol=1e-12)
    return True
