# labels: name::pp_doclayout_v4 author::huggingface task::Computer_Vision license::apache-2.0 test_group::daily
"""
PPDocLayoutV4 image model, built from transformers.PPDocLayoutV4Config with random weights.

Source: https://huggingface.co/docs/transformers/model_doc/pp_doclayout_v4
"""
import torch
from transformers import PPDocLayoutV4Config, PPDocLayoutV4Model

from mlagility.parser import parse

batch_size, height, width = parse(["batch_size", "height", "width"])

config = PPDocLayoutV4Config()
model = PPDocLayoutV4Model(config)
inputs = {
    "pixel_values": torch.randn(batch_size, config.backbone_config.num_channels, height, width),
}

model(**inputs)
