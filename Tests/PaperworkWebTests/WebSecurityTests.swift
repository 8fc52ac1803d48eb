import Foundation
import HTTPTypes
import Hummingbird
import HummingbirdTesting
import Testing

/// Safe by default: headers, cookies, CSRF, login beyond loopback, upload limits.
@Suite struct WebSecurityTests {
    @Test func pagesCarrySecurityHeadersAndAStrictCSRFCookie() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            let response = try await web.send(client, .get, "/monitorings")
            #expect(response.status == .ok)
            let policy = try #require(response.headers[.contentSecurityPolicy])
            #expect(policy.contains("script-src 'self'") && !policy.contains("unsafe-inline"))
            #expect(policy.contains("frame-ancestors 'none'"))
            #expect(response.headers[.xContentTypeOptions] == "nosniff")
            #expect(response.headers[HTTPField.Name("X-Frame-Options")!] == "DENY")
            let cookie = try #require(response.headers[values: .setCookie].first { $0.hasPrefix("paperwork_csrf=") })
            #expect(cookie.contains("HttpOnly") && cookie.contains("SameSite=Strict"))
            let page = String(buffer: response.body)
            #expect(page.contains("Мониторинги") && page.contains("Новый мониторинг"))
        }
    }

    @Test func aPostWithoutItsCSRFTokenIsRefused() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/monitorings/new")
            let without = try await web.upload(
                client, "/monitorings/new", fields: [("methodology", "vpr-objectivity")],
                files: ["results": ("r.csv", try WebFixture.example("results/vpr-objectivity-2023.csv"))], csrf: false)
            #expect(without.status == .forbidden)
            #expect(String(buffer: without.body).contains("Форма устарела"))
            let forged = try await web.post(
                client, "/logout", fields: [("_csrf", String(repeating: "0", count: 64))], csrf: false)
            #expect(forged.status == .forbidden)
            #expect(try await web.store.campaigns().isEmpty)
        }
    }

    @Test func beyondLoopbackEveryPageButTheLoginAsksForALogin() async throws {
        let web = try await WebFixture(requireLogin: true)
        try await web.store.setUser(name: "admin", password: "пароль-админа", role: .administrator, cost: 4)
        try await web.run { client in
            for page in ["/monitorings", "/monitorings/new", "/methodologies", "/department", "/documents/x"] {
                let response = try await web.send(client, .get, page)
                #expect(response.status == .seeOther, "\(page)")
                #expect(response.headers[.location]?.hasPrefix("/login") == true)
            }
            #expect(try await web.send(client, .get, "/login").status == .ok)
            #expect(try await web.send(client, .get, "/static/style.css").status == .ok)
            let wrong = try await web.post(client, "/login", fields: [("name", "admin"), ("password", "не тот")])
            #expect(wrong.status == .unauthorized)
            #expect(String(buffer: wrong.body).contains("Неверное имя или пароль"))
            let right = try await web.post(
                client, "/login", fields: [("name", "admin"), ("password", "пароль-админа"), ("next", "/department")])
            #expect(right.status == .seeOther)
            #expect(right.headers[.location] == "/department")
            let session = try #require(right.headers[values: .setCookie].first { $0.hasPrefix("paperwork_session=") })
            #expect(session.contains("HttpOnly") && session.contains("SameSite=Strict"))
            #expect(try await web.send(client, .get, "/monitorings").status == .ok)
            // A login page never sends anyone to another site.
            let away = try await web.post(
                client, "/login",
                fields: [("name", "admin"), ("password", "пароль-админа"), ("next", "//evil.example")])
            #expect(away.headers[.location] == "/monitorings")
        }
    }

    @Test func anUploadOverTheLimitGetsAClearRussianMessage() async throws {
        let web = try await WebFixture(uploadLimit: 1 << 20)
        try await web.run { client in
            _ = try await web.send(client, .get, "/monitorings/new")
            let response = try await web.upload(
                client, "/monitorings/new", fields: [("methodology", "vpr-objectivity")],
                files: ["results": ("big.csv", Data(count: 2 << 20))])
            #expect(response.status == .contentTooLarge)
            let page = String(buffer: response.body)
            #expect(page.contains("Файл слишком большой") && page.contains("1 МБ"))
        }
    }
}
