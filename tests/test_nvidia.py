"""device=nvidia: what can be checked without a GPU runs everywhere; the rest needs one."""

import pytest
import torch

from conftest import QUICK, run_cli
from mlagility import config
from mlagility.engine.job import make_tasks
from mlagility.runtimes import get
from mlagility.runtimes.ort import MissingProvider, OrtSession

HAS_GPU = torch.cuda.is_available()


def test_nvidia_is_an_alias_of_cuda_and_builds_fp16_by_default(tmp_path):
    for device in ("nvidia", "cuda"):
        cfg = config.compose([f"device={device}", "runtime=[ort,trt,torch-eager]", "corpus=selftest"])
        [task, *_] = make_tasks(cfg, tmp_path)
        assert task.device == "nvidia" and task.builds[0].fp16 is True
        assert task.builds[0].optimization_level == "basic"
    cpu = make_tasks(config.compose(["corpus=selftest"]), tmp_path)[0]
    assert cpu.builds[0].fp16 is False


def test_provider_selection():
    ort = get("ort")
    assert ort.load()(ort.Options(), "cpu").providers() == ["CPUExecutionProvider"]
    assert ort.load()(ort.Options(), "nvidia").providers() == ["CUDAExecutionProvider"]
    trt = get("trt").load()(get("trt").Options(fp16=True), "nvidia")
    trt.model_path = "/cache/builds/bert_1234/model.fp16.onnx"
    [(name, options), fallback] = trt.providers()
    assert name == "TensorrtExecutionProvider" and fallback == "CUDAExecutionProvider"
    assert options["trt_engine_cache_enable"] and options["trt_fp16_enable"]
    assert options["trt_engine_cache_path"] == "/cache/builds/bert_1234/trt_cache"


def test_trt_is_refused_on_cpu():
    with pytest.raises(config.ConfigError, match="Runtime 'trt' does not run on device 'cpu'; runtimes for cpu: "
                                                 "torch-eager, torch-compiled, ort"):
        config.validate(config.compose(["runtime=trt"]))


@pytest.mark.skipif(HAS_GPU, reason="checks the message on machines without a GPU")
def test_missing_gpu_provider_names_the_fix():
    with pytest.raises(MissingProvider, match=r"pip install -e '.\[nvidia\]'"):
        OrtSession("unused.onnx", None, ["CUDAExecutionProvider"], None)


@pytest.mark.skipif(HAS_GPU, reason="checks the message on machines without a GPU")
def test_device_nvidia_without_a_gpu_fails_before_any_work(tmp_path):
    done = run_cli("-m", "mlagility", *QUICK, "device=nvidia", "corpus=selftest", f"hydra.run.dir={tmp_path / 'run'}")
    assert done.returncode == 2
    assert "device=nvidia needs an NVIDIA GPU" in done.stderr and "use device=cpu" in done.stderr
    assert not (tmp_path / "run" / "results.jsonl").exists()


@pytest.mark.gpu
@pytest.mark.skipif(not HAS_GPU, reason="needs an NVIDIA GPU")
def test_selftest_on_every_nvidia_runtime(run):
    results = run("device=nvidia", "corpus=selftest", "runtime=[ort,torch-eager,torch-compiled]")
    assert {r.status for r in results} == {"ok"}
    for record in results:
        assert record.gpu_name and record.transfers_included is False
        if record.runtime == "ort":
            assert record.build_dtype == "float16"
            assert record.gpu_used_mb > 0 and record.peak_gpu_mb is None  # NVML's, not torch's
        else:
            assert record.peak_gpu_mb > 0 and record.gpu_used_mb is None
