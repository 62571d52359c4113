"""Shared by the torch.compile tests: a fresh Dynamo per test, results as plain tensors."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest
import torch
import torch._dynamo

import tnp_core as np


@pytest.fixture
def fresh_dynamo() -> Iterator[None]:
    """Dynamo's caches reset before and after the test (no graph reuse between tests)."""
    torch._dynamo.reset()
    yield
    torch._dynamo.reset()


def tensors_of(r: Any) -> Any:
    """``r`` with every ndarray (also inside tuples and lists) replaced by its tensor."""
    if isinstance(r, (tuple, list)):
        return tuple(tensors_of(v) for v in r)
    return r.tensor if isinstance(r, np.ndarray) else r
