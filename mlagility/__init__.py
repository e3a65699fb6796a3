"""mlagility: a benchmark of real model scripts and the tool that runs them.

The Python API: :func:`mlagility.run` runs the tool (``mlagility/api.py``),
:func:`mlagility.report.load` reads records back. Importing the package stays light: every model
script imports ``mlagility.parser``, which loads this file first.
"""

from __future__ import annotations

from typing import Any

from mlagility.common.version import VERSION

__version__ = VERSION


def __getattr__(name: str) -> Any:
    """``mlagility.run``, imported on first use."""
    if name == "run":
        from mlagility.api import run

        return run
    raise AttributeError(f"module 'mlagility' has no attribute {name!r}")
