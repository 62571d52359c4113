"""``random.test``: small self-checks (no NumPy needed)."""

from __future__ import annotations

import torch

from tnp_core.plugins import SelfTester

from ._generator import Generator
from ._legacy import RandomState
from ._seedseq import SeedSequence


def check_reproducible() -> None:
    a = Generator(5).normal(size=4).tensor
    b = Generator(5).normal(size=4).tensor
    assert torch.equal(a, b), "the same seed gives the same stream"
    c = RandomState(5).rand(4).tensor
    assert torch.equal(c, RandomState(5).rand(4).tensor), "RandomState(seed) reproduces"


def check_ranges() -> None:
    g = Generator(1)
    x = g.integers(3, 7, size=1000).tensor
    assert int(x.min()) >= 3 and int(x.max()) <= 6, "integers in [low, high)"
    u = g.random(1000).tensor
    assert float(u.min()) >= 0.0 and float(u.max()) < 1.0, "random in [0, 1)"


def check_seed_sequence() -> None:
    # NumPy: SeedSequence(0).generate_state(2) == [2968811710, 3677149159]
    assert SeedSequence(0).words(2) == [2968811710, 3677149159], "NumPy's SeedSequence"


test = SelfTester("random", {
    "reproducible": check_reproducible,
    "ranges": check_ranges,
    "seed_sequence": check_seed_sequence,
})
