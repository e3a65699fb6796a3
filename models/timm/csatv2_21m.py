# labels: name::csatv2_21m author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
csatv2_21m: CSATv2 (a hybrid convolution and attention network), built by timm with random weights.

Source: https://huggingface.co/timm/csatv2_21m.sw_r640_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("csatv2_21m", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
