"""Plan importer speed: each corpus plan, and synthetic 30-page plans (.txt and .docx).

Target (issue "Plan importer"): < 0.5 s per 30 pages for reading + extraction, so importing a
plan in the window feels instant. `python -m bench.bench_import` prints one line per document:
pages (at ~3,000 characters a page), read time, extraction time, total, and per-30-pages.
"""
from __future__ import annotations

import io
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

from app.importers.extract import extract_plan
from app.importers.readers import read_blocks

ROOT = Path(__file__).resolve().parent.parent
CORPUS = ROOT / "tests" / "fixtures" / "corpus"
CHARS_PER_PAGE = 3000
TARGET_PER_30_PAGES = 0.5
AGENCIES = ["Sở Nội vụ", "Sở Tài chính", "Sở Tư pháp", "Sở Kế hoạch và Đầu tư",
            "Sở Thông tin và Truyền thông",
            "Sở Giáo dục và Đào tạo", "Sở Y tế", "Văn phòng UBND Thành phố", "Thanh tra Thành phố"]
DEADLINES = ["Quý II/2024", "trong năm 2024 và các năm tiếp theo", "Thường xuyên",
             "xong trước ngày 30/6/2024",
             "Giai đoạn 2024-2025"]
ROMAN = ["I", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X"]
LETTERS = "abcdđeghik"


def synthetic_plan_lines(pages: int = 30) -> list[str]:
    """A plan in the corpus's shape, long enough to fill `pages` pages."""
    lines = ["Số: 99/KH-UBND", "Hà Nội, ngày 15 tháng 3 năm 2024", "KẾ HOẠCH",
             "Triển khai thực hiện Chỉ thị số 01/CT-UBND ngày 02/01/2024 của UBND Thành phố",
             "I. MỤC ĐÍCH, YÊU CẦU", "1. Triển khai nghiêm túc, hiệu quả các nội dung của Chỉ thị.",
             "II. NHIỆM VỤ, GIẢI PHÁP"]
    size = sum(len(x) for x in lines)
    section = 0
    while size < pages * CHARS_PER_PAGE:
        section += 1
        agency = AGENCIES[section % len(AGENCIES)]
        block = [f"{section}. {agency}:"]
        for k, letter in enumerate(LETTERS[:6]):
            partner = AGENCIES[(section + k + 1) % len(AGENCIES)]
            block.append(
                f"{letter}) Chủ trì, phối hợp với {partner} và các cơ quan, đơn vị có liên quan rà soát, "
                f"sửa đổi, bổ sung quy chế làm việc, quy trình giải quyết công việc nội bộ số {section}.{k}, "
                "bảo đảm rõ người, rõ việc, rõ thời gian, rõ trách nhiệm, rõ sản phẩm."
            )
            block.append(f"- Thời gian thực hiện: {DEADLINES[(section + k) % len(DEADLINES)]}.")
        lines += block
        size += sum(len(x) for x in block)
    lines += ["III. TỔ CHỨC THỰC HIỆN",
              "1. Giao Sở Nội vụ theo dõi, đôn đốc, tổng hợp, báo cáo UBND Thành phố "
              "trước ngày 15/12 hằng năm.",
              "TM. ỦY BAN NHÂN DÂN", "CHỦ TỊCH", "Nguyễn Văn A"]
    return lines


def write_synthetic(folder: Path, pages: int = 30) -> tuple[Path, Path]:
    """The synthetic plan as .txt (paragraphs separated by blank lines) and as .docx."""
    import docx

    lines = synthetic_plan_lines(pages)
    txt = folder / f"synthetic-{pages}-pages.txt"
    txt.write_text("\n\n".join(lines), encoding="utf-8")
    document = docx.Document()
    for text in lines:
        document.add_paragraph(text)
    table = document.add_table(rows=1, cols=5)
    header = ["STT", "Nhiệm vụ", "Chủ trì", "Phối hợp", "Thời hạn"]
    for cell, title in zip(table.rows[0].cells, header, strict=True):
        cell.text = title
    for i in range(40):
        cells = table.add_row().cells
        for cell, value in zip(cells, [str(i + 1), f"Nhiệm vụ số {i + 1} của kế hoạch", AGENCIES[i % 9],
                                       AGENCIES[(i + 1) % 9], DEADLINES[i % 5]], strict=True):
            cell.text = value
    buffer = io.BytesIO()
    document.save(buffer)
    docx_path = folder / f"synthetic-{pages}-pages.docx"
    docx_path.write_bytes(buffer.getvalue())
    return txt, docx_path


def _best_of(fn: Callable[[], object], repeat: int) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(repeat):
        started = time.perf_counter()
        result = fn()
        best = min(best, time.perf_counter() - started)
    return best, result


def measure(path: Path, repeat: int = 3) -> dict[str, float]:
    read_s, blocks = _best_of(lambda: read_blocks(path), repeat)
    extract_s, plan = _best_of(lambda: extract_plan(blocks), repeat)  # type: ignore[arg-type]
    chars = sum(len(getattr(b, "text", "")) + sum(len(c) for r in getattr(b, "rows", []) for c in r)
                for b in blocks)  # type: ignore[union-attr]
    pages = max(chars / CHARS_PER_PAGE, 0.1)
    total = read_s + extract_s
    return {"pages": pages, "read": read_s, "extract": extract_s, "total": total,
            "per30": total * 30 / pages, "tasks": len(plan.tasks())}  # type: ignore[union-attr]


def main() -> int:
    print(f"{'document':44} {'pages':>6} {'read s':>8} {'extract s':>9} {'total s':>8} "
          f"{'s/30p':>7} {'tasks':>6}")
    worst = 0.0
    with tempfile.TemporaryDirectory() as tmp:
        paths = sorted(CORPUS.glob("*.txt")) + list(write_synthetic(Path(tmp), 30))
        for path in paths:
            m = measure(path)
            if path.name.startswith("synthetic"):
                worst = max(worst, m["total"])
            print(f"{path.name:44} {m['pages']:6.1f} {m['read']:8.3f} {m['extract']:9.3f} {m['total']:8.3f} "
                  f"{m['per30']:7.3f} {m['tasks']:6.0f}")
    verdict = "OK" if worst < TARGET_PER_30_PAGES else "SLOW"
    print(f"synthetic 30 pages: worst {worst:.3f} s (target < {TARGET_PER_30_PAGES} s) {verdict}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
