# labels: name::gin author::pyg task::Graph_Machine_Learning license::mit test_group::daily
"""
A num_layers-deep GIN node classifier (torch_geometric.nn.models.GIN) on a synthetic Cora-shaped graph, built with PyTorch Geometric and random weights.

Source: https://pytorch-geometric.readthedocs.io/en/latest/generated/torch_geometric.nn.models.GIN.html
"""
import torch
from torch_geometric.data import Batch, Data
from torch_geometric.nn.models import GIN

from mlagility.parser import parse

batch_size, in_channels, out_channels, num_layers = parse(["batch_size", "in_channels", "out_channels", "num_layers"])

# batch_size random Cora-shaped graphs (2708 nodes, 10556 edges) joined into one disjoint graph.
num_nodes, num_edges, num_classes = 2708, 10556, 7
graph = Batch.from_data_list([
    Data(x=torch.rand(num_nodes, in_channels), edge_index=torch.randint(num_nodes, (2, num_edges)))
    for _ in range(batch_size)
])

# out_channels is the width of each hidden layer; the last layer predicts Cora's 7 classes.
model = GIN(in_channels, hidden_channels=out_channels, num_layers=num_layers, out_channels=num_classes)
inputs = {"x": graph.x, "edge_index": graph.edge_index}

model(**inputs)
