import TestSupport
import Testing

@Suite struct InspectTests {
    @Test func inspectListsPartsAndParagraphsOfAnODT() throws {
        let result = try Command.paperwork(["inspect", Paths.fixture("templates/sample.odt")])
        #expect(result.status == 0)
        #expect(result.stderr.isEmpty)
        let lines = result.stdout.split(separator: "\n", omittingEmptySubsequences: false).map(String.init)
        #expect(lines.first == "Файл: sample.odt (ODT)")
        #expect(lines.contains { $0.hasPrefix("  content.xml ") })
        #expect(lines.contains("Основной текст (content.xml), абзацев: 24"))
        #expect(lines.contains("  3: ПРИКАЗ"))
        #expect(lines.contains("  5: {{ date | date(\"numeric\") }}→→→→→→→№ {{ number }}"))
        #expect(lines.contains { $0.hasPrefix("Нижний колонтитул (styles.xml)") })
    }

    @Test func inspectShowsDocxHeadersAndFooters() throws {
        let result = try Command.paperwork(["inspect", Paths.fixture("templates/sample.docx")])
        #expect(result.status == 0)
        #expect(result.stdout.hasPrefix("Файл: sample.docx (DOCX)\n"))
        #expect(result.stdout.contains("Основной текст (word/document.xml), абзацев: 24"))
        #expect(
            result.stdout.contains("Нижний колонтитул (word/footer1.xml), абзацев: 1\n  1: Исп.: {{ executor.name }}"))
    }
}
