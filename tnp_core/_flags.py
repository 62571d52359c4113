"""``ndarray.flags``: NumPy's flags object over a tnp array (live view of its state)."""

from __future__ import annotations

from typing import Any

import torch

__all__ = ["flagsobj", "f_contiguous"]


def f_contiguous(t: torch.Tensor) -> bool:
    """Whether ``t``'s memory is Fortran-ordered (dimensions of length 1 do not count)."""
    expected = 1
    for size, stride in zip(t.shape, t.stride()):
        if size == 1:
            continue
        if size == 0:
            return True
        if stride != expected:
            return False
        expected *= size
    return True


_KEYS = {
    "C": "c_contiguous", "C_CONTIGUOUS": "c_contiguous", "CONTIGUOUS": "c_contiguous",
    "F": "f_contiguous", "F_CONTIGUOUS": "f_contiguous", "FORTRAN": "f_contiguous",
    "O": "owndata", "OWNDATA": "owndata",
    "W": "writeable", "WRITEABLE": "writeable",
    "A": "aligned", "ALIGNED": "aligned",
    "X": "writebackifcopy", "WRITEBACKIFCOPY": "writebackifcopy",
    "FNC": "fnc", "FORC": "forc", "BEHAVED": "behaved", "B": "behaved",
    "CARRAY": "carray", "CA": "carray", "FARRAY": "farray", "FA": "farray",
}
_SHOWN = ("C_CONTIGUOUS", "F_CONTIGUOUS", "OWNDATA", "WRITEABLE", "ALIGNED", "WRITEBACKIFCOPY")


class flagsobj:
    """The memory-layout flags of one array, read live; ``writeable`` can be set."""

    __slots__ = ("_a",)

    def __init__(self, a: Any) -> None:
        self._a = a

    @property
    def c_contiguous(self) -> bool:
        return self._a._t.is_contiguous()

    @property
    def f_contiguous(self) -> bool:
        return f_contiguous(self._a._t)

    @property
    def owndata(self) -> bool:
        return self._a._base is None

    @property
    def writeable(self) -> bool:
        return not self._a._ro

    @writeable.setter
    def writeable(self, value: bool) -> None:
        self._a.setflags(write=value)

    @property
    def aligned(self) -> bool:
        # torch memory is always aligned; ``setflags(align=False)`` is only recorded
        return not getattr(self._a, "_unaligned", False)

    @aligned.setter
    def aligned(self, value: bool) -> None:
        self._a.setflags(align=value)

    @property
    def writebackifcopy(self) -> bool:
        return False

    @property
    def fnc(self) -> bool:
        return self.f_contiguous and not self.c_contiguous

    @property
    def forc(self) -> bool:
        return self.f_contiguous or self.c_contiguous

    @property
    def behaved(self) -> bool:
        return self.aligned and self.writeable

    @property
    def carray(self) -> bool:
        return self.c_contiguous and self.behaved

    @property
    def farray(self) -> bool:
        # NumPy tests "any of F_CONTIGUOUS, ALIGNED, WRITEABLE" here (and not C_CONTIGUOUS)
        return not self.c_contiguous and (self.f_contiguous or self.aligned or self.writeable)

    def __getitem__(self, key: str) -> bool:
        try:
            return bool(getattr(self, _KEYS[key]))
        except (KeyError, TypeError):
            raise KeyError("Unknown flag") from None

    def __setitem__(self, key: str, value: bool) -> None:
        name = _KEYS.get(key)
        if name == "writeable":
            self.writeable = value
        elif name == "aligned":
            self.aligned = value
        else:
            raise KeyError("Unknown flag")

    def __eq__(self, other: object) -> bool:
        if not isinstance(other, flagsobj):
            return NotImplemented
        return all(self[k] == other[k] for k in _SHOWN)

    __hash__ = None  # type: ignore[assignment]

    def __repr__(self) -> str:
        return "".join(f"  {k} : {self[k]}\n" for k in _SHOWN)
