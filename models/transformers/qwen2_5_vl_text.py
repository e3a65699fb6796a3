# labels: name::qwen2_5_vl_text author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Qwen2_5_VLText text model, its default hyperparameters but one layer per stack, built from transformers.Qwen2_5_VLTextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/qwen2_5_vl_text
"""
import torch
from transformers import Qwen2_5_VLTextConfig, Qwen2_5_VLTextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Qwen2_5_VLTextConfig(num_hidden_layers=1)
model = Qwen2_5_VLTextModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
