"""Stage: onnxruntime's transformer fusions (attention, LayerNorm, GELU, SkipLayerNorm, ...), the
ones that make BERT-class models fast on a CPU, with the model type read from the invocation."""

from __future__ import annotations

from pathlib import Path

# The optimizer's model types, by a word of the model's class name (checked in this order:
# "distilbert" before "bert"); a class no word matches gets the plain "bert" fusions, which fuse
# what they find (LayerNorm, GELU, attention of the BERT kind) and leave the rest as it was.
MODEL_TYPES = (("gptneox", "gpt_neox"), ("gpt2", "gpt2"), ("bart", "bart"), ("t5", "t5"), ("clip", "clip"),
               ("swin", "swin"), ("vit", "vit"), ("unet", "unet"), ("phi", "phi"), ("qwen3", "qwen3"),
               ("bert", "bert"))
FALLBACK_MODEL_TYPE = "bert"


def model_type(model_class: str) -> str:
    """The transformer optimizer's model type for a model class (``transformers...BertModel``)."""
    name = model_class.rsplit(".", 1)[-1].lower().replace("_", "")
    return next((kind for word, kind in MODEL_TYPES if word in name), FALLBACK_MODEL_TYPE)


# The stable-diffusion fusions (unet, vae, clip) that write operators onnxruntime has CUDA kernels
# for only: a CPU cannot load the graph they make.
CUDA_ONLY_FUSIONS = ("enable_nhwc_conv", "enable_group_norm", "enable_skip_group_norm", "enable_bias_splitgelu",
                     "enable_bias_add", "enable_packed_qkv", "enable_packed_kv")


def graphs(graph, path: str = "main"):
    """``graph`` and every graph inside it (If branches, Loop and Scan bodies), each with a path
    of node and attribute names (``main/If_32.then_branch``)."""
    import onnx

    yield path, graph
    for node in graph.node:
        for attribute in node.attribute:
            if attribute.type == onnx.AttributeProto.GRAPH:
                yield from graphs(attribute.g, f"{path}/{node.name}.{attribute.name}")


def put_back_dropped_constants(source, fused) -> list[str]:
    """Put back into ``fused`` (a ModelProto) the Constant nodes of ``source`` that wrote a graph's
    output and are gone: onnxruntime's fusions remove every Constant that no node reads
    (``OnnxModel.remove_unused_constant``), and one that is an If branch's output is read by none,
    which leaves the branch without its output and a graph onnxruntime refuses to load. Returns
    the paths of the graphs it put one back into."""
    import onnx

    before = dict(graphs(source.graph))
    put_back = []
    for path, graph in graphs(fused.graph):
        made = ({o for node in graph.node for o in node.output} | {i.name for i in graph.input}
                | {t.name for t in graph.initializer})
        for output in graph.output:
            if output.name in made or path not in before:
                continue
            constant = next((node for node in before[path].node
                             if node.op_type == "Constant" and output.name in node.output), None)
            if constant is not None:
                graph.node.append(onnx.NodeProto())
                graph.node[-1].CopyFrom(constant)
                put_back.append(path)
    return put_back


def drop_repeated_casts(fused) -> list[str]:
    """Remove from ``fused`` (a ModelProto) each Cast node that repeats an earlier one: the same
    input, type and output. onnxruntime's embedding fusion casts each embedding's position ids to
    int32 as ``<input>_int32``; where the encoder's and the decoder's are one folded initializer
    (BART's), it writes that Cast twice, and onnxruntime refuses a graph that defines a name twice
    ("Duplicate definition of name (add_int32)"). Returns the outputs of the casts removed."""
    dropped = []
    for _, graph in graphs(fused.graph):
        seen, kept = set(), []
        for node in graph.node:
            key = (tuple(node.input), tuple(node.output), tuple(a.SerializeToString() for a in node.attribute))
            if node.op_type == "Cast" and key in seen:
                dropped.extend(node.output)
                continue
            if node.op_type == "Cast":
                seen.add(key)
            kept.append(node)
        if len(kept) < len(graph.node):
            del graph.node[:]
            graph.node.extend(kept)
    return dropped


# Operators whose bias input onnxruntime's fusions read without checking it is there, with the
# number of inputs such a node has when it has no bias.
BIASED = {"Gemm": 2, "LayerNormalization": 2}


def bias_length(node, weight) -> int | None:
    """The length of the bias ``node`` (a Gemm or LayerNormalization without one) would take, read
    from the shape of ``weight``, its second input's initializer; None where it has no shape."""
    if not weight.dims:
        return None
    if node.op_type == "LayerNormalization":
        return weight.dims[-1] if len(weight.dims) == 1 else None
    trans_b = next((a.i for a in node.attribute if a.name == "transB"), 0)
    return weight.dims[0] if trans_b else weight.dims[-1]


def unbiased(model) -> list[tuple[object, object, object, int]]:
    """The Gemm and LayerNormalization nodes of ``model`` that have no bias input, each with its
    graph, its weight (an initializer) and the bias length it would take. A model with random
    weights has zero biases, which the exporter's optimizer drops (GPT-2's Gemms); some models
    have none (MPT's LayerNorms)."""
    found = []
    for _, graph in graphs(model.graph):
        initializers = {i.name: i for i in graph.initializer}
        for node in graph.node:
            if node.op_type in BIASED and len(node.input) == BIASED[node.op_type]:
                weight = initializers.get(node.input[1])
                length = None if weight is None else bias_length(node, weight)
                if length is not None:
                    found.append((graph, node, weight, length))
    return found


def give_zero_biases(nodes: list[tuple[object, object, object, int]]) -> None:
    """Give each of ``nodes`` (see :func:`unbiased`) a zero bias of its weight's type: the same
    result, in the form onnxruntime's fusions read (they index the bias input, and raise an
    IndexError where there is none)."""
    import numpy as np
    import onnx
    from onnx import numpy_helper

    for graph, node, weight, length in nodes:
        name = f"{node.name or node.output[0]}.zero_bias"
        dtype = onnx.helper.tensor_dtype_to_np_dtype(weight.data_type)
        graph.initializer.append(numpy_helper.from_array(np.zeros(length, dtype=dtype), name))
        node.input.append(name)


def fuse(source: Path, folder: Path, model_class: str) -> tuple[Path, dict[str, int], str]:
    """Write ``folder/model.fused.onnx`` (weights beside it) from ``source`` with the fusions of
    ``model_class``'s type; returns it, the fused operators' counts (only those found) and a note
    of what was mended around them (empty when nothing was)."""
    import onnx
    from onnxruntime.transformers.fusion_options import FusionOptions
    from onnxruntime.transformers.optimizer import optimize_model

    target = folder / "model.fused.onnx"
    kind = model_type(model_class)
    options = FusionOptions(kind)
    for fusion in CUDA_ONLY_FUSIONS:
        setattr(options, fusion, False)
    exported = onnx.load(str(source), load_external_data=False)
    missing_biases = len(unbiased(exported))
    model = str(source)
    if missing_biases:  # loaded whole (the weights too) only when it is changed
        model = onnx.load(str(source))
        give_zero_biases(unbiased(model))
    # opt_level 0: the fusions alone; onnxruntime's own graph optimizations are the optimize stage's.
    fused = optimize_model(model, model_type=kind, opt_level=0, use_gpu=False, optimization_options=options)
    put_back = put_back_dropped_constants(exported, fused.model)
    repeated = drop_repeated_casts(fused.model)
    notes = []
    if missing_biases:
        notes.append(f"fusions: gave {missing_biases} Gemm or LayerNormalization node{'s' * (missing_biases > 1)} the "
                     "zero bias the exported graph left out, as onnxruntime's fusions read one")
    if put_back:
        notes.append(f"fusions: put back {len(put_back)} Constant node{'s' * (len(put_back) > 1)} that onnxruntime's "
                     f"fusions dropped from a branch ({', '.join(put_back)}): it was that branch's output")
    if repeated:
        notes.append(f"fusions: removed {len(repeated)} Cast node{'s' * (len(repeated) > 1)} that onnxruntime's "
                     f"fusions wrote twice ({', '.join(repeated)}): a graph may define a name once")
    note = "; ".join(notes)
    fused.save_model_to_file(str(target), use_external_data_format=True)
    counts = {op: count for op, count in (fused.get_fused_operator_statistics() or {}).items() if count}
    return target, counts, note
