import Foundation

/// A generated set of documents (комплект документов): what, when, by whom, from which inputs, how
/// far it got; its archive and files are read separately.
public struct DocumentSetRecord: Sendable, Equatable {
    /// Where a set is.
    public enum Status: String, Sendable {
        /// Being written (or its server died: see ``DocumentSetRecord/isStale(now:)``).
        case running
        /// Written and stored whole.
        case done
        /// Not written; ``DocumentSetRecord/message`` says why.
        case failed
    }

    public var id: String
    public var campaignID: String
    /// The formats asked for, comma-separated (`docx,pdf`).
    public var formats: String
    public var status: Status
    /// What is being written now («Письма ОО»).
    public var stage: String
    public var done: Int
    public var total: Int
    /// Why it failed, or a note.
    public var message: String
    /// The inputs, as a line for people (methodology, results file, department file).
    public var inputs: String
    public var createdBy: String
    public var createdAt: Date
    public var updatedAt: Date
    public var finishedAt: Date?

    /// A running set just started.
    public init(id: String, campaignID: String, formats: String, inputs: String, createdBy: String, now: Date = Date())
    {
        self.id = id
        self.campaignID = campaignID
        self.formats = formats
        self.status = .running
        self.stage = "Подготовка"
        self.done = 0
        self.total = 0
        self.message = ""
        self.inputs = inputs
        self.createdBy = createdBy
        self.createdAt = now
        self.updatedAt = now
        self.finishedAt = nil
    }

    /// How long a running set may go without news before it is taken for dead (its server stopped).
    public static let staleAfter: TimeInterval = 120

    /// Whether a running set has had no news for ``staleAfter``: its server died with it.
    public func isStale(now: Date = Date()) -> Bool {
        status == .running && now.timeIntervalSince(updatedAt) > Self.staleAfter
    }
}

/// A user's role (роль): what the user may do.
public enum Role: String, Sendable, CaseIterable {
    case methodist, clerk, administrator

    /// The role's Russian name.
    public var title: String {
        switch self {
        case .methodist: return "методист"
        case .clerk: return "делопроизводитель"
        case .administrator: return "администратор"
        }
    }
}

/// A user account: the name, the role; the password is kept only as a bcrypt hash.
public struct UserRecord: Sendable, Equatable {
    public var name: String
    public var role: Role
    public var createdAt: Date

    /// A user record.
    public init(name: String, role: Role, createdAt: Date = Date()) {
        self.name = name
        self.role = role
        self.createdAt = createdAt
    }
}
