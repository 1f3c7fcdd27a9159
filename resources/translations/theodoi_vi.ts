<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <location filename="../../app/ui/actions.py" line="37" />
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="38" />
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="39" />
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="40" />
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="41" />
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="42" />
        <source>&amp;Tools</source>
        <translation>Công &amp;cụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="43" />
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="47" />
        <source>&amp;New database…</source>
        <translation>Cơ sở dữ liệu &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="48" />
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="49" />
        <source>&amp;Back up database…</source>
        <translation>&amp;Sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="50" />
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="51" />
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="52" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="53" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="54" />
        <source>Add &amp;item below</source>
        <translation>Thêm &amp;mục bên dưới</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="55" />
        <source>Add an item after the selected one, at the same level</source>
        <translation>Thêm một mục cùng cấp, sau mục đang chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="56" />
        <source>Add &amp;sub-item</source>
        <translation>Thêm mục &amp;con</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="57" />
        <source>Add an item inside the selected one</source>
        <translation>Thêm một mục con của mục đang chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="58" />
        <source>&amp;Edit text</source>
        <translation>&amp;Sửa nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="59" />
        <source>&amp;Delete item</source>
        <translation>&amp;Xóa mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="60" />
        <source>Move &amp;up</source>
        <translation>Chuyển &amp;lên</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="61" />
        <source>Move do&amp;wn</source>
        <translation>Chuyển &amp;xuống</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="62" />
        <source>&amp;Indent</source>
        <translation>Lùi &amp;vào (làm mục con)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="63" />
        <source>&amp;Outdent</source>
        <translation>Lùi &amp;ra (lên một cấp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="64" />
        <source>&amp;Find in all plans…</source>
        <translation>&amp;Tìm trong mọi kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="65" />
        <source>Plan &amp;tree</source>
        <translation>&amp;Cây kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="66" />
        <source>&amp;Calendar</source>
        <translation>&amp;Lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="68" />
        <source>&amp;Refresh</source>
        <translation>&amp;Làm mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="69" />
        <source>&amp;As-of date…</source>
        <translation>&amp;Ngày tính trạng thái…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="70" />
        <source>&amp;New plan…</source>
        <translation>Kế hoạch &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="71" />
        <source>&amp;Import plan document…</source>
        <translation>&amp;Nhập văn bản kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="72" />
        <source>Plan &amp;properties…</source>
        <translation>&amp;Thông tin kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="73" />
        <source>&amp;Progress report…</source>
        <translation>Báo cáo &amp;tiến độ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74" />
        <source>&amp;Task list…</source>
        <translation>&amp;Danh mục nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75" />
        <source>R&amp;eminder letter…</source>
        <translation>Công văn đôn &amp;đốc…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76" />
        <source>&amp;Agencies…</source>
        <translation>&amp;Cơ quan, đơn vị…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77" />
        <source>Switch &amp;language (Tiếng Việt/English)</source>
        <translation>Đổi &amp;ngôn ngữ (Tiếng Việt/English)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79" />
        <source>Open &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80" />
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="72" />
        <source>An unexpected error occurred. The details were written to {path}.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Chi tiết đã được ghi vào {path}.</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../app/ui/plan_tree.py" line="167" />
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree.py" line="186" />
        <source>Delete “{label} {text}”?</source>
        <translation>Xóa “{label} {text}”?</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree.py" line="188" />
        <source>{count} items below it will be deleted too.</source>
        <translation>{count} mục con bên dưới cũng sẽ bị xóa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree.py" line="189" />
        <source>Delete item</source>
        <translation>Xóa mục</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../app/ui/prompts.py" line="27" />
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="86" />
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="79" />
        <source>Float</source>
        <translation>Tách rời</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="80" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="81" />
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách hoặc gắn lại khung</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="82" />
        <source>Closes the dock widget</source>
        <translation>Đóng khung</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="32" />
        <source>Look in:</source>
        <translation>Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="33" />
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="34" />
        <source>Files of type:</source>
        <translation>Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="35" />
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="36" />
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="37" />
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="38" />
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="39" />
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="40" />
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="41" />
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="42" />
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="43" />
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="44" />
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="45" />
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="46" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="47" />
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="48" />
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="49" />
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="50" />
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="51" />
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="52" />
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="53" />
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="54" />
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="64" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="65" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="66" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="67" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="68" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="69" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="70" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="29" />
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="30" />
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="31" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="11" />
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="12" />
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="13" />
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="14" />
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="15" />
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="16" />
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="17" />
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="18" />
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="19" />
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="20" />
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="21" />
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="22" />
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="23" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="24" />
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="25" />
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="26" />
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="27" />
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="28" />
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="85" />
        <source>&lt;empty&gt;</source>
        <translation>&lt;trống&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="83" />
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="84" />
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="71" />
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="72" />
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="73" />
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="74" />
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="75" />
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="76" />
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="77" />
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="78" />
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="55" />
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="56" />
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="57" />
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="58" />
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="59" />
        <source>&amp;Help</source>
        <translation>&amp;Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="60" />
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="61" />
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="62" />
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="63" />
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <location filename="../../app/ui/state_style.py" line="15" />
        <source>Not yet due</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="16" />
        <source>In progress, on time</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="17" />
        <source>In progress, overdue</source>
        <translation>Đang thực hiện quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="18" />
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="19" />
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="20" />
        <source>Ongoing</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="21" />
        <source>Not done / suspended</source>
        <translation>Không thực hiện / tạm dừng</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="99" />
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="124" />
        <source>Edit item</source>
        <translation>Sửa mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="143" />
        <source>Move item</source>
        <translation>Chuyển mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="166" />
        <source>Delete item</source>
        <translation>Xóa mục</translation>
    </message>
</context>
</TS>