# labels: name::volo_d4_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
volo_d4_224: VOLO (vision outlooker), built by timm with random weights.

Source: https://huggingface.co/timm/volo_d4_224.sail_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("volo_d4_224", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
