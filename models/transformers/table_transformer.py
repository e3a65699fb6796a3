# labels: name::table_transformer author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
TableTransformer image model, built from transformers.TableTransformerConfig with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/table_transformer
"""
import torch
from transformers import TableTransformerConfig, TableTransformerModel

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = TableTransformerConfig()
model = TableTransformerModel(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.num_channels, height, width),
}

model(**inputs)
