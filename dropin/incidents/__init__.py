"""Violence and rights violations: anonymous incident records and legal support."""
