# The packed CLI run as a user runs it, with npx, from a project that installed it;
# VIDEOGEN_API_KEY and VIDEOGEN_BASE_URL point it at the local simulator.
set -eu
npx --no -- videogen --version   # after --, npx passes --version on instead of answering it
npx --no videogen generate "A cat in a garden" --wait --out cat.mp4
