# labels: name::repvit_m1_5 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
repvit_m1_5: RepViT (a mobile CNN revisited from a vision transformer's view), built by timm with random weights.

Source: https://huggingface.co/timm/repvit_m1_5.dist_300e_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("repvit_m1_5", pretrained=False)
# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
