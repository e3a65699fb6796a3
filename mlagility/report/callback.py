"""The Hydra callback that writes the merged report when a run or a whole sweep ends."""

from __future__ import annotations

from typing import Any

from hydra.experimental.callback import Callback
from omegaconf import DictConfig

from mlagility.runtimes import BASELINE


class ReportCallback(Callback):
    """After a single run, report into its run folder; after a -m sweep, once into the sweep
    folder, after every job, whatever the launcher."""

    def __init__(self, baseline: str = BASELINE):
        self.baseline = baseline

    def _write(self, folder: str, config: DictConfig) -> None:
        from mlagility.common.output import no_space_left, no_space_message
        from mlagility.report import write_run_report

        try:
            files = write_run_report(folder, config.cache_dir, self.baseline)
        except OSError as error:
            if not no_space_left(error):
                raise
            print(f"report: {no_space_message(folder, f'write it elsewhere: python -m mlagility.report {folder} --out DIR')}")
            return
        if files is None:
            return
        print(f"report: {files.counts()} -> {files.html}")

    def on_run_start(self, config: DictConfig, **kwargs: Any) -> None:
        from mlagility.report import import_in_background

        import_in_background()

    on_multirun_start = on_run_start

    def on_run_end(self, config: DictConfig, **kwargs: Any) -> None:
        self._write(config.hydra.runtime.output_dir, config)

    def on_multirun_end(self, config: DictConfig, **kwargs: Any) -> None:
        self._write(config.hydra.sweep.dir, config)
