import Testing

@testable import ZipArchive

@Suite struct HostileArchiveTests {
    @Test(arguments: [
        ("../../evil.txt", "переход в родительскую папку («..») в имени элемента"),
        ("word/../../evil.txt", "переход в родительскую папку («..») в имени элемента"),
        ("/etc/passwd", "абсолютный путь в имени элемента"),
        ("word\\document.xml", "обратная косая черта в имени элемента"),
        ("C:/evil.txt", "имя элемента начинается с буквы диска"),
        ("", "пустое имя элемента"),
        ("a\u{1}b", "имя элемента содержит управляющие символы"),
    ])
    func unsafeNames(name: String, reason: String) {
        #expect(EntryName.problem(name) == reason)
    }

    @Test(arguments: [
        "word/document.xml", "[Content_Types].xml", "Configurations2/", "a..b/c..d.xml", "Pictures/ё.png",
    ])
    func safeNames(name: String) {
        #expect(EntryName.problem(name) == nil)
    }

    @Test func emptyBytesAreRefused() {
        let error = #expect(throws: ZipError.self) { try ZipReader(bytes: [], label: "пустой.docx") }
        #expect(error?.code == .emptyFile)
        #expect(error?.archive == "пустой.docx")
    }

    @Test func textIsNotAZip() {
        let error = #expect(throws: ZipError.self) {
            try ZipReader(bytes: Array("просто текст, не архив".utf8), label: "текст.docx")
        }
        #expect(error?.code == .notZip)
    }

    @Test func truncatedArchiveIsDamaged() throws {
        let writer = try ZipWriter(label: "t.zip")
        try writer.add("a.xml", bytes: Array(String(repeating: "<a>ё</a>", count: 400).utf8))
        let bytes = try writer.finish()
        let error = #expect(throws: ZipError.self) {
            try ZipReader(bytes: Array(bytes.prefix(bytes.count / 2)), label: "t.zip")
        }
        #expect(error?.code == .damaged)
    }

    @Test func oversizedEntriesAndRatiosFailBeforeInflating() throws {
        let writer = try ZipWriter(label: "bomb.zip")
        try writer.add("zeros.bin", bytes: [UInt8](repeating: 0, count: 4 << 20))
        let bytes = try writer.finish()
        let bySize = #expect(throws: ZipError.self) {
            try ZipReader(bytes: bytes, label: "bomb.zip", limits: ZipLimits(maxEntrySize: 1 << 20))
        }
        #expect(bySize?.code == .tooLarge)
        #expect(bySize?.entry == "zeros.bin")
        let byRatio = #expect(throws: ZipError.self) { try ZipReader(bytes: bytes, label: "bomb.zip") }
        #expect(byRatio?.code == .suspiciousRatio)
        let byTotal = #expect(throws: ZipError.self) {
            try ZipReader(bytes: bytes, label: "bomb.zip", limits: ZipLimits(maxTotalSize: 2 << 20, maxRatio: 100_000))
        }
        #expect(byTotal?.code == .tooLarge)
    }

    @Test func tooManyEntries() throws {
        let writer = try ZipWriter(label: "many.zip")
        for index in 0..<5 { try writer.add("f\(index).txt", bytes: [UInt8(index)]) }
        let error = #expect(throws: ZipError.self) {
            try ZipReader(bytes: try writer.finish(), label: "many.zip", limits: ZipLimits(maxEntries: 4))
        }
        #expect(error?.code == .tooManyEntries)
    }
}
