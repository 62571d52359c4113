"""Array creation: array, asarray, zeros, ones, empty, full, arange, linspace, eye, *_like."""

from __future__ import annotations

import math
from collections.abc import Callable
from typing import Any

import torch

from tnp_core.annotations import ArrayLike, DeviceLike, DTypeLike, ShapeLike
from tnp_core.kernel_utils import python_scalar_dtype

__all__ = ["KERNELS"]

_F64 = torch.float64


def _check_shape(shape: tuple[int, ...]) -> None:
    if any(n < 0 for n in shape):
        raise ValueError("negative dimensions are not allowed")


def _place(
    t: torch.Tensor, dtype: torch.dtype | None, device: torch.device | None, copy: bool | None
) -> torch.Tensor:
    """Cast / move ``t`` as asked; ``copy=False`` refuses to copy, ``copy=True`` always copies."""
    needs = (dtype is not None and dtype is not t.dtype) or (
        device is not None and device != t.device
    )
    if needs and copy is False:
        raise ValueError(
            "Unable to avoid copy while creating an array as requested.\nIf using "
            "`np.array(obj, copy=False)` replace it with `np.asarray(obj)` to allow a copy "
            "when needed (no behavior change in NumPy 1.x)."
        )
    if needs:
        r = t.to(device=device, dtype=dtype)
        return r.clone() if r is t and copy else r
    return t.clone() if copy else t


def array(
    object: ArrayLike,
    dtype: DTypeLike = None,
    *,
    copy: bool | None = True,
    order: str = "K",
    subok: bool = False,
    ndmin: int = 0,
    ndmax: int = 0,
    like: Any = None,
) -> torch.Tensor:
    """Create an array (a copy unless ``copy=False`` / ``None`` allows sharing)."""
    t = _place(object, dtype, None, copy)
    if t.dim() < ndmin:
        t = t.reshape((1,) * (ndmin - t.dim()) + tuple(t.shape))
    return t


def asarray(
    a: ArrayLike,
    dtype: DTypeLike = None,
    order: str | None = None,
    *,
    device: DeviceLike = None,
    copy: bool | None = None,
    like: Any = None,
) -> torch.Tensor:
    """Convert the input to an array, sharing memory when no conversion is needed."""
    return _place(a, dtype, device, copy)


def _factory(fill: Callable[..., torch.Tensor]) -> Callable[..., torch.Tensor]:
    def kernel(
        shape: ShapeLike,
        dtype: DTypeLike = None,
        order: str = "C",
        *,
        device: DeviceLike = None,
        like: Any = None,
    ) -> torch.Tensor:
        _check_shape(shape)
        return fill(shape, dtype=dtype or _F64, device=device)

    return kernel


zeros = _factory(torch.zeros)
zeros.__name__ = zeros.__qualname__ = "zeros"
zeros.__doc__ = "Return a new array of given shape and type, filled with zeros."
ones = _factory(torch.ones)
ones.__name__ = ones.__qualname__ = "ones"
ones.__doc__ = "Return a new array of given shape and type, filled with ones."
empty = _factory(torch.empty)
empty.__name__ = empty.__qualname__ = "empty"
empty.__doc__ = "Return a new array of given shape and type, without initializing entries."


def full(
    shape: ShapeLike,
    fill_value: ArrayLike,
    dtype: DTypeLike = None,
    order: str = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> torch.Tensor:
    """Return a new array of given shape and type, filled with ``fill_value``."""
    _check_shape(shape)
    dt = dtype or fill_value.dtype
    fv = fill_value.to(device=device) if device is not None else fill_value
    return fv.to(dt).broadcast_to(shape).clone()


def _like(fill: Callable[..., torch.Tensor], name: str, doc: str) -> Callable[..., torch.Tensor]:
    def kernel(
        a: ArrayLike,
        dtype: DTypeLike = None,
        order: str = "K",
        subok: bool = True,
        shape: ShapeLike | None = None,
        *,
        device: DeviceLike = None,
    ) -> torch.Tensor:
        shp = tuple(a.shape) if shape is None else shape
        _check_shape(shp)
        return fill(shp, dtype=dtype or a.dtype, device=device or a.device)

    kernel.__name__ = kernel.__qualname__ = name
    kernel.__doc__ = doc
    return kernel


zeros_like = _like(torch.zeros, "zeros_like", "An array of zeros with the shape and type of a.")
ones_like = _like(torch.ones, "ones_like", "An array of ones with the shape and type of a.")
empty_like = _like(torch.empty, "empty_like", "An uninitialized array shaped like a.")


def _number(x: Any) -> Any:
    """A Python number from a scalar-like argument (tensors of one element included)."""
    if isinstance(x, torch.Tensor):
        return x.item()
    if hasattr(x, "_t"):
        return x._t.item()
    return x


def arange(
    start_or_stop: Any,
    /,
    stop: Any = None,
    step: Any = 1,
    *,
    dtype: DTypeLike = None,
    device: DeviceLike = None,
    like: Any = None,
) -> torch.Tensor:
    """Evenly spaced values within ``[start, stop)`` (NumPy's length and dtype rules)."""
    start = _number(start_or_stop)
    stop = _number(stop)
    step = _number(step)
    if stop is None:
        start, stop = 0, start
    if step == 0:
        raise ZeroDivisionError("division by zero")
    kinds = [python_scalar_dtype(v) for v in (start, stop, step)]
    natural = torch.float64 if any(k.is_floating_point for k in kinds) else torch.int64
    if any(k.is_complex for k in kinds):
        raise TypeError("arange does not support complex arguments in tnp")
    n = max(math.ceil((stop - start) / step), 0)
    out = dtype or natural
    if natural is torch.int64 and not out.is_floating_point:
        return torch.arange(start, start + n * step, step, dtype=torch.int64, device=device)[:n].to(
            out
        )
    # NumPy computes start + i*step in float64
    r = start + torch.arange(n, dtype=torch.float64, device=device) * step
    return r.to(out)


def linspace(
    start: ArrayLike,
    stop: ArrayLike,
    num: int = 50,
    endpoint: bool = True,
    retstep: bool = False,
    dtype: DTypeLike = None,
    axis: int = 0,
    *,
    device: DeviceLike = None,
) -> Any:
    """``num`` evenly spaced samples over ``[start, stop]`` (array-valued ends allowed)."""
    if num < 0:
        raise ValueError(f"Number of samples, {num}, must be non-negative.")
    num = int(num)
    work = (
        torch.promote_types(torch.promote_types(start.dtype, stop.dtype), torch.float64)
        if not (start.dtype.is_complex or stop.dtype.is_complex)
        else torch.complex128
    )
    s = start.to(work)
    e = stop.to(work)
    div = (num - 1) if endpoint else num
    delta = e - s
    shape = (num,) + (1,) * torch.broadcast_shapes(s.shape, e.shape).__len__()
    i = torch.arange(num, dtype=torch.float64, device=device or s.device).reshape(shape)
    if div > 0:
        step = delta / div
        y = s + i * step if not bool((step == 0).any()) else s + i / div * delta
    else:
        step = torch.full_like(delta, math.nan)
        y = s + i * delta
    if endpoint and num > 1:
        y[-1] = e
    if axis != 0:
        y = torch.movedim(y, 0, axis if axis >= 0 else y.dim() + axis)
    out_dtype = dtype or work
    y = y.to(out_dtype)
    if retstep:
        return y, step
    return y


def eye(
    N: int,
    M: int | None = None,
    k: int = 0,
    dtype: DTypeLike = float,
    order: str = "C",
    *,
    device: DeviceLike = None,
    like: Any = None,
) -> torch.Tensor:
    """A 2-D array with ones on the ``k``-th diagonal and zeros elsewhere."""
    m = N if M is None else M
    if N < 0 or m < 0:
        raise ValueError("negative dimensions are not allowed")
    out = torch.zeros((N, m), dtype=dtype or _F64, device=device)
    if -N < k < m:
        out.diagonal(k).fill_(1)
    return out


KERNELS: dict[str, Callable[..., Any]] = {
    "array": array,
    "asarray": asarray,
    "zeros": zeros,
    "ones": ones,
    "empty": empty,
    "full": full,
    "zeros_like": zeros_like,
    "ones_like": ones_like,
    "empty_like": empty_like,
    "arange": arange,
    "linspace": linspace,
    "eye": eye,
}
