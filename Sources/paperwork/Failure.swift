import ArgumentParser
import Foundation
import OfficePackage

/// Turns any error into a Russian message on stderr and the documented exit code.
enum Failure {
    static func exit(with error: Error) -> Never {
        if let office = error as? OfficeError {
            report("ошибка: \(office)")
            Foundation.exit(office.code == .writeFailed ? 1 : 65)
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
