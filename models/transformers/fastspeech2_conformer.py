# labels: name::fastspeech2_conformer author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily
"""
FastSpeech2Conformer text model, built from transformers.FastSpeech2ConformerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/fastspeech2_conformer
"""
import torch
from transformers import FastSpeech2ConformerConfig, FastSpeech2ConformerModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = FastSpeech2ConformerConfig()
model = FastSpeech2ConformerModel(config)
# In training mode, as built, it fails here (All labels must be provided to run in training mode):
# eval mode, as for inference.
model.eval()
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
    "attention_mask": torch.ones(batch_size, max_seq_length, dtype=torch.long),
}

model(**inputs)
