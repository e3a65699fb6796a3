# labels: name::video_llava author::huggingface task::Multimodal license::apache-2.0 test_group::daily variant::one_layer
"""
VideoLlava text and image model, its default hyperparameters but one language-model layer, built from transformers.VideoLlavaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/video_llava
"""
import torch
from transformers import VideoLlavaConfig, VideoLlavaModel

from mlagility.parser import parse

batch_size, max_seq_length, height, width = parse(
    ["batch_size", "max_seq_length", "height", "width"]
)

# Its image placeholder's id (32000) is past the default vocabulary: the published
# checkpoints add it to their tokenizer, and so the vocabulary here holds it.
config = VideoLlavaConfig(text_config={"num_hidden_layers": 1, "vocab_size": 32001})
model = VideoLlavaModel(config)
# A processor's image placeholders, one per image feature (256), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 256), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 256 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, config.vision_config.num_channels, height, width),
}

model(**inputs)
