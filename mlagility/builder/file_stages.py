"""The build stages after the export, each from an ONNX file to an ONNX file (fusions, quantize,
optimize, fp16), run in a child process of their own.

Run in the worker, onnxruntime's optimizer and quantizer kept what they allocated: a worker that
built the four variants of a 400M-parameter model grew past the host's 24 GB and was killed with
every record of its script. A child gives it all back when it exits, and a crash or an
out-of-memory kill there fails that one build, with a reason, while the worker goes on.

The child is spawned (not forked: the worker runs onnxruntime's and torch's thread pools)
before the export, and imports its stages' libraries (onnx and onnxruntime: 0.7 s here, 1.3 s
with the fusions') on the other core while the worker exports; then it is handed the build. It
tells the worker each stage as it starts and ends over a pipe; each stage's memory figures are
the child's own.
"""

from __future__ import annotations

import contextlib
import ctypes
import importlib
import multiprocessing
import os
import shutil
import signal
import sys
import tempfile
import time
import traceback
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Callable, Optional

from mlagility import memory
from mlagility.builder.settings import BuildSettings
from mlagility.common.output import no_space_left, one_line, redirected_output


class OutOfSpace(Exception):
    """The disk filled up while ``stage`` ran: the whole build is given up, not kept as that stage's failure."""

    def __init__(self, stage: str):
        super().__init__(f"no space left on device during {stage}")
        self.stage = stage


def run_stage(name: str, folder: Path, action: Callable[[dict[str, Any]], Path], entry: dict[str, Any],
              on_start: Callable[[dict[str, Any]], None] = lambda entry: None) -> tuple[Optional[Path], Optional[str]]:
    """Run one stage, its output in ``folder/<name>.log``, timed and its memory measured into
    ``entry`` (which ``action`` may add to; ``on_start`` gets a copy of it as the stage starts).
    Returns the model it wrote and None, or None and the failure's reason; OutOfSpace on a full disk."""
    log = folder / f"{name}.log"
    entry.update(status="running", log=log.name, started=time.time())
    on_start(dict(entry))
    start = time.perf_counter()
    try:
        with redirected_output(log), memory.phase() as used:
            model = action(entry)
    except Exception as error:
        if no_space_left(error):
            raise OutOfSpace(name) from error
        with open(log, "a") as file:
            traceback.print_exc(file=file)
        entry.update(status="failed", duration_s=time.perf_counter() - start, reason=one_line(error))
        return None, one_line(error)
    entry.update(status="ok", duration_s=time.perf_counter() - start, finished=time.time(),
                 peak_mb=used.peak_mb, delta_mb=used.delta_mb)
    return model, None


@dataclass
class FileStages:
    """What the stages after the export need, all of it picklable: the settings, the folder they
    write into, the model they start from, the model's class (the fusions' model type) and the
    invocation's inputs by the exported graph's input names (a static quantization's calibration)."""

    settings: BuildSettings
    folder: Path
    model_path: Path
    model_class: str
    feeds: dict[str, Any] = field(default_factory=dict)

    def run(self, wanted: list[str], tell: Callable[[tuple], None], first_entry: Optional[dict[str, Any]] = None) -> None:
        """Run the ``wanted`` stages in order, telling each one's start (``("started", name,
        entry)``) and end (``("ended", name, entry, model or None, reason or None)``); stops at
        the first failure. The first stage's entry starts as ``first_entry``."""
        actions = {"fusions": self.fusions, "quantize": self.quantize, "optimize": self.optimize, "fp16": self.fp16}
        for index, name in enumerate(wanted):
            entry: dict[str, Any] = dict(first_entry or {}) if index == 0 else {}
            try:
                model, reason = run_stage(name, self.folder, actions[name], entry,
                                          on_start=lambda started: tell(("started", name, started)))
            except OutOfSpace:
                tell(("out_of_space", name))
                return
            tell(("ended", name, entry, model, reason))
            if model is None:
                return
            self.model_path = model

    def optimize(self, entry: dict[str, Any]) -> Path:
        """onnxruntime's offline optimizations, or the graph they were given where they break it."""
        import onnx

        from mlagility.builder.optimize import optimize

        optimized = optimize(self.model_path, self.folder, self.settings.optimization_level)
        try:
            onnx.checker.check_model(str(optimized))
        except onnx.checker.ValidationError as error:
            # onnxruntime optimizes in memory, then serializes; for some graphs with subgraphs
            # (Mask R-CNN's Loop) the file breaks ONNX's rules, and onnxruntime refuses to load it.
            note = (f"optimize left out: onnxruntime's optimizer wrote an invalid graph ({one_line(error, 160)}); "
                    "the exported graph is measured, and onnxruntime optimizes it as it loads")
            print(note, flush=True)
            for written in self.folder.glob(f"{optimized.name}*"):
                written.unlink()
            entry["left_out"] = note
            return self.model_path
        return optimized

    def fusions(self, entry: dict[str, Any]) -> Path:
        """onnxruntime's transformer fusions for the model's type (which ones it found, in the entry)."""
        from mlagility.builder.fusions import fuse, model_type

        entry["model_type"] = model_type(self.model_class)
        fused, entry["fused"], mended = fuse(self.model_path, self.folder, self.model_class)
        if mended:
            entry["mended"] = mended
        return fused

    def quantize(self, entry: dict[str, Any]) -> Path:
        """onnxruntime's quantization of the build so far (a static one calibrated on the invocation's inputs)."""
        from mlagility.builder.quantize import quantize

        quantized, left_out = quantize(self.model_path, self.folder, self.settings.quantize, self.feeds)
        if left_out:
            entry["left_out"] = left_out
        return quantized

    def fp16(self, entry: dict[str, Any]) -> Path:
        """The model with float16 weights and ops (onnxruntime's converter)."""
        from mlagility.builder.fp16 import to_fp16

        return to_fp16(self.model_path, self.folder)


# The build process's name as the system shows it (15 characters at most on Linux): the job's
# memory watch (engine/runner.py) looks for it, to stop a build that takes the worker past
# memory_limit_gb rather than the worker with every build after it. Until it is handed its build
# it has another name: stopping it then would spare none of the worker's memory.
BUILD_PROCESS_NAME = "mlagility-build"
WAITING_PROCESS_NAME = "mlagility-wait"
# What each stage imports, imported by the build process while the worker exports.
STAGE_IMPORTS = {
    "optimize": ("onnx", "onnxruntime"),
    "fusions": ("onnx", "onnxruntime.transformers.optimizer"),
    "quantize": ("onnx", "onnxruntime.quantization"),
    "fp16": ("onnx", "onnxruntime.transformers.float16"),
}
# What that watch stops a build process with: its default action ends the process, even inside a
# library's C code, and nothing else sends it, so the build's end says why.
MEMORY_STOP_SIGNAL = signal.SIGUSR1
PR_SET_NAME = 15  # <linux/prctl.h>


def name_this_process(name: str) -> None:
    """Give this process ``name`` where the system lists it (psutil's ``name()``; Linux only)."""
    if sys.platform == "linux":
        ctypes.CDLL(None, use_errno=True).prctl(PR_SET_NAME, name.encode()[:15])


# The build process's working directory, inside the build being made and removed once it exits:
# a failed symbolic shape inference in onnxruntime's quantization pre-processing leaves a
# <uuid>.data file in the working directory, which was the directory the tool was run from.
SCRATCH = "scratch"


def _import_for(wanted: list[str]) -> dict[str, float]:
    """Import what the ``wanted`` stages import; when it started and ended (wall time) and how long
    it took. A library that fails to import is left to its stage, whose failure gives the error."""
    started, clock = time.time(), time.perf_counter()
    for module in sorted({name for stage in wanted for name in STAGE_IMPORTS[stage]}):
        with contextlib.suppress(Exception):
            importlib.import_module(module)
    return {"imports_started": started, "imports_s": time.perf_counter() - clock, "imports_ended": time.time()}


def _child(wanted: list[str], builds, connection) -> None:
    """The child process: import the stages' libraries, wait for the build (none comes when the
    export fails), then run the stages in the build's scratch folder, each message sent as it
    comes. The scratch folder is its temporary folder too: onnxruntime's quantizer writes a copy
    of the model into a temporary folder (``pre.quant.*``, as large as the model), which a child
    killed mid-stage (past its time limit, out of memory) left in /tmp."""
    name_this_process(WAITING_PROCESS_NAME)
    try:
        imports = _import_for(wanted)
        try:
            stages, handed = builds.recv()
        except EOFError:
            return
        # A build handed over before the imports ended waited for them: that is its first stage's time too.
        imports["imports_waited_s"] = max(0.0, imports.pop("imports_ended") - handed)
        name_this_process(BUILD_PROCESS_NAME)
        scratch = stages.folder / SCRATCH
        scratch.mkdir(exist_ok=True)
        os.chdir(scratch)
        os.environ["TMPDIR"] = tempfile.tempdir = str(scratch)
        stages.run(wanted, connection.send, first_entry=imports)
    finally:
        connection.close()


def died_because(exitcode: Optional[int]) -> str:
    """How the child ended, in words: ``SIGKILL (out of memory? the kernel's OOM killer sends
    SIGKILL)``, ``SIGSEGV``, ``exit code 1``."""
    if exitcode is not None and exitcode < 0:
        name = signal.Signals(-exitcode).name
        return name + (" (out of memory? the kernel's OOM killer sends SIGKILL)" if name == "SIGKILL" else "")
    return f"exit code {exitcode}"


class BuildProcess:
    """The spawned child that runs a build's stages after the export. Start it before the export
    (it imports the ``wanted`` stages' libraries meanwhile), then hand it the build with ``run``;
    leaving its ``with`` block ends a child that was never handed one (the export failed)."""

    def __init__(self, wanted: list[str]):
        self.wanted = list(wanted)
        context = multiprocessing.get_context("spawn")
        self._messages, sending = context.Pipe(duplex=False)
        receiving_build, self._builds = context.Pipe(duplex=False)
        self._child = context.Process(target=_child, args=(self.wanted, receiving_build, sending),
                                      name=BUILD_PROCESS_NAME, daemon=True)
        self._child.start()
        sending.close()  # the child's ends: EOF on either side once the other has gone
        receiving_build.close()

    def __enter__(self) -> "BuildProcess":
        return self

    def __exit__(self, *exc_info) -> None:
        if self._child.is_alive():
            self._child.kill()
        self._child.join()
        self._builds.close()
        self._messages.close()

    def run(self, stages: FileStages, on_message: Callable[[tuple], None],
            stage_timeout_s: Optional[float] = None) -> None:
        """Run ``stages`` in the child, handing each of its messages to ``on_message`` as it
        arrives. When the child dies before its stages are done (in one, or while it starts), the
        stage it was in or about to begin ends failed, and the reason says how it died. A stage
        running longer than ``stage_timeout_s`` has the child killed, and fails so."""
        with contextlib.suppress(OSError):  # a child that died while it started: told below
            self._builds.send((stages, time.time()))
        self._builds.close()
        receiving, child, wanted = self._messages, self._child, self.wanted
        entries: dict[str, dict[str, Any]] = {}
        done, failed, overran = 0, False, False
        stage_deadline = None  # of the stage running now
        try:
            while True:
                wait = None if stage_deadline is None else max(0.0, stage_deadline - time.monotonic())
                if not receiving.poll(wait):
                    overran = True
                    child.kill()
                    break
                try:
                    message = receiving.recv()
                except EOFError:
                    break
                kind, name = message[:2]
                if kind == "started":
                    entries[name] = message[2]
                    stage_deadline = None if stage_timeout_s is None else time.monotonic() + stage_timeout_s
                elif kind == "ended":
                    done, failed, stage_deadline = done + 1, message[3] is None, None
                on_message(message)
        finally:
            receiving.close()
            child.join()
            shutil.rmtree(stages.folder / SCRATCH, ignore_errors=True)
        if not failed and done < len(wanted):
            name = wanted[done]
            entry = entries.get(name) or {"status": "running", "log": f"{name}.log", "started": time.time()}
            if overran:
                reason = (f"{name} ran past build.stage_timeout={stage_timeout_s:g} s, and its build process was "
                          "killed; raise build.stage_timeout to allow more")
            elif child.exitcode == -MEMORY_STOP_SIGNAL:
                reason = (f"{name} took the worker past memory_limit_gb, and its build process was stopped (the "
                          "job's log says how much they used); raise memory_limit_gb to allow more")
            else:
                reason = f"the build process died of {died_because(child.exitcode)}"
            entry.update(status="failed", duration_s=time.time() - entry["started"], reason=reason)
            on_message(("ended", name, entry, None, reason))
