"""``SeedSequence``: NumPy's seed-mixing algorithm (O'Neill's ``seed_seq`` design), in Python.

The pool and ``generate_state`` words equal NumPy's for the same entropy and spawn key, so a
``numpy.random.SeedSequence`` and a ``tnp.random.SeedSequence`` describe the same seed (the
streams built from them still differ: tnp's bit generators are torch's).
"""

from __future__ import annotations

import operator
import secrets
from typing import Any

import torch

__all__ = ["SeedSequence", "ISeedSequence", "ISpawnableSeedSequence", "SeedlessSeedSequence"]

_MASK = 0xFFFFFFFF
_INIT_A = 0x43B0D7E5
_MULT_A = 0x931E8875
_INIT_B = 0x8B51F9DD
_MULT_B = 0x58F38DED
_MIX_MULT_L = 0xCA01F9DD
_MIX_MULT_R = 0x4973F715
_XSHIFT = 16
DEFAULT_POOL_SIZE = 4


def _hashmix(value: int, hash_const: list[int]) -> int:
    value ^= hash_const[0]
    hash_const[0] = (hash_const[0] * _MULT_A) & _MASK
    value = (value * hash_const[0]) & _MASK
    return value ^ (value >> _XSHIFT)


def _mix(x: int, y: int) -> int:
    result = (_MIX_MULT_L * x - _MIX_MULT_R * y) & _MASK
    return result ^ (result >> _XSHIFT)


def _int_words(n: int) -> list[int]:
    if n < 0:
        raise ValueError("expected non-negative integer")
    words = [n & _MASK]
    n >>= 32
    while n:
        words.append(n & _MASK)
        n >>= 32
    return words


def _words(x: Any) -> list[int]:
    """NumPy's ``_coerce_to_uint32_array``: ints, strings of ints, (nested) sequences."""
    if hasattr(x, "tolist") and not isinstance(x, (int, list, tuple)):
        x = x.tolist()
    if isinstance(x, bool):
        return _int_words(int(x))
    if isinstance(x, str):
        return _int_words(int(x, 16) if x.startswith("0x") else int(x))
    if isinstance(x, float):
        raise TypeError("seed must be integer")
    try:
        return _int_words(operator.index(x))
    except TypeError:
        pass
    out: list[int] = []
    for v in x:
        out.extend(_words(v))
    return out


def _as_array(words: list[int], dtype: torch.dtype) -> Any:
    """A tnp ndarray of ``words`` (uint64 words given as int64 patterns)."""
    from tnp_core._ndarray import wrap

    t = torch.tensor(words, dtype=torch.int64)
    return wrap(t.view(torch.uint64) if dtype is torch.uint64 else t.to(dtype))


class ISeedSequence:
    """Abstract base of seed sequences (``generate_state``)."""

    def generate_state(self, n_words: int, dtype: Any = None) -> Any:
        raise NotImplementedError


class ISpawnableSeedSequence(ISeedSequence):
    """Abstract base of seed sequences that can ``spawn`` children."""

    def spawn(self, n_children: int) -> list[Any]:
        raise NotImplementedError


class SeedlessSeedSequence(ISpawnableSeedSequence):
    """A seed sequence that cannot provide seeds (NumPy raises on every use)."""

    def generate_state(self, n_words: int, dtype: Any = None) -> Any:
        raise NotImplementedError("seedless SeedSequences cannot generate state")

    def spawn(self, n_children: int) -> list[Any]:
        return [self] * n_children


class SeedSequence(ISpawnableSeedSequence):
    """NumPy's ``SeedSequence``: mixes entropy (and a spawn key) into a pool of 32-bit words.

    ``entropy`` None draws 128 bits from the OS (``secrets``).  ``generate_state`` and
    ``spawn`` match NumPy's output word for word.
    """

    def __init__(
        self,
        entropy: Any = None,
        *,
        spawn_key: Any = (),
        pool_size: int = DEFAULT_POOL_SIZE,
        n_children_spawned: int = 0,
    ) -> None:
        if pool_size < DEFAULT_POOL_SIZE:
            raise ValueError(
                f"The size of the entropy pool should be at least {DEFAULT_POOL_SIZE}"
            )
        if entropy is None:
            entropy = secrets.randbits(pool_size * 32)
        elif isinstance(entropy, float) or not (
            isinstance(entropy, (int, list, tuple, range))
            or hasattr(entropy, "__index__")
            or hasattr(entropy, "tolist")
        ):
            raise TypeError(
                f"SeedSequence expects int or sequence of ints for entropy not {entropy}"
            )
        self.entropy = entropy
        self.spawn_key = tuple(spawn_key)
        self.pool_size = pool_size
        self.n_children_spawned = n_children_spawned
        self._pool = [0] * pool_size
        self._mix_entropy(self._assembled_entropy())

    def _assembled_entropy(self) -> list[int]:
        run = _words(self.entropy)
        spawn = _words(list(self.spawn_key))
        if spawn and len(run) < self.pool_size:
            run = run + [0] * (self.pool_size - len(run))
        return run + spawn

    def _mix_entropy(self, entropy: list[int]) -> None:
        pool = self._pool
        hash_const = [_INIT_A]
        for i in range(len(pool)):
            pool[i] = _hashmix(entropy[i] if i < len(entropy) else 0, hash_const)
        for i_src in range(len(pool)):
            for i_dst in range(len(pool)):
                if i_src != i_dst:
                    pool[i_dst] = _mix(pool[i_dst], _hashmix(pool[i_src], hash_const))
        for i_src in range(len(pool), len(entropy)):
            for i_dst in range(len(pool)):
                pool[i_dst] = _mix(pool[i_dst], _hashmix(entropy[i_src], hash_const))

    @property
    def pool(self) -> Any:
        """The mixed entropy pool (uint32)."""
        return _as_array(self._pool, torch.uint32)

    @property
    def state(self) -> dict[str, Any]:
        return {
            "entropy": self.entropy,
            "spawn_key": self.spawn_key,
            "pool_size": self.pool_size,
            "n_children_spawned": self.n_children_spawned,
        }

    def words(self, n_words: int) -> list[int]:
        """``generate_state(n_words)`` as Python ints (uint32 words)."""
        hash_const = _INIT_B
        out = []
        pool = self._pool
        for i in range(n_words):
            v = pool[i % len(pool)] ^ hash_const
            hash_const = (hash_const * _MULT_B) & _MASK
            v = (v * hash_const) & _MASK
            out.append(v ^ (v >> _XSHIFT))
        return out

    def generate_state(self, n_words: int, dtype: Any = None) -> Any:
        """``n_words`` words of uint32 (default) or uint64 state, as NumPy computes them."""
        import tnp_core

        dt = tnp_core.dtype("uint32" if dtype is None else dtype)
        n_words = operator.index(n_words)
        if n_words < 0:
            raise ValueError("negative dimensions are not allowed")
        if dt.name == "uint32":
            return _as_array(self.words(n_words), torch.uint32)
        if dt.name == "uint64":
            w = self.words(2 * n_words)
            pairs = [w[2 * i] | (w[2 * i + 1] << 32) for i in range(n_words)]
            signed = [p - 2**64 if p >= 2**63 else p for p in pairs]
            return _as_array(signed, torch.uint64)
        raise ValueError("only support uint32 or uint64")

    def spawn(self, n_children: int) -> list[SeedSequence]:
        """``n_children`` independent child sequences (spawn keys extend this one's)."""
        n_children = operator.index(n_children)
        if n_children < 0:
            raise OverflowError("can't convert negative value to uint32_t")
        start = self.n_children_spawned
        children = [
            type(self)(self.entropy, spawn_key=(*self.spawn_key, i), pool_size=self.pool_size)
            for i in range(start, start + n_children)
        ]
        self.n_children_spawned += n_children
        return children

    def __repr__(self) -> str:
        lines = ["SeedSequence("]
        lines.append(f"    entropy={self.entropy!r},")
        if self.spawn_key:
            lines.append(f"    spawn_key={self.spawn_key!r},")
        if self.pool_size != DEFAULT_POOL_SIZE:
            lines.append(f"    pool_size={self.pool_size!r},")
        if self.n_children_spawned:
            lines.append(f"    n_children_spawned={self.n_children_spawned!r},")
        lines.append(")")
        return "\n".join(lines)
