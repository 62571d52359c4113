"""``ndarray``: a thin wrapper around a ``torch.Tensor``.

Operators and methods call the assembled namespace (``tnp_core.add``, ``tnp_core.sum``, ...),
so a plugin that overrides a kernel reaches them too.
"""

from __future__ import annotations

import operator
import types
import warnings
from typing import Any

import torch
from torch.compiler import is_dynamo_compiling as compiling

from . import _dtypes, _printing
from ._array_methods import ArrayMethods
from ._convert import to_tensor, to_tensor_as
from ._flags import f_contiguous, flagsobj
from ._indexing import (
    apply_layout,
    getitem_tensor,
    index_error,
    int_index_error,
    prepare_key,
    setitem_general,
)
from ._novalue import NoValue
from .exceptions import ComplexWarning

__all__ = ["ndarray", "wrap", "wrap_like", "wrap_scalar", "wrap_view"]

_Tensor = torch.Tensor
_BOOL = torch.bool
_new = object.__new__
LOCKED = 2
"""``_ro`` value of arrays that can never become writeable (copies standing in for views)."""
_from_torch = _dtypes._FROM_TORCH

# the assembled main namespace (the tnp_core module); set by tnp_core/__init__.py
_ns: Any = None

# torch dtype -> scalar type (ndarray subclass); filled by _scalars
SCALAR_TYPES: dict[torch.dtype, type] = {}
_SCALAR_CLASSES: set[type] = set()  # the values of SCALAR_TYPES (filled by _scalars)
USER_SUBCLASSES: set[type] = set()
"""ndarray subclasses defined outside tnp_core whose class results take (ufuncs, the functions
of ``_subclass.RULES``).  Empty in programs without such classes, which keeps those checks to
one truth test per call."""


class ndarray(ArrayMethods):
    """An N-dimensional array backed by a torch tensor (``.tensor``)."""

    # ``_unaligned``: set only by ``setflags(align=False)`` (read with a default: never
    # initialised, so creating arrays costs nothing more)
    __slots__ = ("_t", "_base", "_ro", "_unaligned", "__weakref__")

    _t: _Tensor
    _base: ndarray | None
    _ro: bool

    # NumPy defers binary operators to us when this is None
    __array_priority__ = 100.0

    def __init_subclass__(cls, **kwargs: Any) -> None:
        super().__init_subclass__(**kwargs)
        # scalar types and classes that set ``_base_class_results = True`` in their own body
        # (``memmap``: NumPy's results on memmaps are plain arrays) are not followed
        if not cls.__module__.startswith("tnp_core") and not cls.__dict__.get(
            "_base_class_results", False
        ):
            USER_SUBCLASSES.add(cls)

    # ``ndarray[shape_type, dtype_type]`` in annotations (``tnp_core.typing.NDArray``)
    __class_getitem__ = classmethod(types.GenericAlias)

    def __new__(
        cls,
        shape: Any,
        dtype: Any = float,
        buffer: Any = None,
        offset: int = 0,
        strides: Any = None,
        order: str | None = None,
    ) -> ndarray:
        if buffer is not None or strides is not None:
            raise NotImplementedError("ndarray(buffer=..., strides=...) is not supported by tnp")
        if isinstance(shape, int):
            shape = (shape,)
        t = torch.empty(tuple(shape), dtype=_dtypes.as_torch_dtype(dtype))
        return wrap(t, cls)

    # ------------------------------------------------------------ basic attributes
    @property
    def tensor(self) -> _Tensor:
        """The underlying torch tensor (shares memory)."""
        return self._t

    @property
    def shape(self) -> tuple[int, ...]:
        return tuple(self._t.shape)

    @shape.setter
    def shape(self, value: Any) -> None:
        """NumPy's in-place reshape: allowed only where no copy is needed."""
        if type(self) in _SCALAR_CLASSES:
            raise AttributeError("attribute 'shape' of 'numpy.generic' objects is not writable")
        if value is None:
            raise TypeError("Use () not None as shape arguments")
        new = _ns.reshape(self, value)._t.shape  # NumPy's checks of the shape (errors, -1)
        try:
            self._t = self._t.view(new)
        except RuntimeError:
            raise AttributeError(
                "Incompatible shape for in-place modification. Use `.reshape()` to make a copy "
                "with the desired shape."
            ) from None

    @property
    def dtype(self) -> _dtypes.dtype:
        return _from_torch[self._t.dtype]

    @property
    def ndim(self) -> int:
        return self._t.dim()

    @property
    def size(self) -> int:
        return self._t.numel()

    @property
    def itemsize(self) -> int:
        return self._t.element_size()

    @property
    def nbytes(self) -> int:
        return self._t.numel() * self._t.element_size()

    @property
    def base(self) -> ndarray | None:
        return self._base

    @property
    def device(self) -> torch.device:
        return self._t.device

    @property
    def T(self) -> ndarray:
        t = self._t
        nd = t.dim()
        if nd == 2:
            r = t.mT  # torch's quickest transpose of a matrix
        else:
            r = t.t() if nd < 2 else t.permute(tuple(range(nd - 1, -1, -1)))
        return wrap_view(r, self)

    @property
    def mT(self) -> ndarray:
        if self._t.dim() < 2:
            raise ValueError("matrix transpose with ndim < 2 is undefined")
        return wrap_view(self._t.transpose(-2, -1), self)

    @property
    def real(self) -> ndarray:
        t = self._t
        if not t.is_complex():
            return self
        if type(self) in _SCALAR_CLASSES:  # a scalar's parts are scalars
            return wrap_scalar(t.real.clone())
        return wrap_view(t.real, self)

    @real.setter
    def real(self, value: Any) -> None:
        # NumPy converts the value to an array, then casts it unsafely (ComplexWarning)
        if type(self) in _SCALAR_CLASSES:
            raise AttributeError("attribute 'real' of 'numpy.generic' objects is not writable")
        self.real[...] = to_tensor(value)

    @property
    def imag(self) -> ndarray:
        t = self._t
        if type(self) in _SCALAR_CLASSES:
            return wrap_scalar(t.imag.clone() if t.is_complex() else torch.zeros_like(t))
        if t.is_complex():
            return wrap_view(t.imag, self)
        a = wrap_like(torch.zeros_like(t), self)
        a._ro = True  # NumPy's zeros standing in for the parts of a real array are read-only
        return a

    @imag.setter
    def imag(self, value: Any) -> None:
        if type(self) in _SCALAR_CLASSES:
            raise AttributeError("attribute 'imag' of 'numpy.generic' objects is not writable")
        if not self._t.is_complex():
            raise TypeError("array does not have imaginary part to set")
        self.imag[...] = to_tensor(value)

    @property
    def flags(self) -> flagsobj:
        """NumPy's flags object: memory layout, ``owndata``, ``writeable`` (settable)."""
        return flagsobj(self)

    def setflags(self, write: bool | None = None, align: bool | None = None,
                 uic: bool | None = None) -> None:
        """Set the ``writeable`` flag; ``align`` sets the ``aligned`` flag (torch memory is
        always aligned, so it is only recorded, as NumPy does; never on scalars)."""
        if uic:
            raise ValueError("cannot set WRITEBACKIFCOPY flag to True")
        if align is not None and type(self) not in _SCALAR_CLASSES:
            self._unaligned = not align
        if write is None:
            return
        if not write:
            self._ro = True
            return
        from ._scalars import generic

        base = self._base
        if self._ro is LOCKED or isinstance(self, generic) or base is not None and base._ro:
            raise ValueError("cannot set WRITEABLE flag to True of this array")
        self._ro = False

    # ------------------------------------------------------------ conversion
    def __len__(self) -> int:
        t = self._t
        if t.dim() == 0:
            raise TypeError("len() of unsized object")
        return t.shape[0]

    def __bool__(self) -> bool:
        t = self._t
        n = t.numel()
        if n == 1:
            return bool(t.item())
        if n == 0:
            raise ValueError(
                "The truth value of an empty array is ambiguous. Use `array.size > 0` to check "
                "that an array is not empty."
            )
        raise ValueError(
            "The truth value of an array with more than one element is ambiguous. "
            "Use a.any() or a.all()"
        )

    def _single(self) -> Any:
        """The value of a 0-d array (NumPy 2: larger arrays do not convert, even of size 1)."""
        t = self._t
        if t.dim():
            raise TypeError("only 0-dimensional arrays can be converted to Python scalars")
        return t.item()

    def _real_of(self, v: complex, to: str) -> float:
        """A complex value converted to a real Python type: NumPy's scalars warn and drop the
        imaginary part; 0-d arrays refuse like Python's ``float(1j)``."""
        if type(self) is ndarray:
            raise TypeError(f"{to}() argument must be a string or a real number, not 'complex'")
        warnings.warn(
            "Casting complex values to real discards the imaginary part",
            ComplexWarning,
            stacklevel=3,
        )
        return v.real

    def __float__(self) -> float:
        v = self._single()
        if isinstance(v, complex):
            v = self._real_of(v, "float")
        return float(v)

    def __int__(self) -> int:
        v = self._single()
        if isinstance(v, complex):
            v = self._real_of(v, "int")
        return int(v)

    def __complex__(self) -> complex:
        return complex(self._single())

    def __index__(self) -> int:
        t = self._t
        if t.dim() != 0 or t.dtype.is_floating_point or t.dtype.is_complex or t.dtype is _BOOL:
            raise TypeError("only integer scalar arrays can be converted to a scalar index")
        return int(t.item())

    def item(self, *args: Any) -> Any:
        """The element as a Python scalar: ``a.item()``, ``a.item(flat_i)``, ``a.item(i, j)``
        (or the indices as one tuple)."""
        t = self._t
        if not args:
            if t.numel() != 1:
                raise ValueError("can only convert an array of size 1 to a Python scalar")
            return t.reshape(()).item()
        if len(args) == 1:
            i = args[0]
            if type(i) is not int:
                if isinstance(i, tuple):  # the indices as one tuple; (i,) is a flat index
                    if len(i) != 1:
                        return self.item(*i)
                    i = i[0]
                i = _item_index(i)
            n = t.numel()
            if not -n <= i < n:
                _item_overflow(i)
                where = "axis 0 with size" if t.dim() == 1 else "size"
                raise IndexError(f"index {i} is out of bounds for {where} {n}")
            return t.reshape(-1)[i].item()
        if len(args) != t.dim():
            raise ValueError("incorrect number of indices for array")
        idx = []
        for axis, (i, n) in enumerate(zip(args, t.shape)):
            i = _item_index(i)
            if not -n <= i < n:
                _item_overflow(i)
                raise IndexError(f"index {i} is out of bounds for axis {axis} with size {n}")
            idx.append(i)
        return t[tuple(idx)].item()

    def tolist(self) -> Any:
        """The array as nested Python lists of Python scalars."""
        return self._t.tolist()

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> Any:

        t = self._t.detach()
        if t.dtype is torch.bfloat16:
            t = t.float()
        arr = t.cpu().resolve_conj().resolve_neg().numpy()
        if copy:
            arr = arr.copy()
        return arr if dtype is None else arr.astype(dtype, copy=False)

    # ------------------------------------------------------------ printing
    def __repr__(self) -> str:
        return _printing.array_repr_of(self._t, _from_torch[self._t.dtype].name, array=self)

    def __str__(self) -> str:
        return _printing.array_str_of(self._t, _from_torch[self._t.dtype].name)

    def __format__(self, spec: str) -> str:
        if self._t.dim() == 0:
            return format(self._t.item(), spec)
        if spec:
            raise TypeError(
                f"unsupported format string passed to {type(self).__name__}.__format__"
            )
        return str(self)

    # ------------------------------------------------------------ copies and casts
    def copy(self, order: str = "C") -> ndarray:
        """A copy of the array (never shares memory); subclasses stay subclasses.

        ``order='F'`` (or ``'A'`` for a Fortran-ordered array) lays the copy out in Fortran
        order; ``'K'`` keeps the layout; ``'C'`` makes it C-contiguous.
        """
        order = _order(order)
        t = self._t
        if order == "A":
            order = "F" if f_contiguous(t) and not t.is_contiguous() else "C"
        if order == "C":
            c = t.contiguous().clone() if t.is_contiguous() else t.contiguous()
        elif order == "F":
            back = tuple(range(t.dim() - 1, -1, -1))
            c = t.permute(back).contiguous().permute(back)
            if c.data_ptr() == t.data_ptr():
                c = c.clone(memory_format=torch.preserve_format)
        else:  # NumPy's 'K': the axes keep the order of their strides, the copy is packed
            perm = sorted(range(t.dim()), key=lambda d: -t.stride(d))
            c = t.permute(perm).clone(memory_format=torch.contiguous_format)
            c = c.permute([perm.index(d) for d in range(t.dim())])
        cls = type(self)
        if cls is ndarray or cls in _SCALAR_CLASSES:
            return wrap(c)
        a = wrap(c, cls)
        finalize = getattr(a, "__array_finalize__", None)
        if finalize is not None:
            finalize(self)
        return a

    def __copy__(self) -> ndarray:
        return self.copy("K")  # NumPy keeps the layout (a Fortran array stays Fortran)

    def __deepcopy__(self, memo: dict) -> ndarray:
        return self.copy("K")

    def astype(
        self,
        dtype: Any,
        order: str = "K",
        casting: str = "unsafe",
        subok: bool = True,
        copy: bool = True,
    ) -> ndarray:
        """Cast to ``dtype`` in memory ``order`` (``'K'``: keep the layout); ``copy=False``
        returns ``self`` when no cast (and no new layout) is needed."""
        if not subok and type(self) in USER_SUBCLASSES:  # a base-class result
            return _ns.asarray(self).astype(dtype, order, casting, True, copy)
        if order != "K":
            return self._astype_in_order(dtype, _order(order), casting, copy)
        if casting != "unsafe" or not copy:
            if casting not in _CASTINGS:
                raise ValueError(
                    "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
                )
            d = _dtypes.as_dtype(dtype)
            if not copy and d is self.dtype:
                return self
            if not _dtypes.can_cast_dtypes(self.dtype, d, casting):
                raise TypeError(
                    f"Cannot cast array data from {self.dtype!r} to {d!r} according to the "
                    f"rule '{casting}'"
                )
        return _ns.astype(self, dtype) if copy is True else _ns.astype(self, dtype, copy=copy)

    def _astype_in_order(self, dtype: Any, order: str, casting: str, copy: Any) -> ndarray:
        """``astype`` with ``order`` 'C', 'F' or 'A' (or 'K' from ``order=None``)."""
        r = ndarray.astype(self, dtype, "K", casting, True, copy)
        t = r._t
        if order == "A":
            order = "F" if f_contiguous(t) and not t.is_contiguous() else "C"
        if order == "K" or (t.is_contiguous() if order == "C" else f_contiguous(t)):
            return r
        if r is self or r._base is not None:
            return r.copy(order)
        r._t = r.copy(order)._t  # a new array: laid out again in place
        return r

    # ------------------------------------------------------------ indexing
    def __getitem__(self, key: Any) -> Any:
        t = self._t
        tk = type(key)
        if tk is slice:
            if key.step is None or key.step > 0:
                return wrap_view(t[key], self)
        elif tk is int and t.dim() == 1:
            # ``take`` copies one element (cheaper than a view and its clone) and checks bounds
            idx = _CPU_INDEX.get(key) if t.is_cpu else None
            try:
                r = t.take(_index_tensor(key, t) if idx is None else idx)
            except IndexError:
                raise _out_of_bounds(key, t) from None
            except NotImplementedError:  # no take kernel for uint16/32/64
                r = t[_index_tensor(key, t)].clone()
            a = _new(SCALAR_TYPES[r.dtype])
            a._t = r
            a._base = None
            a._ro = True
            return a
        elif tk is ndarray:  # a mask or an index array: torch's advanced indexing copies
            kt = key._t
            if kt.dtype is torch.bool or kt.dtype is torch.int64 and kt.dim():
                try:
                    if kt.dtype is torch.int64 and t.dim() == 1 and t.numel():
                        try:  # take gathers a 1-d array faster than advanced indexing
                            return wrap_like(t.take(kt), self)
                        except (NotImplementedError, RuntimeError):
                            pass  # no take kernel (uint16/32/64), or kt on another device
                    return wrap_like(t[kt], self)
                except (RuntimeError, IndexError) as e:
                    if kt.numel():  # (an empty mask of another shape may be valid)
                        raise _index_error(t, kt, e) from None
        pk = prepare_key(key, t.dim())
        try:
            r = getitem_tensor(t, pk)
        except (IndexError, RuntimeError, ValueError) as e:
            raise _key_error(t, key, e) from None
        if pk.advanced and not r.numel():
            # torch checks no index of an empty result; NumPy checks the index arrays unless
            # they broadcast to nothing
            err = index_error(tuple(t.shape), key)
            if err is not None:
                raise err
        if pk.is_scalar:
            return wrap_scalar(r.clone())
        if pk.is_view:
            return wrap_view(r, self)
        if pk.flips:
            a = wrap_like(r, self)
            # a copy standing in for a NumPy view: writes would be lost, so never writeable
            a._ro = LOCKED if not pk.advanced else False
            return a
        # (0-d integer array keys give torch views: copied)
        return wrap_like(r.clone() if r._base is not None else r, self)

    def __setitem__(self, key: Any, value: Any) -> None:
        if self._ro:
            raise ValueError(
                "assignment destination is read-only"
                + (
                    " (this result stands in for a NumPy view torch cannot express, such as a "
                    "negative-step slice: assign through the original array, e.g. a[::-1] = x)"
                    if self._ro is LOCKED and self._base is None  # (a copy, not a view)
                    else ""
                )
            )
        t = self._t
        if type(value) is ndarray and value._base is not None and _is_view_at(value._t, t, key):
            return  # ``a[k] += b`` stores the view a[k] back onto itself: nothing to write
        try:
            v = _value_for(value, t)
        except (TypeError, ValueError, OverflowError):
            # NumPy checks the key, then the value's dimensions, then converts it
            err = index_error(tuple(t.shape), key, arrays=False)
            if err is not None:
                raise err from None
            if type(value) in _SEQ:
                if _is_element(t, key):
                    raise ValueError("setting an array element with a sequence.") from None
                _check_nesting(t, key, _depth(value))
            raise
        tk = type(key)
        if type(v) is _Tensor and v.dim() and v.shape[0] == 1 and type(value) in _SEQ:
            _check_nesting(t, key, v.dim())
        try:
            if tk is int:
                if type(v) is _Tensor and v.dim() and t.dim() == 1:
                    raise ValueError("setting an array element with a sequence.")
                t[key] = v
            elif tk is slice and (key.step is None or key.step > 0):
                t[key] = v
            else:
                _assign(t, key, v)
        except (IndexError, ValueError, RuntimeError) as e:
            err = index_error(tuple(t.shape), key)
            if err is not None:
                raise err from None
            if not isinstance(e, RuntimeError):
                raise
            if type(v) in (int, float, complex) and "overflow" in str(e):
                # a Python number beyond float16/32 (complex64): NumPy stores inf
                wide = torch.tensor(v, dtype=torch.complex128 if type(v) is complex else
                                    torch.float64, device=t.device)
                _assign(t, key, wide.to(t.dtype))
                return
            sv = _SIGNED_VIEW.get(t.dtype)
            if sv is None:
                raise ValueError(f"could not assign to the indexed array: {e}") from None
            vv = (v if type(v) is _Tensor else torch.tensor(v, dtype=t.dtype)).view(sv)
            try:
                _assign(t.view(sv), key, vv)
            except RuntimeError as e2:
                raise ValueError(f"could not assign to the indexed array: {e2}") from None

    def __iter__(self) -> Any:
        t = self._t
        if t.dim() == 0:
            raise TypeError("iteration over a 0-d array")
        if t.dim() == 1:
            return iter([wrap_scalar(x) for x in t.clone().unbind(0)])
        return iter([wrap_view(x, self) for x in t.unbind(0)])

    # ------------------------------------------------------------ operators
    def __add__(self, other: Any) -> Any:
        return _ns.add._operator(self, other)

    def __radd__(self, other: Any) -> Any:
        return _ns.add._operator(other, self)

    def __iadd__(self, other: Any) -> Any:
        return _ns.add(self, other, out=self)

    def __sub__(self, other: Any) -> Any:
        return _ns.subtract._operator(self, other)

    def __rsub__(self, other: Any) -> Any:
        return _ns.subtract._operator(other, self)

    def __isub__(self, other: Any) -> Any:
        return _ns.subtract(self, other, out=self)

    def __mul__(self, other: Any) -> Any:
        return _ns.multiply._operator(self, other)

    def __rmul__(self, other: Any) -> Any:
        return _ns.multiply._operator(other, self)

    def __imul__(self, other: Any) -> Any:
        return _ns.multiply(self, other, out=self)

    def __truediv__(self, other: Any) -> Any:
        return _ns.divide._operator(self, other)

    def __rtruediv__(self, other: Any) -> Any:
        return _ns.divide._operator(other, self)

    def __itruediv__(self, other: Any) -> Any:
        return _ns.divide(self, other, out=self)

    def __floordiv__(self, other: Any) -> Any:
        return _ns.floor_divide._operator(self, other)

    def __rfloordiv__(self, other: Any) -> Any:
        return _ns.floor_divide._operator(other, self)

    def __ifloordiv__(self, other: Any) -> Any:
        return _ns.floor_divide(self, other, out=self)

    def __mod__(self, other: Any) -> Any:
        return _ns.remainder._operator(self, other)

    def __rmod__(self, other: Any) -> Any:
        return _ns.remainder._operator(other, self)

    def __imod__(self, other: Any) -> Any:
        return _ns.remainder(self, other, out=self)

    def __divmod__(self, other: Any) -> Any:
        return _ns.divmod(self, other)

    def __rdivmod__(self, other: Any) -> Any:
        return _ns.divmod(other, self)

    def __pow__(self, other: Any) -> Any:
        return _ns.power._operator(self, other)

    def __rpow__(self, other: Any) -> Any:
        return _ns.power._operator(other, self)

    def __ipow__(self, other: Any) -> Any:
        return _ns.power(self, other, out=self)

    def __matmul__(self, other: Any) -> Any:
        return _ns.matmul._operator(self, other)

    def __rmatmul__(self, other: Any) -> Any:
        return _ns.matmul._operator(other, self)

    def __imatmul__(self, other: Any) -> Any:
        if self._t.dim() < 1 or to_tensor(other).dim() < 2:
            raise ValueError(
                "inplace matrix multiplication requires the first operand to have at least "
                "one and the second at least two dimensions."
            )
        return _ns.matmul(self, other, out=self)

    def __and__(self, other: Any) -> Any:
        return _ns.bitwise_and._operator(self, other)

    def __rand__(self, other: Any) -> Any:
        return _ns.bitwise_and._operator(other, self)

    def __iand__(self, other: Any) -> Any:
        return _ns.bitwise_and(self, other, out=self)

    def __or__(self, other: Any) -> Any:
        return _ns.bitwise_or._operator(self, other)

    def __ror__(self, other: Any) -> Any:
        return _ns.bitwise_or._operator(other, self)

    def __ior__(self, other: Any) -> Any:
        return _ns.bitwise_or(self, other, out=self)

    def __xor__(self, other: Any) -> Any:
        return _ns.bitwise_xor._operator(self, other)

    def __rxor__(self, other: Any) -> Any:
        return _ns.bitwise_xor._operator(other, self)

    def __ixor__(self, other: Any) -> Any:
        return _ns.bitwise_xor(self, other, out=self)

    def __ilshift__(self, other: Any) -> Any:
        return _ns.left_shift(self, other, out=self)

    def __irshift__(self, other: Any) -> Any:
        return _ns.right_shift(self, other, out=self)

    def __lshift__(self, other: Any) -> Any:
        return _ns.left_shift._operator(self, other)

    def __rlshift__(self, other: Any) -> Any:
        return _ns.left_shift._operator(other, self)

    def __rshift__(self, other: Any) -> Any:
        return _ns.right_shift._operator(self, other)

    def __rrshift__(self, other: Any) -> Any:
        return _ns.right_shift._operator(other, self)

    def __neg__(self) -> Any:
        return _ns.negative(self)

    def __pos__(self) -> Any:
        return _ns.positive(self)

    def __abs__(self) -> Any:
        return _ns.absolute(self)

    def __invert__(self) -> Any:
        return _ns.invert(self)

    def __eq__(self, other: Any) -> Any:  # type: ignore[override]
        return _ns.equal._operator(self, other)

    def __ne__(self, other: Any) -> Any:  # type: ignore[override]
        return _ns.not_equal._operator(self, other)

    def __lt__(self, other: Any) -> Any:
        return _ns.less._operator(self, other)

    def __le__(self, other: Any) -> Any:
        return _ns.less_equal._operator(self, other)

    def __gt__(self, other: Any) -> Any:
        return _ns.greater._operator(self, other)

    def __ge__(self, other: Any) -> Any:
        return _ns.greater_equal._operator(self, other)

    __hash__ = None  # type: ignore[assignment]

    # ------------------------------------------------------------ methods backed by the namespace
    # The reductions take NumPy's keywords; the common calls (``a.sum()``, ``a.max(axis)``)
    # forward only what was given, which keeps them as cheap as ``tnp.sum(a)``.
    def sum(self, axis: Any = None, dtype: Any = None, out: Any = None, keepdims: Any = NoValue,
            initial: Any = NoValue, where: Any = NoValue) -> Any:
        """``tnp.sum(a, axis, dtype, out, keepdims, initial, where)``."""
        if dtype is None and out is None and keepdims is initial is where is NoValue:
            return _ns.sum(self, axis)
        return _ns.sum(self, axis, dtype, out,
                       **_given(keepdims=keepdims, initial=initial, where=where))

    def prod(self, axis: Any = None, dtype: Any = None, out: Any = None,
             keepdims: Any = NoValue, initial: Any = NoValue, where: Any = NoValue) -> Any:
        """``tnp.prod(a, axis, dtype, out, keepdims, initial, where)``."""
        if dtype is None and out is None and keepdims is initial is where is NoValue:
            return _ns.prod(self, axis)
        return _ns.prod(self, axis, dtype, out,
                        **_given(keepdims=keepdims, initial=initial, where=where))

    def mean(self, axis: Any = None, dtype: Any = None, out: Any = None,
             keepdims: Any = NoValue, *, where: Any = NoValue) -> Any:
        """``tnp.mean(a, axis, dtype, out, keepdims, where=)``."""
        if dtype is None and out is None and keepdims is where is NoValue:
            return _ns.mean(self, axis)
        return _ns.mean(self, axis, dtype, out, **_given(keepdims=keepdims, where=where))

    def std(self, axis: Any = None, dtype: Any = None, out: Any = None, ddof: Any = 0,
            keepdims: Any = NoValue, *, where: Any = NoValue, mean: Any = NoValue,
            correction: Any = NoValue) -> Any:
        """``tnp.std(a, axis, dtype, out, ddof, keepdims, where=, mean=, correction=)``."""
        if dtype is None and out is None and type(ddof) is int and ddof == 0 and (
            keepdims is where is mean is correction is NoValue
        ):
            return _ns.std(self, axis)
        return _ns.std(self, axis, dtype, out, ddof, **_given(
            keepdims=keepdims, where=where, mean=mean, correction=correction))

    def var(self, axis: Any = None, dtype: Any = None, out: Any = None, ddof: Any = 0,
            keepdims: Any = NoValue, *, where: Any = NoValue, mean: Any = NoValue,
            correction: Any = NoValue) -> Any:
        """``tnp.var(a, axis, dtype, out, ddof, keepdims, where=, mean=, correction=)``."""
        if dtype is None and out is None and type(ddof) is int and ddof == 0 and (
            keepdims is where is mean is correction is NoValue
        ):
            return _ns.var(self, axis)
        return _ns.var(self, axis, dtype, out, ddof, **_given(
            keepdims=keepdims, where=where, mean=mean, correction=correction))

    def min(self, axis: Any = None, out: Any = None, keepdims: Any = NoValue,
            initial: Any = NoValue, where: Any = NoValue) -> Any:
        """``tnp.min(a, axis, out, keepdims, initial, where)``."""
        if out is None and keepdims is initial is where is NoValue:
            return _ns.min(self, axis)
        return _ns.min(self, axis, out, **_given(keepdims=keepdims, initial=initial,
                                                  where=where))

    def max(self, axis: Any = None, out: Any = None, keepdims: Any = NoValue,
            initial: Any = NoValue, where: Any = NoValue) -> Any:
        """``tnp.max(a, axis, out, keepdims, initial, where)``."""
        if out is None and keepdims is initial is where is NoValue:
            return _ns.max(self, axis)
        return _ns.max(self, axis, out, **_given(keepdims=keepdims, initial=initial,
                                                  where=where))

    def argmin(self, axis: Any = None, out: Any = None, *, keepdims: Any = NoValue) -> Any:
        """``tnp.argmin(a, axis, out, keepdims=)``."""
        if out is None and keepdims is NoValue:
            return _ns.argmin(self, axis)
        return _ns.argmin(self, axis, out, **_given(keepdims=keepdims))

    def argmax(self, axis: Any = None, out: Any = None, *, keepdims: Any = NoValue) -> Any:
        """``tnp.argmax(a, axis, out, keepdims=)``."""
        if out is None and keepdims is NoValue:
            return _ns.argmax(self, axis)
        return _ns.argmax(self, axis, out, **_given(keepdims=keepdims))

    def cumsum(self, axis: Any = None, dtype: Any = None, out: Any = None) -> Any:
        """``tnp.cumsum(a, axis, dtype, out)``."""
        if dtype is None and out is None:
            return _ns.cumsum(self, axis)
        return _ns.cumsum(self, axis, dtype, out)

    def all(self, axis: Any = None, out: Any = None, keepdims: Any = NoValue, *,
            where: Any = NoValue) -> Any:
        """``tnp.all(a, axis, out, keepdims, where=)``."""
        if out is None and keepdims is where is NoValue:
            return _ns.all(self, axis)
        return _ns.all(self, axis, out, **_given(keepdims=keepdims, where=where))

    def any(self, axis: Any = None, out: Any = None, keepdims: Any = NoValue, *,
            where: Any = NoValue) -> Any:
        """``tnp.any(a, axis, out, keepdims, where=)``."""
        if out is None and keepdims is where is NoValue:
            return _ns.any(self, axis)
        return _ns.any(self, axis, out, **_given(keepdims=keepdims, where=where))

    def clip(self, min: Any = None, max: Any = None, out: Any = None, **kwargs: Any) -> Any:
        """``tnp.clip(a, min, max, out, **kwargs)`` (NumPy's method names the bounds min/max)."""
        if out is None and not kwargs:
            return _ns.clip(self, min, max)
        return _ns.clip(self, min, max, out, **kwargs)

    def dot(self, b: Any, out: Any = None) -> Any:
        """``tnp.dot(a, b, out=None)``."""
        return _ns.dot(self, b) if out is None else _ns.dot(self, b, out=out)

    def argsort(self, axis: Any = -1, kind: Any = None, order: Any = None, *,
                stable: Any = None) -> Any:
        """``tnp.argsort(a, axis, kind, order, stable=)``."""
        if kind is None and order is None and stable is None:
            return _ns.argsort(self, axis)
        return _ns.argsort(self, axis, kind, order, stable=stable)

    def sort(
        self, axis: int = -1, kind: str | None = None, order: Any = None, *,
        stable: bool | None = None
    ) -> None:
        """Sort in place (along one axis: NumPy's method has no ``axis=None``)."""
        if axis is None:
            raise TypeError("'NoneType' object cannot be interpreted as an integer")
        self[...] = _ns.sort(self, axis=axis, kind=kind, order=order, stable=stable)

    def reshape(self, *shape: Any, order: str = "C", copy: bool | None = None) -> ndarray:
        """``a.reshape(2, 3)`` or ``a.reshape((2, 3))``."""
        if not shape:
            raise TypeError("reshape() takes exactly 1 argument (0 given)")
        if len(shape) == 1:
            shape = shape[0]
        if order == "C" and copy is None:  # no keywords: the public function's fast lane
            return _ns.reshape(self, shape)
        return _ns.reshape(self, shape, order=order, copy=copy)

    def transpose(self, *axes: Any) -> ndarray:
        """``a.transpose()``, ``a.transpose(1, 0)`` or ``a.transpose((1, 0))``."""
        if not axes:
            return _ns.transpose(self)
        if len(axes) == 1:
            axes = axes[0]
        return _ns.transpose(self, axes)

    def flatten(self, order: str = "C") -> ndarray:
        """A flattened copy, in C (or ``order='F'``: Fortran) order."""
        if _order(order) == "C":
            return wrap_like(self._t.flatten().clone(), self)
        return wrap_like(_ns.ravel(self, order)._t.clone(), self)

    def ravel(self, order: str = "C") -> ndarray:
        """A flattened view where possible, in C (or ``order='F'``: Fortran) order."""
        if _order(order) != "C":
            return _ns.ravel(self, order)
        t = self._t
        return wrap_view(t.reshape(-1), self) if t.is_contiguous() else wrap(t.reshape(-1))

    def fill(self, value: Any) -> None:
        """Fill in place with a scalar (NumPy refuses sequences; ``None`` is NaN in inexact
        arrays, False in boolean ones)."""
        if value is None:
            t = self._t
            if t.is_complex():
                value = complex(_NAN, _NAN)
            elif t.is_floating_point():
                value = _NAN
            elif t.dtype is _BOOL:
                value = False
            else:
                raise TypeError("int() argument must be a string, a bytes-like object or a real "
                                "number, not 'NoneType'")
        elif type(value) in _SEQ or getattr(value, "ndim", 0):
            raise ValueError("setting an array element with a sequence.")
        self[...] = value


def _order(order: Any) -> str:
    """A memory-order argument checked like NumPy's (``'C'``, ``'F'``, ``'A'``, ``'K'``)."""
    if order is None:
        return "K"
    if not isinstance(order, str):
        raise TypeError(f"order must be str, not {type(order).__name__}")
    o = order.upper()
    if o not in ("C", "F", "A", "K"):
        raise ValueError(f"order must be one of 'C', 'F', 'A', or 'K' (got {order!r})")
    return o


_CASTINGS = frozenset(("no", "equiv", "safe", "same_kind", "unsafe"))
_NAN = float("nan")


def _item_index(i: Any) -> int:
    """An index for ``item``: an integer (not a bool), as NumPy's ``item`` takes it."""
    if i is True or i is False:
        raise TypeError("an integer is required")
    return operator.index(i)


def _item_overflow(i: int) -> None:
    """NumPy's error for an ``item`` index beyond int64 (error path)."""
    if not -(2**63) <= i < 2**63:
        raise OverflowError("Python int too large to convert to C long")


def _given(**kwargs: Any) -> dict[str, Any]:
    """The keyword arguments that were given (not ``NoValue``)."""
    return {k: v for k, v in kwargs.items() if v is not NoValue}


def _value_for(value: Any, t: _Tensor) -> Any:
    """A value about to be written into ``t``: a Python scalar or a tensor of ``t``'s dtype.

    Python scalars follow NumPy: a float into an integer array is ``int(value)`` (ValueError
    for NaN, OverflowError for inf), then range-checked like a Python int (OverflowError); a
    complex into a real array is a TypeError (into bool: its truth value).
    """
    tv = type(value)
    dt = t.dtype
    if tv is float:
        if dt in _NOT_INTEGER:
            return value
        value = int(value)
        tv = int
    if tv is int:
        bounds = _INT_BOUNDS.get(dt)
        if bounds is None:  # a float, complex or bool array
            if -(2**63) <= value < 2**63:
                return value
            return float(value) if dt is not _BOOL else True
        lo, hi = bounds
        if not lo <= value <= hi:
            raise OverflowError(f"Python integer {value} out of bounds for {_from_torch[dt].name}")
        if value > 2**63 - 1:  # torch takes uint64 scalars beyond int64 only as tensors
            return torch.tensor(value, dtype=dt, device=t.device)
        return value
    if tv is bool:
        return value
    if tv is complex:
        if dt.is_complex:
            return value
        if dt is _BOOL:
            return bool(value)
        kind = "float" if dt.is_floating_point else "int"
        raise TypeError(f"{kind}() argument must be a string or a real number, not 'complex'")
    # lists are converted with the array's dtype, as NumPy does: Python integers out of its
    # range raise OverflowError, complex numbers into a real array TypeError
    v = to_tensor_as(value, dt) if tv is list or tv is tuple else to_tensor(value)
    if v.is_complex() and not t.is_complex():
        if dt is _BOOL:
            v = v != 0
        else:
            warnings.warn(
                "Casting complex values to real discards the imaginary part",
                ComplexWarning,
                stacklevel=3,
            )
            v = v.real
    if v.dtype is not dt:
        v = v.to(dt)
    elif compiling() or v.untyped_storage().data_ptr() == t.untyped_storage().data_ptr():
        v = v.clone()  # overlapping source and destination (under torch.compile: always)
    if v.device != t.device:
        raise ValueError(
            f"cannot assign an array on {v.device} into an array on {t.device} "
            "(tnp never moves data between devices implicitly)"
        )
    return v


_BASIC_KEY_TYPES = (int, slice, type(None), type(Ellipsis))


def _is_view_at(v: _Tensor, t: _Tensor, key: Any) -> bool:
    """True when ``v`` is exactly the view ``t[key]`` for a basic ``key`` (same memory,
    offset, strides, shape and dtype).  Never under torch.compile (no addresses there)."""
    if type(key) is tuple:
        if not all(type(k) in _BASIC_KEY_TYPES for k in key):
            return False
    elif type(key) not in _BASIC_KEY_TYPES:
        return False
    if compiling() or v.untyped_storage().data_ptr() != t.untyped_storage().data_ptr():
        return False
    try:
        d = t[key]
    except (IndexError, TypeError, ValueError, RuntimeError):  # e.g. negative steps
        return False
    return (
        d.dtype is v.dtype
        and d.shape == v.shape
        and d.stride() == v.stride()
        and d.storage_offset() == v.storage_offset()
    )


_INT_BOUNDS = {
    d.torch: (_dtypes.iinfo(d).min, _dtypes.iinfo(d).max)
    for d in _dtypes.ALL_DTYPES
    if d.kind in "iu"
}
_NOT_INTEGER = frozenset(
    d.torch for d in (*_dtypes.ALL_DTYPES, _dtypes.bfloat16) if d.kind not in "iu"
)
# torch has no indexed-write kernels for uint16/32/64: write through a same-size signed view
_SIGNED_VIEW = {torch.uint16: torch.int16, torch.uint32: torch.int32, torch.uint64: torch.int64}


def _assign(t: _Tensor, key: Any, v: Any) -> None:
    """``t[key] = v`` with NumPy's key semantics (``v`` already converted for ``t``)."""
    tk = type(key)
    if tk is int or tk is slice and (key.step is None or key.step > 0):
        t[key] = v
        return
    pk = prepare_key(key, t.dim())
    if type(v) is _Tensor and v.dim():
        if pk.is_scalar:
            raise ValueError("setting an array element with a sequence.")
        if v.dim() > 1 and len(pk.key) == 1 and _is_full_mask(pk.key[0], t):
            raise TypeError(
                "NumPy boolean array indexing assignment requires a 0 or 1-dimensional input, "
                f"input has {v.dim()} dimensions"
            )
    tt = t if pk.layout is None else apply_layout(t, pk.layout)
    if pk.flips:
        setitem_general(t, pk, v)
    else:
        tt[pk.key] = v
    if pk.advanced and (not tt.numel() or _has_empty_slice(pk, tt.shape)):
        # torch checks no index of an empty target; NumPy checks the index arrays unless
        # they broadcast to nothing
        err = index_error(tuple(t.shape), key)
        if err is not None:
            raise err


def _has_empty_slice(pk: Any, shape: Any) -> bool:
    dim = 0
    for k, used in zip(pk.key, pk.used):
        if type(k) is slice and not len(range(*k.indices(shape[dim]))):
            return True
        dim += used
    return False


_SEQ = (list, tuple)


def _is_element(t: _Tensor, key: Any) -> bool:
    """Whether ``t[key]`` is a single element (error path)."""
    try:
        return prepare_key(key, t.dim()).is_scalar
    except (IndexError, OverflowError):
        return False


def _depth(seq: Any) -> int:
    """The nesting depth of a list or tuple (along its first elements)."""
    n = 0
    while type(seq) in _SEQ:
        n += 1
        if not seq:
            break
        seq = seq[0]
    return n


def _check_nesting(t: _Tensor, key: Any, ndim: int) -> None:
    """NumPy converts a list value into a basic-indexing target with at most the target's
    dimensions (torch would drop the extra leading unit dimensions); ``ndim``: the value's."""
    tk = type(key)
    if tk is int:
        n = t.dim() - 1
    elif tk is slice:
        n = t.dim()
    else:
        pk = prepare_key(key, t.dim())
        if pk.advanced:
            return
        n = t.dim() - sum(type(k) is int for k in pk.key) + sum(k is None for k in pk.key)
    if ndim > n:
        raise ValueError(
            "setting an array element with a sequence. The requested array would exceed the "
            f"maximum number of dimension of {n}."
        )


def _is_full_mask(k: Any, t: _Tensor) -> bool:
    """Whether ``k`` is a boolean mask over all of ``t``'s dimensions (NumPy's masked
    assignment, which takes only 0-d and 1-d values)."""
    return type(k) is _Tensor and k.dtype is _BOOL and k.dim() == t.dim()


def _key_error(t: _Tensor, key: Any, e: Exception) -> Exception:
    """NumPy's exception for a key torch rejected; torch's (first line) if the key is fine."""
    err = index_error(tuple(t.shape), key)
    if err is not None:
        return err
    if isinstance(e, IndexError):
        return IndexError(str(e).split("\n")[0])
    return e


def _index_error(t: _Tensor, kt: _Tensor, e: Exception) -> Exception:
    """NumPy's IndexError for a failed mask / index-array read."""
    return _key_error(t, kt, e)


_CPU_INDEX = {i: torch.tensor(i) for i in range(-1024, 1024)}


def _out_of_bounds(i: int, t: _Tensor) -> Exception:
    if not -(2**63) <= i < 2**63:
        return int_index_error(i)
    return IndexError(f"index {i} is out of bounds for axis 0 with size {t.shape[0]}")


def _index_tensor(i: int, t: _Tensor) -> _Tensor:
    """A 0-d index tensor into the 1-d ``t``; NumPy's IndexError for any ``i`` out of range
    (including ones beyond int64)."""
    if not -t.shape[0] <= i < t.shape[0]:
        raise _out_of_bounds(i, t)
    return torch.tensor(i, device=t.device)


def wrap(t: _Tensor, cls: type = ndarray) -> ndarray:
    """A new ndarray around ``t`` (no copy)."""
    a = _new(cls)
    a._t = t
    a._base = None
    a._ro = False
    return a


def wrap_like(t: _Tensor, template: ndarray) -> ndarray:
    """A new array around ``t`` (no copy, not a view) of ``template``'s class when that is a
    user subclass, with ``__array_finalize__(template)`` run (NumPy's new-from-template)."""
    cls = type(template)
    a = _new(ndarray if cls is ndarray or cls not in USER_SUBCLASSES else cls)
    a._t = t
    a._base = None
    a._ro = False
    if a.__class__ is not ndarray:
        finalize = getattr(a, "__array_finalize__", None)
        if finalize is not None:
            finalize(template)
    return a


def like_subclass(inputs: tuple[Any, ...], result: Any) -> Any:
    """Give ufunc results the class of the first input of a user subclass (NumPy's
    ``__array_wrap__`` protocol: a subclass's own ``__array_wrap__`` decides, else the result
    becomes an instance of it and ``__array_finalize__`` runs)."""
    source = next((a for a in inputs if type(a) in USER_SUBCLASSES), None)
    if source is None:
        return result
    if isinstance(result, tuple):
        return tuple(like_subclass((source,), r) for r in result)
    if type(result) is not ndarray:  # scalars and the caller's own out= arrays stay
        return result
    cls = type(source)
    wrap_hook = getattr(cls, "__array_wrap__", None)
    if wrap_hook is not None:
        return wrap_hook(source, result, None, False)
    a = _new(cls)
    a._t, a._base, a._ro = result._t, None, False
    finalize = getattr(a, "__array_finalize__", None)
    if finalize is not None:
        finalize(source)
    return a


def wrap_view(t: _Tensor, base: ndarray) -> ndarray:
    """An ndarray that is a view of ``base``'s data (of ``base``'s class, for subclasses)."""
    cls = type(base)
    if cls is ndarray:
        a = _new(ndarray)
        a._t = t
        b = base._base
        a._base = base if b is None else b
        a._ro = base._ro
        return a
    a = _new(ndarray if cls is ndarray or cls in _SCALAR_CLASSES else cls)
    a._t = t
    a._base = base._base if base._base is not None else base
    a._ro = base._ro
    if cls is not ndarray and type(a) is cls:
        finalize = getattr(a, "__array_finalize__", None)
        if finalize is not None:  # NumPy's subclass hook: views carry the subclass's state
            finalize(base)
    return a


def wrap_scalar(t: _Tensor) -> ndarray:
    """A NumPy scalar around the 0-d tensor ``t`` (which must not be shared)."""
    a = _new(SCALAR_TYPES[t.dtype])
    a._t = t
    a._base = None
    a._ro = True
    return a
