import Foundation
import TestSupport
import Testing

/// One folder collects orders over time: each order's files appear together, other orders' files
/// stay; a folder of someone else's files is not written.
@Suite struct OrderOutputTests {
    static func example(_ name: String) -> String {
        Paths.root.appendingPathComponent("Examples/orders/\(name).yaml").path
    }

    @Test func ordersCollectInOneFolder() throws {
        let folder = try Paths.temporaryFolder().appendingPathComponent("приказы")
        for (order, format) in [
            ("lysogorsk-2022-57", "docx,odt"), ("yenisei-2023-305", "docx"), ("lysogorsk-2022-57", "odt"),
        ] {
            let result = try Command.paperwork(["order", Self.example(order), "-o", folder.path, "--format", format])
            #expect(result.status == 0, "\(result.stderr)")
        }
        let snapshot = try FolderSnapshot.take(folder)
        #expect(
            snapshot.names == [
                ".paperwork", "приказ 01-04-305 от 08.11.2023.docx", "приказ 57 от 23.03.2022.docx",
                "приказ 57 от 23.03.2022.odt",
            ])
        let marker = try String(contentsOf: folder.appendingPathComponent(".paperwork"), encoding: .utf8)
        #expect(
            marker.hasSuffix(
                "\nприказ 01-04-305 от 08.11.2023.docx\nприказ 57 от 23.03.2022.docx\nприказ 57 от 23.03.2022.odt\n"))
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.deletingLastPathComponent().path) == ["приказы"])
    }

    /// A clerk's folder of orders typed by hand: the new order is added, the clerk's files stay as
    /// they were and are not claimed in the marker (a later `batch` into this folder would refuse).
    @Test func ordersAreAddedToAFolderOfOtherFiles() throws {
        let folder = try Paths.temporaryFolder()
        try Data("мой".utf8).write(to: folder.appendingPathComponent("мой приказ.docx"))
        let result = try Command.paperwork(["order", Self.example("lysogorsk-2022-57"), "-o", folder.path])
        #expect(result.status == 0, "\(result.stderr)")
        #expect(
            try FileManager.default.contentsOfDirectory(atPath: folder.path).sorted()
                == [".paperwork", "мой приказ.docx", "приказ 57 от 23.03.2022.docx", "приказ 57 от 23.03.2022.odt"])
        #expect(try Data(contentsOf: folder.appendingPathComponent("мой приказ.docx")) == Data("мой".utf8))
        let marker = try String(contentsOf: folder.appendingPathComponent(".paperwork"), encoding: .utf8)
        #expect(!marker.contains("мой приказ.docx"))
        #expect(marker.contains("Другие файлы папки Paperwork не трогает"))
        let batch = try Command.paperwork([
            "batch", "--methodology", Paths.example("methodologies/vpr-objectivity.yaml"),
            "--results", Paths.example("results/vpr-objectivity-2023.csv"),
            "--department", Paths.example("department/sosnovsky.yaml"), "-o", folder.path, "--format", "docx",
        ])
        #expect(batch.status == 1)
        #expect(batch.stderr.contains("output_not_ours"))
        #expect(try Data(contentsOf: folder.appendingPathComponent("мой приказ.docx")) == Data("мой".utf8))
    }
}
