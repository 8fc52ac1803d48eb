import Diagnostics
import Foundation
import TemplateEngine

/// Reads template data from YAML or JSON into ``TemplateValue``. Dates stay text as written
/// (`2023-11-08`), so the `date` filter sees exactly what the author typed; keys keep their order.
public enum DataFile {
    /// Reads data, choosing YAML or JSON by the input's name (`.yaml`, `.yml`, `.json`).
    /// - Parameter input: the file's name (for messages) and its bytes, from disk or an upload.
    /// - Throws: ``DataError`` in Russian with the line and position: broken YAML or JSON, a file
    ///   that is not UTF-8, too large, nested too deep or expanding to too many values.
    public static func load(_ input: NamedBytes) throws -> TemplateValue {
        let lower = input.name.lowercased()
        if lower.hasSuffix(".json") { return try json(input) }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") { return try yaml(input) }
        throw DataError(.unsupported, "данные читаются из файлов .yaml, .yml или .json", file: input.name)
    }

    /// Reads the data file at `path`.
    /// - Throws: ``DataError``, as ``load(_:)`` does, or when the file cannot be read.
    public static func load(path: String) throws -> TemplateValue {
        try load(try NamedBytes.reading(path, as: DataError.self))
    }

    /// Parses YAML text; `file` names it in messages.
    public static func yaml(_ text: String, file: String) throws -> TemplateValue {
        try yaml(NamedBytes(name: file, text: text))
    }

    /// Parses JSON text; `file` names it in messages.
    public static func json(_ text: String, file: String) throws -> TemplateValue {
        try json(NamedBytes(name: file, text: text))
    }

    private static func yaml(_ input: NamedBytes) throws -> TemplateValue {
        do {
            return try YAMLValue.parse(input)?.templateValue ?? .object([])
        } catch let diagnostic as Diagnostic {
            throw DataError(wrapping: diagnostic)
        }
    }

    private static func json(_ input: NamedBytes) throws -> TemplateValue {
        do {
            return try YAMLValue.parseJSON(input).templateValue
        } catch let diagnostic as Diagnostic {
            throw DataError(wrapping: diagnostic)
        }
    }
}
