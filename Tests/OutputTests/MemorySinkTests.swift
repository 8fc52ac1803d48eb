import Diagnostics
import Output
import Testing

@Suite struct MemorySinkTests {
    @Test func documentsAppearOnCommitOnly() throws {
        let sink = MemorySink()
        try sink.add("Справка.docx", bytes: [1, 2])
        try sink.add("письма/001 Школа.docx", bytes: [3])
        #expect(sink.documents.isEmpty)
        #expect(throws: Diagnostic.self) { try sink.add("Справка.docx", bytes: [9]) }
        try sink.commit()
        #expect(sink.documents == ["Справка.docx": [1, 2], "письма/001 Школа.docx": [3]])
        #expect(throws: Diagnostic.self) { try sink.add("поздно.docx", bytes: [1]) }
    }

    @Test func discardDropsEverything() throws {
        let sink = MemorySink()
        try sink.add("Справка.docx", bytes: [1])
        sink.discard()
        try sink.commit()
        #expect(sink.documents.isEmpty)
    }
}
