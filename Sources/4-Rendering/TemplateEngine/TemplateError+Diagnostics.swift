import Diagnostics

extension TemplateProblem {
    /// The problem as a diagnostic in the template `file`: part, story, paragraph and tag.
    public func diagnostic(file: String) -> Diagnostic {
        Diagnostic(
            code.rawValue, message,
            at: SourceLocation(
                file: file, part: location.part,
                story: location.property.map { "свойство «\($0)»" } ?? location.story?.russianName,
                paragraph: location.property == nil ? location.paragraph : nil, tag: location.tag))
    }
}

extension TemplateError: DiagnosticConvertible {
    public var diagnostics: [Diagnostic] { problems.map { $0.diagnostic(file: file) } }
}
