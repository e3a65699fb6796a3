"""The timed window on real models: it waits for other jobs' work, runtimes of one invocation
are timed together in rounds, and every session is closed with its threads released."""

from __future__ import annotations

import runpy
import time

import psutil

from conftest import REPO
from mlagility import config, parser
from mlagility.analysis.discovery import Discovery
from mlagility.builder import cache as builds
from mlagility.engine.benchmark import first_call
from mlagility.engine.job import build_variants
from mlagility.runtimes.options import OrtOptions, TorchOptions
from mlagility.runtimes.ort import OnnxRuntime
from mlagility.runtimes.torch_eager import TorchEager
from test_host import hold

# The build the default config asks for on cpu.
[DEFAULT_BUILD] = build_variants(config.validate(config.compose(), check_device=False))

LINEAR = ["corpus=selftest", "corpus.include=[linear.py]"]


def linear_invocation():
    script = str(REPO / "models" / "selftest" / "linear.py")
    with parser.injected({"batch_size": 1}), Discovery(script) as discovery:
        runpy.run_path(script, run_name="__main__")
    [invocation] = discovery.invocations
    return invocation


def test_a_runtime_is_prepared_with_one_call_whose_outputs_are_the_ones_checked():
    """The first call is timed (first_call_ms) and its outputs are compared with eager torch's:
    calling the model again for them cost a slow model a second call before its warm-up (BERT-base:
    0.13 s of a cold run)."""
    invocation = linear_invocation()
    calls = []
    invocation.model.register_forward_hook(lambda module, args, output: calls.append(output.detach().clone()))
    called = first_call(TorchEager(TorchOptions(), "cpu"), invocation, None)
    try:
        assert len(calls) == 1
        [outputs] = called.outputs
        assert (outputs == calls[0].double().numpy()).all()
        assert called.first_call_ms > 0
    finally:
        called.session.close()


def test_closing_an_ort_session_releases_its_threads(tmp_path):
    invocation = linear_invocation()
    build = builds.get_build(invocation, DEFAULT_BUILD, tmp_path, "linear", {})
    process = psutil.Process()
    before = process.num_threads()
    session = OnnxRuntime(OrtOptions(intra_op_num_threads=4), "cpu").prepare(invocation, str(build.model_path))
    session.run()
    assert process.num_threads() >= before + 3  # onnxruntime's intra-op pool
    session.close()
    assert process.num_threads() == before


def test_a_prepared_ort_session_waiting_for_its_round_uses_no_cpu(tmp_path):
    """Runtimes timed in interleaved rounds stay prepared between their turns: onnxruntime's
    pool must go to sleep rather than spin while another runtime is timed."""
    invocation = linear_invocation()
    build = builds.get_build(invocation, DEFAULT_BUILD, tmp_path, "linear", {})
    session = OnnxRuntime(OrtOptions(intra_op_num_threads=2), "cpu").prepare(invocation, str(build.model_path))
    try:
        for _ in range(1000):
            session.run()
        time.sleep(0.2)  # past any spin-wait after the last call
        process = psutil.Process()
        before = sum(process.cpu_times()[:2])
        time.sleep(1.0)
        assert sum(process.cpu_times()[:2]) - before < 0.05
    finally:
        session.close()


def test_a_job_times_only_once_other_work_on_the_host_is_done(run, cache_dir, tmp_path):
    # Another job's step of work (here: a process holding the host shared for 8 s).
    worker = hold(cache_dir / "locks", "working", 8, tmp_path / "working")
    started = time.time()
    [record] = run(*LINEAR, "runtime=ort")
    worker.wait()
    assert record.status == "ok", record.reason
    done = (tmp_path / "working.done").stat().st_mtime
    assert record.measure_start >= done, "timed while another job was working"
    assert record.measure_wait_s > 0.5 and record.measure_start - started >= 7


def test_runtimes_of_one_invocation_are_timed_together_in_rounds(run):
    ort, eager = sorted(run(*LINEAR, "runtime=[ort,torch-eager]", "measure.rounds=3"), key=lambda r: r.runtime)
    assert (ort.runtime, eager.runtime) == ("ort", "torch-eager")
    assert ort.pair_id and ort.pair_id == eager.pair_id
    assert len(ort.round_medians_ms) == len(eager.round_medians_ms) == 3
    # Interleaved: each runtime's window spans the other's.
    assert ort.measure_start < eager.measure_start < ort.measure_end < eager.measure_end
    for record in (ort, eager):
        assert 0 <= record.host_busy <= 1 and isinstance(record.contended, bool)
        assert record.measure_attempts == 1


def test_a_single_runtime_is_not_paired(run):
    [record] = run(*LINEAR, "runtime=ort")
    assert record.pair_id == "" and len(record.round_medians_ms) == 1
