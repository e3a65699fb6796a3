# labels: name::ovis2 author::huggingface task::Multimodal license::apache-2.0 test_group::daily variant::one_layer
"""
Ovis2 text and image model, its default hyperparameters but one language-model layer, built from transformers.Ovis2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/ovis2
"""
import torch
from transformers import Ovis2Config, Ovis2Model

from mlagility.parser import parse

batch_size, max_seq_length, height, width = parse(
    ["batch_size", "max_seq_length", "height", "width"]
)

# Its visual embeddings, hidden_size wide (1536), take the place of its image placeholders among its
# text model's embeddings, text_config.hidden_size wide (4096, Qwen2's default): they must be as
# wide, so here hidden_size is the text model's.
config = Ovis2Config(text_config={"num_hidden_layers": 1}, hidden_size=4096)
model = Ovis2Model(config)
# A processor's image placeholders, one per image feature (256), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 256), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 256 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, height, width),
}

model(**inputs)
