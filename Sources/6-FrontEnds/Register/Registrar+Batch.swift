import PaperworkKit
import Store

extension Registrar {
    /// Registers a batch's results order in `store` when the department keeps a register: the order
    /// takes the next number of the first series and `date`, its files are kept as issued, and the
    /// batch returned writes those very files.
    /// - Returns: the batch as it is to be written, and the entry (`nil` when the department keeps no
    ///   register or names no results order: the batch is returned as it was).
    public static func issueResultsOrder(
        of batch: Batch, in store: Store, user: String, date: RussianDate = RussianDate.of()
    ) async throws -> (batch: Batch, entry: RegisterEntry?) {
        guard let order = batch.resultsOrder, !batch.registerSeries.isEmpty else { return (batch, nil) }
        let registrar = Registrar(
            store: store, series: batch.registerSeries, department: batch.departmentName, departmentFile: "")
        let issued = try await registrar.register(
            order, source: batch.resultsOrderSource, date: date, user: user, formats: batch.outputFormats,
            templates: batch.departmentTemplates, files: batch.attachedFiles)
        return (batch.issuing(issued.order, files: issued.files.map { ($0.name, $0.bytes) }), issued.entry)
    }
}
