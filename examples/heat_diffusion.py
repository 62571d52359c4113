"""2-D heat diffusion with an explicit finite-difference (5-point stencil) scheme.

The plate starts with a smooth ``sin(pi x) sin(pi y)`` temperature profile plus a
hot square; the boundary is held at 0. Each step updates the interior in place:

    u[1:-1, 1:-1] += alpha * (laplacian of u)
"""

from __future__ import annotations

from typing import Any

ALPHA = 0.2  # explicit scheme is stable for alpha <= 0.25
SIZES = {"small": (64, 200), "large": (512, 200)}


def initial_state(np: Any, n: int) -> Any:
    """Return the ``(n, n)`` initial temperature field."""
    s = np.linspace(0.0, 1.0, n)
    u = np.sin(3.141592653589793 * s)[:, None] * np.sin(3.141592653589793 * s)[None, :]
    u[n // 4 : n // 2, n // 2 : 3 * n // 4] = 2.0  # hot square
    u[0, :] = 0.0
    u[-1, :] = 0.0
    u[:, 0] = 0.0
    u[:, -1] = 0.0
    return u


def diffuse(np: Any, u: Any, steps: int, alpha: float = ALPHA) -> Any:
    """Advance ``u`` by ``steps`` explicit Euler steps (modifies and returns ``u``)."""
    for _ in range(steps):
        u[1:-1, 1:-1] += alpha * (
            u[2:, 1:-1] + u[:-2, 1:-1] + u[1:-1, 2:] + u[1:-1, :-2] - 4.0 * u[1:-1, 1:-1]
        )
    return u


def run(np: Any, size: str = "small") -> Any:
    """Return the temperature field after the configured number of steps."""
    n, steps = SIZES[size]
    return diffuse(np, initial_state(np, n), steps)
