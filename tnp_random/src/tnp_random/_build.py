"""Turning torch-level method kernels into public methods and module functions.

A method kernel takes ``self`` first and NumPy's parameters with the core's markers.
:func:`method` runs it through the core's normalizer (:func:`tnp_core._normalize.make_public`
with a private slot), so argument conversion, result wrapping and torch-error translation work
as for every public function.  :func:`bound_kernel` makes the kernel of a module-level legacy
function (``numpy.random.normal``) from a RandomState method kernel: NumPy's signature without
``self``, the method's annotations and docstring, calling the method on the global state.
"""

from __future__ import annotations

import inspect
import typing
from collections.abc import Callable
from typing import Any

from tnp_core._normalize import build_plan, make_public
from tnp_core._slots import Provider, Slot

__all__ = ["method", "bound_kernel"]

_VERSION = "0.1.0"


def _not_provided(*args: Any, **kwargs: Any) -> Any:  # pragma: no cover - slots are never empty
    raise RuntimeError("tnp_random: method without a kernel")


def method(owner: str, name: str, kernel: Callable[..., Any]) -> Callable[..., Any]:
    """The public method ``owner.name`` built from ``kernel`` (``self`` first)."""
    slot = Slot(f"random.{owner}.{name}")
    slot.set(
        (Provider(slot.name, kernel, "tnp_random", "tnp-random", _VERSION, is_default=True),),
        _not_provided,
    )
    plan = build_plan(kernel)
    return make_public(
        name, f"{owner}.{name}", slot, plan, inspect.getdoc(kernel), "tnp_core.random"
    )


def bound_kernel(name: str, kernel: Callable[..., Any], state: Callable[[], Any]
                 ) -> Callable[..., Any]:
    """A module-level kernel: ``kernel(state(), ...)`` with ``kernel``'s signature minus self."""

    def function(*args: Any, **kwargs: Any) -> Any:
        return kernel(state(), *args, **kwargs)

    sig = inspect.signature(kernel)
    hints = typing.get_type_hints(kernel, include_extras=True)
    hints.pop("self", None)
    function.__signature__ = sig.replace(  # type: ignore[attr-defined]
        parameters=list(sig.parameters.values())[1:]
    )
    function.__annotations__ = hints
    function.__name__ = name
    function.__qualname__ = name
    function.__doc__ = kernel.__doc__
    function.__module__ = kernel.__module__
    return function
