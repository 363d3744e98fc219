"""`python -m vyapar_lite` starts the app."""

from vyapar_lite.app import main

raise SystemExit(main())
