import Documents
import Ingest
import Monitoring
import OfficePackage
import Orders
import Output
import RussianText
import Tables
import TemplateEngine
/// Every problem found before a batch writes anything: each a located line from the layer that
/// found it (methodology, results, department file, catalogue, templates).
public struct BatchError: Error, Sendable, CustomStringConvertible {
    public let lines: [String]
    public var description: String { lines.joined(separator: "\n") }
}
