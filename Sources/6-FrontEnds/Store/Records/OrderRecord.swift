import Foundation

/// An order (приказ) drafted on the web page: the order YAML that `paperwork order` reads, with
/// what the list of orders shows of it and who wrote it when.
public struct OrderRecord: Sendable, Equatable {
    public var id: String
    /// The order's title (заголовок к тексту), for the list.
    public var title: String
    /// The registration number, empty while the draft has none.
    public var number: String
    /// The order's date as written in the YAML (`2023-11-08`), empty when not given.
    public var date: String
    /// The order as YAML text, in the format of `Examples/orders/*.yaml`.
    public var yaml: String
    /// How many problems the draft had when it was saved (0: ready to print).
    public var problems: Int
    /// The register entry of the order this draft amends («О внесении изменений в приказ …»).
    public var amends: String?
    /// The register entry this draft became when it was registered; a registered draft is not edited.
    public var registeredAs: String?
    public var createdAt: Date
    public var createdBy: String
    public var updatedAt: Date
    public var updatedBy: String

    /// An order record.
    public init(
        id: String, title: String, number: String, date: String, yaml: String, problems: Int = 0,
        amends: String? = nil, registeredAs: String? = nil, createdAt: Date = Date(), createdBy: String,
        updatedAt: Date = Date(), updatedBy: String
    ) {
        self.id = id
        self.title = title
        self.number = number
        self.date = date
        self.yaml = yaml
        self.problems = problems
        self.amends = amends
        self.registeredAs = registeredAs
        self.createdAt = createdAt
        self.createdBy = createdBy
        self.updatedAt = updatedAt
        self.updatedBy = updatedBy
    }
}
