<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="vi_VN">
<context>
    <name>Actions</name>
    <message>
        <source>Import plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <source>Sub-item</source>
        <translation>Mục con</translation>
    </message>
    <message>
        <source>Delete</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Find</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <source>C&amp;ollapse all</source>
        <translation>Thu &amp;gọn tất cả</translation>
    </message>
    <message>
        <source>E&amp;xpand all</source>
        <translation>Mở &amp;rộng tất cả (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="37"/>
        <source>&amp;File</source>
        <translation>&amp;Tệp</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="38"/>
        <source>&amp;Edit</source>
        <translation>&amp;Chỉnh sửa</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="39"/>
        <source>&amp;View</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="40"/>
        <source>&amp;Plan</source>
        <translation>&amp;Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="41"/>
        <source>&amp;Reports</source>
        <translation>&amp;Báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="42"/>
        <source>&amp;Tools</source>
        <translation>Cô&amp;ng cụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="43"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="47"/>
        <source>&amp;New database…</source>
        <translation>&amp;Cơ sở dữ liệu mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="48"/>
        <source>&amp;Open database…</source>
        <translation>&amp;Mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="49"/>
        <source>Open &amp;server database…</source>
        <translation>Mở cơ sở dữ liệu trên máy c&amp;hủ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="49"/>
        <source>&amp;Back up database…</source>
        <translation>&amp;Sao lưu cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="50"/>
        <source>&amp;Restore from backup…</source>
        <translation>&amp;Khôi phục từ bản sao lưu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Automatic backups…</source>
        <translation>&amp;Bản sao lưu tự động…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="51"/>
        <source>&amp;Quit</source>
        <translation>&amp;Thoát</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="52"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="53"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="54"/>
        <source>Add &amp;item below</source>
        <translation>Thêm &amp;mục bên dưới</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="55"/>
        <source>Add an item after the selected one, at the same level</source>
        <translation>Thêm một mục cùng cấp, sau mục đang chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="56"/>
        <source>Add &amp;sub-item</source>
        <translation>Thêm mục &amp;con</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="57"/>
        <source>Add an item inside the selected one</source>
        <translation>Thêm một mục con của mục đang chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="58"/>
        <source>&amp;Edit text</source>
        <translation>&amp;Sửa nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="59"/>
        <source>&amp;Delete item</source>
        <translation>&amp;Xóa mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="60"/>
        <source>Move u&amp;p</source>
        <translation>Ch&amp;uyển lên</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="61"/>
        <source>Move do&amp;wn</source>
        <translation>Chuyển xuố&amp;ng</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="62"/>
        <source>I&amp;ndent</source>
        <translation>Lùi &amp;vào (làm mục con)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="63"/>
        <source>&amp;Outdent</source>
        <translation>Lùi &amp;ra (lên một cấp)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="64"/>
        <source>&amp;Find in all plans…</source>
        <translation>&amp;Tìm trong mọi kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="65"/>
        <source>Plan &amp;tree</source>
        <translation>&amp;Cây kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="66"/>
        <source>&amp;Calendar</source>
        <translation>&amp;Lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="68"/>
        <source>&amp;Refresh</source>
        <translation>Làm &amp;mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="69"/>
        <source>&amp;As-of date…</source>
        <translation>&amp;Ngày tính trạng thái…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="70"/>
        <source>&amp;New plan…</source>
        <translation>Kế hoạch &amp;mới…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="71"/>
        <source>&amp;Import plan document…</source>
        <translation>&amp;Nhập văn bản kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="72"/>
        <source>Plan &amp;properties…</source>
        <translation>&amp;Thông tin kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="73"/>
        <source>&amp;Delete plan…</source>
        <translation>&amp;Xóa kế hoạch…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="74"/>
        <source>&amp;Progress report…</source>
        <translation>Báo cáo &amp;tiến độ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="75"/>
        <source>&amp;Task list…</source>
        <translation>&amp;Danh mục nhiệm vụ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="76"/>
        <source>R&amp;eminder letter…</source>
        <translation>Công &amp;văn đôn đốc…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="79"/>
        <source>Issuing &amp;office…</source>
        <translation>Thông tin &amp;cơ quan ban hành…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="78"/>
        <source>Tar&amp;gets table…</source>
        <translation>&amp;Bảng chỉ tiêu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="77"/>
        <source>Monthly &amp;calendar…</source>
        <translation>&amp;Lịch tháng…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="80"/>
        <source>&amp;Agencies…</source>
        <translation>&amp;Cơ quan, đơn vị…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>Audit &amp;trail…</source>
        <translation>Nhật ký &amp;thay đổi…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Approve period report…</source>
        <translation>&amp;Phê duyệt báo cáo kỳ…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py"/>
        <source>&amp;Unlock approved period…</source>
        <translation>Mở &amp;khóa kỳ đã phê duyệt…</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="81"/>
        <source>Switch &amp;language (Tiếng Việt/English)</source>
        <translation>Đổi &amp;ngôn ngữ (Tiếng Việt/English)</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="83"/>
        <source>Open &amp;log folder</source>
        <translation>Mở thư mục &amp;nhật ký</translation>
    </message>
    <message>
        <location filename="../../app/ui/actions.py" line="84"/>
        <source>&amp;About</source>
        <translation>&amp;Giới thiệu</translation>
    </message>
    <message>
        <source>&amp;Send report forms…</source>
        <translation>&amp;Gửi phiếu báo cáo…</translation>
    </message>
    <message>
        <source>One workbook per agency for a period, to fill in Excel</source>
        <translation>Mỗi cơ quan một tệp Excel cho kỳ báo cáo, để điền và gửi lại</translation>
    </message>
    <message>
        <source>Recei&amp;ve report forms…</source>
        <translation>N&amp;hận phiếu báo cáo…</translation>
    </message>
    <message>
        <source>Preview and apply the workbooks agencies sent back</source>
        <translation>Xem trước và nhập các phiếu báo cáo cơ quan gửi lại</translation>
    </message>
    <message>
        <source>Reporting re&amp;gister…</source>
        <translation>Sổ theo &amp;dõi báo cáo…</translation>
    </message>
    <message>
        <source>Which agencies reported, on time or late</source>
        <translation>Cơ quan nào đã báo cáo, đúng hạn hay chậm</translation>
    </message>
    <message>
        <source>All tas&amp;ks</source>
        <translation>Tất cả nhiệm &amp;vụ</translation>
    </message>
    <message>
        <source>Due this &amp;period</source>
        <translation>Đến hạn trong &amp;kỳ</translation>
    </message>
    <message>
        <source>Only the tasks due in the quarter of the as-of date</source>
        <translation>Chỉ các nhiệm vụ đến hạn trong quý của ngày xem</translation>
    </message>
    <message>
        <source>O&amp;verdue</source>
        <translation>&amp;Quá hạn</translation>
    </message>
    <message>
        <source>Only the tasks still owed past their due date</source>
        <translation>Chỉ các nhiệm vụ đã quá hạn mà chưa hoàn thành</translation>
    </message>
    <message>
        <source>By a&amp;gency…</source>
        <translation>T&amp;heo cơ quan…</translation>
    </message>
    <message>
        <source>Only the tasks of one agency (lead, support or group member)</source>
        <translation>Chỉ các nhiệm vụ của một cơ quan (chủ trì, phối hợp hoặc thành viên nhóm)</translation>
    </message>
    <message>
        <source>&amp;User guide</source>
        <translation>&amp;Hướng dẫn sử dụng</translation>
    </message>
    <message>
        <source>The clerk&apos;s jobs step by step (F1 on a panel opens its part)</source>
        <translation>Các việc của chuyên viên theo từng bước (F1 tại một khung mở đúng phần của khung đó)</translation>
    </message>
    <message>
        <source>&amp;First-run assistant…</source>
        <translation>Trợ lý &amp;thiết lập ban đầu…</translation>
    </message>
    <message>
        <source>Office profile, agency directory and groups&apos; members</source>
        <translation>Thông tin cơ quan, danh bạ cơ quan và thành viên các nhóm</translation>
    </message>
</context>
<context>
    <name>AgenciesView</name>
    <message>
        <source>Change members of {group}</source>
        <translation>Đổi thành viên nhóm {group}</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="169"/>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="170"/>
        <source>Groups</source>
        <translation>Nhóm cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="171"/>
        <source>Filter (name, abbreviation or alias; diacritics optional)…</source>
        <translation>Lọc (tên, tên viết tắt hoặc tên khác; gõ có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="172"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="172"/>
        <source>Abbreviation</source>
        <translation>Viết tắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="172"/>
        <source>Aliases</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="173"/>
        <source>To check</source>
        <translation>Cần kiểm tra</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="174"/>
        <source>Name of a new agency</source>
        <translation>Tên cơ quan mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="175"/>
        <location filename="../../app/ui/agencies_view.py" line="266"/>
        <source>Add agency</source>
        <translation>Thêm cơ quan</translation>
    </message>
    <message>
        <source>Add a&amp;gency</source>
        <translation>Thêm cơ &amp;quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="176"/>
        <source>Selected agency</source>
        <translation>Cơ quan đang chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="177"/>
        <source>Name:</source>
        <translation>Tên:</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="177"/>
        <source>Abbreviation:</source>
        <translation>Viết tắt:</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="177"/>
        <source>Aliases:</source>
        <translation>Tên khác:</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="178"/>
        <source>Merge into:</source>
        <translation>Gộp vào:</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="180"/>
        <source>Save &amp;name</source>
        <translation>&amp;Lưu tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="181"/>
        <source>Another way the documents write it</source>
        <translation>Cách viết khác trong văn bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="182"/>
        <location filename="../../app/ui/agencies_view.py" line="289"/>
        <source>Add alias</source>
        <translation>Thêm tên khác</translation>
    </message>
    <message>
        <source>Add &amp;alias</source>
        <translation>Thê&amp;m tên khác</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="183"/>
        <location filename="../../app/ui/agencies_view.py" line="300"/>
        <source>Remove alias</source>
        <translation>Bỏ tên khác</translation>
    </message>
    <message>
        <source>Re&amp;move alias</source>
        <translation>Bỏ tên k&amp;hác</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="184"/>
        <source>Agency to keep…</source>
        <translation>Cơ quan giữ lại…</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="185"/>
        <source>Merging moves assignments and progress to the agency kept; this agency&apos;s name becomes one of its aliases.</source>
        <translation>Khi gộp, các phân công và tiến độ chuyển sang cơ quan giữ lại; tên cơ quan này trở thành một tên khác của cơ quan đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="187"/>
        <source>Name of a new group</source>
        <translation>Tên nhóm mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="188"/>
        <location filename="../../app/ui/agencies_view.py" line="341"/>
        <source>Add group</source>
        <translation>Thêm nhóm</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="189"/>
        <source>Save members</source>
        <translation>Lưu thành viên</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="201"/>
        <source>new from import</source>
        <translation>mới nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="282"/>
        <source>Edit agency</source>
        <translation>Sửa cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="313"/>
        <source>Merge “{dup}” into “{keep}”? This cannot be undone.</source>
        <translation>Gộp “{dup}” vào “{keep}”? Không thể hoàn tác.</translation>
    </message>
    <message>
        <location filename="../../app/ui/agencies_view.py" line="315"/>
        <source>Merge agencies</source>
        <translation>Gộp cơ quan</translation>
    </message>
</context>
<context>
    <name>Application</name>
    <message>
        <location filename="../../app/ui/application.py" line="72"/>
        <source>An unexpected error occurred. The details were written to {path}.</source>
        <translation>Đã xảy ra lỗi ngoài dự kiến. Chi tiết đã được ghi vào {path}.</translation>
    </message>
</context>
<context>
    <name>CalendarView</name>
    <message>
        <source>Go to the first &amp;overdue task</source>
        <translation>Đến nhiệm vụ &amp;quá hạn đầu tiên</translation>
    </message>
    <message>
        <source>⚠ Overdue tasks: {count}; the earliest was due {day}.</source>
        <translation>⚠ Nhiệm vụ quá hạn: {count}; sớm nhất có hạn ngày {day}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="112"/>
        <source>◀ Previous</source>
        <translation>◀ Tháng trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="113"/>
        <source>Next ▶</source>
        <translation>Tháng sau ▶</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="114"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="115"/>
        <source>Go to date</source>
        <translation>Đến ngày</translation>
    </message>
    <message>
        <source>Go</source>
        <translation>Đến</translation>
    </message>
    <message>
        <source>Cut-off</source>
        <translation>Chốt số liệu</translation>
    </message>
    <message>
        <source>Due</source>
        <translation>Hạn nộp</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="116"/>
        <source>Date</source>
        <translation>Ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="116"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="116"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="117"/>
        <source>+{n} more</source>
        <translation>+{n} việc nữa</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="118"/>
        <location filename="../../app/ui/calendar_view.py" line="209"/>
        <source>Report cut-off</source>
        <translation>Chốt số liệu báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="119"/>
        <location filename="../../app/ui/calendar_view.py" line="209"/>
        <source>Reports due</source>
        <translation>Hạn nộp báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="121"/>
        <source>All plans</source>
        <translation>Mọi kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="122"/>
        <source>Current plan</source>
        <translation>Kế hoạch đang mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="124"/>
        <source>All states</source>
        <translation>Mọi tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="124"/>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="125"/>
        <source>Due soon (14 days)</source>
        <translation>Sắp đến hạn (14 ngày)</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="125"/>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="126"/>
        <source>Not yet due</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="132"/>
        <source>All agencies</source>
        <translation>Mọi cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_view.py" line="161"/>
        <source>Month {month}/{year}</source>
        <translation>Tháng {month}/{year}</translation>
    </message>
</context>
<context>
    <name>ExchangeReviewModel</name>
    <message>
        <source>New</source>
        <translation>Mới</translation>
    </message>
    <message>
        <source>Changed</source>
        <translation>Thay đổi</translation>
    </message>
    <message>
        <source>Unchanged</source>
        <translation>Không đổi</translation>
    </message>
    <message>
        <source>Conflict</source>
        <translation>Xung đột</translation>
    </message>
    <message>
        <source>Refused</source>
        <translation>Từ chối</translation>
    </message>
    <message>
        <source>Apply</source>
        <translation>Nhập</translation>
    </message>
    <message>
        <source>Row</source>
        <translation>Dòng</translation>
    </message>
    <message>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Kết quả đối chiếu</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <source>%</source>
        <translation>%</translation>
    </message>
    <message>
        <source>Result (workbook)</source>
        <translation>Kết quả (trong phiếu)</translation>
    </message>
    <message>
        <source>Stored result</source>
        <translation>Kết quả đang lưu</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
</context>
<context>
    <name>ImportView</name>
    <message>
        <source>Follow reports from:</source>
        <translation>Theo dõi báo cáo từ:</translation>
    </message>
    <message>
        <source>Add task (Insert)</source>
        <translation>Thêm nhiệm vụ (Insert)</translation>
    </message>
    <message>
        <source>A new task row after the current row, at its level (Ctrl+Right: under the row before; Ctrl+Up: before the row above); type its content, then its lead, support and deadline</source>
        <translation>Một dòng nhiệm vụ mới ngay sau dòng đang chọn, cùng cấp (Ctrl+Phải: đưa vào dưới dòng trước; Ctrl+Lên: chuyển lên trước dòng trên); gõ nội dung, rồi cơ quan chủ trì, phối hợp và thời hạn</translation>
    </message>
    <message>
        <source>No task was found in this document: only its header was read. Add the tasks by hand — “Add task” or Insert, then type each one's content, lead, support and deadline — and store the plan; or cancel the import.</source>
        <translation>Không tìm thấy nhiệm vụ nào trong văn bản này: chỉ đọc được phần đầu văn bản. Hãy tự thêm các nhiệm vụ — bấm “Thêm nhiệm vụ” hoặc phím Insert, rồi gõ nội dung, cơ quan chủ trì, phối hợp và thời hạn của từng nhiệm vụ — rồi lưu kế hoạch; hoặc hủy nhập.</translation>
    </message>
    <message>
        <source>Read as:</source>
        <translation>Đọc được:</translation>
    </message>
    <message>
        <source>Add a task row</source>
        <translation>Thêm một dòng nhiệm vụ</translation>
    </message>
    <message>
        <source>Add row</source>
        <translation>Thêm dòng</translation>
    </message>
    <message>
        <source>The plan has no task yet, so it is not stored: a plan with only its header cannot be followed. Add its tasks (“Add task” or Insert), or cancel the import.</source>
        <translation>Kế hoạch chưa có nhiệm vụ nào nên chưa được lưu: kế hoạch chỉ có phần đầu văn bản thì không theo dõi được. Hãy thêm các nhiệm vụ (“Thêm nhiệm vụ” hoặc phím Insert), hoặc hủy nhập.</translation>
    </message>
    <message>
        <source>A task row has no content: type the task (F2), or delete the row (Del).</source>
        <translation>Có dòng nhiệm vụ chưa có nội dung: gõ nội dung nhiệm vụ (F2), hoặc xóa dòng (Del).</translation>
    </message>
    <message>
        <source>No rows. Press Insert (or “Add task”) to add a task.</source>
        <translation>Chưa có dòng nào. Bấm phím Insert (hoặc “Thêm nhiệm vụ”) để thêm nhiệm vụ.</translation>
    </message>
    <message>
        <source>R&amp;ows</source>
        <translation>&amp;Sửa dòng</translation>
    </message>
    <message>
        <source>Split, merge, delete, move a row; undo (also on right-click)</source>
        <translation>Tách, gộp, xóa, chuyển cấp một dòng; hoàn tác (cũng có khi bấm chuột phải vào dòng)</translation>
    </message>
    <message>
        <source>Split this row at the cursor…</source>
        <translation>Tách dòng này tại con trỏ…</translation>
    </message>
    <message>
        <source>Merge with the row above</source>
        <translation>Gộp vào dòng trên</translation>
    </message>
    <message>
        <source>Delete the selected rows (their sub-rows stay)</source>
        <translation>Xóa các dòng đã chọn (các dòng con được giữ lại)</translation>
    </message>
    <message>
        <source>Lower the level (under the row before)</source>
        <translation>Hạ một cấp (thành dòng con của dòng trước)</translation>
    </message>
    <message>
        <source>Raise the level</source>
        <translation>Nâng lên một cấp</translation>
    </message>
    <message>
        <source>Move up (within its level)</source>
        <translation>Chuyển lên (trong cùng cấp)</translation>
    </message>
    <message>
        <source>Move down (within its level)</source>
        <translation>Chuyển xuống (trong cùng cấp)</translation>
    </message>
    <message>
        <source>Move up</source>
        <translation>Chuyển lên</translation>
    </message>
    <message>
        <source>Move down</source>
        <translation>Chuyển xuống</translation>
    </message>
    <message>
        <source>Lower the level</source>
        <translation>Hạ một cấp</translation>
    </message>
    <message>
        <source>Undo: {what}</source>
        <translation>Hoàn tác: {what}</translation>
    </message>
    <message>
        <source>Undo</source>
        <translation>Hoàn tác</translation>
    </message>
    <message>
        <source>Redo: {what}</source>
        <translation>Làm lại: {what}</translation>
    </message>
    <message>
        <source>Redo</source>
        <translation>Làm lại</translation>
    </message>
    <message>
        <source>Split row</source>
        <translation>Tách dòng</translation>
    </message>
    <message>
        <source>Delete row</source>
        <translation>Xóa dòng</translation>
    </message>
    <message>
        <source>Delete {n} rows</source>
        <translation>Xóa {n} dòng</translation>
    </message>
    <message>
        <source>Edit {column}</source>
        <translation>Sửa cột {column}</translation>
    </message>
    <message>
        <source>Mark as checked</source>
        <translation>Đánh dấu đã kiểm tra</translation>
    </message>
    <message>
        <source>Import not stored</source>
        <translation>Kế hoạch nhập chưa được lưu</translation>
    </message>
    <message>
        <source>The plan under review has corrections that are not stored yet. Close the program and discard them? To keep them, do not close: click “Store the plan”.</source>
        <translation>Kế hoạch đang kiểm tra có các chỉnh sửa chưa được lưu. Đóng chương trình và bỏ các chỉnh sửa đó? Muốn giữ lại thì đừng đóng: bấm “Lưu kế hoạch”.</translation>
    </message>
    <message>
        <source>Put the cursor where the new row starts and press Shift+Enter</source>
        <translation>Đặt con trỏ vào chỗ dòng mới bắt đầu rồi nhấn Shift+Enter</translation>
    </message>
    <message>
        <source>No deadline</source>
        <translation>Chưa có thời hạn</translation>
    </message>
    <message>
        <source>Deadline read as: {reading}</source>
        <translation>Thời hạn hiểu là: {reading}</translation>
    </message>
    <message>
        <source>Not in the directory: {names}</source>
        <translation>Chưa có trong danh bạ: {names}</translation>
    </message>
    <message>
        <source>Group without members: {names}</source>
        <translation>Nhóm chưa có thành viên: {names}</translation>
    </message>
    <message>
        <source>Read as</source>
        <translation>Hiểu là</translation>
    </message>
    <message>
        <source>How the program understood the deadline</source>
        <translation>Chương trình hiểu thời hạn này thế nào</translation>
    </message>
    <message>
        <source>Mark item as checked (Ctrl+Enter)</source>
        <translation>Đánh dấu đã kiểm tra (Ctrl+Enter)</translation>
    </message>
    <message>
        <source>Next to check (F8)</source>
        <translation>Dòng cần xem tiếp (F8)</translation>
    </message>
    <message>
        <source>All rows</source>
        <translation>Mọi dòng</translation>
    </message>
    <message>
        <source>Rows to check</source>
        <translation>Dòng cần kiểm tra</translation>
    </message>
    <message>
        <source>Tasks without lead or deadline</source>
        <translation>Nhiệm vụ thiếu chủ trì hoặc thời hạn</translation>
    </message>
    <message>
        <source>Agencies not in the directory</source>
        <translation>Cơ quan chưa có trong danh bạ</translation>
    </message>
    <message>
        <source>No lead agency: type one (F2), names separated by ;</source>
        <translation>Chưa có cơ quan chủ trì: gõ vào (F2), nhiều cơ quan cách nhau bằng dấu ;</translation>
    </message>
    <message>
        <source>No deadline: check the document, type one (F2) if it has one</source>
        <translation>Chưa có thời hạn: xem văn bản, nếu có thì gõ vào (F2)</translation>
    </message>
    <message>
        <source>The program did not understand this deadline: no reminder or overdue mark until it is retyped (for example 30/6/2025, quý II/2025)</source>
        <translation>Chương trình chưa hiểu thời hạn này: sẽ không nhắc hạn, không báo quá hạn cho đến khi gõ lại (ví dụ 30/6/2025, quý II/2025)</translation>
    </message>
    <message>
        <source>{n} rows to check</source>
        <translation>{n} dòng cần kiểm tra</translation>
    </message>
    <message>
        <source>{n} tasks without lead or deadline</source>
        <translation>{n} nhiệm vụ thiếu chủ trì hoặc thời hạn</translation>
    </message>
    <message>
        <source>{n} agency names not in the directory</source>
        <translation>{n} tên cơ quan chưa có trong danh bạ</translation>
    </message>
    <message>
        <source>{n} groups without members</source>
        <translation>{n} nhóm chưa có thành viên</translation>
    </message>
    <message>
        <source>Add “{m}” to the directory</source>
        <translation>Thêm “{m}” vào danh bạ</translation>
    </message>
    <message>
        <source>“{m}” is another name of…</source>
        <translation>“{m}” là tên khác của cơ quan…</translation>
    </message>
    <message>
        <source>“{m}” was stored by an earlier import as a proposed agency. Merge it into “{agency}”? Its tasks and reports move there and “{m}” becomes another name of it. The database is backed up first; this cannot be undone.</source>
        <translation>“{m}” đã được lưu từ lần nhập trước thành cơ quan đề xuất. Gộp vào “{agency}”? Các nhiệm vụ và báo cáo của nó chuyển sang đó và “{m}” trở thành tên khác của cơ quan này. Cơ sở dữ liệu được sao lưu trước; không hoàn tác được.</translation>
    </message>
    <message>
        <source>Another name of an agency</source>
        <translation>Tên khác của cơ quan</translation>
    </message>
    <message>
        <source>“{m}” is another name of which agency or group in the directory? (its name or a part of it)</source>
        <translation>“{m}” là tên khác của cơ quan hay nhóm nào trong danh bạ? (gõ tên hoặc một phần tên)</translation>
    </message>
    <message>
        <source>Discard the corrections you made to this import?</source>
        <translation>Bỏ các chỉnh sửa bạn đã làm cho lần nhập này?</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="152"/>
        <source>Choose a plan document (.docx, .doc, .pdf, .txt or .md). The program reads its outline, tasks, lead and supporting agencies and deadlines; you check them beside the original text before anything is stored.</source>
        <translation>Chọn văn bản kế hoạch (.docx, .doc, .pdf, .txt hoặc .md). Chương trình đọc đề mục, nhiệm vụ, cơ quan chủ trì, phối hợp và thời hạn; bạn kiểm tra bên cạnh văn bản gốc trước khi lưu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="155"/>
        <source>Choose document…</source>
        <translation>Chọn văn bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="156"/>
        <source>Reading the document…</source>
        <translation>Đang đọc văn bản…</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="157"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="158"/>
        <source>Number:</source>
        <translation>Số ký hiệu:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="158"/>
        <source>Title:</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="158"/>
        <source>Issuer:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="161"/>
        <source>No.</source>
        <translation>Số TT</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="161"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="161"/>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="161"/>
        <source>Support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="162"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="163"/>
        <source>Deadline (as printed)</source>
        <translation>Thời hạn (như văn bản)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="165"/>
        <source>&amp;Store the plan</source>
        <translation>&amp;Lưu kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="178"/>
        <source>Replace the existing plan</source>
        <translation>Thay thế kế hoạch đã có</translation>
    </message>
    <message>
        <source>Replace the e&amp;xisting plan</source>
        <translation>Th&amp;ay thế kế hoạch đã có</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="181"/>
        <source>This plan is already stored. Replacing it updates it in place: tasks that remain keep their progress, reports and measurements; before anything changes you will see which tasks are added, removed or changed and what would be lost, and the database is backed up first.</source>
        <translation>Kế hoạch này đã có trong cơ sở dữ liệu. Thay thế sẽ cập nhật tại chỗ: các nhiệm vụ còn lại giữ nguyên tiến độ, báo cáo và số đo; trước khi thay đổi, bạn sẽ thấy nhiệm vụ nào được thêm, bỏ hay sửa và dữ liệu nào bị mất; cơ sở dữ liệu được sao lưu trước.</translation>
    </message>
    <message>
        <source>This plan is already stored: the review starts from it, with your corrections. {kept} tasks stay, with their {progress} progress reports.</source>
        <translation>Kế hoạch này đã có trong cơ sở dữ liệu: phần rà soát bắt đầu từ kế hoạch đã lưu, giữ các chỗ bạn đã sửa. {kept} nhiệm vụ được giữ cùng {progress} báo cáo tiến độ.</translation>
    </message>
    <message>
        <source>To check (F8): {new} new in this document, {amended} changed by it.</source>
        <translation>Cần kiểm tra (F8): {new} nhiệm vụ mới trong văn bản này, {amended} nhiệm vụ văn bản sửa.</translation>
    </message>
    <message>
        <source>The document changes none of them and adds none.</source>
        <translation>Văn bản mới không sửa và không thêm nhiệm vụ nào.</translation>
    </message>
    <message>
        <source>{n} tasks you added stay.</source>
        <translation>{n} nhiệm vụ bạn đã thêm được giữ.</translation>
    </message>
    <message>
        <source>{n} tasks you removed stay removed.</source>
        <translation>{n} nhiệm vụ bạn đã xóa vẫn không đưa lại.</translation>
    </message>
    <message>
        <source>The stored plan has no file of its own to compare with: where the document differs, your value is kept and the document's is shown on the row.</source>
        <translation>Kế hoạch đã lưu không kèm tệp gốc để so sánh: chỗ nào văn bản mới khác, giữ giá trị đã lưu và ghi nội dung của văn bản mới trên dòng đó.</translation>
    </message>
    <message>
        <source>Gone from the new document, removed when you store ({n}; to keep one, right-click a row: Keep a task the document dropped):</source>
        <translation>Không còn trong văn bản mới, sẽ bị bỏ khi lưu ({n}; muốn giữ nhiệm vụ nào, bấm chuột phải vào một dòng: Giữ nhiệm vụ văn bản mới đã bỏ):</translation>
    </message>
    <message>
        <source>Keep a task the document dropped</source>
        <translation>Giữ nhiệm vụ văn bản mới đã bỏ</translation>
    </message>
    <message>
        <source>Another task, not the stored one: store it as new</source>
        <translation>Là nhiệm vụ khác, không phải nhiệm vụ đã lưu: lưu thành nhiệm vụ mới</translation>
    </message>
    <message>
        <source>Another task, not the stored one</source>
        <translation>Là nhiệm vụ khác, không phải nhiệm vụ đã lưu</translation>
    </message>
    <message>
        <source>Use the new document's values ({n} rows)</source>
        <translation>Dùng nội dung của văn bản mới ({n} dòng)</translation>
    </message>
    <message>
        <source>Use the new document's values</source>
        <translation>Dùng nội dung của văn bản mới</translation>
    </message>
    <message>
        <source>Before anything changes you are asked, and the database is backed up first.</source>
        <translation>Trước khi thay đổi, chương trình sẽ hỏi bạn và sao lưu cơ sở dữ liệu.</translation>
    </message>
    <message>
        <source>({n} progress reports)</source>
        <translation>({n} báo cáo tiến độ)</translation>
    </message>
    <message>
        <source>… and {n} more (hover to see them)</source>
        <translation>… và {n} nhiệm vụ khác (di chuột vào để xem)</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="342"/>
        <source>Replace the stored plan with this document?

{preview}</source>
        <translation>Thay thế kế hoạch đã lưu bằng văn bản này?

{preview}</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports/import_view.py" line="330"/>
        <source>To undo the replacement: File ▸ Automatic backups…, choose the backup of {when} (“Before replacing a plan”) and click “Restore this backup”. Everything changed after it — this replacement and any later work — goes back to how it was then; the program's Undo does not reach a replacement.</source>
        <translation>Để hoàn tác việc thay thế: vào Tệp ▸ Bản sao lưu tự động…, chọn bản sao lưu lúc {when} (“Trước khi thay thế kế hoạch”) rồi bấm “Khôi phục bản sao lưu này”. Mọi thay đổi từ lúc đó — việc thay thế này và mọi việc làm sau đó — đều trở lại như cũ; lệnh Hoàn tác của chương trình không hoàn tác được việc thay thế.</translation>
    </message>
    <message>
        <location filename="../../app/ui/imports/import_view.py" line="322"/>
        <source>To undo the replacement, ask the administrator to restore the server's latest backup (pg_dump) taken before it; the program's Undo does not reach it.</source>
        <translation>Để hoàn tác việc thay thế, hãy nhờ quản trị viên khôi phục bản sao lưu mới nhất của máy chủ (pg_dump) lấy trước lúc thay thế; lệnh Hoàn tác của chương trình không hoàn tác được việc này.</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="166"/>
        <source>Cancel import</source>
        <translation>Hủy nhập</translation>
    </message>
    <message>
        <source>Cancel &amp;import</source>
        <translation>&amp;Hủy nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="176"/>
        <source>Import plan document</source>
        <translation>Nhập văn bản kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="177"/>
        <source>Plan documents ({patterns})</source>
        <translation>Văn bản kế hoạch ({patterns})</translation>
    </message>
    <message>
        <location filename="../../app/ui/import_view.py" line="207"/>
        <source>The document could not be read.</source>
        <translation>Không đọc được văn bản.</translation>
    </message>
    <message>
        <source>the document gives no deadlines</source>
        <translation>văn bản không nêu thời hạn</translation>
    </message>
    <message>
        <source>No rows to check.</source>
        <translation>Không có dòng nào cần kiểm tra.</translation>
    </message>
    <message>
        <source>The document gives no task a deadline.</source>
        <translation>Văn bản không nêu thời hạn cho nhiệm vụ nào.</translation>
    </message>
    <message>
        <source>Every task has a lead and a deadline.</source>
        <translation>Mọi nhiệm vụ đều có cơ quan chủ trì và thời hạn.</translation>
    </message>
    <message>
        <source>Every agency named is in the directory.</source>
        <translation>Mọi cơ quan được nêu đều đã có trong danh bạ.</translation>
    </message>
    <message>
        <source>{n} rows still to check: choose “{filter}” or press F8.</source>
        <translation>Còn {n} dòng cần kiểm tra: chọn “{filter}” hoặc bấm F8.</translation>
    </message>
    <message>
        <source>{n} tasks have no lead or deadline: choose “{filter}”.</source>
        <translation>{n} nhiệm vụ thiếu chủ trì hoặc thời hạn: chọn “{filter}”.</translation>
    </message>
    <message>
        <source>{n} agency names still need the directory: choose “{filter}”.</source>
        <translation>{n} tên cơ quan cần bổ sung trong danh bạ: chọn “{filter}”.</translation>
    </message>
    <message>
        <source>When the header is right, store the plan.</source>
        <translation>Kiểm tra số, tên, cơ quan ban hành rồi lưu kế hoạch.</translation>
    </message>
    <message>
        <source>Storing adds each name not in the directory as a proposed agency (a group name as a group without members); to add one now, or record it as another name of a listed agency or group, right-click a row naming it.</source>
        <translation>Khi lưu, mỗi tên chưa có trong danh bạ được thêm thành một cơ quan đề xuất (tên nhóm thì thành nhóm chưa có thành viên); muốn thêm ngay, hoặc ghi là tên khác của một cơ quan hay nhóm đã có, bấm chuột phải vào dòng có tên đó.</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>The progress typed for this task is not recorded. Discard it and show the other item?</source>
        <translation>Tiến độ vừa nhập cho nhiệm vụ này chưa lưu. Bỏ đi và chuyển sang mục khác?</translation>
    </message>
    <message>
        <source>Unsaved progress</source>
        <translation>Tiến độ chưa lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="70"/>
        <source>Opening the database…</source>
        <translation>Đang mở cơ sở dữ liệu…</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="225"/>
        <source>Rec&amp;ent databases</source>
        <translation>Cơ sở dữ liệu &amp;gần đây</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="226"/>
        <source>Main toolbar</source>
        <translation>Thanh công cụ chính</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>Plan tree</source>
        <translation>Cây kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>Calendar</source>
        <translation>Lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="227"/>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="228"/>
        <source>Import plan</source>
        <translation>Nhập kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="230"/>
        <source>Plans</source>
        <translation>Kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="231"/>
        <source>Task details</source>
        <translation>Chi tiết nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="232"/>
        <source>Search</source>
        <translation>Tìm kiếm</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="244"/>
        <source>Theo dõi Kế hoạch — {database}</source>
        <translation>Theo dõi Kế hoạch — {database}</translation>
    </message>
    <message>
        <location filename="../../app/ui/main_window.py" line="365"/>
        <source>The plan was stored.</source>
        <translation>Đã lưu kế hoạch.</translation>
    </message>
    <message>
        <source>The plan was replaced: your corrections and its progress were kept.</source>
        <translation>Đã thay thế kế hoạch: giữ nguyên các chỗ bạn đã sửa và tiến độ đã ghi.</translation>
    </message>
    <message>
        <source>P&amp;lans</source>
        <translation>Kế h&amp;oạch</translation>
    </message>
    <message>
        <source>Task &amp;details</source>
        <translation>Ch&amp;i tiết nhiệm vụ</translation>
    </message>
    <message>
        <source>&amp;Search</source>
        <translation>&amp;Tìm kiếm</translation>
    </message>
</context>
<context>
    <name>MonthModel</name>
    <message>
        <location filename="../../app/ui/calendar_model.py" line="76"/>
        <source>Mon</source>
        <translation>Th 2</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_model.py" line="76"/>
        <source>Tue</source>
        <translation>Th 3</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_model.py" line="76"/>
        <source>Wed</source>
        <translation>Th 4</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_model.py" line="76"/>
        <source>Thu</source>
        <translation>Th 5</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_model.py" line="76"/>
        <source>Fri</source>
        <translation>Th 6</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_model.py" line="77"/>
        <source>Sat</source>
        <translation>Th 7</translation>
    </message>
    <message>
        <location filename="../../app/ui/calendar_model.py" line="77"/>
        <source>Sun</source>
        <translation>CN</translation>
    </message>
</context>
<context>
    <name>OfficeDialog</name>
    <message>
        <source>Recipients of reminder letters:</source>
        <translation>Nơi nhận của công văn đôn đốc:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="109"/>
        <source>Issuing office</source>
        <translation>Cơ quan ban hành</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="110"/>
        <source>Issuing body:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="110"/>
        <source>Parent body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="111"/>
        <source>Number code (reports):</source>
        <translation>Ký hiệu (báo cáo):</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="111"/>
        <source>Name used in the text:</source>
        <translation>Tên tự xưng trong văn bản:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="112"/>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="112"/>
        <source>Number code (letters):</source>
        <translation>Ký hiệu (công văn):</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="113"/>
        <source>Reporting windows:</source>
        <translation>Thời gian chốt số liệu:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="113"/>
        <source>Format:</source>
        <translation>Thể thức:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="114"/>
        <source>Signing authority:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="115"/>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="115"/>
        <source>On behalf of:</source>
        <translation>Thay mặt/ký thay cho:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="116"/>
        <source>Recipients (one per line):</source>
        <translation>Nơi nhận (mỗi nơi một dòng):</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="116"/>
        <source>Signer&apos;s name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="117"/>
        <source>Drafting unit (archive):</source>
        <translation>Đơn vị soạn thảo (Lưu):</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="120"/>
        <source>State (Decree 30/2020)</source>
        <translation>Hành chính nhà nước (NĐ 30/2020)</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="121"/>
        <source>Party (Guide 05-HD/VPTW; 36-HD/VPTW before 27/5/2026)</source>
        <translation>Văn bản của Đảng (HD 05-HD/VPTW; trước ngày 27/5/2026: HD 36-HD/VPTW)</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="121"/>
        <source>Party format:</source>
        <translation>Thể thức văn bản Đảng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="121"/>
        <source>By the document&apos;s date</source>
        <translation>Theo ngày ban hành văn bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="121"/>
        <source>Always Guide 36-HD/VPTW (2018)</source>
        <translation>Luôn theo HD 36-HD/VPTW (2018)</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="121"/>
        <source>Always Guide 05-HD/VPTW (2026)</source>
        <translation>Luôn theo HD 05-HD/VPTW (2026)</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="122"/>
        <source>Decree 09/2019 cut-off (15th–14th)</source>
        <translation>Theo NĐ 09/2019 (ngày 15 đến ngày 14)</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="123"/>
        <source>Calendar months</source>
        <translation>Theo tháng dương lịch</translation>
    </message>
    <message>
        <location filename="../../app/ui/office_dialog.py" line="124"/>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
</context>
<context>
    <name>PlanTree</name>
    <message>
        <location filename="../../app/ui/plan_tree.py" line="170"/>
        <source>New task</source>
        <translation>Nhiệm vụ mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree.py" line="189"/>
        <source>Delete “{label} {text}”?</source>
        <translation>Xóa “{label} {text}”?</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree.py" line="192"/>
        <source>{count} items below it will be deleted too.</source>
        <translation>{count} mục con bên dưới cũng sẽ bị xóa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree.py" line="194"/>
        <source>Delete item</source>
        <translation>Xóa mục</translation>
    </message>
</context>
<context>
    <name>PlanTreeModel</name>
    <message>
        <source>Missed on {missed}; next due {next}.</source>
        <translation>Đã lỡ hạn ngày {missed}; hạn kỳ tới ngày {next}.</translation>
    </message>
    <message>
        <source>Support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree_model.py" line="54"/>
        <source>No.</source>
        <translation>Số TT</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree_model.py" line="55"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree_model.py" line="56"/>
        <source>Lead agency</source>
        <translation>Cơ quan chủ trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree_model.py" line="57"/>
        <source>Supporting agencies</source>
        <translation>Cơ quan phối hợp</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree_model.py" line="58"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/plan_tree_model.py" line="59"/>
        <source>State</source>
        <translation>Tình trạng</translation>
    </message>
</context>
<context>
    <name>PlansModel</name>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="87"/>
        <source>Number</source>
        <translation>Số ký hiệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="88"/>
        <source>Title</source>
        <translation>Trích yếu</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="89"/>
        <source>Issued</source>
        <translation>Ngày ban hành</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="90"/>
        <source>Done</source>
        <translation>Đã xong</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="116"/>
        <source>{done} of {total} tasks done</source>
        <translation>Đã xong {done}/{total} nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="118"/>
        <source>{n} overdue</source>
        <translation>{n} quá hạn</translation>
    </message>
</context>
<context>
    <name>PlansPanel</name>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="237"/>
        <source>Search plans (diacritics optional)…</source>
        <translation>Tìm kế hoạch (có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="239"/>
        <source>No plans yet.

Import a plan document (.docx, .doc, .pdf, .txt, .md) with Plan → Import plan document… (Ctrl+I), or create an empty plan with Plan → New plan… (Ctrl+N).</source>
        <translation>Chưa có kế hoạch nào.

Nhập văn bản kế hoạch (.docx, .doc, .pdf, .txt, .md) bằng Kế hoạch → Nhập văn bản kế hoạch… (Ctrl+I), hoặc tạo kế hoạch trống bằng Kế hoạch → Kế hoạch mới… (Ctrl+N).</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="253"/>
        <source>In force</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="253"/>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="253"/>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="258"/>
        <source>All statuses</source>
        <translation>Mọi trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="259"/>
        <source>All years</source>
        <translation>Mọi năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/plans_panel.py" line="260"/>
        <source>All issuers</source>
        <translation>Mọi cơ quan ban hành</translation>
    </message>
</context>
<context>
    <name>ProgressPanel</name>
    <message>
        <source>“{group}” has no members yet: tick its agencies in Agencies, then record progress per agency.</source>
        <translation>Nhóm “{group}” chưa có thành viên: đánh dấu các cơ quan của nhóm ở thẻ Cơ quan, đơn vị rồi ghi tiến độ theo từng cơ quan.</translation>
    </message>
    <message>
        <source>e.g. Quarter III {year}, 6 months {year}, month 8/{year}</source>
        <translation>ví dụ: Quý III năm {year}, 6 tháng đầu năm {year}, Tháng 8/{year}</translation>
    </message>
    <message>
        <source>Record progress: {task} — {agency}, {period}</source>
        <translation>Ghi tiến độ: {task} — {agency}, {period}</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="104"/>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="104"/>
        <source>Period</source>
        <translation>Kỳ</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="104"/>
        <source>Status</source>
        <translation>Tình trạng</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="105"/>
        <source>Result</source>
        <translation>Kết quả</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="106"/>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="106"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="106"/>
        <source>Status:</source>
        <translation>Tình trạng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="106"/>
        <source>Percent done:</source>
        <translation>Tỷ lệ hoàn thành:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="107"/>
        <source>Reported on:</source>
        <translation>Ngày báo cáo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="107"/>
        <source>Result:</source>
        <translation>Kết quả:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="107"/>
        <source>Difficulties:</source>
        <translation>Khó khăn, vướng mắc:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="107"/>
        <source>Proposals:</source>
        <translation>Đề xuất, kiến nghị:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="108"/>
        <source>Evidence:</source>
        <translation>Minh chứng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="112"/>
        <source>Document number, file or link</source>
        <translation>Số văn bản, tệp hoặc đường dẫn</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="114"/>
        <source>Not started</source>
        <translation>Chưa triển khai</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="114"/>
        <source>In progress</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="114"/>
        <source>Done</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="115"/>
        <source>Not done / suspended</source>
        <translation>Không thực hiện / tạm dừng</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="117"/>
        <location filename="../../app/ui/progress_panel.py" line="210"/>
        <source>Record progress</source>
        <translation>Ghi tiến độ</translation>
    </message>
    <message>
        <source>Record progress (Ctrl+Enter)</source>
        <translation>Ghi tiến độ (Ctrl+Enter)</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="136"/>
        <source>Assign a lead agency first: progress is recorded per agency.</source>
        <translation>Hãy giao cơ quan chủ trì trước: tiến độ được ghi theo từng cơ quan.</translation>
    </message>
    <message>
        <location filename="../../app/ui/progress_panel.py" line="211"/>
        <source>Recorded.</source>
        <translation>Đã ghi.</translation>
    </message>
</context>
<context>
    <name>DialogButtons</name>
    <message>
        <location filename="../../app/ui/widgets/dialog_buttons.py" line="18"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialog_buttons.py" line="19"/>
        <source>&amp;Cancel</source>
        <translation>&amp;Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialog_buttons.py" line="20"/>
        <source>&amp;OK</source>
        <translation>Đồng &amp;ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/dialog_buttons.py" line="21"/>
        <source>&amp;Close</source>
        <translation>Đó&amp;ng</translation>
    </message>
</context>
<context>
    <name>Prompter</name>
    <message>
        <location filename="../../app/ui/prompts.py" line="27"/>
        <source>Error</source>
        <translation>Lỗi</translation>
    </message>
    <message>
        <location filename="../../app/ui/widgets/prompts.py" line="31"/>
        <source>… the whole message: Show Details.</source>
        <translation>… cả thông báo: bấm «Xem chi tiết...».</translation>
    </message>
</context>
<context>
    <name>QCalendarWidget</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="86"/>
        <source>Today</source>
        <translation>Hôm nay</translation>
    </message>
</context>
<context>
    <name>QDockWidget</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="79"/>
        <source>Float</source>
        <translation>Tách rời</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="80"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="81"/>
        <source>Undocks and re-attaches the dock widget</source>
        <translation>Tách hoặc gắn lại khung</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="82"/>
        <source>Closes the dock widget</source>
        <translation>Đóng khung</translation>
    </message>
</context>
<context>
    <name>QFileDialog</name>
    <message>
        <source>Directory:</source>
        <translation>Thư mục:</translation>
    </message>
    <message>
        <source>Show </source>
        <translation>Hiện cột </translation>
    </message>
    <message>
        <source>Show &amp;hidden files</source>
        <translation>Hiện tệp &amp;ẩn</translation>
    </message>
    <message>
        <source>&amp;New Folder</source>
        <translation>Thư mục &amp;mới</translation>
    </message>
    <message>
        <source>Recent Places</source>
        <translation>Nơi đã mở gần đây</translation>
    </message>
    <message>
        <source>Sidebar</source>
        <translation>Thanh bên</translation>
    </message>
    <message>
        <source>Files</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>%1 already exists.
Do you want to replace it?</source>
        <translation>%1 đã có.
Ghi đè lên tệp đó?</translation>
    </message>
    <message>
        <source>%1
File not found.
Please verify the correct file name was given.</source>
        <translation>%1
Không tìm thấy tệp.
Hãy kiểm tra lại tên tệp.</translation>
    </message>
    <message>
        <source>%1
Directory not found.
Please verify the correct directory name was given.</source>
        <translation>%1
Không tìm thấy thư mục.
Hãy kiểm tra lại tên thư mục.</translation>
    </message>
    <message>
        <source>Are you sure you want to delete &apos;%1&apos;?</source>
        <translation>Xóa “%1”?</translation>
    </message>
    <message>
        <source>Could not delete directory.</source>
        <translation>Không xóa được thư mục.</translation>
    </message>
    <message>
        <source>&apos;%1&apos; is write protected.
Do you want to delete it anyway?</source>
        <translation>“%1” được bảo vệ chống ghi.
Vẫn xóa?</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="32"/>
        <source>&amp;Look in:</source>
        <translation>&amp;Tìm trong:</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="33"/>
        <source>File &amp;name:</source>
        <translation>&amp;Tên tệp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="34"/>
        <source>Files of &amp;type:</source>
        <translation>&amp;Loại tệp:</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="35"/>
        <source>&amp;Open</source>
        <translation>&amp;Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="36"/>
        <source>&amp;Save</source>
        <translation>&amp;Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="37"/>
        <source>&amp;Choose</source>
        <translation>&amp;Chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="38"/>
        <source>Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="39"/>
        <source>Forward</source>
        <translation>Tiến tới</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="40"/>
        <source>Parent Directory</source>
        <translation>Thư mục cha</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="41"/>
        <source>Create New Folder</source>
        <translation>Tạo thư mục mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="42"/>
        <source>List View</source>
        <translation>Dạng danh sách</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="43"/>
        <source>Detail View</source>
        <translation>Dạng chi tiết</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="44"/>
        <source>All Files (*)</source>
        <translation>Mọi tệp (*)</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="45"/>
        <source>Directories</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="46"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="47"/>
        <source>Save As</source>
        <translation>Lưu thành</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="48"/>
        <source>New Folder</source>
        <translation>Thư mục mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="49"/>
        <source>&amp;Delete</source>
        <translation>&amp;Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="50"/>
        <source>&amp;Rename</source>
        <translation>Đổi &amp;tên</translation>
    </message>
</context>
<context>
    <name>QFileSystemModel</name>
    <message>
        <source>My Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Computer</source>
        <translation>Máy tính</translation>
    </message>
    <message>
        <source>Invalid filename</source>
        <translation>Tên tệp không hợp lệ</translation>
    </message>
    <message>
        <source>&lt;b&gt;The name &quot;%1&quot; cannot be used.&lt;/b&gt;&lt;p&gt;Try using another name, with fewer characters or no punctuation marks.</source>
        <translation>&lt;b&gt;Không dùng được tên “%1”.&lt;/b&gt;&lt;p&gt;Hãy đặt tên khác, ngắn hơn hoặc không có dấu câu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="51"/>
        <source>Name</source>
        <translation>Tên</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="52"/>
        <source>Size</source>
        <translation>Kích thước</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="53"/>
        <source>Type</source>
        <translation>Loại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="54"/>
        <source>Date Modified</source>
        <translation>Ngày sửa đổi</translation>
    </message>
</context>
<context>
    <name>QLineEdit</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="64"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="65"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="66"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="67"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="68"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="69"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="70"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
</context>
<context>
    <name>QMessageBox</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="29"/>
        <source>Show Details...</source>
        <translation>Xem chi tiết...</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="30"/>
        <source>Hide Details...</source>
        <translation>Ẩn chi tiết...</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="31"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
</context>
<context>
    <name>QPlatformTheme</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="11"/>
        <source>OK</source>
        <translation>Đồng ý</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="12"/>
        <source>Save</source>
        <translation>Lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="13"/>
        <source>Save All</source>
        <translation>Lưu tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="14"/>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="15"/>
        <source>&amp;Yes</source>
        <translation>&amp;Có</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="16"/>
        <source>Yes to &amp;All</source>
        <translation>Có với &amp;tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="17"/>
        <source>&amp;No</source>
        <translation>&amp;Không</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="18"/>
        <source>N&amp;o to All</source>
        <translation>Không với tất &amp;cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="19"/>
        <source>Abort</source>
        <translation>Hủy bỏ</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="20"/>
        <source>Retry</source>
        <translation>Thử lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="21"/>
        <source>Ignore</source>
        <translation>Bỏ qua</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="22"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="23"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="24"/>
        <source>Discard</source>
        <translation>Không lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="25"/>
        <source>Help</source>
        <translation>Trợ giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="26"/>
        <source>Apply</source>
        <translation>Áp dụng</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="27"/>
        <source>Reset</source>
        <translation>Đặt lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="28"/>
        <source>Restore Defaults</source>
        <translation>Khôi phục mặc định</translation>
    </message>
</context>
<context>
    <name>QUndoModel</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="85"/>
        <source>&lt;empty&gt;</source>
        <translation>&lt;trống&gt;</translation>
    </message>
</context>
<context>
    <name>QUndoStack</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="83"/>
        <source>Undo %1</source>
        <translation>Hoàn tác %1</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="84"/>
        <source>Redo %1</source>
        <translation>Làm lại %1</translation>
    </message>
</context>
<context>
    <name>QWidgetTextControl</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="71"/>
        <source>&amp;Undo</source>
        <translation>&amp;Hoàn tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="72"/>
        <source>&amp;Redo</source>
        <translation>&amp;Làm lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="73"/>
        <source>Cu&amp;t</source>
        <translation>&amp;Cắt</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="74"/>
        <source>&amp;Copy</source>
        <translation>&amp;Sao chép</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="75"/>
        <source>&amp;Paste</source>
        <translation>&amp;Dán</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="76"/>
        <source>Delete</source>
        <translation>Xóa</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="77"/>
        <source>Select All</source>
        <translation>Chọn tất cả</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="78"/>
        <source>Copy &amp;Link Location</source>
        <translation>Sao chép địa chỉ &amp;liên kết</translation>
    </message>
</context>
<context>
    <name>QWizard</name>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="55"/>
        <source>&lt; &amp;Back</source>
        <translation>&lt; &amp;Quay lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="56"/>
        <source>&amp;Next &gt;</source>
        <translation>&amp;Tiếp &gt;</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="57"/>
        <source>&amp;Finish</source>
        <translation>&amp;Hoàn tất</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="58"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="59"/>
        <source>&amp;Help</source>
        <translation>Trợ &amp;giúp</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="60"/>
        <source>Go Back</source>
        <translation>Quay lại</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="61"/>
        <source>Continue</source>
        <translation>Tiếp tục</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="62"/>
        <source>Commit</source>
        <translation>Xác nhận</translation>
    </message>
    <message>
        <location filename="../../app/ui/qt_strings.py" line="63"/>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
</context>
<context>
    <name>ReceiveDialog</name>
    <message>
        <source>Receive report forms</source>
        <translation>Nhận phiếu báo cáo</translation>
    </message>
    <message>
        <source>Choose &amp;files…</source>
        <translation>Chọn &amp;tệp…</translation>
    </message>
    <message>
        <source>Choose f&amp;older…</source>
        <translation>Chọn thư &amp;mục…</translation>
    </message>
    <message>
        <source>&amp;Apply ticked rows</source>
        <translation>&amp;Nhập các dòng đã chọn</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>Report forms sent back by agencies</source>
        <translation>Phiếu báo cáo các cơ quan gửi lại</translation>
    </message>
    <message>
        <source>Workbooks (*.xlsx *.ods *.xls);;All files (*)</source>
        <translation>Bảng tính (*.xlsx *.ods *.xls);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>{file}: refused — {reason}</source>
        <translation>{file}: không nhập — {reason}</translation>
    </message>
    <message>
        <source>{file}: {agency}, {period} — new {new}, changed {changed}, unchanged {unchanged}, conflict {conflict}, refused {refused}</source>
        <translation>{file}: {agency}, kỳ {period} — mới {new}, thay đổi {changed}, không đổi {unchanged}, xung đột {conflict}, từ chối {refused}</translation>
    </message>
    <message>
        <source>{files} files, {refused} refused; {ticked} rows ticked</source>
        <translation>{files} tệp, {refused} tệp không nhập; đã chọn {ticked} dòng</translation>
    </message>
    <message>
        <source>{n} rows applied (Edit → Undo takes them back).</source>
        <translation>Đã nhập {n} dòng (Chỉnh sửa → Hoàn tác để bỏ lại).</translation>
    </message>
    <message>
        <source>{n} rows with a note (see Reason)</source>
        <translation>{n} dòng có lưu ý (xem cột Lý do)</translation>
    </message>
    <message>
        <source>the year added to {n} report days typed without it (the form's period)</source>
        <translation>{n} ngày báo cáo ghi thiếu năm đã được thêm năm (theo kỳ của phiếu)</translation>
    </message>
</context>
<context>
    <name>RegisterDialog</name>
    <message>
        <source>{count} names not in the directory are not counted (marked; right-click to confirm).</source>
        <translation>{count} tên chưa có trong danh bạ không được tính (có đánh dấu; bấm chuột phải để xác nhận).</translation>
    </message>
    <message>
        <source>Reporting register</source>
        <translation>Sổ theo dõi báo cáo</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>From:</source>
        <translation>Từ kỳ:</translation>
    </message>
    <message>
        <source>To:</source>
        <translation>Đến kỳ:</translation>
    </message>
    <message>
        <source>&amp;Show</source>
        <translation>&amp;Xem</translation>
    </message>
    <message>
        <source>Print to &amp;PDF…</source>
        <translation>In ra &amp;PDF…</translation>
    </message>
    <message>
        <source>Save as &amp;XLSX…</source>
        <translation>Lưu ra X&amp;LSX…</translation>
    </message>
    <message>
        <source>&amp;Reminder letter…</source>
        <translation>&amp;Công văn đôn đốc…</translation>
    </message>
    <message>
        <source>Reporting rate {rate}, on time {timely} ({missing} missing)</source>
        <translation>Tỷ lệ báo cáo {rate}, đúng hạn {timely} ({missing} chưa báo cáo)</translation>
    </message>
    <message>
        <source>Print the register</source>
        <translation>In sổ theo dõi báo cáo</translation>
    </message>
    <message>
        <source>PDF (*.pdf)</source>
        <translation>PDF (*.pdf)</translation>
    </message>
    <message>
        <source>Excel workbook (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
</context>
<context>
    <name>RegisterModel</name>
    <message>
        <source>Not counted: no report is expected from it and it is left out of every rate, the progress report's count and the reminder letters until it is confirmed.</source>
        <translation>Chưa được tính: chưa theo dõi báo cáo của tên này; tên này không có trong tỷ lệ nào, trong số cơ quan phải báo cáo của báo cáo kết quả và không được gửi công văn đôn đốc cho đến khi được xác nhận.</translation>
    </message>
    <message>
        <source>A name from the plan that the directory does not know. Right-click: add it to the directory, or say which agency it names.</source>
        <translation>Tên lấy từ kế hoạch mà danh bạ chưa có. Bấm chuột phải: thêm vào danh bạ, hoặc cho biết đó là cơ quan nào.</translation>
    </message>
    <message>
        <source>Agency</source>
        <translation>Cơ quan</translation>
    </message>
    <message>
        <source>Reporting rate</source>
        <translation>Tỷ lệ báo cáo</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Đúng hạn</translation>
    </message>
    <message>
        <source>Whole plan</source>
        <translation>Cả kế hoạch</translation>
    </message>
</context>
<context>
    <name>ReportDialog</name>
    <message>
        <source>Period outside the plan</source>
        <translation>Kỳ báo cáo nằm ngoài thời gian của kế hoạch</translation>
    </message>
    <message>
        <source>Produce the document anyway?</source>
        <translation>Vẫn lập văn bản?</translation>
    </message>
    <message>
        <source>Showing a report printed before, as it was printed.</source>
        <translation>Đang xem một văn bản đã in trước đây, đúng như khi in.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="180"/>
        <source>The report could not be written.</source>
        <translation>Không viết được báo cáo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="185"/>
        <source>Cancelled; no file was written.</source>
        <translation>Đã hủy; không có tệp nào được ghi.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="215"/>
        <source>Laying out the pages…</source>
        <translation>Đang dàn trang…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="231"/>
        <source>{count} pages</source>
        <translation>{count} trang</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="247"/>
        <source>Save report</source>
        <translation>Lưu báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="270"/>
        <source>Written: {path}</source>
        <translation>Đã ghi: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="272"/>
        <source>Writing the report…</source>
        <translation>Đang viết báo cáo…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="280"/>
        <source>Print</source>
        <translation>In</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="280"/>
        <source>Update the preview first; the pages shown are the pages printed.</source>
        <translation>Hãy cập nhật bản xem trước: trang nào hiển thị thì in đúng trang đó.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_dialog.py" line="295"/>
        <source>Reports leaders sign</source>
        <translation>In báo cáo, văn bản</translation>
    </message>
</context>
<context>
    <name>ReportForm</name>
    <message>
        <source>the period's cut-off</source>
        <translation>ngày chốt số liệu của kỳ</translation>
    </message>
    <message>
        <source>Printed before:</source>
        <translation>Đã in:</translation>
    </message>
    <message>
        <source>Open</source>
        <translation>Mở</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="151"/>
        <source>Month {n}</source>
        <translation>Tháng {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="154"/>
        <source>Quarter {n}</source>
        <translation>Quý {n}</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="156"/>
        <source>First half</source>
        <translation>6 tháng đầu năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="157"/>
        <source>Second half</source>
        <translation>6 tháng cuối năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="159"/>
        <source>Whole period</source>
        <translation>Cả kỳ</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="165"/>
        <source>Progress report</source>
        <translation>Báo cáo kết quả thực hiện</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="166"/>
        <source>Reminder letters</source>
        <translation>Công văn đôn đốc</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="166"/>
        <source>Task list</source>
        <translation>Danh mục nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="167"/>
        <source>Monthly calendar</source>
        <translation>Lịch tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="167"/>
        <source>Targets table</source>
        <translation>Bảng chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="170"/>
        <source>Quarter</source>
        <translation>Quý</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="170"/>
        <source>Month</source>
        <translation>Tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="171"/>
        <source>9 months</source>
        <translation>9 tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="171"/>
        <source>6 months</source>
        <translation>6 tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="172"/>
        <source>Year</source>
        <translation>Năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="176"/>
        <source>Document</source>
        <translation>Văn bản</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="177"/>
        <source>Kind:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="178"/>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="179"/>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="180"/>
        <source>Data as of:</source>
        <translation>Số liệu tính đến:</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="181"/>
        <source>Report text</source>
        <translation>Nội dung báo cáo</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="182"/>
        <source>Prefilled with what the report says; edit before printing. One item per line.</source>
        <translation>Đã điền sẵn nội dung báo cáo sẽ in; sửa trước khi in. Mỗi ý một dòng.</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="184"/>
        <source>I. Deployment (added text)</source>
        <translation>I. Tình hình triển khai (bổ sung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="184"/>
        <source>Opening</source>
        <translation>Mở đầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="185"/>
        <source>III. Shortcomings</source>
        <translation>III. Tồn tại, hạn chế và nguyên nhân</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="185"/>
        <source>II. Results (added text)</source>
        <translation>II. Kết quả thực hiện (bổ sung)</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="186"/>
        <source>IV. Difficulties</source>
        <translation>IV. Khó khăn, vướng mắc</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="186"/>
        <source>V. Next tasks</source>
        <translation>V. Phương hướng, nhiệm vụ thời gian tới</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="187"/>
        <source>VI. Proposals</source>
        <translation>VI. Đề xuất, kiến nghị</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="187"/>
        <source>Closing</source>
        <translation>Kết thúc</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="190"/>
        <source>Issuing office…</source>
        <translation>Cơ quan ban hành…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="191"/>
        <source>&amp;Update preview</source>
        <translation>&amp;Cập nhật bản xem trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="192"/>
        <source>Cancel</source>
        <translation>Hủy</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="193"/>
        <source>Save &amp;Word…</source>
        <translation>Lưu &amp;Word…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="194"/>
        <source>Save &amp;PDF…</source>
        <translation>Lưu &amp;PDF…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="195"/>
        <source>Save &amp;Excel…</source>
        <translation>Lưu &amp;Excel…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="196"/>
        <source>P&amp;rint…</source>
        <translation>&amp;In…</translation>
    </message>
    <message>
        <location filename="../../app/ui/report_form.py" line="197"/>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
</context>
<context>
    <name>SearchPanel</name>
    <message>
        <location filename="../../app/ui/search_panel.py" line="48"/>
        <source>Find in all plans — diacritics optional (e.g. “so noi vu”)</source>
        <translation>Tìm trong mọi kế hoạch — có dấu hay không dấu đều được (ví dụ “so noi vu”)</translation>
    </message>
    <message>
        <location filename="../../app/ui/search_panel.py" line="68"/>
        <source>{n} results</source>
        <translation>{n} kết quả</translation>
    </message>
</context>
<context>
    <name>SendDialog</name>
    <message>
        <source>A name from the plan that the directory does not know: not ticked. Right-click: add it to the directory, or say which agency it names.</source>
        <translation>Tên do kế hoạch ghi mà danh bạ chưa có: không chọn sẵn. Bấm chuột phải (hoặc phím menu): thêm vào danh bạ, hoặc cho biết đó là cơ quan nào.</translation>
    </message>
    <message>
        <source>{count} not in the directory (not ticked)</source>
        <translation>{count} tên chưa có trong danh bạ (không chọn sẵn)</translation>
    </message>
    <message>
        <source>Send report forms</source>
        <translation>Gửi phiếu báo cáo</translation>
    </message>
    <message>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <source>Period:</source>
        <translation>Kỳ báo cáo:</translation>
    </message>
    <message>
        <source>&amp;Export to folder…</source>
        <translation>&amp;Xuất phiếu vào thư mục…</translation>
    </message>
    <message>
        <source>Close</source>
        <translation>Đóng</translation>
    </message>
    <message>
        <source>{name} ({count} tasks)</source>
        <translation>{name} ({count} nhiệm vụ)</translation>
    </message>
    <message>
        <source>{count} agencies must report for this period</source>
        <translation>{count} cơ quan phải báo cáo trong kỳ này</translation>
    </message>
    <message>
        <source>Folder for the report forms</source>
        <translation>Thư mục lưu phiếu báo cáo</translation>
    </message>
    <message>
        <source>{count} report forms written to {folder}.

Send each agency its own file (its name is in the file name). When they come back filled in: Plan → Receive report forms…</source>
        <translation>Đã ghi {count} phiếu báo cáo vào {folder}.

Gửi mỗi cơ quan đúng tệp của mình (tên cơ quan có trong tên tệp). Khi nhận lại phiếu đã điền: Kế hoạch → Nhận phiếu báo cáo…</translation>
    </message>
</context>
<context>
    <name>TargetsPanel</name>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="78"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="78"/>
        <source>Required</source>
        <translation>Yêu cầu</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="78"/>
        <source>Latest</source>
        <translation>Số liệu mới nhất</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="78"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="79"/>
        <source>Note (source of the figure)</source>
        <translation>Ghi chú (nguồn số liệu)</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="80"/>
        <source>Add measurement</source>
        <translation>Thêm số liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="107"/>
        <source>This plan has no targets.</source>
        <translation>Kế hoạch này không có chỉ tiêu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="114"/>
        <source>Choose a target first.</source>
        <translation>Hãy chọn một chỉ tiêu trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="133"/>
        <source>Record measurement</source>
        <translation>Ghi số đo</translation>
    </message>
    <message>
        <location filename="../../app/ui/targets_panel.py" line="136"/>
        <source>Measurement recorded.</source>
        <translation>Đã ghi số liệu.</translation>
    </message>
</context>
<context>
    <name>TaskPanel</name>
    <message>
        <source>Type the due date as dd/mm/yyyy, e.g. 15/03/2027.</source>
        <translation>Nhập hạn theo dạng ngày/tháng/năm, ví dụ 15/03/2027.</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="136"/>
        <source>Content</source>
        <translation>Nội dung</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="137"/>
        <source>Assignments</source>
        <translation>Giao việc</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="138"/>
        <source>Deadline</source>
        <translation>Thời hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="139"/>
        <source>Progress</source>
        <translation>Tiến độ</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="140"/>
        <source>Targets</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="141"/>
        <source>Kind:</source>
        <translation>Loại mục:</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="143"/>
        <source>Section</source>
        <translation>Đề mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="143"/>
        <source>Task</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="144"/>
        <source>Target</source>
        <translation>Chỉ tiêu</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="144"/>
        <source>Text</source>
        <translation>Đoạn văn</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="147"/>
        <location filename="../../app/ui/task_panel.py" line="206"/>
        <source>Lead</source>
        <translation>Chủ trì</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="148"/>
        <location filename="../../app/ui/task_panel.py" line="206"/>
        <source>Support</source>
        <translation>Phối hợp</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="149"/>
        <source>Type an agency or group (diacritics optional)…</source>
        <translation>Gõ tên cơ quan hoặc nhóm (có dấu hay không dấu đều được)…</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="150"/>
        <source>Choose a suggestion to add it; a group means every member reports.</source>
        <translation>Chọn một gợi ý để thêm; giao cho nhóm thì mọi thành viên đều phải báo cáo.</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="151"/>
        <source>Remove selected</source>
        <translation>Bỏ mục đang chọn</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="152"/>
        <source>As printed:</source>
        <translation>Như văn bản:</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="153"/>
        <source>Understood as:</source>
        <translation>Chương trình hiểu là:</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="154"/>
        <source>Next due dates:</source>
        <translation>Các hạn sắp tới:</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="155"/>
        <source>Set the due date by hand:</source>
        <translation>Đặt hạn bằng tay:</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="156"/>
        <source>Save deadline</source>
        <translation>Lưu thời hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="164"/>
        <source>Select an item of the plan to see its details.</source>
        <translation>Chọn một mục của kế hoạch để xem chi tiết.</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="220"/>
        <source>Change assignments</source>
        <translation>Đổi phân công</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="248"/>
        <source>Change kind</source>
        <translation>Đổi loại mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="258"/>
        <source>No deadline</source>
        <translation>Không có thời hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="260"/>
        <source>Not understood: set the due date by hand</source>
        <translation>Chưa hiểu được: hãy đặt hạn bằng tay</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="262"/>
        <source>Waits for a trigger date (relative or conditional deadline)</source>
        <translation>Chờ ngày bắt đầu tính (thời hạn tương đối hoặc có điều kiện)</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="264"/>
        <source>Ongoing: no due date, reported every period</source>
        <translation>Thường xuyên: không có hạn, báo cáo mỗi kỳ</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="268"/>
        <source>every year from {year}</source>
        <translation>hằng năm, từ năm {year}</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="270"/>
        <source>every year, by the end of quarter {quarter}</source>
        <translation>hằng năm, trước khi hết quý {quarter}</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="272"/>
        <source>every month</source>
        <translation>hằng tháng</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="274"/>
        <source>every quarter</source>
        <translation>hằng quý</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="276"/>
        <source>every year</source>
        <translation>hằng năm</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="277"/>
        <source>Recurring: {what}</source>
        <translation>Định kỳ: {what}</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="279"/>
        <source>Due on {date}</source>
        <translation>Hạn ngày {date}</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="279"/>
        <source>No due date</source>
        <translation>Không có hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/task_panel.py" line="309"/>
        <source>Change deadline</source>
        <translation>Đổi thời hạn</translation>
    </message>
</context>
<context>
    <name>TaskState</name>
    <message>
        <source>Suspended</source>
        <translation>Tạm dừng</translation>
    </message>
    <message>
        <source>Done, late</source>
        <translation>Xong, trễ hạn</translation>
    </message>
    <message>
        <source>Done</source>
        <translation>Xong</translation>
    </message>
    <message>
        <source>Overdue</source>
        <translation>Quá hạn</translation>
    </message>
    <message>
        <source>On time</source>
        <translation>Trong hạn</translation>
    </message>
    <message>
        <source>Not due</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="15"/>
        <source>Not yet due</source>
        <translation>Chưa đến hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="16"/>
        <source>In progress, on time</source>
        <translation>Đang thực hiện trong hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="17"/>
        <source>In progress, overdue</source>
        <translation>Đang thực hiện quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="18"/>
        <source>Done on time</source>
        <translation>Hoàn thành đúng hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="19"/>
        <source>Done late</source>
        <translation>Hoàn thành quá hạn</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="20"/>
        <source>Ongoing</source>
        <translation>Thường xuyên</translation>
    </message>
    <message>
        <location filename="../../app/ui/state_style.py" line="21"/>
        <source>Not done / suspended</source>
        <translation>Không thực hiện / tạm dừng</translation>
    </message>
</context>
<context>
    <name>UndoCommands</name>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="98"/>
        <source>Add item</source>
        <translation>Thêm mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="123"/>
        <source>Edit item</source>
        <translation>Sửa mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="142"/>
        <source>Move item</source>
        <translation>Chuyển mục</translation>
    </message>
    <message>
        <location filename="../../app/ui/undo_commands.py" line="165"/>
        <source>Delete item</source>
        <translation>Xóa mục</translation>
    </message>
    <message>
        <source>Apply report forms ({count} rows)</source>
        <translation>Nhập phiếu báo cáo ({count} dòng)</translation>
    </message>
</context>
<context>
    <name>WindowCommands</name>
    <message>
        <location filename="../../app/ui/window_commands.py"/>
        <source>Approve period report</source>
        <translation>Phê duyệt báo cáo kỳ</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py"/>
        <source>Period {period} approved; its progress is locked.</source>
        <translation>Đã phê duyệt báo cáo {period}; số liệu tiến độ của kỳ đã khóa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py"/>
        <source>Unlock approved period</source>
        <translation>Mở khóa kỳ đã phê duyệt</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py"/>
        <source>Period {period} unlocked.</source>
        <translation>Đã mở khóa {period}.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py"/>
        <source>Period (e.g. Quý III năm {year}, 6 tháng đầu năm {year}, Tháng 8/{year}, Năm {year}):</source>
        <translation>Kỳ báo cáo (ví dụ Quý III năm {year}, 6 tháng đầu năm {year}, Tháng 8/{year}, Năm {year}):</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="72"/>
        <source>New database</source>
        <translation>Cơ sở dữ liệu mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="71"/>
        <location filename="../../app/ui/window_commands.py" line="81"/>
        <location filename="../../app/ui/window_commands.py" line="99"/>
        <location filename="../../app/ui/window_commands.py" line="111"/>
        <source>Databases ({p})</source>
        <translation>Cơ sở dữ liệu ({p})</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="76"/>
        <source>The file already exists; choose Open database instead.</source>
        <translation>Tệp đã có; hãy dùng Mở cơ sở dữ liệu.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="82"/>
        <source>Open database</source>
        <translation>Mở cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="98"/>
        <source>Back up database</source>
        <translation>Sao lưu cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="104"/>
        <source>Backup written to {path}</source>
        <translation>Đã sao lưu vào {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="110"/>
        <location filename="../../app/ui/window_commands.py" line="116"/>
        <source>Restore from backup</source>
        <translation>Khôi phục từ bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="114"/>
        <source>Replace the current data with the backup {path}? The current data is backed up first.</source>
        <translation>Thay dữ liệu hiện tại bằng bản sao lưu {path}? Dữ liệu hiện tại sẽ được sao lưu trước.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="125"/>
        <source>As-of date</source>
        <translation>Ngày tính trạng thái</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="125"/>
        <source>States are computed on (dd/mm/yyyy):</source>
        <translation>Tính tình trạng vào ngày (ngày/tháng/năm):</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="132"/>
        <source>“{text}” is not a date (dd/mm/yyyy).</source>
        <translation>“{text}” không phải là ngày (ngày/tháng/năm).</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="143"/>
        <location filename="../../app/ui/window_commands.py" line="158"/>
        <source>New plan</source>
        <translation>Kế hoạch mới</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="143"/>
        <location filename="../../app/ui/window_commands.py" line="176"/>
        <source>Title of the plan:</source>
        <translation>Trích yếu kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="176"/>
        <location filename="../../app/ui/window_commands.py" line="182"/>
        <source>Plan properties</source>
        <translation>Thông tin kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="197"/>
        <source>Delete the plan “{title}” with all its tasks, progress and targets? This cannot be undone; a backup of the database is made first.</source>
        <translation>Xóa kế hoạch “{title}” cùng toàn bộ nhiệm vụ, tiến độ và chỉ tiêu? Không thể hoàn tác; chương trình sẽ sao lưu cơ sở dữ liệu trước khi xóa.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="199"/>
        <source>Delete plan</source>
        <translation>Xóa kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="214"/>
        <source>Plan deleted; backup at {path}</source>
        <translation>Đã xóa kế hoạch; bản sao lưu ở {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="235"/>
        <source>About</source>
        <translation>Giới thiệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="236"/>
        <source>Theo dõi Kế hoạch {version}
Tracks the tasks of implementation plans and prints the official reports.</source>
        <translation>Theo dõi Kế hoạch {version}
Theo dõi nhiệm vụ của các kế hoạch và in báo cáo theo thể thức văn bản hành chính.</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="98"/>
        <source>Open server database</source>
        <translation>Mở cơ sở dữ liệu trên máy chủ</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="99"/>
        <source>Server database address (postgresql://user@host/database):</source>
        <translation>Địa chỉ cơ sở dữ liệu trên máy chủ (postgresql://người-dùng@máy-chủ/tên-cơ-sở-dữ-liệu):</translation>
    </message>
    <message>
        <location filename="../../app/ui/window_commands.py" line="104"/>
        <source>“{url}” is not a server database address (postgresql://…).</source>
        <translation>“{url}” không phải địa chỉ cơ sở dữ liệu trên máy chủ (postgresql://…).</translation>
    </message>
</context>
<context>
    <name>BackupsDialog</name>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Folder: {path}</source>
        <translation>Thư mục: {path}</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>(none)</source>
        <translation>(không có)</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Folder for automatic backups</source>
        <translation>Thư mục lưu các bản sao lưu tự động</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Daily</source>
        <translation>Hằng ngày</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Before upgrading the database</source>
        <translation>Trước khi nâng cấp cơ sở dữ liệu</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Before restoring a backup</source>
        <translation>Trước khi khôi phục bản sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Before deleting a plan</source>
        <translation>Trước khi xóa kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Before merging agencies</source>
        <translation>Trước khi gộp cơ quan</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Before replacing a plan</source>
        <translation>Trước khi thay thế kế hoạch</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Automatic backups</source>
        <translation>Bản sao lưu tự động</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Taken</source>
        <translation>Thời điểm sao lưu</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Reason</source>
        <translation>Lý do</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Size</source>
        <translation>Dung lượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>Change &amp;folder…</source>
        <translation>Đổi thư &amp;mục…</translation>
    </message>
    <message>
        <location filename="../../app/ui/backups_dialog.py"/>
        <source>&amp;Restore this backup</source>
        <translation>&amp;Khôi phục bản sao lưu này</translation>
    </message>
</context>
<context>
    <name>AuditDialog</name>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>(all)</source>
        <translation>(tất cả)</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Audit trail</source>
        <translation>Nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Plan:</source>
        <translation>Kế hoạch:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Agency:</source>
        <translation>Cơ quan:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>User:</source>
        <translation>Người dùng:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>From:</source>
        <translation>Từ ngày:</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>to</source>
        <translation>đến</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>When</source>
        <translation>Thời điểm</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>User</source>
        <translation>Người dùng</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Action</source>
        <translation>Thao tác</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Record</source>
        <translation>Đối tượng</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Field</source>
        <translation>Trường</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Before</source>
        <translation>Trước</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>After</source>
        <translation>Sau</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Export to &amp;XLSX…</source>
        <translation>Xuất ra &amp;XLSX…</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Dates are written dd/mm/yyyy.</source>
        <translation>Ngày viết dạng ngày/tháng/năm, ví dụ 05/12/2026.</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>{count} changes</source>
        <translation>{count} thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Export audit trail</source>
        <translation>Xuất nhật ký thay đổi</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>Excel workbooks (*.xlsx)</source>
        <translation>Bảng tính Excel (*.xlsx)</translation>
    </message>
    <message>
        <location filename="../../app/ui/audit_dialog.py"/>
        <source>{count} changes written to {path}</source>
        <translation>Đã ghi {count} thay đổi vào {path}</translation>
    </message>
</context>
<context>
    <name>SignInDialog</name>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py"/>
        <source>Sign in</source>
        <translation>Đăng nhập</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py"/>
        <source>Database:</source>
        <translation>Cơ sở dữ liệu:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py"/>
        <source>User name:</source>
        <translation>Tên đăng nhập:</translation>
    </message>
    <message>
        <location filename="../../app/ui/sign_in_dialog.py"/>
        <source>Password:</source>
        <translation>Mật khẩu:</translation>
    </message>
</context>
<context>
    <name>DateField</name>
    <message>
        <source>dd/mm/yyyy</source>
        <translation>ngày/tháng/năm</translation>
    </message>
</context>
<context>
    <name>PlanDialog</name>
    <message>
        <source>Follow reports from (dd/mm/yyyy):</source>
        <translation>Theo dõi báo cáo từ (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>Archived</source>
        <translation>Lưu trữ</translation>
    </message>
    <message>
        <source>Completed</source>
        <translation>Đã hoàn thành</translation>
    </message>
    <message>
        <source>Active</source>
        <translation>Đang thực hiện</translation>
    </message>
    <message>
        <source>Status:</source>
        <translation>Trạng thái:</translation>
    </message>
    <message>
        <source>Recipients (one a line):</source>
        <translation>Nơi nhận (mỗi nơi một dòng):</translation>
    </message>
    <message>
        <source>Signer:</source>
        <translation>Người ký:</translation>
    </message>
    <message>
        <source>Signer's title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signing authority:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>Issued on (dd/mm/yyyy):</source>
        <translation>Ngày ban hành (ngày/tháng/năm):</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>Issuer:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Title (trích yếu):</source>
        <translation>Trích yếu:</translation>
    </message>
    <message>
        <source>Document type:</source>
        <translation>Loại văn bản:</translation>
    </message>
    <message>
        <source>Number:</source>
        <translation>Số ký hiệu:</translation>
    </message>
    <message>
        <source>Plan properties</source>
        <translation>Thuộc tính kế hoạch</translation>
    </message>
</context>
<context>
    <name>DailyTreePage</name>
    <message>
        <source>A&amp;gency:</source>
        <translation>Cơ &amp;quan:</translation>
    </message>
    <message>
        <source>S&amp;tate:</source>
        <translation>Tình t&amp;rạng:</translation>
    </message>
    <message>
        <source>(every agency)</source>
        <translation>(mọi cơ quan)</translation>
    </message>
    <message>
        <source>(every state)</source>
        <translation>(mọi tình trạng)</translation>
    </message>
    <message>
        <source>Due in {period}</source>
        <translation>Đến hạn trong {period}</translation>
    </message>
    <message>
        <source>Overdue on {date}</source>
        <translation>Quá hạn ngày {date}</translation>
    </message>
    <message>
        <source>Tasks</source>
        <translation>Nhiệm vụ</translation>
    </message>
    <message>
        <source>{count} tasks</source>
        <translation>{count} nhiệm vụ</translation>
    </message>
</context>
<context>
    <name>OfficePage</name>
    <message>
        <source>Type the name of the issuing body (or press Skip to set it up later).</source>
        <translation>Hãy nhập tên cơ quan ban hành (hoặc bấm Bỏ qua để thiết lập sau).</translation>
    </message>
    <message>
        <source>Your office</source>
        <translation>Cơ quan của bạn</translation>
    </message>
    <message>
        <source>Printed on every report and letter. You can change it later in Reports → Issuing office.</source>
        <translation>In trên mọi báo cáo và công văn. Có thể sửa sau ở Báo cáo → Thông tin cơ quan ban hành.</translation>
    </message>
    <message>
        <source>Issuing body:</source>
        <translation>Cơ quan ban hành:</translation>
    </message>
    <message>
        <source>Parent body:</source>
        <translation>Cơ quan chủ quản:</translation>
    </message>
    <message>
        <source>Signing authority:</source>
        <translation>Thẩm quyền ký:</translation>
    </message>
    <message>
        <source>On behalf of:</source>
        <translation>Thay mặt/ký thay cho:</translation>
    </message>
    <message>
        <source>Signer&apos;s title:</source>
        <translation>Chức vụ người ký:</translation>
    </message>
    <message>
        <source>Signer&apos;s name:</source>
        <translation>Họ tên người ký:</translation>
    </message>
    <message>
        <source>Place:</source>
        <translation>Địa danh:</translation>
    </message>
    <message>
        <source>Recipients of reports (one per line):</source>
        <translation>Nơi nhận báo cáo (mỗi dòng một nơi):</translation>
    </message>
    <message>
        <source>Recipients of reminder letters:</source>
        <translation>Nơi nhận công văn đôn đốc:</translation>
    </message>
    <message>
        <source>(none)</source>
        <translation>(không)</translation>
    </message>
    <message>
        <source>e.g. Sở Nội vụ</source>
        <translation>ví dụ: Sở Nội vụ</translation>
    </message>
    <message>
        <source>e.g. UBND Thành phố Hà Nội</source>
        <translation>ví dụ: UBND Thành phố Hà Nội</translation>
    </message>
    <message>
        <source>e.g. Ủy ban nhân dân (after TM)</source>
        <translation>ví dụ: Ủy ban nhân dân (sau TM.)</translation>
    </message>
    <message>
        <source>Format:</source>
        <translation>Thể thức văn bản:</translation>
    </message>
    <message>
        <source>e.g. Đảng bộ tỉnh Quảng Ninh</source>
        <translation>ví dụ: Đảng bộ tỉnh Quảng Ninh</translation>
    </message>
    <message>
        <source>e.g. Ban Thường vụ (after T/M)</source>
        <translation>ví dụ: Ban Thường vụ (sau T/M)</translation>
    </message>
</context>
<context>
    <name>AgenciesPage</name>
    <message>
        <source>Agency list</source>
        <translation>Danh sách cơ quan</translation>
    </message>
    <message>
        <source>Agency lists (*.xlsx *.ods *.csv *.txt);;All files (*)</source>
        <translation>Danh sách cơ quan (*.xlsx *.ods *.csv *.txt);;Mọi tệp (*)</translation>
    </message>
    <message>
        <source>Nothing typed: the agencies can also be added later.</source>
        <translation>Chưa có dòng nào: có thể thêm cơ quan sau.</translation>
    </message>
    <message>
        <source>{agencies} agencies and {groups} groups will be added (names already in the directory are kept).</source>
        <translation>Sẽ thêm {agencies} cơ quan và {groups} nhóm (tên đã có trong danh bạ được giữ nguyên).</translation>
    </message>
    <message>
        <source>Agencies</source>
        <translation>Cơ quan, đơn vị</translation>
    </message>
    <message>
        <source>The agencies that carry out the plans and report to you.</source>
        <translation>Các cơ quan thực hiện kế hoạch và báo cáo với bạn.</translation>
    </message>
    <message>
        <source>One agency a line: name; kind; parent (kind and parent may be left out). Kinds: Sở, Ban, Ngành, UBND quận huyện, Phường xã, Đảng, Đoàn thể, Trung ương, Nhóm. A parent that is a group makes the agency one of its members.</source>
        <translation>Mỗi dòng một cơ quan: tên; loại; cấp trên (loại và cấp trên có thể bỏ trống). Loại: Sở, Ban, Ngành, UBND quận huyện, Phường xã, Đảng, Đoàn thể, Trung ương, Nhóm. Cấp trên là một nhóm thì cơ quan là thành viên của nhóm đó.</translation>
    </message>
    <message>
        <source>Read from a &amp;file…</source>
        <translation>Đọ&amp;c từ tệp…</translation>
    </message>
</context>
<context>
    <name>GroupsPage</name>
    <message>
        <source>{name} ({count} members)</source>
        <translation>{name} ({count} thành viên)</translation>
    </message>
    <message>
        <source>No members yet: a task assigned to this group has nobody to report.</source>
        <translation>Chưa có thành viên: nhiệm vụ giao cho nhóm này chưa có cơ quan nào báo cáo.</translation>
    </message>
    <message>
        <source>Groups of agencies</source>
        <translation>Nhóm cơ quan</translation>
    </message>
    <message>
        <source>A plan may assign a task to a group (“{group}”): every member then reports on it.</source>
        <translation>Kế hoạch có thể giao việc cho một nhóm (“{group}”): mọi thành viên của nhóm đều phải báo cáo.</translation>
    </message>
    <message>
        <source>No group yet. A group is a line “name; Nhóm” on the previous page, or is added later in Agencies → Groups.</source>
        <translation>Chưa có nhóm nào. Nhóm là một dòng “tên; Nhóm” ở trang trước, hoặc thêm sau ở Cơ quan, đơn vị → Nhóm cơ quan.</translation>
    </message>
    <message>
        <source>Choose a group on the left, tick its members on the right. Groups marked {mark} have no member yet.</source>
        <translation>Chọn nhóm bên trái, đánh dấu thành viên bên phải. Nhóm có dấu {mark} chưa có thành viên.</translation>
    </message>
</context>
<context>
    <name>DonePage</name>
    <message>
        <source>Office profile: complete.</source>
        <translation>Thông tin cơ quan: đầy đủ.</translation>
    </message>
    <message>
        <source>Office profile still lacks: {gaps}.</source>
        <translation>Thông tin cơ quan còn thiếu: {gaps}.</translation>
    </message>
    <message>
        <source>{count} agencies in the directory.</source>
        <translation>Danh bạ có {count} cơ quan.</translation>
    </message>
    <message>
        <source>Groups without members ({mark} in the tree and the task panel): {names}.</source>
        <translation>Nhóm chưa có thành viên (dấu {mark} trong cây và khung nhiệm vụ): {names}.</translation>
    </message>
    <message>
        <source>Next: import a plan (Plan → Import plan document, Ctrl+I). Press F1 for the guide.</source>
        <translation>Việc tiếp theo: nhập một kế hoạch (Kế hoạch → Nhập văn bản kế hoạch, Ctrl+I). Nhấn F1 để xem hướng dẫn.</translation>
    </message>
    <message>
        <source>Ready</source>
        <translation>Hoàn tất</translation>
    </message>
    <message>
        <source>This assistant stays in the Help menu.</source>
        <translation>Trợ lý này vẫn có trong menu Trợ giúp.</translation>
    </message>
</context>
<context>
    <name>FirstRunWizard</name>
    <message>
        <source>First-run assistant</source>
        <translation>Trợ lý thiết lập ban đầu</translation>
    </message>
    <message>
        <source>Skip</source>
        <translation>Bỏ qua</translation>
    </message>
</context>
<context>
    <name>HelpWindow</name>
    <message>
        <source>User guide — Theo dõi Kế hoạch</source>
        <translation>Hướng dẫn sử dụng — Theo dõi Kế hoạch</translation>
    </message>
</context>
<context>
    <name>GroupMarks</name>
    <message>
        <source>{mark} The group “{names}” has no members yet: nobody reports on this task. Add them in Tools → Agencies → Groups.</source>
        <translation>{mark} Nhóm “{names}” chưa có thành viên: chưa có cơ quan nào báo cáo nhiệm vụ này. Thêm thành viên ở Công cụ → Cơ quan, đơn vị → Nhóm cơ quan.</translation>
    </message>
</context>
<context>
    <name>ReviewMarks</name>
    <message>
        <source>No content: type the task (F2), or delete the row (Del)</source>
        <translation>Chưa có nội dung: gõ nội dung nhiệm vụ (F2), hoặc xóa dòng (Del)</translation>
    </message>
    <message>
        <source>✗ {m}: not an agency name — storing drops it; type the agency (F2)</source>
        <translation>✗ {m}: không phải tên cơ quan — khi lưu sẽ bỏ đi; gõ tên cơ quan (F2)</translation>
    </message>
    <message>
        <source>Not an agency name, dropped when storing: {names}</source>
        <translation>Không phải tên cơ quan, khi lưu sẽ bỏ đi: {names}</translation>
    </message>
    <message>
        <source>✗ {m}: not in the directory — storing adds it as a proposed agency; right-click to add it or to make it another name of a listed agency</source>
        <translation>✗ {m}: chưa có trong danh bạ — khi lưu sẽ thêm thành cơ quan đề xuất; bấm chuột phải để thêm ngay hoặc ghi là tên khác của một cơ quan đã có</translation>
    </message>
    <message>
        <source>✗ {m}: proposed by an earlier import, never confirmed in the directory — right-click to add it, or to merge it into the listed agency it names</source>
        <translation>✗ {m}: cơ quan đề xuất từ lần nhập trước, chưa được xác nhận trong danh bạ — bấm chuột phải để thêm vào danh bạ, hoặc gộp vào cơ quan đã có mà tên này chỉ</translation>
    </message>
    <message>
        <source>✗ {m}: not in the directory — storing adds it as a group with no members</source>
        <translation>✗ {m}: chưa có trong danh bạ — khi lưu sẽ thêm thành nhóm chưa có thành viên</translation>
    </message>
    <message>
        <source>⚠ {m}: group “{name}” has no member agencies yet</source>
        <translation>⚠ {m}: nhóm “{name}” chưa có cơ quan thành viên</translation>
    </message>
    <message>
        <source>✓ {m} = {name}</source>
        <translation>✓ {m} = {name}</translation>
    </message>
    <message>
        <source>not understood</source>
        <translation>chưa hiểu</translation>
    </message>
    <message>
        <source>No lead agency</source>
        <translation>Chưa có cơ quan chủ trì</translation>
    </message>
    <message>
        <source>Deadline not understood: {text} — type how often it recurs (F2), e.g. hằng quý or trước ngày 15 hằng tháng</source>
        <translation>Chưa hiểu thời hạn: {text} — gõ lại nhịp lặp lại (F2), ví dụ hằng quý hoặc trước ngày 15 hằng tháng</translation>
    </message>
    <message>
        <source>Deadline not understood: {text} — type it as a date, quarter or year (F2), e.g. 30/6/2026 or Quý III/2026</source>
        <translation>Chưa hiểu thời hạn: {text} — gõ lại thành ngày, quý hoặc năm (F2), ví dụ 30/6/2026 hoặc Quý III/2026</translation>
    </message>
    <message>
        <source>No deadline: type it (F2) if the document gives one, else accept the row (Ctrl+Enter)</source>
        <translation>Chưa có thời hạn: gõ vào (F2) nếu văn bản có nêu, không thì xác nhận dòng (Ctrl+Enter)</translation>
    </message>
</context>
<context>
    <name>LockWait</name>
    <message>
        <source>The database is in use by another program: waiting for it (at most a few seconds)…</source>
        <translation>Cơ sở dữ liệu đang được chương trình khác dùng: đang chờ (tối đa vài giây)…</translation>
    </message>
</context>
<context>
    <name>StatusLine</name>
    <message>
        <source>clerk</source>
        <translation>chuyên viên theo dõi</translation>
    </message>
    <message>
        <source>staff</source>
        <translation>cán bộ nhập tiến độ</translation>
    </message>
    <message>
        <source>leader</source>
        <translation>lãnh đạo</translation>
    </message>
    <message>
        <source>Database: {path}</source>
        <translation>Cơ sở dữ liệu: {path}</translation>
    </message>
    <message>
        <source>As of: {date}</source>
        <translation>Tính đến: {date}</translation>
    </message>
    <message>
        <source>User: {name}</source>
        <translation>Người dùng: {name}</translation>
    </message>
</context>
<context>
    <name>UndoWording</name>
    <message>
        <source>Undone: {what}</source>
        <translation>Đã hoàn tác: {what}</translation>
    </message>
    <message>
        <source>Redone: {what}</source>
        <translation>Đã làm lại: {what}</translation>
    </message>
</context>
<context>
    <name>PlanLoader</name>
    <message>
        <source>Loading plans…</source>
        <translation>Đang tải danh sách kế hoạch…</translation>
    </message>
    <message>
        <source>The plans could not be loaded.</source>
        <translation>Không tải được danh sách kế hoạch.</translation>
    </message>
</context>
<context>
    <name>QAbstractFileIconProvider</name>
    <message>
        <source>Folder</source>
        <translation>Thư mục</translation>
    </message>
    <message>
        <source>Drive</source>
        <translation>Ổ đĩa</translation>
    </message>
    <message>
        <source>File</source>
        <translation>Tệp</translation>
    </message>
    <message>
        <source>%1 File</source>
        <translation>Tệp %1</translation>
    </message>
    <message>
        <source>Shortcut</source>
        <translation>Lối tắt</translation>
    </message>
    <message>
        <source>Alias</source>
        <translation>Bí danh</translation>
    </message>
</context>
<context>
    <name>ProposedNames</name>
    <message>
        <source>{agency} — not in the directory</source>
        <translation>{agency} — chưa có trong danh bạ</translation>
    </message>
    <message>
        <source>Add “{name}” to the directory</source>
        <translation>Thêm “{name}” vào danh bạ</translation>
    </message>
    <message>
        <source>“{name}” is another name of…</source>
        <translation>“{name}” là tên khác của cơ quan…</translation>
    </message>
    <message>
        <source>Another name</source>
        <translation>Tên khác</translation>
    </message>
    <message>
        <source>The agency in the directory that “{name}” names:</source>
        <translation>“{name}” là tên khác của cơ quan nào trong danh bạ? (gõ tên hoặc một phần tên)</translation>
    </message>
    <message>
        <source>Merge “{name}” into “{keep}”? Its tasks and reports move to “{keep}” and “{name}” is kept as another name of it. The database is backed up first; this cannot be undone.</source>
        <translation>Gộp “{name}” vào “{keep}”? Các nhiệm vụ và báo cáo chuyển sang “{keep}”, “{name}” được giữ làm tên khác của cơ quan này. Cơ sở dữ liệu được sao lưu trước; việc gộp không hoàn tác được.</translation>
    </message>
</context>
<context>
    <name>FollowField</name>
    <message>
        <source>Periods that ended before this day are not counted as missing reports in the register and the reports. Empty: from the issue date.</source>
        <translation>Các kỳ kết thúc trước ngày này không bị tính là chưa báo cáo trong sổ theo dõi và trong báo cáo. Để trống: tính từ ngày ban hành.</translation>
    </message>
</context>
<context>
    <name>UnconfirmedWarning</name>
    <message>
        <source>{names} and {more} more</source>
        <translation>{names} và {more} tên khác</translation>
    </message>
    <message>
        <source>{count} names the plan gives are not in the agency directory: {names}. Until they are confirmed, the report does not count them among the agencies that must report, and no reminder letter goes to them. To confirm a name: in the reporting register, right-click it (or press the menu key) and add it to the directory, or say which agency it names.</source>
        <translation>{count} tên cơ quan, tổ chức trong kế hoạch chưa có trong danh bạ: {names}. Khi chưa được xác nhận, báo cáo không tính các tên này vào số cơ quan, đơn vị phải báo cáo và không gửi công văn đôn đốc cho họ. Để xác nhận: trong Sổ theo dõi báo cáo, bấm chuột phải (hoặc phím menu) vào tên đó rồi thêm vào danh bạ, hoặc cho biết đó là cơ quan nào.</translation>
    </message>
    <message>
        <source>Names not in the directory</source>
        <translation>Tên chưa có trong danh bạ</translation>
    </message>
    <message>
        <source>Open the reporting register now? (No: go on without them.)</source>
        <translation>Mở Sổ theo dõi báo cáo ngay bây giờ? (Không: vẫn tiếp tục, không tính các tên này.)</translation>
    </message>
</context>
</TS>
