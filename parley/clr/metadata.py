"""ECMA-335 metadata reader (Partition II, chapters 22 and 24).

load_image(path, data) parses the PE file, the metadata root (BSJB), the
stream headers, the heaps (#Strings, #US, #Blob, #GUID) and the tables
stream (#~ or #-) with the row schema of every one of the 45 tables, then
validates every heap index, table index and coded index, and builds the
row objects the rest of Parley uses.  Any malformation raises
BadImageFormat.

RPython: every offset and index is checked explicitly before use.
"""

from parley.clr.errors import BadImageFormat
from parley.clr.pe import PEFile, u16_at, u32_at
from parley.clr import methodbody
from parley.clr import signature
from rpython.rlib.rstring import UnicodeBuilder

# ---------------------------------------------------------------------------
# table ids

TABLE_MODULE = 0x00
TABLE_TYPEREF = 0x01
TABLE_TYPEDEF = 0x02
TABLE_FIELDPTR = 0x03
TABLE_FIELD = 0x04
TABLE_METHODPTR = 0x05
TABLE_METHODDEF = 0x06
TABLE_PARAMPTR = 0x07
TABLE_PARAM = 0x08
TABLE_INTERFACEIMPL = 0x09
TABLE_MEMBERREF = 0x0A
TABLE_CONSTANT = 0x0B
TABLE_CUSTOMATTRIBUTE = 0x0C
TABLE_FIELDMARSHAL = 0x0D
TABLE_DECLSECURITY = 0x0E
TABLE_CLASSLAYOUT = 0x0F
TABLE_FIELDLAYOUT = 0x10
TABLE_STANDALONESIG = 0x11
TABLE_EVENTMAP = 0x12
TABLE_EVENTPTR = 0x13
TABLE_EVENT = 0x14
TABLE_PROPERTYMAP = 0x15
TABLE_PROPERTYPTR = 0x16
TABLE_PROPERTY = 0x17
TABLE_METHODSEMANTICS = 0x18
TABLE_METHODIMPL = 0x19
TABLE_MODULEREF = 0x1A
TABLE_TYPESPEC = 0x1B
TABLE_IMPLMAP = 0x1C
TABLE_FIELDRVA = 0x1D
TABLE_ENCLOG = 0x1E
TABLE_ENCMAP = 0x1F
TABLE_ASSEMBLY = 0x20
TABLE_ASSEMBLYPROCESSOR = 0x21
TABLE_ASSEMBLYOS = 0x22
TABLE_ASSEMBLYREF = 0x23
TABLE_ASSEMBLYREFPROCESSOR = 0x24
TABLE_ASSEMBLYREFOS = 0x25
TABLE_FILE = 0x26
TABLE_EXPORTEDTYPE = 0x27
TABLE_MANIFESTRESOURCE = 0x28
TABLE_NESTEDCLASS = 0x29
TABLE_GENERICPARAM = 0x2A
TABLE_METHODSPEC = 0x2B
TABLE_GENERICPARAMCONSTRAINT = 0x2C
NUM_TABLES = 0x2D

# the #US heap is addressed by user-string tokens (ldstr)
TOKEN_USERSTRING = 0x70

TABLE_NAMES = [
    "Module", "TypeRef", "TypeDef", "FieldPtr", "Field", "MethodPtr",
    "MethodDef", "ParamPtr", "Param", "InterfaceImpl", "MemberRef",
    "Constant", "CustomAttribute", "FieldMarshal", "DeclSecurity",
    "ClassLayout", "FieldLayout", "StandAloneSig", "EventMap", "EventPtr",
    "Event", "PropertyMap", "PropertyPtr", "Property", "MethodSemantics",
    "MethodImpl", "ModuleRef", "TypeSpec", "ImplMap", "FieldRVA", "ENCLog",
    "ENCMap", "Assembly", "AssemblyProcessor", "AssemblyOS", "AssemblyRef",
    "AssemblyRefProcessor", "AssemblyRefOS", "File", "ExportedType",
    "ManifestResource", "NestedClass", "GenericParam", "MethodSpec",
    "GenericParamConstraint",
]


def table_name(tid):
    if 0 <= tid < NUM_TABLES:
        return TABLE_NAMES[tid]
    if tid == TOKEN_USERSTRING:
        return "UserString"
    return "table0x%x" % tid


def make_token(table, rid):
    return (table << 24) | rid


def token_table(token):
    return (token >> 24) & 0xff


def token_rid(token):
    return token & 0xffffff


# ---------------------------------------------------------------------------
# coded index kinds (II.24.2.6): tag bits and tables (-1 = unused tag)

CI_TYPEDEFORREF = 0
CI_HASCONSTANT = 1
CI_HASCUSTOMATTRIBUTE = 2
CI_HASFIELDMARSHAL = 3
CI_HASDECLSECURITY = 4
CI_MEMBERREFPARENT = 5
CI_HASSEMANTICS = 6
CI_METHODDEFORREF = 7
CI_MEMBERFORWARDED = 8
CI_IMPLEMENTATION = 9
CI_CUSTOMATTRIBUTETYPE = 10
CI_RESOLUTIONSCOPE = 11
CI_TYPEORMETHODDEF = 12
NUM_CODED = 13

CODED_NAMES = [
    "TypeDefOrRef", "HasConstant", "HasCustomAttribute", "HasFieldMarshall",
    "HasDeclSecurity", "MemberRefParent", "HasSemantics", "MethodDefOrRef",
    "MemberForwarded", "Implementation", "CustomAttributeType",
    "ResolutionScope", "TypeOrMethodDef",
]

CODED_BITS = [2, 2, 5, 1, 2, 3, 1, 1, 1, 2, 3, 2, 1]

CODED_TABLES = [
    # TypeDefOrRef
    [TABLE_TYPEDEF, TABLE_TYPEREF, TABLE_TYPESPEC],
    # HasConstant
    [TABLE_FIELD, TABLE_PARAM, TABLE_PROPERTY],
    # HasCustomAttribute
    [TABLE_METHODDEF, TABLE_FIELD, TABLE_TYPEREF, TABLE_TYPEDEF, TABLE_PARAM,
     TABLE_INTERFACEIMPL, TABLE_MEMBERREF, TABLE_MODULE, TABLE_DECLSECURITY,
     TABLE_PROPERTY, TABLE_EVENT, TABLE_STANDALONESIG, TABLE_MODULEREF,
     TABLE_TYPESPEC, TABLE_ASSEMBLY, TABLE_ASSEMBLYREF, TABLE_FILE,
     TABLE_EXPORTEDTYPE, TABLE_MANIFESTRESOURCE, TABLE_GENERICPARAM,
     TABLE_GENERICPARAMCONSTRAINT, TABLE_METHODSPEC],
    # HasFieldMarshall
    [TABLE_FIELD, TABLE_PARAM],
    # HasDeclSecurity
    [TABLE_TYPEDEF, TABLE_METHODDEF, TABLE_ASSEMBLY],
    # MemberRefParent
    [TABLE_TYPEDEF, TABLE_TYPEREF, TABLE_MODULEREF, TABLE_METHODDEF,
     TABLE_TYPESPEC],
    # HasSemantics
    [TABLE_EVENT, TABLE_PROPERTY],
    # MethodDefOrRef
    [TABLE_METHODDEF, TABLE_MEMBERREF],
    # MemberForwarded
    [TABLE_FIELD, TABLE_METHODDEF],
    # Implementation
    [TABLE_FILE, TABLE_ASSEMBLYREF, TABLE_EXPORTEDTYPE],
    # CustomAttributeType
    [-1, -1, TABLE_METHODDEF, TABLE_MEMBERREF, -1],
    # ResolutionScope
    [TABLE_MODULE, TABLE_MODULEREF, TABLE_ASSEMBLYREF, TABLE_TYPEREF],
    # TypeOrMethodDef
    [TABLE_TYPEDEF, TABLE_METHODDEF],
]

# ---------------------------------------------------------------------------
# column kinds; a column is encoded as kind * 256 + argument

K_U16 = 1       # 2-byte constant (also the Constant table's u8 + padding)
K_U32 = 2       # 4-byte constant
K_STR = 3       # #Strings index
K_GUID = 4      # #GUID index
K_BLOB = 5      # #Blob index
K_TABLE = 6     # simple index into table `arg`
K_LIST = 7      # start of a run in table `arg` (may be rows+1)
K_CODED = 8     # coded index of kind `arg`

U16 = K_U16 * 256
U32 = K_U32 * 256
STR = K_STR * 256
GUID = K_GUID * 256
BLOB = K_BLOB * 256


def _tbl(tid):
    return K_TABLE * 256 + tid


def _lst(tid):
    return K_LIST * 256 + tid


def _cod(ci):
    return K_CODED * 256 + ci


# II.22: the row schema of every table, indexed by table id
SCHEMAS = [
    # 0x00 Module: Generation, Name, Mvid, EncId, EncBaseId
    [U16, STR, GUID, GUID, GUID],
    # 0x01 TypeRef: ResolutionScope, TypeName, TypeNamespace
    [_cod(CI_RESOLUTIONSCOPE), STR, STR],
    # 0x02 TypeDef: Flags, TypeName, TypeNamespace, Extends, FieldList,
    #      MethodList
    [U32, STR, STR, _cod(CI_TYPEDEFORREF), _lst(TABLE_FIELD),
     _lst(TABLE_METHODDEF)],
    # 0x03 FieldPtr: Field
    [_tbl(TABLE_FIELD)],
    # 0x04 Field: Flags, Name, Signature
    [U16, STR, BLOB],
    # 0x05 MethodPtr: Method
    [_tbl(TABLE_METHODDEF)],
    # 0x06 MethodDef: RVA, ImplFlags, Flags, Name, Signature, ParamList
    [U32, U16, U16, STR, BLOB, _lst(TABLE_PARAM)],
    # 0x07 ParamPtr: Param
    [_tbl(TABLE_PARAM)],
    # 0x08 Param: Flags, Sequence, Name
    [U16, U16, STR],
    # 0x09 InterfaceImpl: Class, Interface
    [_tbl(TABLE_TYPEDEF), _cod(CI_TYPEDEFORREF)],
    # 0x0A MemberRef: Class, Name, Signature
    [_cod(CI_MEMBERREFPARENT), STR, BLOB],
    # 0x0B Constant: Type (u8 + padding), Parent, Value
    [U16, _cod(CI_HASCONSTANT), BLOB],
    # 0x0C CustomAttribute: Parent, Type, Value
    [_cod(CI_HASCUSTOMATTRIBUTE), _cod(CI_CUSTOMATTRIBUTETYPE), BLOB],
    # 0x0D FieldMarshal: Parent, NativeType
    [_cod(CI_HASFIELDMARSHAL), BLOB],
    # 0x0E DeclSecurity: Action, Parent, PermissionSet
    [U16, _cod(CI_HASDECLSECURITY), BLOB],
    # 0x0F ClassLayout: PackingSize, ClassSize, Parent
    [U16, U32, _tbl(TABLE_TYPEDEF)],
    # 0x10 FieldLayout: Offset, Field
    [U32, _tbl(TABLE_FIELD)],
    # 0x11 StandAloneSig: Signature
    [BLOB],
    # 0x12 EventMap: Parent, EventList
    [_tbl(TABLE_TYPEDEF), _lst(TABLE_EVENT)],
    # 0x13 EventPtr: Event
    [_tbl(TABLE_EVENT)],
    # 0x14 Event: EventFlags, Name, EventType
    [U16, STR, _cod(CI_TYPEDEFORREF)],
    # 0x15 PropertyMap: Parent, PropertyList
    [_tbl(TABLE_TYPEDEF), _lst(TABLE_PROPERTY)],
    # 0x16 PropertyPtr: Property
    [_tbl(TABLE_PROPERTY)],
    # 0x17 Property: Flags, Name, Type
    [U16, STR, BLOB],
    # 0x18 MethodSemantics: Semantics, Method, Association
    [U16, _tbl(TABLE_METHODDEF), _cod(CI_HASSEMANTICS)],
    # 0x19 MethodImpl: Class, MethodBody, MethodDeclaration
    [_tbl(TABLE_TYPEDEF), _cod(CI_METHODDEFORREF), _cod(CI_METHODDEFORREF)],
    # 0x1A ModuleRef: Name
    [STR],
    # 0x1B TypeSpec: Signature
    [BLOB],
    # 0x1C ImplMap: MappingFlags, MemberForwarded, ImportName, ImportScope
    [U16, _cod(CI_MEMBERFORWARDED), STR, _tbl(TABLE_MODULEREF)],
    # 0x1D FieldRVA: RVA, Field
    [U32, _tbl(TABLE_FIELD)],
    # 0x1E ENCLog: Token, FuncCode
    [U32, U32],
    # 0x1F ENCMap: Token
    [U32],
    # 0x20 Assembly: HashAlgId, Major, Minor, Build, Revision, Flags,
    #      PublicKey, Name, Culture
    [U32, U16, U16, U16, U16, U32, BLOB, STR, STR],
    # 0x21 AssemblyProcessor: Processor
    [U32],
    # 0x22 AssemblyOS: OSPlatformID, OSMajorVersion, OSMinorVersion
    [U32, U32, U32],
    # 0x23 AssemblyRef: Major, Minor, Build, Revision, Flags,
    #      PublicKeyOrToken, Name, Culture, HashValue
    [U16, U16, U16, U16, U32, BLOB, STR, STR, BLOB],
    # 0x24 AssemblyRefProcessor: Processor, AssemblyRef
    [U32, _tbl(TABLE_ASSEMBLYREF)],
    # 0x25 AssemblyRefOS: OSPlatformId, OSMajor, OSMinor, AssemblyRef
    [U32, U32, U32, _tbl(TABLE_ASSEMBLYREF)],
    # 0x26 File: Flags, Name, HashValue
    [U32, STR, BLOB],
    # 0x27 ExportedType: Flags, TypeDefId, TypeName, TypeNamespace,
    #      Implementation
    [U32, U32, STR, STR, _cod(CI_IMPLEMENTATION)],
    # 0x28 ManifestResource: Offset, Flags, Name, Implementation
    [U32, U32, STR, _cod(CI_IMPLEMENTATION)],
    # 0x29 NestedClass: NestedClass, EnclosingClass
    [_tbl(TABLE_TYPEDEF), _tbl(TABLE_TYPEDEF)],
    # 0x2A GenericParam: Number, Flags, Owner, Name
    [U16, U16, _cod(CI_TYPEORMETHODDEF), STR],
    # 0x2B MethodSpec: Method, Instantiation
    [_cod(CI_METHODDEFORREF), BLOB],
    # 0x2C GenericParamConstraint: Owner, Constraint
    [_tbl(TABLE_GENERICPARAM), _cod(CI_TYPEDEFORREF)],
]

MAX_ROWS = 0xffffff

# tables-stream HeapSizes flags
HEAP_STRING_4 = 0x01
HEAP_GUID_4 = 0x02
HEAP_BLOB_4 = 0x04
HEAP_EXTRA_DATA = 0x40

METADATA_SIGNATURE = 0x424A5342     # "BSJB"

# MethodImplAttributes code type (II.23.1.10): 0 = IL, 1 = native,
# 2 = OPTIL, 3 = runtime
METHODIMPL_CODETYPE_MASK = 0x3


# ---------------------------------------------------------------------------
# row classes

class TypeDefRow(object):
    _immutable_fields_ = ['rid', 'flags', 'name', 'namespace', 'extends',
                          'field_start', 'field_end', 'method_start',
                          'method_end', 'enclosing', 'interfaces',
                          'generic_params']

    def __init__(self, rid, flags, name, namespace, extends, field_start,
                 field_end, method_start, method_end, enclosing, interfaces,
                 generic_params):
        self.rid = rid
        self.flags = flags
        self.name = name
        self.namespace = namespace
        self.extends = extends
        self.field_start = field_start
        self.field_end = field_end
        self.method_start = method_start
        self.method_end = method_end
        self.enclosing = enclosing
        self.interfaces = interfaces
        self.generic_params = generic_params

    def token(self):
        return make_token(TABLE_TYPEDEF, self.rid)


class TypeRefRow(object):
    _immutable_fields_ = ['rid', 'scope', 'name', 'namespace']

    def __init__(self, rid, scope, name, namespace):
        self.rid = rid
        self.scope = scope
        self.name = name
        self.namespace = namespace


class FieldRow(object):
    _immutable_fields_ = ['rid', 'flags', 'name', 'sig', 'owner', 'rva']

    def __init__(self, rid, flags, name, sig, owner, rva):
        self.rid = rid
        self.flags = flags
        self.name = name
        self.sig = sig
        self.owner = owner
        self.rva = rva


class MethodDefRow(object):
    _immutable_fields_ = ['rid', 'rva', 'impl_flags', 'flags', 'name', 'sig',
                          'param_start', 'param_end', 'owner',
                          'generic_params']

    def __init__(self, rid, rva, impl_flags, flags, name, sig, param_start,
                 param_end, owner, generic_params):
        self.rid = rid
        self.rva = rva
        self.impl_flags = impl_flags
        self.flags = flags
        self.name = name
        self.sig = sig
        self.param_start = param_start
        self.param_end = param_end
        self.owner = owner
        self.generic_params = generic_params


class ParamRow(object):
    _immutable_fields_ = ['rid', 'flags', 'sequence', 'name', 'owner']

    def __init__(self, rid, flags, sequence, name, owner):
        self.rid = rid
        self.flags = flags
        self.sequence = sequence
        self.name = name
        self.owner = owner          # MethodDef rid (0 if none)


class InterfaceImplRow(object):
    _immutable_fields_ = ['rid', 'cls', 'interface']

    def __init__(self, rid, cls, interface):
        self.rid = rid
        self.cls = cls              # TypeDef rid
        self.interface = interface  # TypeDefOrRef token


class MemberRefRow(object):
    _immutable_fields_ = ['rid', 'parent', 'name', 'sig']

    def __init__(self, rid, parent, name, sig):
        self.rid = rid
        self.parent = parent
        self.name = name
        self.sig = sig


class ConstantRow(object):
    _immutable_fields_ = ['rid', 'type', 'parent', 'value']

    def __init__(self, rid, type, parent, value):
        self.rid = rid
        self.type = type            # ELEMENT_TYPE_* (or CLASS for null)
        self.parent = parent        # HasConstant token
        self.value = value          # blob


class CustomAttributeRow(object):
    _immutable_fields_ = ['rid', 'parent', 'type', 'value']

    def __init__(self, rid, parent, type, value):
        self.rid = rid
        self.parent = parent        # HasCustomAttribute token
        self.type = type            # MethodDef/MemberRef token (the ctor)
        self.value = value          # blob


class FieldMarshalRow(object):
    _immutable_fields_ = ['rid', 'parent', 'native_type']

    def __init__(self, rid, parent, native_type):
        self.rid = rid
        self.parent = parent
        self.native_type = native_type


class DeclSecurityRow(object):
    _immutable_fields_ = ['rid', 'action', 'parent', 'permission_set']

    def __init__(self, rid, action, parent, permission_set):
        self.rid = rid
        self.action = action
        self.parent = parent
        self.permission_set = permission_set


class ClassLayoutRow(object):
    _immutable_fields_ = ['rid', 'packing', 'size', 'parent']

    def __init__(self, rid, packing, size, parent):
        self.rid = rid
        self.packing = packing
        self.size = size
        self.parent = parent        # TypeDef rid


class FieldLayoutRow(object):
    _immutable_fields_ = ['rid', 'offset', 'field']

    def __init__(self, rid, offset, field):
        self.rid = rid
        self.offset = offset
        self.field = field          # Field rid


class StandAloneSigRow(object):
    _immutable_fields_ = ['rid', 'sig']

    def __init__(self, rid, sig):
        self.rid = rid
        self.sig = sig


class EventRow(object):
    _immutable_fields_ = ['rid', 'flags', 'name', 'type', 'owner']

    def __init__(self, rid, flags, name, type, owner):
        self.rid = rid
        self.flags = flags
        self.name = name
        self.type = type            # TypeDefOrRef token (0 if none)
        self.owner = owner          # TypeDef rid (0 if none)


class PropertyRow(object):
    _immutable_fields_ = ['rid', 'flags', 'name', 'sig', 'owner']

    def __init__(self, rid, flags, name, sig, owner):
        self.rid = rid
        self.flags = flags
        self.name = name
        self.sig = sig              # property signature blob
        self.owner = owner          # TypeDef rid (0 if none)


MSEM_SETTER = 0x1
MSEM_GETTER = 0x2
MSEM_OTHER = 0x4
MSEM_ADDON = 0x8
MSEM_REMOVEON = 0x10
MSEM_FIRE = 0x20


class MethodSemanticsRow(object):
    _immutable_fields_ = ['rid', 'semantics', 'method', 'association']

    def __init__(self, rid, semantics, method, association):
        self.rid = rid
        self.semantics = semantics  # MSEM_*
        self.method = method        # MethodDef rid
        self.association = association  # Event/Property token


class MethodImplRow(object):
    _immutable_fields_ = ['rid', 'cls', 'body', 'declaration']

    def __init__(self, rid, cls, body, declaration):
        self.rid = rid
        self.cls = cls              # TypeDef rid
        self.body = body            # MethodDefOrRef token
        self.declaration = declaration  # MethodDefOrRef token


class ModuleRefRow(object):
    _immutable_fields_ = ['rid', 'name']

    def __init__(self, rid, name):
        self.rid = rid
        self.name = name


class TypeSpecRow(object):
    _immutable_fields_ = ['rid', 'sig']

    def __init__(self, rid, sig):
        self.rid = rid
        self.sig = sig


class ImplMapRow(object):
    _immutable_fields_ = ['rid', 'flags', 'member', 'import_name',
                          'import_scope']

    def __init__(self, rid, flags, member, import_name, import_scope):
        self.rid = rid
        self.flags = flags
        self.member = member        # Field/MethodDef token
        self.import_name = import_name
        self.import_scope = import_scope    # ModuleRef rid


class FieldRVARow(object):
    _immutable_fields_ = ['rid', 'rva', 'field']

    def __init__(self, rid, rva, field):
        self.rid = rid
        self.rva = rva
        self.field = field


class AssemblyRefRow(object):
    _immutable_fields_ = ['rid', 'major', 'minor', 'build', 'revision',
                          'flags', 'public_key_or_token', 'name', 'culture',
                          'hash_value']

    def __init__(self, rid, major, minor, build, revision, flags,
                 public_key_or_token, name, culture, hash_value):
        self.rid = rid
        self.major = major
        self.minor = minor
        self.build = build
        self.revision = revision
        self.flags = flags
        self.public_key_or_token = public_key_or_token
        self.name = name
        self.culture = culture
        self.hash_value = hash_value


class FileRow(object):
    _immutable_fields_ = ['rid', 'flags', 'name', 'hash_value']

    def __init__(self, rid, flags, name, hash_value):
        self.rid = rid
        self.flags = flags
        self.name = name
        self.hash_value = hash_value


class ExportedTypeRow(object):
    _immutable_fields_ = ['rid', 'flags', 'typedef_id', 'name', 'namespace',
                          'implementation']

    def __init__(self, rid, flags, typedef_id, name, namespace,
                 implementation):
        self.rid = rid
        self.flags = flags
        self.typedef_id = typedef_id
        self.name = name
        self.namespace = namespace
        self.implementation = implementation    # File/AssemblyRef/ExpType


class ManifestResourceRow(object):
    _immutable_fields_ = ['rid', 'offset', 'flags', 'name', 'implementation']

    def __init__(self, rid, offset, flags, name, implementation):
        self.rid = rid
        self.offset = offset
        self.flags = flags
        self.name = name
        self.implementation = implementation    # 0 = in this file


class NestedClassRow(object):
    _immutable_fields_ = ['rid', 'nested', 'enclosing']

    def __init__(self, rid, nested, enclosing):
        self.rid = rid
        self.nested = nested        # TypeDef rid
        self.enclosing = enclosing  # TypeDef rid


class GenericParamRow(object):
    _immutable_fields_ = ['rid', 'number', 'flags', 'owner', 'name']

    def __init__(self, rid, number, flags, owner, name):
        self.rid = rid
        self.number = number
        self.flags = flags
        self.owner = owner          # TypeDef/MethodDef token
        self.name = name


class MethodSpecRow(object):
    _immutable_fields_ = ['rid', 'method', 'instantiation']

    def __init__(self, rid, method, instantiation):
        self.rid = rid
        self.method = method        # MethodDef/MemberRef token
        self.instantiation = instantiation  # blob


class GenericParamConstraintRow(object):
    _immutable_fields_ = ['rid', 'owner', 'constraint']

    def __init__(self, rid, owner, constraint):
        self.rid = rid
        self.owner = owner          # GenericParam rid
        self.constraint = constraint    # TypeDefOrRef token


# ---------------------------------------------------------------------------

class _Stream(object):
    def __init__(self, name, offset, size):
        self.name = name
        self.offset = offset
        self.size = size


def _insert_sorted(numbers, names, number, name):
    """Insert (number, name) keeping `numbers` sorted (stable)."""
    i = len(numbers)
    numbers.append(number)
    names.append(name)
    while i > 0 and numbers[i - 1] > number:
        numbers[i] = numbers[i - 1]
        names[i] = names[i - 1]
        i -= 1
    numbers[i] = number
    names[i] = name


class Image(signature.TokenNamer):
    """A loaded CLI image.  See load_image()."""

    def __init__(self, path, data):
        self.path = path
        self.data = data
        self.pe = PEFile(path, data)
        self.entry_point_token = self.pe.entry_point_token
        self.metadata_version = ""
        self.strings_heap = ""
        self.us_heap = ""
        self.blob_heap = ""
        self.guid_heap = ""
        self.tables_stream = ""
        self.is_uncompressed = False
        self.heap_sizes = 0
        self._rows = [0] * NUM_TABLES
        self._values = []       # per table: flattened rows*ncols ints
        self._col_sizes = []    # per table: byte size of each column
        self._table_offsets = [0] * NUM_TABLES  # offsets in tables stream
        self.metadata_file_offset = 0
        self.tables_file_offset = 0
        self._force_large = False
        self._parse_metadata_root()
        self._parse_tables()
        self._build_rows()

    # -- metadata root and streams ------------------------------------------

    def _parse_metadata_root(self):
        pe = self.pe
        off = pe.rva_to_offset(pe.metadata_rva, pe.metadata_size, "metadata")
        end = off + pe.metadata_size
        assert off >= 0
        assert end >= 0
        md = self.data[off:end]
        self.metadata_file_offset = off
        if len(md) < 20:
            raise BadImageFormat("truncated metadata root")
        if u32_at(md, 0) != METADATA_SIGNATURE:
            raise BadImageFormat("bad metadata signature (no BSJB)")
        vlen = u32_at(md, 12)
        if vlen > 256 or 16 + vlen + 4 > len(md):
            raise BadImageFormat("bad metadata version string length %d"
                                 % vlen)
        vend = 16
        while vend < 16 + vlen and md[vend] != '\x00':
            vend += 1
        assert vend >= 0
        self.metadata_version = md[16:vend]
        p = 16 + vlen
        nstreams = u16_at(md, p + 2)
        p += 4
        streams = []
        for i in range(nstreams):
            if p + 8 > len(md):
                raise BadImageFormat("truncated metadata stream header %d"
                                     % i)
            soff = u32_at(md, p)
            ssize = u32_at(md, p + 4)
            p += 8
            nstart = p
            while True:
                if p >= len(md):
                    raise BadImageFormat("truncated metadata stream name")
                if md[p] == '\x00':
                    break
                if p - nstart >= 32:
                    raise BadImageFormat("metadata stream name too long")
                p += 1
            assert nstart >= 0
            assert p >= 0
            name = md[nstart:p]
            p = nstart + ((p - nstart + 4) & ~3)
            if soff > len(md) or ssize > len(md) - soff:
                raise BadImageFormat("metadata stream %s (offset 0x%x, size "
                                     "%d) extends past the metadata"
                                     % (name, soff, ssize))
            streams.append(_Stream(name, soff, ssize))
        found_tables = False
        found = {}
        force_large = False
        for s in streams:
            if s.name in found:
                continue        # the first stream of a name wins
            found[s.name] = True
            start = s.offset
            stop = s.offset + s.size
            assert start >= 0
            assert stop >= 0
            if s.name == "#~" or s.name == "#-":
                if found_tables:
                    continue
                found_tables = True
                self.is_uncompressed = s.name == "#-"
                self.tables_stream = md[start:stop]
                self.tables_file_offset = self.metadata_file_offset + start
            elif s.name == "#Strings":
                self.strings_heap = md[start:stop]
            elif s.name == "#US":
                self.us_heap = md[start:stop]
            elif s.name == "#Blob":
                self.blob_heap = md[start:stop]
            elif s.name == "#GUID":
                self.guid_heap = md[start:stop]
            elif s.name == "#JTD":
                force_large = True
        if not found_tables:
            raise BadImageFormat("metadata has no tables stream")
        self._force_large = force_large

    # -- tables stream -------------------------------------------------------

    def _parse_tables(self):
        ts = self.tables_stream
        if len(ts) < 24:
            raise BadImageFormat("truncated metadata tables header")
        heap_sizes = ord(ts[6])
        self.heap_sizes = heap_sizes
        valid_lo = u32_at(ts, 8)
        valid_hi = u32_at(ts, 12)
        p = 24
        rows = self._rows
        for t in range(64):
            if t < 32:
                present = (valid_lo >> t) & 1
            else:
                present = (valid_hi >> (t - 32)) & 1
            if not present:
                continue
            if t >= NUM_TABLES:
                raise BadImageFormat("unknown metadata table 0x%x" % t)
            if p + 4 > len(ts):
                raise BadImageFormat("truncated metadata table row counts")
            n = u32_at(ts, p)
            p += 4
            if n > MAX_ROWS:
                raise BadImageFormat("metadata table %s has too many rows "
                                     "(%d)" % (TABLE_NAMES[t], n))
            rows[t] = n
        if heap_sizes & HEAP_EXTRA_DATA:
            p += 4
        large = self._force_large
        str_size = 2
        if large or heap_sizes & HEAP_STRING_4:
            str_size = 4
        guid_size = 2
        if large or heap_sizes & HEAP_GUID_4:
            guid_size = 4
        blob_size = 2
        if large or heap_sizes & HEAP_BLOB_4:
            blob_size = 4
        coded_sizes = [2] * NUM_CODED
        for ci in range(NUM_CODED):
            limit = 1 << (16 - CODED_BITS[ci])
            for tid in CODED_TABLES[ci]:
                if large or (tid >= 0 and rows[tid] >= limit):
                    coded_sizes[ci] = 4
        # compute row layouts and read every table
        values_all = []
        for t in range(NUM_TABLES):
            schema = SCHEMAS[t]
            ncols = len(schema)
            sizes = [0] * ncols
            rowsize = 0
            for c in range(ncols):
                col = schema[c]
                kind = col >> 8
                arg = col & 0xff
                if kind == K_U16:
                    sz = 2
                elif kind == K_U32:
                    sz = 4
                elif kind == K_STR:
                    sz = str_size
                elif kind == K_GUID:
                    sz = guid_size
                elif kind == K_BLOB:
                    sz = blob_size
                elif kind == K_CODED:
                    sz = coded_sizes[arg]
                else:   # K_TABLE, K_LIST
                    if large or rows[arg] > 0xffff:
                        sz = 4
                    else:
                        sz = 2
                sizes[c] = sz
                rowsize += sz
            n = rows[t]
            self._col_sizes.append(sizes)
            self._table_offsets[t] = p
            if n > (len(ts) - p) // rowsize:
                raise BadImageFormat("metadata table %s (%d rows) extends "
                                     "past the tables stream"
                                     % (TABLE_NAMES[t], n))
            vals = [0] * (n * ncols)
            i = 0
            for r in range(n):
                for c in range(ncols):
                    if sizes[c] == 2:
                        vals[i] = ord(ts[p]) | (ord(ts[p + 1]) << 8)
                        p += 2
                    else:
                        vals[i] = (ord(ts[p]) | (ord(ts[p + 1]) << 8) |
                                   (ord(ts[p + 2]) << 16) |
                                   (ord(ts[p + 3]) << 24))
                        p += 4
                    i += 1
            values_all.append(vals)
        self._values = values_all
        self._validate()

    def _validate(self):
        """Check every heap, table and coded index; replace coded indexes
        by tokens (0 for a null index) and normalise list columns."""
        rows = self._rows
        nstr = len(self.strings_heap)
        nblob = len(self.blob_heap)
        nguid = len(self.guid_heap) // 16
        for t in range(NUM_TABLES):
            schema = SCHEMAS[t]
            ncols = len(schema)
            vals = self._values[t]
            for r in range(rows[t]):
                for c in range(ncols):
                    col = schema[c]
                    kind = col >> 8
                    arg = col & 0xff
                    i = r * ncols + c
                    v = vals[i]
                    if kind == K_STR:
                        if v != 0 and v >= nstr:
                            raise BadImageFormat(
                                "metadata table %s row %d: #Strings offset "
                                "0x%x out of range" % (TABLE_NAMES[t], r + 1,
                                                       v))
                    elif kind == K_BLOB:
                        if v != 0 and v >= nblob:
                            raise BadImageFormat(
                                "metadata table %s row %d: #Blob offset 0x%x "
                                "out of range" % (TABLE_NAMES[t], r + 1, v))
                    elif kind == K_GUID:
                        if v > nguid:
                            raise BadImageFormat(
                                "metadata table %s row %d: #GUID index %d out "
                                "of range" % (TABLE_NAMES[t], r + 1, v))
                    elif kind == K_TABLE:
                        if v > rows[arg]:
                            raise BadImageFormat(
                                "metadata table %s row %d: %s row %d out of "
                                "range" % (TABLE_NAMES[t], r + 1,
                                           TABLE_NAMES[arg], v))
                    elif kind == K_LIST:
                        if rows[arg] == 0 and v <= 1:
                            vals[i] = 1
                        elif v == 0 or v > rows[arg] + 1:
                            raise BadImageFormat(
                                "metadata table %s row %d: %s list start %d "
                                "out of range" % (TABLE_NAMES[t], r + 1,
                                                  TABLE_NAMES[arg], v))
                    elif kind == K_CODED:
                        bits = CODED_BITS[arg]
                        tag = v & ((1 << bits) - 1)
                        rid = v >> bits
                        tables = CODED_TABLES[arg]
                        if tag >= len(tables) or tables[tag] < 0:
                            raise BadImageFormat(
                                "metadata table %s row %d: bad %s coded index "
                                "tag %d" % (TABLE_NAMES[t], r + 1,
                                            CODED_NAMES[arg], tag))
                        target = tables[tag]
                        if rid > rows[target]:
                            raise BadImageFormat(
                                "metadata table %s row %d: %s row %d out of "
                                "range" % (TABLE_NAMES[t], r + 1,
                                           TABLE_NAMES[target], rid))
                        if rid == 0:
                            vals[i] = 0
                        else:
                            vals[i] = (target << 24) | rid

    # -- raw access ----------------------------------------------------------

    def num_rows(self, table_id):
        if table_id < 0 or table_id >= NUM_TABLES:
            return 0
        return self._rows[table_id]

    def get_value(self, table_id, rid, col):
        """Raw column value (heap index, rid, constant; coded indexes are
        returned as tokens, 0 for null).  rid is 1-based."""
        if table_id < 0 or table_id >= NUM_TABLES:
            raise BadImageFormat("bad metadata table id 0x%x" % table_id)
        ncols = len(SCHEMAS[table_id])
        if rid < 1 or rid > self._rows[table_id]:
            raise BadImageFormat("metadata table %s row %d out of range"
                                 % (TABLE_NAMES[table_id], rid))
        if col < 0 or col >= ncols:
            raise BadImageFormat("metadata table %s has no column %d"
                                 % (TABLE_NAMES[table_id], col))
        return self._values[table_id][(rid - 1) * ncols + col]

    def column_file_offset(self, table_id, rid, col):
        """(file offset, byte size) of a table cell; for tests/tools."""
        self.get_value(table_id, rid, col)      # range checks
        sizes = self._col_sizes[table_id]
        rowsize = 0
        before = 0
        for c in range(len(sizes)):
            if c == col:
                before = rowsize
            rowsize += sizes[c]
        return (self.tables_file_offset + self._table_offsets[table_id] +
                (rid - 1) * rowsize + before, sizes[col])

    def _v(self, table_id, rid, col):
        # unchecked: rid/col known valid
        return self._values[table_id][(rid - 1) * len(SCHEMAS[table_id]) +
                                      col]

    def check_token(self, token):
        """True if `token` names an existing row (of one of the 45 tables)
        or, for 0x70 tokens, a plausible #US offset."""
        table = token_table(token)
        rid = token_rid(token)
        if table == TOKEN_USERSTRING:
            return rid < len(self.us_heap)
        if table >= NUM_TABLES:
            return False
        return 1 <= rid <= self._rows[table]

    def expect_token(self, token, what):
        if not self.check_token(token):
            raise BadImageFormat("%s: token 0x%x out of range" % (what, token))

    # -- heaps ---------------------------------------------------------------

    def get_string(self, index):
        """#Strings entry (UTF-8 bytes, not decoded)."""
        heap = self.strings_heap
        if index == 0 and len(heap) == 0:
            return ""
        if index < 0 or index >= len(heap):
            raise BadImageFormat("#Strings offset 0x%x out of range" % index)
        end = heap.find('\x00', index)
        if end < 0:
            raise BadImageFormat("unterminated #Strings entry at 0x%x"
                                 % index)
        assert index >= 0
        assert end >= 0
        return heap[index:end]

    def _heap_item(self, heap, index, what):
        """(start, length) of a length-prefixed #Blob/#US entry."""
        if index < 0 or index >= len(heap):
            raise BadImageFormat("%s offset 0x%x out of range"
                                 % (what, index))
        b0 = ord(heap[index])
        if b0 & 0x80 == 0:
            n = b0
            start = index + 1
        elif b0 & 0xc0 == 0x80:
            if index + 2 > len(heap):
                raise BadImageFormat("truncated %s entry at 0x%x"
                                     % (what, index))
            n = ((b0 & 0x3f) << 8) | ord(heap[index + 1])
            start = index + 2
        elif b0 & 0xe0 == 0xc0:
            if index + 4 > len(heap):
                raise BadImageFormat("truncated %s entry at 0x%x"
                                     % (what, index))
            n = (((b0 & 0x1f) << 24) | (ord(heap[index + 1]) << 16) |
                 (ord(heap[index + 2]) << 8) | ord(heap[index + 3]))
            start = index + 4
        else:
            raise BadImageFormat("bad %s entry length at 0x%x"
                                 % (what, index))
        if n > len(heap) - start:
            raise BadImageFormat("%s entry at 0x%x extends past the heap"
                                 % (what, index))
        return start, n

    def get_blob(self, index):
        heap = self.blob_heap
        if index == 0 and len(heap) == 0:
            return ""
        start, n = self._heap_item(heap, index, "#Blob")
        stop = start + n
        assert start >= 0
        assert stop >= 0
        return heap[start:stop]

    def get_guid(self, index):
        """16 raw bytes of #GUID entry `index` (1-based); '' for 0."""
        if index == 0:
            return ""
        start = (index - 1) * 16
        if index < 0 or start + 16 > len(self.guid_heap):
            raise BadImageFormat("#GUID index %d out of range" % index)
        stop = start + 16
        assert start >= 0
        assert stop >= 0
        return self.guid_heap[start:stop]

    def get_user_string(self, index):
        """#US entry as unicode: one character per UTF-16 code unit
        (surrogate pairs are kept as two code units, as in CLR strings)."""
        heap = self.us_heap
        if index == 0 and len(heap) == 0:
            return u""
        start, n = self._heap_item(heap, index, "#US")
        nchars = n // 2     # an odd length has a trailing flag byte
        b = UnicodeBuilder(nchars)
        p = start
        for i in range(nchars):
            b.append(unichr(ord(heap[p]) | (ord(heap[p + 1]) << 8)))
            p += 2
        return b.build()

    # -- names ---------------------------------------------------------------

    def token_name(self, token):
        return self._token_name(token, 0)

    def _token_name(self, token, depth):
        table = token_table(token)
        rid = token_rid(token)
        if not self.check_token(token) or depth > 16:
            return "[token 0x%x]" % token
        if table == TABLE_TYPEDEF:
            td = self.typedefs[rid - 1]
            n = td.name
            if td.namespace:
                n = td.namespace + "." + n
            if td.enclosing != 0:
                n = self._token_name(td.enclosing, depth + 1) + "/" + n
            return n
        if table == TABLE_TYPEREF:
            tr = self.typerefs[rid - 1]
            n = tr.name
            if tr.namespace:
                n = tr.namespace + "." + n
            if token_table(tr.scope) == TABLE_TYPEREF:
                n = self._token_name(tr.scope, depth + 1) + "/" + n
            return n
        if table == TABLE_TYPESPEC:
            return "[typespec %d]" % rid
        if table == TABLE_METHODDEF:
            m = self.methods[rid - 1]
            if m.owner != 0:
                return (self._token_name(make_token(TABLE_TYPEDEF, m.owner),
                                         depth + 1) + "::" + m.name)
            return m.name
        if table == TABLE_FIELD:
            f = self.fields[rid - 1]
            if f.owner != 0:
                return (self._token_name(make_token(TABLE_TYPEDEF, f.owner),
                                         depth + 1) + "::" + f.name)
            return f.name
        if table == TABLE_MEMBERREF:
            mr = self.memberrefs[rid - 1]
            if mr.parent != 0:
                return (self._token_name(mr.parent, depth + 1) + "::" +
                        mr.name)
            return mr.name
        return "[%s %d]" % (TABLE_NAMES[table], rid)

    def describe_type(self, sigtype):
        """Like SigType.describe() but with type names instead of tokens."""
        return signature.describe_type(sigtype, self)

    def describe_method_sig(self, msig, name):
        return signature.describe_method_sig(msig, self, name)

    # -- bodies --------------------------------------------------------------

    def read_method_body(self, rva):
        return methodbody.read_method_body(self.pe, rva)

    def read_field_rva_data(self, rva, size):
        return self.pe.read_rva(rva, size, "field data")

    # -- row objects ---------------------------------------------------------

    def _check_ptr_table(self, ptr_table, target):
        """Uncompressed (#-) metadata may route lists through *Ptr tables.
        Only identity maps are supported."""
        n = self._rows[ptr_table]
        if n == 0:
            return
        if n != self._rows[target]:
            raise BadImageFormat("unsupported: %s table is not an identity "
                                 "map" % TABLE_NAMES[ptr_table])
        for rid in range(1, n + 1):
            if self._v(ptr_table, rid, 0) != rid:
                raise BadImageFormat("unsupported: %s table is not an "
                                     "identity map" % TABLE_NAMES[ptr_table])

    def _list_end(self, table, rid, col, target):
        """End (exclusive) of the run starting at row `rid`'s list
        column."""
        start = self._v(table, rid, col)
        if rid < self._rows[table]:
            end = self._v(table, rid + 1, col)
        else:
            end = self._rows[target] + 1
        if end < start:
            raise BadImageFormat("metadata table %s row %d: %s list is not "
                                 "sorted" % (TABLE_NAMES[table], rid,
                                             TABLE_NAMES[target]))
        return end

    def _build_rows(self):
        rows = self._rows
        for pair in [(TABLE_FIELDPTR, TABLE_FIELD),
                     (TABLE_METHODPTR, TABLE_METHODDEF),
                     (TABLE_PARAMPTR, TABLE_PARAM),
                     (TABLE_EVENTPTR, TABLE_EVENT),
                     (TABLE_PROPERTYPTR, TABLE_PROPERTY)]:
            self._check_ptr_table(pair[0], pair[1])
        ntypedefs = rows[TABLE_TYPEDEF]
        nfields = rows[TABLE_FIELD]
        nmethods = rows[TABLE_METHODDEF]
        nparams = rows[TABLE_PARAM]

        # Module / Assembly
        self.module_name = ""
        self.mvid = ""
        if rows[TABLE_MODULE] > 0:
            self.module_name = self.get_string(self._v(TABLE_MODULE, 1, 1))
            self.mvid = self.get_guid(self._v(TABLE_MODULE, 1, 2))
        self.assembly_name = ""
        self.assembly_culture = ""
        self.assembly_flags = 0
        self.assembly_public_key = ""
        self.assembly_version = [0, 0, 0, 0]
        if rows[TABLE_ASSEMBLY] > 0:
            self.assembly_version = [self._v(TABLE_ASSEMBLY, 1, 1),
                                     self._v(TABLE_ASSEMBLY, 1, 2),
                                     self._v(TABLE_ASSEMBLY, 1, 3),
                                     self._v(TABLE_ASSEMBLY, 1, 4)]
            self.assembly_flags = self._v(TABLE_ASSEMBLY, 1, 5)
            self.assembly_public_key = self.get_blob(
                self._v(TABLE_ASSEMBLY, 1, 6))
            self.assembly_name = self.get_string(self._v(TABLE_ASSEMBLY, 1, 7))
            self.assembly_culture = self.get_string(
                self._v(TABLE_ASSEMBLY, 1, 8))
        if self.entry_point_token != 0:
            t = token_table(self.entry_point_token)
            if t != TABLE_METHODDEF and t != TABLE_FILE:
                raise BadImageFormat("bad entry point token 0x%x"
                                     % self.entry_point_token)
            self.expect_token(self.entry_point_token, "entry point")

        # generic parameters, by owner
        self.genericparams = []
        td_gp_nums = []
        td_gp_names = []
        for i in range(ntypedefs):
            td_gp_nums.append([])
            td_gp_names.append([])
        md_gp_nums = []
        md_gp_names = []
        for i in range(nmethods):
            md_gp_nums.append([])
            md_gp_names.append([])
        for rid in range(1, rows[TABLE_GENERICPARAM] + 1):
            number = self._v(TABLE_GENERICPARAM, rid, 0)
            flags = self._v(TABLE_GENERICPARAM, rid, 1)
            owner = self._v(TABLE_GENERICPARAM, rid, 2)
            name = self.get_string(self._v(TABLE_GENERICPARAM, rid, 3))
            if owner == 0:
                raise BadImageFormat("metadata table GenericParam row %d has "
                                     "no owner" % rid)
            orid = token_rid(owner)
            if token_table(owner) == TABLE_TYPEDEF:
                _insert_sorted(td_gp_nums[orid - 1], td_gp_names[orid - 1],
                               number, name)
            else:
                _insert_sorted(md_gp_nums[orid - 1], md_gp_names[orid - 1],
                               number, name)
            self.genericparams.append(
                GenericParamRow(rid, number, flags, owner, name))

        # nesting and interfaces
        enclosing = [0] * (ntypedefs + 1)
        self.nestedclasses = []
        for rid in range(1, rows[TABLE_NESTEDCLASS] + 1):
            nested = self._v(TABLE_NESTEDCLASS, rid, 0)
            encl = self._v(TABLE_NESTEDCLASS, rid, 1)
            if nested == 0 or encl == 0:
                raise BadImageFormat("metadata table NestedClass row %d has a "
                                     "null TypeDef index" % rid)
            enclosing[nested] = make_token(TABLE_TYPEDEF, encl)
            self.nestedclasses.append(NestedClassRow(rid, nested, encl))
        ifaces = []
        for i in range(ntypedefs):
            ifaces.append([])
        self.interfaceimpls = []
        for rid in range(1, rows[TABLE_INTERFACEIMPL] + 1):
            cls = self._v(TABLE_INTERFACEIMPL, rid, 0)
            iface = self._v(TABLE_INTERFACEIMPL, rid, 1)
            if cls == 0 or iface == 0:
                raise BadImageFormat("metadata table InterfaceImpl row %d has "
                                     "a null index" % rid)
            ifaces[cls - 1].append(iface)
            self.interfaceimpls.append(InterfaceImplRow(rid, cls, iface))

        # TypeDef
        field_owner = [0] * (nfields + 1)
        method_owner = [0] * (nmethods + 1)
        self.typedefs = []
        for rid in range(1, ntypedefs + 1):
            fstart = self._v(TABLE_TYPEDEF, rid, 4)
            fend = self._list_end(TABLE_TYPEDEF, rid, 4, TABLE_FIELD)
            mstart = self._v(TABLE_TYPEDEF, rid, 5)
            mend = self._list_end(TABLE_TYPEDEF, rid, 5, TABLE_METHODDEF)
            for f in range(fstart, fend):
                field_owner[f] = rid
            for m in range(mstart, mend):
                method_owner[m] = rid
            self.typedefs.append(TypeDefRow(
                rid, self._v(TABLE_TYPEDEF, rid, 0),
                self.get_string(self._v(TABLE_TYPEDEF, rid, 1)),
                self.get_string(self._v(TABLE_TYPEDEF, rid, 2)),
                self._v(TABLE_TYPEDEF, rid, 3),
                fstart, fend, mstart, mend, enclosing[rid],
                ifaces[rid - 1], td_gp_names[rid - 1]))

        # TypeRef
        self.typerefs = []
        for rid in range(1, rows[TABLE_TYPEREF] + 1):
            self.typerefs.append(TypeRefRow(
                rid, self._v(TABLE_TYPEREF, rid, 0),
                self.get_string(self._v(TABLE_TYPEREF, rid, 1)),
                self.get_string(self._v(TABLE_TYPEREF, rid, 2))))

        # FieldRVA, Field
        field_rva = [0] * (nfields + 1)
        self.fieldrvas = []
        for rid in range(1, rows[TABLE_FIELDRVA] + 1):
            rva = self._v(TABLE_FIELDRVA, rid, 0)
            f = self._v(TABLE_FIELDRVA, rid, 1)
            if f == 0:
                raise BadImageFormat("metadata table FieldRVA row %d has a "
                                     "null Field index" % rid)
            field_rva[f] = rva
            self.fieldrvas.append(FieldRVARow(rid, rva, f))
        self.fields = []
        for rid in range(1, nfields + 1):
            self.fields.append(FieldRow(
                rid, self._v(TABLE_FIELD, rid, 0),
                self.get_string(self._v(TABLE_FIELD, rid, 1)),
                self.get_blob(self._v(TABLE_FIELD, rid, 2)),
                field_owner[rid], field_rva[rid]))

        # MethodDef, Param
        param_owner = [0] * (nparams + 1)
        self.methods = []
        for rid in range(1, nmethods + 1):
            pstart = self._v(TABLE_METHODDEF, rid, 5)
            pend = self._list_end(TABLE_METHODDEF, rid, 5, TABLE_PARAM)
            for p in range(pstart, pend):
                param_owner[p] = rid
            self.methods.append(MethodDefRow(
                rid, self._v(TABLE_METHODDEF, rid, 0),
                self._v(TABLE_METHODDEF, rid, 1),
                self._v(TABLE_METHODDEF, rid, 2),
                self.get_string(self._v(TABLE_METHODDEF, rid, 3)),
                self.get_blob(self._v(TABLE_METHODDEF, rid, 4)),
                pstart, pend, method_owner[rid], md_gp_names[rid - 1]))
        self.params = []
        for rid in range(1, nparams + 1):
            self.params.append(ParamRow(
                rid, self._v(TABLE_PARAM, rid, 0),
                self._v(TABLE_PARAM, rid, 1),
                self.get_string(self._v(TABLE_PARAM, rid, 2)),
                param_owner[rid]))

        # MemberRef
        self.memberrefs = []
        for rid in range(1, rows[TABLE_MEMBERREF] + 1):
            parent = self._v(TABLE_MEMBERREF, rid, 0)
            if parent == 0:
                raise BadImageFormat("metadata table MemberRef row %d has no "
                                     "parent" % rid)
            self.memberrefs.append(MemberRefRow(
                rid, parent,
                self.get_string(self._v(TABLE_MEMBERREF, rid, 1)),
                self.get_blob(self._v(TABLE_MEMBERREF, rid, 2))))

        # Constant, CustomAttribute, FieldMarshal, DeclSecurity
        self.constants = []
        for rid in range(1, rows[TABLE_CONSTANT] + 1):
            self.constants.append(ConstantRow(
                rid, self._v(TABLE_CONSTANT, rid, 0) & 0xff,
                self._v(TABLE_CONSTANT, rid, 1),
                self.get_blob(self._v(TABLE_CONSTANT, rid, 2))))
        self.customattributes = []
        for rid in range(1, rows[TABLE_CUSTOMATTRIBUTE] + 1):
            self.customattributes.append(CustomAttributeRow(
                rid, self._v(TABLE_CUSTOMATTRIBUTE, rid, 0),
                self._v(TABLE_CUSTOMATTRIBUTE, rid, 1),
                self.get_blob(self._v(TABLE_CUSTOMATTRIBUTE, rid, 2))))
        self.fieldmarshals = []
        for rid in range(1, rows[TABLE_FIELDMARSHAL] + 1):
            self.fieldmarshals.append(FieldMarshalRow(
                rid, self._v(TABLE_FIELDMARSHAL, rid, 0),
                self.get_blob(self._v(TABLE_FIELDMARSHAL, rid, 1))))
        self.declsecurities = []
        for rid in range(1, rows[TABLE_DECLSECURITY] + 1):
            self.declsecurities.append(DeclSecurityRow(
                rid, self._v(TABLE_DECLSECURITY, rid, 0),
                self._v(TABLE_DECLSECURITY, rid, 1),
                self.get_blob(self._v(TABLE_DECLSECURITY, rid, 2))))

        # ClassLayout, FieldLayout, StandAloneSig
        self.classlayouts = []
        for rid in range(1, rows[TABLE_CLASSLAYOUT] + 1):
            self.classlayouts.append(ClassLayoutRow(
                rid, self._v(TABLE_CLASSLAYOUT, rid, 0),
                self._v(TABLE_CLASSLAYOUT, rid, 1),
                self._v(TABLE_CLASSLAYOUT, rid, 2)))
        self.fieldlayouts = []
        for rid in range(1, rows[TABLE_FIELDLAYOUT] + 1):
            self.fieldlayouts.append(FieldLayoutRow(
                rid, self._v(TABLE_FIELDLAYOUT, rid, 0),
                self._v(TABLE_FIELDLAYOUT, rid, 1)))
        self.standalonesigs = []
        for rid in range(1, rows[TABLE_STANDALONESIG] + 1):
            self.standalonesigs.append(StandAloneSigRow(
                rid, self.get_blob(self._v(TABLE_STANDALONESIG, rid, 0))))

        # Event / EventMap
        nevents = rows[TABLE_EVENT]
        event_owner = [0] * (nevents + 1)
        for rid in range(1, rows[TABLE_EVENTMAP] + 1):
            parent = self._v(TABLE_EVENTMAP, rid, 0)
            start = self._v(TABLE_EVENTMAP, rid, 1)
            end = self._list_end(TABLE_EVENTMAP, rid, 1, TABLE_EVENT)
            for e in range(start, end):
                event_owner[e] = parent
        self.events = []
        for rid in range(1, nevents + 1):
            self.events.append(EventRow(
                rid, self._v(TABLE_EVENT, rid, 0),
                self.get_string(self._v(TABLE_EVENT, rid, 1)),
                self._v(TABLE_EVENT, rid, 2), event_owner[rid]))

        # Property / PropertyMap
        nprops = rows[TABLE_PROPERTY]
        prop_owner = [0] * (nprops + 1)
        for rid in range(1, rows[TABLE_PROPERTYMAP] + 1):
            parent = self._v(TABLE_PROPERTYMAP, rid, 0)
            start = self._v(TABLE_PROPERTYMAP, rid, 1)
            end = self._list_end(TABLE_PROPERTYMAP, rid, 1, TABLE_PROPERTY)
            for pr in range(start, end):
                prop_owner[pr] = parent
        self.properties = []
        for rid in range(1, nprops + 1):
            self.properties.append(PropertyRow(
                rid, self._v(TABLE_PROPERTY, rid, 0),
                self.get_string(self._v(TABLE_PROPERTY, rid, 1)),
                self.get_blob(self._v(TABLE_PROPERTY, rid, 2)),
                prop_owner[rid]))

        # MethodSemantics, MethodImpl
        self.methodsemantics = []
        for rid in range(1, rows[TABLE_METHODSEMANTICS] + 1):
            m = self._v(TABLE_METHODSEMANTICS, rid, 1)
            assoc = self._v(TABLE_METHODSEMANTICS, rid, 2)
            if m == 0 or assoc == 0:
                raise BadImageFormat("metadata table MethodSemantics row %d "
                                     "has a null index" % rid)
            self.methodsemantics.append(MethodSemanticsRow(
                rid, self._v(TABLE_METHODSEMANTICS, rid, 0), m, assoc))
        self.methodimpls = []
        for rid in range(1, rows[TABLE_METHODIMPL] + 1):
            self.methodimpls.append(MethodImplRow(
                rid, self._v(TABLE_METHODIMPL, rid, 0),
                self._v(TABLE_METHODIMPL, rid, 1),
                self._v(TABLE_METHODIMPL, rid, 2)))

        # ModuleRef, TypeSpec, ImplMap
        self.modulerefs = []
        self.moduleref_names = []
        for rid in range(1, rows[TABLE_MODULEREF] + 1):
            mname = self.get_string(self._v(TABLE_MODULEREF, rid, 0))
            self.modulerefs.append(ModuleRefRow(rid, mname))
            self.moduleref_names.append(mname)
        self.typespecs = []
        for rid in range(1, rows[TABLE_TYPESPEC] + 1):
            self.typespecs.append(TypeSpecRow(
                rid, self.get_blob(self._v(TABLE_TYPESPEC, rid, 0))))
        self.implmaps = []
        for rid in range(1, rows[TABLE_IMPLMAP] + 1):
            self.implmaps.append(ImplMapRow(
                rid, self._v(TABLE_IMPLMAP, rid, 0),
                self._v(TABLE_IMPLMAP, rid, 1),
                self.get_string(self._v(TABLE_IMPLMAP, rid, 2)),
                self._v(TABLE_IMPLMAP, rid, 3)))

        # AssemblyRef, File, ExportedType, ManifestResource
        self.assemblyrefs = []
        for rid in range(1, rows[TABLE_ASSEMBLYREF] + 1):
            self.assemblyrefs.append(AssemblyRefRow(
                rid, self._v(TABLE_ASSEMBLYREF, rid, 0),
                self._v(TABLE_ASSEMBLYREF, rid, 1),
                self._v(TABLE_ASSEMBLYREF, rid, 2),
                self._v(TABLE_ASSEMBLYREF, rid, 3),
                self._v(TABLE_ASSEMBLYREF, rid, 4),
                self.get_blob(self._v(TABLE_ASSEMBLYREF, rid, 5)),
                self.get_string(self._v(TABLE_ASSEMBLYREF, rid, 6)),
                self.get_string(self._v(TABLE_ASSEMBLYREF, rid, 7)),
                self.get_blob(self._v(TABLE_ASSEMBLYREF, rid, 8))))
        self.files = []
        for rid in range(1, rows[TABLE_FILE] + 1):
            self.files.append(FileRow(
                rid, self._v(TABLE_FILE, rid, 0),
                self.get_string(self._v(TABLE_FILE, rid, 1)),
                self.get_blob(self._v(TABLE_FILE, rid, 2))))
        self.exportedtypes = []
        for rid in range(1, rows[TABLE_EXPORTEDTYPE] + 1):
            self.exportedtypes.append(ExportedTypeRow(
                rid, self._v(TABLE_EXPORTEDTYPE, rid, 0),
                self._v(TABLE_EXPORTEDTYPE, rid, 1),
                self.get_string(self._v(TABLE_EXPORTEDTYPE, rid, 2)),
                self.get_string(self._v(TABLE_EXPORTEDTYPE, rid, 3)),
                self._v(TABLE_EXPORTEDTYPE, rid, 4)))
        self.manifestresources = []
        for rid in range(1, rows[TABLE_MANIFESTRESOURCE] + 1):
            self.manifestresources.append(ManifestResourceRow(
                rid, self._v(TABLE_MANIFESTRESOURCE, rid, 0),
                self._v(TABLE_MANIFESTRESOURCE, rid, 1),
                self.get_string(self._v(TABLE_MANIFESTRESOURCE, rid, 2)),
                self._v(TABLE_MANIFESTRESOURCE, rid, 3)))

        # MethodSpec, GenericParamConstraint
        self.methodspecs = []
        for rid in range(1, rows[TABLE_METHODSPEC] + 1):
            m = self._v(TABLE_METHODSPEC, rid, 0)
            if m == 0:
                raise BadImageFormat("metadata table MethodSpec row %d has no "
                                     "method" % rid)
            self.methodspecs.append(MethodSpecRow(
                rid, m, self.get_blob(self._v(TABLE_METHODSPEC, rid, 1))))
        self.genericparamconstraints = []
        for rid in range(1, rows[TABLE_GENERICPARAMCONSTRAINT] + 1):
            self.genericparamconstraints.append(GenericParamConstraintRow(
                rid, self._v(TABLE_GENERICPARAMCONSTRAINT, rid, 0),
                self._v(TABLE_GENERICPARAMCONSTRAINT, rid, 1)))

    # -- whole-image check ---------------------------------------------------

    def check_all(self):
        """Decode every IL method body (and its locals signature) and every
        signature blob in the image, and check every token they contain.
        Returns the number of method bodies read.  Raises BadImageFormat."""
        nbodies = 0
        for m in self.methods:
            self._check_method_sig(signature.parse_method_sig(m.sig))
            if m.rva != 0 and (m.impl_flags & METHODIMPL_CODETYPE_MASK) == 0:
                body = self.read_method_body(m.rva)
                nbodies += 1
                if body.local_sig_token != 0:
                    for t in self.get_locals(body.local_sig_token):
                        self._check_sig_type(t)
                for cl in body.clauses:
                    if cl.class_token != 0:
                        self.expect_token(cl.class_token, "exception clause")
        for f in self.fields:
            self._check_sig_type(signature.parse_field_sig(f.sig))
        for mr in self.memberrefs:
            if signature.is_field_sig(mr.sig):
                self._check_sig_type(signature.parse_field_sig(mr.sig))
            else:
                self._check_method_sig(signature.parse_method_sig(mr.sig))
        for ts in self.typespecs:
            self._check_sig_type(signature.parse_typespec(ts.sig))
        for ms in self.methodspecs:
            for t in signature.parse_methodspec(ms.instantiation):
                self._check_sig_type(t)
        for pr in self.properties:
            self._check_method_sig(signature.parse_property_sig(pr.sig))
        for ss in self.standalonesigs:
            blob = ss.sig
            if len(blob) == 0:
                continue
            kind = ord(blob[0]) & signature.SIG_MASK
            if kind == signature.SIG_LOCAL_SIG:
                for t in signature.parse_locals_sig(blob):
                    self._check_sig_type(t)
            elif kind == signature.SIG_FIELD:
                self._check_sig_type(signature.parse_field_sig(blob))
            else:
                self._check_method_sig(signature.parse_method_sig(blob))
        return nbodies

    def get_locals(self, local_sig_token):
        """Parse the local variable signature named by a method body's
        local_sig_token (a StandAloneSig token)."""
        if token_table(local_sig_token) != TABLE_STANDALONESIG:
            raise BadImageFormat("bad local variable signature token 0x%x"
                                 % local_sig_token)
        self.expect_token(local_sig_token, "local variable signature")
        sig = self.standalonesigs[token_rid(local_sig_token) - 1].sig
        return signature.parse_locals_sig(sig)

    def _check_method_sig(self, ms):
        self._check_sig_type(ms.ret)
        for t in ms.params:
            self._check_sig_type(t)

    def _check_sig_type(self, t):
        if t.token != 0:
            self.expect_token(t.token, "signature")
        for tok in t.cmod_reqd:
            self.expect_token(tok, "signature custom modifier")
        for tok in t.cmod_opt:
            self.expect_token(tok, "signature custom modifier")
        if t.elem is not None:
            self._check_sig_type(t.elem)
        for a in t.args:
            self._check_sig_type(a)
        if t.method_sig is not None:
            self._check_method_sig(t.method_sig)

    # -- convenience ---------------------------------------------------------

    def find_typedef(self, namespace, name):
        """First top-level-or-nested TypeDef with this namespace and name,
        or None."""
        for td in self.typedefs:
            if td.name == name and td.namespace == namespace:
                return td
        return None

    def method_params(self, method):
        """The ParamRows of a MethodDefRow."""
        result = []
        for rid in range(method.param_start, method.param_end):
            result.append(self.params[rid - 1])
        return result


def load_image(path, data):
    """Parse a CLI PE image.  `path` is used in messages only; `data` is
    the file contents (str).  Raises BadImageFormat."""
    return Image(path, data)
