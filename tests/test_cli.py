"""`python -m mlagility` as a user types it: single runs, sweeps and bad overrides."""

import pytest

from conftest import REPO, SCRIPTS, mlagility, read_records, run_cli


def test_single_run_prints_each_model_and_writes_records_and_config(tmp_path):
    done = mlagility("corpus=selftest", "corpus.include=[two_models.py]", "device=cpu", "runtime=torch-eager",
                     f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    # The console writes a shape without spaces (arg0:[1,32]): a narrow cell wraps between inputs only.
    for expected in ("encoder", "Encoder", "two_models.py:34", "528", "arg0:[1,32]", "torch-eager", "ok"):
        assert expected in done.stdout
    assert len(read_records(tmp_path / "run")) == 2
    assert (tmp_path / "run" / ".hydra" / "config.yaml").exists()
    assert (tmp_path / "run" / "config.yaml").exists()


def test_a_corpus_folder_of_ones_own_is_named_in_the_header_not_the_default_corpus(tmp_path):
    """``corpus.folder=DIR`` keeps corpus=selftest's name: the header said "from selftest" for
    scripts that came from DIR."""
    own = tmp_path / "my_scripts"
    own.mkdir()
    (own / "tiny.py").write_text((REPO / "models" / "selftest" / "linear.py").read_text())
    done = mlagility(f"corpus.folder={own}", "runtime=torch-eager", f"hydra.run.dir={tmp_path / 'run'}",
                     tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert f"1 script(s) from {own}, device=cpu" in done.stdout.replace("\n", ""), done.stdout
    default = mlagility("corpus=selftest", "corpus.include=[linear.py]", "runtime=torch-eager",
                        f"hydra.run.dir={tmp_path / 'run2'}", tmp_path=tmp_path)
    assert "1 script(s) from selftest, device=cpu" in default.stdout


def test_two_point_sweep_writes_two_result_sets_with_their_parameters(tmp_path):
    done = mlagility("-m", "corpus=selftest", "corpus.include=[linear.py]", "runtime=torch-eager",
                     "batch_size=1,8", "max_seq_length=64", f"hydra.sweep.dir={tmp_path / 'sweep'}", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    points = {}
    for job in ("0", "1"):
        [record] = read_records(tmp_path / "sweep" / job)
        points[record["parameters"]["batch_size"]] = record
        assert record["parameters"]["max_seq_length"] == 64
        assert record["input_shapes"] == f"x:[{record['parameters']['batch_size']}, 10]"
    assert sorted(points) == [1, 8]


def test_runtime_list_measures_each_runtime_in_one_job(tmp_path):
    done = mlagility("corpus=selftest", "corpus.include=[linear.py]", "runtime=ort,torch-eager",
                     f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    assert done.returncode == 0, done.stderr
    assert sorted(r["runtime"] for r in read_records(tmp_path / "run")) == ["ort", "torch-eager"]


def test_failed_scripts_make_a_non_zero_exit_and_are_listed(tmp_path):
    done = mlagility(f"corpus.folder={SCRIPTS}", "corpus.include=[raises.py,nested.py]", "runtime=torch-eager",
                     f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    assert done.returncode == 1
    assert "script_error" in done.stdout and "raises.py" in done.stdout
    assert {r["status"] for r in read_records(tmp_path / "run")} == {"ok", "script_error"}


@pytest.mark.faults
@pytest.mark.parametrize("override, message", [
    ("corpus=nope", "corpus=nope is not an option of corpus: choose one of all, diffusers, graph_convolutions, "
                    "llm, popular_on_huggingface, selftest, smoke, timm, torch_hub, torchvision, transformers"),
    ("corpus=transformer", "corpus=transformer is not an option of corpus: did you mean corpus=transformers? "
                           "choose one of all, "),
    ("runtime=onnx", "runtime=onnx is not an option of runtime: choose one of ort, torch-compiled, torch-eager, trt"),
    ("runtime=ort,onnx", "runtime=onnx is not an option of runtime: choose one of ort, "),
    ("device=nope", "device=nope is not an option of device: choose one of cpu, cuda, nvidia"),
])
def test_unknown_group_option_lists_only_the_real_ones(tmp_path, override, message):
    """Issue 24: Hydra listed the schemas (ort_schema, corpus_schema) among the choices, dumped its
    search path and exited 1."""
    done = mlagility(override, tmp_path=tmp_path)
    assert done.returncode == 2, done.stderr
    assert done.stderr.strip() == f"mlagility: {message}" or message in done.stderr.strip().splitlines()[0]
    assert "_schema" not in done.stderr and "search path" not in done.stderr and "Traceback" not in done.stderr


@pytest.mark.parametrize("override, message", [
    ("batch_size=abc", "batch_size=abc: Value 'abc' of type 'str' could not be converted to Integer"),
    ("bogus_key=1", "bogus_key is not a key mlagility reads; keys: batch_size, "),
    # Issue 24: Hydra's advice for a key that does not exist was to add it (+batchsize=8), which
    # nothing would read.
    ("batchsize=8", "batchsize is not a key mlagility reads; did you mean batch_size?"),
    ("build.optimise=false", "build.optimise is not a key mlagility reads; did you mean build.optimize?"),
    ("batch_size=[", "batch_size=[: no viable alternative at input"),
    ("batch_size=0", "batch_size=0 must be a positive integer"),
    # A choice is an Enum in the schema: Hydra rejects any other value at composition, listing them.
    ("build.stop_after=nowhere", "Invalid value 'nowhere', expected one of [analyze, export, build]"),
    ("rebuild=sometimes", "Invalid value 'sometimes', expected one of [if_needed, always, never]"),
    ("build.exporter=torchscript", "Invalid value 'torchscript', expected one of [dynamo, legacy]"),
    ("+runtime.ort.threads=2", "runtime.ort.threads is not a key mlagility reads; keys: intra_op_num_threads"),
    # Each runtime's options are typed by its own schema (runtime/ort.yaml extends ort_schema).
    ("runtime.ort.intra_op_num_threads=abc", "could not be converted to Integer"),
    # The faults of issue 15: each used to run, and fail every model or none, or crash.
    ("memory_limit_gb=-1", "memory_limit_gb=-1.0 must be a positive number of GiB"),
    ("memory_limit_gb=0", "memory_limit_gb=0.0 must be a positive number of GiB"),
    ("build.stage_timeout=0", "build.stage_timeout=0.0 must be a positive number of seconds"),
    ("cache_dir=/dev/null", "cache_dir=/dev/null is not a folder"),
    ("cache_dir=/proc/mlagility_cache", "cache_dir=/proc/mlagility_cache cannot be written"),
    ("script_args='--batch_size \"8'", "script_args='--batch_size \"8' cannot be split into words (No closing quotation)"),
    ("script_args='--batch_size abc'", "script_args='--batch_size abc': argument --batch_size: invalid positive_integer value: 'abc'"),
    ("+batchsize=8", "batchsize is not a key mlagility reads; did you mean batch_size?"),
    ("+build.optimise=false", "build.optimise is not a key mlagility reads; did you mean build.optimize?"),
    ("corpus=corpus_schema", "corpus.folder, corpus.name have no value: choose corpus=NAME, one of all, "),
])
def test_bad_overrides_fail_before_any_work_with_the_fix(tmp_path, override, message):
    done = mlagility("corpus=selftest", override, f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr
    assert "Traceback" not in done.stderr and "HYDRA_FULL_ERROR" not in done.stderr
    # Rejected before any work: not even Hydra's copy of the config stays behind.
    assert not (tmp_path / "run").exists()


@pytest.mark.faults
@pytest.mark.parametrize("override", ["batchsize=8", "+batchsize=8", "memory_limit_gb=0", "corpus=nope"])
def test_a_rejected_run_leaves_no_outputs_folder(tmp_path, override):
    """Issue 24: five rejected runs left five empty outputs/<date>/<time>/ folders behind."""
    done = run_cli("-m", "mlagility", override, cwd=tmp_path)
    assert done.returncode == 2, done.stderr
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("override, message", [
    ("+batchsize=1,2", "batchsize is not a key mlagility reads; did you mean batch_size?"),
    ("batchsize=1,2", "batchsize is not a key mlagility reads; did you mean batch_size?"),
    ("corpus=corpus_schema", "corpus.folder, corpus.name have no value: choose corpus=NAME"),
    ("corpus=selftest,nope", "corpus=nope is not an option of corpus: choose one of all, "),
])
def test_a_sweep_with_a_bad_point_stops_before_any_job(tmp_path, override, message):
    done = mlagility("-m", "corpus=selftest", override, f"hydra.sweep.dir={tmp_path / 'sweep'}", tmp_path=tmp_path)
    assert done.returncode == 2, done.stderr
    assert message in done.stderr and "Traceback" not in done.stderr
    assert not (tmp_path / "sweep").exists()


def test_experiment_files_compose():
    done = run_cli("-m", "mlagility", "+experiment=bert_seq_sweep", "--cfg", "job")
    assert done.returncode == 0, done.stderr
    assert "name: transformers" in done.stdout and "include:\n  - bert.py" in done.stdout
    assert "ort:" in done.stdout and "torch-eager:" in done.stdout
    quick = run_cli("-m", "mlagility", "+experiment=quick", "--cfg", "job")
    assert quick.returncode == 0, quick.stderr
    # Values that differ from the defaults (precision 0.01, max_duration_s 10): the file was applied.
    assert "precision: 0.05" in quick.stdout and "max_duration_s: 5.0" in quick.stdout


def test_workers_start_with_the_config_env_before_preloading_a_corpus(tmp_path, monkeypatch):
    """huggingface_hub reads HF_HUB_OFFLINE once, at import: the forkserver that preloads
    transformers must already have it from the config, even when the user's shell does not."""
    monkeypatch.delenv("HF_HUB_OFFLINE", raising=False)
    (tmp_path / "offline.py").write_text(
        "import torch\nfrom huggingface_hub import constants\n"
        "assert constants.HF_HUB_OFFLINE, 'huggingface_hub was imported online'\n"
        "torch.nn.Linear(2, 2)(torch.rand(1, 2))\n"
    )
    done = mlagility(f"corpus.folder={tmp_path}", "corpus.name=tmp", "corpus.include=[offline.py]",
                     "corpus.preload=[transformers]", "runtime=torch-eager", f"hydra.run.dir={tmp_path / 'run'}",
                     tmp_path=tmp_path)
    [record] = read_records(tmp_path / "run")
    assert record["status"] == "ok", record["reason"] + done.stdout[-2000:]
    assert done.returncode == 0


def test_the_config_and_the_sweeper_plugin_import_one_way():
    """No import circle: the tool's config does not import the sweeper plugin, and the plugin
    imports nothing of the tool until it sweeps."""
    probe = (
        "import sys\n"
        "import mlagility.config\n"
        "mlagility.config.register_configs()\n"
        "assert 'hydra_plugins.mlagility_sweeper.script_sweeper' not in sys.modules\n"
        "for name in [m for m in sys.modules if m == 'mlagility' or m.startswith('mlagility.')]:\n"
        "    del sys.modules[name]\n"
        "import hydra_plugins.mlagility_sweeper.script_sweeper\n"
        "assert not [m for m in sys.modules if m.startswith('mlagility')], 'the plugin imported the tool'\n"
    )
    done = run_cli("-c", probe)
    assert done.returncode == 0, done.stderr


def test_a_runtime_option_out_of_its_choices_fails_before_any_work(tmp_path):
    done = mlagility("corpus=selftest", "runtime=torch-compiled", "runtime.torch-compiled.mode=fastest",
                     f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    assert done.returncode == 2, done.stderr
    assert ("runtime.torch-compiled.mode='fastest' is not one of default, reduce-overhead, max-autotune, "
            "max-autotune-no-cudagraphs") in done.stderr
    assert not (tmp_path / "run" / "results.jsonl").exists()


@pytest.mark.faults
def test_a_corpus_whose_libraries_are_missing_names_the_install_line_before_any_work(tmp_path):
    """Issue 24: after the quick start's install (the core only), corpus=transformers ran every
    script into `script_error: ModuleNotFoundError: No module named 'transformers'`, with no hint."""
    done = mlagility("corpus=transformers", "corpus.preload=[transformers,no_such_library_of_mlagility]",
                     f"hydra.run.dir={tmp_path / 'run'}", tmp_path=tmp_path)
    assert done.returncode == 2, done.stderr
    assert ("corpus transformers needs `pip install -c constraints.txt -e '.[models]'` "
            "(no_such_library_of_mlagility not installed") in done.stderr
    assert not (tmp_path / "run").exists()


def test_the_workers_import_nothing_a_warm_job_does_not_need():
    """Issue 27: the workers' forkserver imported onnx (0.6 s here, most of it ml_dtypes), Hydra
    and OmegaConf (0.2 s) and triton (0.1 s, through the FLOP counter) before any script ran,
    though a build found in the cache, a typed Config and a FLOP count read from the cache need none."""
    probe = ("import sys\nimport mlagility.engine.worker\n"
             "print(sorted(m for m in ('onnx', 'hydra', 'omegaconf', 'triton') if m in sys.modules))\n")
    done = run_cli("-c", probe)
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"


# Runs an entry point with a spy on Hydra's composition: the spy prints whether the workers'
# forkserver was already started (its imports running) when the composition began.
COMPOSITION_SPY = """
import sys
from hydra._internal.hydra import Hydra
from mlagility.engine import runner

compose_config = Hydra.compose_config

def spy(self, *args, **kwargs):
    print(f"forkserver started before composing: {runner._running is not None}", flush=True)
    return compose_config(self, *args, **kwargs)

Hydra.compose_config = spy
sys.argv = sys.argv[1:]
{entry}
"""


@pytest.mark.parametrize("entry, argv", [
    ("from mlagility.__main__ import cli; cli()",
     ["mlagility", "corpus=selftest", "corpus.include=[linear.py]", "build.stop_after=analyze"]),
    ("from mlagility.cli.benchit import main; sys.exit(main(sys.argv[1:]))",
     ["benchit", "benchmark", "linear.py", "--search-dir", "{selftest}", "--analyze-only"]),
])
def test_the_workers_import_torch_while_the_config_is_composed(tmp_path, entry, argv):
    """Issue 27: the forkserver started (and imported torch and onnxruntime) only after Hydra had
    composed and validated the config: 0.6 s and 1.5 s one after the other, not side by side."""
    from mlagility.corpus import MODELS_DIR

    argv = [a.format(selftest=MODELS_DIR / "selftest") for a in argv]
    extra = [f"hydra.run.dir={tmp_path / 'run'}", f"cache_dir={tmp_path / 'cache'}"] if argv[0] == "mlagility" \
        else ["--cache-dir", str(tmp_path / "cache")]
    done = run_cli("-c", COMPOSITION_SPY.replace("{entry}", entry), *argv, *extra)
    assert done.returncode == 0, done.stdout[-2000:] + done.stderr[-2000:]
    assert "forkserver started before composing: True" in done.stdout


# Runs `python -m mlagility ARGS` with a spy that counts the listings of the config groups.
GROUPS_SPY = """
import sys
import mlagility.config

listed = mlagility.config.config_groups_help

def spy():
    print("listing the config groups", flush=True)
    return listed()

mlagility.config.config_groups_help = spy
sys.argv = sys.argv[1:]
from mlagility.__main__ import cli
cli()
"""


def test_only_help_lists_the_config_groups(tmp_path):
    """Issue 27 (and 31): OmegaConf resolved --help's list of config groups on every merge of
    Hydra's help node, twice per composition: 0.5 s of every run's start, for a text only --help shows."""
    run = run_cli("-c", GROUPS_SPY, "mlagility", "corpus=selftest", "corpus.include=[linear.py]",
                  "build.stop_after=analyze", f"hydra.run.dir={tmp_path / 'run'}", f"cache_dir={tmp_path / 'cache'}")
    assert run.returncode == 0, run.stderr[-2000:]
    assert "listing the config groups" not in run.stdout
    shown = run_cli("-c", GROUPS_SPY, "mlagility", "--help")
    assert shown.returncode == 0, shown.stderr[-2000:]
    assert "listing the config groups" in shown.stdout and "corpus: all, diffusers" in shown.stdout
