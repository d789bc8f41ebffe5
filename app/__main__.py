"""Entry point: ``python -m app`` hands the command line to ``app.cli``."""

import sys

from app.cli import main as cli_main


def main() -> None:
    sys.exit(cli_main())


if __name__ == "__main__":
    main()
