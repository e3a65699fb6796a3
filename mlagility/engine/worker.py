"""The worker: runs one model script as ``__main__``, unchanged, then benchmarks what it called.

It runs in its own process (see runner.py). Records go back to the parent through a pipe as
soon as each one is made, so a worker that dies later loses none of them.
"""

from __future__ import annotations

import dataclasses
import os
import random
import runpy
import shlex
import socket
import sys
import time
import traceback
import urllib.error
from multiprocessing.connection import Connection
from dataclasses import dataclass
from pathlib import Path
from typing import Callable, Optional

import numpy as np
import onnxruntime  # noqa: F401  (imported here so the forkserver preloads it)
import torch

from mlagility import host, memory, parser, records
from mlagility.analysis.discovery import Discovery, onnx_invocation
from mlagility.analysis.generation import positions_hint
from mlagility.common.output import error_chain, one_line, redirected_output
from mlagility.engine.messages import Message
from mlagility.engine.benchmark import OnSamples, benchmark_invocation, invocation_record, makes_records
from mlagility.engine.task import ScriptTask
from mlagility.invocation import Invocation
from mlagility.measurement import Measurement

HUB_HINT = (
    "the script reached for a model hub, and this run is offline (HF_HUB_OFFLINE=1): "
    "build the model from its config with random weights instead"
)
NETWORK_HINT = (
    "the script reached for the network (weights or data by URL), and benchmark runs are offline: "
    "build the model with random weights and make its inputs in the script instead"
)


def seed_everything(seed: int = 0) -> None:
    """Same random weights and inputs on every run, so builds are found again in the cache."""
    random.seed(seed)
    np.random.seed(seed)
    torch.manual_seed(seed)


def network_errors() -> tuple[type[BaseException], ...]:
    """The exception types of a failed network access: the standard library's, and those of the
    HTTP clients the script has imported (requests' ConnectionError is an OSError but not a
    builtin ConnectionError; httpx's TransportError is neither)."""
    kinds: list[type[BaseException]] = [urllib.error.URLError, socket.gaierror, socket.herror, ConnectionError]
    if "requests" in sys.modules:
        kinds.append(sys.modules["requests"].exceptions.ConnectionError)
    if "httpx" in sys.modules:
        kinds.append(sys.modules["httpx"].TransportError)
    return tuple(kinds)


def script_failure_reason(error: BaseException) -> str:
    """A script's error as a record's reason; a failed download gets the hint that runs are
    offline (the hub's own hint for the Hugging Face hub, the general one for any other address)."""
    text = f"{type(error).__name__}: {error}".lower()
    if "offline" in text or "huggingface.co" in text or "hf_hub" in text:
        return f"{HUB_HINT} ({one_line(error)})"
    # The error or one that led to it, e.g. a library's own error raised while handling a gaierror.
    if any(isinstance(link, network_errors()) for link in error_chain(error)):
        return f"{NETWORK_HINT} ({one_line(error)})"
    return one_line(error)


@dataclass
class ScriptRun:
    """What running a script under discovery gave: the invocations it made, the error it raised
    (None if none), the seconds it ran and what it did to the worker's memory."""

    discovery: Discovery
    error: Optional[BaseException]
    seconds: float
    memory: memory.PhaseMemory


def run_script(task: ScriptTask, on_invocation: Optional[Callable[[Invocation], None]] = None) -> ScriptRun:
    """Run the script under discovery (``on_invocation`` sees each invocation as it is found)."""
    script = str(Path(task.script).resolve())
    sys.path.insert(0, str(Path(script).parent))
    sys.argv = [script, *shlex.split(task.config.script_args)]
    seed_everything()
    error = None
    # Running the script is work: it waits while another job of the tool times a model.
    with host.tool_lock(task.cache_dir).working(), parser.injected(task.parameters), \
            Discovery(script, task.config.max_depth, on_invocation, task.config.max_invocations) as discovery, \
            memory.phase() as used:
        started = time.perf_counter()
        try:
            runpy.run_path(script, run_name="__main__")
        except SystemExit as exit_:
            if exit_.code not in (0, None):
                error = exit_
        except BaseException as raised:  # the script's failure is a record, never the tool's crash
            error = raised
            traceback.print_exc()
        seconds = time.perf_counter() - started
    return ScriptRun(discovery, error, seconds, used)


def work(task: ScriptTask, connection: Connection) -> None:
    """Worker entry point: run ``task`` and send through ``connection`` a DISCOVERED notice for
    each invocation as soon as it is found, then each record as it is made (see runner.py)."""
    os.environ.update({key: str(value) for key, value in task.config.env.items()})

    def send(record: records.Record) -> None:
        connection.send((Message.RECORD, record.to_dict()))

    def begin(stage: str) -> None:
        connection.send((Message.STAGE, stage))

    def keep_samples(measurement_id: str, measurement: Measurement) -> None:
        connection.send((Message.SAMPLES, {"measurement_id": measurement_id, "round_calls": measurement.round_calls,
                                           "latencies_s": measurement.samples_s}))

    def notify(invocation: Invocation) -> None:
        # The record the parent writes for this invocation if the worker dies before its own.
        if wanted(task, invocation):
            connection.send((Message.DISCOVERED, invocation_record(task, invocation).to_dict()))

    with redirected_output(task.log_path):
        if task.header_error:
            send(_script_record(task, records.SCRIPT_ERROR, task.header_error))
        elif task.script.endswith(".onnx"):
            invocation = onnx_invocation(Path(task.script), task.parameters["batch_size"])
            notify(invocation)
            for record in benchmark_invocation(task, invocation, begin, keep_samples):
                send(record)
        else:
            run_and_benchmark(task, send, notify, begin, keep_samples)
    connection.close()


def wanted(task: ScriptTask, invocation: Invocation) -> bool:
    """Whether the task benchmarks this invocation: all of them, unless only_hashes picks some, but
    a generate call only where it makes records (see :func:`makes_records`)."""
    picked = not task.config.only_hashes or bool(set(task.config.only_hashes) & {invocation.invocation_hash, invocation.model_hash})
    return picked and makes_records(task, invocation)


def run_and_benchmark(task: ScriptTask, send: Callable[[records.Record], None],
                      notify: Callable[[Invocation], None], begin: Callable[[str], None],
                      keep_samples: Optional[OnSamples] = None) -> None:
    """Run a model script, then benchmark every invocation it made; script-level outcomes (an
    error, no model found) are records too. ``begin`` is told each stage as it starts,
    ``keep_samples`` each measurement's latencies."""
    begin("running script")
    ran = run_script(task, notify)
    discovery, error = ran.discovery, ran.error
    send = noting_script_run(send, task, ran)
    invocations = [i for i in discovery.invocations if wanted(task, i)]
    for invocation in invocations:
        for record in benchmark_invocation(task, invocation, begin, keep_samples):
            send(record)
    if error is not None:
        reason = (
            f"script exited with code {error.code}" if isinstance(error, SystemExit) else script_failure_reason(error)
        )
        hint = positions_hint([i.model for i in discovery.invocations if i.model is not None], task.parameters)
        send(_script_record(task, records.SCRIPT_ERROR, "; ".join(filter(None, [reason, hint]))))
    elif not discovery.invocations:
        send(_script_record(task, records.NO_MODEL_FOUND,
                            "the script called no torch.nn.Module with parameters"))
    elif not invocations:
        found = ", ".join(f"{i.variable}::{i.invocation_hash}" for i in discovery.invocations)
        send(_script_record(task, records.NO_MODEL_FOUND,
                            f"no invocation matches {', '.join(task.config.only_hashes)}; found {found}"))


def noting_script_run(send: Callable[[records.Record], None], task: ScriptTask,
                      ran: ScriptRun) -> Callable[[records.Record], None]:
    """``send`` that writes on each record how long the script ran, its memory, and how many
    invocations it made past max_invocations (counted, not measured), saying so in its reason
    when there are any."""
    discovery = ran.discovery
    skipped = len(discovery.skipped)
    note = (f"max_invocations={task.config.max_invocations} reached: {skipped} more invocation(s) of this script "
            f"({discovery.skipped_calls} call(s)) counted, not measured") if skipped else ""

    def send_noted(record: records.Record) -> None:
        send(dataclasses.replace(record, script_s=ran.seconds, invocations_skipped=skipped, **ran.memory.fields("script"),
                                 reason="; ".join(filter(None, [record.reason, note]))))

    return send_noted


def _script_record(task: ScriptTask, status: str, reason: str) -> records.Record:
    return dataclasses.replace(task.worker_record(), status=status, reason=reason)
