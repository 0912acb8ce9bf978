"""The CLR instance: its assemblies, type lookup through AssemblyRefs to
Parley's corlib or to other loaded assemblies, type initialisation, and
Mono-style reports."""
import os
from parley.interop.console import decode_utf8
from parley.interop import paths
from parley.interop.files import read_file
from parley.interop.vm import VmInstance
from parley.interop.klass import (W_Class, INITIALIZED, INITIALIZING,
                                  UNINITIALIZED, ACC_PUBLIC, ACC_FINAL)
from parley.interop.errors import GuestException, FatalError
from parley.interop.model import W_String, W_Throwable, shared
from parley.interop.core import call_tostring
from parley.interop.console import encode_utf8
from parley.interop.format import hex_padded
from parley.clr import corlib
from parley.clr import handles
handles.install(corlib._class, corlib.object_class)
from parley.clr import delegates
delegates.install(corlib.delegate_class, corlib.multicast_delegate_class)
from parley.interop import arrays
from parley.clr.errors import BadImageFormat
from parley.clr.metadata import load_image
from parley.clr.loader import Assembly, CORLIB_NAMES


class ClrInstance(VmInstance):
    tag = 'clr'

    def __init__(self, coordinator):
        VmInstance.__init__(self, coordinator)
        self.assemblies = []
        self.by_name = {}
        self.corlib = {}
        self.search_dirs = []
        self.generic_instances = {}     # 'uid[arg uids]' -> instantiated class
        self.java_stub_names = {}       # assembly name -> 1 stubs / 0 not
        self.lib_asm = None     # the C# half of the corlib (bootcorlib), loaded lazily
        for cls in corlib.boot_classes:
            if cls.vm is corlib.placeholder_vm:
                cls.vm = self
            self.corlib[cls.name] = cls
        self.corlib['System.Object'] = shared.object_class
        self.corlib['System.String'] = shared.string_class

    # ---- assemblies ----------------------------------------------------------
    def load_assembly(self, path):
        """Load an assembly file; raises FatalError for a missing file or a
        bad image, as Mono refuses to open it."""
        try:
            data = read_file(path)
        except OSError:
            raise FatalError("Cannot open assembly '%s': No such file or directory." % path, 2)
        try:
            img = load_image(path, data)
        except BadImageFormat as e:
            raise FatalError("Cannot open assembly '%s': File does not contain a valid CIL image (%s)."
                             % (path, e.msg), 2)
        asm = Assembly(self, img)
        self.assemblies.append(asm)
        if asm.name:
            self.by_name[asm.name] = asm
        d = paths.dirname(path)
        if not d:
            d = '.'
        if d not in self.search_dirs:
            self.search_dirs.append(d)
        return asm

    def assembly_named(self, name):
        asm = self.by_name.get(name, None)
        if asm is not None:
            return asm
        for d in self.search_dirs:
            for ext in ['.dll', '.exe']:
                path = paths.join(d, name + ext)
                if paths.exists(path):
                    try:
                        return self.load_assembly(path)
                    except FatalError as e:
                        raise self.throw('System.BadImageFormatException', e.msg)
        return None

    # ---- types -----------------------------------------------------------------
    def resolve_type(self, fullname, scope_asm):
        """A type named by a TypeRef whose resolution scope is the assembly
        `scope_asm` ('' for the referencing module itself)."""
        if scope_asm in CORLIB_NAMES or scope_asm == '':
            cls = self.corlib.get(fullname, None)
            if cls is not None:
                return cls
            if scope_asm != '':
                cls = self.lib_type(fullname)
                if cls is not None:
                    return cls
        if scope_asm and scope_asm not in CORLIB_NAMES:
            asm = self.assembly_named(scope_asm)
            if asm is not None:
                cls = asm.find_type(fullname)
                if cls is not None:
                    return cls
        for asm in self.assemblies:
            cls = asm.find_type(fullname)
            if cls is not None:
                return cls
        if scope_asm == '':     # a nested TypeRef (its outer type's scope is not passed)
            cls = self.lib_type(fullname)
            if cls is not None:
                return cls
        raise self.throw('System.TypeLoadException',
                         "Could not load type '%s' from assembly '%s'."
                         % (fullname, scope_asm))

    def is_java_stubs(self, name):
        """Is the assembly `name` (beside the program) a reference assembly
        made by `parley stubs --csharp`?"""
        known = self.java_stub_names.get(name, -1)
        if known >= 0:
            return known == 1
        asm = self.assembly_named(name)
        result = asm is not None and asm.java_stubs
        self.java_stub_names[name] = 1 if result else 0
        return result

    def corlib_assembly(self):
        """The C# half of the corlib as an Assembly (None if not built)."""
        self.lib_type('System.Object')
        return self.lib_asm

    def lib_type(self, fullname):
        """A type of the C# half of the corlib (parley.clr.bootcorlib), or None."""
        asm = self.lib_asm
        if asm is None:
            from parley.clr.bootcorlib import CORLIB_DLL, DLL_NAME
            if not CORLIB_DLL:
                return None
            asm = Assembly(self, load_image(DLL_NAME, CORLIB_DLL))
            self.lib_asm = asm
        return asm.find_type(fullname)

    def find_class(self, name):
        cls = self.corlib.get(name, None)
        if cls is not None:
            return cls
        cls = self.lib_type(name)
        if cls is not None:
            return cls
        for asm in self.assemblies:
            cls = asm.find_type(name)
            if cls is not None:
                return cls
        return None

    def new_array(self, elem_cls, n):
        w_arr = arrays.new_array(arrays.array_class_of(elem_cls), n)
        if elem_cls.value_kind == 1:
            # an array of structs holds zeroed structs, one per element
            from parley.interop.model import W_RefArray
            from parley.interop.klass import new_zero_struct
            assert isinstance(w_arr, W_RefArray)
            for i in range(len(w_arr.storage)):
                w_arr.storage[i] = new_zero_struct(elem_cls)
        return w_arr

    # ---- type initialisation -------------------------------------------------------
    def initialize(self, klass):
        if klass.init_state != UNINITIALIZED:
            return
        klass.init_state = INITIALIZING
        cctor = klass.methods_by_key.get('<clinit>()V', None)
        if cctor is not None:
            cctor.invoke([])
        klass.init_state = INITIALIZED

    # ---- exceptions and reports ------------------------------------------------------
    def throw(self, class_name, message):
        cls = self.corlib.get(class_name, None)
        if cls is None:
            cls = self.corlib['System.Exception']
        w = cls.instantiate()
        assert isinstance(w, W_Throwable)
        if message is not None:
            w.message = W_String(decode_utf8(message))
        return GuestException(w)

    def format_frame(self, method, pc):
        from parley.clr.loader import ClrMethod
        name = '%s.%s ()' % (method.klass.name.replace('/', '+'), method.name)
        module = 'filename unknown'
        if isinstance(method, ClrMethod):
            # as Mono names it: parameter types and names, the MVID, and
            # the offset of its sequence point at or before pc
            from parley.clr.seqpoints import mono_offset
            from parley.clr import tracenames
            pc = mono_offset(method, pc)
            text = tracenames.frame_name(method)
            if text:
                name = text
            else:
                name = '%s.%s ()' % (method.klass.name.replace('/', '+'),
                                     method.clr_name)
            module = tracenames.mvid_text(method.asm.img)
        return '  at %s [0x%s] in <%s>:0 ' % (name, hex_padded(pc, 5), module)

    def format_uncaught_report(self, w_exc, trace):
        text = encode_utf8(call_tostring(w_exc))
        return ('\nUnhandled Exception:\n' + text + '\n' + trace +
                '[ERROR] FATAL UNHANDLED EXCEPTION: ' + text + '\n' + trace)
