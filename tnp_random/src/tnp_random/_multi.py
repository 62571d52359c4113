"""``Generator.multivariate_hypergeometric`` at torch level."""

from __future__ import annotations

import operator
from typing import Any

import torch

from . import _dists
from ._seeding import Stream

__all__ = ["multivariate_hypergeometric"]

_KEYS_LIMIT = 2**24  # samples x items up to this: one random key per item, else marginals


def multivariate_hypergeometric(
    stream: Stream, colors: torch.Tensor, nsample: Any, size: tuple[int, ...] | None,
    method: str,
) -> torch.Tensor:
    """Counts of each color in ``nsample`` draws without replacement: ``size + (k,)``."""
    if method not in ("count", "marginals"):
        raise ValueError('method must be "count" or "marginals".')
    if colors.dim() != 1 or colors.is_complex() or colors.dtype is torch.bool or (
        colors.is_floating_point() and colors.numel()  # [] is float64, and valid
    ) or bool((colors.to(torch.int64) < 0).any()):
        raise ValueError("colors must be a one-dimensional sequence of nonnegative integers "
                         "not exceeding 9223372036854775807.")
    try:
        n = operator.index(nsample)
    except TypeError:
        raise ValueError("nsample must be an integer") from None
    if n < 0:
        raise ValueError("nsample must be nonnegative.")
    c = colors.to(torch.int64)
    total = int(c.sum().item())
    if n > total:
        raise ValueError("nsample > sum(colors)")
    if method == "count" and total > 1_000_000_000:
        raise ValueError("When method is 'count', sum(colors) must not exceed 1000000000")
    shape = size or ()
    k = c.shape[0]
    m = 1
    for s in shape:
        m *= s
    device = c.device
    out = torch.zeros((m, k), dtype=torch.int64, device=device)
    if not m or not k or not n:
        return out.view(*shape, k)
    gen = stream.generator(device)
    if m * total <= _KEYS_LIMIT:
        # the n items with the smallest random keys are a uniform sample without replacement
        keys = torch.rand((m, total), generator=gen, device=device)
        picked = keys.topk(n, dim=1, largest=False).indices
        color_of = torch.bucketize(picked, torch.cumsum(c, 0), right=True)
        out.scatter_add_(1, color_of, torch.ones_like(color_of))
    else:  # marginals: successive hypergeometric draws, one color at a time
        remaining_n = torch.full((m,), float(n), dtype=torch.float64, device=device)
        rest = float(total)
        for j in range(k - 1):
            cj = float(c[j].item())
            rest -= cj
            x = _dists.s_hypergeometric(gen, (m,), device, cj, rest, remaining_n)
            out[:, j] = x
            remaining_n = remaining_n - x
        out[:, k - 1] = remaining_n.to(torch.int64)
    return out.view(*shape, k)
