# labels: name::table_transformer_detection author::microsoft task::Computer_Vision license::mit test_group::daily hub_id::microsoft/table-transformer-detection
"""
Table Transformer (DETR, ResNet-18 backbone) table detector, built from transformers.TableTransformerConfig with random weights.

Source: https://huggingface.co/microsoft/table-transformer-detection
"""
import torch
from transformers import TableTransformerConfig, TableTransformerForObjectDetection

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

config = TableTransformerConfig(
    backbone_config={
        "model_type": "timm_backbone",
        "backbone": "resnet18",
        "use_pretrained_backbone": False,
        "out_indices": [1, 2, 3, 4],
    },
    num_queries=15,
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
    num_labels=2,
)
model = TableTransformerForObjectDetection(config)
inputs = {"pixel_values": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
