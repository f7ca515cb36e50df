"""How the C library keeps freed memory: large buffers go back to the system when freed.

glibc serves a large allocation from its own mapping and, when that is freed, raises the size above which it maps
(up to 32 MiB): so after the first login, the next login's 19 MiB key derivation (argon2id, :mod:`dropin.security.
keyslots`) is carved from the heap and stays resident when freed, some 19 MB more for the rest of the program.
Fixing the thresholds where that raise would otherwise take them keeps every buffer of 16 MiB or more (the key
derivations, the password check's 64 MiB) mapped and returned on free, and serves smaller ones from the heap as
after a first login before (the reports' speed is the same).
"""

from __future__ import annotations

import ctypes
import ctypes.util
import sys

#: allocations at least this large get a mapping of their own, returned to the system when freed
MMAP_THRESHOLD = 16 * 1024 * 1024
#: free memory at the top of the heap beyond this is returned to the system (glibc's own rule: twice the above)
TRIM_THRESHOLD = 2 * MMAP_THRESHOLD
_M_TRIM_THRESHOLD, _M_MMAP_THRESHOLD = -1, -3  # glibc's mallopt parameters


def return_large_buffers() -> bool:
    """Fix glibc's thresholds (see the module's text); ``False`` where the C library is not glibc."""
    if not sys.platform.startswith("linux"):
        return False
    try:
        libc = ctypes.CDLL(ctypes.util.find_library("c") or "libc.so.6")
        mallopt = libc.mallopt
    except (OSError, AttributeError):  # musl and others: no mallopt, and no such threshold either
        return False
    return bool(mallopt(_M_MMAP_THRESHOLD, MMAP_THRESHOLD)) and bool(mallopt(_M_TRIM_THRESHOLD, TRIM_THRESHOLD))
