"""The centre's PostgreSQL server: set-up (roles and GRANTs), the staff login, moving data and backups."""
