# labels: name::clipseg author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
CLIPSeg text and image model, built from transformers.CLIPSegConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/clipseg
"""
import torch
from transformers import CLIPSegConfig, CLIPSegModel

from mlagility.parser import parse

batch_size, max_seq_length, height, width = parse(
    ["batch_size", "max_seq_length", "height", "width"]
)

config = CLIPSegConfig()
model = CLIPSegModel(config)
# Its text takes at most config.text_config.max_position_embeddings tokens (its position table).
seq_length = min(max_seq_length, config.text_config.max_position_embeddings)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, seq_length)),
    "attention_mask": torch.ones(batch_size, seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, height, width),
}

model(**inputs)
