# labels: name::internvl author::huggingface task::Multimodal license::apache-2.0 test_group::daily variant::one_layer
"""
InternVL text and image model, its default hyperparameters but one language-model layer, built from transformers.InternVLConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/internvl
"""
import torch
from transformers import InternVLConfig, InternVLModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = InternVLConfig(text_config={"num_hidden_layers": 1})
model = InternVLModel(config)
# It takes only its config's image size here, 448x448, as its processor resizes every image to it:
# its image features, and so its placeholders below, are as many as that size gives.
# A processor's image placeholders, one per image feature (256), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 256), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 256 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, 448, 448),
}

model(**inputs)
