"""``tnp_core.testing.overrides``: which tnp callables can be overridden.

In NumPy these list the callables reachable through ``__array_ufunc__`` /
``__array_function__``.  In tnp every public function and ufunc is served by the plugin
registry, and that is where they are overridden (a third-party kernel wins over a default).
The functions below therefore answer for the assembled ``tnp_core`` namespace:

- ``get_overridable_numpy_ufuncs()``: the set of ``tnp_core.ufunc`` objects of the namespace;
- ``allows_array_ufunc_override(func)``: ``isinstance(func, tnp_core.ufunc)``;
- ``get_overridable_numpy_array_functions()``: the set of the namespace's public functions
  that are not ufuncs (each one is served by a replaceable kernel);
- ``allows_array_function_override(func)``: membership in that set.
"""

from __future__ import annotations

from typing import Any

__all__ = [
    "allows_array_function_override",
    "allows_array_ufunc_override",
    "get_overridable_numpy_array_functions",
    "get_overridable_numpy_ufuncs",
]


def _namespace_objects() -> list[Any]:
    import tnp_core

    out = []
    for name in tnp_core.registry.provided_names(""):
        try:
            out.append(getattr(tnp_core, name))
        except AttributeError:
            continue
    return out


def get_overridable_numpy_ufuncs() -> set:
    """All ufuncs of the ``tnp_core`` namespace (each one's kernel is replaceable)."""
    import tnp_core

    return {obj for obj in _namespace_objects() if isinstance(obj, tnp_core.ufunc)}


def allows_array_ufunc_override(func: Any) -> bool:
    """True when ``func`` is a ``tnp_core.ufunc``."""
    import tnp_core

    return isinstance(func, tnp_core.ufunc)


def get_overridable_numpy_array_functions() -> set:
    """All public functions of the ``tnp_core`` namespace that are not ufuncs."""
    import tnp_core

    return {
        obj for obj in _namespace_objects()
        if callable(obj) and not isinstance(obj, (type, tnp_core.ufunc))
    }


def allows_array_function_override(func: Any) -> bool:
    """True when ``func`` is one of the namespace's (replaceable) public functions."""
    try:
        return func in get_overridable_numpy_array_functions()
    except TypeError:  # unhashable
        return False
