"""Word lists for agency mentions: the head nouns that open one, the verbs that end one.

Kept apart from the `mention_*` modules so the rules there stay readable; extend these lists when a new
kind of body or predicate turns up in a plan.
"""
from __future__ import annotations

# Head nouns that open an agency or group mention (lowercase, longest first when matching).
HEADS = sorted({
    "sở", "ban", "ủy ban", "uỷ ban", "ubnd", "hđnd", "ub", "hội đồng nhân dân", "ủy ban nhân dân",
    # a standing council (`Hội đồng Thi đua - Khen thưởng tỉnh`, `Hội đồng phối hợp phổ biến, giáo dục pháp luật`)
    "hội đồng",
    "văn phòng", "công an", "bộ", "cục", "chi cục", "tổng cục", "đảng ủy", "đảng uỷ", "đảng đoàn",
    "thành ủy", "tỉnh ủy", "huyện ủy", "quận ủy", "thị ủy", "cấp ủy", "cấp uỷ", "chi ủy", "chi bộ",
    # the Party's military commission (`Quân ủy Trung ương`), over the army's Party committees
    "quân ủy", "quân uỷ",
    "đảng bộ", "chi, đảng bộ", "tổ chức thành viên", "hiệu trưởng",
    # party cells, teams and people named by their post (`Tổ đảng ở ...`, `Tổ giúp việc`, `Trưởng thôn`)
    "tổ đảng", "tổ trưởng", "tổ", "trưởng", "chuyên viên", "cán bộ phụ trách", "công chức phụ trách",
    # the head of a mass organisation's branch in a village (`Chi hội trưởng các đoàn thể`, `Chi hội trưởng Phụ nữ`)
    "chi hội trưởng",
    "mặt trận", "mttq", "hội", "liên đoàn", "đoàn thanh niên", "đoàn", "trường", "viện", "báo", "đài",
    "trung tâm", "thanh tra", "kho bạc", "ngân hàng", "bảo hiểm xã hội", "cơ quan", "đơn vị",
    "tổ chức chính trị", "tổ chức đảng", "tổ chức hội", "tổ chức hành chính", "thường trực",
    "thủ trưởng", "giám đốc", "chủ tịch", "phó chủ tịch", "bí thư", "người đứng đầu",
    "lãnh đạo", "ủy viên", "ngành", "địa phương", "tòa án", "toà án", "viện kiểm sát", "bộ chỉ huy",
    "ban chỉ đạo", "ban chỉ huy", "ban cán sự đảng", "ban thường vụ", "đoàn thể", "lực lượng",
    "tổng công ty", "công ty", "tập đoàn", "học viện", "đại học", "bệnh viện", "cảng vụ", "chi nhánh",
    "ubmttq", "liên minh", "quân khu", "bộ tư lệnh", "hải quan", "cục thuế", "chi cục thuế",
    "đài phát thanh", "các sở", "các ban", "các cơ quan", "các đơn vị", "quận", "huyện", "tỉnh",
    "thành phố", "xã", "phường", "thị xã", "đặc khu", "tổ công tác", "vụ", "tạp chí", "nhà xuất bản", "ban quản lý",
    "ban xây dựng đảng", "các vụ", "phòng", "các phòng", "hội liên hiệp", "liên hiệp", "ủy ban mttq",
    "bchqs", "bộ chỉ huy quân sự", "viễn thông", "bưu điện", "điện lực", "cảnh sát", "bộ đội biên phòng",
    "đoàn luật sư", "quỹ", "hợp tác xã", "thường trực hđnd", "tổng liên đoàn",
    "tỉnh đoàn", "thành đoàn", "huyện đoàn", "quận đoàn", "thị đoàn", "thông tấn xã", "cổng thông tin",
    "chánh văn phòng", "chánh thanh tra", "chánh án", "trưởng ban", "phó trưởng ban", "chỉ huy trưởng",
    "cục trưởng", "vụ trưởng", "tổng cục trưởng", "trưởng phòng", "tổng giám đốc", "viện trưởng", "phó giám đốc",
    "ngân hàng nhà nước", "hiệp hội", "cơ sở đào tạo",
    # organisations that are not state bodies but are given duties by plans: businesses, establishments
    "doanh nghiệp", "cơ sở", "chủ cơ sở", "tổ hợp tác", "nhà đầu tư",
    # the owner of an investment project (`Các chủ đầu tư dự án`, `Chủ đầu tư hạ tầng khu công nghiệp`)
    "chủ đầu tư",
    # office holders who head a body's apparatus
    "tổng thư ký", "chính phủ", "bộ trưởng",
    # the secretary a meeting or a body names (`phối hợp với Thư ký hội nghị hoàn thiện biên bản`)
    "thư ký",
    # the local authorities as a whole
    "chính quyền",
    # the local broadcasting and information network plans give propaganda duties to (`hệ thống truyền thanh cơ sở`)
    "hệ thống truyền thanh", "hệ thống đài truyền thanh", "hệ thống truyền thông", "hệ thống thông tin cơ sở",
    # offices renamed in the 2025 reorganisation (`Thuế tỉnh X`, `Thống kê tỉnh X`)
    "thuế tỉnh", "thuế thành phố", "thuế cơ sở", "thống kê tỉnh", "thống kê thành phố",
    # posts of the Party, the State and their committees that plans give duties to
    "chủ nhiệm", "thứ trưởng", "cấp ủy viên", "cấp uỷ viên", "tư lệnh", "chính ủy", "chính uỷ", "thành viên",
}, key=len, reverse=True)

# Posts a person holds (lowercase): `Phó <post>` is the deputy of the same post, a head too
# (`Phó Bí thư Thường trực Huyện ủy`, `Phó Chủ nhiệm Ủy ban Kiểm tra`), and `phụ trách <what>` after a
# post says which holder is meant (`Phó Chủ tịch UBND tỉnh phụ trách khối văn xã`), not a predicate.
POSTS = ("chủ tịch", "bí thư", "giám đốc", "thủ trưởng", "trưởng", "chủ nhiệm", "chánh", "tổng giám đốc",
         "hiệu trưởng", "viện trưởng", "cục trưởng", "vụ trưởng", "tổng cục trưởng", "bộ trưởng", "thứ trưởng",
         "chỉ huy trưởng", "tư lệnh", "chính ủy", "chính uỷ", "tổng thư ký", "ủy viên", "uỷ viên", "cấp ủy viên",
         "cấp uỷ viên", "thư ký", "người đứng đầu", "lãnh đạo", "tổ trưởng", "chuyên viên", "cán bộ phụ trách",
         "công chức phụ trách", "thường trực", "thành viên", "chi hội trưởng")

# Words that open a predicate: the agency phrase before them is the actor.
VERBS = sorted({
    "tham mưu", "khẩn trương", "rà soát", "chủ trì", "phối hợp", "chủ động", "tăng cường", "thực hiện",
    "triển khai", "xây dựng", "nêu cao", "có trách nhiệm", "có văn bản", "làm đầu mối", "là cơ quan",
    "là đầu mối", "thường xuyên", "trên cơ sở", "căn cứ", "nghiên cứu", "hướng dẫn", "theo dõi",
    "kiểm tra", "đôn đốc", "tổng hợp", "báo cáo", "chỉ đạo", "ban hành", "lãnh đạo", "quán triệt",
    "tuyên truyền", "đẩy mạnh", "nâng cao", "tập trung", "tiếp tục", "chịu trách nhiệm", "định kỳ",
    "hằng năm", "hàng năm", "hằng tháng", "hàng tháng", "hằng quý", "hàng quý", "phải", "cần",
    "đánh giá", "bố trí", "sắp xếp", "kịp thời", "gửi", "thành lập", "xem xét", "quyết định", "trình",
    "phê duyệt", "đề xuất", "cụ thể hóa", "cụ thể hoá", "phản ánh", "giám sát", "sửa đổi", "bổ sung",
    "hoàn thiện", "hoàn thành", "cập nhật", "thống kê", "đăng ký", "tiếp nhận", "giải quyết", "xử lý",
    "phổ biến", "phát huy", "bảo đảm", "đảm bảo", "ưu tiên", "thẩm định", "cung cấp", "thông báo",
    "thu thập", "soạn thảo", "công bố", "tiến hành", "tạo", "duy trì", "phân công", "yêu cầu",
    "đề nghị", "giao", "sẽ", "cùng", "với", "để", "nhằm", "theo", "trong", "về", "tại", "khi", "nếu",
    "đối với", "bằng", "mà", "do", "tổ chức", "quản lý", "đổi mới", "rà", "làm", "là", "tích cực",
    "nghiêm túc", "có", "đã", "đang", "vận động", "tuyên", "ứng dụng", "đầu tư", "chuẩn bị", "kiện toàn",
    "trực tiếp", "thẩm tra", "chỉ", "hỗ trợ", "đảm nhận", "cử", "mở", "đề ra", "nắm", "tổng kết", "sơ kết",
    "đấu tranh", "ngăn chặn", "phòng ngừa", "bảo vệ", "chăm lo", "cải thiện", "phát động", "thúc đẩy",
    "khuyến khích", "khắc phục", "kiểm soát", "giáo dục", "huy động", "lồng ghép", "chi trả", "xác định",
    "thống nhất", "tập huấn", "bồi dưỡng", "đào tạo", "biểu dương", "khen thưởng", "công khai", "niêm yết",
    "số hóa", "kết nối", "tích hợp", "chia sẻ", "vận hành", "nâng cấp", "mua sắm", "lựa chọn", "tuyển dụng",
    "sử dụng", "điều hành", "tham gia", "đóng góp", "góp ý", "phản biện", "kiến nghị", "tiếp thu", "hoàn chỉnh",
    "bám sát", "phân bổ", "cân đối", "quan tâm", "chú trọng", "coi trọng", "thu hồi", "củng cố", "giải thể",
    "sáp nhập", "hợp nhất", "chuyển đổi", "áp dụng", "nhân rộng", "ký kết", "vận dụng", "quyết toán",
    "phục vụ", "hướng tới", "tiến tới", "đưa", "gắn", "tăng", "giảm", "phát hiện", "xem",
    "nghiêm", "kiên quyết", "đề cao", "tăng cuờng", "được", "cần thiết", "trình bày", "lấy ý kiến",
    "đẩy nhanh", "hoàn tất", "phấn đấu", "khảo sát", "điều phối", "điều tra",
    "triệu tập", "giúp", "thể chế hóa", "thể chế hoá", "xác minh", "trao đổi", "lập danh sách", "lập kế hoạch",
    "lập hồ sơ", "họp", "dựng", "chuyển", "đăng tải", "liên hệ",
}, key=len, reverse=True)
