"""System.BitConverter: the bit patterns of doubles and floats."""
from parley.interop.model import W_Int, W_Long, W_Double
from parley.interop.native import add_native
from parley.interop.method import ACC_PUBLIC, ACC_STATIC
from parley.interop.format import (double_bits, bits_to_double, float32_bits,
                                   bits_to_float32)
from parley.clr.lib.util import dval, jval, ival
from parley.interop.model import wrap32

STATIC = ACC_PUBLIC | ACC_STATIC


def _double_to_bits(args):
    return W_Long(double_bits(dval(args[0])))


def _bits_to_double(args):
    return W_Double(bits_to_double(jval(args[0])))


def _single_to_bits(args):
    return W_Int(wrap32(float32_bits(dval(args[0]))))


def _bits_to_single(args):
    return W_Double(bits_to_float32(ival(args[0]) & 0xffffffff))


def install(cls):
    add_native(cls, 'DoubleToInt64Bits', '(D)J', _double_to_bits, STATIC)
    add_native(cls, 'Int64BitsToDouble', '(J)D', _bits_to_double, STATIC)
    add_native(cls, 'SingleToInt32Bits', '(F)I', _single_to_bits, STATIC)
    add_native(cls, 'Int32BitsToSingle', '(I)F', _bits_to_single, STATIC)
