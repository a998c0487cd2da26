"""`python -m factdb …` runs the command line, like the `factdb` script."""

from factdb.cli.fast import main

main()
