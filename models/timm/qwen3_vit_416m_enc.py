# labels: name::qwen3_vit_416m_enc author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
qwen3_vit_416m_enc: Qwen3 vision transformer (the image encoder of Qwen3-VL), built by timm with random weights.

Source: https://huggingface.co/timm/qwen3_vit_416m_enc.qwen3_8_27b
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("qwen3_vit_416m_enc", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
