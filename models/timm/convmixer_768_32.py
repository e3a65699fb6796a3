# labels: name::convmixer_768_32 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
convmixer_768_32: ConvMixer (patches mixed by depthwise and pointwise convolutions), built by timm with random weights.

Source: https://huggingface.co/timm/convmixer_768_32.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("convmixer_768_32", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
