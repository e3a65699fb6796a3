# labels: name::resnest50d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnest50d: ResNeSt (split-attention network), built by timm with random weights.

Source: https://huggingface.co/timm/resnest50d.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnest50d", pretrained=False)
# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
