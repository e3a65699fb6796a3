# labels: name::volo_d2_224 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
volo_d2_224: VOLO (vision outlooker), built by timm with random weights.

Source: https://huggingface.co/timm/volo_d2_224.sail_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

# Its position embeddings (or attention windows) are made for one input size when it is built:
# it is built for the size it is called at.
model = timm.create_model("volo_d2_224", pretrained=False, img_size=(height, width))
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
