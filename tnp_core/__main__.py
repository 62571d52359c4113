"""``python -m tnp_core``: installed plugins, coverage of NumPy's API, overrides, problems."""

from __future__ import annotations

import sys

from .plugins import report


def main() -> int:
    """Print the plugin report; exit status 1 if a plugin is broken or in conflict."""
    r = report()
    print("tnp plugins")
    print("===========")
    if not r["plugins"]:
        print("  (none installed)")
    for p in r["plugins"]:
        print(f"  {p['name']:<16} {p['distribution'] or '-':<16} {p['version'] or '-'}")
    print("\nNumPy names provided (in-scope names of NumPy 2.x's manifest)")
    for ns, c in r["counts"].items():
        extra = f"  (+{len(c['extra'])} beyond NumPy)" if c["extra"] else ""
        print(f"  {ns:<8} {c['provided']:>4} / {c['in_scope']}{extra}")
    print("\nOverrides in force")
    for name, plugin in sorted(r["overrides"].items()):
        print(f"  {name:<24} by {plugin}")
    if not r["overrides"]:
        print("  (none)")
    print("\nConflicts")
    for name, plugins in sorted(r["conflicts"].items()):
        print(f"  {name:<24} {' vs '.join(plugins)}")
    if not r["conflicts"]:
        print("  (none)")
    print("\nBroken or rejected plugins")
    for name, reason in sorted(r["broken"].items()):
        print(f"  {name}: {reason}")
    for line in r["rejected"]:
        print(f"  {line}")
    if not r["broken"] and not r["rejected"]:
        print("  (none)")
    if r["blocked"]:
        print("\nBlocked: " + ", ".join(r["blocked"]))
    return 1 if r["broken"] or r["conflicts"] else 0


if __name__ == "__main__":
    sys.exit(main())
