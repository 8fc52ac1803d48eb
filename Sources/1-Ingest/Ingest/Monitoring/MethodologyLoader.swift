import Diagnostics
import Foundation
import Monitoring

extension Methodology {
    /// Reads a methodology from YAML.
    /// - Parameter input: the file's name (for messages) and its bytes, from disk or an upload.
    /// - Throws: a ``DiagnosticReport`` with every problem at its YAML line and position (codes
    ///   of ``MethodologyCode``, or the input layer's: `yaml_syntax`, `not_utf8`, …).
    public static func load(_ input: NamedBytes) throws -> Methodology {
        typealias Fields = YAMLFields<MethodologyCode>
        let file = input.name
        let root = try YAMLValue.document(of: input, what: "файл методики")
        var reader = Fields(file: file)
        let title = reader.string(root, "title") ?? ""
        let shortTitle = reader.string(root, "short_title", required: false) ?? title
        let approvedBy = reader.string(root, "approved_by", required: false)
        let period = root["period"]?.string
        var directions: [Direction] = []
        var indicatorPlaces: [SourceLocation] = []
        for directionNode in reader.list(root, "directions") {
            let directionTitle = reader.string(directionNode, "title") ?? ""
            var indicators: [Indicator] = []
            for node in reader.list(directionNode, "indicators") {
                guard let indicator = RuleReader.indicator(node, &reader) else { continue }
                indicators.append(indicator)
                indicatorPlaces.append(node.location)
            }
            directions.append(Direction(title: directionTitle, indicators: indicators))
        }
        let scale = LevelReader.scale(root["levels"], root: root, &reader)
        let methodology = Methodology(
            title: title, shortTitle: shortTitle, approvedBy: approvedBy, period: period,
            directions: directions, scale: scale, file: file)
        let complete = reader.problems.isEmpty
        MethodologyValidation.check(
            methodology, indicatorPlaces: indicatorPlaces, levels: root["levels"],
            totalsKnown: complete, &reader)
        if !reader.problems.isEmpty {
            let ordered = reader.problems.enumerated().sorted {
                ($0.element.location.line ?? 0, $0.offset) < ($1.element.location.line ?? 0, $1.offset)
            }
            throw DiagnosticReport(ordered.map(\.element))
        }
        return methodology
    }

    /// Reads a methodology from the YAML file at `path`.
    /// - Throws: a ``DiagnosticReport`` with every problem at its YAML line and position, or the
    ///   file's `file_unreadable` / `file_too_large`.
    public static func load(path: String) throws -> Methodology {
        try load(try NamedBytes.reading(path))
    }

    /// Reads a methodology from YAML text; `file` names it in messages.
    public static func parse(_ text: String, file: String) throws -> Methodology {
        try load(NamedBytes(name: file, text: text))
    }
}
