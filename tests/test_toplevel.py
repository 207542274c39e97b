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
