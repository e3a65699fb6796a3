# labels: name::janus author::huggingface task::Multimodal license::apache-2.0 test_group::daily variant::one_layer
"""
Janus text and image model, its default hyperparameters but one language-model layer, built from transformers.JanusConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/janus
"""
import torch
from transformers import JanusConfig, JanusModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# Its image placeholder's id (100581) is past the default vocabulary: the published
# checkpoints add it to their tokenizer, and so the vocabulary here holds it.
config = JanusConfig(text_config={"num_hidden_layers": 1, "vocab_size": 100582})
model = JanusModel(config)
# It takes only its config's image size, 384x384 (position embeddings or patch grid fixed when built).
# A processor's image placeholders, one per image feature (288), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 288), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 288 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, 384, 384),
}

model(**inputs)
