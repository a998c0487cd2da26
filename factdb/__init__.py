"""factdb: check statements against curated, span-verified claims from trusted articles."""

__version__ = "0.1.0"
