import Foundation
import PaperworkKit
import Store

/// The department's order register (журнал регистрации приказов), as the command line and the
/// web page use it: an order is read and checked, given the next number of its series and the
/// date, made into its files with them, and kept in the store with the files' SHA-256, at once.
public struct Registrar: Sendable {
    /// The store the register lives in.
    public let store: Store
    /// The series the department file declares (`register:`), the default first.
    public let series: [RegisterSeries]
    /// The department in running text, capitalized («Отдел образования администрации …»), for the journal's title.
    public let department: String
    /// The department file's name, for messages.
    let departmentFile: String

    /// What to register.
    public struct Request: Sendable {
        /// The order's YAML; a number or date it gives is replaced by the register's.
        public var order: NamedBytes
        /// Where the files the order names (an emblem, a rating's methodology) are read from.
        public var files: any FileSource
        /// The series' id; the first series when `nil`.
        public var series: String?
        /// The registration date.
        public var date: RussianDate
        public var user: String
        public var formats: [OutputFormat]
        /// The entry of the order this one amends.
        public var amends: String?
        /// The web page's draft it comes from.
        public var draft: String?
        /// The department's own templates by the shipped name they replace (`order.docx`).
        public var templates: [String: NamedBytes]

        /// A request.
        public init(
            order: NamedBytes, files: any FileSource, series: String? = nil, date: RussianDate, user: String,
            formats: [OutputFormat] = [.docx, .odt, .pdf], amends: String? = nil, draft: String? = nil,
            templates: [String: NamedBytes] = [:]
        ) {
            self.order = order
            self.files = files
            self.series = series
            self.date = date
            self.user = user
            self.formats = formats
            self.amends = amends
            self.draft = draft
            self.templates = templates
        }
    }

    /// The register in `store` with the series of a department file read elsewhere (the batch's).
    public init(store: Store, series: [RegisterSeries], department: String, departmentFile: String) {
        self.store = store
        self.series = series
        self.department = department
        self.departmentFile = departmentFile
    }

    /// The register of the department kept in `store`.
    /// - Throws: ``Diagnostic`` `register_none` when the store has no department, or its file declares no series;
    ///   the department file's own problems.
    public static func open(_ store: Store) async throws -> Registrar {
        guard let record = try await store.department(), let bytes = record.files[record.mainFile] else {
            throw Diagnostic(
                "register_none",
                "в базе нет файла отдела; загрузите его на странице «Отдел» веб-страницы (paperwork serve)",
                at: SourceLocation())
        }
        let name = (record.mainFile as NSString).lastPathComponent
        let department = try Paperwork.department(NamedBytes(name: name, bytes: bytes))
        guard !department.register.isEmpty else {
            throw Diagnostic(
                "register_none",
                "отдел не ведёт журнал регистрации приказов: добавьте в файл отдела серии номеров, например "
                    + "register: [{id: од, title: по основной деятельности, format: \"{n}-од\", restart: yearly}]",
                at: SourceLocation(file: name))
        }
        return Registrar(
            store: store, series: department.register,
            department: department.issuerName.nominative.capitalizedFirstLetter, departmentFile: name)
    }

    /// Registers `request`'s order.
    /// - Returns: the entry kept.
    /// - Throws: the order's problems (nothing is kept then, and no number is used);
    ///   ``Diagnostic`` `register_unknown_series`.
    public func register(_ request: Request) async throws -> RegisterEntry {
        let order = try Paperwork.order(request.order, files: request.files, registering: true)
        return try await register(
            order, source: String(decoding: request.order.bytes, as: UTF8.self), series: request.series,
            date: request.date, user: request.user, formats: request.formats, amends: request.amends,
            draft: request.draft, templates: request.templates, files: request.files.attachedFiles
        ).entry
    }

    /// Registers an order already read and checked (the batch's results order), keeping `source`
    /// (its YAML) with it; `files` are those its template may read by name.
    /// - Returns: the entry kept, the order with the register's number and date, and its files as issued.
    public func register(
        _ order: Order, source: String, series id: String? = nil, date: RussianDate, user: String,
        formats: [OutputFormat], amends: String? = nil, draft: String? = nil, templates: [String: NamedBytes] = [:],
        files attached: AttachedFiles = .none
    ) async throws -> (entry: RegisterEntry, order: Order, files: [RegisteredFile]) {
        let series = try self.series(id)
        let entry = RegisterEntry(
            id: UUID().uuidString.lowercased(), series: series.id, counterYear: series.counterYear(date.year),
            sequence: 0, number: "", date: date.iso, title: Self.line(order.title),
            signatory: Self.line(order.signatureTitle + " " + order.signatureName),
            executor: order.executor.map { String($0.dropFirst("Исп.: ".count)) } ?? "", amends: amends,
            draft: draft, yaml: source, registeredBy: user)
        let issued = Issued()
        let kept = try await store.register(entry, number: series.number) { number in
            var numbered = order
            numbered.number = number
            numbered.date = date
            numbered.registerDigest = Store.sha256(Array(source.utf8))
            let files = try Self.files(of: numbered, formats: formats, templates: templates, attached: attached)
            issued.set(numbered, files)
            return files
        }
        guard let (numbered, files) = issued.value else {
            throw Diagnostic(
                "internal_error", "приказ зарегистрирован без файлов; сообщите разработчикам", at: SourceLocation())
        }
        return (kept, numbered, files)
    }

    /// `text` on one line: the title's and signature's line breaks are the blank's layout, not the register's.
    static func line(_ text: String) -> String {
        text.split(whereSeparator: \.isNewline).map { $0.trimmingCharacters(in: .whitespaces) }.joined(separator: " ")
    }

    /// The order's files in `formats`, as `paperwork order` writes them.
    static func files(
        of order: Order, formats: [OutputFormat], templates: [String: NamedBytes], attached: AttachedFiles
    ) throws -> [RegisteredFile] {
        let sink = MemorySink()
        var pdfs = PDFQueue()
        var names = try OrderDocuments.add(
            order, formats: formats, to: sink, pdfs: &pdfs, templates: templates, files: attached)
        names += try pdfs.convert(into: sink)
        try sink.commit()
        return zip(formats, names).map { format, name in
            RegisteredFile(format: format.rawValue, name: name, bytes: sink.documents[name] ?? [])
        }
    }

    /// The series `id`, or the default one.
    func series(_ id: String?) throws -> RegisterSeries {
        guard let id else { return series[0] }
        guard let found = series.first(where: { $0.id == id }) else {
            throw Diagnostic(
                "register_unknown_series",
                "в журнале нет серии «\(id)»; есть: " + series.map(\.id).joined(separator: ", ")
                    + " (раздел register файла отдела)", at: SourceLocation(file: departmentFile))
        }
        return found
    }
}

/// What the registration's transaction made, handed out of its closure.
private final class Issued: @unchecked Sendable {
    private let lock = NSLock()
    private var stored: (Order, [RegisteredFile])?

    func set(_ order: Order, _ files: [RegisteredFile]) { lock.withLock { stored = (order, files) } }
    var value: (Order, [RegisteredFile])? { lock.withLock { stored } }
}
