"""The "argument not given" sentinel (NumPy's ``np._NoValue``), shared by the core and kernels."""

from __future__ import annotations

import enum

__all__ = ["NoValue", "NoValueType"]


class NoValueType(enum.Enum):
    """Marks an argument that was not given (``initial`` of ``reduce``, ``keepdims``, ...).

    An enum member: a singleton that TorchDynamo treats as a constant, so a signature default
    of ``NoValue`` does not break a ``torch.compile`` graph.
    """

    NO_VALUE = "<no value>"

    def __repr__(self) -> str:
        return "<no value>"


NoValue = NoValueType.NO_VALUE
