"""mlagility: a benchmark of real model scripts and the tool that runs them."""

from importlib.metadata import PackageNotFoundError, version

try:
    __version__ = version("mlagility")
except PackageNotFoundError:  # running from a checkout that was never installed
    __version__ = "0.0.0+unknown"
