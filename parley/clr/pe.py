"""PE/COFF reader (ECMA-335 II.25): DOS header, PE signature, COFF header,
optional header (PE32 and PE32+), section table, RVA -> file offset mapping
and the CLI header (data directory 14).

RPython: every offset is checked explicitly; all errors are BadImageFormat.
"""

from parley.clr.errors import BadImageFormat

IMAGE_DIRECTORY_ENTRY_COM_DESCRIPTOR = 14

COMIMAGE_FLAGS_ILONLY = 0x01
COMIMAGE_FLAGS_32BITREQUIRED = 0x02
COMIMAGE_FLAGS_STRONGNAMESIGNED = 0x08
COMIMAGE_FLAGS_NATIVE_ENTRYPOINT = 0x10

PE32_MAGIC = 0x10b
PE32PLUS_MAGIC = 0x20b

MAX_SECTIONS = 96


# ---------------------------------------------------------------------------
# little-endian helpers over a str, bounds-checked

def read_u8(data, pos, what):
    if pos < 0 or pos + 1 > len(data):
        raise BadImageFormat("truncated %s at offset 0x%x" % (what, pos))
    return ord(data[pos])


def read_u16(data, pos, what):
    if pos < 0 or pos + 2 > len(data):
        raise BadImageFormat("truncated %s at offset 0x%x" % (what, pos))
    return ord(data[pos]) | (ord(data[pos + 1]) << 8)


def read_u32(data, pos, what):
    if pos < 0 or pos + 4 > len(data):
        raise BadImageFormat("truncated %s at offset 0x%x" % (what, pos))
    return (ord(data[pos]) | (ord(data[pos + 1]) << 8) |
            (ord(data[pos + 2]) << 16) | (ord(data[pos + 3]) << 24))


def u16_at(data, pos):
    """Unchecked: caller guarantees pos+2 <= len(data)."""
    return ord(data[pos]) | (ord(data[pos + 1]) << 8)


def u32_at(data, pos):
    """Unchecked: caller guarantees pos+4 <= len(data)."""
    return (ord(data[pos]) | (ord(data[pos + 1]) << 8) |
            (ord(data[pos + 2]) << 16) | (ord(data[pos + 3]) << 24))


class Section(object):
    _immutable_fields_ = ['name', 'virtual_size', 'virtual_address',
                          'raw_size', 'raw_pointer']

    def __init__(self, name, virtual_size, virtual_address, raw_size,
                 raw_pointer):
        self.name = name
        self.virtual_size = virtual_size
        self.virtual_address = virtual_address
        self.raw_size = raw_size
        self.raw_pointer = raw_pointer


class PEFile(object):
    """A parsed PE image.  `data` is the whole file (a str)."""

    _immutable_fields_ = ['path', 'data', 'is_pe32plus', 'machine',
                          'sections', 'cli_flags', 'metadata_rva',
                          'metadata_size', 'entry_point_token',
                          'entry_point_rva', 'runtime_major',
                          'runtime_minor', 'resources_rva', 'resources_size',
                          'strong_name_rva', 'strong_name_size']

    def __init__(self, path, data):
        self.path = path
        self.data = data
        self.is_pe32plus = False
        self.machine = 0
        self.sections = []
        self.cli_flags = 0
        self.metadata_rva = 0
        self.metadata_size = 0
        self.entry_point_token = 0
        self.entry_point_rva = 0
        self.runtime_major = 0
        self.runtime_minor = 0
        self.resources_rva = 0
        self.resources_size = 0
        self.strong_name_rva = 0
        self.strong_name_size = 0
        self._parse()

    def _parse(self):
        data = self.data
        if len(data) < 0x40:
            raise BadImageFormat("file too small for a DOS header (%d bytes)"
                                 % len(data))
        if data[0] != 'M' or data[1] != 'Z':
            raise BadImageFormat("not a PE image: missing MZ signature")
        lfanew = read_u32(data, 0x3c, "DOS header")
        if lfanew + 4 > len(data):
            raise BadImageFormat("PE header offset 0x%x beyond end of file"
                                 % lfanew)
        if (data[lfanew] != 'P' or data[lfanew + 1] != 'E' or
                data[lfanew + 2] != '\x00' or data[lfanew + 3] != '\x00'):
            raise BadImageFormat("bad PE signature at offset 0x%x" % lfanew)
        coff = lfanew + 4
        if coff + 20 > len(data):
            raise BadImageFormat("truncated COFF header at offset 0x%x"
                                 % coff)
        self.machine = u16_at(data, coff)
        nsections = u16_at(data, coff + 2)
        opt_size = u16_at(data, coff + 16)
        if nsections == 0 or nsections > MAX_SECTIONS:
            raise BadImageFormat("bad number of PE sections: %d" % nsections)
        opt = coff + 20
        if opt + opt_size > len(data):
            raise BadImageFormat("truncated PE optional header at offset 0x%x"
                                 % opt)
        if opt_size < 2:
            raise BadImageFormat("PE optional header too small (%d bytes)"
                                 % opt_size)
        magic = u16_at(data, opt)
        if magic == PE32_MAGIC:
            self.is_pe32plus = False
            ndirs_pos = 92
        elif magic == PE32PLUS_MAGIC:
            self.is_pe32plus = True
            ndirs_pos = 108
        else:
            raise BadImageFormat("bad PE optional header magic 0x%x" % magic)
        if ndirs_pos + 4 > opt_size:
            raise BadImageFormat("PE optional header too small (%d bytes)"
                                 % opt_size)
        ndirs = u32_at(data, opt + ndirs_pos)
        dirs = opt + ndirs_pos + 4
        if ndirs <= IMAGE_DIRECTORY_ENTRY_COM_DESCRIPTOR:
            raise BadImageFormat("not a CLI image: only %d data directories"
                                 % ndirs)
        cli_dir = dirs + 8 * IMAGE_DIRECTORY_ENTRY_COM_DESCRIPTOR
        if cli_dir + 8 > opt + opt_size:
            raise BadImageFormat("data directories extend past the optional "
                                 "header")
        cli_rva = u32_at(data, cli_dir)
        cli_size = u32_at(data, cli_dir + 4)
        # section table
        sec = opt + opt_size
        if sec + 40 * nsections > len(data):
            raise BadImageFormat("truncated PE section table at offset 0x%x"
                                 % sec)
        sections = []
        for i in range(nsections):
            p = sec + 40 * i
            name_end = p
            while name_end < p + 8 and data[name_end] != '\x00':
                name_end += 1
            assert name_end >= 0
            assert p >= 0
            name = data[p:name_end]
            vsize = u32_at(data, p + 8)
            vaddr = u32_at(data, p + 12)
            rsize = u32_at(data, p + 16)
            rptr = u32_at(data, p + 20)
            sections.append(Section(name, vsize, vaddr, rsize, rptr))
        self.sections = sections
        # CLI header
        if cli_rva == 0 or cli_size == 0:
            raise BadImageFormat("not a CLI image: no CLI header")
        if cli_size < 72:
            raise BadImageFormat("CLI header too small (%d bytes)" % cli_size)
        cli = self.rva_to_offset(cli_rva, 72, "CLI header")
        cb = u32_at(data, cli)
        if cb < 72:
            raise BadImageFormat("CLI header too small (cb=%d)" % cb)
        self.runtime_major = u16_at(data, cli + 4)
        self.runtime_minor = u16_at(data, cli + 6)
        self.metadata_rva = u32_at(data, cli + 8)
        self.metadata_size = u32_at(data, cli + 12)
        self.cli_flags = u32_at(data, cli + 16)
        ep = u32_at(data, cli + 20)
        if self.cli_flags & COMIMAGE_FLAGS_NATIVE_ENTRYPOINT:
            self.entry_point_rva = ep
            self.entry_point_token = 0
        else:
            self.entry_point_token = ep
        self.resources_rva = u32_at(data, cli + 24)
        self.resources_size = u32_at(data, cli + 28)
        self.strong_name_rva = u32_at(data, cli + 32)
        self.strong_name_size = u32_at(data, cli + 36)
        if self.metadata_rva == 0 or self.metadata_size == 0:
            raise BadImageFormat("CLI header has no metadata directory")

    def find_section(self, rva):
        for s in self.sections:
            size = s.virtual_size
            if size == 0:
                size = s.raw_size
            if s.virtual_address <= rva < s.virtual_address + size:
                return s
        return None

    def available_at(self, rva):
        """Number of file bytes readable starting at `rva` (0 if the RVA
        maps to no section data)."""
        s = self.find_section(rva)
        if s is None:
            return 0
        delta = rva - s.virtual_address
        if delta >= s.raw_size:
            return 0
        off = s.raw_pointer + delta
        end = s.raw_pointer + s.raw_size
        if end > len(self.data):
            end = len(self.data)
        if off >= end:
            return 0
        return end - off

    def rva_to_offset(self, rva, size, what):
        """File offset of `rva`, checking that `size` bytes are present in
        the file there.  Raises BadImageFormat otherwise."""
        if rva < 0 or size < 0:
            raise BadImageFormat("bad RVA 0x%x for %s" % (rva, what))
        s = self.find_section(rva)
        if s is None:
            raise BadImageFormat("RVA 0x%x of %s is not in any section"
                                 % (rva, what))
        avail = self.available_at(rva)
        if size > avail:
            raise BadImageFormat("truncated %s at RVA 0x%x" % (what, rva))
        return s.raw_pointer + (rva - s.virtual_address)

    def read_rva(self, rva, size, what):
        off = self.rva_to_offset(rva, size, what)
        end = off + size
        assert off >= 0
        assert end >= 0
        return self.data[off:end]
