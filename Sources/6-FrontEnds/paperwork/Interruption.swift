import Dispatch
import Foundation
import PaperworkKit

/// Ctrl-C (SIGINT) and SIGTERM: LibreOffice runs in process groups of its own, which a terminal's
/// Ctrl-C does not reach, so the program stops them itself before it exits. Nothing half-written
/// is published: the staging folder and PDF work folders are removed by the next run.
enum Interruption {
    nonisolated(unsafe) private static var sources: [any DispatchSourceSignal] = []

    /// Installs the handlers; call once, before a command runs.
    static func install() {
        for number in [SIGINT, SIGTERM] {
            signal(number, SIG_IGN)
            let source = DispatchSource.makeSignalSource(signal: number, queue: .global())
            source.setEventHandler {
                PDFPool.stopAll()
                FileHandle.standardError.write(Data("\nпрервано: ничего не записано\n".utf8))
                exit(130)
            }
            source.resume()
            sources.append(source)
        }
    }
}
