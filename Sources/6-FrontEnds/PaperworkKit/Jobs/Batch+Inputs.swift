import Diagnostics
import Foundation
import Ingest
import Output

extension Batch {
    /// What a batch reads: three inputs by name and bytes (files or uploads alike), where the files
    /// the department file names are read from, and the formats to write.
    public struct Inputs: Sendable {
        public var methodology: NamedBytes
        public var results: NamedBytes
        public var department: NamedBytes
        /// Where the recommendation catalogue and the results order named in the department file are read from.
        public var files: any FileSource
        public var formats: [OutputFormat]
        /// The sheet of a results workbook; the first when `nil`.
        public var sheet: String?
        /// The department's own templates by the shipped file name they replace (`letter.docx`,
        /// `order-landscape.odt`); a document whose template is not here is written from the shipped one.
        public var templates: [String: NamedBytes]
        /// What is known of schools beyond the results file, by school code: used only where the
        /// file carries nothing (``SchoolCorrection``).
        public var schools: [String: SchoolCorrection]
        /// The stored previous period of the series: last year's values of trend indicators given
        /// with this year's column alone, and the справка's comparison with that period.
        public var previous: PreviousPeriod?

        /// The inputs of a batch.
        public init(
            methodology: NamedBytes, results: NamedBytes, department: NamedBytes, files: any FileSource,
            formats: [OutputFormat], sheet: String? = nil, templates: [String: NamedBytes] = [:],
            schools: [String: SchoolCorrection] = [:], previous: PreviousPeriod? = nil
        ) {
            self.previous = previous
            self.methodology = methodology
            self.results = results
            self.department = department
            self.files = files
            self.formats = formats
            self.sheet = sheet
            self.templates = templates
            self.schools = schools
        }

        /// The inputs read from files on disk; the department file's references are taken from its folder.
        /// - Throws: a ``DiagnosticReport`` naming every file that cannot be read.
        public static func files(
            methodology: String, results: String, department: String, formats: [OutputFormat],
            sheet: String? = nil
        ) throws -> Inputs {
            var problems: [Diagnostic] = []
            func read(_ path: String) -> NamedBytes? {
                do { return try NamedBytes.read(path: path) } catch { problems += Diagnostic.from(error) }
                return nil
            }
            let read = (methodology: read(methodology), results: read(results), department: read(department))
            guard let methodologyBytes = read.methodology, let resultsBytes = read.results,
                let departmentBytes = read.department
            else {
                throw DiagnosticReport(problems)
            }
            return Inputs(
                methodology: methodologyBytes, results: resultsBytes, department: departmentBytes,
                files: FolderSource(besides: department), formats: formats, sheet: sheet)
        }
    }
}
