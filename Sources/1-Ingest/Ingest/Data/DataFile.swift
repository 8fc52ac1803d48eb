import Documents
import Foundation
import Monitoring
import Orders
import RussianText
import Tables
import TemplateEngine
import Yams

/// Reads template data from YAML or JSON into ``TemplateValue``. Dates stay text as written
/// (`2023-11-08`), so the `date` filter sees exactly what the author typed.
public enum DataFile {
    /// Reads `path`, choosing YAML or JSON by its extension (`.yaml`, `.yml`, `.json`).
    public static func load(path: String) throws -> TemplateValue {
        let label = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path) else {
            throw DataError(.unreadable, "файл данных не найден или не читается; проверьте путь", file: label)
        }
        guard let text = String(data: data, encoding: .utf8) else {
            throw DataError(.unreadable, "файл данных должен быть в кодировке UTF-8", file: label)
        }
        let lower = label.lowercased()
        if lower.hasSuffix(".json") { return try json(text, file: label) }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return try yaml(text, file: label) }
        throw DataError(.unsupported, "данные читаются из файлов .yaml, .yml или .json", file: label)
    }

    /// Parses YAML text.
    public static func yaml(_ text: String, file: String) throws -> TemplateValue {
        try locatedYAML(text, file: file).value
    }

    /// Parses YAML text and keeps the line of every value by its path (`items[2].text`).
    public static func locatedYAML(_ text: String, file: String) throws -> (value: TemplateValue, lines: [String: Int]) {
        do {
            guard let node = try Yams.compose(yaml: text) else { return (.object([]), [:]) }
            var lines: [String: Int] = [:]
            return (try convert(node, file: file, path: "", lines: &lines), lines)
        } catch let error as YamlError {
            throw DataError(.syntax, "ошибка в YAML: \(error)", file: file, line: line(of: error))
        }
    }

    /// Reads a YAML file with the lines of its values.
    public static func loadLocatedYAML(path: String) throws -> (value: TemplateValue, lines: [String: Int]) {
        let label = (path as NSString).lastPathComponent
        guard let data = FileManager.default.contents(atPath: path), let text = String(data: data, encoding: .utf8) else {
            throw DataError(.unreadable, "файл не найден, не читается или не в UTF-8; проверьте путь", file: label)
        }
        return try locatedYAML(text, file: label)
    }

    private static func line(of error: YamlError) -> Int? {
        switch error {
        case .scanner(_, _, let mark, _), .parser(_, _, let mark, _), .composer(_, _, let mark, _):
            return mark.line
        default:
            return nil
        }
    }

    private static func convert(_ node: Node, file: String, path: String, lines: inout [String: Int]) throws -> TemplateValue {
        if let mark = node.mark { lines[path] = mark.line }
        switch node {
        case .scalar(let scalar):
            switch scalar.tag.description {
            case Tag.Name.null.rawValue: return .null
            case Tag.Name.bool.rawValue: return .bool(Bool.construct(from: scalar) ?? false)
            case Tag.Name.int.rawValue, Tag.Name.float.rawValue:
                if let value = Double(scalar.string.replacingOccurrences(of: "_", with: "")) { return .number(value) }
                return .string(scalar.string)
            default: return .string(scalar.string)
            }
        case .sequence(let sequence):
            return .list(try sequence.enumerated().map { try convert($1, file: file, path: "\(path)[\($0)]", lines: &lines) })
        case .mapping(let mapping):
            var pairs: [(String, TemplateValue)] = []
            for (key, value) in mapping {
                guard case .scalar(let name) = key else {
                    throw DataError(.unsupported, "ключи в YAML должны быть простыми строками",
                                    file: file, line: key.mark.map { $0.line })
                }
                let child = path.isEmpty ? name.string : "\(path).\(name.string)"
                pairs.append((name.string, try convert(value, file: file, path: child, lines: &lines)))
            }
            return .object(pairs)
        }
    }

    /// Parses JSON text.
    public static func json(_ text: String, file: String) throws -> TemplateValue {
        do {
            return try JSONDecoder().decode(JSONValue.self, from: Data(text.utf8)).value
        } catch {
            throw DataError(.syntax, "ошибка в JSON: \(error.localizedDescription)", file: file)
        }
    }
}

/// Decodes any JSON into ``TemplateValue``; object keys come out sorted.
private struct JSONValue: Decodable {
    let value: TemplateValue

    init(from decoder: Decoder) throws {
        let container = try decoder.singleValueContainer()
        if container.decodeNil() {
            value = .null
        } else if let flag = try? container.decode(Bool.self) {
            value = .bool(flag)
        } else if let number = try? container.decode(Double.self) {
            value = .number(number)
        } else if let text = try? container.decode(String.self) {
            value = .string(text)
        } else if let items = try? container.decode([JSONValue].self) {
            value = .list(items.map(\.value))
        } else {
            let fields = try container.decode([String: JSONValue].self)
            value = .object(fields.keys.sorted().map { ($0, fields[$0]?.value ?? .null) })
        }
    }
}
