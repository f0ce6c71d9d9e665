import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import os  # noqa: E402
import tempfile  # noqa: E402

# Compiled lexicon patterns are cached on disk; keep the suite's cache out of $HOME.
os.environ.setdefault("REPLYLINT_CACHE_DIR", tempfile.mkdtemp(prefix="replylint-cache-"))
# A developer's own ~/.config/replylint/config.toml must not change what the tests see.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="replylint-xdg-")
