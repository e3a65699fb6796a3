# labels: name::megatron_bert author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
Megatron-BERT 345M, built from transformers.MegatronBertConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/megatron_bert
"""
import torch
from transformers import MegatronBertConfig, MegatronBertModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = MegatronBertConfig(vocab_size=29056)
model = MegatronBertModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
