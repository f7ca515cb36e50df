"""The legal advisor's page: incidents of violence and rights violations, legal cases, the advocacy report."""
