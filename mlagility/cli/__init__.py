"""The benchit command line."""
