import Documents
import Foundation
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine

/// Reads an order's appendices: plans of measures and ratings computed by a methodology.
enum AppendixLoader {
    static func appendix(_ value: TemplateValue, path: String, folder: URL, data: inout OrderedFields,
                         reader: inout DocumentReader) -> Appendix? {
        let mark = Appendix.Mark(rawValue: value["mark"]?.text ?? "appendix") ?? .appendix
        let title = value["title"]?.text ?? ""
        switch value["kind"]?.text ?? "plan" {
        case "plan":
            return plan(value, path: path, reader: &reader).map { Appendix(mark: mark, title: title, content: .plan($0)) }
        case "rating":
            return rating(value, path: path, folder: folder, data: &data, reader: &reader)
                .map { Appendix(mark: mark, title: title, content: $0) }
        default:
            reader.problem(.badField, "вид приложения (kind): plan или rating", at: path + ".kind")
            return nil
        }
    }

    private static func plan(_ value: TemplateValue, path: String, reader: inout DocumentReader) -> Plan? {
        let numbering = Plan.Numbering(rawValue: value["numbering"]?.text ?? "roman")
        if numbering == nil { reader.problem(.badField, "numbering: roman или decimal", at: path + ".numbering") }
        var columns: [Plan.Column] = [.number, .activity, .due, .responsible]
        if case .list(let names)? = value["columns"] {
            columns = names.compactMap { Plan.Column(rawValue: $0.text) }
            if columns.count != names.count || !(4...5).contains(columns.count) {
                reader.problem(.badField, "columns: 4 или 5 столбцов из number, activity, result, due, responsible",
                               at: path + ".columns")
            }
        }
        var headers: [Plan.Column: String] = [.number: "№ п/п", .activity: "Мероприятия", .result: "Ожидаемый результат",
                                              .due: "Сроки", .responsible: "Ответственные"]
        if case .object(let given)? = value["headers"] {
            for key in given.keys { if let column = Plan.Column(rawValue: key) { headers[column] = given[key]?.text } }
        }
        let itemColumns = columns.filter { $0 != .number }
        var sections: [PlanSection] = []
        guard case .list(let list)? = value["sections"] else {
            reader.problem(.missingField, "в плане нет разделов (sections)", at: path)
            return nil
        }
        for (index, section) in list.enumerated() {
            var items: [[Plan.Column: String]] = []
            if case .list(let rows)? = section["items"] {
                for (row, item) in rows.enumerated() {
                    switch item {
                    case .list(let cells) where cells.count == itemColumns.count:
                        items.append(Dictionary(uniqueKeysWithValues: zip(itemColumns, cells.map(\.text))))
                    case .object:
                        items.append(Dictionary(uniqueKeysWithValues: itemColumns.map { ($0, item[$0.rawValue]?.text ?? "") }))
                    default:
                        reader.problem(.badField, "мероприятие \(row + 1): нужно \(itemColumns.count) значения (" +
                                       itemColumns.map(\.rawValue).joined(separator: ", ") + ")",
                                       at: "\(path).sections[\(index)].items[\(row)]")
                    }
                }
            }
            sections.append(PlanSection(title: section["title"]?.text ?? "", items: items))
        }
        return numbering.map { Plan(numbering: $0, columns: columns, headers: headers, sections: sections) }
    }

    /// A rating appendix: the methodology and results files are scored now, and the levels are
    /// offered to the order's items as the справка's texts have them (``Statistics/levels``):
    /// `levels.<id>.names`, `.count`, `.share`.
    private static func rating(_ value: TemplateValue, path: String, folder: URL, data: inout OrderedFields,
                               reader: inout DocumentReader) -> Appendix.Content? {
        guard let methodology = value["methodology"]?.text, let results = value["results"]?.text else {
            reader.problem(.missingField, "для рейтинга укажите methodology и results", at: path)
            return nil
        }
        func resolve(_ file: String) -> String { file.hasPrefix("/") ? file : folder.appendingPathComponent(file).path }
        let rating: Rating
        do {
            rating = try Scoring.rating(methodology: resolve(methodology), results: resolve(results))
        } catch {
            reader.problem(.badField, "рейтинг не построен: \(error)", at: path)
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
