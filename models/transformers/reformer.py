# labels: name::reformer author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Reformer text model, built from transformers.ReformerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/reformer
"""
import torch
from transformers import ReformerConfig, ReformerModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = ReformerConfig()
model = ReformerModel(config)
# In training mode, as built, it fails here (If training, make sure that config.axial_pos_shape
# factors: (64, 64) multiply to sequence length): eval mode, as for inference.
model.eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
