"""The normalizer: kernel annotations -> a conversion plan -> a public NumPy-land function.

``build_plan`` inspects a kernel once, at assembly.  ``make_public`` returns a plain function
that, per call, converts only the arguments the plan names, calls the slot's first kernel,
and wraps the result.  No introspection happens on the call path.
"""

from __future__ import annotations

import inspect
import operator
import typing
from collections.abc import Callable
from typing import Any

import torch

from . import _dtypes
from ._convert import is_python_data, to_operand, to_tensor
from ._ndarray import LOCKED, SCALAR_TYPES, USER_SUBCLASSES, ndarray
from ._slots import Slot, scoped, translate_torch_error
from ._subclass import SubclassRule, follow_subclass
from .annotations import (
    ARRAY,
    ARRAY_OR_DATA,
    ARRAY_OR_SCALAR,
    ARRAY_SEQUENCE,
    AXIS,
    DEVICE,
    DTYPE,
    OPTIONAL_ARRAY,
    OUT,
    OUT_INDEX,
    OUT_UNSAFE,
    READ_ONLY_RESULT,
    READ_ONLY_VIEW_RESULT,
    SCALAR_RESULT,
    SHAPE,
    WRITABLE,
    Conversion,
    conversion_of,
)
from .exceptions import PluginError, UFuncTypeError

__all__ = ["Plan", "build_plan", "make_public", "public_signature"]

_Tensor = torch.Tensor
_new = object.__new__
_from_torch = _dtypes._FROM_TORCH
_POSITIONAL = (inspect.Parameter.POSITIONAL_ONLY, inspect.Parameter.POSITIONAL_OR_KEYWORD)


# ---------------------------------------------------------------- converters


def _optional_array(x: Any) -> _Tensor | None:
    return None if x is None else to_tensor(x)


def _array_sequence(seq: Any) -> tuple[_Tensor, ...]:
    if type(seq) is tuple or type(seq) is list:  # the common case, without a call per item
        if len(seq) == 2:  # two arrays: no comprehension (a frame of its own before 3.12)
            x, y = seq
            if type(x) is ndarray and type(y) is ndarray:
                return (x._t, y._t)
        return tuple([x._t if type(x) is ndarray else to_tensor(x) for x in seq])
    if isinstance(seq, (ndarray, _Tensor)):
        return tuple(to_tensor(seq).unbind(0))
    try:
        return tuple(map(to_tensor, seq))
    except TypeError as e:
        if not hasattr(seq, "__iter__"):
            raise TypeError(
                f"expected a sequence of array-likes, got {type(seq).__name__}"
            ) from None
        raise e


def _array_or_data(x: Any) -> Any:
    return x if is_python_data(x) else to_tensor(x)


def _dtype(x: Any) -> torch.dtype | None:
    return None if x is None else _dtypes.as_dtype(x).torch


def _axis(x: Any) -> int | tuple[int, ...] | None:
    if x is None or type(x) is int:
        return x
    if isinstance(x, tuple):
        return tuple(map(_index, x))
    return _index(x)


def _index(x: Any) -> int:
    try:
        return operator.index(x)
    except TypeError:
        raise TypeError(
            f"'{type(x).__name__}' object cannot be interpreted as an integer"
        ) from None


def _shape(x: Any) -> tuple[int, ...]:
    if type(x) is tuple:
        for n in x:
            if type(n) is not int:
                break
        else:
            return x  # already a tuple of ints
        try:
            return tuple(map(operator.index, x))
        except TypeError:
            pass
    elif type(x) is int:
        return (x,)
    if (
        hasattr(x, "__index__")
        and not isinstance(x, ndarray)
        or isinstance(x, ndarray)
        and x.ndim == 0
    ):
        return (_index(x),)
    try:
        return tuple(map(_index, x))
    except TypeError:
        raise TypeError(
            f"'{type(x).__name__}' object cannot be interpreted as an integer"
        ) from None


def _writable(x: Any) -> _Tensor:
    if not isinstance(x, ndarray):
        raise TypeError(f"argument must be a tnp ndarray, not {type(x).__name__}")
    if x._ro:
        raise ValueError("assignment destination is read-only")
    return x._t


def _device(x: Any) -> torch.device | None:
    if x is None:
        return None
    if isinstance(x, torch.device):
        return x
    try:
        return torch.device(x)
    except (RuntimeError, TypeError):
        raise ValueError(f"unsupported device {x!r}") from None


CONVERTERS: dict[Conversion, Callable[[Any], Any]] = {
    ARRAY: to_tensor,
    OPTIONAL_ARRAY: _optional_array,
    ARRAY_SEQUENCE: _array_sequence,
    ARRAY_OR_SCALAR: to_operand,
    ARRAY_OR_DATA: _array_or_data,
    DTYPE: _dtype,
    AXIS: _axis,
    SHAPE: _shape,
    DEVICE: _device,
    WRITABLE: _writable,
}

# ---------------------------------------------------------------- plans

_OUT_CASTING = {OUT: "same_kind", OUT_UNSAFE: "unsafe", OUT_INDEX: "index"}


class Plan:
    """How to convert the arguments of one public function, decided once."""

    __slots__ = (
        "out_casting",
        "positional",
        "keyword",
        "var_positional",
        "out_index",
        "out_name",
        "scalar_result",
        "read_only",
        "read_only_views",
        "first_is_array",
        "signature",
    )

    def __init__(self) -> None:
        self.positional: list[tuple[int, Callable[[Any], Any]]] = []
        self.keyword: dict[str, Callable[[Any], Any]] = {}
        self.var_positional: tuple[int, Callable[[Any], Any]] | None = None
        self.out_index: int | None = None
        self.out_name: str | None = None
        self.out_casting = "same_kind"
        self.scalar_result = False
        self.read_only = False
        self.read_only_views = False
        self.first_is_array = False
        self.signature: inspect.Signature | None = None


def build_plan(kernel: Callable[..., Any]) -> Plan:
    """Read a kernel's annotations once and decide every conversion."""
    plan = Plan()
    sig = inspect.signature(kernel)
    try:
        hints = typing.get_type_hints(kernel, include_extras=True)
    except Exception:  # unresolvable annotations: fall back to the raw ones
        hints = {k: p.annotation for k, p in sig.parameters.items()}
        hints["return"] = sig.return_annotation
    for i, p in enumerate(sig.parameters.values()):
        conv = conversion_of(hints.get(p.name))
        if conv is None:
            continue
        if conv in _OUT_CASTING:
            plan.out_name = p.name
            plan.out_casting = _OUT_CASTING[conv]
            if p.kind in _POSITIONAL:
                plan.out_index = i
            continue
        fn = CONVERTERS[conv]
        if p.kind is inspect.Parameter.VAR_POSITIONAL:
            plan.var_positional = (i, fn)
            if i == 0 and conv is ARRAY:
                plan.first_is_array = True
            continue
        if p.kind in _POSITIONAL:
            plan.positional.append((i, fn))
            if i == 0 and (conv is ARRAY or conv is ARRAY_OR_DATA):
                plan.first_is_array = True
        if p.kind is not inspect.Parameter.POSITIONAL_ONLY:
            plan.keyword[p.name] = fn
    returns = conversion_of(hints.get("return"))
    plan.scalar_result = returns is SCALAR_RESULT
    plan.read_only = returns is READ_ONLY_RESULT
    plan.read_only_views = returns is READ_ONLY_VIEW_RESULT
    plan.signature = public_signature(sig)
    return plan


def public_signature(sig: inspect.Signature) -> inspect.Signature:
    """The kernel's signature without torch-level annotations (what users see)."""
    return sig.replace(
        parameters=[p.replace(annotation=inspect.Parameter.empty) for p in sig.parameters.values()],
        return_annotation=inspect.Signature.empty,
    )


# ---------------------------------------------------------------- results


def wrap_result(r: Any, scalar: bool) -> Any:
    """Wrap what a kernel returned: tensors become ndarrays (0-d -> scalars if ``scalar``)."""
    if type(r) is _Tensor:
        if scalar and r.dim() == 0:
            a = _new(SCALAR_TYPES[r.dtype])
            a._t = r.clone() if r._base is not None else r  # (a view: copied)
            a._ro = True
        else:
            a = _new(ndarray)
            a._t = r
            a._ro = False
        a._base = None
        return a
    if isinstance(r, tuple):
        items = [wrap_result(x, scalar) for x in r]
        return type(r)(*items) if hasattr(r, "_fields") else tuple(items)
    if isinstance(r, list):
        return [wrap_result(x, scalar) for x in r]
    return r


def write_out(out: Any, r: Any, name: str, casting: str = "same_kind") -> Any:
    """Write a kernel result into the user's ``out`` array(s) and return them.

    ``casting``: NumPy's rule for the result -> out cast ("same_kind", "unsafe"), or "index"
    (``argmin``/``argmax``: out must hold integers or bools).
    """
    if isinstance(out, tuple):
        if not isinstance(r, tuple) or len(r) != len(out):
            raise ValueError(f"{name}: 'out' must have one array per output")
        return tuple(write_out(o, x, name, casting) for o, x in zip(out, r))
    if not isinstance(out, ndarray):
        raise TypeError(f"{name}: 'out' must be an array, got {type(out).__name__}")
    if isinstance(r, ndarray):  # a kernel's kernel_utils.array_result
        r = r._t
    if out._ro:
        raise ValueError("output array is read-only")
    ot = out._t
    if tuple(r.shape) != tuple(ot.shape):
        raise ValueError(
            f"{name}: output array has shape {tuple(ot.shape)}, but the result has shape "
            f"{tuple(r.shape)}"
        )
    if r.dtype is not ot.dtype:
        src, dst = _from_torch[r.dtype], _from_torch[ot.dtype]
        if casting == "index":
            if dst.kind not in "biu":
                raise TypeError(f"{name}: out= must be an integer array to hold indices, "
                                f"not {dst!r}")
        elif not _dtypes.can_cast_dtypes(src, dst, casting):
            raise UFuncTypeError(
                f"Cannot cast array data from {src!r} to {dst!r} according to the rule "
                f"'{casting}'"
            )
    ot.copy_(r)
    return out


# ---------------------------------------------------------------- public functions


def _convert_varargs(
    args: tuple[Any, ...],
    positional: tuple[tuple[int, Callable[[Any], Any]], ...],
    var_positional: tuple[int, Callable[[Any], Any]],
) -> list[Any]:
    """Convert positional arguments when the kernel takes ``*args`` (e.g. ``atleast_1d``)."""
    out = list(args)
    for i, conv in positional:
        if i < len(out):
            out[i] = conv(out[i])
    start, conv = var_positional
    out[start:] = [conv(a) for a in out[start:]]
    return out


def _mark_views(results: tuple[Any, ...] | list[Any], first: ndarray) -> None:
    """Arrays among a kernel's tuple/list results that view ``first``'s data become its views
    (``base``, read-only flag), like the single-result path (``split``, ``unstack``)."""
    ft, fb = first._t, first._base
    for a in results:
        if type(a) is ndarray:
            rb = a._t._base
            if a._t is ft or (rb is not None and (rb is ft or rb is ft._base)):
                a._base = first if fb is None else fb
                a._ro = first._ro


def _read_only_results(public: Callable[..., Any], views_only: bool) -> Callable[..., Any]:
    """Mark the arrays ``public`` returns read-only (never the caller's own input array;
    with ``views_only``, only results that are views)."""

    def read_only(*args: Any, **kwargs: Any) -> Any:
        r = public(*args, **kwargs)
        first = args[0] if args else None
        for a in r if isinstance(r, tuple) else (r,):
            if isinstance(a, ndarray) and a is not first and (
                not views_only or a._t._base is not None
            ):
                a._ro = LOCKED
        return r

    return read_only


def _convert_keywords(kwargs: dict[str, Any], keyword: dict[str, Callable[[Any], Any]]) -> None:
    """Convert, in place, the keyword arguments the plan names."""
    for k in kwargs:  # values change, keys do not: safe while iterating
        conv = keyword.get(k)
        if conv is not None:
            kwargs[k] = conv(kwargs[k])


def _base_class_view(a: ndarray) -> ndarray:
    """A view of the subclass instance ``a`` as a base-class ndarray (``np.asarray(sub)``)."""
    v = _new(ndarray)
    v._t = a._t.view(a._t.shape)
    v._base = a if a._base is None else a._base
    v._ro = a._ro
    return v


def _wrap_other(r: Any, first: Any, scalar: bool, first_is_array: bool) -> Any:
    """Wrap what a kernel returned that is not a single tensor (tuples, lists, Python data)."""
    w = wrap_result(r, scalar)
    if first_is_array and isinstance(first, ndarray) and isinstance(w, (tuple, list)):
        _mark_views(w, first)
    return w


def make_public(
    name: str,
    qualname: str,
    slot: Slot,
    plan: Plan,
    doc: str | None,
    module: str,
    rule: SubclassRule | None = None,
) -> Callable[..., Any]:
    """The stable public function for ``name``: converts, dispatches through ``slot``, wraps.

    ``rule``: how results follow an ndarray-subclass input (none: base arrays).
    """
    params = list(plan.signature.parameters)
    source_names = tuple(params[i] if i < len(params) else "" for i in rule.sources) if rule else ()
    positional = tuple(plan.positional)
    # the conversions that apply when exactly n positional arguments are given
    by_count = [tuple(p for p in positional if p[0] < n) for n in range(len(positional) + 8)]
    keyword = plan.keyword
    var_positional = plan.var_positional
    out_index = plan.out_index
    out_name = plan.out_name
    out_casting = plan.out_casting
    scalar = plan.scalar_result
    first_is_array = plan.first_is_array
    # The fast lane: one to three positional arguments (and keywords other than ``out``), each
    # converted (or not) by a fixed converter, the kernel called with them directly.
    convs_at = dict(positional)
    conv0, conv1, conv2 = convs_at.get(0), convs_at.get(1), convs_at.get(2)
    lane = 0 if var_positional is not None else 3 if out_index is None else min(3, out_index)
    tensor0 = conv0 is to_tensor  # an ndarray first argument: read ``_t`` inline

    def call_general(args: tuple[Any, ...], kwargs: dict[str, Any]) -> tuple[Any, Any, Any, bool]:
        """Every call the fast lane does not take (``out``, no or more than three positional
        arguments, ``*args`` kernels, scoped overrides): (kernel result, first argument, first
        as converted, whether finished)."""
        n = len(args)
        out = None
        if out_name is not None:
            if out_index is not None and n > out_index:
                out = args[out_index]
                args = (*args[:out_index], None, *args[out_index + 1 :])
            elif kwargs:
                out = kwargs.pop(out_name, None)
        first = args[0] if n else None
        if var_positional is not None:
            args = _convert_varargs(args, positional, var_positional)
        elif n:
            convs = by_count[n] if n < len(by_count) else positional
            if convs:
                args = list(args)  # type: ignore[assignment]
                for i, conv in convs:
                    args[i] = conv(args[i])  # type: ignore[index]
        if kwargs:
            _convert_keywords(kwargs, keyword)
        try:
            if scoped.count:
                r = slot.call(args, kwargs)
            else:
                r = slot.kernels[0](*args, **kwargs)
                if r is NotImplemented:
                    r = slot.fall_through(args, kwargs)
        except PluginError:
            raise
        except RuntimeError as e:
            raise translate_torch_error(e, name) from None
        if out is not None:
            return write_out(out, r, name, out_casting), None, None, True
        return r, first, args[0] if n else None, False

    def public(*args: Any, **kwargs: Any) -> Any:
        n = len(args)
        if 0 < n <= lane and not scoped.count and (not kwargs or out_name not in kwargs):
            if kwargs:
                _convert_keywords(kwargs, keyword)
            first = args[0]
            if tensor0 and type(first) is ndarray:
                x = first._t
            else:
                x = first if conv0 is None else conv0(first)
            y = z = None
            kernel = slot.kernels[0]
            try:
                if n == 1:
                    r = kernel(x, **kwargs) if kwargs else kernel(x)
                elif n == 2:
                    y = args[1] if conv1 is None else conv1(args[1])
                    r = kernel(x, y, **kwargs) if kwargs else kernel(x, y)
                else:
                    y = args[1] if conv1 is None else conv1(args[1])
                    z = args[2] if conv2 is None else conv2(args[2])
                    r = kernel(x, y, z, **kwargs) if kwargs else kernel(x, y, z)
                if r is NotImplemented:
                    r = slot.fall_through((x, y, z)[:n], kwargs)
            except PluginError:
                raise
            except RuntimeError as e:
                raise translate_torch_error(e, name) from None
        else:
            r, first, x, finished = call_general(args, kwargs)
            if finished:
                return r
        if type(r) is not _Tensor:
            a = _wrap_other(r, first, scalar, first_is_array)
        # A 0-d result of a scalar-returning function becomes a NumPy scalar (a copy, never a
        # view); a view of the first argument's data becomes a view of that array (``base``,
        # read-only flag); the kernel returning its input unchanged gives the caller's array.
        elif scalar and r.dim() == 0:
            a = _new(SCALAR_TYPES[r.dtype])
            a._t = r.clone() if r is x or r._base is not None else r
            a._ro = True
            a._base = None
        elif first_is_array and isinstance(first, ndarray) and (
            r is x or (rb := r._base) is not None
        ):
            if r is x:  # asarray and friends: the caller's array (of the base class: asarray)
                keep = rule is not None or type(first) not in USER_SUBCLASSES
                a = first if keep else _base_class_view(first)
            else:
                a = _new(ndarray)
                a._t = r
                ft = first._t
                if rb is ft or rb is ft._base:  # a view of the input, not of a temporary
                    fb = first._base
                    a._base = first if fb is None else fb
                    a._ro = first._ro
                else:
                    a._base = None
                    a._ro = False
        else:
            a = _new(ndarray)
            a._t = r
            a._base = None
            a._ro = False
        if rule is not None and USER_SUBCLASSES:
            return follow_subclass(rule, a, args, kwargs, source_names)
        return a

    if plan.read_only or plan.read_only_views:
        public = _read_only_results(public, plan.read_only_views)
    public.__name__ = name
    public.__qualname__ = qualname
    public.__module__ = module
    public.__doc__ = doc
    public.__signature__ = plan.signature  # type: ignore[attr-defined]
    return public
