"""The config groups that ``python -m mlagility`` composes: ``config.yaml`` and one folder per
group. They ship inside the package, so an installed wheel has them too; Hydra reads them as
``pkg://mlagility.conf``. A user's own ``--config-dir`` is searched before them (see
:func:`user_config_dir` and ``hydra_plugins/mlagility_searchpath``)."""

from __future__ import annotations

import os
from pathlib import Path
from typing import Optional, Sequence

CONFIG_MODULE = "mlagility.conf"
SEARCH_PATH = f"pkg://{CONFIG_MODULE}"
CONF_DIR = Path(__file__).resolve().parent
# OmegaConf's marker of a value the yaml or the command line must give (omegaconf.MISSING), spelt
# out so that the schemas load without OmegaConf: a worker unpickles a Config, and importing
# OmegaConf there would cost every run 0.15 s before its script starts.
MISSING = "???"

_CONFIG_DIR_FLAGS = ("--config-dir", "-cd")


def user_config_dir(argv: Sequence[str]) -> Optional[Path]:
    """The folder a command line names with Hydra's ``--config-dir``/``-cd`` (``--config-dir DIR``
    or ``--config-dir=DIR``), as an absolute path; the last one wins, as in Hydra. None without."""
    found = None
    for position, arg in enumerate(argv):
        flag, equals, value = arg.partition("=")
        if flag not in _CONFIG_DIR_FLAGS:
            continue
        if not equals:
            if position + 1 >= len(argv):
                continue
            value = argv[position + 1]
        found = Path(os.path.abspath(os.path.expanduser(value)))
    return found
