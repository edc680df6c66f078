"""Operation descriptors, one module per operationId, grouped by tag."""
