"""A tnp plugin that cannot be imported: tnp must report it, skip it and keep working."""

from __future__ import annotations

raise RuntimeError("tnp_broken_plugin is broken on purpose")
