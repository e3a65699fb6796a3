# labels: name::convnext_zepto_rms author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
convnext_zepto_rms: ConvNeXt (a convolutional network modernized after vision transformers), built by timm with random weights.

Source: https://huggingface.co/timm/convnext_zepto_rms.ra4_e3600_r224_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("convnext_zepto_rms", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
