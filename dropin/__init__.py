"""dropin: confidential records for community-led drop-in centres."""

__version__ = "0.1.0"
