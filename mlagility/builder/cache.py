"""The build cache: an invocation exported to ONNX, optimized and optionally converted to fp16.

One folder per build, ``<cache_dir>/builds/<build_name>/``, named after the script, the
invocation (architecture + input shapes/dtypes) and the build settings. Every build starts from
its invocation's export, a build of its own (the export stage alone) that all the variants share
and read in place, so a model with eight variants is exported once. ``state.json`` inside holds
the stage statuses, durations, the cache key (weights fingerprint + library versions) and the
size, modification time and sha256 of each file the model is read from; a build whose key or
stages do not match is stale and is rebuilt under ``rebuild=if_needed``; one whose files do not
match (truncated, emptied, altered) is damaged and rebuilt even under ``rebuild=never``. A build
is written to a temporary folder and renamed into place under a file lock, so concurrent jobs
never see half a build and never build the same one twice. The temporary folder is removed on
every failure (one a killed worker left behind, by the next build of the same name); a full disk
is a failed build that says so and is not kept.

The stages (and onnx, whose import takes 0.6 s here) are imported when a build runs: a run whose
builds are all in the cache never loads them.
"""

from __future__ import annotations

import collections
import contextlib
import hashlib
import importlib.metadata
import json
import os
import shutil
import traceback
from dataclasses import asdict, dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

import filelock

from mlagility import memory, records
from mlagility.common.version import VERSION
from mlagility.paths import build_lock, builds_dir, flops_dir, staging_dir, trt_engine_dir
from mlagility.builder.file_stages import BuildProcess, FileStages, OutOfSpace, run_stage
from mlagility.builder.settings import STAGES, BuildSettings
from mlagility.choices import Exporter, Quantize, Rebuild, StopAfter
from mlagility.common import labels as labels_module
from mlagility.common.hashing import digest
from mlagility.common.output import error_chain, no_space_left, no_space_message, one_line, write_text_atomically
from mlagility.invocation import Invocation

STATE_FILE = "state.json"
ARTIFACT_SUFFIXES = (".onnx", ".onnx.data")


@dataclass
class Build:
    """The outcome of getting a build: from the cache or freshly made, good or failed."""

    name: str
    folder: Path
    status: str
    reason: str = ""
    model_path: Optional[Path] = None
    cached: bool = False
    state: dict[str, Any] = field(default_factory=dict)

    @property
    def ok(self) -> bool:
        return self.status == records.OK

    @property
    def log_path(self) -> str:
        failed = [s for s in self.state.get("stages", {}).values() if s.get("status") != "ok"]
        return failed[0]["log"] if failed else ""

    def seconds(self, stage: str) -> Optional[float]:
        """How long ``stage`` took when the build was made, with the time it waited for the build
        process's imports (None if it did not run)."""
        entry = self.state.get("stages", {}).get(stage, {})
        if entry.get("duration_s") is None:
            return None
        return entry["duration_s"] + entry.get("imports_waited_s", 0.0)

    def memory(self, stage: str) -> memory.PhaseMemory:
        """What ``stage`` did to the worker's memory when the build was made (empty if it did not run)."""
        entry = self.state.get("stages", {}).get(stage, {})
        return memory.PhaseMemory(entry.get("peak_mb"), entry.get("delta_mb"))

    @property
    def total_seconds(self) -> Optional[float]:
        durations = [self.seconds(stage) or 0.0 for stage in self.state.get("stages", {})]
        return sum(durations) if durations else None


def versions() -> dict[str, str]:
    """Library versions that change what a build contains (onnx's from its metadata: a warm build
    never imports it)."""
    import onnxruntime
    import torch

    return {"torch": torch.__version__, "onnx": importlib.metadata.version("onnx"),
            "onnxruntime": onnxruntime.__version__, "mlagility": VERSION}


def build_name(script_stem: str, invocation: Invocation, settings: BuildSettings) -> str:
    """``<script>_<hash>``: the hash covers the invocation (architecture, shapes) and the settings."""
    return f"{script_stem}_{digest(invocation.invocation_hash, json.dumps(asdict(settings), sort_keys=True))[:8]}"


def cache_key(invocation: Invocation, settings: BuildSettings) -> str:
    """What makes a build stale when it changes: the weights (an ONNX input's file hash) and the
    library versions."""
    weights = invocation.model_hash if invocation.model is None else invocation.weights_fingerprint
    return digest(build_name("", invocation, settings), weights, sorted(versions().items()))


def read_state(folder: Path) -> Optional[dict[str, Any]]:
    """A build's state, or None when it is missing or unreadable (a half-written build, or a
    file that holds no JSON object)."""
    try:
        state = json.loads((folder / STATE_FILE).read_text())
    except (OSError, ValueError):
        return None
    return state if isinstance(state, dict) else None


def model_files(model_path: Path) -> list[Path]:
    """The files a built model is read from: the ONNX file and the weights file that every
    stage writes beside it (``<model>.data``), when the model has one."""
    weights = model_path.with_name(model_path.name + ".data")
    return [model_path, weights] if weights.is_file() else [model_path]


def fingerprint(path: Path) -> dict[str, Any]:
    """A file's size, modification time and sha256, as state.json keeps them for each artifact."""
    with open(path, "rb") as file:
        status = os.fstat(file.fileno())
        return {"size": status.st_size, "mtime_ns": status.st_mtime_ns,
                "sha256": hashlib.file_digest(file, "sha256").hexdigest()}


def intact(folder: Path, artifacts: dict[str, dict[str, Any]]) -> bool:
    """Whether every artifact is in ``folder`` with the size and sha256 it was built with. Sizes
    first: a truncated file is found without reading anything. A file with the modification time
    it was built with is as built, as make and rsync judge, and is not read (BERT-base's 440 MB
    took 0.5 s to hash on every warm run here, and the time grows with the model); one touched
    since (rewritten, or copied without its times) is read and its sha256 checked."""
    paths = {name: folder / name for name in artifacts}
    if not artifacts or not all(p.is_file() and p.stat().st_size == artifacts[n].get("size") for n, p in paths.items()):
        return False
    return all(paths[name].stat().st_mtime_ns == built.get("mtime_ns")
               or fingerprint(paths[name])["sha256"] == built.get("sha256") for name, built in artifacts.items())


def _reusable(state: Optional[dict], folder: Path, key: str, wanted: list[str], rebuild: Rebuild) -> bool:
    """Whether the build in ``folder`` may be used as it is. ``rebuild=never`` skips the freshness
    checks (key and stages), never the integrity one: damaged files are rebuilt whatever the policy
    (a failed build has no files to check)."""
    if state is None or rebuild is Rebuild.always:
        return False
    stages = state.get("stages", {})
    fresh = rebuild is Rebuild.never or (
        state.get("key") == key
        and state.get("status") == records.OK
        and all(stages.get(stage, {}).get("status") == "ok" for stage in wanted)
    )
    return fresh and (state.get("status") != records.OK or intact(folder, state.get("artifacts") or {}))


def _from_state(name: str, folder: Path, state: dict, cached: bool) -> Build:
    model = state.get("model")
    return Build(
        name=name,
        folder=folder,
        status=state.get("status", records.EXPORT_ERROR),
        reason=state.get("reason", ""),
        model_path=folder / model if model else None,
        cached=cached,
        state=state,
    )


class ExportFailed(RuntimeError):
    """Both exporters failed: the message names the primary exporter's error, then the fallback's
    (the log has both tracebacks: the fallback's error is chained to the primary's)."""


def import_onnx(source: Path, folder: Path) -> Path:
    """Copy an ONNX file (and its external weights, wherever they are) into a build folder."""
    import onnx

    target = folder / "model.onnx"
    onnx.save_model(onnx.load(str(source)), str(target), save_as_external_data=True,
                    location=target.name + ".data", size_threshold=1024)
    return target


class StageRun:
    """One build's stages, run in order into its staging folder. ``state`` becomes state.json:
    the build's status and reason, and one entry per stage (status, log, timings, and what the
    stage chose: the exporter it used, an optimization it left out)."""

    def __init__(self, invocation: Invocation, settings: BuildSettings, folder: Path, exported: Optional[Build] = None,
                 stage_timeout_s: Optional[float] = None):
        self.invocation, self.settings, self.folder, self.exported = invocation, settings, folder, exported
        self.stage_timeout_s = stage_timeout_s
        self.state: dict[str, Any] = {"status": records.OK, "reason": "", "stages": {}, "settings": asdict(settings)}
        self.model_path: Optional[Path] = None  # the latest stage's model

    def run(self, wanted: list[str], on_stage: Callable[[str], None],
            build_process: Optional[BuildProcess] = None) -> dict[str, Any]:
        """Run the ``wanted`` stages, telling ``on_stage`` each one's activity as it starts; stops
        at the first failure. Returns the state. The export runs here, where the model is; the
        stages after it in ``build_process`` (file_stages.py), started before the export."""
        entry = self.state["stages"]["export"] = {}
        if self.exported is not None:
            self.model_path = self.from_export(entry)
        else:
            on_stage(STAGES["export"].activity)
            self.model_path, reason = run_stage("export", self.folder, self.export, entry)
            if reason is not None:
                self.state.update(status=STAGES["export"].failure, reason=f"export failed: {reason}")
                return self.state
        after = [name for name in wanted if name != "export"]
        if after and not self.run_file_stages(build_process, on_stage):
            return self.state
        # What a stage left out of its work, or mended after a library's, the record's reason says
        # ("put_back": what builds made before 2026-12-07 call "mended").
        self.state["reason"] = "; ".join(e[note] for e in self.state["stages"].values()
                                         for note in ("left_out", "mended", "put_back") if note in e)
        self.keep_model_inside()
        self.describe_model()
        return self.state

    def run_file_stages(self, build_process: BuildProcess, on_stage: Callable[[str], None]) -> bool:
        """The stages after the export, in ``build_process``; whether all of them succeeded."""
        try:
            feeds = self.calibration_feeds() if self.settings.quantize is Quantize.int8_static else {}
        except ValueError as error:  # the quantize stage's failure: it is the one that needs them
            self.fail("quantize", {"status": "failed", "log": "", "reason": one_line(error)}, one_line(error))
            return False

        def on_message(message: tuple) -> None:
            kind, name = message[:2]
            if kind == "out_of_space":
                raise OutOfSpace(name)
            self.state["stages"][name] = message[2]
            if kind == "started":
                on_stage(STAGES[name].activity)
            elif message[3] is not None:
                self.model_path = message[3]
            else:
                self.fail(name, message[2], message[4])

        stages = FileStages(self.settings, self.folder, self.model_path, self.invocation.model_class, feeds)
        build_process.run(stages, on_message, self.stage_timeout_s)
        return self.state["status"] == records.OK

    def calibration_feeds(self) -> dict[str, Any]:
        """The invocation's inputs by the exported graph's input names: what a static quantization
        is calibrated on."""
        from mlagility.builder.quantize import data_inputs

        return self.invocation.onnx_feeds(data_inputs(self.model_path))

    def fail(self, name: str, entry: dict[str, Any], reason: str) -> None:
        """Stage ``name`` failed: its entry, and the build's status and reason."""
        self.state["stages"][name] = entry
        self.state.update(status=STAGES[name].failure, reason=f"{name} failed: {reason}")

    def from_export(self, entry: dict[str, Any]) -> Path:
        """The shared export, read where it is (the next stage writes into this build; onnx
        refuses weights behind a link, so nothing is linked); its stage entry, naming the build it
        came from, is this build's, and its log is copied in."""
        source = self.exported
        entry.update(source.state["stages"]["export"], build=source.name)
        shutil.copy2(source.folder / entry["log"], self.folder / entry["log"])
        return source.model_path

    def keep_model_inside(self) -> None:
        """Copy the model in when no stage after the export wrote one (an optimization left out):
        a build holds the files it is loaded from."""
        if self.model_path.parent != self.folder:
            for path in model_files(self.model_path):
                shutil.copy2(path, self.folder / path.name)
            self.model_path = self.folder / self.model_path.name

    def export(self, entry: dict[str, Any]) -> Path:
        """The invocation exported to ONNX (an ONNX file copied in as it is, weights beside it),
        with the legacy exporter as a fallback where dynamo fails."""
        if self.invocation.model is None:
            entry["exporter"] = "onnx file"
            return import_onnx(Path(self.invocation.extra["onnx_path"]), self.folder)
        from mlagility.builder import export as export_stage

        entry["exporter"] = self.settings.exporter
        try:
            return export_stage.export(self.invocation, self.folder, self.settings.exporter, self.settings.onnx_opset)
        except Exception as error:
            if self.settings.exporter is not Exporter.dynamo or no_space_left(error):
                raise
            # The legacy exporter still handles some models dynamo cannot trace: try it, and say so.
            # torch.onnx wraps the error that stopped it in a generic "step N/3 ... Next steps" one.
            primary = error_chain(error)[-1]
            print(f"dynamo export failed ({one_line(primary)}); falling back to the legacy exporter", flush=True)
            traceback.print_exc()
            for stale in self.folder.glob("model.onnx*"):
                stale.unlink()
            entry.update(fallback_from=Exporter.dynamo, exporter=Exporter.legacy)
            try:
                return export_stage.export(self.invocation, self.folder, Exporter.legacy, self.settings.onnx_opset)
            except Exception as fallback_error:  # the primary exporter's error is the one to fix first
                raise ExportFailed(f"dynamo: {one_line(primary, 120)}; legacy fallback: {one_line(fallback_error, 120)}") \
                    from fallback_error

    def describe_model(self) -> None:
        """What state.json says of the built model: its file, artifacts' fingerprints, opset, op
        histogram and input names."""
        import onnx

        self.state["model"] = self.model_path.name
        self.state["artifacts"] = {path.name: fingerprint(path) for path in model_files(self.model_path)}
        proto = onnx.load(str(self.model_path), load_external_data=False)
        self.state["onnx_opset"] = next((o.version for o in proto.opset_import if o.domain in ("", "ai.onnx")), None)
        self.state["op_histogram"] = dict(collections.Counter(node.op_type for node in proto.graph.node).most_common())
        self.state["inputs"] = [i.name for i in proto.graph.input]


def get_build(
    invocation: Invocation,
    settings: BuildSettings,
    cache_dir: str | Path,
    script_stem: str,
    labels: dict[str, list[str]],
    rebuild: Rebuild = Rebuild.if_needed,
    stop_after: Optional[StopAfter] = None,
    on_stage: Callable[[str], None] = lambda activity: None,
    exports: Optional[dict[str, Build]] = None,
    stage_timeout_s: Optional[float] = None,
) -> Build:
    """The build of ``invocation`` under ``settings``: reused from the cache when it is fresh,
    made (atomically, under a lock) when it is not; ``on_stage`` hears each stage it runs.

    Every build starts from the invocation's export, a build of its own that all the variants
    share: a build made now reads its files in place. ``exports`` keeps the exports got so far (one
    invocation's variants pass the same dict), so ``rebuild=always`` exports once, not per variant.
    A failed export is every variant's build. A stage after the export that runs past
    ``stage_timeout_s`` fails the build (which, failed, is made again next time)."""
    wanted = settings.stages(stop_after)
    if wanted == ["export"]:
        settings = settings.exported
    name = build_name(script_stem, invocation, settings)
    root = builds_dir(cache_dir)
    folder = root / name
    key = cache_key(invocation, settings)
    with filelock.FileLock(str(build_lock(cache_dir, name))), contextlib.ExitStack() as running:
        state = read_state(folder)
        if _reusable(state, folder, key, wanted, rebuild):
            return _from_state(name, folder, state, cached=True)
        after = [stage for stage in wanted if stage != "export"]
        # The stages after the export run in a child process, started now: it imports their
        # libraries (about a second) while the export runs.
        build_process = running.enter_context(BuildProcess(after)) if after else None
        exported = None
        if after:
            exported = _export(invocation, settings, cache_dir, script_stem, labels, rebuild, on_stage,
                               {} if exports is None else exports)
            if not exported.ok:
                return exported
        # Under this build's lock, any staging folder of the same name is a dead worker's.
        for stale in staging_dir(cache_dir).glob(f"{name}-*"):
            shutil.rmtree(stale, ignore_errors=True)
        staging = staging_dir(cache_dir) / f"{name}-{os.getpid()}"
        try:
            staging.mkdir(parents=True)
            state = StageRun(invocation, settings, staging, exported, stage_timeout_s).run(wanted, on_stage,
                                                                                       build_process)
            state.update(
                key=key,
                build_name=name,
                versions=versions(),
                invocation={"model_class": invocation.model_class, "input_shapes": invocation.input_shapes,
                            "input_dtypes": invocation.input_dtypes, "model_hash": invocation.model_hash},
                files={p.name: p.stat().st_size for p in sorted(staging.iterdir())},
            )
            (staging / STATE_FILE).write_text(json.dumps(state, indent=1, default=str))
            labels_module.save(staging, labels)
            shutil.rmtree(folder, ignore_errors=True)
            os.replace(staging, folder)
        except BaseException as error:
            shutil.rmtree(staging, ignore_errors=True)
            if not isinstance(error, Exception) or not no_space_left(error):
                raise
            with contextlib.suppress(OSError):  # into the job's log, which may be on the full disk too
                traceback.print_exc()
            # Not kept: once there is space, the next run builds it.
            stage = error.stage if isinstance(error, OutOfSpace) else wanted[-1]
            return Build(name=name, folder=folder, status=STAGES[stage].failure,
                         reason=f"{stage} failed: {no_space_message(root, 'point cache_dir= elsewhere')}")
    return _from_state(name, folder, state, cached=False)


def _export(invocation: Invocation, settings: BuildSettings, cache_dir: str | Path, script_stem: str,
            labels: dict[str, list[str]], rebuild: Rebuild, on_stage: Callable[[str], None],
            exports: dict[str, Build]) -> Build:
    """The export a build of ``settings`` starts from: one got before for the same invocation, or
    the cache's (made if it must be)."""
    name = build_name(script_stem, invocation, settings.exported)
    if name not in exports:
        exports[name] = get_build(invocation, settings.exported, cache_dir, script_stem, labels, rebuild,
                                  StopAfter.export, on_stage)
    return exports[name]


def flops_path(cache_dir: str | Path, invocation: Invocation) -> Path:
    """Where the FLOP count of an invocation (architecture and input signature) is kept: it is
    the same on every run, and counting it means a FlopCounterMode pass (and importing dynamo)."""
    import torch

    key = digest(invocation.model_hash, invocation.invocation_hash, torch.__version__)[:16]
    return flops_dir(cache_dir) / f"{invocation.model_hash}_{key}.json"


def read_flops(cache_dir: str | Path, invocation: Invocation) -> Optional[float]:
    """The cached FLOP count of ``invocation``, or None."""
    try:
        return float(json.loads(flops_path(cache_dir, invocation).read_text())["flops"])
    except (OSError, ValueError, KeyError, TypeError):
        return None


def write_flops(cache_dir: str | Path, invocation: Invocation, flops: float) -> None:
    """Keep the FLOP count of ``invocation`` (written whole, then renamed into place); on a full
    disk it is not kept."""
    path = flops_path(cache_dir, invocation)
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        write_text_atomically(path, json.dumps({"flops": flops, "model_class": invocation.model_class,
                                                "input_shapes": invocation.input_shapes}))
    except OSError as error:
        if not no_space_left(error):
            raise
        # Only a saving: the count is made again next time. The build, on the same disk, says so.


def drop_artifacts(folder: Path) -> None:
    """lean_cache: delete the large files of a build (its ONNX files, and the TensorRT engines trt
    made from them), keeping its logs, state and labels."""
    shutil.rmtree(trt_engine_dir(folder), ignore_errors=True)
    for path in folder.iterdir():
        if path.name.endswith(ARTIFACT_SUFFIXES):
            path.unlink()
