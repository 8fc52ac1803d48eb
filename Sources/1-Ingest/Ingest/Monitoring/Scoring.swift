import Monitoring
import Tables

/// Scores a results file by a methodology: what `paperwork score` does.
public enum Scoring {
    /// Reads both inputs, checks them, and returns the rating.
    /// - Parameter previous: the stored previous period, for trend indicators given with this year's value alone.
    /// - Throws: a ``DiagnosticReport`` with every problem of the methodology, or of the results
    ///   read against it; ``TableError`` when the results cannot be read at all.
    public static func rating(
        methodology: NamedBytes, results: NamedBytes, sheet: String? = nil, previous: PreviousPeriod? = nil
    ) throws -> Rating {
        let method = try Methodology.load(methodology)
        let table = try TableFile.read(results, sheet: sheet)
        return Rating(
            methodology: method, results: try ResultsReader.read(table, methodology: method, previous: previous))
    }
}
