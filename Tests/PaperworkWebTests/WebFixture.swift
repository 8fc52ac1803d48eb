import Foundation
import Hummingbird
import HummingbirdTesting
import PaperworkWeb
import Store
import TestSupport
import Testing

/// A real Paperwork web app over a real SQLite store in a new folder, driven by Hummingbird's
/// test client; a small browser: it keeps the cookies the app sets.
final class WebFixture: @unchecked Sendable {
    let folder: URL
    let store: Store
    let configuration: WebConfiguration
    private let lock = NSLock()
    private var cookies: [String: String] = [:]

    init(requireLogin: Bool = false, uploadLimit: Int = 20 << 20, folder: URL? = nil) async throws {
        self.folder = try folder ?? Paths.temporaryFolder()
        configuration = WebConfiguration(
            dataFolder: self.folder.path, uploadLimit: uploadLimit, requireLogin: requireLogin)
        store = try await Store.open(try StoreLocation.from(database: nil, dataFolder: self.folder.path))
    }

    /// Runs `body` with a client of the app; the store is closed afterwards.
    func run(_ body: @escaping @Sendable (any TestClientProtocol) async throws -> Void) async throws {
        try await PaperworkServer.prepare(store)
        let app = Application(router: try await PaperworkServer.router(configuration, store: store))
        do {
            try await app.test(.router, body)
        } catch {
            try? await store.close()
            throw error
        }
        try await store.close()
    }

    /// The CSRF token the app gave this browser.
    var csrf: String { lock.withLock { cookies["paperwork_csrf"] ?? "" } }

    /// Sends a request with this browser's cookies and keeps the ones the response sets.
    func send(
        _ client: any TestClientProtocol, _ method: HTTPRequest.Method, _ uri: String, headers: HTTPFields = [:],
        body: ByteBuffer? = nil
    ) async throws -> TestResponse {
        var headers = headers
        let cookie = lock.withLock { cookies.map { "\($0.key)=\($0.value)" }.joined(separator: "; ") }
        if !cookie.isEmpty { headers[.cookie] = cookie }
        let response = try await client.execute(uri: uri, method: method, headers: headers, body: body)
        for line in response.headers[values: .setCookie] {
            guard let pair = line.split(separator: ";").first else { continue }
            let parts = pair.split(separator: "=", maxSplits: 1).map(String.init)
            lock.withLock {
                if parts.count == 2, !parts[1].isEmpty { cookies[parts[0]] = parts[1] } else { cookies[parts[0]] = nil }
            }
        }
        return response
    }

    /// Posts a URL-encoded form (with the CSRF token unless `csrf` is false).
    func post(_ client: any TestClientProtocol, _ uri: String, fields: [(String, String)], csrf: Bool = true)
        async throws -> TestResponse
    {
        let all = (csrf ? [("_csrf", self.csrf)] : []) + fields
        let text = all.map {
            "\($0.0)=\($0.1.addingPercentEncoding(withAllowedCharacters: .alphanumerics) ?? "")"
        }.joined(separator: "&")
        var headers = HTTPFields()
        headers[.contentType] = "application/x-www-form-urlencoded"
        return try await send(client, .post, uri, headers: headers, body: ByteBuffer(string: text))
    }

    /// Asks for the documents of monitoring `id` (the form's `fields`) and waits, up to two minutes,
    /// until the set is made; expects the redirect to its page and the set done.
    /// - Returns: the set's id (its page is `/documents/<id>`).
    func makeDocuments(
        _ client: any TestClientProtocol, monitoring id: String, fields: [(String, String)] = [("format", "docx")]
    ) async throws -> String {
        let start = try await post(client, "/monitorings/\(id)/documents", fields: fields)
        #expect(start.status == .seeOther, "\(String(buffer: start.body))")
        let setID = String(try #require(start.headers[.location]).dropFirst("/documents/".count))
        var set = try await store.documentSet(id: setID)
        for _ in 0..<600 where set?.status == .running {
            try await Task.sleep(for: .milliseconds(200))
            set = try await store.documentSet(id: setID)
        }
        #expect(set?.status == .done, "\(set?.message ?? "")")
        return setID
    }

    /// Posts a multipart form with files (name → (file name, bytes)).
    func upload(
        _ client: any TestClientProtocol, _ uri: String, fields: [(String, String)], files: [String: (String, Data)],
        csrf: Bool = true
    ) async throws -> TestResponse {
        let boundary = "----paperwork-test-boundary"
        var body = ByteBuffer()
        for (name, value) in (csrf ? [("_csrf", self.csrf)] : []) + fields {
            body.writeString("--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"\r\n\r\n\(value)\r\n")
        }
        for (name, file) in files {
            body.writeString(
                "--\(boundary)\r\nContent-Disposition: form-data; name=\"\(name)\"; filename=\"\(file.0)\"\r\n"
                    + "Content-Type: application/octet-stream\r\n\r\n")
            body.writeBytes(file.1)
            body.writeString("\r\n")
        }
        body.writeString("--\(boundary)--\r\n")
        var headers = HTTPFields()
        headers[.contentType] = "multipart/form-data; boundary=\(boundary)"
        return try await send(client, .post, uri, headers: headers, body: body)
    }

    /// An example file of the repository.
    static func example(_ name: String) throws -> Data {
        try Data(contentsOf: URL(fileURLWithPath: Paths.example(name)))
    }
}
