# labels: name::resnest26d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnest26d: ResNeSt (split-attention network), built by timm with random weights.

Source: https://huggingface.co/timm/resnest26d.gluon_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnest26d", pretrained=False)
# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
