"""The data that documents render: services build it, exports lay it out."""
