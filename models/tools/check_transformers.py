"""Which transformers model types build from their config, and on what inputs: the check behind
the generated scripts of models/transformers.

Each model type of ``MODEL_MAPPING_NAMES`` (the base models transformers registers) gets its
default config (its config class called with no arguments), its base model built on PyTorch's ``meta`` device
(shapes, no data: no memory, no arithmetic) and one call at batch 1 on inputs that fit what its
``forward`` takes: token ids and a mask (text), an image batch (vision), a waveform or
spectrogram frames (audio), several of these (multimodal), and decoder token ids for an
encoder-decoder. Candidate inputs are tried in turn, the first that the model takes is kept;
a vision-language model that asks for image placeholders in its token ids gets one per image
feature (at one fixed image size where their number follows the size). Where meta cannot run a
model (a value-dependent step), one of up to 1.5 B parameters is run on the CPU at the small
sizes instead. A default config whose parts do not fit together gets the one value it lacks
(``FIXES``). A model that takes its inputs in eval mode but not in training mode, the mode it is
built in, is called in eval mode by its script (``training_error``). A model whose float32
weights pass 16 GiB is built again with one layer (``variant::one_layer``). Where the base model
takes none of these, its first task head that does is tried.

The results go to ``transformers_check.json`` beside this file, one entry per model type,
written as the check goes, so a stopped run resumes where it was. ``generate_transformers.py``
reads that file; it never builds a model itself.

    python models/tools/check_transformers.py            # resumes; --fresh starts over
    python models/tools/check_transformers.py bert vit   # (re)checks these types
    python models/tools/check_transformers.py --real     # runs the generated scripts for real, small
"""

import argparse
import inspect
import json
import os
import re
import signal
import sys
import warnings
from pathlib import Path

os.environ.setdefault("HF_HUB_OFFLINE", "1")

import torch  # noqa: E402
import transformers  # noqa: E402
from transformers.models.auto import configuration_auto, modeling_auto  # noqa: E402

RESULTS = Path(__file__).with_name("transformers_check.json")
# Float32 weights above 16 GiB get one layer, as the hand-written scripts' variant::one_layer.
MAX_PARAMETERS = 16 * 2**30 // 4
# parse()'s defaults: 128 tokens, 224x224 images, 25600 audio samples (1.6 s at 16 kHz).
SEQ, SIZE, AUDIO = 128, 224, 25600
# Spectrogram frames for AUDIO samples at a 10 ms hop (160 samples at 16 kHz).
FRAMES = AUDIO // 160
# A type's task heads, tried in this order where its base model takes no plain inputs.
HEADS = ["MODEL_FOR_CAUSAL_LM_MAPPING_NAMES", "MODEL_FOR_MASKED_LM_MAPPING_NAMES",
         "MODEL_FOR_SEQ_TO_SEQ_CAUSAL_LM_MAPPING_NAMES", "MODEL_FOR_IMAGE_CLASSIFICATION_MAPPING_NAMES",
         "MODEL_FOR_SEQUENCE_CLASSIFICATION_MAPPING_NAMES", "MODEL_FOR_IMAGE_TEXT_TO_TEXT_MAPPING_NAMES",
         "MODEL_FOR_MULTIMODAL_LM_MAPPING_NAMES", "MODEL_FOR_SPEECH_SEQ_2_SEQ_MAPPING_NAMES",
         "MODEL_FOR_CTC_MAPPING_NAMES", "MODEL_FOR_AUDIO_CLASSIFICATION_MAPPING_NAMES",
         "MODEL_FOR_OBJECT_DETECTION_MAPPING_NAMES", "MODEL_FOR_SEMANTIC_SEGMENTATION_MAPPING_NAMES",
         "MODEL_FOR_DEPTH_ESTIMATION_MAPPING_NAMES", "MODEL_FOR_TEXT_ENCODING_MAPPING_NAMES",
         "MODEL_FOR_BACKBONE_MAPPING_NAMES"]
# Where a composite config keeps the part that an input feeds.
SUBCONFIGS = ["", "text_config", "vision_config", "audio_config", "encoder_config", "decoder_config",
              "encoder", "decoder", "speech_config", "language_config", "llm_config", "backbone_config",
              "qformer_config"]
SECONDS = 120
# Default configs whose parts do not fit together, each with the one value the script sets and why.
FIXES = {
    "clvp": {"path": "speech_config.vocab_size", "size": 8194,
             "why": "Its speech encoder reads the speech ids its decoder writes, up to decoder_config.vocab_size "
                    "(8194): the default speech vocabulary (256, the text one's size) does not hold them, so "
                    "here it is the decoder's."},
    "ovis2": {"path": "hidden_size", "size": 4096,
              "why": "Its visual embeddings, hidden_size wide (1536), take the place of its image placeholders "
                     "among its text model's embeddings, text_config.hidden_size wide (4096, Qwen2's default): "
                     "they must be as wide, so here hidden_size is the text model's."},
}
# Models up to this many parameters (6 GiB of float32 weights) are run on the CPU where meta cannot.
CPU_PARAMETERS = 1_500_000_000
# Where a model branches on a tensor's value (``if mask.all():``), meta has none to give: it reads
# as true here, the branch an all-ones mask takes. The small real runs check the rest.
_bool = torch.Tensor.__bool__
torch.Tensor.__bool__ = lambda self: True if self.is_meta else _bool(self)
# Likewise a check on a tensor's value passes on meta; its message is kept, since the one that
# compares image placeholders with image features names how many features there are.
MESSAGES = []
_check = torch._check_tensor_all_with


def _meta_check(error_type, cond, message=None):
    if not cond.is_meta:
        return _check(error_type, cond, message)
    if message is not None:
        MESSAGES.append(message())


torch._check_tensor_all_with = _meta_check
# Mixture-of-experts layers multiply grouped matrices, which meta takes only in 16-bit types; the
# CPU runs float32 (the scripts' type), so meta gets the result's shape here.
_grouped_mm = torch._grouped_mm


def _meta_grouped_mm(mat_a, mat_b, *args, **kwargs):
    if not mat_a.is_meta or mat_b.dim() != 3:
        return _grouped_mm(mat_a, mat_b, *args, **kwargs)
    rows = mat_a.shape[:-1] if mat_a.dim() == 2 else (mat_b.shape[0], mat_a.shape[-2])
    return torch.empty(*rows, mat_b.shape[-1], dtype=mat_a.dtype, device="meta")


torch._grouped_mm = _meta_grouped_mm


class Timeout(BaseException):  # not caught where a model's own errors are
    pass


def shorten(error: BaseException) -> str:
    """The error's type and the first line of its message, at most 200 characters."""
    lines = str(error).strip().splitlines()
    message = f"{type(error).__name__}: {lines[0] if lines else ''}".rstrip(": ")
    return message if len(message) <= 200 else message[:197] + "..."


def find(config, names: list[str]) -> tuple[str, object] | None:
    """The first of ``names`` set on ``config`` or one of its sub-configs: (dotted path, value)."""
    for sub in SUBCONFIGS:
        part = getattr(config, sub, None) if sub else config
        if part is None or not hasattr(part, "to_dict"):
            continue
        for name in names:
            value = getattr(part, name, None)
            if value is not None and not callable(value):
                return (f"{sub}.{name}" if sub else name), value
    return None


def image_size(config) -> list[int] | None:
    """The config's own image size, [height, width], if it names one."""
    found = find(config, ["image_size", "img_size", "input_size"])
    if found is None:
        return None
    value = found[1]
    if isinstance(value, int):
        return [value, value]
    if isinstance(value, (list, tuple)) and len(value) >= 2 and all(isinstance(v, int) for v in value[-2:]):
        return list(value[-2:])
    if isinstance(value, dict) and "height" in value:
        return [value["height"], value["width"]]
    return None


def candidates(config, params: set[str]) -> list[dict]:
    """Input recipes for a model whose forward takes ``params``, most complete first.

    A recipe maps each input name to how the script makes it: token ids (``ids``, with the
    config attribute that holds the vocabulary size), a mask, pixels (at the parsed size, or the
    config's own), a waveform, or spectrogram frames (the config attribute that gives the
    number of bins, and the layout).
    """
    vocab = find(config, ["vocab_size"])
    text, pixels, audio = {}, [], []
    if "input_ids" in params and vocab:
        text["input_ids"] = {"kind": "ids", "vocab": vocab[0]}
        if "attention_mask" in params:
            text["attention_mask"] = {"kind": "mask"}
    if "pixel_values" in params:
        channels = find(config, ["num_channels"])
        channels = channels[0] if channels and channels[1] == 3 else None
        own = image_size(config)
        pixels.append({"pixel_values": {"kind": "pixels", "channels": channels, "size": None}})
        if own and own != [SIZE, SIZE]:
            pixels.append({"pixel_values": {"kind": "pixels", "channels": channels, "size": own}})
    if "input_values" in params:
        audio.append({"input_values": {"kind": "waveform"}})
        # audio codecs take (batch, channels, samples)
        channels = find(config, ["audio_channels"])
        audio.append({"input_values": {"kind": "waveform", "channels": channels[0] if channels else None}})
    if "input_features" in params:
        bins = find(config, ["num_mel_bins", "input_feat_per_channel", "feature_size", "num_mel_filters", "n_mels"])
        if bins:
            for layout in ("bins_frames", "frames_bins"):
                audio.append({"input_features": {"kind": "frames", "bins": bins[0], "layout": layout}})
            limit = find(config, ["max_source_positions"])
            if limit:
                audio.insert(1, {"input_features": {"kind": "frames", "bins": bins[0], "layout": "bins_frames",
                                                    "frames": 2 * limit[1]}})
    decoder = {}
    if "decoder_input_ids" in params and getattr(config, "is_encoder_decoder", False):
        dvocab = find(config, ["vocab_size"])
        if dvocab:
            decoder["decoder_input_ids"] = {"kind": "ids", "vocab": dvocab[0]}
    out = []
    for extra in pixels or [{}]:
        for sound in audio or [{}]:
            out.append({**text, **extra, **sound, **decoder})
    if text and (pixels or audio):
        out += [{**p, **decoder} for p in pixels] + [{**a, **decoder} for a in audio] + [{**text, **decoder}]
    seen, unique = set(), []
    for recipe in out:
        key = json.dumps(recipe, sort_keys=True)
        if recipe and key not in seen:
            seen.add(key)
            unique.append(recipe)
    return unique


def attr(config, path: str):
    """The value at a dotted path of ``config`` ("text_config.vocab_size")."""
    for part in path.split("."):
        config = getattr(config, part)
    return config


def make(config, recipe: dict, seq: int = SEQ, size: int = SIZE, device="meta") -> dict:
    """The tensors ``recipe`` describes, at batch 1."""
    inputs = {}
    for name, spec in recipe.items():
        kind = spec["kind"]
        if kind == "ids" and "image_tokens" in spec:
            # the processor's placeholders first, one per image feature, then text below them
            placeholders = torch.full((1, spec["image_tokens"]), attr(config, spec["image_token"]), device=device)
            text = torch.randint(attr(config, spec["image_token"]), (1, seq), device=device)
            inputs[name] = torch.cat([placeholders, text], dim=1)
        elif kind == "mask" and "image_tokens" in recipe["input_ids"]:
            inputs[name] = torch.ones(1, recipe["input_ids"]["image_tokens"] + seq, dtype=torch.long, device=device)
        elif kind == "ids":
            inputs[name] = torch.randint(attr(config, spec["vocab"]), (1, seq), device=device)
        elif kind == "mask":
            inputs[name] = torch.ones(1, seq, dtype=torch.long, device=device)
        elif kind == "pixels":
            height, width = spec["size"] or (size, size)
            channels = attr(config, spec["channels"]) if spec["channels"] else 3
            inputs[name] = torch.randn(1, channels, height, width, device=device)
        elif kind == "waveform" and "channels" in spec:
            channels = attr(config, spec["channels"]) if spec["channels"] else 1
            inputs[name] = torch.randn(1, channels, AUDIO, device=device)
        elif kind == "waveform":
            inputs[name] = torch.randn(1, AUDIO, device=device)
        elif kind == "frames":
            bins, frames = attr(config, spec["bins"]), spec.get("frames", FRAMES)
            shape = (1, bins, frames) if spec["layout"] == "bins_frames" else (1, frames, bins)
            inputs[name] = torch.randn(*shape, device=device)
    return inputs


def placeholder_room(model, config, recipe: dict) -> dict | None:
    """Where the image placeholder's id is past the default config's vocabulary (LLaVA's 32000 of
    32000 tokens: the published checkpoints add the placeholder to their tokenizer) and past the
    model's token table, the vocabulary size that holds it:
    ``{"path": "text_config.vocab_size", "size": 32001, "token": 32000}``."""
    ids = recipe.get("input_ids", {})
    if "image_token" not in ids:
        return None
    token, vocab = attr(config, ids["image_token"]), attr(config, ids["vocab"])
    table = model.get_input_embeddings() if hasattr(model, "get_input_embeddings") else None
    if isinstance(table, torch.nn.Embedding) and token < table.num_embeddings:
        return None
    return {"path": ids["vocab"], "size": token + 1, "token": token} if token >= vocab else None


def set_at(config, path: str, value) -> None:
    """Set the value at a dotted path of ``config``."""
    *parents, name = path.split(".")
    setattr(attr(config, ".".join(parents)) if parents else config, name, value)


def build(cls, config):
    """``cls(config)`` on the meta device."""
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with torch.device("meta"):
            return cls(config)


def one_layer(config_class, config) -> dict | None:
    """The config arguments that give ``config`` one layer (in each stack it has), or None."""
    kwargs = {}
    for name in ("num_hidden_layers", "num_layers", "encoder_layers", "decoder_layers", "n_layer", "n_layers"):
        if isinstance(getattr(config, name, None), int) and getattr(config, name) > 1:
            kwargs[name] = 1
    for sub in ("text_config", "language_config", "llm_config"):
        part = getattr(config, sub, None)
        if part is not None and hasattr(part, "to_dict"):
            inner = {n: 1 for n in ("num_hidden_layers", "num_layers") if isinstance(getattr(part, n, None), int)}
            if inner:
                kwargs[sub] = inner
    return kwargs or None


def features_in(message: str, config) -> int | None:
    """The number of image features a placeholder mismatch's message names, in tokens."""
    match = re.search(r"features:? (\d+)", message)
    if not match:
        return None
    count = int(match.group(1))
    hidden = find(config, ["hidden_size"])
    # some models count features as values (tokens x width), not tokens
    if hidden and count > 16384 and count % hidden[1] == 0:
        count //= hidden[1]
    return count


def features_asked(model, config, recipe: dict, **sizes) -> int | None:
    """How many image features the model makes at these sizes, where it names them (always on
    meta, whose checks pass with their message kept; on the CPU only where they do not match)."""
    MESSAGES.clear()
    try:
        try_call(model, config, recipe, **sizes)
    except Exception as error:
        return features_in(str(error), config) if "do not match" in str(error) else None
    asked = [m for m in MESSAGES if "features" in m and "do not match" in m]
    return features_in(asked[0], config) if asked else None


def sized_for_placeholders(model, config, recipe: dict, sizes: dict) -> tuple[dict, str | None]:
    """Where the number of image features follows the image size (InternVL: 64 at 224x224, 4 at
    64x64), placeholders counted at one size fit no other: ``recipe`` at one fixed size, the
    config's own (as its processor resizes every image to it) or else parse()'s default, with its
    placeholders counted there, and which of the two (``"config"``, ``"default"``); else
    ``recipe`` as it is and None."""
    pixels, ids = recipe.get("pixel_values"), recipe.get("input_ids", {})
    if "image_tokens" not in ids or pixels is None or pixels["size"] is not None:
        return recipe, None
    other = {**sizes, "size": 64 if sizes.get("size", SIZE) == SIZE else SIZE}
    elsewhere = features_asked(model, config, recipe, **other)
    if elsewhere is None or elsewhere == ids["image_tokens"]:
        return recipe, None
    own = image_size(config)
    fixed = {**recipe, "pixel_values": {**pixels, "size": own or [SIZE, SIZE]}}
    count = features_asked(model, config, fixed, **sizes)
    if count is not None:
        fixed["input_ids"] = {**ids, "image_tokens": count}
    return fixed, "config" if own else "default"


def with_image_tokens(model, config, recipe: dict, message: str, sizes: dict) -> dict | None:
    """``recipe`` with image placeholders in its token ids, where the model asked for them
    ("image features and image tokens do not match ... features: N") and takes them."""
    count = features_in(message, config)
    token = find(config, ["image_token_id", "image_token_index"])
    if not (count and token and "input_ids" in recipe and "pixel_values" in recipe):
        return None
    ids = {**recipe["input_ids"], "image_token": token[0], "image_tokens": count}
    placed = {**recipe, "input_ids": ids}
    try:
        try_call(model, config, placed, **sizes)
    except Exception:
        return None
    return placed


def position_limit(config) -> tuple[str, int] | None:
    """The config attribute that bounds the text below parse()'s default length (its position
    table), and its value; None where nothing does."""
    limit = find(config, ["max_position_embeddings", "max_text_len", "n_positions"])
    return limit if limit and isinstance(limit[1], int) and limit[1] < SEQ else None


def first_recipe(model, config, recipes: list[dict], errors: list[str], class_name: str,
                 device: str = "meta") -> tuple[dict, dict] | None:
    """The first of ``recipes`` that ``model`` takes, with what else the script needs to know
    (``seq_limit``, ``small``, ``device``); each failure goes to ``errors``. On meta the call is
    at parse()'s default sizes, then at the small ones; on the CPU only at the small ones."""
    model.eval()
    limit = position_limit(config)
    sizes = {} if device == "meta" else {"seq": 16, "size": 64, "device": device}
    for recipe in recipes:
        extra = {"device": device}
        try:
            MESSAGES.clear()
            try_call(model, config, recipe, **sizes)
            asked = [m for m in MESSAGES if "features" in m and "do not match" in m]
            if asked:
                recipe = with_image_tokens(model, config, recipe, asked[0], sizes)
                if recipe is None:
                    errors.append(f"{class_name}: {asked[0][:200]}")
                    continue
        except Exception as error:
            errors.append(f"{class_name}{'' if device == 'meta' else ' on ' + device}: {shorten(error)}")
            placed = with_image_tokens(model, config, recipe, str(error), sizes)
            if placed is not None:
                recipe = placed
            elif limit and "input_ids" in recipe and device == "meta":
                # the default length is beyond the text's position table: try within it
                try:
                    try_call(model, config, recipe, seq=limit[1])
                except Exception:
                    continue
                extra["seq_limit"] = limit[0]
            else:
                continue
        recipe, fixed = sized_for_placeholders(model, config, recipe, sizes)
        if fixed:
            extra["placeholder_size"] = fixed
        if device == "meta":
            try:
                try_call(model, config, recipe, seq=min(limit[1] if limit else SEQ, 16), size=64)
                extra["small"] = "ok"
            except Exception as error:
                extra["small"] = shorten(error)
        else:
            extra["small"] = "ok"
        return recipe, extra
    return None


def training_error(model, config, recipe: dict, extra: dict) -> str | None:
    """Where ``model`` takes ``recipe`` in eval mode (the check's) but not in training mode, the
    mode it is built in and a script calls it in unless it says otherwise (FastSpeech2-Conformer
    then computes its loss and asks for labels; Reformer asks for a sequence as long as its axial
    position embeddings): the error. Tried at the small sizes where the model takes them."""
    limit = position_limit(config)
    seq = limit[1] if limit else SEQ
    sizes = {"seq": min(seq, 16), "size": 64} if extra.get("small") == "ok" else {"seq": seq}
    model.train()
    try:
        try_call(model, config, recipe, device=extra["device"], **sizes)
    except Exception as error:
        return shorten(error)
    finally:
        model.eval()
    return None


def params_of(cls) -> set[str]:
    """The names ``cls.forward`` takes."""
    return set(inspect.signature(cls.forward).parameters) - {"self"}


def try_call(model, config, recipe, **sizes):
    """Call ``model`` once on the inputs ``recipe`` describes."""
    with torch.no_grad():
        model(**make(config, recipe, **sizes))


def check(model_type: str) -> dict:
    """Build ``model_type`` on the meta device and call it; returns what the generator needs.

    Keys: ``builds`` (bool), ``error`` and ``errors`` (why not), ``config`` and ``model`` (class
    names), ``config_kwargs`` (arguments the script passes: one layer), ``parameters`` (as built),
    ``full_parameters`` (at the default config), ``inputs`` (the recipe), ``head_because`` (why a
    task head stands in for the base model), ``seq_limit`` (the config attribute that bounds the
    text), ``unused`` (image or audio inputs it takes but was not given), ``device`` (meta or
    cpu), ``small`` (whether it takes 16 tokens and 64x64 images), ``placeholder_size`` (whose
    image size the placeholders are counted at: ``sized_for_placeholders``) and ``config_fix`` (a
    value of the default config that the script sets: ``FIXES``) and ``eval_because`` (the error
    it gives in training mode, where it works in eval mode: ``training_error``).
    """
    config_class = configuration_auto.CONFIG_MAPPING[model_type]
    result = {"builds": False, "config": config_class.__name__}
    try:
        config = config_class()
    except Exception as error:
        result["error"] = "config: " + shorten(error)
        return result
    fix = FIXES.get(model_type)
    if fix:
        set_at(config, fix["path"], fix["size"])
    names = modeling_auto.MODEL_MAPPING_NAMES[model_type]
    classes = [names] if isinstance(names, str) else list(names)[:1]
    for head in HEADS:
        name = getattr(modeling_auto, head).get(model_type)
        if isinstance(name, str) and name not in classes:
            classes.append(name)
    errors = []
    for index, class_name in enumerate(classes):
        cls = getattr(transformers, class_name, None)
        if cls is None:
            errors.append(f"{class_name}: not importable")
            continue
        try:
            model = build(cls, config)
        except Exception as error:
            errors.append(f"{class_name}: {shorten(error)}")
            continue
        full = sum(p.numel() for p in model.parameters())
        kwargs, used = {}, config
        if full > MAX_PARAMETERS:
            kwargs = one_layer(config_class, config)
            if kwargs is None:
                errors.append(f"{class_name}: too large ({full / 1e9:.1f} B parameters) and no layer count to cut")
                continue
            try:
                used = config_class(**kwargs)
                if fix:
                    set_at(used, fix["path"], fix["size"])
                model = build(cls, used)
            except Exception as error:
                errors.append(f"{class_name} with one layer: {shorten(error)}")
                continue
        parameters = sum(p.numel() for p in model.parameters())
        recipes = candidates(used, params_of(cls))
        if not recipes:
            errors.append(f"{class_name}: takes no text, image or audio input ({', '.join(sorted(params_of(cls))[:6])})")
            continue
        found = first_recipe(model, used, recipes, errors, class_name)
        if found is None and parameters <= CPU_PARAMETERS:
            # meta cannot run what depends on values (a top-k count, a CPU-made table): run it for real, small
            del model
            try:
                with warnings.catch_warnings():
                    warnings.simplefilter("ignore")
                    model = cls(used)
                found = first_recipe(model, used, recipes, errors, class_name, device="cpu")
            except Exception as error:
                errors.append(f"{class_name} on cpu: {shorten(error)}")
        if found is None:
            continue
        recipe, extra = found
        trained = training_error(model, used, recipe, extra)
        if trained is not None:
            extra["eval_because"] = trained
        room = placeholder_room(model, used, recipe)
        if room is not None:
            extra["placeholder_room"] = room
            roomier = config_class(**kwargs)
            for change in (room, fix) if fix else (room,):
                set_at(roomier, change["path"], change["size"])
            parameters = sum(p.numel() for p in build(cls, roomier).parameters())
        unused = sorted({"pixel_values", "input_values", "input_features"} & params_of(cls) - set(recipe))
        if unused:
            result["unused"] = unused
        if fix:
            result["config_fix"] = fix
        result.update(builds=True, model=class_name, config_kwargs=kwargs, full_parameters=full,
                      parameters=parameters, inputs=recipe, **extra)
        if index:
            result["head_because"] = errors[0]
        return result
    result["error"] = errors[0] if errors else "no model class"
    result["errors"] = errors[:6]
    return result


def run_script(path: Path, small: bool) -> str:
    """Run a generated script for real at the health check's small sizes (its parse() defaults'
    224x224 where the check found it cannot take 64x64), its folder first on ``sys.path`` as
    ``python script.py`` and the tool run it; ``"ok"`` or the error."""
    import gc
    import runpy

    from mlagility.parser import injected

    sizes = {"batch_size": 1, "max_seq_length": 16, "max_audio_seq_length": 16000}
    if small:
        sizes.update(height=64, width=64)
    sys.path.insert(0, str(path.parent))
    try:
        with injected(sizes), warnings.catch_warnings():
            warnings.simplefilter("ignore")
            runpy.run_path(str(path), run_name="__main__")
        return "ok"
    except Exception as error:
        return shorten(error)
    finally:
        sys.path.remove(str(path.parent))
        gc.collect()


def run_generated(results: dict, types: list[str], save) -> None:
    """Add ``real`` to each generated script's result: how its real run went (``run_script``),
    or why it was not run (too large to run beside other work)."""
    import importlib.util

    spec = importlib.util.spec_from_file_location("generate_transformers", RESULTS.with_name("generate_transformers.py"))
    generator = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(generator)
    corpus = RESULTS.parent.parent / "transformers"
    for i, model_type in enumerate(types):
        result = results[model_type]
        path = corpus / f"{generator.script_name(model_type)}.py"
        if model_type in generator.HAND_WRITTEN or not path.exists():
            continue
        print(f"[{i + 1}/{len(types)}] run {path.name}", file=sys.stderr, flush=True)
        if result["parameters"] > CPU_PARAMETERS:
            result["real"] = f"not run: {result['parameters'] / 1e9:.1f} B parameters"
        else:
            signal.alarm(SECONDS)
            try:
                result["real"] = run_script(path, result.get("small") == "ok")
            except Timeout as error:
                result["real"] = str(error)
            finally:
                signal.alarm(0)
        save()


def alarm(signum, frame):
    """Stop a model that takes too long (a CPU run of a large one)."""
    raise Timeout(f"no answer in {SECONDS} s")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--fresh", action="store_true", help="start over instead of resuming")
    parser.add_argument("--real", action="store_true",
                        help="run each generated script for real at small sizes, and record how it went")
    parser.add_argument("--results", type=Path, default=RESULTS, help="where the results go")
    parser.add_argument("types", nargs="*", help="model types to (re)check; default: all")
    args = parser.parse_args()
    results = {} if args.fresh or not args.results.exists() else json.loads(args.results.read_text())["types"]
    signal.signal(signal.SIGALRM, alarm)

    def save():
        document = {"transformers": transformers.__version__, "torch": torch.__version__.split("+")[0],
                    "registered": sorted(modeling_auto.MODEL_MAPPING_NAMES), "types": dict(sorted(results.items()))}
        args.results.write_text(json.dumps(document, indent=1) + "\n")

    if args.real:
        # smallest first: a stopped run has covered the most scripts
        types = args.types or sorted((t for t, r in results.items() if r["builds"] and "real" not in r),
                                     key=lambda t: results[t]["parameters"])
        run_generated(results, types, save)
        return
    types = args.types or [t for t in modeling_auto.MODEL_MAPPING_NAMES if t not in results]
    for i, model_type in enumerate(types):
        print(f"[{i + 1}/{len(types)}] {model_type}", file=sys.stderr, flush=True)
        signal.alarm(SECONDS)
        try:
            results[model_type] = check(model_type)
        except Timeout as error:
            results[model_type] = {"builds": False, "error": str(error)}
        finally:
            signal.alarm(0)
        save()


if __name__ == "__main__":
    main()
