# labels: name::roberta author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
RoBERTa (base), built from transformers.RobertaConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/roberta
"""
import torch
from transformers import RobertaConfig, RobertaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = RobertaConfig(vocab_size=50265, max_position_embeddings=514, pad_token_id=1)
model = RobertaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
