/// The results order and the department's register: a front end with a store registers the order
/// (its number and date from the register, its files kept as issued), then the batch writes those
/// very files.
extension Batch {
    /// The results order, read and checked, when the department file names one.
    public var resultsOrder: Order? { order }

    /// The results order's YAML, as the register keeps it with the order.
    public var resultsOrderSource: String { orderSource }

    /// The department in running text, capitalized, for the register journal's title.
    public var departmentName: String { department.issuerName.nominative.capitalizedFirstLetter }

    /// The series of the department's register, the default first; empty when it keeps none.
    public var registerSeries: [RegisterSeries] { department.register }

    /// The formats the batch writes.
    public var outputFormats: [OutputFormat] { formats }

    /// The department's own templates by the shipped name they replace (the order's among them).
    public var departmentTemplates: [String: NamedBytes] { customTemplates }

    /// This batch with the results order as the register issued it: `order` carries the register's
    /// number and date, and `files` are written as they are instead of rendering the order again.
    public func issuing(_ order: Order, files: [(name: String, bytes: [UInt8])]) -> Batch {
        var issued = self
        issued.order = order
        issued.issuedOrder = files
        return issued
    }
}
