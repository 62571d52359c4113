"""``tnp_core`` asks torch for huge pages on large CPU arrays (NumPy's default), before any
tensor exists, unless the user opted out or chose already."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

import tnp_core

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux only")

_SHOW = "import os, tnp_core; print(os.environ.get('THP_MEM_ALLOC_ENABLE'))"


def _value_after_import(**env: str) -> str:
    clean = {k: v for k, v in os.environ.items()
             if k not in ("THP_MEM_ALLOC_ENABLE", "TNP_HUGEPAGES")}
    out = subprocess.run([sys.executable, "-c", _SHOW], env={**clean, **env},
                         capture_output=True, text=True, check=True)
    return out.stdout.strip()


def test_import_requests_huge_pages() -> None:
    assert _value_after_import() == "1"


def test_opt_out_and_user_choice_are_kept() -> None:
    assert _value_after_import(TNP_HUGEPAGES="0") == "None"
    assert _value_after_import(THP_MEM_ALLOC_ENABLE="0") == "0"


def test_request_is_made_before_any_tensor() -> None:
    """torch reads the variable once, at its first allocation, and tnp_core's modules create
    tensors at import: ``_allocation`` must be the package's first import."""
    source = Path(tnp_core.__file__).read_text()
    first = source.index("\nfrom . import") + 1
    assert source[first:].startswith("from . import _allocation,")
    assert "import torch" not in source[:first]
