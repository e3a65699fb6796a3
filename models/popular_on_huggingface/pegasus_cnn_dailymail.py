# labels: name::pegasus_cnn_dailymail author::google task::Natural_Language_Processing license::unknown test_group::daily hub_id::google/pegasus-cnn_dailymail
"""
PEGASUS large fine-tuned on CNN/DailyMail for summarization, built from transformers.PegasusConfig with random weights.

Source: https://huggingface.co/google/pegasus-cnn_dailymail
"""
import torch
from transformers import PegasusConfig, PegasusForConditionalGeneration

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = PegasusConfig(
    vocab_size=96103,
    max_position_embeddings=1024,
    d_model=1024,
    encoder_layers=16,
    decoder_layers=16,
    encoder_attention_heads=16,
    decoder_attention_heads=16,
    encoder_ffn_dim=4096,
    decoder_ffn_dim=4096,
    activation_function="relu",
    scale_embedding=True,
    pad_token_id=0,
    eos_token_id=1,
    decoder_start_token_id=0,
)
model = PegasusForConditionalGeneration(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
    "decoder_input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
