# labels: name::paraphrase_xlm_r_multilingual_v1 author::sentence-transformers task::Natural_Language_Processing license::apache-2.0 test_group::daily hub_id::sentence-transformers/paraphrase-xlm-r-multilingual-v1
"""
paraphrase-xlm-r-multilingual-v1 sentence embedder (XLM-RoBERTa base), built from transformers.XLMRobertaConfig with random weights.

Source: https://huggingface.co/sentence-transformers/paraphrase-xlm-r-multilingual-v1
"""
import torch
from transformers import XLMRobertaConfig, XLMRobertaModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = XLMRobertaConfig(
    vocab_size=250002,
    hidden_size=768,
    num_hidden_layers=12,
    num_attention_heads=12,
    intermediate_size=3072,
    hidden_act="gelu",
    max_position_embeddings=514,
    type_vocab_size=1,
    layer_norm_eps=1e-05,
    pad_token_id=1,
    bos_token_id=0,
    eos_token_id=2,
)
model = XLMRobertaModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
