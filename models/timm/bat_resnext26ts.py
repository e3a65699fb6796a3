# labels: name::bat_resnext26ts author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
bat_resnext26ts: bring-your-own-blocks network (ResNet, RepVGG, MobileOne, GENet and similar stacks), built by timm with random weights.

Source: https://huggingface.co/timm/bat_resnext26ts.ch_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("bat_resnext26ts", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 256x256.
inputs = {"x": torch.rand(batch_size, num_channels, 256, 256)}

model(**inputs)
