import Documents
import Monitoring
import OfficePackage
import Orders
import Output
import RussianText
import Tables
import TemplateEngine

/// Scores a results file by a methodology file: what `paperwork score` does.
public enum Scoring {
    /// Reads both files, checks them, and returns the rating.
    /// - Throws: a ``DiagnosticReport`` with every problem of the methodology, or of the results
    ///   read against it; ``TableError`` when the results file cannot be read at all.
    public static func rating(methodology: String, results: String, sheet: String? = nil) throws -> Rating {
        let method = try Methodology.load(path: methodology)
        let table = try TableFile.read(path: results, sheet: sheet)
        return Rating(methodology: method, results: try ResultsReader.read(table, methodology: method))
    }
}
