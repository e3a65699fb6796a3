# labels: name::gemma4_vit_167m_enc author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
gemma4_vit_167m_enc: Gemma 4 vision transformer (the image encoder of Gemma 4), built by timm with random weights.

Source: https://huggingface.co/timm/gemma4_vit_167m_enc.gemma4_e4b_it
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("gemma4_vit_167m_enc", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 768x768.
inputs = {"x": torch.rand(batch_size, num_channels, 768, 768)}

model(**inputs)
