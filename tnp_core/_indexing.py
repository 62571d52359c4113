"""NumPy indexing on tensors: key normalization, negative steps, scalar detection.

torch cannot express negative-step slices as views.  A key with a negative step is applied to
a flipped copy (reads) or turned into explicit coordinates (writes), so ``a[::-1] = x`` lands
in ``a`` and ``a[::-1]`` reads correctly; the result of such a read is a read-only copy.
"""

from __future__ import annotations

from typing import Any

import torch

__all__ = ["PreparedKey", "prepare_key", "setitem_general"]

_Tensor = torch.Tensor
_INDEX_ERROR = (
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
    "boolean arrays are valid indices"
)


class PreparedKey:
    """A key converted for torch: ``key`` plus what NumPy semantics need to know about it."""

    __slots__ = ("key", "used", "is_view", "is_scalar", "flips", "advanced")

    def __init__(
        self,
        key: tuple,
        used: tuple[int, ...],
        is_view: bool,
        is_scalar: bool,
        flips: list[int],
        advanced: bool = False,
    ) -> None:
        self.key = key
        self.used = used  # dimensions each key element consumes (-1: the Ellipsis)
        self.is_view = is_view
        self.is_scalar = is_scalar
        self.flips = flips
        self.advanced = advanced  # integer or boolean arrays: NumPy returns a copy


def _convert_part(k: Any) -> tuple[Any, int, str]:
    """One key element -> (torch element, dims consumed, category)."""
    tk = type(k)
    if tk is int:
        return k, 1, "int"
    if tk is slice:
        return k, 1, "slice"
    if k is None:
        return None, 0, "new"
    if k is Ellipsis:
        return Ellipsis, 0, "ellipsis"
    if tk is bool:
        return k, 0, "adv"
    t = getattr(k, "_t", None)
    if t is None and isinstance(k, _Tensor):
        t = k
    if t is None and tk in (list, tuple):
        from ._convert import to_tensor

        t = to_tensor(k) if len(k) else torch.zeros(0, dtype=torch.int64)
    if t is None and (tk.__module__.startswith("numpy") or hasattr(k, "__array__")):
        from ._convert import to_tensor

        t = to_tensor(k)
    if t is not None:
        if t.dtype is torch.bool:
            return t, max(t.ndim, 0), "adv"
        if t.dtype.is_floating_point or t.dtype.is_complex:
            raise IndexError("arrays used as indices must be of integer (or boolean) type")
        if t.ndim == 0:  # indexes like an integer, but as an array index: the result is a copy
            return int(t), 1, "int0d"
        return t.to(torch.int64), 1, "adv"
    if hasattr(k, "__index__") and not isinstance(k, (float, complex)):
        return k.__index__(), 1, "int"
    raise IndexError(_INDEX_ERROR)


def prepare_key(key: Any, ndim: int) -> PreparedKey:
    """Normalize a NumPy index for a tensor of ``ndim`` dimensions."""
    parts = key if type(key) is tuple else (key,)
    conv = [_convert_part(k) for k in parts]
    consumed = sum(c[1] for c in conv)
    n_ellipsis = sum(1 for c in conv if c[2] == "ellipsis")
    if n_ellipsis > 1:
        raise IndexError("an index can only have a single ellipsis ('...')")
    if consumed > ndim:
        raise IndexError(
            f"too many indices for array: array is {ndim}-dimensional, but {consumed} were indexed"
        )
    out = []
    flips: list[int] = []
    dim = 0
    is_view = True
    n_int = 0
    used_dims = []
    for k, used, cat in conv:
        used_dims.append(used)
        if cat == "ellipsis":
            used_dims[-1] = ndim - consumed
            dim += ndim - consumed
        elif cat == "slice":
            if k.step is not None and k.step.__index__() < 0:
                flips.append(dim)
            dim += 1
        elif cat == "adv":
            is_view = False
            dim += used
        elif cat == "int":
            n_int += 1
            dim += 1
        elif cat == "int0d":
            n_int += 1
            dim += 1
            is_view = False
        out.append(k)
    advanced = not is_view
    if advanced and n_int:
        _integers_as_arrays(conv, out)
    if flips:
        is_view = False
    is_scalar = n_int == ndim and len(conv) == n_int
    return PreparedKey(tuple(out), tuple(used_dims), is_view, is_scalar, flips, advanced)


def _integers_as_arrays(conv: list[tuple[Any, int, str]], out: list[Any]) -> None:
    """NumPy counts integers among the advanced indices once an array index is present: when
    the advanced indices are separated (by a slice, ``...`` or ``None``), the broadcast
    dimensions go first, integers included (``a[0, :, [1, 2]]`` has shape ``(2, a.shape[1])``).
    torch applies integers first, so there they become one-element index arrays."""
    positions = [i for i, c in enumerate(conv) if c[2] in ("int", "int0d")
                 or (c[2] == "adv" and isinstance(c[0], _Tensor))]
    if positions[-1] - positions[0] == len(positions) - 1:
        return  # adjacent: torch's order is NumPy's
    for i in positions:
        if conv[i][2] != "adv":
            out[i] = torch.tensor([conv[i][0]])


def flipped_key(pk: PreparedKey, shape: tuple[int, ...]) -> tuple:
    """The key rewritten for ``tensor.flip(pk.flips)``: negative slices become positive."""
    out = []
    dim = 0
    for k, used in zip(pk.key, pk.used):
        if type(k) is slice and dim in pk.flips:
            n = shape[dim]
            r = range(*k.indices(n))
            k = slice(n - 1 - r[0], n - r[-1], -r.step) if len(r) else slice(0, 0)
        out.append(k)
        dim += used
    return tuple(out)


def getitem_tensor(t: _Tensor, pk: PreparedKey) -> _Tensor:
    """Apply a prepared key to ``t`` (copies when the key has negative steps)."""
    if pk.flips:
        return _flip(t, pk.flips)[flipped_key(pk, tuple(t.shape))]
    return t[pk.key]


# torch has no flip kernel for uint16/32/64: flip a same-size signed view (bit-exact)
_SIGNED_VIEW = {torch.uint16: torch.int16, torch.uint32: torch.int32, torch.uint64: torch.int64}


def _flip(t: _Tensor, dims: list[int]) -> _Tensor:
    sv = _SIGNED_VIEW.get(t.dtype)
    if sv is None:
        return t.flip(dims)
    return t.view(sv).flip(dims).view(t.dtype)


def setitem_general(
    t: _Tensor, pk: PreparedKey, value: _Tensor | bool | int | float | complex
) -> None:
    """``t[key] = value`` for keys torch cannot take directly (negative steps)."""
    coords = torch.arange(t.numel(), device=t.device).reshape(t.shape)
    lin = getitem_tensor(coords, pk)
    if isinstance(value, _Tensor):
        value = value.broadcast_to(lin.shape)
    idx = torch.unravel_index(lin, tuple(t.shape))
    t.index_put_(
        idx, torch.as_tensor(value, dtype=t.dtype, device=t.device).broadcast_to(lin.shape)
    )
