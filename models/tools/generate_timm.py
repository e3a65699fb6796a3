"""Write models/timm: one script per timm architecture, from timm's own registry.

Every name of ``timm.list_models()`` that ``check_timm.py`` found to build becomes
``models/timm/<name>.py``, a script like every other corpus's (models/readme.md): the labels,
a docstring naming the model's family and its source, sizes from ``parse()``,
``timm.create_model(name, pretrained=False)``, one call. What the check found decides the rest:
a model that takes only its own input size is called at that size (its ``pretrained_cfg``), one
built for a fixed size that can be built for another is built for the parsed one
(``img_size=(height, width)``), and one whose batch norms see a 1x1 map at batch 1 is put in
``eval()`` mode first. The names that
do not build are listed, with the reason, in models/readme.md (``--readme`` prints that table).

The scripts depend only on the check's results (``timm_check.json``) and this file, so running
it again on the same timm rewrites models/timm byte for byte (tests/test_timm_corpus.py checks).

    python models/tools/generate_timm.py             # rewrites models/timm
    python models/tools/generate_timm.py --readme    # prints the readme's table of left-out names
"""

import argparse
import json
import sys
from pathlib import Path

TOOLS = Path(__file__).resolve().parent
CHECK = TOOLS / "timm_check.json"
CORPUS = TOOLS.parent / "timm"
TIMM_REPO = "https://github.com/huggingface/pytorch-image-models"
# Float32 weights above this many parameters (8 GiB) leave too little of a 24 GiB machine for the
# eager model, an exported copy and a runtime's session together.
MAX_PARAMETERS = 2_000_000_000
# The smoke scripts CI runs: timm's own test models, a few hundred thousand parameters each.
SMOKE = {"test_convnext", "test_efficientnet", "test_resnet"}

# What each timm.models module holds, in a few words (the module is where an architecture is registered).
FAMILIES = {
    "beit": "BEiT (BERT pre-training of image transformers)",
    "byoanet": "bring-your-own-attention network (ResNet-like stages with self-attention blocks)",
    "byobnet": "bring-your-own-blocks network (ResNet, RepVGG, MobileOne, GENet and similar stacks)",
    "cait": "CaiT (class-attention in image transformers)",
    "coat": "CoaT (co-scale conv-attentional image transformer)",
    "convit": "ConViT (vision transformer with gated positional self-attention)",
    "convmixer": "ConvMixer (patches mixed by depthwise and pointwise convolutions)",
    "convnext": "ConvNeXt (a convolutional network modernized after vision transformers)",
    "cpubone": "CPUBone (a convolutional backbone designed for CPU inference)",
    "crossvit": "CrossViT (dual-branch vision transformer with cross-attention)",
    "csatv2": "CSATv2 (a hybrid convolution and attention network)",
    "cspnet": "CSPNet (cross stage partial network: CSPResNet, CSPDarkNet and similar)",
    "cspnext": "CSPNeXt (the RTMDet backbone)",
    "davit": "DaViT (dual attention vision transformer)",
    "deepseek_vit": "DeepSeek vision transformer (the image encoder of DeepSeek's vision-language models)",
    "deit": "DeiT (data-efficient image transformer)",
    "densenet": "DenseNet (densely connected convolutional network)",
    "dla": "DLA (deep layer aggregation)",
    "dpn": "DPN (dual path network)",
    "edgenext": "EdgeNeXt (convolution and transposed attention for mobile devices)",
    "efficientformer": "EfficientFormer (vision transformer at MobileNet speed)",
    "efficientformer_v2": "EfficientFormer-V2 (mobile vision transformer)",
    "efficientnet": "EfficientNet-family network (EfficientNet, MobileNet V2, MixNet, MnasNet, FBNet and similar)",
    "efficientvim": "EfficientViM (vision Mamba with hidden-state mixing)",
    "efficientvit_mit": "EfficientViT (MIT, multi-scale linear attention)",
    "efficientvit_msra": "EfficientViT (Microsoft Research, cascaded group attention)",
    "eva": "EVA-family vision transformer (EVA, EVA-02 and related encoders)",
    "fasternet": "FasterNet (partial convolutions)",
    "fastvit": "FastViT (hybrid vision transformer with structural reparameterization)",
    "focalnet": "FocalNet (focal modulation network)",
    "gcvit": "GC ViT (global context vision transformer)",
    "gemma4_vit": "Gemma 4 vision transformer (the image encoder of Gemma 4)",
    "ghostnet": "GhostNet (cheap ghost feature maps)",
    "hardcorenas": "HardCoRe-NAS network (latency-constrained architecture search)",
    "hgnet": "PP-HGNet (high-performance GPU network)",
    "hiera": "Hiera (hierarchical vision transformer)",
    "hieradet_sam2": "HieraDet (the SAM 2 Hiera image encoder)",
    "hrnet": "HRNet (high-resolution network classifier)",
    "iformer": "iFormer (a mobile hybrid of convolution and attention)",
    "inception_next": "InceptionNeXt (ConvNeXt with Inception depthwise convolutions)",
    "inception_resnet_v2": "Inception-ResNet-v2",
    "inception_v3": "Inception-v3",
    "inception_v4": "Inception-v4",
    "lcnetv2": "PP-LCNetV2 (lightweight CPU network)",
    "levit": "LeViT (vision transformer with convolutional stages for fast inference)",
    "lowformer": "LowFormer (hardware-efficient convolutional transformer)",
    "mambaout": "MambaOut (gated convolutional network without state-space mixing)",
    "maxxvit": "MaxViT or CoAtNet (CNN and vision transformer hybrid)",
    "metaformer": "MetaFormer (PoolFormer, ConvFormer, CAFormer)",
    "mlp_mixer": "MLP-Mixer-family network (MLP-Mixer, ResMLP, gMLP)",
    "mobilenetv3": "MobileNetV3-family network (MobileNetV3, MobileNetV4, LCNet, FBNetV3)",
    "mobilenetv5": "MobileNetV5 (the Gemma 3n image encoder)",
    "mobilevit": "MobileViT (mobile vision transformer)",
    "mvitv2": "MViTv2 (multiscale vision transformer)",
    "naflexvit": "NaFlex vision transformer (flexible-resolution ViT)",
    "nasnet": "NASNet-A Large (neural architecture search network)",
    "nest": "NesT (nested hierarchical transformer)",
    "nextvit": "Next-ViT (next-generation vision transformer for deployment)",
    "nfnet": "normalization-free network (NFNet, NF-RegNet, NF-ResNet)",
    "pit": "PiT (pooling-based vision transformer)",
    "pnasnet": "PNASNet-5 Large (progressive neural architecture search network)",
    "pvt_v2": "PVT v2 (pyramid vision transformer)",
    "qwen3_vit": "Qwen3 vision transformer (the image encoder of Qwen3-VL)",
    "rdnet": "RDNet (revitalized DenseNet)",
    "regnet": "RegNet (RegNetX, RegNetY, RegNetZ)",
    "repghost": "RepGhostNet (GhostNet with reparameterized feature reuse)",
    "repvit": "RepViT (a mobile CNN revisited from a vision transformer's view)",
    "res2net": "Res2Net (multi-scale residual network)",
    "resnest": "ResNeSt (split-attention network)",
    "resnet": "ResNet-family network (ResNet, ResNeXt, SE-ResNet, ECA-ResNet and variants)",
    "resnetv2": "pre-activation ResNet v2 (BiT-style, with group norm and weight standardization)",
    "rexnet": "ReXNet (rank expansion network)",
    "selecsls": "SelecSLS network (selective long and short range skip connections)",
    "senet": "SENet (squeeze-and-excitation network, the original Caffe ports)",
    "sequencer": "Sequencer (LSTM-based image model)",
    "shvit": "SHViT (single-head vision transformer)",
    "sknet": "SKNet (selective kernel network)",
    "starnet": "StarNet (element-wise multiplication network)",
    "swiftformer": "SwiftFormer (additive attention for mobile vision)",
    "swin_transformer": "Swin Transformer (shifted-window vision transformer)",
    "swin_transformer_v2": "Swin Transformer V2",
    "swin_transformer_v2_cr": "Swin Transformer V2 (timm's continuous-position-bias implementation)",
    "tiny_vit": "TinyViT (small vision transformer trained by distillation)",
    "tnt": "TNT (transformer in transformer)",
    "tresnet": "TResNet (a ResNet designed for GPU throughput)",
    "twins": "Twins (spatially separable vision transformer)",
    "vgg": "VGG",
    "visformer": "Visformer (vision-friendly transformer)",
    "vision_transformer": "Vision Transformer (ViT)",
    "vision_transformer_hybrid": "hybrid Vision Transformer (a CNN stem feeding ViT)",
    "vision_transformer_relpos": "Vision Transformer with relative position embeddings",
    "vision_transformer_sam": "Vision Transformer (the Segment Anything image encoder)",
    "vitamin": "ViTamin (a vision transformer designed for vision-language models)",
    "volo": "VOLO (vision outlooker)",
    "vovnet": "VoVNet (one-shot aggregation network)",
    "xception": "Xception",
    "xception_aligned": "aligned Xception (the DeepLab variant)",
    "xcit": "XCiT (cross-covariance image transformer)",
}

SCRIPT = '''\
# labels: name::{name} author::timm task::Computer_Vision license::apache-2.0 test_group::{group}
"""
{name}: {family}, built by timm with random weights.

Source: {source}
"""
import timm
import torch

from mlagility.parser import parse

{sizes}

{build}{body}
model(**inputs)
'''


def load_check(path: Path = CHECK) -> dict:
    """The check's results: ``{"timm": version, "torch": version, "architectures": {name: result}}``."""
    return json.loads(path.read_text())


def left_out(result: dict) -> str | None:
    """Why an architecture gets no script, or None if it gets one."""
    if not result["builds"]:
        return result["error"]
    if result["parameters"] > MAX_PARAMETERS:
        return f"too large: {result['parameters'] / 1e9:.1f} B parameters ({result['parameters'] * 4 / 2**30:.0f} GiB in float32)"
    return None


def source(module: str, result: dict) -> str:
    """The page the docstring cites: the model's card on the Hugging Face Hub that timm's
    pretrained_cfg names (it cites the papers), else the paper it names, else the timm module
    that defines the architecture."""
    if result.get("hf_hub_id"):
        return f"https://huggingface.co/{result['hf_hub_id']}"
    paper = result.get("paper_ids")
    paper = paper[0] if isinstance(paper, list) else paper
    if paper and paper.startswith("arXiv:"):
        return f"https://arxiv.org/abs/{paper.removeprefix('arXiv:')}"
    return f"{TIMM_REPO}/blob/main/timm/models/{module}.py"


def script(name: str, module: str, result: dict) -> str:
    """The text of ``models/timm/<name>.py``."""
    height, width = result["size"]
    if (height, width) == (224, 224):
        sizes = 'batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])'
        shape = "batch_size, num_channels, height, width"
    else:
        sizes = 'batch_size, num_channels = parse(["batch_size", "num_channels"])'
        shape = f"batch_size, num_channels, {height}, {width}"
    fixed = result.get("small_fixed") == "ok"
    if fixed and result["small_img_size"]:
        build = ("# Its position embeddings (or attention windows) are made for one input size when it is built:\n"
                 "# it is built for the size it is called at.\n"
                 f'model = timm.create_model("{name}", pretrained=False, img_size=(height, width))\n')
    else:
        build = f'model = timm.create_model("{name}", pretrained=False)\n'
    body = []
    if result["eval"]:
        body += ["# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), "
                 "which training mode rejects.", "model.eval()"]
    elif fixed and result["small_eval"]:
        body += ["# A batch norm sees one value per channel at batch size 1 on small images (a 1x1 map), "
                 "which training mode rejects.", "model.eval()"]
    if (height, width) != (224, 224):
        body.append(f"# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): {height}x{width}.")
    body.append(f'inputs = {{"x": torch.rand({shape})}}')
    return SCRIPT.format(name=name, group="smoke" if name in SMOKE else "daily", family=FAMILIES[module],
                         source=source(module, result), sizes=sizes, build=build, body="\n".join(body) + "\n")


def modules() -> dict[str, str]:
    """Each registered architecture's timm.models module (the family FAMILIES describes)."""
    import timm

    return {name: module for module in timm.list_modules() for name in timm.list_models(module=module)}


def generate(out: Path = CORPUS, check: dict | None = None) -> list[str]:
    """Write one script per buildable architecture into ``out`` (emptied of scripts first, so a
    name timm dropped goes too); returns the names written."""
    check = check or load_check()
    module_of = modules()
    out.mkdir(parents=True, exist_ok=True)
    for old in out.glob("*.py"):
        old.unlink()
    written = []
    for name, result in sorted(check["architectures"].items()):
        if left_out(result) is None:
            (out / f"{name}.py").write_text(script(name, module_of[name], result))
            written.append(name)
    return written


def readme_table(check: dict | None = None) -> str:
    """The readme's table of the architectures that get no script, with the reason."""
    check = check or load_check()
    rows = ["| architecture | why it has no script |", "| --- | --- |"]
    for name, result in sorted(check["architectures"].items()):
        reason = left_out(result)
        if reason is not None:
            rows.append(f"| `{name}` | {reason.replace('|', '/')} |")
    return "\n".join(rows)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--readme", action="store_true", help="print the table of left-out names instead")
    parser.add_argument("--out", type=Path, default=CORPUS, help="where the scripts go (default: models/timm)")
    args = parser.parse_args()
    import timm

    ran_on = load_check()["timm"]
    if timm.__version__ != ran_on:
        sys.exit(f"timm_check.json is from timm {ran_on}, this is {timm.__version__}: run check_timm.py --fresh first")
    if args.readme:
        print(readme_table())
        return
    written = generate(args.out)
    print(f"{len(written)} scripts in {args.out}", file=sys.stderr)


if __name__ == "__main__":
    main()
