# labels: name::resnetv2_152x2_bit author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnetv2_152x2_bit: pre-activation ResNet v2 (BiT-style, with group norm and weight standardization), built by timm with random weights.

Source: https://huggingface.co/timm/resnetv2_152x2_bit.goog_teacher_in21k_ft_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnetv2_152x2_bit", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
