"""``python -m pipeline`` runs the ``paperlist`` command."""

import sys

from pipeline.cli import main

sys.exit(main())
