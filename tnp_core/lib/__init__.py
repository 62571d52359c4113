"""``tnp_core.lib``: the part of ``numpy.lib`` tnp has (``stride_tricks``)."""

from __future__ import annotations

from . import stride_tricks

__all__ = ["stride_tricks"]
