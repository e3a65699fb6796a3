"""The end of a command's process."""

from __future__ import annotations

import gc


def before_exit() -> None:
    """Freeze every object still alive, so that the interpreter's last garbage collections at exit
    skip them instead of walking all that the run's libraries made (0.15 to 0.2 s here for hydra,
    pandas, duckdb and matplotlib: benchmarks/startup.py). Exit handlers, flushes and thread joins
    run as before; only work on objects about to vanish with the process is left out."""
    gc.freeze()
