# labels: name::pnasnet5large author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
pnasnet5large: PNASNet-5 Large (progressive neural architecture search network), built by timm with random weights.

Source: https://huggingface.co/timm/pnasnet5large.tf_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("pnasnet5large", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
