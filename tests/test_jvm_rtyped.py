"""Translation-only semantics of the java.lang natives, checked without
translating: the functions run on RPython's low-level interpreter after
annotation and rtyping (rpython.rtyper.test.test_llinterp.interpret), so a
CPython-only behaviour shows up here as it would in bin/parley.

Regression: Boolean.valueOf kept its boxes in a prebuilt list indexed by
`1 if b else 0`; the flow space folded `list[constant]` to the item the
list held at build time (None), so every call made a new Boolean and
Boolean.valueOf(true) != Boolean.TRUE in the translated binary only."""
from rpython.rtyper.test.test_llinterp import interpret
import parley.main    # noqa: links the core classes, as the binary does
from parley.jvm.lang import boxes


def box_identities(n):
    same = 0
    if boxes.box_bool(n > 0) is boxes.box_bool(n > 0):
        same += 1
    if boxes.box_bool(n < 0) is boxes.box_bool(n < 0):
        same += 2
    if boxes.box_int(n) is boxes.box_int(n):
        same += 4
    if boxes.box_char(n) is boxes.box_char(n):
        same += 8
    if boxes.box_byte(n) is boxes.box_byte(n):
        same += 16
    if boxes.box_short(n) is boxes.box_short(n):
        same += 32
    if boxes.box_long(n) is boxes.box_long(n):
        same += 64
    if boxes.box_int(n + 1000) is boxes.box_int(n + 1000):
        same += 128
    return same


def test_box_caches_keep_identity_when_rtyped():
    assert box_identities(3) == 127          # untranslated
    assert interpret(box_identities, [3]) == 127
