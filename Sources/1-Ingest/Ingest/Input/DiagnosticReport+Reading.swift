import Diagnostics

extension DiagnosticReport {
    /// What `body` returns; a single ``Diagnostic`` it throws (a file that cannot be read, broken
    /// or hostile YAML) becomes a report of that one problem, so that every reader throws reports.
    static func reading<Value>(_ body: () throws -> Value) throws -> Value {
        do {
            return try body()
        } catch let diagnostic as Diagnostic {
            throw DiagnosticReport([diagnostic])
        }
    }
}

extension NamedBytes {
    /// Reads the file at `path` for a reader.
    /// - Throws: a ``DiagnosticReport`` with the `file_unreadable` or `file_too_large` diagnostic.
    static func reading(_ path: String) throws -> NamedBytes {
        try DiagnosticReport.reading { try NamedBytes.read(path: path) }
    }
}

extension YAMLValue {
    /// The root value of the YAML document `input`, whatever its kind.
    /// - Parameter what: the kind of file, for the message when it is empty («файл методики»).
    /// - Throws: a ``DiagnosticReport`` with the input layer's diagnostic (unreadable, broken or
    ///   hostile YAML), or a `missing_field` when the file is empty.
    static func document(of input: NamedBytes, what: String) throws -> YAMLValue {
        let parsed = try DiagnosticReport.reading { try parse(input) }
        guard let root = parsed, !root.isNull else {
            throw DiagnosticReport([Diagnostic("missing_field", "\(what) пуст", at: SourceLocation(file: input.name))])
        }
        return root
    }

    /// The root mapping of the YAML document `input`.
    /// - Parameter what: the kind of file, for the messages («файл приказа»).
    /// - Throws: as ``document(of:what:)`` does, or a `bad_field` when the file is not a set of fields.
    static func root(of input: NamedBytes, what: String) throws -> YAMLValue {
        let root = try document(of: input, what: what)
        guard root.pairs != nil else {
            throw DiagnosticReport([
                Diagnostic(
                    "bad_field",
                    "\(what) должен состоять из полей «имя: значение», а в нём "
                        + root.kindName, at: root.location)
            ])
        }
        return root
    }
}
