# Runtime hook (Linux build): Qt breaks Thai into words with libthai, which the bundle carries
# (build_scripts/bundle.py) with its dictionary; libthai reads the dictionary from
# LIBTHAI_DICTDIR, else from the path it was built with (/usr/share/libthai), which a machine
# without libthai-data lacks. It is read when Qt first lays out Thai text, after this hook.
import os
import sys

_dictionary = os.path.join(sys._MEIPASS, "libthai")
if os.path.isfile(os.path.join(_dictionary, "thbrk.tri")):
    os.environ["LIBTHAI_DICTDIR"] = _dictionary
