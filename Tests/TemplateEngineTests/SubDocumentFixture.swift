import Foundation
import TemplateEngine
import TestSupport
import ZipArchive

/// Sub-documents for the tests, made by Paperwork itself: a numbered list (directly and through a
/// paragraph style the template lacks), a table, a QR-code picture and Russian text; and templates
/// that insert them (`subdoc("приложение.docx")`) between a numbered list of their own.
enum SubDocumentFixture {
    typealias L = ListFixture
    typealias F = DocumentFixture

    /// The appendix, in the format of `format` (`docx`, `odt`).
    static func appendix(_ format: String) throws -> [UInt8] {
        let template: [UInt8]
        if format == "docx" {
            let table =
                "<w:tbl><w:tblGrid><w:gridCol w:w=\"3000\"/><w:gridCol w:w=\"3000\"/></w:tblGrid><w:tr><w:tc>"
                + F.p("Школа") + "</w:tc><w:tc>" + F.p("Баллы") + "</w:tc></w:tr><w:tr><w:tc>" + F.p("СОШ № 7")
                + "</w:tc><w:tc>" + F.p("42") + "</w:tc></w:tr></w:tbl>"
            let body =
                F.p("Приложение «А» к приказу") + L.item("первый пункт приложения") + L.item("второй пункт приложения")
                + L.styledItem("пункт по стилю") + table + F.p("{{ qr(\"https://example.ru/приложение\") }}")
                + "<w:p><w:bookmarkStart w:id=\"0\" w:name=\"сайт\"/><w:hyperlink r:id=\"rIdLink\"><w:r><w:t>сайт управления</w:t>"
                + "</w:r></w:hyperlink><w:bookmarkEnd w:id=\"0\"/><w:r><w:footnoteReference w:id=\"1\"/></w:r></w:p>"
                + "<w:sectPr><w:pgSz w:w=\"16838\" w:h=\"11906\" w:orient=\"landscape\"/></w:sectPr>"
            // The appendix's list style has a name the template's styles do not have.
            let link =
                "<Relationship Id=\"rIdLink\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
                + "relationships/hyperlink\" Target=\"https://example.ru/\" TargetMode=\"External\"/></Relationships>"
            var package = try L.docx(body: body)
            package = try PackageEdit.replacing(
                "ListNumber", with: "AppendixList", in: "word/document.xml", of: package)
            package = try PackageEdit.replacing("ListNumber", with: "AppendixList", in: "word/styles.xml", of: package)
            template = try PackageEdit.replacing(
                "</Relationships>", with: link, in: "word/_rels/document.xml.rels", of: package)
        } else {
            let table =
                "<table:table table:name=\"Баллы\"><table:table-column table:number-columns-repeated=\"2\"/>"
                + "<table:table-row><table:table-cell>\(F.tp("Школа"))</table:table-cell><table:table-cell>"
                + "\(F.tp("Баллы"))</table:table-cell></table:table-row><table:table-row><table:table-cell>"
                + "\(F.tp("СОШ № 7"))</table:table-cell><table:table-cell>\(F.tp("42"))</table:table-cell>"
                + "</table:table-row></table:table>"
            let body =
                F.tp("Приложение «А» к приказу")
                + L.odtList(L.odtItem("первый пункт приложения"), L.odtItem("второй пункт приложения")) + table
                + F.tp("{{ qr(\"https://example.ru/приложение\") }}")
            template = try L.odt(body: body)
        }
        return try Template(bytes: template, label: "приложение.\(format)").render(
            .object([]), options: .init(typography: nil))
    }

    /// A template with a numbered list of its own around `tag` (`{{p subdoc("приложение.docx") }}`).
    static func template(_ format: String, tag: String) throws -> [UInt8] {
        format == "docx"
            ? try L.docx(body: F.p("Приказ № 12") + L.item("пункт приказа") + F.p(tag) + L.item("ещё пункт приказа"))
            : try L.odt(
                body: F.tp("Приказ № 12") + L.odtList(L.odtItem("пункт приказа")) + F.tp(tag)
                    + L.odtList(L.odtItem("ещё пункт приказа")))
    }

    /// Files served from memory by name.
    static func files(_ files: [String: [UInt8]]) -> AttachedFiles {
        AttachedFiles { name, maximumBytes in
            guard let bytes = files[name] else { throw FilterFailure("файла «\(name)» нет рядом с файлом данных") }
            guard bytes.count <= maximumBytes else { throw FilterFailure("файл «\(name)» слишком велик") }
            return bytes
        }
    }

    /// Renders the template of `format` with the appendix (or `files`) attached.
    static func render(_ format: String, tag: String? = nil, files: [String: [UInt8]]? = nil) throws -> [UInt8] {
        let template = try Self.template(format, tag: tag ?? "{{p subdoc(\"приложение.\(format)\") }}")
        let attached = try files ?? ["приложение.\(format)": try appendix(format)]
        return try Template(bytes: template, label: "приказ.\(format)").render(
            .object([]), options: .init(typography: nil, files: Self.files(attached)))
    }

    /// The problems rendering the DOCX template with `files` meets.
    static func problems(tag: String, files: [String: [UInt8]], format: String = "docx") throws -> [TemplateProblem] {
        do {
            _ = try render(format, tag: tag, files: files)
            return []
        } catch let error as TemplateError {
            return error.problems
        }
    }

    /// A DOCX whose body part is `xml` as it is (hostile ones included).
    static func docx(documentXML xml: [UInt8]) throws -> [UInt8] {
        let base = try F.docx(body: F.p("x"))
        let reader = try ZipReader(bytes: base, label: "fixture")
        let writer = try ZipWriter(label: "fixture")
        for entry in reader.entries {
            if entry.name == "word/document.xml" {
                try writer.add(entry.name, bytes: xml)
            } else {
                try writer.copy(entry, from: reader)
            }
        }
        return try writer.finish()
    }
}
