"""Person and organisation names."""
