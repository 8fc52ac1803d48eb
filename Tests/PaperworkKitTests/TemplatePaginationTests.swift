import Foundation
import OfficePackage
import TestSupport
import Testing
import XMLTree

@testable import PaperworkKit

/// From the packages of every shipped template: widow and orphan control on, the styles that must
/// keep with the next paragraph do, table rows never split, one date style set.
@Suite struct TemplatePaginationTests {
    static let templates = ["order", "order-landscape", "report", "letter", "rating"]
    /// Styles that must stay with what follows: requisites, titles, headings, the last paragraph
    /// before a signature.
    static let keepWithNext = [
        "Title", "Heading", "AppendixMark", "AppendixTitle", "ItemLast", "BodyLast", "DeadlineLast",
    ]

    @Test(arguments: templates)
    func docx(_ name: String) throws {
        let document = try OfficeDocument(path: Paths.templates("\(name).docx"))
        let styles = try document.xml("word/styles.xml").root
        let defaults = try #require(styles.descendants("pPrDefault", in: NS.w).first)
        let widow = try #require(defaults.descendants("widowControl", in: NS.w).first, "widowControl не задан")
        #expect(widow.attribute("val", in: NS.w).map { $0 != "false" && $0 != "0" } ?? true)
        let body = try document.xml("word/document.xml").root
        let used = Set(body.descendants("pStyle", in: NS.w).compactMap { $0.attribute("val", in: NS.w) })
        for style in styles.descendants("style", in: NS.w)
        where used.contains(style.attribute("styleId", in: NS.w) ?? "") {
            let off = style.descendants("widowControl", in: NS.w).first?.attribute("val", in: NS.w)
            #expect(
                off != "false" && off != "0",
                "\(name).docx: стиль \(style.attribute("styleId", in: NS.w) ?? "") без контроля висячих строк")
        }
        for id in Self.keepWithNext where used.contains(id) {
            let style = styles.descendants("style", in: NS.w).first { $0.attribute("styleId", in: NS.w) == id }
            #expect(style?.descendants("keepNext", in: NS.w).isEmpty == false, "\(name).docx: \(id) без keepNext")
        }
        for row in body.descendants("tr", in: NS.w) {
            #expect(!row.descendants("cantSplit", in: NS.w).isEmpty, "\(name).docx: строка таблицы может разорваться")
        }
        // The text 20 mm from the top; the page number's header inside that margin, 10 mm from the edge.
        for section in body.descendants("sectPr", in: NS.w) {
            let margins = try #require(section.element("pgMar", in: NS.w))
            #expect(margins.attribute("top", in: NS.w) == "1134", "\(name).docx: верхнее поле не 20 мм")
            if section.element("headerReference", in: NS.w) != nil {
                #expect(margins.attribute("header", in: NS.w) == "567", "\(name).docx: колонтитул не в поле")
            }
        }
        #expect(TemplateSettingsCheck.dates(document) == "numeric")
    }

    @Test(arguments: templates)
    func odt(_ name: String) throws {
        let document = try OfficeDocument(path: Paths.templates("\(name).odt"))
        let styles = try document.xml("styles.xml").root
        let defaults = try #require(
            styles.descendants("default-style", in: NS.style).first {
                $0.attribute("family", in: NS.style) == "paragraph"
            })
        let paragraph = try #require(defaults.element("paragraph-properties", in: NS.style))
        #expect(Int(paragraph.attribute("widows", in: NS.fo) ?? "0") ?? 0 >= 2)
        #expect(Int(paragraph.attribute("orphans", in: NS.fo) ?? "0") ?? 0 >= 2)
        let content = try document.xml("content.xml").root
        let used = Set(content.descendants("p", in: NS.text).compactMap { $0.attribute("style-name", in: NS.text) })
        for id in Self.keepWithNext where used.contains(id) {
            let style = styles.descendants("style", in: NS.style).first { $0.attribute("name", in: NS.style) == id }
            let keep = style?.element("paragraph-properties", in: NS.style)?.attribute("keep-with-next", in: NS.fo)
            #expect(keep == "always", "\(name).odt: \(id) без keep-with-next")
        }
        let rowStyles = content.descendants("style", in: NS.style).filter {
            $0.attribute("family", in: NS.style) == "table-row"
        }
        for row in content.descendants("table-row", in: NS.table) {
            let style = rowStyles.first {
                $0.attribute("name", in: NS.style) == row.attribute("style-name", in: NS.table)
            }
            let keep = style?.element("table-row-properties", in: NS.style)?.attribute("keep-together", in: NS.fo)
            #expect(keep == "always", "\(name).odt: строка таблицы может разорваться")
        }
        #expect(TemplateSettingsCheck.dates(document) == "numeric")
    }
}

/// The date style a template sets, as the engine reads it.
enum TemplateSettingsCheck {
    static func dates(_ document: OfficeDocument) -> String? {
        TemplateSettings(document).dates?.rawValue
    }
}
