"""``ndarray.flat``: NumPy's ``flatiter`` over a tnp array (C order, writes reach the array)."""

from __future__ import annotations

from typing import Any

import torch

from ._convert import to_tensor

__all__ = ["flatiter"]

_Tensor = torch.Tensor


class flatiter:
    """A 1-d, C-ordered iterator and index over an array; assignment writes through."""

    __slots__ = ("_a", "_i")

    def __init__(self, a: Any) -> None:
        self._a = a
        self._i = 0

    @property
    def base(self) -> Any:
        """The array being iterated over."""
        return self._a

    @property
    def index(self) -> int:
        """The flat index of the next element."""
        return self._i

    @property
    def coords(self) -> tuple[int, ...]:
        """The N-d index of the next element."""
        shape = self._a._t.shape
        out = []
        i = self._i
        for n in reversed(shape):
            out.append(i % n if n else 0)
            i //= n if n else 1
        return tuple(reversed(out))

    def __len__(self) -> int:
        return self._a._t.numel()

    def __iter__(self) -> flatiter:
        return self

    def __next__(self) -> Any:
        if self._i >= len(self):
            raise StopIteration
        v = self[self._i]
        self._i += 1
        return v

    def _flat(self) -> _Tensor:
        return self._a._t.reshape(-1)

    def __getitem__(self, key: Any) -> Any:
        from ._ndarray import wrap, wrap_scalar

        flat = self._flat()
        n = flat.shape[0]
        if isinstance(key, int) or hasattr(key, "__index__") and not _is_array(key):
            i = int(key)
            if not -n <= i < n:
                raise IndexError(f"index {i} is out of bounds for size {n}")
            return wrap_scalar(flat[i].clone())
        if key is Ellipsis:
            return wrap(flat.clone())
        if isinstance(key, tuple):
            if len(key) != 1:
                raise IndexError("unsupported iterator index")
            return self[key[0]]
        if isinstance(key, slice):
            if key.step is not None and key.step < 0:  # torch slices only step forward
                return wrap(flat[_slice_positions(key, n, flat.device)])
            return wrap(flat[key].clone())
        return wrap(flat[_index_tensor(key, n, flat.device)].clone())

    def __setitem__(self, key: Any, value: Any) -> None:
        from ._ndarray import _value_for

        a = self._a
        if a._ro:
            raise ValueError("assignment destination is read-only")
        t = a._t
        n = t.numel()
        single = False
        if key is Ellipsis:
            sel = None
        elif isinstance(key, tuple) and len(key) == 1:
            self[key[0]] = value
            return
        elif isinstance(key, slice):
            sel = _slice_positions(key, n, t.device)
        elif isinstance(key, int) or hasattr(key, "__index__") and not _is_array(key):
            i = int(key)
            if not -n <= i < n:
                raise IndexError(f"index {i} is out of bounds for size {n}")
            sel = torch.tensor([i % n], device=t.device)
            single = True
        else:
            sel = _index_tensor(key, n, t.device).reshape(-1)
            sel = sel.nonzero().reshape(-1) if sel.dtype is torch.bool else sel % max(n, 1)
        m = n if sel is None else sel.numel()
        if m == 0:
            return
        # the value is converted like ``a[...] = value`` (NumPy's range checks of Python
        # numbers); a single element takes only a scalar
        try:
            v = _value_for(value, t)
        except (TypeError, ValueError, OverflowError):
            if single:
                raise ValueError("Error setting single item of array.") from None
            raise
        if type(v) is not _Tensor:
            v = torch.tensor(v, dtype=t.dtype, device=t.device)
        elif single and v.dim():
            raise ValueError("Error setting single item of array.")
        v = v.reshape(-1)
        if v.numel() == 0:
            raise ValueError("cannot assign an empty sequence through .flat")
        if v.numel() < m:  # NumPy repeats the values cyclically
            v = v.repeat((m + v.numel() - 1) // v.numel())
        v = v[:m]
        if sel is None:
            t.copy_(v.reshape(t.shape))
        elif t.is_contiguous():
            t.view(-1)[sel] = v
        else:
            t[torch.unravel_index(sel, tuple(t.shape))] = v

    def __array__(self, dtype: Any = None, copy: bool | None = None) -> Any:
        return self[...].__array__(dtype)

    def copy(self) -> Any:
        """A flattened copy of the array."""
        return self[...]

    def __repr__(self) -> str:
        return f"<tnp flatiter over array of shape {tuple(self._a._t.shape)}>"


def _is_array(x: Any) -> bool:
    from ._ndarray import ndarray

    return isinstance(x, (ndarray, _Tensor, list)) or type(x).__module__.startswith("numpy") and \
        getattr(x, "ndim", 0) > 0


def _slice_positions(key: slice, n: int, device: torch.device) -> _Tensor:
    """The flat positions a slice selects (any step, negative ones included)."""
    r = range(*key.indices(n))
    if not len(r):
        return torch.empty(0, dtype=torch.int64, device=device)
    return torch.arange(r.start, r.stop, r.step, device=device)


def _index_tensor(key: Any, n: int, device: torch.device) -> _Tensor:
    k = to_tensor(key).to(device)
    if k.dtype is torch.bool and k.dim():
        if type(key) in (list, tuple):
            raise IndexError(
                "boolean indices for iterators are not supported because of previous behavior "
                "that was confusing (valid boolean indices are expected to work in the future)"
            )
        if k.dim() > 1:
            raise IndexError("too many indices for flat iterator: flat iterator is "
                             f"1-dimensional, but {k.dim()} were indexed")
        if k.numel() != n:
            raise IndexError(
                "boolean index did not match indexed flat iterator along axis 0; size of axis "
                f"is {n} but size of corresponding boolean axis is {k.numel()}"
            )
        return k
    if k.is_floating_point() or k.is_complex():
        raise IndexError("only integers, slices (`:`), ellipsis (`...`) and integer or boolean "
                         "arrays are valid indices")
    k = k.to(torch.int64)
    if k.numel() and (int(k.max()) >= n or int(k.min()) < -n):
        bad = int(k.max()) if int(k.max()) >= n else int(k.min())
        raise IndexError(f"index {bad} is out of bounds for size {n}")
    return k
