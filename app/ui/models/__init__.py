"""Qt table models over lists of row dataclasses."""
