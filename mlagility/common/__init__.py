"""Helpers shared by every stage: labels, environment facts."""
