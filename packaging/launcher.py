"""Entry point of the frozen application (PyInstaller starts this file)."""

from app.__main__ import main

if __name__ == "__main__":
    main()
