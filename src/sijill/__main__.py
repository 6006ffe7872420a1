"""`python -m sijill`: the same command as `sijill`."""

from sijill.cli import main

# The guard matters: worker processes started by spawn import this module as __mp_main__.
if __name__ == "__main__":
    main()
