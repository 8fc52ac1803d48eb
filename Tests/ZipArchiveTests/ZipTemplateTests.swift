import Testing

@testable import ZipArchive

/// A template archive written again with some entries replaced gives the very bytes libzip gives
/// (``ZipWriter`` copying the kept entries and deflating the new ones), and refuses what it cannot copy.
@Suite struct ZipTemplateTests {
    static let text = String(
        repeating: "<w:p><w:r><w:t>Приказ № 57 «Об утверждении плана» &amp; ёлочки</w:t></w:r></w:p>", count: 300)

    /// An archive as a compiled template's package: stored and deflated entries, a folder entry, a
    /// Cyrillic name.
    private func template() throws -> [UInt8] {
        let writer = try ZipWriter(label: "шаблон.docx")
        try writer.add("mimetype", bytes: Array("application/vnd.oasis.opendocument.text".utf8), compressed: false)
        try writer.add("Configurations2/toolbar/", bytes: [], compressed: false)
        try writer.add("content.xml", bytes: Array(Self.text.utf8), compressed: true)
        try writer.add(
            "Pictures/рисунок.png", bytes: (0..<3000).map { UInt8(truncatingIfNeeded: $0 * 7919) }, compressed: false)
        try writer.add("styles.xml", bytes: Array("<styles>ё</styles>".utf8), compressed: true)
        return try writer.finish()
    }

    /// What rendering wrote before ZipTemplate: libzip copying kept entries and deflating replaced ones.
    private func libzipCopy(_ template: [UInt8], replacing parts: [String: [UInt8]]) throws -> [UInt8] {
        let reader = try ZipReader(bytes: template, label: "шаблон.docx")
        let writer = try ZipWriter(label: "шаблон.docx")
        for entry in reader.entries {
            if let bytes = parts[entry.name] {
                try writer.add(entry.name, bytes: bytes, compressed: true)
            } else {
                try writer.copy(entry, from: reader)
            }
        }
        return try writer.finish()
    }

    static let replacements: [[String: [UInt8]]] = [
        [:],
        ["content.xml": Array((text + "<w:p>заполнено</w:p>").utf8)],
        [
            "content.xml": Array("короткая".utf8), "Pictures/рисунок.png": Array(repeating: 65, count: 10_000),
            "mimetype": Array("application/vnd.oasis.opendocument.text".utf8), "нет такого.xml": [1, 2, 3],
        ],
        ["styles.xml": []],
        // Incompressible and larger than the first output chunk: deflated over several rounds.
        ["content.xml": (0..<200_000).map { UInt8(truncatingIfNeeded: ($0 &* 2_654_435_761) >> 13) }],
    ]

    @Test(arguments: replacements)
    func writesTheBytesLibzipWrites(_ parts: [String: [UInt8]]) throws {
        let bytes = try template()
        let copy = try ZipTemplate(bytes: bytes, label: "шаблон.docx").write(replacing: parts)
        #expect(copy == (try libzipCopy(bytes, replacing: parts)))
        let reader = try ZipReader(bytes: copy, label: "копия.docx")
        #expect(
            reader.entries.map(\.name) == [
                "mimetype", "Configurations2/toolbar/", "content.xml", "Pictures/рисунок.png",
                "styles.xml",
            ])
        for entry in reader.entries {
            let original = try ZipReader(bytes: bytes, label: "шаблон.docx").read(entry.name)
            #expect(try reader.read(entry) == (parts[entry.name] ?? original))
        }
    }

    @Test func aTemplateServesManyCopies() throws {
        let template = try ZipTemplate(bytes: try template(), label: "шаблон.docx")
        #expect(template.names.count == 5)
        for number in 1...3 {
            let text = "письмо № \(number)"
            let copy = try template.write(replacing: ["content.xml": Array(text.utf8)])
            #expect(String(decoding: try ZipReader(bytes: copy, label: "x").read("content.xml"), as: UTF8.self) == text)
        }
    }

    @Test func refusesACutArchive() throws {
        let bytes = try template()
        for length in [0, 21, bytes.count / 2, bytes.count - 1] {
            let error = #expect(throws: ZipError.self) {
                try ZipTemplate(bytes: Array(bytes.prefix(length)), label: "шаблон.docx")
            }
            #expect(error?.code == .damaged)
            #expect(error?.archive == "шаблон.docx")
        }
    }

    @Test func refusesAnUnsafeEntryName() throws {
        let writer = try ZipWriter(label: "x")
        try writer.add("a/b.xml", bytes: Array("<a/>".utf8))
        var bytes = try writer.finish()
        // The central directory's name «a/b.xml» becomes «../.xml».
        let name = Array("a/b.xml".utf8)
        let directory = try #require(Self.lastRange(of: name, in: bytes))
        bytes.replaceSubrange(directory, with: Array("../.xml".utf8))
        let error = #expect(throws: ZipError.self) { try ZipTemplate(bytes: bytes, label: "x") }
        #expect(error?.code == .unsafeEntryName)
    }

    @Test func refusesAnEncryptedEntry() throws {
        let writer = try ZipWriter(label: "x")
        try writer.add("a.xml", bytes: Array("<a/>".utf8))
        var bytes = try writer.finish()
        let central = try #require(Self.lastRange(of: [0x50, 0x4B, 0x01, 0x02], in: bytes))
        bytes[central.lowerBound + 8] |= 1
        let error = #expect(throws: ZipError.self) { try ZipTemplate(bytes: bytes, label: "x") }
        #expect(error?.code == .encrypted)
        #expect(error?.entry == "a.xml")
    }

    private static func lastRange(of pattern: [UInt8], in bytes: [UInt8]) -> Range<Int>? {
        stride(from: bytes.count - pattern.count, through: 0, by: -1)
            .first { Array(bytes[$0..<($0 + pattern.count)]) == pattern }
            .map { $0..<($0 + pattern.count) }
    }
}
