"""Parley's CLR core library: the members of the non-generic System
library, native (RPython), one module per concern.  parley.clr.corlib
declares the classes and calls install() at its end."""


def install():
    import sys
    corlib = sys.modules['parley.clr.corlib']     # still being imported
    from parley.clr.lib import (strings, composite, numformat, console,
                                mathlib, primitives, chars, types, arrays,
                                env, enums, bitconv, convert)
    console.install(corlib.console_class, types.text_writer_class,
                    types.text_reader_class)
    env.install(corlib.environment_class, corlib.gc_class)
    mathlib.install(corlib.math_class)
    arrays.install(corlib.array_class)
    primitives.install_all(corlib.primitive_classes)
    chars.install(corlib.primitive_classes['System.Char'])
    enums.install(corlib.enum_class, corlib.array_class, corlib._class)
    bitconv.install(corlib._class('System.BitConverter', corlib.object_class))
    convert.install(corlib._class('System.Convert', corlib.object_class))
