"""``choice`` at torch level: uniform or weighted, with or without replacement."""

from __future__ import annotations

import math
from typing import Any

import torch

from tnp_core.kernel_utils import normalize_axis

from ._integers import bounded_patterns
from ._results import zero_d_array
from ._seeding import Stream

__all__ = ["choice"]

_F64 = torch.float64


def _population(a: torch.Tensor, legacy: bool = True) -> int:
    if a.dim() == 0:
        if a.is_floating_point() or a.is_complex():
            raise ValueError("a must be 1-dimensional or an integer")
        return int(a.item())
    if a.dim() != 1 and legacy:
        raise ValueError("a must be 1-dimensional")
    return a.shape[0]


def _probabilities(p: torch.Tensor, pop: int) -> torch.Tensor:
    """Validate ``p`` like NumPy (messages included) and return it as float64."""
    atol = math.sqrt(torch.finfo(_F64).eps)
    if p.is_floating_point():
        atol = max(atol, math.sqrt(torch.finfo(p.dtype).eps))
    if p.dim() == 0:
        raise TypeError("len() of unsized object")
    if p.dim() != 1:
        raise ValueError("'p' must be 1-dimensional")
    if p.shape[0] != pop:
        raise ValueError("'a' and 'p' must have same size")
    if p.is_complex():
        raise TypeError("Cannot cast array data from complex to float64 according to 'safe'")
    p = p.to(_F64)
    if bool(torch.isnan(p).any()):
        raise ValueError("probabilities contain NaN")
    if bool((p < 0).any()):
        raise ValueError("probabilities are not non-negative")
    if abs(float(p.sum().item()) - 1.0) > atol:
        raise ValueError("probabilities do not sum to 1")
    return p


_GENERATOR_MESSAGES = {
    "'p' must be 1-dimensional": "p must be 1-dimensional",
    "'a' and 'p' must have same size": "a and p must have same size",
    "probabilities contain NaN": "Probabilities contain NaN",
    "probabilities are not non-negative": "Probabilities are not non-negative",
    "probabilities do not sum to 1": "Probabilities do not sum to 1. See Notes section of "
    "docstring for more information.",
    "Cannot take a larger sample than population when 'replace=False'": "Cannot take a "
    "larger sample than population when replace is False",
    "a must be greater than 0 unless no samples are taken": "a must be a positive integer "
    "unless no samples are taken",
    "'a' cannot be empty unless no samples are taken": "a cannot be empty unless no samples "
    "are taken",
}


def choice(
    stream: Stream,
    a: torch.Tensor,
    size: tuple[int, ...] | None,
    replace: bool,
    p: torch.Tensor | None,
    axis: int = 0,
    legacy: bool = True,
) -> Any:
    """Samples from ``a`` (see :func:`_choice`); Generator's error messages unless legacy."""
    if legacy:
        return _choice(stream, a, size, replace, p, axis, legacy)
    try:
        return _choice(stream, a, size, replace, p, axis, legacy)
    except ValueError as e:
        message = _GENERATOR_MESSAGES.get(str(e))
        if message is None:
            raise  # AxisError and messages Generator shares keep their type and text
        raise ValueError(message) from None


def _choice(
    stream: Stream,
    a: torch.Tensor,
    size: tuple[int, ...] | None,
    replace: bool,
    p: torch.Tensor | None,
    axis: int = 0,
    legacy: bool = True,
) -> Any:
    """Samples from ``a`` (an int ``n`` means ``arange(n)``), along ``axis`` for n-d ``a``.

    Returns a Python int (integer ``a``, no ``size``), a 0-d tensor (an element of array
    ``a``: the caller's return marker makes it a NumPy scalar), a 0-d ndarray (``size=()``)
    or a tensor.
    """
    if a.dim() > 1 and not legacy:
        ax = normalize_axis(axis, a.dim())
        pop = a.shape[ax]
    else:
        ax = 0
        pop = _population(a, legacy)
    shape = size if size is not None else ()
    n = math.prod(shape)
    if a.dim() == 0 and pop <= 0 and n:
        raise ValueError("a must be greater than 0 unless no samples are taken")
    if a.dim() >= 1 and pop == 0 and n:
        raise ValueError("'a' cannot be empty unless no samples are taken")
    probs = _probabilities(p, pop) if p is not None else None
    device = a.device if a.dim() else (p.device if p is not None else torch.get_default_device())
    if not replace:
        if n > pop:
            raise ValueError("Cannot take a larger sample than population when 'replace=False'")
        if probs is not None and int((probs > 0).sum().item()) < n:
            raise ValueError("Fewer non-zero entries in p than size")
    idx = _indices(stream, device, pop, n, replace, probs).reshape(shape)
    if a.dim() > 1:
        src = a.view(torch.int64) if a.dtype is torch.uint64 else a
        picked = src.index_select(ax, idx.reshape(-1).to(a.device))
        picked = picked.reshape(a.shape[:ax] + shape + a.shape[ax + 1:])
        if a.dtype is torch.uint64:
            picked = picked.view(torch.uint64)
        return picked
    if a.dim():  # advanced indexing copies (index_select lacks uint64)
        picked = a[idx.to(a.device)] if size else a[idx.reshape(1)].reshape(()).clone()
        return zero_d_array(picked) if size == () else picked
    if size is None:
        return int(idx.item())
    if not replace:
        idx = idx.clone()  # a slice of the permutation: a fresh tensor of its own
    return zero_d_array(idx) if size == () else idx


def _indices(
    stream: Stream,
    device: torch.device,
    pop: int,
    n: int,
    replace: bool,
    probs: torch.Tensor | None,
) -> torch.Tensor:
    """``n`` int64 indices into ``range(pop)``."""
    if n == 0:
        return torch.empty(0, dtype=torch.int64, device=device)
    gen = stream.generator(device)
    if probs is None:
        if replace:
            return bounded_patterns(stream, device, 0, pop - 1, (n,))
        return torch.randperm(pop, generator=gen, device=device)[:n]
    probs = probs.to(device)
    if replace:  # inverse CDF, as NumPy does
        cdf = probs.cumsum(0)
        cdf /= cdf[-1].clone()
        u = torch.rand(n, generator=gen, dtype=_F64, device=device)
        return torch.searchsorted(cdf, u, right=True).clamp_(max=pop - 1)
    # without replacement: the n smallest exponential "arrival times" E_i / p_i are a weighted
    # sample without replacement (successive draws proportional to the remaining weights)
    e = torch.empty(pop, dtype=_F64, device=device).exponential_(generator=gen)
    keys = e / probs  # p_i == 0 gives +inf: never picked before a positive weight
    return torch.argsort(keys, stable=True)[:n]
