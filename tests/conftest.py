import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

import os  # noqa: E402
import tempfile  # noqa: E402

# A developer's own ~/.config/replylint/config.toml must not change what the tests see.
os.environ["XDG_CONFIG_HOME"] = tempfile.mkdtemp(prefix="replylint-xdg-")
