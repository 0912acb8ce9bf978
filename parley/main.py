"""The command line of bin/parley (and of `python targetparley.py`)."""
import os
from parley.interop.console import decode_utf8
from parley.interop import paths
from rpython.rlib import jit
from rpython.rlib.rzipfile import RZipFile, BadZipfile
from parley.interop.coordinator import coordinator, VmConfig
from parley.interop.console import console
from parley.interop.errors import GuestException, ExitProgram, FatalError
from parley.interop.model import W_String, W_RefArray, W_Throwable, W_Int
from parley.interop.report import format_uncaught
from parley.interop import arrays, core
from parley.jvm.classfile import parse_class, ClassFormatError
from parley.interop.files import read_file
from parley.clr.errors import BadImageFormat
from parley.interop.stubs import stubs_command
from parley.interop.csstubs import csharp_stubs_command
from parley.interop.describe import describe_command

VERSION = 'parley 0.1 (JVM class files up to version 61, ECMA-335 CLI assemblies)'

USAGE = """Usage: parley [OPTIONS] MAIN [ARGS...]
       parley stubs --java OUTDIR ASSEMBLY...
       parley stubs --csharp OUT.dll CLASSPATH...
       parley describe FILE...   (JSON description of classes/jars/assemblies)
  MAIN   a .class file, a .jar (its Main-Class), a .exe CLI assembly (its
         entry point), or a Java class name looked up on the class path
  -cp, -classpath, --class-path PATH   directories and jars, ':'-separated (default: .)
  -r, --reference FILE                 load a CLI assembly (.dll/.exe); repeatable
  --jit ARG                            'off', or comma-separated name=value JIT parameters
  -h, --help                           this text
  --version                            the version
"""


def err(msg):
    console.write_err(msg + '\n')


class Options(object):
    def __init__(self):
        self.classpath = ['.']
        self.references = []
        self.main = ''
        self.args = []
        self.jit = ''


def parse_options(argv):
    """Returns (Options or None, exit status when None)."""
    opts = Options()
    i = 1
    n = len(argv)
    while i < n:
        a = argv[i]
        if a == '-cp' or a == '-classpath' or a == '--class-path':
            if i + 1 >= n:
                err('parley: %s requires a class path' % a)
                return None, 2
            opts.classpath = [p for p in argv[i + 1].split(':') if p]
            i += 2
        elif a == '-r' or a == '--reference':
            if i + 1 >= n:
                err('parley: %s requires an assembly file' % a)
                return None, 2
            opts.references.append(argv[i + 1])
            i += 2
        elif a.startswith('-r:'):
            opts.references.append(a[3:])
            i += 1
        elif a.startswith('--reference='):
            opts.references.append(a[12:])
            i += 1
        elif a == '--jit':
            if i + 1 >= n:
                err('parley: --jit requires an argument')
                return None, 2
            opts.jit = argv[i + 1]
            i += 2
        elif a == '-h' or a == '--help':
            console.write_out(USAGE)
            return None, 0
        elif a == '--version':
            console.write_out(VERSION + '\n')
            return None, 0
        elif a.startswith('-'):
            err('parley: unknown option %s (try --help)' % a)
            return None, 2
        else:
            opts.main = a
            start = i + 1
            assert start >= 0
            opts.args = argv[start:]
            return opts, 0
    err('parley: no main class or program given (try --help)')
    return None, 2


def main(argv):
    try:
        status = _main(argv)
    except ExitProgram as e:
        status = e.status
    console.flush()
    return status


def _main(argv):
    if len(argv) >= 2 and argv[1] == 'describe':
        return describe_command(argv[2:])
    if len(argv) >= 3 and argv[1] == 'stubs' and argv[2] == '--csharp':
        return csharp_stubs_command(argv[3:])
    if len(argv) >= 2 and argv[1] == 'stubs':
        return stubs_command(argv[2:])
    opts, status = parse_options(argv)
    if opts is None:
        return status
    if opts.jit:
        if opts.jit == 'off':
            jit.set_param(None, 'enable_opts', '')
            jit.set_param(None, 'threshold', 1000000000)
            jit.set_param(None, 'function_threshold', 1000000000)
        else:
            jit.set_user_param(None, opts.jit)
    try:
        return run(opts)
    except FatalError as e:
        err(e.msg)
        return e.status
    except GuestException as e:
        report_uncaught(e.w_exc)
        return 1
    except BadImageFormat as e:
        # metadata found corrupt while code of another VM was linking to it
        err('Unhandled Exception:\nSystem.BadImageFormatException: %s' % e.msg)
        return 1
    except ClassFormatError as e:
        err('Exception in thread "main" %s: %s' % (e.kind.replace('/', '.'), e.msg))
        return 1


def report_uncaught(w_exc):
    console.flush()
    if isinstance(w_exc, W_Throwable):
        err(format_uncaught(w_exc).rstrip('\n'))
    else:
        err('parley: uncaught non-exception object')


def run(opts):
    # the program's own instances, made with the binary, configured by the
    # command line through the coordinator: the JVM's class path, the
    # CLR's assemblies (the .exe is loaded by run_clr)
    jvm = coordinator.jvm
    coordinator.configure(jvm, VmConfig(opts.classpath))
    coordinator.configure(coordinator.clr, VmConfig(opts.references))
    mainfile = opts.main
    if mainfile.endswith('.exe'):
        return run_clr(opts)
    if mainfile.endswith('.jar'):
        cls_name = jar_main_class(mainfile)
        jvm.classpath = [mainfile] + jvm.classpath
    elif mainfile.endswith('.class'):
        cls_name = class_file_main(mainfile)
    else:
        cls_name = mainfile.replace('.', '/')
    return run_jvm(cls_name, opts.args)


def jar_main_class(path):
    try:
        z = RZipFile(path, 'r')
        manifest = z.read('META-INF/MANIFEST.MF')
    except (OSError, BadZipfile, KeyError):
        raise FatalError('Error: Invalid or corrupt jarfile %s' % path)
    for line in manifest.split('\n'):
        line = line.strip()
        if line.startswith('Main-Class:'):
            return line[len('Main-Class:'):].strip().replace('.', '/')
    raise FatalError('no main manifest attribute, in %s' % path)


def class_file_main(path):
    try:
        data = read_file(path)
    except OSError:
        raise FatalError('Error: Could not find or load main class %s\n'
                         'Caused by: java.io.FileNotFoundException: %s (No such file or directory)'
                         % (path, path))
    try:
        cf = parse_class(data, path)
    except ClassFormatError as e:
        raise FatalError('Error: LinkageError occurred while loading main class %s\n'
                         '\t%s: %s' % (path, e.kind.replace('/', '.'), e.msg))
    # the class path root is the file's directory less the package part
    root = paths.dirname(path)
    if not root:
        root = '.'
    name = cf.this_name
    depth = name.count('/')
    for k in range(depth):
        root = paths.dirname(root)
        if not root:
            root = '.'
    coordinator.jvm.classpath = [root] + coordinator.jvm.classpath
    return name


def run_jvm(cls_name, args):
    jvm = coordinator.jvm
    dotted = cls_name.replace('/', '.')
    try:
        cls = jvm.load_class(cls_name)
    except GuestException as e:
        w = e.w_exc
        assert isinstance(w, W_Throwable)
        name = w.getclass().name
        if name == 'java.lang.NoClassDefFoundError':
            raise FatalError('Error: Could not find or load main class %s\n'
                             'Caused by: java.lang.ClassNotFoundException: %s'
                             % (dotted, dotted))
        msg = ''
        if w.message is not None:
            from parley.interop.console import encode_utf8
            msg = ': ' + encode_utf8(w.message.value)
        raise FatalError('Error: LinkageError occurred while loading main class %s\n\t%s%s'
                         % (dotted, name, msg))
    m = cls.methods_by_key.get('main([Ljava/lang/String;)V', None)
    if m is None or not m.is_static():
        raise FatalError('Error: Main method not found in class %s, please define the main method as:\n'
                         '   public static void main(String[] args)' % dotted)
    jvm.initialize(cls)
    w_args = W_RefArray(arrays.array_class_of(core.string_class), len(args))
    for i in range(len(args)):
        w_args.storage[i] = W_String(decode_utf8(args[i]))
    m.invoke([w_args])
    return 0


def run_clr(opts):
    clr = coordinator.clr
    asm = clr.load_assembly(opts.main)
    tok = asm.img.entry_point_token
    if tok == 0:
        raise FatalError("Cannot open assembly '%s': no entry point." % opts.main, 2)
    try:
        m = asm.method_at(tok)
    except BadImageFormat as e:
        raise FatalError("Cannot open assembly '%s': File does not contain a valid CIL image (%s)."
                         % (opts.main, e.msg), 2)
    clr.initialize(m.klass)
    call_args = []
    if m.nargs == 1:
        w_args = W_RefArray(arrays.array_class_of(core.string_class), len(opts.args))
        for i in range(len(opts.args)):
            w_args.storage[i] = W_String(decode_utf8(opts.args[i]))
        call_args.append(w_args)
    w_res = m.invoke(call_args)
    if isinstance(w_res, W_Int):
        return w_res.intval
    return 0
