import Diagnostics
import Foundation
import TestSupport
import Testing
import ZipArchive

@testable import Output

/// The ZIP stream: written front to back, read by `unzip`, Python's zipfile and LibreOffice.
@Suite struct ZipStreamSinkTests {
    static func documents() throws -> [(String, [UInt8])] {
        let docx = try DocumentFixture.docx(body: DocumentFixture.p("Приказ № 5 «Об итогах мониторинга»\u{A0}— ёлочки"))
        return [
            ("Справка.docx", docx), ("письма/001 МБОУ СОШ № 1.docx", docx),
            ("Рейтинг.csv", Array("Место;Код\r\n1;OO-001\r\n".utf8)),
            ("пусто.txt", []),
        ]
    }

    @Test func archiveIsValidForUnzipPythonAndLibreOffice() throws {
        let folder = try Paths.temporaryFolder()
        let file = folder.appendingPathComponent("итоги.zip")
        try Data().write(to: file)
        let handle = try FileHandle(forWritingTo: file)
        let sink = ZipStreamSink(
            label: "итоги.zip", handle: handle, modified: Date(timeIntervalSince1970: 1_700_000_000))
        for (name, bytes) in try Self.documents() { try sink.add(name, bytes: bytes) }
        try sink.commit()
        try handle.close()

        let tested = try Command.run("/usr/bin/unzip", ["-t", file.path])
        #expect(tested.status == 0, "\(tested.stdout)")
        #expect(tested.stdout.contains("No errors detected"))
        let script = """
            import sys, zipfile
            z = zipfile.ZipFile(sys.argv[1])
            assert z.testzip() is None
            for i in z.infolist():
                print(i.filename, i.compress_type, i.flag_bits & 0x800, i.file_size, i.date_time[0], oct(i.external_attr >> 16))
            """
        let python = try Command.run("/usr/bin/python3", ["-c", script, file.path])
        #expect(python.status == 0, "\(python.stderr)")
        let docx = try Self.documents()[0].1.count
        #expect(
            python.stdout.split(separator: "\n").map(String.init) == [
                "Справка.docx 0 2048 \(docx) 2023 0o100644",
                "письма/001 МБОУ СОШ № 1.docx 0 2048 \(docx) 2023 0o100644",
                "Рейтинг.csv 0 2048 \(try Self.documents()[2].1.count) 2023 0o100644",
                "пусто.txt 0 2048 0 2023 0o100644",
            ])
        let extracted = try Command.run(
            "/usr/bin/unzip", ["-q", file.path, "-d", folder.appendingPathComponent("out").path])
        #expect(extracted.status == 0)
        let letter = folder.appendingPathComponent("out/письма/001 МБОУ СОШ № 1.docx")
        #expect(try Data(contentsOf: letter) == Data(try Self.documents()[1].1))
        if LibreOffice.testsEnabled {
            let text = try LibreOffice.text(of: [letter.path])
            #expect(text.first?.contains("Приказ № 5 «Об итогах мониторинга»\u{A0}— ёлочки") == true)
        }
    }

    @Test func writesOnlyForwardAndIsNotAnArchiveUntilCommitted() throws {
        nonisolated(unsafe) var chunks: [[UInt8]] = []
        let sink = ZipStreamSink(label: "итоги.zip") { chunks.append($0) }
        let documents = try Self.documents()
        try sink.add(documents[0].0, bytes: documents[0].1)
        // The header and the bytes went out at once; nothing is kept back or rewritten.
        #expect(chunks.count == 2 && chunks[1] == documents[0].1)
        sink.discard()
        #expect(throws: Diagnostic.self) { try sink.add("ещё.docx", bytes: [1]) }
        #expect(throws: Diagnostic.self) { try sink.commit() }
        let file = try Paths.temporaryFolder().appendingPathComponent("прерван.zip")
        try Data(chunks.flatMap { $0 }).write(to: file)
        #expect(try Command.run("/usr/bin/unzip", ["-t", file.path]).status != 0)
    }

    @Test func refusesArchivesPastTheLimitAndReportsStreamFailures() throws {
        let small = ZipStreamSink(label: "итоги.zip", modified: Date(), limit: 1000) { _ in }
        try small.add("a.docx", bytes: [UInt8](repeating: 1, count: 500))
        let large = #expect(throws: Diagnostic.self) {
            try small.add("b.docx", bytes: [UInt8](repeating: 2, count: 500))
        }
        #expect(large?.code == "output_write_failed")
        #expect(large?.message.contains("больше 4 ГБ") == true)

        let broken = ZipStreamSink(label: "итоги.zip") { _ in throw CocoaError(.fileWriteOutOfSpace) }
        let failed = #expect(throws: Diagnostic.self) { try broken.add("a.docx", bytes: [1]) }
        #expect(
            failed?.message
                == "не удалось передать архив «итоги.zip»: на диске не осталось места; освободите место и повторите")
    }

    @Test func crc32OfTheStandardCheckString() {
        #expect(CRC32.checksum(Array("123456789".utf8)) == 0xCBF4_3926)
        #expect(CRC32.checksum(Array("6789".utf8), initial: CRC32.checksum(Array("12345".utf8))) == 0xCBF4_3926)
        #expect(CRC32.checksum([]) == 0)
    }
}
