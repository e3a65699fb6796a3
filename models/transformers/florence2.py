# labels: name::florence2 author::huggingface task::Multimodal license::apache-2.0 test_group::daily
"""
Florence2 encoder-decoder text and image model, built from transformers.Florence2Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/florence2
"""
import torch
from transformers import Florence2Config, Florence2Model

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# Its image placeholder's id (51289) is past the default vocabulary: the published
# checkpoints add it to their tokenizer, and so the vocabulary here holds it.
config = Florence2Config(text_config={"vocab_size": 51290})
model = Florence2Model(config)
# It takes only 224x224 here (parse()'s default; its config names no image size): its image
# features, and so its placeholders below, are as many as that size gives.
# A processor's image placeholders, one per image feature (50), then text with ids below the placeholder's.
image_tokens = torch.full((batch_size, 50), config.image_token_id)
inputs = {
    "input_ids": torch.cat([image_tokens, torch.randint(config.image_token_id, (batch_size, max_seq_length))], dim=1),
    "attention_mask": torch.ones(batch_size, 50 + max_seq_length, dtype=torch.long),
    "pixel_values": torch.randn(batch_size, 3, 224, 224),
    "decoder_input_ids": torch.randint(config.text_config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
