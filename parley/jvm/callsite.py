"""The invokedynamic call-site interface: `nargs` values are popped and
passed to `call`, whose result is pushed."""


class CallSite(object):
    _immutable_fields_ = ['nargs']

    def call(self, args):
        raise NotImplementedError
