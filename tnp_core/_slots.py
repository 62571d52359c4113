"""What serves a public name at call time: a ``Slot`` per name, and scoped overrides.

A slot holds the ordered kernels of a name (highest precedence first).  Public functions and
ufuncs keep a reference to their slot, so re-assembly (a plugin registered, unregistered or
blocked) updates them in place: code that did ``from tnp_core import add`` sees the change.
"""

from __future__ import annotations

import contextvars
import threading
from collections.abc import Callable
from typing import Any

import torch

from .exceptions import NoKernelError

__all__ = ["Slot", "Provider", "scoped", "mark_numpy_error", "translate_torch_error"]


class Provider:
    """One plugin's kernel for one name."""

    __slots__ = (
        "name",
        "kernel",
        "plugin",
        "distribution",
        "version",
        "is_default",
        "priority",
        "python_scalars",
    )

    def __init__(
        self,
        name: str,
        kernel: Callable[..., Any],
        plugin: str,
        distribution: str | None = None,
        version: str | None = None,
        is_default: bool = False,
        priority: int = 0,
        python_scalars: bool = False,
    ) -> None:
        self.name = name
        self.kernel = kernel
        self.plugin = plugin
        self.distribution = distribution
        self.version = version
        self.is_default = is_default
        self.priority = priority
        self.python_scalars = python_scalars

    def describe(self) -> str:
        dist = f" ({self.distribution} {self.version})" if self.distribution else ""
        return f"plugin {self.plugin!r}{dist}"

    def __repr__(self) -> str:
        kind = "default" if self.is_default else f"priority {self.priority}"
        return f"<Provider {self.name} from {self.describe()}, {kind}>"


class Slot:
    """The kernels serving one public name, in precedence order.

    ``kernels[0]`` always exists: when nothing provides the name it is a function that raises
    the explanatory error, so the call path needs no emptiness check.
    """

    __slots__ = ("name", "providers", "kernels", "first_python_scalars")

    def __init__(self, name: str) -> None:
        self.name = name
        self.providers: tuple[Provider, ...] = ()
        self.kernels: tuple[Callable[..., Any], ...] = ()
        self.first_python_scalars = False

    def set(self, providers: tuple[Provider, ...], missing: Callable[..., Any]) -> None:
        self.providers = providers
        self.kernels = tuple(p.kernel for p in providers) or (missing,)
        self.first_python_scalars = bool(providers) and providers[0].python_scalars

    def fall_through(self, args: Any, kwargs: dict[str, Any], start: int = 1) -> Any:
        """Try the kernels after the first that declined; raise if all decline."""
        for k in self.kernels[start:]:
            r = k(*args, **kwargs)
            if r is not NotImplemented:
                return r
        tried = ", ".join(p.describe() for p in self.providers)
        raise NoKernelError(f"no kernel for {self.name!r} accepted these arguments; tried: {tried}")

    def call(self, args: Any, kwargs: dict[str, Any]) -> Any:
        """Call with scoped overrides of the current context taken into account."""
        for k in scoped.kernels_for(self.name):
            r = k(*args, **kwargs)
            if r is not NotImplemented:
                return r
        r = self.kernels[0](*args, **kwargs)
        if r is NotImplemented:
            r = self.fall_through(args, kwargs)
        return r


class _Scoped:
    """Overrides visible only inside a ``with`` block, in the context that opened it.

    ``count`` is a process-wide number of open scopes; the call path reads only it, and
    consults the context variable when it is non-zero.
    """

    def __init__(self) -> None:
        self.count = 0
        self._lock = threading.Lock()
        self._var: contextvars.ContextVar[dict[str, tuple[Callable[..., Any], ...]] | None] = (
            contextvars.ContextVar("tnp_scoped_overrides", default=None)
        )

    def kernels_for(self, name: str) -> tuple[Callable[..., Any], ...]:
        return (self._var.get() or {}).get(name, ())

    def push(self, name: str, kernel: Callable[..., Any]) -> contextvars.Token:
        current = self._var.get() or {}
        new = dict(current)
        new[name] = (kernel, *current.get(name, ()))
        with self._lock:
            self.count += 1
        return self._var.set(new)

    def pop(self, token: contextvars.Token) -> None:
        self._var.reset(token)
        with self._lock:
            self.count -= 1


scoped = _Scoped()


_NUMPY_ERROR = "_tnp_numpy_error"


def mark_numpy_error(e: Exception) -> Exception:
    """Mark ``e`` as NumPy's own exception: :func:`translate_torch_error` passes it unchanged."""
    setattr(e, _NUMPY_ERROR, True)
    return e


def translate_torch_error(e: RuntimeError, name: str) -> Exception:
    """A NumPy-typed exception for an error torch raised inside a kernel (``e`` itself where a
    kernel raised it as NumPy's RuntimeError, see :func:`mark_numpy_error`)."""
    if getattr(e, _NUMPY_ERROR, False):
        return e
    msg = str(e).split("\n")[0]
    low = msg.lower()
    if isinstance(e, NotImplementedError) or "not implemented for" in low:
        return TypeError(f"{name}: operation not supported for these dtypes ({msg})")
    if "same device" in low or "device" in low and "expected" in low:
        return ValueError(
            f"{name}: operands are on different devices; tnp never moves data between devices "
            f"implicitly ({msg})"
        )
    if "index" in low and "out of bounds" in low:
        return IndexError(f"{name}: {msg}")
    if "singular" in low:
        from .exceptions import LinAlgError

        return LinAlgError(msg)
    if "dtype" in low or "type" in low and "expected" in low:
        return TypeError(f"{name}: {msg}")
    return ValueError(f"{name}: {msg}")


def broadcast_error(shapes: list[tuple[int, ...]]) -> ValueError | None:
    """NumPy's broadcast error if ``shapes`` do not broadcast, else None."""
    try:
        torch.broadcast_shapes(*shapes)
    except RuntimeError:
        return ValueError(
            "operands could not be broadcast together with shapes "
            + " ".join(str(tuple(s)).replace(",)", ",)") for s in shapes)
        )
    return None
