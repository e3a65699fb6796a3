# labels: name::nasnetalarge author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
nasnetalarge: NASNet-A Large (neural architecture search network), built by timm with random weights.

Source: https://huggingface.co/timm/nasnetalarge.tf_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("nasnetalarge", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
