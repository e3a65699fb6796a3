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


def fuse(source: Path, folder: Path, model_class: str) -> tuple[Path, dict[str, int]]:
    """Write ``folder/model.fused.onnx`` (weights beside it) from ``source`` with the fusions of
    ``model_class``'s type; returns it and the fused operators' counts (only those found)."""
    from onnxruntime.transformers.fusion_options import FusionOptions
    from onnxruntime.transformers.optimizer import optimize_model

    target = folder / "model.fused.onnx"
    kind = model_type(model_class)
    options = FusionOptions(kind)
    for fusion in CUDA_ONLY_FUSIONS:
        setattr(options, fusion, False)
    # opt_level 0: the fusions alone; onnxruntime's own graph optimizations are the optimize stage's.
    fused = optimize_model(str(source), model_type=kind, opt_level=0, use_gpu=False, optimization_options=options)
    fused.save_model_to_file(str(target), use_external_data_format=True)
    counts = {op: count for op, count in (fused.get_fused_operator_statistics() or {}).items() if count}
    return target, counts
