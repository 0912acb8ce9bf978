"""VM coordination: the registry of VM instances and the lookups that cross
from one VM's namespace into another's.

Skeleton: one JVM instance and one CLR instance, both created when the
binary is built (their core-library classes are prebuilt constants); the
command line configures their class path and assemblies.  Creating and
destroying further instances is the interop issue's work.
"""
from parley.interop import core


class Coordinator(object):
    def __init__(self):
        self.vms = []
        self.jvm = None
        self.clr = None

    def register(self, vm):
        self.vms.append(vm)

    def clr_class(self, name):
        """A CLR type by its full name ('Geometry.Point', nested types as
        'Outer/Inner'), as Java code naming cli.Geometry.Point sees it."""
        if self.clr is None:
            return None
        return self.clr.find_class(name)

    def jvm_class(self, name):
        if self.jvm is None:
            return None
        return self.jvm.find_class(name)


coordinator = Coordinator()


def _setup():
    from parley.jvm.corelib import boot_classes as jvm_boot
    from parley.jvm.vm import JvmInstance
    from parley.clr.corlib import boot_classes as clr_boot
    from parley.clr.vm import ClrInstance
    core.object_class.vm = core.core_vm
    core.string_class.vm = core.core_vm
    core.core_vm.coordinator = coordinator
    from parley.interop import guestapi
    from parley.jvm import corelib as jvm_corelib0
    from parley.clr import corlib as clr_corlib0
    guestapi.install_java(jvm_corelib0._class, core.object_class)
    guestapi.install_csharp(clr_corlib0._class, core.object_class)
    from parley.clr import stringseq
    stringseq.install(core.string_class)
    from parley.interop import weakrefs
    weakrefs.install_java(jvm_corelib0._class, core.object_class,
                          jvm_corelib0.system_class)
    weakrefs.install_csharp(clr_corlib0._class, core.object_class,
                            clr_corlib0.gc_class)
    coordinator.jvm = JvmInstance(coordinator)
    coordinator.clr = ClrInstance(coordinator)
    coordinator.register(coordinator.jvm)
    coordinator.register(coordinator.clr)
    from parley.jvm import corelib as jvm_corelib
    from parley.clr import corlib as clr_corlib
    from parley.interop import exception_map
    exception_map.install(clr_corlib._by_name, jvm_corelib._by_name)
    # link the shared classes last: both core libraries add to them
    core.object_class.link()
    core.string_class.link()
    for cls in jvm_boot:
        cls.link()
    for cls in clr_boot:
        cls.link()
    from parley.clr.lib import stringhash
    stringhash.install(core.string_class)


_setup()
