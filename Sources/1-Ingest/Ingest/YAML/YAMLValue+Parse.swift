import Diagnostics
import Foundation

extension YAMLValue {
    /// Reads a YAML document into located values, within `limits`.
    /// - Returns: the document's root, or `nil` when the file holds no document (empty or comments only).
    /// - Throws: a ``Diagnostic``: `file_too_large`, `not_utf8`, `yaml_syntax` (in Russian, with the
    ///   line and column), `too_many_values` or `too_deep`.
    static func parse(_ input: NamedBytes, limits: YAMLLimits = .standard) throws -> YAMLValue? {
        guard input.bytes.count <= limits.maximumBytes else {
            throw Diagnostic.fileTooLarge(input.name, limit: limits.maximumBytes)
        }
        let text = try input.utf8Text()
        let parser = LibYAMLParser(text.utf8)
        var builder = YAMLBuilder(file: input.name, limits: limits)
        while true {
            let event: YAMLEvent
            do {
                event = try parser.next()
            } catch let failure as LibYAMLFailure {
                throw YAMLSyntaxError.diagnostic(failure, in: input, text: text)
            }
            if case .streamEnd = event { return builder.root }
            try builder.add(event)
        }
    }
}
