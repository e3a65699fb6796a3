# labels: name::csatv2 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
csatv2: CSATv2 (a hybrid convolution and attention network), built by timm with random weights.

Source: https://huggingface.co/timm/csatv2.r512_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("csatv2", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
