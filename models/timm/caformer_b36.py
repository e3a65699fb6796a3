# labels: name::caformer_b36 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
caformer_b36: MetaFormer (PoolFormer, ConvFormer, CAFormer), built by timm with random weights.

Source: https://huggingface.co/timm/caformer_b36.sail_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("caformer_b36", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
