# labels: name::yolos_tiny author::hustvl task::Computer_Vision license::apache-2.0 test_group::daily hub_id::hustvl/yolos-tiny
"""
YOLOS-tiny ViT object detector (100 detection tokens, 91 COCO labels), built from transformers.YolosConfig with random weights.

Source: https://huggingface.co/hustvl/yolos-tiny
"""
import torch
from transformers import YolosConfig, YolosForObjectDetection

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = YolosConfig(
    hidden_size=192,
    num_hidden_layers=12,
    num_attention_heads=3,
    intermediate_size=768,
    hidden_act="gelu",
    layer_norm_eps=1e-12,
    image_size=[800, 1333],
    patch_size=16,
    num_channels=3,
    qkv_bias=True,
    num_detection_tokens=100,
    use_mid_position_embeddings=False,
    num_labels=91,
)
model = YolosForObjectDetection(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
