# labels: name::sarvam_moe author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
SarvamMoE text model, its default hyperparameters but one layer per stack, built from transformers.SarvamMoEConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/sarvam_moe
"""
import torch
from transformers import SarvamMoEConfig, Glm4MoeModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = SarvamMoEConfig(num_hidden_layers=1)
model = Glm4MoeModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
