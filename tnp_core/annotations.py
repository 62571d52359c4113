"""Parameter annotations that tell the normalizer how to convert NumPy-land arguments.

A kernel is a torch-level function with NumPy's signature.  Annotate a parameter with one of
these markers and the core converts the caller's value before the kernel runs::

    from tnp_core.annotations import ArrayLike, AxisLike, DTypeLike, OutArray, ScalarOrArray

    def sum(a: ArrayLike, axis: AxisLike = None, dtype: DTypeLike = None,
            out: OutArray = None, keepdims: bool = False) -> ScalarOrArray:
        ...

Each marker is ``typing.Annotated[<what the kernel receives>, <conversion>]``, so static type
checkers see the torch-level types the kernel really gets.  Parameters without a marker are
passed through untouched.  The conversion plan is built once per kernel, at assembly.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Annotated, Any

import torch


class Conversion:
    """The conversion a marker asks for; compared by identity."""

    __slots__ = ("name", "doc")

    def __init__(self, name: str, doc: str) -> None:
        self.name = name
        self.doc = doc

    def __repr__(self) -> str:
        return f"<tnp conversion {self.name}>"


ARRAY = Conversion("array", "an array-like; the kernel receives a torch.Tensor")
OPTIONAL_ARRAY = Conversion("optional_array", "an array-like or None")
ARRAY_SEQUENCE = Conversion("array_sequence", "a sequence of array-likes; a tuple of tensors")
ARRAY_OR_SCALAR = Conversion(
    "array_or_scalar",
    "an array-like, but Python bool/int/float/complex stay Python scalars (weak under NEP 50)",
)
ARRAY_OR_DATA = Conversion(
    "array_or_data",
    "an array-like; Python scalars and lists/tuples arrive unconverted, for the kernel to convert "
    "with its dtype= (kernel_utils.to_tensor_as)",
)
DTYPE = Conversion("dtype", "a dtype-like or None; the kernel receives a torch.dtype or None")
AXIS = Conversion("axis", "None, an int or a tuple of ints (validated, not yet normalized)")
SHAPE = Conversion("shape", "an int or a sequence of ints; the kernel receives a tuple of ints")
OUT = Conversion("out", "handled by the core: the kernel receives None and returns a new result")
OUT_UNSAFE = Conversion("out_unsafe", "like OUT, but the result is cast into out= unsafely")
OUT_INDEX = Conversion("out_index", "like OUT, for indices: out= must be an integer or bool array")
WRITABLE = Conversion(
    "writable",
    "an existing, writeable ndarray modified in place; the kernel receives its tensor",
)
DEVICE = Conversion("device", "a device-like or None; the kernel receives a torch.device or None")
READ_ONLY_RESULT = Conversion(
    "read_only_result", "return marker: the returned arrays are read-only"
)
READ_ONLY_VIEW_RESULT = Conversion(
    "read_only_view_result",
    "return marker: returned views are read-only, fresh arrays stay writeable",
)
SCALAR_RESULT = Conversion("scalar_result", "return marker: a 0-d result becomes a NumPy scalar")

ArrayLike = Annotated[torch.Tensor, ARRAY]
"""Any array-like (ndarray, tensor, NumPy array, nested sequence, scalar) -> ``torch.Tensor``."""

OptionalArrayLike = Annotated["torch.Tensor | None", OPTIONAL_ARRAY]
"""Like :data:`ArrayLike`, but ``None`` is passed through."""

ArrayLikeSequence = Annotated[Sequence[torch.Tensor], ARRAY_SEQUENCE]
"""A sequence of array-likes -> ``tuple[torch.Tensor, ...]``."""

ArrayOrScalar = Annotated["torch.Tensor | bool | int | float | complex", ARRAY_OR_SCALAR]
"""An array-like where Python scalars stay Python scalars, so the kernel can apply NEP 50."""

ArrayLikeOrData = Annotated[
    "torch.Tensor | list | tuple | bool | int | float | complex", ARRAY_OR_DATA
]
"""Like :data:`ArrayLike`, but Python data (scalars, nested lists/tuples) is passed through so
the kernel can convert it for its ``dtype=`` exactly as NumPy does (``array([300],
dtype=int8)`` raises OverflowError; ``[2**64 - 1, 1]`` stays exact in uint64): call
:func:`tnp_core.kernel_utils.to_tensor_as`.  Arrays, tensors and NumPy arrays arrive as tensors.
"""

DTypeLike = Annotated["torch.dtype | None", DTYPE]
"""A dtype-like (``"f8"``, ``float``, ``tnp.float32``, ...) -> ``torch.dtype`` or ``None``."""

AxisLike = Annotated["int | tuple[int, ...] | None", AXIS]
"""``None``, an integer or a tuple of integers; use :func:`tnp_core.normalize_axis` to bound it."""

ShapeLike = Annotated[tuple[int, ...], SHAPE]
"""An integer or a sequence of integers -> ``tuple[int, ...]``."""

OutArray = Annotated[None, OUT]
"""``out=``: the core writes the kernel's result into the user's array (NumPy casting rules)."""

OutArrayUnsafe = Annotated[None, OUT_UNSAFE]
"""``out=`` cast with NumPy's 'unsafe' rule (reductions such as ``sum``, ``mean``, ``max``)."""

OutIndexArray = Annotated[None, OUT_INDEX]
"""``out=`` of index results (``argmin``, ``argmax``): an integer or bool array."""

WritableArray = Annotated[torch.Tensor, WRITABLE]
"""An ``ndarray`` the kernel modifies in place (``put``, ``place``, ``copyto``, ...).

The kernel receives the array's own tensor, so writes reach the caller's array and its base.
A non-array raises ``TypeError``; a read-only array raises ``ValueError`` before the kernel runs.
"""

DeviceLike = Annotated["torch.device | None", DEVICE]
"""``device=`` of the array API: a device-like -> ``torch.device`` or ``None``."""

ScalarOrArray = Annotated[torch.Tensor, SCALAR_RESULT]
"""Return annotation: a 0-d result is returned as a NumPy scalar (reductions, ufunc-likes)."""

ReadOnlyResult = Annotated[torch.Tensor, READ_ONLY_RESULT]
"""Return annotation: the returned arrays are read-only.

For results NumPy gives as read-only views (``diagonal``) and for copies that stand in for a
NumPy view torch cannot express (``flip``: negative strides), so a write raises instead of being
silently lost.
"""

ReadOnlyViewResult = Annotated[torch.Tensor, READ_ONLY_VIEW_RESULT]
"""Return annotation: returned views are read-only, fresh arrays stay writeable.

For functions that return a read-only view for some inputs only: NumPy's ``diag`` gives a
read-only view of a 2-d array's diagonal, and a new, writeable array built from a 1-d input.
"""

MARKERS: dict[str, Any] = {
    "ArrayLike": ArrayLike,
    "OptionalArrayLike": OptionalArrayLike,
    "ArrayLikeSequence": ArrayLikeSequence,
    "ArrayOrScalar": ArrayOrScalar,
    "ArrayLikeOrData": ArrayLikeOrData,
    "DTypeLike": DTypeLike,
    "AxisLike": AxisLike,
    "ShapeLike": ShapeLike,
    "OutArray": OutArray,
    "OutArrayUnsafe": OutArrayUnsafe,
    "OutIndexArray": OutIndexArray,
    "DeviceLike": DeviceLike,
    "WritableArray": WritableArray,
    "ScalarOrArray": ScalarOrArray,
    "ReadOnlyResult": ReadOnlyResult,
    "ReadOnlyViewResult": ReadOnlyViewResult,
}
"""Every marker by name (documentation and tests)."""


def conversion_of(annotation: Any) -> Conversion | None:
    """The :class:`Conversion` an annotation carries, or ``None``."""
    for meta in getattr(annotation, "__metadata__", ()):
        if isinstance(meta, Conversion):
            return meta
    return None
