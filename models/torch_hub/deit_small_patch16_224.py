# labels: name::deit_small_patch16_224 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
DeiT-Small/16 (data-efficient image transformer), loaded with torch.hub.load from this folder's hubconf.py, which builds timm's deit_small_patch16_224 with random weights (its position embeddings are sized from height and width, multiples of 16).

Source: https://github.com/facebookresearch/deit
"""
import os

import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = torch.hub.load(os.path.dirname(os.path.abspath(__file__)), "deit_small_patch16_224", source="local", img_size=(height, width))
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
