# labels: name::xlstm_model author::huggingface task::Natural_Language_Processing license::apache-2.0 test_group::daily variant::one_layer
"""
xLSTM text model, its default hyperparameters but one layer per stack, built from transformers.xLSTMConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/xlstm
"""
import torch
from transformers import xLSTMConfig, xLSTMModel

from mlagility.parser import parse

batch_size, max_seq_length = parse(["batch_size", "max_seq_length"])

config = xLSTMConfig(num_hidden_layers=1)
model = xLSTMModel(config)
inputs = {
    "input_ids": torch.randint(config.vocab_size, (batch_size, max_seq_length)),
}

model(**inputs)
