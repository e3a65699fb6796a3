# labels: name::fastvit_mci4 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
fastvit_mci4: FastViT (hybrid vision transformer with structural reparameterization), built by timm with random weights.

Source: https://huggingface.co/timm/fastvit_mci4.apple_mclip2_dfndr2b
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("fastvit_mci4", pretrained=False)
# A batch norm sees one value per channel at batch size 1 on small images (a 1x1 map), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
