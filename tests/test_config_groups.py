"""Every option of every config group, and every experiment, composes in-process into the typed
Config the engine runs with, holding the values its yaml file writes: a broken yaml file fails
here, not on a user's command line. The yaml files themselves are the expectation."""

from __future__ import annotations

import dataclasses
from typing import Any

import pytest
from omegaconf import ListConfig, OmegaConf

from mlagility import config
from mlagility.conf import CONF_DIR
from mlagility.config import SCHEMA_SUFFIX


def options(group: str) -> list[str]:
    return sorted(p.stem for p in (CONF_DIR / group).glob("*.yaml") if not p.stem.endswith(SCHEMA_SUFFIX))


def typed(*overrides: str) -> config.Config:
    return config.validate(config.compose(list(overrides)), check_device=False)


def written(group: str, name: str) -> dict[str, Any]:
    """The values ``<group>/<name>.yaml`` writes, resolved, over those of the options of its group
    it extends (its defaults; its schema is a dataclass, not a file)."""
    node = OmegaConf.load(CONF_DIR / group / f"{name}.yaml")
    values: dict[str, Any] = {}
    for extended in node.pop("defaults", []):
        if not extended.endswith(SCHEMA_SUFFIX):
            values.update(written(group, extended))
    values.update(OmegaConf.to_container(node, resolve=True))
    return values


def assert_holds(settings: Any, values: dict[str, Any]) -> None:
    """Each of ``values`` is a field of the typed ``settings`` and arrived there as written."""
    fields = {f.name for f in dataclasses.fields(settings)}
    assert set(values) <= fields, f"{sorted(set(values) - fields)} are not fields of {type(settings).__name__}"
    assert {key: getattr(settings, key) for key in values} == values


@pytest.mark.parametrize("name", options("corpus"))
def test_every_corpus_composes_and_selects_scripts(name):
    from mlagility.corpus import select_scripts

    cfg = typed(f"corpus={name}", "build.stop_after=analyze")
    assert cfg.corpus.name == name
    assert_holds(cfg.corpus, written("corpus", name))
    assert select_scripts(cfg.corpus), f"corpus={name} selects no script"


@pytest.mark.parametrize("name", options("device"))
def test_every_device_composes_into_its_values(name):
    cfg = typed(f"device={name}")
    assert cfg.device.name == {"cuda": "nvidia"}.get(name, name)
    assert_holds(cfg.device, written("device", name))


@pytest.mark.parametrize("name", options("runtime"))
def test_every_runtime_composes_into_its_typed_options(name):
    from mlagility import runtimes

    device = "cpu" if "cpu" in runtimes.get(name).devices else "nvidia"
    cfg = typed(f"device={device}", f"runtime={name}")
    assert list(cfg.runtime) == [name]
    assert isinstance(cfg.runtime[name], runtimes.get(name).Options)
    assert_holds(cfg.runtime[name], written("runtime", name)[name])


@pytest.mark.parametrize("name", options("build"))
def test_every_build_composes_into_its_values(name):
    assert_holds(typed(f"build={name}").build, written("build", name))


@pytest.mark.parametrize("name", options("experiment"))
def test_every_experiment_is_the_options_it_picks_with_its_values_over_them(name):
    """``+experiment=X`` composes as the options its defaults pick (``override /corpus: ...``),
    with its own values over them at the config's top (``# @package _global_``)."""
    node = OmegaConf.load(CONF_DIR / "experiment" / f"{name}.yaml")
    picks = []
    for entry in node.pop("defaults", []):
        [(key, option)] = entry.items()
        assert key.startswith("override /"), f"experiment/{name}.yaml: {key}"
        group = key.removeprefix("override /")
        picks.append(f"{group}=[{','.join(option)}]" if isinstance(option, ListConfig) else f"{group}={option}")
    node.pop("hydra", None)  # the sweep's grid: Hydra's own node, which a job's config does not hold
    composed = config.compose([f"+experiment={name}"])
    expected = OmegaConf.merge(config.compose(picks), node)
    assert OmegaConf.to_container(composed) == OmegaConf.to_container(expected)
    config.validate(composed, check_device=False)


def test_the_typed_config_holds_enums_and_settings_objects():
    cfg = typed("build.stop_after=export", "rebuild=always", "runtime=[ort,torch-compiled]",
                "runtime.torch-compiled.mode=max-autotune")
    assert cfg.build.stop_after is config.StopAfter.export and cfg.rebuild is config.Rebuild.always
    assert cfg.runtime["torch-compiled"].mode == "max-autotune"
    assert cfg.measure.precision == 0.01 and cfg.accuracy.for_dtype("float16") == 1e-2
