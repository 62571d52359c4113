"""NumPy indexing on tensors: key normalization, negative steps, scalar detection.

torch cannot express negative-step slices as views.  A key with a negative step is applied to
a flipped copy (reads) or turned into explicit coordinates (writes), so ``a[::-1] = x`` lands
in ``a`` and ``a[::-1]`` reads correctly; the result of such a read is a read-only copy.

Where torch's advanced indexing lays the result out differently from NumPy (separated
advanced indices, 0-d booleans among other advanced indices, empty masks), the key comes with
a ``layout``: a view of the tensor (unit axes inserted, dimensions permuted) that torch then
indexes the NumPy way.  Errors torch raises are translated into NumPy's (``index_error``).
"""

from __future__ import annotations

import sys
from typing import Any

import torch

__all__ = ["PreparedKey", "index_error", "prepare_key", "setitem_general"]

_Tensor = torch.Tensor
_INDEX_ERROR = (
    "only integers, slices (`:`), ellipsis (`...`), numpy.newaxis (`None`) and integer or "
    "boolean arrays are valid indices"
)


class PreparedKey:
    """A key converted for torch: ``key`` plus what NumPy semantics need to know about it."""

    __slots__ = ("key", "used", "is_view", "is_scalar", "flips", "advanced", "layout")

    def __init__(
        self,
        key: tuple,
        used: tuple[int, ...],
        is_view: bool,
        is_scalar: bool,
        flips: list[int],
        advanced: bool = False,
        layout: tuple | None = None,
    ) -> None:
        self.key = key
        self.used = used  # dimensions each key element consumes (-1: the Ellipsis)
        self.is_view = is_view
        self.is_scalar = is_scalar
        self.flips = flips
        self.advanced = advanced  # integer or boolean arrays: NumPy returns a copy
        # None, or (unit axes to insert, permutation, empty masks to check): how to view the
        # tensor so that torch's advanced indexing lays the result out like NumPy's
        self.layout = layout


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
        if t.dtype.is_floating_point or t.dtype.is_complex:
            if t.numel():
                raise IndexError(_INDEX_ERROR)
            t = t.to(torch.int64)  # ``[[]]``: NumPy indexes with an empty integer array
    if t is None and (tk.__module__.startswith("numpy") or hasattr(k, "__array__")):
        np = sys.modules.get("numpy")
        if np is not None and isinstance(k, np.generic):
            if isinstance(k, np.integer):
                return k.__index__(), 1, "int"  # NumPy integers index like ints (views)
            if not isinstance(k, np.bool_):
                raise IndexError(_INDEX_ERROR)
        from ._convert import to_tensor

        t = to_tensor(k)
    if t is not None:
        if t.dtype is torch.bool:
            return t, max(t.ndim, 0), "adv"
        if t.dtype.is_floating_point or t.dtype.is_complex:
            from ._ndarray import _SCALAR_CLASSES

            if tk in _SCALAR_CLASSES:  # a float scalar is no array (NumPy's message)
                raise IndexError(_INDEX_ERROR)
            raise IndexError("arrays used as indices must be of integer (or boolean) type")
        if t.ndim == 0:
            from ._ndarray import _SCALAR_CLASSES

            if tk in _SCALAR_CLASSES:
                return int(t), 1, "int"  # tnp integer scalars too
            return int(t), 1, "int0d"  # a 0-d array indexes like an integer, but copies
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
    n_int = 0
    used_dims = []
    fancy: list[int] = []  # positions of advanced elements (integers count once arrays exist)
    special = False  # a 0-d boolean or an empty mask: see _advanced_layout
    for i, (k, used, cat) in enumerate(conv):
        used_dims.append(used)
        if cat == "ellipsis":
            used_dims[-1] = ndim - consumed
            dim += ndim - consumed
        elif cat == "slice":
            if k.step is not None and k.step.__index__() < 0:
                flips.append(dim)
            dim += 1
        elif cat == "adv":
            fancy.append(i)
            if type(k) is bool or k.dtype is torch.bool and (not k.ndim or not k.numel()):
                special = True
            dim += used
        elif cat == "int":
            n_int += 1
            dim += 1
        elif cat == "int0d":
            fancy.append(i)
            n_int += 1
            dim += 1
        out.append(k)
    is_scalar = n_int == ndim and len(conv) == n_int
    if not fancy:
        return PreparedKey(tuple(out), tuple(used_dims), not flips, is_scalar, flips, False)
    if n_int or special:
        fancy = [i for i, c in enumerate(conv) if c[2] in ("adv", "int", "int0d")]
        separated = fancy[-1] - fancy[0] != len(fancy) - 1
        if separated or special and len(fancy) > 1 or special and _has_empty_mask(conv):
            key, used, flips, layout = _advanced_layout(conv, ndim - consumed, separated)
            return PreparedKey(key, used, False, is_scalar, flips, True, layout)
    elif fancy[-1] - fancy[0] != len(fancy) - 1:
        key, used, flips, layout = _advanced_layout(conv, ndim - consumed, True)
        return PreparedKey(key, used, False, is_scalar, flips, True, layout)
    return PreparedKey(tuple(out), tuple(used_dims), False, is_scalar, flips, True)


def _has_empty_mask(conv: list[tuple[Any, int, str]]) -> bool:
    return any(c[2] == "adv" and type(c[0]) is not bool and c[0].dtype is torch.bool
               and c[0].ndim and not c[0].numel() for c in conv)


def _is_bool0(k: Any) -> bool:
    """A 0-d boolean index (``True``, ``np.True_``, a 0-d boolean array)."""
    return type(k) is bool or k.dtype is torch.bool and k.ndim == 0


def _advanced_layout(
    conv: list[tuple[Any, int, str]], n_ellipsis: int, separated: bool
) -> tuple[tuple, tuple[int, ...], list[int], tuple]:
    """The key rewritten so that torch lays out an advanced index like NumPy: (key, dims each
    element consumes, negative-step dims, layout for :func:`apply_layout`).

    NumPy treats integers as advanced indices once an array index is present, and puts the
    broadcast dimensions first when the advanced indices are ``separated`` (by a slice,
    ``None`` or ``...``, even one covering no dimension): ``a[0, :, [1, 2]]`` has shape
    ``(2, a.shape[1])``.  Then the tensor is permuted so that the advanced dimensions come
    first.  A 0-d boolean index becomes an index array of length 1 (True) or 0 (False) into a
    new unit axis; an empty mask whose shape differs from the array's where the mask has
    length 0 (which NumPy allows) becomes ``nonzero()`` indices.
    """
    items: list[tuple[Any, list[int], bool]] = []  # (key element, its dims, advanced)
    unsqueeze: list[int] = []
    masks: list[tuple[int, tuple[int, ...]]] = []
    d = 0
    for k, _, cat in conv:
        if cat == "ellipsis":
            for _ in range(n_ellipsis):
                items.append((slice(None), [d], False))
                d += 1
        elif cat == "new":
            items.append((None, [], False))
        elif cat == "slice":
            items.append((k, [d], False))
            d += 1
        elif cat != "adv" or type(k) is not bool and k.dtype is torch.int64:  # ints, arrays
            items.append((k, [d], True))
            d += 1
        elif _is_bool0(k):
            unsqueeze.append(d)
            items.append((torch.zeros(int(bool(k)), dtype=torch.int64), [d], True))
            d += 1
        elif not k.numel():
            masks.append((d - len(unsqueeze), tuple(k.shape)))
            for col in k.nonzero().unbind(1):
                items.append((col, [d], True))
                d += 1
        else:
            items.append((k, list(range(d, d + k.ndim)), True))
            d += k.ndim
    if separated:
        items = [it for it in items if it[2]] + [it for it in items if not it[2]]
    perm = [x for it in items for x in it[1]]
    key = tuple(it[0] for it in items)
    used = tuple(len(it[1]) for it in items)
    flips = []
    dim = 0
    for k, u in zip(key, used):
        if type(k) is slice and k.step is not None and k.step.__index__() < 0:
            flips.append(dim)
        dim += u
    order = None if perm == sorted(perm) else perm
    return key, used, flips, (tuple(unsqueeze), order, tuple(masks))


def apply_layout(t: _Tensor, layout: tuple) -> _Tensor:
    """The view of ``t`` a key with a ``layout`` indexes (see :func:`_advanced_layout`)."""
    unsqueeze, perm, masks = layout
    for dim, shape in masks:
        for j, m in enumerate(shape):
            n = t.shape[dim + j]
            if m != n and m:
                raise IndexError(
                    f"boolean index did not match indexed array along axis {dim + j}; size of "
                    f"axis is {n} but size of corresponding boolean axis is {m}"
                )
    for d in unsqueeze:
        t = t.unsqueeze(d)
    if perm is not None:
        t = t.permute(perm + list(range(len(perm), t.dim())))
    return t


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
    if pk.layout is not None:
        t = apply_layout(t, pk.layout)
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
        while value.dim() > lin.dim() and value.shape[0] == 1:
            value = value[0]  # NumPy drops leading unit dimensions of the value
        value = value.broadcast_to(lin.shape)
    idx = torch.unravel_index(lin, tuple(t.shape))
    t.index_put_(
        idx, torch.as_tensor(value, dtype=t.dtype, device=t.device).broadcast_to(lin.shape)
    )


# ------------------------------------------------------------------ error path


def int_index_error(i: int) -> Exception:
    """NumPy's exception for a Python integer index beyond int64: OverflowError up to
    2**64 - 1 (it does not fit a C long), IndexError (not an integer index) beyond."""
    if 2**63 <= i < 2**64:
        return OverflowError("Python int too large to convert to C long")
    return IndexError(_INDEX_ERROR)


def _shape_text(s: Any) -> str:
    return "(" + ",".join(map(str, s)) + ("," if len(s) == 1 else "") + ")"


def index_error(shape: tuple[int, ...], key: Any, arrays: bool = True) -> Exception | None:
    """NumPy's exception for ``key`` into an array of ``shape`` when torch rejected it (error
    path only), or None when the key itself is fine.  NumPy checks the masks' shapes, then the
    integers, then (unless not ``arrays``: NumPy converts an assigned value first) that the
    index arrays broadcast, then their values."""
    parts = key if type(key) is tuple else (key,)
    for k in parts:
        if type(k) is int and not -(2**63) <= k < 2**63:
            return int_index_error(k)
    try:
        prepare_key(key, len(shape))
    except (IndexError, OverflowError) as e:
        return e
    conv = [_convert_part(k) for k in parts]
    n_ellipsis = len(shape) - sum(c[1] for c in conv)
    dims = []  # the first axis of each key element
    dim = 0
    for _, used, cat in conv:
        dims.append(dim)
        dim += n_ellipsis if cat == "ellipsis" else used
    masks = [(d, k) for d, (k, _, cat) in zip(dims, conv)
             if cat == "adv" and type(k) is not bool and k.dtype is torch.bool and k.ndim]
    for d, k in masks:
        for j, m in enumerate(k.shape):
            n = shape[d + j]
            if m != n and m:
                return IndexError(
                    f"boolean index did not match indexed array along axis {d + j}; size of "
                    f"axis is {n} but size of corresponding boolean axis is {m}"
                )
    for d, (k, _, cat) in zip(dims, conv):
        if cat in ("int", "int0d"):
            if not -(2**63) <= k < 2**63:
                return int_index_error(k)
            n = shape[d]
            if not -n <= k < n:
                return IndexError(f"index {k} is out of bounds for axis {d} with size {n}")
    if not arrays:
        return None
    shapes: list[tuple[int, ...]] = []
    index_arrays: list[tuple[int, _Tensor]] = []
    for d, (k, _, cat) in zip(dims, conv):
        if cat != "adv":
            continue
        if type(k) is bool or k.dtype is torch.bool and not k.ndim:
            shapes.append((int(bool(k)),))
        elif k.dtype is torch.bool:
            shapes += [(int(k.count_nonzero()),)] * k.ndim
        else:
            index_arrays.append((d, k))
            shapes.append(tuple(k.shape))
    try:
        broadcast = torch.broadcast_shapes(*shapes)
    except RuntimeError:
        return IndexError(
            "shape mismatch: indexing arrays could not be broadcast together with shapes "
            + " ".join(_shape_text(s) for s in shapes) + " "
        )
    if not broadcast.numel():
        return None  # no index value is used
    for d, k in index_arrays:
        n = shape[d]
        bad = k[(k >= n) | (k < -n)]
        if bad.numel():
            return IndexError(f"index {int(bad[0])} is out of bounds for axis {d} with size {n}")
    return None
