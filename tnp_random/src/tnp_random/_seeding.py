"""Seeds and streams: user seeds -> a 64-bit seed -> one ``torch.Generator`` per device.

A :class:`Stream` is the state behind the legacy module functions and behind each
``Generator``.  It never touches torch's global generator.  Seeds are hashed (BLAKE2b with a
tnp-specific personalisation) to a 64-bit stream seed, which then seeds each device's
generator so that all 64 bits count:

* CPU generators (MT19937): ``manual_seed`` keeps only the low 32 bits of a seed, which would
  fold the 64-bit seeds onto 2**32 streams (spawned children or different user seeds would
  collide with probability 2**-32 per pair).  So the 624 words of the MT19937 state are
  expanded from the whole 64-bit seed (SHAKE-256 with a tnp-specific prefix; word 0 gets its
  top bit set, as in MT19937's ``init_by_array``, so the state is never all zero) and
  installed with ``set_state``; ``initial_seed()`` reports the 64-bit seed.  The state layout
  is checked once against a ``manual_seed(5489)`` generator; should a future torch change it,
  CPU generators fall back to ``manual_seed`` (32 effective bits) instead of failing.
* Other devices (CUDA's Philox uses all 64 bits): ``manual_seed``.

Either way ``default_rng(0)`` does not replay ``torch.manual_seed(0)``'s stream: a program
that seeds both with the same number gets uncorrelated numbers.
"""

from __future__ import annotations

import hashlib
import operator
import secrets
import struct
import sys
from array import array
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


# torch's CPU generator state (CPUGeneratorImplState, native byte order): uint64
# the_initial_seed; int32 left; int32 seeded; uint64 next; uint64 state[624] (32-bit words);
# double normal_x, normal_y, normal_rho; int32 normal_is_valid (+4 pad); float
# next_float_normal_sample; bool valid (+3 pad).  After seeding: left = 1, next = 0 (the first
# draw twists the state), seeded = 1.
_MT_N = 624
_CPU_STATE_SIZE = 5056
_HEADER = "=QiiQ"  # the_initial_seed, left, seeded, next
_WORDS_AT = struct.calcsize(_HEADER)  # 24: the state words, one per uint64 slot
_WORDS_END = _WORDS_AT + 8 * _MT_N
_U32 = "I" if array("I").itemsize == 4 else "L"
_LOW_HALF = 0 if sys.byteorder == "little" else 1  # a uint64 slot's low 32 bits, in words
_MT_PREFIX = b"tnp.random/mt19937-state/v1\0"
_MASK64 = 2**64 - 1

_cpu_template: bytes | None = None  # a seeded CPU generator state, once the layout checked out
_cpu_checked = False


def _mt_init(seed: int) -> list[int]:
    """MT19937's ``init_genrand(seed)`` state words (what ``manual_seed`` installs)."""
    words = [seed & 0xFFFFFFFF]
    for i in range(1, _MT_N):
        prev = words[-1]
        words.append((1812433253 * (prev ^ (prev >> 30)) + i) & 0xFFFFFFFF)
    return words


def _state_bytes(template: bytes, seed: int, words: Any) -> bytearray:
    """``template`` with ``the_initial_seed = seed``, ``left = 1``, ``seeded = 1``,
    ``next = 0`` and the 624 state words ``words`` (32-bit, an ``array`` or a list)."""
    slots = array(_U32, bytes(8 * _MT_N))
    slots[_LOW_HALF::2] = words if isinstance(words, array) else array(_U32, words)
    state = bytearray(template)
    struct.pack_into(_HEADER, state, 0, seed & _MASK64, 1, 1, 0)
    state[_WORDS_AT:_WORDS_END] = slots.tobytes()
    return state


def _check_cpu_layout() -> bytes | None:
    """The state of ``manual_seed(5489)`` as bytes if the layout above is torch's, else None."""
    try:
        ref = torch.Generator().manual_seed(5489).get_state()
        if ref.dtype != torch.uint8 or ref.shape != (_CPU_STATE_SIZE,):
            return None
        template = bytes(ref.tolist())
        if struct.unpack_from(_HEADER, template, 0) != (5489, 1, 1, 0):
            return None
        if list(struct.unpack_from(f"={_MT_N}Q", template, _WORDS_AT)) != _mt_init(5489):
            return None
        # writing manual_seed(1)'s words must give manual_seed(1)'s state (up to the normal
        # caches, kept from the template) and numbers, and a 64-bit initial seed must read back
        one = torch.Generator().manual_seed(1)
        mine = _state_bytes(template, 1, _mt_init(1))
        if bytes(one.get_state()[:_WORDS_END].tolist()) != bytes(mine[:_WORDS_END]):
            return None
        gen = torch.Generator()
        gen.set_state(torch.frombuffer(mine, dtype=torch.uint8))
        a = torch.empty(4, dtype=torch.int64).random_(-(2**63), None, generator=gen)
        b = torch.empty(4, dtype=torch.int64).random_(-(2**63), None, generator=one)
        if not torch.equal(a, b):
            return None
        big = 2**64 - 3
        gen.set_state(torch.frombuffer(_state_bytes(template, big, _mt_init(7)), dtype=torch.uint8))
        if gen.initial_seed() != big:
            return None
    except Exception:  # noqa: BLE001 - any surprise: use manual_seed
        return None
    return template


def _cpu_state_template() -> bytes | None:
    global _cpu_template, _cpu_checked
    if not _cpu_checked:
        _cpu_template = _check_cpu_layout()
        _cpu_checked = True
    return _cpu_template


def _mt_words(seed: int) -> array:
    """The 624 MT19937 state words for the 64-bit ``seed`` (SHAKE-256; word 0's top bit set)."""
    raw = hashlib.shake_256(_MT_PREFIX + (seed & _MASK64).to_bytes(8, "little"))
    words = array(_U32, raw.digest(4 * _MT_N))
    if sys.byteorder == "big":
        words.byteswap()  # the digest read as little-endian words on every platform
    words[0] |= 0x80000000
    return words


def seed_generator(gen: torch.Generator, seed: int) -> None:
    """Seed ``gen`` from all 64 bits of ``seed`` (CPU: a full MT19937 state; else manual_seed)."""
    if gen.device.type == "cpu":
        template = _cpu_state_template()
        if template is not None:
            state = _state_bytes(template, seed, _mt_words(seed))
            gen.set_state(torch.frombuffer(state, dtype=torch.uint8))
            return
    gen.manual_seed(seed)


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
            seed_generator(gen, self.seed)
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
