import Diagnostics
import Documents
import Foundation
import Orders
import RussianText
import TemplateEngine

extension Department {
    /// Reads a department's settings (реквизиты отдела образования) for `paperwork batch`.
    /// Each text field's place is kept in ``Department/locations`` (`report.intro`, …), and the
    /// справка's texts that are filled with the monitoring's figures (``Department/templateFields``)
    /// are checked now: a tag not closed or an unknown filter is a problem of this file.
    /// - Parameters:
    ///   - input: the file's name (for messages) and its bytes, from disk or an upload.
    /// - Throws: a ``DiagnosticReport`` with every problem at its YAML line and position (codes of
    ///   ``DocumentCode``), broken or hostile YAML included.
    public static func load(_ input: NamedBytes) throws -> Department {
        let root = try YAMLValue.root(of: input, what: "файл отдела образования")
        var reader = YAMLFields<DocumentCode>(file: input.name)
        var locations: [String: SourceLocation] = [:]
        func text(_ key: String, in section: String? = nil, required: Bool = true) -> String? {
            let container: YAMLValue? = section.map { root[$0] } ?? root
            let name = section.map { "\($0).\(key)" } ?? key
            guard let field = container?[key], let value = field.string, !value.isEmpty else {
                if required {
                    reader.problem(.missingField, "не указано поле «\(name)»", at: container?[key] ?? container ?? root)
                }
                return nil
            }
            locations[name] = field.location
            if Department.templateFields.contains(name) {
                DepartmentTexts.check(value, field: name, at: field, reader: &reader)
            }
            return value
        }
        func date(_ key: String, in section: String? = nil) -> RussianDate? {
            guard let raw = text(key, in: section) else { return nil }
            guard let parsed = RussianDate(parsing: raw) else {
                let field: YAMLValue? = section.map { root[$0]?[key] } ?? root[key]
                reader.problem(.invalidDate, "«\(raw)» — не дата; пишите ГГГГ-ММ-ДД", at: field ?? root)
                return nil
            }
            return parsed
        }
        var people: [String: Person] = [:]
        for pair in reader.mapping(root, "people") {
            if let person = Person(pair.value.templateValue) {
                people[pair.name] = person
            } else {
                reader.problem(
                    .badField, "«\(pair.name)»: укажите surname, first_name, patronymic и title", at: pair.value)
            }
        }
        func person(_ key: String, in section: String) -> Person? {
            guard let id = text(key, in: section) else { return nil }
            guard let found = people[id] else {
                reader.problem(
                    .unknownPerson, "«\(id)» не найден среди людей (people)", at: root[section]?[key] ?? root)
                return nil
            }
            return found
        }
        let issuer: [String]
        if root["issuer"]?.items != nil {
            issuer = reader.strings(root, "issuer")
        } else {
            issuer = []
            reader.problem(
                .missingField, "не указано поле «issuer» (наименование организации)", at: root["issuer"] ?? root)
        }
        let issuerName = OfficeNameReader.read(root, reader: &reader)
        if issuerName.isEmpty {
            reader.problem(
                .missingField,
                "не указано поле «issuer_name»: наименование организации в именительном падеже, как в тексте "
                    + "(«отдел образования администрации … муниципального района»)", at: root)
        }
        let figures = root["report"].map { DepartmentFigures.read($0, reader: &reader) } ?? []
        for (index, item) in (root["report"]?["figures"]?.items ?? []).enumerated() {
            locations["report.figures.\(index)"] = item.location
        }
        let executor = root["report"]?["executor"].map {
            "Исп.: " + ($0["name"]?.string ?? $0.string ?? "") + ($0["phone"]?.string.map { ", тел. \($0)" } ?? "")
        }
        // The monitoring's period is stated once: the справка's timing is written from it unless the
        // file gives the timing as a text of its own (then without a period).
        let period = PeriodReader.read(root["period"], reader: &reader)
        let timingText = text("timing", in: "report", required: period == nil)
        if period != nil, timingText != nil {
            reader.problem(
                .badField,
                "срок мониторинга указан дважды: в period и в report.timing; удалите report.timing — «Сроки "
                    + "проведения» справки пишутся из period, как и тексты приказа ({{ period.in }})",
                at: root["report"]?["timing"] ?? root)
        }
        let result = (
            date: date("date"), recommendations: text("recommendations"),
            title: text("title", in: "report"), intro: text("intro", in: "report"), goal: text("goal", in: "report"),
            task: text("task", in: "report"), timing: timingText ?? period.map { $0.nominative + "." },
            methods: text("methods", in: "report"),
            conclusion: text("conclusion", in: "report"), compiler: person("compiler", in: "report"),
            letterTitle: text("title", in: "letters"), reportBy: date("report_by", in: "letters"),
            signatory: person("signatory", in: "letters")
        )
        guard reader.problems.isEmpty, let date = result.date,
            let recommendations = result.recommendations, let title = result.title, let intro = result.intro,
            let goal = result.goal, let task = result.task, let timing = result.timing, let methods = result.methods,
            let conclusion = result.conclusion, let compiler = result.compiler, let letterTitle = result.letterTitle,
            let reportBy = result.reportBy, let signatory = result.signatory
        else {
            throw DiagnosticReport(reader.problems)
        }
        var department = Department(
            issuer: issuer, issuerName: issuerName, date: date, people: people,
            recommendations: recommendations,
            order: text("order", required: false), reportTitle: title, intro: intro, goal: goal, task: task,
            timing: timing, methods: methods, figures: figures, conclusion: conclusion, compiler: compiler,
            executor: executor,
            letterTitle: letterTitle, numberPrefix: text("number_prefix", in: "letters", required: false) ?? "",
            reportBy: reportBy, headTitle: text("head_title", in: "letters", required: false) ?? "директор",
            signatory: signatory,
            signatureTitle: text("signature_title", in: "letters", required: false)
                ?? signatory.title?.capitalizedFirstLetter ?? "", locations: locations)
        for pair in reader.mapping(root, "addressees") {
            if let name = pair.value.string { department.addressees[pair.name] = name }
        }
        department.period = period
        department.contacts = reader.strings(root, "contacts")
        department.initials = InitialsReader.read(root, reader: &reader)
        department.register = RegisterReader.read(root, reader: &reader)
        department.qrCode = root["qr_code"].map { YAMLFlag.read($0, reader: &reader) } ?? false
        department.letterChart = root["letters"]?["chart"].map { YAMLFlag.read($0, reader: &reader) } ?? false
        if let field = root["emblem"] {
            if let reference = field.string, !reference.isEmpty {
                department.emblem = reference
                department.locations["emblem"] = field.location
            } else {
                reader.problem(.badField, "emblem: укажите файл герба (PNG или JPEG) рядом с файлом отдела", at: field)
            }
        }
        guard reader.problems.isEmpty else { throw DiagnosticReport(reader.problems) }
        return department
    }

    /// Reads the department file at `path`.
    /// - Throws: a ``DiagnosticReport`` with every problem, or the file's `file_unreadable` / `file_too_large`.
    public static func load(path: String) throws -> Department {
        let input = try NamedBytes.reading(path)
        return try load(input)
    }
}
