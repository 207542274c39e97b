"""The front door: ``__all__`` lists exactly the public API that DESIGN.md promises; the
package's layers import downwards."""

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


def _imports() -> dict[str, set[str]]:
    """Each module of the package (dotted, below ``claimtrack``) -> the package modules it imports."""
    import ast
    from pathlib import Path

    package = Path(ct.__file__).parent
    modules = {".".join(p.relative_to(package).with_suffix("").parts) for p in package.rglob("*.py")}
    graph = {}
    for name in modules:
        path = package.joinpath(*name.split(".")).with_suffix(".py")
        here = name.split(".")[:-1] if not name.endswith("__init__") else name.split(".")[:-1]
        found = set()
        for node in ast.walk(ast.parse(path.read_text("utf-8"))):
            if isinstance(node, ast.ImportFrom) and node.level:
                base = here[: len(here) - node.level + 1]
                for alias in node.names:
                    dotted = ".".join([*base, *filter(None, [node.module])])
                    target = f"{dotted}.{alias.name}" if f"{dotted}.{alias.name}".lstrip(".") in modules else dotted
                    found.add(target.lstrip(".") or "__init__")
        graph[name] = {m if m in modules else f"{m}.__init__" for m in found} - {name}
    return graph


def test_no_import_cycle():
    """Each module imports only modules below it: a cycle would make the order of imports matter."""
    graph = _imports()

    def reaches(start: str, target: str, seen: set[str]) -> bool:
        for nxt in graph.get(start, ()):
            if nxt == target or (nxt not in seen and reaches(nxt, target, seen | {nxt})):
                return True
        return False

    cyclic = sorted(m for m in graph if reaches(m, m, {m}))
    assert not cyclic, f"modules in an import cycle: {cyclic}"


# the packages by concern, lowest first: each imports only from its own layer and those before it
LAYERS = ["errors", "schema", "grammar", "ingest", "stages", "present", "track", "__init__", "cli", "__main__"]


def test_layers_import_downwards():
    graph = _imports()
    layer = {m: LAYERS.index(m.split(".")[0]) for m in graph}
    upward = sorted(f"{m} -> {t}" for m, targets in graph.items() for t in targets if layer[t] > layer[m])
    assert not upward, f"imports from a higher layer: {upward}"
    assert graph["grammar.numbers"] and all(t.startswith("grammar.") for t in graph["grammar.numbers"])


def test_no_module_over_400_lines():
    from pathlib import Path

    package = Path(ct.__file__).parent
    long = {
        str(p.relative_to(package)): n
        for p in package.rglob("*.py")
        if (n := len(p.read_text("utf-8").splitlines())) > 400
    }
    assert not long, f"modules over 400 lines (split them by what they hold): {long}"
