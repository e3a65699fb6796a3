# labels: name::efficientformer_l3 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
efficientformer_l3: EfficientFormer (vision transformer at MobileNet speed), built by timm with random weights.

Source: https://huggingface.co/timm/efficientformer_l3.snap_dist_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("efficientformer_l3", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
