# labels: name::deepseek_vl author::huggingface task::Multimodal license::apache-2.0 test_group::daily variant::one_layer
"""
DeepseekVL text and image model, its default hyperparameters but one language-model layer, built from transformers.DeepseekVLConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/deepseek_vl
"""
import torch
from transformers import DeepseekVLConfig, DeepseekVLModel

from mlagility.parser import parse

batch_size, max_seq_length, height, width = parse(
    ["batch_size", "max_seq_length", "height", "width"]
)

# Its image placeholder's id (100015) is past the default vocabulary: the published
# checkpoints add it to their tokenizer, and so the vocabulary here holds it.
config = DeepseekVLConfig(text_config={"num_hidden_layers": 1, "vocab_size": 100016})
model = DeepseekVLModel(config)
# A processor's image placeholders, one per image feature (196), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 196), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 196 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, height, width),
}

model(**inputs)
