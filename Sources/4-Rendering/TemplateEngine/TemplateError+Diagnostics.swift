import Diagnostics

extension TemplateProblem {
    /// The problem as a diagnostic in the template `file`: part, story, paragraph and tag.
    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(
            code.rawValue, message,
            at: SourceLocation(
                file: file, part: location.part, story: location.story?.russianName,
                paragraph: location.paragraph, tag: location.tag))
    }
}

extension TemplateError: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { problems.map { $0.diagnostic(file: file) } }
}
