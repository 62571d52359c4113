"""Iteration and function helpers: ``ndindex``, ``ndenumerate``, ``broadcast``, ``vectorize``,
``frompyfunc``, ``apply_along_axis``, ``apply_over_axes``.

They call user Python functions element by element or slice by slice, so they live in the
core and work with whatever kernels are installed.  ``nditer`` lives in ``_nditer.py``.

Differences from NumPy: ``frompyfunc`` cannot return object arrays (tnp has no object dtype):
its results get the dtype NumPy would discover from the returned Python values.
"""

from __future__ import annotations

import itertools
import operator
from collections.abc import Callable
from typing import Any

import torch

from . import _ndarray
from ._convert import to_tensor
from ._flatiter import flatiter
from ._ndarray import USER_SUBCLASSES, ndarray, wrap, wrap_scalar, wrap_view
from ._subclass import RULES, follow_subclass
from .exceptions import AxisError

__all__ = ["apply_along_axis", "apply_over_axes", "broadcast", "frompyfunc", "ndenumerate",
           "ndindex", "vectorize"]


def _ns() -> Any:
    """The assembled namespace (set on ``_ndarray`` once ``tnp_core`` is built)."""
    return _ndarray._ns


def _asarray(x: Any) -> ndarray:
    return x if isinstance(x, ndarray) else wrap(to_tensor(x))


def _shape_args(shape: tuple[Any, ...]) -> tuple[int, ...]:
    if len(shape) == 1 and not isinstance(shape[0], int) and hasattr(shape[0], "__iter__"):
        shape = tuple(shape[0])
    return tuple(operator.index(n) for n in shape)


class ndindex:
    """Iterate over the N-d indices of an array of the given shape, in C order."""

    def __init__(self, *shape: Any) -> None:
        self.shape = _shape_args(shape)
        if any(n < 0 for n in self.shape):
            raise ValueError("negative dimensions are not allowed")
        self._it = itertools.product(*(range(n) for n in self.shape))

    def __iter__(self) -> ndindex:
        return self

    def __next__(self) -> tuple[int, ...]:
        return next(self._it)


class ndenumerate:
    """Iterate over ``(index, value)`` pairs of an array, in C order."""

    def __init__(self, arr: Any) -> None:
        self._a = _asarray(arr)
        self._idx = ndindex(self._a.shape)

    def __iter__(self) -> ndenumerate:
        return self

    def __next__(self) -> tuple[tuple[int, ...], Any]:
        i = next(self._idx)
        return i, wrap_scalar(self._a._t[i].clone())


class broadcast:
    """The broadcast of several arrays: ``shape``, ``size``, ``nd``, ``iters``; iterating
    yields tuples of the broadcast elements."""

    def __init__(self, *args: Any) -> None:
        if len(args) > 64:
            raise ValueError("Need at most 64 array objects.")
        arrays: list[ndarray] = []
        for a in args:
            if isinstance(a, broadcast):
                arrays.extend(it.base for it in a.iters)
            else:
                arrays.append(_asarray(a))
        tensors = [a._t for a in arrays]
        try:
            shape = torch.broadcast_shapes(*(t.shape for t in tensors))
        except RuntimeError:
            shapes = " ".join(f"arg {i} with shape {tuple(t.shape)}"
                              for i, t in enumerate(tensors))
            raise ValueError(
                f"shape mismatch: objects cannot be broadcast to a single shape.  Mismatch is "
                f"between {shapes}"
            ) from None
        self._arrays = [
            wrap_view(t.expand(shape), a) if tuple(t.shape) != tuple(shape) else a
            for t, a in zip(tensors, arrays)
        ]
        self.shape = tuple(shape)
        self.iters = tuple(flatiter(a) for a in self._arrays)
        self._index = 0

    @property
    def nd(self) -> int:
        return len(self.shape)

    ndim = nd

    @property
    def numiter(self) -> int:
        return len(self._arrays)

    @property
    def size(self) -> int:
        n = 1
        for s in self.shape:
            n *= s
        return n

    @property
    def index(self) -> int:
        return self._index

    def reset(self) -> None:
        self._index = 0
        self.iters = tuple(flatiter(a) for a in self._arrays)

    def __iter__(self) -> broadcast:
        return self

    def __next__(self) -> tuple[Any, ...]:
        if self._index >= self.size:
            raise StopIteration
        self._index += 1
        return tuple(next(it) for it in self.iters)


# ---------------------------------------------------------------- vectorize / frompyfunc


def _result_array(values: list[Any], shape: tuple[int, ...], otype: Any) -> ndarray:
    ns = _ns()
    if otype is not None:
        arr = ns.asarray(values, dtype=otype) if values else ns.empty((0,), dtype=otype)
    else:
        arr = ns.asarray(values)
    return arr.reshape(shape + tuple(arr.shape[1:]))


def _parse_signature(signature: str) -> tuple[list[tuple[str, ...]], list[tuple[str, ...]]]:
    def side(text: str) -> list[tuple[str, ...]]:
        text = text.strip()
        if not text.startswith("("):
            raise ValueError(f"not a valid gufunc signature: {signature}")
        groups = []
        for g in text[1:-1].split("),("):
            g = g.strip("()")
            groups.append(tuple(d.strip() for d in g.split(",") if d.strip()))
        return groups

    try:
        ins, outs = signature.replace(" ", "").split("->")
    except ValueError:
        raise ValueError(f"not a valid gufunc signature: {signature}") from None
    return side(ins), side(outs)


class vectorize:
    """Turn a Python function of scalars into a function of arrays (NumPy's ``vectorize``).

    The function is called once per element (with tnp scalars); like NumPy, the output dtype
    comes from ``otypes`` or from the first call's result.  ``signature`` gives core
    dimensions as in gufuncs: ``"(n),(n)->()"``.
    """

    def __init__(self, pyfunc: Any = None, otypes: Any = None, doc: str | None = None,
                 excluded: Any = None, cache: bool = False, signature: str | None = None
                 ) -> None:
        self.pyfunc = pyfunc
        self.cache = cache
        self.signature = signature
        if isinstance(otypes, str):
            otypes = list(otypes)
        self.otypes = None if otypes is None else list(otypes)
        self.excluded = set(excluded or ())
        self.__doc__ = doc if doc is not None else getattr(pyfunc, "__doc__", None)
        self._sig = _parse_signature(signature) if signature is not None else None

    def __call__(self, *args: Any, **kwargs: Any) -> Any:
        if self.pyfunc is None:  # used as @vectorize(otypes=...)
            return vectorize(args[0], otypes=self.otypes, doc=self.__doc__,
                             excluded=self.excluded, cache=self.cache, signature=self.signature)
        fixed_kw = {k: v for k, v in kwargs.items() if k in self.excluded}
        vary_kw = {k: v for k, v in kwargs.items() if k not in self.excluded}
        pos = [i for i in range(len(args)) if i not in self.excluded]
        names = list(vary_kw)
        varying = [args[i] for i in pos] + [vary_kw[k] for k in names]

        def call(values: list[Any]) -> Any:
            a = list(args)
            for i, v in zip(pos, values):
                a[i] = v
            kw = dict(fixed_kw)
            kw.update(zip(names, values[len(pos):]))
            return self.pyfunc(*a, **kw)

        if self._sig is not None:
            return self._call_signature(call, varying)
        arrays = [_asarray(v) for v in varying]
        if not arrays:
            return call([])
        shape = tuple(torch.broadcast_shapes(*(a._t.shape for a in arrays)))
        expanded = [a._t.expand(shape).reshape(-1) for a in arrays]
        n = 1
        for s in shape:
            n *= s
        if n == 0 and self.otypes is None:
            raise ValueError("cannot call `vectorize` on size 0 inputs unless `otypes` is set")
        results = [call([wrap_scalar(e[i].clone()) for e in expanded]) for i in range(n)]
        return self._collect(results, shape)

    def _collect(self, results: list[Any], shape: tuple[int, ...]) -> Any:
        nout = len(results[0]) if results and isinstance(results[0], tuple) else (
            len(self.otypes) if self.otypes and len(self.otypes) > 1 else 1)
        if nout == 1 and not (results and isinstance(results[0], tuple)):
            otype = self.otypes[0] if self.otypes else None
            return _result_array([_plain(r) for r in results], shape, otype)
        outs = []
        for k in range(nout):
            otype = self.otypes[k] if self.otypes else None
            outs.append(_result_array([_plain(r[k]) for r in results], shape, otype))
        return tuple(outs)

    def _call_signature(self, call: Callable[[list[Any]], Any], varying: list[Any]) -> Any:
        in_core, out_core = self._sig  # type: ignore[misc]
        if len(varying) != len(in_core):
            raise TypeError(f"wrong number of positional arguments: expected {len(in_core)}, "
                            f"got {len(varying)}")
        arrays = [_asarray(v) for v in varying]
        sizes: dict[str, int] = {}
        loop_shapes = []
        for a, dims in zip(arrays, in_core):
            if a.ndim < len(dims):
                raise ValueError(f"{a.ndim}-dimensional argument does not have enough "
                                 f"dimensions for all core dimensions {dims!r}")
            core = a.shape[a.ndim - len(dims):] if dims else ()
            for d, n in zip(dims, core):
                if sizes.setdefault(d, n) != n:
                    raise ValueError(f"inconsistent size for core dimension {d!r}: {n} vs "
                                     f"{sizes[d]}")
            loop_shapes.append(a.shape[:a.ndim - len(dims)])
        loop = tuple(torch.broadcast_shapes(*loop_shapes))
        results = []
        for idx in itertools.product(*(range(n) for n in loop)):
            values = []
            for a, ls in zip(arrays, loop_shapes):
                sub = tuple(i if n != 1 else 0 for i, n in zip(idx[len(loop) - len(ls):], ls))
                values.append(a[sub] if sub else a)
            results.append(call(values))
        multi = len(out_core) > 1
        outs = []
        for k in range(len(out_core)):
            items = [r[k] if multi else r for r in results]
            otype = self.otypes[k] if self.otypes else None
            if not items:
                core = tuple(sizes.get(d, 0) for d in out_core[k])
                outs.append(_ns().empty(loop + core, dtype=otype or float))
                continue
            stacked = _ns().stack([_asarray(_plain(x)) for x in items]) if items else None
            arr = stacked.reshape(loop + tuple(stacked.shape[1:]))  # type: ignore[union-attr]
            if otype is not None:
                arr = arr.astype(otype)
            outs.append(arr)
        return tuple(outs) if multi else outs[0]


def _plain(x: Any) -> Any:
    return x.item() if isinstance(x, ndarray) and x.ndim == 0 else x


class _PyUfunc:
    """What ``frompyfunc`` returns: a broadcasting callable with ``nin`` / ``nout``."""

    def __init__(self, func: Callable[..., Any], nin: int, nout: int, identity: Any) -> None:
        self._v = vectorize(func)
        self.nin, self.nout, self.identity = nin, nout, identity
        self.nargs = nin + nout
        self.__name__ = f"{getattr(func, '__name__', 'func')} (vectorized)"

    def __call__(self, *args: Any) -> Any:
        if len(args) != self.nin:
            raise TypeError(f"{self.__name__}: expected {self.nin} arguments, got {len(args)}")
        return self._v(*args)

    def __repr__(self) -> str:
        return f"<ufunc '{self.__name__}'>"


def frompyfunc(func: Callable[..., Any], /, nin: int, nout: int, *, identity: Any = None
               ) -> _PyUfunc:
    """A broadcasting function from ``func``; results get a numeric dtype (no object arrays)."""
    if not callable(func):
        raise TypeError("function must be callable")
    if nin < 0 or nout < 1:
        raise ValueError("frompyfunc needs nin >= 0 and nout >= 1")
    return _PyUfunc(func, nin, nout, identity)


# ---------------------------------------------------------------- apply_*

_APPLY_ALONG_AXIS = RULES["apply_along_axis"]


def apply_along_axis(func1d: Callable[..., Any], axis: int, arr: Any, *args: Any,
                     **kwargs: Any) -> ndarray:
    """Apply ``func1d`` to every 1-d slice along ``axis``."""
    a = _ns().asarray(arr)  # a subclass input: a base-class view (results follow it below)
    nd = a.ndim
    if not -nd <= axis < nd:
        raise AxisError(f"axis {axis} is out of bounds for array of dimension {nd}")
    axis %= nd
    moved = _ns().moveaxis(a, axis, -1)
    outer = moved.shape[:-1]
    if any(n == 0 for n in outer):
        raise ValueError("Cannot apply_along_axis when any iteration dimensions are 0")
    results = [_asarray(func1d(moved[idx], *args, **kwargs))
               for idx in itertools.product(*(range(n) for n in outer))]
    stacked = _ns().stack(results).reshape(outer + results[0].shape)
    res_nd = results[0].ndim
    # the function's output dimensions replace ``axis``
    order = list(range(len(outer)))
    order = order[:axis] + list(range(len(outer), len(outer) + res_nd)) + order[axis:]
    result = _ns().transpose(stacked, order)
    if USER_SUBCLASSES:  # like NumPy: the result takes ``arr``'s subclass, 0-d results too
        return follow_subclass(_APPLY_ALONG_AXIS, result, (func1d, axis, arr), {}, ())
    return result


def apply_over_axes(func: Callable[[Any, int], Any], a: Any, axes: Any) -> ndarray:
    """Apply ``func(a, axis)`` repeatedly over ``axes``, keeping the dimensions."""
    val = _ns().asarray(a)  # NumPy's results are base arrays, for subclass inputs too
    nd = val.ndim
    for axis in (axes if isinstance(axes, (list, tuple)) else (axes,)):
        if axis < 0:
            axis += nd
        res = _asarray(func(val, axis))
        if res.ndim == val.ndim:
            val = res
        else:
            res = _ns().expand_dims(res, axis)
            if res.ndim != val.ndim:
                raise ValueError("function is not returning an array of the correct shape")
            val = res
    return val

