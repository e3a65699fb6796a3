# labels: name::maxvit_base_tf_512 author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
maxvit_base_tf_512: MaxViT or CoAtNet (CNN and vision transformer hybrid), built by timm with random weights.

Source: https://huggingface.co/timm/maxvit_base_tf_512.in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels = parse(["batch_size", "num_channels"])

model = timm.create_model("maxvit_base_tf_512", pretrained=False)
# It cannot take 224x224 images, so it gets its own input size (timm's pretrained_cfg): 512x512.
inputs = {"x": torch.rand(batch_size, num_channels, 512, 512)}

model(**inputs)
