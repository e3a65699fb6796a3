# labels: name::smollm2_135m_instruct author::HuggingFaceTB task::Generative_AI license::apache-2.0 test_group::daily hub_id::HuggingFaceTB/SmolLM2-135M-Instruct
"""
SmolLM2-135M-Instruct causal language model (Llama architecture), built from transformers.LlamaConfig with random weights.

Source: https://huggingface.co/HuggingFaceTB/SmolLM2-135M-Instruct
"""
import torch
from transformers import LlamaConfig, LlamaForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = LlamaConfig(
    vocab_size=49152,
    hidden_size=576,
    intermediate_size=1536,
    num_hidden_layers=30,
    num_attention_heads=9,
    num_key_value_heads=3,
    hidden_act="silu",
    max_position_embeddings=8192,
    rms_norm_eps=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 100000.0},
    tie_word_embeddings=True,
    bos_token_id=1,
    eos_token_id=2,
)
model = LlamaForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
