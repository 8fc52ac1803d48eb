import Foundation
import HummingbirdTesting
import Store
import TestSupport
import Testing

/// Roles beyond loopback: each role's forbidden actions get 403 and a page naming the role they
/// need; what a role may do still works; HEAD answers as GET does.
@Suite struct RoleTests {
    static let password = "пароль-для-проверки"

    /// A signed-in browser of a new app that asks for a login, as a user of `role`.
    static func signedIn(
        _ role: Role, _ body: @escaping @Sendable (WebFixture, any TestClientProtocol) async throws -> Void
    )
        async throws
    {
        let web = try await WebFixture(requireLogin: true)
        try await web.store.setUser(name: role.rawValue, password: password, role: role, cost: 4)
        try await web.run { client in
            _ = try await web.send(client, .get, "/login")
            let login = try await web.post(client, "/login", fields: [("name", role.rawValue), ("password", password)])
            #expect(login.status == .seeOther)
            try await body(web, client)
        }
    }

    static func expectForbidden(
        _ web: WebFixture, _ client: any TestClientProtocol, _ path: String, needs role: String
    ) async throws {
        let response = try await web.post(client, path, fields: [])
        #expect(response.status == .forbidden, "\(path)")
        let html = String(buffer: response.body)
        #expect(html.contains("Недостаточно прав") && html.contains(role), "\(path)")
    }

    @Test func aClerkMayNotUploadMethodologiesOrResultsNorMakeMonitoringDocuments() async throws {
        try await Self.signedIn(.clerk) { web, client in
            for path in ["/methodologies", "/monitorings/new", "/monitorings/any/documents", "/schools/OO-001"] {
                try await Self.expectForbidden(web, client, path, needs: "«методист»")
            }
            for path in ["/department", "/templates", "/templates/letter/docx/restore"] {
                try await Self.expectForbidden(web, client, path, needs: "«администратор»")
            }
            // Looking is allowed; so is checking a template, which changes nothing.
            #expect(try await web.send(client, .get, "/monitorings").status == .ok)
            #expect(try await web.post(client, "/templates/check", fields: []).status == .unprocessableContent)
        }
    }

    @Test func aMethodistMayNotChangeTheDepartmentOrTemplates() async throws {
        try await Self.signedIn(.methodist) { web, client in
            for path in ["/department", "/templates", "/templates/letter/docx/restore"] {
                try await Self.expectForbidden(web, client, path, needs: "«администратор»")
            }
            #expect(try await web.store.department() != nil)
            // The templates page offers the methodist no upload, and says who may.
            let templates = String(buffer: try await web.send(client, .get, "/templates").body)
            #expect(!templates.contains("Загрузить шаблон</button>") && templates.contains("может администратор"))
            // What a methodist does is still allowed: an upload without a file is answered, not forbidden.
            #expect(try await web.post(client, "/methodologies", fields: []).status == .unprocessableContent)
            #expect(try await web.post(client, "/monitorings/new", fields: []).status == .unprocessableContent)
        }
    }

    @Test func theAdministratorMayChangeTheDepartmentAndTemplates() async throws {
        try await Self.signedIn(.administrator) { web, client in
            let department = try await web.post(client, "/department", fields: [])
            #expect(department.status == .unprocessableContent)
            let template = try await web.post(client, "/templates", fields: [])
            #expect(template.status == .unprocessableContent)
            let restore = try await web.post(client, "/templates/letter/docx/restore", fields: [])
            #expect(restore.status == .seeOther)
        }
    }

    @Test func onLoopbackWithoutALoginEverythingIsAllowed() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            _ = try await web.send(client, .get, "/templates")
            #expect(try await web.post(client, "/department", fields: []).status == .unprocessableContent)
            #expect(try await web.post(client, "/templates", fields: []).status == .unprocessableContent)
        }
    }

    @Test func headAnswersAsGetDoes() async throws {
        let web = try await WebFixture()
        try await web.run { client in
            for path in ["/monitorings", "/templates", "/schools", "/department", "/static/style.css"] {
                let response = try await web.send(client, .head, path)
                #expect(response.status == .ok, "\(path)")
                #expect(response.body.readableBytes == 0)
            }
            #expect(try await web.send(client, .head, "/нет-такой").status == .notFound)
        }
        let guarded = try await WebFixture(requireLogin: true)
        try await guarded.run { client in
            let response = try await guarded.send(client, .head, "/monitorings")
            #expect(response.status == .seeOther)
        }
    }
}
