import ArgumentParser
import Foundation
import OfficePackage
import Monitoring
import PaperworkKit
import Tables
import TemplateEngine

/// Turns any error into a Russian message on stderr and the documented exit code.
enum Failure {
    static func exit(with error: Error) -> Never {
        if let office = error as? OfficeError {
            report("ошибка: \(office)")
            Foundation.exit(office.code == .writeFailed ? 1 : 65)
        }
        if let template = error as? TemplateError {
            report(template.problems.count == 1 ? "ошибка:" : "ошибки (\(template.problems.count)):")
            report(template.description)
            Foundation.exit(65)
        }
        if let monitoring = error as? MonitoringError {
            report(monitoring.problems.count == 1 ? "ошибка:" : "ошибки (\(monitoring.problems.count)):")
            report(monitoring.description)
            Foundation.exit(65)
        }
        if let table = error as? TableError {
            report("ошибка: \(table)")
            Foundation.exit(65)
        }
        if let batch = error as? BatchError {
            report(batch.lines.count == 1 ? "ошибка (ничего не записано):" : "ошибки (\(batch.lines.count)), ничего не записано:")
            report(batch.description)
            Foundation.exit(65)
        }
        if let document = error as? DocumentError {
            report(document.problems.count == 1 ? "ошибка:" : "ошибки (\(document.problems.count)):")
            report(document.description)
            Foundation.exit(65)
        }
        if let failure = error as? OrderDocuments.Failure {
            report("ошибка: \(failure)")
            Foundation.exit(65)
        }
        if let data = error as? DataError {
            report("ошибка: \(data)")
            Foundation.exit(65)
        }
        if let failure = error as? PDFConverter.Failure {
            report("ошибка: \(failure)")
            Foundation.exit(1)
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
