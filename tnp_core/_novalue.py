"""The "argument not given" sentinel (NumPy's ``np._NoValue``), shared by the core and kernels."""

from __future__ import annotations

__all__ = ["NoValue", "NoValueType"]


class NoValueType:
    """Marks an argument that was not given (``initial`` of ``reduce``, ``keepdims``, ...)."""

    _instance: NoValueType | None = None

    def __new__(cls) -> NoValueType:
        if cls._instance is None:
            cls._instance = object.__new__(cls)
        return cls._instance

    def __repr__(self) -> str:
        return "<no value>"


NoValue = NoValueType()
