"""Discovery: the models a script calls, found without the script knowing (discovery.py)."""
