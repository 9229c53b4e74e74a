"""``python -m bench`` from the repository root: the same figures as ``excellence-app bench``."""

import sys

from bench import main

sys.exit(main())
