import Foundation
import HummingbirdTesting
import PaperworkKit
import Testing

@testable import PaperworkWeb

/// «Отдел»: new settings are checked first and kept with the files they name; references resolve
/// among the stored files only, never above them.
@Suite struct DepartmentUploadTests {
    @Test func newSettingsAreCheckedThenKept() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/department")
            let bad = try await web.upload(
                client, "/department", fields: [],
                files: ["settings": ("отдел.yaml", Data("issuer: [ОТДЕЛ]\nletters: 5\n".utf8))])
            #expect(bad.status == .unprocessableContent)
            #expect(String(buffer: bad.body).contains("Найдено ошибок"))
            #expect(try await web.store.department()?.mainFile == "department/sosnovsky.yaml")

            let settings = try WebFixture.example("department/sosnovsky.yaml")
            let good = try await web.upload(
                client, "/department", fields: [], files: ["settings": ("../../новый отдел.yaml", settings)])
            #expect(good.status == .seeOther)
            let department = try #require(try await web.store.department())
            #expect(department.mainFile == "department/новый отдел.yaml")
            #expect(department.files[department.mainFile] == settings)
            #expect(department.name.contains("Сосновского"))
        }
    }

    @Test func storedFilesResolveWithinTheirRootAndTheMonitoringStandsIn() throws {
        let files = StoredFiles(
            files: ["recommendations/r.yaml": Data("r".utf8), "orders/o.yaml": Data("o".utf8)],
            folder: ["department"], methodology: NamedBytes(name: "m.yaml", text: "m"),
            results: NamedBytes(name: "р.xlsx", text: "x"), catalogue: nil)
        #expect(try files.read("../orders/o.yaml").bytes == Data("o".utf8))
        #expect(try files.read("../../../../orders/o.yaml").bytes == Data("o".utf8))
        #expect(files.resolve("../../../etc/passwd") == ["etc", "passwd"])
        #expect(throws: Diagnostic.self) { try files.read("../../etc/passwd") }
        let order = files.source(besides: "../orders/o.yaml")
        #expect(try order.read("../methodologies/любая.yaml").name == "m.yaml")
        #expect(try order.read("../results/любые.xlsx").name == "р.xlsx")
        let withCatalogue = StoredFiles(
            files: [:], folder: ["department"], methodology: nil, results: nil,
            catalogue: NamedBytes(name: "к.yaml", text: "k"))
        #expect(try withCatalogue.read("../recommendations/other.yaml").name == "к.yaml")
    }
}
