import Foundation
import PaperworkKit
import TestSupport
import Testing

/// `emblem:` in an order or department file: the picture above the issuer on the first page, read
/// from beside the file; a name that leaves the file's folder or a file that is not a picture is
/// refused at its line, before anything is written.
@Suite struct OrderEmblemTests {
    static let order = """
        issuer: [ОТДЕЛ ОБРАЗОВАНИЯ]
        issuer_name: отдел образования
        date: 2023-11-20
        number: "214"
        title: Об итогах мониторинга
        people:
          head: {surname: Ковалёва, first_name: Ирина, patronymic: Сергеевна, title: начальник отдела образования}
        items:
          - Утвердить рейтинг.
        signatory: head

        """

    /// Loads the order with `emblem: <reference>` from a folder holding `files`.
    static func load(emblem reference: String, files: [String: [UInt8]]) throws -> Order {
        let folder = try Paths.temporaryFolder()
        for (name, bytes) in files {
            try Data(bytes).write(to: folder.appendingPathComponent(name))
        }
        return try OrderLoader.load(
            NamedBytes(name: "приказ.yaml", text: order + "emblem: \(reference)\n"), files: FolderSource(folder: folder)
        )
    }

    static func problems(_ body: () throws -> Void) -> [Diagnostic] {
        do {
            try body()
            return []
        } catch {
            return Diagnostic.from(error)
        }
    }

    @Test func anEmblemBesideTheFileIsRead() throws {
        let emblem = try Data(contentsOf: URL(fileURLWithPath: Paths.example("department/emblem.png")))
        let order = try Self.load(emblem: "герб.png", files: ["герб.png": [UInt8](emblem)])
        #expect(order.emblem?.pixelWidth == 180 && order.emblem?.format == .png)
    }

    @Test func anEmblemOutsideTheFilesFolderIsRefusedAtItsLine() {
        for reference in ["../герб.png", "/etc/passwd", "a/../../b.png"] {
            let found = Self.problems { _ = try Self.load(emblem: reference, files: [:]) }
            #expect(found.map(\.code) == ["emblem_path"], "\(reference)")
            #expect(found.first?.location.line == 11 && found.first?.location.file == "приказ.yaml")
        }
    }

    @Test func anEmblemThatIsNotAPictureOrIsMissingIsRefused() {
        let text = Self.problems {
            _ = try Self.load(emblem: "герб.png", files: ["герб.png": Array("не картинка".utf8)])
        }
        #expect(text.map(\.code) == ["picture_unknown_format"])
        #expect(text.first?.message.contains("PNG или JPEG") == true && text.first?.location.line == 11)
        let missing = Self.problems { _ = try Self.load(emblem: "нет.png", files: [:]) }
        #expect(missing.count == 1 && missing.first?.location.line == 11)
        #expect(missing.first?.message.contains("«нет.png»") == true)
    }

    /// The example department names its emblem: the results order shows it above the issuer, and the
    /// QR code in the footer, both on the first page of the PDF.
    @Test(.enabled(if: LibreOffice.testsEnabled && FileManager.default.isExecutableFile(atPath: "/usr/bin/pdfimages")))
    func theExampleResultsOrderShowsTheEmblem() throws {
        let inputs = try Batch.Inputs.files(
            methodology: Paths.example("methodologies/vpr-objectivity.yaml"),
            results: Paths.example("results/vpr-objectivity-2023.csv"),
            department: Paths.example("department/sosnovsky.yaml"), formats: [.docx, .odt])
        let sink = MemorySink()
        _ = try Paperwork.batch(inputs).write(into: sink)
        try sink.commit()
        let folder = try Paths.temporaryFolder()
        var files: [String] = []
        for (name, bytes) in sink.documents where name.hasPrefix("приказ") {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        #expect(files.count == 2)
        for pdf in try LibreOffice.convert(files, to: "pdf") {
            let list = try Command.run("/usr/bin/pdfimages", ["-list", "-f", "1", "-l", "1", pdf])
            let images = list.stdout.split(separator: "\n").dropFirst(2)
            // The emblem in colour and the QR code in grey (LibreOffice re-encodes both at 300 dpi).
            #expect(images.count == 2, "\(pdf): \(list.stdout)")
            #expect(
                images.contains { $0.contains(" rgb ") } && images.contains { $0.contains(" gray ") },
                "\(pdf): \(list.stdout)")
            let second = try Command.run("/usr/bin/pdfimages", ["-list", "-f", "2", "-l", "2", pdf])
            #expect(second.stdout.split(separator: "\n").count == 2, "page 2 has no picture")
        }
    }
}
