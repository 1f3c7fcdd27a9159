"""Replacing a stored plan from outside the window (`import-plan FILE --replace`): the window's path, not a copy.

Why: the command line replaced a stored plan from the document's fresh reading, so every correction the clerk had
made (a lead retyped, a deadline settled, a task removed) came back as first read, and progress on a task the
document dropped went without a question. Now it takes the review's path: `PlanImportService.prepare_review`
starts from the stored plan (`replace_review`: corrections kept, the document's amendments taken, new rows added,
dropped rows listed), `preview_replacement` says what storing keeps and loses, and `store_read` writes it in one
transaction updating the same rows. What the window asks in a question the command line refuses unless told
(`drop_reported`): replacing never drops recorded progress, measurements or a set deadline silently.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from pathlib import Path

from app.errors import ConflictError
from app.importers.blocks import Block
from app.importers.result import ImportedPlan
from app.models.database import open_database
from app.services.plan_import import PlanImportService, ReadPlan
from app.services.plan_replace import ReplacementPreview
from app.services.replace_review import ReplaceReview

SHOWN_IN_ERROR = 3  # lost items named in the one-line refusal (the dry run lists them all)


@dataclass
class FileReplacement:
    """A document read and matched with the stored plan it replaces (None: not stored, a plain store)."""

    read: ReadPlan
    review: ReplaceReview | None = None
    preview: ReplacementPreview | None = None

    def lines(self) -> list[str]:
        """What replacing keeps, takes from the document, adds and drops — the review's figures, then the task by
        task changes and the data that would be lost (`ReplacementPreview.lines`)."""
        review, preview = self.review, self.preview
        if review is None or preview is None:
            return ["Kế hoạch này chưa có trong cơ sở dữ liệu: sẽ được lưu mới, không thay thế gì."]
        # a figure that is zero says nothing the clerk must weigh: only those that are not are printed
        kept = f"giữ {review.kept} nhiệm vụ"
        kept += f" ({review.progress_kept} báo cáo tiến độ)" if review.progress_kept else ""
        within = [text for n, text in ((review.amended, f"{review.amended} sửa theo văn bản mới"),
                                       (review.corrections, f"{review.corrections} giữ bản đã sửa")) if n]
        parts = [kept + (", trong đó " + ", ".join(within) if within else "")]
        parts += [text for n, text in ((review.new, f"mới {review.new}"),
                                       (len(review.gone), f"bỏ {len(review.gone)} (văn bản mới không còn)"),
                                       (review.own, f"nhiệm vụ tự thêm giữ lại {review.own}"),
                                       (review.removed_by_clerk, f"đã xóa vẫn xóa {review.removed_by_clerk}")) if n]
        out = ["Thay thế bắt đầu từ kế hoạch đã lưu (các chỗ đã sửa được giữ): " + "; ".join(parts) + "."]
        if review.differing:
            out.append(f"Văn bản mới ghi khác ở {len(review.differing)} dòng đã sửa: giữ bản đã sửa.")
        if not review.has_base:
            out.append("Kế hoạch đã lưu không kèm tệp văn bản để so: chỗ nào khác, giữ giá trị đã lưu.")
        return out + preview.lines(limit=None)

    def to_dict(self) -> dict[str, object]:
        """The same for `--json` (keys in English, like the extraction's)."""
        review, preview = self.review, self.preview
        if review is None or preview is None:
            return {"replaces": None}
        return {"replaces": review.plan_id, "kept": review.kept, "amended": review.amended,
                "corrections_kept": review.corrections, "differing": len(review.differing), "new": review.new,
                "gone": [{"label": g.label, "text": g.text, "progress": g.progress} for g in review.gone],
                "own_kept": review.own, "removed_by_clerk": review.removed_by_clerk, "has_base": review.has_base,
                "progress_kept": preview.progress_kept, "progress_lost": preview.progress_lost,
                "measurements_lost": preview.measurements_lost, "overrides_lost": preview.overrides_lost,
                "changes": list(preview.changes), "lost": [item.line for item in preview.lost]}

    def refuse_loss(self) -> None:
        """Refuse (changing nothing) when storing would drop rows carrying progress, measurements or a set
        deadline: the window asks, the command line needs `--drop-reported` to go on."""
        lost = self.preview.lost if self.preview is not None else []
        if not lost:
            return
        shown = "; ".join(item.line for item in lost[:SHOWN_IN_ERROR])
        more = f"; … và {len(lost) - SHOWN_IN_ERROR} mục khác" if len(lost) > SHOWN_IN_ERROR else ""
        raise ConflictError(f"Chưa thay thế: văn bản mới bỏ {len(lost)} mục đã có dữ liệu ({shown}{more}). "
                            "Thêm --drop-reported để vẫn thay thế (dữ liệu các mục đó mất, có bản sao lưu trước); "
                            "xem hết trước: --replace --dry-run.")


def review_file(target: str | Path, path: str | Path, parsed: tuple[list[Block], ImportedPlan], *,
                create: bool = True) -> FileReplacement:
    """Open the database at `target`, match the document at `path` (already parsed) with the stored plan it
    replaces as the window's review does (reads only; `create=False`: a dry run needs the database to exist)."""
    from app.importers import blocks_text
    from app.importers.readers import read_file_bytes

    blocks, plan = parsed
    database = open_database(target, create=create)
    try:
        service = PlanImportService(database, "import-plan")
        read = service.prepare_review(ReadPlan(plan, blocks_text(blocks), read_file_bytes(path), Path(path).name))
        if read.replacing is None:
            return FileReplacement(read)
        return FileReplacement(read, read.replacing, service.preview_replacement(read.plan))
    finally:
        database.dispose()


def store_file(target: str | Path, replacement: FileReplacement, *, user: str = "import-plan",
               followed_from: date | None = None) -> str:
    """Store the reviewed document in the database at `target` (one transaction; a replaced plan is backed up
    first): the outcome message."""
    database = open_database(target)
    try:
        return PlanImportService(database, user).store_read(replacement.read, replace=True,
                                                            followed_from=followed_from).message
    finally:
        database.dispose()
