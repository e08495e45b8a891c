"""Pattern detectors, one module per family of identifier."""
