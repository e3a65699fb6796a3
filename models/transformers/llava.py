# labels: name::llava author::huggingface task::Multimodal license::apache-2.0 test_group::daily variant::one_layer
"""
Llava text and image model, its default hyperparameters but one language-model layer, built from transformers.LlavaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/llava
"""
import torch
from transformers import LlavaConfig, LlavaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# Its image placeholder's id (32000) is past the default vocabulary: the published
# checkpoints add it to their tokenizer, and so the vocabulary here holds it.
config = LlavaConfig(text_config={"num_hidden_layers": 1, "vocab_size": 32001})
model = LlavaModel(config)
# It takes only its config's image size, 336x336 (position embeddings or patch grid fixed when built).
# A processor's image placeholders, one per image feature (576), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 576), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 576 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, 336, 336),
}

model(**inputs)
