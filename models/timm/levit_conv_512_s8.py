# labels: name::levit_conv_512_s8 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
levit_conv_512_s8: LeViT (vision transformer with convolutional stages for fast inference), built by timm with random weights.

Source: https://github.com/huggingface/pytorch-image-models/blob/main/timm/models/levit.py
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

# Its position embeddings (or attention windows) are made for one input size when it is built:
# it is built for the size it is called at.
model = timm.create_model("levit_conv_512_s8", pretrained=False, img_size=(height, width))
# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
