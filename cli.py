"""`python cli.py …` works exactly like the `patentcheck` console script."""

from checker.cli import main

if __name__ == "__main__":
    main()
