# labels: name::stable_diffusion_safety_checker author::CompVis task::Generative_AI license::other test_group::daily hub_id::CompVis/stable-diffusion-safety-checker
"""
The Stable Diffusion safety checker (a CLIP ViT-L/14 image tower scored against concept embeddings), built as diffusers' StableDiffusionSafetyChecker from its published CLIP config with random weights.

Source: https://huggingface.co/CompVis/stable-diffusion-safety-checker
"""
import torch
from diffusers.pipelines.stable_diffusion.safety_checker import StableDiffusionSafetyChecker
from transformers import CLIPConfig

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = CLIPConfig(
    vision_config={
        "hidden_size": 1024,
        "intermediate_size": 4096,
        "num_hidden_layers": 24,
        "num_attention_heads": 16,
        "image_size": 224,
        "patch_size": 14,
        "hidden_act": "quick_gelu",
    },
    projection_dim=768,
)
model = StableDiffusionSafetyChecker(config)
# forward() scores in NumPy and Python loops; forward_onnx() is the same check in tensors only, and routing
# forward to it (as diffusers' own ONNX exporter does) keeps the call a module call.
model.forward = model.forward_onnx
# The CLIP processor always resizes and crops to 224x224; the generated images keep the pipeline's NHWC layout.
inputs = {
    "clip_input": torch.rand(batch_size, num_channels, 224, 224),
    "images": torch.rand(batch_size, height, width, num_channels),
}

model(**inputs)
