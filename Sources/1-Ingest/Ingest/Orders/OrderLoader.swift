import Documents
import Foundation
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine

/// Reads an order from YAML: checks the requisites, resolves people by reference in the cases
/// their verbs need, builds the appendices. Every problem is reported with its YAML line.
public enum OrderLoader {
    /// Reads the order file at `path`.
    /// - Throws: ``DocumentError`` listing every problem; ``DataError`` for broken YAML.
    public static func load(path: String) throws -> Order {
        let (value, lines) = try DataFile.loadLocatedYAML(path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        return try parse(value, lines: lines, file: (path as NSString).lastPathComponent, folder: folder)
    }

    static func parse(_ value: TemplateValue, lines: [String: Int], file: String, folder: URL) throws -> Order {
        var reader = DocumentReader(lines: lines, file: file)
        func text(_ key: String, required: Bool = true) -> String? {
            guard let field = value[key], field != .null, !field.text.trimmingCharacters(in: .whitespaces).isEmpty else {
                if required { reader.problem(.missingField, "не указан реквизит «\(key)» (\(Self.names[key] ?? key))", at: key) }
                return nil
            }
            return field.text
        }
        let issuer: [String]
        switch value["issuer"] {
        case .list(let lines)?: issuer = lines.map(\.text)
        case .string(let line)?: issuer = line.components(separatedBy: "\n")
        default:
            reader.problem(.missingField, "не указан реквизит «issuer» (наименование организации)", at: "issuer")
            issuer = []
        }
        let number = text("number")
        let title = text("title")
        var date: RussianDate?
        if let dateText = text("date") {
            date = RussianDate(parsing: dateText)
            if date == nil {
                reader.problem(.invalidDate, "«\(dateText)» — не дата; пишите ГГГГ-ММ-ДД, например 2023-11-08", at: "date")
            }
        }
        let dateStyle = Order.DateStyle(rawValue: text("date_style", required: false) ?? "numeric")
        if dateStyle == nil { reader.problem(.badField, "date_style: numeric, numeric_year или long", at: "date_style") }

        let people = Self.people(value["people"], reader: &reader)
        var data = people.data
        if case .object(let extra)? = value["values"] { for key in extra.keys { data[key] = extra[key] } }
        var appendices: [Appendix] = []
        if case .list(let list)? = value["appendices"] {
            for (index, appendix) in list.enumerated() {
                if let built = AppendixLoader.appendix(appendix, path: "appendices[\(index)]", folder: folder, data: &data,
                                                       reader: &reader) {
                    appendices.append(built)
                }
            }
        }
        let context = TemplateValue.object(data)
        let items = Self.items(value["items"], path: "items", context: context, reader: &reader)
        if items.isEmpty && value["items"] == nil { reader.problem(.missingField, "нет ни одного пункта приказа (items)", at: "items") }

        var signatureTitle = "", signatureName = ""
        if let signatory = value["signatory"] {
            let key = signatory["person"]?.text ?? signatory.text
            if let person = people.persons[key] {
                signatureTitle = signatory["title"]?.text ?? person.title?.capitalizedFirstLetter ?? ""
                signatureName = person.name.map { $0.initials + "\u{A0}" + $0.surname } ?? ""
            } else {
                reader.problem(.unknownPerson, "подписывающий «\(key)» не найден среди людей (people)", at: "signatory")
            }
        } else {
            reader.problem(.missingField, "не указан подписывающий (signatory)", at: "signatory")
        }
        var acknowledgement: [Person] = []
        if case .list(let keys)? = value["acknowledgement"] {
            for (index, key) in keys.enumerated() {
                if let person = people.persons[key.text] { acknowledgement.append(person) }
                else { reader.problem(.unknownPerson, "«\(key.text)» не найден среди людей (people)", at: "acknowledgement[\(index)]") }
            }
        }
        let executor = value["executor"].map { executor -> String in
            let name = executor["name"]?.text ?? executor.text
            let phone = executor["phone"]?.text
            return "Исп.: " + name + (phone.map { ", тел. \($0)" } ?? "")
        }
        guard reader.problems.isEmpty, let date, let dateStyle, let number, let title else {
            throw DocumentError(problems: reader.problems)
        }
        return Order(issuer: issuer, issuerGenitive: text("issuer_genitive", required: false) ?? "", kind: text("kind", required: false) ?? "ПРИКАЗ",
                     date: date, dateStyle: dateStyle, number: number, place: text("place", required: false) ?? "",
                     placeBetween: value["place_position"]?.text == "between", title: title,
                     preamble: text("preamble", required: false) ?? "", command: text("command", required: false) ?? "ПРИКАЗЫВАЮ:",
                     items: items, signatureTitle: signatureTitle, signatureName: signatureName, executor: executor,
                     acknowledgement: acknowledgement, appendices: appendices,
                     landscapeAppendices: Self.landscape(value["appendix_orientation"]?.text, appendices))
    }

    private static func landscape(_ asked: String?, _ appendices: [Appendix]) -> Bool {
        if let asked { return asked == "landscape" }
        return appendices.contains { appendix in
            if case .plan(let plan) = appendix.content { return plan.columns.count == 5 }
            return false
        }
    }

    static let names = ["number": "регистрационный номер", "title": "заголовок к тексту", "date": "дата документа"]


    private static func people(_ value: TemplateValue?, reader: inout DocumentReader)
        -> (persons: [String: Person], data: OrderedFields) {
        var persons: [String: Person] = [:]
        var data = OrderedFields()
        guard case .object(let fields)? = value else { return (persons, data) }
        for key in fields.keys {
            guard let field = fields[key], let person = Person(field) else {
                reader.problem(.badField, "«\(key)»: укажите surname, first_name, patronymic и title", at: "people.\(key)")
                continue
            }
            persons[key] = person
            data[key] = field
        }
        return (persons, data)
    }

    private static func items(_ value: TemplateValue?, path: String, context: TemplateValue,
                              reader: inout DocumentReader) -> [OrderItem] {
        guard case .list(let list)? = value else { return [] }
        return list.enumerated().compactMap { index, item in
            let itemPath = "\(path)[\(index)]"
            let raw = item["text"]?.text ?? item.text
            let text: String
            do {
                text = try InlineTemplate(raw, filters: Filters.all).render(context, filters: Filters.all)
            } catch let failure as FilterFailure {
                let code: DocumentProblem.Code = failure.message.contains("нет значения") ? .unknownPerson : .badText
                reader.problem(code, "пункт \(index + 1): \(failure.message)", at: item["text"] == nil ? itemPath : itemPath + ".text")
                return nil
            } catch {
                return nil
            }
            return OrderItem(text: text, items: items(item["items"], path: itemPath + ".items", context: context, reader: &reader))
        }
    }
}
