# labels: name::selecsls84 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
selecsls84: SelecSLS network (selective long and short range skip connections), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/selecsls.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("selecsls84", pretrained=False)
# A batch norm sees one value per channel at batch size 1 on small images (a 1x1 map), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
