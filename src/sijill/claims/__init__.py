"""Claims: positions held, organisational events and quotes, each with its evidence."""
