"""Extraction: from a spaCy parse to entities, events, amounts and attributions."""
