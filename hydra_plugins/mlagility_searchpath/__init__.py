"""mlagility's Hydra search-path plugin: a user's ``--config-dir`` before the packaged configs."""
