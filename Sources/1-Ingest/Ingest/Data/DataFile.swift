import Diagnostics
import Foundation
import TemplateEngine

/// Reads template data from YAML or JSON into ``TemplateValue``. Dates stay text as written
/// (`2023-11-08`), so the `date` filter sees exactly what the author typed; keys keep their order.
public enum DataFile {
    /// The stable codes of a data file's problems that are its own; the input layer's
    /// `file_too_large`, `not_utf8`, `too_many_values` and `too_deep` keep theirs.
    public enum Code: String, Sendable, CaseIterable {
        /// The file cannot be read (missing, a folder, no permission).
        case unreadable = "data_unreadable"
        /// Broken YAML or JSON.
        case syntax = "data_syntax"
        /// A file that is neither `.yaml`, `.yml` nor `.json`.
        case unsupported = "data_unsupported"
    }

    /// Reads data, choosing YAML or JSON by the input's name (`.yaml`, `.yml`, `.json`).
    /// - Parameter input: the file's name (for messages) and its bytes, from disk or an upload.
    /// - Throws: a ``DiagnosticReport`` in Russian with the line and position: broken YAML or JSON,
    ///   a file that is not UTF-8, too large, nested too deep or expanding to too many values.
    public static func load(_ input: NamedBytes) throws -> TemplateValue {
        let lower = input.name.lowercased()
        if lower.hasSuffix(".json") { return try reading { try YAMLValue.parseJSON(input).templateValue } }
        if lower.hasSuffix(".yaml") || lower.hasSuffix(".yml") {
            return try reading { try YAMLValue.parse(input)?.templateValue ?? .object([]) }
        }
        throw DiagnosticReport([
            Diagnostic(
                Code.unsupported.rawValue, "данные читаются из файлов .yaml, .yml или .json",
                at: SourceLocation(file: input.name))
        ])
    }

    /// Reads the data file at `path`.
    /// - Throws: a ``DiagnosticReport``, as ``load(_:)`` does, or `data_unreadable` when the file
    ///   cannot be read.
    public static func load(path: String) throws -> TemplateValue {
        try load(try reading { try NamedBytes.read(path: path) })
    }

    /// Parses YAML text; `file` names it in messages.
    public static func yaml(_ text: String, file: String) throws -> TemplateValue {
        try reading { try YAMLValue.parse(NamedBytes(name: file, text: text))?.templateValue ?? .object([]) }
    }

    /// Parses JSON text; `file` names it in messages.
    public static func json(_ text: String, file: String) throws -> TemplateValue {
        try reading { try YAMLValue.parseJSON(NamedBytes(name: file, text: text)).templateValue }
    }

    /// What `body` returns; a diagnostic of the input layer it throws becomes a report under the
    /// data file's codes.
    private static func reading<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch var diagnostic as Diagnostic {
            diagnostic.code = code(of: diagnostic.code)
            throw DiagnosticReport([diagnostic])
        }
    }

    /// The data file's code for an input-layer code.
    private static func code(of input: String) -> String {
        switch input {
        case "file_unreadable": Code.unreadable.rawValue
        case "file_too_large", "not_utf8", "too_many_values", "too_deep": input
        default: Code.syntax.rawValue
        }
    }
}
