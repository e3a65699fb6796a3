# labels: name::tiny_align author::huggingface test_group::variants
"""A small ALIGN (an EfficientNet image tower at a tenth of its width, a two-layer BERT text tower,
64x64 images) from transformers.AlignConfig: its image and text embeddings are divided by their L2
norms (ReduceL2), a graph onnxruntime's symbolic shape inference cannot finish."""
import torch
from transformers import AlignConfig, AlignModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = AlignConfig(
    text_config=dict(hidden_size=64, num_hidden_layers=2, num_attention_heads=2, intermediate_size=128),
    vision_config=dict(image_size=64, width_coefficient=0.1, depth_coefficient=0.1, hidden_dim=64),
    projection_dim=32,
)
model = AlignModel(config)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
    "pixel_values": torch.rand(batch_size, 3, 64, 64),
}

model(**inputs)
