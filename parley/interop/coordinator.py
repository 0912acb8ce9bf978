"""VM coordination: the registry of VM kinds, the VM instances made from
them, and the lookups that cross from one VM's namespace into another's.

A VM kind (`JvmKind`, `ClrKind`) knows how to make an instance of its VM
from a `VmConfig` (class path entries for a JVM, assembly files for a CLR)
and what to drop when one is destroyed.  The coordinator creates instances
by kind name, numbers them, finds them by number, lists the live ones and
destroys them: a destroyed instance's class namespace and statics are
dropped, so with no live objects of its classes left they are garbage.

The program's own JVM and CLR instances (`coordinator.jvm`,
`coordinator.clr`) are created through the same `create` when the binary is
built, because the core-library classes are prebuilt constants that belong
to them; the command line (parley/main.py) configures them with `-cp` and
`-r` / the `.exe` through `configure`.  They cannot be destroyed.  The
guest API (parley/interop/guestapi.py) creates, looks up and destroys the
further instances a program asks for.
"""
from parley.interop import core


class CoordinationError(Exception):
    """A request the coordinator refuses.  `state` is True when the
    instance's state is at fault (destroyed, or the program's own: the
    guest sees IllegalStateException / InvalidOperationException), False
    for a bad argument (IllegalArgumentException / ArgumentException)."""

    def __init__(self, msg, state):
        self.msg = msg
        self.state = state


class VmConfig(object):
    """What an instance is made from: class path entries (directories and
    jars) for a JVM, assembly files for a CLR."""

    def __init__(self, paths):
        self.paths = paths


class VmKind(object):
    """One kind of VM the coordinator can make instances of."""
    name = 'vm'

    def new_instance(self, coordinator):
        raise NotImplementedError

    def configure(self, vm, config):
        """Apply a configuration to an instance of this kind (may raise
        FatalError for a file the VM refuses)."""
        raise NotImplementedError

    def forget(self, vm):
        """Drop a destroyed instance's classes: with no references left
        from live objects they, their statics and their code are garbage."""
        raise NotImplementedError


class JvmKind(VmKind):
    name = 'jvm'

    def new_instance(self, coordinator):
        from parley.jvm.vm import JvmInstance
        return JvmInstance(coordinator)

    def configure(self, vm, config):
        from parley.jvm.vm import JvmInstance
        assert isinstance(vm, JvmInstance)
        entries = []
        for p in config.paths:
            if p:
                entries.append(p)
        vm.classpath = entries

    def forget(self, vm):
        from parley.jvm.vm import JvmInstance
        assert isinstance(vm, JvmInstance)
        vm.classes = {}
        vm.jars = {}
        vm.classpath = []
        vm.interned = {}
        vm.init_errors = {}


class ClrKind(VmKind):
    name = 'clr'

    def new_instance(self, coordinator):
        from parley.clr.vm import ClrInstance
        return ClrInstance(coordinator)

    def configure(self, vm, config):
        from parley.clr.vm import ClrInstance
        assert isinstance(vm, ClrInstance)
        for p in config.paths:
            vm.load_assembly(p)

    def forget(self, vm):
        from parley.clr.vm import ClrInstance
        assert isinstance(vm, ClrInstance)
        vm.assemblies = []
        vm.by_name = {}
        vm.generic_instances = {}
        vm.search_dirs = []
        vm.java_stub_names = {}


class Coordinator(object):
    def __init__(self):
        self.kinds = {}         # kind name -> VmKind
        self.vms = []           # the live instances, in creation order
        self.next_id = 1
        self.jvm = None         # the program's own instances
        self.clr = None

    # ---- kinds -----------------------------------------------------------
    def register_kind(self, kind):
        self.kinds[kind.name] = kind

    def kind(self, name):
        """The VM kind of that name ('jvm', 'clr'), or None."""
        return self.kinds.get(name, None)

    def kind_of(self, vm):
        return self.kinds[vm.tag]

    # ---- instances -------------------------------------------------------
    def create(self, kind_name, config):
        """A new instance of the VM kind `kind_name` made from `config`.
        Raises CoordinationError for an unknown kind and lets FatalError
        through for a file the new VM refuses (the instance is then not
        registered)."""
        kind = self.kind(kind_name)
        if kind is None:
            raise CoordinationError('no VM kind %s' % kind_name, False)
        vm = kind.new_instance(self)
        kind.configure(vm, config)
        vm.vm_id = self.next_id
        self.next_id += 1
        self.vms.append(vm)
        return vm

    def configure(self, vm, config):
        """Apply a configuration to a live instance (the command line does
        this to the program's own instances)."""
        self.kind_of(vm).configure(vm, config)

    def lookup(self, vm_id):
        """The live instance numbered vm_id, or None (never made, or
        destroyed)."""
        for vm in self.vms:
            if vm.vm_id == vm_id:
                return vm
        return None

    def instances(self):
        """The live instances, oldest first."""
        return self.vms[:]

    def is_program_vm(self, vm):
        return vm is self.jvm or vm is self.clr

    def destroy(self, vm):
        """Destroy a live instance other than the program's own: it leaves
        the registry and drops its class namespace and statics."""
        if self.is_program_vm(vm):
            raise CoordinationError(
                'the program\'s own VM instance cannot be destroyed', True)
        if self.lookup(vm.vm_id) is not vm:
            raise CoordinationError('the VM instance was destroyed', True)
        vms = []
        for v in self.vms:
            if v is not vm:
                vms.append(v)
        self.vms = vms
        vm.destroyed = True
        self.kind_of(vm).forget(vm)

    # ---- cross-VM lookups ------------------------------------------------
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
coordinator.register_kind(JvmKind())
coordinator.register_kind(ClrKind())


def _setup():
    from parley.jvm.corelib import boot_classes as jvm_boot
    from parley.clr.corlib import boot_classes as clr_boot
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
    # the program's own instances: the first instance of each kind takes
    # over its VM's core-library classes
    coordinator.jvm = coordinator.create('jvm', VmConfig(['.']))
    coordinator.clr = coordinator.create('clr', VmConfig([]))
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
