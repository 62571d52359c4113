"""``nditer`` and ``nested_iters``: NumPy's multi-operand iterator over tnp arrays.

Elements are yielded as 0-d arrays that are views of the operands, so ``x[...] = v`` on a
``readwrite`` / ``writeonly`` operand writes into the array.  Operands that must be copied
(``op_dtypes`` casts with ``buffered`` / ``copy``) are written back when the iterator is
closed (``with nditer(...) as it:`` or ``it.close()``), like NumPy's write-back semantics.
``external_loop`` yields 1-d chunks: the whole iteration when every operand is contiguous in
iteration order, else one chunk per innermost line.  ``order='K'`` follows the memory order of
the first operand.  Unlike NumPy, axes are never coalesced: ``it.shape`` / ``it.ndim`` are the
broadcast shape's even without ``multi_index``; ``op_axes`` is not supported.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence
from typing import Any

import torch

from . import _dtypes
from ._convert import to_tensor
from ._flags import f_contiguous
from ._ndarray import ndarray, wrap
from ._typeops import result_type

__all__ = ["nditer", "nested_iters"]

_GLOBAL_FLAGS = frozenset({
    "buffered", "c_index", "common_dtype", "copy_if_overlap", "delay_bufalloc",
    "external_loop", "f_index", "grow_inner", "multi_index", "ranged", "reduce_ok", "refs_ok",
    "zerosize_ok", "buffer_ok",
})
_OP_FLAGS = frozenset({
    "readonly", "readwrite", "writeonly", "allocate", "no_broadcast", "copy", "updateifcopy",
    "nbo", "aligned", "contig", "no_subtype", "arraymask", "writemasked",
    "overlap_assume_elementwise", "virtual",
})


def _view0(t: torch.Tensor, owner: ndarray | None, writable: bool) -> ndarray:
    a = object.__new__(ndarray)
    a._t = t
    a._base = owner if owner is None or owner._base is None else owner._base
    a._ro = not writable
    return a


class nditer:
    """Efficient multi-dimensional iteration over one or more arrays (NumPy's ``nditer``)."""

    def __init__(self, op: Any, flags: Sequence[str] | None = None,
                 op_flags: Any = None, op_dtypes: Any = None, order: str = "K",
                 casting: str = "safe", op_axes: Any = None, itershape: Any = None,
                 buffersize: int = 0) -> None:
        single = not isinstance(op, (list, tuple))
        ops = [op] if single else list(op)
        nop = len(ops)
        if nop == 0:
            raise ValueError("Must provide at least one operand")
        self._single = single
        flags_set = set(flags or ())
        unknown = flags_set - _GLOBAL_FLAGS
        if unknown:
            raise ValueError(f"Unexpected iterator global flag {sorted(unknown)[0]!r}")
        if "external_loop" in flags_set and flags_set & {"multi_index", "c_index", "f_index"}:
            raise ValueError("Iterator flag EXTERNAL_LOOP cannot be used if an index or "
                             "multi-index is being tracked")
        if {"c_index", "f_index"} <= flags_set:
            raise ValueError("Iterator flags C_INDEX and F_INDEX cannot both be specified")
        if order not in ("C", "F", "A", "K"):
            raise ValueError("order must be one of 'C', 'F', 'A', or 'K'")
        if op_axes is not None:
            raise NotImplementedError("nditer(op_axes=...) is not supported by tnp")
        self._flags = flags_set
        per_op = self._per_op_flags(op_flags, nop, [x is None for x in ops])
        dtypes = self._per_op(op_dtypes, nop)

        # operands: arrays (None only with 'allocate')
        arrays: list[ndarray | None] = []
        for i, x in enumerate(ops):
            if x is None:
                if "allocate" not in per_op[i]:
                    raise ValueError(f"Iterator operand {i} is None, but not flagged as "
                                     "allocate")
                arrays.append(None)
            else:
                arrays.append(x if isinstance(x, ndarray) else wrap(to_tensor(x)))
        present = [a for a in arrays if a is not None]
        shapes = [tuple(a._t.shape) for a, fl in zip(arrays, per_op)
                  if a is not None and "no_broadcast" not in fl]
        if itershape is not None:
            shapes.append(tuple(itershape))
        try:
            shape = tuple(torch.broadcast_shapes(*shapes)) if shapes else tuple(
                present[0]._t.shape)
        except RuntimeError:
            desc = " ".join(str(tuple(a._t.shape)) for a in present)
            raise ValueError(f"operands could not be broadcast together with shapes {desc}"
                             ) from None
        for a, fl in zip(arrays, per_op):
            if a is not None and "no_broadcast" in fl and tuple(a._t.shape) != shape:
                raise ValueError(f"non-broadcastable operand with shape {tuple(a._t.shape)} "
                                 f"doesn't match the broadcast shape {shape}")
        if "common_dtype" in flags_set:
            common = result_type(*present)
            dtypes = [d if d is not None else common for d in dtypes]

        self._originals = arrays
        self._writeback: list[tuple[torch.Tensor, ndarray]] = []
        self._ops: list[ndarray] = []
        self._views: list[torch.Tensor] = []
        self._writable: list[bool] = []
        for i, (a, fl, dt) in enumerate(zip(arrays, per_op, dtypes)):
            writes = bool(fl & {"readwrite", "writeonly"})
            if a is None:
                want = _dtypes.as_dtype(dt) if dt is not None else result_type(*present)
                dev = present[0]._t.device if present else None
                a = wrap(torch.zeros(shape, dtype=want.torch, device=dev))
                self._ops.append(a)
            elif writes and a._ro:
                raise ValueError(f"operand array with iterator write flag set is read-only "
                                 f"(operand {i})")
            t = a._t
            if dt is not None and _dtypes.as_dtype(dt).torch != t.dtype:
                src, dst = _dtypes.from_torch(t.dtype), _dtypes.as_dtype(dt)
                if not flags_set & {"buffered"} and not fl & {"copy", "updateifcopy"}:
                    raise TypeError("Iterator operand required copying or buffering, but "
                                    "neither copying nor buffering was enabled")
                if not _dtypes.can_cast_dtypes(src, dst, casting):
                    raise TypeError(f"Iterator operand {i} dtype could not be cast from "
                                    f"{src!r} to {dst!r} according to the rule {casting!r}")
                if writes and not _dtypes.can_cast_dtypes(dst, src, casting):
                    raise TypeError(f"Iterator requested dtype could not be cast from {dst!r} "
                                    f"to {src!r}, the operand {i} dtype, according to the rule "
                                    f"{casting!r}")
                copy = t.to(dst.torch)
                if writes:
                    self._writeback.append((copy, a))
                a = wrap(copy)
                t = copy
            if len(self._ops) <= i:
                self._ops.append(a)
            if tuple(t.shape) != shape:
                if writes:
                    raise ValueError(f"non-broadcastable output operand with shape "
                                     f"{tuple(t.shape)} doesn't match the broadcast shape "
                                     f"{shape}")
                t = t.expand(shape)
            self._views.append(t)
            self._writable.append(writes)
        self.shape = shape
        self._axes = self._axis_order(order)
        self._closed = False
        self._children: list[nditer] = []
        self._fixed: dict[int, int] = {}
        self._loop_axes = list(self._axes)
        self.reset()

    # ------------------------------------------------------------ set-up helpers
    @staticmethod
    def _per_op(value: Any, nop: int) -> list[Any]:
        if value is None:
            return [None] * nop
        if not isinstance(value, (list, tuple)):
            value = [value]
        if len(value) != nop:
            raise ValueError("op_dtypes must be a tuple/list matching the number of ops")
        return list(value)

    @staticmethod
    def _per_op_flags(op_flags: Any, nop: int, missing: list[bool]) -> list[set[str]]:
        if op_flags is None:  # NumPy's defaults: read inputs, allocate missing outputs
            return [{"writeonly", "allocate"} if m else {"readonly"} for m in missing]
        if op_flags and isinstance(op_flags[0], str):
            op_flags = [op_flags] * nop
        if len(op_flags) != nop:
            raise ValueError("op_flags must be a tuple/list matching the number of ops")
        out = []
        for fl in op_flags:
            s = set(fl)
            bad = s - _OP_FLAGS
            if bad:
                raise ValueError(f"Unexpected per-op iterator flag {sorted(bad)[0]!r}")
            if not s & {"readonly", "readwrite", "writeonly"}:
                raise ValueError("None of the iterator flags READWRITE, READONLY, or WRITEONLY "
                                 "were specified for an operand")
            out.append(s)
        return out

    def _axis_order(self, order: str) -> list[int]:
        nd = len(self.shape)
        if order == "C" or nd < 2:
            return list(range(nd))
        if order == "F":
            return list(range(nd - 1, -1, -1))
        first = self._views[0]
        strides = [abs(s) if n > 1 else 0 for s, n in zip(first.stride(), first.shape)]
        if order == "A":
            fortran = all(f_contiguous(v) and not v.is_contiguous() for v in self._views)
            return list(range(nd - 1, -1, -1)) if fortran else list(range(nd))
        return sorted(range(nd), key=lambda ax: -strides[ax])  # stable: C order among ties

    # ------------------------------------------------------------ iteration state
    def reset(self) -> None:
        """Back to the first element."""
        ranges = [range(self.shape[ax]) for ax in self._loop_axes]
        if "external_loop" in self._flags and self._loop_axes:
            inner = self._loop_axes[-1]
            if all(self._contiguous_in_order(v) for v in self._views) and not self._fixed:
                self._chunks: list[Any] = [None]  # one chunk: everything
            else:
                self._chunks = [p for p in itertools.product(*ranges[:-1])]
            self._inner = inner
            self._positions: list[Any] = self._chunks
        else:
            self._positions = list(itertools.product(*ranges)) if all(
                len(r) for r in ranges) else []
        self._k = 0
        self._started = False
        for child in self._children:
            child._fixed = self._current_fixed()
            child.reset()

    def _contiguous_in_order(self, t: torch.Tensor) -> bool:
        return t.permute(self._loop_axes).is_contiguous() if t.dim() else True

    def _current_fixed(self) -> dict[int, int]:
        fixed = dict(self._fixed)
        if self._positions and self._k < len(self._positions) and "external_loop" not in \
                self._flags:
            fixed.update(zip(self._loop_axes, self._positions[self._k]))
        return fixed

    def _index_tuple(self) -> tuple[int, ...]:
        fixed = self._current_fixed()
        return tuple(fixed.get(ax, 0) for ax in range(len(self.shape)))

    @property
    def finished(self) -> bool:
        return self._k >= len(self._positions)

    def iternext(self) -> bool:
        """Advance; False when the iteration is over."""
        self._check_open()
        if self._k < len(self._positions):
            self._k += 1
        for child in self._children:
            if not self.finished:
                child._fixed = self._current_fixed()
                child.reset()
        return not self.finished

    def __iter__(self) -> nditer:
        return self

    def __next__(self) -> Any:
        self._check_open()
        if self._started:
            self.iternext()
        self._started = True
        if self.finished:
            raise StopIteration
        return self.value

    def _check_open(self) -> None:
        if self._closed:
            raise ValueError("Iterator is closed")

    # ------------------------------------------------------------ values
    def _operand_value(self, i: int) -> ndarray:
        t = self._views[i]
        owner = self._ops[i]
        writable = self._writable[i]
        if "external_loop" in self._flags and self._loop_axes:
            pos = self._positions[self._k]
            if pos is None:  # one chunk: every operand is contiguous in iteration order
                return _view0(t.permute(self._loop_axes).reshape(-1), owner, writable)
            idx: list[Any] = [self._fixed.get(ax, 0) for ax in range(t.dim())]
            for ax, v in zip(self._loop_axes[:-1], pos):
                idx[ax] = v
            idx[self._inner] = slice(None)
            return _view0(t[tuple(idx)], owner, writable)
        return _view0(t[self._index_tuple()], owner, writable)

    @property
    def value(self) -> Any:
        """The current element(s): a 0-d array view, or a tuple of them (several operands)."""
        self._check_open()
        if self.finished:
            raise StopIteration
        vals = tuple(self._operand_value(i) for i in range(len(self._views)))
        return vals[0] if self._single else vals

    def __getitem__(self, i: Any) -> Any:
        if isinstance(i, slice):
            return tuple(self._operand_value(k) for k in range(len(self._views))[i])
        return self._operand_value(i)

    def __setitem__(self, i: int, value: Any) -> None:
        self._operand_value(i)[...] = value

    def __len__(self) -> int:
        return len(self._views)

    @property
    def operands(self) -> tuple[ndarray, ...]:
        """The operands (allocated ones included)."""
        self._check_open()
        return tuple(self._ops)

    @property
    def itviews(self) -> tuple[ndarray, ...]:
        return tuple(wrap(v) for v in self._views)

    @property
    def dtypes(self) -> tuple[Any, ...]:
        return tuple(_dtypes.from_torch(v.dtype) for v in self._views)

    @property
    def ndim(self) -> int:
        return len(self.shape)

    @property
    def nop(self) -> int:
        return len(self._views)

    @property
    def itersize(self) -> int:
        n = 1
        for ax in self._loop_axes:
            n *= self.shape[ax]
        return n

    @property
    def iterindex(self) -> int:
        return self._k

    @property
    def has_multi_index(self) -> bool:
        return "multi_index" in self._flags

    @property
    def has_index(self) -> bool:
        return bool(self._flags & {"c_index", "f_index"})

    @property
    def has_delayed_bufalloc(self) -> bool:
        return "delay_bufalloc" in self._flags

    @property
    def iterationneedsapi(self) -> bool:
        return False

    @property
    def multi_index(self) -> tuple[int, ...]:
        if "multi_index" not in self._flags:
            raise ValueError("Iterator is not tracking a multi-index")
        if self.finished:
            raise ValueError("Iterator is past the end")
        return tuple(self._index_tuple()[ax] for ax in range(len(self.shape))
                     if ax in self._loop_axes)

    @property
    def index(self) -> int:
        if not self._flags & {"c_index", "f_index"}:
            raise ValueError("Iterator does not have an index")
        if self.finished:
            raise ValueError("Iterator is past the end")
        idx = self._index_tuple()
        dims = [ax for ax in range(len(self.shape)) if ax in self._loop_axes]
        if "f_index" in self._flags:
            dims = dims[::-1]
        flat = 0
        for ax in dims:
            flat = flat * self.shape[ax] + idx[ax]
        return flat

    def remove_multi_index(self) -> None:
        """Stop tracking the multi-index."""
        self._flags.discard("multi_index")

    def enable_external_loop(self) -> None:
        """Switch to yielding 1-d chunks."""
        if self._flags & {"multi_index", "c_index", "f_index"}:
            raise ValueError("Iterator flag EXTERNAL_LOOP cannot be used if an index or "
                             "multi-index is being tracked")
        self._flags.add("external_loop")
        self.reset()

    def remove_axis(self, i: int) -> None:
        """Drop axis ``i`` from the iteration (iterate it as fixed index 0)."""
        if i not in self._loop_axes:
            raise ValueError(f"axis {i} out of bounds")
        self._loop_axes.remove(i)
        self.reset()

    def copy(self) -> nditer:
        """An independent iterator at the same position."""
        import copy as _copy

        return _copy.copy(self)

    # ------------------------------------------------------------ write-back
    def close(self) -> None:
        """Write copied operands back and free the iterator."""
        if self._closed:
            return
        for copy, target in self._writeback:
            target._t.copy_(copy.to(target._t.dtype))
        self._writeback = []
        self._closed = True

    def __enter__(self) -> nditer:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()


def nested_iters(op: Any, axes: Sequence[Sequence[int]], flags: Sequence[str] | None = None,
                 op_flags: Any = None, op_dtypes: Any = None, order: str = "K",
                 casting: str = "safe", buffersize: int = 0) -> tuple[nditer, ...]:
    """Iterators over groups of axes, outer to inner: advancing an outer one resets the inner."""
    iters = []
    used: list[int] = []
    for group in axes:
        it = nditer(op, flags=flags, op_flags=op_flags, op_dtypes=op_dtypes, order="C",
                    casting=casting, buffersize=buffersize)
        nd = len(it.shape)
        grp = [a % nd if nd else a for a in group]
        if set(grp) & set(used):
            raise ValueError("axes may be listed only once in nested_iters")
        used.extend(grp)
        it._loop_axes = list(grp)
        iters.append(it)
    for outer, inner in zip(iters, iters[1:]):
        outer._children.append(inner)
    for it in iters:
        it.reset()
    return tuple(iters)
