"""Write the generated scripts of models/transformers: one per model type that transformers
registers and that builds from its config.

Every model type of ``MODEL_MAPPING_NAMES`` that ``check_transformers.py`` found to build and
run, and that no hand-written script of models/transformers covers (``HAND_WRITTEN``: those stay
as they are), becomes ``models/transformers/<type>.py`` (``-`` written ``_``), a script like its
hand-written neighbours (models/readme.md): the labels, a docstring, sizes from ``parse()``,
``config = XConfig(...)``, ``model = XModel(config)``, inputs that fit its modality, one call.
The types that get no script are listed, with the reason, in models/readme.md (``--readme``
prints that table).

The scripts depend only on the check's results (``transformers_check.json``) and this file, so
running it again on the same transformers rewrites them byte for byte
(tests/test_transformers_corpus.py checks).

    python models/tools/generate_transformers.py             # rewrites the generated scripts
    python models/tools/generate_transformers.py --readme    # prints the readme's table of left-out types
"""

import argparse
import functools
import json
import re
import sys
import textwrap
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
CHECK = TOOLS / "transformers_check.json"
CORPUS = TOOLS.parent / "transformers"
# A one-layer model still above this many parameters (16 GiB of float32 weights) is left out.
MAX_PARAMETERS = 16 * 2**30 // 4

# The model types the hand-written scripts build (their config class), and the script: the
# generator never writes these files, and removes any other script it did not write (a new
# hand-written script is added here).
HAND_WRITTEN = {
    "albert": "albert", "align": "align", "audio-spectrogram-transformer": "audio_spectrogram_transformer",
    "bart": "bart", "beit": "beit", "bert": "bert", "big_bird": "big_bird", "biogpt": "biogpt", "bit": "bit",
    "blenderbot-small": "blenderbot_small", "blip": "blip", "bloom": "bloom", "bridgetower": "bridgetower",
    "canine": "canine", "chinese_clip": "chinese_clip", "clip": "clip", "codegen": "codegen",
    "convbert": "convbert", "convnext": "convnext", "convnextv2": "convnextv2", "ctrl": "ctrl", "cvt": "cvt",
    "data2vec-audio": "data2vec_audio", "data2vec-vision": "data2vec_vision", "deberta": "deberta",
    "deberta-v2": "deberta_v2", "deit": "deit", "detr": "detr", "dinov2": "dinov2", "distilbert": "distilbert",
    "dpt": "dpt", "efficientnet": "efficientnet", "electra": "electra", "encodec": "encodec", "esm": "esm",
    "falcon": "falcon", "flava": "flava", "fnet": "fnet", "focalnet": "focalnet", "funnel": "funnel",
    "gemma": "gemma", "gemma2": "gemma2", "git": "git", "glpn": "glpn", "gpt2": "gpt2",
    "gpt_bigcode": "gpt_bigcode", "gpt_neo": "gpt_neo", "gpt_neox": "gpt_neox", "gptj": "gptj",
    "groupvit": "groupvit", "hubert": "hubert", "layoutlm": "layoutlm", "layoutlmv3": "layoutlmv3", "led": "led",
    "levit": "levit", "lilt": "lilt", "llama": "llama", "longformer": "longformer", "longt5": "longt5",
    "m2m_100": "m2m_100", "mamba": "mamba", "marian": "marian", "mbart": "mbart",
    "megatron-bert": "megatron_bert", "mistral": "mistral", "mixtral": "mixtral", "mobilebert": "mobilebert",
    "mobilenet_v2": "mobilenet_v2", "mobilevit": "mobilevit", "modernbert": "modernbert",
    "moonshine": "moonshine", "mpnet": "mpnet", "mpt": "mpt", "mt5": "mt5", "olmo": "olmo",
    "openai-gpt": "openai", "opt": "opt", "owlvit": "owlvit", "pegasus": "pegasus", "phi": "phi", "phi3": "phi3",
    "plbart": "plbart", "poolformer": "poolformer", "prophetnet": "prophetnet", "pvt_v2": "pvt_v2",
    "qwen2": "qwen2", "qwen2_moe": "qwen2_moe", "qwen3": "qwen3", "regnet": "regnet", "rembert": "rembert",
    "resnet": "resnet", "roberta": "roberta", "roformer": "roformer", "rwkv": "rwkv", "segformer": "segformer",
    "sew": "sew", "sew-d": "sew_d", "siglip": "siglip", "speech_to_text": "speech_to_text",
    "speecht5": "speecht5", "squeezebert": "squeezebert", "stablelm": "stablelm", "starcoder2": "starcoder2",
    "swin": "swin", "swinv2": "swinv2", "switch_transformers": "switch_transformers", "t5": "t5",
    "unispeech-sat": "unispeech_sat", "vilt": "vilt", "vit": "vit", "wav2vec2": "wav2vec2",
    "wav2vec2-conformer": "wav2vec2_conformer", "wavlm": "wavlm", "whisper": "whisper", "xglm": "xglm",
    "xlm-roberta": "xlm_roberta", "xlnet": "xlnet", "yolos": "yolos",
}

SCRIPT = '''\
# labels: name::{name} author::huggingface task::{task} license::apache-2.0 test_group::daily{variant}
"""
{title}, built from transformers.{config_class} with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/{doc}
"""
import torch
from transformers import {config_class}, {model_class}

from mlagility.parser import parse

{sizes}

{body}
model(**inputs)
'''

# parse()'s names each input kind asks for.
PARSED = {"ids": ["max_seq_length"], "mask": [], "waveform": ["max_audio_seq_length"]}


def load_check(path: Path = CHECK) -> dict:
    """The check's results: ``{"transformers": version, "torch": version, "types": {type: result}}``."""
    return json.loads(path.read_text())


def script_name(model_type: str) -> str:
    """The file stem of a model type's script. A stem that is the name of a library transformers
    looks for (``is_xlstm_available()``) gets ``_model`` after it: the script's folder is first on
    ``sys.path``, so transformers would find the script as that library, and import it."""
    if model_type in HAND_WRITTEN:
        return HAND_WRITTEN[model_type]
    stem = model_type.replace("-", "_")
    return f"{stem}_model" if stem in libraries_looked_for() else stem


@functools.cache
def libraries_looked_for() -> frozenset[str]:
    """The libraries transformers asks about with an ``is_<library>_available()``."""
    import transformers.utils.import_utils as import_utils

    return frozenset(match[1] for name in dir(import_utils)
                     if (match := re.fullmatch(r"is_(\w+)_available", name)))


def left_out(result: dict) -> str | None:
    """Why a model type gets no generated script (None if it gets one); hand-written types are
    not asked."""
    if not result["builds"]:
        return result["error"]
    if result.get("unused"):
        names = ", ".join(f"`{n}`" for n in result["unused"])
        return (f"takes {names} only with what its processor makes (placeholders, grid sizes): "
                "on token ids alone it would be its language model only")
    if result["parameters"] > MAX_PARAMETERS:
        return f"too large: {result['parameters'] / 1e9:.1f} B parameters with one layer"
    if result.get("real", "ok") != "ok":
        return f"fails when run (batch 1, 16 tokens, 64x64 or its own image size): {result['real']}"
    return None


def task(inputs: dict) -> str:
    """The task label from what the model takes."""
    kinds = {spec["kind"] for name, spec in inputs.items() if not name.startswith("decoder")}
    text, vision, audio = "ids" in kinds, "pixels" in kinds, bool(kinds & {"waveform", "frames"})
    if text + vision + audio > 1:
        return "Multimodal"
    return "Computer_Vision" if vision else "Audio" if audio else "Natural_Language_Processing"


def describe(inputs: dict) -> str:
    """What the model is, from what it takes: "text model", "encoder-decoder audio model", ..."""
    kinds = {spec["kind"] for name, spec in inputs.items() if not name.startswith("decoder")}
    parts = [part for part, has in (("text", "ids" in kinds), ("image", "pixels" in kinds),
                                    ("audio", bool(kinds & {"waveform", "frames"}))) if has]
    prefix = "encoder-decoder " if "decoder_input_ids" in inputs else ""
    return f"{prefix}{' and '.join(parts)} model"


def literal(value) -> str:
    """A config argument as Python source (dicts with double quotes, like the hand-written scripts)."""
    return json.dumps(value) if isinstance(value, dict) else repr(value)


def with_set(kwargs: dict, change: dict | None) -> dict:
    """``kwargs`` with ``change`` (``{"path": "text_config.vocab_size", "size": 32001}``) set at its
    dotted path: the vocabulary the check found an image placeholder needs (``placeholder_room``),
    or the value a default config lacks (``config_fix``)."""
    if change is None:
        return kwargs
    merged = json.loads(json.dumps(kwargs))
    *parents, name = change["path"].split(".")
    level = merged
    for parent in parents:
        level = level.setdefault(parent, {})
    level[name] = change["size"]
    return merged


def script(model_type: str, result: dict) -> str:
    """The text of ``models/transformers/<type>.py``."""
    inputs, kwargs = result["inputs"], result["config_kwargs"]
    config_class, model_class = result["config"], result["model"]
    names, pre, body = ["batch_size"], [], []
    length = "max_seq_length"
    fixed_size = None
    for spec in inputs.values():
        if spec["kind"] == "pixels" and spec["size"] is None:
            names += ["height", "width"]
        elif spec["kind"] == "pixels":
            fixed_size = spec["size"]
        elif spec["kind"] == "frames" and "frames" not in spec:
            names.append("max_audio_seq_length")
        else:
            names += PARSED.get(spec["kind"], [])
    names = list(dict.fromkeys(names))
    sizes = f"{', '.join(names)} = parse({json.dumps(names)})"
    if names == ["batch_size"]:
        sizes = 'batch_size = parse(["batch_size"])[0]'
    elif len(sizes) > 100:
        sizes = f"{', '.join(names)} = parse(\n    {json.dumps(names)}\n)"

    room, fix = result.get("placeholder_room"), result.get("config_fix")
    if room:
        body.append(f"# Its image placeholder's id ({room['token']}) is past the default vocabulary: the published")
        body.append("# checkpoints add it to their tokenizer, and so the vocabulary here holds it.")
    if fix:
        body += [f"# {line}" for line in textwrap.wrap(fix["why"], 98)]
    arguments = ", ".join(f"{key}={literal(value)}" for key, value in with_set(with_set(kwargs, room), fix).items())
    body.append(f"config = {config_class}({arguments})")
    if result.get("head_because"):
        body.append(f"# The base model fails on plain inputs ({result['head_because'].split(': ', 1)[1]}): "
                    "its task head takes them.")
    body.append(f"model = {model_class}(config)")
    if result.get("eval_because"):
        # the error's first sentence, without its type
        because = result["eval_because"].split(": ", 1)[-1].split(". ")[0].rstrip(".")
        body += [f"# {line}" for line in textwrap.wrap(f"In training mode, as built, it fails here ({because}): "
                                                       "eval mode, as for inference.", 98)]
        body.append("model.eval()")
    if result.get("seq_limit"):
        body.append(f"# Its text takes at most config.{result['seq_limit']} tokens (its position table).")
        body.append(f"seq_length = min(max_seq_length, config.{result['seq_limit']})")
        length = "seq_length"
    frames = None
    for spec in inputs.values():
        if spec["kind"] == "frames":
            if "frames" in spec:
                frames = str(spec["frames"])
                body.append(f"# Its encoder takes exactly {spec['frames']} spectrogram frames (twice its max_source_positions).")
            else:
                frames = "frames"
                body.append("# Spectrogram frames at a 10 ms hop: 160 audio samples each at 16 kHz.")
                body.append("frames = max_audio_seq_length // 160")
    counted_at = result.get("placeholder_size")
    if fixed_size and counted_at == "config":
        body.append(f"# It takes only its config's image size here, {fixed_size[0]}x{fixed_size[1]}, as its processor "
                    "resizes every image to it:")
        body.append("# its image features, and so its placeholders below, are as many as that size gives.")
    elif fixed_size and counted_at:
        body.append(f"# It takes only {fixed_size[0]}x{fixed_size[1]} here (parse()'s default; its config names no "
                    "image size): its image")
        body.append("# features, and so its placeholders below, are as many as that size gives.")
    elif fixed_size:
        body.append(f"# It takes only its config's image size, {fixed_size[0]}x{fixed_size[1]} "
                    "(position embeddings or patch grid fixed when built).")
    image_tokens = None
    if "image_tokens" in inputs.get("input_ids", {}):
        spec = inputs["input_ids"]
        image_tokens = spec["image_tokens"]
        body.append(f"# A processor's image placeholders, one per image feature ({image_tokens}), "
                    "then text with ids below the placeholder's.")
        body.append(f"image_tokens = torch.full((batch_size, {image_tokens}), config.{spec['image_token']})")
    lines = []
    for name, spec in inputs.items():
        kind = spec["kind"]
        if kind == "ids" and "image_tokens" in spec:
            value = (f"torch.cat([image_tokens, torch.randint(config.{spec['image_token']}, "
                     f"(batch_size, {length}))], dim=1)")
        elif kind == "ids":
            value = f"torch.randint(config.{spec['vocab']}, (batch_size, {length}))"
        elif kind == "mask":
            width = f"{image_tokens} + {length}" if image_tokens else length
            value = f"torch.ones(batch_size, {width}, dtype=torch.long)"
        elif kind == "pixels":
            channels = f"config.{spec['channels']}" if spec["channels"] else "3"
            height, width = fixed_size if spec["size"] else ("height", "width")
            value = f"torch.randn(batch_size, {channels}, {height}, {width})"
        elif kind == "waveform" and "channels" in spec:
            channels = f"config.{spec['channels']}" if spec["channels"] else "1"
            value = f"torch.randn(batch_size, {channels}, max_audio_seq_length)"
        elif kind == "waveform":
            value = "torch.randn(batch_size, max_audio_seq_length)"
        else:
            shape = (f"config.{spec['bins']}, {frames}" if spec["layout"] == "bins_frames"
                     else f"{frames}, config.{spec['bins']}")
            value = f"torch.randn(batch_size, {shape})"
        lines.append(f'    "{name}": {value},')
    body += ["inputs = {", *lines, "}"]

    stem = script_name(model_type)
    title = f"{config_class.removesuffix('Config')} {describe(inputs)}"
    if result.get("head_because"):
        title += f" with its task head ({model_class})"
    if kwargs and set(kwargs) <= {"text_config", "language_config", "llm_config"}:
        title += ", its default hyperparameters but one language-model layer"
    elif kwargs:
        title += ", its default hyperparameters but one layer per stack"
    return SCRIPT.format(name=stem, task=task(inputs), variant=" variant::one_layer" if kwargs else "",
                         title=title, config_class=config_class, model_class=model_class,
                         doc=model_type.replace("-", "_"),
                         sizes=sizes, body="\n".join(body) + "\n")


def generated(check: dict | None = None) -> dict[str, dict]:
    """The model types that get a generated script, with their results."""
    check = check or load_check()
    return {t: r for t, r in sorted(check["types"].items()) if t not in HAND_WRITTEN and left_out(r) is None}


def generate(out: Path = CORPUS, check: dict | None = None) -> list[str]:
    """Write one script per generated model type into ``out``, after removing the other scripts
    there but the hand-written ones (whose files it never writes); returns the file stems written."""
    check = check or load_check()
    out.mkdir(parents=True, exist_ok=True)
    # a script of a type now left out goes (the hand-written ones stay)
    for old in out.glob("*.py"):
        if old.stem not in HAND_WRITTEN.values():
            old.unlink()
    written = []
    for model_type, result in generated(check).items():
        stem = script_name(model_type)
        assert stem not in HAND_WRITTEN.values(), f"{model_type} would overwrite a hand-written script"
        (out / f"{stem}.py").write_text(script(model_type, result))
        written.append(stem)
    return written


def reasons(check: dict | None = None) -> dict[str, str]:
    """Each model type that gets no script (neither generated nor hand-written), with the reason;
    a registered type the check has not reached yet says so."""
    check = check or load_check()
    out = {}
    for model_type in check["registered"]:
        if model_type in HAND_WRITTEN:
            continue
        result = check["types"].get(model_type)
        reason = "not checked yet (the check stopped before it)" if result is None else left_out(result)
        if reason is not None:
            out[model_type] = reason
    return out


def readme_table(check: dict | None = None) -> str:
    """The readme's table of the model types that get no script, with the reason."""
    rows = ["| model type | why it has no script |", "| --- | --- |"]
    for model_type, reason in sorted(reasons(check).items()):
        rows.append(f"| `{model_type}` | {reason.replace('|', '/')} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readme", action="store_true", help="print the table of left-out types instead")
    parser.add_argument("--out", type=Path, default=CORPUS, help="where the scripts go (default: models/transformers)")
    args = parser.parse_args()
    import transformers

    ran_on = load_check()["transformers"]
    if transformers.__version__ != ran_on:
        sys.exit(f"transformers_check.json is from transformers {ran_on}, this is {transformers.__version__}: "
                 "run check_transformers.py --fresh first")
    if args.readme:
        print(readme_table())
        return
    written = generate(args.out)
    print(f"{len(written)} scripts in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
