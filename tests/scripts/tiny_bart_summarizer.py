# labels: name::tiny_bart_summarizer author::huggingface test_group::fusions
"""A one-layer BART with its language-modeling head, called with an attention mask and decoder
inputs as a summarizer is (philschmid/bart-large-cnn-samsum's call, at d_model 64). Its encoder
and decoder read the same folded position ids, which onnxruntime's embedding fusion casts twice."""
import torch
from transformers import BartConfig, BartForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = BartConfig(d_model=64, encoder_layers=1, decoder_layers=1, encoder_attention_heads=4,
                    decoder_attention_heads=4, encoder_ffn_dim=128, decoder_ffn_dim=128, vocab_size=1000,
                    max_position_embeddings=1024)
model = BartForConditionalGeneration(config)
inputs = {
    "input_ids": torch.randint(4, config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(4, config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
