# labels: name::deepseek_coder_1_3b_instruct author::deepseek-ai task::Generative_AI license::other test_group::daily hub_id::deepseek-ai/deepseek-coder-1.3b-instruct
"""
DeepSeek-Coder 1.3B Instruct code causal language model (Llama architecture), built from transformers.LlamaConfig with random weights.

Source: https://huggingface.co/deepseek-ai/deepseek-coder-1.3b-instruct
"""
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LlamaConfig(
    vocab_size=32256,
    hidden_size=2048,
    intermediate_size=5504,
    num_hidden_layers=24,
    num_attention_heads=16,
    num_key_value_heads=16,
    hidden_act="silu",
    max_position_embeddings=16384,
    rms_norm_eps=1e-06,
    rope_parameters={"rope_type": "linear", "rope_theta": 100000.0, "factor": 4.0},
    tie_word_embeddings=False,
    bos_token_id=32013,
    eos_token_id=32021,
)
model = LlamaForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
