"""Analysis: running a model script in a worker and discovering the models it calls."""
