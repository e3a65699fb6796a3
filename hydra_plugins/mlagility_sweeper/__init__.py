"""mlagility's Hydra sweeper: the basic sweeper's grid, times the corpus's scripts."""
