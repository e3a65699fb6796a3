"""Builds and runtimes on real models: export, optimize, fp16, the cache and its rules, and
every runtime's outputs checked against eager torch."""

import json
import os
import subprocess
import sys
import time
from pathlib import Path
from types import SimpleNamespace

import pytest
from conftest import QUICK, REPO, scripts_corpus

from mlagility import config
from mlagility.builder.cache import builds_dir, fingerprint, intact, read_state

LINEAR = ["corpus=selftest", "corpus.include=[linear.py]"]


def state_of(cache_dir, record):
    return read_state(builds_dir(cache_dir) / record.build_name)


def test_linear_through_export_optimize_fp16_matches_eager(run, cache_dir):
    [record] = run(*LINEAR, "runtime=ort", "build.fp16=true")
    assert record.status == "ok", record.reason
    assert record.build_dtype == "float16" and record.tolerance == 1e-2
    assert 0 < record.max_rel_error < 1e-2
    state = state_of(cache_dir, record)
    assert [s for s in state["stages"]] == ["export", "optimize", "fp16"]
    assert all(stage["status"] == "ok" and stage["duration_s"] > 0 for stage in state["stages"].values())
    assert state["model"] == "model.fp16.onnx" and state["onnx_opset"] >= 18
    assert state["op_histogram"] and state["files"]["model.opt.onnx"] > 0
    # The export is a build of its own, read in place: its weights are in a file beside its graph.
    assert read_state(builds_dir(cache_dir) / state["stages"]["export"]["build"])["files"]["model.onnx.data"] > 0
    assert record.export_s > 0 and record.optimize_s > 0 and record.fp16_s > 0 and record.load_s > 0


def test_the_build_process_imports_its_stages_libraries_while_the_export_runs(run, cache_dir):
    """A cold build paid onnx's and onnxruntime's imports (0.7 s here, 1.3 s with the fusions')
    after the export, in a build process spawned only then. It is now spawned before the export
    and imports them meanwhile, so the first stage after the export starts with them done. Where
    the export is already made (a second variant), the build waits for the imports, and that wait
    is the stage's time in the record."""
    [record] = run(*LINEAR, "runtime=ort")
    stages = state_of(cache_dir, record)["stages"]
    export, optimize = stages["export"], stages["optimize"]
    assert optimize["imports_s"] > 0
    assert optimize["imports_started"] < export["finished"] <= optimize["started"]
    assert record.optimize_s == pytest.approx(optimize["duration_s"] + optimize["imports_waited_s"])

    [fused] = run(*LINEAR, "runtime=ort", "build.fusions=[true]")
    fusions = state_of(cache_dir, fused)["stages"]["fusions"]
    assert fusions["imports_waited_s"] > 0.1  # handed its build at once, before onnx was imported
    assert fused.fusions_s == pytest.approx(fusions["duration_s"] + fusions["imports_waited_s"])


def test_fp32_is_the_cpu_default_and_within_the_fp32_tolerance(run):
    [record] = run(*LINEAR, "runtime=ort")
    assert record.status == "ok" and record.build_dtype == "float32"
    assert record.max_rel_error <= 1e-4 and record.tolerance == 1e-4


def test_second_run_hits_the_cache_and_rebuild_always_exports_again(run, cache_dir):
    [first] = run(*LINEAR, "runtime=ort")
    started = state_of(cache_dir, first)["stages"]["export"]["started"]
    [second] = run(*LINEAR, "runtime=ort")
    assert (first.build_cached, second.build_cached) == (False, True)
    assert second.build_name == first.build_name
    assert state_of(cache_dir, second)["stages"]["export"]["started"] == started
    [third] = run(*LINEAR, "runtime=ort", "rebuild=always")
    assert third.build_cached is False
    assert state_of(cache_dir, third)["stages"]["export"]["started"] > started


def test_batch_size_and_opset_make_new_builds(run, cache_dir):
    [base] = run(*LINEAR, "runtime=ort")
    [batched] = run(*LINEAR, "runtime=ort", "batch_size=4")
    [opset] = run(*LINEAR, "runtime=ort", "build.onnx_opset=18")
    assert len({base.build_name, batched.build_name, opset.build_name}) == 3
    assert opset.onnx_opset == 18 and state_of(cache_dir, opset)["onnx_opset"] == 18


def test_opset_from_the_environment(monkeypatch, cache_dir):
    monkeypatch.setenv("MLAGILITY_ONNX_OPSET", "17")
    assert config.compose([]).build.onnx_opset == 17


def flip_last_byte(path):
    data = bytearray(path.read_bytes())
    data[-1] ^= 0xFF
    path.write_bytes(bytes(data))


DAMAGES = {
    "missing state": lambda folder: (folder / "state.json").unlink(),
    "torn state": lambda folder: (folder / "state.json").write_text('{"status": "ok", "sta'),
    "state is a list": lambda folder: (folder / "state.json").write_text("[]"),
    "state is a string": lambda folder: (folder / "state.json").write_text('"oops"'),
    "missing model": lambda folder: (folder / "model.opt.onnx").unlink(),
    "truncated model": lambda folder: os.truncate(folder / "model.opt.onnx", 464),
    "emptied weights": lambda folder: os.truncate(folder / "model.opt.onnx.data", 0),
    "same size, other bytes": lambda folder: flip_last_byte(folder / "model.opt.onnx.data"),
}


# CI runs one damage of each kind (the state, the graph, the weights); the ones that take the same
# path as another (a list or a string for a state, a missing model for a truncated one) are slow.
SAME_PATH_AS_ANOTHER = {"state is a string", "missing state", "missing model"}


@pytest.mark.parametrize("damage", [pytest.param(d, marks=pytest.mark.slow) if d in SAME_PATH_AS_ANOTHER else d
                                    for d in DAMAGES])
def test_a_damaged_cache_entry_is_rebuilt(run, cache_dir, damage):
    twolayer = ["corpus=selftest", "corpus.include=[twolayer.py]"]  # its optimized weights are a file of their own
    [first] = run(*twolayer, "runtime=ort")
    folder = builds_dir(cache_dir) / first.build_name
    DAMAGES[damage](folder)
    [second] = run(*twolayer, "runtime=ort")
    assert second.status == "ok" and second.build_cached is False
    assert (folder / "model.opt.onnx").exists() and read_state(folder)["status"] == "ok"


def bytes_read_by(action) -> int:
    """The bytes this process read from files (or the page cache) while ``action`` ran."""
    def read_chars() -> int:
        return int(dict(line.split(": ") for line in Path("/proc/self/io").read_text().splitlines())["rchar"])
    before = read_chars()
    action()
    return read_chars() - before


def test_a_cached_build_untouched_since_it_was_made_is_trusted_without_reading_its_weights(tmp_path):
    """A warm run checked every artifact's sha256: 0.5 s of reading for BERT-base's 440 MB here,
    and more for a larger model. A file with the size and modification time it was built with is as built;
    one touched since (copied without its times, rewritten) is read and its sha256 checked."""
    weights = tmp_path / "model.onnx.data"
    weights.write_bytes(os.urandom(32 << 20))
    artifacts = {weights.name: fingerprint(weights)}
    assert bytes_read_by(lambda: intact(tmp_path, artifacts)) < 1 << 20
    assert intact(tmp_path, artifacts)

    later = weights.stat().st_mtime_ns + 10**9
    os.utime(weights, ns=(later, later))  # a copy that kept the bytes, not the times: read, still intact
    assert bytes_read_by(lambda: intact(tmp_path, artifacts)) >= 32 << 20
    assert intact(tmp_path, artifacts)

    flip_last_byte(weights)  # the same size, other bytes
    assert not intact(tmp_path, artifacts)


def test_an_invocation_s_weights_are_fingerprinted_once_for_all_its_builds(tmp_path, monkeypatch):
    """The cache key of every build (the shared export and each variant) fingerprinted the
    weights again: 0.55 s a time for BERT-base in a cold run here. The weights cannot change
    between one invocation's builds, so its fingerprint is taken once."""
    import dataclasses

    from mlagility import invocation as invocations
    from mlagility.builder import cache as builds
    from mlagility.engine.worker import seed_everything
    from test_timed_window import DEFAULT_BUILD, linear_invocation

    read = []
    fingerprint_weights = invocations.weights_fingerprint
    monkeypatch.setattr(invocations, "weights_fingerprint", lambda model: read.append(model) or fingerprint_weights(model))
    seed_everything()
    invocation = linear_invocation()
    fused = dataclasses.replace(DEFAULT_BUILD, fusions=True)
    made = [builds.get_build(invocation, settings, tmp_path, "linear", {}) for settings in (DEFAULT_BUILD, fused)]
    assert all(build.ok and not build.cached for build in made)
    assert read == [invocation.model]
    # A fresh invocation of the same model (another run) is fingerprinted again, and finds its build.
    seed_everything()
    again = linear_invocation()
    assert builds.get_build(again, DEFAULT_BUILD, tmp_path, "linear", {}).cached
    assert read == [invocation.model, again.model]


def test_rebuild_never_reuses_whatever_is_there(run, cache_dir):
    [first] = run(*LINEAR, "runtime=ort")
    state = read_state(builds_dir(cache_dir) / first.build_name)
    state["key"] = "stale"
    (builds_dir(cache_dir) / first.build_name / "state.json").write_text(json.dumps(state))
    [kept] = run(*LINEAR, "runtime=ort", "rebuild=never")
    assert kept.build_cached is True
    [rebuilt] = run(*LINEAR, "runtime=ort")
    assert rebuilt.build_cached is False


def test_two_processes_building_the_same_invocation_make_one_build(tmp_path, cache_dir):
    command = [sys.executable, "-m", "mlagility", *QUICK, *LINEAR, f"cache_dir={cache_dir}", "build.stop_after=build"]
    jobs = [subprocess.Popen([*command, f"hydra.run.dir={tmp_path / str(i)}"], cwd=REPO,
                             stdout=subprocess.DEVNULL, stderr=subprocess.PIPE) for i in range(2)]
    for job in jobs:
        assert job.wait(timeout=300) == 0, job.stderr.read()
    records = [json.loads((tmp_path / str(i) / "results.jsonl").read_text()) for i in range(2)]
    assert [r["status"] for r in records] == ["built", "built"]
    assert sorted(r["build_cached"] for r in records) == [False, True]
    folders = [p.name for p in builds_dir(cache_dir).iterdir() if not p.name.startswith(".")]
    [export] = {read_state(builds_dir(cache_dir) / r["build_name"])["stages"]["export"]["build"] for r in records}
    assert sorted(folders) == sorted([records[0]["build_name"], export])  # the build, and the export it starts from
    assert all(read_state(builds_dir(cache_dir) / folder)["status"] == "ok" for folder in folders)
    assert not any((builds_dir(cache_dir) / ".staging").iterdir())


def test_a_model_that_cannot_export_is_an_export_error_and_eager_still_measures(run, cache_dir):
    results = {r.runtime: r for r in run(*scripts_corpus("unexportable"), "runtime=[ort,torch-eager]")}
    assert results["ort"].status == "export_error"
    reason = results["ort"].reason
    # The primary exporter's error first, the fallback's second; both tracebacks in the log.
    assert reason.startswith("export failed: ExportFailed: dynamo: ")
    primary = reason[reason.index("dynamo: "):reason.index("; legacy fallback: ")]
    # The error that stopped dynamo, not torch.onnx's generic "step 3/3 ... Next steps" wrapper.
    assert "DispatchError" in primary and "linalg_eig" in primary, primary
    assert results["ort"].log_path.endswith("export.log")
    log = open(results["ort"].log_path).read()
    assert "falling back to the legacy exporter" in log and "linalg_eigvals" in log
    assert log.count("Traceback (most recent call last)") >= 2
    assert results["torch-eager"].status == "ok" and results["torch-eager"].mean_ms > 0


def test_legacy_exporter_is_a_config_choice(run, cache_dir):
    [record] = run(*LINEAR, "runtime=ort", "build.exporter=legacy")
    assert record.status == "ok" and record.exporter == "legacy"


def test_fp16_bert_passes_at_fp16_tolerance_and_fails_a_tighter_one(run):
    bert = [*scripts_corpus("tiny_bert"), "runtime=ort", "build.fp16=true", "max_seq_length=16"]
    [default] = run(*bert)
    assert default.status == "ok", default.reason
    assert default.build_dtype == "float16" and 1e-7 < default.max_rel_error < 1e-2
    [strict] = run(*bert, "accuracy.float16=1e-7")
    assert strict.status == "fail_accuracy"
    assert strict.max_rel_error == pytest.approx(default.max_rel_error)
    assert "above the float16 tolerance 1e-07" in strict.reason


def test_stop_points(run, cache_dir):
    [analyzed] = run(*LINEAR, "build.stop_after=analyze")
    assert analyzed.status == "analyzed" and analyzed.mean_ms is None
    assert not builds_dir(cache_dir).exists()
    [exported] = run(*LINEAR, "build.stop_after=export")
    assert exported.status == "exported"
    assert sorted(read_state(builds_dir(cache_dir) / exported.build_name)["stages"]) == ["export"]
    [built] = run(*LINEAR, "build.stop_after=build")
    assert built.status == "built" and built.optimize_s > 0


def test_lean_cache_keeps_state_and_logs_but_drops_onnx_files(run, cache_dir):
    [record] = run(*LINEAR, "runtime=ort", "lean_cache=true")
    folder = builds_dir(cache_dir) / record.build_name
    names = {p.name for p in folder.iterdir()}
    assert {"state.json", "labels.json", "export.log"} <= names
    assert not any(name.endswith((".onnx", ".onnx.data")) for name in names)


def test_dropping_a_builds_artifacts_deletes_the_tensorrt_engines_trt_cached_in_it(run, cache_dir):
    """trt keeps its engines in a folder of the build (no GPU here: the files are placed where the
    runtime tells TensorRT to write them, under the names onnxruntime gives them)."""
    from mlagility.builder.cache import drop_artifacts
    from mlagility.runtimes.ort import TensorRT
    from mlagility.runtimes.options import TrtOptions

    [built] = run(*LINEAR, "build.stop_after=build")
    folder = builds_dir(cache_dir) / built.build_name
    trt = TensorRT(TrtOptions(), "nvidia")
    trt.model_path = str(folder / state_of(cache_dir, built)["model"])  # as prepare() sets it
    [(_, provider_options), _] = trt.providers()
    engines = Path(provider_options["trt_engine_cache_path"])
    engines.mkdir()
    for suffix in (".engine", ".profile"):
        (engines / f"TensorrtExecutionProvider_TRTKernel_graph_main_graph_0_0_0_fp16_sm90{suffix}").write_bytes(b"x" * 1024)
    kept = {"state.json", "labels.json", "export.log"}
    assert kept <= {p.name for p in folder.iterdir()}
    drop_artifacts(folder)
    assert not engines.exists()
    assert kept <= {p.name for p in folder.iterdir()}
    assert not any(p.name.endswith((".onnx", ".onnx.data")) for p in folder.iterdir())


def test_torch_compiled_reports_compile_time_apart(run):
    [record] = run(*LINEAR, "runtime=torch-compiled")
    assert record.status == "ok", record.reason
    assert record.load_s > 10 * record.first_call_ms / 1e3
    assert record.max_rel_error <= 1e-4


def test_every_record_has_latency_statistics_and_flops(run):
    for record in run("corpus=selftest", "corpus.include=[two_shapes.py]", "runtime=[ort,torch-eager]"):
        assert record.status == "ok"
        assert record.min_ms <= record.median_ms <= record.p90_ms <= record.p99_ms <= record.max_ms
        assert record.std_ms >= 0 and record.cv >= 0 and isinstance(record.stable, bool)
        assert record.flops > 0 and record.gflops_per_s > 0 and record.timed_peak_mb > 0
        assert record.peak_gpu_mb is None and record.gpu_used_mb is None  # no GPU figure on cpu
        assert record.measure_end > record.measure_start > time.time() - 600


def test_flops_are_counted_once_per_invocation_and_then_read_from_the_cache(run, cache_dir):
    [first] = run(*LINEAR, "runtime=torch-eager")
    assert first.flops == 2 * 10 * 10  # one 10x10 matmul on a batch of 1 (torch counts no bias adds)
    [kept] = (cache_dir / "flops").iterdir()
    written = kept.stat().st_mtime_ns
    [again] = run(*LINEAR, "runtime=torch-eager")
    assert again.flops == first.flops
    assert kept.stat().st_mtime_ns == written


def onnx_outputs(cache_dir, record):
    """The output names of a record's ONNX graph (its weights left unread)."""
    import onnx

    model = onnx.load(str(builds_dir(cache_dir) / record.build_name / state_of(cache_dir, record)["model"]),
                      load_external_data=False)
    return [output.name for output in model.graph.output]


def test_models_returning_a_transformers_cache_export_with_the_cache_as_outputs(run, cache_dir):
    """gpt2 returns a DynamicCache and bart an EncoderDecoderCache (use_cache defaults to true):
    dynamo exports them, the cache's key and value tensors become graph outputs, and they are
    checked against eager's like any other output."""
    results = run(*scripts_corpus("tiny_gpt2", "tiny_bart"), "max_seq_length=8", "runtime=[ort,torch-eager]")
    assert {(r.script, r.runtime): r.status for r in results} == {
        (script, runtime): "ok" for script in ("tiny_gpt2.py", "tiny_bart.py") for runtime in ("ort", "torch-eager")
    }, [r.reason for r in results]
    ort = {r.script: r for r in results if r.runtime == "ort"}
    assert {r.exporter for r in ort.values()} == {"dynamo"}
    # gpt2: the hidden state and a key and a value per layer (2 layers).
    assert len(onnx_outputs(cache_dir, ort["tiny_gpt2.py"])) == 1 + 2 * 2
    # bart: decoder state, self- and cross-attention keys and values (1 layer), encoder state.
    assert len(onnx_outputs(cache_dir, ort["tiny_bart.py"])) == 1 + 4 + 1


def test_parametrized_models_get_an_eager_reference_and_flops(run):
    """weight_norm, spectral_norm and a custom parametrization, in plain torch and in wav2vec2:
    the eager reference runs under FlopCounterMode, and every runtime is checked against it."""
    results = run(*scripts_corpus("parametrized", "tiny_wav2vec2"), "max_audio_seq_length=800",
                  "runtime=[ort,torch-eager]")
    assert sorted((r.script, r.runtime) for r in results) == [
        (script, runtime) for script in ("parametrized.py", "tiny_wav2vec2.py") for runtime in ("ort", "torch-eager")
    ]
    for record in results:
        assert record.status == "ok", record.reason
        assert record.flops > 0 and record.max_rel_error <= record.tolerance
        assert record.nondeterministic is False and record.eager_rel_error == 0


def test_a_nondeterministic_model_is_recorded_and_judged_against_eager_itself(run):
    """A model that samples differs from itself: each runtime's error is held to how far eager
    strays from eager, and torch-eager never fails against itself."""
    results = {r.runtime: r for r in run(*scripts_corpus("samples"), "runtime=[ort,torch-eager]")}
    eager = results["torch-eager"]
    assert eager.nondeterministic is True and eager.eager_rel_error > 1e-2
    assert eager.status == "ok" and eager.tolerance == 2 * eager.eager_rel_error
    assert 0 < eager.max_rel_error <= eager.tolerance
    assert "nondeterministic model" in eager.reason
    assert results["ort"].nondeterministic is True


def test_when_the_eager_reference_fails_every_runtime_still_gets_its_record(run):
    results = {r.runtime: r for r in run(*scripts_corpus("train_mode_only"), "runtime=[ort,torch-eager]")}
    assert set(results) == {"ort", "torch-eager"}
    assert results["torch-eager"].status == "runtime_error"
    assert "no inference path" in results["torch-eager"].reason
    assert results["ort"].status == "export_error"
    assert "no inference path" in results["ort"].reason


def test_weights_scattered_one_file_each_are_gathered_into_the_one_data_file(tmp_path):
    """Past 2 GB the legacy exporter writes one file per weight; export gathers them into
    ``model.onnx.data``, the file every later stage and the cache expect, and the model still
    computes what torch does."""
    import numpy as np
    import onnx
    import onnxruntime
    import torch

    from mlagility.builder.export import gather_weights

    model = torch.nn.Sequential(torch.nn.Linear(16, 32), torch.nn.ReLU(), torch.nn.Linear(32, 8)).eval()
    x = torch.rand(2, 16)
    path = tmp_path / "model.onnx"
    torch.onnx.export(model, (x,), str(path), dynamo=False, input_names=["x"])
    onnx.save_model(onnx.load(str(path)), str(path), save_as_external_data=True, all_tensors_to_one_file=False,
                    size_threshold=0)
    assert len(os.listdir(tmp_path)) > 2  # the graph and one file per weight

    gather_weights(path)
    assert sorted(os.listdir(tmp_path)) == ["model.onnx", "model.onnx.data"]
    [got] = onnxruntime.InferenceSession(str(path)).run(None, {"x": x.numpy()})
    np.testing.assert_allclose(got, model(x).detach().numpy(), rtol=1e-5, atol=1e-6)


def test_the_dynamo_export_saves_folded_weights_contiguous_and_still_computes_what_torch_does(tmp_path):
    """torch.onnx's optimizer folds each Linear's weight transpose (a MatMul on 3-D inputs) into a
    strided numpy view, which onnx_ir writes to the file element by element: 2.2 s of BERT-base's
    2.8 s save here. The export gives each a contiguous copy first, and the model still computes
    what torch does."""
    import numpy as np
    import onnxruntime
    import torch

    from mlagility.builder.export import contiguous_initializers, export_dynamo

    def strided(program) -> list[str]:
        return [name for name, value in program.model.graph.initializers.items()
                if isinstance(value.const_value.raw, np.ndarray) and not value.const_value.raw.flags["C_CONTIGUOUS"]]

    model = torch.nn.Sequential(torch.nn.Linear(64, 128), torch.nn.ReLU(), torch.nn.Linear(128, 8)).eval()
    x = torch.rand(1, 16, 64)
    with torch.no_grad():
        program = torch.onnx.export(model, (x,), None, dynamo=True)
    folded = strided(program)
    assert len(folded) == 2  # what torch.onnx gives: if it no longer does, contiguous_initializers can go
    assert contiguous_initializers(program.model) == 2
    assert strided(program) == []

    path = tmp_path / "model.onnx"
    with torch.no_grad():
        export_dynamo(SimpleNamespace(model=model, args=(x,), kwargs={}), path, None)  # what it reads of an invocation
    session = onnxruntime.InferenceSession(str(path))
    [got] = session.run(None, {session.get_inputs()[0].name: x.numpy()})
    np.testing.assert_allclose(got, model(x).detach().numpy(), rtol=1e-5, atol=1e-6)


@pytest.mark.slow
def test_a_model_over_2gb_is_built_with_external_data_at_every_stage(run, cache_dir):
    """2.4 GB of float32 weights, past protobuf's 2 GB limit: export, optimize and fp16 each
    write their weights beside the graph, and the fp16 model still matches eager."""
    [record] = run(*scripts_corpus("over_2gb"), "runtime=ort", "build.fp16=true", "timeout=3000",
                   "memory_limit_gb=20")
    assert record.status == "ok", record.reason
    files = state_of(cache_dir, record)["files"]
    for model in ("model.onnx", "model.opt.onnx", "model.fp16.onnx"):
        assert files[model] < 2**20 and files[f"{model}.data"] > 2**30


@pytest.mark.slow  # Mask R-CNN: 35 s
def test_an_invalid_graph_from_the_optimizer_is_left_out_and_the_exported_one_measured(run, cache_dir):
    """onnxruntime 1.32's offline optimizer writes Mask R-CNN's Loop subgraphs with one name
    assigned twice, and then refuses to load that file (it was a session_error): the build keeps
    the exported graph instead, and the record says why."""
    [record] = run("corpus=torchvision", "corpus.include=[maskrcnn_resnet50_fpn.py]", "height=64", "width=64",
                   "runtime=ort", "timeout=900")
    assert record.status in ("ok", "fail_accuracy"), record.reason  # measured and checked, not refused
    assert record.max_rel_error is not None and record.max_rel_error < 1e-3
    assert record.reason.startswith("optimize left out: onnxruntime's optimizer wrote an invalid graph")
    folder = builds_dir(cache_dir) / record.build_name
    assert read_state(folder)["model"] == "model.onnx" and not list(folder.glob("model.opt.onnx*"))


def test_the_legacy_exporter_leaves_out_keyword_and_trailing_default_arguments(run):
    """transformers 5 wraps forward in decorators that pass use_cache by keyword: the legacy
    exporter must not also fill use_cache's position (Mixtral's fallback failed so: "got multiple
    values for argument 'use_cache'"), nor pass **kwargs as a position."""
    [record] = run(*scripts_corpus("decorated_forward"), "runtime=ort", "build.exporter=legacy")
    assert record.status == "ok", record.reason
    assert record.exporter == "legacy"


def test_the_legacy_exporter_exports_the_tensors_inside_cache_objects(run, cache_dir):
    """The legacy exporter takes only tuples, lists and tensors as outputs: a model returning a
    ModelOutput that holds a DynamicCache or EncoderDecoderCache failed ("Only tuples, lists and
    Variables are supported as JIT inputs/outputs"), so a dynamo failure on such a model
    (switch_transformers) had no fallback. Its outputs go out flattened, in the order the accuracy
    check compares them."""
    results = run(*scripts_corpus("tiny_gpt2", "tiny_bart"), "max_seq_length=8", "runtime=ort",
                  "build.exporter=legacy")
    assert {r.script: r.status for r in results} == {"tiny_gpt2.py": "ok", "tiny_bart.py": "ok"}, results
    by_script = {r.script: r for r in results}
    assert all(r.exporter == "legacy" and r.max_rel_error < 1e-4 for r in results)
    assert len(onnx_outputs(cache_dir, by_script["tiny_gpt2.py"])) == 1 + 2 * 2
    assert len(onnx_outputs(cache_dir, by_script["tiny_bart.py"])) == 1 + 4 + 1


def test_a_mixture_of_experts_exports_with_the_translation_of_its_experts_op(run):
    """transformers 5 runs Mixtral's experts through its own op transformers.grouped_mm_fallback
    on cpu, which torch.onnx cannot translate (dynamo: "No ONNX function found"; the legacy
    fallback: aten::histc). transformers' exporter has a translation; with it, dynamo exports the
    model, and ort's outputs match eager's."""
    results = run(*scripts_corpus("tiny_mixtral"), "max_seq_length=8", "runtime=[ort,torch-eager]")
    assert {r.status for r in results} == {"ok"}, [r.reason for r in results]
    [ort] = [r for r in results if r.runtime == "ort"]
    assert ort.exporter == "dynamo" and ort.max_rel_error < 1e-4
