import ArgumentParser
import Foundation
import Monitoring
import OfficePackage
import PaperworkKit
import Tables
import TemplateEngine

/// Turns any error into a Russian message on stderr and the documented exit code.
enum Failure {
    static func exit(with error: Error) -> Never {
        if let known = error as? ReportedError {
            let lines = known.reportedLines
            let note = error is BatchError ? ", ничего не записано" : ""
            if lines.count == 1 {
                report("ошибка\(note.isEmpty ? "" : " (ничего не записано)"): " + lines[0])
            } else {
                report("ошибки (\(lines.count))\(note):")
                lines.forEach(report)
            }
            Foundation.exit(known.exitStatus)
        }
        let code = PaperworkCommand.exitCode(for: error)
        let message = RussianHelp.translate(PaperworkCommand.fullMessage(for: error))
        if code == .success {
            print(message)
        } else {
            report(message)
        }
        Foundation.exit(code.rawValue)
    }

    static func report(_ text: String) {
        FileHandle.standardError.write(Data((text + "\n").utf8))
    }
}

/// An error of one of Paperwork's layers, as the command line reports it: its located lines and
/// the exit status (65 for bad input, 1 for a failure of the machine).
protocol ReportedError: Error {
    var reportedLines: [String] { get }
    var exitStatus: Int32 { get }
}

extension ReportedError {
    var exitStatus: Int32 { 65 }
}

extension OfficeError: ReportedError {
    var reportedLines: [String] { [description] }
    var exitStatus: Int32 { code == .writeFailed ? 1 : 65 }
}

extension TemplateError: ReportedError {
    var reportedLines: [String] { problems.map { "\(file): \($0)" } }
}

extension MonitoringError: ReportedError {
    var reportedLines: [String] { problems.map(\.description) }
}

extension DocumentError: ReportedError {
    var reportedLines: [String] { problems.map(\.description) }
}

extension BatchError: ReportedError {
    var reportedLines: [String] { lines }
}

extension TableError: ReportedError {
    var reportedLines: [String] { [description] }
}

extension DataError: ReportedError {
    var reportedLines: [String] { [description] }
}

extension OrderDocuments.Failure: ReportedError {
    var reportedLines: [String] { [description] }
}

extension PDFConverter.Failure: ReportedError {
    var reportedLines: [String] { problems.map(\.description) }
    var exitStatus: Int32 { 1 }
}
