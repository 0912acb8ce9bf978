"""What the coordinator knows of a VM instance: each VM kind (JVM, CLR)
subclasses VmInstance (and has a VmKind in parley/interop/coordinator.py
that makes and forgets its instances).  An instance has its own class
namespace and static state; it formats stack-trace lines and
uncaught-exception reports in its own VM's notation."""


class VmInstance(object):
    tag = 'vm'

    def __init__(self, coordinator):
        self.coordinator = coordinator
        self.vm_id = 0          # the coordinator's number for it (0: none)
        self.destroyed = False
        self.w_handle = None    # the guests' handle (guestapi.W_VmHandle)

    def find_class(self, name):
        """A class by this VM's own spelling of its name, or None."""
        return None

    def format_frame(self, method, pc):
        return '  at %s.%s' % (method.klass.name, method.name)

    def format_uncaught_report(self, w_exc, trace):
        return trace

    def initialize(self, klass):
        from parley.interop.klass import INITIALIZED
        klass.init_state = INITIALIZED
        # a shared native class (String) may set its statics (String.Empty)
        clinit = klass.methods_by_key.get('<clinit>()V', None)
        if clinit is not None:
            clinit.invoke([])

    def throw(self, class_name, message):
        """Build a built-in exception of this VM, return it as a
        GuestException to raise."""
        raise NotImplementedError


class CoreVm(VmInstance):
    """Owner of the classes both VMs share (Object, String)."""
    tag = 'parley'
