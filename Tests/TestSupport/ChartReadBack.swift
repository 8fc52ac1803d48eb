import Foundation
import Tables
import XMLTree
import ZipArchive

/// The data of one native chart, read back from a rendered package the way Word or LibreOffice
/// would find it: what tests compare with what the template was given.
public struct ChartReadBack: Equatable, CustomStringConvertible {
    /// The chart's part (`word/charts/chart1.xml`) or object folder (`Object 1`).
    public let part: String
    public let title: String
    public let labels: [String]
    public let values: [Double]
    /// The colours of the points that have their own (DOCX `c:dPt`, ODT `chart:data-point` styles), by index.
    public let colours: [Int: String]

    public var description: String { "\(part) «\(title)»: \(zip(labels, values).map { "\($0)=\($1)" })" }

    static let chartNamespace = "http://schemas.openxmlformats.org/drawingml/2006/chart"
    static let drawingML = "http://schemas.openxmlformats.org/drawingml/2006/main"
    static let officeRelationships = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    static let relationships = "http://schemas.openxmlformats.org/package/2006/relationships"

    /// What a DOCX chart holds twice: its caches, and the workbook «Изменить данные» opens.
    public struct DOCX {
        /// The chart as its caches in the chart part hold it.
        public let cached: ChartReadBack
        /// The cells the series refers to (`Sheet1!$A$2:$A$4`, `Sheet1!$B$2:$B$4`).
        public let formulas: [String]
        /// The embedded workbook's part and its first sheet, row by row.
        public let workbook: String
        public let sheet: [[String]]
    }

    /// Every chart of a rendered DOCX, in the order the body shows them.
    public static func docx(_ package: [UInt8]) throws -> [DOCX] {
        let zip = try ZipReader(bytes: package, label: "результат.docx")
        let body = try XMLDocument(bytes: try zip.read("word/document.xml"), part: "word/document.xml")
        let targets = try relationshipTargets(zip, of: "word/document.xml")
        return try body.root.descendants("chart", in: chartNamespace).map { reference in
            let id = reference.attribute("id", in: officeRelationships) ?? ""
            let part = try relationshipTarget(targets[id], id)
            let chart = try XMLDocument(bytes: try zip.read(part), part: part).root
            let categories = chart.descendants("cat", in: chartNamespace).flatMap {
                $0.descendants("v", in: chartNamespace).map(\.text)
            }
            let values = chart.descendants("val", in: chartNamespace).flatMap {
                $0.descendants("v", in: chartNamespace).compactMap { Double($0.text) }
            }
            var colours: [Int: String] = [:]
            for point in chart.descendants("dPt", in: chartNamespace) {
                let index = point.element("idx", in: chartNamespace)?.attribute("val").flatMap(Int.init) ?? -1
                colours[index] = point.descendants("srgbClr", in: drawingML).first?.attribute("val")
            }
            let title = chart.descendants("title", in: chartNamespace).first.map {
                $0.descendants("t", in: drawingML).map(\.text).joined()
            }
            let formulas = chart.descendants("f", in: chartNamespace).map(\.text)
            let external = chart.element("externalData", in: chartNamespace)?.attribute("id", in: officeRelationships)
            let workbook = try relationshipTarget(
                try relationshipTargets(zip, of: part)[external ?? ""], external ?? "")
            let table = try XLSXReader.read(bytes: try zip.read(workbook), file: workbook)
            return DOCX(
                cached: ChartReadBack(
                    part: part, title: title ?? "", labels: categories, values: values, colours: colours),
                formulas: formulas, workbook: workbook, sheet: table.rows.map(\.cells))
        }
    }

    /// Every chart object of a rendered ODT, in the order the body shows them: its own data table.
    public static func odt(_ package: [UInt8]) throws -> [ChartReadBack] {
        let zip = try ZipReader(bytes: package, label: "результат.odt")
        let body = try XMLDocument(bytes: try zip.read("content.xml"), part: "content.xml")
        let draw = "urn:oasis:names:tc:opendocument:xmlns:drawing:1.0"
        let table = "urn:oasis:names:tc:opendocument:xmlns:table:1.0"
        let chartNS = "urn:oasis:names:tc:opendocument:xmlns:chart:1.0"
        let style = "urn:oasis:names:tc:opendocument:xmlns:style:1.0"
        let office = "urn:oasis:names:tc:opendocument:xmlns:office:1.0"
        let text = "urn:oasis:names:tc:opendocument:xmlns:text:1.0"
        return try body.root.descendants("object", in: draw).map { object in
            let href = object.attribute("href", in: "http://www.w3.org/1999/xlink") ?? ""
            let folder = href.hasPrefix("./") ? String(href.dropFirst(2)) : href
            let part = folder + "/content.xml"
            let content = try XMLDocument(bytes: try zip.read(part), part: part).root
            let rows = content.descendants("table-rows", in: table).flatMap { $0.elements("table-row", in: table) }
            var labels: [String] = []
            var values: [Double] = []
            for row in rows {
                let cells = row.elements("table-cell", in: table)
                labels.append(cells.first?.descendants("p", in: text).map(\.text).joined() ?? "")
                values.append(cells.dropFirst().first?.attribute("value", in: office).flatMap(Double.init) ?? .nan)
            }
            var fills: [String: String] = [:]
            for node in content.descendants("style", in: style) {
                if let name = node.attribute("name", in: style),
                    let fill = node.element("graphic-properties", in: style)?.attribute("fill-color", in: draw)
                {
                    fills[name] = String(fill.dropFirst()).uppercased()
                }
            }
            var colours: [Int: String] = [:]
            for (index, point) in content.descendants("data-point", in: chartNS).enumerated() {
                if let name = point.attribute("style-name", in: chartNS) { colours[index] = fills[name] }
            }
            let title = content.descendants("title", in: chartNS).first?.descendants("p", in: text).map(\.text)
                .joined()
            return ChartReadBack(part: folder, title: title ?? "", labels: labels, values: values, colours: colours)
        }
    }

    /// The targets of `part`'s relationships by id, as package paths.
    static func relationshipTargets(_ zip: ZipReader, of part: String) throws -> [String: String] {
        let folder = (part as NSString).deletingLastPathComponent
        let name = (part as NSString).lastPathComponent
        let rels = folder + "/_rels/" + name + ".rels"
        guard zip.contains(rels) else { return [:] }
        let root = try XMLDocument(bytes: try zip.read(rels), part: rels).root
        var targets: [String: String] = [:]
        for node in root.elements("Relationship", in: relationships) {
            guard let id = node.attribute("Id"), let target = node.attribute("Target") else { continue }
            let path = target.hasPrefix("/") ? String(target.dropFirst()) : folder + "/" + target
            targets[id] = URL(fileURLWithPath: "/" + path).standardized.path.dropFirst().description
        }
        return targets
    }
}

/// A relationship id that names no part.
public struct MissingRelationship: Error, CustomStringConvertible {
    public let id: String
    public var description: String { "нет связи «\(id)»" }
}

private func relationshipTarget(_ target: String?, _ id: String) throws -> String {
    guard let target else { throw MissingRelationship(id: id) }
    return target
}
