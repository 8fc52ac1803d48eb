import Diagnostics
import Documents
import Foundation
import Orders
import RussianText
import TemplateEngine

/// Reads an order from YAML: checks the requisites, resolves people by reference in the cases
/// their verbs need, builds the appendices. Every problem is reported with its YAML line and position.
public enum OrderLoader {
    typealias Fields = YAMLFields<DocumentCode>

    /// Reads an order.
    /// - Parameters:
    ///   - input: the file's name (for messages) and its bytes, from disk or an upload.
    ///   - files: where the rating appendices' methodology and results files are read from.
    ///   - values: values the texts may use besides the file's own (the batch gives the department's
    ///     `period`); the file's `values:` win.
    ///   - registering: the register gives the number and the date: the file need not (a number
    ///     or date it gives is read, and replaced by the register's).
    /// - Throws: a ``DiagnosticReport`` with every problem at its YAML line and position (codes of
    ///   ``DocumentCode``), broken or hostile YAML included.
    public static func load(
        _ input: NamedBytes, files: any FileSource, values: OrderedFields = OrderedFields(), registering: Bool = false
    ) throws -> Order {
        let root = try YAMLValue.root(of: input, what: "файл приказа")
        return try parse(root, file: input.name, files: files, values: values, registering: registering)
    }

    /// Reads the order file at `path`; relative paths in it are taken from its folder.
    /// - Throws: a ``DiagnosticReport`` with every problem, or the file's `file_unreadable` / `file_too_large`.
    public static func load(path: String) throws -> Order {
        let input = try NamedBytes.reading(path)
        return try load(input, files: FolderSource(besides: path))
    }

    static func parse(
        _ root: YAMLValue, file: String, files: any FileSource, values: OrderedFields = OrderedFields(),
        registering: Bool = false
    ) throws -> Order {
        var reader = Fields(file: file)
        func text(_ key: String, required: Bool = true) -> String? {
            guard let field = root[key], let value = field.string, !value.trimmingCharacters(in: .whitespaces).isEmpty
            else {
                if let field = root[key], !field.isNull, field.scalar == nil {
                    reader.problem(
                        .badField, "реквизит «\(key)» должен быть текстом, а здесь \(field.kindName)", at: field)
                } else if required {
                    reader.problem(
                        .missingField, "не указан реквизит «\(key)» (\(Self.names[key] ?? key))", at: root[key] ?? root)
                }
                return nil
            }
            return value
        }
        let issuer: [String]
        if let line = root["issuer"]?.string {
            issuer = line.components(separatedBy: "\n")
        } else if root["issuer"]?.items != nil {
            issuer = reader.strings(root, "issuer")
        } else {
            reader.problem(
                .missingField, "не указан реквизит «issuer» (наименование организации)", at: root["issuer"] ?? root)
            issuer = []
        }
        let issuerName = OfficeNameReader.read(root, reader: &reader)
        let initials = InitialsReader.read(root, reader: &reader)
        let number = text("number", required: !registering) ?? (registering ? "" : nil)
        let title = text("title")
        // While registering, a date the file lacks stands in until the register's replaces it.
        var date: RussianDate? = registering ? RussianDate.of() : nil
        if let dateText = text("date", required: !registering) {
            date = RussianDate(parsing: dateText)
            if date == nil {
                reader.problem(
                    .invalidDate, "«\(dateText)» — не дата; пишите ГГГГ-ММ-ДД, например 2023-11-08", at: root["date"])
            }
        }
        let dateStyle = Order.DateStyle(rawValue: text("date_style", required: false) ?? "numeric")
        if dateStyle == nil {
            reader.problem(.badField, "date_style: numeric, numeric_year или long", at: root["date_style"])
        }

        let people = Self.people(root["people"], reader: &reader)
        var data = people.data
        for key in values.keys where data[key] == nil { data[key] = values[key] }
        // `period` (`{{ period.in }}`): the department's in a batch, or the order file's own.
        if let period = PeriodReader.read(root["period"], reader: &reader) {
            if let given = data["period"], given != period.templateValue {
                reader.problem(
                    .badField, "period приказа не совпадает с period файла отдела; оставьте один — в файле отдела",
                    at: root["period"] ?? root)
            }
            data["period"] = period.templateValue
        }
        for pair in reader.mapping(root, "values") { data[pair.name] = pair.value.templateValue }
        var appendices: [Appendix] = []
        for node in reader.sequence(root, "appendices") {
            if let built = AppendixLoader.appendix(node, files: files, data: &data, reader: &reader) {
                appendices.append(built)
            }
        }
        let items = OrderItemReader.items(root["items"], context: .object(data), reader: &reader)
        let preamble = root["preamble"].flatMap { node -> String? in
            guard !node.isNull, node.string?.isEmpty != true else { return nil }
            return OrderItemReader.fill(node, place: "преамбула", context: .object(data), reader: &reader)
        }
        if root["items"] == nil { reader.problem(.missingField, "нет ни одного пункта приказа (items)", at: root) }

        let signature = Self.signature(root["signatory"], people: people.persons, root: root, reader: &reader)
        var acknowledgement: [Person] = []
        for key in reader.sequence(root, "acknowledgement") {
            if let person = key.string.flatMap({ people.persons[$0] }) {
                acknowledgement.append(person)
            } else {
                reader.problem(.unknownPerson, "«\(key.string ?? "")» не найден среди людей (people)", at: key)
            }
        }
        let executor = root["executor"].map { executor -> String in
            let name = executor["name"]?.string ?? executor.string ?? ""
            let phone = executor["phone"]?.string
            return "Исп.: " + name + (phone.map { ", тел. \($0)" } ?? "")
        }
        guard reader.problems.isEmpty, let date, let dateStyle, let number, let title else {
            throw DiagnosticReport(reader.problems)
        }
        var order = Order(
            issuer: issuer, issuerName: issuerName,
            kind: text("kind", required: false) ?? "ПРИКАЗ", date: date, dateStyle: dateStyle, number: number,
            place: text("place", required: false) ?? "", placeBetween: root["place_position"]?.string == "between",
            title: title, preamble: preamble ?? "",
            command: text("command", required: false) ?? "ПРИКАЗЫВАЮ:", items: items,
            signatureTitle: signature.title, signatureName: signature.name, executor: executor,
            acknowledgement: acknowledgement, appendices: appendices,
            landscapeAppendices: Self.landscape(root["appendix_orientation"]?.string, appendices))
        order.initials = initials
        order.qrCode = root["qr_code"].map { YAMLFlag.read($0, reader: &reader) } ?? false
        if let field = root["emblem"] {
            do {
                order.emblem = try EmblemReader.read(field.string ?? "", files: files, at: field.location)
            } catch let problem as Diagnostic {
                reader.add([problem])
            }
        }
        guard reader.problems.isEmpty else { throw DiagnosticReport(reader.problems) }
        return order
    }

    private static func landscape(_ asked: String?, _ appendices: [Appendix]) -> Bool {
        if let asked { return asked == "landscape" }
        return appendices.contains { appendix in
            if case .plan(let plan) = appendix.content { return plan.columns.count == 5 }
            return false
        }
    }

    static let names = ["number": "регистрационный номер", "title": "заголовок к тексту", "date": "дата документа"]

    private static func people(_ node: YAMLValue?, reader: inout Fields) -> (
        persons: [String: Person], data: OrderedFields
    ) {
        var persons: [String: Person] = [:]
        var data = OrderedFields()
        guard let node else { return (persons, data) }
        guard let pairs = node.pairs else {
            reader.problem(.badField, "people: перечислите людей полями «ключ: {surname: …, first_name: …}»", at: node)
            return (persons, data)
        }
        for pair in pairs {
            let value = pair.value.templateValue
            guard let person = Person(value) else {
                reader.problem(
                    .badField, "«\(pair.name)»: укажите surname, first_name, patronymic и title", at: pair.value)
                continue
            }
            persons[pair.name] = person
            data[pair.name] = value
        }
        return (persons, data)
    }

    private static func signature(
        _ node: YAMLValue?, people: [String: Person], root: YAMLValue,
        reader: inout Fields
    ) -> (title: String, name: String) {
        guard let signatory = node else {
            reader.problem(.missingField, "не указан подписывающий (signatory)", at: root)
            return ("", "")
        }
        let reference = signatory["person"] ?? signatory
        let key = reference.string ?? ""
        guard let person = people[key] else {
            reader.problem(.unknownPerson, "подписывающий «\(key)» не найден среди людей (people)", at: reference)
            return ("", "")
        }
        let title = signatory["title"]?.string ?? person.title?.capitalizedFirstLetter ?? ""
        return (title, person.name.map { $0.initials + "\u{A0}" + $0.surname } ?? "")
    }
}
