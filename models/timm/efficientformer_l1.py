# labels: name::efficientformer_l1 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
efficientformer_l1: EfficientFormer (vision transformer at MobileNet speed), built by timm with random weights.

Source: https://huggingface.co/timm/efficientformer_l1.snap_dist_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("efficientformer_l1", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
