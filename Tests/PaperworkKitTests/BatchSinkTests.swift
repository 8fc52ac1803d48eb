import Foundation
import TestSupport
import Testing

@testable import PaperworkKit

/// The batch writes into any sink: memory and a ZIP stream (the web page's two ways), each
/// document once.
@Suite struct BatchSinkTests {
    static let expected: Set<String> = [
        "Справка.docx", "Справка.odt", "Рейтинг.docx", "Рейтинг.odt", "Рейтинг.csv",
        "приказ 214-од от 20.11.2023.docx", "приказ 214-од от 20.11.2023.odt",
    ]

    @Test func intoMemory() throws {
        let batch = try Batch(try BatchTests.inputs())
        let sink = MemorySink()
        let names = try batch.write(into: sink)
        try sink.commit()
        #expect(Set(names) == Set(sink.documents.keys))
        let letters = names.filter { $0.hasPrefix("письма/") }
        #expect(letters.count == 2 * 26)
        #expect(Set(names.filter { !$0.hasPrefix("письма/") }) == Self.expected)
        #expect(letters.contains("письма/OO-001 МБОУ СОШ № 1.odt"))
        #expect(!FileManager.default.fileExists(atPath: "/не/используется"))
    }

    @Test func intoAZipStream() throws {
        let batch = try Batch(try BatchTests.inputs(formats: [.docx]))
        nonisolated(unsafe) var archive: [UInt8] = []
        let sink = ZipStreamSink(label: "итоги.zip") { archive += $0 }
        let names = try batch.write(into: sink)
        try sink.commit()
        let file = try Paths.temporaryFolder().appendingPathComponent("итоги.zip")
        try Data(archive).write(to: file)
        let listing = try Command.run(
            "/usr/bin/python3",
            [
                "-c",
                """
                import sys, zipfile
                z = zipfile.ZipFile(sys.argv[1])
                assert z.testzip() is None
                print("\\n".join(z.namelist()))
                """, file.path,
            ])
        #expect(listing.status == 0, "\(listing.stderr)")
        // Letters arrive in the order they are rendered, on all cores.
        #expect(listing.stdout.split(separator: "\n").map(String.init).sorted() == names.sorted())
        #expect(names.count == 3 + 1 + 26)
    }
}
