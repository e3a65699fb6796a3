# labels: name::funnel author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Funnel Transformer (base, the config's defaults), built from transformers.FunnelConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/funnel
"""
import torch
from transformers import FunnelConfig, FunnelModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = FunnelConfig()
model = FunnelModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
