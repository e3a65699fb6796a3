# labels: name::cohere2_vision author::huggingface task::Multimodal license::apache-2.0 test_group::daily variant::one_layer
"""
Cohere2Vision text and image model, its default hyperparameters but one language-model layer, built from transformers.Cohere2VisionConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/cohere2_vision
"""
import torch
from transformers import Cohere2VisionConfig, Cohere2VisionModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Cohere2VisionConfig(text_config={"num_hidden_layers": 1})
model = Cohere2VisionModel(config)
# It takes only its config's image size, 512x512 (position embeddings or patch grid fixed when built).
# A processor's image placeholders, one per image feature (256), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 256), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 256 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, 512, 512),
}

model(**inputs)
