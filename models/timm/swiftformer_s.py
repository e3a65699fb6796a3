# labels: name::swiftformer_s author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
swiftformer_s: SwiftFormer (additive attention for mobile vision), built by timm with random weights.

Source: https://huggingface.co/timm/swiftformer_s.dist_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("swiftformer_s", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
