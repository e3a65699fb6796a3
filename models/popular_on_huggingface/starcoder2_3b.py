# labels: name::starcoder2_3b author::bigcode task::Generative_AI license::bigcode-openrail-m test_group::daily hub_id::bigcode/starcoder2-3b variant::one_layer
"""
StarCoder2-3B code causal language model, one of its 30 decoder layers, built from transformers.Starcoder2Config with random weights.

Source: https://huggingface.co/bigcode/starcoder2-3b
"""
import torch
from transformers import Starcoder2Config, Starcoder2ForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

# the Hub model has 30 layers; one is built with the real hyperparameters (variant::one_layer)
config = Starcoder2Config(
    vocab_size=49152,
    hidden_size=3072,
    intermediate_size=12288,
    num_hidden_layers=1,
    num_attention_heads=24,
    num_key_value_heads=2,
    hidden_act="gelu_pytorch_tanh",
    max_position_embeddings=16384,
    norm_epsilon=1e-05,
    rope_parameters={"rope_type": "default", "rope_theta": 999999.4420358813},
    sliding_window=4096,
    use_bias=True,
    tie_word_embeddings=True,
    bos_token_id=0,
    eos_token_id=0,
)
model = Starcoder2ForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
