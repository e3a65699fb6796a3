# labels: name::fast_vlm author::huggingface task::Multimodal license::apache-2.0 test_group::daily variant::one_layer
"""
FastVlm text and image model, its default hyperparameters but one language-model layer, built from transformers.FastVlmConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/fast_vlm
"""
import torch
from transformers import FastVlmConfig, FastVlmModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = FastVlmConfig(text_config={"num_hidden_layers": 1})
model = FastVlmModel(config)
# It takes only 224x224 here (parse()'s default; its config names no image size): its image
# features, and so its placeholders below, are as many as that size gives.
# A processor's image placeholders, one per image feature (16), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 16), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 16 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, 3, 224, 224),
}

model(**inputs)
