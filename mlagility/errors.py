"""The error every room raises for a config that cannot run (a ValueError): the commands turn
it into exit code 2 with its message, before any work."""

from __future__ import annotations


class ConfigError(ValueError):
    """A config that cannot run; the message says what to change."""
