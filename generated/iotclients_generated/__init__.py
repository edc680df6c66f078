"""Code generated from the specs in ``specs/``. Never edit by hand: change the spec or the
generator and run ``python -m generator generate``."""
