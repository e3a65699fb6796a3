# labels: name::xlnet_base_cased author::xlnet task::Natural_Language_Processing license::mit test_group::daily hub_id::xlnet/xlnet-base-cased
"""
XLNet base (cased) permutation-language-model encoder, built from transformers.XLNetConfig with random weights.

Source: https://huggingface.co/xlnet/xlnet-base-cased
"""
import torch
from transformers import XLNetConfig, XLNetModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = XLNetConfig(
    vocab_size=32000,
    d_model=768,
    n_layer=12,
    n_head=12,
    d_inner=3072,
    ff_activation="gelu",
    attn_type="bi",
    layer_norm_eps=1e-12,
    pad_token_id=5,
    bos_token_id=1,
    eos_token_id=2,
)
model = XLNetModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
