# labels: name::twins_pcpvt_small author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
twins_pcpvt_small: Twins (spatially separable vision transformer), built by timm with random weights.

Source: https://huggingface.co/timm/twins_pcpvt_small.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("twins_pcpvt_small", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
