"""The engine, in the order a job runs: ``job`` turns the config into one ``task`` per script,
``runner`` runs each in a worker process, ``worker`` runs the script under discovery and hands
each invocation to ``benchmark``, which builds, prepares, checks and times it into records."""
