# labels: name::poolformer_m36 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
poolformer_m36: MetaFormer (PoolFormer, ConvFormer, CAFormer), built by timm with random weights.

Source: https://huggingface.co/timm/poolformer_m36.sail_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("poolformer_m36", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
