"""Builds: export (export.py), optimize (optimize.py) and fp16 (fp16.py) stages, and the
content-addressed cache that holds their results (cache.py). BuildSettings (settings.py) is all
that the parent process needs, so importing this package stays cheap."""
