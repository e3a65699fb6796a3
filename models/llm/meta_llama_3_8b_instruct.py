# labels: name::meta_llama_3_8b_instruct author::meta-llama task::Generative_AI license::llama3 test_group::daily hub_id::meta-llama/Meta-Llama-3-8B-Instruct variant::one_layer
"""
Llama 3 8B Instruct causal language model, one of its 32 decoder layers, built from transformers.LlamaConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/meta-llama/Meta-Llama-3-8B-Instruct
"""
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

# the Hub model has 32 layers; one is built with the real hyperparameters (variant::one_layer)
config = LlamaConfig(
    vocab_size=128256,
    hidden_size=4096,
    intermediate_size=14336,
    num_hidden_layers=1,
    num_attention_heads=32,
    num_key_value_heads=8,
    hidden_act="silu",
    max_position_embeddings=8192,
    rms_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 500000.0},
    tie_word_embeddings=False,
    bos_token_id=128000,
    eos_token_id=128009,
)
model = LlamaForCausalLM(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
