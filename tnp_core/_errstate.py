"""Floating-point error handling: ``seterr``, ``geterr``, ``errstate``, ``seterrcall``, buffers.

**Default: no checks.**  NumPy checks the CPU's floating-point flags after every ufunc loop and
warns on division by zero, overflow and invalid operations.  Checking a torch result costs a
full pass over it (and a device synchronisation on a GPU), so tnp's default state is
``ignore`` for all four categories and ufuncs pay nothing (one module-level flag read).  Under
``seterr`` / ``errstate`` with ``warn``, ``raise``, ``call``, ``print`` or ``log``, floating
and integer ufunc results are inspected and NumPy's ``RuntimeWarning`` /
``FloatingPointError`` / callback follow with NumPy's messages ("divide by zero encountered in
divide").  The inspection looks at the values (a ``nan`` produced from non-``nan`` inputs is
``invalid``, an ``inf`` from finite inputs is ``divide`` for division-like ufuncs and
``over`` otherwise, a zero or subnormal produced from non-zero inputs by ``multiply`` /
``divide`` / ``power`` / ``exp``-like ufuncs is ``under``), not hardware flags.

The state is per context (a ``ContextVar``), like NumPy 2's: threads and asyncio tasks each
see their own.
"""

from __future__ import annotations

import contextlib
import contextvars
import sys
import warnings
from typing import Any

import torch
from torch.compiler import is_dynamo_compiling as compiling

__all__ = [
    "errstate",
    "getbufsize",
    "geterr",
    "geterrcall",
    "setbufsize",
    "seterr",
    "seterrcall",
]

_CATEGORIES = ("divide", "over", "under", "invalid")
_MODES = ("ignore", "warn", "raise", "call", "print", "log")
_DEFAULT = {"divide": "ignore", "over": "ignore", "under": "ignore", "invalid": "ignore"}
_MESSAGES = {
    "divide": "divide by zero",
    "over": "overflow",
    "under": "underflow",
    "invalid": "invalid value",
}
_FLAGS = {"divide": 1, "over": 2, "under": 4, "invalid": 8}


class _State:
    __slots__ = ("modes", "call", "bufsize")

    def __init__(self, modes: dict[str, str], call: Any, bufsize: int) -> None:
        self.modes = modes
        self.call = call
        self.bufsize = bufsize


# states are never mutated, only replaced: sharing the default object is safe
_state: contextvars.ContextVar[_State] = contextvars.ContextVar(
    "tnp_errstate", default=_State(dict(_DEFAULT), None, 8192)  # noqa: B039
)

checking = False
"""True once any context asked for a check: the ufunc path reads only this flag otherwise."""


def _set(modes: dict[str, str] | None = None, call: Any = ..., bufsize: int | None = None) -> None:
    global checking
    old = _state.get()
    new = _State(
        old.modes if modes is None else modes,
        old.call if call is ... else call,
        old.bufsize if bufsize is None else bufsize,
    )
    _state.set(new)
    if any(m != "ignore" for m in new.modes.values()):
        checking = True


def _validated(all: str | None, divide: str | None, over: str | None, under: str | None,
               invalid: str | None) -> dict[str, str]:
    modes = dict(_state.get().modes)
    given = {"divide": divide, "over": over, "under": under, "invalid": invalid}
    for category in _CATEGORIES:
        mode = given[category] if given[category] is not None else all
        if mode is None:
            continue
        if mode not in _MODES:
            raise ValueError(f"Invalid floating point error mode {mode!r}; valid modes are "
                             f"{', '.join(map(repr, _MODES))}")
        modes[category] = mode
    return modes


def geterr() -> dict[str, str]:
    """How floating-point errors are handled in this context (tnp default: all ``ignore``)."""
    return dict(_state.get().modes)


def seterr(all: str | None = None, divide: str | None = None, over: str | None = None,
           under: str | None = None, invalid: str | None = None) -> dict[str, str]:
    """Set how floating-point errors are handled; returns the previous settings."""
    old = geterr()
    _set(_validated(all, divide, over, under, invalid))
    return old


def geterrcall() -> Any:
    """The function (or object with ``write``) used by the ``call`` / ``log`` modes."""
    return _state.get().call


def seterrcall(func: Any) -> Any:
    """Set the callback of the ``call`` mode (``func(err, flag)``) or ``log`` mode (``.write``)."""
    if func is not None and not callable(func):
        if not hasattr(func, "write") or not callable(func.write):
            raise ValueError("Only callable can be used as callback")
    old = _state.get().call
    _set(call=func)
    return old


def getbufsize() -> int:
    """The size of the buffer used in ufuncs (kept for NumPy compatibility; torch ignores it)."""
    return _state.get().bufsize


def setbufsize(size: int) -> int:
    """Set the ufunc buffer size (validated, recorded, otherwise unused); returns the old one."""
    size = int(size)
    if size < 0:
        raise ValueError("buffer size must be non-negative")
    if size > 10e6:
        raise ValueError(f"Buffer size, {size}, is too big")
    if size < 5:
        raise ValueError(f"Buffer size, {size}, is too small")
    if size % 16 != 0:
        raise ValueError(f"Buffer size, {size}, is not a multiple of 16")
    old = getbufsize()
    _set(bufsize=size)
    return old


class _Unspecified:
    pass


class errstate(contextlib.ContextDecorator):
    """Context manager and decorator setting floating-point error handling for a block."""

    def __init__(self, *, call: Any = _Unspecified, all: str | None = None,
                 divide: str | None = None, over: str | None = None, under: str | None = None,
                 invalid: str | None = None) -> None:
        self._call = call
        self._all, self._divide, self._over = all, divide, over
        self._under, self._invalid = under, invalid
        self._tokens: list[contextvars.Token[_State]] = []

    def __enter__(self) -> errstate:
        global checking
        old = _state.get()
        modes = _validated(self._all, self._divide, self._over, self._under, self._invalid)
        if self._call is not _Unspecified and self._call is not None and not callable(
            self._call
        ) and not hasattr(self._call, "write"):
            raise ValueError("Only callable can be used as callback")
        call = old.call if self._call is _Unspecified else self._call
        self._tokens.append(_state.set(_State(modes, call, old.bufsize)))
        if any(m != "ignore" for m in modes.values()):
            checking = True
        return self

    def __exit__(self, *exc: object) -> None:
        _state.reset(self._tokens.pop())


# ---------------------------------------------------------------- reporting


def report(category: str, ufunc_name: str, flags: int | None = None) -> None:
    """Act on one floating-point error of ``category`` raised by ``ufunc_name``.

    ``flags``: NumPy's status bits of every error of the call (divide 1, over 2, under 4,
    invalid 8), passed to a ``call`` callback.
    """
    state = _state.get()
    mode = state.modes[category]
    if mode == "ignore":
        return
    message = f"{_MESSAGES[category]} encountered in {ufunc_name}"
    if mode == "warn":
        warnings.warn(message, RuntimeWarning, stacklevel=4)
    elif mode == "raise":
        raise FloatingPointError(message)
    elif mode == "print":
        print(f"Warning: {message}", file=sys.stdout)
    elif mode == "call":
        func = state.call
        if func is None:
            raise ValueError(f"No callback set for floating point error {category!r}")
        func(_MESSAGES[category], _FLAGS[category] if flags is None else flags)
    elif mode == "log":
        log = state.call
        if log is None or not hasattr(log, "write"):
            raise ValueError(f"No log object set for floating point error {category!r}")
        log.write(f"Warning: {message}\n")


_DIVISION = frozenset({
    "divide", "floor_divide", "remainder", "fmod", "divmod", "reciprocal", "log", "log2",
    "log10", "log1p", "arctanh", "power", "float_power", "logaddexp", "logaddexp2",
})
_INTEGER_DIVISION = frozenset({"floor_divide", "remainder", "fmod", "divmod"})
_UNDERFLOWS = frozenset({
    "multiply", "divide", "power", "float_power", "exp", "exp2", "expm1", "ldexp", "square",
})


def _tensors(inputs: tuple[Any, ...], like: torch.Tensor) -> list[torch.Tensor]:
    out = []
    for x in inputs:
        if isinstance(x, torch.Tensor):
            out.append(x)
        elif isinstance(x, (int, float, complex)) and not isinstance(x, bool):
            dt = (torch.complex128 if isinstance(x, complex) else torch.float64
                  if isinstance(x, float) else torch.int64)
            if dt is torch.int64 and not -(2**63) <= x < 2**63:
                dt = torch.float64
            out.append(torch.tensor(x, dtype=dt, device=like.device))
    return out


def _any(mask: torch.Tensor) -> bool:
    return bool(mask.any())


def check(ufunc_name: str, inputs: tuple[Any, ...], results: tuple[torch.Tensor, ...]) -> None:
    """Inspect the results of one ufunc call and report NumPy's floating-point errors.

    Not inside a ``torch.compile`` graph: the check reads the data and the context's state,
    neither of which a graph can do (compiled code behaves as under ``errstate(all='ignore')``).
    """
    if compiling():
        return
    modes = _state.get().modes
    if all(m == "ignore" for m in modes.values()):
        return
    for r in results:
        if not isinstance(r, torch.Tensor) or r.numel() == 0:
            continue
        ins = _tensors(inputs, r)
        if not (r.is_floating_point() or r.is_complex()):
            if ufunc_name in _INTEGER_DIVISION and len(ins) == 2 and not (
                ins[1].is_floating_point() or ins[1].is_complex()
            ) and _any(ins[1] == 0):
                report("divide", ufunc_name)
            continue
        finite_in = torch.ones((), dtype=torch.bool, device=r.device)
        nan_in = torch.zeros((), dtype=torch.bool, device=r.device)
        zero_in = torch.zeros((), dtype=torch.bool, device=r.device)
        for x in ins:
            if x.is_floating_point() or x.is_complex():
                finite_in = finite_in & x.isfinite()
                nan_in = nan_in | x.isnan()
            zero_in = zero_in | (x == 0)
        found = set()
        produced_inf = r.isinf() & finite_in
        if _any(produced_inf):
            division = ufunc_name in _DIVISION and _any(produced_inf & zero_in)
            found.add("divide" if division else "over")
        if modes["under"] != "ignore" and ufunc_name in _UNDERFLOWS:
            tiny = torch.finfo(r.real.dtype if r.is_complex() else r.dtype).tiny
            magnitude = r.abs()
            if _any((magnitude < tiny) & ~zero_in & finite_in):
                found.add("under")
        if modes["invalid"] != "ignore" and _any(r.isnan() & ~nan_in):
            found.add("invalid")
        flags = sum(_FLAGS[c] for c in found)
        for category in _CATEGORIES:  # NumPy's order: divide, over, under, invalid
            if category in found:
                report(category, ufunc_name, flags)
