"""Bit generators: NumPy's ``BitGenerator`` classes, each backed by a torch stream.

``PCG64``, ``PCG64DXSM``, ``MT19937``, ``Philox`` and ``SFC64`` keep NumPy's names, seeding
(a :class:`SeedSequence`), ``state``, ``spawn``, ``jumped`` and ``random_raw``, but every one
draws from torch's generators (one per device): the name selects a distinct stream for the
same seed, not NumPy's algorithm.  ``BitGenerator(torch_generator)`` wraps a
``torch.Generator`` (shared with the caller).
"""

from __future__ import annotations

import threading
from typing import Any

import torch

from ._seeding import (
    Stream,
    hash_words,
    legacy_seed,
    set_stream_state,
    stream_state,
)
from ._seedseq import ISeedSequence, SeedSequence

__all__ = ["BitGenerator", "PCG64", "PCG64DXSM", "MT19937", "Philox", "SFC64"]

_MIN = -(2**63)


def _seed_sequence(seed: Any) -> Any:
    if isinstance(seed, ISeedSequence) or (
        hasattr(seed, "generate_state") and not isinstance(seed, (int, list, tuple))
    ):
        return seed
    if isinstance(seed, BitGenerator):
        raise TypeError("SeedSequence expects int or sequence of ints for entropy not "
                        f"{seed!r}")
    return SeedSequence(seed)


class BitGenerator:
    """Base class of tnp's bit generators: a seed sequence and a torch stream.

    ``seed`` is None (OS entropy), a non-negative int, a sequence of them, a SeedSequence
    (tnp's or NumPy's) or a ``torch.Generator`` (wrapped: draws advance it).
    """

    def __init__(self, seed: Any = None) -> None:
        self.lock = threading.RLock()  # NumPy's bit generators carry an RLock
        if isinstance(seed, torch.Generator):
            self._seed_seq: Any = None
            self._stream = Stream.from_torch(seed)
            return
        if type(self) is BitGenerator:
            raise NotImplementedError("BitGenerator is a base class and cannot be instantized")
        self._seed_seq = _seed_sequence(seed)
        words = [int(w) for w in self._seed_seq.generate_state(4).tolist()]
        self._stream = Stream(hash_words(type(self).__name__.encode(), words))

    @classmethod
    def _legacy(cls, seed: Any) -> BitGenerator:
        """A bit generator seeded by ``numpy.random.seed``'s rules (``RandomState(seed)``)."""
        self = cls.__new__(cls)
        self.lock = threading.RLock()
        self._seed_seq = None
        self._stream = Stream(legacy_seed(seed))
        return self

    def _legacy_seeding(self, seed: Any) -> None:
        self._stream.reseed(legacy_seed(seed))

    @property
    def seed_seq(self) -> Any:
        """The seed sequence this bit generator was seeded from (None for legacy seeds)."""
        return self._seed_seq

    @property
    def state(self) -> dict[str, Any]:
        """``{'bit_generator': name, 'state': {'seed', 'generators'}}``: torch generator
        states per device (restore with ``bit_generator.state = saved``)."""
        return {"bit_generator": type(self).__name__, "state": stream_state(self._stream)}

    @state.setter
    def state(self, value: Any) -> None:
        if not isinstance(value, dict):
            raise TypeError("state must be a dict")
        name = value.get("bit_generator")
        if name != type(self).__name__:
            raise ValueError(f"state must be for a {type(self).__name__} RNG")
        set_stream_state(self._stream, value.get("state"))

    def spawn(self, n_children: int) -> list[BitGenerator]:
        """``n_children`` new, independent bit generators of this type."""
        if not hasattr(self._seed_seq, "spawn"):
            raise TypeError("The underlying SeedSequence does not implement spawning.")
        return [type(self)(s) for s in self._seed_seq.spawn(n_children)]

    def random_raw(self, size: Any = None, output: bool = True) -> Any:
        """Raw 64-bit draws as uint64 (a Python int without ``size``)."""
        from ._params import normalize_size

        shape = normalize_size(size)
        device = torch.get_default_device()
        t = torch.empty(shape or (), dtype=torch.int64, device=device).random_(
            _MIN, None, generator=self._stream.generator(device)
        )
        if not output:
            return None
        if shape is None:
            v = int(t.item())
            return v + 2**64 if v < 0 else v
        from tnp_core._ndarray import wrap

        return wrap(t.view(torch.uint64))

    def _jumped(self, jumps: int) -> BitGenerator:
        new = type(self).__new__(type(self))
        new.lock = threading.RLock()
        new._seed_seq = self._seed_seq
        # NumPy takes any integer (a negative one wraps around); so does the hash here
        n = int(jumps) % 2**128
        new._stream = Stream(hash_words(b"jumped", [self._stream.seed, n]))
        return new

    def __repr__(self) -> str:
        return f"{type(self).__name__}(torch) at 0x{id(self):X}"

    def __reduce__(self) -> Any:
        return (_restore, (type(self), self.state))


def _restore(cls: type, state: dict[str, Any]) -> BitGenerator:
    bg = cls._legacy(0)
    bg.state = state
    return bg


class _Jumpable(BitGenerator):
    def jumped(self, jumps: int = 1) -> BitGenerator:
        """A new bit generator whose stream is independent of this one (tnp: a stream seeded
        from this one's seed and ``jumps``; NumPy advances its state by ``jumps * 2**k``)."""
        return self._jumped(jumps)


class _Advanceable(_Jumpable):
    def advance(self, delta: int) -> BitGenerator:
        """Advance by ``delta`` 64-bit draws."""
        self.random_raw(int(delta), output=False)
        return self


class PCG64(_Advanceable):
    """NumPy's default bit generator name (``default_rng`` uses it); torch stream."""


class PCG64DXSM(PCG64):
    """``PCG64DXSM`` (torch stream of its own)."""


class MT19937(_Jumpable):
    """``MT19937``, the bit generator of ``RandomState`` (torch stream of its own)."""


class Philox(_Advanceable):
    """``Philox`` (torch stream of its own)."""


class SFC64(BitGenerator):
    """``SFC64`` (torch stream of its own)."""
