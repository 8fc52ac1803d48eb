import Foundation
import OfficePackage
import PaperworkKit
import Register
import RussianText
import Store
import TestSupport
import Testing

/// A registered order's template reads pictures beside the order file, as `paperwork order` does.
extension StoreTests {
    @Test func aRegisteredOrdersTemplateReadsAPictureBesideTheOrderFile() async throws {
        let folder = try Paths.temporaryFolder()
        let orderPath = folder.appendingPathComponent("приказ.yaml")
        try FileManager.default.copyItem(
            atPath: Paths.example("orders/yenisei-2023-305.yaml"), toPath: orderPath.path)
        try FileManager.default.copyItem(
            atPath: Paths.example("department/emblem.png"), toPath: folder.appendingPathComponent("герб.png").path)
        let template = try DocumentFixture.docx(
            body: DocumentFixture.p("{{ image(\"герб.png\", height=\"1cm\") }}") + DocumentFixture.p("{{ title }}"))
        try await StoreFixture.withStore(.sqlite) { store in
            let registrar = Registrar(
                store: store,
                series: [RegisterSeries(id: "од", title: "основная", format: "{n}-од", restartsYearly: true)],
                department: "Управление", departmentFile: "")
            let request = Registrar.Request(
                order: try NamedBytes.read(path: orderPath.path), files: FolderSource(folder: folder),
                date: try #require(RussianDate(year: 2026, month: 12, day: 1)), user: "Белова", formats: [.docx],
                templates: Dictionary(
                    uniqueKeysWithValues: ["order.docx", "order-landscape.docx"].map {
                        ($0, NamedBytes(name: $0, bytes: Data(template)))
                    }))
            let entry = try await registrar.register(request)
            let file = try #require(try await store.registeredFile(of: entry.id, format: "docx"))
            let document = try OfficeDocument(bytes: file.bytes, label: "приказ.docx")
            let media = document.partNames.filter { $0.hasPrefix("word/media/") }
            #expect(media.count == 1)
            let emblem = try Data(contentsOf: URL(fileURLWithPath: Paths.example("department/emblem.png")))
            #expect(try media.first.map { Data(try document.bytes(of: $0)) } == emblem)
        }
    }
}
