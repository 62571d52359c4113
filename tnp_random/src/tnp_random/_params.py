"""Argument handling shared by the samplers: ``size``, float parameters, shapes, devices."""

from __future__ import annotations

import math
import operator
import os
import sys
import warnings
from typing import Any, Union

import torch

__all__ = [
    "FloatParam",
    "normalize_size",
    "float_param",
    "int_param",
    "check_non_negative",
    "result_shape",
    "broadcast",
    "device_of",
    "dims",
    "warn",
]

FloatParam = Union[float, torch.Tensor]
"""A distribution parameter: a Python float, or a float64 tensor with at least one dimension."""

_F64 = torch.float64


def normalize_size(size: Any) -> tuple[int, ...] | None:
    """NumPy's ``size=``: None, an integer or a sequence of integers (non-negative)."""
    if size is None:
        return None
    try:
        shape: tuple[int, ...] = (operator.index(size),)
    except TypeError:
        try:
            shape = tuple(operator.index(d) for d in size)
        except TypeError:
            raise TypeError(
                f"expected a sequence of integers or a single integer, got '{size!r}'"
            ) from None
    if any(d < 0 for d in shape):
        raise ValueError("negative dimensions are not allowed")
    return shape


def dims(args: tuple[Any, ...]) -> tuple[int, ...]:
    """The ``*args`` of ``rand`` / ``randn`` as a shape."""
    shape = tuple(map(operator.index, args))
    if any(d < 0 for d in shape):
        raise ValueError("negative dimensions are not allowed")
    return shape


def float_param(x: Any) -> FloatParam:
    """A real parameter as a Python float (scalars, 0-d tensors) or a float64 tensor."""
    if isinstance(x, torch.Tensor):
        if x.is_complex():
            raise TypeError("float() argument must be a string or a real number, not 'complex'")
        if x.dim() == 0:
            return float(x.item())
        return x if x.dtype is _F64 else x.to(_F64)
    if isinstance(x, complex):
        raise TypeError("float() argument must be a string or a real number, not 'complex'")
    return float(x)


def int_param(x: Any) -> FloatParam:
    """An integer parameter (``binomial``'s ``n``, ``hypergeometric``'s counts) as NumPy
    casts it to int64: truncated toward zero (a float64 value, ``-0.5`` gives ``0.0``); NaN is
    a ValueError, infinities and values beyond int64 an OverflowError."""
    v = float_param(x)
    if isinstance(v, torch.Tensor):
        if not bool(torch.isfinite(v).all()):
            v = v[~torch.isfinite(v)][:1].item()  # the first bad value, raised on below
        elif bool((v.abs() >= 2.0**63).any()):
            raise OverflowError("Python int too large to convert to C long")
        else:
            return torch.trunc(v).add_(0.0)
    if math.isnan(v):
        raise ValueError("cannot convert float NaN to integer")
    if math.isinf(v):
        raise OverflowError("cannot convert float infinity to integer")
    if abs(v) >= 2.0**63:
        raise OverflowError("Python int too large to convert to C long")
    return float(math.trunc(v))


def check_non_negative(x: FloatParam, name: str) -> None:
    """NumPy's check: a negative value (``-0.0`` included, NaN excluded) is a ValueError."""
    if isinstance(x, torch.Tensor):
        bad = bool((torch.signbit(x) & ~torch.isnan(x)).any())
    else:
        bad = math.copysign(1.0, x) < 0 and not math.isnan(x)
    if bad:
        raise ValueError(f"{name} < 0")


def broadcast(*shapes: tuple[int, ...]) -> tuple[int, ...] | None:
    """NumPy's broadcast of ``shapes``, or None when they do not broadcast."""
    ndim = max(map(len, shapes), default=0)
    out = [1] * ndim
    for shape in shapes:
        for i, d in enumerate(shape, ndim - len(shape)):
            if d != out[i]:
                if out[i] != 1 and d != 1:
                    return None
                if d != 1:
                    out[i] = d
    return tuple(out)


def result_shape(size: tuple[int, ...] | None, params: tuple[Any, ...]) -> tuple[int, ...] | None:
    """The output shape; None when NumPy returns a Python scalar (no size, scalar params).

    Tensor parameters broadcast together; with ``size`` they must broadcast *to* ``size``.
    """
    shapes = [tuple(p.shape) for p in params if isinstance(p, torch.Tensor)]
    if not shapes:
        return size
    inputs = broadcast(*shapes)
    if inputs is None or size is not None and broadcast(size, inputs) is None:
        _mismatch(([size] if size is not None else []) + shapes)
    if size is None:
        return inputs or None
    if broadcast(size, inputs) != size:
        raise ValueError(
            f"Output size {size} is not compatible with broadcast dimensions of inputs {inputs}."
        )
    return size


def _mismatch(shapes: list[tuple[int, ...]]) -> None:
    """NumPy's broadcast error, naming the first pair of arguments that do not broadcast."""
    for j in range(1, len(shapes)):
        for i in range(j):
            if broadcast(shapes[i], shapes[j]) is None:
                raise ValueError(
                    "shape mismatch: objects cannot be broadcast to a single shape.  Mismatch "
                    f"is between arg {i} with shape {shapes[i]} and arg {j} with shape "
                    f"{shapes[j]}."
                )
    raise ValueError("shape mismatch: objects cannot be broadcast to a single shape.")


def device_of(*params: Any) -> torch.device:
    """Where to sample: the device of the first tensor parameter, else torch's default."""
    for p in params:
        if isinstance(p, torch.Tensor):
            return p.device
    return torch.get_default_device()


# NumPy's parameter constraints (``_common.pyx``'s ``check_constraint``): the predicate that
# must hold for every element, and the message when it does not.  NaN fails every predicate
# but ``nonneg`` and ``pos`` (NumPy lets NaN through there: ``beta(nan, 1)`` is NaN).
_CONSTRAINTS: dict[str, tuple[Any, str]] = {
    "pos": (lambda x: ~(x <= 0) if isinstance(x, torch.Tensor) else not x <= 0, "{0} <= 0"),
    "pos_notnan": (lambda x: x > 0, "{0} <= 0"),
    "unit": (lambda x: (x >= 0) & (x <= 1), "{0} < 0, {0} > 1 or {0} is NaN"),
    "unit_gt0": (lambda x: (x > 0) & (x <= 1), "{0} <= 0, {0} > 1 or {0} contains NaNs"),
    "unit_lt1": (lambda x: (x >= 0) & (x < 1), "{0} < 0, {0} >= 1 or {0} is NaN"),
    "gt1": (lambda x: x > 1, "{0} <= 1 or {0} is NaN"),
    "gte1": (lambda x: x >= 1, "{0} < 1 or {0} is NaN"),
    "poisson": (lambda x: x >= 0, "{0} < 0 or {0} is NaN"),
}

POISSON_LAM_MAX = 9.223372006484771e18
"""NumPy's largest Poisson mean (beyond it: ``ValueError: lam value too large``)."""


def check(x: FloatParam, kind: str, name: str) -> None:
    """Raise NumPy's ValueError when ``x`` violates the constraint ``kind``."""
    if kind == "nonneg":
        check_non_negative(x, name)
        return
    if kind == "poisson" and isinstance(x, torch.Tensor):
        # NumPy's array check: NaN or too large first, then negative
        if bool((torch.isnan(x) | (x > POISSON_LAM_MAX)).any()):
            raise ValueError("lam value too large")
        if bool((x < 0).any()):
            raise ValueError("lam < 0 or lam contains NaNs")
        return
    pred, message = _CONSTRAINTS[kind]
    ok = pred(x)
    if isinstance(ok, torch.Tensor):
        if not bool(ok.all()):  # NumPy's array messages say "contains NaNs"
            raise ValueError(message.format(name).replace("is NaN", "contains NaNs"))
    elif not ok:
        raise ValueError(message.format(name))
    if kind == "poisson":
        big = bool((x > POISSON_LAM_MAX).any()) if isinstance(x, torch.Tensor) else (
            x > POISSON_LAM_MAX
        )
        if big:
            raise ValueError("lam value too large")


_OWN_DIRS = tuple(
    os.path.dirname(os.path.abspath(m.__file__)) + os.sep
    for m in (sys.modules[__name__.rpartition(".")[0]], sys.modules["tnp_core"])
    if getattr(m, "__file__", None)
)


def warn(message: str, category: type[Warning]) -> None:
    """``warnings.warn`` attributed to the caller's first frame outside tnp (the user's
    line, whether a method or a module-level function was called).  Warning paths only."""
    level, frame = 2, sys._getframe(1)  # level 2: the frame that called warn()
    while frame is not None and frame.f_code.co_filename.startswith(_OWN_DIRS):
        level += 1
        frame = frame.f_back
    warnings.warn(message, category, stacklevel=level)
