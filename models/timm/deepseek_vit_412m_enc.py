# labels: name::deepseek_vit_412m_enc author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
deepseek_vit_412m_enc: DeepSeek vision transformer (the image encoder of DeepSeek's vision-language models), built by timm with random weights.

Source: https://huggingface.co/timm/deepseek_vit_412m_enc.deepseek_v4_1_flash
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("deepseek_vit_412m_enc", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
