# Runtime hook (runs before the application in the frozen build): pythainlp must never write a
# data folder into the user's profile (portable mode, locked-down laptops) nor try the network.
# The bundle carries the only corpora the application reads (build_scripts/bundle.py).
import os

os.environ.setdefault("PYTHAINLP_READ_ONLY", "1")
os.environ.setdefault("PYTHAINLP_OFFLINE", "1")
