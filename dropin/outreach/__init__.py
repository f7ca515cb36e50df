"""Outreach: sessions logged by outreach workers, coverage by area, community events."""
