"""Write the table-made scripts of models/popular_on_huggingface/ and their models/llm/ twins.

    python models/tools/generate_popular.py

Each row of ``popular_models.MODELS`` becomes one script in the template of the hand-written ones
(labels, docstring with ``Source:``, sizes from ``parse()``, the config with its published
hyperparameters one per line, the model, inputs for its modality, one call). A causal language
model (task ``Generative_AI``) also gets its twin in models/llm/, which generates. The output
depends on the table alone, so running this again writes the same bytes
(``tests/test_popular_corpus.py`` checks it). Hand-written scripts are the ones the table does
not name; this never writes over one.
"""

import json
import re
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from popular_models import MODELS, Code  # noqa: E402

MODELS_DIR = Path(__file__).resolve().parents[1]
POPULAR = MODELS_DIR / "popular_on_huggingface"
LLM = MODELS_DIR / "llm"
WIDTH = 100  # longest line a nested dict is written on before it is split, one entry a line

SIZES = {
    "text": ["batch_size", "max_seq_length"],
    "seq2seq": ["batch_size", "max_seq_length"],
    "image": ["batch_size", "num_channels", "height", "width"],
    "audio": ["batch_size", "max_audio_seq_length"],
    "whisper": ["batch_size", "max_audio_seq_length", "max_seq_length"],
    "image_text": ["batch_size", "max_seq_length", "num_channels", "height", "width"],
}
INPUTS = {
    "text": [
        "inputs = {",
        '    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),',
        '    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),',
        "}",
    ],
    "seq2seq": [
        "inputs = {",
        '    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),',
        '    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),',
        '    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),',
        "}",
    ],
    "image": ['inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}'],
    "audio": ['inputs = {"input_values": torch.randn(batch_size, max_audio_seq_length)}'],
    "whisper": [
        "inputs = {",
        '    "input_features": torch.randn(batch_size, config.num_mel_bins, num_frames),',
        '    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),',
        "}",
    ],
    "image_text": [
        "# the tokenizer truncates text to the text tower's position table",
        "text_length = min(max_seq_length, config.text_config.max_position_embeddings)",
        "inputs = {",
        '    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, text_length)),',
        '    "attention_mask": torch.ones(batch_size, text_length, dtype=torch.long),',
        '    "pixel_values": torch.rand(batch_size, num_channels, height, width),',
        "}",
    ],
}
# lines before the config that some modalities need
PREAMBLE = {
    "whisper": [
        "# log-mel frames at a 160-sample hop; the encoder takes exactly 2 * max_source_positions frames",
        "# (1500 on the Hub for a 30 s window), so the clip length sets max_source_positions",
        "num_frames = max_audio_seq_length // 320 * 2",
        "",
    ],
}
DECODER_ONLY_LAYERS = ("num_hidden_layers", "n_layer", "num_layers")
ENCODER_DECODER_LAYERS = (("encoder_layers", "decoder_layers"), ("num_layers", "num_decoder_layers"))


def script_name(row):
    """The file stem of a row's script: ``name`` if the row gives one (two Hub names the same but for
    their owner), else the Hub name, lower case, every other character ``_``."""
    return row.get("name") or re.sub(r"[^a-z0-9]+", "_", row["hub_id"].split("/")[1].lower()).strip("_")


def value(v, indent):
    """``v`` as Python source at ``indent`` spaces; dicts too long for one line get one entry a line."""
    if isinstance(v, Code):
        return v.source
    if isinstance(v, str):
        return json.dumps(v)
    if isinstance(v, (list, tuple)):
        return "[" + ", ".join(value(x, indent) for x in v) + "]"
    if isinstance(v, dict):
        inline = "{" + ", ".join(f"{json.dumps(k)}: {value(x, indent)}" for k, x in v.items()) + "}"
        if indent + len(inline) <= WIDTH:
            return inline
        inner = " " * (indent + 4)
        entries = [f"{inner}{json.dumps(k)}: {value(x, indent + 4)}," for k, x in v.items()]
        return "{\n" + "\n".join(entries) + "\n" + " " * indent + "}"
    return repr(v)


def one_layer(row):
    """The row's params with one layer (of each stack), the docstring's words and the comment."""
    params = dict(row["params"])
    for encoder, decoder in ENCODER_DECODER_LAYERS:
        if encoder in params and decoder in params:
            n = params[encoder]
            params[encoder] = params[decoder] = 1
            return (params, f"one encoder and one decoder layer of {n} each",
                    f"# the Hub model has {n} encoder and {n} decoder layers; one of each is built (variant::one_layer)")
    [key] = [k for k in DECODER_ONLY_LAYERS if k in params]
    n = params[key]
    params[key] = 1
    return (params, f"one of its {n} decoder layers",
            f"# the Hub model has {n} layers; one is built with the real hyperparameters (variant::one_layer)")


def render(row, generates=False):
    """The text of ``row``'s script; with ``generates``, its models/llm/ twin, which generates."""
    name = script_name(row)
    labels = (f"# labels: name::{name} author::{row['hub_id'].split('/')[0]} task::{row['task']} "
              f"license::{row['license']} test_group::daily hub_id::{row['hub_id']}")
    params, about, comments = row["params"], row["about"], list(row.get("comment", []))
    if row.get("one_layer"):
        params, layers, comment = one_layer(row)
        about = f"{about}, {layers}"
        labels += " variant::one_layer"
        comments.insert(0, comment)
    sizes = SIZES[row["kind"]] + (["max_new_tokens"] if generates else [])
    lines = [
        labels,
        '"""',
        f"{about}, built from transformers.{row['config']} with random weights.",
    ]
    if generates:
        lines.append("Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.")
    lines += [
        "",
        f"Source: https://huggingface.co/{row['hub_id']}",
        '"""',
        "import torch",
        f"from transformers import {row['config']}, {row['model']}",
        "",
        "from mlagility.parser import parse",
        "",
        f"{', '.join(sizes)} = parse([{', '.join(json.dumps(s) for s in sizes)}])",
        "",
        *PREAMBLE.get(row["kind"], []),
        *comments,
        f"config = {row['config']}(",
        *(f"    {k}={value(v, 4)}," for k, v in params.items()),
        ")",
        f"model = {row['model']}(config){'.eval()' if generates else ''}",
        *INPUTS[row["kind"]],
        "",
    ]
    if generates:
        lines += [
            "# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early",
            "model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)",
        ]
    else:
        lines.append("model(**inputs)")
    return "\n".join(lines) + "\n"


def scripts():
    """Every script the table makes: {path relative to models/: text}."""
    out = {}
    for row in MODELS:
        name = script_name(row)
        out[f"popular_on_huggingface/{name}.py"] = render(row)
        if row["task"] == "Generative_AI":
            out[f"llm/{name}.py"] = render(row, generates=True)
    return out


def hub_id_of(path):
    """The ``hub_id`` label of a script, or None."""
    found = re.search(r"hub_id::(\S+)", path.read_text().splitlines()[0])
    return found and found.group(1)


def check_table():
    """The table names each Hub id once, and none that a hand-written script already has."""
    ids = [row["hub_id"] for row in MODELS]
    twice = sorted({i for i in ids if ids.count(i) > 1})
    if twice:
        raise SystemExit(f"in the table twice: {twice}")
    ours = {f"{script_name(row)}.py" for row in MODELS}
    hand_written = {hub_id_of(p): p.name for p in POPULAR.glob("*.py") if p.name not in ours}
    taken = sorted(f"{i} ({hand_written[i]})" for i in ids if i in hand_written)
    if taken:
        raise SystemExit(f"already hand-written: {taken}")
    for name in sorted(ours):
        path = POPULAR / name
        if path.exists() and hub_id_of(path) not in ids:
            raise SystemExit(f"{name} exists and is not the table's")


def write(root=MODELS_DIR):
    """Write every script of the table under ``root`` (models/, or a test's folder); return them."""
    written = scripts()
    for relative, text in written.items():
        path = Path(root) / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_text(text)
    return written


def main():
    """Write every script of the table into models/; report how many."""
    check_table()
    written = write()
    llm = sum(1 for r in written if r.startswith("llm/"))
    print(f"{len(written) - llm} scripts in popular_on_huggingface, {llm} in llm")


if __name__ == "__main__":
    main()
