"""The remaining ufuncs: gcd/lcm, ldexp/frexp, modf, nextafter/spacing, heaviside, gufuncs, ..."""

from __future__ import annotations

from tnp_core.plugins import UfuncDef

__all__ = ["UFUNCS"]

UFUNCS: list[UfuncDef] = []
