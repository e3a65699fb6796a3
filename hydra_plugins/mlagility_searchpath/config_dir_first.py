"""Hydra searches a ``--config-dir`` after the application's own config path, so a user's
``corpus/selftest.yaml`` there would lose to the one mlagility ships, and only new options would
be found. For mlagility (whose config path is ``pkg://mlagility.conf``) this plugin puts that
folder first, so a user's file of the same name wins; Hydra's own entry for it stays, last.
"""

import sys

from hydra.core.config_search_path import ConfigSearchPath, SearchPathQuery
from hydra.plugins.search_path_plugin import SearchPathPlugin

from mlagility.conf import SEARCH_PATH, user_config_dir


class ConfigDirFirst(SearchPathPlugin):
    """Puts the ``--config-dir`` of mlagility's command line before ``pkg://mlagility.conf``."""

    def manipulate_search_path(self, search_path: ConfigSearchPath) -> None:
        """Prepend the user's ``--config-dir`` when the main config path is mlagility's."""
        main = SearchPathQuery(provider="main", path=SEARCH_PATH)
        folder = user_config_dir(sys.argv[1:])
        if folder is not None and folder.is_dir() and any(
                element.provider == "main" and element.path == SEARCH_PATH for element in search_path.get_path()):
            search_path.prepend(provider="command-line, before main", path=f"file://{folder}", anchor=main)
