import Documents
import Foundation
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine
import Yams

extension Methodology {
    /// Reads a methodology from a YAML file.
    /// - Throws: ``MonitoringError`` listing every problem with its YAML line.
    public static func load(path: String) throws -> Methodology {
        let file = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw MonitoringError([MonitoringProblem(.missingField, "файл методики не найден или не в UTF-8; проверьте путь",
                                                     at: MonitoringLocation(file: file))])
        }
        return try parse(text, file: file)
    }

    /// Reads a methodology from YAML text; `file` names it in messages.
    public static func parse(_ text: String, file: String) throws -> Methodology {
        let root: Node
        do {
            guard let node = try Yams.compose(yaml: text) else {
                throw MonitoringError([MonitoringProblem(.missingField, "файл методики пуст", at: MonitoringLocation(file: file))])
            }
            root = node
        } catch let error as YamlError {
            throw MonitoringError([MonitoringProblem(.yamlSyntax, "ошибка в записи YAML: \(error)",
                                                     at: MonitoringLocation(file: file))])
        }
        var reader = YAMLReader(file: file)
        let title = reader.string(root, "title") ?? ""
        let shortTitle = reader.string(root, "short_title", required: false) ?? title
        let approvedBy = reader.string(root, "approved_by", required: false)
        let period = reader.value(root, "period")?.string
        var directions: [Direction] = []
        for directionNode in reader.list(root, "directions") {
            let directionTitle = reader.string(directionNode, "title") ?? ""
            let indicators = reader.list(directionNode, "indicators").compactMap { RuleReader.indicator($0, &reader) }
            directions.append(Direction(title: directionTitle, indicators: indicators))
        }
        let scale = LevelReader.scale(reader.value(root, "levels"), root: root, &reader)
        let methodology = Methodology(title: title, shortTitle: shortTitle, approvedBy: approvedBy, period: period,
                                      directions: directions, scale: scale, file: file)
        let complete = reader.problems.isEmpty
        MethodologyValidation.check(methodology, levelsNode: reader.value(root, "levels"), totalsKnown: complete, &reader)
        if !reader.problems.isEmpty {
            let ordered = reader.problems.enumerated().sorted {
                ($0.element.location.line ?? 0, $0.offset) < ($1.element.location.line ?? 0, $1.offset)
            }
            throw MonitoringError(ordered.map(\.element))
        }
        return methodology
    }
}
