"""What an evaluation test does when ../shared is not there: under CI (CI=true) it fails, so a
missing checkout is never mistaken for a pass; on a developer's machine it is skipped (ctest's
SKIP_RETURN_CODE 77)."""
import os
import sys


def missing(path, who):
    print(f"{who}: {path} is missing", file=sys.stderr)
    return 1 if os.environ.get("CI") == "true" else 77
