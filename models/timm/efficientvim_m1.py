# labels: name::efficientvim_m1 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
efficientvim_m1: EfficientViM (vision Mamba with hidden-state mixing), built by timm with random weights.

Source: https://huggingface.co/timm/efficientvim_m1.e300_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("efficientvim_m1", pretrained=False)
# A batch norm sees one value per channel at batch size 1 on small images (a 1x1 map), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
