"""The shared base class of the series classes (NumPy's ``ABCPolyBase``)."""

from __future__ import annotations

import numbers
import os
from collections.abc import Callable
from typing import Any, ClassVar

import torch

import tnp_core as tnp
from tnp_core._ndarray import ndarray

from . import polyutils as pu
from ._series import as_series_t, out, pyscalar

_SUPERSCRIPTS = str.maketrans({"0": "⁰", "1": "¹", "2": "²", "3": "³", "4": "⁴", "5": "⁵",
                               "6": "⁶", "7": "⁷", "8": "⁸", "9": "⁹"})
_SUBSCRIPTS = str.maketrans({"0": "₀", "1": "₁", "2": "₂", "3": "₃", "4": "₄", "5": "₅",
                             "6": "₆", "7": "₇", "8": "₈", "9": "₉"})


class ABCPolyBase:
    """Base class of Polynomial, Chebyshev, Legendre, Laguerre, Hermite and HermiteE.

    A series is ``sum(coef[i] * P_i(off + scl*x))`` where ``(off, scl)`` maps ``domain`` to
    ``window``.  Arithmetic works with scalars and series of the same kind, domain, window and
    symbol.
    """

    __hash__ = None  # type: ignore[assignment]
    __array_ufunc__ = None
    maxpower = 100
    _use_unicode = os.name != "nt"
    basis_name: ClassVar[str | None] = None
    domain: Any
    window: Any

    # the family functions, set by the subclasses
    _add: Callable
    _sub: Callable
    _mul: Callable
    _div: Callable
    _pow: Callable
    _val: Callable
    _int: Callable
    _der: Callable
    _fit: Callable
    _line: Callable
    _roots: Callable
    _fromroots: Callable

    # ---------------------------------------------------------- construction

    def __init__(self, coef: Any, domain: Any = None, window: Any = None,
                 symbol: str = "x") -> None:
        [c] = as_series_t([coef], trim=False)
        self.coef = out(c.clone())
        if domain is not None:
            [d] = as_series_t([domain], trim=False)
            if d.shape[0] != 2:
                raise ValueError("Domain has wrong number of elements.")
            self.domain = out(d.clone())
        if window is not None:
            [w] = as_series_t([window], trim=False)
            if w.shape[0] != 2:
                raise ValueError("Window has wrong number of elements.")
            self.window = out(w.clone())
        try:
            if not symbol.isidentifier():
                raise ValueError("Symbol string must be a valid Python identifier")
        except AttributeError:
            raise TypeError("Symbol must be a non-empty string") from None
        self._symbol = symbol

    @property
    def symbol(self) -> str:
        return self._symbol

    def _new(self, coef: Any) -> ABCPolyBase:
        return self.__class__(coef, self.domain, self.window, self.symbol)

    # ---------------------------------------------------------- comparisons

    def has_samecoef(self, other: ABCPolyBase) -> bool:
        """True if the coefficients are the same."""
        a, b = self.coef.tensor, other.coef.tensor
        return a.shape == b.shape and bool((a == b).all())

    def has_samedomain(self, other: ABCPolyBase) -> bool:
        """True if the domains are the same."""
        return bool((self.domain.tensor == other.domain.tensor).all())

    def has_samewindow(self, other: ABCPolyBase) -> bool:
        """True if the windows are the same."""
        return bool((self.window.tensor == other.window.tensor).all())

    def has_sametype(self, other: Any) -> bool:
        """True if ``other`` is of the same class."""
        return isinstance(other, self.__class__)

    def _get_coefficients(self, other: Any) -> Any:
        if isinstance(other, ABCPolyBase):
            if not isinstance(other, self.__class__):
                raise TypeError("Polynomial types differ")
            if not self.has_samedomain(other):
                raise TypeError("Domains differ")
            if not self.has_samewindow(other):
                raise TypeError("Windows differ")
            if self.symbol != other.symbol:
                raise ValueError("Polynomial symbols differ")
            return other.coef
        return other

    def __eq__(self, other: Any) -> bool:
        return (isinstance(other, self.__class__) and self.has_samedomain(other)
                and self.has_samewindow(other) and self.has_samecoef(other)
                and self.symbol == other.symbol)

    def __ne__(self, other: Any) -> bool:
        return not self.__eq__(other)

    # ---------------------------------------------------------- printing

    def __repr__(self) -> str:
        coef = repr(self.coef)[6:-1]
        domain = repr(self.domain)[6:-1]
        window = repr(self.window)[6:-1]
        name = self.__class__.__name__
        return f"{name}({coef}, domain={domain}, window={window}, symbol='{self.symbol}')"

    def __format__(self, fmt_str: str) -> str:
        if fmt_str == "":
            return self.__str__()
        if fmt_str not in ("ascii", "unicode"):
            raise ValueError(f"Unsupported format string '{fmt_str}' passed to "
                             f"{self.__class__}.__format__. Valid options are 'ascii' "
                             "and 'unicode'")
        if fmt_str == "ascii":
            return self._generate_string(self._str_term_ascii)
        return self._generate_string(self._str_term_unicode)

    def __str__(self) -> str:
        if self._use_unicode:
            return self._generate_string(self._str_term_unicode)
        return self._generate_string(self._str_term_ascii)

    def _format_term(self, scalar_format: Callable, off: Any, scale: Any) -> tuple[str, bool]:
        if off == 0 and scale == 1:
            return self.symbol, False
        if scale == 1:
            return f"{scalar_format(off)} + {self.symbol}", True
        if off == 0:
            return f"{scalar_format(scale)}{self.symbol}", True
        return f"{scalar_format(off)} + {scalar_format(scale)}{self.symbol}", True

    def _generate_string(self, term_method: Callable) -> str:
        linewidth = max(pu._printoptions().get("linewidth", 75), 1)
        coefs = [pyscalar(v) for v in self.coef.tensor]
        out_s = pu.format_float(coefs[0])
        off, scale = self.mapparms()
        off, scale = pyscalar(off), pyscalar(scale)
        scaled_symbol, needs_parens = self._format_term(pu.format_float, off, scale)
        if needs_parens:
            scaled_symbol = "(" + scaled_symbol + ")"
        rest = coefs[1:]
        for i, coef in enumerate(rest):
            out_s += " "
            power = str(i + 1)
            try:
                if isinstance(coef, complex):  # NumPy orders complex lexicographically
                    nonneg = (coef.real, coef.imag) >= (0.0, 0.0)
                    next_term = ("+ " + str(coef)) if nonneg else ("- " + str(-coef))
                elif coef >= 0:
                    next_term = "+ " + pu.format_float(coef, parens=True)
                else:
                    next_term = "- " + pu.format_float(-coef, parens=True)
            except TypeError:
                next_term = f"+ {coef}"
            next_term += term_method(power, scaled_symbol)
            line_len = len(out_s.split("\n")[-1]) + len(next_term)
            if i < len(rest) - 1:
                line_len += 2
            if line_len >= linewidth:
                next_term = next_term.replace(" ", "\n", 1)
            out_s += next_term
        return out_s

    @classmethod
    def _str_term_unicode(cls, i: str, arg_str: str) -> str:
        if cls.basis_name is None:
            raise NotImplementedError("Subclasses must define either a basis_name, or override "
                                      "_str_term_unicode(cls, i, arg_str)")
        return f"·{cls.basis_name}{i.translate(_SUBSCRIPTS)}({arg_str})"

    @classmethod
    def _str_term_ascii(cls, i: str, arg_str: str) -> str:
        if cls.basis_name is None:
            raise NotImplementedError("Subclasses must define either a basis_name, or override "
                                      "_str_term_ascii(cls, i, arg_str)")
        return f" {cls.basis_name}_{i}({arg_str})"

    # ---------------------------------------------------------- container / call

    def __len__(self) -> int:
        return self.coef.tensor.shape[0]

    def __iter__(self):
        return iter(self.coef)

    def __call__(self, arg: Any) -> Any:
        if isinstance(arg, ABCPolyBase):
            off, scl = (pyscalar(v) for v in self.mapparms())
            return self._val(off + scl * arg, self.coef)
        arg = pu.mapdomain(arg, self.domain, self.window)
        return self._val(arg, self.coef)

    def __getstate__(self) -> dict:
        return dict(self.__dict__)

    def __setstate__(self, state: dict) -> None:
        self.__dict__ = state

    # ---------------------------------------------------------- arithmetic

    def __neg__(self) -> ABCPolyBase:
        return self._new(-self.coef)

    def __pos__(self) -> ABCPolyBase:
        return self

    def _binop(self, f: Callable, a: Any, b: Any) -> Any:
        try:
            coef = f(a, b)
        except Exception:  # noqa: BLE001
            return NotImplemented
        return self._new(coef)

    def __add__(self, other: Any) -> Any:
        return self._binop(self._add, self.coef, self._get_coefficients(other))

    def __sub__(self, other: Any) -> Any:
        return self._binop(self._sub, self.coef, self._get_coefficients(other))

    def __mul__(self, other: Any) -> Any:
        return self._binop(self._mul, self.coef, self._get_coefficients(other))

    def __radd__(self, other: Any) -> Any:
        return self._binop(self._add, other, self.coef)

    def __rsub__(self, other: Any) -> Any:
        return self._binop(self._sub, other, self.coef)

    def __rmul__(self, other: Any) -> Any:
        return self._binop(self._mul, other, self.coef)

    def __truediv__(self, other: Any) -> Any:
        if not isinstance(other, (numbers.Number, tnp.generic)) or isinstance(other, bool):
            raise TypeError(f"unsupported types for true division: '{type(self)}', "
                            f"'{type(other)}'")
        return self.__floordiv__(other)

    def __floordiv__(self, other: Any) -> Any:
        res = self.__divmod__(other)
        if res is NotImplemented:
            return res
        return res[0]

    def __mod__(self, other: Any) -> Any:
        res = self.__divmod__(other)
        if res is NotImplemented:
            return res
        return res[1]

    def __divmod__(self, other: Any) -> Any:
        othercoef = self._get_coefficients(other)
        return self._divmod(self.coef, othercoef)

    def _divmod(self, a: Any, b: Any) -> Any:
        try:
            quo, rem = self._div(a, b)
        except ZeroDivisionError:
            raise
        except Exception:  # noqa: BLE001
            return NotImplemented
        return self._new(quo), self._new(rem)

    def __rfloordiv__(self, other: Any) -> Any:
        res = self._divmod(other, self.coef)
        return res if res is NotImplemented else res[0]

    def __rmod__(self, other: Any) -> Any:
        res = self._divmod(other, self.coef)
        return res if res is NotImplemented else res[1]

    def __rdivmod__(self, other: Any) -> Any:
        return self._divmod(other, self.coef)

    def __pow__(self, other: Any) -> Any:
        return self._new(self._pow(self.coef, other, maxpower=self.maxpower))

    # ---------------------------------------------------------- methods

    def copy(self) -> ABCPolyBase:
        """A copy of the series."""
        return self._new(self.coef)

    def degree(self) -> int:
        """The degree of the series (len(coef) - 1)."""
        return len(self) - 1

    def cutdeg(self, deg: int) -> ABCPolyBase:
        """The series truncated to degree ``deg``."""
        return self.truncate(deg + 1)

    def trim(self, tol: Any = 0) -> ABCPolyBase:
        """The series with trailing coefficients of absolute value <= ``tol`` removed."""
        return self._new(pu.trimcoef(self.coef, tol))

    def truncate(self, size: Any) -> ABCPolyBase:
        """The series truncated to ``size`` coefficients."""
        isize = int(size)
        if isize != size or isize < 1:
            raise ValueError("size must be a positive integer")
        if isize >= len(self):
            coef = self.coef
        else:
            coef = self.coef[:isize]
        return self._new(coef)

    def convert(self, domain: Any = None, kind: Any = None, window: Any = None) -> Any:
        """The series converted to another class / domain / window."""
        if kind is None:
            kind = self.__class__
        if domain is None:
            domain = kind.domain
        if window is None:
            window = kind.window
        return self(kind.identity(domain, window=window, symbol=self.symbol))

    def mapparms(self) -> tuple[Any, Any]:
        """``(off, scl)`` of the map from ``domain`` to ``window``."""
        return pu.mapparms(self.domain, self.window)

    def integ(self, m: int = 1, k: Any = [], lbnd: Any = None) -> ABCPolyBase:  # noqa: B006
        """The integral of the series (in the domain's variable)."""
        off, scl = self.mapparms()
        if lbnd is None:
            lbnd = 0
        else:
            lbnd = off + scl * lbnd
        coef = self._int(self.coef, m, k, lbnd, 1.0 / scl)
        return self._new(coef)

    def deriv(self, m: int = 1) -> ABCPolyBase:
        """The derivative of the series (in the domain's variable)."""
        off, scl = self.mapparms()
        return self._new(self._der(self.coef, m, scl))

    def roots(self) -> ndarray:
        """The roots of the series, in the domain."""
        r = self._roots(self.coef)
        return pu.mapdomain(r, self.window, self.domain)

    def linspace(self, n: int = 100, domain: Any = None) -> tuple[ndarray, ndarray]:
        """``(x, self(x))`` at ``n`` equally spaced points of ``domain``."""
        if domain is None:
            domain = self.domain
        d0, d1 = pyscalar(domain[0]), pyscalar(domain[1])
        x = out(torch.linspace(d0, d1, n, dtype=torch.float64))
        return x, self(x)

    @classmethod
    def fit(cls, x: Any, y: Any, deg: Any, domain: Any = None, rcond: Any = None,
            full: bool = False, w: Any = None, window: Any = None, symbol: str = "x") -> Any:
        """Least squares fit of a series to data (see NumPy's ``Polynomial.fit``)."""
        if domain is None:
            domain = pu.getdomain(x)
            if domain[0] == domain[1]:
                domain[0] -= 1
                domain[1] += 1
        elif isinstance(domain, list) and len(domain) == 0:
            domain = cls.domain
        if window is None:
            window = cls.window
        xnew = pu.mapdomain(x, domain, window)
        res = cls._fit(xnew, y, deg, w=w, rcond=rcond, full=full)
        if full:
            coef, status = res
            return cls(coef, domain=domain, window=window, symbol=symbol), status
        return cls(res, domain=domain, window=window, symbol=symbol)

    @classmethod
    def fromroots(cls, roots: Any, domain: Any = [], window: Any = None,  # noqa: B006
                  symbol: str = "x") -> ABCPolyBase:
        """The series with the given roots."""
        [r] = pu.as_series([roots], trim=False)
        if domain is None:
            domain = pu.getdomain(r)
        elif isinstance(domain, list) and len(domain) == 0:
            domain = cls.domain
        if window is None:
            window = cls.window
        deg = len(r)
        off, scl = pu.mapparms(domain, window)
        rnew = off + scl * r
        coef = cls._fromroots(rnew) / scl ** deg
        return cls(coef, domain=domain, window=window, symbol=symbol)

    @classmethod
    def identity(cls, domain: Any = None, window: Any = None, symbol: str = "x") -> ABCPolyBase:
        """The identity ``x`` as a series of this class."""
        if domain is None:
            domain = cls.domain
        if window is None:
            window = cls.window
        off, scl = pu.mapparms(window, domain)
        coef = cls._line(off, scl)
        return cls(coef, domain, window, symbol)

    @classmethod
    def basis(cls, deg: Any, domain: Any = None, window: Any = None,
              symbol: str = "x") -> ABCPolyBase:
        """The basis polynomial of degree ``deg``."""
        if domain is None:
            domain = cls.domain
        if window is None:
            window = cls.window
        ideg = int(deg)
        if ideg != deg or ideg < 0:
            raise ValueError("deg must be non-negative integer")
        return cls([0] * ideg + [1], domain, window, symbol)

    @classmethod
    def cast(cls, series: ABCPolyBase, domain: Any = None, window: Any = None) -> ABCPolyBase:
        """``series`` converted to this class."""
        if domain is None:
            domain = cls.domain
        if window is None:
            window = cls.window
        return series.convert(domain, cls, window)


def make_class(name: str, module: str, fns: dict, prefix: str, domain: list, window: list,
               basis_name: str | None, doc: str) -> type:
    """A concrete series class wired to a family's functions."""
    ns: dict[str, Any] = {"__module__": module, "__doc__": doc, "basis_name": basis_name,
                          "domain": tnp.asarray(domain), "window": tnp.asarray(window)}
    for key, fname in (("_add", "add"), ("_sub", "sub"), ("_mul", "mul"), ("_div", "div"),
                       ("_pow", "pow"), ("_val", "val"), ("_int", "int"), ("_der", "der"),
                       ("_fit", "fit"), ("_line", "line"), ("_roots", "roots"),
                       ("_fromroots", "fromroots")):
        ns[key] = staticmethod(fns[prefix + fname])
    return type(name, (ABCPolyBase,), ns)
