"""The schema of every config group, registered in Hydra's ConfigStore, and its validation.

``mlagility/conf/*.yaml`` fill these dataclasses; Hydra type-checks overrides against them (the
choices are Enums, each runtime's options its own dataclass) at composition. :func:`validate`
turns the composed config into the one typed object the engine receives, a :class:`Config`
(``OmegaConf.to_object``, whose ``__post_init__`` checks values), failing before any work with a
message that names the fix.
"""

from __future__ import annotations

import dataclasses
import difflib
import os
import re
import shlex
import tempfile
from dataclasses import dataclass, field, fields
from pathlib import Path
from typing import TYPE_CHECKING, Any, Optional

from mlagility import parser, runtimes
from mlagility.paths import CACHE_DIR_SETTING
from mlagility.choices import Exporter, OptimizationLevel, Quantize, Rebuild, StopAfter
from mlagility.corpus import CorpusConfig, check_corpus_libraries, corpus_folder, label_filter
from mlagility.errors import ConfigError
from mlagility.conf import CONF_DIR, CONFIG_MODULE, MISSING
from mlagility.measurement import MeasureSettings

if TYPE_CHECKING:
    from omegaconf import DictConfig

# Hydra and OmegaConf are imported by the functions that compose and validate, in the parent: the
# workers unpickle a Config, and this module's schemas must load there without them.


# The workers' environment unless `env` says otherwise. Here, not in config.yaml, because the
# workers' forkserver starts with it before Hydra has composed anything (see __main__.cli).
DEFAULT_ENV = {
    # Models are built from configs with random weights: a hub call must fail at once, not hang.
    "HF_HUB_OFFLINE": "1",
    "TOKENIZERS_PARALLELISM": "false",
    # onnxruntime (1.32 here) otherwise writes a telemetry database, at import, under
    # ~/.cache/Microsoft/DeveloperTools/ (or $XDG_CACHE_HOME): outside the tool's cache.
    "ORT_DISABLE_TELEMETRY": "1",
}


@dataclass
class DeviceConfig:
    """Where the models run, and what a build targets there by default."""

    name: str = MISSING
    fp16: bool = False
    optimization_level: OptimizationLevel = OptimizationLevel.extended


@dataclass
class BuildConfig:
    """How an invocation becomes an ONNX file: export, fusions, quantize, optimize, optional fp16.
    ``fusions`` and ``quantize`` are lists: each of their combinations is a build variant, built
    and timed beside the others (``build.quantize=none,int8_dynamic`` on the command line is a list
    of two, measured in one job; ``build.quantize=choice(none,int8_dynamic)`` sweeps them as jobs)."""

    exporter: Exporter = Exporter.dynamo
    # None: the exporter's current default (MLAGILITY_ONNX_OPSET also sets it).
    onnx_opset: Optional[int] = None
    # onnxruntime's transformer fusions (builder/fusions.py): false, true, or both.
    fusions: list[bool] = field(default_factory=lambda: [False])
    # onnxruntime's quantization (builder/quantize.py): none, int8_dynamic, int8_static, int4_weights.
    quantize: list[Quantize] = field(default_factory=lambda: [Quantize.none])
    optimize: bool = True
    # None: the device's default (fp32 on cpu, fp16 on nvidia).
    fp16: Optional[bool] = None
    # analyze | export | build: stop after that stage and measure nothing.
    stop_after: Optional[StopAfter] = None
    # Seconds one stage after the export (fusions, quantize, optimize, fp16) may take: past it the
    # build process is killed and that build fails alone, the invocation's other builds measured.
    # Not part of a build's name (a limit, not what is built).
    stage_timeout: float = 1200.0


@dataclass
class AccuracyConfig:
    """What a build's outputs must keep of eager torch's: a float build, its max relative error
    within its dtype's tolerance; a quantized build (lossy by design), its cosine similarity to
    eager's outputs at least its kind's ``min_cosine``, and, where an output is logits, its top-1
    choices eager's in at least ``min_top1_agreement`` of the positions."""

    float32: float = 1e-4
    float16: float = 1e-2
    min_cosine: dict[str, float] = field(default_factory=lambda: {
        "int8_dynamic": 0.99, "int8_static": 0.98, "int4_weights": 0.98})
    min_top1_agreement: float = 0.9

    def for_dtype(self, dtype: str) -> float:
        """The tolerance for a build of ``dtype`` ("float32", "float16"); float32's for any other."""
        return getattr(self, dtype, self.float32)


# The standardized script arguments, injected into parse(): one field per entry of parse()'s own
# table (parser.DEFAULTS), with its type and default, so that both say them once.
ScriptParameters = dataclasses.make_dataclass(
    "ScriptParameters", [(name, type(default), default) for name, default in parser.DEFAULTS.items()])
ScriptParameters.__doc__ = "The parse() parameters of a job (batch_size, max_seq_length, ...), as parse() defaults them."


@dataclass
class Config(ScriptParameters):
    """The whole composed config of one job: the parse() parameters (ScriptParameters), and these."""

    corpus: CorpusConfig = MISSING
    device: DeviceConfig = MISSING
    # One entry per runtime to measure: {name: options}, each typed by the runtime's own schema
    # (runtimes/options.py); in the typed Config, each is that options object.
    runtime: dict[str, Any] = MISSING
    build: BuildConfig = field(default_factory=BuildConfig)
    # The timing loop, shared by every runtime (its schema lives beside the loop).
    measure: MeasureSettings = field(default_factory=MeasureSettings)
    accuracy: AccuracyConfig = field(default_factory=AccuracyConfig)

    # Run only this script of the corpus (set per job by the mlagility sweeper).
    script: Optional[str] = None
    # The run this job belongs to and its folder: the mlagility sweeper sets both for every job of
    # a sweep, so that all share them; empty: this job is a run of its own (a new id, its folder).
    run_id: str = ""
    run_dir: str = ""
    # Extra command-line words handed to every script (seen by parse() like its own argv).
    script_args: str = ""
    # Seconds one script (run, build and measure) may take before its worker is killed.
    timeout: float = 3600.0
    # None: 90% of this machine's memory. A worker above it is killed with status out_of_memory.
    memory_limit_gb: Optional[float] = None
    # 0: only top-level model calls; N: also sub-modules down to depth N.
    max_depth: int = 0
    # The invocations of one script that are measured; past them, calls are counted, not measured
    # (each invocation takes seconds to minutes: 100 of them fill about the default timeout).
    max_invocations: int = 100
    # MLAGILITY_CACHE_DIR, else ~/.cache/mlagility (paths.py).
    cache_dir: str = CACHE_DIR_SETTING
    rebuild: Rebuild = Rebuild.if_needed
    # Keep logs and stats, drop ONNX files (and trt's TensorRT engines) once measured.
    lean_cache: bool = False
    # Skip (script, parameters, runtimes, device) already finished in this job folder.
    resume: bool = False
    # With resume: run again a script that an earlier, killed run had started (else record it as killed).
    retry_interrupted: bool = True
    # Only benchmark invocations whose invocation or model hash is listed (benchit's script.py::HASH).
    only_hashes: list[str] = field(default_factory=list)
    # Environment variables set before any script runs (DEFAULT_ENV; `+env.NAME=value` adds one).
    env: dict[str, str] = field(default_factory=lambda: dict(DEFAULT_ENV))

    def __post_init__(self) -> None:
        """Checks of values that their types cannot say; each error names the key and the fix.
        (OmegaConf.to_object runs them: see :func:`validate`.)"""
        try:
            parameters_of(self)
        except ValueError as error:
            raise ConfigError(str(error)) from None
        label_filter(self.corpus)
        if self.timeout <= 0:
            raise ConfigError(f"timeout={self.timeout} must be a positive number of seconds")
        if self.build.stage_timeout <= 0:
            raise ConfigError(f"build.stage_timeout={self.build.stage_timeout} must be a positive number of seconds")
        if self.max_depth < 0:
            raise ConfigError(f"max_depth={self.max_depth} must be 0 or more")
        if self.max_invocations < 1:
            raise ConfigError(f"max_invocations={self.max_invocations} must be 1 or more: the invocations of one "
                              "script that are measured (build.stop_after=analyze lists them without measuring)")
        if self.memory_limit_gb is not None and self.memory_limit_gb <= 0:
            raise ConfigError(f"memory_limit_gb={self.memory_limit_gb} must be a positive number of GiB; "
                              "leave it unset (null) for 90% of this machine's memory")
        check_script_args(self.script_args)
        self.runtime = runtime_options(self.runtime)


@dataclass
class SweeperConfig:
    """``hydra/sweeper: mlagility``: Hydra's basic sweeper with a script axis."""

    _target_: str = "hydra_plugins.mlagility_sweeper.script_sweeper.ScriptSweeper"
    max_batch_size: Optional[int] = None
    params: Optional[dict[str, str]] = None
    # One job per script (true) or one job per grid point running the whole corpus (false).
    per_script: bool = True
    # List the jobs the sweep would launch, one line each, check that they compose, and launch none.
    dry_run: bool = False


def register_configs(help_shown: bool = False) -> None:
    """Register the schemas with Hydra's ConfigStore (the yaml files in mlagility/conf/ extend them),
    and the resolver of ``--help``'s list of config groups: the real list only when ``help_shown``,
    else an empty text. OmegaConf resolves it at every merge into Hydra's help node, twice per
    composition, and listing the groups takes 0.2-0.3 s: on every run's start, for a text only
    ``--help`` shows."""
    from hydra.core.config_store import ConfigStore
    from omegaconf import OmegaConf

    store = ConfigStore.instance()
    store.store(group="hydra/sweeper", name="mlagility", node=SweeperConfig, provider="mlagility")
    store.store(name="config_schema", node=Config)
    store.store(group="corpus", name=f"corpus{SCHEMA_SUFFIX}", node=CorpusConfig)
    store.store(group="device", name=f"device{SCHEMA_SUFFIX}", node=DeviceConfig)
    store.store(group="build", name=f"build{SCHEMA_SUFFIX}", node=BuildConfig)
    # Each runtime's options are typed by its own dataclass: runtime/ort.yaml extends ort_schema.
    for name, spec in runtimes.REGISTRY.items():
        store.store(group="runtime", name=f"{name}{SCHEMA_SUFFIX}", node={name: spec.Options})
    OmegaConf.register_new_resolver("mlagility_config_groups", config_groups_help if help_shown else lambda: "",
                                    replace=True)


# The schemas a group's option files extend (``defaults: [corpus_schema]``) end so: not options to choose.
SCHEMA_SUFFIX = "_schema"


def config_groups_help() -> str:
    """``group: option, option`` for each config group of the running Hydra app (the user's
    ``--config-dir`` included), as Hydra's ``$APP_CONFIG_GROUPS`` has it but without Hydra's own
    groups and the schemas: the groups list of ``--help``."""
    from hydra.core.global_hydra import GlobalHydra

    app = GlobalHydra.instance().hydra
    if app is None:  # resolved outside a Hydra app (a config printed by hand)
        return ""
    lines = []
    for group in sorted(app.list_all_config_groups()):
        if group == "hydra" or group.startswith("hydra/"):
            continue
        lines.append(f"{group}: {', '.join(group_options(group))}")
    return "\n".join(lines)


def group_options(group: str, found: Optional[list[str]] = None) -> list[str]:
    """The options a config group offers, without the schemas they extend: ``found`` (the options
    Hydra listed), else the running Hydra app's (a user's ``--config-dir`` included), else the
    packaged ones."""
    from hydra.core.global_hydra import GlobalHydra

    if found is None:
        app = GlobalHydra.instance().hydra
        found = (list(app.config_loader.get_group_options(group)) if app is not None
                 else [p.stem for p in (CONF_DIR / group).glob("*.yaml")])
    return sorted(o for o in found if not o.endswith(SCHEMA_SUFFIX))


# ----------------------------------------------------------------------------------------------
# Validation: from the composed DictConfig to the settings the engine runs with.


def parameters_of(cfg: Config | DictConfig) -> dict[str, Any]:
    """The parse() parameters of a job, in parse()'s order."""
    return parser.validate_values({name: getattr(cfg, name) for name in parser.DEFAULTS})


def runtime_options(selected: dict[str, Any]) -> dict[str, Any]:
    """Each selected runtime's options object (``{name: options}``), checked against that
    runtime's schema. The packaged runtime files are typed already (Hydra checked them); a runtime
    file of the user's --config-dir that does not extend its schema is checked here, and every
    options object checks its own values (``__post_init__``)."""
    from omegaconf import OmegaConf
    from omegaconf.errors import OmegaConfBaseException

    if not selected:
        raise ConfigError(f"No runtime selected: add runtime=NAME with one of {', '.join(runtimes.names())}")
    options = {}
    for name, values in selected.items():
        try:
            runtime = runtimes.get(name)
        except KeyError as error:
            raise ConfigError(error.args[0]) from None
        if isinstance(values, runtime.Options):
            options[name] = values
            continue
        try:
            options[name] = OmegaConf.to_object(OmegaConf.merge(OmegaConf.structured(runtime.Options), values or {}))
        except (OmegaConfBaseException, ValueError) as error:
            raise ConfigError(f"runtime.{name}: {str(error).splitlines()[0]}") from None
    return options


def check_runtimes_run_on(device: str, names: list[str]) -> None:
    """Every runtime named runs on ``device``."""
    for name in names:
        if device not in runtimes.get(name).devices:
            supported = [n for n in runtimes.names() if device in runtimes.get(n).devices]
            raise ConfigError(f"Runtime {name!r} does not run on device {device!r}; "
                              f"runtimes for {device}: {', '.join(supported)}")


def check_complete(cfg: DictConfig) -> None:
    """Every key has a value: a group option that is a bare schema (``corpus=corpus_schema``)
    leaves some without one."""
    from omegaconf import OmegaConf

    missing = sorted(OmegaConf.missing_keys(cfg))
    if not missing:
        return
    group = missing[0].split(".")[0]
    options = group_options(group)
    fix = f"choose {group}=NAME, one of {', '.join(options)}" if options else f"set {missing[0]}=VALUE"
    raise ConfigError(f"{', '.join(missing)} have no value: {fix}")


def check_known_keys(node: DictConfig, prefix: str = "") -> None:
    """Every key is one the schemas define: a ``+key=value`` override (Hydra's own advice for a
    misspelt key) adds a key that nothing reads, and the run would silently use the default."""
    from omegaconf import DictConfig, OmegaConf

    schema = OmegaConf.get_type(node)
    # A free-form mapping (the selected runtimes, labels, env) has any keys; its typed children
    # (each runtime's options) are checked in turn.
    known = [f.name for f in fields(schema)] if dataclasses.is_dataclass(schema) else None
    for key in node.keys():
        if known is not None and key not in known:
            raise unknown_key(f"{prefix}{key}", known)
        if isinstance(node[key], DictConfig):
            check_known_keys(node[key], f"{prefix}{key}.")


def unknown_key(full_key: str, known: list[str]) -> ConfigError:
    """The error for a key (``build.optimise``) that its schema, whose keys are ``known``, lacks:
    the closest key, else all of them."""
    prefix, _, key = full_key.rpartition(".")
    prefix = f"{prefix}." if prefix else ""
    guess = difflib.get_close_matches(key, known, n=1)
    hint = f"; did you mean {prefix}{guess[0]}?" if guess else f"; keys: {', '.join(known)}"
    return ConfigError(f"{full_key} is not a key mlagility reads{hint}")


def composition_error(error: Exception) -> ConfigError:
    """Hydra's error for overrides it could not compose (a HydraException), as a ConfigError that
    names the fix: an unknown option lists the group's real ones (not the schemas, nor Hydra's
    search path), an unknown key is named with the closest real one (not Hydra's advice to add it
    with ``+``), a bad value says what was expected."""
    from hydra.errors import MissingConfigException
    from omegaconf.errors import OmegaConfBaseException

    cause = error.__cause__
    if isinstance(error, MissingConfigException) and error.missing_cfg_file and "/" in error.missing_cfg_file:
        group, _, option = error.missing_cfg_file.rpartition("/")
        options = group_options(group, error.options)
        guess = difflib.get_close_matches(option, options, n=1)
        hint = f"did you mean {group}={guess[0]}? " if guess else ""
        return ConfigError(f"{group}={option} is not an option of {group}: {hint}choose one of {', '.join(options)}")
    if isinstance(cause, OmegaConfBaseException) and getattr(cause, "full_key", None):
        schema = getattr(cause, "object_type", None)
        if str(error).startswith("Could not override") and dataclasses.is_dataclass(schema):
            return unknown_key(cause.full_key, [f.name for f in fields(schema)])
        override = str(error).splitlines()[0].removeprefix("Error merging override ")
        return ConfigError(f"{override}: {str(cause).splitlines()[0]}")
    override = getattr(error, "override", None)  # a syntax error (OverrideParseException) names it
    return ConfigError(f"{override}: {str(error).splitlines()[0]}" if override else str(error).splitlines()[0])


def check_cache_dir(cache_dir: str) -> None:
    """The cache folder exists or can be made, and can be written to."""
    folder = Path(os.path.expanduser(cache_dir))
    fix = "set cache_dir= (or MLAGILITY_CACHE_DIR; benchit: --cache-dir) to a folder you can write"
    if folder.exists() and not folder.is_dir():
        raise ConfigError(f"cache_dir={cache_dir} is not a folder; {fix}")
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with tempfile.TemporaryFile(dir=folder):
            pass
    except OSError as error:
        raise ConfigError(f"cache_dir={cache_dir} cannot be written ({error.strerror}); {fix}") from None


def check_script_args(script_args: str) -> None:
    """The script arguments split into words, and the standardized flags among them are well formed."""
    try:
        argv = shlex.split(script_args)
    except ValueError as error:
        raise ConfigError(f"script_args={script_args!r} cannot be split into words ({error}): "
                          "close the quote, or escape it with a backslash") from None
    try:
        parser.check_flags(argv)
    except ValueError as error:
        raise ConfigError(f"script_args={script_args!r}: {error}") from None


def builds_fp16(cfg: Config) -> bool:
    """Whether builds are float16: build.fp16, else the device's default."""
    return bool(cfg.device.fp16 if cfg.build.fp16 is None else cfg.build.fp16)


def check_build_variants(cfg: Config) -> None:
    """Build variants that can be made: a quantized build is not also float16, and each quantization
    has its accuracy bar."""
    quantized = [str(kind) for kind in cfg.build.quantize if kind is not Quantize.none]
    if quantized and builds_fp16(cfg):
        raise ConfigError(f"build.quantize={','.join(quantized)} makes integer builds, and build.fp16 is on (device "
                          f"{cfg.device.name}'s default): set build.fp16=false to quantize the float32 build")
    missing = [kind for kind in quantized if kind not in cfg.accuracy.min_cosine]
    if missing:
        raise ConfigError(f"accuracy.min_cosine has no bar for {', '.join(missing)}: add +accuracy.min_cosine.{missing[0]}=0.98")


def validate(cfg: Config | DictConfig, check_device: bool = True) -> Config:
    """The composed config as the one typed object the engine runs with, or a ConfigError that
    names the fix, before any work. Hydra has checked types and choices; the Config's own checks
    (``__post_init__``) check values; this checks keys and what the host must offer: the corpus
    folder, a writable cache, runtimes that run on the device, the device itself.
    ``check_device=False`` skips the last: for a sweep composed on a host (a Slurm login node)
    other than the ones its jobs run on."""
    from omegaconf import DictConfig, OmegaConf

    if isinstance(cfg, DictConfig):
        check_complete(cfg)
        check_known_keys(cfg)
        try:
            cfg = OmegaConf.to_object(cfg)
        except ValueError as error:  # ConfigError, and OmegaConf's own validation errors
            raise ConfigError(str(error).splitlines()[0]) from None
    folder = corpus_folder(cfg.corpus)
    if not folder.is_dir():
        raise ConfigError(f"Corpus folder {folder} does not exist; corpora: {', '.join(group_options('corpus'))}")
    check_corpus_libraries(cfg.corpus)
    check_cache_dir(cfg.cache_dir)
    check_build_variants(cfg)
    if cfg.build.stop_after != StopAfter.analyze:
        check_runtimes_run_on(cfg.device.name, list(cfg.runtime))
    if check_device:
        from mlagility.device import DeviceUnavailable, check_available

        try:
            check_available(cfg.device.name)
        except DeviceUnavailable as error:
            raise ConfigError(str(error)) from None
    return cfg


def compose(overrides: list[str] | tuple[str, ...] = ()) -> DictConfig:
    """The composed config for ``overrides``, as ``python -m mlagility`` would see it (without
    Hydra's run folder): for the benchit front end, tests and notebooks. Overrides that Hydra cannot
    compose raise a ConfigError (:func:`composition_error`)."""
    from hydra import compose as hydra_compose
    from hydra import initialize_config_module
    from hydra.errors import HydraException

    register_configs()
    with initialize_config_module(config_module=CONFIG_MODULE, version_base="1.3"):
        try:
            return hydra_compose("config", overrides=list(overrides))
        except HydraException as error:
            raise composition_error(error) from None


# `runtime=ort,torch-eager` means a list of runtimes measured in one job, not a sweep:
# `runtime=[ort,torch-eager]` in Hydra's grammar. Sweep over runtimes with runtime=choice(...).
# The build variants likewise (`build.quantize=none,int8_dynamic`), and one value is a list of one.
_RUNTIME_LIST = re.compile(r"^runtime=([\w-]+(?:,[\w-]+)+)$")
_VARIANT_LIST = re.compile(r"^(build\.quantize|build\.fusions)=(\w+(?:,\w+)*)$")


def runtime_list_overrides(argv: list[str]) -> list[str]:
    """Rewrite ``runtime=a,b`` to ``runtime=[a,b]`` and ``build.quantize=a[,b]`` (``build.fusions``)
    to ``build.quantize=[a,b]``; every other argument is left alone."""
    def rewritten(arg: str) -> str:
        if m := _RUNTIME_LIST.match(arg):
            return f"runtime=[{m.group(1)}]"
        if m := _VARIANT_LIST.match(arg):
            return f"{m.group(1)}=[{m.group(2)}]"
        return arg

    return [rewritten(arg) for arg in argv]
