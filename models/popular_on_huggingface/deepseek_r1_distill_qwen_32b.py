# labels: name::deepseek_r1_distill_qwen_32b author::deepseek-ai task::Generative_AI license::mit test_group::daily hub_id::deepseek-ai/DeepSeek-R1-Distill-Qwen-32B variant::one_layer
"""
DeepSeek-R1-Distill-Qwen-32B reasoning model (Qwen2 architecture), one of its 64 decoder layers, built from transformers.Qwen2Config with random weights.

Source: https://huggingface.co/deepseek-ai/DeepSeek-R1-Distill-Qwen-32B
"""
import torch
from transformers import Qwen2Config, Qwen2ForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 64 layers; one is built with the real hyperparameters (variant::one_layer)
config = Qwen2Config(
    vocab_size=152064,
    hidden_size=5120,
    intermediate_size=27648,
    num_hidden_layers=1,
    num_attention_heads=40,
    num_key_value_heads=8,
    hidden_act="silu",
    max_position_embeddings=131072,
    rms_norm_eps=1e-06,
    rope_parameters={"rope_type": "default", "rope_theta": 1000000.0},
    use_sliding_window=False,
    tie_word_embeddings=False,
    bos_token_id=151646,
    eos_token_id=151643,
)
model = Qwen2ForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
