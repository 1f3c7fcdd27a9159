"""The cause of an operating-system error, said in Vietnamese.

`OSError.strerror` is English ("No space left on device") and a clerk must not read English in
a message, nor a wrong cause ("hỏng" for a full disk). Every layer that turns an `OSError`
into a user message asks `describe_os_error`; the command line uses it for an `OSError` no
layer caught.
"""

from __future__ import annotations

import errno
import os

_CAUSES = {
    errno.ENOSPC: "ổ đĩa đã đầy",
    errno.EDQUOT: "đã hết hạn mức dung lượng ổ đĩa",
    errno.EFBIG: "tệp vượt quá kích thước cho phép",
    errno.EACCES: "không có quyền truy cập",
    errno.EPERM: "không được phép thao tác",
    errno.EROFS: "ổ đĩa hoặc thư mục chỉ cho phép đọc",
    errno.EEXIST: "tệp đã có",
    errno.ENOENT: "không tìm thấy tệp hoặc thư mục",
    errno.ENOTDIR: "một phần của đường dẫn không phải thư mục",
    errno.EISDIR: "đó là một thư mục, không phải tệp",
    errno.ENAMETOOLONG: "tên tệp quá dài",
    errno.EBUSY: "tệp đang được chương trình khác dùng",
    errno.ETXTBSY: "tệp đang được chương trình khác dùng",
    errno.EMFILE: "mở quá nhiều tệp cùng lúc",
    errno.EIO: "lỗi đọc/ghi thiết bị (ổ đĩa có thể bị hỏng hoặc đã rút ra)",
    errno.EINVAL: "tên tệp hoặc thao tác không hợp lệ",
    errno.ELOOP: "đường dẫn vòng lặp (liên kết tượng trưng)",
    errno.EXDEV: "không chuyển được tệp sang ổ đĩa khác",
    errno.ENOTEMPTY: "thư mục không trống",
}
_WINDOWS_CAUSES = {  # winerror codes whose errno is too vague
    32: "tệp đang được chương trình khác mở (ví dụ Word, Excel)",
    33: "tệp đang bị chương trình khác khóa",
    112: "ổ đĩa đã đầy",
}


def os_error_cause(exc: OSError) -> str:
    """The cause alone, in Vietnamese (`ổ đĩa đã đầy`), for a message that names the file itself."""
    cause = _WINDOWS_CAUSES.get(getattr(exc, "winerror", None) or 0) or _CAUSES.get(exc.errno or 0)
    if cause is None:
        cause = f"lỗi hệ thống số {exc.errno}" if exc.errno else "lỗi hệ thống"
    return cause


def describe_os_error(exc: OSError) -> str:
    """The cause in Vietnamese, with the file named when the error names one."""
    if exc.filename is not None:
        return f"{shown_path(exc.filename)}: {os_error_cause(exc)}"
    return os_error_cause(exc)


def shown_path(name: str | bytes | os.PathLike[str] | os.PathLike[bytes]) -> str:
    """A path fit to print: bytes that are not UTF-8 (a Linux file name) shown as �."""
    raw = os.fsencode(name)
    return raw.decode("utf-8", errors="replace")
