import Documents
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine
import Yams

/// Reading helpers over Yams nodes that record a located problem instead of failing at the first.
struct YAMLReader {
    let file: String
    var problems: [MonitoringProblem] = []

    func location(_ node: Node?) -> MonitoringLocation {
        MonitoringLocation(file: file, line: node?.mark?.line)
    }

    mutating func problem(_ code: MonitoringProblem.Code, _ message: String, at node: Node?) {
        problems.append(MonitoringProblem(code, message, at: location(node)))
    }

    /// The value under `key` of a mapping node.
    func value(_ node: Node, _ key: String) -> Node? {
        guard case .mapping(let mapping) = node else { return nil }
        return mapping.first { $0.key.string == key }?.value
    }

    mutating func string(_ node: Node, _ key: String, required: Bool = true) -> String? {
        guard let value = value(node, key) else {
            if required { problem(.missingField, "не указано поле «\(key)»", at: node) }
            return nil
        }
        guard let text = value.string, !text.trimmingCharacters(in: .whitespaces).isEmpty else {
            problem(.badField, "поле «\(key)» должно быть непустой строкой", at: value)
            return nil
        }
        return text
    }

    mutating func number(_ node: Node, _ key: String, required: Bool = true) -> Double? {
        guard let value = value(node, key) else {
            if required { problem(.missingField, "не указано поле «\(key)»", at: node) }
            return nil
        }
        guard let text = value.string, let number = Double(text.replacingOccurrences(of: ",", with: ".")) else {
            problem(.badField, "поле «\(key)» должно быть числом", at: value)
            return nil
        }
        return number
    }

    mutating func list(_ node: Node, _ key: String) -> [Node] {
        guard let value = value(node, key) else {
            problem(.missingField, "не указан список «\(key)»", at: node)
            return []
        }
        guard case .sequence(let sequence) = value, !sequence.isEmpty else {
            problem(.badField, "«\(key)» должен быть непустым списком", at: value)
            return []
        }
        return Array(sequence)
    }
}
