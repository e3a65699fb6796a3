"""This package's version, from its installed metadata: read by the records and the build cache
without importing the package's API (``mlagility/__init__.py``, which re-exports it)."""

from __future__ import annotations

from importlib.metadata import PackageNotFoundError, version

try:
    VERSION = version("mlagility")
except PackageNotFoundError:  # running from a checkout that was never installed
    VERSION = "0.0.0+unknown"
