import Documents
import Foundation
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine

extension Department {
    /// Reads the department file at `path`; relative paths in it are taken from its folder.
    /// - Throws: ``DocumentError`` listing every problem with its YAML line.
    public static func load(path: String) throws -> Department {
        let (value, lines) = try DataFile.loadLocatedYAML(path: path)
        let folder = URL(fileURLWithPath: path).deletingLastPathComponent()
        var reader = DocumentReader(lines: lines, file: (path as NSString).lastPathComponent)
        func text(_ key: String, in section: String? = nil, required: Bool = true) -> String? {
            let container = section.flatMap { value[$0] } ?? (section == nil ? value : nil)
            let path = section.map { "\($0).\(key)" } ?? key
            guard let field = container?[key], field != .null, !field.text.isEmpty else {
                if required { reader.problem(.missingField, "не указано поле «\(path)»", at: section ?? key) }
                return nil
            }
            return field.text
        }
        func resolve(_ file: String) -> String { file.hasPrefix("/") ? file : folder.appendingPathComponent(file).path }
        func date(_ key: String, in section: String? = nil) -> RussianDate? {
            guard let raw = text(key, in: section) else { return nil }
            guard let parsed = RussianDate(parsing: raw) else {
                reader.problem(.invalidDate, "«\(raw)» — не дата; пишите ГГГГ-ММ-ДД", at: section.map { "\($0).\(key)" } ?? key)
                return nil
            }
            return parsed
        }
        var people: [String: Person] = [:]
        if case .object(let fields)? = value["people"] {
            for key in fields.keys { if let field = fields[key], let person = Person(field) { people[key] = person } }
        }
        func person(_ key: String, in section: String) -> Person? {
            guard let id = text(key, in: section) else { return nil }
            guard let found = people[id] else {
                reader.problem(.unknownPerson, "«\(id)» не найден среди людей (people)", at: "\(section).\(key)")
                return nil
            }
            return found
        }
        let issuer: [String]
        if case .list(let items)? = value["issuer"] { issuer = items.map(\.text) } else {
            issuer = []
            reader.problem(.missingField, "не указано поле «issuer» (наименование организации)", at: "issuer")
        }
        var figures: [Figure] = []
        if case .list(let items)? = value["report"]?["figures"] {
            for (index, item) in items.enumerated() {
                let figureText = item["text"]?.text ?? ""
                if let indicator = item["indicator"]?.text, case .list(let answers)? = item["answers"] {
                    figures.append(.schools(text: figureText, indicator: indicator, answers: answers.map(\.text)))
                } else if let numerator = item["numerator"]?.text, let denominator = item["denominator"]?.text {
                    figures.append(.ratio(text: figureText, numerator: numerator, denominator: denominator))
                } else {
                    reader.problem(.badField, "показатель справки: укажите indicator и answers либо numerator и denominator",
                                   at: "report.figures[\(index)]")
                }
            }
        }
        let executor = value["report"]?["executor"].map { "Исп.: " + ($0["name"]?.text ?? $0.text) + ($0["phone"].map { ", тел. \($0.text)" } ?? "") }
        let result = (
            issuerGenitive: text("issuer_genitive"), date: date("date"), recommendations: text("recommendations").map(resolve),
            title: text("title", in: "report"), intro: text("intro", in: "report"), goal: text("goal", in: "report"),
            task: text("task", in: "report"), timing: text("timing", in: "report"), methods: text("methods", in: "report"),
            conclusion: text("conclusion", in: "report"), compiler: person("compiler", in: "report"),
            letterTitle: text("title", in: "letters"), reportBy: date("report_by", in: "letters"),
            signatory: person("signatory", in: "letters"))
        guard reader.problems.isEmpty, let issuerGenitive = result.issuerGenitive, let date = result.date,
              let recommendations = result.recommendations, let title = result.title, let intro = result.intro,
              let goal = result.goal, let task = result.task, let timing = result.timing, let methods = result.methods,
              let conclusion = result.conclusion, let compiler = result.compiler, let letterTitle = result.letterTitle,
              let reportBy = result.reportBy, let signatory = result.signatory else {
            throw DocumentError(problems: reader.problems)
        }
        return Department(
            issuer: issuer, issuerGenitive: issuerGenitive, date: date, people: people, recommendations: recommendations,
            order: text("order", required: false).map(resolve), reportTitle: title, intro: intro, goal: goal, task: task,
            timing: timing, methods: methods, figures: figures, conclusion: conclusion, compiler: compiler, executor: executor,
            letterTitle: letterTitle, numberPrefix: text("number_prefix", in: "letters", required: false) ?? "",
            reportBy: reportBy, headTitle: text("head_title", in: "letters", required: false) ?? "директор",
            signatory: signatory, signatureTitle: text("signature_title", in: "letters", required: false)
                ?? signatory.title?.capitalizedFirstLetter ?? "")
    }
}
