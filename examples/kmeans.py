"""K-means clustering (Lloyd's algorithm) on deterministic 2-D points.

The points form ``K`` blobs arranged on a circle; each blob is a sunflower-like
spiral of offsets built from ``sin``/``cos`` of ``arange``, so the data (and
therefore the result) is identical for NumPy and tnp -- no random numbers.
"""

from __future__ import annotations

from typing import Any

K = 6
ITERATIONS = 12
SIZES = {"small": 2_000, "large": 200_000}


def make_points(np: Any, n: int) -> Any:
    """Return an ``(n, 2)`` array of points in ``K`` interleaved blobs."""
    per_blob = n // K
    t = np.arange(per_blob) * 1.0
    # Blob centres on a circle of radius 6.
    theta = np.linspace(0.0, 2.0 * 3.141592653589793, K + 1)[:K]
    cx = 6.0 * np.cos(theta)
    cy = 6.0 * np.sin(theta)
    # Spiral offsets with radius shrinking like sqrt(1 - t/per_blob), so the first
    # point of each blob (the initial centre) lies on its rim; blob j is scaled by 1 + 0.1*j.
    radius = 2.0 * np.sqrt(1.0 - t / per_blob)
    angle = t * 2.399963229728653  # golden angle
    scale = 1.0 + 0.1 * np.arange(K)
    dx = (radius * np.cos(angle))[:, None] * scale[None, :]
    dy = (radius * np.sin(angle))[:, None] * scale[None, :]
    # Shape (per_blob, K) -> flattened row-major, so consecutive points cycle over blobs.
    x = (cx[None, :] + dx).reshape(per_blob * K)
    y = (cy[None, :] + dy).reshape(per_blob * K)
    return np.stack([x, y], axis=1)


def kmeans(np: Any, points: Any, k: int, iterations: int) -> tuple[Any, Any]:
    """Run ``iterations`` Lloyd steps; start from the first ``k`` points."""
    centers = points[:k].copy()
    labels = np.zeros(points.shape[0])
    for _ in range(iterations):
        d2 = ((points[:, None, :] - centers[None, :, :]) ** 2).sum(axis=2)
        labels = d2.argmin(axis=1)
        new_centers = []
        for j in range(k):
            mask = labels == j
            members = points[mask]
            if members.shape[0] > 0:
                new_centers.append(members.mean(axis=0))
            else:  # keep an empty cluster where it was
                new_centers.append(centers[j])
        centers = np.stack(new_centers)
    return centers, labels


def run(np: Any, size: str = "small") -> Any:
    """Cluster the points; return the final ``(K, 2)`` centres followed by the inertia."""
    points = make_points(np, SIZES[size])
    centers, labels = kmeans(np, points, K, ITERATIONS)
    # Inertia: sum of squared distances of every point to its assigned centre.
    inertia = ((points - centers[labels]) ** 2).sum()
    return np.concatenate([centers.reshape(2 * K), np.asarray(inertia).reshape(1)])
