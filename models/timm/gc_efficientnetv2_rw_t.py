# labels: name::gc_efficientnetv2_rw_t author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
gc_efficientnetv2_rw_t: EfficientNet-family network (EfficientNet, MobileNet V2, MixNet, MnasNet, FBNet and similar), built by timm with random weights.

Source: https://huggingface.co/timm/gc_efficientnetv2_rw_t.agc_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("gc_efficientnetv2_rw_t", pretrained=False)
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
