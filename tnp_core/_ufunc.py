"""``ufunc`` objects built from plugin-registered elementwise kernels.

A plugin registers a :class:`UfuncDef` (the elementwise torch kernel plus NumPy's metadata:
``nin``, ``nout``, ``identity``, loop ``types``).  The core turns it into a ``ufunc`` with
NumPy's call keywords (``out``, ``where``, ``casting``, ``dtype``, ...) and the methods
``reduce``, ``accumulate``, ``reduceat``, ``outer`` and ``at``.  Type resolution follows
NumPy: the NEP 50 common dtype of the operands selects the first loop it casts to safely.
A third party that overrides the kernel of ``add`` keeps all of this.
"""

from __future__ import annotations

import math
import operator
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import torch
from torch.compiler import is_dynamo_compiling as compiling

from . import _dtypes, _errstate
from ._convert import to_operand, to_tensor
from ._indexing import getitem_tensor, prepare_key
from ._ndarray import SCALAR_TYPES, USER_SUBCLASSES, like_subclass, ndarray
from ._novalue import NoValue
from ._slots import Slot, broadcast_error, scoped, translate_torch_error
from .exceptions import AxisError, PluginError, UFuncTypeError

__all__ = ["UfuncDef", "ufunc", "normalize_axis", "normalize_axes"]

_Tensor = torch.Tensor
_new = object.__new__
_from_torch = _dtypes._FROM_TORCH


_SAME_KIND = "same_kind"
_SIMPLE_KIND = {"b": 0, "u": 1, "i": 1, "f": 2, "c": 2}
_WEAK_SCALARS = frozenset({int, float, complex})
_IDENTITY_COMPARISONS = frozenset({"equal", "not_equal"})
_CASTINGS = frozenset({"no", "equiv", "safe", "same_kind", "unsafe"})
_BOOL = torch.bool
_PYINT_EXACT = frozenset(
    {
        "equal",
        "not_equal",
        "less",
        "less_equal",
        "greater",
        "greater_equal",
        "logical_and",
        "logical_or",
        "logical_xor",
    }
)
_LOGICAL = frozenset({"logical_and", "logical_or", "logical_xor", "logical_not"})


def _casts(src: Any, dst: _dtypes.dtype, casting: str) -> bool:
    """``can_cast`` for a dtype or a weak Python scalar type (NEP 50: by kind, not value)."""
    if isinstance(src, _dtypes.dtype):
        return _dtypes.can_cast_dtypes(src, dst, casting)
    if casting == "unsafe":
        return True
    if src is bool and casting in ("no", "equiv"):
        return dst is _dtypes.bool_
    k = _dtypes._WEAK_ORDER[src]
    return k <= dst._order or (k == 2 and dst._order == 1)


_NoValue = NoValue


@dataclass(frozen=True)
class UfuncDef:
    """What a plugin registers for a ufunc (see ``hookspecs.tnp_register_ufuncs``)."""

    name: str
    """NumPy's name, e.g. ``"add"``."""
    kernel: Callable[..., Any]
    """The elementwise torch kernel: takes ``nin`` tensors of the loop's input dtype, returns a
    tensor (or a tuple of ``nout`` tensors)."""
    nin: int
    nout: int = 1
    identity: Any = None
    """The identity of the binary operation (``0`` for add), or None."""
    types: tuple[str, ...] = ()
    """NumPy's loop signatures in search order, e.g. ``("ff->f", "dd->d")``."""
    python_scalars: bool = False
    """True if the kernel accepts one Python scalar operand (fast path for ``a * 2.0``)."""
    reduce: Callable[[torch.Tensor, tuple[int, ...], bool], torch.Tensor] | None = None
    """Fast ``reduce``: ``(tensor, axes, keepdims) -> tensor``; used while this kernel serves."""
    accumulate: Callable[[torch.Tensor, int], torch.Tensor] | None = None
    """Fast ``accumulate``: ``(tensor, axis) -> tensor``."""
    scatter: str | None = None
    """``scatter_reduce`` mode for ``at`` ("sum", "prod", "amax", "amin")."""
    upcast_reductions: bool = False
    """Reduce/accumulate bool and small ints in the default int (NumPy's add and multiply)."""
    reorderable: bool = False
    """``reduce`` may take several axes at once (NumPy's add, multiply, maximum, logical_and...;
    not subtract, divide or power)."""
    int_to_float: bool = False
    """Integer and bool inputs compute in float64 (NumPy's true_divide resolver)."""
    type_errors: Mapping[str, str] = field(default_factory=dict)
    """Messages for dtypes without a loop, keyed by dtype kind (e.g. ``{"b": "..."}``)."""
    loop_kernel: Callable[[tuple[torch.dtype, ...]], Callable[..., Any] | None] | None = None
    """Optional: given a loop's input dtypes, the kernel specialised for that loop (or None for
    ``kernel``).  Looked up once per loop and used while this definition's kernel serves: it
    lets ``kernel`` keep its dtype checks out of the common loops."""
    out_kernel: Callable[[tuple[torch.dtype, ...]], Callable[..., Any] | None] | None = None
    """Optional: given a loop's input dtypes (all one dtype), a function that computes the loop
    straight into an existing tensor, ``f(*inputs, out=tensor)`` (``torch.add``), or None.
    Used while this definition's kernel serves, for an ``out=`` array of the loop's output
    dtype and the broadcast shape (``a += b``): no temporary, no copy."""
    doc: str = ""
    aliases: tuple[str, ...] = ()
    """Other public names of the same ufunc object (``abs`` for ``absolute``)."""
    signature: str | None = None
    """A generalized ufunc's core signature, e.g. ``"(n),(n)->()"`` (None: elementwise).  The
    kernel then receives the operands with their core dimensions last (loop dimensions
    broadcastable) and returns the output with its core dimensions last."""
    checks_core_sizes: bool = False
    """A gufunc kernel that raises ``RuntimeError`` itself when two operands' shared core
    dimensions differ (``torch.matmul`` does): the fast path for two arrays then skips its own
    size checks.  Used while this definition's kernel serves."""


def _parse_loops(
    types: tuple[str, ...],
) -> tuple[tuple[tuple[_dtypes.dtype, ...], tuple[_dtypes.dtype, ...]], ...]:
    loops = []
    for sig in types:
        ins, outs = sig.split("->")
        try:
            loop = (
                tuple(_dtypes.as_dtype(c) for c in ins),
                tuple(_dtypes.as_dtype(c) for c in outs),
            )
        except TypeError:
            continue
        if loop not in loops:
            loops.append(loop)
    return tuple(loops)


def normalize_axis(axis: int, ndim: int) -> int:
    """Bound a single axis to ``[0, ndim)``; NumPy's AxisError otherwise."""
    if type(axis) is int and 0 <= axis < ndim:
        return axis
    try:
        ax = axis.__index__()
    except AttributeError:
        raise TypeError(
            f"'{type(axis).__name__}' object cannot be interpreted as an integer"
        ) from None
    if not -ndim <= ax < ndim:
        raise AxisError(ax, ndim)
    return ax + ndim if ax < 0 else ax


def normalize_axes(axis: int | tuple[int, ...] | None, ndim: int) -> tuple[int, ...]:
    """``None`` -> all axes; an int or tuple -> bounded, duplicate-free tuple."""
    if axis is None:
        return tuple(range(ndim))
    if isinstance(axis, tuple):
        axes = tuple(normalize_axis(a, ndim) for a in axis)
        if len(set(axes)) != len(axes):
            raise ValueError("duplicate value in 'axis'")
        return axes
    return (normalize_axis(axis, ndim),)


def _method_result(array: Any, r: _Tensor) -> Any:
    """What ``reduce``/``accumulate``/``reduceat`` return once a user subclass exists: for a
    subclass input, an array of its class (a 0-d one for full reductions, as NumPy's)."""
    if type(array) not in USER_SUBCLASSES:
        return wrap_scalarizing(r)
    a = _new(ndarray)
    a._t, a._base, a._ro = r, None, False
    return like_subclass((array,), a)


def wrap_scalarizing(r: _Tensor) -> Any:
    """Wrap a fresh result tensor (0-d results become NumPy scalars): one tensor read."""
    if r.dim():
        a = _new(ndarray)
        a._t = r
        a._base = None
        a._ro = False
        return a
    a = _new(SCALAR_TYPES[r.dtype])
    a._t = r
    a._base = None
    a._ro = True
    return a


class ufunc:
    """A NumPy universal function whose elementwise kernel comes from a plugin."""

    def __new__(cls, definition: UfuncDef, slot: Slot) -> ufunc:
        if cls is ufunc and definition.signature is not None:
            cls = _GUfunc  # a generalized ufunc: its own call path, same public type
        return object.__new__(cls)

    def __init__(self, definition: UfuncDef, slot: Slot) -> None:
        self.__name__ = definition.name
        self.__qualname__ = definition.name
        self.__doc__ = definition.doc or f"The {definition.name} ufunc."
        self.nin = definition.nin
        self.nout = definition.nout
        self.nargs = definition.nin + definition.nout
        self.identity = definition.identity
        self.signature = definition.signature
        self._def = definition
        self._slot = slot
        self._loops = _parse_loops(definition.types)
        elementwise = definition.signature is None
        self._binary = definition.nout == 1 and definition.nin == 2 and elementwise
        self._unary = definition.nout == 1 and definition.nin == 1 and elementwise
        self._exact: dict[tuple, tuple[tuple, tuple]] = {}
        for ins, outs in reversed(self._loops):
            self._exact[ins] = (ins, outs)
        # every loop like "ff->f": dtype= picks the loop of that dtype (NumPy's uniform promoter)
        self._uniform = bool(self._loops) and all(
            len(set(ins + outs)) == 1 for ins, outs in self._loops
        )
        # NumPy 2 compares Python ints beyond the array dtype's range exactly (no OverflowError)
        self._pyint_exact = definition.name in _PYINT_EXACT
        # NumPy's logical ufuncs reduce in bool whatever the input dtype
        self._logical = definition.name in _LOGICAL
        # loops with inputs of several dtypes ("ei->e" of ldexp): NumPy's legacy resolver
        self._legacy = not self._pyint_exact and any(len(set(ins)) > 1 for ins, _ in self._loops)
        self._cache: dict[
            tuple[Any, ...], tuple[tuple[torch.dtype, ...], tuple[torch.dtype, ...]]
        ] = {}
        # (input dtypes / Python float) -> (cast dtypes..., output dtype, kernel); see _fast
        self._fast_cache: dict[tuple[Any, ...], tuple[Any, ...]] = {}

    def _invalidate(self) -> None:
        """Forget kernels chosen per loop (the slot's providers changed)."""
        self._fast_cache.clear()

    def _redefine(self, definition: UfuncDef) -> None:
        """Replace the metadata (a plugin registered a new default definition)."""
        self.__init__(definition, self._slot)  # type: ignore[misc]

    @property
    def ntypes(self) -> int:
        return len(self._loops)

    @property
    def types(self) -> list[str]:
        return [
            "".join(d.char for d in ins) + "->" + "".join(d.char for d in outs)
            for ins, outs in self._loops
        ]

    def __repr__(self) -> str:
        return f"<ufunc '{self.__name__}'>"

    # ------------------------------------------------------------------ type resolution
    def _resolve(
        self, key: tuple[Any, ...], fixed: tuple[Any, ...] | None, casting: str
    ) -> tuple[tuple[torch.dtype, ...], tuple[torch.dtype, ...]]:
        """The loop for operand keys (torch dtypes, or Python types for weak scalars).

        ``fixed``: NumPy's ``signature`` (``dtype=`` fixes the outputs): one parsed dtype or
        None per operand, or None when nothing is fixed.
        """
        strong = [_from_torch[k] for k in key if isinstance(k, torch.dtype)]
        weak = [k for k in key if isinstance(k, type)]
        if (
            self._logical
            and len(key) == 2
            and (weak or key[0] is not key[1])
            and (fixed is None or _bool_or_free(fixed))
        ):  # NumPy's logical promoter: operands of mixed types go to the bool loop, cast
            return (_BOOL, _BOOL), (_BOOL,)  # whatever the casting rule
        if fixed is None:
            ins, outs = self._default_loop(key, strong, weak)
        else:
            ins, outs = self._fixed_loop(key, fixed, casting)
        if fixed is not None or casting in ("no", "equiv"):
            self._check_inputs(key, ins, casting)
        return tuple(i.torch for i in ins), tuple(o.torch for o in outs)

    def resolve_dtypes(self, dtypes: tuple[Any, ...], *, signature: Any = None,
                       casting: str | None = None, reduction: bool = False
                       ) -> tuple[_dtypes.dtype, ...]:
        """The dtypes of the loop a call with these operand dtypes would use (NumPy's API).

        ``dtypes``: one entry per operand (inputs then outputs): a dtype, or the Python type
        ``int`` / ``float`` / ``complex`` for a weak scalar, or None for an unspecified output.
        """
        if not isinstance(dtypes, tuple) or len(dtypes) != self.nargs:
            raise TypeError(f"resolve_dtypes: dtypes must be a tuple of {self.nargs} entries "
                            f"(inputs and outputs)")
        if reduction and (self.nin != 2 or self.nout != 1):
            raise ValueError("ufunc is not compatible with reduction operations.")
        key: list[Any] = []
        for d in dtypes[: self.nin]:
            if d is None:
                raise TypeError("Input dtypes cannot be None in resolve_dtypes")
            key.append(d if d is int or d is float or d is complex else _dtypes.as_dtype(d).torch)
        fixed = None  # given output dtypes are cast targets, not part of the loop choice
        if signature is not None:
            fixed = tuple(None if g is None else _dtypes.as_dtype(g) for g in signature)
        cin, couts = self._resolve(tuple(key), fixed, casting or _SAME_KIND)
        return tuple(_from_torch[t] for t in (*cin, *couts))

    def _default_loop(self, key: tuple, strong: list, weak: list) -> tuple[tuple, tuple]:
        """NumPy's default resolution: the first loop every operand casts to safely.

        A weak Python scalar takes the dtype NEP 50 promotes it to with the arrays (``int``
        with an int8 array: int8; with a bool array: int64).
        """
        if not weak:  # NumPy's dispatch: a loop for exactly these dtypes first
            loop = self._exact.get(tuple(strong))
            if loop is not None:
                return loop
        if weak and self._legacy:
            return self._legacy_loop(key, strong)
        d = self._def
        common = _dtypes.result_type_of(strong, weak)
        msg = d.type_errors.get(common.kind)  # NumPy's resolvers refusing e.g. bool subtract
        if msg:
            raise UFuncTypeError(msg)
        if d.int_to_float and common.kind in "biu":
            operands = [_dtypes.float64] * len(key)
        else:
            operands = [
                _from_torch[k] if isinstance(k, torch.dtype)
                else _dtypes.result_type_of(strong, [k])
                for k in key
            ]
        for ins, outs in self._loops:
            if all(_dtypes.can_cast_dtypes(o, i, "safe") for o, i in zip(operands, ins)):
                return ins, outs
        if weak:  # mixed-kind loops (ldexp's "fi->f"): a Python scalar fits any loop of its kind
            srcs = [_from_torch[k] if isinstance(k, torch.dtype) else k for k in key]
            for ins, outs in self._loops:
                if all(_casts(k, i, "safe") for k, i in zip(srcs, ins)):
                    return ins, outs
        raise self._no_loop(common, strong)

    def _legacy_loop(self, key: tuple, strong: list) -> tuple[tuple, tuple]:
        """NumPy's legacy linear search with Python scalars (``ldexp(1, int32_array)`` is
        float16; see ``_legacy_sources``)."""
        srcs = _legacy_sources(key, strong)
        for ins, outs in self._loops:
            if all(_casts(k, i, "safe") for k, i in zip(srcs, ins)):
                return ins, outs
        raise self._no_loop(_dtypes.result_type_of(strong, []) if strong else _dtypes.int64,
                            strong)

    def _fixed_loop(self, key: tuple, fixed: tuple, casting: str) -> tuple[tuple, tuple]:
        """The loop when ``dtype=`` / ``signature=`` fix some operand dtypes (NumPy 2 rules).

        Uniform ufuncs (every loop like ``ff->f``) take the loop of the fixed dtype when all
        fixed entries agree; others search the loops matching the fixed entries for the first
        one whose inputs the operands cast to safely.
        """
        if self._uniform:
            given = {f for f in fixed if f is not None}
            if len(given) == 1:
                (g,) = given
                for ins, outs in self._loops:
                    if ins[0] is g:
                        return ins, outs
            raise self._no_matching_loop()
        srcs = _legacy_sources(key, [_from_torch[k] for k in key if isinstance(k, torch.dtype)])
        # inputs not fixed must cast safely (or as ``casting`` says, if stricter); the fixed
        # ones are checked against ``casting`` afterwards
        rule = casting if casting in ("no", "equiv") else "safe"
        attempts = [fixed]
        g = fixed[self.nin]
        if g is not None and all(f is g for f in fixed[self.nin :]):  # NumPy's second try
            # for dtype=: every unfixed input takes the output dtype
            ins_fixed = (g if f is None else f for f in fixed[: self.nin])
            attempts.append((*ins_fixed, *fixed[self.nin :]))
        for sig in attempts:
            for ins, outs in self._loops:
                if any(f is not None and f is not lp for f, lp in zip(sig, (*ins, *outs))):
                    continue
                if all(f is not None or _casts(k, i, rule) for k, i, f in zip(srcs, ins, sig)):
                    return ins, outs
        raise self._no_matching_loop()

    def _check_inputs(self, key: tuple, ins: tuple, casting: str) -> None:
        for i, (k, want) in enumerate(zip(key, ins)):
            src = _from_torch[k] if isinstance(k, torch.dtype) else k
            if not _casts(src, want, casting):
                name = repr(src) if isinstance(src, _dtypes.dtype) else f"Python {src.__name__}"
                raise UFuncTypeError(
                    f"Cannot cast ufunc '{self.__name__}' input {i} from {name} to {want!r} "
                    f"with casting rule '{casting}'"
                )

    def _no_matching_loop(self) -> UFuncTypeError:
        return UFuncTypeError(
            "No loop matching the specified signature and casting was found for ufunc "
            f"{self.__name__}"
        )

    def _no_loop(self, common: _dtypes.dtype, strong: list) -> UFuncTypeError:
        types = ", ".join(repr(d) for d in strong) or repr(common)
        return UFuncTypeError(
            f"ufunc '{self.__name__}' did not contain a loop with signature matching types "
            f"({types})"
        )

    # ------------------------------------------------------------------ computing
    def _compute(
        self,
        ops: tuple[Any, ...],
        fixed: tuple[Any, ...] | None = None,
        casting: str = _SAME_KIND,
    ) -> tuple[_Tensor, ...]:
        """Resolve the loop, cast the operands, run the kernel; returns the output tensors."""
        key = tuple(o.dtype if type(o) is _Tensor else type(o) for o in ops)
        if fixed is not None or casting is not _SAME_KIND:
            key = (*key, fixed, casting)
        loop = self._cache.get(key)
        if loop is None:
            if casting not in _CASTINGS:
                raise ValueError(
                    "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
                )
            try:
                loop = self._resolve(key[: self.nin], fixed, casting)
            except UFuncTypeError:
                self._scalar_overflow(ops, key[: self.nin], fixed)  # NumPy converts them first
                raise
            self._cache[key] = loop
        cin, couts = loop
        slot = self._slot
        python_ok = slot.first_python_scalars and not scoped.count
        device = None
        n_tensors = 0
        cast = []
        as_tensors = False  # Python scalars as 0-d tensors of the loop dtype (NumPy's cast)
        for i, (o, ci) in enumerate(zip(ops, cin)):
            to = type(o)
            if to is _Tensor:
                n_tensors += 1
                device = o.device
                if o.dtype is not ci:
                    o = o.to(ci)
                cast.append(o)
                continue
            if to is int:
                bounds = _INT_BOUNDS.get(ci)
                if bounds is not None:  # an integer loop
                    if not bounds[0] <= o <= bounds[1]:
                        return self._int_out_of_bounds(ops, i, ci, fixed, casting)
                    cast.append(o)
                    continue
                if not _INT64_MIN <= o <= _INT64_MAX:  # (torch reads int scalars as int64)
                    if ci is _BOOL:  # the logical ufuncs' bool loop
                        raise OverflowError("Python int too large to convert to C long")
                    o = float(o)
                elif ci is _BOOL:
                    o = o != 0
            elif to is bool:
                if ci is not _BOOL:
                    o = int(o)  # torch refuses bool scalars in arithmetic with numbers
            elif not ci.is_complex and (to is complex or not ci.is_floating_point):
                as_tensors = True  # an unsafe cast (dtype=, casting="unsafe"): NumPy's
            if ci is _HALF or (ci is _COMPLEX64 and _beyond_float32(o)):
                as_tensors = True  # torch would compute with the unrounded scalar
            cast.append(o)
        if n_tensors < len(cast) and (not python_ok or n_tensors == 0 or as_tensors):
            cast = [
                o if type(o) is _Tensor else _scalar_tensor(o, ci, device)
                for o, ci in zip(cast, cin)
            ]
        try:
            if scoped.count:
                r = slot.call(cast, {})
            else:
                r = slot.kernels[0](*cast)
                if r is NotImplemented:
                    r = slot.fall_through(cast, {})
        except PluginError:
            raise
        except RuntimeError as e:
            shapes = [tuple(o.shape) for o in cast if type(o) is _Tensor]
            raise (broadcast_error(shapes) or translate_torch_error(e, self.__name__)) from None
        if self.nout == 1:
            if r.dtype is not couts[0]:
                r = r.to(couts[0])
            return (r,)
        return tuple(x if x.dtype is co else x.to(co) for x, co in zip(r, couts))

    def _scalar_overflow(self, ops: tuple[Any, ...], key: tuple[Any, ...], fixed: Any) -> None:
        """Raise NumPy's OverflowError for a Python int that the loop's dtype cannot hold:
        NumPy converts Python scalars before it checks the casting of the other operands."""
        if self._pyint_exact:
            return
        try:
            cin, _ = self._resolve(key, fixed, "unsafe")
        except (TypeError, ValueError):
            return
        for o, ci in zip(ops, cin):
            if type(o) is int and not (ci.is_floating_point or ci.is_complex or ci is _BOOL):
                _check_int_bounds(o, ci)

    def _int_out_of_bounds(
        self, ops: tuple[Any, ...], i: int, ci: torch.dtype, fixed: Any, casting: str
    ) -> tuple[_Tensor, ...]:
        """Operand ``i``, a Python int, lies outside the integer loop dtype ``ci``: NumPy's
        outcome (mostly OverflowError)."""
        o = ops[i]
        wide = _INT64_MIN <= o <= _INT64_MAX
        others = ops[:i] + ops[i + 1 :]
        if self._pyint_exact and not self._logical:  # comparisons
            if all(type(x) is int for x in others):  # Python ints compare exactly
                r = _PY_COMPARE[self.__name__](*ops)
                return (torch.tensor(r),)
            if any(type(x) is _Tensor and x.dtype is not _BOOL for x in others):
                inf = math.inf if o > 0 else -math.inf  # beyond every value of the dtype
                return self._compute((*ops[:i], inf, *ops[i + 1 :]), fixed, "unsafe")
        elif self._logical and wide:  # only truth matters: any in-range non-zero int
            return self._compute((*ops[:i], 1, *ops[i + 1 :]), fixed, casting)
        if not wide:
            raise OverflowError("Python int too large to convert to C long")
        raise OverflowError(f"Python integer {o} out of bounds for {_from_torch[ci].name}")

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        """``ufunc(*inputs, out=None, where=True, casting='same_kind', order='K', dtype=None,
        subok=True, signature=None)``."""
        if not kwargs:
            if len(args) == 2 and self._binary:
                return self._operator(args[0], args[1])
            if len(args) == 1 and self._unary and not scoped.count and not _errstate.checking:
                x = args[0]
                if type(x) is ndarray:  # an array whose loop was seen before and needs no cast
                    tx = x._t
                    entry = self._fast_cache.get((tx.dtype,))
                    if entry is not None and entry[0] is None and entry[1] is None:
                        try:
                            r = entry[2](tx)
                        except PluginError:
                            raise
                        except RuntimeError as e:
                            raise self._kernel_error(e, (tx,)) from None
                        if r is not NotImplemented:
                            if r.dim():
                                a = _new(ndarray)
                                a._t = r
                                a._base = None
                                a._ro = False
                                return a
                            return wrap_scalarizing(r)
                if USER_SUBCLASSES and type(x) in USER_SUBCLASSES:
                    return like_subclass(args, self._call(x))
                r = self._fast1(x)
                if r is not None:
                    return wrap_scalarizing(r)
        r = self._call(*args, **kwargs)
        if USER_SUBCLASSES and kwargs.get("subok", True) and kwargs.get("out") is None and (
            len(args) <= self.nin  # (out= arrays given: they are the results, unchanged)
        ):
            return like_subclass(args, r)  # subclass inputs: results follow
        return r

    def _operator(self, x: Any, y: Any) -> Any:
        """``ufunc(x, y)`` with no keywords, for a binary elementwise ufunc: what ``ndarray``'s
        operators call (fixed arity, no argument packing).

        The hottest path of tnp is inlined: an array and an array (or a Python float) whose
        loop was seen before and needs no cast.
        """
        if scoped.count or _errstate.checking:
            r = self._call(x, y)
            return like_subclass((x, y), r) if USER_SUBCLASSES else r
        if type(x) is ndarray:
            tx = x._t
            ty: Any
            if type(y) is ndarray:
                ty = y._t
                entry = self._fast_cache.get((tx.dtype, ty.dtype))
            elif type(y) is float:
                ty = y
                entry = self._fast_cache.get((tx.dtype, float))
            elif type(y) is int:  # cached only for float loops: NumPy converts it to float,
                entry = self._fast_cache.get((tx.dtype, int))  # and torch is faster with one
                ty = float(y) if entry is not None else y
            else:
                entry = None
            if entry is not None:
                c0, c1, cout, kernel = entry
                if c0 is None and c1 is None and cout is None:
                    try:
                        r = kernel(tx, ty)
                    except PluginError:
                        raise
                    except RuntimeError as e:
                        raise self._kernel_error(e, (tx, ty)) from None
                    if r is not NotImplemented:
                        if r.dim():
                            a = _new(ndarray)
                            a._t = r
                            a._base = None
                            a._ro = False
                            return a
                        return wrap_scalarizing(r)
        if USER_SUBCLASSES and (type(x) in USER_SUBCLASSES or type(y) in USER_SUBCLASSES):
            return like_subclass((x, y), self._call(x, y))
        r = self._fast2(x, y)
        if r is not None:
            return wrap_scalarizing(r)
        r = self._call(x, y)
        return like_subclass((x, y), r) if USER_SUBCLASSES else r

    def _call(
        self,
        *args: Any,
        out: Any = None,
        where: Any = True,
        casting: str = _SAME_KIND,
        order: str = "K",
        dtype: Any = None,
        subok: bool = True,
        signature: Any = None,
    ) -> Any:
        """The full call: keywords, positional outputs, loop resolution."""
        if len(args) != self.nin:
            args, out = self._positional_out(args, out)
        try:
            ops = tuple(map(to_operand, args))
        except TypeError:
            if self.__name__ not in _IDENTITY_COMPARISONS:
                raise
            ops = self._identity_compared(args)  # ``a == None``: NumPy compares objects
        if self.nin == 1 and type(ops[0]) in _PY_SCALARS:
            ops = (_scalar_array(ops[0]),)  # NumPy: a lone Python scalar is an array, not weak
        if (
            out is not None
            and where is True
            and dtype is None
            and signature is None
            and casting is _SAME_KIND
            and self._def.out_kernel is not None
            and not _errstate.checking
        ):
            written = self._compute_into(ops, out)
            if written is not None:
                return written
        if (
            out is None
            and where is True
            and dtype is None
            and signature is None
            and casting is _SAME_KIND
        ):
            results = self._compute(ops)
            if _errstate.checking:
                _errstate.check(self.__name__, ops, results)
            if self.nout == 1:
                return wrap_scalarizing(results[0])
            return tuple(map(wrap_scalarizing, results))
        if out is not None and torch.is_grad_enabled():
            ops = _unaliased(ops, out)
        fixed = self._fixed_of(dtype, signature)
        if out is not None:  # NumPy checks the outputs' casting before computing
            self._check_outputs(ops, fixed, casting, out)
        results = self._compute(ops, fixed, casting)
        if _errstate.checking:
            _errstate.check(self.__name__, ops, results)
        return self._finish(results, out, where, casting)

    def _check_outputs(self, ops: tuple[Any, ...], fixed: Any, casting: str, out: Any) -> None:
        """UFuncTypeError if the loop's outputs do not cast to the ``out`` arrays' dtypes."""
        key = tuple(o.dtype if type(o) is _Tensor else type(o) for o in ops)
        if fixed is not None or casting is not _SAME_KIND:
            key = (*key, fixed, casting)
        loop = self._cache.get(key)
        if loop is None:
            if casting not in _CASTINGS:
                return  # (_compute explains)
            try:
                loop = self._cache[key] = self._resolve(key[: self.nin], fixed, casting)
            except UFuncTypeError:
                return  # (_compute raises NumPy's error, which may be an OverflowError)
        outs = _normalize_out(out, self.nout, self.__name__)
        for co, o in zip(loop[1], outs):
            if o is not None and co is not o._t.dtype and not _dtypes.can_cast_dtypes(
                _from_torch[co], o.dtype, casting
            ):
                self._scalar_overflow(ops, key[: self.nin], fixed)  # (NumPy's first error)
                raise UFuncTypeError(
                    f"Cannot cast ufunc '{self.__name__}' output from {_from_torch[co]!r} to "
                    f"{o.dtype!r} with casting rule '{casting}'"
                )

    def _compute_into(self, ops: tuple[Any, ...], out: Any) -> Any:
        """Compute straight into ``out`` (``a += b``) when nothing stands between the loop and
        it: one plain array of the loop's output dtype and the broadcast shape, a loop seen
        before with one input dtype, the definition's kernel serving.  None: the general path
        (a temporary, then NumPy's casting and broadcasting checks)."""
        o = out[0] if type(out) is tuple and len(out) == 1 else out
        if type(o) is not ndarray or o._ro or scoped.count or self.nout != 1 or compiling():
            return None  # (torch.compile: no memory addresses to compare; the general path)
        loop = self._cache.get(tuple(t.dtype if type(t) is _Tensor else type(t) for t in ops))
        if loop is None:
            return None
        cin, (cout,) = loop
        ot = o._t
        if ot.dtype is not cout or len(set(cin)) != 1 or (
            self._slot.kernels[0] is not self._def.kernel
        ):
            return None
        into = self._def.out_kernel(cin)  # type: ignore[misc]
        if into is None:
            return None
        memory = ot.untyped_storage().data_ptr()
        args = []
        for t, c in zip(ops, cin):
            if type(t) is _Tensor:
                if t is not ot and t.untyped_storage().data_ptr() == memory and not (
                    t.storage_offset() == ot.storage_offset()
                    and t.stride() == ot.stride()
                    and t.shape == ot.shape
                ):  # an input overlapping out otherwise than exactly: NumPy reads it first,
                    return None  # torch's own check does not see every overlap
                args.append(t if t.dtype is c else t.to(c))
            elif c is _HALF or c is _COMPLEX64 or (
                type(t) is int and not (c.is_floating_point or c.is_complex)
            ):
                return None  # NumPy's cast or range check of a Python scalar: see _compute
            else:
                args.append(float(t) if type(t) is int else t)
        shape = ot.shape
        shapes = [t.shape for t in args if type(t) is _Tensor]
        if shape not in shapes or not all(s == shape or _expands_to(s, shape) for s in shapes):
            return None  # the broadcast shape is not out's: torch would resize out
        try:
            into(*args, out=ot)
        except (RuntimeError, TypeError):  # e.g. out overlapping an input partially
            return None  # the general path explains or copes
        return o

    def _identity_compared(self, args: tuple[Any, ...]) -> tuple[Any, ...]:
        """``equal`` / ``not_equal`` of an array and an object no array can hold (None, a
        string, any object): NumPy compares element by element as objects, so no element is
        equal.  Returns operands that compute exactly that: all-False bools of the array's
        shape, and True."""
        arrays = [a for a in args if isinstance(a, (ndarray, _Tensor))]
        if len(arrays) != 1 or any(type(a) in (list, tuple) for a in args):
            raise TypeError(
                f"ufunc '{self.__name__}' cannot compare these operands (object arrays are not "
                "supported)"
            )
        t = to_tensor(arrays[0])
        return torch.zeros(t.shape, dtype=torch.bool, device=t.device), True

    def _fixed_of(self, dtype: Any, signature: Any) -> tuple[Any, ...] | None:
        """``dtype=`` / ``signature=`` as one parsed dtype (or None) per operand."""
        if dtype is not None:
            if signature is not None:
                raise TypeError("cannot specify both 'signature' and 'dtype'")
            d = _dtypes.as_dtype(dtype)
            return (None,) * self.nin + (d,) * self.nout
        if signature is None:
            return None
        if isinstance(signature, (str, tuple, list)) and len(signature) == 1 and self.nargs != 1:
            raise TypeError("Use `dtype` or  fill the tuple with more than one 'None'.")
        if isinstance(signature, str):
            ins, arrow, outs = signature.partition("->")
            if not arrow or len(ins) != self.nin or len(outs) != self.nout:
                raise ValueError(
                    f"a type-string for {self.__name__}, {self.nin} typecode(s) before and "
                    f"{self.nout} after the -> sign"
                )
            sig: Any = (*ins, *outs)
        elif isinstance(signature, (tuple, list)):
            sig = tuple(signature)
        else:
            raise TypeError("the signature object to ufunc must be a string or a tuple.")
        if len(sig) != self.nargs:
            raise ValueError(
                f"a type-tuple must be specified of length {self.nargs} for ufunc '{self.__name__}'"
            )
        fixed = tuple(None if x is None else _dtypes.as_dtype(x) for x in sig)
        return None if all(f is None for f in fixed) else fixed

    def _fast2(self, x: Any, y: Any) -> _Tensor | None:
        """A binary call on arrays (or one Python float) whose loop was seen before.

        Returns None when the full path must run (first call of a loop, other operand kinds).
        """
        try:
            x = x._t if isinstance(x, ndarray) else to_operand(x)
            y = y._t if isinstance(y, ndarray) else to_operand(y)
        except TypeError:  # the full path explains (or compares objects, for equal)
            return None
        if type(x) is _Tensor:
            if type(y) is _Tensor:
                key: tuple[Any, ...] = (x.dtype, y.dtype)
            elif type(y) is float or type(y) is int:
                key = (x.dtype, type(y))
            else:
                return None
        elif (type(x) is float or type(x) is int) and type(y) is _Tensor:
            key = (type(x), y.dtype)
        else:
            return None
        entry = self._fast_cache.get(key) or self._fast_entry(key)
        if entry is None:
            return None
        if type(x) is int:  # a float loop (see _fast_entry): torch reads ints as int64
            x = float(x)
        elif type(y) is int:
            y = float(y)
        c0, c1, cout, kernel = entry
        if c0 is not None:
            x = x.to(c0)
        if c1 is not None:
            y = y.to(c1)
        try:
            r = kernel(x, y)
        except PluginError:
            raise
        except RuntimeError as e:
            raise self._kernel_error(e, (x, y)) from None
        if r is NotImplemented:
            r = self._slot.fall_through((x, y), {})
            return r if r.dtype is cout else r.to(cout)
        if cout is None:  # this loop's kernel was seen to return the output dtype
            return r
        if r.dtype is cout:
            self._fast_cache[key] = (*entry[:-2], None, kernel)
            return r
        return r.to(cout)

    def _fast1(self, x: Any) -> _Tensor | None:
        """A unary call on an array whose loop was seen before (else None)."""
        x = x._t if isinstance(x, ndarray) else to_operand(x)
        if type(x) is not _Tensor:
            return None
        key = (x.dtype,)
        entry = self._fast_cache.get(key) or self._fast_entry(key)
        if entry is None:
            return None
        c0, cout, kernel = entry
        if c0 is not None:
            x = x.to(c0)
        try:
            r = kernel(x)
        except PluginError:
            raise
        except RuntimeError as e:
            raise self._kernel_error(e, (x,)) from None
        if r is NotImplemented:
            r = self._slot.fall_through((x,), {})
            return r if r.dtype is cout else r.to(cout)
        if cout is None:  # this loop's kernel was seen to return the output dtype
            return r
        if r.dtype is cout:
            self._fast_cache[key] = (*entry[:-2], None, kernel)
            return r
        return r.to(cout)

    def _kernel_error(self, e: RuntimeError, ops: tuple[Any, ...]) -> Exception:
        shapes = [tuple(o.shape) for o in ops if type(o) is _Tensor]
        return broadcast_error(shapes) or translate_torch_error(e, self.__name__)

    def _fast_entry(self, key: tuple[Any, ...]) -> tuple[Any, ...] | None:
        """The fast-path entry of a loop already resolved by the full path: the casts each
        operand needs (None: none), the output dtype and the kernel serving this loop."""
        loop = self._cache.get(key)
        if loop is None:
            return None
        cin, couts = loop
        slot = self._slot
        if (float in key or int in key) and not slot.first_python_scalars:
            return None
        for k, c in zip(key, cin):  # a Python int needs a range check in integer loops
            if k is int and not (c.is_floating_point or c.is_complex):
                return None
            if (k is int or k is float) and (c is _HALF or c is _COMPLEX64):
                return None  # the scalar is first cast to the loop dtype (see _compute)
        kernel = slot.kernels[0]
        d = self._def
        if d.loop_kernel is not None and slot.providers and slot.providers[0].kernel is d.kernel:
            kernel = d.loop_kernel(cin) or kernel
        casts = tuple(c if isinstance(k, torch.dtype) and k is not c else None
                      for k, c in zip(key, cin))
        entry = (*casts, couts[0], kernel)
        self._fast_cache[key] = entry
        return entry

    def _positional_out(self, args: tuple[Any, ...], out: Any) -> tuple[tuple[Any, ...], Any]:
        nin, nargs = self.nin, self.nargs
        if nin < len(args) <= nargs and out is None:  # leading outputs given positionally
            outs = (*args[nin:], *(None,) * (nargs - len(args)))
            for o in outs:
                if o is not None and not isinstance(o, ndarray):
                    raise TypeError("return arrays must be of ArrayType")
            if all(o is None for o in outs):
                return args[:nin], None
            return args[:nin], outs[0] if self.nout == 1 else outs
        raise TypeError(
            f"{self.__name__}() takes from {nin} to {nargs} positional arguments but "
            f"{len(args)} were given"
        )

    def _finish(self, results: tuple[_Tensor, ...], out: Any, where: Any, casting: str) -> Any:
        outs = _normalize_out(out, self.nout, self.__name__)
        mask = None if where is True else to_tensor(where)
        if mask is not None and mask.dtype is not torch.bool:
            mask = mask.to(torch.bool)
        ret = []
        for i, r in enumerate(results):
            o = outs[i]
            if o is None:
                if mask is not None:
                    zero = torch.zeros((), dtype=r.dtype, device=r.device)
                    r = _masked(mask, r, zero)
                ret.append(wrap_scalarizing(r))
                continue
            ot = o._t
            if o._ro:
                raise ValueError("output array is read-only")
            if r.dtype is not ot.dtype and not _dtypes.can_cast_dtypes(
                _from_torch[r.dtype], _from_torch[ot.dtype], casting
            ):
                raise UFuncTypeError(
                    f"Cannot cast ufunc '{self.__name__}' output from "
                    f"{_from_torch[r.dtype]!r} to {_from_torch[ot.dtype]!r} with casting rule "
                    f"'{casting}'"
                )
            shape = tuple(ot.shape)
            if tuple(r.shape) != shape:
                try:
                    ok = torch.broadcast_shapes(r.shape, shape) == shape
                except RuntimeError:
                    ok = False
                if not ok:
                    raise ValueError(
                        f"non-broadcastable output operand with shape {shape} doesn't match "
                        f"the broadcast shape {tuple(torch.broadcast_shapes(r.shape, shape))}"
                        if _broadcastable(r.shape, shape)
                        else f"operands could not be broadcast together with remapped shapes "
                        f"[original->remapped]: {tuple(r.shape)} and requested shape {shape}"
                    )
            if mask is not None:
                r = _masked(mask, r.to(ot.dtype), ot)
                if tuple(r.shape) != shape:
                    raise ValueError(
                        f"non-broadcastable output operand with shape {shape} doesn't match "
                        f"the broadcast shape {tuple(r.shape)}"
                    )
            ot.copy_(r)
            ret.append(o)
        return ret[0] if self.nout == 1 else tuple(ret)

    # ------------------------------------------------------------------ methods
    def _uses_default_kernel(self) -> bool:
        p = self._slot.providers
        return bool(p) and p[0].is_default and p[0].kernel is self._def.kernel and not scoped.count

    def _binary_only(self, method: str) -> None:
        if self.nin != 2 or self.nout != 1:
            raise ValueError(f"{method} only supported for binary functions")

    def _reduce_loop(
        self, t: _Tensor, dtype: Any, out: Any, method: str
    ) -> tuple[torch.dtype, torch.dtype]:
        """(accumulator dtype, element dtype) of reduce / accumulate / reduceat over ``t``: the
        loop's first input (also its output) and its second input.

        NumPy: ``dtype=`` fixes the first input and the output (signature ``(d, None, d)``, any
        cast allowed); else an ``out`` array's dtype joins the promotion as the first operand
        (not for comparisons, whose output is bool; the logical ufuncs reduce in bool); else add
        and multiply reduce bool and small integers in the default integer.  The loop must map
        the accumulator's dtype to itself; accumulate and reduceat also need elements of it.
        """
        src = t.dtype
        key: tuple[Any, ...]
        if dtype is not None:
            d = _dtypes.as_dtype(dtype)
            key = (src, src, (d, None, d), "unsafe")
        elif self._logical:
            key = (_BOOL, _BOOL)
        else:
            first = src
            if isinstance(out, ndarray):
                if not self._pyint_exact:
                    first = out._t.dtype
            elif self._def.upcast_reductions:
                d = _from_torch[src]
                if d.kind == "b" or (d.kind in "iu" and d.itemsize < 8):
                    first = torch.uint64 if d.kind == "u" else torch.int64
            key = (first, src)
        loop = self._cache.get(key)
        if loop is None:
            fixed, casting = (key[2], key[3]) if len(key) > 2 else (None, _SAME_KIND)
            loop = self._cache[key] = self._resolve(key[:2], fixed, casting)
        (c0, c1), (cout,) = loop
        if cout is not c0:
            raise self._no_matching_loop()
        if c1 is not c0 and method != "reduce":
            names = ", ".join(repr(_from_torch[c]) for c in (c0, c1, cout))
            raise TypeError(f"the resolved dtypes are not compatible with {self.__name__}."
                            f"{method}. Resolved ({names})")
        return c0, c1

    def _reduce_core(
        self,
        x: _Tensor,
        axes: tuple[int, ...],
        keepdims: bool,
        acc_dtype: torch.dtype,
        start: _Tensor | None = None,
        mask: _Tensor | None = None,
    ) -> _Tensor:
        """Reduce a non-empty ``x`` (in the loop's element dtype) over ``axes``; ``start``: the
        accumulator's first value (``initial``), else the first element; ``mask``: ``where``,
        broadcast to ``x``."""
        d = self._def
        if (
            axes
            and d.reduce is not None
            and x.dtype is acc_dtype
            and (mask is None or d.reorderable)
            and self._uses_default_kernel()
        ):
            if mask is not None:  # reorderable: skip masked elements as the identity does
                fill = start if self.identity is None else _identity_tensor(
                    self.identity, x.dtype, x.device)  # (max / min: ``initial`` does too)
                x = torch.where(mask, x, fill)
            r = d.reduce(x, axes, keepdims)
            if r.dtype is not acc_dtype:
                r = r.to(acc_dtype)
            if start is not None:
                r = self._compute((start, r))[0]
        else:
            r = self._fold(x, axes, keepdims, acc_dtype, start, mask)
        return r if r.dtype is acc_dtype else r.to(acc_dtype)

    def reduce(
        self,
        array: Any,
        axis: Any = 0,
        dtype: Any = None,
        out: Any = None,
        keepdims: bool = False,
        initial: Any = _NoValue,
        where: Any = True,
    ) -> Any:
        """Reduce ``array`` along ``axis`` by repeatedly applying the ufunc."""
        self._binary_only("reduce")
        t = to_tensor(array)
        if t.dim() == 0 and (axis == 0 or axis == -1) and type(axis) is int:
            axes: tuple[int, ...] = ()  # NumPy accepts axis 0 (the default) for 0-d input
        else:
            axes = normalize_axes(axis, t.dim())
        ct, et = self._reduce_loop(t, dtype, out, "reduce")
        if len(axes) > 1 and not self._def.reorderable:
            raise ValueError(
                f"reduction operation '{self.__name__}' is not reorderable, so at most one axis "
                "may be specified"
            )
        identity = self.identity if initial is _NoValue else initial
        shape = [1 if i in axes else n for i, n in enumerate(t.shape) if keepdims or i not in axes]
        empty = any(t.shape[a] == 0 for a in axes)
        if empty and identity is None:
            raise ValueError(
                f"zero-size array to reduction operation {self.__name__} which has no identity"
            )
        mask = None
        if where is not True:
            if identity is None:
                raise ValueError(
                    f"reduction operation '{self.__name__}' does not have an identity, so to use "
                    "a where mask one has to specify 'initial'"
                )
            mask = _broadcast_mask(to_tensor(where), t.shape)
        device = t.device
        start = None  # the accumulator's first value (else the first element)
        if initial is not _NoValue and initial is not None:
            start = _initial_tensor(initial, ct, device)
        elif empty or mask is not None:
            start = _identity_tensor(identity, ct, device)
        if isinstance(out, ndarray) and out._t.dtype is not ct and identity is not None:
            # NumPy starts the accumulator in ``out``: its first value passes through out's
            # dtype (bitwise_and's -1 is True in a bool out, 1 when read back)
            if start is None:
                start = _identity_tensor(identity, ct, device)
            start = start.to(out._t.dtype).to(ct)
        if empty:
            assert start is not None
            r = start.expand(shape).clone(memory_format=torch.contiguous_format)
        elif t.numel() == 0:
            r = torch.empty(shape, dtype=ct, device=device)
        else:
            x = t if t.dtype is et else t.to(et)
            r = self._reduce_core(x, axes, keepdims, ct, start, mask)
        if out is not None:
            return self._finish((r,), out, True, "unsafe")
        if USER_SUBCLASSES:  # a subclass input: its class, 0-d results too (NumPy's)
            return _method_result(array, r)
        return wrap_scalarizing(r)

    def _cache_loop(
        self, key: tuple[Any, ...]
    ) -> tuple[tuple[torch.dtype, ...], tuple[torch.dtype, ...]]:
        loop = self._cache.get(key)
        if loop is None:
            loop = self._cache[key] = self._resolve(key, None, "same_kind")
        return loop

    def _fold(
        self,
        x: _Tensor,
        axes: tuple[int, ...],
        keepdims: bool,
        acc_dtype: torch.dtype,
        start: _Tensor | None = None,
        mask: _Tensor | None = None,
    ) -> _Tensor:
        """Generic left fold along ``axes`` using the serving kernel (NumPy's order: the
        accumulator on the left, masked elements skipped)."""
        nd = x.dim()
        rest = [i for i in range(nd) if i not in axes]
        inner = [x.shape[i] for i in rest]
        order = (*axes, *rest)
        y = (x.permute(order) if nd else x).reshape(-1, *inner)
        m = None if mask is None else (mask.permute(order) if nd else mask).reshape(y.shape)
        if start is None:
            acc, first = y[0].to(acc_dtype), 1
        else:
            acc, first = start.expand(inner), 0
        for i in range(first, y.shape[0]):
            nxt = self._compute((acc, y[i]))[0]
            if nxt.dtype is not acc_dtype:
                nxt = nxt.to(acc_dtype)
            acc = nxt if m is None else torch.where(m[i], nxt, acc)
        if keepdims:
            acc = acc.reshape([1 if i in axes else x.shape[i] for i in range(nd)])
        return acc.clone() if first == y.shape[0] else acc

    def _method_axis(self, t: _Tensor, axis: Any, method: str) -> int:
        """The one axis of accumulate / reduceat (NumPy's errors first, before the loop's)."""
        if t.dim() == 0:
            raise TypeError(f"cannot {method} on a scalar")
        if axis is None:
            if t.dim() != 1:
                raise ValueError(f"{method} does not allow multiple axes")
            axis = 0
        return normalize_axis(axis, t.dim())

    def accumulate(self, array: Any, axis: int = 0, dtype: Any = None, out: Any = None) -> Any:
        """Accumulate the ufunc along ``axis`` (``add.accumulate`` is a cumulative sum)."""
        self._binary_only("accumulate")
        t = to_tensor(array)
        ax = self._method_axis(t, axis, "accumulate")
        ct, _ = self._reduce_loop(t, dtype, out, "accumulate")
        x = t if t.dtype is ct else t.to(ct)
        if x.shape[ax] == 0:
            r = x.clone()
        elif self._def.accumulate is not None and self._uses_default_kernel():
            r = self._def.accumulate(x, ax)
        else:
            parts = x.unbind(ax)
            acc = parts[0]
            res = [acc]
            for p in parts[1:]:
                acc = self._compute((acc, p))[0]
                res.append(acc)
            r = torch.stack(res, ax)
        if r.dtype is not ct:
            r = r.to(ct)
        if out is not None:
            return self._finish((r,), out, True, "unsafe")
        if USER_SUBCLASSES:
            return _method_result(array, r)
        a = _new(ndarray)
        a._t, a._base, a._ro = r, None, False
        return a

    def reduceat(
        self, array: Any, indices: Any, axis: int = 0, dtype: Any = None, out: Any = None
    ) -> Any:
        """Reduce over the slices ``indices[i]:indices[i+1]`` along ``axis``."""
        self._binary_only("reduceat")
        t = to_tensor(array)
        ax = self._method_axis(t, axis, "reduceat")
        idx = [int(i) for i in to_tensor(indices).reshape(-1).tolist()]
        n = t.shape[ax]
        for start in idx:
            if not 0 <= start < n:
                raise IndexError(
                    f"index {start} out-of-bounds in {self.__name__}.reduceat [0, {n})"
                )
        ct, _ = self._reduce_loop(t, dtype, out, "reduceat")
        x = t if t.dtype is ct else t.to(ct)
        parts = []
        for j, start in enumerate(idx):
            stop = idx[j + 1] if j + 1 < len(idx) else n
            if stop <= start:  # NumPy: the single element at indices[j]
                parts.append(x.select(ax, start))
            else:
                part = x.narrow(ax, start, stop - start)
                parts.append(self._reduce_core(part, (ax,), False, ct))
        if parts:
            r = torch.stack(parts, ax)
        else:
            shape = list(x.shape)
            shape[ax] = 0
            r = torch.empty(shape, dtype=ct, device=x.device)
        if out is not None:
            return self._finish((r,), out, True, "unsafe")
        if USER_SUBCLASSES:
            return _method_result(array, r)
        a = _new(ndarray)
        a._t, a._base, a._ro = r, None, False
        return a

    def outer(self, A: Any, B: Any, /, **kwargs: Any) -> Any:
        """Apply the ufunc to all pairs ``(a, b)``: result shape ``A.shape + B.shape``."""
        if self.nin != 2:
            raise ValueError("outer product only supported for binary functions")
        a = to_tensor(A)  # NumPy converts both with asarray: Python scalars are not weak
        b = to_tensor(B)
        r = self(a.reshape(tuple(a.shape) + (1,) * b.dim()), b, **kwargs)
        if USER_SUBCLASSES and kwargs.get("out") is None and kwargs.get("subok", True):
            return like_subclass((A, B), r)
        return r

    def at(self, a: Any, indices: Any, b: Any = None, /) -> None:
        """Unbuffered in-place ``a[indices] = ufunc(a[indices], b)``; repeated indices accumulate.

        As in NumPy, the result is cast back to ``a``'s dtype with 'unsafe' casting.
        """
        if not isinstance(a, ndarray):
            raise TypeError("first operand of ufunc.at must be an array")
        if a._ro:
            raise ValueError("assignment destination is read-only")
        t = a._t
        pk = prepare_key(indices, t.dim())
        lin = getitem_tensor(torch.arange(t.numel(), device=t.device).reshape(t.shape), pk)
        flat_idx = lin.reshape(-1)
        contiguous = t.is_contiguous()
        buf = t.view(-1) if contiguous else t.reshape(-1).clone()
        if self.nin == 1:
            if b is not None:
                raise ValueError("second operand provided when ufunc is unary")
            self._cache_loop((t.dtype,))  # the loop exists (or NumPy's error)
            for i in flat_idx.tolist():
                buf[i] = self._compute((buf[i],))[0].to(buf.dtype)
        else:
            if b is None:
                raise ValueError("second operand needed for ufunc")
            bt = to_tensor(b)  # NumPy converts ``b`` with asarray: Python scalars are not weak
            cin, couts = self._cache_loop((t.dtype, bt.dtype))
            bt = bt.to(device=t.device, dtype=cin[1])
            try:
                vals = bt.broadcast_to(lin.shape).reshape(-1)
            except RuntimeError:
                raise ValueError(
                    f"array is not broadcastable to correct shape {tuple(lin.shape)}"
                ) from None
            mode = self._def.scatter if self._uses_default_kernel() else None
            if cin[0] is not t.dtype or couts[0] is not t.dtype:
                mode = None  # the loop computes in another dtype: elementwise, then cast
            done = False
            if mode is not None:
                try:
                    if mode == "sum":
                        buf.index_add_(0, flat_idx, vals)
                    else:
                        buf.scatter_reduce_(0, flat_idx, vals, mode, include_self=True)
                    done = True
                except RuntimeError:  # no torch kernel for this dtype (uint16..64, complex)
                    done = False
            if not done:
                for i, v in zip(flat_idx.tolist(), vals.unbind(0)):
                    buf[i] = self._compute((buf[i], v))[0].to(buf.dtype)
        if not contiguous:
            t.copy_(buf.view(t.shape))


def _unaliased(ops: tuple[Any, ...], out: Any) -> tuple[Any, ...]:
    """``ops`` with every input that autograd records and that ``out`` writes over replaced by
    a copy: the kernel's backward then reads the values from before the write (what torch's
    own in-place operators save), so ``c *= a`` stays differentiable."""
    if not any(type(t) is _Tensor and t.requires_grad for t in ops):
        return ops
    if compiling():  # no memory addresses to compare: copy every recorded input
        return tuple(t.clone() if type(t) is _Tensor and t.requires_grad else t for t in ops)
    outs = [o._t for o in (out if type(out) is tuple else (out,)) if isinstance(o, ndarray)]
    memory = {o.untyped_storage().data_ptr() for o in outs}
    return tuple(
        t.clone()
        if type(t) is _Tensor and t.requires_grad and t.untyped_storage().data_ptr() in memory
        else t
        for t in ops
    )


def _broadcast_mask(mask: _Tensor, shape: Any) -> _Tensor:
    """A reduction's ``where`` as a bool tensor of the array's shape (NumPy's ValueError when
    it does not broadcast)."""
    try:
        return torch.broadcast_to(mask.to(torch.bool), shape)
    except RuntimeError:
        raise ValueError(
            "operands could not be broadcast together with remapped shapes "
            f"[original->remapped]: {tuple(shape)} {tuple(mask.shape)}"
        ) from None


def _identity_tensor(identity: Any, dt: torch.dtype, device: Any) -> _Tensor:
    """A ufunc's identity as a 0-d tensor of ``dt``, cast as NumPy casts it (bitwise_and's
    -1 is all ones in unsigned dtypes)."""
    return torch.tensor(identity, device=device).to(dt)


def _initial_tensor(value: Any, dt: torch.dtype, device: Any) -> _Tensor:
    """``initial`` as a 0-d tensor of the accumulator dtype ``dt``, converted as NumPy assigns a
    scalar: floats truncate into integers, out-of-range Python ints raise OverflowError."""
    if type(value) in (list, tuple):
        raise TypeError(f"initial must be a scalar, not '{type(value).__name__}'")
    v = to_operand(value)
    if type(v) is _Tensor:
        if v.numel() != 1:
            raise TypeError("initial must be a scalar")
        return v.reshape(()).to(device=device, dtype=dt)
    if dt is _BOOL:
        return torch.tensor(bool(v), device=device)
    if type(v) is complex and not dt.is_complex:
        kind = "float" if dt.is_floating_point else "int"
        raise TypeError(f"{kind}() argument must be a string or a real number, not 'complex'")
    if type(v) is int:
        if not (dt.is_floating_point or dt.is_complex):
            _check_int_bounds(v, dt)
            return torch.tensor(v, dtype=dt, device=device)
        v = float(v)
    return torch.tensor(v, device=device).to(dt)  # (a float truncates into an integer dtype)


def _masked(mask: _Tensor, r: _Tensor, other: _Tensor) -> _Tensor:
    """``where(mask, r, other)``; NumPy's ValueError when ``where=`` does not broadcast."""
    try:
        return torch.where(mask, r, other)
    except RuntimeError:
        shapes = " ".join(str(tuple(s)) for s in (r.shape, mask.shape))
        raise ValueError(f"operands could not be broadcast together with shapes {shapes}") from None


def _expands_to(s: Any, target: Any) -> bool:
    """Whether shape ``s`` broadcasts to ``target`` (plain Python: ``torch.broadcast_shapes``
    is a Python function of torch's reference implementations, slow per call)."""
    return len(s) <= len(target) and all(
        a == 1 or a == b for a, b in zip(reversed(s), reversed(target))
    )


def _broadcastable(s1: Any, s2: Any) -> bool:
    try:
        torch.broadcast_shapes(s1, s2)
        return True
    except RuntimeError:
        return False


def _normalize_out(out: Any, nout: int, name: str) -> tuple[ndarray | None, ...]:
    if out is None:
        return (None,) * nout
    outs = out if isinstance(out, tuple) else (out,)
    if len(outs) != nout:
        raise ValueError("The 'out' tuple must have exactly one entry per ufunc output")
    for o in outs:
        if o is not None and not isinstance(o, ndarray):
            raise TypeError("return arrays must be of ArrayType")
    return outs


_INT64_MIN, _INT64_MAX, _UINT64_MAX = -(2**63), 2**63 - 1, 2**64 - 1
_HALF = torch.float16
_COMPLEX64 = torch.complex64
_FLOAT32_MAX = torch.finfo(torch.float32).max
_PY_COMPARE = {
    "equal": operator.eq, "not_equal": operator.ne, "less": operator.lt,
    "less_equal": operator.le, "greater": operator.gt, "greater_equal": operator.ge,
}


def _legacy_sources(key: tuple[Any, ...], strong: list[_dtypes.dtype]) -> list[Any]:
    """The operands of a NumPy legacy loop search: dtypes, and Python scalars as weak types
    (fitting any loop of their kind or a wider one) when the arrays' kinds are at least as
    high (int counting as unsigned), else as their default dtypes; Python bool is bool."""
    arrays = [_SIMPLE_KIND[d.kind] for d in strong] + [0 for k in key if k is bool]
    scalars = [_SIMPLE_KIND["u" if k is int else "f"] for k in key if k in _WEAK_SCALARS]
    weak_fits = bool(arrays) and max(arrays) >= max(scalars, default=-1)
    return [
        _from_torch[k] if isinstance(k, torch.dtype)
        else k if k is bool or weak_fits
        else _dtypes._PY_TYPES[k]
        for k in key
    ]


_PY_SCALARS = frozenset({bool, int, float, complex})
_SCALAR_DTYPES = {bool: torch.bool, float: torch.float64, complex: torch.complex128}


def _scalar_array(o: Any) -> _Tensor:
    """A Python scalar as NumPy's ``asarray`` makes it: int64 (uint64 beyond), float64, ..."""
    if type(o) is int:
        if _INT64_MIN <= o <= _INT64_MAX:
            return torch.tensor(o, dtype=torch.int64)
        if 0 <= o <= _UINT64_MAX:
            return torch.tensor(o, dtype=torch.uint64)
        raise OverflowError("Python int too large to convert to C long")  # (object arrays)
    return torch.tensor(o, dtype=_SCALAR_DTYPES[type(o)])


def _scalar_tensor(o: Any, ci: torch.dtype, device: Any) -> _Tensor:
    """A Python scalar as a 0-d tensor of the loop dtype ``ci``, cast as NumPy casts it (a
    float truncates into an integer, a complex keeps its real part, bool is truth)."""
    if ci is _BOOL:
        return torch.tensor(bool(o), device=device)
    if type(o) is complex and not ci.is_complex:
        o = o.real
    if type(o) is float and not ci.is_floating_point and not ci.is_complex:
        return torch.tensor(o, dtype=torch.float64, device=device).to(ci)
    return torch.tensor(o, dtype=ci, device=device)


def _bool_or_free(fixed: tuple[Any, ...]) -> bool:
    """A logical ufunc's ``(None, None, bool-or-None)`` signature (identity checks: a dtype
    compares equal to None, as ``dtype(None)`` is float64)."""
    a, b, out = fixed
    return a is None and b is None and (out is None or out is _dtypes.bool_)


def _beyond_float32(x: Any) -> bool:
    """Whether a Python scalar overflows float32 (complex64 then needs NumPy's cast first:
    torch makes ``inf+nanj`` of ``c + 1e300``)."""
    if type(x) is complex:
        return abs(x.real) > _FLOAT32_MAX or abs(x.imag) > _FLOAT32_MAX
    return abs(x) > _FLOAT32_MAX


_INT_BOUNDS = {
    d.torch: (_dtypes.iinfo(d).min, _dtypes.iinfo(d).max)
    for d in _dtypes.ALL_DTYPES
    if d.kind in "iu"
}


def _check_int_bounds(value: int, tdt: torch.dtype) -> None:
    lo, hi = _INT_BOUNDS[tdt]
    if not lo <= value <= hi:
        raise OverflowError(f"Python integer {value} out of bounds for {_from_torch[tdt].name}")


# ---------------------------------------------------------------------- generalized ufuncs


def _parse_signature(sig: str) -> tuple[tuple[tuple[str, ...], ...], tuple[tuple[str, ...], ...]]:
    """``"(m,n),(n)->(m)"`` -> core dimension names of the inputs and of the outputs."""

    def operands(part: str) -> tuple[tuple[str, ...], ...]:
        part = part.replace(" ", "")
        if not (part.startswith("(") and part.endswith(")")):
            raise ValueError(f"not a gufunc signature: {sig!r}")
        return tuple(
            tuple(d for d in group.split(",") if d) for group in part[1:-1].split("),(")
        )

    ins, outs = sig.split("->")
    return operands(ins), operands(outs)


def _loop_shapes_broadcast(shapes: list[tuple[int, ...]]) -> bool:
    """True if the loop shapes broadcast together (torch.broadcast_shapes costs ~40 us)."""
    first = shapes[0]
    if all(s == first for s in shapes):
        return True
    for i in range(1, max(map(len, shapes)) + 1):
        sizes = {s[-i] for s in shapes if len(s) >= i} - {1}
        if len(sizes) > 1:
            return False
    return True


class _GUfunc(ufunc):
    """A generalized ufunc (``vecdot``, ``matvec``, ...): the kernel maps core dimensions.

    Calls take NumPy's ``out``, ``axes``, ``axis``, ``keepdims``, ``casting``, ``dtype`` and
    ``signature`` keywords; loop dimensions broadcast.  Still ``isinstance(x, ufunc)``.
    """

    def __init__(self, definition: UfuncDef, slot: Slot) -> None:
        super().__init__(definition, slot)
        sig = definition.signature
        assert sig is not None
        self._core_in, self._core_out = _parse_signature(sig)
        # optional core dimensions ("n?" of matmul): an operand may lack them
        self._optional = frozenset(
            d for c in (*self._core_in, *self._core_out) for d in c if d.endswith("?")
        )
        self._optional_positions = tuple(
            tuple(j for j, d in enumerate(c) if d in self._optional) for c in self._core_in
        )
        # for two inputs whose cores name each dimension once: (index in x, index in y) of
        # every dimension both share, as negative indices (the fast path's only checks)
        self._core_lengths = tuple(len(c) for c in self._core_in)
        self._shared_core: tuple[tuple[int, int], ...] | None = None
        if self.nin == 2 and all(len(set(c)) == len(c) for c in self._core_in):
            cx, cy = self._core_in
            self._shared_core = tuple(
                (i - len(cx), cy.index(d) - len(cy)) for i, d in enumerate(cx) if d in cy
            )

    def __call__(
        self,
        *args: Any,
        out: Any = None,
        casting: str = _SAME_KIND,
        order: str = "K",
        dtype: Any = None,
        subok: bool = True,
        signature: Any = None,
        axes: Any = None,
        axis: Any = None,
        keepdims: bool = False,
    ) -> Any:
        """``gufunc(*inputs, out=None, *, axes=None, axis=None, keepdims=False,
        casting='same_kind', order='K', dtype=None, subok=True, signature=None)``."""
        if (
            len(args) == 2
            and out is None
            and axes is None
            and axis is None
            and not keepdims
            and casting is _SAME_KIND
            and dtype is None
            and signature is None
            and not scoped.count
            and not _errstate.checking
        ):
            x, y = args
            if type(x) is ndarray and type(y) is ndarray:
                r = self._fast_core(x._t, y._t)
                if r is not None:
                    return wrap_scalarizing(r)
        name, sig = self.__name__, self.signature
        if len(args) != self.nin:
            args, out = self._positional_out(args, out)
        ts = [to_tensor(a) for a in args]
        fixed = self._fixed_of(dtype, signature)
        key: tuple[Any, ...] = tuple([t.dtype for t in ts])
        if fixed is not None or casting is not _SAME_KIND:
            key = (*key, fixed, casting)
        loop = self._cache.get(key)
        if loop is None:
            if casting not in _CASTINGS:
                raise ValueError(
                    "casting must be one of 'no', 'equiv', 'safe', 'same_kind', or 'unsafe'"
                )
            loop = self._cache[key] = self._resolve(key[: self.nin], fixed, casting)
        cin, couts = loop
        in_axes, out_axes = self._core_axes(ts, axes, axis, keepdims)
        sizes: dict[str, int] = {}
        moved = []
        loop_shapes = []
        missing: set[str] = set()
        for i, (t, core, ax) in enumerate(zip(ts, self._core_in, in_axes)):
            k = len(core)
            shape = tuple(t.shape)
            nd = len(shape)
            if nd < k:
                opt = [j for j, d in enumerate(core) if d in self._optional]
                if nd < k - len(opt):
                    raise ValueError(
                        f"{name}: Input operand {i} does not have enough dimensions (has "
                        f"{nd}, gufunc core with signature {sig} requires {k - len(opt)})"
                    )
                gone = opt[: k - nd]  # absent optional dimensions: size 1, dropped later
                present = iter(t.shape)
                t = t.reshape([1 if j in gone else next(present) for j in range(k)])
                missing.update(core[j] for j in gone)
                ax = None
                shape, nd = tuple(t.shape), k
            elif k and ax is not None:
                t = torch.movedim(t, ax, tuple(range(nd - k, nd)))
                shape = tuple(t.shape)
            for j, d in enumerate(core):
                n = shape[nd - k + j]
                prev = sizes.setdefault(d, n)
                if prev != n:
                    raise ValueError(
                        f"{name}: Input operand {i} has a mismatch in its core dimension {j}, "
                        f"with gufunc signature {sig} (size {n} is different from {prev})"
                    )
            moved.append(t)
            loop_shapes.append(shape[: nd - k])
        if not _loop_shapes_broadcast(loop_shapes):
            raise ValueError(
                "operands could not be broadcast together with remapped shapes "
                "[original->remapped]: "
                + " ".join(f"{tuple(t.shape)}->{s}" for t, s in zip(ts, loop_shapes))
            )
        cast = [t if t.dtype is c else t.to(c) for t, c in zip(moved, cin)]
        slot = self._slot
        try:
            if scoped.count:
                r = slot.call(cast, {})
            else:
                r = slot.kernels[0](*cast)
                if r is NotImplemented:
                    r = slot.fall_through(cast, {})
        except PluginError:
            raise
        except RuntimeError as e:
            raise translate_torch_error(e, name) from None
        rs = (r,) if self.nout == 1 else tuple(r)
        results = []
        for x, co, core, ax in zip(rs, couts, self._core_out, out_axes):
            if x.dtype is not co:
                x = x.to(co)
            k = len(core)
            if missing:
                for j in reversed(range(k)):
                    if core[j] in missing:
                        x = x.squeeze(x.dim() - k + j)
                core = tuple(d for d in core if d not in missing)
                k = len(core)
            if keepdims:  # at ``axis`` of the result, else last (NumPy)
                x = x.unsqueeze(x.dim() if axis is None else normalize_axis(axis, x.dim() + 1))
            elif k and ax is not None:
                x = torch.movedim(x, tuple(range(x.dim() - k, x.dim())), ax)
            results.append(x)
        if out is not None:
            return self._finish(tuple(results), out, True, casting)
        wrapped: Any = tuple(map(wrap_scalarizing, results))
        if self.nout == 1:
            wrapped = wrapped[0]
        if USER_SUBCLASSES and subok:  # subclass inputs: results follow
            return like_subclass(args, wrapped)
        return wrapped

    def _operator(self, x: Any, y: Any) -> Any:
        """``x @ y`` as ``ndarray.__matmul__`` calls it (fixed arity, no keyword checks)."""
        if type(x) is ndarray and type(y) is ndarray and not scoped.count and (
            not _errstate.checking
        ):
            r = self._fast_core(x._t, y._t)
            if r is not None:
                if r.dim():
                    a = _new(ndarray)
                    a._t = r
                    a._base = None
                    a._ro = False
                    return a
                return wrap_scalarizing(r)
        return self(x, y)

    def _fast_core(self, tx: _Tensor, ty: _Tensor) -> _Tensor | None:
        """Two arrays with every core dimension present, default axes, a loop seen before:
        the kernel runs on the tensors as they are.  None sends the call down the full path
        (which also produces NumPy's error messages)."""
        dx, dy = tx.dtype, ty.dtype
        entry = self._fast_cache.get((dx, dy))  # (casts, output dtype, kernel) of the loop
        if entry is None:
            loop = self._cache.get((dx, dy))
            if loop is None or self.nout != 1:
                return None
            (c0, c1), (cout,) = loop
            kernel = self._slot.kernels[0]
            d = self._def
            default = kernel is d.kernel
            checks_sizes = d.checks_core_sizes and default and self._shared_core is not None
            if default and d.loop_kernel is not None:
                kernel = d.loop_kernel((c0, c1)) or kernel
            entry = (None if c0 is dx else c0, None if c1 is dy else c1, cout, kernel,
                     checks_sizes)
            self._fast_cache[(dx, dy)] = entry
        c0, c1, cout, kernel, checks_sizes = entry
        lx, ly = self._core_lengths
        if checks_sizes:  # the kernel raises on mismatched core sizes: ndim is enough
            common = tx.dim() >= lx and ty.dim() >= ly
        else:  # one size check per core dimension the operands share
            shared = self._shared_core
            sx, sy = tx.shape, ty.shape
            common = shared is not None and len(sx) >= lx and len(sy) >= ly
            if common:
                for ix, iy in shared:  # type: ignore[union-attr]
                    if sx[ix] != sy[iy]:
                        return None
        if common:  # every core dimension present
            if c0 is not None:
                tx = tx.to(c0)
            if c1 is not None:
                ty = ty.to(c1)
            try:
                r = kernel(tx, ty)
            except RuntimeError:
                return None
            if r is NotImplemented:
                return None
            return r if r.dtype is cout else r.to(cout)
        c0 = dx if c0 is None else c0
        c1 = dy if c1 is None else c1
        missing: list[str] = []
        ops = []
        sizes: dict[str, int] = {}
        for t, core, opt in zip((tx, ty), self._core_in, self._optional_positions):
            k, nd = len(core), t.dim()
            if nd < k:  # absent optional dimensions (matmul's 1-d operands) become size 1
                if nd != k - len(opt) or not opt:
                    return None
                for j in opt:
                    t = t.unsqueeze(j - k)
                missing.extend(core[j] for j in opt)
                nd = k
            shape = t.shape
            for j, d in enumerate(core):
                n = shape[nd - k + j]
                if sizes.setdefault(d, n) != n:
                    return None
            ops.append(t)
        tx, ty = ops
        if tx.dtype is not c0:
            tx = tx.to(c0)
        if ty.dtype is not c1:
            ty = ty.to(c1)
        try:
            r = self._slot.kernels[0](tx, ty)
        except RuntimeError:
            return None
        if r is NotImplemented:
            return None
        if missing:
            core = self._core_out[0]
            start = r.dim() - len(core)
            for j in reversed(range(len(core))):
                if core[j] in missing:
                    r = r.squeeze(start + j)
        return r if r.dtype is cout else r.to(cout)

    def _core_axes(
        self, ts: list[_Tensor], axes: Any, axis: Any, keepdims: bool
    ) -> tuple[list[Any], list[Any]]:
        """Normalized core axes of each input (a tuple, or None for "the last ones") and of
        each output (a tuple to move the core dimensions to, or None)."""
        name, sig = self.__name__, self.signature
        cin, cout = self._core_in, self._core_out
        in_axes: list[Any] = [None] * self.nin
        out_axes: list[Any] = [None] * self.nout
        if axis is not None:
            if axes is not None:
                raise TypeError("cannot specify both 'axis' and 'axes'")
            names = {d for c in cin for d in c} | {d for c in cout for d in c}
            if len(names) != 1 or any(len(c) != 1 for c in cin):
                raise TypeError(
                    f"{name}: axis can only be used with a single shared core dimension, not with "
                    f"the {len(names)} distinct ones implied by signature {sig}."
                )
            axes = [axis] * self.nin + [axis for c in cout if c]
        if keepdims:
            ks = {len(c) for c in cin}
            if len(ks) != 1 or any(cout):
                i = next((i for i, c in enumerate(cin) if len(c) != len(cin[0])), 0)
                raise TypeError(
                    f"{name} does not support keepdims: its signature {sig} requires input {i} "
                    f"to have {len(cin[i])} core dimensions, but keepdims can only be used when "
                    "all inputs have the same number of core dimensions and all outputs have no "
                    "core dimensions."
                )
        if axes is None:
            return in_axes, out_axes
        if not isinstance(axes, list):
            raise TypeError("axes should be a list.")
        no_out_core = not any(cout)
        if len(axes) != self.nargs and not (no_out_core and len(axes) == self.nin):
            raise ValueError(
                f"axes should be a list with an entry for all {self.nargs} inputs and outputs; "
                "entries for outputs can only be omitted if none of them has core axes."
            )
        broadcast_nd = max(
            (t.dim() - len(c) for t, c in zip(ts, cin)), default=0
        )
        for i, entry in enumerate(axes):
            core = cin[i] if i < self.nin else cout[i - self.nin]
            k = len(core)
            single = not isinstance(entry, (tuple, list))
            tup = (entry,) if single else tuple(entry)
            if len(tup) != k:
                raise AxisError(
                    f"{name}: operand {i} has {k} core dimensions, but the axes item is a single "
                    "integer."
                    if single
                    else f"{name}: operand {i} has {k} core dimensions, but {len(tup)} dimensions "
                    "are specified by axes tuple."
                )
            if i < self.nin:
                nd = max(ts[i].dim(), k)
                in_axes[i] = tuple(normalize_axis(a, nd) for a in tup) if k else ()
                if len(set(in_axes[i])) != k:
                    raise ValueError("axes item cannot contain repeated values")
            else:
                nd = broadcast_nd + k
                out_axes[i - self.nin] = tuple(normalize_axis(a, nd) for a in tup) if k else ()
        return in_axes, out_axes

    def _no_reduction(self, *args: Any, **kwargs: Any) -> Any:
        raise RuntimeError("Reduction not defined on ufunc with signature")

    reduce = accumulate = reduceat = _no_reduction  # type: ignore[assignment]

    def outer(self, A: Any, B: Any, /, **kwargs: Any) -> Any:
        raise TypeError("method outer is not allowed in ufunc with non-trivial signature")

    def at(self, a: Any, indices: Any, b: Any = None, /) -> None:
        raise TypeError(
            f"{self.__name__}.at does not support ufunc with non-trivial signature: "
            f"{self.__name__} has signature {self.signature}."
        )
