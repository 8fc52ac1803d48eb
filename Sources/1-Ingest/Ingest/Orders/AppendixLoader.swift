import Diagnostics
import Documents
import Foundation
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine

/// Reads an order's appendices: plans of measures and ratings computed by a methodology.
enum AppendixLoader {
    typealias Fields = YAMLFields<DocumentCode>

    static func appendix(_ node: YAMLValue, files: any FileSource, data: inout OrderedFields, reader: inout Fields)
        -> Appendix?
    {
        let markText = node["mark"]?.string ?? "appendix"
        guard let mark = Appendix.Mark(rawValue: markText) else {
            reader.problem(
                .badField, "mark: appendix (приложение) или approved (утверждён), а не «\(markText)»", at: node["mark"])
            return nil
        }
        let title = node["title"]?.string ?? ""
        switch node["kind"]?.string ?? "plan" {
        case "plan":
            return plan(node, reader: &reader).map { Appendix(mark: mark, title: title, content: .plan($0)) }
        case "rating":
            return rating(node, files: files, data: &data, reader: &reader)
                .map { Appendix(mark: mark, title: title, content: $0) }
        default:
            reader.problem(.badField, "вид приложения (kind): plan или rating", at: node["kind"])
            return nil
        }
    }

    private static func plan(_ node: YAMLValue, reader: inout Fields) -> Plan? {
        let numbering = Plan.Numbering(rawValue: node["numbering"]?.string ?? "roman")
        if numbering == nil { reader.problem(.badField, "numbering: roman или decimal", at: node["numbering"]) }
        var columns: [Plan.Column] = [.number, .activity, .due, .responsible]
        if node["columns"] != nil {
            let names = reader.strings(node, "columns")
            columns = names.compactMap(Plan.Column.init(rawValue:))
            if columns.count != names.count || !(4...5).contains(columns.count) {
                reader.problem(
                    .badField, "columns: 4 или 5 столбцов из number, activity, result, due, responsible",
                    at: node["columns"])
            }
        }
        var headers: [Plan.Column: String] = [
            .number: "№ п/п", .activity: "Мероприятия", .result: "Ожидаемый результат",
            .due: "Сроки", .responsible: "Ответственные",
        ]
        for pair in reader.mapping(node, "headers") {
            guard let column = Plan.Column(rawValue: pair.name) else {
                reader.problem(.badField, "headers: «\(pair.name)» — нет такого столбца", at: pair.key)
                continue
            }
            headers[column] = pair.value.string ?? ""
        }
        let itemColumns = columns.filter { $0 != .number }
        guard node["sections"] != nil else {
            reader.problem(.missingField, "в плане нет разделов (sections)", at: node)
            return nil
        }
        var sections: [PlanSection] = []
        for section in reader.list(node, "sections") {
            var items: [[Plan.Column: String]] = []
            for (row, item) in reader.sequence(section, "items").enumerated() {
                if let cells = item.items, cells.count == itemColumns.count {
                    items.append(Dictionary(uniqueKeysWithValues: zip(itemColumns, cells.map { $0.string ?? "" })))
                } else if item.pairs != nil {
                    items.append(
                        Dictionary(uniqueKeysWithValues: itemColumns.map { ($0, item[$0.rawValue]?.string ?? "") }))
                } else {
                    reader.problem(
                        .badField,
                        "мероприятие \(row + 1): нужно \(itemColumns.count) значения ("
                            + itemColumns.map(\.rawValue).joined(separator: ", ") + ")", at: item)
                }
            }
            sections.append(PlanSection(title: section["title"]?.string ?? "", items: items))
        }
        return numbering.map { Plan(numbering: $0, columns: columns, headers: headers, sections: sections) }
    }

    /// A rating appendix: the methodology and results files are scored now, and the levels are
    /// offered to the order's items as `levels.<id>.names`, `.count`, `.share`.
    private static func rating(
        _ node: YAMLValue, files: any FileSource, data: inout OrderedFields,
        reader: inout Fields
    ) -> Appendix.Content? {
        guard let methodology = node["methodology"]?.string, let results = node["results"]?.string else {
            reader.problem(.missingField, "для рейтинга укажите methodology и results", at: node)
            return nil
        }
        let inputs: (methodology: NamedBytes, results: NamedBytes)
        do {
            inputs = (try files.read(methodology), try files.read(results))
        } catch {
            for found in Diagnostic.from(error) {
                reader.problem(.badField, "файл рейтинга не читается: \(found.description)", at: node)
            }
            return nil
        }
        let rating: Rating
        do {
            rating = try Scoring.rating(methodology: inputs.methodology, results: inputs.results)
        } catch {
            // The methodology's and the results' own problems, at their files, rows and lines.
            reader.add(Diagnostic.from(error))
            return nil
        }
        // The same values as the справка's texts read: one template text prints the same in both.
        data["levels"] = Statistics(rating: rating).levels
        data["schools_count"] = .number(Double(rating.schools.count))
        let headers = ["Место", "Образовательная организация", "Баллы", "Уровень"]
        let rows = rating.schools.map {
            [String($0.place), $0.school.name, RussianNumber.compact($0.total), $0.level.name]
        }
        return .table(headers: headers, rows: rows)
    }
}
