import TemplateEngine
import TestSupport
import Testing
import ZipArchive

/// The two formats every feature of the docxtpl dialect is tested in, with tiny documents built
/// from paragraph texts and table rows.
enum Format: String, CaseIterable, CustomTestStringConvertible, Sendable {
    case docx, odt

    var testDescription: String { rawValue }

    /// A document whose body holds `blocks` (from ``paragraph(_:)`` and ``table(_:)``); with
    /// `jinjaValues` its properties set `paperwork.values` = `jinja`.
    func document(_ blocks: [String], jinjaValues: Bool = false) throws -> [UInt8] {
        let body = blocks.joined()
        let bytes = self == .docx ? try DocumentFixture.docx(body: body) : try DocumentFixture.odt(body: body)
        return jinjaValues ? try withJinjaValues(bytes) : bytes
    }

    /// A document of paragraphs with `texts`.
    func document(paragraphs texts: String..., jinjaValues: Bool = false) throws -> [UInt8] {
        try document(texts.map(paragraph), jinjaValues: jinjaValues)
    }

    func paragraph(_ text: String) -> String {
        self == .docx ? DocumentFixture.p(text) : DocumentFixture.tp(text)
    }

    /// A paragraph of several runs (DOCX) or spans (ODT), one per text.
    func paragraph(runs: [String]) -> String {
        self == .docx
            ? "<w:p>" + runs.map { "<w:r><w:t xml:space=\"preserve\">\($0)</w:t></w:r>" }.joined() + "</w:p>"
            : "<text:p>" + runs.map { "<text:span>\($0)</text:span>" }.joined() + "</text:p>"
    }

    /// A table; each row a list of cells, each cell a list of paragraph texts.
    func table(_ rows: [[[String]]]) -> String {
        let (table, row, cell) =
            self == .docx ? ("w:tbl", "w:tr", "w:tc") : ("table:table", "table:table-row", "table:table-cell")
        let inner = rows.map { cells in
            "<\(row)>" + cells.map { "<\(cell)>" + $0.map(paragraph).joined() + "</\(cell)>" }.joined() + "</\(row)>"
        }
        let columns =
            self == .odt
            ? "<table:table-column table:number-columns-repeated=\"\(rows.map(\.count).max() ?? 1)\"/>" : ""
        return "<\(table)>" + columns + inner.joined() + "</\(table)>"
    }

    /// `package` with its document properties saying `paperwork.values` = `jinja`.
    private func withJinjaValues(_ package: [UInt8]) throws -> [UInt8] {
        let reader = try ZipReader(bytes: package, label: "fixture")
        let writer = try ZipWriter(label: "fixture")
        for item in reader.entries { try writer.copy(item, from: reader) }
        if self == .docx {
            try writer.add(
                "docProps/custom.xml",
                bytes: Array(
                    """
                    <?xml version="1.0" encoding="UTF-8"?><Properties xmlns="http://schemas.openxmlformats.org/officeDocument/2006/custom-properties" xmlns:vt="http://schemas.openxmlformats.org/officeDocument/2006/docPropsVTypes"><property fmtid="{D5CDD505-2E9C-101B-9397-08002B2CF9AE}" pid="2" name="paperwork.values"><vt:lpwstr>jinja</vt:lpwstr></property></Properties>
                    """.utf8))
        } else {
            try writer.add(
                "meta.xml",
                bytes: Array(
                    """
                    <?xml version="1.0" encoding="UTF-8"?><office:document-meta xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" xmlns:meta="urn:oasis:names:tc:opendocument:xmlns:meta:1.0" office:version="1.3"><office:meta><meta:user-defined meta:name="paperwork.values">jinja</meta:user-defined></office:meta></office:document-meta>
                    """.utf8))
        }
        return try writer.finish()
    }
}
