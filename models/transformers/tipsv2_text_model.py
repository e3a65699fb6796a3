# labels: name::tipsv2_text_model author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Tipsv2Text text model, built from transformers.Tipsv2TextConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/tipsv2_text_model
"""
import torch
from transformers import Tipsv2TextConfig, Tipsv2TextModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = Tipsv2TextConfig()
model = Tipsv2TextModel(config)
# Its text takes at most config.max_position_embeddings tokens (its position table).
seq_length = min(max_seq_length, config.max_position_embeddings)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, seq_length)),
    "attention_mask": torch.ones(batch_size, seq_length, dtype=torch.long),
}

model(**inputs)
