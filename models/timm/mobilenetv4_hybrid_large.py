# labels: name::mobilenetv4_hybrid_large author::timm task::Computer_Vision license::apache-2.0 test_group::daily
"""
mobilenetv4_hybrid_large: MobileNetV3-family network (MobileNetV3, MobileNetV4, LCNet, FBNetV3), built by timm with random weights.

Source: https://huggingface.co/timm/mobilenetv4_hybrid_large.ix_e600_r384_in1k
"""
import timm
import torch

from mlagility.parser import parse

batch_size, num_channels, height, width = parse(["batch_size", "num_channels", "height", "width"])

model = timm.create_model("mobilenetv4_hybrid_large", pretrained=False)
# A batch norm sees one value per channel at batch size 1 (a 1x1 map or a pooled vector), which training mode rejects.
model.eval()
inputs = {"x": torch.rand(batch_size, num_channels, height, width)}

model(**inputs)
