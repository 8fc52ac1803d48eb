import Testing

@testable import ZipArchive

@Suite struct ZipWriterReaderTests {
    private func archive(_ entries: [(String, String, Bool)]) throws -> [UInt8] {
        let writer = try ZipWriter(label: "test.zip")
        for (name, text, compressed) in entries {
            try writer.add(name, bytes: Array(text.utf8), compressed: compressed)
        }
        return try writer.finish()
    }

    @Test func writesEntriesInTheOrderAddedWithTheirCompression() throws {
        let text = String(repeating: "Приказ № 57 «Об утверждении плана» ", count: 200)
        let bytes = try archive([
            ("mimetype", "application/vnd.oasis.opendocument.text", false),
            ("content.xml", text, true), ("a/b.xml", "<a/>", true),
        ])
        let reader = try ZipReader(bytes: bytes, label: "test.zip")
        #expect(reader.entries.map(\.name) == ["mimetype", "content.xml", "a/b.xml"])
        #expect(reader.entries[0].compression == .stored)
        #expect(reader.entries[1].compression == .deflated)
        #expect(reader.entries[1].compressedSize < reader.entries[1].size)
        #expect(String(decoding: try reader.read("content.xml"), as: UTF8.self) == text)
    }

    @Test func equalInputGivesEqualBytes() throws {
        let entries = [("x.xml", "<x>ё</x>", true), ("y.txt", "y", false)]
        #expect(try archive(entries) == archive(entries))
    }

    @Test func copiesEntriesWithoutRecompressing() throws {
        let text = String(repeating: "мероприятие; ", count: 500)
        let source = try ZipReader(
            bytes: try archive([("s.txt", "stored", false), ("d.txt", text, true)]), label: "src.zip")
        let writer = try ZipWriter(label: "out.zip")
        for entry in source.entries { try writer.copy(entry, from: source) }
        let copy = try ZipReader(bytes: try writer.finish(), label: "out.zip")
        for (original, copied) in zip(source.entries, copy.entries) {
            #expect(copied.name == original.name)
            #expect(copied.compression == original.compression)
            #expect(copied.compressedSize == original.compressedSize)
            #expect(copied.crc32 == original.crc32)
        }
        #expect(String(decoding: try copy.read("d.txt"), as: UTF8.self) == text)
    }

    @Test func refusesToWriteUnsafeOrDuplicateNames() throws {
        let writer = try ZipWriter(label: "out.zip")
        #expect(throws: ZipError.self) { try writer.add("../evil.txt", bytes: []) }
        try writer.add("ok.txt", bytes: [1])
        let error = #expect(throws: ZipError.self) { try writer.add("ok.txt", bytes: [2]) }
        #expect(error?.code == .duplicateEntry)
    }

    @Test func readingAMissingEntryNamesIt() throws {
        let reader = try ZipReader(bytes: try archive([("a.txt", "a", true)]), label: "test.zip")
        let error = #expect(throws: ZipError.self) { try reader.read("b.txt") }
        #expect(error?.code == .entryNotFound)
        #expect(error?.entry == "b.txt")
        #expect(error?.message == "в архиве нет элемента «b.txt»")
    }
}
