# labels: name::smollm_360m author::HuggingFaceTB task::Generative_AI license::apache-2.0 test_group::daily hub_id::HuggingFaceTB/SmolLM-360M
"""
SmolLM-360M causal language model (Llama architecture), built from transformers.LlamaConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/HuggingFaceTB/SmolLM-360M
"""
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = LlamaConfig(
    vocab_size=49152,
    hidden_size=960,
    intermediate_size=2560,
    num_hidden_layers=32,
    num_attention_heads=15,
    num_key_value_heads=5,
    hidden_act="silu",
    max_position_embeddings=2048,
    rms_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0},
    tie_word_embeddings=True,
    bos_token_id=0,
    eos_token_id=0,
)
model = LlamaForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
