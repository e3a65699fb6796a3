"""Every option of every config group, and every experiment, composes in-process into the typed
Config the engine runs with: a broken yaml file fails here, not on a user's command line."""

from __future__ import annotations

import pytest

from mlagility import config
from mlagility.conf import CONF_DIR
from mlagility.config import SCHEMA_SUFFIX


def options(group: str) -> list[str]:
    return sorted(p.stem for p in (CONF_DIR / group).glob("*.yaml") if not p.stem.endswith(SCHEMA_SUFFIX))


def typed(*overrides: str) -> config.Config:
    return config.validate(config.compose(list(overrides)), check_device=False)


@pytest.mark.parametrize("name", options("corpus"))
def test_every_corpus_composes_and_selects_scripts(name):
    from mlagility.corpus import select_scripts

    cfg = typed(f"corpus={name}", "build.stop_after=analyze")
    assert cfg.corpus.name == name
    assert select_scripts(cfg.corpus), f"corpus={name} selects no script"


@pytest.mark.parametrize("name", options("device"))
def test_every_device_composes(name):
    cfg = typed(f"device={name}")
    assert cfg.device.name == {"cuda": "nvidia"}.get(name, name)


@pytest.mark.parametrize("name", options("runtime"))
def test_every_runtime_composes_into_its_typed_options(name):
    from mlagility import runtimes

    device = "cpu" if "cpu" in runtimes.get(name).devices else "nvidia"
    cfg = typed(f"device={device}", f"runtime={name}")
    assert list(cfg.runtime) == [name]
    assert isinstance(cfg.runtime[name], runtimes.get(name).Options)


@pytest.mark.parametrize("name", options("build"))
def test_every_build_composes(name):
    assert isinstance(typed(f"build={name}").build, config.BuildConfig)


@pytest.mark.parametrize("name", options("experiment"))
def test_every_experiment_composes(name):
    cfg = typed(f"+experiment={name}")
    assert isinstance(cfg, config.Config)


def test_the_typed_config_holds_enums_and_settings_objects():
    cfg = typed("build.stop_after=export", "rebuild=always", "runtime=[ort,torch-compiled]",
                "runtime.torch-compiled.mode=max-autotune")
    assert cfg.build.stop_after is config.StopAfter.export and cfg.rebuild is config.Rebuild.always
    assert cfg.runtime["torch-compiled"].mode == "max-autotune"
    assert cfg.measure.precision == 0.01 and cfg.accuracy.for_dtype("float16") == 1e-2
