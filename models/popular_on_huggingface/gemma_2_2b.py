# labels: name::gemma_2_2b author::google task::Generative_AI license::gemma test_group::daily hub_id::google/gemma-2-2b variant::one_layer
"""
Gemma 2 2B causal language model, one of its 26 decoder layers, built from transformers.Gemma2Config with random weights.

Source: https://huggingface.co/google/gemma-2-2b
"""
import torch
from transformers import Gemma2Config, Gemma2ForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 26 layers; one is built with the real hyperparameters (variant::one_layer)
config = Gemma2Config(
    vocab_size=256000,
    hidden_size=2304,
    intermediate_size=9216,
    num_hidden_layers=1,
    num_attention_heads=8,
    num_key_value_heads=4,
    head_dim=256,
    hidden_activation="gelu_pytorch_tanh",
    max_position_embeddings=8192,
    rms_norm_eps=1e-06,
    rope_parameters={"rope_type": "default", "rope_theta": 10000.0},
    query_pre_attn_scalar=256,
    sliding_window=4096,
    attn_logit_softcapping=50.0,
    final_logit_softcapping=30.0,
    tie_word_embeddings=True,
    pad_token_id=0,
    bos_token_id=2,
    eos_token_id=1,
)
model = Gemma2ForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
