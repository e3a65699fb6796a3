# labels: name::siglip_large_patch16_384 author::google task::Multimodal license::apache-2.0 test_group::daily hub_id::google/siglip-large-patch16-384
"""
SigLIP large/16 sigmoid-loss image-text model at 384x384, built from transformers.SiglipConfig with random weights.

Source: https://huggingface.co/google/siglip-large-patch16-384
"""
import torch
from transformers import SiglipConfig, SiglipModel

from mlagility.parser import parse

batch_size, max_seq_length, num_channels, height, width = parse(["batch_size", "max_seq_length", "num_channels", "height", "width"])

# vision position embeddings are sized for the (square) input: 384 on the Hub
config = SiglipConfig(
    text_config={
        "vocab_size": 32000,
        "hidden_size": 1024,
        "intermediate_size": 4096,
        "num_hidden_layers": 24,
        "num_attention_heads": 16,
        "max_position_embeddings": 64,
        "hidden_act": "gelu_pytorch_tanh",
        "pad_token_id": 1,
        "bos_token_id": None,
        "eos_token_id": 1,
    },
    vision_config={
        "hidden_size": 1024,
        "intermediate_size": 4096,
        "num_hidden_layers": 24,
        "num_attention_heads": 16,
        "image_size": height,
        "patch_size": 16,
        "hidden_act": "gelu_pytorch_tanh",
    },
)
model = SiglipModel(config)
# the tokenizer truncates text to the text tower's position table
text_length = min(max_seq_length, config.text_config.max_position_embeddings)
inputs = {
    "input_ids": torch.randint(config.text_config.vocab_size, (batch_size, text_length)),
    "attention_mask": torch.ones(batch_size, text_length, dtype=torch.long),
    "pixel_values": torch.rand(batch_size, num_channels, height, width),
}

model(**inputs)
