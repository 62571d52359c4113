"""``__array_namespace_info__()``: the array API standard's inspection object (2024.12)."""

from __future__ import annotations

from typing import Any

import torch

from . import _dtypes

__all__ = ["__array_namespace_info__"]

_KINDS: dict[str, tuple[str, ...]] = {
    "bool": ("b",),
    "signed integer": ("i",),
    "unsigned integer": ("u",),
    "integral": ("i", "u"),
    "real floating": ("f",),
    "complex floating": ("c",),
    "numeric": ("i", "u", "f", "c"),
}


class ArrayNamespaceInfo:
    """What this namespace supports: capabilities, devices, default and available dtypes."""

    __module__ = "tnp_core"

    def capabilities(self) -> dict[str, Any]:
        return {"boolean indexing": True, "data-dependent shapes": True, "max dimensions": 64}

    def default_device(self) -> torch.device:
        return torch.get_default_device()

    def devices(self) -> list[torch.device]:
        found = [torch.device("cpu")]
        if torch.cuda.is_available():
            found += [torch.device("cuda", i) for i in range(torch.cuda.device_count())]
        return found

    def default_dtypes(self, *, device: Any = None) -> dict[str, _dtypes.dtype]:
        return {
            "real floating": _dtypes.float64,
            "complex floating": _dtypes.complex128,
            "integral": _dtypes.int64,
            "indexing": _dtypes.int64,
        }

    def dtypes(self, *, device: Any = None, kind: str | tuple[str, ...] | None = None
               ) -> dict[str, _dtypes.dtype]:
        if kind is None:
            kinds = ("b", "i", "u", "f", "c")
        else:
            names = (kind,) if isinstance(kind, str) else tuple(kind)
            kinds = ()
            for name in names:
                if name not in _KINDS:
                    raise ValueError(f"unsupported kind: {name!r}")
                kinds += _KINDS[name]
        # the standard's dtypes: float16 (and tnp's bfloat16) are extensions beyond it
        return {d.name: d for d in _dtypes.ALL_DTYPES if d.kind in kinds and d.name != "float16"}


def __array_namespace_info__() -> ArrayNamespaceInfo:
    """The array API inspection object of ``tnp_core``."""
    return ArrayNamespaceInfo()
