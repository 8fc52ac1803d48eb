import Foundation
import HummingbirdTesting
import Testing

/// «Методики»: an uploaded methodology is checked first; a good one is kept and offered for a new
/// monitoring, a bad one shows every problem with its line and is not kept.
@Suite struct MethodologyUploadTests {
    @Test func aGoodMethodologyIsKeptAndABadOneShowsItsProblems() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/methodologies")
            let yaml = try WebFixture.example("methodologies/shnor-effectiveness.yaml")
            let good = try await web.upload(
                client, "/methodologies", fields: [],
                files: [
                    "methodology": ("ШНОР 2024.yaml", yaml),
                    "catalogue": (
                        "рекомендации.yaml", try WebFixture.example("recommendations/shnor-effectiveness.yaml")
                    ),
                ])
            #expect(good.status == .seeOther)
            let location = try #require(good.headers[.location])
            #expect(location == "/monitorings/new?methodology=2024")
            let stored = try await web.store.methodologies().filter { !$0.shipped }
            #expect(stored.count == 1 && stored.first?.yaml == yaml && stored.first?.fileName == "ШНОР 2024.yaml")
            let form = String(buffer: try await web.send(client, .get, location).body)
            #expect(form.contains("selected"))

            let broken = Data("title: Методика\nlevels: [\n".utf8)
            let bad = try await web.upload(
                client, "/methodologies", fields: [], files: ["methodology": ("сломанная.yaml", broken)])
            #expect(bad.status == .unprocessableContent)
            let page = String(buffer: bad.body)
            #expect(page.contains("Найдено ошибок") && page.contains("сломанная.yaml"))
            #expect(try await web.store.methodologies().filter { !$0.shipped }.count == 1)
        }
    }
}
