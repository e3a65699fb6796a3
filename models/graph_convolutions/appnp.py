# labels: name::appnp author::pyg task::Graph_Machine_Learning license::mit test_group::daily
"""
APPNP ("predict, then propagate", Gasteiger et al.): a linear prediction of Cora's 7 classes, then
personalized-PageRank propagation over k steps, on a synthetic Cora-shaped graph with random weights.

Source: https://pytorch-geometric.readthedocs.io/en/latest/generated/torch_geometric.nn.conv.APPNP.html
"""
import torch
from torch_geometric.data import Batch, Data
from torch_geometric.nn import APPNP

from mlagility.parser import parse


class APPNPNet(torch.nn.Module):
    """The paper's model: the APPNP layer alone has no weights, so a linear layer predicts first."""

    def __init__(self, in_channels, classes, k, alpha):
        super().__init__()
        self.predict = torch.nn.Linear(in_channels, classes)
        self.propagate = APPNP(K=k, alpha=alpha)

    def forward(self, x, edge_index):
        return self.propagate(self.predict(x), edge_index)


batch_size, in_channels, k, alpha = parse(["batch_size", "in_channels", "k", "alpha"])

# batch_size random Cora-shaped graphs (2708 nodes, 10556 edges) joined into one disjoint graph.
num_nodes, num_edges = 2708, 10556
graph = Batch.from_data_list([
    Data(x=torch.rand(num_nodes, in_channels), edge_index=torch.randint(num_nodes, (2, num_edges)))
    for _ in range(batch_size)
])

# alpha / 10 maps the seed's alpha (default 2.2) to 0.22, the teleport probability.
model = APPNPNet(in_channels, 7, k, alpha / 10)
inputs = {"x": graph.x, "edge_index": graph.edge_index}

model(**inputs)
