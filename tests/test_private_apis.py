"""The private APIs the tool relies on, each used in one place, hold what that place needs:
an upgrade of Python or Hydra that changes them fails here, not in a user's run.

- ``multiprocessing.forkserver._forkserver`` (Python 3.11): ``engine/runner.py``'s stop_workers.
- ``hydra._internal.core_plugins.basic_sweeper.BasicSweeper`` (hydra-core 1.3): the script sweeper.
- ``hydra._internal.config_loader_impl.get_overrides_dirname`` (hydra-core 1.3): the script
  sweeper's job configs (PointConfigs), with the launchers' use of their context's loader.

And one public value the tool spells out instead of importing: ``omegaconf.MISSING``, in
``mlagility/conf/__init__.py``.
"""

from __future__ import annotations

import inspect
import subprocess
import sys

from conftest import REPO


def parameters(function) -> list[str]:
    return list(inspect.signature(function).parameters)


def test_the_forkserver_has_the_pid_stop_and_alive_fd_that_the_runner_uses():
    from multiprocessing import forkserver

    server = forkserver._forkserver
    assert isinstance(server, forkserver.ForkServer)
    assert server._forkserver_pid is None or isinstance(server._forkserver_pid, int)
    assert parameters(server._stop) == []
    assert server._forkserver_alive_fd is None or isinstance(server._forkserver_alive_fd, int)


STOP = """
import psutil
from multiprocessing import forkserver
from mlagility.engine.runner import stop_workers

forkserver.ensure_running()
pid = forkserver._forkserver._forkserver_pid
assert psutil.pid_exists(pid), pid
stop_workers()
assert forkserver._forkserver._forkserver_pid is None
assert not psutil.pid_exists(pid), pid
forkserver.ensure_running()  # and a new one starts after it
assert forkserver._forkserver._forkserver_pid not in (None, pid)
stop_workers()
print("stopped")
"""


def test_stop_workers_ends_the_forkserver_and_a_new_one_can_start():
    """In a process of its own: this one's forkserver may serve other tests."""
    done = subprocess.run([sys.executable, "-c", STOP], cwd=REPO, capture_output=True, text=True, timeout=120)
    assert done.returncode == 0 and done.stdout.strip() == "stopped", done.stderr


def test_hydras_basic_sweeper_has_what_the_script_sweeper_extends():
    from hydra._internal.core_plugins.basic_sweeper import BasicSweeper
    from hydra.plugins.sweeper import Sweeper

    from hydra_plugins.mlagility_sweeper.script_sweeper import ScriptSweeper

    assert issubclass(BasicSweeper, Sweeper)
    assert parameters(BasicSweeper.__init__) == ["self", "max_batch_size", "params"]
    # The methods ScriptSweeper overrides and calls through super() take what its own take.
    for name in ("setup", "sweep", "get_job_batch", "validate_batch_is_legal"):
        assert parameters(getattr(BasicSweeper, name)) == parameters(getattr(ScriptSweeper, name)), name
    setup = inspect.signature(BasicSweeper.setup).parameters
    assert all(setup[name].kind is inspect.Parameter.KEYWORD_ONLY for name in ("hydra_context", "task_function", "config"))
    assert parameters(BasicSweeper.is_done) == ["self"]
    # sweep() asks the sweeper for each batch until it is done and launches it: ScriptSweeper's
    # get_job_batch is the one whose jobs run.
    assert {"get_job_batch", "is_done", "launch"} <= set(BasicSweeper.sweep.__code__.co_names)
    # ...checks each batch first (composing every job: ScriptSweeper composes only what its plan
    # has not), and launches it with self.launcher (a dry run puts a printer there); self.overrides
    # holds the grid's batches (a long plan counts its points there).
    assert {"validate_batch_is_legal", "launcher", "overrides"} <= set(BasicSweeper.sweep.__code__.co_names)
    sweeper = BasicSweeper(max_batch_size=None, params={})
    assert sweeper.hydra_context is None and sweeper.config is None


def test_the_schemas_missing_marker_is_omegaconfs():
    """mlagility.conf.MISSING spells out omegaconf.MISSING so that the schemas load without
    OmegaConf (in a worker); if OmegaConf changed its marker, every mandatory key would look given."""
    import omegaconf

    from mlagility.conf import MISSING

    assert MISSING == omegaconf.MISSING


def test_hydras_launchers_compose_jobs_with_their_context_and_get_overrides_dirname_is_as_used():
    """The script sweeper hands its launcher a context whose loader composes each grid point
    once (PointConfigs): Hydra's launchers must compose each job through
    ``hydra_context.config_loader.load_sweep_config``, and a job's folder name is made with
    ``hydra._internal.config_loader_impl.get_overrides_dirname`` (private, hydra-core 1.3.8)."""
    from hydra._internal.config_loader_impl import get_overrides_dirname
    from hydra._internal.core_plugins.basic_launcher import BasicLauncher
    from hydra.core.override_parser.overrides_parser import OverridesParser
    from hydra_plugins.hydra_joblib_launcher import _core as joblib_core
    from hydra_plugins.hydra_submitit_launcher.submitit_launcher import BaseSubmititLauncher

    for composes in (BasicLauncher.launch, joblib_core.execute_job, BaseSubmititLauncher.__call__):
        source = inspect.getsource(composes)
        assert "hydra_context.config_loader.load_sweep_config(" in source, composes
    assert parameters(get_overrides_dirname) == ["overrides", "exclude_keys", "item_sep", "kv_sep"]
    parsed = OverridesParser.create().parse_overrides(["b=2", "a='x y'", "c=3"])
    assert get_overrides_dirname(overrides=parsed, exclude_keys=["c"], item_sep=",", kv_sep="=") == "a='x y',b=2"
