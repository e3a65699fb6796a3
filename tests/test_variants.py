"""Issue 28: build variants a deployer chooses between (onnxruntime's transformer fusions, int8
dynamic and static, int4 weights), each built as stages of its own cached build, timed beside
float32 in interleaved rounds, and held to an accuracy bar that fits a lossy build."""

from __future__ import annotations

import json
import time
from pathlib import Path

import pandas as pd
import pytest

from mlagility import config, records
from mlagility.report import write_report
from conftest import QUICK, scripts_corpus

SELFTEST_LINEAR = ["corpus=selftest", "corpus.include=[linear.py]"]


@pytest.fixture(scope="module")
def bert_variants(tmp_path_factory):
    """tiny_bert at every int8 variant, with and without fusions, beside float32 ort and torch-eager."""
    from mlagility.engine.job import run_job

    root = tmp_path_factory.mktemp("variants")
    cfg = config.compose([*QUICK, f"cache_dir={root / 'cache'}", *scripts_corpus("tiny_bert"),
                          *config.runtime_list_overrides(["runtime=ort,torch-eager", "build.quantize=none,int8_dynamic,int8_static",
                                                          "build.fusions=false,true"])])
    run_job(cfg, root / "job")
    return root, list(records.read(root / "job" / records.RESULTS_FILE))


def test_each_variant_is_a_record_of_its_own_build_timed_with_the_others(bert_variants):
    _, found = bert_variants
    variants = {r.build_variant: r for r in found if r.runtime == "ort"}
    assert sorted(variants) == sorted(["fp32", "fused", "int8_dynamic", "int8_static", "fused+int8_dynamic",
                                       "fused+int8_static"]), [(r.runtime, r.status, r.reason) for r in found]
    assert {r.build_variant for r in found if r.runtime == "torch-eager"} == {""}
    assert all(r.status == records.OK for r in found), [(r.build_variant, r.reason) for r in found]
    assert len({r.build_name for r in variants.values()}) == 6  # a cache entry each
    assert len({r.pair_id for r in found}) == 1 and found[0].pair_id  # all timed together, in rounds
    assert all(len(r.round_medians_ms) == 3 for r in found)


def test_a_variant_records_its_stages_and_what_the_fusions_made(bert_variants):
    _, found = bert_variants
    variants = {r.build_variant: r for r in found if r.runtime == "ort"}
    fused = variants["fused+int8_dynamic"]
    assert fused.fusions_s > 0 and fused.quantize_s > 0 and fused.quantize_peak_mb > 0
    assert "SkipLayerNormalization" in fused.fused_operators and "(bert fusions)" in fused.fused_operators
    assert variants["fp32"].fusions_s is None and variants["fp32"].quantize_s is None
    assert variants["int8_dynamic"].fused_operators == ""


def test_the_variants_of_an_invocation_share_one_export(bert_variants):
    root, found = bert_variants
    builds = root / "cache" / "builds"
    ort = [r for r in found if r.runtime == "ort"]
    states = {r.build_variant: json.loads((builds / r.build_name / "state.json").read_text()) for r in ort}
    [export] = {state["stages"]["export"]["build"] for state in states.values()}  # made once, used six times
    assert sorted(p.name for p in builds.iterdir() if not p.name.startswith(".")) == sorted([export, *(r.build_name for r in ort)])
    assert json.loads((builds / export / "state.json").read_text())["stages"].keys() == {"export"}
    assert len({r.export_s for r in ort}) == 1 and ort[0].export_s > 0
    # Each build read the export where it is: the exported graph is on the disk once.
    assert [p.parent.name for p in builds.rglob("model.onnx")] == [export]
    assert all((builds / r.build_name / "export.log").is_file() for r in ort)


def test_a_quantized_build_is_held_to_its_cosine_not_to_float32s_error(bert_variants):
    _, found = bert_variants
    for record in found:
        assert 0.98 <= record.cosine_similarity <= 1.0 + 1e-9
        quantized = "int8" in record.build_variant
        assert (record.tolerance is None) == quantized
        if not quantized:
            assert record.max_rel_error <= record.tolerance
    # BertModel returns hidden states, not logits: no top-1 to agree on.
    assert all(r.top1_agreement is None for r in found)


def test_the_comparison_gives_each_variants_speedup_over_its_float_build(bert_variants, tmp_path):
    root, _ = bert_variants
    files = write_report([root / "job"], tmp_path)
    comparison = pd.read_csv(files.comparison)
    for variant in ("int8_dynamic", "int8_static", "fused", "fused+int8_dynamic", "fused+int8_static"):
        assert f"cpu/ort[{variant}]_ms" in comparison.columns
        assert f"cpu/ort[{variant}]_speedup_note" in comparison.columns
    report = pd.read_csv(files.csv)
    assert len(report) == 7 and set(report["build_variant"].fillna("")) >= {"fp32", "int8_static", ""}
    page = files.html.read_text()
    assert "<h2>Build variants</h2>" in page and "the float build" in page and "fused+int8_static" in page


@pytest.mark.slow  # a small UNet, still 23 s
def test_a_diffusion_unet_is_fused_with_the_fusions_a_cpu_runs(run):
    """The pass rate found it: the unet fusions wrote NhwcConv and GroupNorm, operators with CUDA
    kernels only, and the fused UNet failed to optimize on the CPU (its quantized build, to quantize)."""
    found = {r.build_variant: r for r in run(*scripts_corpus("tiny_unet"), "height=16", "width=16", "runtime=ort",
                                                 "build.fusions=[false,true]", "build.quantize=[none,int8_dynamic]")}
    assert sorted(found) == ["fp32", "fused", "fused+int8_dynamic", "int8_dynamic"]
    assert all(r.status == records.OK for r in found.values()), [(r.build_variant, r.reason) for r in found.values()]
    assert "(unet fusions)" in found["fused"].fused_operators


def test_a_build_process_that_dies_fails_its_build_alone(run):
    """The pass rate found it: onnxruntime's optimizer and quantizer kept what they allocated in
    the worker, which grew past the host's memory over four variants of a 400M-parameter model and
    was killed, with every record of its script. The stages after the export now run in a child
    process of their own; here the first one is killed as the OOM killer would."""
    import threading

    import psutil

    killed: list[int] = []

    def kill_the_first_build_process():
        while not killed:
            for process in psutil.Process().children(recursive=True):
                try:
                    if any("spawn_main" in part for part in process.cmdline()):
                        process.kill()
                        killed.append(process.pid)
                        return
                except psutil.Error:
                    continue
            time.sleep(0.02)

    watcher = threading.Thread(target=kill_the_first_build_process, daemon=True)
    watcher.start()
    found = {r.build_variant: r for r in run(*scripts_corpus("tiny_bert"), "runtime=ort", "max_seq_length=8",
                                                 "build.fusions=[false,true]")}
    watcher.join(timeout=1)
    assert killed and sorted(found) == ["fp32", "fused"]
    assert found["fp32"].status == records.OPTIMIZE_ERROR
    assert "the build process died of SIGKILL (out of memory?" in found["fp32"].reason
    assert found["fused"].status == records.OK, found["fused"].reason


def test_a_build_stage_past_its_time_limit_fails_its_build_alone(run):
    """The pass rate found it: onnxruntime's symbolic shape inference ran for over ten minutes in
    Faster R-CNN's fusions, and the script's timeout then took every record of the script, the
    float32 build's too. A stage past ``build.stage_timeout`` now has its build process killed and
    fails that build alone, with a reason that names the setting; and the fusions that failed in
    one variant are not run again in the next, which would run them on the same export."""
    import psutil

    found = {r.build_variant: r for r in run(*scripts_corpus("tiny_bert"), "runtime=ort", "max_seq_length=8",
                                                 "build.optimize=false", "build.quantize=[none,int8_dynamic]",
                                                 "build.fusions=[false,true]", "build.stage_timeout=0.01")}
    assert sorted(found) == ["fp32", "fused", "fused+int8_dynamic", "int8_dynamic"]
    assert found["fp32"].status == records.OK, found["fp32"].reason  # the export alone: no stage to time
    assert found["int8_dynamic"].status == records.QUANTIZE_ERROR
    assert "quantize ran past build.stage_timeout=0.01 s" in found["int8_dynamic"].reason
    assert found["fused"].status == found["fused+int8_dynamic"].status == records.FUSIONS_ERROR
    assert "fusions ran past build.stage_timeout=0.01 s" in found["fused"].reason
    assert found["fused+int8_dynamic"].reason == f"{found['fused'].reason} (in the fused build; not run again)"
    assert found["fused+int8_dynamic"].build_name == found["fused"].build_name
    build_processes = [p for p in psutil.Process().children(recursive=True)
                       if any("spawn_main" in part for part in p.cmdline())]
    assert not build_processes  # killed, not left running


def test_a_build_that_takes_the_worker_past_its_memory_limit_fails_alone(run, tmp_path):
    """The pass rate found it: quantizing 1 B-parameter models took a worker and its build process
    past memory_limit_gb, and the job killed the worker, which lost the script's other records.
    The job's watch now stops the build process instead: that build fails, with a reason that
    names the setting, and the script goes on. Quantizing wide_linear's 537 MB takes its build
    process about 4 GB, while the worker stays near 1.2 GB."""
    import psutil

    job = tmp_path / "job"
    found = {r.runtime: r for r in run(*scripts_corpus("wide_linear"), "runtime=[ort,torch-eager]",
                                       "build.quantize=[int8_dynamic]", "memory_limit_gb=2.5", job_dir=job)}
    assert sorted(found) == ["ort", "torch-eager"], [(r.runtime, r.status, r.reason) for r in found.values()]
    assert found["ort"].status == records.QUANTIZE_ERROR, found["ort"].reason
    assert "quantize took the worker past memory_limit_gb, and its build process was stopped" in found["ort"].reason
    assert found["torch-eager"].status == records.OK, found["torch-eager"].reason  # the script went on
    (script_log,) = (job / "logs").glob("*wide_linear.log")
    (stopped,) = [line for line in script_log.read_text().splitlines()
                  if line.startswith("mlagility: wide_linear.py: stopped the build process pid ")]
    assert "above memory_limit_gb=2.5; that build fails, and the script goes on" in stopped, stopped
    assert not [p for p in psutil.Process().children(recursive=True) if p.name() == "mlagility-build"]


def test_a_constant_that_is_a_branchs_output_survives_the_fusions(run):
    """The pass rate found it: onnxruntime's fusions drop every Constant node no node reads, and a
    Constant that is an If branch's output is read by none: FCOS's fused graph had a branch with
    no output ("Graph output (2942) does not exist in the graph") and onnxruntime refused it. The
    fused build puts back what they dropped, and says so."""
    found = {r.build_variant: r for r in run(*scripts_corpus("tiny_nms"), "runtime=ort", "build.exporter=legacy",
                                                 "build.fusions=[false,true]")}
    assert all(r.status == records.OK for r in found.values()), [(r.build_variant, r.reason) for r in found.values()]
    assert "fusions: put back 1 Constant node that onnxruntime's fusions dropped from a branch" in found["fused"].reason


def test_a_cast_the_fusions_write_twice_is_written_once(run):
    """The pass rate found it: onnxruntime's embedding fusion casts each embedding's position ids
    to int32 as ``<input>_int32``, and BART's encoder and decoder read one folded initializer of
    them, so the fused graph defined ``add_int32`` twice and onnxruntime refused to load it (bart
    large cnn samsum's fused builds). The fusions stage now drops the repeated Cast, and says so."""
    (found,) = run(*scripts_corpus("tiny_bart_summarizer"), "runtime=ort", "build.fusions=[true]")
    assert found.status == records.OK, found.reason
    assert "EmbedLayerNormalization 2" in found.fused_operators
    assert "fusions: removed 1 Cast node that onnxruntime's fusions wrote twice (add_int32)" in found.reason


@pytest.mark.parametrize("script, gave", [("tiny_gpt2_generate", 8), ("tiny_mpt", 3)])
def test_a_gemm_or_layer_norm_without_bias_is_fused(run, script, gave):
    """The pass rate found it: onnxruntime's fusions index a Gemm's and a LayerNormalization's
    bias input without checking that there is one, and raised an IndexError on DialoGPT's graph
    (random weights: zero biases, which the exporter drops from its Gemms) and on MPT's (whose
    LayerNorms have none). The fusions stage now gives them a zero bias first, and says so."""
    found = run(*scripts_corpus(script), "runtime=ort", "build.fusions=[true]", "max_seq_length=8",
                "max_new_tokens=2")
    assert found and all(r.status == records.OK for r in found), [(r.variable, r.reason) for r in found]
    assert all(f"fusions: gave {gave} Gemm or LayerNormalization nodes the zero bias" in r.reason for r in found)
    assert all("SkipLayerNormalization" in r.fused_operators for r in found)


def test_the_quantizers_temporary_copy_of_the_model_is_made_inside_the_build(run):
    """The pass rate filled the disk: onnxruntime's quantization pre-processing copies the model
    into a temporary folder (``pre.quant.*``, as large as the model), and a build process killed
    mid-stage (past build.stage_timeout, or out of memory) left it in /tmp, 4.6 GB each. The build
    process's temporary folder is now its scratch folder inside the build, removed when it ends."""
    import tempfile
    import threading

    seen: set[str] = set()
    done = threading.Event()

    def watch_the_temporary_folder():
        while not done.is_set():
            seen.update(path.name for path in Path(tempfile.gettempdir()).glob("*.quant.*"))
            time.sleep(0.005)

    before = {path.name for path in Path(tempfile.gettempdir()).glob("*.quant.*")}
    watcher = threading.Thread(target=watch_the_temporary_folder, daemon=True)
    watcher.start()
    try:
        [record] = run(*scripts_corpus("tiny_bert"), "runtime=ort", "max_seq_length=8", "build.quantize=[int8_dynamic]")
    finally:
        done.set()
        watcher.join()
    assert record.status == records.OK, record.reason
    assert not seen - before


def test_a_graph_symbolic_shape_inference_cannot_finish_is_quantized_without_it(run):
    """The pass rate found it: ChebConv's graph stopped onnxruntime's quantization pre-processing
    ("Incomplete symbolic shape inference"). The pre-processing is run again without the symbolic
    pass, as onnxruntime suggests, and the record says so."""
    before = set(Path.cwd().iterdir())
    [record] = run("corpus=graph_convolutions", "corpus.include=[cheb_conv.py]", "runtime=ort", "in_channels=16",
                   "build.quantize=[int8_dynamic]")
    assert record.status == records.OK, record.reason
    assert "symbolic shape inference left out" in record.reason
    # What the failed pass wrote (a <uuid>.data file) stays in the build's scratch folder, gone
    # with it: never in the directory the tool was run from.
    assert set(Path.cwd().iterdir()) == before


def test_a_graph_whose_shape_inference_crashes_is_quantized_without_it(run):
    """The pass rate found it: ALIGN and the safety checker divide their embeddings by their L2
    norms, a ReduceL2 whose output's rank onnxruntime's symbolic shape inference does not know;
    it then crashed in its own code (`TypeError: object of type 'NoneType' has no len()`) and the
    build failed."""
    [record] = run(*scripts_corpus("tiny_align"), "runtime=ort", "max_seq_length=8", "build.quantize=[int8_dynamic]")
    assert record.status == records.OK, record.reason
    assert "symbolic shape inference left out (TypeError: object of type 'NoneType' has no len()" in record.reason


def test_a_classifier_has_its_top1_agreement_and_fails_below_the_bar(run):
    found = run(*SELFTEST_LINEAR, "runtime=ort", "build.quantize=[int8_dynamic]")
    [record] = found
    assert record.status == records.OK and record.build_variant == "int8_dynamic"
    assert record.top1_agreement == 1.0  # a [batch, classes] output: its logits
    strict = run(*SELFTEST_LINEAR, "runtime=ort", "build.quantize=[int8_dynamic]",
                 "accuracy.min_cosine.int8_dynamic=0.9999999999", "rebuild=never")
    [failed] = strict
    assert failed.status == records.FAIL_ACCURACY
    assert "cosine similarity" in failed.reason and "int8_dynamic bar" in failed.reason


def test_a_variant_the_model_cannot_take_fails_alone(run):
    found = run("corpus=selftest", "corpus.include=[two_shapes.py]", "runtime=ort", "build.quantize=[none,int4_weights]")
    by_variant = {}
    for record in found:
        by_variant.setdefault(record.build_variant, []).append(record)
    assert {r.status for r in by_variant["int4_weights"]} == {records.QUANTIZE_ERROR}
    assert all("int4_weights quantized nothing: the model has no MatMul" in r.reason for r in by_variant["int4_weights"])
    assert {r.status for r in by_variant["fp32"]} == {records.OK}


def test_a_quantized_float16_build_is_refused_before_any_work(tmp_path):
    cfg = config.compose([f"cache_dir={tmp_path}", "build.quantize=[int8_dynamic]", "build.fp16=true"])
    with pytest.raises(config.ConfigError, match="set build.fp16=false"):
        config.validate(cfg)
    with pytest.raises(config.ConfigError, match="int8_dynamic, int8_static, int4_weights|none"):
        config.compose(["build.quantize=[int8]"])


def test_a_list_on_the_command_line_is_one_job_not_a_sweep():
    assert config.runtime_list_overrides(["build.quantize=none,int8_dynamic", "build.fusions=true", "runtime=ort"]) == [
        "build.quantize=[none,int8_dynamic]", "build.fusions=[true]", "runtime=ort"]
