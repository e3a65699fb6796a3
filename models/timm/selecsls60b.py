# labels: name::selecsls60b author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
selecsls60b: SelecSLS network (selective long and short range skip connections), built by timm with random weights.

Source: https://huggingface.co/timm/selecsls60b.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("selecsls60b", pretrained=False)
# A batch norm sees one value per channel at batch size 1 on small images (a 1x1 map), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
