# labels: name::detr_resnet_50 author::facebook task::Computer_Vision license::apache-2.0 test_group::daily hub_id::facebook/detr-resnet-50
"""
DETR object detector with a ResNet-50 backbone (timm, 91 COCO labels), built from transformers.DetrConfig with random weights.

Source: https://huggingface.co/facebook/detr-resnet-50
"""
import torch
from transformers import DetrConfig, DetrForObjectDetection

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = DetrConfig(
    backbone_config={
        "model_type": "timm_backbone",
        "backbone": "resnet50",
        "use_pretrained_backbone": False,
        "out_indices": [1, 2, 3, 4],
    },
    num_queries=100,
    d_model=256,
    encoder_layers=6,
    decoder_layers=6,
    encoder_attention_heads=8,
    decoder_attention_heads=8,
    encoder_ffn_dim=2048,
    decoder_ffn_dim=2048,
    activation_function="relu",
    position_embedding_type="sine",
    dilation=False,
    auxiliary_loss=False,
    num_labels=91,
)
model = DetrForObjectDetection(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
