"""One module (or package) per pipeline stage; each registers its factory."""
