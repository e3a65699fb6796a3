# labels: name::coat_lite_tiny author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
coat_lite_tiny: CoaT (co-scale conv-attentional image transformer), built by timm with random weights.

Source: https://huggingface.co/timm/coat_lite_tiny.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("coat_lite_tiny", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
