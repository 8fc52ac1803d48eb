import Foundation
import Hummingbird
import Logging
import PaperworkKit
import Store

/// `paperwork serve`: the web page for the methodist and the clerk, over PaperworkKit and the store.
public enum PaperworkServer {
    /// Fills a new store with the shipped methodologies and the example department, as every front
    /// end that opens one does (the command line's `register` too); a store that has them is left as is.
    public static func seed(_ store: Store) async throws { try await Seeder.seed(store) }

    /// Prepares the store for serving: fills a new one with the shipped methodologies and the
    /// example department, and marks failed the document sets whose server died while writing them.
    public static func prepare(_ store: Store, startedAt: Date = Date()) async throws {
        try await Seeder.seed(store)
        // On SQLite this server is the only one: every running set is an orphan. On PostgreSQL other
        // servers may be writing theirs: only sets without news for a while are taken for dead.
        let cutoff: Date
        if case .sqlite = store.location {
            cutoff = startedAt
        } else {
            cutoff = startedAt.addingTimeInterval(-DocumentSetRecord.staleAfter)
        }
        try await store.failAbandonedDocumentSets(before: cutoff)
    }

    /// The router of every page, with its middleware: security headers, error pages, sessions and
    /// login, forms with their CSRF check.
    public static func router(_ configuration: WebConfiguration, store: Store) async throws -> Router<WebContext> {
        let pages = try Pages.load()
        let jobs = DocumentJobs(store: store)
        let router = Router(context: WebContext.self, options: .autoGenerateHeadEndpoints)
        router.add(middleware: SecurityHeadersMiddleware())
        router.add(middleware: ErrorPageMiddleware(pages: pages, uploadLimit: configuration.uploadLimit))
        router.add(middleware: SessionMiddleware(store: store, configuration: configuration))
        router.add(middleware: RoleMiddleware(pages: pages, requireLogin: configuration.requireLogin))
        router.add(middleware: FormMiddleware())
        let monitorings = MonitoringRoutes(store: store, pages: pages, jobs: jobs)
        monitorings.add(to: router)
        DocumentRoutes(store: store, pages: pages, jobs: jobs, monitorings: monitorings).add(to: router)
        MethodologyRoutes(store: store, pages: pages).add(to: router)
        DepartmentRoutes(store: store, pages: pages).add(to: router)
        SchoolRoutes(store: store, pages: pages).add(to: router)
        TemplateRoutes(store: store, pages: pages).add(to: router)
        OrderRoutes(store: store, pages: pages).add(to: router)
        RegisterRoutes(store: store, pages: pages).add(to: router)
        LoginRoutes(store: store, pages: pages, configuration: configuration).add(to: router)
        InfoRoutes(
            store: store, pages: pages, stylesheet: ByteBuffer(bytes: try WebResources.read("static/style.css")),
            script: ByteBuffer(bytes: try WebResources.read("static/app.js"))
        ).add(to: router)
        return router
    }

    /// The application listening where `configuration` says.
    public static func application(_ configuration: WebConfiguration, store: Store) async throws
        -> some ApplicationProtocol
    {
        try await prepare(store)
        var logger = Logger(label: "paperwork.serve")
        logger.logLevel = .notice
        return Application(
            router: try await router(configuration, store: store),
            configuration: .init(address: .hostname(configuration.host, port: configuration.port), serverName: nil),
            logger: logger)
    }
}
