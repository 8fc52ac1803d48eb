/// A line of plain text with `{{ … }}` tags, rendered to plain text: how data files refer to
/// people and values inside their own sentences («{{ savkina | dative | capitalize }} довести…»).
public struct InlineTemplate: Sendable {
    private enum Piece: Sendable {
        case text(String)
        case value(Expression, String)
    }

    private let pieces: [Piece]

    /// Parses `text`.
    /// - Throws: ``FilterFailure`` with a Russian message when a tag is not closed, cannot be
    ///   parsed, or uses an unknown filter.
    public init(_ text: String, filters: FilterRegistry) throws {
        let found = TagScanner.scan(text)
        if let open = found.unclosed.first {
            throw FilterFailure("тег «\(open.text.prefix(40))» не закрыт: не хватает «}}»", code: .unclosedTag)
        }
        var pieces: [Piece] = []
        let units = Array(text.utf16)
        var position = 0
        for tag in found.tags {
            pieces.append(.text(String(decoding: units[position..<tag.start], as: UTF16.self)))
            if tag.kind == .comment {
                position = tag.end
                continue
            }
            guard tag.kind == .output else {
                throw FilterFailure(
                    "в тексте допускаются только теги {{ … }}, а не «\(tag.text)»", code: .unsupportedTag)
            }
            let expression: Expression
            do {
                expression = try ExpressionParser.expression(tag.inner)
            } catch let failure as ExpressionLexer.Failure {
                throw FilterFailure("ошибка в теге «\(tag.text)»: \(failure.message)", code: .badExpression)
            }
            for name in expression.filterNames where filters.filter(name) == nil {
                throw FilterFailure("неизвестный фильтр «\(name)» в теге «\(tag.text)»", code: .unknownFilter)
            }
            pieces.append(.value(expression, tag.text))
            position = tag.end
        }
        pieces.append(.text(String(decoding: units[position...], as: UTF16.self)))
        self.pieces = pieces
    }

    /// Renders with `data`.
    /// - Throws: ``FilterFailure`` naming a value missing from the data or a filter that failed.
    public func render(_ data: TemplateValue, filters: FilterRegistry) throws -> String {
        try render(data, filters: filters, style: .russian, lenient: false)
    }

    /// Renders with `data`, values printed in `style`; a value missing from the data prints as nothing
    /// when `lenient`.
    /// - Throws: ``FilterFailure`` naming a value missing from the data or a filter that failed.
    public func render(
        _ data: TemplateValue, filters: FilterRegistry, style: TemplateSettings.ValueStyle, lenient: Bool
    ) throws -> String {
        let evaluator = Evaluator(data: data, filters: filters, style: style)
        var output = ""
        for piece in pieces {
            switch piece {
            case .text(let text):
                // «Бабкину Н.А.» at the end of a sentence takes no second full stop.
                output += output.hasSuffix(".") && text.hasPrefix(".") ? String(text.dropFirst()) : text
            case .value(let expression, let tag):
                switch evaluator.evaluate(expression) {
                case .value(let value): output += style.text(of: value)
                case .missing where lenient: break
                case .missing(let path):
                    throw FilterFailure("в теге «\(tag)»: нет значения «\(path)»", code: .missingValue)
                case .failed(let message): throw FilterFailure("в теге «\(tag)»: \(message)")
                }
            }
        }
        return output
    }
}
