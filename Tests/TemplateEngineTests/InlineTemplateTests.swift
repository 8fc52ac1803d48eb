import Testing

@testable import TemplateEngine

/// An inline template's failures carry a code to switch on, not only a Russian message.
@Suite struct InlineTemplateTests {
    func failure(_ text: String, data: TemplateValue = .object([("a", .string("б"))])) -> FilterFailure? {
        do {
            _ = try InlineTemplate(text, filters: .standard).render(data, filters: .standard)
            return nil
        } catch {
            return error as? FilterFailure
        }
    }

    @Test(arguments: [
        ("{{ нет }} текст", FilterFailure.Code.missingValue),
        ("{{ a", .unclosedTag),
        ("{% if a %}", .unsupportedTag),
        ("{{ a | shout }}", .unknownFilter),
        ("{{ a | roman }}", .filterFailed),
        ("{{ a + }}", .badExpression),
    ])
    func failuresHaveCodes(text: String, code: FilterFailure.Code) {
        #expect(failure(text)?.code == code, "\(String(describing: failure(text)))")
    }

    @Test func rendersValues() throws {
        #expect(
            try InlineTemplate("Итого: {{ a }}.", filters: .standard).render(
                .object([("a", .number(5))]), filters: .standard)
                == "Итого: 5.")
    }
}
