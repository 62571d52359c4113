"""Huge pages for large CPU arrays, like NumPy.

NumPy asks Linux for transparent huge pages on arrays of 4 MiB and more
(``madvise(MADV_HUGEPAGE)``); the first touch of a fresh large array then costs a few page
faults instead of one per 4 KiB page.  torch does the same for CPU allocations of 2 MiB and more
when the environment variable ``THP_MEM_ALLOC_ENABLE`` is ``1``, read once, at the first
allocation of the process.  So this module, imported by ``tnp_core`` before any tensor exists,
sets it (4M-element float64 ``exp`` or ``a * b + 1``: about 2x faster).

It changes nothing when:

* ``TNP_HUGEPAGES=0`` is set (opt out), or ``THP_MEM_ALLOC_ENABLE`` is already set;
* the platform is not Linux;
* torch allocated a tensor before ``tnp_core`` was imported (the setting is then fixed; set
  ``THP_MEM_ALLOC_ENABLE=1`` in the environment to get it).
"""

from __future__ import annotations

import os
import sys

__all__ = ["HUGEPAGES_VARIABLE", "request_hugepages"]

HUGEPAGES_VARIABLE = "THP_MEM_ALLOC_ENABLE"


def request_hugepages() -> bool:
    """Set torch's huge-page variable unless opted out or already set; True if it set it."""
    if not sys.platform.startswith("linux") or os.environ.get("TNP_HUGEPAGES") == "0":
        return False
    if HUGEPAGES_VARIABLE in os.environ:
        return False
    os.environ[HUGEPAGES_VARIABLE] = "1"
    return True


request_hugepages()
