# labels: name::densenetblur121d author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
densenetblur121d: DenseNet (densely connected convolutional network), built by timm with random weights.

Source: https://huggingface.co/timm/densenetblur121d.ra_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("densenetblur121d", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
