# labels: name::codegen_350m_mono author::Salesforce task::Generative_AI license::bsd-3-clause test_group::daily hub_id::Salesforce/codegen-350M-mono
"""
CodeGen-350M-mono Python code causal language model, built from transformers.CodeGenConfig with random weights.

Source: https://huggingface.co/Salesforce/codegen-350M-mono
"""
import torch
from transformers import CodeGenConfig, CodeGenForCausalLM

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = CodeGenConfig(
    vocab_size=51200,
    n_positions=2048,
    n_ctx=2048,
    n_embd=1024,
    n_layer=20,
    n_head=16,
    rotary_dim=32,
    activation_function="gelu_new",
    layer_norm_epsilon=1e-05,
    tie_word_embeddings=False,
    bos_token_id=1,
    eos_token_id=50256,
)
model = CodeGenForCausalLM(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
