# labels: name::inception_v3 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
inception_v3: Inception-v3, built by timm with random weights.

Source: https://huggingface.co/timm/inception_v3.tv_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("inception_v3", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
