# labels: name::openai_gpt author::openai-community task::Generative_AI license::mit test_group::daily hub_id::openai-community/openai-gpt
"""
OpenAI GPT (GPT-1) causal language model, built from transformers.OpenAIGPTConfig with random weights.
Generates greedily: max_new_tokens new tokens after a random prompt of max_seq_length tokens.

Source: https://huggingface.co/openai-community/openai-gpt
"""
import torch
from transformers import OpenAIGPTConfig, OpenAIGPTLMHeadModel

from mlagility.parser import parse

batch_size, max_seq_length, max_new_tokens = parse(["batch_size", "max_seq_length", "max_new_tokens"])

config = OpenAIGPTConfig(
    vocab_size=40478,
    n_positions=512,
    n_embd=768,
    n_layer=12,
    n_head=12,
    afn="gelu",
    layer_norm_epsilon=1e-05,
)
model = OpenAIGPTLMHeadModel(config).eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

# exactly max_new_tokens new tokens: min_new_tokens keeps an end-of-sequence token from stopping it early
model.generate(**inputs, max_new_tokens=max_new_tokens, min_new_tokens=max_new_tokens, do_sample=False)
