# labels: name::rexnet_200 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
rexnet_200: ReXNet (rank expansion network), built by timm with random weights.

Source: https://huggingface.co/timm/rexnet_200.nav_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("rexnet_200", pretrained=False)
# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
