from app.domain.doc_kinds import kind_name
from app.importers.extract.header import DOC_TYPES, doc_type_of


def test_every_kind_the_importer_reads_has_the_name_reports_cite_it_by() -> None:
    for word, code in DOC_TYPES:
        assert kind_name(code).upper() == word


def test_a_party_conclusion_is_cited_as_such_and_an_unknown_code_as_a_document() -> None:
    assert kind_name(doc_type_of("12-KL/TU", None)) == "Kết luận"
    assert kind_name(doc_type_of("03-TT/TU", None)) == "Thông tri"
    assert kind_name("XYZ") == kind_name(None) == "Văn bản"


def test_the_kind_chosen_by_its_name_or_typed_as_a_code_is_stored_as_the_code() -> None:
    from app.domain.doc_kinds import kind_code

    assert kind_code("Kế hoạch") == kind_code(" kế  hoạch ") == kind_code("KH") == "KH"
    assert kind_code("Thông tri") == "TT"
    assert kind_code("CĐ") == "CĐ"  # a code the table does not know survives as typed
    assert kind_code("  ") is None
