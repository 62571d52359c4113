"""Seeds and streams: user seeds -> a 64-bit torch seed -> one ``torch.Generator`` per device.

A :class:`Stream` is the state behind the legacy module functions and behind each
``Generator``.  It never touches torch's global generator.  Seeds are hashed (BLAKE2b with a
tnp-specific personalisation) before they reach ``torch.Generator.manual_seed``, so
``default_rng(0)`` does not replay ``torch.manual_seed(0)``'s stream: a program that seeds
both with the same number gets uncorrelated numbers.
"""

from __future__ import annotations

import hashlib
import operator
import secrets
from typing import Any

import torch

__all__ = ["Stream", "legacy_seed", "entropy_seed", "hash_words"]

_LEGACY_MAX = 2**32 - 1


def entropy_seed() -> int:
    """A fresh 64-bit seed from the operating system's entropy source."""
    return secrets.randbits(64)


def hash_words(kind: bytes, words: list[int]) -> int:
    """A 64-bit torch seed from non-negative integers (any size), deterministic everywhere."""
    h = hashlib.blake2b(digest_size=8, person=b"tnp.random")
    h.update(kind)
    for w in words:
        raw = w.to_bytes((w.bit_length() + 7) // 8 or 1, "little")
        h.update(len(raw).to_bytes(4, "little"))
        h.update(raw)
    return int.from_bytes(h.digest(), "little")


def _plain(seed: Any) -> Any:
    """Arrays, tensors and NumPy/tnp scalars as Python ints / (nested) lists."""
    if isinstance(seed, (int, list, tuple)) or not hasattr(seed, "tolist"):
        return seed
    return seed.tolist()


def _index(x: Any) -> int | None:
    if isinstance(x, float):
        return None
    try:
        return operator.index(x)
    except TypeError:
        return None


def legacy_seed(seed: Any) -> int:
    """``numpy.random.seed``'s rules: an int in [0, 2**32 - 1] or a non-empty 1-d sequence."""
    if seed is None:
        return entropy_seed()
    seed = _plain(seed)
    if isinstance(seed, (list, tuple)):
        if not seed:
            raise ValueError("Seed must be non-empty")
        words = []
        for x in seed:
            if isinstance(x, (list, tuple)):
                raise ValueError("Seed array must be 1-d")
            words.append(_legacy_word(x))
        return hash_words(b"legacy-seq", words)
    return hash_words(b"legacy-int", [_legacy_word(seed)])


def _legacy_word(x: Any) -> int:
    v = _index(x)
    if v is None:
        raise TypeError(
            f"Cannot cast scalar of type {type(x).__name__!r} to an integer seed "
            "according to the rule 'safe'"
        )
    if not 0 <= v <= _LEGACY_MAX:
        raise ValueError("Seed must be between 0 and 2**32 - 1")
    return v


def generator_seed(seed: Any) -> int:
    """``default_rng``'s rules: None, a non-negative int, a (nested) sequence of them, or a
    SeedSequence-like object (anything with ``generate_state``)."""
    if seed is None:
        return entropy_seed()
    if hasattr(seed, "generate_state") and not isinstance(seed, (int, list, tuple)):
        return hash_words(b"seedsequence", [int(w) for w in seed.generate_state(4)])
    seed = _plain(seed)
    if isinstance(seed, (list, tuple)):
        words: list[int] = []
        _flatten_words(seed, words)
        return hash_words(b"seq", words)
    v = _index(seed)
    if v is None:
        raise TypeError(f"SeedSequence expects int or sequence of ints for entropy not {seed!r}")
    if v < 0:
        raise ValueError("expected non-negative integer")
    return hash_words(b"int", [v])


def _flatten_words(seq: list | tuple, out: list[int]) -> None:
    for x in seq:
        if isinstance(x, (list, tuple)):
            _flatten_words(x, out)
            continue
        v = _index(x)
        if v is None:
            raise TypeError("seed must be integer")
        if v < 0:
            raise ValueError("expected non-negative integer")
        out.append(v)


def _device_key(device: torch.device) -> torch.device:
    if device.type == "cuda" and device.index is None:
        return torch.device("cuda", torch.cuda.current_device())
    return device


class Stream:
    """A seeded source of random numbers: one ``torch.Generator`` per device, made lazily.

    Every device's generator starts from the same 64-bit seed, so a seed reproduces the same
    numbers on the same device and torch version.  Devices do not share a position.
    """

    __slots__ = ("seed", "_generators")

    def __init__(self, seed: int) -> None:
        self.seed = seed
        self._generators: dict[torch.device, torch.Generator] = {}

    @classmethod
    def from_torch(cls, generator: torch.Generator) -> Stream:
        """A stream that draws from ``generator`` on its device (shared, not copied)."""
        stream = cls(generator.initial_seed())
        stream._generators[_device_key(generator.device)] = generator
        return stream

    def reseed(self, seed: int) -> None:
        """Restart from ``seed`` on every device."""
        self.seed = seed
        self._generators.clear()

    def generator(self, device: torch.device) -> torch.Generator:
        """The torch generator of this stream on ``device``."""
        key = _device_key(device)
        gen = self._generators.get(key)
        if gen is None:
            gen = torch.Generator(device=key)
            gen.manual_seed(self.seed)
            self._generators[key] = gen
        return gen


def stream_state(stream: Stream) -> dict[str, Any]:
    """A snapshot of ``stream``: its seed and a copy of each device generator's state."""
    return {
        "seed": stream.seed,
        "generators": {str(d): g.get_state() for d, g in stream._generators.items()},
    }


def set_stream_state(stream: Stream, state: Any) -> None:
    """Restore a :func:`stream_state` snapshot (generators are set in place where they exist)."""
    if not isinstance(state, dict) or "seed" not in state or "generators" not in state:
        raise ValueError("state must be a dict with keys 'seed' and 'generators'")
    gens = state["generators"]
    stream.seed = int(state["seed"])
    keep = {torch.device(d) for d in gens}
    for d in [d for d in stream._generators if d not in keep]:
        del stream._generators[d]  # not yet used at the snapshot: restart from the seed
    for d, s in gens.items():
        g = stream.generator(torch.device(d))
        g.set_state(s.tensor if hasattr(s, "tensor") else torch.as_tensor(s, dtype=torch.uint8))
