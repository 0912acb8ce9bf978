"""System.Environment (NewLine, TickCount, Exit, ...) and System.GC (a
no-op Collect; the RPython GC decides for itself)."""
import os
import time
from rpython.rlib.rarithmetic import intmask
from rpython.rlib.rstring import assert_str0
from parley.interop.model import W_Int, W_Long, W_String
from parley.interop.native import add_native
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.console import decode_utf8, encode_utf8
from parley.clr.lib.util import sval, arg_null

STATIC = ACC_PUBLIC | ACC_STATIC
S = 'Ljava/lang/String;'


def _new_line(args):
    return W_String(u'\n')


def _tick_count(args):
    ms = int(time.time() * 1000.0)
    return W_Int(intmask(ms) & 0x7fffffff)


def _processor_count(args):
    return W_Int(1)


def _get_env(args):
    name = sval(args[0])
    if name is None:
        raise arg_null('variable')
    key = encode_utf8(name)
    if '\0' in key:
        return None
    value = os.environ.get(assert_str0(key))
    if value is None:
        return None
    return W_String(decode_utf8(value))


def _has_shutdown_started(args):
    return W_Int(0)


def _nop(args):
    return None


def _nop1(args):
    return None


def _total_memory(args):
    return W_Long(1048576)


def _max_generation(args):
    return W_Int(2)


def _collection_count(args):
    return W_Int(0)


def install(env_class, gc_class):
    add_native(env_class, 'get_NewLine', '()' + S, _new_line, STATIC)
    add_native(env_class, 'get_TickCount', '()I', _tick_count, STATIC)
    add_native(env_class, 'get_ProcessorCount', '()I', _processor_count, STATIC)
    add_native(env_class, 'GetEnvironmentVariable', '(' + S + ')' + S, _get_env, STATIC)
    add_native(env_class, 'get_HasShutdownStarted', '()Z', _has_shutdown_started, STATIC)
    add_native(gc_class, 'Collect', '()V', _nop, STATIC)
    add_native(gc_class, 'Collect', '(I)V', _nop1, STATIC)
    add_native(gc_class, 'WaitForPendingFinalizers', '()V', _nop, STATIC)
    add_native(gc_class, 'KeepAlive', '(Ljava/lang/Object;)V', _nop1, STATIC)
    add_native(gc_class, 'SuppressFinalize', '(Ljava/lang/Object;)V', _nop1, STATIC)
    add_native(gc_class, 'GetTotalMemory', '(Z)J', _total_memory, STATIC)
    add_native(gc_class, 'get_MaxGeneration', '()I', _max_generation, STATIC)
    add_native(gc_class, 'CollectionCount', '(I)I', _collection_count, STATIC)
