"""java.lang classes implemented natively in RPython, one module per
family; importing the package registers them with parley.jvm.corelib."""
import parley.jvm.lang.ifaces       # noqa: CharSequence, Comparable, Appendable
import parley.jvm.lang.builder      # noqa: StringBuilder, StringBuffer
import parley.jvm.lang.strings      # noqa: String
import parley.jvm.lang.boxes        # noqa: Number, Integer, Long, ... Double
import parley.jvm.lang.formatter    # noqa: String.format, printf
import parley.jvm.lang.mathlib      # noqa: Math, StrictMath
import parley.jvm.lang.system       # noqa: System.arraycopy
import parley.jvm.lang.stacktrace   # noqa: StackTraceElement, Throwable traces
