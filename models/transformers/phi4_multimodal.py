# labels: name::phi4_multimodal author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
Phi4Multimodal text model, its default hyperparameters but one layer per stack, built from transformers.Phi4MultimodalConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/phi4_multimodal
"""
import torch
from transformers import Phi4MultimodalConfig, Phi4MultimodalModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Phi4MultimodalConfig(num_hidden_layers=1)
model = Phi4MultimodalModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
