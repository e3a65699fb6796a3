# labels: name::lambda_resnet26rpt_256 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
lambda_resnet26rpt_256: bring-your-own-attention network (ResNet-like stages with self-attention blocks), built by timm with random weights.

Source: https://huggingface.co/timm/lambda_resnet26rpt_256.c1_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("lambda_resnet26rpt_256", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 256x256.
inputs = {"x": torch.rand(batch_size, num_channels, 256, 256)}

model(**inputs)
