# labels: name::caformer_s18 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
caformer_s18: MetaFormer (PoolFormer, ConvFormer, CAFormer), built by timm with random weights.

Source: https://huggingface.co/timm/caformer_s18.sail_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("caformer_s18", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
