# labels: name::phi author::huggingface task::Generative_AI license::apache-2.0 test_group::daily variant::one_layer
"""
Phi-2 hyperparameters with one decoder layer and its language-modeling head, built from transformers.PhiConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/docs/transformers/model_doc/phi
"""
import torch
from transformers import PhiConfig, PhiForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = PhiConfig(
    hidden_size=2560,
    intermediate_size=10240,
    num_attention_heads=32,
    num_hidden_layers=1,
)
model = PhiForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
