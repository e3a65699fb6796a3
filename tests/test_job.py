"""A job on real scripts: records for every invocation, and a record for every failure."""

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request

import psutil
import pytest

from conftest import mlagility, scripts_corpus
from mlagility import records
from mlagility.engine.runner import TREE_RESCAN_S, ScriptProcesses
from mlagility.engine.worker import NETWORK_HINT, script_failure_reason
from mlagility.common.output import one_line


def test_selftest_on_torch_eager_writes_one_record_per_invocation(run, tmp_path):
    results = run("corpus=selftest", "runtime=torch-eager", "batch_size=2", job_dir=tmp_path / "job")
    by_script = {}
    for record in results:
        by_script.setdefault(record.script, []).append(record)
    assert {s: len(r) for s, r in by_script.items()} == {
        "linear.py": 1, "twolayer.py": 1, "two_models.py": 2, "two_shapes.py": 2,
    }
    for record in results:
        assert record.status == "ok", record.reason
        assert record.runtime == "torch-eager" and record.device == "cpu"
        assert record.parameters["batch_size"] == 2
        assert record.mean_ms > 0 and record.throughput > 0 and record.iterations >= 3
        # Inputs per second at the median latency, like every other figure of the report.
        assert record.throughput == pytest.approx(2 * 1000 / record.median_ms, rel=1e-9)
        assert record.max_rel_error == 0.0
        assert record.host and record.torch_version and record.physical_cores >= 1
    assert (tmp_path / "job" / "config.yaml").read_text().count("batch_size: 2") == 1


def test_failures_are_records_and_the_job_goes_on(run):
    results = run(*scripts_corpus("raises", "hangs", "no_model", "nested"), "runtime=torch-eager", "timeout=20")
    status = {r.script: r.status for r in results}
    assert status == {
        "raises.py": "script_error", "hangs.py": "timeout", "no_model.py": "no_model_found", "nested.py": "ok",
    }
    reasons = {r.script: r.reason for r in results}
    assert "ValueError: this script is broken on purpose" in reasons["raises.py"]
    assert "timeout=20" in reasons["hangs.py"]
    assert reasons["no_model.py"]


def test_a_script_that_eats_memory_is_stopped(run):
    [record] = run(*scripts_corpus("eats_memory"), "runtime=torch-eager", "memory_limit_gb=1.5")
    assert record.status == "out_of_memory"
    assert "memory_limit_gb=1.5" in record.reason


def test_the_memory_watch_reads_the_workers_processes_without_scanning_the_host_each_poll(monkeypatch):
    """Finding a worker's descendants means reading every process of the host (psutil reads each
    one's parent): a millisecond a poll here, every 0.1 s, beside the timed calls, and far more on
    a node running hundreds. The watch finds them once per TREE_RESCAN_S and reads only their
    memory in between; a child started meanwhile is counted from the next scan."""
    scans = []
    children = psutil.Process.children
    monkeypatch.setattr(psutil.Process, "children", lambda self, **kw: scans.append(1) or children(self, **kw))
    watched = ScriptProcesses(os.getpid())
    alone = watched.rss()
    for _ in range(20):
        assert watched.rss() > 0
    assert len(scans) == 1
    child = subprocess.Popen([sys.executable, "-c", "import time; x = bytearray(300 * 2**20); time.sleep(60)"])
    try:
        time.sleep(TREE_RESCAN_S + 1.0)  # the child's import and allocation, then the next scan
        assert watched.rss() > alone + 250 * 2**20
        assert len(scans) == 2
    finally:
        child.kill()
        child.wait()


def test_a_killed_worker_is_a_killed_record(run, tmp_path):
    script = tmp_path / "suicide.py"
    script.write_text("import os, signal, torch\nm = torch.nn.Linear(2, 2)\nm(torch.rand(1, 2))\nos.kill(os.getpid(), signal.SIGKILL)\n")
    [record] = run(f"corpus.folder={tmp_path}", "corpus.name=tmp", "corpus.include=[suicide.py]", "runtime=torch-eager")
    assert record.status == "killed" and "SIGKILL" in record.reason


def test_a_script_reaching_for_the_hub_fails_fast_and_says_so(run, tmp_path):
    script = tmp_path / "hub.py"
    script.write_text("from transformers import AutoModel\nAutoModel.from_pretrained('bert-base-uncased')\n")
    [record] = run(f"corpus.folder={tmp_path}", "corpus.name=tmp", "corpus.include=[hub.py]", "runtime=torch-eager",
                   "timeout=60")
    assert record.status == "script_error"
    assert "offline" in record.reason and "from its config" in record.reason


def test_records_are_json_lines_with_every_column(run, tmp_path):
    run("corpus=selftest", "corpus.include=[linear.py]", "runtime=torch-eager", job_dir=tmp_path / "job")
    [line] = (tmp_path / "job" / records.RESULTS_FILE).read_text().splitlines()
    assert set(json.loads(line)) == set(records.COLUMNS)


def test_label_filter_selects_scripts(run):
    results = run(*scripts_corpus("*"), "corpus.labels={test_group:[nested]}", "runtime=torch-eager")
    assert {r.script for r in results} == {"nested.py"}


def test_a_torn_last_line_is_skipped_with_a_warning_and_the_next_record_survives(run, tmp_path):
    """A writer killed mid-line leaves a torn last line: the next append starts on a fresh line,
    and reading skips only the torn one, saying so."""
    job = tmp_path / "job"
    job.mkdir()
    (job / records.RESULTS_FILE).write_text('{"script": "killed_writer.py", "sta')
    with pytest.warns(UserWarning, match=r"results.jsonl:1: skipped a torn line"):
        results = run("corpus=selftest", "corpus.include=[linear.py]", "runtime=torch-eager", job_dir=job)
    assert [(r.script, r.status) for r in results] == [("linear.py", "ok")]
    from mlagility.report import write_report

    with pytest.warns(UserWarning, match="torn line"):
        assert write_report([job], tmp_path / "report").records == 1


@pytest.mark.parametrize("label_filter", [[], ["corpus.labels={test_group:[daily]}"]])
def test_a_bad_header_is_that_scripts_record_and_the_run_goes_on(run, tmp_path, label_filter):
    """A labels line that is not key::value pairs, or a file that is not UTF-8, fails its own
    script (named, with the fix), with or without a label filter; the other scripts still run."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    model = "import torch\ntorch.nn.Linear(2, 2)(torch.rand(1, 2))\n"
    (corpus / "bad_labels.py").write_text("# labels: this is not key value\n" + model)
    (corpus / "latin1.py").write_bytes("# labels: name::café test_group::daily\n".encode("latin-1") + model.encode())
    (corpus / "good.py").write_text("# labels: name::good test_group::daily\n" + model)
    results = run(f"corpus.folder={corpus}", "corpus.name=tmp", "runtime=torch-eager", *label_filter)
    outcome = {r.script: (r.status, r.reason) for r in results}
    # ok, its reason only the measurement's own notes (QUICK's precision=0 makes every record unstable).
    assert outcome["good.py"][0] == "ok"
    assert all(note.startswith(("unstable:", "contended:")) for note in outcome["good.py"][1].split("; ") if note)
    assert outcome["bad_labels.py"][0] == "script_error"
    assert "bad_labels.py:1" in outcome["bad_labels.py"][1] and "key::value" in outcome["bad_labels.py"][1]
    assert outcome["latin1.py"][0] == "script_error"
    assert "latin1.py" in outcome["latin1.py"][1] and "UTF-8" in outcome["latin1.py"][1]


def test_a_model_called_before_a_hard_crash_gets_a_record_with_the_crash(run, tmp_path):
    """os._exit and a segfault skip everything after them: the worker benchmarks nothing, yet each
    model it had already discovered gets a record whose status is the crash. A later run of the
    mended script supersedes those records in the report."""
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    (corpus / "exits.py").write_text("import os, torch\nencoder = torch.nn.Linear(2, 2)\n"
                                     "encoder(torch.rand(1, 2))\nos._exit(3)\n")
    (corpus / "segfaults.py").write_text("import ctypes, torch\nhead = torch.nn.Linear(2, 3)\n"
                                         "head(torch.rand(4, 2))\nctypes.string_at(0)\n")
    crashed = run(f"corpus.folder={corpus}", "corpus.name=tmp", "runtime=torch-eager", job_dir=tmp_path / "crashed")
    outcome = {r.script: r for r in crashed}
    assert len(crashed) == 2
    exits, segfaults = outcome["exits.py"], outcome["segfaults.py"]
    assert (exits.variable, exits.input_shapes, exits.status) == ("encoder", "arg0:[1, 2]", "script_error")
    assert "exited with code 3" in exits.reason and exits.invocation_hash and exits.params == 6
    assert (segfaults.variable, segfaults.input_shapes, segfaults.status) == ("head", "arg0:[4, 2]", "killed")
    assert "SIGSEGV" in segfaults.reason

    (corpus / "exits.py").write_text((corpus / "exits.py").read_text().replace("os._exit(3)\n", ""))
    [mended] = run(f"corpus.folder={corpus}", "corpus.name=tmp", "corpus.include=[exits.py]", "runtime=torch-eager",
                   job_dir=tmp_path / "mended")
    assert mended.status == "ok" and mended.invocation_hash == exits.invocation_hash
    from mlagility.report import write_report

    report = write_report([tmp_path / "crashed", tmp_path / "mended"], tmp_path / "report")
    assert (report.records, report.superseded) == (2, 1)


def test_a_script_downloading_by_url_fails_fast_with_the_offline_hint(run):
    """torchvision-style weights by URL: the raw URLError becomes the offline hint."""
    [record] = run(*scripts_corpus("downloads"), "runtime=torch-eager", "timeout=60")
    assert record.status == "script_error"
    assert record.reason.startswith(NETWORK_HINT) and "URLError" in record.reason


def refused_by_requests():
    import requests

    requests.get("http://127.0.0.1:9/data.zip", timeout=5)


NETWORK_FAILURES = {
    "urllib": lambda: urllib.request.urlopen("http://127.0.0.1:9/weights.pth", timeout=5),
    "dns": lambda: socket.getaddrinfo("weights.invalid", 80),
    "socket": lambda: socket.create_connection(("127.0.0.1", 9), timeout=5),
    "requests": refused_by_requests,
}


@pytest.mark.parametrize("failure", NETWORK_FAILURES)
def test_every_network_failure_gets_the_offline_hint(failure):
    with pytest.raises(Exception) as raised:
        NETWORK_FAILURES[failure]()
    assert script_failure_reason(raised.value).startswith(NETWORK_HINT)


def test_other_errors_get_no_offline_hint(tmp_path):
    with pytest.raises(OSError) as raised:
        open(tmp_path / "missing.txt")
    assert script_failure_reason(raised.value) == one_line(raised.value)


def test_a_runtime_that_cannot_compile_is_a_compile_error_with_torchs_own_message(run):
    found = run("corpus=selftest", "corpus.include=[twolayer.py]", "runtime=[torch-compiled,torch-eager]",
                "runtime.torch-compiled.backend=no_such_backend")
    by_runtime = {r.runtime: r for r in found}
    compiled = by_runtime["torch-compiled"]
    assert compiled.status == records.COMPILE_ERROR
    # torch's error, not the runtime's wrapper around it
    assert compiled.reason.startswith("prepare failed: InvalidBackend: ") and "no_such_backend" in compiled.reason
    assert by_runtime["torch-eager"].status == records.OK


def test_an_onnx_graph_onnxruntime_rejects_is_a_session_error_with_its_message(run, tmp_path):
    import onnx
    from onnx import TensorProto, helper

    graph = helper.make_graph(
        [helper.make_node("NoSuchOp", ["x"], ["y"], domain="com.example")], "unknown_op",
        [helper.make_tensor_value_info("x", TensorProto.FLOAT, [1, 4])],
        [helper.make_tensor_value_info("y", TensorProto.FLOAT, [1, 4])],
    )
    model = helper.make_model(graph, opset_imports=[helper.make_opsetid("", 17), helper.make_opsetid("com.example", 1)])
    onnx.save(model, tmp_path / "unknown_op.onnx")
    [record] = run(f"corpus.folder={tmp_path}", "corpus.name=onnx_files", "corpus.include=[unknown_op.onnx]",
                   "runtime=ort", "build.optimize=false")
    assert record.status == records.SESSION_ERROR, record.reason
    assert record.reason.startswith("prepare failed: ") and "NoSuchOp" in record.reason


def test_the_parent_makes_tasks_and_records_without_importing_torch(tmp_path):
    """Only workers import torch: the parent (the job, a sweep, a Slurm login node) stays light,
    even for device=nvidia, whose GPU facts the worker adds."""
    probe = (
        "import sys\n"
        "from pathlib import Path\n"
        "from mlagility import config\n"
        "from mlagility.engine import job\n"
        "cfg = config.compose(['corpus=selftest', 'device=nvidia'])\n"
        "[task, *_] = job.make_tasks(config.validate(cfg, check_device=False), Path(sys.argv[1]))\n"
        "record = task.base_record()\n"
        "assert record.device == 'nvidia' and record.host, record\n"
        "assert 'torch' not in sys.modules, 'the parent imported torch'\n"
    )
    done = subprocess.run([sys.executable, "-c", probe, str(tmp_path)], capture_output=True, text=True)
    assert done.returncode == 0, done.stderr


@pytest.mark.faults
def test_a_script_past_max_invocations_measures_the_first_and_counts_the_rest(run):
    """30 shapes of one Linear with max_invocations=5: five measured, 25 counted and said so in
    every record; under the default cap all 30 are invocations and none is skipped."""
    results = run(*scripts_corpus("many_shapes"), "runtime=torch-eager", "max_invocations=5")
    assert [r.input_shapes for r in results] == [f"arg0:[1, {n}, 8]" for n in range(1, 6)]
    for record in results:
        assert record.status == records.OK and record.median_ms > 0
        assert record.invocations_skipped == 25
        assert record.reason.endswith(
            "max_invocations=5 reached: 25 more invocation(s) of this script (25 call(s)) counted, not measured")
    listed = run(*scripts_corpus("many_shapes"), "build.stop_after=analyze")
    assert len(listed) == 30 and all(r.invocations_skipped == 0 and r.reason == "" for r in listed)


@pytest.mark.faults
def test_max_invocations_below_one_is_refused_before_any_work():
    from mlagility import config

    with pytest.raises(config.ConfigError, match="max_invocations=0 must be 1 or more"):
        config.validate(config.compose(["corpus=selftest", "max_invocations=0"]), check_device=False)


def test_the_workers_of_a_torch_compiled_job_start_with_the_compiler_imported(tmp_path):
    """Issue 27, the largest share of a corpus run (torch.compile, 62% of a pass-rate slice): every
    worker imported dynamo and inductor again before its first compile, 2 s a script. A job that
    measures torch-compiled has its workers' forkserver import them once; others do not."""
    (tmp_path / "probe.py").write_text(
        "import sys\nimport torch\nfrom pathlib import Path\n"
        "Path(__file__).with_suffix('.txt').write_text(str('torch._inductor.compile_fx' in sys.modules))\n"
        "torch.nn.Linear(2, 2)(torch.rand(1, 2))\n")
    for runtime, preloaded in (("torch-compiled", "True"), ("torch-eager", "False")):
        done = mlagility(f"corpus.folder={tmp_path}", "corpus.name=tmp", "corpus.include=[probe.py]",
                         f"runtime={runtime}", f"hydra.run.dir={tmp_path / runtime}", tmp_path=tmp_path)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        assert (tmp_path / "probe.txt").read_text() == preloaded, runtime


def test_the_workers_of_a_job_that_exports_several_scripts_start_with_the_exporter_ready(tmp_path):
    """Issue 27, the largest share of the timm sample on ort (export, 49%): every worker imported
    torch.onnx's dynamo exporter, onnxscript and torch.export, and compiled torchlib's ONNX
    functions, before its first export (1 to 1.5 s a script). A job that will export three
    scripts or more has its forkserver do that once; a single script, a job whose builds are in
    the cache (a rerun) and a job that exports nothing do not wait for it."""
    probe = ("import sys\nimport torch\nfrom pathlib import Path\n"
             "Path(__file__).with_suffix('.txt').write_text(str('torch.onnx._internal.exporter._core' in sys.modules))\n"
             "torch.nn.Linear(2, 2)(torch.rand(1, 2))\n")
    names = ["probe_a", "probe_b", "probe_c"]
    for name in names:
        (tmp_path / f"{name}.py").write_text(probe)
    # (what the job measures, its scripts, its cache, whether its workers start with the exporter ready)
    for runtime, include, cache, ready in (("ort", names, "cold", "True"), ("ort", names, "cold", "False"),
                                           ("ort", names[:1], "one", "False"), ("torch-eager", names, "eager", "False")):
        run_dir = tmp_path / f"{runtime}-{len(include)}-{cache}-{ready}"
        done = mlagility(f"corpus.folder={tmp_path}", "corpus.name=tmp",
                         f"corpus.include=[{','.join(n + '.py' for n in include)}]", f"runtime={runtime}",
                         f"hydra.run.dir={run_dir}", tmp_path=tmp_path, cache=cache)
        assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
        assert {(tmp_path / f"{n}.txt").read_text() for n in include} == {ready}, (runtime, include, cache)
        measured = list(records.read(run_dir / records.RESULTS_FILE))
        assert len(measured) == len(include) and {r.status for r in measured} == {records.OK}


def test_the_scripts_a_job_will_export_are_those_without_a_build_unless_it_rebuilds_all(tmp_path):
    from types import SimpleNamespace

    from mlagility import config
    from mlagility.engine.job import scripts_to_export

    (tmp_path / "builds" / "resnet50_c08ba02d").mkdir(parents=True)
    tasks = [SimpleNamespace(script=f"models/timm/{name}.py") for name in ("resnet50", "resnet18", "vit_base")]

    def will_export(*overrides):
        cfg = config.validate(config.compose([f"cache_dir={tmp_path}", *overrides]), check_device=False)
        return scripts_to_export(cfg, tasks)

    assert will_export("runtime=ort") == ["resnet18", "vit_base"]
    assert will_export("runtime=ort", "rebuild=always") == ["resnet50", "resnet18", "vit_base"]
    assert will_export("runtime=ort", "build.exporter=legacy") == []
    assert will_export("runtime=torch-eager") == will_export("runtime=ort", "build.stop_after=analyze") == []
