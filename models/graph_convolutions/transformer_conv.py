# labels: name::transformer_conv author::pyg task::Graph_Machine_Learning license::mit test_group::daily
"""
A graph transformer layer (TransformerConv, Shi et al.) with 4 heads on a synthetic Cora-shaped graph, built with PyTorch Geometric and random weights.

Source: https://pytorch-geometric.readthedocs.io/en/latest/generated/torch_geometric.nn.conv.TransformerConv.html
"""
import torch
from torch_geometric.data import Batch, Data
from torch_geometric.nn import TransformerConv

from mlagility.parser import parse

batch_size, in_channels, out_channels = parse(["batch_size", "in_channels", "out_channels"])

# batch_size random Cora-shaped graphs (2708 nodes, 10556 edges) joined into one disjoint graph.
num_nodes, num_edges = 2708, 10556
graph = Batch.from_data_list([
    Data(x=torch.rand(num_nodes, in_channels), edge_index=torch.randint(num_nodes, (2, num_edges)))
    for _ in range(batch_size)
])

model = TransformerConv(in_channels, out_channels, heads=4)
inputs = {"x": graph.x, "edge_index": graph.edge_index}

model(**inputs)
