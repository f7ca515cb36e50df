"""Users, roles, the permission matrix, the chained audit log and the lock policy."""
