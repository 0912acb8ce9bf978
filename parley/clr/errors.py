"""Errors raised by the CLR image reader."""


class BadImageFormat(Exception):
    """The PE image or its ECMA-335 metadata is malformed (or uses a
    feature the reader does not support).  `msg` says what is wrong."""

    def __init__(self, msg):
        self.msg = msg

    def __str__(self):
        return self.msg
