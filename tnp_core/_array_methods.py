"""The rest of ``ndarray``'s NumPy methods: a mixin of the ``ndarray`` class.

Computational methods call the assembled namespace (``_ns``), so a plugin's override reaches
them.  The memory-level ones (``view``, ``byteswap``, ``getfield``, ``tobytes``, ``strides``,
``ctypes``, ``data``) work on the tensor directly.  Memory access through ``ctypes``, ``data``
and ``tobytes`` needs the data on the CPU (other devices are copied first, read-only).
"""

from __future__ import annotations

import ctypes as _ctypes_mod
import functools
import operator
import pickle
import sys
import weakref
from typing import Any

import torch

from . import _dtypes
from ._flags import f_contiguous

__all__ = ["ArrayMethods"]

_Tensor = torch.Tensor
_TYPE = type  # ``view`` has a parameter named ``type``


def _ns() -> Any:
    """The assembled namespace (``_ndarray`` imports this module: looked up, not imported)."""
    return sys.modules["tnp_core._ndarray"]._ns


def _wrap(t: _Tensor) -> Any:
    from ._ndarray import wrap

    return wrap(t)


def _wrap_view(t: _Tensor, base: Any, cls: type | None = None) -> Any:
    from ._ndarray import wrap_view

    a = wrap_view(t, base)
    if cls is not None and cls is not type(a):
        a = _as_class(a, cls, base)
    return a


def _as_class(a: Any, cls: type, source: Any) -> Any:
    """``a`` re-created as an instance of the ndarray subclass ``cls`` (NumPy's ``view(cls)``)."""
    from ._ndarray import ndarray
    from ._scalars import generic

    if not (isinstance(cls, type) and issubclass(cls, ndarray)) or issubclass(cls, generic):
        raise ValueError("Type must be a sub-type of ndarray type")
    new = object.__new__(cls)
    new._t, new._base, new._ro = a._t, a._base, a._ro
    finalize = getattr(new, "__array_finalize__", None)
    if finalize is not None:
        finalize(source)
    return new


def _cpu_contiguous(t: _Tensor, order: Any = "C") -> _Tensor:
    if order is not None and order not in ("C", "F", "A", "K"):
        order = _order_arg(order)
    if order == "A":
        order = "F" if f_contiguous(t) and not t.is_contiguous() else "C"
    if order == "F" and t.dim() > 1:
        t = t.permute(tuple(range(t.dim() - 1, -1, -1)))
    t = t.detach().resolve_conj().resolve_neg().cpu()
    return t.contiguous()


def _order_arg(order: Any) -> str:
    """A memory-order argument checked like NumPy's (any case; str or bytes)."""
    if isinstance(order, bytes):
        order = order.decode("latin-1")
    if not isinstance(order, str):
        raise TypeError(f"order must be str, not {type(order).__name__}")
    if order.upper() not in ("C", "F", "A", "K"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    return order.upper()


def _bytes_of(t: _Tensor) -> bytes:
    if t.numel() == 0:
        return b""
    return _ctypes_mod.string_at(t.data_ptr(), t.numel() * t.element_size())


class _CtypesInfo:
    """``a.ctypes``: the address, shape and strides of a CPU array for ctypes calls."""

    def __init__(self, a: Any) -> None:
        t = a._t
        if t.device.type != "cpu":
            raise ValueError("a.ctypes needs an array in CPU memory")
        self._a = a
        self.data = t.data_ptr()
        self.shape = tuple(t.shape)
        self.strides = tuple(s * t.element_size() for s in t.stride())

    def data_as(self, obj: Any) -> Any:
        return _ctypes_mod.cast(self.data, obj)

    def shape_as(self, obj: Any) -> Any:
        return (obj * len(self.shape))(*self.shape)

    def strides_as(self, obj: Any) -> Any:
        return (obj * len(self.strides))(*self.strides)

    @property
    def _as_parameter_(self) -> Any:
        return _ctypes_mod.c_void_p(self.data)


class ArrayMethods:
    """NumPy ``ndarray`` methods beyond the core set (mixed into :class:`ndarray`)."""

    __slots__ = ()
    _t: _Tensor
    _base: Any
    _ro: Any

    # ------------------------------------------------------------ computation (namespace)
    def argpartition(self, kth: Any, axis: int | None = -1, kind: str = "introselect",
                     order: Any = None) -> Any:
        """``tnp.argpartition(a, kth, axis, kind, order)``."""
        return _ns().argpartition(self, kth, axis=axis, kind=kind, order=order)

    def partition(self, kth: Any, axis: int = -1, kind: str = "introselect",
                  order: Any = None) -> None:
        """Partition in place (``tnp.partition``); ``axis`` must be an integer (no ``None``)."""
        axis = operator.index(axis)
        self[...] = _ns().partition(self, kth, axis=axis, kind=kind, order=order)  # type: ignore[index]

    def choose(self, *choices: Any, out: Any = None, mode: str = "raise") -> Any:
        """``tnp.choose(a, choices, out=, mode=)``; as in NumPy's method, several positional
        arguments are the choices themselves (``a.choose(c0, c1)``)."""
        if len(choices) == 1:
            choices = choices[0]
        elif not choices:
            raise TypeError("choose() takes exactly 1 argument (0 given)")
        return _ns().choose(self, choices, out=out, mode=mode)

    def compress(self, condition: Any, axis: int | None = None, out: Any = None) -> Any:
        """``tnp.compress(condition, a, axis, out)``."""
        return _ns().compress(condition, self, axis=axis, out=out)

    def conj(self, out: Any = None, /) -> Any:
        """The complex conjugate, elementwise (a real array returns itself, like NumPy)."""
        if out is None:
            return _ns().conjugate(self) if self._t.is_complex() else self
        return _conjugate_into(self, out)

    def conjugate(self, out: Any = None, /) -> Any:
        """The complex conjugate, elementwise (a real array returns itself, like NumPy)."""
        if out is None:
            return _ns().conjugate(self) if self._t.is_complex() else self
        return _conjugate_into(self, out)

    def cumprod(self, axis: int | None = None, dtype: Any = None, out: Any = None) -> Any:
        """``tnp.cumprod(a, axis, dtype, out)``."""
        if dtype is None and out is None:
            return _ns().cumprod(self, axis)
        return _ns().cumprod(self, axis=axis, dtype=dtype, out=out)

    def diagonal(self, offset: int = 0, axis1: int = 0, axis2: int = 1) -> Any:
        """``tnp.diagonal(a, offset, axis1, axis2)`` (a read-only view)."""
        return _ns().diagonal(self, offset, axis1, axis2)

    def nonzero(self) -> Any:
        """``tnp.nonzero(a)``."""
        return _ns().nonzero(self)

    def put(self, indices: Any, values: Any, mode: str = "raise") -> None:
        """``tnp.put(a, indices, values, mode)``: set elements of the flattened array."""
        return _ns().put(self, indices, values, mode=mode)

    def repeat(self, repeats: Any, axis: int | None = None) -> Any:
        """``tnp.repeat(a, repeats, axis)``."""
        return _ns().repeat(self, repeats, axis)

    def round(self, decimals: int = 0, out: Any = None) -> Any:
        """``tnp.round(a, decimals, out)``."""
        if out is None:
            return _ns().round(self, decimals)
        return _ns().round(self, decimals=decimals, out=out)

    def searchsorted(self, v: Any, side: str = "left", sorter: Any = None) -> Any:
        """``tnp.searchsorted(a, v, side, sorter)``."""
        return _ns().searchsorted(self, v, side=side, sorter=sorter)

    def squeeze(self, axis: Any = None) -> Any:
        """``tnp.squeeze(a, axis)``."""
        return _ns().squeeze(self, axis)

    def swapaxes(self, axis1: int, axis2: int, /) -> Any:
        """``tnp.swapaxes(a, axis1, axis2)``."""
        return _ns().swapaxes(self, axis1, axis2)

    def take(self, indices: Any, axis: int | None = None, out: Any = None,
             mode: str = "raise") -> Any:
        """``tnp.take(a, indices, axis, out, mode)``."""
        if out is None and mode == "raise":
            return _ns().take(self, indices, axis)
        return _ns().take(self, indices, axis=axis, out=out, mode=mode)

    def trace(self, offset: int = 0, axis1: int = 0, axis2: int = 1, dtype: Any = None,
              out: Any = None) -> Any:
        """``tnp.trace(a, offset, axis1, axis2, dtype, out)``."""
        if dtype is None and out is None:
            return _ns().trace(self, offset, axis1, axis2)
        return _ns().trace(self, offset=offset, axis1=axis1, axis2=axis2, dtype=dtype, out=out)

    def resize(self, *new_shape: Any, refcheck: bool = True) -> None:
        """Change shape and size in place, new elements zero (NumPy's rules).

        ``a.resize()`` / ``a.resize(None)`` do nothing.  The array must be one contiguous
        segment (C or Fortran order, kept as in NumPy).  Changing the size needs an array that
        owns its data, has no weak references and, with ``refcheck``, no other references
        (views, other names): NumPy's reference-count check, since views would no longer see
        the data.
        """
        refs = sys.getrefcount(self)  # first, before this frame adds references of its own
        if not new_shape or len(new_shape) == 1 and new_shape[0] is None:
            return
        from ._ndarray import LOCKED
        from ._scalars import generic

        if isinstance(self, generic):  # NumPy resizes a temporary array: nothing happens
            return
        if len(new_shape) == 1:
            try:
                new_shape = (operator.index(new_shape[0]),)
            except TypeError:
                new_shape = tuple(new_shape[0])
        shape = tuple(operator.index(n) for n in new_shape)
        if any(n < 0 for n in shape):
            raise ValueError("negative dimensions not allowed")
        t = self._t
        fortran = not t.is_contiguous()
        if fortran and not f_contiguous(t) or self._ro is LOCKED and t.numel() > 1:
            # (LOCKED: a copy standing in for a negative-stride view)
            raise ValueError("resize only works on single-segment arrays")
        n = 1
        for s in shape:
            n *= s
        src = (t.permute(tuple(range(t.dim() - 1, -1, -1))) if fortran else t).reshape(-1)
        if n != t.numel():
            if self._base is not None or self._ro is LOCKED:
                raise ValueError("cannot resize this array: it does not own its data")
            if weakref.getweakrefcount(self) or refcheck and refs > _unique_refs():
                raise ValueError(
                    "cannot resize an array that references or is referenced\nby another "
                    "object in this way.\nUse the np.resize function to get a new resized copy "
                    "or\n set refcheck=False to disable this check"
                )
            flat = torch.zeros(n, dtype=t.dtype, device=t.device)
            k = min(n, src.numel())
            flat[:k] = src[:k]
            src = flat
        if fortran and len(shape) > 1:  # NumPy keeps a Fortran array's memory order
            self._t = src.reshape(shape[::-1]).permute(tuple(range(len(shape) - 1, -1, -1)))
        else:
            self._t = src.reshape(shape)

    # ------------------------------------------------------------ devices and protocols
    def to_device(self, device: Any, /, *, stream: Any = None) -> Any:
        """The array on ``device`` (array API); the same array if it is already there."""
        try:
            dev = device if isinstance(device, torch.device) else torch.device(device)
        except (RuntimeError, TypeError):
            raise ValueError(f"unsupported device {device!r}") from None
        t = self._t
        if t.device == dev:
            return self
        return _wrap(t.to(dev))

    def __array_namespace__(self, *, api_version: str | None = None) -> Any:
        if api_version is not None and api_version not in ("2021.12", "2022.12", "2023.12",
                                                           "2024.12"):
            raise ValueError(f"Unrecognized array API version: {api_version!r}")
        import tnp_core

        return tnp_core

    def __dlpack__(self, **kwargs: Any) -> Any:
        try:
            return self._t.detach().resolve_conj().resolve_neg().__dlpack__(**kwargs)
        except AssertionError as e:  # torch's answer to a stream for a CPU array
            raise RuntimeError(str(e)) from None

    def __dlpack_device__(self) -> tuple[Any, int]:
        return self._t.__dlpack_device__()

    def __contains__(self, value: Any) -> bool:
        return bool((self == value).any())  # type: ignore[operator]

    def __delitem__(self, key: Any) -> None:
        raise ValueError("cannot delete array elements")

    def __array_ufunc__(self, ufunc: Any, method: str, *inputs: Any, **kwargs: Any) -> Any:
        """NumPy's ufuncs on tnp arrays run tnp's ufunc of the same name."""
        try:
            mine = getattr(_ns(), ufunc.__name__)
        except AttributeError:
            return NotImplemented
        return getattr(mine, method)(*inputs, **kwargs)

    def __array_function__(self, func: Any, types: Any, args: Any, kwargs: Any) -> Any:
        """NumPy's functions on tnp arrays run tnp's function of the same name."""
        module = getattr(func, "__module__", "") or ""
        target: Any = _ns()
        for part in module.split(".")[1:]:
            if part in ("linalg", "fft", "random"):
                target = getattr(target, part)
        try:
            mine = getattr(target, func.__name__)
        except AttributeError:
            return NotImplemented
        return mine(*args, **kwargs)

    # ------------------------------------------------------------ memory
    @property
    def flat(self) -> Any:
        """A flat (C-order) iterator and index over the array; assignment writes through."""
        from ._flatiter import flatiter

        return flatiter(self)

    @flat.setter
    def flat(self, value: Any) -> None:
        from ._flatiter import flatiter

        flatiter(self)[...] = value

    @property
    def strides(self) -> tuple[int, ...]:
        """Bytes to step in each dimension (as NumPy reports them for this layout; NumPy 2
        allocates empty arrays with zero strides)."""
        t = self._t
        if not t.numel() and (self._base is None or not self._base._t.numel()):
            return (0,) * t.dim()
        size = t.element_size()
        return tuple(s * size for s in t.stride())

    @property
    def ctypes(self) -> _CtypesInfo:
        return _CtypesInfo(self)

    @property
    def data(self) -> memoryview:
        """The array's memory (writeable for contiguous CPU arrays, else a read-only copy)."""
        t = self._t
        if t.device.type == "cpu" and t.is_contiguous() and not (t.is_conj() or t.is_neg()):
            n = t.numel() * t.element_size()
            buf = (_ctypes_mod.c_char * n).from_address(t.data_ptr()) if n else bytearray()
            mv = memoryview(buf).cast("B")
            return mv.toreadonly() if self._ro else mv
        return memoryview(self.tobytes())

    def tobytes(self, order: str = "C") -> bytes:
        """The raw bytes of the data in C (or Fortran) order."""
        return _bytes_of(_cpu_contiguous(self._t, order))

    def tofile(self, fid: Any, /, sep: str = "", format: str = "%s") -> None:
        """Write to a file: raw bytes (``sep=""``) or text items separated by ``sep``."""
        own = isinstance(fid, (str, bytes)) or hasattr(fid, "__fspath__")
        f = open(fid, "wb") if own else fid
        try:
            if sep == "":
                f.write(self.tobytes())
            else:
                items = self._t.reshape(-1).tolist()
                f.write(sep.join(format % x for x in items).encode())
        finally:
            if own:
                f.close()

    def dumps(self, protocol: int = 2) -> bytes:
        """The pickle of the array."""
        return pickle.dumps(self, protocol=protocol)

    def dump(self, file: Any, protocol: int = 2) -> None:
        """Pickle the array to ``file`` (a path or a binary file object)."""
        own = isinstance(file, (str, bytes)) or hasattr(file, "__fspath__")
        f = open(file, "wb") if own else file
        try:
            pickle.dump(self, f, protocol=protocol)
        finally:
            if own:
                f.close()

    def __reduce__(self) -> tuple[Any, tuple[Any, ...]]:
        # raw bytes rather than the tensor: torch cannot pickle uint16/32/64 tensors, and a
        # view would drag its whole base along
        # (a Fortran-ordered array is stored and rebuilt in Fortran order, as NumPy does)
        t = self._t
        name = _dtypes.from_torch(t.dtype).name
        fortran = t.dim() > 1 and not t.is_contiguous() and f_contiguous(t)
        return _rebuild, (type(self), name, tuple(t.shape), self.tobytes("F" if fortran else "C"),
                          str(t.device), bool(self._ro), fortran)

    def view(self, dtype: Any = None, type: Any = None) -> Any:
        """A new array on the same data: same dtype, another dtype of compatible size, or an
        ndarray subclass (``a.view(MyArray)``)."""
        from ._ndarray import ndarray
        from ._scalars import generic

        cls = None
        if type is not None:
            cls = type
        if isinstance(dtype, _TYPE) and issubclass(dtype, ndarray) and not issubclass(
            dtype, generic
        ):
            if cls is not None:
                raise ValueError("Cannot specify output type twice.")
            cls, dtype = dtype, None
        t = self._t
        if dtype is not None:
            target = _dtypes.as_dtype(dtype).torch
            if target != t.dtype:
                t = _reinterpret(t, target)
        v = _wrap_view(t, self)
        return _as_class(v, cls, self) if cls is not None else v

    def byteswap(self, inplace: bool = False) -> Any:
        """Swap the bytes of each element (in place with ``inplace=True``)."""
        t = self._t
        size = t.element_size()
        if size == 1:
            swapped = t.clone()
        elif t.is_complex():
            half = torch.view_as_real(t)
            swapped = torch.view_as_complex(_swap(half.contiguous()))
        else:
            swapped = _swap(t.contiguous())
        if inplace:
            if self._ro:
                raise ValueError("array is read-only")
            t.copy_(swapped)
            return self
        if not t.is_contiguous():  # keep the layout (a Fortran array stays Fortran)
            swapped = torch.empty_like(t).copy_(swapped)
        return _wrap(swapped)

    def getfield(self, dtype: Any, offset: int = 0) -> Any:
        """The bytes ``offset:offset+itemsize(dtype)`` of each element, viewed as ``dtype``."""
        return _wrap_view(_field(self._t, _dtypes.as_dtype(dtype).torch, offset), self)

    def setfield(self, val: Any, dtype: Any, offset: int = 0) -> None:
        """Write ``val`` into the bytes ``offset:...`` of each element, as ``dtype``."""
        if self._ro:
            raise ValueError("assignment destination is read-only")
        field = _field(self._t, _dtypes.as_dtype(dtype).torch, offset)
        _wrap_view(field, self)[...] = val


def _rebuild(cls: type, dtype_name: str, shape: tuple[int, ...], data: bytes, device: str,
             read_only: bool, fortran: bool = False) -> Any:
    dt = _dtypes.as_dtype(dtype_name).torch
    if data and fortran:
        back = tuple(range(len(shape) - 1, -1, -1))
        t = torch.frombuffer(bytearray(data), dtype=dt).reshape(shape[::-1]).permute(back)
        t = t.to(device)
    elif data:
        t = torch.frombuffer(bytearray(data), dtype=dt).reshape(shape).to(device)
    else:
        t = torch.empty(shape, dtype=dt, device=device)
    a = object.__new__(cls)
    a._t, a._base, a._ro = t, None, read_only
    return a


def _conjugate_into(a: Any, out: Any) -> Any:
    """``a.conj(out)``: the conjugate written into ``out`` (a real array is copied, with
    NumPy's same-kind casting)."""
    if a._t.is_complex():
        return _ns().conjugate(a, out=out)
    if not isinstance(out, sys.modules["tnp_core._ndarray"].ndarray):
        raise TypeError("return arrays must be of ArrayType")
    _ns().copyto(out, a)
    return out


class _RefProbe:
    __slots__ = ("__weakref__",)

    def resize(self, *new_shape: Any, refcheck: bool = True) -> int:
        return sys.getrefcount(self)


@functools.cache
def _unique_refs() -> int:
    """``sys.getrefcount(self)`` at the start of a method called on an object that only one
    name refers to (measured: the count differs between Python versions)."""
    probe = _RefProbe()
    return probe.resize(1, refcheck=True)


def _reinterpret(t: _Tensor, target: torch.dtype) -> _Tensor:
    """``t``'s bytes as ``target`` (NumPy's ``view(dtype)`` rules for the last axis)."""
    old = t.element_size()
    new = torch.empty((), dtype=target).element_size()
    if t.dim() == 0 and old != new:
        raise ValueError(
            "Changing the dtype of a 0d array is only supported if the itemsize is unchanged"
        )
    if old != new:
        if t.shape[-1] * old % new:
            raise ValueError(
                "When changing to a smaller dtype, its size must be a divisor of the size of "
                "original dtype" if new < old else
                "When changing to a larger dtype, its size must be a divisor of the total size "
                "in bytes of the last axis of the array."
            )
        if t.stride(-1) != 1 and t.shape[-1] != 1:
            raise ValueError(
                "To change to a dtype of a different size, the last axis must be contiguous"
            )
    try:
        return t.view(target)
    except RuntimeError as e:
        raise ValueError(str(e)) from None


def _swap(t: _Tensor) -> _Tensor:
    size = t.element_size()
    raw = t.view(torch.uint8).reshape(*t.shape, size) if t.dim() else t.reshape(1).view(
        torch.uint8).reshape(size)
    flipped = raw.flip(-1).contiguous()
    out = flipped.reshape(*t.shape[:-1], t.shape[-1] * size) if t.dim() else flipped
    return out.view(t.dtype).reshape(t.shape)


def _field(t: _Tensor, target: torch.dtype, offset: int) -> _Tensor:
    size = t.element_size()
    new = torch.empty((), dtype=target).element_size()
    if offset < 0 or offset + new > size:
        raise ValueError(f"Need 0 <= offset <= {size - new} for requested type but received "
                         f"offset = {offset}")
    raw = t.unsqueeze(-1).view(torch.uint8)  # (..., size)
    return raw[..., offset:offset + new].view(target).squeeze(-1)
