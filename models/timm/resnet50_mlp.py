# labels: name::resnet50_mlp author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
resnet50_mlp: bring-your-own-blocks network (ResNet, RepVGG, MobileOne, GENet and similar stacks), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/byobnet.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("resnet50_mlp", pretrained=False)
# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
