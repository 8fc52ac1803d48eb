import Diagnostics

/// A reader's own error that can carry a diagnostic of the input layer: a file that cannot be
/// read, broken YAML, a hostile file. (Readers keep their error types until every caller
/// reports ``Diagnostic``s.)
protocol DiagnosticWrapping: Error {
    init(wrapping diagnostic: Diagnostic)
}

extension NamedBytes {
    /// Reads the file at `path`, turning a file that cannot be read into the reader's own error.
    static func reading<Failure: DiagnosticWrapping>(_ path: String, as failure: Failure.Type) throws -> NamedBytes {
        do {
            return try NamedBytes.read(path: path)
        } catch let diagnostic as Diagnostic {
            throw Failure(wrapping: diagnostic)
        }
    }
}

extension YAMLValue {
    /// The root mapping of the YAML document `input`, for a reader whose error is `Failure`.
    /// - Parameter what: the kind of file, for the message when it is empty («файл приказа»).
    /// - Throws: `Failure` carrying the layer's diagnostic (unreadable, broken or hostile YAML),
    ///   or a `missing_field` / `bad_field` when the file is empty or not a set of fields.
    static func root<Failure: DiagnosticWrapping>(of input: NamedBytes, as failure: Failure.Type,
                                                  what: String) throws -> YAMLValue {
        let parsed: YAMLValue?
        do {
            parsed = try parse(input)
        } catch let diagnostic as Diagnostic {
            throw Failure(wrapping: diagnostic)
        }
        guard let root = parsed, !root.isNull else {
            throw Failure(wrapping: Diagnostic("missing_field", "\(what) пуст", at: SourceLocation(file: input.name)))
        }
        guard root.pairs != nil else {
            throw Failure(wrapping: Diagnostic("bad_field", "\(what) должен состоять из полей «имя: значение», а в нём "
                                               + root.kindName, at: root.location))
        }
        return root
    }
}
