# labels: name::downloads test_group::network
"""A script that fetches weights by URL outside the Hugging Face hub (as torchvision does): the
address refuses connections, as every address does to an offline run."""
import torch

from mlagility.parser import parse

batch_size = parse(["batch_size"])[0]
model = torch.nn.Linear(4, 4)
model.load_state_dict(torch.hub.load_state_dict_from_url("http://127.0.0.1:9/linear.pth"))
model(torch.rand(batch_size, 4))
