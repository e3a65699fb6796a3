# labels: name::albert author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
ALBERT (xxlarge, the config's defaults), built from transformers.AlbertConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/albert
"""
import torch
from transformers import AlbertConfig, AlbertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = AlbertConfig()
model = AlbertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
