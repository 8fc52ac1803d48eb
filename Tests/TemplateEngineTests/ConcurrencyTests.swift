import TemplateEngine
import TestSupport
import Testing

/// A template is compiled once and rendered from many tasks at once (the batch run relies on it).
@Suite struct ConcurrencyTests {
    @Test func parallelRendersEqualSequentialOnes() async throws {
        let bytes = try DocumentFixture.docx(
            body: DocumentFixture.p("{% for x in items %}{{ x }} {% endfor %}{{ name | upper }}"))
        let template = try Template(bytes: bytes, label: "шаблон.docx")
        func data(_ index: Int) -> TemplateValue {
            Render.data([
                ("items", .list((0...index % 7).map { .number(Double($0)) })), ("name", .string("школа \(index)")),
            ])
        }
        let expected = try (0..<64).map { try template.render(data($0)) }
        let results = try await withThrowingTaskGroup(of: (Int, [UInt8]).self) { group in
            for index in 0..<64 { group.addTask { (index, try template.render(data(index))) } }
            var results = [[UInt8]](repeating: [], count: 64)
            for try await (index, output) in group { results[index] = output }
            return results
        }
        #expect(results == expected)
    }
}
