"""The front door: ``__all__`` lists exactly the public API that DESIGN.md promises, and more."""

import re

from conftest import need_shared

import claimtrack as ct


def test_all_names_exist():
    for name in ct.__all__:
        assert getattr(ct, name) is not None, name


def test_design_api_is_exported():
    design = (need_shared() / "DESIGN.md").read_text("utf-8")
    promised = set(re.findall(r"\bct\.(\w+)\(", design)) | {"track"}
    assert promised <= set(ct.__all__), promised - set(ct.__all__)
    assert callable(ct.charts.timeline)


def test_import_is_light():
    import subprocess
    import sys

    code = "import sys, claimtrack; print('altair' in sys.modules)"
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "False"


def test_no_import_cycle():
    """Each module imports only modules below it: a cycle would make the order of imports matter."""
    import ast
    from pathlib import Path

    package = Path(ct.__file__).parent
    graph = {}
    for path in package.glob("*.py"):
        tree = ast.parse(path.read_text("utf-8"))
        graph[path.stem] = {
            (node.module or "").split(".")[0] or alias.name
            for node in ast.walk(tree)
            if isinstance(node, ast.ImportFrom) and node.level == 1
            for alias in node.names
        }

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == target or (nxt not in seen and reaches(nxt, target, seen | {nxt})):
                return True
        return False

    cyclic = sorted(m for m in graph if reaches(m, m, {m}))
    assert not cyclic, f"modules in an import cycle: {cyclic}"
