import Foundation
import PaperworkKit
import TestSupport
import Testing

/// The example department turns `qr_code` on: the batch's results order carries, in the footer of
/// its first page, a QR code that a reader decodes back to the order's requisites, in DOCX and ODT.
@Suite(.enabled(if: LibreOffice.testsEnabled && FileManager.default.isExecutableFile(atPath: "/usr/bin/zbarimg")))
struct OrderQRCodeTests {
    @Test func theResultsOrderCarriesAReadableQRCode() throws {
        let inputs = try Batch.Inputs.files(
            methodology: Paths.example("methodologies/vpr-objectivity.yaml"),
            results: Paths.example("results/vpr-objectivity-2023.csv"),
            department: Paths.example("department/sosnovsky.yaml"), formats: [.docx, .odt])
        let batch = try Paperwork.batch(inputs)
        let sink = MemorySink()
        _ = try batch.write(into: sink)
        try sink.commit()
        let folder = try Paths.temporaryFolder()
        var files: [String] = []
        for (name, bytes) in sink.documents where name.hasPrefix("приказ") {
            let path = folder.appendingPathComponent(name).path
            try Data(bytes).write(to: URL(fileURLWithPath: path))
            files.append(path)
        }
        #expect(files.count == 2)
        let expected = [
            "АДМИНИСТРАЦИЯ СОСНОВСКОГО МУНИЦИПАЛЬНОГО РАЙОНА ОТДЕЛ ОБРАЗОВАНИЯ",
            "Приказ от 20.11.2023 № 214-од",
        ]
        for pdf in try LibreOffice.convert(files, to: "pdf") {
            let prefix = pdf + "-page"
            #expect(
                try Command.run("/usr/bin/pdftoppm", ["-r", "300", "-png", "-f", "1", "-l", "1", pdf, prefix]).status
                    == 0)
            let pages = URL(fileURLWithPath: pdf).deletingLastPathComponent()
            let page = try #require(
                try FileManager.default.contentsOfDirectory(atPath: pages.path).first {
                    pages.appendingPathComponent($0).path.hasPrefix(prefix) && $0.hasSuffix(".png")
                })
            let decoded = try Command.run("/usr/bin/zbarimg", ["-q", "--raw", pages.appendingPathComponent(page).path])
            let lines = decoded.stdout.split(separator: "\n").map(String.init)
            #expect(lines == expected, "\(pdf): \(lines)")
            // Only the first page carries it: zbarimg finds nothing on the second (exit status 4).
            let second = prefix + "2"
            #expect(
                try Command.run(
                    "/usr/bin/pdftoppm", ["-r", "300", "-png", "-f", "2", "-l", "2", "-singlefile", pdf, second]
                ).status == 0)
            #expect(try Command.run("/usr/bin/zbarimg", ["-q", "--raw", second + ".png"]).status == 4)
        }
    }
}
